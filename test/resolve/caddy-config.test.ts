import { describe, expect, it } from '@jest/globals';
import path from 'node:path';
import { lexCaddyfile, type CaddyVersion } from '../../src/engine/parse/caddy/lexer.js';
import {
  loadCaddy,
  loadCaddyJson,
  type CaddyConfig,
  type LoadCaddyOptions,
} from '../../src/engine/resolve/caddy-config.js';
import { parseUpstream } from '../../src/engine/resolve/caddy-upstream.js';
import { FIXTURES, fixtureFs, inlineFs, mainOf } from './deployed-fixtures.js';

const lex = (text: string, version: CaddyVersion = '2.6', env: Record<string, string> = {}) =>
  lexCaddyfile(text, { version, env: (n) => env[n] });
const texts = (text: string, version: CaddyVersion = '2.6') => lex(text, version).tokens.map((t) => t.text);

function load(
  caddyfile: string,
  options: Partial<LoadCaddyOptions> = {},
  files: Record<string, string> = {},
): CaddyConfig {
  const fs = inlineFs(
    Object.fromEntries(
      Object.entries({ Caddyfile: caddyfile, ...files }).map(([n, t]) => [`/etc/caddy/${n}`, t]),
    ),
  );
  return loadCaddy(mainOf(fs, '/etc/caddy/Caddyfile'), fs, {
    version: '2.6',
    environment: { vars: new Map(), complete: true },
    workingDirectory: '/',
    ...options,
  });
}

const targets = (config: CaddyConfig) =>
  config.clients.map((c) => [
    c.directive,
    c.target.kind === 'unix'
      ? c.target.path
      : c.target.kind === 'tcp'
        ? c.target.address
        : c.target.unresolved.what.join('; '),
  ]);

describe('the lexer', () => {
  it('reads quotes, backticks, comments and escapes as lexer.go does', () => {
    expect(texts('a "b c" `d "e"` f#g # comment\n"h\\"i" \\j "k\\l"')).toEqual([
      'a',
      'b c',
      'd "e"',
      'f#g',
      'h"i',
      '\\j',
      'k\\l',
    ]);
  });

  it('keeps file offsets and Caddy line numbers; an escaped newline keeps the line', () => {
    const { tokens } = lex('reverse_proxy unix//a.sock \\\n  unix//b.sock\nfile_server');
    expect(tokens.map((t) => [t.text, t.start, t.end, t.line])).toEqual([
      ['reverse_proxy', 0, 13, 1],
      ['unix//a.sock', 14, 26, 1],
      ['unix//b.sock', 31, 43, 1],
      ['file_server', 44, 55, 3],
    ]);
  });

  it('substitutes {$VAR} before reading, and places its tokens on the reference', () => {
    const text = 'php_fastcgi unix//{$SOCK} {$HOSTS:a b}';
    const { tokens } = lex(text, '2.6', { SOCK: 'run/php/x.sock' });
    expect(tokens.map((t) => [t.text, text.slice(t.start, t.end)])).toEqual([
      ['php_fastcgi', 'php_fastcgi'],
      ['unix//run/php/x.sock', 'unix//{$SOCK}'],
      ['a', '{$HOSTS:a b}'],
      ['b', '{$HOSTS:a b}'],
    ]);
  });

  it('marks tokens whose {$VAR} is not known', () => {
    const { tokens } = lexCaddyfile('x unix//{$SOCK}', { version: '2.6', env: () => null });
    expect(tokens[1]).toMatchObject({ text: 'unix//', start: 2, end: 15, unknownEnv: ['SOCK'] });
  });

  it('reads a heredoc since 2.7, and <<EOF as a word in 2.6', () => {
    const text = 'respond <<HTML\n    <p>hi</p>\n      there\n    HTML 200\n';
    expect(texts(text, 'current')).toEqual(['respond', '<p>hi</p>\n  there', '200']);
    expect(texts(text, '2.6')).toEqual(['respond', '<<HTML', '<p>hi</p>', 'there', 'HTML', '200']);
    expect(lex('respond <<HTML\n  a\n', 'current').error?.message).toBe(
      'incomplete heredoc <<HTML on line #3, expected ending marker HTML',
    );
  });
});

describe('upstream addresses (C1, W6)', () => {
  it('splits the network at the first slash, as parseUpstreamDialAddress does', () => {
    expect(parseUpstream('unix//run/php/x.sock')).toEqual({
      network: 'unix',
      address: '/run/php/x.sock',
      dial: 'unix//run/php/x.sock',
    });
    expect(parseUpstream('unix/run/php/x.sock')).toMatchObject({
      network: 'unix',
      address: 'run/php/x.sock',
    });
    expect(parseUpstream('UNIX+H2C//run/g.sock')).toMatchObject({ network: 'unix', address: '/run/g.sock' });
    expect(parseUpstream('unix:/run/x.sock')).toEqual({
      network: 'unix:',
      address: 'run/x.sock:80',
      dial: 'unix:/run/x.sock:80',
    });
    expect(parseUpstream('127.0.0.1:9000')).toEqual({
      network: '',
      address: '127.0.0.1:9000',
      dial: '127.0.0.1:9000',
    });
    expect(parseUpstream('php')).toMatchObject({ dial: 'php:80' });
    expect(parseUpstream('http://[::1]')).toMatchObject({ dial: '[::1]:80' });
  });
});

describe('clients', () => {
  it('finds the sockets of the Debian host fixture, through snippets and imports', () => {
    const fs = fixtureFs(path.join(FIXTURES, 'caddy', 'caddy-site'));
    const config = loadCaddy(mainOf(fs, '/etc/caddy/Caddyfile'), fs, {
      version: '2.6',
      environment: { vars: new Map(), complete: true },
      workingDirectory: '/',
    });
    expect(config.problems).toEqual([]);
    expect(config.clients.map((c) => [c.site.join(' '), c.directive, c.target, c.targetLocation])).toEqual([
      [
        'api.example.com',
        'reverse_proxy',
        { kind: 'unix', path: '/run/php/api-v1.sock' },
        { file: 'etc/caddy/sites/api.caddy', line: 5, column: 17, endLine: 5, endColumn: 42 },
      ],
      [
        'api.example.com',
        'reverse_proxy',
        { kind: 'unix', path: '/run/php/api-v1b.sock' },
        { file: 'etc/caddy/sites/api.caddy', line: 5, column: 43, endLine: 5, endColumn: 69 },
      ],
      [
        'api.example.com',
        'reverse_proxy',
        { kind: 'unix', path: '/run/php/legacy.sock' },
        { file: 'etc/caddy/sites/api.caddy', line: 17, column: 7, endLine: 17, endColumn: 50 },
      ],
      [
        'shop.example.com',
        'php_fastcgi',
        { kind: 'unix', path: '/run/php/php8.2-fpm.sock' },
        // In the snippet: its arguments are replaced, its position is the snippet's.
        { file: 'etc/caddy/Caddyfile', line: 10, column: 14, endLine: 10, endColumn: 41 },
      ],
    ]);
    expect(config.sites.map((s) => s.keys)).toEqual([
      ['api.example.com'],
      ['static.example.com'],
      ['shop.example.com'],
    ]);
  });

  it('W6: a relative unix/ path depends on the working directory', () => {
    const text = ':80 {\n\tphp_fastcgi unix/run/php/x.sock\n}\n';
    expect(targets(load(text))).toEqual([['php_fastcgi', '/run/php/x.sock']]);
    expect(load(text).notes.map((n) => n.code)).toEqual(['caddy-relative-socket']);
    expect(targets(load(text, { workingDirectory: '/srv' }))).toEqual([
      ['php_fastcgi', '/srv/run/php/x.sock'],
    ]);
    const unknown = load(text, { workingDirectory: undefined });
    expect(unknown.clients[0].undecided).toMatch(/relative path run\/php\/x.sock/);
  });

  it('W6: unix:/path is accepted and fails every request', () => {
    const config = load(':80 {\n\treverse_proxy unix:/run/php/x.sock\n}\n');
    expect(config.clients).toEqual([]);
    expect(config.brokenUpstreams).toEqual([
      expect.objectContaining({
        raw: 'unix:/run/php/x.sock',
        dial: 'unix:/run/x.sock:80'.replace('/run/x', '/run/php/x'),
        error: 'dial unix:: unknown network unix:',
      }),
    ]);
    expect(config.notes[0]).toMatchObject({ level: 'error', code: 'caddy-upstream-network' });
  });

  it('{env.NAME} is read per request; {$NAME} when loading, unset is empty (dial unix: missing address)', () => {
    const env = load(':80 {\n\tphp_fastcgi unix//{env.SOCK}\n}\n', {
      environment: { vars: new Map([['SOCK', '/run/a.sock']]), complete: true },
    });
    expect(targets(env)).toEqual([['php_fastcgi', '/run/a.sock']]);
    const unknown = load(':80 {\n\tphp_fastcgi unix//{env.SOCK}\n}\n', { environment: undefined });
    expect(targets(unknown)).toEqual([
      ['php_fastcgi', 'environment variable {env.SOCK} (read at each request)'],
    ]);
    // Caddy starts and fails every request: a broken upstream, as unix:/path (W6).
    const unset = load(':80 {\n\tphp_fastcgi unix/{$SOCK}\n}\n');
    expect(targets(unset)).toEqual([]);
    expect(unset.brokenUpstreams).toEqual([
      expect.objectContaining({
        raw: 'unix/{$SOCK}',
        error: 'dial unix: missing address',
        why: "{$SOCK} is not set in Caddy's environment, so the address after unix/ is empty",
        location: expect.objectContaining({ line: 2, column: 14, endColumn: 26 }),
      }),
    ]);
    const defaulted = load(':80 {\n\tphp_fastcgi unix/{$SOCK:/run/a.sock}\n}\n');
    expect(targets(defaulted)).toEqual([['php_fastcgi', '/run/a.sock']]);
  });

  it('{args[0]} since 2.7; 2.6 leaves it as written', () => {
    const text = '(p) {\n\tphp_fastcgi unix//run/php/{args[0]}.sock\n}\n:80 {\n\timport p app\n}\n';
    expect(targets(load(text, { version: 'current' }))).toEqual([['php_fastcgi', '/run/php/app.sock']]);
    expect(targets(load(text))).toEqual([['php_fastcgi', 'placeholder {args[0]}, evaluated per request']]);
  });

  it('named routes (2.7) and nested routes', () => {
    const text =
      '&(php) {\n\tphp_fastcgi unix//run/php/a.sock\n}\n:80 {\n\troute /x/* {\n\t\thandle {\n\t\t\treverse_proxy unix//run/b.sock\n\t\t}\n\t}\n\tinvoke php\n}\n';
    expect(targets(load(text, { version: 'current' }))).toEqual([
      ['php_fastcgi', '/run/php/a.sock'],
      ['reverse_proxy', '/run/b.sock'],
    ]);
  });
});

describe('hostile input', () => {
  it('deep braces, unterminated quotes and binary text end with a problem, not a crash', () => {
    const deep = ':80 {\n' + 'route {\n'.repeat(20_000) + '}\n'.repeat(20_000) + '}\n';
    expect(() => load(deep)).not.toThrow();
    expect(load(':80 {\n\trespond "never closed\n}\n').problems.length).toBeGreaterThan(0);
    expect(() => load('\u0000\u0001{{{}}}"\\\n`')).not.toThrow();
  });

  it('an import of itself is a cycle', () => {
    const config = load(':80 {\n\timport Caddyfile\n}\n');
    expect(config.problems[0].message).toBe(
      'a cycle of imports exists between /etc/caddy/Caddyfile and /etc/caddy/Caddyfile',
    );
  });
});

describe('Caddy JSON configs', () => {
  it('reads every reverse_proxy upstream with its position and server', () => {
    const fs = fixtureFs(path.join(FIXTURES, 'caddy', 'caddy-json'));
    const config = loadCaddyJson(mainOf(fs, '/etc/caddy/caddy.json'), {
      version: 'current',
      environment: { vars: new Map(), complete: false },
      workingDirectory: '/srv',
    });
    expect(config.clients.map((c) => [c.site, c.dial, c.target, c.targetLocation.line])).toEqual([
      [['shop'], 'unix//run/php/shop.sock', { kind: 'unix', path: '/run/php/shop.sock' }, 15],
      [['shop'], 'unix/run/php/relative.sock', { kind: 'unix', path: '/srv/run/php/relative.sock' }, 15],
      [['api'], '127.0.0.1:9000', { kind: 'tcp', address: '127.0.0.1:9000' }, 33],
      [
        ['api'],
        'unix//{env.API_SOCKET}',
        {
          kind: 'unresolved',
          unresolved: { what: ['environment variable {env.API_SOCKET} (read at each request)'] },
        },
        33,
      ],
    ]);
  });

  it('reports JSON it cannot read', () => {
    const fs = inlineFs({ '/etc/caddy/caddy.json': '{ "apps": ' });
    expect(loadCaddyJson(mainOf(fs, '/etc/caddy/caddy.json'), { version: 'current' }).problems).toHaveLength(
      1,
    );
  });
});

describe('the lexer on CR', () => {
  it('skips a lone CR inside a token and ends a token at CRLF, as lexer.go does', () => {
    expect(texts('a\rb c\r\nd\r\n')).toEqual(['ab', 'c', 'd']);
    expect(lex('x\r\ny').tokens.map((t) => [t.text, t.start, t.end, t.line])).toEqual([
      ['x', 0, 1, 1],
      ['y', 3, 4, 2],
    ]);
  });
});
