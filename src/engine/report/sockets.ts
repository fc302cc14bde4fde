/** `socklint sockets`: the resolved graph, per deployment unit, as a person wants to read it. */
import type { FpmPool, WebServerKind } from '../model.js';
import { runsAs, serverName } from '../verdict/server-words.js';
import type { UnitGraph } from '../resolve/graph.js';
import { poolSocketPath } from '../resolve/graph.js';
import type { Evaluation } from '../rules/evaluate.js';
import { socketOf } from '../rules/evaluate.js';
import type { Location } from '../types.js';
import { describeLocation, describeOrigin } from '../origins.js';
import { formatAclEntry, formatMode } from '../verdict/explain.js';
import { showPrincipal } from '../verdict/identity.js';

export interface SocketsView {
  units: UnitView[];
}

interface UnitView {
  unit: string;
  kind: string;
  platform: string;
  platformFrom: string;
  /** Whether a name nothing creates is missing (closed) or assumed to exist (open), and why. */
  accounts: { world: 'open' | 'closed'; why: string; assumed: string[] };
  webServers: {
    server: WebServerKind;
    main: string;
    user: string;
    group: string;
    groups: string[];
    from: string;
    userLocation?: Location;
    failure?: string;
  }[];
  clients: {
    location: Location;
    directive: string;
    target: string;
    socket?: string;
    upstream?: string;
    reaches?: { pool: string; location?: Location; via?: string };
    verdict?: string;
  }[];
  pools: {
    name: string;
    location?: Location;
    listen: string;
    configured: Record<string, { value: string; location: Location }>;
    applied?: { owner: string; group: string; mode: string; acl?: string[] } | { failure: string };
  }[];
}

export function describeSockets(
  graphs: UnitGraph[],
  evaluations: Evaluation[],
  restore: (text: string) => string = (t) => t,
): SocketsView {
  const verdictOf = new Map(evaluations.map((e) => [e.link, e.verdict]));
  return {
    units: graphs.map((g) => ({
      unit: g.unit.id,
      kind: g.unit.kind,
      platform: g.state.db.base,
      platformFrom: describeOrigin(g.unit.platformOrigin),
      accounts: {
        world: g.state.world,
        why: g.state.worldWhy,
        assumed: g.state.assumed.map((a) => `${a.kind} ${a.name}`),
      },
      webServers: g.webServers.map((n) => {
        const w = n.worker;
        if (!w)
          return {
            server: n.server,
            main: n.config.mainPath,
            user: 'unknown',
            group: 'unknown',
            groups: [],
            from: 'nothing says it',
          };
        if (w.kind === 'failure')
          return {
            server: n.server,
            main: n.config.mainPath,
            user: '-',
            group: '-',
            groups: [],
            from: describeOrigin(w.origin),
            failure: w.message,
          };
        if (w.kind === 'undecided')
          return {
            server: n.server,
            main: n.config.mainPath,
            user: 'unknown',
            group: 'unknown',
            groups: [],
            from: w.reason,
          };
        const origin = w.why.user.origin;
        return {
          server: n.server,
          main: n.config.mainPath,
          user: showPrincipal(w.user),
          group: showPrincipal(w.group),
          groups: w.groups.map(showPrincipal),
          from: `${w.why.user.because}${origin ? ` (${describeOrigin(origin)})` : ''}`,
          ...(origin?.kind === 'source' ? { userLocation: origin.location } : {}),
        };
      }),
      clients: g.links.map((l) => ({
        location: l.client.location,
        directive: l.client.directive,
        target: restore(l.client.raw),
        ...(l.path ? { socket: l.path } : {}),
        ...(l.client.upstream ? { upstream: l.client.upstream.name } : {}),
        ...(l.target
          ? {
              reaches: {
                pool: l.target.pool.name,
                location: l.target.pool.listen?.setting.location,
                ...(l.target.alias ? { via: `Debian's ${l.target.alias} alias` } : {}),
                // A pool of another container: where the shared directory puts the socket there.
                ...(l.across
                  ? { via: `${l.across.shared}: ${l.across.path} in ${l.across.peer.unit.container?.name}` }
                  : {}),
              },
            }
          : {}),
        ...(verdictOf.has(l) ? { verdict: verdictOf.get(l) } : {}),
      })),
      pools: g.fpm.flatMap((f) => f.config.pools.map((p) => poolView(g, f, p, restore))),
    })),
  };
}

function poolView(
  g: UnitGraph,
  fpm: UnitGraph['fpm'][number],
  pool: FpmPool,
  restore: (text: string) => string,
): UnitView['pools'][number] {
  const configured: Record<string, { value: string; location: Location }> = {};
  for (const key of [
    'listen',
    'listen.owner',
    'listen.group',
    'listen.mode',
    'listen.acl_users',
    'listen.acl_groups',
    'user',
    'group',
  ]) {
    const s = pool.settings.get(key);
    if (s) configured[key] = { value: restore(s.raw), location: s.location };
  }
  const a = pool.listen?.address;
  const listen = !a
    ? '(none)'
    : a.kind === 'unix'
      ? a.path
      : a.kind === 'tcp'
        ? `TCP ${a.address}`
        : `unknown: ${a.unresolved.what.join(', ')}`;
  const path = poolSocketPath(pool);
  let applied: UnitView['pools'][number]['applied'];
  if (path) {
    const r = socketOf(g, fpm, pool, path);
    if (r.kind === 'socket') {
      applied = {
        owner: showPrincipal(r.owner),
        group: showPrincipal(r.group),
        mode: formatMode(r.mode),
        ...(r.acl ? { acl: r.acl.map(formatAclEntry) } : {}),
      };
    } else if (r.kind === 'failure') applied = { failure: r.message };
  }
  return {
    name: restore(pool.name),
    location: pool.listen?.setting.location ?? pool.sections[0],
    listen: restore(listen),
    configured,
    ...(applied ? { applied } : {}),
  };
}

export function renderSocketsText(view: SocketsView): string {
  const out: string[] = [];
  const at = (l?: Location) => (l ? describeLocation(l) : '?');
  for (const u of view.units) {
    out.push(`${u.unit}  [${u.platform}; ${u.platformFrom}]`);
    const assumed = u.accounts.assumed.length ? `; assumed to exist: ${u.accounts.assumed.join(', ')}` : '';
    out.push(`  accounts: ${u.accounts.world} (${u.accounts.why})${assumed}`);
    for (const w of u.webServers) {
      out.push(
        w.failure
          ? `  ${serverName(w.server)} (${w.main}): does not start: ${w.failure} (${w.from})`
          : `  ${serverName(w.server)} (${w.main}): ${w.server === 'nginx' ? 'workers run as' : runsAs(w.server)} ${w.user}:${w.group} (groups: ${w.groups.join(', ') || 'none'}); ${w.from}`,
      );
    }
    if (u.webServers.length === 0) out.push('  web server: none loaded');
    out.push('  clients:');
    for (const c of u.clients) {
      const reach = c.reaches
        ? ` -> pool [${c.reaches.pool}] ${at(c.reaches.location)}${c.reaches.via ? ` (via ${c.reaches.via})` : ''}`
        : c.socket
          ? ' -> no pool'
          : '';
      const verdict = c.verdict ? `  [${c.verdict}]` : '';
      out.push(
        `    ${at(c.location)}  ${c.directive} ${c.target}${c.upstream ? ` (upstream ${c.upstream})` : ''}${reach}${verdict}`,
      );
    }
    if (u.clients.length === 0) out.push('    none');
    out.push('  pools:');
    for (const p of u.pools) {
      const conf = Object.entries(p.configured)
        .filter(([k]) => k.startsWith('listen.'))
        .map(([k, v]) => `${k}=${v.value}`)
        .join(' ');
      const applied = !p.applied
        ? ''
        : 'failure' in p.applied
          ? `  => FPM fails: ${p.applied.failure}`
          : `  => ${p.applied.owner}:${p.applied.group} ${p.applied.mode}${p.applied.acl ? ` acl ${p.applied.acl.join(',')}` : ''}`;
      out.push(`    [${p.name}] ${at(p.location)}  listen ${p.listen}${conf ? `  (${conf})` : ''}${applied}`);
    }
    if (u.pools.length === 0) out.push('    none');
    out.push('');
  }
  if (view.units.length === 0) out.push('no nginx or PHP-FPM configuration found');
  return out.join('\n') + '\n';
}
