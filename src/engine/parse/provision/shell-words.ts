/**
 * Shell words as the shell expands them: quotes removed, escapes processed, known variables
 * substituted (`$X`, `${X}`, `${X:-d}`, `${X-d}`, `${X:=d}`, `${X:+a}`, `${#X}`, `${X#p}`,
 * `${X%p}`, `${X/a/b}`), unquoted expansions split into fields. Whatever depends on something
 * unknown (a variable nothing assigned, `$(…)`, `~`) stays as written and is named, never
 * guessed. Each word keeps its source range, and its value in parts that each remember where
 * they are written.
 */
import type { Location } from '../../types.js';
import { type TextPart, appendPart } from './content.js';
import { type ShellEnv, type ShellValue, isUnknown } from './shell-env.js';
import type { ShellNode } from './shell-syntax.js';
import { type LineIndex, type MappedText, mappedLocation } from './text.js';

export interface Word {
  /** The value after expansion; unknown parts as written. */
  value: string;
  /** False when the value depends on something unknown. */
  literal: boolean;
  /** Contains an unquoted glob character. */
  glob: boolean;
  /** Range in the parsed text. */
  start: number;
  end: number;
  /** The value in parts with their repository locations; absent for words made up by a reader. */
  parts?: TextPart[];
  /** The value with each character's file offset, when a reader knows it (a JSON string). */
  source?: MappedText;
}

export interface WordContext {
  source: MappedText;
  index: LineIndex;
  env: ShellEnv;
}

type Mode = 'unquoted' | 'dquote' | 'heredoc';

interface Piece {
  text: string;
  unknown?: string[];
  /** From an unquoted expansion: split into fields on blanks. */
  split: boolean;
  /** Unquoted literal text: may hold glob characters. */
  pattern: boolean;
  start: number;
  end: number;
  verbatim: boolean;
  /** `"$@"`: one field per positional parameter. */
  fields?: ShellValue[];
  /** Where the text is written, when not at [start, end) (a variable's value, written where it was assigned). */
  at?: Location;
}

/** The fields a word expands to (none for an unquoted empty expansion). */
export function expandWord(node: ShellNode, ctx: WordContext): Word[] {
  return toFields(piecesOf(node, 'unquoted', ctx), node, ctx);
}

/** A word expanded without field splitting (assignment values, redirection targets, `case` words). */
export function expandString(node: ShellNode, ctx: WordContext): Word {
  const pieces = piecesOf(node, 'unquoted', ctx).map((p) => ({ ...p, split: false }));
  return wordOf(pieces, node.startIndex, node.endIndex, ctx);
}

/** A heredoc body: expanded unless its delimiter was quoted; `<<-` strips leading tabs. */
export function expandHeredoc(
  body: ShellNode,
  range: { start: number; end: number },
  options: { expand: boolean; stripTabs: boolean },
  ctx: WordContext,
): Word {
  const pieces: Piece[] = [];
  if (options.expand) {
    let at = range.start;
    for (const child of body.namedChildren) {
      if (child.type === 'heredoc_content' || child.startIndex < at) continue;
      literalText(ctx.source.text.slice(at, child.startIndex), at, 'heredoc', pieces);
      pieces.push(...piecesOf(child, 'heredoc', ctx));
      at = child.endIndex;
    }
    literalText(ctx.source.text.slice(at, range.end), at, 'heredoc', pieces);
  } else {
    pieces.push(plain(ctx.source.text.slice(range.start, range.end), range.start, range.end, true));
  }
  return wordOf(options.stripTabs ? stripLeadingTabs(pieces) : pieces, range.start, range.end, ctx);
}

/**
 * A word a reader already knows (a JSON string of a Dockerfile exec form): its value mapped to
 * the file, and `start`/`end` its range in the text the command is read from.
 */
export function mappedWord(value: MappedText, index: LineIndex, start: number, end: number): Word {
  const n = value.offsets.length;
  const contiguous = n > 0 && value.offsets[n - 1] - value.offsets[0] === n - 1;
  const location = n > 0 ? index.location(value.offsets[0], value.offsets[n - 1] + 1) : undefined;
  return {
    value: value.text,
    literal: true,
    glob: false,
    start,
    end,
    parts: [
      { text: value.text, ...(location ? { location } : {}), ...(contiguous ? { verbatim: true } : {}) },
    ],
    source: value,
  };
}

/* ------------------------------------------------------------------ pieces */

function piecesOf(node: ShellNode, mode: Mode, ctx: WordContext): Piece[] {
  const text = ctx.source.text.slice(node.startIndex, node.endIndex);
  switch (node.type) {
    case 'word':
      if (mode === 'unquoted' && text.startsWith('~') && isWordStart(node)) return tildePieces(text, node);
      return literalPieces(text, node.startIndex, mode);
    case 'number':
    case 'extglob_pattern':
    case 'regex':
    case 'string_content':
    case 'heredoc_content':
    case 'variable_name':
    case 'command_name':
      if (node.type === 'command_name' && node.namedChildren.length > 0) return childPieces(node, mode, ctx);
      return literalPieces(text, node.startIndex, node.type === 'string_content' ? 'dquote' : mode);
    case 'raw_string':
      return [plain(text.slice(1, -1), node.startIndex + 1, node.endIndex - 1, true)];
    case 'ansi_c_string':
      return [plain(decodeAnsiC(text.slice(2, -1)), node.startIndex, node.endIndex, false)];
    case 'string':
    case 'translated_string': {
      const open = node.type === 'string' ? 1 : 2;
      const pieces = childPieces(node, 'dquote', ctx, node.startIndex + open, node.endIndex - 1);
      // `""` still makes a field, an empty one.
      return pieces.length > 0 ? pieces : [plain('', node.startIndex, node.endIndex, false)];
    }
    case 'concatenation':
      return childPieces(node, mode, ctx);
    case 'simple_expansion':
      return variablePieces(node, mode, ctx);
    case 'expansion':
      return expansionPieces(node, mode, ctx);
    case 'command_substitution': {
      const temp = mktempPath(text, node);
      if (temp) return [plain(temp, node.startIndex, node.endIndex, false)];
      return [unknownPiece(text, node, mode)];
    }
    default:
      // $(…), $((…)), <(…), arrays, brace expansion and anything the grammar did not make sense of.
      return [unknownPiece(text, node, mode)];
  }
}

/** Children in order; text between them (not covered by a child) is literal in `mode`. */
function childPieces(
  node: ShellNode,
  mode: Mode,
  ctx: WordContext,
  from = node.startIndex,
  to = node.endIndex,
): Piece[] {
  const out: Piece[] = [];
  let at = from;
  for (const child of node.children) {
    if (child.endIndex <= from || child.startIndex >= to) continue;
    if (!child.isNamed) continue;
    literalText(ctx.source.text.slice(at, child.startIndex), at, mode, out);
    out.push(...piecesOf(child, mode, ctx));
    at = child.endIndex;
  }
  literalText(ctx.source.text.slice(at, to), at, mode, out);
  return out;
}

function literalText(text: string, start: number, mode: Mode, out: Piece[]): void {
  if (text !== '') out.push(...literalPieces(text, start, mode));
}

/**
 * Backslash escapes as the shell reads them in each kind of text. Each escape is a piece of its
 * own, so the text around it keeps its exact columns (`\$uri` in a heredoc moves nothing else).
 */
function literalPieces(text: string, start: number, mode: Mode): Piece[] {
  const pieces: Piece[] = [];
  let from = 0;
  const flush = (to: number) => {
    if (to > from) pieces.push(plain(text.slice(from, to), start + from, start + to, true));
  };
  for (let i = 0; i + 1 < text.length; i++) {
    if (text[i] !== '\\') continue;
    const next = text[i + 1];
    const special =
      mode === 'unquoted' ? true : mode === 'dquote' ? '$`"\\\n'.includes(next) : '$`\\\n'.includes(next);
    if (!special) continue;
    flush(i);
    if (next !== '\n') pieces.push(plain(next, start + i, start + i + 2, false));
    i++;
    from = i + 1;
  }
  flush(text.length);
  // An escaped glob character is literal: a text with an escape is not a pattern.
  const pattern = mode === 'unquoted' && pieces.every((p) => p.verbatim);
  for (const p of pieces) p.pattern = pattern;
  return pieces;
}

/** A node that begins its word (not the middle of a concatenation). */
function isWordStart(node: ShellNode): boolean {
  const parent = node.parent;
  return parent?.type !== 'concatenation' || parent.firstChild?.id === node.id;
}

/** `~` and `~user` at the start of a word: a home directory socklint does not know. */
function tildePieces(text: string, node: ShellNode): Piece[] {
  const slash = text.indexOf('/');
  const head = slash === -1 ? text : text.slice(0, slash);
  const pieces = [
    { ...unknownPiece(head, node, 'unquoted', [head]), end: node.startIndex + head.length, split: false },
  ];
  if (slash !== -1) pieces.push(...literalPieces(text.slice(slash), node.startIndex + slash, 'unquoted'));
  return pieces;
}

/**
 * `$(mktemp)`: a new, empty file whose random name does not matter, only that the script's later
 * lines name the same file (`envsubst < t > "$tmp"; mv "$tmp" /etc/…`). It stands for one name per
 * place in the text, under the directory mktemp uses. `mktemp -d` and `-u` make no such file.
 */
function mktempPath(text: string, node: ShellNode): string | undefined {
  const m = /^(?:\$\(|`)\s*mktemp((?:\s+-[qt]+)*)(?:\s+(\/[\w./-]*X{3,}))?\s*(?:\)|`)$/.exec(text);
  if (!m) return undefined;
  return m[2] ? m[2].replace(/X{3,}$/, `mktemp${node.startIndex}`) : `/tmp/tmp.mktemp${node.startIndex}`;
}

function plain(text: string, start: number, end: number, verbatim: boolean): Piece {
  return { text, split: false, pattern: false, start, end, verbatim };
}

function unknownPiece(raw: string, node: ShellNode, mode: Mode, unknown = [raw]): Piece {
  return {
    text: raw,
    unknown,
    split: mode === 'unquoted',
    pattern: false,
    start: node.startIndex,
    end: node.endIndex,
    verbatim: true,
  };
}

function valuePiece(value: ShellValue, raw: string, node: ShellNode, mode: Mode): Piece {
  if (isUnknown(value)) return unknownPiece(raw, node, mode, value.unknown);
  return {
    text: value,
    split: mode === 'unquoted',
    pattern: false,
    start: node.startIndex,
    end: node.endIndex,
    verbatim: false,
  };
}

/**
 * A value that is known only in part and was assigned from text: its parts, each written where it
 * was assigned, so `echo "$block" > f` keeps the positions of the text `block` holds.
 */
function valuePieces(
  value: ShellValue,
  raw: string,
  node: ShellNode,
  mode: Mode,
  parts = isUnknown(value) ? value.parts : undefined,
): Piece[] {
  if (!parts) return [valuePiece(value, raw, node, mode)];
  return parts.map((p) => ({
    text: p.text,
    ...(p.unknown ? { unknown: p.unknown } : {}),
    split: mode === 'unquoted',
    pattern: false,
    start: node.startIndex,
    end: node.endIndex,
    // Unquoted, known text is split into fields, which no longer match the part's columns.
    verbatim: p.unknown !== undefined || (p.verbatim === true && mode !== 'unquoted'),
    ...(p.location ? { at: p.location } : {}),
  }));
}

/** `$NAME`, `$1`, `$@`… */
function variablePieces(node: ShellNode, mode: Mode, ctx: WordContext): Piece[] {
  const raw = ctx.source.text.slice(node.startIndex, node.endIndex);
  const name = raw.slice(1);
  const positional = ctx.env.positional;
  if (positional && /^[1-9][0-9]*$/.test(name))
    return valuePieces(positional[Number(name) - 1] ?? '', raw, node, mode);
  const base = special(name, raw, node, mode, ctx);
  return base ? [base] : valuePieces(ctx.env.lookup(name).value, raw, node, mode, ctx.env.partsOf(name));
}

/** Positional and special parameters; undefined for ordinary names. */
function special(
  name: string,
  raw: string,
  node: ShellNode,
  mode: Mode,
  ctx: WordContext,
): Piece | undefined {
  const positional = ctx.env.positional;
  if (/^[1-9][0-9]*$/.test(name)) {
    if (!positional) return unknownPiece(raw, node, mode);
    return valuePiece(positional[Number(name) - 1] ?? '', raw, node, mode);
  }
  if (name === '@' || name === '*') {
    if (!positional || positional.some(isUnknown)) return unknownPiece(raw, node, mode);
    const joined = (positional as string[]).join(' ');
    const piece = valuePiece(joined, raw, node, mode);
    if (name === '@' && mode === 'dquote') piece.fields = positional;
    return piece;
  }
  if (name === '#')
    return positional
      ? valuePiece(String(positional.length), raw, node, mode)
      : unknownPiece(raw, node, mode);
  if (/^[0?$!-]$/.test(name)) return unknownPiece(raw, node, mode);
  return undefined;
}

const VALUE_OPS = new Set([':-', '-', ':=', '=', ':+', '+', ':?', '?']);

/** `${…}` with its operators. */
function expansionPieces(node: ShellNode, mode: Mode, ctx: WordContext): Piece[] {
  const raw = ctx.source.text.slice(node.startIndex, node.endIndex);
  const kids = node.children;
  const nameNode = kids.find((k) => k.type === 'variable_name' || k.type === 'special_variable_name');
  if (!nameNode || kids.some((k) => k.type === 'subscript' || k.type === '!'))
    return [unknownPiece(raw, node, mode)];
  const name = nameNode.text;
  const nameAt = kids.indexOf(nameNode);
  const lengthOf = kids.slice(0, nameAt).some((k) => k.type === '#');
  const positional = /^[1-9][0-9]*$/.test(name) ? ctx.env.positional : undefined;
  const base = positional ? undefined : special(name, `$${name}`, node, mode, ctx);
  const looked = positional
    ? { set: true, value: positional[Number(name) - 1] ?? '' }
    : base
      ? { set: base.unknown ? undefined : true, value: base.unknown ? { unknown: base.unknown } : base.text }
      : ctx.env.lookup(name);
  if (lengthOf) {
    return [
      isUnknown(looked.value)
        ? unknownPiece(raw, node, mode)
        : valuePiece(String(looked.value.length), raw, node, mode),
    ];
  }
  const opNode = kids.slice(nameAt + 1).find((k) => !k.isNamed && k.type !== '}');
  if (!opNode)
    return valuePieces(looked.value, raw, node, mode, positional ? undefined : ctx.env.partsOf(name));
  const op = opNode.type;
  const close = kids[kids.length - 1].type === '}' ? kids[kids.length - 1].startIndex : node.endIndex;
  // Unquoted, the word's own unquoted text is split into fields like the expansion's value.
  const operand = (from: number, to: number): Piece[] =>
    operandPieces(from, to).map((p) => (mode === 'unquoted' && p.pattern ? { ...p, split: true } : p));
  const operandPieces = (from: number, to: number): Piece[] =>
    childPieces(node, mode === 'unquoted' ? 'unquoted' : 'dquote', ctx, from, to);
  if (VALUE_OPS.has(op)) {
    const word = operand(opNode.endIndex, close);
    const colon = op.startsWith(':');
    const value = looked.value;
    const empty = !isUnknown(value) && value === '';
    if (looked.set === undefined || (colon && isUnknown(value) && looked.set)) {
      const names = isUnknown(value) ? value.unknown : [`$${name}`];
      return [unknownPiece(raw, node, mode, names)];
    }
    const useWord = op.endsWith('+') ? looked.set && !(colon && empty) : !looked.set || (colon && empty);
    if (op.endsWith('+')) return useWord ? word : [];
    if (!useWord) return [valuePiece(value, raw, node, mode)];
    if (op.endsWith('=')) ctx.env.assign(name, joinPieces(word));
    if (op.endsWith('?')) return [unknownPiece(raw, node, mode)];
    return word;
  }
  // Pattern operators: `#`, `##`, `%`, `%%`, `/`, `//`.
  const value = looked.value;
  const rest = kids.slice(kids.indexOf(opNode) + 1).filter((k) => k.type !== '}');
  const slash = rest.find((k) => k.type === '/');
  const patternPieces = operand(opNode.endIndex, slash ? slash.startIndex : close);
  const replacement = slash ? operand(slash.endIndex, close) : [];
  const pattern = joinPieces(patternPieces);
  const with_ = joinPieces(replacement);
  if (isUnknown(value) || isUnknown(pattern) || isUnknown(with_)) {
    return [unknownPiece(raw, node, mode, isUnknown(value) ? value.unknown : [raw])];
  }
  const result = applyPattern(value, op, pattern, with_);
  return [result === undefined ? unknownPiece(raw, node, mode) : valuePiece(result, raw, node, mode)];
}

function joinPieces(pieces: Piece[]): ShellValue {
  const unknown = pieces.flatMap((p) => p.unknown ?? []);
  return unknown.length > 0 ? { unknown } : pieces.map((p) => p.text).join('');
}

/** `${X#p}`, `${X%p}`, `${X/p/r}` for glob patterns made of `*`, `?` and literal text. */
function applyPattern(value: string, op: string, pattern: string, replacement: string): string | undefined {
  if (/[[\]\\]/.test(pattern)) return undefined;
  const body = (greedy: boolean) =>
    pattern
      .split('')
      .map((c) => (c === '*' ? (greedy ? '.*' : '.*?') : c === '?' ? '.' : c.replace(/[.+^${}()|]/g, '\\$&')))
      .join('');
  switch (op) {
    case '#':
    case '##':
      return value.replace(new RegExp(`^${body(op === '##')}`, 's'), '');
    case '%':
    case '%%': {
      // Shortest suffix first: try each start from the end.
      const re = new RegExp(`^(?:${body(true)})$`, 's');
      const starts = [...Array(value.length + 1).keys()];
      for (const i of op === '%' ? starts.reverse() : starts)
        if (re.test(value.slice(i))) return value.slice(0, i);
      return value;
    }
    case '/':
    case '//': {
      if (pattern === '') return value;
      const re = new RegExp(body(true), op === '//' ? 'gs' : 's');
      return value.replace(re, () => replacement);
    }
    default:
      return undefined;
  }
}

function decodeAnsiC(text: string): string {
  const escapes: Record<string, string> = {
    n: '\n',
    t: '\t',
    r: '\r',
    a: '\x07',
    b: '\b',
    e: '\x1b',
    f: '\f',
    v: '\v',
    '\\': '\\',
    "'": "'",
    '"': '"',
  };
  return text.replace(/\\(x[0-9a-fA-F]{1,2}|[0-7]{1,3}|.)/gs, (m, e: string) => {
    if (e[0] === 'x' && e.length > 1) return String.fromCharCode(parseInt(e.slice(1), 16));
    if (/^[0-7]+$/.test(e)) return String.fromCharCode(parseInt(e, 8));
    return escapes[e] ?? m;
  });
}

function stripLeadingTabs(pieces: Piece[]): Piece[] {
  let atLineStart = true;
  return pieces.map((p) => {
    if (p.unknown) {
      atLineStart = false;
      return p;
    }
    let text = '';
    let skipped = false;
    for (const c of p.text) {
      if (atLineStart && c === '\t') {
        skipped = true;
        continue;
      }
      text += c;
      atLineStart = c === '\n';
    }
    return { ...p, text, verbatim: p.verbatim && !skipped };
  });
}

/* ------------------------------------------------------------------ fields */

const BLANKS = /[ \t\n]+/;

function toFields(pieces: Piece[], node: ShellNode, ctx: WordContext): Word[] {
  const fields: Piece[][] = [];
  let current: Piece[] = [];
  let started = false; // a quoted empty string still makes a field
  const close = () => {
    if (started || current.length > 0) fields.push(current);
    current = [];
    started = false;
  };
  for (const piece of pieces) {
    if (piece.fields) {
      piece.fields.forEach((f, i) => {
        if (i > 0) close();
        current.push(valueAsPiece(f, piece));
        started = true;
      });
      if (piece.fields.length === 0 && current.length === 0) started = false;
      continue;
    }
    if (!piece.split || piece.unknown) {
      if (piece.text !== '' || piece.unknown) current.push(piece);
      else if (!piece.split) started = true;
      continue;
    }
    const chunks = piece.text.split(BLANKS);
    chunks.forEach((chunk, i) => {
      if (i > 0) close();
      if (chunk !== '') current.push({ ...piece, text: chunk });
    });
  }
  close();
  return fields.map((f) => wordOf(f, node.startIndex, node.endIndex, ctx));
}

function valueAsPiece(value: ShellValue, from: Piece): Piece {
  return isUnknown(value)
    ? { ...from, fields: undefined, text: from.text, unknown: value.unknown }
    : { ...from, fields: undefined, text: value, unknown: undefined };
}

function wordOf(pieces: Piece[], start: number, end: number, ctx: WordContext): Word {
  const parts: TextPart[] = [];
  for (const p of pieces) {
    const location = p.at ?? (p.end > p.start ? locate(ctx, p.start, p.end) : undefined);
    appendPart(parts, {
      text: p.text,
      ...(location ? { location } : {}),
      ...(p.verbatim && !p.unknown && location ? { verbatim: true } : {}),
      ...(p.unknown ? { unknown: p.unknown } : {}),
    });
  }
  return {
    value: pieces.map((p) => p.text).join(''),
    literal: pieces.every((p) => !p.unknown),
    glob: pieces.some((p) => p.pattern && /[*?[]/.test(p.text)),
    start,
    end,
    parts,
  };
}

function locate(ctx: WordContext, start: number, end: number): Location {
  return mappedLocation(ctx.index, ctx.source, start, end);
}
