/** Why a finding has no fix (or none that `--fix` applies), for the report of `--fix` and `--diff`. */
import type { Finding, RuleId, ScanResult } from '../findings.js';
import type { UnitGraph } from '../resolve/graph.js';
import type { Evaluation } from '../rules/evaluate.js';
import { FIXABLE_RULES, outcomeOf, planFixes } from './attach.js';

const OUTSIDE_LISTEN: Partial<Record<RuleId, string>> = {
  'socket-directory-denied':
    "a directory's permissions come from the system or its provisioning, not from listen.*: give the web server search (x) on it",
  'socket-path-mismatch':
    "no single pool socket to point the client at: make the *_pass path and the pool's listen agree",
  'socket-target-unresolved': 'the socket is not known statically: give the values in .socklint.yml',
  'nginx-config-invalid': 'a configuration error of nginx: fixes only change listen.* settings',
  'apache-config-invalid': 'a configuration error of Apache: fixes only change listen.* settings',
  'caddy-config-invalid': 'a configuration error of Caddy: fixes only change listen.* settings',
  'fpm-config-invalid': 'a configuration error of PHP-FPM: fixes only change listen.* settings',
  'suppression-invalid': 'edit or remove the suppression comment',
};

export function unfixedReasons(analysis: {
  result: ScanResult;
  graphs: UnitGraph[];
  evaluations: Evaluation[];
}): { finding: Finding; reason: string }[] {
  const open = analysis.result.findings.filter((f) => !f.fix);
  const outcomes = planFixes(analysis.graphs, analysis.evaluations, open);
  return open.map((finding) => {
    if (finding.rule === 'socket-path-mismatch' && finding.message.includes('PHP-FPM does not start')) {
      return {
        finding,
        reason: 'PHP-FPM does not start, so nothing creates the socket: fix that error first',
      };
    }
    if (!FIXABLE_RULES.has(finding.rule))
      return { finding, reason: OUTSIDE_LISTEN[finding.rule] ?? 'no automatic fix' };
    const outcome = outcomeOf(outcomes, finding);
    return { finding, reason: outcome?.reason ?? 'no listen.* line of a pool in the repository decides it' };
  });
}
