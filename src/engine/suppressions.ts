/**
 * Inline suppressions: `# socklint-disable-next-line RULE[,RULE] -- reason` in nginx files and
 * `; socklint-disable-next-line … -- …` in PHP-FPM files. A suppression needs a rule and a reason,
 * and one that silences nothing is reported, so stale ones do not pile up.
 */
import type { Finding } from './findings.js';
import type { ClassifiedFile, Location } from './types.js';

interface Suppression {
  location: Location;
  rules: string[];
  reason: string;
  used: boolean;
}

const DIRECTIVE = /^(\s*)([#;])\s*socklint-disable-next-line\b(.*)$/;
const NGINX_KINDS = new Set(['nginx-main', 'nginx-site', 'nginx-snippet']);
const FPM_KINDS = new Set(['fpm-main', 'fpm-pool']);

export function findSuppressions(files: ClassifiedFile[]): Map<string, Suppression[]> {
  const out = new Map<string, Suppression[]>();
  for (const file of files) {
    const marker = NGINX_KINDS.has(file.kind) ? '#' : FPM_KINDS.has(file.kind) ? ';' : undefined;
    if (!marker || !file.text.includes('socklint-disable')) continue;
    const lines = file.text.split('\n');
    lines.forEach((raw, index) => {
      const line = raw.replace(/\r$/, '');
      const m = DIRECTIVE.exec(line);
      if (!m || m[2] !== marker) return;
      const [spec, ...reasonParts] = m[3].split('--');
      const reason = reasonParts.join('--').trim();
      const rules = spec.split(/[\s,]+/).filter(Boolean);
      const location: Location = {
        file: file.path,
        line: index + 1,
        column: m[1].length + 1,
        endLine: index + 1,
        endColumn: line.length + 1,
      };
      const list = out.get(file.path) ?? [];
      list.push({ location, rules, reason, used: false });
      out.set(file.path, list);
    });
  }
  return out;
}

/**
 * Drops the findings a valid suppression covers (on the line right after it) and returns them
 * counted, plus a `suppression-invalid` finding for each suppression that is malformed or unused.
 */
export function applySuppressions(
  findings: Finding[],
  suppressions: Map<string, Suppression[]>,
  knownRules: Set<string>,
  /** Builds the finding; undefined when the rule is turned off. */
  makeInvalid: (location: Location, message: string) => Finding | undefined,
): { kept: Finding[]; suppressed: number } {
  let suppressed = 0;
  const kept: Finding[] = [];
  for (const finding of findings) {
    const s = suppressions
      .get(finding.file)
      ?.find(
        (x) => x.location.line + 1 === finding.line && x.reason !== '' && x.rules.includes(finding.rule),
      );
    if (s) {
      s.used = true;
      suppressed++;
    } else kept.push(finding);
  }
  for (const list of suppressions.values()) {
    for (const s of list) {
      const problem = problemOf(s, knownRules);
      const finding = problem === undefined ? undefined : makeInvalid(s.location, problem);
      if (finding) kept.push(finding);
    }
  }
  return { kept, suppressed };
}

function problemOf(s: Suppression, knownRules: Set<string>): string | undefined {
  const unknown = s.rules.filter((r) => !knownRules.has(r));
  const rules = s.rules.join(',');
  if (s.rules.length === 0)
    return 'socklint-disable-next-line names no rule: write the rule id and a reason after "--"';
  if (unknown.length > 0) return `socklint-disable-next-line names unknown rule ${unknown.join(', ')}`;
  if (s.reason === '')
    return `socklint-disable-next-line ${rules} has no reason: add "-- why" so readers know why it is silenced`;
  if (!s.used)
    return `socklint-disable-next-line ${rules} suppresses nothing on line ${s.location.line + 1}: remove it`;
  return undefined;
}
