/**
 * The verdict for every Unix-socket client of a unit: who the worker is, the socket FPM creates
 * for the pool it reaches, and what connect() then does. Rules and the socket table read these.
 */
import path from 'node:path';
import type { SocketVerdict } from '../findings.js';
import type { ConfigProblem, FpmPool, NginxConfig } from '../model.js';
import type { FpmInstance, Link, UnitGraph } from '../resolve/graph.js';
import { explainConnect, describeCreds } from '../verdict/explain.js';
import {
  fpmSocket,
  type FpmSocketResult,
  type ListenKey,
  type MasterIdentity,
  type SocketState,
} from '../verdict/fpm-socket.js';
import { connectVerdict, type ConnectResult } from '../verdict/kernel.js';
import type { NginxFailure, WorkerCreds } from '../verdict/nginx-worker.js';
import { principalOf } from '../verdict/identity.js';

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
  /** What FPM or nginx refuses to start with, when that is the verdict. */
  startFailure?: { program: 'nginx' | 'php-fpm'; message: string; problem?: ConfigProblem };
}

const LISTEN_KEYS: ListenKey[] = [
  'listen.owner',
  'listen.group',
  'listen.mode',
  'listen.acl_users',
  'listen.acl_groups',
];

export function evaluateUnit(graph: UnitGraph): Evaluation[] {
  const out: Evaluation[] = [];
  const socketCache = new Map<FpmPool, FpmSocketResult>();
  for (const link of graph.links) {
    if (link.client.target.kind === 'tcp') continue;
    out.push(evaluateLink(graph, link, socketCache));
  }
  return out;
}

function evaluateLink(graph: UnitGraph, link: Link, cache: Map<FpmPool, FpmSocketResult>): Evaluation {
  const { client } = link;
  const nginxProblem = link.nginx.config.problems[0];
  if (nginxProblem) {
    return fail(link, 'nginx-fails', 'nginx', nginxProblem.message, nginxProblem);
  }
  const worker = link.nginx.worker;
  if (worker?.kind === 'failure' && workerFailureIsCertain(graph, link.nginx.config)) {
    return fail(link, 'nginx-fails', 'nginx', worker.message);
  }
  if (client.target.kind === 'unresolved') {
    return {
      link,
      verdict: 'unknown',
      reason: `the target depends on ${client.target.unresolved.what.join(', ')}`,
    };
  }
  const socketPath = link.path!;
  if (!socketPath.startsWith('/')) {
    return {
      link,
      verdict: 'unknown',
      reason: `${socketPath} is relative: nginx resolves it against the worker's working directory`,
    };
  }
  const target = link.target;
  if (!target) {
    if (graph.fpm.length === 0) {
      return {
        link,
        verdict: 'unknown',
        reason: `no PHP-FPM configuration of ${graph.unit.id} is in the repository`,
      };
    }
    const failing = graph.fpm.find((f) => f.config.problems.length > 0);
    if (failing && graph.fpm.every((f) => f.config.problems.length > 0)) {
      const problem = failing.config.problems[0];
      return fail(link, 'fpm-fails', 'php-fpm', problem.message, problem);
    }
    return {
      link,
      verdict: 'no-socket',
      reason: `no PHP-FPM pool of ${graph.unit.id} listens on ${socketPath}`,
    };
  }
  const fpmProblem = target.fpm.config.problems[0];
  if (fpmProblem) return fail(link, 'fpm-fails', 'php-fpm', fpmProblem.message, fpmProblem);

  const unknownSettings = LISTEN_KEYS.flatMap((k) => target.pool.settings.get(k)?.unresolved?.what ?? []);
  if (unknownSettings.length > 0) {
    return {
      link,
      verdict: 'unknown',
      reason: `pool [${target.pool.name}]'s listen.* settings depend on ${unknownSettings.join(', ')}`,
    };
  }
  let socketResult = cache.get(target.pool);
  if (!socketResult) {
    socketResult = socketOf(graph, target.fpm, target.pool, socketPath);
    cache.set(target.pool, socketResult);
  }
  if (socketResult.kind === 'failure') {
    const unknownName = /cannot get [ug]id for (user|group) '([^' ,]+)'/.exec(socketResult.message);
    if (unknownName && graph.unit.kind !== 'image') {
      // A host's users are not all in the repository: an undefined name is unknown, not fatal.
      const reason = `${unknownName[1]} ${unknownName[2]} is not defined by anything socklint reads (declare it under ${unknownName[1]}s: in .socklint.yml)`;
      return { link, verdict: 'unknown', reason, socketResult };
    }
    return { ...fail(link, 'fpm-fails', 'php-fpm', socketResult.message), socketResult };
  }
  if (socketResult.kind === 'undecided') {
    return { link, verdict: 'unknown', reason: `cannot tell ${socketResult.question}`, socketResult };
  }
  const socket = socketResult;
  if (!worker || worker.kind === 'failure') {
    const why =
      worker?.kind === 'failure'
        ? `${worker.message}: the nginx user is not defined by anything in the repository`
        : 'nothing says which user the nginx workers run as (unknown platform: set web-user in .socklint.yml)';
    return { link, verdict: 'unknown', reason: why, socket, socketResult };
  }
  const connect = connectVerdict(worker, socketPath, socket, (p) => graph.state.directories.get(p));
  const reason = explainConnect(worker, socketPath, connect);
  const verdict: SocketVerdict =
    connect.verdict === 'OK'
      ? 'connects'
      : connect.verdict === 'EACCES'
        ? connect.deniedAt === socketPath
          ? 'permission-denied'
          : 'directory-denied'
        : 'unknown';
  return { link, verdict, reason, worker, socket, socketResult, connect };
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
  return fpmSocket({
    pool: pool.name,
    path: socketPath,
    settings,
    db: graph.state.db,
    master: masterOf(graph),
    aclSupport: fpm.aclSupported,
    directory: graph.state.directories.get(path.posix.dirname(socketPath)),
  });
}

function masterOf(graph: UnitGraph): MasterIdentity | undefined {
  const user = graph.unit.runtimeUser?.user;
  if (!user) return undefined;
  const p = principalOf(user);
  const account = p.name ? graph.state.db.users.get(p.name) : undefined;
  return { user: p, group: account?.primaryGroup ? { name: account.primaryGroup } : p };
}

function fail(
  link: Link,
  verdict: SocketVerdict,
  program: 'nginx' | 'php-fpm',
  message: string,
  problem?: ConfigProblem,
): Evaluation {
  return {
    link,
    verdict,
    reason: `${program} does not start: ${message}`,
    startFailure: { program, message, problem },
  };
}

/**
 * An image's users are all known; on a host only the accounts the repository creates are. A
 * failing getgrnam/getpwnam is then certain, otherwise the name may exist outside the repository.
 */
export function workerFailureIsCertain(graph: UnitGraph, nginx: NginxConfig): boolean {
  if (graph.unit.kind === 'image') return true;
  const user = nginx.user?.user;
  return user !== undefined && graph.state.db.users.get(user)?.origin.kind === 'source';
}

/** `www-data (groups: www-data)` for messages and the socket table. */
export function workerLabel(worker: WorkerCreds | NginxFailure | undefined): string {
  if (!worker) return 'unknown';
  if (worker.kind === 'failure') return `(${worker.message})`;
  return describeCreds(worker);
}
