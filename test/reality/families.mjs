// The scenario families of the tier, what each needs on the machine, and whether socklint must agree.
import * as fs from 'node:fs';
import { spawnSync } from 'node:child_process';
import { generateScenarios } from './scenarios.mjs';
import { generateWebScenarios } from './web-scenarios.mjs';
import { generateComposeScenarios } from './compose-scenarios.mjs';
import { runCompose } from './compose-runner.mjs';
import { composeFile } from './lib/compose.mjs';
import { runTree, describeTree, NGINX_BIN, APACHE_BIN, CADDY_BIN, FPM_BIN } from './runner.mjs';

/**
 * Which families must agree with socklint. A family in `spec` mode is compared with the labels its
 * generator derives from the written spec: the tier then checks reality and the spec, not socklint.
 * When the engine decides a family, change its line to 'agree': its scenarios must then agree with
 * socklint, and every fix socklint offers is verified by HTTP 200 through the real server.
 * @type {Record<string, 'agree' | 'spec'>}
 */
export const REQUIRE = {
  nginx: 'agree',
  containers: 'agree',
  apache: 'agree',
  caddy: 'agree',
};

export const FAMILIES = Object.keys(REQUIRE);

/** Generated scenarios per family by default. */
export const DEFAULT_COUNTS = { nginx: 320, containers: 120, apache: 90, caddy: 75 };

/**
 * The generated scenarios of the selected families.
 * @param {number} seed
 * @param {Record<string, number>} counts
 * @param {string[]} families
 * @param {import('./scenarios.mjs').IdsFor} [idsFor]
 * @param {{ caddy?: { uid: number, gid: number } }} [host] facts of this machine the labels use
 */
export function generateFamilies(seed, counts, families, idsFor, host = {}) {
  const out = [];
  if (families.includes('nginx')) out.push(...generateScenarios(seed, counts.nginx, idsFor));
  if (families.includes('containers')) out.push(...generateComposeScenarios(seed, counts.containers));
  if (families.includes('apache') || families.includes('caddy'))
    out.push(
      ...generateWebScenarios(
        seed,
        { apache: counts.apache, caddy: counts.caddy },
        idsFor,
        host.caddy,
      ).filter((s) => families.includes(s.family)),
    );
  return out;
}

/** The runner of a family's trees. */
export function runnerFor(family) {
  return family === 'containers' ? runCompose : runTree;
}

/**
 * The families a tree belongs to (a host tree: each web server it configures).
 * @param {string} tree
 */
export function familiesOfTree(tree) {
  return composeFile(tree) ? ['containers'] : describeTree(tree).web;
}

/**
 * What a family needs on this machine that is missing.
 * @param {string} family
 * @param {Awaited<ReturnType<typeof import('./lib/ids.mjs').hostAccounts>>} accounts
 */
export function missingFor(family, accounts) {
  const need = (file, what) => (fs.existsSync(file) ? [] : [`${what} not installed`]);
  const base = [...need(FPM_BIN, 'php-fpm8.2'), ...need('/usr/bin/getfacl', 'getfacl (package acl)')];
  if (family === 'nginx') return [...base, ...need(NGINX_BIN, 'nginx')];
  if (family === 'apache')
    return [...base, ...need(APACHE_BIN, 'apache2'), ...need('/usr/bin/unshare', 'unshare')];
  if (family === 'containers') {
    const out = [
      ...base,
      ...need(NGINX_BIN, 'nginx'),
      ...need('/usr/bin/unshare', 'unshare'),
      ...need('/usr/bin/setpriv', 'setpriv'),
    ];
    // Each container is a private mount namespace with bind mounts (compose-runner.mjs).
    if (
      !out.length &&
      spawnSync('/usr/bin/unshare', ['--mount', '--propagation', 'private', 'true']).status !== 0
    )
      out.push('mount namespaces are not available (unshare --mount failed)');
    return out;
  }
  if (family === 'caddy') {
    const out = [...base, ...need(CADDY_BIN, 'caddy'), ...need('/usr/bin/setpriv', 'setpriv')];
    // Debian's caddy package creates the caddy account and adds it to www-data (W4).
    if (!accounts.users.has('caddy')) out.push('no caddy account (Debian package caddy creates it)');
    else if (!accounts.groups.get('www-data')?.members.includes('caddy'))
      out.push('caddy is not in group www-data, as Debian package caddy makes it');
    return out;
  }
  return [`unknown family ${family}`];
}

/** This machine's facts the labels use: the caddy package's account. */
export function hostFacts(accounts) {
  const c = accounts.users.get('caddy');
  return c ? { caddy: { uid: c.uid, gid: c.gid } } : {};
}
