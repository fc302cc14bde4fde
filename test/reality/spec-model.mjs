// The expected outcome of a generated scenario according to the written spec (semantics
// sections 1-4 and 10). Used only to label scenarios and to spot places where the real programs
// disagree with the spec; the reality tier itself trusts what it records, not this model.

/**
 * @typedef {{ uid: number, gid: number }} User
 * @typedef {{ gid: number, members: Set<string> }} Group
 * @typedef {{ users: Map<string, User>, groups: Map<string, Group> }} Db
 * @typedef {{ uid: number, gid: number, mode: number, setgid?: boolean, defaultAcl?: { u: number, g: number, o: number } }} Dir
 * @typedef {{ uid: number, gid: number, groups: Set<number>, root: boolean }} Creds
 */

/** The accounts every Debian system has and the scenarios rely on. */
export function systemDb() {
  return {
    users: new Map([
      ['root', { uid: 0, gid: 0 }],
      ['www-data', { uid: 33, gid: 33 }],
      ['nobody', { uid: 65534, gid: 65534 }],
    ]),
    groups: new Map([
      ['root', { gid: 0, members: new Set() }],
      ['www-data', { gid: 33, members: new Set() }],
      ['nogroup', { gid: 65534, members: new Set() }],
    ]),
  };
}

/**
 * How the Zend ini scanner hands a raw value to FPM (S2, S3, S4, S6): `;` ends the value outside
 * quotes, whitespace is trimmed, quotes are removed, bare boolean words become "1" or "".
 */
export function iniValue(raw) {
  if (raw === undefined) return undefined;
  let v = '';
  let quote = '';
  for (const c of raw) {
    if (quote) {
      if (c === quote) quote = '';
      else v += c;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === ';') break;
    else v += c;
  }
  v = v.trim();
  const lower = v.toLowerCase();
  if (['true', 'on', 'yes'].includes(lower)) return '1';
  if (['false', 'off', 'no', 'none', 'null'].includes(lower)) return '';
  return v;
}

/** strtoul(value, NULL, 8) & 0777, default 0660 when unset (F6). */
export function fpmMode(value) {
  if (value === undefined || value === '') return 0o660;
  const m = /^\s*[+]?([0-7]*)/.exec(value);
  const digits = m ? m[1] : '';
  return digits ? parseInt(digits, 8) & 0o777 : 0;
}

const isNum = (s) => /^\d+$/.test(s);

/** A master started as root (Debian's unit, the php images). */
const ROOT_MASTER = { uid: 0, gid: 0, groups: new Set([0]), root: true };

/**
 * The socket FPM creates for one pool (10.4), or the reason the master does not start. A master
 * that is not root (`master`) creates the socket as itself and cannot chown it to another user or
 * to a group it is not in: FPM then stops and leaves the socket file behind (`stale`, F8, F18).
 * @param {{ owner?: string, group?: string, mode?: string, aclUsers?: string, aclGroups?: string }} raw
 * @param {Db} db
 * @param {Dir} dir
 */
export function fpmSocket(raw, db, dir, master = ROOT_MASTER) {
  const owner = iniValue(raw.owner) ?? '';
  const group = iniValue(raw.group) ?? '';
  const aclUsers = iniValue(raw.aclUsers) ?? '';
  const aclGroups = iniValue(raw.aclGroups) ?? '';
  let mode = fpmMode(iniValue(raw.mode));
  if (dir.defaultAcl) mode &= (dir.defaultAcl.u << 6) | (dir.defaultAcl.g << 3) | dir.defaultAcl.o;
  const masterGid = dir.setgid ? dir.gid : master.gid;
  if (aclUsers || aclGroups) {
    const named = [];
    for (const u of aclUsers ? aclUsers.split(',') : []) {
      const e = db.users.get(u);
      if (!e) return { fails: `cannot get uid for user '${u}' (F7)` };
      named.push({ tag: 'user', id: e.uid });
    }
    for (const g of aclGroups ? aclGroups.split(',') : []) {
      const e = db.groups.get(g);
      if (!e) return { fails: `cannot get gid for group '${g}' (F7)` };
      named.push({ tag: 'group', id: e.gid });
    }
    const groupObj = (mode >> 3) & 7;
    const mask = groupObj | 6;
    return {
      uid: 0,
      gid: masterGid,
      mode: (mode & 0o707) | (mask << 3),
      acl: { user: (mode >> 6) & 7, group: groupObj, other: mode & 7, mask, named },
    };
  }
  if (!master.root && !permits(master, dir, 3))
    return { fails: 'bind() refused: the master cannot write the directory (F8)' };
  let uid = -1;
  let gid = -1;
  if (owner) {
    if (isNum(owner)) uid = Number(owner);
    else {
      const e = db.users.get(owner);
      if (!e) return { fails: `cannot get uid for user '${owner}' (F9)` };
      uid = e.uid;
      gid = e.gid;
    }
  }
  if (group) {
    if (isNum(group)) gid = Number(group);
    else {
      const e = db.groups.get(group);
      if (!e) return { fails: `cannot get gid for group '${group}' (F9)` };
      gid = e.gid;
    }
  }
  const created = { uid: master.uid, gid: dir.setgid ? dir.gid : master.gid, mode, acl: null };
  if (
    !master.root &&
    ((uid !== -1 && uid !== master.uid) || (gid !== -1 && !(gid === master.gid || master.groups.has(gid))))
  )
    return { fails: 'chown() of the socket: Operation not permitted (F8)', stale: created };
  return { uid: uid === -1 ? created.uid : uid, gid: gid === -1 ? created.gid : gid, mode, acl: null };
}

/**
 * The nginx worker's credentials for a root master (10.5, N3), or why nginx does not start.
 * @param {string[] | null} user the arguments of `user`, or null when there is none
 * @param {Db} db
 * @returns {Creds | { fails: string }}
 */
export function nginxWorker(user, db) {
  const name = user ? user[0] : 'nobody';
  const gname = user ? (user[1] ?? user[0]) : 'nogroup';
  const u = db.users.get(name);
  if (!u) return { fails: `getpwnam("${name}") failed (N3)` };
  const g = db.groups.get(gname);
  if (!g) return { fails: `getgrnam("${gname}") failed (N3)` };
  const groups = new Set([g.gid]);
  for (const grp of db.groups.values()) if (grp.members.has(name)) groups.add(grp.gid);
  return { uid: u.uid, gid: g.gid, groups, root: u.uid === 0 };
}

/**
 * Apache children's credentials (W1-W3, A3): `setgid(Group)`, `initgroups(User, Group)`,
 * `setuid(User)`. `#uid` without a passwd entry, no `User`, or `User` without `Group` leave the
 * children as root (AH02155, AH02156); `User root`, an unknown user or group stop httpd.
 * @param {{ user?: string, group?: string }} conf the effective `User` and `Group` (after `${VAR}`)
 * @param {Db} db
 * @returns {Creds | { fails: string }}
 */
export function apacheWorker(conf, db) {
  const { user, group } = conf;
  const byUid = (uid) => [...db.users.entries()].find(([, u]) => u.uid === uid);
  let name;
  let uid;
  if (user !== undefined) {
    if (user.startsWith('#')) {
      uid = Number(user.slice(1));
      name = byUid(uid)?.[0];
    } else {
      const u = db.users.get(user);
      if (!u) return { fails: `AH00543: bad user name ${user} (W3)` };
      if (u.uid === 0) return { fails: 'httpd refuses to serve pages as root (W3)' };
      name = user;
      uid = u.uid;
    }
  }
  let gid;
  if (group !== undefined) {
    if (group.startsWith('#')) gid = Number(group.slice(1));
    else {
      const g = db.groups.get(group);
      if (!g) return { fails: `AH00544: bad group name ${group} (W3)` };
      gid = g.gid;
    }
  }
  // The children stay root: no user, a uid without a name, or no group to set (W2).
  if (name === undefined || gid === undefined) return { uid: 0, gid: 0, groups: new Set([0]), root: true };
  const groups = new Set([gid]);
  for (const grp of db.groups.values()) if (grp.members.has(name)) groups.add(grp.gid);
  return { uid: /** @type {number} */ (uid), gid, groups, root: uid === 0 };
}

/**
 * Caddy's credentials under its systemd unit (W4, W5): User's uid, Group's gid (User's primary
 * group when Group= is unset), initgroups(User, gid) plus SupplementaryGroups=.
 * @param {{ user?: string, group?: string, supplementary: string[] }} unit
 * @param {Db} db
 * @returns {Creds | { fails: string }}
 */
export function caddyWorker(unit, db) {
  const name = unit.user ?? 'root';
  const u = db.users.get(name);
  if (!u) return { fails: `systemd: User=${name} does not exist (status=217/USER)` };
  let gid = u.gid;
  if (unit.group !== undefined) {
    const g = db.groups.get(unit.group);
    if (!g) return { fails: `systemd: Group=${unit.group} does not exist (status=216/GROUP)` };
    gid = g.gid;
  }
  const groups = new Set([gid]);
  for (const grp of db.groups.values()) if (grp.members.has(name)) groups.add(grp.gid);
  for (const sg of unit.supplementary) {
    const g = db.groups.get(sg);
    if (!g) return { fails: `systemd: SupplementaryGroups=${sg} does not exist (status=216/GROUP)` };
    groups.add(g.gid);
  }
  return { uid: u.uid, gid, groups, root: u.uid === 0 };
}

/**
 * Kernel permission check (10.2): owner class, then ACL when the mask is non-zero, then group,
 * then other. `want` is 2 (write) or 1 (search).
 */
export function permits(c, node, want) {
  if (c.root) return true;
  const m = node.mode & 0o777;
  if (c.uid === node.uid) return ((m >> 6) & want) === want;
  const inGroup = (g) => g === c.gid || c.groups.has(g);
  if (node.acl && (m & 0o070) !== 0) {
    const a = node.acl;
    const named = a.named.find((e) => e.tag === 'user' && e.id === c.uid);
    if (named) return (6 & a.mask & want) === want;
    let matched = false;
    const groupEntries = [
      { id: node.gid, perm: a.group },
      ...a.named.filter((e) => e.tag === 'group').map((e) => ({ id: e.id, perm: 6 })),
    ];
    for (const e of groupEntries) {
      if (!inGroup(e.id)) continue;
      matched = true;
      if ((e.perm & want) === want) return (a.mask & want) === want;
    }
    if (matched) return false;
    return (a.other & want) === want;
  }
  const grp = (m >> 3) & 7;
  const oth = m & 7;
  const bits = inGroup(node.gid) ? grp : oth;
  return (bits & want) === want;
}

/** getfacl -n -c style lines for a socket of the model, to compare with the real one. */
export function aclLines(sock) {
  const p = (b) => `${b & 4 ? 'r' : '-'}${b & 2 ? 'w' : '-'}${b & 1 ? 'x' : '-'}`;
  if (!sock.acl)
    return [`user::${p(sock.mode >> 6)}`, `group::${p(sock.mode >> 3)}`, `other::${p(sock.mode)}`];
  const a = sock.acl;
  const users = a.named.filter((e) => e.tag === 'user').sort((x, y) => x.id - y.id);
  const groups = a.named.filter((e) => e.tag === 'group').sort((x, y) => x.id - y.id);
  return [
    `user::${p(a.user)}`,
    ...dedupe(users).map((e) => `user:${e.id}:rw-`),
    `group::${p(a.group)}`,
    ...dedupe(groups).map((e) => `group:${e.id}:rw-`),
    `mask::${p(a.mask)}`,
    `other::${p(a.other)}`,
  ];
}
function dedupe(list) {
  const seen = new Set();
  return list.filter((e) => !seen.has(e.id) && seen.add(e.id));
}

/**
 * The whole expected outcome. The client is nginx's workers (`worker`: the `user` line), or any
 * other credentials (`client`: Apache's children, Caddy); a failed connect answers `failStatus`
 * (nginx and Caddy 502, Apache 503, W11).
 * @param {{ db: Db, worker?: string[] | null, client?: Creds | { fails: string }, pool: any, dirs: Dir[],
 *   dirExists: boolean, poolPath: string, clientPath: string, fpmFatal?: string, nginxFatal?: string,
 *   webFatal?: string, failStatus?: number, unreachable?: { why: string, errno: number | null },
 *   master?: Creds, socketDir?: Dir }} w
 *   `master`: the FPM master when it is not root; `socketDir`: the directory FPM binds in, when it
 *   is not the last directory the client walks (another container's view of the volume)
 *   `unreachable`: the client never reaches the socket's inode (a private /tmp: errno 2; an address
 *   the server cannot dial at all: no errno), with the reason
 */
export function expectedOutcome(w) {
  const out = { fpm: 'starts', web: 'starts', socket: null, status: null, errno: null, why: '' };
  const worker = w.client ?? nginxWorker(w.worker ?? null, w.db);
  let sock = null;
  let stale = null;
  if (w.fpmFatal) out.fpm = 'fails';
  else if (!w.dirExists) {
    out.fpm = 'fails';
    out.why = 'socket directory missing: bind ENOENT (F12)';
  } else {
    sock = fpmSocket(w.pool, w.db, w.socketDir ?? w.dirs[w.dirs.length - 1], w.master);
    if ('fails' in sock) {
      out.fpm = 'fails';
      out.why = sock.fails;
      stale = sock.stale ?? null;
      sock = null;
    } else out.socket = sock;
  }
  if (w.fpmFatal) out.why = w.fpmFatal;
  const webFatal = w.webFatal ?? w.nginxFatal;
  if (webFatal || 'fails' in worker) {
    out.web = 'fails';
    out.why = webFatal ?? /** @type {any} */ (worker).fails;
    return out;
  }
  const c = /** @type {Creds} */ (worker);
  out.status = w.failStatus ?? 502;
  if (w.unreachable) {
    out.errno = w.unreachable.errno;
    out.why = w.unreachable.why;
    return out;
  }
  // Walk the client's directories (K5), then the socket (K1, K2).
  for (const d of w.dirs) {
    if (!permits(c, d, 1)) {
      out.errno = 13;
      out.why ||= 'no search permission on a directory (K5)';
      return out;
    }
  }
  // FPM stopped after bind(): the file stays, nobody listens (K7, F18): refused if writable.
  if (stale && w.clientPath === w.poolPath) {
    out.errno = permits(c, stale, 2) ? 111 : 13;
    return out;
  }
  if (!sock || w.clientPath !== w.poolPath || !w.dirExists) {
    out.errno = 2;
    out.why ||=
      w.clientPath !== w.poolPath ? 'client path differs from the pool path (K6)' : 'no socket (K6)';
    return out;
  }
  if (!permits(c, sock, 2)) {
    out.errno = 13;
    out.why = 'no write permission on the socket (K2, K3, K10)';
    return out;
  }
  out.status = 200;
  out.why = 'connects';
  return out;
}
