/**
 * One coherent fix per pool, attached to every listen.* finding about that pool: the planner
 * decides the values, the edit builder writes them into the user's files, and both say why
 * when there is no fix.
 */
import type { Fix, RuleId } from '../findings.js';
import type { FpmPool } from '../model.js';
import { poolSocketPath, type UnitGraph } from '../resolve/graph.js';
import type { Evaluation } from '../rules/evaluate.js';
import type { RawFinding } from '../rules/rule.js';
import type { SourceFile } from '../types.js';
import { describeCreds } from '../verdict/explain.js';
import { fpmModeOf } from '../verdict/fpm-socket.js';
import { editsFor } from './edits.js';
import { planPool, type Route } from './plan.js';
import { LISTEN_KEYS, type Client, type PoolSubject } from './recheck.js';

/** The rules whose findings a listen.* change of the pool resolves. */
export const FIXABLE_RULES: ReadonlySet<RuleId> = new Set<RuleId>([
  'socket-permission-denied',
  'socket-ownership-implicit',
  'socket-mode-invalid',
  'socket-world-writable',
  'socket-owner-ignored',
]);

export interface PoolOutcome {
  unit: string;
  pool: FpmPool;
  /** The socket path and every path a client reaches it by. */
  paths: Set<string>;
  fix?: Fix;
  /** Why there is no fix. */
  reason?: string;
}

/** Plans the pools that fixable findings point at and attaches the fixes to those findings. */
export function attachFixes(graphs: UnitGraph[], evaluations: Evaluation[], raw: RawFinding[]): PoolOutcome[] {
  const outcomes = planFixes(graphs, evaluations, raw.map((r) => ({ ...r, poolName: r.identity[0] })));
  for (const finding of raw) {
    if (finding.fix || !FIXABLE_RULES.has(finding.rule)) continue;
    const fix = outcomeOf(outcomes, finding, finding.identity[0])?.fix;
    if (fix) finding.fix = { ...fix, edits: fix.edits.map((e) => ({ ...e })) };
  }
  return outcomes;
}

/** The outcome for the pool a finding is about: same unit and socket, and the pool's name when known. */
export function outcomeOf(
  outcomes: PoolOutcome[],
  finding: { unit?: string; socket?: string },
  poolName?: string,
): PoolOutcome | undefined {
  return outcomes.find(
    (o) =>
      o.unit === finding.unit &&
      finding.socket !== undefined &&
      o.paths.has(finding.socket) &&
      (poolName === undefined || poolName === o.pool.name),
  );
}

/** A finding a fix is wanted for: its unit and socket, and the pool's name when the rule gave it. */
export interface FixTarget {
  rule: RuleId;
  unit?: string;
  socket?: string;
  poolName?: string;
}

export function planFixes(graphs: UnitGraph[], evaluations: Evaluation[], targets: FixTarget[]): PoolOutcome[] {
  const outcomes: PoolOutcome[] = [];
  const readers = filesByUnit(graphs);
  for (const graph of graphs) {
    const unitEvals = evaluations.filter((e) => graph.links.includes(e.link));
    const wanted = targets.filter((t) => t.unit === graph.unit.id && FIXABLE_RULES.has(t.rule));
    if (wanted.length === 0) continue;
    for (const fpm of graph.fpm) {
      for (const pool of fpm.config.pools) {
        const socketPath = poolSocketPath(pool);
        if (!socketPath) continue;
        const links = unitEvals.filter((e) => e.link.target?.pool === pool);
        const paths = new Set([socketPath, ...links.map((e) => e.link.path!)]);
        const about = (t: FixTarget) => t.socket !== undefined && paths.has(t.socket) && (t.poolName ?? pool.name) === pool.name;
        if (!wanted.some(about)) continue;
        const outcome: PoolOutcome = { unit: graph.unit.id, pool, paths };
        const planned = planOne(graph, { graph, fpm, pool, socketPath, clients: [] }, links, fpm.config.files.map((f) => f.file));
        if ('reason' in planned) outcome.reason = planned.reason;
        else outcome.fix = sharedFileCaveat(planned.fix, graph.unit.id, readers);
        outcomes.push(outcome);
      }
    }
  }
  return outcomes;
}

function planOne(
  graph: UnitGraph,
  subject: PoolSubject,
  links: Evaluation[],
  files: SourceFile[],
): { fix: Fix } | { reason: string } {
  const { pool, fpm } = subject;
  if (pool.listen?.address.kind !== 'unix') return { reason: `pool [${pool.name}]'s listen address is not known` };
  const unknown = LISTEN_KEYS.flatMap((k) => pool.settings.get(k)?.unresolved?.what ?? []);
  if (unknown.length > 0) return { reason: `pool [${pool.name}]'s listen.* settings depend on ${unknown.join(', ')}: no fix on a guess` };
  if (fpm.config.problems.length > 0) {
    return { reason: `PHP-FPM does not start with this configuration (${fpm.config.problems[0].message}): fix that first` };
  }
  const clients: Client[] = [];
  for (const e of links) {
    const worker = e.link.nginx.worker;
    if (worker?.kind !== 'creds') {
      return {
        reason: worker
          ? `the nginx that connects at ${e.link.client.location.file}:${e.link.client.location.line} does not start (${worker.message})`
          : `nothing says which user the nginx workers of ${graph.unit.id} run as (set web-user in .socklint.yml)`,
      };
    }
    clients.push({ evaluation: e, worker, path: e.link.path! });
  }
  const full: PoolSubject = { ...subject, clients };
  const plan = planPool(full);
  if (plan.kind === 'clean') return { reason: `pool [${pool.name}] needs no listen.* change` };
  if (plan.kind === 'none') return { reason: plan.reason };
  const built = editsFor(pool, new Map(files.map((f) => [f.path, f])), plan.values);
  if ('reason' in built) return built;
  if (built.edits.length === 0) return { reason: `pool [${pool.name}] needs no listen.* change` };
  return {
    fix: {
      // With no web server in the repository, narrowing the mode could lock out a client socklint does not see.
      safe: clients.length > 0 || !narrows(pool, plan.values['listen.mode']),
      description: describe(pool, plan.route, built.changes, clients),
      edits: built.edits,
    },
  };
}

/** Some permission bit of the socket would go away. */
function narrows(pool: FpmPool, mode: string | undefined): boolean {
  return (fpmModeOf(pool.settings.get('listen.mode')?.value ?? '') & ~fpmModeOf(mode ?? '')) !== 0;
}

const ROUTE_WORDS: Record<Route, string> = {
  mode: 'through the class that already applies to it',
  'owner-and-group': 'as the owner of the socket',
  owner: 'as the owner of the socket',
  group: 'through the socket group',
  acl: 'through the socket ACL',
};

function describe(pool: FpmPool, route: Route, changes: string[], clients: Client[]): string {
  const who = [...new Set(clients.map((c) => describeCreds(c.worker)))];
  const access = who.length > 0 ? `, so that nginx ${who.join(' and ')} can connect ${ROUTE_WORDS[route]}` : '';
  return `pool [${pool.name}]: ${changes.join(', ')}${access}`;
}

/** Repository files of each unit's PHP-FPM, to notice a pool file two units share. */
function filesByUnit(graphs: UnitGraph[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const g of graphs) {
    for (const f of g.fpm.flatMap((i) => i.config.files)) {
      out.set(f.file.path, (out.get(f.file.path) ?? new Set()).add(g.unit.id));
    }
  }
  return out;
}

/** A fix checked for one unit may change another unit reading the same file: shown, applied only on request. */
function sharedFileCaveat(fix: Fix, unit: string, readers: Map<string, Set<string>>): Fix {
  const others = [...new Set(fix.edits.flatMap((e) => [...(readers.get(e.file) ?? [])]))].filter((u) => u !== unit);
  if (others.length === 0) return fix;
  return { ...fix, safe: false, description: `${fix.description} (the file is also read by ${others.join(', ')})` };
}
