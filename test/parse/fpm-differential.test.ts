/**
 * Differential test of the FPM line reader against the npm package `ini`, used only as an
 * oracle for the section → key → value map (it keeps no positions).
 *
 * Known, intended differences, where the reader follows php-fpm 8.2 instead (each one is
 * tested below with the value the real php-fpm8.2 produced, seen in `php-fpm8.2 -tt` dumps):
 *  1. `#` starts no comment in FPM: `ini` skips `# …` lines, FPM refuses them; `ini` cuts a
 *     value at an inline `#`, FPM keeps it.
 *  2. Bare keywords: `ini` turns only `true`/`false`/`null` into booleans; FPM turns
 *     `true`/`on`/`yes` into "1" and `false`/`off`/`no`/`none`/`null` into "", in any case.
 *     The oracle's output is normalised for this before comparing.
 *  3. Quotes: `ini` unquotes only a value that is entirely quoted; FPM unquotes each quoted part,
 *     drops the blanks next to double quotes and concatenates (`a "b" c` → `abc`), and drops the
 *     quotes even when a comment follows.
 *  4. Backslashes outside quotes: `ini` treats `\;` as an escaped `;`; FPM has no escapes there.
 *  5. Sections: `ini` nests dotted section names and is case-sensitive; FPM keeps `[p.q]` as
 *     one pool and re-opens pools case-insensitively (the loader's job, not compared here).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import ini from 'ini';
import { parseFpmFile } from '../../src/engine/parse/fpm/lines.js';

type SectionMap = Record<string, Record<string, string>>;
const TOP = '(top)';
const KEYWORDS: Record<string, string> = {
  true: '1',
  on: '1',
  yes: '1',
  false: '',
  off: '',
  no: '',
  none: '',
  null: '',
};

/** The reader's view: entries before any section go under TOP; sections merge by exact name. */
function readerMap(text: string): SectionMap {
  const out: SectionMap = {};
  let section = TOP;
  for (const line of parseFpmFile(text)) {
    if (line.kind === 'invalid') throw new Error(`line ${line.span.line}: ${line.message}`);
    if (line.kind === 'section') out[(section = line.name)] ??= {};
    if (line.kind === 'entry') (out[section] ??= {})[line.key] = line.value;
  }
  return out;
}

/** The oracle's view, normalised for difference 2. */
function oracleMap(text: string): SectionMap {
  const out: SectionMap = {};
  const convert = (v: unknown): string => {
    if (v === true) return '1';
    if (v === false || v === null) return '';
    const s = String(v);
    return KEYWORDS[s.toLowerCase()] ?? s;
  };
  for (const [k, v] of Object.entries(ini.parse(text))) {
    if (v !== null && typeof v === 'object') {
      out[k] = Object.fromEntries(
        Object.entries(v as Record<string, unknown>).map(([kk, vv]) => [kk, convert(vv)]),
      );
    } else {
      (out[TOP] ??= {})[k] = convert(v);
    }
  }
  return out;
}

const FIXTURES = new URL('../fixtures/fpm/', import.meta.url);
const files = ['pools', 'debian', 'docker-pre2026', 'docker-2026'].flatMap((dir) =>
  readdirSync(new URL(`${dir}/`, FIXTURES))
    .filter((f) => f.endsWith('.conf'))
    .map((f) => `${dir}/${f}`),
);

describe('agreement with the ini package on realistic pool files', () => {
  it('has fixtures', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  it.each(files)('%s', (file) => {
    const text = readFileSync(new URL(file, FIXTURES), 'utf8');
    const mine = readerMap(text);
    expect(Object.keys(mine).length).toBeGreaterThan(0);
    expect(mine).toEqual(oracleMap(text));
  });
});

describe('intended differences, checked against php-fpm 8.2', () => {
  /** What the reader gives for `k = <text>` in a pool, what ini gives, what php-fpm8.2 used. */
  const cases: [string, string, unknown, string][] = [
    ['inline #', 'www-data # hash', 'www-data', 'www-data # hash'],
    ['yes', 'yes', 'yes', '1'],
    ['On', 'On', 'On', '1'],
    ['TRUE', 'TRUE', 'TRUE', '1'],
    ['none', 'none', 'none', ''],
    ['quoted then comment', '"a b" ; c', '"a b"', 'a b'],
    ['quote concatenation', 'a "b" c', 'a "b" c', 'abc'],
    ['single quotes and blanks', "'a' b", "'a' b", 'a b'],
    ['backslash before ;', 'a\\;b', 'a;b', 'a\\'],
    ['double-quoted escapes', '"x\\"y"', 'x"y', 'x"y'],
  ];

  it.each(cases)('%s', (_name, text, fromIni, fromFpm) => {
    const line = `[www]\nk = ${text}\n`;
    expect((ini.parse(line).www as Record<string, unknown>).k).toBe(fromIni);
    expect(readerMap(line).www.k).toBe(fromFpm);
  });

  it('# lines: ini skips them, FPM refuses them', () => {
    expect(ini.parse('[www]\n# text\nk = v\n')).toEqual({ www: { k: 'v' } });
    expect(parseFpmFile('# text')[0]).toMatchObject({
      kind: 'invalid',
      message: 'value is NULL for a ZEND_INI_PARSER_ENTRY',
    });
  });

  it('dotted sections: ini nests them, FPM has a pool named p.q', () => {
    expect(ini.parse('[p.q]\nk = v\n')).toEqual({ p: { q: { k: 'v' } } });
    expect(readerMap('[p.q]\nk = v\n')).toEqual({ 'p.q': { k: 'v' } });
  });
});
