import { fileURLToPath } from 'node:url';
import { discover } from '../../src/engine/discover/index.js';
import type { Location, SourceFile } from '../../src/engine/types.js';

export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** The files of a fixture directory (or of an absolute directory) as the scan discovers them. */
export async function fixtureFiles(dir: string): Promise<SourceFile[]> {
  return (await discover(dir.startsWith('/') ? dir : `${FIXTURES}${dir}`)).files;
}

/** `file:line:column` of a location, for compact assertions. */
export function at(location: Location | undefined): string {
  return location ? `${location.file}:${location.line}:${location.column}` : 'none';
}

/** The location of the `nth` occurrence of `needle` in a file, found independently of the readers. */
export function find(file: SourceFile, needle: string, nth = 0): Location {
  let offset = -1;
  for (let i = 0; i <= nth; i++) {
    offset = file.text.indexOf(needle, offset + 1);
    if (offset === -1) throw new Error(`"${needle}" not found in ${file.path}`);
  }
  const pos = (o: number): [number, number] => {
    const before = file.text.slice(0, o);
    return [before.split('\n').length, o - (before.lastIndexOf('\n') + 1) + 1];
  };
  const [line, column] = pos(offset);
  const [endLine, endColumn] = pos(offset + needle.length);
  return { file: file.path, line, column, endLine, endColumn };
}
