/** The merge gate: the step fails when a reported finding reaches `fail-on`, and says why. */
import type { FailOn, Finding, Severity } from '../engine/findings.js';

export interface Counts {
  findings: number;
  errors: number;
  warnings: number;
  notices: number;
}

export interface GateVerdict {
  failed: boolean;
  /** The last line of the step: why it failed, or why it passed. */
  message: string;
  counts: Counts;
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, notice: 1 };

export function countFindings(findings: readonly Finding[]): Counts {
  const count = (s: Severity): number => findings.filter((f) => f.severity === s).length;
  return {
    findings: findings.length,
    errors: count('error'),
    warnings: count('warning'),
    notices: count('notice'),
  };
}

export function plural(n: number, word: string, words = `${word}s`): string {
  return `${n} ${n === 1 ? word : words}`;
}

export function describeCounts(c: Counts): string {
  return `${plural(c.errors, 'error')}, ${plural(c.warnings, 'warning')}, ${plural(c.notices, 'notice')}`;
}

export function reaches(severity: Severity, failOn: FailOn): boolean {
  return failOn !== 'never' && RANK[severity] >= RANK[failOn];
}

export function evaluateGate(findings: readonly Finding[], failOn: FailOn): GateVerdict {
  const counts = countFindings(findings);
  const blocking = findings.filter((f) => reaches(f.severity, failOn)).length;
  if (blocking > 0) {
    const reach = blocking === 1 ? '1 of them reaches' : `${blocking} of them reach`;
    return {
      failed: true,
      counts,
      message: `socklint found ${describeCounts(counts)}: ${reach} fail-on '${failOn}', so the step fails.`,
    };
  }
  const why =
    counts.findings === 0
      ? 'no findings'
      : failOn === 'never'
        ? `${describeCounts(counts)} (fail-on is 'never')`
        : `${describeCounts(counts)}, none at or above fail-on '${failOn}'`;
  return { failed: false, counts, message: `socklint passed: ${why}.` };
}
