/**
 * The Unix socket PHP-FPM creates for a pool (semantics 10.4): owner, group, mode and ACL, each
 * with where it came from. Only `listen.*`, the master's identity, the directory and the build
 * flags matter; the pool's `user`/`group` never do (F8).
 */
import type { DirectoryFact, FpmSetting, IdentityDb } from '../model.js';
import type { Origin } from '../types.js';
import {
  anyTrue,
  isRootUser,
  principalOf,
  resolveGroup,
  resolveUser,
  samePrincipal,
  showPrincipal,
} from './identity.js';
import type { Principal, Tri } from './identity.js';
import { formatMode, type AclEntry, type SocketInode } from './kernel.js';

export type ListenKey =
  'listen.owner' | 'listen.group' | 'listen.mode' | 'listen.acl_users' | 'listen.acl_groups';

/** The php-fpm master process. */
export interface MasterIdentity {
  user: Principal;
  group: Principal;
  /** Supplementary groups (the effective group need not be repeated). */
  groups?: Principal[];
}

export interface FpmSocketInput {
  /** The pool name, for FPM's messages. */
  pool: string;
  /** The socket path as FPM names it in its messages. */
  path: string;
  /**
   * Effective pool settings. A value of '' means unset (the reader turned `none`/`off`/… into '').
   * A key that is present at all was written in the configuration, which matters for builds
   * without ACL support, where the key itself is unknown.
   */
  settings: Partial<Record<ListenKey, string | FpmSetting>>;
  /** Users and groups of the machine FPM runs on. */
  db: IdentityDb;
  /** Default: root:root. */
  master?: MasterIdentity;
  /** Built with `--with-fpm-acl` (Debian: yes; official php images: no). */
  aclSupport: boolean;
  /** The socket's directory, when known (setgid bit and group, K12/F15). */
  directory?: DirectoryFact;
  /** The directory's default ACL, when known (K11/F14). */
  defaultAcl?: AclEntry[];
}

/** Why an attribute has its value, in words, and where that came from. */
export interface Provenance {
  because: string;
  origin?: Origin;
}

export interface SocketState extends SocketInode {
  kind: 'socket';
  why: { owner: Provenance; group: Provenance; mode: Provenance; acl?: Provenance };
  /** FPM's own warnings, e.g. `ACL set, listen.owner = 'nobody' is ignored`. */
  warnings: string[];
}

export interface FpmFailure {
  kind: 'failure';
  /** FPM's own message. */
  message: string;
  origin?: Origin;
  /** Set when FPM fails after bind(): the socket file it leaves behind (F8, F18). */
  staleSocket?: SocketState;
}

/** A non-root master whose permission to chown cannot be decided from what is known. */
export interface FpmUndecided {
  kind: 'undecided';
  question: string;
  ifStarts: SocketState;
  ifFails: FpmFailure;
}

export type FpmSocketResult = SocketState | FpmFailure | FpmUndecided;

const ROOT: MasterIdentity = { user: { name: 'root', id: 0 }, group: { name: 'root', id: 0 } };
const ULONG_MAX = (1n << 64n) - 1n;

/** `strtoul(value, NULL, 8) & 0777`; '' means unset → 0660 (F6). */
export function fpmModeOf(value: string): number {
  return value === '' ? 0o660 : Number(strtoul(value, 8) & 0o777n);
}

/**
 * C strtoul: leading white space, an optional sign, then the longest run of digits; no digits
 * gives 0, overflow gives ULONG_MAX, a minus sign negates modulo 2^64.
 */
function strtoul(text: string, base: 8 | 10): bigint {
  const m = /^[ \t\n\v\f\r]*([+-]?)([0-9]*)/.exec(text)!;
  const digits = m[2].slice(0, base === 8 ? /^[0-7]*/.exec(m[2])![0].length : undefined);
  if (digits === '') return 0n;
  let n = 0n;
  for (const d of digits) {
    n = n * BigInt(base) + BigInt(d);
    if (n > ULONG_MAX) return ULONG_MAX;
  }
  return m[1] === '-' ? BigInt.asUintN(64, -n) : n;
}

/**
 * An all-digit listen.owner/listen.group: strtoul into FPM's `int` (F4, F5). The value -1 is
 * FPM's "leave as created", so 4294967295 and overflowing numbers change nothing.
 */
function fpmIdOf(digits: string): number | undefined {
  const n = strtoul(digits, 10);
  return BigInt.asIntN(32, n) === -1n ? undefined : Number(BigInt.asUintN(32, n));
}

export function fpmSocket(input: FpmSocketInput): FpmSocketResult {
  const { pool, db } = input;
  const given = input.master ?? ROOT;
  const master: MasterIdentity = {
    user: resolveUser(db, given.user),
    group: resolveGroup(db, given.group),
    groups: (given.groups ?? []).map((p) => resolveGroup(db, p)),
  };
  const masterName = showPrincipal(master.user);
  const setting = (key: ListenKey) => settingOf(key, input.settings[key]);
  const aclUsers = setting('listen.acl_users');
  const aclGroups = setting('listen.acl_groups');

  // F7: without --with-fpm-acl the keys do not exist, and an unknown key is fatal.
  if (!input.aclSupport) {
    for (const s of [aclUsers, aclGroups]) {
      if (s) return { kind: 'failure', message: `unknown entry '${s.written}'`, origin: s.origin };
    }
  }

  const modeSetting = setting('listen.mode');
  const requestedMode = fpmModeOf(modeSetting?.value ?? '');
  const modeWhy: Provenance =
    modeSetting && modeSetting.value !== ''
      ? { because: `listen.mode = ${modeSetting.value}`, origin: modeSetting.origin }
      : { because: 'no listen.mode: default 0660' };

  // F2, K12/F15: created by the master; a setgid directory gives its group instead of the egid.
  const dir = input.directory;
  const setgid = dir?.setgid ?? ((dir?.mode ?? 0) & 0o2000) !== 0;
  const setgidGroup = !setgid
    ? undefined
    : dir?.group === undefined
      ? {}
      : resolveGroup(db, principalOf(dir.group));
  const created = {
    owner: master.user,
    group: setgidGroup ?? master.group,
    ownerWhy: (reason: string): Provenance => ({ because: `${reason}: the master's user ${masterName}` }),
    groupWhy: (reason: string): Provenance =>
      setgidGroup
        ? { because: `${reason}: the group of the setgid directory ${dir!.path}`, origin: dir!.origin }
        : { because: `${reason}: the master's group ${showPrincipal(master.group)}` },
  };

  // bind() with umask 0777 ^ mode (F1), then the directory's default ACL masks it (K11, F14).
  const inherited = inheritDefaultAcl(requestedMode, input.defaultAcl);
  if (inherited.mode !== requestedMode) {
    modeWhy.because += `, reduced to ${formatMode(inherited.mode)} by the default ACL of ${dir?.path ?? 'the directory'}`;
  }

  const aclValues = [aclUsers, aclGroups].filter((s) => s !== undefined && s.value !== '');
  if (aclValues.length > 0) {
    // F7: comma-separated names, looked up exactly as written (no trimming, no numbers).
    const added: AclEntry[] = [];
    for (const [s, tag] of [
      [aclUsers, 'user'],
      [aclGroups, 'group'],
    ] as const) {
      if (!s || s.value === '') continue;
      for (const name of s.value.split(',')) {
        const known = tag === 'user' ? db.users.has(name) : db.groups.has(name);
        if (!known) return lookupFailure(pool, tag === 'user' ? 'uid for user' : 'gid for group', s, name);
        const who = tag === 'user' ? resolveUser(db, { name }) : resolveGroup(db, { name });
        added.push({ tag, who, perm: 6 });
      }
    }
    const warnings = (['listen.owner', 'listen.group'] as const)
      .map((key) => ({ key, s: setting(key) }))
      .filter(({ s }) => s && s.value !== '')
      .map(({ key, s }) => `[pool ${pool}] ACL set, ${key} = '${s!.value}' is ignored`);
    const because = 'listen.acl_* is set, so listen.owner and listen.group are ignored';
    const base: SocketState = {
      kind: 'socket',
      owner: created.owner,
      group: created.group,
      mode: inherited.mode,
      ...(inherited.acl ? { acl: inherited.acl } : {}),
      why: { owner: created.ownerWhy(because), group: created.groupWhy(because), mode: modeWhy },
      warnings,
    };
    const aclWhy: Provenance = {
      because: aclValues.map((s) => `${s!.key} = ${s!.value}`).join(', '),
      origin: aclValues[0]!.origin,
    };
    const withAcl = addAclEntries(base, added, aclWhy);
    if (!withAcl) {
      // acl_valid() refuses two entries for the same user or group.
      return {
        kind: 'failure',
        message: `[pool ${pool}] failed to write the ACL of the socket '${input.path}': Invalid argument (22)`,
        origin: aclValues[0]!.origin,
        staleSocket: { ...base, stale: true },
      };
    }
    return withAcl;
  }

  // F3, F4: a named owner brings its primary group; a numeric one leaves the group alone.
  let owner: Attribute | undefined;
  let group: Attribute | undefined;
  const o = setting('listen.owner');
  if (o && o.value !== '') {
    const why = { because: `listen.owner = ${o.value}`, origin: o.origin };
    if (/^[0-9]+$/.test(o.value)) {
      const id = fpmIdOf(o.value);
      if (id !== undefined) owner = { who: resolveUser(db, { id }), why };
    } else {
      const account = db.users.get(o.value);
      // F9: an unknown name is fatal.
      if (!account) return lookupFailure(pool, 'uid for user', o);
      owner = { who: resolveUser(db, { name: o.value }), why };
      group = {
        who: account.primaryGroup === undefined ? {} : resolveGroup(db, { name: account.primaryGroup }),
        why: { because: `primary group of ${o.value} (listen.owner)`, origin: o.origin },
      };
    }
  }
  // F5: listen.group, a name or a number, overrides.
  const g = setting('listen.group');
  if (g && g.value !== '') {
    const why = { because: `listen.group = ${g.value}`, origin: g.origin };
    if (/^[0-9]+$/.test(g.value)) {
      const id = fpmIdOf(g.value);
      if (id !== undefined) group = { who: resolveGroup(db, { id }), why };
    } else {
      if (!db.groups.has(g.value)) return lookupFailure(pool, 'gid for group', g);
      group = { who: resolveGroup(db, { name: g.value }), why };
    }
  }

  // Without listen.group, a set owner here is a numeric one (F4).
  const groupDefaultReason = owner
    ? 'listen.owner is numeric and there is no listen.group'
    : 'no listen.group';
  const state: SocketState = {
    kind: 'socket',
    owner: owner?.who ?? created.owner,
    group: group?.who ?? created.group,
    mode: inherited.mode,
    ...(inherited.acl ? { acl: inherited.acl } : {}),
    why: {
      owner: owner?.why ?? created.ownerWhy('no listen.owner'),
      group: group?.why ?? created.groupWhy(groupDefaultReason),
      mode: modeWhy,
    },
    warnings: [],
  };
  if (!owner && !group) return state;

  // F8: a non-root master may only keep its own uid and choose a group it is in (or the
  // file's current group); otherwise chown() fails, FPM exits and leaves the socket (F18).
  if (isRootUser(master.user)) return state;
  const staleSocket: SocketState = {
    ...state,
    stale: true,
    owner: created.owner,
    group: created.group,
    why: {
      ...state.why,
      owner: created.ownerWhy('chown() failed'),
      group: created.groupWhy('chown() failed'),
    },
  };
  const failure: FpmFailure = {
    kind: 'failure',
    message: `[pool ${pool}] failed to chown() the socket '${input.path}': Operation not permitted (1)`,
    origin: (g && g.value !== '' ? g : o)?.origin,
    staleSocket,
  };
  const mayChown: Tri[] = [];
  if (owner) mayChown.push(samePrincipal(owner.who, master.user));
  if (group) {
    const own = [master.group, ...(master.groups ?? []), created.group];
    mayChown.push(anyTrue(own.map((p) => samePrincipal(group!.who, p))));
  }
  if (mayChown.includes(false)) return failure;
  if (mayChown.includes('unknown')) {
    return {
      kind: 'undecided',
      question: `whether the master ${masterName} may chown the socket to ${showPrincipal(state.owner)}:${showPrincipal(state.group)}`,
      ifStarts: state,
      ifFails: failure,
    };
  }
  return state;
}

interface Attribute {
  who: Principal;
  why: Provenance;
}

function lookupFailure(pool: string, what: string, s: ReadSetting, name = s.value): FpmFailure {
  return { kind: 'failure', message: `[pool ${pool}] cannot get ${what} '${name}'`, origin: s.origin };
}

interface ReadSetting {
  key: ListenKey;
  /** The key as written, for FPM's messages. */
  written: string;
  value: string;
  origin?: Origin;
}

function settingOf(key: ListenKey, v: string | FpmSetting | undefined): ReadSetting | undefined {
  if (v === undefined) return undefined;
  if (typeof v === 'string') return { key, written: key, value: v };
  return {
    key,
    written: v.key,
    value: v.value,
    origin: { kind: 'source', location: v.location, text: v.raw },
  };
}

/** K11: `posix_acl_create_masq()`: the new inode's ACL and mode from the directory's default ACL. */
function inheritDefaultAcl(
  mode: number,
  defaultAcl: AclEntry[] | undefined,
): { mode: number; acl?: AclEntry[] } {
  if (!defaultAcl || defaultAcl.length === 0) return { mode };
  const acl = defaultAcl.map((e) => ({ ...e }));
  let extended = false;
  let groupObj: AclEntry | undefined;
  let maskObj: AclEntry | undefined;
  for (const e of acl) {
    if (e.tag === 'user_obj') {
      e.perm &= (mode >> 6) & 7;
      mode = (mode & ~0o700) | (e.perm << 6);
    } else if (e.tag === 'other') {
      e.perm &= mode & 7;
      mode = (mode & ~0o007) | e.perm;
    } else if (e.tag === 'group_obj') groupObj = e;
    else {
      if (e.tag === 'mask') maskObj = e;
      extended = true;
    }
  }
  const g = maskObj ?? groupObj;
  if (g) {
    g.perm &= (mode >> 3) & 7;
    mode = (mode & ~0o070) | (g.perm << 3);
  }
  return extended ? { mode, acl: canonicalOrder(acl) } : { mode };
}

/**
 * F7: FPM adds one rw entry per name to the socket's access ACL, recomputes the mask (union of
 * the group class) and writes it back; stat then shows the mask as the group bits (trap 8).
 * undefined when two entries name the same user or group (acl_valid fails).
 */
function addAclEntries(state: SocketState, added: AclEntry[], why: Provenance): SocketState | undefined {
  const m = state.mode;
  const current = state.acl ?? [
    { tag: 'user_obj', perm: (m >> 6) & 7 },
    { tag: 'group_obj', perm: (m >> 3) & 7 },
    { tag: 'other', perm: m & 7 },
  ];
  const entries = [...current.filter((e) => e.tag !== 'mask'), ...added];
  const named = entries.filter((e) => e.tag === 'user' || e.tag === 'group');
  const duplicate = named.some((e, i) =>
    named.slice(i + 1).some((f) => f.tag === e.tag && samePrincipal(f.who!, e.who!) === true),
  );
  if (duplicate) return undefined;
  const mask = entries
    .filter((e) => e.tag === 'group_obj' || e.tag === 'user' || e.tag === 'group')
    .reduce((bits, e) => bits | e.perm, 0);
  return {
    ...state,
    mode: (m & ~0o070) | (mask << 3),
    acl: canonicalOrder([...entries, { tag: 'mask', perm: mask }]),
    why: { ...state.why, acl: why },
  };
}

const TAG_ORDER: AclEntry['tag'][] = ['user_obj', 'user', 'group_obj', 'group', 'mask', 'other'];

/** The order getfacl shows and the kernel stores: owner, users, owning group, groups, mask, other. */
function canonicalOrder(acl: AclEntry[]): AclEntry[] {
  return [...acl].sort((a, b) => TAG_ORDER.indexOf(a.tag) - TAG_ORDER.indexOf(b.tag));
}
