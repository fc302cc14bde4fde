/**
 * The sed reader against GNU sed itself: every script is run by the real `sed` on the same text
 * and both outputs must be equal, byte for byte.
 */
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { applySed, parseSed } from '../../src/engine/parse/provision/sed.js';

const WWW_CONF = [
  '[www]',
  'user = www-data',
  'group = www-data',
  'listen = /run/php/php8.2-fpm.sock',
  'listen.owner = www-data',
  'listen.group = www-data',
  ';listen.mode = 0660',
  ';listen.acl_users =',
  'pm = dynamic',
  'pm.max_children = 5',
  '',
].join('\n');

/** What GNU sed prints for the text; `extended` is -E. */
function realSed(text: string, expressions: string[], extended: boolean): string {
  const args = [...(extended ? ['-E'] : []), ...expressions.flatMap((e) => ['-e', e])];
  return execFileSync('sed', args, { input: text, encoding: 'utf8' });
}

function ours(text: string, expressions: string[], extended: boolean): string {
  const script = parseSed(
    expressions.map((e) => ({ text: e })),
    extended,
  );
  if ('unsupported' in script) throw new Error(script.unsupported);
  const lines = text.split('\n');
  const trailing = lines[lines.length - 1] === '';
  if (trailing) lines.pop();
  const out = applySed(
    script,
    lines.map((l) => ({ text: l, origin: l })),
  );
  return out.map((l) => l.text).join('\n') + (trailing ? '\n' : '');
}

describe('sed scripts, against GNU sed', () => {
  it.each<[string, string[], boolean]>([
    ['the php image socket mode', ['s/;listen.mode = 0660/listen.mode = 0666/'], false],
    ['a listen line with | as delimiter', ['s|^listen = .*|listen = /run/php/app.sock|'], false],
    ['escaped slashes', ['s/^listen = .*/listen = \\/run\\/php\\/app.sock/'], false],
    ['# delimiter, global and ignore case', ['s#WWW-DATA#nginx#gI'], false],
    ['the second match only', ['s/=/:/2'], false],
    ['& and groups (BRE)', ['s/^\\(listen\\.[a-z]*\\) = \\(.*\\)/\\1 = "\\2" # was &/'], false],
    [
      'groups, alternation and classes (ERE)',
      ['s/^(user|group)[[:space:]]*=[[:space:]]*(.*)$/\\1 = nginx/'],
      true,
    ],
    ['BRE interval and one-or-more', ['s/[0-9]\\{4\\}/0640/', 's/w\\+-data/nobody/'], false],
    ['ERE interval', ['s/[0-9]{4}$/0600/'], true],
    ['delete by regex', ['/^;listen/d'], false],
    ['delete a line range by number', ['2,4d'], false],
    ['delete a range between regexes', ['/^listen.owner/,/^;listen.mode/d'], false],
    ['delete the last line', ['$d'], false],
    ['negated address', ['/^listen/!d'], false],
    ['substitute on one line only', ['/^listen.group/s/www-data/nginx/'], false],
    [
      'append and insert (GNU one-line)',
      ['/^listen = /a listen.owner = nginx', '/^\\[www\\]/i ; pool'],
      false,
    ],
    [
      'change a line',
      ['/^listen.mode/c listen.mode = 0660', '/^;listen.mode/c\\', 'listen.mode = 0600'],
      false,
    ],
    ['two commands in one expression', ['s/^user = .*/user = app/; s/^group = .*/group = app/'], false],
    ['an escaped delimiter that is a regex character', ['s|a\\|b|X|', 's.a\\.b.Y.'], false],
    ['an anchored star', ['s/^*x/y/'], false],
  ])('%s', (_name, expressions, extended) => {
    const text = WWW_CONF + 'a|b a.b axb\n*x\n';
    expect(ours(text, expressions, extended)).toBe(realSed(text, expressions, extended));
  });

  it('reports what it does not read instead of guessing', () => {
    for (const script of [
      'y/abc/xyz/',
      'h;G',
      'n;d',
      '1~2d',
      '/x/{s/a/b/}',
      's/a/b/w /tmp/out',
      's/[[.space.]]/x/',
    ]) {
      expect(parseSed([{ text: script }], false)).toEqual({ unsupported: expect.any(String) });
    }
  });

  it('agrees with GNU sed on generated substitutions', () => {
    const atom = fc.constantFrom(
      'listen',
      'www-data',
      '0660',
      '=',
      ' ',
      '.',
      'a',
      '[0-9]',
      '.*',
      '^',
      '$',
      'x*',
      '\\/',
    );
    const pattern = fc.array(atom, { minLength: 1, maxLength: 4 }).map((a) => a.join(''));
    const replacement = fc
      .array(fc.constantFrom('X', '&', '\\/', 'nginx', ' ', '0666'), { maxLength: 3 })
      .map((a) => a.join(''));
    const flags = fc.constantFrom('', 'g', '2', 'gI');
    fc.assert(
      fc.property(pattern, replacement, flags, (p, r, f) => {
        const expression = `s/${p}/${r}/${f}`;
        expect(ours(WWW_CONF, [expression], false)).toBe(realSed(WWW_CONF, [expression], false));
      }),
      { numRuns: 150, seed: 20261203 },
    );
  });
});
