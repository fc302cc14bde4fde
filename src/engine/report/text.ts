/** The report for people: findings grouped by socket, the decision, a code frame, and the counts. */
import type { Finding, ScanResult, Severity } from '../findings.js';
import { describeNote, describeSkipped, readingSummary, shownNotes } from './reading.js';

export interface TextOptions {
  color: boolean;
  /** Repository path → file text, for code frames. */
  sources: Map<string, string>;
  /** Findings that `--fix` would change, to point at it. */
  fixHint?: boolean;
}

const STYLE = {
  error: '\u001b[31m',
  warning: '\u001b[33m',
  notice: '\u001b[36m',
  dim: '\u001b[2m',
  bold: '\u001b[1m',
  reset: '\u001b[0m',
};

export function renderText(result: ScanResult, options: TextOptions): string {
  const paint = (style: keyof typeof STYLE, text: string) =>
    options.color ? STYLE[style] + text + STYLE.reset : text;
  const lines: string[] = [];
  for (const [socket, findings] of groupBySocket(result.findings)) {
    lines.push(paint('bold', socket ?? 'Configuration'));
    for (const f of findings) {
      lines.push(
        `  ${paint(f.severity, f.severity.padEnd(7))} ${f.file}:${f.line}:${f.column}  ${paint('dim', f.rule)}`,
      );
      lines.push(`    ${f.message}`);
      lines.push(...codeFrame(options.sources.get(f.file), f).map((l) => `    ${paint('dim', l.trimEnd())}`));
      for (const r of f.related)
        lines.push(`    ${paint('dim', '↳')} ${r.file}:${r.line}:${r.column}  ${r.message}`);
      if (f.fix) {
        const how = f.fix.safe ? 'socklint scan --fix' : 'socklint scan --fix --unsafe-fixes';
        lines.push(`    ${paint('dim', 'fix:')} ${f.fix.description} (${how})`);
      }
    }
    lines.push('');
  }
  for (const s of result.skipped) lines.push(`${paint('dim', 'skipped')} ${describeSkipped(s)}`);
  for (const n of shownNotes(result)) lines.push(`${paint('dim', 'note')} ${describeNote(n)}`);
  const reading = readingSummary(result);
  if (reading) lines.push(paint('dim', reading), '');
  lines.push(summaryLine(result));
  return lines.join('\n') + '\n';
}

export function summaryLine(result: ScanResult): string {
  const count = (s: Severity) => result.findings.filter((f) => f.severity === s).length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const sockets = result.sockets.length;
  const undecided = result.sockets.filter((s) => s.verdict === 'undecided').length;
  const parts = [
    plural(count('error'), 'error'),
    plural(count('warning'), 'warning'),
    plural(count('notice'), 'notice'),
  ];
  const extra = [
    `${plural(sockets, 'socket')} checked, ${undecided} undecided${nothingDecided(result, undecided)}`,
    ...(result.suppressed ? [`${result.suppressed} suppressed`] : []),
  ];
  return `${parts.join(', ')} (${extra.join(', ')})`;
}

/**
 * A bare "0 errors" over configuration that decided nothing would read as a pass: say why.
 */
function nothingDecided(result: ScanResult, undecided: number): string {
  if (result.sockets.length > undecided) return '';
  // Sockets whose configs a script writes (no config file of the repository) count as well.
  if (undecided > 0) return ': none could be decided, see the notices';
  if (result.configFiles === 0) return '';
  const programs = result.configPrograms ?? [];
  const named =
    programs.length > 1 ? `${programs.slice(0, -1).join(', ')} and ${programs.at(-1)}` : programs[0];
  const files = `${result.configFiles} ${named ? `${named} ` : 'configuration '}file${result.configFiles === 1 ? '' : 's'}`;
  // A file a server loads whose content is not known may hold a socket: say so, not only "none".
  const unknown = result.notes.filter((n) => n.code === 'include-unreadable').length;
  const but =
    unknown > 0
      ? `, but ${unknown} file${unknown === 1 ? '' : 's'} they load ${unknown === 1 ? 'has' : 'have'} content socklint does not know (see the notes)`
      : '';
  return `: in the ${files} read, no web server connects to a Unix socket${but}`;
}

function groupBySocket(findings: Finding[]): [string | undefined, Finding[]][] {
  const groups = new Map<string | undefined, Finding[]>();
  for (const f of findings) {
    const key = f.socket ? `${f.socket}${f.unit ? `  (${f.unit})` : ''}` : undefined;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  // Socket groups first, in the order their most severe finding appears; configuration last.
  return [...groups].sort(([a], [b]) => (a === undefined ? 1 : 0) - (b === undefined ? 1 : 0));
}

/** The offending line with one line of context above and a caret underline. */
function codeFrame(text: string | undefined, f: Finding): string[] {
  if (text === undefined) return [];
  const all = text.split('\n');
  const line = all[f.line - 1];
  if (line === undefined) return [];
  const clean = (s: string) => s.replace(/\r$/, '').replace(/\t/g, ' ');
  const width = String(f.line).length;
  const out: string[] = [];
  if (f.line > 1) out.push(`  ${String(f.line - 1).padStart(width)} | ${clean(all[f.line - 2])}`);
  out.push(`> ${String(f.line).padStart(width)} | ${clean(line)}`);
  const end = f.endLine === f.line ? f.endColumn : clean(line).length + 1;
  const carets = Math.max(1, end - f.column);
  out.push(`  ${' '.repeat(width)} | ${' '.repeat(Math.max(0, f.column - 1))}${'^'.repeat(carets)}`);
  return out;
}
