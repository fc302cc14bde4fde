/**
 * The verdict for a client whose container shares directories with others (compose services):
 * the socket the other container's PHP-FPM creates, checked against this container's worker.
 * Names resolve in each container's own /etc/passwd and /etc/group, and only the numbers they
 * resolve to are compared (semantics D6); a name either side cannot number leaves it undecided.
 */
import { normalizeDeployed } from '../resolve/deployed-fs.js';
import type { Link, UnitGraph } from '../resolve/graph.js';
import { describeInode, explainConnect } from '../verdict/explain.js';
import type { FpmSocketResult, SocketState } from '../verdict/fpm-socket.js';
import {
  principalOf,
  resolveGroup,
  resolveUser,
  showPrincipal,
  type Principal,
} from '../verdict/identity.js';
import { masterUser } from '../resolve/topology.js';
import { posix } from 'node:path';
import { connectVerdict, permits, type Creds } from '../verdict/kernel.js';
import type { WorkerCreds } from '../verdict/nginx-worker.js';
import type { SocketVerdict } from '../findings.js';
import type { WebServerKind } from '../model.js';
import type { Assumption } from '../knowledge.js';
import type { ConnectResult } from '../verdict/kernel.js';

/** The verdict fields this module sets (`evaluate.ts`'s `Evaluation` has them all). */
export interface AcrossEvaluation {
  link: Link;
  verdict: SocketVerdict;
  reason: string;
  worker?: WorkerCreds;
  socket?: SocketState;
  socketResult?: FpmSocketResult;
  connect?: ConnectResult;
  startFailure?: { program: WebServerKind | 'php-fpm'; message: string };
  assumptions: Assumption[];
}

/** The socket side of one link as `evaluate.ts` decides it on one machine: the socket, or its verdict. */
export type SocketSideOf<E extends AcrossEvaluation> = (
  graph: UnitGraph,
  link: Link,
  path: string,
) => { kind: 'socket'; socket: SocketState } | (E & { kind?: never });

/**
 * Undefined when the link is not a container's business: a unit that is no container, a client
 * that reaches a pool or a program of its own container, or a client that does not speak FastCGI.
 */
export function evaluateAcross<E extends AcrossEvaluation>(
  graph: UnitGraph,
  link: Link,
  creds: WorkerCreds | undefined,
  sideOf: SocketSideOf<E>,
): E | AcrossEvaluation | undefined {
  const container = graph.unit.container;
  if (!container || !link.path || (link.target && !link.across) || link.listener) return undefined;
  const across = link.across;
  if (!across) return link.client.directive === 'fastcgi_pass' ? unshared(graph, link) : undefined;
  const peer = across.peer;
  const peerName = peer.unit.container!.name;
  const where =
    across.path === link.path && across.clientMount === across.peerMount
      ? `${across.shared} is mounted at ${across.clientMount} in both`
      : `${link.path} is ${across.path} in ${peerName} (${across.shared}, mounted at ${across.clientMount} in ${container.name} and at ${across.peerMount} in ${peerName})`;
  const side = sideOf(peer, { ...link, path: across.path }, across.path);
  // F18: a master that fails after bind() leaves its socket; whether nginx may write it decides the errno.
  const stale =
    side.kind !== 'socket' && side.socketResult?.kind === 'failure'
      ? side.socketResult.staleSocket
      : undefined;
  if (side.kind !== 'socket' && !stale) return { ...side, link, reason: `${side.reason}; ${where}` };
  const undecided = (reason: string): AcrossEvaluation => ({
    link,
    verdict: 'undecided',
    reason: `${reason}; ${where}`,
    assumptions: [],
  });
  const unknownUser = [graph, peer].find((g) => g.unit.container?.userUnknown);
  if (unknownUser) {
    const c = unknownUser.unit.container!;
    return undecided(
      `the user: of ${c.name} depends on ${c.userUnknown!.join(', ')}, which nothing sets, so who runs its server is unknown (declare it under variables: in .socklint.yml)`,
    );
  }
  if (!creds) {
    return undecided(
      `nothing says which user the nginx workers of ${container.name} run as (unknown image: set web-user in .socklint.yml)`,
    );
  }
  const socket = side.kind === 'socket' ? side.socket : stale!;
  const workerGroups = groupsAcross(graph, creds);
  const unnumbered = [
    ...missing(socket.owner, `owner of the socket`, peerName, 'user'),
    ...missing(socket.group, `group of the socket`, peerName, 'group'),
    ...missing(creds.user, 'nginx worker user', container.name, 'user'),
    ...workerGroups.flatMap((g) => missing(g, 'nginx worker group', container.name, 'group')),
  ];
  if (unnumbered.length > 0) {
    // Why an image numbers nothing: the note that says its base is unknown (a build argument nothing sets…).
    const why = [graph, peer].flatMap((g) =>
      g.unit.notes.filter((n) => n.code === 'unknown-base-image').map((n) => n.message),
    );
    return undecided(
      `across containers only numeric ids count, and ${unnumbered.join('; ')} (declare it under users:/groups: in .socklint.yml)${why.length > 0 ? `; ${why.join('; ')}` : ''}`,
    );
  }
  const bindRefused = masterCannotBind(peer, across.path);
  if (bindRefused) {
    return {
      link,
      verdict: 'fpm-fails',
      reason: `php-fpm in ${peerName} does not start: ${bindRefused}; ${where}`,
      startFailure: { program: 'php-fpm', message: bindRefused },
      assumptions: [],
    };
  }
  const numbers: Creds = {
    user: { id: creds.user.id! },
    group: { id: creds.group.id! },
    groups: workerGroups
      .map((g) => ({ id: g.id! }))
      .filter((g, i, all) => all.findIndex((x) => x.id === g.id) === i),
    dacOverride: creds.dacOverride,
  };
  const numericSocket: SocketState = {
    ...socket,
    owner: { id: socket.owner.id! },
    group: { id: socket.group.id! },
  };
  const connect = connectVerdict(numbers, link.path, numericSocket, (p) => graph.state.directories.get(p), {
    sameMachine: false,
    directoryDb: graph.state.db,
  });
  // A denial on the socket itself holds whatever the shared directory's unknown mode is.
  const shared = graph.state.directories.get(normalizeDeployed(across.clientMount));
  const sharedOrigin = shared?.mode === undefined ? shared?.origin : undefined;
  if (sharedOrigin?.kind === 'assumed' && !(connect.verdict === 'EACCES' && connect.deniedAt === link.path)) {
    return undecided(`${sharedOrigin.description}; ${sharedOrigin.declare}`);
  }
  if (side.kind !== 'socket' && connect.verdict !== 'EACCES')
    return { ...side, link, reason: `${side.reason}; ${where}` };
  const created = stale
    ? `php-fpm in ${peerName} fails after creating the socket and leaves it as ${describeInode(numericSocket)} (${showPrincipal(socket.owner)}:${showPrincipal(socket.group)} there)`
    : `the socket is created by php-fpm in ${peerName} as ${describeInode(numericSocket)} (${showPrincipal(socket.owner)}:${showPrincipal(socket.group)} there)`;
  const reason = `${explainConnect(numbers, link.path, connect, `nginx in ${container.name}, uid`)}; ${created}; ${where}`;
  const verdict =
    connect.verdict === 'OK'
      ? 'connects'
      : connect.verdict === 'EACCES'
        ? connect.deniedAt === link.path
          ? 'permission-denied'
          : 'directory-denied'
        : 'undecided';
  return {
    link,
    verdict,
    reason,
    worker: creds,
    socket: numericSocket,
    socketResult: side.kind === 'socket' ? socket : side.socketResult,
    connect,
    assumptions: [],
  };
}

/** Every group the workers of a container's web server are in, as that container numbers them. */
export function groupsAcross(graph: UnitGraph, creds: WorkerCreds): Principal[] {
  return [creds.group, ...creds.groups, ...addedGroups(graph)];
}

/**
 * compose `group_add`: supplementary groups of the container's processes. nginx workers keep them
 * only when the master is not root (a root master's workers call initgroups(), N3).
 */
function addedGroups(graph: UnitGraph): Principal[] {
  const nonRoot = masterUser(graph.unit, 'nginx') || graph.unit.platform.nginx?.masterIsRoot === false;
  if (!nonRoot) return [];
  return (graph.unit.container?.groupAdd ?? []).map((g) => resolveGroup(graph.state.db, principalOf(g)));
}

/**
 * F8, K4: a master that is not root creates its socket with its own credentials, so it needs
 * write and search on the socket's directory; where the directory denies them, bind() fails
 * with EACCES and PHP-FPM stops.
 */
function masterCannotBind(peer: UnitGraph, socketPath: string): string | undefined {
  const running = masterUser(peer.unit, 'php-fpm');
  if (!running) return undefined;
  const db = peer.state.db;
  const user = resolveUser(db, principalOf(running.user));
  const group = running.group
    ? resolveGroup(db, principalOf(running.group))
    : user.name && db.users.get(user.name)?.primaryGroup
      ? resolveGroup(db, { name: db.users.get(user.name)!.primaryGroup! })
      : user;
  const groups = (peer.unit.container?.groupAdd ?? []).map((g) => resolveGroup(db, principalOf(g)));
  const master: Creds = { user, group, groups: [group, ...groups], dacOverride: false };
  const dir = peer.state.directories.get(posix.dirname(socketPath));
  if (dir?.mode === undefined) return undefined;
  const inode = {
    owner: dir.owner === undefined ? {} : resolveUser(db, principalOf(dir.owner)),
    group: dir.group === undefined ? {} : resolveGroup(db, principalOf(dir.group)),
    mode: dir.mode,
  };
  if (permits(master, inode, 'write', { sameMachine: false }).allowed !== false) return undefined;
  return `unable to bind listening socket for address '${socketPath}': Permission denied (13): the master runs as ${showPrincipal(user)}, and ${posix.dirname(socketPath)} (${describeInode(inode)}) denies it write`;
}

function missing(p: Principal, what: string, container: string, kind: 'user' | 'group'): string[] {
  if (p.id !== undefined) return [];
  return [
    `the ${what}, ${kind} ${showPrincipal(p)}, has no ${kind === 'user' ? 'uid' : 'gid'} that ${container}'s image says`,
  ];
}

/**
 * A path in no directory the container shares, where no pool of its own listens: the other
 * containers' sockets are invisible there (K17), so connect() gets ENOENT, when every container
 * of the project is known; else what is unknown.
 */
function unshared(graph: UnitGraph, link: Link): AcrossEvaluation | undefined {
  if (graph.fpm.some((f) => f.config.pools.length > 0)) return undefined; // its own pools: the one-machine verdict
  const container = graph.unit.container!;
  const unknown = [graph, ...(graph.peers ?? [])].flatMap((g) => [
    ...(g.unit.platform.base ? [] : [`${g.unit.container!.name}'s image is not one socklint knows`]),
    ...(g.unit.container!.unknown ?? []).map((u) => `${g.unit.container!.name}'s mounts depend on ${u}`),
  ]);
  const others = (graph.peers ?? []).map((g) => g.unit.container!.name).join(', ') || 'no other container';
  if (unknown.length > 0) {
    return {
      link,
      verdict: 'undecided',
      reason: `${link.path} is in no directory ${container.name} shares with ${others}, and ${unknown.join('; ')}`,
      assumptions: [],
    };
  }
  return {
    link,
    verdict: 'no-socket',
    reason: `no PHP-FPM pool of ${container.name} listens on ${link.path}, and it is in no directory ${container.name} shares with ${others}: a socket another container creates is invisible there, so connect() gets ENOENT`,
    assumptions: [],
  };
}
