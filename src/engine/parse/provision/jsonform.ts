/** The JSON array form of Dockerfile instructions (`RUN ["sh", "-c", "…"]`), with positions. */
import { type MappedText, MappedTextBuilder } from './text.js';

export interface JsonElement {
  value: string;
  /** Range of the element, quotes included, in the parsed text. */
  start: number;
  end: number;
  /** The decoded value, each character mapped to the file offset it came from. */
  mapped: MappedText;
}

const ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

/** Parses a JSON array of strings; undefined when the text is not one (Docker then uses the shell form). */
export function parseJsonStringArray(source: MappedText): JsonElement[] | undefined {
  const s = source.text;
  let i = skipSpace(s, 0);
  if (s[i] !== '[') return undefined;
  i = skipSpace(s, i + 1);
  const elements: JsonElement[] = [];
  if (s[i] === ']') return skipSpace(s, i + 1) === s.length ? elements : undefined;
  for (;;) {
    if (s[i] !== '"') return undefined;
    const start = i++;
    const builder = new MappedTextBuilder();
    while (i < s.length && s[i] !== '"') {
      if (s[i] !== '\\') {
        builder.push(s[i], source.offsets[i]);
        i++;
        continue;
      }
      const e = s[i + 1];
      if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(s.slice(i + 2, i + 6))) {
        builder.push(String.fromCharCode(parseInt(s.slice(i + 2, i + 6), 16)), source.offsets[i]);
        i += 6;
      } else if (e !== undefined && e in ESCAPES) {
        builder.push(ESCAPES[e], source.offsets[i]);
        i += 2;
      } else return undefined;
    }
    if (i >= s.length) return undefined;
    const mapped = builder.build();
    elements.push({ value: mapped.text, start, end: ++i, mapped });
    i = skipSpace(s, i);
    if (s[i] === ']') return skipSpace(s, i + 1) === s.length ? elements : undefined;
    if (s[i] !== ',') return undefined;
    i = skipSpace(s, i + 1);
  }
}

function skipSpace(s: string, i: number): number {
  while (i < s.length && /\s/.test(s[i])) i++;
  return i;
}
