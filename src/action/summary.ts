/**
 * The job summary: the complete report, where annotations only show the first few. GitHub refuses
 * a step summary over 1 MiB, so the text is built under a byte budget and says what it left out.
 */
import type { Finding, ScanResult, Severity, SocketReport } from '../engine/findings.js';
import { summaryLine } from '../engine/report/text.js';
import { toRange } from './annotations.js';
import { plural, type GateVerdict } from './gate.js';
import { LIMITS } from './limits.js';
import { cell, code, escapeHtml, fenced, locationLink, type RepoRef } from './markdown.js';

/** GitHub's limit is 1 MiB per step; keep a margin for what the runner adds. */
export const SUMMARY_MAX_BYTES = LIMITS.stepSummary - 48_576;

export interface SummaryData {
  result: ScanResult;
  gate: GateVerdict;
  ref: RepoRef;
  /** Unified diff of the safe fixes, empty when there are none. */
  patch: string;
  /** What the action did besides the scan (check run, suggestions, commit…), one sentence each. */
  activities: string[];
  /** Findings left out by `only-changed`. */
  outsideChange: number;
}

const ICON: Record<Severity, string> = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
const TITLE: Record<Severity, string> = { error: 'Error', warning: 'Warning', notice: 'Notice' };
const VERDICT: Record<SocketReport['verdict'], string> = {
  connects: '✅ connects',
  'permission-denied': '❌ permission denied',
  'directory-denied': '❌ directory denied',
  'no-socket': '❌ no such socket',
  'fpm-fails': '❌ PHP-FPM fails to start',
  'nginx-fails': '❌ nginx fails to start',
  undecided: '❔ undecided',
};
const ORDER: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };
const bytes = (s: string): number => Buffer.byteLength(s, 'utf8');

/** Appends blocks while they fit; remembers how many did not. */
class Budget {
  private readonly parts: string[] = [];
  private used = 0;
  constructor(private readonly limit: number) {}
  add(block: string): boolean {
    const size = bytes(block) + 1;
    if (this.used + size > this.limit) return false;
    this.parts.push(block);
    this.used += size;
    return true;
  }
  /** Adds blocks in order until one does not fit; returns how many were left out. */
  addAll(blocks: readonly string[]): number {
    const fitted = blocks.findIndex((b) => !this.add(b));
    return fitted === -1 ? 0 : blocks.length - fitted;
  }
  /** For a closing tag: always added, paid for by the reserve kept below the hard limit. */
  force(block: string): void {
    this.parts.push(block);
    this.used += bytes(block) + 1;
  }
  text(): string {
    return this.parts.join('\n');
  }
}

function socketRow(ref: RepoRef, s: SocketReport): string {
  const client = toRange(s.client.location);
  const groups = s.webServer.groups.length > 0 ? ` (groups: ${s.webServer.groups.join(', ')})` : '';
  const pool = s.pool
    ? `${cell(`${s.pool.owner}:${s.pool.group} ${s.pool.mode}`)}${s.pool.acl?.length ? `<br>ACL ${cell(s.pool.acl.join(', '))}` : ''}<br>pool ${cell(s.pool.name)} at ${locationLink(ref, { file: s.pool.location.file, line: s.pool.location.line, endLine: s.pool.location.line })}`
    : '—';
  return [
    '',
    `${locationLink(ref, { file: client.file, line: client.startLine, endLine: client.startLine })} ${cell(s.client.directive)}`,
    `${cell(s.webServer.user)}:${cell(s.webServer.group)}${cell(groups)}<br>from ${cell(s.webServer.origin)}`,
    code(s.socket).replace(/\|/g, '\\|'),
    pool,
    `${VERDICT[s.verdict]}<br>${cell(s.reason)}`,
    '',
  ]
    .join(' | ')
    .trim();
}

function findingItem(ref: RepoRef, f: Finding): string {
  const r = toRange(f);
  const lines = [
    `- ${ICON[f.severity]} **${TITLE[f.severity]}** ${code(f.rule)} at ${locationLink(ref, { file: r.file, line: r.startLine, endLine: r.endLine })}`,
    `  ${escapeHtml(f.message).replace(/\r?\n/g, '\n  ')}`,
  ];
  for (const rel of f.related) {
    const rr = toRange(rel);
    lines.push(
      `  - ${locationLink(ref, { file: rr.file, line: rr.startLine, endLine: rr.endLine })}: ${escapeHtml(rel.message)}`,
    );
  }
  if (f.fix) {
    lines.push(
      `  - Fix (${f.fix.safe ? 'safe' : 'unsafe: review before applying'}): ${escapeHtml(f.fix.description)}`,
    );
  }
  return lines.join('\n');
}

/** Configuration was read, yet no socket got a verdict: a pass would claim what nobody checked. */
export function nothingDecided(result: ScanResult): boolean {
  return result.configFiles > 0 && result.sockets.every((s) => s.verdict === 'undecided');
}

function undecidedItem(ref: RepoRef, s: SocketReport): string {
  const at = toRange(s.client.location);
  return (
    `- ${locationLink(ref, { file: at.file, line: at.startLine, endLine: at.startLine })} ${code(s.client.directive)} ` +
    `${code(s.socket)}: ${escapeHtml(s.reason)}`
  );
}

export function renderSummary(data: SummaryData, limit = SUMMARY_MAX_BYTES): string {
  const { result, gate, ref } = data;
  // Room for the truncation notes, which are always added.
  const out = new Budget(limit - 2_000);
  const notes: string[] = [];
  const short = ref.sha.slice(0, 7);
  out.add('## socklint');
  out.add('');
  const undecided = result.sockets.filter((s) => s.verdict === 'undecided');
  const unchecked = nothingDecided(result);
  out.add(`${gate.failed ? '❌' : unchecked ? '❔' : '✅'} ${escapeHtml(gate.message)}`);
  if (unchecked && !gate.failed) {
    out.add('');
    out.add(
      result.sockets.length > 0
        ? `No socket could be decided, so this pass checked nothing: see the undecided sockets below for what to declare.`
        : `The configuration read points no web server at a Unix socket, so there was nothing to check.`,
    );
  }
  out.add('');
  out.add(
    `Analyzed ${code(`${ref.owner}/${ref.repo}`)} at [${short}](${ref.serverUrl}/${ref.owner}/${ref.repo}/commit/${ref.sha}): ` +
      escapeHtml(summaryLine(result)) +
      (data.outsideChange > 0
        ? `; ${plural(data.outsideChange, 'finding')} outside the changed files not reported (only-changed)`
        : '') +
      '.',
  );
  if (data.activities.length > 0) {
    out.add('');
    out.addAll(data.activities.map((a) => `- ${a}`));
  }

  if (result.sockets.length > 0) {
    out.add('');
    out.add('### Sockets');
    out.add('');
    out.add('| Web server | Identity | Socket | Owner:group mode | Verdict |');
    out.add('| --- | --- | --- | --- | --- |');
    const left = out.addAll(result.sockets.map((s) => socketRow(ref, s)));
    if (left > 0) notes.push(`${plural(left, 'socket')} left out of the table.`);
  }

  if (undecided.length > 0) {
    out.add('');
    out.add('### Undecided sockets');
    out.add('');
    out.add(
      'socklint could not decide these from the repository. Each says what is unknown and what to declare ' +
        '(in `.socklint.yml` or the repository) to decide it:',
    );
    out.add('');
    const left = out.addAll(undecided.map((s) => undecidedItem(ref, s)));
    if (left > 0) notes.push(`${plural(left, 'undecided socket')} left out of the list.`);
  }

  if (result.findings.length > 0) {
    const sorted = [...result.findings].sort(
      (a, b) => ORDER[a.severity] - ORDER[b.severity] || a.file.localeCompare(b.file) || a.line - b.line,
    );
    out.add('');
    out.add('### Findings');
    out.add('');
    const left = out.addAll(sorted.map((f) => findingItem(ref, f)));
    if (left > 0)
      notes.push(`${plural(left, 'finding')} left out of this list (see the SARIF file or run the CLI).`);
  }

  if (data.patch !== '') {
    const block = [
      '',
      '### Patch',
      '',
      '<details><summary>Safe fixes as a unified diff (apply with <code>git apply</code>)</summary>',
      '',
      fenced('diff', data.patch),
      '',
      '</details>',
    ].join('\n');
    if (!out.add(block))
      notes.push('The patch is too large for the summary: use the file named by the patch-file output.');
  }

  if (result.skipped.length > 0 || result.notes.length > 0) {
    const items = [
      ...result.skipped.map((s) => `- Skipped ${code(s.path)}: ${escapeHtml(s.reason)}`),
      ...result.notes.map(
        (n) =>
          `- ${TITLE[n.level]} ${code(n.code)}${n.location ? ` at ${code(`${n.location.file}:${n.location.line}`)}` : ''}: ${escapeHtml(n.message)}`,
      ),
    ];
    if (out.add(['', '<details><summary>Files skipped and notes from the scan</summary>', ''].join('\n'))) {
      const left = out.addAll(items);
      out.force('\n</details>');
      if (left > 0) notes.push(`${plural(left, 'note')} about skipped files left out.`);
    }
  }

  let text = out.text();
  if (notes.length > 0) {
    text += `\n\n> [!NOTE]\n> The job summary is limited to 1 MiB. ${notes.map(escapeHtml).join(' ')}\n`;
  }
  return text.endsWith('\n') ? text : `${text}\n`;
}
