/**
 * The fix planner: for one pool, the smallest change of its listen.* values after which every
 * web server of the unit that reaches the socket connects, "other" gains nothing, and the
 * pool's own listen.* findings are gone. Candidates are tried in order of preference and each
 * one is judged by the verdict functions themselves (recheck), never by a shortcut.
 */
import { formatMode } from '../verdict/explain.js';
import type { RuleId } from '../findings.js';
import type { ListenKey } from '../verdict/fpm-socket.js';
import {
  principalOf,
  resolveGroup,
  resolveUser,
  samePrincipal,
  showPrincipal,
  type Principal,
} from '../verdict/identity.js';
import { acrossCandidates, acrossWhyNot } from './across.js';
import { evidentMode, isPlainOctal, modeOf } from './mode.js';
import {
  LISTEN_KEYS,
  currentValues,
  recheck as judge,
  type Client,
  type ListenValues,
  type PoolSubject,
  type Recheck,
} from './recheck.js';

export type PoolPlan =
  /** Nothing to fix: every client connects and the listen.* lines are sound. */
  | { kind: 'clean' }
  /** `check`: the verdicts with the new values, which say how each client gets in. */
  | { kind: 'fix'; values: ListenValues; check: Recheck }
  | { kind: 'none'; reason: string };

/**
 * `wanted`: the listen.* rules with a reported finding on this pool. A condition whose finding
 * was suppressed or turned off (a world-writable socket on a shared development box) is
 * accepted as it is; no other may remain or appear.
 */
export function planPool(given: PoolSubject, wanted: ReadonlySet<RuleId>): PoolPlan {
  const subject: Judged = { ...given, memo: new Map() };
  const current = currentValues(subject.pool);
  const aclSupport = subject.fpm.aclSupported;
  const accepted = new Set([...conditions(current, aclSupport)].filter((rule) => !wanted.has(rule)));
  const sound = (values: ListenValues) =>
    [...conditions(values, aclSupport)].every((rule) => accepted.has(rule));
  if (sound(current) && recheck(subject, current).ok) return { kind: 'clean' };
  for (const candidate of candidates(subject, current, accepted)) {
    const values = withMode(subject, current, candidate, accepted);
    if (!values || !sound(values) || widensOther(current, values)) continue;
    const check = recheck(subject, values);
    if (check.ok) return { kind: 'fix', values, check };
  }
  return { kind: 'none', reason: whyNot(subject, current) };
}

/** Candidates often repeat the same values: each set of values is judged once per pool. */
interface Judged extends PoolSubject {
  memo: Map<string, Recheck>;
}

function recheck(subject: Judged, values: ListenValues): Recheck {
  const key = JSON.stringify(LISTEN_KEYS.map((k) => values[k] ?? null));
  let result = subject.memo.get(key);
  if (!result) {
    result = judge(subject, values);
    subject.memo.set(key, result);
  }
  return result;
}

const nonEmpty = (v: string | undefined): v is string => v !== undefined && v !== '';

/** What the listen.* rules besides the verdict find in these values (the same checks as the rules). */
export function conditions(values: ListenValues, aclSupport: boolean): Set<RuleId> {
  const out = new Set<RuleId>();
  const mode = values['listen.mode'];
  if (nonEmpty(mode) && !isPlainOctal(mode)) out.add('socket-mode-invalid');
  if ((modeOf(mode ?? '') & 0o002) !== 0) out.add('socket-world-writable');
  const acl = nonEmpty(values['listen.acl_users']) || nonEmpty(values['listen.acl_groups']);
  const ownership = nonEmpty(values['listen.owner']) || nonEmpty(values['listen.group']);
  if (!acl && !ownership) out.add('socket-ownership-implicit');
  if (aclSupport && acl && ownership) out.add('socket-owner-ignored');
  return out;
}

function widensOther(before: ListenValues, after: ListenValues): boolean {
  const was = modeOf(before['listen.mode'] ?? '') & 0o007;
  const now = modeOf(after['listen.mode'] ?? '') & 0o007;
  return (now & ~was) !== 0;
}

/** Ownership candidates, most preferred first; the mode is settled afterwards for each. */
function* candidates(subject: Judged, current: ListenValues, accepted: Set<RuleId>): Generator<ListenValues> {
  yield current;
  yield* acrossCandidates(subject, current);
  const { fpm } = subject;
  const users = distinctUsers(subject.clients);
  const single = users.length === 1 ? subject.clients[0].worker : undefined;
  const owner = current['listen.owner'];
  const group = current['listen.group'];

  if (nonEmpty(current['listen.acl_users']) || nonEmpty(current['listen.acl_groups'])) {
    const added = withAclEntries(subject, current, accepted);
    const keepIgnored = accepted.has('socket-owner-ignored');
    if (added) yield keepIgnored ? added : withoutOwnership(added);
    return;
  }
  const userName = single && nameOf(single.user);
  const groupName = single && nameOf(single.group);
  if (!nonEmpty(owner) && !nonEmpty(group) && userName && groupName) {
    // The conventional socket: the web server's user and group (Debian's packaged www.conf).
    yield { ...current, 'listen.owner': userName, 'listen.group': groupName };
  }
  // Fill in what is unset before replacing what the configuration chose.
  if (!nonEmpty(owner) && nonEmpty(group) && userName) {
    yield { ...current, 'listen.owner': userName };
  }
  for (const shared of sharedGroups(subject, owner)) {
    if (shared !== group) yield { ...current, 'listen.group': shared };
  }
  if (userName && groupName) {
    yield { ...current, 'listen.owner': userName, 'listen.group': groupName };
  }
  const names = users.map(nameOf);
  if (fpm.aclSupported && users.length > 1 && names.every((n) => n && subject.graph.state.db.users.has(n))) {
    yield withoutOwnership({ ...current, 'listen.acl_users': names.join(',') });
  }
}

/**
 * The mode for an ownership candidate: the current one (what an invalid value evidently meant,
 * 0660 for a world-writable one, never more for "other"), plus rw for the class that decides
 * for each client that is still denied (the owner class even when it denies, K3).
 */
function withMode(
  subject: Judged,
  current: ListenValues,
  values: ListenValues,
  accepted: Set<RuleId>,
): ListenValues | undefined {
  const written = current['listen.mode'];
  const effective = modeOf(written ?? '');
  let mode = repairedMode(written, accepted);
  for (let round = 0; round < 3; round++) {
    const check = recheck(subject, { ...values, 'listen.mode': formatMode(mode) });
    if (!check.socket) return undefined;
    let add = 0;
    for (const { connect } of check.results) {
      if (connect.verdict !== 'EACCES' || connect.decision?.kind !== 'socket') continue;
      const by = connect.decision.permission?.decidedBy;
      if (by === 'owner') add |= 0o600;
      else if (by === 'group' || by === 'acl-group') add |= 0o060;
    }
    if ((mode | add) === mode) break;
    mode |= add;
  }
  const keep =
    (!nonEmpty(written) && mode === 0o660) ||
    (nonEmpty(written) &&
      effective === mode &&
      (isPlainOctal(written) || accepted.has('socket-mode-invalid')));
  return { ...values, 'listen.mode': keep ? written : formatMode(mode) };
}

/**
 * The mode to start from: the current one if it is plain octal, else what it evidently meant
 * (or 0660); 0660 instead of a world-writable one; never more "other" bits than now.
 */
function repairedMode(written: string | undefined, accepted: Set<RuleId>): number {
  const effective = modeOf(written ?? '');
  let mode = !nonEmpty(written)
    ? 0o660
    : isPlainOctal(written) || accepted.has('socket-mode-invalid')
      ? effective
      : (evidentMode(written) ?? 0o660);
  if (mode & 0o002 && !accepted.has('socket-world-writable')) mode = 0o660;
  return (mode & ~0o007) | (mode & effective & 0o007);
}

/** Adds every client that the repaired mode leaves denied to the pool's ACL list: users to acl_users, else groups to acl_groups. */
function withAclEntries(
  subject: Judged,
  current: ListenValues,
  accepted: Set<RuleId>,
): ListenValues | undefined {
  const repaired = { ...current, 'listen.mode': formatMode(repairedMode(current['listen.mode'], accepted)) };
  const denied = recheck(subject, repaired)
    .results.filter((r) => r.connect.verdict !== 'OK')
    .map((r) => r.client.worker);
  if (denied.length === 0) return current;
  const db = subject.graph.state.db;
  const byUser = nonEmpty(current['listen.acl_users']) || !nonEmpty(current['listen.acl_groups']);
  const key: ListenKey = byUser ? 'listen.acl_users' : 'listen.acl_groups';
  const list = nonEmpty(current[key]) ? current[key]!.split(',') : [];
  for (const worker of denied) {
    const name = nameOf(byUser ? worker.user : worker.group);
    if (!name || !(byUser ? db.users.has(name) : db.groups.has(name))) return undefined;
    if (!list.includes(name)) list.push(name);
  }
  return { ...current, [key]: list.join(',') };
}

/** With an ACL FPM ignores listen.owner and listen.group: the fix comments them out. */
function withoutOwnership(values: ListenValues): ListenValues {
  const out = { ...values };
  for (const key of ['listen.owner', 'listen.group'] as const) if (nonEmpty(out[key])) delete out[key];
  return out;
}

/**
 * Groups every client is in, as names FPM can look up: the owner's primary group first (it keeps
 * the owner's intent), then each client's own group, then the others; never root.
 */
function sharedGroups(subject: PoolSubject, owner: string | undefined): string[] {
  const { clients } = subject;
  const db = subject.graph.state.db;
  if (clients.length === 0) return [];
  const ownerAccount = nonEmpty(owner) ? resolveUser(db, principalOf(owner)) : undefined;
  const ownerPrimary = ownerAccount?.name ? db.users.get(ownerAccount.name)?.primaryGroup : undefined;
  const ordered: Principal[] = [
    ...(ownerPrimary ? [resolveGroup(db, { name: ownerPrimary })] : []),
    ...clients.map((c) => c.worker.group),
    ...clients.flatMap((c) => c.worker.groups),
  ];
  const out: string[] = [];
  for (const g of ordered) {
    const name = nameOf(g);
    if (!name || name === 'root' || g.id === 0 || out.includes(name)) continue;
    const inAll = clients.every((c) =>
      [c.worker.group, ...c.worker.groups].some((x) => samePrincipal(x, g) === true),
    );
    if (inAll && (db.groups.has(name) || /^\d+$/.test(name))) out.push(name);
  }
  return out;
}

function distinctUsers(clients: Client[]): Principal[] {
  const out: Principal[] = [];
  for (const c of clients)
    if (!out.some((u) => samePrincipal(u, c.worker.user) === true)) out.push(c.worker.user);
  return out;
}

/** The name FPM would look up, else the number (listen.owner/group accept both). */
function nameOf(p: Principal): string | undefined {
  return p.name ?? (p.id === undefined ? undefined : String(p.id));
}

function whyNot(subject: Judged, current: ListenValues): string {
  const { clients, pool, socketPath, fpm } = subject;
  const denied = recheck(subject, current).results.find(
    (r) => r.connect.decision?.kind === 'directory' && r.connect.verdict === 'EACCES',
  );
  if (denied) {
    return `the directory ${denied.connect.deniedAt} denies search to ${showPrincipal(denied.client.worker.user)}: no listen.* setting changes that`;
  }
  if (clients.length === 0) {
    return `no web server of ${subject.graph.unit.id} connects to ${socketPath}, so nothing says who should own it`;
  }
  const across = acrossWhyNot(subject, current, (values) => recheck(subject, values));
  if (across) return across;
  const users = distinctUsers(clients);
  if (users.length > 1 && sharedGroups(subject, current['listen.owner']).length === 0) {
    const who = users.map(showPrincipal).join(', ');
    return fpm.aclSupported
      ? `the web servers run as ${who}, which share no group and cannot all be given access through listen.acl_users`
      : `the web servers run as ${who}, which share no group, and this PHP-FPM is built without ACL support: put them in one group and set listen.group of pool [${pool.name}] to it`;
  }
  return `no listen.* change lets ${showPrincipal(users[0])} connect to ${socketPath} without opening it to other users`;
}
