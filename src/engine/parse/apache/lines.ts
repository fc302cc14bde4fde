/**
 * httpd's logical lines (`ap_cfg_getline()` and `cfg_trim_line()`, server/util.c): a line whose
 * last character before LF (or CRLF) is `\` continues on the next line, the `\` and the line break
 * removed and nothing put in their place; then leading and trailing blanks (C `isspace`) go. A
 * comment is a logical line that starts with `#`, so a comment ending in `\` swallows the next
 * line, as httpd reads it. httpd numbers a continued line by its last physical line.
 */

/**
 * One logical line: `source[start, end)`. A line without continuation is a range of the file's own
 * text (nothing is copied); a continued line is its joined text, with where each piece comes from.
 */
export class ApacheLine {
  constructor(
    /** The file's text, or the joined text of a continued line. */
    readonly source: string,
    readonly start: number,
    readonly end: number,
    /**
     * For a continued line: pieces that are contiguous in the file, as [index in `source`, file
     * offset] pairs, sorted; absent when `source` is the file's text.
     */
    private readonly pieces?: readonly number[],
  ) {}

  /** The text httpd reads: continuations joined, blanks trimmed. */
  get text(): string {
    return this.source.slice(this.start, this.end);
  }

  /** File offset of the character at index `i` of `source`. */
  offset(i: number): number {
    const pieces = this.pieces;
    if (pieces === undefined) return i;
    let k = 0;
    // Continued lines have a handful of pieces: a linear scan is enough.
    while (k + 2 < pieces.length && pieces[k + 2] <= i) k += 2;
    return pieces[k + 1] + (i - pieces[k]);
  }

  /** File range `[start, end)` of the range `[from, to)` of `source`. */
  range(from: number, to: number): [number, number] {
    const start = this.offset(from);
    return [start, to > from ? this.offset(to - 1) + 1 : start];
  }
}

const CR = 13;
const BACKSLASH = 92;

/** C `isspace` in the C locale: space, \t, \n, \v, \f, \r. */
export function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/** The non-empty logical lines of a file, in order. */
export function readLines(text: string): ApacheLine[] {
  const lines: ApacheLine[] = [];
  const n = text.length;
  let pos = 0;
  while (pos < n) {
    const lf = text.indexOf('\n', pos);
    const end = lf === -1 ? n : lf;
    if (!continues(text, pos, end, lf)) {
      // Most lines: one piece of the file, trimmed in place.
      let a = pos;
      let b = end;
      while (a < b && isSpace(text.charCodeAt(a))) a++;
      while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
      if (a < b) lines.push(new ApacheLine(text, a, b));
      pos = lf === -1 ? n : lf + 1;
      continue;
    }
    const joined = joinContinued(text, pos);
    pos = joined.next;
    const { logical, raw } = joined;
    let a = 0;
    let b = logical.length;
    while (a < b && isSpace(logical.charCodeAt(a))) a++;
    while (b > a && isSpace(logical.charCodeAt(b - 1))) b--;
    if (a < b) lines.push(new ApacheLine(logical, a, b, raw));
  }
  return lines;
}

/** Whether the physical line `[start, end)`, ended by the LF at `lf` (-1: none), ends in `\`. */
function continues(text: string, start: number, end: number, lf: number): boolean {
  if (lf === -1) return false;
  let e = end;
  if (e > start && text.charCodeAt(e - 1) === CR) e--;
  return e > start && text.charCodeAt(e - 1) === BACKSLASH;
}

/** The physical lines from `pos` joined while they end in `\`: the text and its pieces. */
function joinContinued(text: string, pos: number): { logical: string; raw: number[]; next: number } {
  const n = text.length;
  const raw: number[] = [];
  let logical = '';
  for (;;) {
    const lf = text.indexOf('\n', pos);
    const end = lf === -1 ? n : lf;
    const continued = continues(text, pos, end, lf);
    let contentEnd = end;
    if (continued) {
      // Drop the CR of a CRLF, then the backslash.
      if (text.charCodeAt(contentEnd - 1) === CR) contentEnd--;
      contentEnd--;
    }
    raw.push(logical.length, pos);
    logical += text.slice(pos, contentEnd);
    pos = lf === -1 ? n : lf + 1;
    // A continued line at the end of the file ends there.
    if (!continued || pos >= n) return { logical, raw, next: pos };
  }
}
