/**
 * Positions for the provisioning readers. Commands are often read from text that is not laid
 * out as in the file (a Dockerfile RUN with its continuations removed, a JSON string with its
 * escapes decoded, a YAML block scalar without its indentation), so each such text carries
 * the file offset of every character.
 */
import type { Location } from '../../types.js';

/** Converts UTF-16 offsets of a file's text into 1-based line and column. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(
    readonly file: string,
    text: string,
  ) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  private position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo] + 1 };
  }

  /** The location of the file offsets [start, end). */
  location(start: number, end: number): Location {
    const from = this.position(start);
    const to = this.position(end);
    return { file: this.file, line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
  }
}

/** Text whose characters each come from a known offset of the file. */
export interface MappedText {
  text: string;
  /** `offsets[i]` is the file offset of `text[i]`. */
  offsets: number[];
}

/** A contiguous slice of the file. */
export function sliceOf(fileText: string, start: number, end: number): MappedText {
  const offsets = new Array<number>(end - start);
  for (let i = 0; i < offsets.length; i++) offsets[i] = start + i;
  return { text: fileText.slice(start, end), offsets };
}

/** Builds a MappedText character by character. */
export class MappedTextBuilder {
  private text = '';
  private readonly offsets: number[] = [];

  push(char: string, offset: number): void {
    this.text += char;
    this.offsets.push(offset);
  }

  build(): MappedText {
    return { text: this.text, offsets: this.offsets };
  }
}

/** The file location of the characters [start, end) of a mapped text (end > start). */
export function mappedLocation(index: LineIndex, mapped: MappedText, start: number, end: number): Location {
  return index.location(mapped.offsets[start], mapped.offsets[end - 1] + 1);
}
