/**
 * Differential test against the npm package `nginx-conf`, used only as an oracle for the directive
 * tree: names, argument text and nesting. nginx-conf keeps no positions and keeps each directive's
 * arguments as one string, so arguments are compared as their raw text joined by single spaces.
 *
 * Known intended differences, where this reader follows nginx (`ngx_conf_read_token`, verified
 * with nginx 1.22 `nginx -t`) and nginx-conf does not; each is tested at the end of this file:
 * - `}` inside a bare token is literal (`set $a b};` is accepted by nginx); nginx-conf closes the block.
 * - A closing quote followed by anything but whitespace, `;`, `{` or `)` is an error in nginx
 *   (`"unix:/a.sock"x` → unexpected "x"); nginx-conf accepts it as one argument.
 * - `*_by_lua_block { … }` holds Lua code: this reader skips it (braces counted outside Lua strings,
 *   comments and long brackets) and gives it an empty block; nginx-conf keeps the code as the value.
 * - After a closing quote, `)` starts a new word (`if ($a = "b")` ends with the words `b` and `)`);
 *   nginx-conf keeps one string, so touching words are joined without a space here.
 * `#` inside a token, comments between arguments and `${var}` are read alike by both.
 *
 * nginx-conf also misses a comment whose `#` follows indentation and is directly followed by a
 * non-space (`\t##`, `    #location ~ \.php$ {` in Debian's and the Docker image's stock files):
 * it reads it as a directive. For the fixtures, the oracle gets a space after such a `#`.
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync, readdirSync } from 'node:fs';
import { NginxParser, type NginxParseTreeNode } from 'nginx-conf/dist/src/parser.js';
import { parseNginx, type NginxArg, type NginxDirective } from '../../src/engine/parse/nginx/parser.js';

type Shape = [name: string, args: string, children?: Shape[]];

const FIXTURES = new URL('../fixtures/nginx/', import.meta.url);

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
const unquote = (s: string) => (/^(["']).*\1$/s.test(s) ? s.slice(1, -1) : s);

/** The arguments' raw text, with a space between them unless they touch (`"a")` is two words in nginx). */
function joinArgs(args: NginxArg[]): string {
  return args
    .map((a, i) => {
      const previous = args[i - 1]?.span;
      const touches = previous && previous.endLine === a.span.line && previous.endColumn === a.span.column;
      return i > 0 && !touches ? ` ${a.raw}` : a.raw;
    })
    .join('');
}

function ours(directives: NginxDirective[]): Shape[] {
  return directives.map((d) => {
    const args = collapse(joinArgs(d.args));
    return d.block ? [d.name, args, ours(d.block)] : [d.name, args];
  });
}

function theirs(node: NginxParseTreeNode): Shape[] {
  return (node.children ?? []).map((c) => {
    const name = unquote(c.name);
    return c.isBlock ? [name, collapse(c.value), theirs(c)] : [name, collapse(c.value)];
  });
}

/** Makes nginx-conf see the comments nginx sees (the fixtures have no ` #` inside quotes). */
const spaceAfterCommentHash = (text: string) => text.replace(/(^|[ \t])#(?=\S)/gm, '$1# ');

function oracle(text: string): Shape[] {
  let tree: NginxParseTreeNode | undefined;
  new NginxParser().parse(text, (error, result) => {
    if (error) throw error;
    tree = result;
  });
  return theirs(tree!);
}

describe('agrees with nginx-conf on realistic configs', () => {
  const files = readdirSync(FIXTURES).sort();
  it('has fixtures', () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
  });
  for (const name of files) {
    it(name, () => {
      const text = readFileSync(new URL(name, FIXTURES), 'utf8');
      const parsed = parseNginx(text);
      expect(parsed.errors).toEqual([]);
      expect(ours(parsed.directives)).toEqual(oracle(spaceAfterCommentHash(text)));
    });
  }

  it('agrees on CRLF line endings', () => {
    const text = readFileSync(new URL('laravel.conf', FIXTURES), 'utf8').replace(/\n/g, '\r\n');
    expect(ours(parseNginx(text).directives)).toEqual(oracle(spaceAfterCommentHash(text)));
  });

  it('agrees on the token rules both follow', () => {
    const text = [
      'server {',
      '  fastcgi_pass unix:/run/a.sock#x;  # a comment after a token with #',
      '  listen 80 # a comment between arguments',
      '    default_server;',
      '  location / { fastcgi_pass unix:${sock}; }',
      '  add_header X "a \\"quoted\\" b" always;',
      "  return 200 'single; {quoted} #text';",
      '}',
    ].join('\n');
    expect(ours(parseNginx(text).directives)).toEqual(oracle(text));
  });
});

describe('intended differences (this reader follows nginx)', () => {
  it('keeps } inside a bare token, as nginx does', () => {
    const text = 'server { set $a b}; }\n';
    expect(ours(parseNginx(text).directives)).toEqual([['server', '', [['set', '$a b}']]]]);
    expect(oracle(text)).not.toEqual(ours(parseNginx(text).directives));
  });

  it('rejects a quote followed by a non-separator, as nginx does', () => {
    const text = 'return 200 "a"x;\n';
    expect(parseNginx(text).errors.map((e) => e.message)).toEqual(['unexpected "x"']);
    expect(oracle(text)).toEqual([['return', '200 "a"x']]);
  });
});
