/**
 * Who Caddy connects as: its single process (C3). Under systemd (W4, W5): `User=` and `Group=`,
 * where a missing `Group=` means the user's passwd primary group, then initgroups(User, Group)
 * and `SupplementaryGroups=`; no `User=` means root. In a container: root (K9) unless the
 * Dockerfile sets `USER`.
 */
import type { IdentityDb } from '../model.js';
import type { Origin } from '../types.js';
import type { ServiceSettings, UnitSetting } from '../resolve/service-unit.js';
import type { WorkerFailure, WorkerUndecided } from './apache-worker.js';
import {
  distinctPrincipals,
  memberships,
  principalOf,
  resolveGroup,
  resolveUser,
  showPrincipal,
} from './identity.js';
import type { Principal } from './identity.js';
import type { WorkerCreds } from './nginx-worker.js';

export interface CaddyIdentityInput {
  /** The service's settings, when systemd runs Caddy. */
  service?: ServiceSettings;
  /** Otherwise, the process's identity: the image's root, or the Dockerfile's USER. */
  process?: { user: Principal; group?: Principal; groups?: Principal[]; origin: Origin };
  db: IdentityDb;
  /** Whether `db` lists every account of the machine; when not, a name it lacks is unknown. */
  accountsKnown?: boolean;
}

export function caddyIdentity(input: CaddyIdentityInput): WorkerCreds | WorkerFailure | WorkerUndecided {
  const { db } = input;
  const known = input.accountsKnown ?? true;
  if (input.service) return fromService(input.service, db, known);
  const proc = input.process;
  if (!proc)
    return { kind: 'undecided', reason: 'how Caddy is started is not known (no systemd unit, no image)' };
  const user = resolveUser(db, proc.user);
  const group = resolveGroup(db, proc.group ?? primaryGroup(db, user) ?? { id: 0 });
  const root = user.id === 0 || (user.id === undefined && user.name === 'root');
  const because = root
    ? 'Caddy runs as root: CAP_DAC_OVERRIDE passes any mode (K9)'
    : 'the process runs as this user';
  return {
    kind: 'creds',
    user,
    group,
    groups: distinctPrincipals([group, ...(proc.groups ?? memberships(db, user.name))]),
    dacOverride: root,
    why: {
      user: { because, origin: proc.origin },
      group: { because, origin: proc.origin },
      groups: { because, origin: proc.origin },
    },
    warnings: [],
  };
}

function fromService(
  service: ServiceSettings,
  db: IdentityDb,
  known: boolean,
): WorkerCreds | WorkerFailure | WorkerUndecided {
  const origin = (s: UnitSetting | undefined): Origin =>
    s ? { kind: 'source', location: s.location } : { kind: 'default', description: 'systemd default' };
  if (!service.user) {
    const root = resolveUser(db, { name: 'root', id: 0 });
    const rootGroup = resolveGroup(db, { name: 'root', id: 0 });
    const because = 'the unit sets no User=: the service runs as root (CAP_DAC_OVERRIDE passes any mode, K9)';
    return {
      kind: 'creds',
      user: root,
      group: rootGroup,
      groups: [rootGroup],
      dacOverride: true,
      why: { user: { because, origin: origin(undefined) }, group: { because }, groups: { because } },
      warnings: [],
    };
  }
  const userSetting = service.user;
  const user = resolveUser(db, principalOf(userSetting.value));
  if (user.id === undefined && !db.users.has(userSetting.value)) {
    return known
      ? {
          kind: 'failure',
          message: `Failed to determine user credentials: No such process (status=217/USER: no user ${userSetting.value})`,
          origin: origin(userSetting),
        }
      : {
          kind: 'undecided',
          reason: `whether the user ${userSetting.value} exists on the machine is not known`,
          origin: origin(userSetting),
        };
  }
  // No Group=: the user's primary group from passwd (W5).
  const groupPrincipal = service.group ? principalOf(service.group.value) : primaryGroup(db, user);
  if (!groupPrincipal) {
    return {
      kind: 'undecided',
      reason: `the primary group of ${showPrincipal(user)} is not known`,
      origin: origin(userSetting),
    };
  }
  const group = resolveGroup(db, groupPrincipal);
  if (service.group && group.id === undefined && !db.groups.has(service.group.value)) {
    return known
      ? {
          kind: 'failure',
          message: `Failed to determine group credentials: No such process (status=216/GROUP: no group ${service.group.value})`,
          origin: origin(service.group),
        }
      : {
          kind: 'undecided',
          reason: `whether the group ${service.group.value} exists on the machine is not known`,
          origin: origin(service.group),
        };
  }
  const supplementary = service.supplementaryGroups.map((g) => resolveGroup(db, principalOf(g.value)));
  const groups = distinctPrincipals([group, ...memberships(db, user.name), ...supplementary]);
  const root = user.id === 0;
  return {
    kind: 'creds',
    user,
    group,
    groups,
    dacOverride: root,
    why: {
      user: { because: `User=${userSetting.value}`, origin: origin(userSetting) },
      group: service.group
        ? { because: `Group=${service.group.value}`, origin: origin(service.group) }
        : { because: `no Group=: the primary group of ${showPrincipal(user)}`, origin: origin(userSetting) },
      groups: {
        because: `initgroups(${showPrincipal(user)}, ${showPrincipal(group)})${supplementary.length > 0 ? ` and SupplementaryGroups=${service.supplementaryGroups.map((g) => g.value).join(' ')}` : ''}`,
        ...(service.supplementaryGroups[0] ? { origin: origin(service.supplementaryGroups[0]) } : {}),
      },
    },
    warnings: [],
  };
}

function primaryGroup(db: IdentityDb, user: Principal): Principal | undefined {
  const account = user.name !== undefined ? db.users.get(user.name) : undefined;
  return account?.primaryGroup !== undefined ? { name: account.primaryGroup } : undefined;
}
