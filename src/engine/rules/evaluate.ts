/**
 * The verdict for every Unix-socket client of a unit: who the worker is, the socket FPM creates
 * for the pool it reaches, and what connect() then does. Rules and the socket table read these.
 */
import path from 'node:path';
import type { SocketVerdict } from '../findings.js';
import type { ConfigProblem, DirectoryFact, FpmPool, NginxConfig } from '../model.js';
import type { FpmInstance, Link, UnitGraph } from '../resolve/graph.js';
import { explainConnect, describeCreds } from '../verdict/explain.js';
import {
  fpmSocket,
  type FpmSocketResult,
  type ListenKey,
  type MasterIdentity,
  type SocketState,
} from '../verdict/fpm-socket.js';
import { connectVerdict, type AclEntry, type ConnectResult } from '../verdict/kernel.js';
import type { NginxFailure, WorkerCreds } from '../verdict/nginx-worker.js';
import { principalOf, resolveGroup, resolveUser } from '../verdict/identity.js';
import { originLocation } from '../origins.js';

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
  if (nginxProblem) return fail(link, 'nginx-fails', 'nginx', nginxProblem.message, nginxProblem);
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
  const creds = worker?.kind === 'creds' ? worker : undefined;
  const fpmSide = socketSide(graph, link, socketPath, cache);
  if (fpmSide.kind !== 'socket') {
    if (fpmSide.verdict === 'unknown' || !creds) return fpmSide;
    // K1: the kernel walks the directories before it finds nothing: a denied search comes first.
    const walk = connectVerdict(creds, socketPath, undefined, (p) => graph.state.directories.get(p));
    if (walk.verdict !== 'EACCES') return fpmSide;
    return {
      ...fpmSide,
      verdict: 'directory-denied',
      reason: explainConnect(creds, socketPath, walk),
      worker: creds,
      connect: walk,
    };
  }
  const { socket, socketResult } = fpmSide;
  if (!creds) {
    const why =
      worker?.kind === 'failure'
        ? `${worker.message}: the nginx user is not defined by anything in the repository`
        : 'nothing says which user the nginx workers run as (unknown platform: set web-user in .socklint.yml)';
    return { link, verdict: 'unknown', reason: why, socket, socketResult };
  }
  const connect = connectVerdict(creds, socketPath, socket, (p) => graph.state.directories.get(p));
  const reason = explainConnect(creds, socketPath, connect);
  const verdict: SocketVerdict =
    connect.verdict === 'OK'
      ? 'connects'
      : connect.verdict === 'EACCES'
        ? connect.deniedAt === socketPath
          ? 'permission-denied'
          : 'directory-denied'
        : 'unknown';
  return { link, verdict, reason, worker: creds, socket, socketResult, connect };
}

type SocketSide =
  { kind: 'socket'; socket: SocketState; socketResult: FpmSocketResult } | (Evaluation & { kind?: never });

/** The socket PHP-FPM creates at the client's path, or why there is none (or why that is unknown). */
function socketSide(
  graph: UnitGraph,
  link: Link,
  socketPath: string,
  cache: Map<FpmPool, FpmSocketResult>,
): SocketSide {
  const complete = knowsAllAccounts(graph);
  const target = link.target;
  if (!target) {
    if (graph.fpm.length === 0) {
      return {
        link,
        verdict: 'unknown',
        reason: `no PHP-FPM configuration of ${graph.unit.id} is in the repository`,
      };
    }
    const open = graph.fpm
      .flatMap((f) => f.config.pools)
      .find((p) => p.listen?.address.kind === 'unresolved');
    if (open?.listen?.address.kind === 'unresolved') {
      const what = open.listen.address.unresolved.what.join(', ');
      return {
        link,
        verdict: 'unknown',
        reason: `pool [${open.name}] listens on an address that depends on ${what}`,
      };
    }
    if (graph.fpm.every((f) => f.config.problems.length > 0)) {
      const problem = graph.fpm[0].config.problems[0];
      return fail(link, 'fpm-fails', 'php-fpm', problem.message, problem);
    }
    return {
      link,
      verdict: 'no-socket',
      reason: `no PHP-FPM pool of ${graph.unit.id} listens on ${socketPath}`,
    };
  }
  const { pool } = target;
  const fpmProblem = target.fpm.config.problems[0];
  if (fpmProblem) return fail(link, 'fpm-fails', 'php-fpm', fpmProblem.message, fpmProblem);
  const unknownSettings = LISTEN_KEYS.flatMap((k) => pool.settings.get(k)?.unresolved?.what ?? []);
  if (unknownSettings.length > 0) {
    return {
      link,
      verdict: 'unknown',
      reason: `pool [${pool.name}]'s listen.* settings depend on ${unknownSettings.join(', ')}`,
    };
  }
  const refusal = complete ? poolRefusal(graph, pool, socketPath) : undefined;
  if (refusal) return fail(link, 'fpm-fails', 'php-fpm', refusal.message, refusal);
  let socketResult = cache.get(pool);
  if (!socketResult) {
    socketResult = socketOf(graph, target.fpm, pool, socketPath);
    cache.set(pool, socketResult);
  }
  if (socketResult.kind === 'failure') {
    const unknownName = /cannot get [ug]id for (user|group) '([^' ,]+)'/.exec(socketResult.message);
    if (unknownName && !complete) {
      const reason = `${unknownName[1]} ${unknownName[2]} is not defined by anything socklint reads (declare it under ${unknownName[1]}s: in .socklint.yml)`;
      return { link, verdict: 'unknown', reason, socketResult };
    }
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
  if (socketResult.kind === 'undecided') {
    return { link, verdict: 'unknown', reason: `cannot tell ${socketResult.question}`, socketResult };
  }
  return { kind: 'socket', socket: socketResult, socketResult };
}

/**
 * What makes PHP-FPM refuse a pool on a machine whose accounts and directories are all known:
 * a pool user or group that does not exist or is root (F8, F9), and a socket directory under
 * /run that nothing creates (/run starts empty at every boot; F12: bind() fails, FPM exits).
 */
const UNDECLARED =
  ' (nothing in the repository creates it; if the machine has it, declare it in .socklint.yml)';

function poolRefusal(graph: UnitGraph, pool: FpmPool, socketPath: string): ConfigProblem | undefined {
  const { db } = graph.state;
  const at = (key: string) =>
    pool.settings.get(key)?.location ?? pool.listen?.setting.location ?? pool.sections[0];
  const user = pool.settings.get('user')?.value;
  const group = pool.settings.get('group')?.value;
  if (!graph.unit.runtimeUser) {
    if (user && !/^\d+$/.test(user) && !db.users.has(user)) {
      return {
        message: `[pool ${pool.name}] cannot get uid for user '${user}'${UNDECLARED}`,
        location: at('user'),
      };
    }
    if (group && !/^\d+$/.test(group) && !db.groups.has(group)) {
      return {
        message: `[pool ${pool.name}] cannot get gid for group '${group}'${UNDECLARED}`,
        location: at('group'),
      };
    }
    const uid = user === undefined ? undefined : /^\d+$/.test(user) ? Number(user) : db.users.get(user)?.uid;
    const gid =
      group === undefined ? undefined : /^\d+$/.test(group) ? Number(group) : db.groups.get(group)?.gid;
    if (uid === 0 || gid === 0) {
      return {
        message: `[pool ${pool.name}] please specify user and group other than root`,
        location: at(uid === 0 ? 'user' : 'group'),
      };
    }
  }
  const dir = path.posix.dirname(socketPath);
  if (dir.startsWith('/run/') && !graph.state.directories.has(dir)) {
    return {
      message: `[pool ${pool.name}] unable to bind listening socket for address '${socketPath}': No such file or directory (2): nothing creates ${dir}, and /run starts empty at boot`,
      location: at('listen'),
    };
  }
  return undefined;
}

/**
 * Whether every account of the machine is known: an image's (its base image and RUN lines) and a
 * host tree's (the base system and the tree's own scripts; others are declared in .socklint.yml)
 * are; an Ansible project's or mapped files' only when the repository provisions accounts. Only
 * then is a name nothing defines certainly missing, rather than created where socklint cannot see.
 */
export function knowsAllAccounts(graph: UnitGraph): boolean {
  const { kind, facts } = graph.unit;
  return (
    kind === 'image' || kind === 'host' || facts.some((f) => f.kind === 'user-add' || f.kind === 'group-add')
  );
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

/** nginx's getpwnam/getgrnam failure is certain where the machine's accounts are all known. */
export function workerFailureIsCertain(graph: UnitGraph, nginx: NginxConfig): boolean {
  const user = nginx.user?.user;
  return (
    knowsAllAccounts(graph) ||
    (user !== undefined && graph.state.db.users.get(user)?.origin.kind === 'source')
  );
}

/** `www-data (groups: www-data)` for messages and the socket table. */
export function workerLabel(worker: WorkerCreds | NginxFailure | undefined): string {
  if (!worker) return 'unknown';
  if (worker.kind === 'failure') return `(${worker.message})`;
  return describeCreds(worker);
}
