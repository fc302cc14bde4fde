import type { Location, SourceFile } from '../../src/engine/types.js';

export function source(path: string, text: string): SourceFile {
  return { path, absPath: `/repo/${path}`, text, hadBom: false, crlf: text.includes('\r\n') };
}

/** The location of the `nth` occurrence of `needle` in `text`, computed independently of the readers. */
export function span(file: SourceFile, needle: string, nth = 0): Location {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = file.text.indexOf(needle, at + 1);
    if (at === -1) throw new Error(`"${needle}" not found`);
  }
  const pos = (offset: number): [number, number] => {
    const before = file.text.slice(0, offset);
    const line = before.split('\n').length;
    return [line, offset - (before.lastIndexOf('\n') + 1) + 1];
  };
  const [line, column] = pos(at);
  const [endLine, endColumn] = pos(at + needle.length);
  return { file: file.path, line, column, endLine, endColumn };
}

/** Facts without their locations, for tests about values. */
export function withoutLocations<T extends { location: Location }>(facts: T[]): Omit<T, 'location'>[] {
  return facts.map(
    (f) => Object.fromEntries(Object.entries(f).filter(([k]) => k !== 'location')) as Omit<T, 'location'>,
  );
}
