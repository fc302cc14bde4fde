/**
 * Fixes for web servers in other containers (semantics D6): only numbers cross a shared volume,
 * so the socket must get a gid (or uid) the client's workers have, spelled so that PHP-FPM in the
 * PHP container reads that number: a name that means the same id in both containers, else the
 * number itself, which PHP-FPM takes without any name since 7.4.5 (F4, F5, F10), else a name the
 * PHP container gives that id. Every candidate is still judged by the recheck.
 */
import type { IdentityDb } from '../model.js';
import type { UnitGraph } from '../resolve/graph.js';
import { groupsAcross } from '../rules/cross-evaluate.js';
import type { Principal } from '../verdict/identity.js';
import type { Client, ListenValues, PoolSubject, Recheck } from './recheck.js';

/**
 * Whether PHP-FPM of this version takes a numeric listen.owner/listen.group (7.4.5, php bug
 * #77062). A branch without a patch release (`7.4`) is the image tag's last build.
 */
export function numericIdsAccepted(version: string | undefined): boolean {
  const m = version ? /^(\d+)\.(\d+)(?:\.(\d+))?/.exec(version) : null;
  if (!m) return false;
  const [major, minor] = [Number(m[1]), Number(m[2])];
  if (major !== 7) return major > 7;
  return minor > 4 || (minor === 4 && (m[3] === undefined || Number(m[3]) >= 5));
}

/** `listen.group` set to each gid every client has, then `listen.owner` to the one client uid. */
export function* acrossCandidates(subject: PoolSubject, current: ListenValues): Generator<ListenValues> {
  if (!subject.clients.some((c) => c.from)) return;
  const db = subject.graph.state.db;
  const numeric = numericIdsAccepted(subject.fpm.flavour?.version);
  for (const group of sharedIds(subject.clients, groupIds)) {
    const value = spell(db, 'group', group, numeric);
    if (value !== undefined && value !== current['listen.group']) yield { ...current, 'listen.group': value };
  }
  for (const user of sharedIds(subject.clients, (c) => [c.worker.user])) {
    const value = spell(db, 'user', user, numeric);
    if (value !== undefined && value !== current['listen.owner']) yield { ...current, 'listen.owner': value };
  }
}

/**
 * Why no listen.* change reaches the other containers' web servers, with what would: the
 * PHP-FPM failure the group change meets (a non-root master cannot chown to a group it is not
 * in, F8), or a version that needs a name the PHP container lacks.
 */
export function acrossWhyNot(
  subject: PoolSubject,
  current: ListenValues,
  judge: (values: ListenValues) => Recheck,
): string | undefined {
  const client = subject.clients.find((c) => c.from);
  const group = sharedIds(subject.clients, groupIds)[0];
  if (!client || group === undefined) return undefined;
  const php = containerName(subject.graph);
  const web = containerName(client.from!);
  const gid = group.id!;
  const joinSocketGroup = joinGroup(client, judge(current).socket?.group.id);
  const version = subject.fpm.flavour?.version;
  const value = spell(subject.graph.state.db, 'group', group, numericIdsAccepted(version));
  if (value === undefined) {
    const accepts = version
      ? `PHP-FPM ${version} in ${php} takes listen.group only as a name before 7.4.5`
      : `the version of PHP-FPM in ${php} is not known, and only 7.4.5 and later take a numeric listen.group`;
    return `${web}'s workers have gid ${gid}; ${accepts}, and no group there has gid ${gid}: create one in ${php}'s image and name it in listen.group${joinSocketGroup}`;
  }
  const failure = judge({ ...current, 'listen.group': value }).failure;
  if (!failure) return undefined;
  return `listen.group = ${value} (gid ${gid} of ${web}'s workers) does not work: ${failure}; add ${gid} to group_add of ${php} so that its PHP-FPM may chown the socket to it${joinSocketGroup}`;
}

/** The other way round: the web server's workers join the socket's group (D6). */
function joinGroup(client: Client, socketGid: number | undefined): string {
  if (socketGid === undefined) return '';
  const from = client.from!;
  const name = [...from.state.db.groups.values()].find((g) => g.gid === socketGid)?.name;
  const server = client.evaluation.link.server.server;
  if (server === 'nginx' && name && client.worker.user.name)
    return `, or run nginx in ${containerName(from)} as \`user ${client.worker.user.name} ${name};\` (gid ${socketGid}, the socket's group)`;
  return `, or put the workers of ${containerName(from)} in group ${socketGid}, the socket's group`;
}

function containerName(graph: UnitGraph): string {
  return graph.unit.container?.name ?? graph.unit.id;
}

/** Ids (not 0) every client has, in the first client's order, with the first client's name for each. */
function sharedIds(clients: Client[], ids: (c: Client) => Principal[]): Principal[] {
  const of = (c: Client) => ids(c).filter((p) => p.id !== undefined && p.id !== 0);
  const [first, ...rest] = clients.map(of);
  return (first ?? []).filter(
    (p, i, all) =>
      all.findIndex((q) => q.id === p.id) === i && rest.every((list) => list.some((q) => q.id === p.id)),
  );
}

/** The groups of a client's workers as numbers, with the other container's added groups (N3). */
function groupIds(c: Client): Principal[] {
  return c.from ? groupsAcross(c.from, c.worker) : [c.worker.group, ...c.worker.groups];
}

/**
 * How listen.owner/listen.group names this id for PHP-FPM in its container: the client's own name
 * when it means the same id there, else the number (7.4.5+), else a name the container gives it.
 */
function spell(db: IdentityDb, kind: 'user' | 'group', p: Principal, numeric: boolean): string | undefined {
  const id = p.id!;
  const idOf = (name: string) => (kind === 'group' ? db.groups.get(name)?.gid : db.users.get(name)?.uid);
  if (p.name !== undefined && idOf(p.name) === id) return p.name;
  if (numeric) return String(id);
  const names = kind === 'group' ? [...db.groups.keys()] : [...db.users.keys()];
  return names.find((name) => idOf(name) === id);
}
