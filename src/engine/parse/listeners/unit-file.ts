/**
 * A position-keeping reader of systemd unit files and of the other `[section]` + `key = value`
 * files that create sockets (uWSGI's ini), as systemd.syntax(7) reads them: comments start
 * with `#` or `;` at the start of a line, a trailing `\` joins the next line, whitespace around
 * `=` and at both ends of the value is dropped. Later assignments are kept in order (systemd
 * appends list settings such as `ListenStream=`).
 */
import type { Span } from '../../types.js';

export interface UnitEntry {
  section: string;
  key: string;
  value: string;
  /** The whole entry, over joined lines. */
  span: Span;
  /** The value as written (first line only when it continues). */
  valueSpan: Span;
}

export function readUnitFile(text: string): UnitEntry[] {
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  const entries: UnitEntry[] = [];
  let section = '';
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i].replace(/\r$/, '');
    const trimmed = first.trim();
    if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith(';')) continue;
    const header = /^\s*\[([^\]]+)\]\s*$/.exec(first);
    if (header) {
      section = header[1];
      continue;
    }
    const eq = first.indexOf('=');
    if (eq < 0) continue;
    let value = first.slice(eq + 1);
    const startLine = i + 1;
    let endLine = startLine;
    let endColumn = first.length + 1;
    while (value.endsWith('\\') && i + 1 < lines.length) {
      i++;
      const next = lines[i].replace(/\r$/, '');
      value = value.slice(0, -1) + ' ' + next;
      endLine = i + 1;
      endColumn = next.length + 1;
    }
    const keyStart = first.length - first.trimStart().length;
    const lead = first.slice(eq + 1).length - first.slice(eq + 1).trimStart().length;
    const valueStart = eq + 1 + lead;
    entries.push({
      section,
      key: first.slice(keyStart, eq).trim(),
      value: value.trim(),
      span: { line: startLine, column: keyStart + 1, endLine, endColumn },
      valueSpan: {
        line: startLine,
        column: valueStart + 1,
        endLine: startLine,
        endColumn: Math.max(valueStart, first.trimEnd().length) + 1,
      },
    });
  }
  return entries;
}

/** The entries of one section (case-sensitive, as systemd's), with the given key (case-insensitive for ini dialects). */
export function entriesOf(
  entries: UnitEntry[],
  section: string,
  key: string,
  ignoreCase = false,
): UnitEntry[] {
  const same = (a: string, b: string) => (ignoreCase ? a.toLowerCase() === b.toLowerCase() : a === b);
  return entries.filter((e) => same(e.section, section) && same(e.key, key));
}
