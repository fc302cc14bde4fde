/** What every rule is: an id, its default level, its documentation, and a check over a unit's graph. */
import type { Fix, RelatedLocation, RuleId, Severity } from '../findings.js';
import type { Location } from '../types.js';
import type { Evaluation } from './evaluate.js';
import type { UnitGraph } from '../resolve/graph.js';

export interface RuleMeta {
  id: RuleId;
  level: Severity;
  /** One sentence: what the rule finds. */
  short: string;
  /** Why it matters. */
  full: string;
  tags: string[];
  /** GitHub code scanning's score (0.0-10.0) for security rules. */
  securitySeverity?: string;
}

/** A finding before configuration, suppressions and fingerprints are applied. */
export interface RawFinding {
  rule: RuleId;
  location: Location;
  message: string;
  related: RelatedLocation[];
  /** Location-independent parts that identify the finding (file paths, pool names, socket paths). */
  identity: string[];
  unit: string;
  /** Overrides the rule's default level for this finding (a level set in the config still wins). */
  severity?: Severity;
  /** The socket path or address the finding is about. */
  socket?: string;
  fix?: Fix;
}

export interface RuleInput {
  graph: UnitGraph;
  evaluations: Evaluation[];
}

export interface Rule extends RuleMeta {
  check(input: RuleInput): RawFinding[];
}

export function docsUrl(id: RuleId): string {
  return `https://github.com/socklint/socklint/blob/main/docs/rules/${id}.md`;
}
