/**
 * Files whose text a command wrote or edited (`echo … > f`, a heredoc, `sed -i` on a shipped
 * `www.conf`): the text is kept as parts that remember where they are written, and the file's
 * `derived.locate` maps every span back to the repository, so a finding lands on the RUN line,
 * the heredoc line or the edited line of the repository file. Lines a distribution ships and no
 * command touched map nowhere: they are not in the repository.
 */
import type { TextPart } from '../parse/provision/content.js';
import type { Placeholders } from '../templates.js';
import type { Location, SourceFile, Span } from '../types.js';

export interface DerivedOptions {
  /** The file's name in reports when a span maps nowhere (a shipped line): the repository or built-in path. */
  path: string;
  deployedPath: string;
  parts: TextPart[];
  description: string;
  /** Markers for unknown parts; without it they stay as written. */
  placeholders?: Placeholders;
  /** How an unknown part is named, from what it depends on. */
  describeUnknown?: (unknown: string[], shown: string) => string;
}

export function derivedFile(options: DerivedOptions): SourceFile {
  const { parts, placeholders } = options;
  const texts = parts.map((p) =>
    p.unknown && placeholders
      ? placeholders.mark(
          p.text,
          options.describeUnknown?.(p.unknown, p.text) ?? `the value of ${p.unknown.join(', ')}`,
        )
      : p.text,
  );
  const text = texts.join('');
  const starts: number[] = [];
  let at = 0;
  for (const t of texts) {
    starts.push(at);
    at += t.length;
  }
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const offsetOf = (line: number, column: number) => (lineStarts[line - 1] ?? text.length) + column - 1;
  const partAt = (offset: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  return {
    path: options.path,
    absPath: options.deployedPath,
    text,
    hadBom: false,
    crlf: false,
    derived: {
      description: options.description,
      locate(span: Span): Location | undefined {
        if (parts.length === 0) return undefined;
        const start = offsetOf(span.line, span.column);
        const end = Math.max(start, offsetOf(span.endLine, span.endColumn));
        const first = partAt(start);
        const last = partAt(Math.max(start, end - 1));
        const a = parts[first];
        const b = parts[last];
        if (!a.location) return undefined;
        if (first === last && a.verbatim && texts[first] === a.text) {
          return within(a.location, a.text, start - starts[first], end - starts[first]);
        }
        if (b.location && b.location.file === a.location.file && after(b.location, a.location)) {
          // A span across parts starts and ends where it does in each verbatim part, not at the part's edges.
          const exact = (i: number) => parts[i].verbatim && texts[i] === parts[i].text;
          const from = exact(first)
            ? within(a.location, a.text, start - starts[first], start - starts[first])
            : a.location;
          const to = exact(last)
            ? within(b.location, b.text, end - starts[last], end - starts[last])
            : b.location;
          return {
            ...a.location,
            line: from.line,
            column: from.column,
            endLine: to.endLine,
            endColumn: to.endColumn,
          };
        }
        return a.location;
      },
    },
  };
}

function after(b: Location, a: Location): boolean {
  return b.endLine > a.endLine || (b.endLine === a.endLine && b.endColumn >= a.endColumn);
}

/** The location of [from, to) of a part written verbatim at `at`. */
function within(at: Location, text: string, from: number, to: number): Location {
  const pos = (offset: number) => {
    const before = text.slice(0, offset);
    const nl = before.lastIndexOf('\n');
    const lines = before.split('\n').length - 1;
    return lines === 0
      ? { line: at.line, column: at.column + offset }
      : { line: at.line + lines, column: offset - nl };
  };
  const s = pos(from);
  const e = pos(Math.max(from, to));
  return { file: at.file, line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
}

/** A repository or shipped file's text as one part (located at its start, or nowhere when shipped). */
export function partsOfFile(file: SourceFile, fromRepository: boolean): TextPart[] {
  if (!fromRepository) return [{ text: file.text }];
  return [
    {
      text: file.text,
      location: { file: file.path, line: 1, column: 1, endLine: 1, endColumn: 1 },
      verbatim: true,
    },
  ];
}

/** Splits parts into lines (without their `\n`), keeping exact locations for verbatim text. */
export function splitLines(parts: TextPart[]): TextPart[][] {
  const lines: TextPart[][] = [[]];
  for (const part of parts) {
    const pieces = part.text.split('\n');
    let offset = 0;
    pieces.forEach((piece, i) => {
      if (i > 0) lines.push([]);
      if (piece !== '' || part.unknown) {
        const location =
          part.location && part.verbatim
            ? within(part.location, part.text, offset, offset + piece.length)
            : part.location;
        lines[lines.length - 1].push({ ...part, text: piece, ...(location ? { location } : {}) });
      }
      offset += piece.length + 1;
    });
  }
  return lines;
}

/** Lines back into parts, `\n` between them. */
export function joinLines(lines: TextPart[][]): TextPart[] {
  const out: TextPart[] = [];
  lines.forEach((line, i) => {
    if (i > 0) out.push({ text: '\n' });
    out.push(...line);
  });
  return out;
}
