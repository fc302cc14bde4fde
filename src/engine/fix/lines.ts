/** Lines of a source file with their own line endings, for edits that keep CRLF and LF as found. */
import type { SourceFile } from '../types.js';
import { hasPlaceholder, TEMPLATE_NAME } from '../templates.js';

export interface TextLine {
  /** Without the line ending. */
  text: string;
  /** `\r\n`, `\n`, or '' for a last line without one. */
  eol: string;
}

export function splitLines(text: string): TextLine[] {
  const parts = text.split('\n');
  return parts.map((part, i) => {
    const last = i === parts.length - 1;
    if (last) return { text: part, eol: '' };
    return part.endsWith('\r') ? { text: part.slice(0, -1), eol: '\r\n' } : { text: part, eol: '\n' };
  });
}

/** The line ending to use for a new line written after `line`. */
export function eolAfter(file: SourceFile, lines: TextLine[], line: number): string {
  const own = lines[line - 1]?.eol;
  if (own) return own;
  const previous = lines[line - 2]?.eol;
  return previous || (file.crlf ? '\r\n' : '\n');
}

/**
 * Files whose text socklint read with template placeholders replaced: columns after a
 * replaced placeholder do not match the file on disk, so fixes only insert whole lines there.
 */
export function isTemplate(file: SourceFile): boolean {
  return TEMPLATE_NAME.test(file.path) || /\{\{|\{%/.test(file.text) || hasPlaceholder(file.text);
}
