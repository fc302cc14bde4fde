// The part of a compose project the two-container emulation needs: each service's image (built
// from a Dockerfile or pulled), its `user`, `group_add`, volumes and start order, and what its
// Dockerfile adds (COPY, accounts and directories from RUN, USER). Read as data: nothing runs.
import * as fs from 'node:fs';
import * as path from 'node:path';
import YAML from 'yaml';
import { shellWords } from './setup-script.mjs';
import { imageOf } from './images.mjs';

/**
 * @typedef {{ type: 'volume' | 'bind', source: string, target: string, readOnly: boolean }} Mount
 * @typedef {{ op: 'group', name: string, gid: number } | { op: 'user', name: string, uid: number, group: string }
 *   | { op: 'member', user: string, group: string } | { op: 'mkdir', path: string }
 *   | { op: 'chown', path: string, owner: string, group?: string } | { op: 'chmod', path: string, mode: string }} RunOp
 * @typedef {{ name: string, image: import('./images.mjs').Image, user: string | null, groupAdd: string[],
 *   mounts: Mount[], dependsOn: string[], copies: { from: string, to: string }[], runs: RunOp[] }} Service
 */

const COMPOSE_FILES = ['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml'];

/** The compose file of a tree, if it has one. */
export function composeFile(tree) {
  return COMPOSE_FILES.map((f) => path.join(tree, f)).find((f) => fs.existsSync(f));
}

/**
 * Read a compose project. Throws with the reason when it uses something the emulation does not do.
 * @param {string} tree
 * @returns {{ services: Service[], volumes: string[] }}
 */
export function readCompose(tree) {
  const file = composeFile(tree);
  if (!file) throw new Error('no compose file');
  const doc = YAML.parse(fs.readFileSync(file, 'utf8'));
  const services = [];
  for (const [name, svc] of Object.entries(doc?.services ?? {})) {
    /** @type {any} */
    const s = svc ?? {};
    let ref = s.image;
    let copies = [];
    let runs = [];
    let dfUser = null;
    let fpmAllowRoot = false;
    if (s.build) {
      const context = path.join(tree, typeof s.build === 'string' ? s.build : (s.build.context ?? '.'));
      const df = path.join(context, (typeof s.build === 'object' && s.build.dockerfile) || 'Dockerfile');
      const d = readDockerfile(fs.readFileSync(df, 'utf8'));
      ref = d.from;
      copies = d.copies.map((c) => ({ from: path.join(context, c.from), to: c.to }));
      runs = d.runs;
      dfUser = d.user;
      fpmAllowRoot = d.fpmAllowRoot;
    }
    const image = ref ? imageOf(ref) : undefined;
    if (!image) throw new Error(`service ${name}: image ${ref ?? '(none)'} is not one the emulation knows`);
    services.push({
      name,
      image,
      user: s.user !== undefined ? String(s.user) : (dfUser ?? image.user),
      groupAdd: (s.group_add ?? []).map(String),
      mounts: (s.volumes ?? []).map((v) => mount(v, tree)),
      dependsOn: Array.isArray(s.depends_on) ? s.depends_on : Object.keys(s.depends_on ?? {}),
      copies,
      runs,
      fpmAllowRoot,
    });
  }
  return { services, volumes: Object.keys(doc?.volumes ?? {}) };
}

/** A volume entry, short (`src:target[:ro]`) or long syntax. */
function mount(v, tree) {
  if (typeof v === 'string') {
    const [source, target, mode] = v.split(':');
    const bind = source.startsWith('.') || source.startsWith('/');
    return {
      type: bind ? 'bind' : 'volume',
      source: bind ? path.resolve(tree, source) : source,
      target,
      readOnly: mode === 'ro',
    };
  }
  return {
    type: v.type === 'bind' ? 'bind' : 'volume',
    source: v.type === 'bind' ? path.resolve(tree, v.source) : v.source,
    target: v.target,
    readOnly: !!v.read_only,
  };
}

/**
 * A Dockerfile's FROM, COPY, USER, the RUN lines that add accounts or directories, and whether an
 * exec-form CMD starts php-fpm with -R.
 * @param {string} text
 */
export function readDockerfile(text) {
  const logical = text.replace(/\\\r?\n/g, ' ').split(/\r?\n/);
  let from = null;
  let user = null;
  let fpmAllowRoot = false;
  const copies = [];
  /** @type {RunOp[]} */
  const runs = [];
  for (const line of logical) {
    const m = /^\s*(\w+)\s+(.*)$/.exec(line);
    if (!m || line.trim().startsWith('#')) continue;
    const [, instr, rest] = m;
    const k = instr.toUpperCase();
    if (k === 'FROM') from = rest.split(/\s+/)[0];
    else if (k === 'USER') user = rest.trim();
    else if (k === 'COPY') {
      const w = rest.trim().split(/\s+/);
      if (w.some((x) => x.startsWith('--'))) throw new Error(`COPY with options: ${line.trim()}`);
      for (const src of w.slice(0, -1)) copies.push({ from: src, to: w.at(-1) });
    } else if (k === 'RUN') runs.push(...runOps(rest));
    else if (k === 'CMD') fpmAllowRoot = isFpmWithR(rest);
    else if (!['WORKDIR', 'EXPOSE', 'ENTRYPOINT', 'LABEL'].includes(k))
      throw new Error(`unsupported instruction ${k}`);
  }
  if (!from) throw new Error('Dockerfile without FROM');
  return { from, user, copies, runs, fpmAllowRoot };
}

/** An exec-form CMD that runs php-fpm with -R (the only CMD the scenarios vary). */
function isFpmWithR(rest) {
  try {
    const argv = JSON.parse(rest);
    return Array.isArray(argv) && argv[0] === 'php-fpm' && argv.includes('-R');
  } catch {
    return false;
  }
}

/** The account and directory commands of a RUN line (busybox and shadow forms); others are refused. */
function runOps(cmd) {
  /** @type {RunOp[]} */
  const ops = [];
  for (const part of cmd.split(/\s*(?:&&|;)\s*/).filter(Boolean)) {
    const w = shellWords(part);
    const opt = (flag) => {
      const i = w.indexOf(flag);
      return i >= 0 ? w[i + 1] : undefined;
    };
    const last = w.at(-1);
    switch (w[0]) {
      case 'addgroup':
        // busybox: `addgroup -g GID [-S] NAME` creates; `addgroup USER GROUP` adds a member.
        if (opt('-g')) ops.push({ op: 'group', name: last, gid: Number(opt('-g')) });
        else ops.push({ op: 'member', user: w[w.length - 2], group: last });
        break;
      case 'groupadd':
        ops.push({ op: 'group', name: last, gid: Number(opt('-g')) });
        break;
      case 'adduser':
      case 'useradd':
        ops.push({ op: 'user', name: last, uid: Number(opt('-u')), group: opt('-G') ?? opt('-g') ?? last });
        break;
      case 'usermod':
        for (const g of String(opt('-aG')).split(',')) ops.push({ op: 'member', user: last, group: g });
        break;
      case 'mkdir':
        for (const p of w.slice(1).filter((x) => !x.startsWith('-'))) ops.push({ op: 'mkdir', path: p });
        break;
      case 'chown': {
        const [owner, group] = w[1].split(':');
        ops.push({ op: 'chown', path: w[2], owner, group });
        break;
      }
      case 'chmod':
        ops.push({ op: 'chmod', mode: w[1], path: w[2] });
        break;
      default:
        throw new Error(`RUN: unsupported command ${w[0]}`);
    }
  }
  return ops;
}

/**
 * A container's accounts: its image's, with the RUN lines' users, groups and memberships applied.
 * @param {import('./images.mjs').Image} image
 * @param {RunOp[]} runs
 * @returns {import('./images.mjs').Accounts}
 */
export function accountsOf(image, runs) {
  const a = structuredClone(image.accounts);
  const gid = (g) => a.groups.find(([n]) => n === g)?.[1] ?? (/^\d+$/.test(g) ? Number(g) : undefined);
  for (const op of runs) {
    if (op.op === 'group') a.groups.push([op.name, op.gid, []]);
    else if (op.op === 'user') {
      const g = gid(op.group);
      if (g === undefined) {
        // busybox adduser without an existing group makes one named like the user, same id.
        a.groups.push([op.name, op.uid, []]);
        a.users.push([op.name, op.uid, op.uid]);
      } else a.users.push([op.name, op.uid, g]);
    } else if (op.op === 'member') a.groups.find(([n]) => n === op.group)?.[2].push(op.user);
  }
  return a;
}

/**
 * The credentials Docker gives a container's main process (compose `user:`, `group_add:`): the uid
 * and gid given or looked up in the container's own files, the groups that list the user there
 * (only when the user has a passwd entry), and `group_add`. Root when no user is given.
 * @param {string | null} user `uid[:gid]` or `name[:group]`
 * @param {string[]} groupAdd
 * @param {import('./images.mjs').Accounts} a
 * @returns {{ uid: number, gid: number, groups: number[] } | { fails: string }}
 */
export function containerCreds(user, groupAdd, a) {
  const [u, g] = (user ?? '0').split(':');
  const entry = a.users.find(([n, uid]) => n === u || String(uid) === u);
  if (!entry && !/^\d+$/.test(u))
    return { fails: `unable to find user ${u}: no matching entries in passwd file` };
  const uid = entry ? entry[1] : Number(u);
  let gid = entry ? entry[2] : 0;
  if (g !== undefined) {
    const ge = a.groups.find(([n, id]) => n === g || String(id) === g);
    if (!ge && !/^\d+$/.test(g))
      return { fails: `unable to find group ${g}: no matching entries in group file` };
    gid = ge ? ge[1] : Number(g);
  }
  const groups = entry ? a.groups.filter(([, , m]) => m.includes(entry[0])).map(([, id]) => id) : [];
  for (const x of groupAdd) {
    const ge = a.groups.find(([n, id]) => n === x || String(id) === x);
    if (!ge && !/^\d+$/.test(x))
      return { fails: `unable to find group ${x}: no matching entries in group file` };
    groups.push(ge ? ge[1] : Number(x));
  }
  return { uid, gid, groups: [...new Set(groups)] };
}
