/**
 * The credentials nginx workers run with (semantics 10.5, N3): `user NAME [GROUP]`, then
 * setgid(group), initgroups(user, group), setuid(user).
 */
import type { IdentityDb, NginxUserDirective } from '../model.js';
import type { Origin } from '../types.js';
import {
  distinctPrincipals,
  isRootUser,
  memberships,
  resolveGroup,
  resolveUser,
  showPrincipal,
} from './identity.js';
import type { Principal } from './identity.js';
import type { Creds } from './kernel.js';
import type { Provenance } from './fpm-socket.js';

export interface NginxWorkerInput {
  /** The `user` directive of the main context, if any. */
  directive?: NginxUserDirective;
  /** What the binary uses without a `user` directive (`--user`/`--group`, else nobody and nobody/nogroup). */
  fallback: { user: string; group: string; origin: Origin };
  /** Users and groups of the machine nginx runs on. */
  db: IdentityDb;
  /** The master's identity when it does not run as root (nginx-unprivileged, `docker run --user`). */
  master?: { user: Principal; group: Principal; groups?: Principal[]; origin: Origin };
}

export interface WorkerCreds extends Creds {
  kind: 'creds';
  why: { user: Provenance; group: Provenance; groups: Provenance };
  /** nginx's own warnings, e.g. that `user` is ignored. */
  warnings: string[];
}

export interface NginxFailure {
  kind: 'failure';
  /** nginx's own message: nginx does not start. */
  message: string;
  origin: Origin;
}

export function nginxWorker(input: NginxWorkerInput): WorkerCreds | NginxFailure {
  const { directive, db, master } = input;

  // N3, trap 20: a non-root master ignores `user`; workers keep the master's credentials.
  if (master && !isRootUser(master.user)) {
    const user = resolveUser(db, master.user);
    const group = resolveGroup(db, master.group);
    const groups = distinctPrincipals([group, ...(master.groups ?? memberships(db, user.name))]);
    const because = `the master does not run as root, so workers keep its credentials`;
    return {
      kind: 'creds',
      user,
      group,
      groups,
      dacOverride: false,
      why: {
        user: { because, origin: master.origin },
        group: { because, origin: master.origin },
        groups: { because, origin: master.origin },
      },
      warnings: directive
        ? [
            'the "user" directive makes sense only if the master process runs with super-user privileges, ignored',
          ]
        : [],
    };
  }

  const origin: Origin = directive ? { kind: 'source', location: directive.location } : input.fallback.origin;
  const userName = directive?.user ?? input.fallback.user;
  // Trap 18: GROUP omitted → the group named like the user, not the user's primary group.
  const groupName = directive ? (directive.group ?? directive.user) : input.fallback.group;

  // getpwnam()/getgrnam() look names up, so numeric values (`user 33;`) fail too.
  if (!db.users.has(userName)) return { kind: 'failure', message: `getpwnam("${userName}") failed`, origin };
  if (!db.groups.has(groupName))
    return { kind: 'failure', message: `getgrnam("${groupName}") failed`, origin };

  const user = resolveUser(db, { name: userName });
  const group = resolveGroup(db, { name: groupName });
  // Trap 19: initgroups(user, group) = the named group plus every group listing the user; the
  // passwd primary group is not added.
  const groups = distinctPrincipals([group, ...memberships(db, userName)]);
  const userWhy: Provenance = directive
    ? { because: `user ${userName}`, origin }
    : { because: `no user directive: the default user ${userName}`, origin };
  const groupWhy: Provenance = directive
    ? directive.group === undefined
      ? { because: `user ${userName} without a group: the group named ${groupName}`, origin }
      : { because: `user ${userName} ${groupName}`, origin }
    : { because: `no user directive: the default group ${groupName}`, origin };
  return {
    kind: 'creds',
    user,
    group,
    groups,
    // Trap 21, K9: root workers keep CAP_DAC_OVERRIDE.
    dacOverride: isRootUser(user),
    why: {
      user: userWhy,
      group: groupWhy,
      groups: {
        because: `initgroups(${userName}, ${showPrincipal(group)}): ${groupName} and every group listing ${userName}`,
      },
    },
    warnings: [],
  };
}
