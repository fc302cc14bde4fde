/**
 * A position-keeping reader of PHP-FPM configuration files. FPM reads its files one line at a
 * time and hands each line to PHP's ini parser separately (fpm_conf_load_ini_file()), so
 * nothing spans lines; this reader does the same and keeps the span of every part.
 * `#` is not a comment: `# text` and `#key = x` are lines FPM refuses.
 */
import type { Span } from '../../types.js';
import { asciiSet, scanValue, type Environment } from './values.js';

interface LineBase {
  /** The whole line without its line ending. */
  span: Span;
}

export interface BlankLine extends LineBase {
  kind: 'blank';
}

export interface CommentLine extends LineBase {
  kind: 'comment';
  comment: Span;
}

export interface SectionLine extends LineBase {
  kind: 'section';
  /** The name between the brackets, double quotes removed, spaces kept (FPM keeps them). */
  name: string;
  nameSpan: Span;
  comment?: Span;
}

export interface EntryLine extends LineBase {
  kind: 'entry';
  /** The key as written, trimmed; for arrays the whole `name[key]` text. */
  key: string;
  keySpan: Span;
  /** For `name[key] = v` lines: the array name and its key (`''` for `access.suppress_path[]`). */
  array?: { name: string; key: string };
  eqSpan: Span;
  /** The value text as written (comment and surrounding blanks excluded). */
  raw: string;
  /** The raw value; empty, right after `=` and its blanks, when the value is empty. */
  rawSpan: Span;
  /** The value as FPM receives it (see FpmSetting.value), before `$pool` expansion. */
  value: string;
  /** Names of `${NAME}` references the known environment does not give. */
  unresolved: string[];
  /** The value used ini expression operators and was computed as an integer. */
  expression: boolean;
  comment?: Span;
}

export interface InvalidLine extends LineBase {
  kind: 'invalid';
  /** What PHP's ini parser or FPM says about the line. */
  message: string;
  /** Where the problem is (from the offending character to the end of the line). */
  at: Span;
}

export type FpmLine = BlankLine | CommentLine | SectionLine | EntryLine | InvalidLine;

/** Characters an ini key (LABEL) cannot contain. */
const LABEL_STOP = asciiSet('=\n\r\t;&|^$~(){}!"[]\0');
const BARE_KEYWORD_TOKENS: Readonly<Record<string, string>> = {
  true: 'BOOL_TRUE',
  on: 'BOOL_TRUE',
  yes: 'BOOL_TRUE',
  false: 'BOOL_FALSE',
  off: 'BOOL_FALSE',
  no: 'BOOL_FALSE',
  none: 'BOOL_FALSE',
  null: 'NULL_NULL',
};

/** Splits a file into lines (`\n`, with `\r\n` and a leading BOM tolerated) and reads each. */
export function parseFpmFile(text: string, env: Environment = {}): FpmLine[] {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const lines = body.split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines.map((line, i) => parseFpmLine(line.endsWith('\r') ? line.slice(0, -1) : line, i + 1, env));
}

/** Reads one line (without its line ending) as FPM does. `lineNo` is 1-based. */
export function parseFpmLine(line: string, lineNo: number, env: Environment = {}): FpmLine {
  const span = (from: number, to: number): Span => ({
    line: lineNo,
    column: from + 1,
    endLine: lineNo,
    endColumn: to + 1,
  });
  const whole = span(0, line.length);
  const invalid = (message: string, at: number): InvalidLine => ({
    kind: 'invalid',
    span: whole,
    message,
    at: span(at, line.length),
  });
  const commentAt = (from: number): Span | undefined => {
    let p = from;
    while (line[p] === ' ' || line[p] === '\t') p++;
    return line[p] === ';' ? span(p, line.length) : undefined;
  };
  const restIsEmpty = (from: number): boolean => /^[ \t]*(;.*)?$/.test(line.slice(from));

  let pos = 0;
  while (line[pos] === ' ' || line[pos] === '\t') pos++;
  if (pos === line.length) return { kind: 'blank', span: whole };
  if (line[pos] === ';') return { kind: 'comment', span: whole, comment: span(pos, line.length) };

  if (line[pos] === '[') {
    const close = line.indexOf(']', pos + 1);
    if (close < 0) return invalid("syntax error, unexpected end of file, expecting ']'", pos);
    if (!restIsEmpty(close + 1)) return invalid('value is NULL for a ZEND_INI_PARSER_ENTRY', close + 1);
    return {
      kind: 'section',
      span: whole,
      name: line.slice(pos + 1, close).replace(/"/g, ''),
      nameSpan: span(pos + 1, close),
      comment: commentAt(close + 1),
    };
  }

  const keyStart = pos;
  while (pos < line.length && LABEL_STOP[line.charCodeAt(pos)] !== 1) pos++;
  if (pos === keyStart) return invalid(`syntax error, unexpected '${line[pos]}'`, pos);
  let keyEnd = pos;
  while (line[keyEnd - 1] === ' ') keyEnd--;
  const label = line.slice(keyStart, keyEnd);

  while (line[pos] === ' ' || line[pos] === '\t') pos++;
  let array: EntryLine['array'];
  if (line[pos] === '[') {
    const close = line.indexOf(']', pos + 1);
    if (close < 0) return invalid("syntax error, unexpected end of file, expecting ']'", pos);
    array = { name: label, key: unquote(line.slice(pos + 1, close).trim()) };
    pos = close + 1;
    keyEnd = pos;
    while (line[pos] === ' ' || line[pos] === '\t') pos++;
  } else {
    const keywordToken = BARE_KEYWORD_TOKENS[label.toLowerCase()];
    if (keywordToken) return invalid(`syntax error, unexpected ${keywordToken}`, keyStart);
  }

  if (line[pos] !== '=') {
    if (restIsEmpty(pos)) return invalid('value is NULL for a ZEND_INI_PARSER_ENTRY', keyStart);
    return invalid(`syntax error, unexpected '${line[pos]}'`, pos);
  }
  const eq = pos;
  const scanned = scanValue(line, eq + 1, env);
  if ('error' in scanned) return invalid(scanned.error, scanned.at);

  let rawStart = eq + 1;
  while (line[rawStart] === ' ' || line[rawStart] === '\t') rawStart++;
  const rawEnd = Math.max(rawStart, scanned.rawEnd);
  return {
    kind: 'entry',
    span: whole,
    key: line.slice(keyStart, keyEnd),
    keySpan: span(keyStart, keyEnd),
    array,
    eqSpan: span(eq, eq + 1),
    raw: line.slice(rawStart, rawEnd),
    rawSpan: span(rawStart, rawEnd),
    value: scanned.value,
    unresolved: scanned.unresolved,
    expression: scanned.expression,
    comment: scanned.commentStart === undefined ? undefined : span(scanned.commentStart, line.length),
  };
}

/** Array keys: a double-quoted or single-quoted key loses its quotes. */
function unquote(key: string): string {
  const m = /^"(.*)"$/.exec(key) ?? /^'(.*)'$/.exec(key);
  return m ? m[1] : key;
}
