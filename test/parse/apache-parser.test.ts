import { describe, expect, it } from '@jest/globals';
import {
  MAX_DEPTH,
  parseApache,
  resolveArgs,
  type ApacheDirective,
} from '../../src/engine/parse/apache/parser.js';
import { getWords } from '../../src/engine/parse/apache/words.js';

/** Names, argument values and nesting. */
type Shape = [string, string[], Shape[]?];
function shape(directives: ApacheDirective[]): Shape[] {
  return directives.map((d) => {
    const name = d.section ? `<${d.name}>` : d.name;
    const args = d.args.map((a) => a.value);
    return d.children ? [name, args, shape(d.children)] : [name, args];
  });
}

describe('words, as ap_getword_conf reads them', () => {
  const values = (s: string) => getWords(s).map((w) => w.value);
  it('splits at blanks and keeps quoted blanks', () => {
    expect(values('SetHandler  "proxy:unix:/a b.sock|fcgi://x"\tmore')).toEqual([
      'SetHandler',
      'proxy:unix:/a b.sock|fcgi://x',
      'more',
    ]);
  });
  it('ends a quoted word at its quote, with no blank needed after it', () => {
    expect(values('User "www-data"x')).toEqual(['User', 'www-data', 'x']);
  });
  it('unescapes \\\\ everywhere and the quote inside quotes only', () => {
    expect(values('a\\\\b "c\\"d" \'e\\\'f\' g\\"h')).toEqual(['a\\b', 'c"d', "e'f", 'g\\"h']);
  });
  it('keeps a quote inside an unquoted word', () => {
    expect(values('x"y z"')).toEqual(['x"y', 'z"']);
  });
  it('runs an unterminated quote to the end of the line', () => {
    expect(getWords('User "www-data')).toEqual([
      { value: 'User', start: 0, end: 4, quote: null },
      { value: 'www-data', start: 5, end: 14, quote: '"' },
    ]);
  });
});

describe('the directive tree', () => {
  it('reads sections, their arguments before the last ">", and names case-insensitively', () => {
    const file = parseApache(
      [
        '<VirtualHost *:80>',
        '  <FilesMatch ".+\\.ph(?:ar|p|tml)$">',
        '    SetHandler "proxy:unix:/run/php/php8.2-fpm.sock|fcgi://localhost"',
        '  </filesmatch>',
        '  <Location "/a>b">',
        '  </LOCATION>',
        '</VirtualHost>',
      ].join('\n'),
    );
    expect(file.errors).toEqual([]);
    expect(shape(file.directives)).toEqual([
      [
        '<VirtualHost>',
        ['*:80'],
        [
          [
            '<FilesMatch>',
            ['.+\\.ph(?:ar|p|tml)$'],
            [['SetHandler', ['proxy:unix:/run/php/php8.2-fpm.sock|fcgi://localhost']]],
          ],
          ['<Location>', ['/a>b'], []],
        ],
      ],
    ]);
  });

  it('treats # as a comment only at the start of a line', () => {
    const file = parseApache('  # a comment\nUser www-data # not a comment\n');
    expect(file.comments.map((c) => [c.text, c.span])).toEqual([
      [' a comment', { line: 1, column: 3, endLine: 1, endColumn: 14 }],
    ]);
    expect(shape(file.directives)).toEqual([['User', ['www-data', '#', 'not', 'a', 'comment']]]);
  });

  it('joins a line ending in \\ with the next, a comment included', () => {
    const file = parseApache('# comment \\\nUser nobody\nProxyPass /x \\\n  "unix:/a.sock|fcgi://x/"\n');
    expect(shape(file.directives)).toEqual([['ProxyPass', ['/x', 'unix:/a.sock|fcgi://x/']]]);
    expect(file.comments.map((c) => c.text)).toEqual([' comment User nobody']);
    const proxyPass = file.directives[0];
    expect(proxyPass.span).toEqual({ line: 3, column: 1, endLine: 4, endColumn: 27 });
    expect(proxyPass.httpdLine).toBe(4);
    expect(proxyPass.args[1].span).toEqual({ line: 4, column: 3, endLine: 4, endColumn: 27 });
  });

  it('joins words across a continuation with nothing between them', () => {
    const file = parseApache('User www-\\\ndata\n');
    expect(file.directives[0].args).toEqual([
      {
        value: 'www-data',
        raw: 'www-data',
        quote: null,
        span: { line: 1, column: 6, endLine: 2, endColumn: 5 },
      },
    ]);
  });

  it('keeps exact spans with CRLF, tabs and characters outside the BMP', () => {
    const file = parseApache(
      '\t<Directory "/srv/😀">\r\n\t\tSetHandler "proxy:unix:/run/😀.sock|fcgi://x"\r\n\t</Directory>\r\n',
    );
    const dir = file.directives[0];
    expect(dir.nameSpan).toEqual({ line: 1, column: 2, endLine: 1, endColumn: 12 });
    expect(dir.args[0].span).toEqual({ line: 1, column: 13, endLine: 1, endColumn: 22 });
    const handler = dir.children![0];
    expect(handler.span).toEqual({ line: 2, column: 3, endLine: 2, endColumn: 48 });
    expect(handler.args[0].raw).toBe('"proxy:unix:/run/😀.sock|fcgi://x"');
    expect(dir.closeSpan).toEqual({ line: 3, column: 2, endLine: 3, endColumn: 14 });
  });

  it('reports nesting errors in httpd words and reads on', () => {
    const file = parseApache(
      '<Directory />\n</Files>\n</Location>\n<VirtualHost *:80>\n<Directory /x>\n</VirtualHost>\n<Files a>\n',
    );
    expect(file.errors.map((e) => [e.message, e.span.line])).toEqual([
      ['Expected </Directory> but saw </Files>', 2],
      ['Expected </Directory> but saw </Location>', 3],
      ['Expected </Directory> but saw </VirtualHost>', 6],
      ['<Directory> was not closed.', 1],
      ['<Files> was not closed.', 7],
    ]);
    // </VirtualHost> closed the virtual host as if <Directory /x> had been closed; <Directory /> stays open.
    expect(shape(file.directives).map((d) => d[0])).toEqual(['<Directory>']);
  });

  it('leaves the errors of conditional sections to the loader', () => {
    const file = parseApache('<IfModule x>\n</IfModule >\n<IfDefine y>\n');
    expect(file.errors).toEqual([]);
    const [ifModule, ifDefine] = file.directives;
    expect([ifModule.closeExact, ifModule.closeWord, ifDefine.unclosed]).toEqual([false, '</IfModule', true]);
  });

  it('marks a section line without ">"', () => {
    const [dir, empty] = parseApache('<Directory /srv\n</Directory>\n<Directory>\n</Directory>\n').directives;
    expect([dir.missingBracket, dir.args.map((a) => a.value)]).toEqual([true, ['/srv']]);
    expect([empty.missingBracket, empty.args]).toEqual([undefined, []]);
  });
});

describe('${NAME} in arguments', () => {
  it('substitutes variables and places a substituted word on its ${NAME}', () => {
    const file = parseApache('ProxyPass /x "unix:${DIR}/app.sock|fcgi://x/" ${FLAGS}\n');
    const vars: Record<string, string> = { DIR: '/run/php', FLAGS: 'timeout=5 retry=0' };
    const { args, refs } = resolveArgs(file, file.directives[0], (n) => vars[n]);
    expect(args.map((a) => [a.value, a.span.column, a.span.endColumn])).toEqual([
      ['/x', 11, 13],
      ['unix:/run/php/app.sock|fcgi://x/', 14, 46],
      ['timeout=5', 47, 55],
      ['retry=0', 47, 55],
    ]);
    expect(refs.map((r) => [r.name, r.state])).toEqual([
      ['DIR', 'defined'],
      ['FLAGS', 'defined'],
    ]);
  });

  it('keeps an undefined variable as written, and does not scan values again', () => {
    const file = parseApache('Define A ${B}\nUser ${A}${C}\n');
    const { args, refs } = resolveArgs(file, file.directives[1], (n) => (n === 'A' ? '${B}' : undefined));
    expect(args.map((a) => a.value)).toEqual(['${B}${C}']);
    expect(refs.map((r) => [r.name, r.state])).toEqual([
      ['A', 'defined'],
      ['C', 'undefined'],
    ]);
  });
});

describe('hostile input', () => {
  it('stops at a nesting depth instead of recursing', () => {
    const depth = 100_000;
    const file = parseApache('<Directory />\n'.repeat(depth) + '</Directory>\n'.repeat(depth));
    expect(file.errors[0].message).toBe(
      `sections nested more than ${MAX_DEPTH} deep; the rest of the file is not read`,
    );
  });

  it('reads NUL and other control characters as text', () => {
    const file = parseApache('User \u0000www\u0001\nGroup\u000b g\n');
    expect(shape(file.directives)).toEqual([
      ['User', ['\u0000www\u0001']],
      ['Group', ['g']],
    ]);
  });

  it('reads a large generated file in one pass', () => {
    const line = '<VirtualHost *:80>\n  ProxyPass "/a/" "unix:/run/php/a.sock|fcgi://a/"\n</VirtualHost>\n';
    const text = line.repeat(40_000);
    const file = parseApache(text);
    expect(file.directives).toHaveLength(40_000);
    expect(file.errors).toEqual([]);
  });

  it('survives a file of backslashes and quotes', () => {
    const file = parseApache('\\\n'.repeat(10_000) + '"'.repeat(1000) + '\n<' + "'".repeat(5));
    expect(file.directives.length).toBeGreaterThan(0);
  });
});
