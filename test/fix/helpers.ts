/** Copies of the fixture trees in a temporary directory, so that fixes can be written. */
import { cpSync, mkdtempSync, readdirSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const FIXTURES = path.resolve('__fixtures__');

export function fixtureNames(): string[] {
  return readdirSync(FIXTURES)
    .filter((d) => existsSync(path.join(FIXTURES, d, 'fixture.yml')))
    .sort();
}

/** A writable copy of a fixture (symlinks copied as links, never followed). */
export function copyFixture(name: string): { dir: string; cleanup: () => void } {
  const base = mkdtempSync(path.join(tmpdir(), 'socklint-fix-'));
  const dir = path.join(base, name);
  cpSync(path.join(FIXTURES, name), dir, { recursive: true, verbatimSymlinks: true });
  return { dir, cleanup: () => rmSync(base, { recursive: true, force: true }) };
}

/** A listen.* directive, or one commented out: the only lines a pool fix may remove or add. */
export const LISTEN_LINE = /^[ \t]*;*[ \t]*listen\.(owner|group|mode|acl_users|acl_groups)[ \t]*=/i;
