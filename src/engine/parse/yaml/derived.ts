/**
 * A YAML string scalar as a file of its own: the content of a ConfigMap key or a compose
 * `configs.content`, mounted into a container as a config file. Each character of the value
 * keeps the file offset it was written at, so a finding in the mounted file lands on the
 * manifest's line and column, and a fix edits the manifest in place.
 */
import { LineIndex } from '../provision/text.js';
import type { DerivedText, Location, SourceFile, Span } from '../../types.js';
import type { YScalar } from './tree.js';

/**
 * The source file offset of every UTF-16 unit of a string scalar's value. Literal blocks
 * (`|`, the usual style for config files) map exactly, line by line; other styles are aligned
 * character by character, skipping quotes, escapes and folded line breaks.
 */
function scalarOffsets(fileText: string, node: YScalar): { offsets: number[]; literal: boolean } {
  const value = typeof node.value === 'string' ? node.value : '';
  if (node.style === 'literal') {
    const exact = literalOffsets(fileText, node, value);
    if (exact) return { offsets: exact, literal: true };
  }
  return { offsets: alignedOffsets(fileText, node.range[0], node.range[1], value), literal: false };
}

function literalOffsets(fileText: string, node: YScalar, value: string): number[] | undefined {
  const headerEnd = fileText.indexOf('\n', node.range[0]);
  if (headerEnd === -1) return value === '' ? [] : undefined;
  const offsets: number[] = [];
  let lineStart = headerEnd + 1;
  const lines = value.split('\n');
  for (let k = 0; k < lines.length; k++) {
    const valueLine = lines[k];
    const isLast = k === lines.length - 1;
    if (isLast && valueLine === '') break; // the text after the final newline
    let lineEnd = fileText.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = fileText.length;
    const sourceLine = fileText.slice(lineStart, lineEnd).replace(/\r$/, '');
    if (!sourceLine.endsWith(valueLine)) return undefined;
    const indent = sourceLine.length - valueLine.length;
    for (let j = 0; j < valueLine.length; j++) offsets.push(lineStart + indent + j);
    if (!isLast) offsets.push(lineStart + sourceLine.length); // the newline ends the source line too
    lineStart = lineEnd + 1;
  }
  return offsets.length === value.length ? offsets : undefined;
}

function alignedOffsets(fileText: string, start: number, end: number, value: string): number[] {
  const offsets: number[] = [];
  let j = start;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    let k = j;
    while (k < end && fileText[k] !== ch && !(/\s/.test(ch) && /\s/.test(fileText[k]))) k++;
    if (k >= end) k = Math.min(j, Math.max(end - 1, start));
    offsets.push(k);
    j = k + 1;
  }
  return offsets;
}

/**
 * A source file whose text is a scalar's value. `path` names the value inside the manifest
 * (`k8s/nginx.yaml#ConfigMap/nginx-conf/default.conf`): it is not a file on disk, and every
 * location made through `locationIn` is on the manifest itself.
 */
export function derivedFile(
  manifest: SourceFile,
  index: LineIndex,
  node: YScalar,
  fragment: string,
  description: string,
): SourceFile {
  const text = typeof node.value === 'string' ? node.value : '';
  const { offsets, literal } = scalarOffsets(manifest.text, node);
  const derivedIndex = new DerivedLines(text);
  const fallback = node.range[0];
  const sourceOffset = (at: number): number =>
    offsets.length === 0 ? fallback : offsets[Math.min(Math.max(at, 0), offsets.length - 1)];
  const derived: DerivedText = {
    description,
    locate(span: Span): Location {
      const start = derivedIndex.offset(span.line, span.column);
      const end = derivedIndex.offset(span.endLine, span.endColumn);
      const from = sourceOffset(start);
      const to = end > start ? sourceOffset(end - 1) + 1 : from;
      return index.location(from, Math.max(to, from));
    },
    ...(literal ? { literalIn: manifest } : {}),
  };
  return {
    path: `${manifest.path}#${fragment}`,
    absPath: manifest.absPath,
    text,
    hadBom: false,
    crlf: text.includes('\r\n'),
    derived,
  };
}

/** 1-based line and column of the derived text → offset. */
class DerivedLines {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  offset(line: number, column: number): number {
    const start = this.starts[Math.min(Math.max(line, 1), this.starts.length) - 1];
    return start + column - 1;
  }
}
