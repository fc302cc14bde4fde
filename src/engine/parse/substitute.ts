/**
 * Text with references replaced by their values, keeping where each character came from: the
 * Apache reader substitutes `${NAME}` in a line, the Caddyfile reader `{$NAME}` in a whole file,
 * and both then split the result into words whose positions must point at the text as written.
 */

/** A reference in the text, `[start, end)`, and its value (undefined: the reference stays as written). */
export interface Reference {
  start: number;
  end: number;
  value: string | undefined;
}

export interface Substituted {
  text: string;
  /** Range in the original text of the range `[from, to)` of `text`; a value maps to its whole reference. */
  sourceRange(from: number, to: number): [number, number];
}

/** A span of the substituted text and the part of the original it stands for. */
interface Piece {
  from: number;
  sourceFrom: number;
  sourceTo: number;
  literal: boolean;
}

/** `text[from, to)` with each reference (sorted, not overlapping, inside the range) replaced by its value. */
export function substitute(text: string, refs: Reference[], from = 0, to = text.length): Substituted {
  const pieces: Piece[] = [];
  const parts: string[] = [];
  let length = 0;
  let literalFrom = from;
  const add = (value: string, sourceFrom: number, sourceTo: number, literal: boolean) => {
    pieces.push({ from: length, sourceFrom, sourceTo, literal });
    parts.push(value);
    length += value.length;
  };
  for (const ref of refs) {
    if (ref.value === undefined) continue;
    if (ref.start > literalFrom) add(text.slice(literalFrom, ref.start), literalFrom, ref.start, true);
    add(ref.value, ref.start, ref.end, false);
    literalFrom = ref.end;
  }
  if (to > literalFrom) add(text.slice(literalFrom, to), literalFrom, to, true);
  return {
    text: parts.join(''),
    sourceRange(a: number, b: number): [number, number] {
      if (pieces.length === 0) return [from, from];
      const first = pieceAt(pieces, a);
      const start = first.literal ? first.sourceFrom + (a - first.from) : first.sourceFrom;
      if (b <= a) return [start, start];
      const last = pieceAt(pieces, b - 1);
      const end = last.literal ? last.sourceFrom + (b - last.from) : last.sourceTo;
      return [start, end];
    },
  };
}

/** The last piece that starts at or before `i` (an empty value's piece gives way to the next one). */
function pieceAt(pieces: Piece[], i: number): Piece {
  let low = 0;
  let high = pieces.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    if (pieces[mid].from <= i) low = mid;
    else high = mid - 1;
  }
  return pieces[low];
}
