import { describe, expect, it } from '@jest/globals';
import {
  parseNginx,
  type NginxArg,
  type NginxComment,
  type NginxDirective,
} from '../../src/engine/parse/nginx/parser.js';

const span = (line: number, column: number, endLine: number, endColumn: number) => ({
  line,
  column,
  endLine,
  endColumn,
});

const plain = (comments: NginxComment[]) => comments.map((c) => ({ text: c.text, span: c.span }));
/** An argument's fields as a caller reads them (arguments are built when read). */
const plainArg = (a: NginxArg) => ({ value: a.value, raw: a.raw, quote: a.quote, span: a.span });

/** Names, argument values and nesting, without positions. */
function shape(directives: NginxDirective[]): unknown[] {
  return directives.map((d) =>
    d.block
      ? [d.name, ...d.args.map((a) => a.value), shape(d.block)]
      : [d.name, ...d.args.map((a) => a.value)],
  );
}

describe('directive tree and spans', () => {
  const text = [
    'user www-data;',
    'http {',
    '    server {  # main site',
    '        location ~ \\.php$ {',
    '            fastcgi_pass "unix:/run/php/php8.2-fpm.sock";',
    '        }',
    '    }',
    '}',
    '',
  ].join('\n');
  const file = parseNginx(text);

  it('builds the tree', () => {
    expect(file.errors).toEqual([]);
    expect(shape(file.directives)).toEqual([
      ['user', 'www-data'],
      [
        'http',
        [['server', [['location', '~', '\\.php$', [['fastcgi_pass', 'unix:/run/php/php8.2-fpm.sock']]]]]],
      ],
    ]);
  });

  it('gives exact spans of names, arguments, directives and blocks', () => {
    const [user, http] = file.directives;
    expect(user).toMatchObject({
      name: 'user',
      nameSpan: span(1, 1, 1, 5),
      args: [{ value: 'www-data', raw: 'www-data', quote: null, span: span(1, 6, 1, 14) }],
      span: span(1, 1, 1, 15),
    });
    expect(http.span).toEqual(span(2, 1, 8, 2));
    expect(http.blockSpan).toEqual(span(2, 6, 8, 2));
    const server = http.block![0];
    expect(server.nameSpan).toEqual(span(3, 5, 3, 11));
    expect(server.blockSpan).toEqual(span(3, 12, 7, 6));
    const location = server.block![0];
    expect(location.args.map((a) => a.span)).toEqual([span(4, 18, 4, 19), span(4, 20, 4, 26)]);
    const pass = location.block![0];
    expect(pass.span).toEqual(span(5, 13, 5, 58));
    expect(plainArg(pass.args[0])).toEqual({
      value: 'unix:/run/php/php8.2-fpm.sock',
      raw: '"unix:/run/php/php8.2-fpm.sock"',
      quote: '"',
      span: span(5, 26, 5, 57),
    });
    // Serialized as before, when they were plain objects.
    expect(JSON.parse(JSON.stringify(pass.args[0]))).toEqual(plainArg(pass.args[0]));
  });

  it('records comments with their spans', () => {
    expect(plain(file.comments)).toEqual([{ text: ' main site', span: span(3, 15, 3, 26) }]);
  });
});

describe('line endings, tabs and unicode', () => {
  it('reads CRLF files with the same lines and columns', () => {
    const file = parseNginx('events {\r\n\tworker_connections 768;\r\n}\r\n# done\r\n');
    expect(file.errors).toEqual([]);
    const [events] = file.directives;
    expect(events.span).toEqual(span(1, 1, 3, 2));
    expect(events.block![0].span).toEqual(span(2, 2, 2, 25));
    expect(events.block![0].args[0].span).toEqual(span(2, 21, 2, 24));
    expect(plain(file.comments)).toEqual([{ text: ' done', span: span(4, 1, 4, 7) }]);
  });

  it('counts a tab as one column', () => {
    const file = parseNginx('\t\tlisten\t80;');
    expect(file.directives[0].nameSpan).toEqual(span(1, 3, 1, 9));
    expect(file.directives[0].args[0].span).toEqual(span(1, 10, 1, 12));
  });

  it('counts columns in UTF-16 code units', () => {
    const file = parseNginx('add_header X-Ünïcode "😀 ok" ;');
    expect(file.directives[0].args.map((a) => [a.value, a.span])).toEqual([
      ['X-Ünïcode', span(1, 12, 1, 21)],
      ['😀 ok', span(1, 22, 1, 29)],
    ]);
    expect(file.directives[0].span).toEqual(span(1, 1, 1, 31));
  });

  it('keeps a quoted argument that spans lines', () => {
    const file = parseNginx('return 200 "a\nb";\nx;');
    expect(file.directives[0].args[1]).toMatchObject({ value: 'a\nb', span: span(1, 12, 2, 3) });
    expect(file.directives[1].nameSpan).toEqual(span(3, 1, 3, 2));
  });
});

describe('nginx token rules', () => {
  it('keeps # inside a token and comments after a separator', () => {
    const file = parseNginx('fastcgi_pass unix:/run/a.sock#x;# c\nlisten 80 # port\n;');
    expect(shape(file.directives)).toEqual([
      ['fastcgi_pass', 'unix:/run/a.sock#x'],
      ['listen', '80'],
    ]);
    expect(file.comments.map((c) => c.text)).toEqual([' c', ' port']);
  });

  it('keeps ${var} in one argument', () => {
    const file = parseNginx('location / { fastcgi_pass unix:${sock}; }');
    expect(shape(file.directives)).toEqual([['location', '/', [['fastcgi_pass', 'unix:${sock}']]]]);
  });

  it('accepts a name-less block only as an error', () => {
    const file = parseNginx('{ a; }\nb;');
    expect(file.errors).toEqual([{ message: 'unexpected "{"', span: span(1, 1, 1, 2) }]);
    expect(shape(file.directives)).toEqual([['b']]);
  });
});

describe('errors', () => {
  it('reports a quote followed by a non-separator and reads on', () => {
    const file = parseNginx('fastcgi_pass "unix:/run/a.sock"x;\nlisten 80;');
    expect(file.errors).toEqual([{ message: 'unexpected "x"', span: span(1, 32, 1, 33) }]);
    expect(shape(file.directives)).toEqual([
      ['fastcgi_pass', 'unix:/run/a.sock', 'x'],
      ['listen', '80'],
    ]);
  });

  it('reports an unterminated quote once, at the quote', () => {
    const file = parseNginx('http {\n  fastcgi_pass "unix:/x;\n}\n');
    expect(file.errors).toEqual([
      { message: 'unexpected end of file, expecting ";" or "}"', span: span(2, 16, 2, 17) },
    ]);
  });

  it('reports an unclosed block once, at its brace', () => {
    const file = parseNginx('http {\n  server {\n  }\n');
    expect(file.errors).toEqual([
      { message: 'unexpected end of file, expecting "}"', span: span(1, 6, 1, 7) },
    ]);
    expect(file.directives[0].blockSpan).toEqual(span(1, 6, 4, 1));
    expect(shape(file.directives)).toEqual([['http', [['server', []]]]]);
  });

  it('reports a directive without ; at the end of the file', () => {
    const file = parseNginx('a;\ninclude x.conf');
    expect(file.errors).toEqual([
      { message: 'unexpected end of file, expecting ";" or "}"', span: span(2, 1, 2, 15) },
    ]);
    expect(shape(file.directives)).toEqual([['a']]);
  });

  it('reports an extra } and keeps going', () => {
    const file = parseNginx('a;\n}\nb;\n}');
    expect(file.errors).toEqual([
      { message: 'unexpected "}"', span: span(2, 1, 2, 2) },
      { message: 'unexpected "}"', span: span(4, 1, 4, 2) },
    ]);
    expect(shape(file.directives)).toEqual([['a'], ['b']]);
  });

  it('reports a } that interrupts a directive, once even right after a quote', () => {
    expect(parseNginx('server { listen 80 }').errors).toEqual([
      { message: 'unexpected "}"', span: span(1, 20, 1, 21) },
    ]);
    const file = parseNginx('location / { return 200 "a"}');
    expect(file.errors).toEqual([{ message: 'unexpected "}"', span: span(1, 28, 1, 29) }]);
    expect(shape(file.directives)).toEqual([['location', '/', [['return', '200', 'a']]]]);
  });

  it('reports a stray ; and every error of the file', () => {
    const file = parseNginx(';\na "b"c;\n{\n}\n}');
    expect(file.errors.map((e) => [e.message, e.span.line])).toEqual([
      ['unexpected ";"', 1],
      ['unexpected "c"', 2],
      ['unexpected "{"', 3],
      ['unexpected "}"', 5],
    ]);
  });

  it('terminates on pathological input', () => {
    const inputs = [
      '{'.repeat(1000),
      '}'.repeat(1000),
      '"',
      "'",
      '\\',
      'a \\',
      '${',
      '#',
      ';{}"\'#\\$'.repeat(200),
    ];
    for (const input of inputs) expect(() => parseNginx(input)).not.toThrow();
    expect(parseNginx('{'.repeat(3)).errors.map((e) => e.message)).toEqual([
      'unexpected "{"',
      'unexpected "{"',
      'unexpected "{"',
      'unexpected end of file, expecting "}"',
    ]);
  });
});

describe('throughput', () => {
  it('parses a 4 MB file', () => {
    const block =
      'server {\n  listen 80; # c\n  location ~ \\.php$ { fastcgi_pass "unix:/run/php/x.sock"; set $a ${b}c; }\n}\n';
    const text = block.repeat(Math.ceil((4 * 1024 * 1024) / block.length));
    const file = parseNginx(text);
    expect(file.errors).toEqual([]);
    expect(file.directives.length).toBe(Math.ceil((4 * 1024 * 1024) / block.length));
  });
});

describe('*_by_lua_block', () => {
  it('skips the Lua code, counting braces outside Lua strings, comments and long brackets', () => {
    const text = [
      'location / {',
      '  content_by_lua_block {',
      '    local t = { a = "}", b = \'{\' } -- a } in a comment',
      '    --[[ a long',
      '    } comment ]] local s = [==[ } ]==]',
      '    if t then ngx.say("hi") end',
      '  }',
      '  fastcgi_pass unix:/run/a.sock;',
      '}',
    ].join('\n');
    const file = parseNginx(text);
    expect(file.errors).toEqual([]);
    expect(shape(file.directives)).toEqual([
      [
        'location',
        '/',
        [
          ['content_by_lua_block', []],
          ['fastcgi_pass', 'unix:/run/a.sock'],
        ],
      ],
    ]);
    expect(file.directives[0].block![0].blockSpan).toEqual(span(2, 24, 7, 4));
  });

  it('reads a quoted or escaped block name as nginx finds its handler: by the unquoted value', () => {
    const text = [
      'location / {',
      '  "rewrite_by_lua_block" {',
      '    local s = "{" if x then y() end',
      '  }',
      "  'access_by_lua_block' { ngx.exit(403) }",
      '  fastcgi_pass unix:/run/a.sock;',
      '}',
    ].join('\n');
    const file = parseNginx(text);
    expect(file.errors).toEqual([]);
    expect(shape(file.directives)).toEqual([
      [
        'location',
        '/',
        [
          ['rewrite_by_lua_block', []],
          ['access_by_lua_block', []],
          ['fastcgi_pass', 'unix:/run/a.sock'],
        ],
      ],
    ]);
    // Any other quoted name keeps nginx's own syntax inside its block.
    expect(shape(parseNginx('"rewrite_by_lua" { x; }').directives)).toEqual([['rewrite_by_lua', [['x']]]]);
  });

  it('reports a Lua block left open', () => {
    expect(parseNginx('init_by_lua_block {\n  x = 1\n').errors).toEqual([
      { message: 'unexpected end of file, expecting "}"', span: span(1, 19, 1, 20) },
    ]);
  });
});
