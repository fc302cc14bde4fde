import type { Span } from '../../types.js';

/** Turns UTF-16 offsets into 1-based lines and columns; lines end at LF only, as nginx counts them. */
export class LineIndex {
  private starts: Int32Array | undefined;
  /** The line of the last lookup. */
  private hint = 0;

  constructor(private readonly text: string) {}

  /** The span of `text[start, end)`. */
  span(start: number, end: number): Span {
    const starts = (this.starts ??= lineStarts(this.text));
    const line = this.lineOf(starts, start);
    const sameLine = line + 1 >= starts.length || end < starts[line + 1];
    const endLine = sameLine ? line : this.lineOf(starts, end);
    return {
      line: line + 1,
      column: start - starts[line] + 1,
      endLine: endLine + 1,
      endColumn: end - starts[endLine] + 1,
    };
  }

  /** Index of the line holding `offset`; spans are mostly asked for in reading order, so try the last line first. */
  private lineOf(starts: Int32Array, offset: number): number {
    const hint = this.hint;
    if (starts[hint] <= offset && (hint + 1 >= starts.length || offset < starts[hint + 1])) return hint;
    if (hint + 2 < starts.length && starts[hint + 1] <= offset && offset < starts[hint + 2])
      return (this.hint = hint + 1);
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return (this.hint = low);
  }
}

function lineStarts(text: string): Int32Array {
  // Small first: a repository holds thousands of short files, and a typed array costs to allocate.
  let starts = new Int32Array(Math.max(16, text.length >> 5));
  let count = 1;
  for (let lf = text.indexOf('\n'); lf !== -1; lf = text.indexOf('\n', lf + 1)) {
    if (count === starts.length) {
      const grown = new Int32Array(count * 2);
      grown.set(starts);
      starts = grown;
    }
    starts[count++] = lf + 1;
  }
  return starts.subarray(0, count);
}
