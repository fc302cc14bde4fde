/**
 * One finding per location: the same file and line often deploy into several units (the targets
 * of one Dockerfile, the services of compose files that build it), and each unit's rules report
 * it. Findings that differ only in the unit they name become one that names every unit.
 */
import type { Finding } from './findings.js';

export function mergeAcrossUnits(findings: Finding[]): Finding[] {
  const first = new Map<string, { finding: Finding; units: string[] }>();
  const out: Finding[] = [];
  for (const f of findings) {
    const key = [f.rule, f.severity, f.file, f.line, f.column, f.socket ?? '', withoutUnit(f)].join('\0');
    const seen = first.get(key);
    if (!seen) {
      first.set(key, { finding: f, units: f.unit ? [f.unit] : [] });
      out.push(f);
    } else if (f.unit && !seen.units.includes(f.unit)) {
      seen.units.push(f.unit);
    }
  }
  for (const { finding, units } of first.values()) {
    if (units.length < 2) continue;
    const others = units.slice(1);
    finding.message += ` (the same in ${others.join(', ')})`;
    finding.unit = units.join(', ');
  }
  return out;
}

/** The message with its unit's name taken out, so the same decision in two units compares equal. */
function withoutUnit(f: Finding): string {
  return f.unit ? f.message.split(f.unit).join('\u0000') : f.message;
}
