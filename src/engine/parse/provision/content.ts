/**
 * Text that a provisioning command writes into a file (`echo … > f`, a heredoc, `COPY <<EOF`),
 * kept as parts that each remember where they are written in the repository, so that a finding
 * on the written file lands on the line a user can change. A part whose value is unknown (a
 * variable nothing defines) keeps the expression as written and names what it depends on.
 */
import type { Location } from '../../types.js';

export interface TextPart {
  text: string;
  /** Where the text is written in the repository (a heredoc line, an `echo` argument). */
  location?: Location;
  /** The text is the characters at `location` one for one (a literal line), so columns map exactly. */
  verbatim?: boolean;
  /** Set when the value is unknown: the variables or expressions it depends on; `text` is as written. */
  unknown?: string[];
}

/** Everything the parts' unknown values depend on, each named once. */
export function unknownsOf(parts: readonly TextPart[]): string[] {
  return [...new Set(parts.flatMap((p) => p.unknown ?? []))];
}

/** Adjacent known parts from the same place are merged, so a file keeps few parts. */
export function appendPart(parts: TextPart[], part: TextPart): void {
  if (part.text === '' && !part.unknown) return;
  const last = parts[parts.length - 1];
  if (
    last &&
    !last.unknown &&
    !part.unknown &&
    !last.verbatim &&
    !part.verbatim &&
    sameLocation(last.location, part.location)
  ) {
    last.text += part.text;
    return;
  }
  parts.push({ ...part });
}

function sameLocation(a: Location | undefined, b: Location | undefined): boolean {
  return (
    a === b ||
    (a !== undefined &&
      b !== undefined &&
      a.file === b.file &&
      a.line === b.line &&
      a.column === b.column &&
      a.endLine === b.endLine &&
      a.endColumn === b.endColumn)
  );
}
