/**
 * Workflow-command annotations. GitHub keeps at most 10 errors, 10 warnings and 10 notices per
 * step and drops the rest silently, so findings are ranked (relevance to the change first) and the
 * step says how many were left out and where the full list is.
 */
import type { Finding, Severity } from '../engine/findings.js';
import type { Location } from '../engine/types.js';
import { relevance, type ChangeSet } from './change.js';
import { plural } from './gate.js';
import { annotate } from './output.js';

/** A line range as GitHub wants it: inclusive end, columns only within a single line. */
export interface Range {
  file: string;
  startLine: number;
  endLine: number;
  startColumn?: number;
  endColumn?: number;
}

export interface PlannedAnnotation extends Range {
  level: Severity;
  title: string;
  message: string;
  fingerprint: string;
  /** False for the extra annotation on a second line of the finding (e.g. the web server's). */
  primary: boolean;
  relevance: number;
}

export const STEP_LIMIT = 10;

/** Engine spans end just past the last character; GitHub's end line and column are inclusive. */
export function toRange(loc: Location, withColumns = true): Range {
  let endLine = Math.max(loc.line, loc.endLine);
  let endColumn = loc.endColumn;
  if (endLine > loc.line && endColumn <= 1) {
    endLine -= 1; // the span stops at the start of its last line
    endColumn = Number.POSITIVE_INFINITY;
  }
  const range: Range = { file: loc.file, startLine: loc.line, endLine };
  if (withColumns && endLine === loc.line && Number.isFinite(endColumn) && loc.column >= 1) {
    range.startColumn = loc.column;
    range.endColumn = Math.max(loc.column, endColumn - 1);
  }
  return range;
}

/**
 * Where the fix goes: the lines its edits in its first file change; a line inserted at the start
 * of line N counts as line N - 1 (the line the new one follows), which is where a reader looks for it.
 */
export function fixLocation(finding: Finding): Location | undefined {
  const edits = finding.fix?.edits ?? [];
  if (edits.length === 0) return undefined;
  const file = edits[0].file;
  let first = Number.POSITIVE_INFINITY;
  let last = 0;
  for (const edit of edits.filter((e) => e.file === file)) {
    const insertion = edit.line === edit.endLine && edit.column === edit.endColumn;
    const line = insertion && edit.column === 1 && edit.line > 1 ? edit.line - 1 : edit.line;
    first = Math.min(first, line);
    last = Math.max(last, insertion ? line : toRange(edit).endLine);
  }
  // Whole lines: the end column lies past the end of any line.
  return { file, line: first, column: 1, endLine: last, endColumn: Number.MAX_SAFE_INTEGER };
}

const lines = (l: Location): string => {
  const r = toRange(l);
  return `${r.file}:${r.startLine}${r.endLine > r.startLine ? `-${r.endLine}` : ''}`;
};

/** The fix, and where it goes when that is not the line the finding names. */
function fixText(finding: Finding): string {
  if (!finding.fix) return '';
  const at = fixLocation(finding);
  const elsewhere = at && (at.file !== finding.file || at.line !== finding.line) ? ` in ${lines(at)}` : '';
  return `\nFix${finding.fix.safe ? '' : ' (unsafe: review before applying)'}${elsewhere}: ${finding.fix.description}`;
}

/**
 * One annotation on the range the finding names (the CLI, SARIF and the summary name the same),
 * plus one on another line of the finding (its fix, the web server's line) that the change touched.
 */
export function anchorsOf(finding: Finding, change: ChangeSet | undefined): PlannedAnnotation[] {
  const base = {
    level: finding.severity,
    title: `socklint: ${finding.rule}`,
    fingerprint: finding.fingerprint,
  };
  const message = finding.message + fixText(finding);
  const anchors: PlannedAnnotation[] = [
    { ...base, ...toRange(finding), message, primary: true, relevance: relevance(change, finding) },
  ];
  const main = toRange(finding);
  const sameLine = (l: Location): boolean =>
    l.file === main.file && l.line >= main.startLine && l.line <= main.endLine;
  const inDiff = (l: Location): boolean => {
    const r = relevance(change, l);
    return r >= 2 || (r === 1 && change?.files.get(l.file)?.hunks === undefined);
  };
  const fixAt = fixLocation(finding);
  const second = [...(fixAt ? [fixAt] : []), ...finding.related]
    .filter((l) => !sameLine(l) && inDiff(l))
    .sort((a, b) => relevance(change, b) - relevance(change, a))[0];
  if (second) {
    anchors.push({
      ...base,
      ...toRange(second, second !== fixAt),
      message: `${message}\nReported at ${lines(finding)}.`,
      primary: false,
      relevance: relevance(change, second),
    });
  }
  return anchors;
}

/** Every annotation of every finding, most relevant first (the order the Checks API gets them too). */
export function planAnnotations(
  findings: readonly Finding[],
  change: ChangeSet | undefined,
): PlannedAnnotation[] {
  return findings
    .flatMap((f) => anchorsOf(f, change))
    .sort(
      (a, b) =>
        b.relevance - a.relevance ||
        Number(b.primary) - Number(a.primary) ||
        a.file.localeCompare(b.file) ||
        a.startLine - b.startLine ||
        a.fingerprint.localeCompare(b.fingerprint),
    );
}

export interface Selection {
  shown: PlannedAnnotation[];
  /** Findings that got no annotation at all. */
  hiddenFindings: number;
}

/** Keeps, per level, the first `budget[level]` annotations of a ranked plan. */
export function selectForStep(
  planned: readonly PlannedAnnotation[],
  budget: Record<Severity, number>,
): Selection {
  const used: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  const shown = planned.filter((a) => {
    if (used[a.level] >= budget[a.level]) return false;
    used[a.level] += 1;
    return true;
  });
  const all = new Set(planned.map((a) => a.fingerprint));
  const visible = new Set(shown.map((a) => a.fingerprint));
  return { shown, hiddenFindings: [...all].filter((fp) => !visible.has(fp)).length };
}

export function overflowNotice(hidden: number, where: readonly string[]): string {
  const list = where.length > 1 ? `${where.slice(0, -1).join(', ')} or ${where[where.length - 1]}` : where[0];
  return (
    `socklint: ${plural(hidden, 'more finding')} not shown as annotations ` +
    `(GitHub shows 10 per level and step)${list ? `; see ${list} for the full list` : ''}.`
  );
}

export function emitAnnotation(a: PlannedAnnotation): void {
  const { file, startLine, endLine, startColumn, endColumn, title } = a;
  annotate(a.level, a.message, { title, file, startLine, endLine, startColumn, endColumn });
}
