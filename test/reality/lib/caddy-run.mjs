// Caddy inside a prefix root, run as Debian's caddy.service runs it: `caddy run --environ --config
// /etc/caddy/Caddyfile` under setpriv with the unit's User/Group and the supplementary groups
// systemd gives them (initgroups of User plus SupplementaryGroups=, W4/W5), in the unit's working
// directory, with PrivateTmp. One request per site.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Server } from './procs.mjs';
import { launchCommand } from './launch.mjs';
import { rewriteCaddy, lexCaddy, caddyConnectErrors } from './caddy-conf.mjs';
import { unitSettings } from './systemd-unit.mjs';
import { privateTmpBinds, httpRequests } from './apache-run.mjs';
import { readIf, walkFiles, waitFor, freePorts, portOpen, problemLines } from './util.mjs';

export const CADDY_BIN = '/usr/bin/caddy';

/**
 * Rewrite every file under the prefix's etc/caddy (the main Caddyfile and the site files it imports).
 * @param {{ prefix: string, tree: string }} o
 */
export async function prepareCaddy(o) {
  const etc = path.join(o.prefix, 'etc/caddy');
  const main = path.join(etc, 'Caddyfile');
  const files = walkFiles(etc).filter((f) => !fs.lstatSync(f).isSymbolicLink());
  // Enough ports for every site: at most one per `{` or per file.
  let count = 0;
  for (const f of files) count += lexCaddy(readIf(f)).filter((t) => t.text === '{').length + 1;
  const ports = await freePorts(count);
  let next = 0;
  const sites = [];
  const roots = new Set(['/var/www/html']);
  for (const f of files) {
    const r = rewriteCaddy(readIf(f), {
      prefix: o.prefix,
      file: path.relative(o.prefix, f),
      nextPort: () => ports[next++],
      main: f === main,
    });
    fs.writeFileSync(f, r.text);
    sites.push(...r.sites);
    for (const root of r.roots) if (!root.includes('{')) roots.add(root);
  }
  return { etc, main, sites, roots, unit: unitSettings(o.tree, 'caddy') };
}

/**
 * The credentials systemd gives the unit: User's uid, Group's gid (User's primary group when unset),
 * initgroups(User, gid) and SupplementaryGroups=, read from this machine's accounts.
 * @param {import('./systemd-unit.mjs').UnitSettings} unit
 * @param {Awaited<ReturnType<typeof import('./ids.mjs').hostAccounts>>} accounts
 */
export function unitCreds(unit, accounts) {
  const name = unit.User ?? 'root';
  const u = accounts.users.get(name);
  if (!u) return { problem: `systemd: User=${name}: no such user (status=217/USER)` };
  let gid = u.gid;
  if (unit.Group) {
    const g = accounts.groups.get(unit.Group);
    if (!g) return { problem: `systemd: Group=${unit.Group}: no such group (status=216/GROUP)` };
    gid = g.gid;
  }
  const groups = [gid];
  for (const g of accounts.groups.values()) if (g.members.includes(name)) groups.push(g.gid);
  for (const s of unit.SupplementaryGroups) {
    const g = accounts.groups.get(s);
    if (!g) return { problem: `systemd: SupplementaryGroups=${s}: no such group (status=216/GROUP)` };
    groups.push(g.gid);
  }
  return { creds: { uid: u.uid, gid, groups: [...new Set(groups)] } };
}

/**
 * Start caddy and wait until every site's port accepts, or it exits (10 s).
 * @param {Awaited<ReturnType<typeof prepareCaddy>>} c
 * @param {{ prefix: string, slr: string, servers: Server[], accounts: Awaited<ReturnType<typeof import('./ids.mjs').hostAccounts>> }} o
 */
export async function startCaddy(c, o) {
  const who = unitCreds(c.unit, o.accounts);
  if (!who.creds) return { server: null, ready: false, problem: who.problem };
  const home = path.join(o.prefix, 'var/lib/caddy');
  fs.mkdirSync(home, { recursive: true });
  fs.chownSync(home, who.creds.uid, who.creds.gid);
  const cmd = launchCommand({
    file: CADDY_BIN,
    args: ['run', '--environ', '--config', c.main, '--adapter', 'caddyfile'],
    binds: c.unit.PrivateTmp ? privateTmpBinds(o.prefix, o.slr, 'caddy') : [],
    creds: who.creds.uid === 0 ? null : who.creds,
  });
  // The unit's Environment= values that are absolute paths move into the prefix like the config's.
  const unitEnv = Object.fromEntries(
    Object.entries(c.unit.Environment).map(([k, v]) => [k, v.startsWith('/') ? o.prefix + v : v]),
  );
  const env = { PATH: '/usr/bin:/bin', HOME: home, ...unitEnv };
  const s = new Server('caddy', cmd.file, cmd.args, {
    cwd: path.join(o.prefix, c.unit.WorkingDirectory),
    env,
    stopSignal: 'SIGTERM',
  });
  o.servers.push(s);
  const ready = await waitFor(
    async () => s.exited || (await Promise.all(c.sites.map((x) => portOpen(x.port)))).every(Boolean),
    10_000,
    50,
  );
  return { server: s, ready: ready && !s.exited && c.sites.length > 0, creds: who.creds };
}

/**
 * One request per site, or those of reality.json.
 * @param {Awaited<ReturnType<typeof prepareCaddy>>} c
 * @param {Server} server
 */
export async function caddyRequests(c, server, wanted, prefix) {
  const targets = c.sites.map((x) => ({ name: `${x.file}#${x.ordinal}`, file: x.file, port: x.port }));
  const list = wanted ?? targets.map((t) => ({ server: t.name }));
  const start = server.stderrTotal;
  return httpRequests(
    'caddy',
    list,
    targets,
    () => server.stderrSince(start),
    (log) => caddyConnectErrors(log, prefix),
  );
}

/** What the evidence records about caddy, once the run is over. */
export function caddyEvidence(started, prefix) {
  const s = started.server;
  return {
    kind: 'caddy',
    started: started.ready,
    exitCode: s?.exited ? s.exitCode : null,
    exitSignal: s?.exitSignal ?? null,
    problems: [...(started.problem ? [started.problem] : []), ...problemLines(s?.stderr ?? '', prefix)].slice(
      0,
      20,
    ),
  };
}
