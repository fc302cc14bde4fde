/**
 * The kernel's permission decision for connect() on a filesystem AF_UNIX socket
 * (semantics 10.2, 10.3): search on every ancestor directory, then write on the socket.
 */
import type { DirectoryFact, IdentityDb } from '../model.js';
import { anyTrue, principalOf, resolveGroup, resolveUser, samePrincipal, showPrincipal } from './identity.js';
import type { CompareOptions, Principal, Tri } from './identity.js';

/** 0o660 → `0660`. */
export function formatMode(mode: number): string {
  return (mode & 0o7777).toString(8).padStart(4, '0');
}

/** The identity a process acts with. */
export interface Creds {
  user: Principal;
  /** The effective (and filesystem) group. */
  group: Principal;
  /** Every group the process is in: the effective group and the supplementary groups. */
  groups: Principal[];
  /** root with its default capabilities: CAP_DAC_OVERRIDE bypasses modes and ACLs (K9). */
  dacOverride: boolean;
}

/** One POSIX ACL entry; `perm` holds rwx bits (4, 2, 1). */
export interface AclEntry {
  tag: 'user_obj' | 'group_obj' | 'user' | 'group' | 'mask' | 'other';
  /** The named user or group of `user` and `group` entries. */
  who?: Principal;
  perm: number;
}

/** What the permission check reads of an inode. */
export interface InodePerms {
  owner: Principal;
  group: Principal;
  /** As stat shows it: with an extended ACL the group bits are the ACL mask. */
  mode: number;
  /** The access ACL when it has more than the three base entries. */
  acl?: AclEntry[];
}

export type Want = 'write' | 'search';

export type DecidingClass =
  'dac-override' | 'owner' | 'group' | 'other' | 'acl-user' | 'acl-group' | 'acl-other';

/** The outcome of one permission check and which class of the inode decided it. */
export interface Permission {
  allowed: boolean | 'unknown';
  want: Want;
  /** Absent when an undecidable comparison leaves the class open (then `unknowns` says which). */
  decidedBy?: DecidingClass;
  /** rwx bits of the deciding class, for ACL entries before the mask. */
  bits?: number;
  /** The ACL mask that applied (acl-user, acl-group). */
  mask?: number;
  /** The group through which the client matched (group, acl-group). */
  viaGroup?: Principal;
  /** The ACL entry that decided (acl-user, and acl-group when it grants). */
  entry?: AclEntry;
  /** Membership in the owning group was not looked up: group and other bits agree for the wanted bit (K3). */
  groupBitsEqualOther?: boolean;
  /** The comparisons that could not be decided, in words. */
  unknowns: string[];
}

const WANT_BIT: Record<Want, number> = { write: 2, search: 1 };

/**
 * The kernel's decision (fs/namei.c acl_permission_check, fs/posix_acl.c posix_acl_permission)
 * for writing a socket or searching a directory.
 */
export function permits(c: Creds, n: InodePerms, want: Want, options: CompareOptions = {}): Permission {
  // K9: CAP_DAC_OVERRIDE covers write on any inode and search on directories.
  if (c.dacOverride) return { allowed: true, want, decidedBy: 'dac-override', unknowns: [] };
  const bit = WANT_BIT[want];
  const m = n.mode & 0o777;
  const decide = (decidedBy: DecidingClass, bits: number, extra: Partial<Permission> = {}): Permission => ({
    allowed: (bits & bit) === bit,
    want,
    decidedBy,
    bits,
    unknowns: [],
    ...extra,
  });
  const same = (a: Principal, b: Principal) => samePrincipal(a, b, options);
  const inGroup = (g: Principal): Tri => anyTrue([c.group, ...c.groups].map((x) => same(x, g)));
  const memberQuestion = (g: Principal) => `whether ${showPrincipal(c.user)} is in group ${showPrincipal(g)}`;

  const notOwner = (): Permission => {
    // K10: the ACL is consulted only when the group bits (the mask) are not all zero.
    if (n.acl && (m & 0o070) !== 0) return aclDecision(n.acl);
    const grp = (m >> 3) & 7;
    const oth = m & 7;
    // K3: when group and other agree on the bit, membership is not looked up.
    if (((grp ^ oth) & bit) === 0) return decide('other', oth, { groupBitsEqualOther: true });
    return branch(
      inGroup(n.group),
      memberQuestion(n.group),
      () => decide('group', grp, { viaGroup: n.group }),
      () => decide('other', oth),
    );
  };

  const aclDecision = (acl: AclEntry[]): Permission => {
    const mask = acl.find((e) => e.tag === 'mask')?.perm ?? 7;
    const other = acl.find((e) => e.tag === 'other')?.perm ?? m & 7;
    const users = acl.filter((e) => e.tag === 'user' && e.who);
    // Owning group first, then named groups, in ACL order.
    const groupObj: AclEntry = acl.find((e) => e.tag === 'group_obj') ?? {
      tag: 'group_obj',
      perm: (m >> 3) & 7,
    };
    const groups = [
      { entry: groupObj, who: n.group },
      ...acl.filter((e) => e.tag === 'group' && e.who).map((e) => ({ entry: e, who: e.who! })),
    ];
    // K10: a named-user entry matching the uid decides, ANDed with the mask.
    const byUser = (i: number): Permission =>
      i === users.length
        ? byGroup(0, undefined)
        : branch(
            same(c.user, users[i].who!),
            `whether ${showPrincipal(c.user)} is ${showPrincipal(users[i].who!)}`,
            () => decide('acl-user', users[i].perm & mask, { bits: users[i].perm, mask, entry: users[i] }),
            () => byUser(i + 1),
          );
    // K10: the first matching group entry with the bit decides (with the mask); if some group
    // entry matched and none has the bit, access is denied and other is not reached.
    const byGroup = (i: number, matched: Principal | undefined): Permission => {
      if (i === groups.length) {
        return matched ? decide('acl-group', 0, { viaGroup: matched, mask }) : decide('acl-other', other);
      }
      const { entry, who } = groups[i];
      const grants = (entry.perm & bit) === bit;
      return branch(
        inGroup(who),
        memberQuestion(who),
        () =>
          grants
            ? decide('acl-group', entry.perm & mask, { bits: entry.perm, mask, entry, viaGroup: who })
            : byGroup(i + 1, matched ?? who),
        () => byGroup(i + 1, matched),
      );
    };
    return byUser(0);
  };

  // K3: if the client owns the inode only the owner bits count, even when they deny; ACL
  // entries never apply to the owner (K10).
  return branch(
    same(c.user, n.owner),
    `whether ${showPrincipal(c.user)} is the owner ${showPrincipal(n.owner)}`,
    () => decide('owner', (m >> 6) & 7),
    () => notOwner(),
  );
}

/**
 * Follows a comparison. When it is undecidable both outcomes are evaluated: if they agree the
 * answer stands (the comparison does not matter), otherwise it is unknown.
 */
function branch(
  cond: Tri,
  question: string,
  ifTrue: () => Permission,
  ifFalse: () => Permission,
): Permission {
  if (cond === true) return ifTrue();
  if (cond === false) return ifFalse();
  const a = ifTrue();
  const b = ifFalse();
  const unknowns = [question, ...a.unknowns, ...b.unknowns].filter((q, i, all) => all.indexOf(q) === i);
  const allowed = a.allowed !== 'unknown' && a.allowed === b.allowed ? a.allowed : 'unknown';
  return { allowed, want: a.want, unknowns };
}

/* ------------------------------------------------------------------ connect() */

export type ConnectVerdict = 'OK' | 'EACCES' | 'ENOENT' | 'ECONNREFUSED' | 'UNKNOWN';

/** The socket as the server left it: `stale` when the server failed after bind() (F18). */
export interface SocketInode extends InodePerms {
  stale?: boolean;
}

export interface PathCheck {
  path: string;
  kind: 'directory' | 'socket';
  /** The inode as far as it is known; absent for a directory whose mode is unknown. */
  inode?: InodePerms;
  /** Absent when the check was skipped (directory mode unknown). */
  permission?: Permission;
}

export interface ConnectOptions extends CompareOptions {
  /** The machine whose names the directory owners and groups are written in. */
  directoryDb?: IdentityDb;
}

export interface ConnectResult {
  verdict: ConnectVerdict;
  /** The directory or the socket whose permission denied (EACCES). */
  deniedAt?: string;
  /** The check that decided: the denying one, the undecidable one, or the socket's write check. */
  decision?: PathCheck;
  /** Every check, in the kernel's order. */
  checks: PathCheck[];
}

/**
 * connect() to an absolute socket path (K1): search (x, not r: K5) on each ancestor whose mode
 * is known (unknown modes are skipped, not guessed), then write on the socket (K2). A missing
 * socket is ENOENT (K6); a stale one the client may write is ECONNREFUSED (K7).
 */
export function connectVerdict(
  creds: Creds,
  socketPath: string,
  socket: SocketInode | undefined,
  dirs: (path: string) => DirectoryFact | undefined,
  options: ConnectOptions = {},
): ConnectResult {
  const checks: PathCheck[] = [];
  let undecided: PathCheck | undefined;
  for (const path of ancestors(socketPath)) {
    const fact = dirs(path);
    if (fact?.mode === undefined) {
      checks.push({ path, kind: 'directory' });
      continue;
    }
    const inode = directoryInode(fact, options.directoryDb);
    const check: PathCheck = {
      path,
      kind: 'directory',
      inode,
      permission: permits(creds, inode, 'search', options),
    };
    checks.push(check);
    // Whatever an earlier undecidable directory does, a certain denial here means EACCES.
    if (check.permission!.allowed === false)
      return { verdict: 'EACCES', deniedAt: path, decision: check, checks };
    if (check.permission!.allowed === 'unknown') undecided ??= check;
  }
  if (!socket) {
    return undecided ? { verdict: 'UNKNOWN', decision: undecided, checks } : { verdict: 'ENOENT', checks };
  }
  const check: PathCheck = {
    path: socketPath,
    kind: 'socket',
    inode: socket,
    permission: permits(creds, socket, 'write', options),
  };
  checks.push(check);
  const allowed = check.permission!.allowed;
  // A certain denial on the socket means EACCES whatever the undecided directory does.
  if (allowed === false) return { verdict: 'EACCES', deniedAt: socketPath, decision: check, checks };
  if (undecided) return { verdict: 'UNKNOWN', decision: undecided, checks };
  if (allowed === 'unknown') return { verdict: 'UNKNOWN', decision: check, checks };
  // K7: the write check runs before the listener check.
  return { verdict: socket.stale ? 'ECONNREFUSED' : 'OK', decision: check, checks };
}

/** `/run/php/app.sock` → `/`, `/run`, `/run/php`. A relative path has no known ancestors. */
export function ancestors(path: string): string[] {
  if (!path.startsWith('/')) return [];
  const parts = path.split('/').filter((p) => p !== '');
  return parts.map((_, i) => '/' + parts.slice(0, i).join('/'));
}

function directoryInode(fact: DirectoryFact, db: IdentityDb | undefined): InodePerms {
  return {
    owner: fact.owner === undefined ? {} : resolveUser(db, principalOf(fact.owner)),
    group: fact.group === undefined ? {} : resolveGroup(db, principalOf(fact.group)),
    mode: fact.mode!,
  };
}
