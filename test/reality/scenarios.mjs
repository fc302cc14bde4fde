// Seeded generator of reality scenarios: small deployment trees (nginx main + one site, FPM main +
// pool files, setup.sh) that vary exactly the settings the spec says decide the outcome. Each
// scenario carries the spec's expected outcome as a label (spec-model.mjs); the tier records what
// really happens and compares with the label only to find places where the spec is wrong.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { systemDb, expectedOutcome, aclLines } from './spec-model.mjs';
import { STOCK_NGINX_MAIN, stockFpmMain } from './lib/stock.mjs';

/** mulberry32: small, fast, deterministic. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Pick from [weight, value] pairs. */
export function pick(rnd, pairs) {
  const total = pairs.reduce((s, [w]) => s + w, 0);
  let x = rnd() * total;
  for (const [w, v] of pairs) {
    if ((x -= w) < 0) return v;
  }
  return pairs[pairs.length - 1][1];
}

/** Where the fixed ids of `nominalIds` start: 4 per scenario from here. */
export const ID_BASE = 47000;

/**
 * The ids a scenario gets when nothing allocates them at run time: fixed numbers, used when trees are
 * only written (`--write-scenarios`) and by the unit tests. The tier allocates free ids instead.
 * @param {number} base
 */
export function nominalIds(base) {
  const fixed = { web: base, grp: base + 1, app: base + 2, oth: base + 3, ghostUid: 47999, ghostGid: 47998 };
  /** @type {Record<string, number>} */
  const assigned = {};
  return Object.assign((slot) => (assigned[slot] = fixed[slot]), { assigned });
}

/**
 * The scenario's own accounts, by role. `web` is a candidate nginx worker, `app` a candidate
 * socket owner, `grp` a shared group, `oth` an unrelated group. Ids are asked for only when used.
 * @param {string} id
 * @param {(slot: string) => number} ids
 */
export function names(id, ids) {
  return {
    web: {
      name: `sltest-${id}-web`,
      get uid() {
        return ids('web');
      },
    },
    grp: {
      name: `sltest-${id}-grp`,
      get gid() {
        return ids('grp');
      },
    },
    app: {
      name: `sltest-${id}-app`,
      get uid() {
        return ids('app');
      },
    },
    oth: {
      name: `sltest-${id}-oth`,
      get gid() {
        return ids('oth');
      },
    },
    ghost: {
      get uid() {
        return ids('ghostUid');
      },
      get gid() {
        return ids('ghostGid');
      },
    },
  };
}

/**
 * A scenario description, turned into files and a label by build().
 * @typedef {{
 *   id: string, title: string, facets: string[],
 *   worker: { kind: string, user: string[] | null },
 *   setup: string[], db: any,
 *   pool: { owner?: string, group?: string, mode?: string, aclUsers?: string, aclGroups?: string,
 *           keyCase?: 'upper', extraLines?: string[], fpmFatal?: string, dollarPool?: boolean },
 *   override?: { where: 'file' | 'section', key: string, value: string },
 *   dir: { path: string, mode?: string, chown?: string, setgid?: boolean, defaultAcl?: boolean, missing?: boolean },
 *   socketName: string, clientPath: string, poolPath: string, nginxFatal?: string,
 * }} Spec
 */

/** Add an account creation line to the setup and to the model database. */
export function addUser(s, u, { primary, supplementary = [] } = {}) {
  if (!primary) {
    s.setup.push(`groupadd -g ${u.uid} ${u.name}`);
    s.db.groups.set(u.name, { gid: u.uid, members: new Set() });
    s.setup.push(`useradd -u ${u.uid} -g ${u.name} ${u.name}`);
    s.db.users.set(u.name, { uid: u.uid, gid: u.uid });
  } else {
    s.setup.push(`useradd -u ${u.uid} -g ${primary} -N ${u.name}`);
    s.db.users.set(u.name, { uid: u.uid, gid: s.db.groups.get(primary).gid });
  }
  for (const g of supplementary) addMember(s, u.name, g);
}
export function addGroup(s, g) {
  if (s.db.groups.has(g.name)) return;
  s.setup.push(`groupadd -g ${g.gid} ${g.name}`);
  s.db.groups.set(g.name, { gid: g.gid, members: new Set() });
}
export function addMember(s, user, group) {
  s.setup.push(`usermod -aG ${group} ${user}`);
  s.db.groups.get(group).members.add(user);
}

/** Worker identities: the nginx `user` line and the accounts behind it (N3). */
const WORKERS = [
  [18, 'www-data'],
  [14, 'own'],
  [12, 'own+grp'],
  [7, 'own grp'],
  [4, 'own www-data'],
  [4, 'primary=grp, user own'],
  [4, 'primary=grp, user own grp'],
  [4, 'primary=www-data, user own grp'],
  [5, 'none'],
  [4, 'root'],
  [2, 'nobody'],
  [2, 'numeric'],
  [6, 'www-data+grp'],
];

function applyWorker(s, kind, n) {
  s.worker.kind = kind;
  switch (kind) {
    case 'www-data':
      s.worker.user = ['www-data'];
      break;
    case 'www-data+grp':
      addGroup(s, n.grp);
      addMember(s, 'www-data', n.grp.name);
      s.worker.user = ['www-data'];
      break;
    case 'own':
      addUser(s, n.web);
      s.worker.user = [n.web.name];
      break;
    case 'own+grp':
      addGroup(s, n.grp);
      addUser(s, n.web, { supplementary: [n.grp.name] });
      s.worker.user = [n.web.name];
      break;
    case 'own grp':
      addGroup(s, n.grp);
      addUser(s, n.web);
      s.worker.user = [n.web.name, n.grp.name];
      break;
    case 'own www-data':
      addUser(s, n.web);
      s.worker.user = [n.web.name, 'www-data'];
      break;
    case 'primary=grp, user own':
      // No group is named like the user: nginx fails on getgrnam (N3, trap 18).
      addGroup(s, n.grp);
      addUser(s, n.web, { primary: n.grp.name });
      s.worker.user = [n.web.name];
      break;
    case 'primary=grp, user own grp':
      addGroup(s, n.grp);
      addUser(s, n.web, { primary: n.grp.name });
      s.worker.user = [n.web.name, n.grp.name];
      break;
    case 'primary=www-data, user own grp':
      // initgroups drops the passwd primary group (N3, trap 19).
      addGroup(s, n.grp);
      addUser(s, n.web, { primary: 'www-data' });
      s.worker.user = [n.web.name, n.grp.name];
      break;
    case 'none':
      s.worker.user = null;
      break;
    case 'root':
      s.worker.user = ['root'];
      break;
    case 'nobody':
      s.worker.user = ['nobody'];
      break;
    case 'numeric':
      s.worker.user = ['33'];
      break;
    default:
      throw new Error(kind);
  }
}

/** Values for listen.owner; functions get the scenario's names. */
export const OWNERS = [
  [26, () => undefined],
  [12, () => 'www-data'],
  [6, () => '33'],
  [10, (n, s) => (s.db.users.has(n.web.name) ? n.web.name : 'www-data')],
  [6, (n, s) => (s.db.users.has(n.web.name) ? String(n.web.uid) : '33')],
  [8, (n, s) => (addUser(s, n.app), n.app.name)],
  [4, (n, s) => (addUser(s, n.app), String(n.app.uid))],
  [4, () => 'none'],
  [3, () => 'nobody'],
  [2, () => 'root'],
  [2, (n) => `${n.web.name}-ghost`],
  [2, () => 'www-data # web user'],
  [2, () => 'www-data;inline comment'],
  [2, () => ''],
  [2, () => '"www-data"'],
];
export const GROUPS = [
  [38, () => undefined],
  [12, () => 'www-data'],
  [5, () => '33'],
  [14, (n, s) => (addGroup(s, n.grp), n.grp.name)],
  [8, (n, s) => (addGroup(s, n.grp), String(n.grp.gid))],
  [5, (n, s) => (s.db.groups.has(n.web.name) ? n.web.name : 'www-data')],
  [3, () => 'nogroup'],
  [3, () => 'none'],
  [2, () => 'root'],
  [2, (n) => `${n.grp.name}-ghost`],
];
export const MODES = [
  [20, undefined],
  [14, '0660'],
  [6, '0666'],
  [3, '666'],
  [3, '660'],
  [6, '0600'],
  [5, '0060'],
  [5, '0606'],
  [3, '0222'],
  [3, '0020'],
  [3, '0002'],
  [2, '0444'],
  [2, '0004'],
  [2, '0640'],
  [2, '0620'],
  [2, '0777'],
  [1, '4666'],
  [1, '0604'],
  [1, '0000'],
  [2, 'u+rw'],
  [2, '0o660'],
  [2, '999'],
  [2, 'yes'],
  [1, 'none'],
  [1, '0666 ; world'],
];
export const DIR_MODES = ['0700', '0711', '0750', '0710', '0701', '0770', '0766', '0755', '0751'];

/**
 * The pool's `listen.*` and the socket directory, drawn at random (shared by every family of
 * generated host trees): ACL users and groups, owner, group, mode (F3-F7), and the directory
 * (K5, F12, F14, F15), `$pool` paths and the `/var/run` spelling.
 * @param {() => number} rnd
 * @param {Spec} s
 * @param {ReturnType<typeof names>} n
 */
export function randomPoolAndDir(rnd, s, n) {
  const id = s.id;
  const acl = rnd() < 0.14;
  if (acl) {
    s.facets.push('acl');
    const users = pick(rnd, [
      [4, () => (s.db.users.has(n.web.name) ? n.web.name : 'www-data')],
      [3, () => 'www-data'],
      [2, () => `www-data, ${s.db.users.has(n.web.name) ? n.web.name : 'nobody'}`],
      [2, () => `www-data,${s.db.users.has(n.web.name) ? n.web.name : 'nobody'}`],
      [1, () => `${n.web.name}-ghost`],
      [3, () => undefined],
    ])();
    const groups = pick(rnd, [
      [3, () => (addGroup(s, n.grp), n.grp.name)],
      [2, () => 'www-data'],
      [1, () => (addGroup(s, n.grp), `${n.grp.name}, www-data`)],
      [1, () => (addGroup(s, n.oth), n.oth.name)],
      [4, () => undefined],
    ])();
    s.pool.aclUsers = users ?? (groups ? undefined : 'www-data');
    s.pool.aclGroups = groups;
  }
  s.pool.owner = pick(rnd, OWNERS)(n, s);
  s.pool.group = pick(rnd, GROUPS)(n, s);
  s.pool.mode = pick(rnd, MODES);
  // The socket directory (K5, F12, F14, F15).
  const dirKind = pick(rnd, [
    [70, 'default'],
    [18, 'custom'],
    [3, 'missing'],
    [3, 'setgid'],
    [3, 'default-acl'],
    [3, 'var-run'],
  ]);
  if (dirKind === 'custom') {
    const mode = DIR_MODES[Math.floor(rnd() * DIR_MODES.length)];
    const grp = pick(rnd, [
      [3, undefined],
      [2, 'www-data'],
      [2, 'grp'],
    ]);
    if (grp === 'grp') addGroup(s, n.grp);
    s.dir = { path: `/run/${id}`, mode, chown: grp ? `root:${grp === 'grp' ? n.grp.name : grp}` : undefined };
  } else if (dirKind === 'missing') s.dir = { path: `/run/${id}-missing`, missing: true };
  else if (dirKind === 'setgid') {
    addGroup(s, n.grp);
    s.dir = { path: `/run/${id}`, mode: '2755', chown: `root:${n.grp.name}`, setgid: true };
  } else if (dirKind === 'default-acl') s.dir = { path: `/run/${id}`, mode: '0755', defaultAcl: true };
  s.facets.push(`dir:${dirKind}`);
  s.socketName = 'app.sock';
  if (rnd() < 0.15) {
    s.pool.dollarPool = true;
    s.facets.push('$pool');
  }
  if (dirKind === 'var-run') s.varRunPool = true;
}

/** Random scenario number `idx`. */
function randomSpec(rnd, idx, idsFor) {
  const id = `r${String(idx).padStart(3, '0')}`;
  /** @type {Spec} */
  const s = blank(id, idsFor(id, ID_BASE + idx * 4));
  const n = names(id, s.ids);
  applyWorker(s, pick(rnd, WORKERS), n);
  randomPoolAndDir(rnd, s, n);
  // Quirks that change the outcome through the file format or the paths.
  const quirk = pick(rnd, [
    [62, 'none'],
    [7, 'typo'],
    [10, 'override-file'],
    [5, 'override-section'],
    [4, 'hash-line'],
    [3, 'upper-keys'],
    [3, 'semicolon-line'],
    [2, 'unknown-key'],
    [2, 'nginx-var'],
    [2, 'hash-in-pass'],
  ]);
  s.facets.push(`quirk:${quirk}`);
  if (quirk === 'typo') s.clientTypo = true;
  else if (quirk === 'nginx-var') {
    s.clientVar = true;
    s.nginxFatal = 'unknown "pool" variable (N1)';
  } else if (quirk === 'hash-in-pass') s.clientHash = true;
  else applyFpmQuirk(rnd, s, quirk);
  return s;
}

/**
 * A quirk of the FPM files that changes the outcome: a later file or section overriding a key
 * (F22, F23), a `#` line (S2), upper-case keys, `;` lines, an unknown key (F22).
 * @param {() => number} rnd
 * @param {Spec} s
 * @param {string} quirk
 */
export function applyFpmQuirk(rnd, s, quirk) {
  if (quirk === 'override-file' || quirk === 'override-section') {
    const key = pick(rnd, [
      [3, 'listen.mode'],
      [2, 'listen.owner'],
      [2, 'listen.group'],
    ]);
    const value =
      key === 'listen.mode'
        ? pick(rnd, [
            [1, '0666'],
            [1, '0600'],
            [1, '0660'],
          ])
        : key === 'listen.owner'
          ? pick(rnd, [
              [1, 'www-data'],
              [1, 'root'],
            ])
          : pick(rnd, [
              [1, 'www-data'],
              [1, 'root'],
            ]);
    s.override = { where: quirk === 'override-file' ? 'file' : 'section', key, value };
  } else if (quirk === 'hash-line') {
    s.pool.extraLines = ['# managed by configuration management'];
    s.pool.fpmFatal = "a '#' line is not a comment (S2)";
  } else if (quirk === 'upper-keys') s.pool.keyCase = 'upper';
  else if (quirk === 'semicolon-line') s.pool.extraLines = ['; listen.owner = nobody', ';listen.mode = 0777'];
  else if (quirk === 'unknown-key') {
    s.pool.extraLines = ['listen.user = www-data'];
    s.pool.fpmFatal = "unknown entry 'listen.user' (F22)";
  }
}

export function blank(id, ids) {
  return {
    id,
    ids,
    title: '',
    facets: [],
    worker: { kind: '', user: null },
    setup: [],
    db: systemDb(),
    pool: {},
    dir: { path: '/run/php' },
    socketName: 'app.sock',
    clientPath: '',
    poolPath: '',
  };
}

/** The classic cases of the spec's table 10.6 (those that run on one Debian host). */
function classicSpecs(idsFor) {
  const out = [];
  const mk = (num, title, f) => {
    const id = `c${String(num).padStart(2, '0')}`;
    const s = blank(id, idsFor(id, ID_BASE + (900 + num) * 4));
    s.title = title;
    f(s, names(id, s.ids));
    out.push(s);
  };
  mk(1, 'no listen.* → 0660 root:root, www-data denied', (s) => applyWorker(s, 'www-data'));
  mk(2, 'listen.owner=www-data → owner class', (s) => {
    applyWorker(s, 'www-data');
    s.pool.owner = 'www-data';
  });
  mk(3, 'listen.owner=www-data, worker is another user', (s, n) => {
    applyWorker(s, 'own', n);
    s.pool.owner = 'www-data';
  });
  mk(4, 'listen.group=www-data, worker in www-data by /etc/group', (s, n) => {
    addUser(s, n.web, { supplementary: ['www-data'] });
    s.worker = { kind: 'own+www-data', user: [n.web.name] };
    s.pool.group = 'www-data';
  });
  mk(5, 'listen.group=www-data, worker primary www-data but not listed', (s, n) => {
    addGroup(s, n.grp);
    addUser(s, n.web, { primary: 'www-data' });
    s.worker = { kind: 'primary=www-data, user own grp', user: [n.web.name, n.grp.name] };
    s.pool.group = 'www-data';
  });
  mk(6, 'listen.owner=33 keeps group root', (s, n) => {
    addUser(s, n.web, { supplementary: ['www-data'] });
    s.worker = { kind: 'own+www-data', user: [n.web.name] };
    s.pool.owner = '33';
  });
  mk(7, 'listen.mode=0666', (s) => {
    applyWorker(s, 'www-data');
    s.pool.mode = '0666';
  });
  mk(8, 'listen.mode=666', (s) => {
    applyWorker(s, 'www-data');
    s.pool.mode = '666';
  });
  mk(9, 'listen.mode=u+rw → 0000', (s) => {
    applyWorker(s, 'www-data');
    s.pool.owner = 'www-data';
    s.pool.mode = 'u+rw';
  });
  mk(10, 'listen.acl_users=www-data with owner=nobody', (s) => {
    applyWorker(s, 'www-data');
    s.pool.aclUsers = 'www-data';
    s.pool.owner = 'nobody';
  });
  mk(12, 'listen.acl_users="www-data, nobody" (space)', (s) => {
    applyWorker(s, 'www-data');
    s.pool.aclUsers = 'www-data, nobody';
  });
  mk(13, 'listen.owner=www-data, socket dir 0700 root', (s, n) => {
    applyWorker(s, 'www-data');
    s.pool.owner = 'www-data';
    s.dir = { path: `/run/${s.id}`, mode: '0700' };
    void n;
  });
  mk(14, 'listen.owner=app, group via default ACL g::r-x → 0640', (s, n) => {
    addGroup(s, n.grp);
    addUser(s, n.web, { supplementary: [n.grp.name] });
    s.worker = { kind: 'own+grp', user: [n.web.name] };
    s.pool.owner = 'www-data';
    s.pool.group = n.grp.name;
    s.dir = { path: `/run/${s.id}`, mode: '0755', defaultAcl: true };
  });
  mk(15, 'socket dir missing', (s) => {
    applyWorker(s, 'www-data');
    s.pool.owner = 'www-data';
    s.dir = { path: `/run/${s.id}-missing`, missing: true };
  });
  mk(16, 'path typo', (s) => {
    applyWorker(s, 'www-data');
    s.pool.owner = 'www-data';
    s.clientTypo = true;
  });
  mk(19, 'user root; with 0000 socket', (s) => {
    applyWorker(s, 'root');
    s.pool.mode = '0000';
  });
  mk(20, 'listen.owner=none', (s) => {
    applyWorker(s, 'www-data');
    s.pool.owner = 'none';
  });
  mk(21, "'# listen.owner = www-data' line", (s) => {
    applyWorker(s, 'www-data');
    s.pool.extraLines = ['# listen.owner = www-data'];
    s.pool.fpmFatal = "a '#' line is not a comment (S2)";
  });
  mk(23, 'mode 0060 owned by the worker', (s) => {
    applyWorker(s, 'www-data');
    s.pool.owner = 'www-data';
    s.pool.mode = '0060';
  });
  mk(24, '0606 with the worker in the group', (s, n) => {
    applyWorker(s, 'own+grp', n);
    s.pool.group = n.grp.name;
    s.pool.mode = '0606';
  });
  mk(25, 'setgid directory gives the socket its group', (s, n) => {
    applyWorker(s, 'www-data+grp', n);
    s.dir = { path: `/run/${s.id}`, mode: '2755', chown: `root:${n.grp.name}`, setgid: true };
  });
  mk(26, 'user nobody; fails (no group nobody)', (s) => {
    applyWorker(s, 'nobody');
    s.pool.mode = '0666';
  });
  mk(27, 'socket dir 0711 is enough', (s) => {
    applyWorker(s, 'www-data');
    s.pool.owner = 'www-data';
    s.dir = { path: `/run/${s.id}`, mode: '0711' };
  });
  mk(28, 'later file overrides listen.mode', (s) => {
    applyWorker(s, 'www-data');
    s.pool.mode = '0600';
    s.override = { where: 'file', key: 'listen.mode', value: '0666' };
  });
  mk(29, 'listen.mode=yes → 0001', (s) => {
    applyWorker(s, 'www-data');
    s.pool.mode = 'yes';
  });
  mk(30, 'ACL group with mode 0600', (s, n) => {
    applyWorker(s, 'own+grp', n);
    s.pool.aclGroups = n.grp.name;
    s.pool.mode = '0600';
  });
  return out;
}

/**
 * Probes: one spec claim each that the random mix does not reach (ACL corner cases, ini syntax,
 * relative paths, nginx address forms, pool-level failures).
 */
function probeSpecs(idsFor) {
  const out = [];
  const mk = (num, title, f) => {
    const id = `p${String(num).padStart(2, '0')}`;
    const s = blank(id, idsFor(id, ID_BASE + (800 + num) * 4));
    s.title = title;
    applyWorker(s, 'www-data');
    f(s, names(id, s.ids));
    out.push(s);
  };
  mk(1, 'F7: acl_users set, listen.owner names an unknown user (ignored?)', (s, n) => {
    s.pool.aclUsers = 'www-data';
    s.pool.owner = `${n.web.name}-ghost`;
  });
  mk(2, 'F7: numeric id in listen.acl_users is not supported', (s) => {
    s.pool.aclUsers = '33';
  });
  mk(3, 'F7: acl_users and acl_groups together, mode 0600', (s, n) => {
    addGroup(s, n.grp);
    s.pool.aclUsers = 'nobody';
    s.pool.aclGroups = `${n.grp.name},www-data`;
    s.pool.mode = '0600';
  });
  mk(4, 'F15: setgid directory and numeric listen.owner', (s, n) => {
    addGroup(s, n.grp);
    addMember(s, 'www-data', n.grp.name);
    s.pool.owner = '65534';
    s.dir = { path: `/run/${s.id}`, mode: '2755', chown: `root:${n.grp.name}`, setgid: true };
  });
  mk(5, 'F16: pm.status_listen socket copies owner and mode', (s) => {
    s.pool.owner = 'www-data';
    s.pool.mode = '0600';
    s.pool.extraLines = ['pm.status_path = /status', 'pm.status_listen = /run/php/p05-status.sock'];
    s.extraSockets = ['/run/php/p05-status.sock'];
  });
  mk(6, 'S8: unset ${VAR} in listen expands to nothing', (s) => {
    s.pool.owner = 'www-data';
    s.pool.listenRaw = '/run/php/${SLTEST_REALITY_UNSET}app.sock';
    // The runner starts FPM without that variable; the tree tells socklint so (variables).
    s.socklintConfig = 'variables:\n  SLTEST_REALITY_UNSET: ""\n';
  });
  mk(7, "F11: a ':' in the listen path makes it TCP", (s) => {
    s.pool.owner = 'www-data';
    s.pool.listenRaw = '/run/php/app:1.sock';
    s.poolPathRaw = '/run/php/app:1.sock';
    s.pool.fpmFatal = 'invalid port value (F11)';
  });
  mk(8, 'N4: UNIX: prefix is case-insensitive', (s) => {
    s.pool.owner = 'www-data';
    s.clientRaw = 'UNIX:/run/php/app.sock';
  });
  mk(9, 'N1: quoted fastcgi_pass argument', (s) => {
    s.pool.owner = 'www-data';
    s.clientRaw = '"unix:/run/php/app.sock"';
  });
  mk(10, 'N3: user www-data nogroup; loses group www-data', (s) => {
    s.worker = { kind: 'www-data nogroup', user: ['www-data', 'nogroup'] };
    s.pool.group = 'www-data';
  });
  mk(11, 'S6: listen.owner = off and listen.group = null are unset', (s) => {
    s.pool.owner = 'off';
    s.pool.group = 'null';
    s.pool.mode = '0666';
  });
  mk(12, 'S6: listen.group = false is unset, owner www-data', (s) => {
    s.pool.owner = 'www-data';
    s.pool.group = 'false';
  });
  mk(13, 'F23: listen.owner written after include= in php-fpm.conf applies to the last pool', (s) => {
    s.fpmMainExtra = ['listen.owner = www-data'];
    s.pool.owner = 'www-data';
    s.pool.ownerInMain = true;
  });
  mk(14, 'S4/N1: quoted socket path with a space on both sides', (s) => {
    s.pool.owner = 'www-data';
    s.poolPathRaw = '/run/php/a b.sock';
    s.pool.listenRaw = '"/run/php/a b.sock"';
    s.clientRaw = '"unix:/run/php/a b.sock"';
  });
  mk(15, 'F6: quoted listen.mode "0666"', (s) => {
    s.pool.mode = '"0666"';
  });
  mk(16, 'F12: relative listen resolves against the compile prefix /usr', (s) => {
    s.pool.owner = 'www-data';
    s.pool.listenRaw = 'p16.sock';
    s.poolPathRaw = '/usr/p16.sock';
    s.dir = { path: '/usr', preexisting: true };
  });
  mk(17, 'N4: relative unix: path in nginx resolves against the worker cwd (/)', (s) => {
    s.pool.owner = 'www-data';
    s.clientRaw = 'unix:run/php/app.sock';
  });
  mk(18, 'F8: pool user is unrelated to the socket owner', (s, n) => {
    addUser(s, n.app);
    s.pool.userLines = [`user = ${n.app.name}`, `group = ${n.app.name}`];
  });
  mk(19, 'S3: parentheses in an unquoted listen path', (s) => {
    s.pool.owner = 'www-data';
    s.pool.listenRaw = '/run/php/app(1).sock';
    s.poolPathRaw = '/run/php/app(1).sock';
    s.clientRaw = 'unix:/run/php/app(1).sock';
    s.pool.fpmFatal = 'parentheses are ini expression operators (S3)';
  });
  mk(20, 'empty listen.acl_users leaves listen.owner in force', (s) => {
    s.pool.owner = 'www-data';
    s.pool.aclUsers = '';
  });
  mk(21, 'F14: default ACL g::r-x,o::--- turns 0666 into 0640', (s) => {
    s.pool.mode = '0666';
    s.dir = { path: `/run/${s.id}`, mode: '0755', defaultAcl: true };
  });
  mk(22, 'F9: unknown pool user is fatal', (s, n) => {
    s.pool.userLines = [`user = ${n.app.name}-ghost`];
    s.pool.mode = '0666';
    s.pool.fpmFatal = 'cannot get uid for user (F9)';
  });
  mk(23, 'F8: no pool user with a root master is fatal', (s) => {
    s.pool.userLines = [];
    s.pool.mode = '0666';
    s.pool.fpmFatal = 'user has not been defined (F8)';
  });
  mk(24, 'F8: pool user root is refused without -R', (s) => {
    s.pool.userLines = ['user = root'];
    s.pool.mode = '0666';
    s.pool.fpmFatal = 'please specify user and group other than root (F8)';
  });
  mk(25, 'F23: include of a missing directory is fatal', (s) => {
    s.fpmMain = stockFpmMain('8.2') + 'include=/etc/php/8.2/fpm/missing.d/*.conf\n';
    s.pool.mode = '0666';
    s.pool.fpmFatal = 'Unable to globalize (F23)';
  });
  mk(26, 'S7: the last listen of a pool wins', (s) => {
    s.pool.owner = 'www-data';
    s.pool.listenRaw = '/run/php/app.sock';
    s.pool.extraLines = ['listen = /run/php/p26-last.sock'];
    s.poolPathRaw = '/run/php/p26-last.sock';
    s.clientPathRaw = '/run/php/app.sock';
  });
  mk(27, 'F13: listen.allowed_clients does nothing for unix sockets', (s) => {
    s.pool.owner = 'www-data';
    s.pool.extraLines = ['listen.allowed_clients = 127.0.0.1'];
  });
  mk(28, 'F6: listen.mode = 0660 # text parses as 0660', (s) => {
    s.pool.owner = 'www-data';
    s.pool.mode = '0660 # group rw';
  });
  mk(29, 'K3: socket group class with mode 0600 and the worker only in the group', (s, n) => {
    applyWorker(s, 'www-data+grp', n);
    s.pool.group = n.grp.name;
    s.pool.mode = '0600';
  });
  mk(30, 'F4/F5: numeric listen.owner and listen.group that do not exist', (s, n) => {
    s.pool.owner = String(n.ghost.uid);
    s.pool.group = String(n.ghost.gid);
    s.pool.mode = '0606';
  });
  mk(31, "S4: single quotes are raw: '${X}' stays literally in the path", (s) => {
    s.pool.owner = 'www-data';
    s.pool.listenRaw = "'/run/php/${X}p31.sock'";
    s.poolPathRaw = '/run/php/${X}p31.sock';
    s.clientRaw = 'unix:/run/php/p31.sock';
    s.clientPathRaw = '/run/php/p31.sock';
  });
  mk(32, "S3: '!' in an unquoted listen path", (s) => {
    s.pool.owner = 'www-data';
    s.pool.listenRaw = '/run/php/app!.sock';
    s.poolPathRaw = '/run/php/app!.sock';
    s.clientRaw = 'unix:/run/php/app!.sock';
    s.pool.fpmFatal = "'!' is an ini expression operator (S3)";
  });
  mk(33, 'S9: a bare PHP constant name is replaced (PHP_OS → Linux)', (s) => {
    s.pool.owner = 'PHP_OS';
    s.pool.fpmFatal = "cannot get uid for user 'Linux' (S9)";
  });
  mk(34, 'S2: a value ending in ;comment right after the value', (s) => {
    s.pool.owner = 'www-data;comment';
    s.pool.mode = '0660;';
  });
  return out;
}

const up = (k, s) => (s.pool.keyCase === 'upper' ? k.toUpperCase() : k);

/**
 * The pool's and the client's socket paths: sets `s.poolPath` and `s.clientPath` (a typo makes the
 * client miss), returns the `listen` value as written and the pool's name.
 * @param {Spec} s
 */
export function socketPaths(s) {
  const poolName = s.pool.dollarPool ? `p${s.id}` : 'app';
  const sockFile = s.pool.dollarPool ? `${poolName}.sock` : s.socketName;
  s.poolPath = s.poolPathRaw ?? `${s.dir.path}/${sockFile}`;
  const poolListen = s.pool.dollarPool ? `${s.dir.path}/$pool.sock` : s.poolPath;
  const listenWritten = s.pool.listenRaw ?? (s.varRunPool ? `/var${poolListen}` : poolListen);
  s.clientPath =
    s.clientPathRaw ??
    (s.clientTypo ? `${s.dir.path}/${sockFile.replace('.sock', '-fpm.sock')}` : s.poolPath);
  return { poolName, sockFile, listenWritten };
}

/**
 * The PHP-FPM files of a Debian host (`etc/php/8.2/fpm/`): the main file, the pool, and a later
 * file or section that overrides a key; plus setup.sh and `.socklint.yml` (accounts: complete).
 * @param {Spec} s
 * @param {{ poolName: string, listenWritten: string }} p
 * @param {Record<string, string>} files
 */
export function hostFiles(s, p, files) {
  files['etc/php/8.2/fpm/php-fpm.conf'] =
    (s.fpmMain ?? stockFpmMain('8.2')) + (s.fpmMainExtra ?? []).map((l) => l + '\n').join('');
  const lines = [
    `[${p.poolName}]`,
    ...(s.pool.userLines ?? ['user = www-data', 'group = www-data']),
    `listen = ${p.listenWritten}`,
  ];
  const kv = (k, v) => v !== undefined && lines.push(`${up(k, s)} = ${v}`);
  if (!s.pool.ownerInMain) kv('listen.owner', s.pool.owner);
  kv('listen.group', s.pool.group);
  kv('listen.mode', s.pool.mode);
  kv('listen.acl_users', s.pool.aclUsers);
  kv('listen.acl_groups', s.pool.aclGroups);
  for (const l of s.pool.extraLines ?? []) lines.push(l);
  lines.push('pm = static', 'pm.max_children = 1');
  if (s.override?.where === 'section')
    lines.push('', `[${p.poolName.toUpperCase()}]`, `${s.override.key} = ${s.override.value}`);
  files[`etc/php/8.2/fpm/pool.d/${p.poolName}.conf`] = lines.join('\n') + '\n';
  if (s.override?.where === 'file') {
    files['etc/php/8.2/fpm/pool.d/zz-override.conf'] =
      `; later files win (F23)\n[${p.poolName}]\n${s.override.key} = ${s.override.value}\n`;
  }
  // setup.sh: accounts, then the socket directory.
  const setup = [...s.setup];
  if (s.dir.path !== '/run/php' && !s.dir.missing && !s.dir.preexisting) {
    setup.push(`mkdir -m ${s.dir.mode ?? '0755'} ${s.dir.path}`);
    if (s.dir.chown) setup.push(`chown ${s.dir.chown} ${s.dir.path}`);
    if (s.dir.mode?.length === 4 && s.dir.mode.startsWith('2'))
      setup.push(`chmod ${s.dir.mode} ${s.dir.path}`);
    if (s.dir.defaultAcl) setup.push(`setfacl -d -m u::rwx,g::r-x,o::--- ${s.dir.path}`);
  }
  setup.push(...(s.setupAfter ?? []));
  if (setup.length) files['setup.sh'] = ['#!/bin/sh', 'set -e', ...setup, ''].join('\n');
  // Each tree is a whole disposable host: setup.sh creates every account it has.
  files['.socklint.yml'] =
    `# setup.sh provisions the whole host\naccounts: complete\n${s.socklintConfig ?? ''}`;
}

/**
 * The label of a host scenario from the spec's functions, for the client's credentials (`client`)
 * or nginx's `user` line (`worker`).
 * @param {Spec} s
 * @param {Partial<Parameters<typeof expectedOutcome>[0]>} client
 */
export function hostLabel(s, client) {
  const label = expectedOutcome({
    db: s.db,
    pool: effectivePool(s),
    dirs: modelDirs(s),
    dirExists: !s.dir.missing,
    poolPath: s.poolPath,
    clientPath: s.clientPath,
    fpmFatal: s.pool.fpmFatal,
    ...client,
  });
  const expected = {
    fpm: label.fpm,
    web: label.web,
    status: label.status,
    errno: label.errno,
    why: label.why,
    socket: label.socket
      ? {
          path: s.poolPath,
          uid: label.socket.uid,
          gid: label.socket.gid,
          mode: '0' + label.socket.mode.toString(8).padStart(3, '0'),
          acl: aclLines(label.socket),
        }
      : null,
  };
  // pm.status_listen copies the pool's socket settings (F16).
  expected.extraSockets = expected.socket
    ? (s.extraSockets ?? []).map((p) => ({ ...expected.socket, path: p }))
    : [];
  if (s.expectOverride) Object.assign(expected, s.expectOverride);
  return expected;
}

/** Turn an nginx spec into files and the expected outcome. */
export function build(s) {
  const files = {};
  const p = socketPaths(s);
  let clientWritten = s.clientPath;
  if (s.clientVar) clientWritten = `${s.dir.path}/$pool.sock`;
  if (s.clientHash) clientWritten = `${s.poolPath}#frag`;
  if (s.clientHash) s.clientPath = `${s.poolPath}#frag`;

  // nginx: Debian's main with the user line varied; one site.
  const userLine = s.worker.user ? `user ${s.worker.user.join(' ')};` : '';
  files['etc/nginx/nginx.conf'] = STOCK_NGINX_MAIN.replace('user www-data;', userLine);
  files['etc/nginx/sites-enabled/app'] = `server {
    listen 80 default_server;
    root /var/www/html;
    index index.php;
    location ~ \\.php$ {
        include snippets/fastcgi-php.conf;
        fastcgi_pass ${s.clientRaw ?? `unix:${clientWritten}`};
    }
}
`;
  hostFiles(s, p, files);
  const expected = hostLabel(s, {
    worker: s.worker.user,
    nginxFatal: s.nginxFatal ?? (s.worker.kind === 'numeric' ? 'getpwnam("33") failed (N3)' : undefined),
  });
  const title = s.title || describe(s);
  return { id: s.id, family: 'nginx', title, facets: s.facets, files, expected, ids: { ...s.ids.assigned } };
}

/** Pool values after a later file or section re-assigned one key (S7, F22, F23). */
export function effectivePool(s) {
  const p = { ...s.pool };
  if (s.override) {
    const k = { 'listen.mode': 'mode', 'listen.owner': 'owner', 'listen.group': 'group' }[s.override.key];
    p[k] = s.override.value;
  }
  return p;
}

/** The directories a client walks below the (searchable) prefix: /run, then the socket's. */
export function modelDirs(s) {
  if (s.dir.model) return s.dir.model;
  const run = { uid: 0, gid: 0, mode: 0o755 };
  if (s.dir.path === '/run/php') return [run, { uid: 33, gid: 33, mode: 0o755 }];
  if (s.dir.preexisting) return [{ uid: 0, gid: 0, mode: 0o755 }];
  if (s.dir.missing) return [run];
  const [owner, group] = (s.dir.chown ?? 'root:root').split(':');
  const gid = group === 'root' ? 0 : s.db.groups.get(group).gid;
  void owner;
  const mode = parseInt(s.dir.mode ?? '0755', 8);
  return [
    run,
    {
      uid: 0,
      gid,
      mode: mode & 0o777,
      setgid: !!(mode & 0o2000),
      defaultAcl: s.dir.defaultAcl ? { u: 7, g: 5, o: 0 } : undefined,
    },
  ];
}

function describe(s) {
  const p = s.pool;
  const parts = [
    `worker ${s.worker.user ? `user ${s.worker.user.join(' ')}` : '(no user)'} [${s.worker.kind}]`,
  ];
  for (const [k, v] of Object.entries({
    owner: p.owner,
    group: p.group,
    mode: p.mode,
    acl_users: p.aclUsers,
    acl_groups: p.aclGroups,
  })) {
    if (v !== undefined) parts.push(`${k}=${JSON.stringify(v)}`);
  }
  if (s.dir.path !== '/run/php')
    parts.push(
      `dir ${s.dir.missing ? 'missing' : (s.dir.mode ?? '')}${s.dir.chown ? ' ' + s.dir.chown : ''}${s.dir.defaultAcl ? ' +default ACL' : ''}`,
    );
  if (s.override) parts.push(`override(${s.override.where}) ${s.override.key}=${s.override.value}`);
  parts.push(...s.facets.filter((f) => f.startsWith('quirk:') && f !== 'quirk:none'));
  return parts.join(', ');
}

/**
 * @typedef {{ id: string, family: string, title: string, facets: string[],
 *   files: Record<string, string | { symlink: string }>, expected: any, ids: Record<string, number>,
 *   client?: string }} Scenario `client`: `file:line` of the directive that connects (to match
 *   socklint's socket rows)
 * @typedef {(scenarioId: string, nominalBase: number) => ((slot: string) => number) & { assigned: Record<string, number> }} IdsFor
 */

/**
 * All nginx scenarios for a seed: the classic cases first, then random ones up to `count` in total.
 * `idsFor` gives each scenario its ids (see lib/ids.mjs); the scenarios' structure does not depend
 * on it, only the numbers do.
 * @param {IdsFor} [idsFor]
 * @returns {Scenario[]}
 */
export function generateScenarios(seed = 1, count = 320, idsFor = (_, base) => nominalIds(base)) {
  const rnd = prng(seed);
  const list = [...classicSpecs(idsFor), ...probeSpecs(idsFor)].map(build);
  for (let i = 1; list.length < count; i++) list.push(build(randomSpec(rnd, i, idsFor)));
  return list;
}

/** Write scenarios as trees under dir (one directory per scenario, plus scenario.json). */
export function writeScenarios(dir, scenarios) {
  const out = [];
  for (const sc of scenarios) {
    const root = path.join(dir, sc.id);
    fs.rmSync(root, { recursive: true, force: true });
    for (const [rel, content] of Object.entries(sc.files)) {
      fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
      if (typeof content === 'string') fs.writeFileSync(path.join(root, rel), content);
      else fs.symlinkSync(content.symlink, path.join(root, rel));
    }
    fs.writeFileSync(
      path.join(root, 'scenario.json'),
      JSON.stringify(
        {
          id: sc.id,
          family: sc.family,
          title: sc.title,
          facets: sc.facets,
          ids: sc.ids,
          client: sc.client,
          expected: sc.expected,
        },
        null,
        2,
      ) + '\n',
    );
    out.push({ ...sc, tree: root });
  }
  return out;
}
