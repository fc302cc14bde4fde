/**
 * The pipeline: discover → parse → resolve (topology, identities, sockets) → rules → findings.
 * Everything the CLI and the action report comes from `analyze()`.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { loadConfig, type UserConfig } from './config.js';
import { byName, discover, SourceTexts } from './discover/index.js';
import { attachFixes } from './fix/index.js';
import type { FailOn, Finding, ScanResult, Severity, SocketReport } from './findings.js';
import { mergeAcrossUnits } from './finding-units.js';
import { dockerfileFacts } from './parse/provision/dockerfile.js';
import { prepareProvisionReaders, startProvisionReaders } from './parse/provision/index.js';
import type { Fact } from './parse/provision/facts.js';
import { shellFacts } from './parse/provision/shell.js';
import { tmpfilesFacts } from './parse/provision/tmpfiles.js';
import { configFilesRead } from './report/config-read.js';
import { buildGraph, type UnitGraph } from './resolve/graph.js';
import { buildTopology } from './resolve/topology.js';
import { composeUnits, podUnits } from './resolve/container-units.js';
import { linkAcrossContainers } from './resolve/cross-links.js';
import { evaluateUnit, workerLabel, type Evaluation } from './rules/evaluate.js';
import { RULES } from './rules/index.js';
import type { RawFinding } from './rules/rule.js';
import { withDefinitions } from './ansible/index.js';
import { applySuppressions, findSuppressions } from './suppressions.js';
import { describeOrigin } from './origins.js';
import { markPlaceholders } from './template-targets.js';
import { repositoryValues } from './template-values.js';
import { Placeholders } from './templates.js';
import type { ClassifiedFile, Location, Note } from './types.js';
import { formatAclEntry, formatMode } from './verdict/explain.js';
import { showPrincipal } from './verdict/identity.js';
import { upstreamWriters } from './resolve/upstream-writers.js';
import { withPoolsElsewhere } from './rules/pools-elsewhere.js';
import { summariseUnrenderedTemplates } from './template-note-summary.js';

export interface AnalyzeOptions {
  /** The directory to scan. */
  root: string;
  /**
   * The repository that holds it (default: `root`). Every path of the result is relative to it, and
   * `.socklint.yml` is looked up from `root` up to it.
   */
  repoRoot?: string;
  config?: string;
  failOn?: FailOn;
  /** Overrides the config's `max-file-size`. */
  maxFileBytes?: number;
}

/** What a scan knows beyond its report: the graphs, for `socklint sockets` and for fixes. */
export interface Analysis {
  result: ScanResult;
  config: UserConfig;
  graphs: UnitGraph[];
  evaluations: Evaluation[];
  files: ClassifiedFile[];
  /** Every readable file's text as written (before placeholders are replaced), for code frames. */
  sources: Map<string, string>;
  /** Turns template markers in resolved values back into the placeholders as written. */
  restore: (text: string) => string;
}

const SEVERITY_RANK: Record<Severity, number> = { notice: 0, warning: 1, error: 2 };

export async function analyze(options: AnalyzeOptions): Promise<Analysis> {
  const repoRoot = options.repoRoot ?? options.root;
  const config = await loadConfig(options.root, options.config, repoRoot);
  if (options.failOn) config.failOn = options.failOn;
  if (options.maxFileBytes) config.maxFileBytes = options.maxFileBytes;

  const discovered = await discover(options.root, {
    maxFileBytes: config.maxFileBytes,
    ignore: config.ignore,
    prefix: repositoryPrefix(options.root, repoRoot),
    listed: (paths) =>
      startProvisionReaders(paths.map((path) => ({ path, kind: byName(path)?.kind ?? 'other', text: '' }))),
  });
  const placeholders = new Placeholders(config.variables, repositoryValues(discovered.files));
  const files = discovered.files.map((f) => (f.kind === 'other' ? f : placeholders.apply(f)));
  const notes: Note[] = [];
  const facts = new Map<string, Fact[]>();
  await prepareProvisionReaders(files);
  for (const file of files) {
    const reader = FACT_READERS[file.kind];
    if (!reader) continue;
    const result = reader(file);
    facts.set(file.path, result.facts);
    notes.push(...result.notes);
  }

  const units = buildTopology({
    files,
    skipped: discovered.skipped,
    symlinks: discovered.symlinks,
    facts,
    config,
    placeholders,
    containers: (repo, claimed) => {
      const compose = composeUnits({ files, config, placeholders }, repo, claimed);
      const pods = podUnits({ files, config, placeholders });
      notes.push(...compose.notes, ...pods.notes);
      return { units: [...compose.units, ...pods.units], builds: compose.builds };
    },
  });
  const texts = new SourceTexts(files);
  const graphs = units.map((unit) => {
    const graph = buildGraph(unit, config);
    notes.push(...markPlaceholders(graph, placeholders, texts));
    return graph;
  });
  linkAcrossContainers(graphs);
  const evaluations: Evaluation[] = [];
  const sockets: SocketReport[] = [];
  const raw: RawFinding[] = [];
  const writers = upstreamWriters(files);
  for (const graph of graphs) {
    const evals = withPoolsElsewhere(graph, evaluateUnit(graph, writers), graphs);
    evaluations.push(...evals);
    sockets.push(...evals.map((e) => socketRow(graph.unit.id, e, placeholders)));
    notes.push(...graph.unit.notes);
    for (const n of graph.webServers) notes.push(...n.config.notes);
    for (const f of graph.fpm) notes.push(...f.config.notes);
    // Findings on rendered template lines also point at the variables' definitions.
    const defined = (f: RawFinding) => withDefinitions(f, graph.unit.templates);
    for (const rule of RULES) raw.push(...rule.check({ graph, evaluations: evals }).map(defined));
  }

  const findings = dedupe(raw.flatMap((r) => finalize(restoreText(r, placeholders), config)));
  const { kept, suppressed } = applySuppressions(
    findings,
    findSuppressions(files),
    new Set(RULES.map((r) => r.id)),
    (location, message) =>
      finalize(
        { rule: 'suppression-invalid', location, message, related: [], identity: [message], unit: '' },
        config,
      )[0],
  );
  // Fixes: one listen.* patch per pool for what is still reported, re-checked with the verdict functions.
  attachFixes(graphs, evaluations, kept);
  const read = configFilesRead(files, graphs);
  const result: ScanResult = {
    version: 1,
    findings: sortFindings(mergeAcrossUnits(kept)),
    sockets,
    skipped: discovered.skipped,
    suppressed,
    notes: summariseUnrenderedTemplates(dedupeNotes(notes)).map((n) => ({
      ...n,
      message: placeholders.restore(n.message),
    })),
    configFiles: read.count,
    configPrograms: read.programs,
  };
  const sources = new SourceTexts(discovered.files);
  return { result, config, graphs, evaluations, files, sources, restore: (t) => placeholders.restore(t) };
}

/** `deploy/` for a scan of `repo/deploy` in `repo`; '' at the repository root. */
function repositoryPrefix(root: string, repoRoot: string): string {
  const rel = path.relative(path.resolve(repoRoot), path.resolve(root)).split(path.sep).join('/');
  return rel === '' || rel.startsWith('..') ? '' : `${rel}/`;
}

const FACT_READERS: Partial<
  Record<ClassifiedFile['kind'], (f: ClassifiedFile) => { facts: Fact[]; notes: Note[] }>
> = {
  dockerfile: dockerfileFacts,
  shell: shellFacts,
  // Ansible task files are run per host by the topology (src/engine/ansible/), with their variables.
  tmpfiles: tmpfilesFacts,
};

export function reachesFailOn(severity: Severity, failOn: FailOn): boolean {
  return failOn !== 'never' && SEVERITY_RANK[severity] >= SEVERITY_RANK[failOn];
}

/** Reports show the placeholders as written, and fingerprints must not depend on marker numbers. */
function restoreText(raw: RawFinding, placeholders: Placeholders): RawFinding {
  const r = (t: string) => placeholders.restore(t);
  return {
    ...raw,
    message: r(raw.message),
    related: raw.related.map((x) => ({ ...x, message: r(x.message) })),
    identity: raw.identity.map(r),
    ...(raw.socket ? { socket: r(raw.socket) } : {}),
  };
}

/** Applies the configured level and the fingerprint; `off` drops the finding. */
function finalize(raw: RawFinding, config: UserConfig): Finding[] {
  const rule = RULES.find((r) => r.id === raw.rule)!;
  const level = config.rules[raw.rule] ?? raw.severity ?? rule.level;
  if (level === 'off') return [];
  const { location } = raw;
  return [
    {
      rule: raw.rule,
      severity: level,
      file: location.file,
      line: location.line,
      column: location.column,
      endLine: location.endLine,
      endColumn: location.endColumn,
      message: raw.message,
      related: raw.related,
      fingerprint: fingerprintOf(raw.rule, location, [raw.unit, ...raw.identity]),
      ...(raw.fix ? { fix: raw.fix } : {}),
      ...(raw.unit ? { unit: raw.unit } : {}),
      ...(raw.socket ? { socket: raw.socket } : {}),
    },
  ];
}

/** Built from the rule, the file and location-independent facts, so moving lines keeps it. */
function fingerprintOf(rule: string, location: Location, identity: string[]): string {
  return createHash('sha256')
    .update([rule, location.file, ...identity].join('\0'))
    .digest('hex')
    .slice(0, 32);
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.fingerprint}:${f.line}:${f.column}`;
    return !seen.has(key) && seen.add(key);
  });
}

function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      a.rule.localeCompare(b.rule),
  );
}

function dedupeNotes(notes: Note[]): Note[] {
  const seen = new Set<string>();
  return notes.filter((n) => {
    const key = `${n.code}:${n.location?.file}:${n.location?.line}:${n.location?.column}:${n.message}`;
    return !seen.has(key) && seen.add(key);
  });
}

function socketRow(unit: string, e: Evaluation, placeholders: Placeholders): SocketReport {
  const { link } = e;
  const worker = link.server.worker;
  const pool = link.target?.pool;
  const s = e.socket;
  const userOrigin = worker?.kind === 'creds' ? worker.why.user.origin : worker?.origin;
  return {
    unit,
    webServer: {
      server: link.server.server,
      user:
        worker?.kind === 'creds'
          ? showPrincipal(worker.user)
          : worker?.kind === 'failure'
            ? '(fails)'
            : 'unknown',
      group: worker?.kind === 'creds' ? showPrincipal(worker.group) : '',
      groups: worker?.kind === 'creds' ? worker.groups.map(showPrincipal) : [],
      origin: userOrigin ? describeOrigin(userOrigin) : workerLabel(worker),
    },
    client: {
      location: link.client.location,
      directive: link.client.directive,
      target: placeholders.restore(link.client.raw),
    },
    socket: placeholders.restore(
      link.path ??
        (link.client.target.kind === 'unresolved'
          ? link.client.target.unresolved.what.join(', ')
          : link.client.raw),
    ),
    ...(pool
      ? {
          pool: {
            name: pool.name,
            location: pool.listen?.setting.location ?? pool.sections[0],
            owner: s ? showPrincipal(s.owner) : '',
            group: s ? showPrincipal(s.group) : '',
            mode: s ? formatMode(s.mode) : '',
            ...(s?.acl ? { acl: s.acl.map(formatAclEntry) } : {}),
          },
        }
      : {}),
    ...(link.listener && s
      ? {
          creator: {
            description: link.listener.creator,
            location: link.listener.location,
            owner: showPrincipal(s.owner),
            group: showPrincipal(s.group),
            mode: formatMode(s.mode),
          },
        }
      : {}),
    verdict: e.verdict,
    reason: placeholders.restore(e.reason),
    ...(e.assumptions.length > 0
      ? { assumptions: e.assumptions.map((a) => placeholders.restore(`${a.statement} (${a.declare})`)) }
      : {}),
  };
}
