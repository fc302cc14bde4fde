/**
 * A systemd unit file (systemd.syntax(7)): `[Section]` headers, `Key=Value` assignments, comments
 * on lines that start with `#` or `;`, and lines ending in `\` continued on the next one (the
 * backslash and the line break read as one space). Positions are kept for every assignment.
 */
import type { Span } from '../../types.js';
import { LineIndex } from '../nginx/line-index.js';

export interface UnitAssignment {
  section: string;
  key: string;
  /** Trimmed; continuations joined with a space. */
  value: string;
  /** The whole assignment. */
  span: Span;
  valueSpan: Span;
}

export function parseUnit(text: string): UnitAssignment[] {
  const index = new LineIndex(text);
  const out: UnitAssignment[] = [];
  let section = '';
  let pos = 0;
  while (pos < text.length) {
    const lf = text.indexOf('\n', pos);
    let end = lf === -1 ? text.length : lf;
    let next = lf === -1 ? text.length : lf + 1;
    let line = text.slice(pos, end).replace(/\r$/, '');
    const start = pos;
    // A continued line: read on while the joined text ends in a backslash.
    while (/\\$/.test(line) && next < text.length && !/^\s*[#;]/.test(line)) {
      const lf2 = text.indexOf('\n', next);
      const end2 = lf2 === -1 ? text.length : lf2;
      line = `${line.slice(0, -1)} ${text.slice(next, end2).replace(/\r$/, '')}`;
      end = end2;
      next = lf2 === -1 ? text.length : lf2 + 1;
    }
    pos = next;
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith(';')) continue;
    const header = /^\[([^\]]+)\]$/.exec(trimmed);
    if (header) {
      section = header[1];
      continue;
    }
    const eq = line.indexOf('=');
    if (eq === -1) continue;
    const key = line.slice(0, eq).trim();
    const raw = line.slice(eq + 1);
    const value = raw.trim();
    const lead = raw.length - raw.trimStart().length;
    const valueStart = Math.min(start + eq + 1 + lead, end);
    out.push({
      section,
      key,
      value,
      span: index.span(start + line.length - line.trimStart().length, end - (text[end - 1] === '\r' ? 1 : 0)),
      valueSpan: index.span(valueStart, Math.max(valueStart, end - (text[end - 1] === '\r' ? 1 : 0))),
    });
  }
  return out;
}
