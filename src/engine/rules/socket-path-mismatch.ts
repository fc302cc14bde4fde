/** The client names a socket that no pool of its deployment unit creates (K6: ENOENT). */
import type { Rule, RawFinding } from './rule.js';
import { withAssumptions } from '../knowledge.js';
import type { UnitGraph, Link } from '../resolve/graph.js';
import { DEBIAN_ALIAS, poolSocketPath } from '../resolve/graph.js';
import { inRepository, originLocation, poolLocation, related, uniqueRelated } from './anchors.js';
import type { Evaluation } from './evaluate.js';
import type { RelatedLocation } from '../findings.js';
import type { FpmPool } from '../model.js';
import { clientPattern } from '../template-targets.js';
import { nearestBy } from './nearest-path.js';
import { speaksFastCgi } from '../verdict/server-words.js';

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

export const socketPathMismatch: Rule = {
  id: 'socket-path-mismatch',
  level: 'error',
  short: 'The web server connects to a socket path that no PHP-FPM pool of the same machine listens on.',
  full:
    'When the path in fastcgi_pass (or another *_pass) is created by no pool, connect() fails with ENOENT and nginx answers 502 ' +
    '"(2: No such file or directory)". Typical causes: a PHP version in the path (php7.4-fpm.sock vs php8.2-fpm.sock), ' +
    'a pool that listens on TCP, or a later pool file that overrides listen.',
  tags: ['correctness', 'php-fpm', 'nginx'],
  check({ graph, evaluations }) {
    const out: RawFinding[] = [];
    const all = listeners(graph);
    for (const e of evaluations.filter((x) => x.verdict === 'no-socket')) {
      // A client path with a placeholder no pool's path can be is decided by its pattern; in a
      // container, the reason names the containers it shares directories with and their pools.
      const container = graph.unit.container ? { reason: e.reason, peers: peerListeners(graph) } : undefined;
      const finding = e.link.listener
        ? listenerFails(graph, e)
        : mismatch(
            graph,
            container ? [...all, ...container.peers] : all,
            e.link,
            e.link.path ?? clientPattern(e.link.client)!,
            container?.reason,
          );
      if (finding) out.push(finding);
    }
    for (const e of evaluations.filter((x) => x.verdict === 'fpm-fails')) {
      const finding = noStart(graph, e);
      if (finding) out.push(finding);
    }
    for (const link of graph.links) {
      if (link.client.target.kind !== 'tcp') continue;
      const finding = tcpMismatch(graph, all, link, link.client.target.address);
      if (finding) out.push(finding);
    }
    return out;
  },
};

interface Listener {
  pool: FpmPool;
  address: string;
  kind: 'unix' | 'tcp';
  /** The other container the pool runs in. */
  container?: string;
}

function listeners(graph: UnitGraph): Listener[] {
  return graph.fpm.flatMap((f) =>
    f.config.pools.flatMap((pool): Listener[] => {
      const a = pool.listen?.address;
      if (a?.kind === 'unix') return [{ pool, address: poolSocketPath(pool)!, kind: 'unix' }];
      if (a?.kind === 'tcp') return [{ pool, address: a.address, kind: 'tcp' }];
      // A templated pool path, as written: the message shows why it cannot be the client's.
      if (a?.unresolved.pattern?.startsWith('/'))
        return [{ pool, address: a.unresolved.pattern, kind: 'unix' }];
      return [];
    }),
  );
}

/** The pools of the other containers of a compose project, named by their container. */
function peerListeners(graph: UnitGraph): Listener[] {
  return (graph.peers ?? []).flatMap((peer) =>
    listeners(peer).map((l) => ({ ...l, container: peer.unit.container?.name })),
  );
}

function mismatch(
  graph: UnitGraph,
  all: Listener[],
  link: Link,
  path: string,
  containerReason?: string,
): RawFinding | undefined {
  const location = link.client.targetLocation;
  if (!inRepository(location)) return undefined;
  if (link.hidden) return hiddenSocket(graph, link, path);
  // Another container's path is not one this container can use: no path fix points there.
  const unix = all.filter((l) => l.kind === 'unix' && !l.container);
  const nearest = nearestBy(unix, (l) => l.address, path);
  const where =
    all.length === 0 ? 'no pool listens anywhere' : `pools listen on ${all.map(describe).join(', ')}`;
  const hint =
    (nearest ? `; the nearest is ${nearest.address}` : '') +
    (path === DEBIAN_ALIAS
      ? `; ${DEBIAN_ALIAS} is the symlink Debian's php-fpm-socket-helper makes when systemd starts PHP-FPM, which does not happen in a container`
      : '');
  // A templated path is decided only because no value of its placeholders gives a pool's path.
  const unknown = link.client.target.kind === 'unresolved' ? link.client.target.unresolved.what : [];
  const claim =
    unknown.length > 0
      ? `, and whatever ${unknown.join(', ')} stands for, no PHP-FPM pool of ${graph.unit.id} creates such a path`
      : `, but no PHP-FPM pool of ${graph.unit.id} creates it`;
  return {
    rule: 'socket-path-mismatch',
    location,
    message: containerReason
      ? `${link.client.directive} connects to ${path}, but ${containerReason} (502)`
      : `${link.client.directive} connects to ${path}${claim} (connect() fails with ENOENT, 502): ${where}${hint}`,
    related: uniqueRelated([
      ...(link.client.location.line !== location.line || link.client.location.file !== location.file
        ? related(link.client.location, `${link.client.directive} uses it here`)
        : []),
      ...all.flatMap((l): RelatedLocation[] =>
        related(poolLocation(l.pool), `pool [${l.pool.name}] listens on ${describe(l)}`),
      ),
    ]),
    identity: [path, link.client.location.file, link.client.directive],
    unit: graph.unit.id,
    socket: path,
    // Replacing a templated path with one literal path would drop what the template varies.
    ...(nearest && unix.length === 1 && unknown.length === 0
      ? { fix: pathFix(link, path, nearest.address) }
      : {}),
  };
}

/** A pool creates the socket, but in a /tmp the server does not see (PrivateTmp, W8). */
function hiddenSocket(graph: UnitGraph, link: Link, path: string): RawFinding {
  const pool = graph.fpm.flatMap((f) => f.config.pools).find((p) => poolSocketPath(p) === path);
  return {
    rule: 'socket-path-mismatch',
    location: link.client.targetLocation,
    message: `${link.client.directive} connects to ${path}, but ${link.hidden} (connect() fails with ENOENT)`,
    related: pool ? related(poolLocation(pool), `pool [${pool.name}] creates ${path} in PHP-FPM's /tmp`) : [],
    identity: [path, link.client.location.file, link.client.directive, 'private-tmp'],
    unit: graph.unit.id,
    socket: path,
  };
}

/** The program that would create the socket refuses its configuration: the client gets ENOENT. */
function listenerFails(graph: UnitGraph, e: Evaluation): RawFinding | undefined {
  const { link } = e;
  const location = link.client.targetLocation;
  if (!inRepository(location) || !link.listener) return undefined;
  return {
    rule: 'socket-path-mismatch',
    location,
    message: `${link.client.directive} connects to ${link.path}, but ${e.reason} (connect() fails with ENOENT, 502)`,
    related: uniqueRelated([
      ...(link.listener.plan.kind === 'fails' && link.listener.plan.at
        ? related(link.listener.plan.at, `${link.listener.creator} stops here`)
        : []),
      ...related(link.listener.location, `${link.listener.creator} declares the socket here`),
    ]),
    identity: [link.path!, link.client.location.file, link.client.directive, link.listener.creator],
    unit: graph.unit.id,
    socket: link.path,
  };
}

/** PHP-FPM does not start, so the socket never exists: the 502 shows on this client. */
function noStart(graph: UnitGraph, e: Evaluation): RawFinding | undefined {
  const { link } = e;
  const location = link.client.targetLocation;
  if (!inRepository(location) || !link.path) return undefined;
  const origin =
    e.startFailure?.problem?.location ??
    originLocation(e.socketResult?.kind === 'failure' ? e.socketResult.origin : undefined);
  const where = inRepository(origin) ? ` (${origin.file}:${origin.line})` : '';
  return {
    rule: 'socket-path-mismatch',
    location,
    message: withAssumptions(
      `${link.client.directive} connects to ${link.path}, but PHP-FPM does not start, so nothing creates it (connect() fails with ENOENT, 502): ${e.startFailure?.message ?? ''}${where}`,
      e.assumptions,
    ),
    related: related(origin, `PHP-FPM stops here: ${e.startFailure?.message ?? ''}`),
    identity: [link.path, link.client.location.file, link.client.directive, 'fpm-fails'],
    unit: graph.unit.id,
    socket: link.path,
  };
}

function tcpMismatch(graph: UnitGraph, all: Listener[], link: Link, address: string): RawFinding | undefined {
  // Only fastcgi_pass talks to PHP-FPM; a proxy_pass to a local port is some HTTP application.
  if (!speaksFastCgi(link.client)) return undefined;
  const m = /^(.*):(\d+)$/.exec(address);
  if (!m || !LOCAL_HOSTS.has(m[1].toLowerCase())) return undefined;
  if (all.length === 0 || all.some((l) => l.kind === 'tcp' && portOf(l.address) === m[2])) return undefined;
  if (!inRepository(link.client.targetLocation)) return undefined;
  return {
    rule: 'socket-path-mismatch',
    location: link.client.targetLocation,
    message: `${link.client.directive} connects to TCP ${address}, but no PHP-FPM pool of ${graph.unit.id} listens on port ${m[2]}: pools listen on ${all.map(describe).join(', ')}`,
    related: uniqueRelated(
      all.flatMap((l) => related(poolLocation(l.pool), `pool [${l.pool.name}] listens on ${describe(l)}`)),
    ),
    identity: [address, link.client.location.file, link.client.directive],
    unit: graph.unit.id,
    socket: address,
  };
}

/** Replace the path inside the client's argument; unsafe: it changes where nginx connects. */
function pathFix(link: Link, from: string, to: string) {
  const loc = link.client.targetLocation;
  const raw = link.client.raw;
  const written = link.client.target.kind === 'unix' ? link.client.target.path : from;
  const index = raw.indexOf(written);
  if (index < 0 || loc.line !== loc.endLine) return undefined;
  const quoted = loc.endColumn - loc.column !== raw.length ? 1 : 0;
  const column = loc.column + quoted + index;
  return {
    safe: false,
    description: `point ${link.client.directive} at ${to}, the only socket a pool creates`,
    edits: [
      {
        file: loc.file,
        line: loc.line,
        column,
        endLine: loc.line,
        endColumn: column + written.length,
        newText: to,
      },
    ],
  };
}

function portOf(address: string): string {
  return /(\d+)$/.exec(address)?.[1] ?? '';
}

function describe(l: Listener): string {
  const where = l.container ? ` in ${l.container}` : '';
  return `${l.kind === 'unix' ? l.address : `TCP ${l.address}`}${where}`;
}
