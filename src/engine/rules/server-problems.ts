/**
 * What a web server itself refuses to start with, as findings: the problems its loader records
 * in the server's own words, and a failure of its credentials at the line that set them.
 * Shared by the Apache and Caddy rules; each says what else it reports.
 */
import type { RuleId } from '../findings.js';
import type { WebServerInstance } from '../resolve/graph.js';
import type { UnitGraph } from '../resolve/graph.js';
import type { Location } from '../types.js';
import { inRepository, originLocation } from './anchors.js';
import type { RawFinding } from './rule.js';

export function startProblems(
  rule: RuleId,
  graph: UnitGraph,
  instance: WebServerInstance,
  prefix: string,
  /** Where a credential failure is anchored when its origin is a file the repository does not hold. */
  fallback?: Location,
): RawFinding[] {
  const out: RawFinding[] = [];
  const seen = new Set<string>();
  for (const problem of instance.config.problems) {
    const key = `${problem.location.file}:${problem.location.line}:${problem.location.column}:${problem.message}`;
    if (!inRepository(problem.location) || seen.has(key)) continue;
    seen.add(key);
    out.push({
      rule,
      location: problem.location,
      message: `${prefix}: ${problem.message}`,
      related: [],
      identity: [problem.message],
      unit: graph.unit.id,
    });
  }
  const worker = instance.worker;
  if (worker?.kind === 'failure') {
    const origin = originLocation(worker.origin);
    const location = inRepository(origin) ? origin : fallback;
    if (inRepository(location)) {
      out.push({
        rule,
        location,
        message: `${prefix}: ${worker.message}`,
        related: [],
        identity: [worker.message],
        unit: graph.unit.id,
      });
    }
  }
  return out;
}
