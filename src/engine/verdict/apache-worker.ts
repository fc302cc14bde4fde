/**
 * The credentials Apache's children connect with (A3, W1-W3; mod_unixd and server/mpm_common.c):
 * - while reading, `User NAME` is looked up with getpwnam() and `Group NAME` with getgrnam(): an
 *   unknown name stops httpd (AH00543, AH00544), and a user whose uid is 0 is refused;
 *   `#N` is taken as a number without a lookup;
 * - each child, when the master is root, then does setgid(Group), initgroups(User, Group),
 *   setuid(User): the passwd primary group of User is not among its groups unless /etc/group
 *   lists User there (W1);
 * - `User #N` without a passwd entry (AH02155), and a Group left at the compiled `#-1` (AH02156:
 *   setgid fails), stop that sequence: the children keep running as root (W2).
 */
import type { IdentityDb } from '../model.js';
import type { Origin } from '../types.js';
import type { ApacheSetting } from '../resolve/apache-config.js';
import type { Provenance } from './fpm-socket.js';
import {
  distinctPrincipals,
  isRootUser,
  memberships,
  resolveGroup,
  resolveUser,
  showPrincipal,
} from './identity.js';
import type { Principal } from './identity.js';
import type { WorkerCreds } from './nginx-worker.js';

export interface ApacheWorkerInput {
  /** The `User` and `Group` in effect (the last of each the loader found). */
  user?: ApacheSetting;
  group?: ApacheSetting;
  /** What the binary uses without them: `#-1` and `#-1`. */
  compiled: { user: string; group: string; origin: Origin };
  /** Users and groups of the machine Apache runs on. */
  db: IdentityDb;
  /**
   * Whether `db` lists every account of the machine (a known distribution or image plus what the
   * repository adds). When not, a name it lacks is unknown rather than a refusal.
   */
  accountsKnown?: boolean;
  /** The binary's name in its messages: `apache2` on Debian, `httpd` elsewhere. */
  binary?: string;
  /** The master's identity when it does not run as root (`docker run --user`, a rootless image). */
  master?: { user: Principal; group: Principal; groups?: Principal[]; origin: Origin };
}

export interface WorkerFailure {
  kind: 'failure';
  /** The program's own message: the server does not start. */
  message: string;
  origin: Origin;
}

export interface WorkerUndecided {
  kind: 'undecided';
  /** What is not known, and so what to declare. */
  reason: string;
  origin?: Origin;
}

const ROOT_REFUSAL =
  'Error: Apache has not been designed to serve pages while running as root. There are known race conditions that will allow any local user to read any file on the system. It is strongly suggested that you instead modify the User directive in your httpd.conf file to list a non-root user.';

export function apacheWorker(input: ApacheWorkerInput): WorkerCreds | WorkerFailure | WorkerUndecided {
  const { user, group, db, compiled } = input;
  const known = input.accountsKnown ?? true;
  const binary = input.binary ?? 'httpd';
  const undecided = user?.undecided ?? group?.undecided;
  if (undecided !== undefined) {
    const setting = user?.undecided !== undefined ? user : group;
    return { kind: 'undecided', reason: undecided, origin: originOf(setting, compiled.origin) };
  }
  const userName = user?.value ?? compiled.user;
  const groupName = group?.value ?? compiled.group;
  const userOrigin = originOf(user, compiled.origin);
  const groupOrigin = originOf(group, compiled.origin);

  // While reading: ap_uname2id() and ap_gname2id().
  let uid: number;
  if (userName.startsWith('#')) uid = atoi(userName.slice(1));
  else {
    const account = db.users.get(userName);
    if (!account)
      return missing(
        known,
        `AH00543: ${binary}: bad user name ${userName}`,
        `the user ${userName}`,
        userOrigin,
      );
    if (account.uid === undefined) {
      return { kind: 'undecided', reason: `the uid of ${userName} is not known`, origin: userOrigin };
    }
    uid = account.uid;
  }
  if (uid === 0) return { kind: 'failure', message: ROOT_REFUSAL, origin: userOrigin };
  let gid: number;
  if (groupName.startsWith('#')) gid = atoi(groupName.slice(1));
  else {
    const entry = db.groups.get(groupName);
    if (!entry)
      return missing(
        known,
        `AH00544: ${binary}: bad group name ${groupName}`,
        `the group ${groupName}`,
        groupOrigin,
      );
    if (entry.gid === undefined) {
      return { kind: 'undecided', reason: `the gid of ${groupName} is not known`, origin: groupOrigin };
    }
    gid = entry.gid;
  }

  // A master that is not root changes nothing: the children keep its credentials.
  if (input.master && !isRootUser(input.master.user)) {
    const { master } = input;
    const masterUser = resolveUser(db, master.user);
    const masterGroup = resolveGroup(db, master.group);
    const because = 'the master does not run as root, so the children keep its credentials';
    return {
      kind: 'creds',
      user: masterUser,
      group: masterGroup,
      groups: distinctPrincipals([masterGroup, ...(master.groups ?? memberships(db, masterUser.name))]),
      dacOverride: false,
      why: {
        user: { because, origin: master.origin },
        group: { because, origin: master.origin },
        groups: { because, origin: master.origin },
      },
      warnings: [],
    };
  }

  // Each child: getpwuid() for `#N`, then setgid(), initgroups(), setuid().
  let name = userName;
  if (userName.startsWith('#')) {
    const account = [...db.users.values()].find((a) => a.uid === uid);
    if (!account) {
      if (!known) {
        return {
          kind: 'undecided',
          reason: `whether uid ${uid} has a passwd entry is not known`,
          origin: userOrigin,
        };
      }
      return stayRoot(
        db,
        `AH02155: getpwuid: couldn't determine user name from uid ${uid >>> 0}, you probably need to modify the User directive`,
        userOrigin,
      );
    }
    name = account.name;
  }
  if (gid === -1) {
    return stayRoot(db, 'AH02156: setgid: unable to set group id to Group 4294967295', groupOrigin);
  }
  const uidPrincipal = resolveUser(db, { name, id: uid });
  const gidPrincipal = resolveGroup(
    db,
    groupName.startsWith('#') ? { id: gid } : { name: groupName, id: gid },
  );
  return {
    kind: 'creds',
    user: uidPrincipal,
    group: gidPrincipal,
    // initgroups(User, Group): the named group plus every group listing the user.
    groups: distinctPrincipals([gidPrincipal, ...memberships(db, name)]),
    dacOverride: false,
    why: {
      user: provenance('User', userName, user, compiled.origin),
      group: provenance('Group', groupName, group, compiled.origin),
      groups: {
        because: `initgroups(${name}, ${showPrincipal(gidPrincipal)}): ${showPrincipal(gidPrincipal)} and every group listing ${name}; not the passwd primary group of ${name}`,
      },
    },
    warnings: [],
  };
}

function originOf(setting: ApacheSetting | undefined, fallback: Origin): Origin {
  return setting ? { kind: 'source', location: setting.location } : fallback;
}

function provenance(
  directive: string,
  value: string,
  setting: ApacheSetting | undefined,
  fallback: Origin,
): Provenance {
  if (!setting)
    return { because: `no ${directive} directive: the compiled default ${value}`, origin: fallback };
  const variable = setting.variable;
  const from = variable ? ` (\${${variable.name}})` : '';
  return { because: `${directive} ${value}${from}`, origin: variable?.origin ?? originOf(setting, fallback) };
}

function missing(
  known: boolean,
  message: string,
  what: string,
  origin: Origin,
): WorkerFailure | WorkerUndecided {
  return known
    ? { kind: 'failure', message, origin }
    : { kind: 'undecided', reason: `whether ${what} exists on the machine is not known`, origin };
}

/** The children keep the master's root credentials (W2): CAP_DAC_OVERRIDE passes any mode (K9). */
function stayRoot(db: IdentityDb, logged: string, origin: Origin): WorkerCreds {
  const root = resolveUser(db, { name: 'root', id: 0 });
  const rootGroup = resolveGroup(db, { name: 'root', id: 0 });
  const because = `${logged}: the children keep running as root`;
  return {
    kind: 'creds',
    user: root,
    group: rootGroup,
    groups: [rootGroup],
    dacOverride: true,
    why: { user: { because, origin }, group: { because, origin }, groups: { because, origin } },
    warnings: [logged],
  };
}

/** C `atoi()`: leading blanks, an optional sign, then digits; 0 when there are none. */
function atoi(text: string): number {
  const m = /^\s*([+-]?\d+)/.exec(text);
  return m ? Number.parseInt(m[1], 10) | 0 : 0;
}
