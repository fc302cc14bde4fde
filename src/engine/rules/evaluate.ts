/**
 * The verdict for every Unix-socket client of a unit: who the worker is, the socket FPM creates
 * for the pool it reaches, and what connect() then does. Rules and the socket table read these.
 */
import path from 'node:path';
import type { SocketVerdict } from '../findings.js';
import type { Assumption } from '../knowledge.js';
import type { ConfigProblem, DirectoryFact, FpmPool, WebServerKind } from '../model.js';
import { connectingProcesses, serverName, speaksFastCgi } from '../verdict/server-words.js';
import type { Location } from '../types.js';
import {
  DEBIAN_ALIAS,
  poolSocketPath,
  type FpmInstance,
  type Link,
  type UnitGraph,
  type WebServerInstance,
} from '../resolve/graph.js';
import { masterUser } from '../resolve/topology.js';
import { explainConnect, describeCreds } from '../verdict/explain.js';
import {
  fpmSocket,
  type FpmSocketResult,
  type ListenKey,
  type MasterIdentity,
  type SocketState,
} from '../verdict/fpm-socket.js';
import {
  connectVerdict,
  type AclEntry,
  type ConnectResult,
  type Creds,
  type PathCheck,
} from '../verdict/kernel.js';
import type { WorkerCreds } from '../verdict/nginx-worker.js';
import { principalOf, resolveGroup, resolveUser, samePrincipal } from '../verdict/identity.js';
import { nonMembership } from '../resolve/identities.js';
import { originLocation } from '../origins.js';
import { listenerSocket, type Listener } from '../resolve/listeners.js';
import { clientPattern, patternsMeet, poolCanListenOn } from '../template-targets.js';
import { evaluateAcross } from './cross-evaluate.js';
import type { UpstreamWriter } from '../resolve/upstream-writers.js';
import { unknownWriteKind, unplacedPoolReason } from '../resolve/unknown-writes.js';

/** `pool [a], pool [b] and 3 more`: templated pools repeat one name per distribution tree. */
function poolNames(pools: FpmPool[]): string {
  const names = [...new Set(pools.map((p) => `pool [${p.name}]`))];
  return names.length > 3 ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more` : names.join(', ');
}

export interface Evaluation {
  link: Link;
  verdict: SocketVerdict;
  /** One line explaining the verdict. */
  reason: string;
  worker?: WorkerCreds;
  /** The socket FPM creates for the target pool, when decided. */
  socket?: SocketState;
  socketResult?: FpmSocketResult;
  connect?: ConnectResult;
  /** What FPM or the web server refuses to start with, when that is the verdict. */
  startFailure?: { program: WebServerKind | 'php-fpm'; message: string; problem?: ConfigProblem };
  /** The open-world defaults the verdict rests on; its messages state them. */
  assumptions: Assumption[];
}

const LISTEN_KEYS: ListenKey[] = [
  'listen.owner',
  'listen.group',
  'listen.mode',
  'listen.acl_users',
  'listen.acl_groups',
];

/** What one unit's evaluation computes once per pool, not once per link that reaches it. */
interface PoolCache {
  sockets: Map<FpmPool, FpmSocketResult>;
  failures: Map<FpmPool, PoolFailure | undefined>;
  connects: Map<WorkerCreds, Map<SocketState, Map<string, ConnectOutcome>>>;
  refusals: Map<FpmPool, Map<string | undefined, Refusal | undefined>>;
}

/**
 * `writers`: the upstreams scripts of the repository write (`resolve/upstream-writers.ts`), which
 * a client naming an upstream no file defines is told of.
 */
export function evaluateUnit(
  graph: UnitGraph,
  writers: ReadonlyMap<string, UpstreamWriter> = new Map(),
): Evaluation[] {
  const out: Evaluation[] = [];
  const cache: PoolCache = {
    sockets: new Map(),
    failures: new Map(),
    connects: new Map(),
    refusals: new Map(),
  };
  for (const link of graph.links) {
    if (link.client.target.kind === 'tcp') continue;
    out.push(withPresence(link, evaluateLink(graph, link, cache, writers)));
  }
  return out;
}

/**
 * A pool whose PHP version an installer copies only if the user chooses it: no verdict where
 * the choice is not known to include it, and the chosen default is stated where it is.
 */
function withPresence(link: Link, evaluation: Evaluation): Evaluation {
  const presence = link.target?.fpm.presence;
  if (!presence || evaluation.verdict === 'undecided') return evaluation;
  if (presence.kind === 'unknown') return undecided(link, presence.reason);
  return { ...evaluation, assumptions: [...evaluation.assumptions, presence.assumption] };
}

function evaluateLink(
  graph: UnitGraph,
  link: Link,
  cache: PoolCache,
  writers: ReadonlyMap<string, UpstreamWriter>,
): Evaluation {
  const { client } = link;
  const kind = link.server.server;
  const unrendered = graph.unit.container?.unrendered;
  if (unrendered) return undecided(link, unrendered);
  if (link.server.disabled) return undecided(link, link.server.disabled);
  const serverProblem = link.server.config.problems[0];
  if (serverProblem) return fail(link, 'nginx-fails', kind, serverProblem.message, serverProblem);
  const worker = link.server.worker;
  if (worker?.kind === 'failure') return fail(link, 'nginx-fails', kind, worker.message);
  if (worker?.kind === 'undecided') {
    return undecided(
      link,
      `who the ${connectingProcesses(kind).plural} run as is not known: ${worker.reason}`,
    );
  }
  // A path only partly unknown that no pool can listen on is decided as a path no pool creates.
  const pattern = clientPattern(client);
  if (client.target.kind === 'unresolved') {
    const pools = graph.fpm.flatMap((f) => f.config.pools);
    const reachable = pattern === undefined ? [] : pools.filter((p) => poolCanListenOn(p, pattern));
    if (
      !pattern?.startsWith('/') ||
      pools.length === 0 ||
      reachable.length > 0 ||
      patternsMeet(pattern, DEBIAN_ALIAS)
    ) {
      const candidates = reachable.length > 0 ? `; it can be the socket of ${poolNames(reachable)}` : '';
      const upstream = client.target.unresolved.upstream;
      const writer = upstream === undefined ? undefined : writers.get(upstream.toLowerCase());
      if (writer) return undecided(link, writtenUpstreamReason(upstream!, writer, candidates));
      const base = upstream === undefined ? '' : unknownBaseClause(graph);
      return undecided(
        link,
        `the target depends on ${client.target.unresolved.what.join(', ')}${candidates}${base}`,
      );
    }
  }
  const socketPath = link.path ?? pattern!;
  if (!socketPath.startsWith('/')) {
    return undecided(
      link,
      `${socketPath} is relative: ${serverName(kind)} resolves it against the ${connectingProcesses(kind).singular}'s working directory, which is not known here`,
    );
  }
  if (link.hidden) {
    return { link, verdict: 'no-socket', reason: link.hidden, assumptions: [] };
  }
  const creds = worker?.kind === 'creds' ? worker : undefined;
  const across = evaluateAcross(graph, link, creds, (g, l, p) => socketSide(g, l, p, cache));
  if (across) return across;
  const fpmSide = socketSide(graph, link, socketPath, cache);
  if (fpmSide.kind !== 'socket') {
    if (fpmSide.verdict === 'undecided' || !creds) return fpmSide;
    // K1: the kernel walks the directories before it finds nothing: a denied search comes first.
    const walk = connectVerdict(creds, socketPath, undefined, (p) => graph.state.directories.get(p));
    if (walk.verdict !== 'EACCES') return fpmSide;
    return {
      ...fpmSide,
      verdict: 'directory-denied',
      reason: explainConnect(creds, socketPath, walk, connectingProcesses(kind).singular),
      worker: creds,
      connect: walk,
      assumptions: membershipAssumptions(graph, creds, walk),
    };
  }
  const { socket, socketResult } = fpmSide;
  if (!creds) {
    const why = link.server.standalone
      ? `${link.server.standalone}, so who its workers run as is not known (set web-user in .socklint.yml)`
      : `nothing says which user the ${connectingProcesses(kind).plural} run as (unknown platform: set web-user in .socklint.yml)`;
    return { ...undecided(link, why), socket, socketResult };
  }
  const { verdict, reason, connect, assumptions } = connectOutcome(
    graph,
    creds,
    socketPath,
    socket,
    kind,
    cache,
  );
  return { link, verdict, reason, worker: creds, socket, socketResult, connect, assumptions };
}

interface ConnectOutcome {
  verdict: SocketVerdict;
  reason: string;
  connect: ConnectResult;
  assumptions: Assumption[];
}

/**
 * connect() by these workers to this socket, explained: computed once per worker, socket and path,
 * since a config of 10,000 servers may pass them all to one pool (the outcome is never changed).
 */
function connectOutcome(
  graph: UnitGraph,
  creds: WorkerCreds,
  socketPath: string,
  socket: SocketState,
  kind: WebServerKind,
  cache: PoolCache,
): ConnectOutcome {
  let bySocket = cache.connects.get(creds);
  if (!bySocket) cache.connects.set(creds, (bySocket = new Map()));
  let byPath = bySocket.get(socket);
  if (!byPath) bySocket.set(socket, (byPath = new Map()));
  const key = `${kind}\0${socketPath}`;
  const known = byPath.get(key);
  if (known) return known;
  const connect = connectVerdict(creds, socketPath, socket, (p) => graph.state.directories.get(p));
  const reason = explainConnect(creds, socketPath, connect, connectingProcesses(kind).singular);
  const verdict: SocketVerdict =
    connect.verdict === 'OK'
      ? 'connects'
      : connect.verdict === 'EACCES'
        ? connect.deniedAt === socketPath
          ? 'permission-denied'
          : 'directory-denied'
        : 'undecided';
  const assumptions =
    verdict === 'undecided'
      ? []
      : [...workerAssumptions(creds), ...membershipAssumptions(graph, creds, connect)];
  const outcome = { verdict, reason, connect, assumptions };
  byPath.set(key, outcome);
  return outcome;
}

/** Who the workers run as, when that is itself an assumption (the repository's only nginx.conf). */
function workerAssumptions(creds: WorkerCreds): Assumption[] {
  const origin = creds.why.user.origin;
  if (origin?.kind !== 'assumed') return [];
  return [
    {
      statement: origin.description,
      declare: origin.declare,
      ...(origin.location ? { location: origin.location } : {}),
    },
  ];
}

/**
 * The groups whose non-membership decided a permission check: `other` decided although the group
 * bits differ for the wanted bit (K3), or an ACL group entry would have granted (K10). Where that
 * non-membership is only the open-world default, the verdict rests on it.
 */
function membershipAssumptions(graph: UnitGraph, creds: Creds, connect: ConnectResult): Assumption[] {
  const user = creds.user.name;
  if (user === undefined) return [];
  const out: Assumption[] = [];
  for (const check of connect.checks) {
    for (const group of groupsNotIn(check, creds)) {
      const a = nonMembership(graph.state, user, group);
      if (a && !out.some((x) => x.statement === a.statement)) out.push(a);
    }
  }
  return out;
}

function groupsNotIn(check: PathCheck, creds: Creds): string[] {
  const p = check.permission;
  const inode = check.inode;
  if (!p || !inode || p.allowed === 'unknown') return [];
  const bit = p.want === 'write' ? 2 : 1;
  const member = (g: { name?: string; id?: number }) =>
    [creds.group, ...creds.groups].some((x) => samePrincipal(x, g) === true);
  const names: string[] = [];
  if (p.decidedBy === 'other' && !p.groupBitsEqualOther && inode.group.name) names.push(inode.group.name);
  if (p.decidedBy === 'acl-other' || p.decidedBy === 'acl-group') {
    const mask = inode.acl?.find((e) => e.tag === 'mask')?.perm ?? 7;
    for (const e of inode.acl ?? []) {
      const who = e.tag === 'group_obj' ? inode.group : e.tag === 'group' ? e.who : undefined;
      if (who?.name && !member(who) && (e.perm & mask & bit) === bit) names.push(who.name);
    }
  }
  return names;
}

/** Why a unit that runs no PHP-FPM socklint can read leaves the client undecided, and what to declare. */
function noFpmReason(graph: UnitGraph, socketPath: string): string {
  const unit = graph.unit;
  if (unit.kind === 'unmapped')
    return `no PHP-FPM pool among the files nothing places listens on ${socketPath}, and which machine these files are deployed to is not known: its pool may come from a package or from files placed elsewhere (map the files under mappings: in .socklint.yml, with platform: for a packaged pool)`;
  if (unit.kind === 'image' || unit.container)
    return `${unit.id} runs no PHP-FPM that socklint can read, so ${socketPath} would be created by another container sharing its directory, and nothing in the repository that socklint reads (a compose file, a pod) shares it with this one (describe the stack in a compose file, or map the pool's files under mappings: in .socklint.yml)`;
  return `no PHP-FPM configuration of ${unit.id} is in the repository: the pool that creates ${socketPath} may come from a package or a step socklint does not read (add its file to the tree, or map it under mappings: in .socklint.yml)`;
}

/**
 * Configuration a COPY put at a path that depends on unknown values, or a pool a script wrote to
 * one, may be a pool that listens on the socket, unless its known prefix holds no directory
 * PHP-FPM loads.
 */
function unknownCopyReason(graph: UnitGraph, socketPath: string): string | undefined {
  const loaded = graph.fpm.flatMap((f) => [f.config.mainPath, ...f.config.files.map((x) => x.deployedPath)]);
  const dirs = [...new Set(loaded.map((p) => path.posix.dirname(p)))];
  const write = graph.unit.fs.unknownWrites.find(
    (w) =>
      (!w.file || FPM_KINDS.has(unknownWriteKind(w))) &&
      (w.prefix === undefined ||
        dirs.length === 0 ||
        dirs.some((d) => d === w.prefix || d.startsWith(w.prefix === '/' ? '/' : `${w.prefix}/`))),
  );
  return write && unplacedPoolReason(write, socketPath);
}

const FPM_KINDS = new Set<string | undefined>(['fpm-pool', 'fpm-main']);

/** An upstream that a script writes, not a file: the reason names the line that writes it. */
function writtenUpstreamReason(name: string, writer: UpstreamWriter, candidates: string): string {
  const { file, line } = writer.location;
  return `upstream "${name}" is in no file the configuration loads: ${file}:${line} writes it (${writer.text}), in a script socklint does not run, so its servers are not known${candidates} (to check the socket, add the upstream as written to the repository, or map a file holding it under mappings: in .socklint.yml)`;
}

/** An image on a base socklint does not know: the base may ship the upstream, or a script of it write it. */
function unknownBaseClause(graph: UnitGraph): string {
  const { unit } = graph;
  if (unit.kind !== 'image' || unit.platform.base) return '';
  const from = unit.platformOrigin.kind === 'source' ? unit.platformOrigin.text : undefined;
  return `; the base image${from ? ` (${from})` : ''} is not one socklint knows, and a file it ships or a script it runs at start may define it (declare the known image it is built from under images: in .socklint.yml)`;
}

function undecided(link: Link, reason: string): Evaluation {
  return { link, verdict: 'undecided', reason, assumptions: [] };
}

type SocketSide =
  { kind: 'socket'; socket: SocketState; socketResult: FpmSocketResult } | (Evaluation & { kind?: never });

/** The socket PHP-FPM creates at the client's path, or why there is none (or why that is unknown). */
function socketSide(graph: UnitGraph, link: Link, socketPath: string, cache: PoolCache): SocketSide {
  // The platform catalog may know that the unit's PHP-FPM files are unknown (a digest-pinned
  // php image, an unversioned php-fpm package): no verdict rests on them.
  const fpmUnknown = graph.unit.platform.unknown?.find((u) => u.subject === 'php-fpm');
  if (fpmUnknown && speaksFastCgi(link.client)) return undecided(link, fpmUnknown.message);
  const target = link.target;
  if (!target && link.listener) return listenerSide(link, link.listener, graph);
  if (!target) {
    const copied = speaksFastCgi(link.client) ? unknownCopyReason(graph, socketPath) : undefined;
    if (copied) return undecided(link, copied);
    if (graph.fpm.length === 0) return undecided(link, noFpmReason(graph, socketPath));
    const open = graph.fpm
      .flatMap((f) => f.config.pools)
      .find((p) => p.listen?.address.kind === 'unresolved' && poolCanListenOn(p, socketPath));
    if (open?.listen?.address.kind === 'unresolved') {
      const what = open.listen.address.unresolved.what.join(', ');
      return undecided(link, `pool [${open.name}] listens on an address that depends on ${what}`);
    }
    // Only fastcgi_pass speaks PHP-FPM's protocol: a proxy_pass, uwsgi_pass, scgi_pass… socket
    // belongs to another program (gunicorn, uWSGI, a systemd socket unit) that is not read here.
    if (!speaksFastCgi(link.client)) {
      return undecided(
        link,
        `${link.client.directive} does not speak FastCGI, so ${socketPath} is not a PHP-FPM socket: the program that creates it is not in what socklint reads`,
      );
    }
    if (graph.unit.kind === 'unmapped') {
      return undecided(
        link,
        `no pool among the files nothing places listens on ${socketPath}; where those files are deployed is not known (add mappings to .socklint.yml)`,
      );
    }
    // A file PHP-FPM loads whose content is unknown, or an include it cannot follow, may hold the pool.
    const unknownFile = graph.fpm.flatMap((f) => f.config.files).find((f) => f.unreadable);
    if (unknownFile) {
      return undecided(
        link,
        `PHP-FPM loads ${unknownFile.deployedPath}, whose content socklint does not know (${unknownFile.unreadable}): a pool there may listen on ${socketPath}`,
      );
    }
    const unfollowed = graph.fpm
      .flatMap((f) => f.config.notes)
      .find((n) => n.code === 'include-not-in-repo' || n.code === 'include-unresolved');
    if (unfollowed) {
      return undecided(
        link,
        `${unfollowed.message.replace(/\.$/, '')}: a pool there may listen on ${socketPath}`,
      );
    }
    if (graph.fpm.every((f) => f.config.problems.length > 0)) {
      const problem = graph.fpm[0].config.problems[0];
      return fail(link, 'fpm-fails', 'php-fpm', problem.message, problem);
    }
    // A script sets up only part of its machine: a package or step it runs that socklint cannot
    // read (an unknown package, a wrapper command) may ship the pool, so a missing one is not certain.
    if (graph.unit.kind === 'script') {
      const paths = graph.fpm.flatMap((f) => f.config.pools.flatMap((p) => poolSocketPath(p) ?? []));
      return undecided(
        link,
        `no pool the script writes, or that the packages socklint knows ship, listens on ${socketPath}${paths.length > 0 ? ` (they listen on ${paths.join(', ')})` : ''}; a package or step of ${graph.unit.id} that socklint does not know may create it (correct the path if it should be one of these, or add the pool's file to the repository)`,
      );
    }
    return {
      link,
      verdict: 'no-socket',
      reason: `no PHP-FPM pool of ${graph.unit.id} listens on ${socketPath}`,
      assumptions: [],
    };
  }
  const { pool } = target;
  const fpmProblem = target.fpm.config.problems[0];
  if (fpmProblem) return fail(link, 'fpm-fails', 'php-fpm', fpmProblem.message, fpmProblem);
  const unknownSettings = LISTEN_KEYS.flatMap((k) => pool.settings.get(k)?.unresolved?.what ?? []);
  if (unknownSettings.length > 0) {
    return undecided(link, `pool [${pool.name}]'s listen.* settings depend on ${unknownSettings.join(', ')}`);
  }
  const refusal = cachedRefusal(graph, pool, socketPath, cache);
  if (refusal) {
    const failed = fail(link, 'fpm-fails', 'php-fpm', refusal.message, refusal);
    return { ...failed, assumptions: refusal.assumption ? [refusal.assumption] : [] };
  }
  const socketResult = cachedSocket(graph, target.fpm, pool, poolSocketPath(pool) ?? socketPath, cache);
  if (socketResult.kind === 'failure') {
    const location = originLocation(socketResult.origin);
    return {
      ...fail(
        link,
        'fpm-fails',
        'php-fpm',
        socketResult.message,
        location && { message: socketResult.message, location },
      ),
      socketResult,
    };
  }
  // One pool PHP-FPM refuses stops the whole master ("FPM initialization failed"): no socket of
  // any of its pools exists.
  for (const other of target.fpm.config.pools) {
    const failure = other === pool ? undefined : poolFailure(graph, target.fpm, other, cache);
    if (!failure) continue;
    const message = `${failure.message}; FPM initialization failed, so pool [${pool.name}]'s socket is never created either`;
    return {
      ...fail(
        link,
        'fpm-fails',
        'php-fpm',
        message,
        failure.location && { message: failure.message, location: failure.location },
      ),
      assumptions: failure.assumption ? [failure.assumption] : [],
    };
  }
  if (socketResult.kind === 'undecided') {
    return { ...undecided(link, `cannot tell ${socketResult.question}`), socketResult };
  }
  return { kind: 'socket', socket: socketResult, socketResult };
}

/** The socket another program creates (a systemd socket unit, gunicorn, uWSGI), or why it does not. */
function listenerSide(link: Link, listener: Listener, graph: UnitGraph): SocketSide {
  if (listener.plan.kind === 'fails') {
    return {
      link,
      verdict: 'no-socket',
      reason: `${listener.plan.message}, so ${listener.creator} never creates ${listener.socketPath}`,
      assumptions: [],
    };
  }
  const socket = listenerSocket(graph.state, listener.plan);
  return { kind: 'socket', socket, socketResult: socket };
}

interface PoolFailure {
  message: string;
  location?: Location;
  assumption?: Assumption;
}

/** Why PHP-FPM refuses this pool, if it certainly does: its accounts, its socket directory, its listen.* values. */
function poolFailure(
  graph: UnitGraph,
  fpm: FpmInstance,
  pool: FpmPool,
  cache: PoolCache,
): PoolFailure | undefined {
  if (cache.failures.has(pool)) return cache.failures.get(pool);
  const failure = uncachedPoolFailure(graph, fpm, pool, cache);
  cache.failures.set(pool, failure);
  return failure;
}

function uncachedPoolFailure(
  graph: UnitGraph,
  fpm: FpmInstance,
  pool: FpmPool,
  cache: PoolCache,
): PoolFailure | undefined {
  const path = poolSocketPath(pool);
  const refusal = cachedRefusal(graph, pool, path, cache);
  if (refusal) return refusal;
  if (!path || LISTEN_KEYS.some((k) => pool.settings.get(k)?.unresolved)) return undefined;
  const socketResult = cachedSocket(graph, fpm, pool, path, cache);
  if (socketResult.kind !== 'failure') return undefined;
  return { message: socketResult.message, location: originLocation(socketResult.origin) };
}

function cachedRefusal(
  graph: UnitGraph,
  pool: FpmPool,
  socketPath: string | undefined,
  cache: PoolCache,
): Refusal | undefined {
  let byPath = cache.refusals.get(pool);
  if (!byPath) cache.refusals.set(pool, (byPath = new Map()));
  if (byPath.has(socketPath)) return byPath.get(socketPath);
  const refusal = poolRefusal(graph, pool, socketPath);
  byPath.set(socketPath, refusal);
  return refusal;
}

function cachedSocket(
  graph: UnitGraph,
  fpm: FpmInstance,
  pool: FpmPool,
  path: string,
  cache: PoolCache,
): FpmSocketResult {
  let result = cache.sockets.get(pool);
  if (!result) {
    result = socketOf(graph, fpm, pool, path);
    cache.sockets.set(pool, result);
  }
  return result;
}

/**
 * What makes PHP-FPM refuse a pool: a pool user or group that does not exist or is root (F8,
 * F9), and a socket directory under /run that nothing creates (/run starts empty at every boot;
 * F12: bind() fails, FPM exits). In an open world an account nothing creates is assumed to exist
 * (so only a closed world misses one), and a /run directory nothing creates is an assumption the
 * verdict states.
 */
interface Refusal extends ConfigProblem {
  assumption?: Assumption;
}

function poolRefusal(graph: UnitGraph, pool: FpmPool, socketPath: string | undefined): Refusal | undefined {
  const { db } = graph.state;
  const at = (key: string) =>
    pool.settings.get(key)?.location ?? pool.listen?.setting.location ?? pool.sections[0];
  const user = pool.settings.get('user')?.value;
  const group = pool.settings.get('group')?.value;
  const missing = ` (${graph.state.worldWhy.replace(/; set .*$/, '')}, and nothing creates it)`;
  if (!masterUser(graph.unit, 'php-fpm')) {
    if (user && !/^\d+$/.test(user) && !db.users.has(user)) {
      return {
        message: `[pool ${pool.name}] cannot get uid for user '${user}'${missing}`,
        location: at('user'),
      };
    }
    if (group && !/^\d+$/.test(group) && !db.groups.has(group)) {
      return {
        message: `[pool ${pool.name}] cannot get gid for group '${group}'${missing}`,
        location: at('group'),
      };
    }
    // F8 (Z1): a numeric user no passwd entry names, with no group, gives gid 0. Only a closed
    // world knows the entry is missing. php-fpm -R lets pools run as root.
    const numeric = user !== undefined && /^\d+$/.test(user);
    const rootRefused = graph.unit.fpmAllowRoot === undefined;
    if (rootRefused && numeric && group === undefined && graph.state.world === 'closed') {
      const named = [...db.users.values()].some((u) => u.uid === Number(user));
      if (!named) {
        return {
          message: `[pool ${pool.name}] please specify user and group other than root (user = ${user} has no passwd entry, so without group its gid is 0)`,
          location: at('user'),
        };
      }
    }
    const uid = user === undefined ? undefined : numeric ? Number(user) : db.users.get(user)?.uid;
    const gid =
      group === undefined ? undefined : /^\d+$/.test(group) ? Number(group) : db.groups.get(group)?.gid;
    if (rootRefused && (uid === 0 || gid === 0)) {
      return {
        message: `[pool ${pool.name}] please specify user and group other than root`,
        location: at(uid === 0 ? 'user' : 'group'),
      };
    }
  }
  // Only a known platform says which /run directories exist; on an unknown one this is not known.
  const dir = socketPath === undefined ? undefined : path.posix.dirname(socketPath);
  if (dir && graph.unit.platform.base && dir.startsWith('/run/') && !graph.state.directories.has(dir)) {
    return {
      message: `[pool ${pool.name}] unable to bind listening socket for address '${socketPath}': No such file or directory (2): nothing creates ${dir}, and /run starts empty at boot`,
      location: at('listen'),
      ...(graph.state.world === 'open'
        ? {
            assumption: {
              statement: `nothing outside the repository creates ${dir} either`,
              declare: 'declare it under directories: in .socklint.yml if something does',
            },
          }
        : {}),
    };
  }
  return undefined;
}

/** The socket as FPM creates it for this pool (10.4), on this unit's machine. */
export function socketOf(
  graph: UnitGraph,
  fpm: FpmInstance,
  pool: FpmPool,
  socketPath: string,
): FpmSocketResult {
  const settings: Partial<Record<ListenKey, import('../model.js').FpmSetting>> = {};
  for (const key of LISTEN_KEYS) {
    const s = pool.settings.get(key);
    if (s) settings[key] = s;
  }
  const directory = graph.state.directories.get(path.posix.dirname(socketPath));
  return fpmSocket({
    pool: pool.name,
    path: socketPath,
    settings,
    db: graph.state.db,
    master: masterOf(graph),
    aclSupport: fpm.aclSupported,
    directory,
    ...(directory?.defaultAcl ? { defaultAcl: defaultAclOf(graph, directory) } : {}),
  });
}

/**
 * The directory's default ACL as the kernel applies it (K11): setfacl fills the base entries it
 * was not given from the directory's mode, and adds a mask when named entries exist.
 */
function defaultAclOf(graph: UnitGraph, dir: DirectoryFact): AclEntry[] {
  const mode = dir.mode ?? 0o755;
  const given = dir.defaultAcl ?? [];
  const base = (tag: 'user' | 'group' | 'other', shift: number) =>
    given.find((e) => e.tag === tag && !e.name)?.perm ?? (mode >> shift) & 7;
  const named = given.filter((e) => e.name && (e.tag === 'user' || e.tag === 'group'));
  const acl: AclEntry[] = [
    { tag: 'user_obj', perm: base('user', 6) },
    { tag: 'group_obj', perm: base('group', 3) },
    { tag: 'other', perm: base('other', 0) },
    ...named.map((e): AclEntry => ({
      tag: e.tag as 'user' | 'group',
      who:
        e.tag === 'user'
          ? resolveUser(graph.state.db, principalOf(e.name!))
          : resolveGroup(graph.state.db, principalOf(e.name!)),
      perm: e.perm,
    })),
  ];
  const mask = given.find((e) => e.tag === 'mask')?.perm;
  if (mask !== undefined || named.length > 0) {
    acl.push({ tag: 'mask', perm: mask ?? named.reduce((m, e) => m | e.perm, acl[1].perm) });
  }
  return acl;
}

function masterOf(graph: UnitGraph): MasterIdentity | undefined {
  const running = masterUser(graph.unit, 'php-fpm');
  if (!running) return undefined;
  const p = principalOf(running.user);
  const account = p.name ? graph.state.db.users.get(p.name) : undefined;
  const group = running.group
    ? principalOf(running.group)
    : account?.primaryGroup
      ? { name: account.primaryGroup }
      : p;
  // compose group_add: supplementary groups the master may chown the socket to (F8).
  const added = graph.unit.container?.groupAdd ?? [];
  const groups = added.map((g) => resolveGroup(graph.state.db, principalOf(g)));
  return { user: p, group, ...(groups.length > 0 ? { groups } : {}) };
}

function fail(
  link: Link,
  verdict: SocketVerdict,
  program: WebServerKind | 'php-fpm',
  message: string,
  problem?: ConfigProblem,
): Evaluation {
  return {
    link,
    verdict,
    reason: `${program === 'php-fpm' ? 'php-fpm' : serverName(program)} does not start: ${message}`,
    startFailure: { program, message, problem },
    assumptions: [],
  };
}

/** `www-data (groups: www-data)` for messages and the socket table. */
export function workerLabel(worker: WebServerInstance['worker']): string {
  if (!worker) return 'unknown';
  if (worker.kind === 'undecided') return `unknown (${worker.reason})`;
  if (worker.kind === 'failure') return `(${worker.message})`;
  return describeCreds(worker);
}
