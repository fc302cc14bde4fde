import type { Span } from '../../types.js';

/** Turns UTF-16 offsets into 1-based lines and columns; lines end at LF only, as nginx counts them. */
export class LineIndex {
  private starts: Int32Array | undefined;

  constructor(private readonly text: string) {}

  /** The span of `text[start, end)`. */
  span(start: number, end: number): Span {
    const starts = (this.starts ??= lineStarts(this.text));
    const line = this.lineOf(starts, start);
    const endLine = end === start ? line : this.lineOf(starts, end);
    return {
      line: line + 1,
      column: start - starts[line] + 1,
      endLine: endLine + 1,
      endColumn: end - starts[endLine] + 1,
    };
  }

  /** Index of the line holding `offset`: the last line start at or before it. */
  private lineOf(starts: Int32Array, offset: number): number {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }
}

function lineStarts(text: string): Int32Array {
  let count = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) count++;
  const starts = new Int32Array(count);
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts[line++] = i + 1;
  return starts;
}
