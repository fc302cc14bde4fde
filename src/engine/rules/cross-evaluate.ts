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
import { showPrincipal, type Principal } from '../verdict/identity.js';
import { connectVerdict, type Creds } from '../verdict/kernel.js';
import type { WorkerCreds } from '../verdict/nginx-worker.js';
import type { SocketVerdict } from '../findings.js';
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
  if (side.kind !== 'socket') return { ...side, link, reason: `${side.reason}; ${where}` };
  const undecided = (reason: string): AcrossEvaluation => ({
    link,
    verdict: 'undecided',
    reason: `${reason}; ${where}`,
    assumptions: [],
  });
  if (!creds) {
    return undecided(
      `nothing says which user the nginx workers of ${container.name} run as (unknown image: set web-user in .socklint.yml)`,
    );
  }
  const socket = side.socket;
  const unnumbered = [
    ...missing(socket.owner, `owner of the socket`, peerName, 'user'),
    ...missing(socket.group, `group of the socket`, peerName, 'group'),
    ...missing(creds.user, 'nginx worker user', container.name, 'user'),
    ...[creds.group, ...creds.groups].flatMap((g) =>
      missing(g, 'nginx worker group', container.name, 'group'),
    ),
  ];
  if (unnumbered.length > 0) {
    return undecided(
      `across containers only numeric ids count, and ${unnumbered.join('; ')} (declare it under users:/groups: in .socklint.yml)`,
    );
  }
  const shared = graph.state.directories.get(normalizeDeployed(across.clientMount));
  if (shared && shared.mode === undefined && shared.origin.kind === 'assumed') {
    return undecided(`${shared.origin.description}; ${shared.origin.declare}`);
  }
  const numbers: Creds = {
    user: { id: creds.user.id! },
    group: { id: creds.group.id! },
    groups: [creds.group, ...creds.groups]
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
  const created = `the socket is created by php-fpm in ${peerName} as ${describeInode(numericSocket)} (${showPrincipal(socket.owner)}:${showPrincipal(socket.group)} there)`;
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
    socketResult: socket,
    connect,
    assumptions: [],
  };
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
