/**
 * Re-running the verdict for a pool with other listen.* values: the socket FPM would create
 * (fpmSocket, through the same socketOf the rules use) and connect() for every web server that
 * reaches it: of the unit, or of another container through a shared directory, judged there by
 * the same numeric comparison the rules make (evaluateAcross). The planner keeps a candidate only
 * when this says OK for all.
 */
import type { FpmPool, FpmSetting } from '../model.js';
import type { FpmInstance, UnitGraph } from '../resolve/graph.js';
import { evaluateAcross } from '../rules/cross-evaluate.js';
import { socketOf, type Evaluation } from '../rules/evaluate.js';
import type { ListenKey, SocketState } from '../verdict/fpm-socket.js';
import { connectVerdict, type ConnectResult } from '../verdict/kernel.js';
import type { WorkerCreds } from '../verdict/nginx-worker.js';

export const LISTEN_KEYS: ListenKey[] = [
  'listen.owner',
  'listen.group',
  'listen.mode',
  'listen.acl_users',
  'listen.acl_groups',
];

/** Effective listen.* values of a pool; a key that is absent has no assignment at all. */
export type ListenValues = Partial<Record<ListenKey, string>>;

/** A web server that reaches the pool's socket, with the path it connects to. */
export interface Client {
  evaluation: Evaluation;
  worker: WorkerCreds;
  /** The path the client connects to (Debian's alias or the socket itself). */
  path: string;
  /** Set when the web server runs in another container (`Link.across`): that container's graph. */
  from?: UnitGraph;
}

/** One pool of one unit, and everything its verdicts depend on. */
export interface PoolSubject {
  graph: UnitGraph;
  fpm: FpmInstance;
  pool: FpmPool;
  /** Where FPM creates the socket. */
  socketPath: string;
  clients: Client[];
}

export interface Recheck {
  /** Every client connects. */
  ok: boolean;
  socket?: SocketState;
  /** Why FPM would not create the socket, when it would not. */
  failure?: string;
  results: { client: Client; connect: ConnectResult }[];
}

export function currentValues(pool: FpmPool): ListenValues {
  const out: ListenValues = {};
  for (const key of LISTEN_KEYS) {
    const s = pool.settings.get(key);
    if (s) out[key] = s.value;
  }
  return out;
}

export function recheck(subject: PoolSubject, values: ListenValues): Recheck {
  const { graph, fpm, pool } = subject;
  const result = socketOf(graph, fpm, withValues(pool, values), subject.socketPath);
  if (result.kind === 'failure') return { ok: false, failure: result.message, results: [] };
  if (result.kind === 'undecided')
    return { ok: false, failure: `cannot tell ${result.question}`, results: [] };
  const results = subject.clients.map((client) => ({
    client,
    connect: client.from
      ? connectAcross(client, client.from, result)
      : connectVerdict(client.worker, client.path, result, (p) => graph.state.directories.get(p)),
  }));
  return { ok: results.every((r) => r.connect.verdict === 'OK'), socket: result, results };
}

/** connect() from another container, in numbers; a verdict without one (undecided, FPM fails) is not OK. */
function connectAcross(client: Client, from: UnitGraph, socket: SocketState): ConnectResult {
  const judged = evaluateAcross(from, client.evaluation.link, client.worker, () => ({
    kind: 'socket',
    socket,
  }));
  return judged?.connect ?? { verdict: 'UNKNOWN', checks: [] };
}

/** The pool as FPM would read it with these listen.* values (other settings untouched). */
function withValues(pool: FpmPool, values: ListenValues): FpmPool {
  const settings = new Map(pool.settings);
  const template = pool.listen?.setting ?? pool.assignments[0];
  for (const key of LISTEN_KEYS) {
    const value = values[key];
    if (value === undefined) {
      settings.delete(key);
      continue;
    }
    const known = pool.settings.get(key);
    if (known?.value === value) continue;
    const base: FpmSetting = known ?? template;
    settings.set(key, { ...base, key, value, raw: value });
  }
  return { ...pool, settings };
}
