/**
 * One coherent fix per pool, attached to every listen.* finding about that pool: the planner
 * decides the values, the edit builder writes them into the user's files, and both say why
 * when there is no fix.
 */
import { connectingProcesses, serverName } from '../verdict/server-words.js';
import type { Fix, RuleId } from '../findings.js';
import type { FpmPool } from '../model.js';
import { poolSocketPath, type UnitGraph } from '../resolve/graph.js';
import type { Evaluation } from '../rules/evaluate.js';
import type { SourceFile } from '../types.js';
import { groupsAcross } from '../rules/cross-evaluate.js';
import { describeCreds } from '../verdict/explain.js';
import type { DecidingClass } from '../verdict/kernel.js';
import { editsFor } from './edits.js';
import { modeOf } from './mode.js';
import { planPool } from './plan.js';
import { LISTEN_KEYS, type Client, type PoolSubject, type Recheck } from './recheck.js';

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
  /** Every unit and path a client reaches the socket by (`reachedAt`): its own and other containers'. */
  reached: Set<string>;
  fix?: Fix;
  /** Why there is no fix. */
  reason?: string;
}

/** What a fix is planned for: a reported finding's rule, unit and socket. */
export interface FixTarget {
  rule: RuleId;
  unit?: string;
  socket?: string;
  fix?: Fix;
}

/**
 * Plans the pools that reported listen.* findings point at (after suppressions, so a finding
 * the user suppressed is not "fixed" behind their back) and attaches the fixes to them.
 */
export function attachFixes(
  graphs: UnitGraph[],
  evaluations: Evaluation[],
  findings: FixTarget[],
): PoolOutcome[] {
  const outcomes = planFixes(graphs, evaluations, findings);
  for (const finding of findings) {
    if (finding.fix || !FIXABLE_RULES.has(finding.rule)) continue;
    const fix = outcomeOf(outcomes, finding)?.fix;
    if (fix) finding.fix = { ...fix, edits: fix.edits.map((e) => ({ ...e })) };
  }
  return outcomes;
}

/** The outcome for the pool a finding is about: the finding's unit reaches the pool at its socket path. */
export function outcomeOf(outcomes: PoolOutcome[], finding: FixTarget): PoolOutcome | undefined {
  if (finding.unit === undefined || finding.socket === undefined) return undefined;
  const key = reachedAt(finding.unit, finding.socket);
  return outcomes.find((o) => o.reached.has(key));
}

const reachedAt = (unit: string, path: string): string => `${unit}\n${path}`;

export function planFixes(
  graphs: UnitGraph[],
  evaluations: Evaluation[],
  targets: FixTarget[],
): PoolOutcome[] {
  const outcomes: PoolOutcome[] = [];
  const readers = filesByUnit(graphs);
  const fixable = targets.filter((t) => FIXABLE_RULES.has(t.rule));
  if (fixable.length === 0) return outcomes;
  // The container a link's client runs in: a pool is also reached from other containers (D6).
  const clientGraph = new Map(graphs.flatMap((g) => g.links.map((l) => [l, g] as const)));
  const byPool = new Map<FpmPool, Evaluation[]>();
  for (const e of evaluations) {
    const pool = e.link.target?.pool;
    if (pool) byPool.set(pool, [...(byPool.get(pool) ?? []), e]);
  }
  for (const graph of graphs) {
    for (const fpm of graph.fpm) {
      for (const pool of fpm.config.pools) {
        const socketPath = poolSocketPath(pool);
        if (!socketPath) continue;
        const links = byPool.get(pool) ?? [];
        const reached = new Set([
          reachedAt(graph.unit.id, socketPath),
          ...links.map((e) => reachedAt(clientGraph.get(e.link)?.unit.id ?? graph.unit.id, e.link.path!)),
        ]);
        const wanted = new Set(
          fixable
            .filter(
              (t) =>
                t.unit !== undefined && t.socket !== undefined && reached.has(reachedAt(t.unit, t.socket)),
            )
            .map((t) => t.rule),
        );
        if (wanted.size === 0) continue;
        const outcome: PoolOutcome = { unit: graph.unit.id, pool, reached };
        const subject: PoolSubject = { graph, fpm, pool, socketPath, clients: [] };
        const planned = planOne(
          subject,
          wanted,
          links.map((e) => ({ evaluation: e, from: e.link.across ? clientGraph.get(e.link) : undefined })),
          fpm.config.files.map((f) => f.file),
        );
        if ('reason' in planned) outcome.reason = planned.reason;
        else outcome.fix = sharedFileCaveat(planned.fix, graph.unit.id, readers);
        outcomes.push(outcome);
      }
    }
  }
  return outcomes;
}

function planOne(
  subject: PoolSubject,
  wanted: ReadonlySet<RuleId>,
  links: { evaluation: Evaluation; from?: UnitGraph }[],
  files: SourceFile[],
): { fix: Fix } | { reason: string } {
  const { pool, fpm, graph } = subject;
  if (pool.listen?.address.kind !== 'unix')
    return { reason: `pool [${pool.name}]'s listen address is not known` };
  const unknown = LISTEN_KEYS.flatMap((k) => pool.settings.get(k)?.unresolved?.what ?? []);
  if (unknown.length > 0)
    return {
      reason: `pool [${pool.name}]'s listen.* settings depend on ${unknown.join(', ')}: no fix on a guess`,
    };
  if (fpm.config.problems.length > 0) {
    return {
      reason: `PHP-FPM does not start with this configuration (${fpm.config.problems[0].message}): fix that first`,
    };
  }
  const clients: Client[] = [];
  for (const { evaluation: e, from } of links) {
    const worker = e.link.server.worker;
    if (worker?.kind !== 'creds') {
      return {
        reason:
          worker?.kind === 'failure'
            ? `the ${serverName(e.link.server.server)} that connects at ${e.link.client.location.file}:${e.link.client.location.line} does not start (${worker.message})`
            : worker?.kind === 'undecided'
              ? `who the ${serverName(e.link.server.server)} that connects at ${e.link.client.location.file}:${e.link.client.location.line} runs as is not known (${worker.reason})`
              : `nothing says which user the ${connectingProcesses(e.link.server.server).plural} of ${(from ?? graph).unit.id} run as (set web-user in .socklint.yml)`,
      };
    }
    clients.push({ evaluation: e, worker, path: e.link.path!, ...(from ? { from } : {}) });
  }
  const full: PoolSubject = { ...subject, clients };
  const plan = planPool(full, wanted);
  if (plan.kind === 'clean') return { reason: `pool [${pool.name}] needs no listen.* change` };
  if (plan.kind === 'none') return { reason: plan.reason };
  // A ConfigMap's literal block is edited in the manifest, where its lines are written.
  const written = files.flatMap((f) => (f.derived?.literalIn ? [f.derived.literalIn] : []));
  const built = editsFor(pool, new Map([...written, ...files].map((f) => [f.path, f])), plan.values);
  if ('reason' in built) return built;
  if (built.edits.length === 0) return { reason: `pool [${pool.name}] needs no listen.* change` };
  return {
    fix: {
      // With no web server in the repository, narrowing the mode could lock out a client socklint does not see.
      safe: !built.caveat && (clients.length > 0 || !narrows(pool, plan.values['listen.mode'])),
      description: describe(pool, built.changes, plan.check) + (built.caveat ? ` (${built.caveat})` : ''),
      edits: built.edits,
    },
  };
}

/** Some permission bit of the socket would go away. */
function narrows(pool: FpmPool, mode: string | undefined): boolean {
  return (modeOf(pool.settings.get('listen.mode')?.value ?? '') & ~modeOf(mode ?? '')) !== 0;
}

/** How the kernel lets each client in with the new values. */
const ACCESS: Partial<Record<DecidingClass, string>> = {
  'dac-override': 'as root',
  owner: 'as the owner of the socket',
  group: 'through the socket group',
  other: 'as any other user',
  'acl-user': 'through the socket ACL',
  'acl-group': 'through the socket ACL',
  'acl-other': 'as any other user',
};

function describe(pool: FpmPool, changes: string[], check: Recheck): string {
  const who = check.results.map(({ client, connect }) => {
    const by = connect.decision?.permission?.decidedBy;
    return `${clientWords(client)} ${by && ACCESS[by] ? `connects ${ACCESS[by]}` : 'connects'}`;
  });
  const unique = [...new Set(who)];
  return `pool [${pool.name}]: ${changes.join(', ')}${unique.length > 0 ? `: ${unique.join('; ')}` : ''}`;
}

/** `nginx www-data (groups: www-data)`; in another container, by numbers: `nginx in service web, uid 101 (groups: 101)`. */
function clientWords(client: Client): string {
  const server = serverName(client.evaluation.link.server.server);
  if (!client.from) return `${server} ${describeCreds(client.worker)}`;
  const groups = groupsAcross(client.from, client.worker)
    .map((g) => ({ id: g.id }))
    .filter((g, i, all) => all.findIndex((x) => x.id === g.id) === i);
  const numbers = { ...client.worker, user: { id: client.worker.user.id }, groups };
  return `${server} in ${client.from.unit.container?.name ?? client.from.unit.id}, uid ${describeCreds(numbers)}`;
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
  const others = [...new Set(fix.edits.flatMap((e) => [...(readers.get(e.file) ?? [])]))].filter(
    (u) => u !== unit,
  );
  if (others.length === 0) return fix;
  return {
    ...fix,
    safe: false,
    description: `${fix.description} (the file is also read by ${others.join(', ')})`,
  };
}
