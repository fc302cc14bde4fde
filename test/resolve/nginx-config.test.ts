import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import type { DeployedFile, DeployedFs, NginxConfig } from '../../src/engine/model.js';
import { UnitFs } from '../../src/engine/resolve/deployed-fs.js';
import type { NginxFile } from '../../src/engine/parse/nginx/parser.js';
import type { SourceFile } from '../../src/engine/types.js';
import { loadNginx, type LoadNginxOptions } from '../../src/engine/resolve/nginx-config.js';

const SHIPPED: Record<string, string> = {
  '/etc/nginx/mime.types': 'nginx package',
  '/etc/nginx/fastcgi.conf': 'nginx package',
  '/etc/nginx/fastcgi_params': 'nginx package',
  '/etc/nginx/uwsgi_params': 'nginx package',
};

/** A unit's filesystem whose `get` insists that the file is there. */
class TestFs extends UnitFs {
  override get(path: string): DeployedFile {
    const file = super.get(path);
    if (!file) throw new Error(`no ${path}`);
    return file;
  }
}

/** A unit's deployed filesystem from deployed path → text; repository paths are `repo` + deployed path. */
function deployedFs(files: Record<string, string>): TestFs {
  const fs = new TestFs(Object.entries(SHIPPED).map(([pattern, description]) => ({ pattern, description })));
  for (const [deployedPath, text] of Object.entries(files)) {
    fs.set({
      deployedPath,
      file: {
        path: `repo${deployedPath}`,
        absPath: `/abs/repo${deployedPath}`,
        // A leading U+FEFF stands for the byte-order mark discovery strips.
        text: text.replace(/^\uFEFF/, ''),
        hadBom: text.startsWith('\uFEFF'),
        crlf: false,
      },
    });
  }
  return fs;
}

function load(
  files: Record<string, string>,
  main = '/etc/nginx/nginx.conf',
  options?: LoadNginxOptions,
): NginxConfig {
  const fs = deployedFs(files);
  return loadNginx(fs.get(main), fs, options);
}

/** `events {}` and an http block around `body`. */
const httpMain = (body: string) => `events {}\nhttp {\n${body}\n}\n`;

const targets = (config: NginxConfig) =>
  config.clients.map((c) => [
    c.directive,
    c.target.kind === 'unix'
      ? c.target.path
      : c.target.kind === 'tcp'
        ? c.target.address
        : c.target.unresolved.what.join(', '),
  ]);

describe('includes', () => {
  const debian = {
    '/etc/nginx/nginx.conf': [
      'user www-data;',
      'include /etc/nginx/modules-enabled/*.conf;',
      'events { worker_connections 768; }',
      'http {',
      '    include /etc/nginx/mime.types;',
      '    include /etc/nginx/conf.d/*.conf;',
      '    include /etc/nginx/sites-enabled/*;',
      '}',
    ].join('\n'),
    '/etc/nginx/sites-enabled/default': [
      'server {',
      '    listen 80 default_server;',
      '    location ~ \\.php$ {',
      '        include snippets/fastcgi-php.conf;',
      '        fastcgi_pass unix:/run/php/php8.2-fpm.sock;',
      '    }',
      '}',
    ].join('\n'),
    '/etc/nginx/snippets/fastcgi-php.conf':
      'fastcgi_split_path_info ^(.+?\\.php)(/.*)$;\ninclude fastcgi.conf;\n',
  };

  it('follows globs and relative includes of a Debian layout', () => {
    const config = load(debian);
    expect(config.notes).toEqual([]);
    expect(config.problems).toEqual([]);
    expect(config.files.map((f) => f.deployedPath)).toEqual([
      '/etc/nginx/nginx.conf',
      '/etc/nginx/sites-enabled/default',
      '/etc/nginx/snippets/fastcgi-php.conf',
    ]);
    expect(config.user).toEqual({
      user: 'www-data',
      location: { file: 'repo/etc/nginx/nginx.conf', line: 1, column: 1, endLine: 1, endColumn: 15 },
    });
    expect(config.clients).toEqual([
      {
        server: 'nginx',
        directive: 'fastcgi_pass',
        context: 'http',
        location: {
          file: 'repo/etc/nginx/sites-enabled/default',
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 52,
        },
        targetLocation: {
          file: 'repo/etc/nginx/sites-enabled/default',
          line: 5,
          column: 22,
          endLine: 5,
          endColumn: 51,
        },
        raw: 'unix:/run/php/php8.2-fpm.sock',
        target: { kind: 'unix', path: '/run/php/php8.2-fpm.sock' },
      },
    ]);
    expect(config.shippedIncludes?.map((s) => [s.path, s.location.file, s.location.line])).toEqual([
      ['/etc/nginx/mime.types', 'repo/etc/nginx/nginx.conf', 5],
      ['/etc/nginx/fastcgi.conf', 'repo/etc/nginx/snippets/fastcgi-php.conf', 2],
    ]);
  });

  it('resolves a relative include against the main file directory, not the including file (N2)', () => {
    const config = load(
      {
        '/srv/inc/main.conf': 'include sub/a.conf;',
        '/srv/inc/sub/a.conf': 'include b.conf;',
        '/srv/inc/b.conf': 'http { server { location / { scgi_pass unix:/run/b.sock; } } }',
        '/srv/inc/sub/b.conf': 'http { server { location / { scgi_pass unix:/run/WRONG.sock; } } }',
      },
      '/srv/inc/main.conf',
    );
    expect(targets(config)).toEqual([['scgi_pass', '/run/b.sock']]);
  });

  it('splices an include inside any block, in place', () => {
    const config = load({
      '/etc/nginx/nginx.conf': httpMain(
        'upstream php { include /etc/nginx/up.conf; }\nserver { location / { fastcgi_pass php; } }',
      ),
      '/etc/nginx/up.conf': 'server unix:/run/a.sock;\nserver unix:/run/b.sock;',
    });
    expect(targets(config)).toEqual([
      ['fastcgi_pass', '/run/a.sock'],
      ['fastcgi_pass', '/run/b.sock'],
    ]);
    expect(config.clients[1].targetLocation).toEqual({
      file: 'repo/etc/nginx/up.conf',
      line: 2,
      column: 8,
      endLine: 2,
      endColumn: 24,
    });
  });

  it('notes an include that is not in the repository, at the include', () => {
    const config = load({ '/etc/nginx/nginx.conf': httpMain('include /etc/nginx/secret.conf;') });
    expect(config.notes).toEqual([
      {
        level: 'notice',
        code: 'include-not-in-repo',
        message: expect.stringContaining('analysis is incomplete'),
        location: { file: 'repo/etc/nginx/nginx.conf', line: 3, column: 1, endLine: 3, endColumn: 32 },
      },
    ]);
  });

  it('accepts a glob with no match silently', () => {
    expect(load({ '/etc/nginx/nginx.conf': httpMain('include /etc/nginx/conf.d/*.conf;') }).notes).toEqual(
      [],
    );
  });

  it('does not follow a relative include that climbs above /', () => {
    const config = load({ '/etc/nginx/nginx.conf': 'include ../../../x.conf;' });
    expect(config.notes.map((n) => n.code)).toEqual(['include-outside-root']);
  });

  it('stops include loops, direct and indirect', () => {
    const config = load({
      '/etc/nginx/nginx.conf': httpMain('include /etc/nginx/a.conf;'),
      '/etc/nginx/a.conf':
        'include /etc/nginx/b.conf;\nserver { location / { fastcgi_pass unix:/run/a.sock; } }',
      '/etc/nginx/b.conf': 'include a.conf;\ninclude /etc/nginx/b.conf;',
    });
    expect(config.notes.map((n) => [n.code, n.location?.file, n.location?.line])).toEqual([
      ['include-loop', 'repo/etc/nginx/b.conf', 1],
      ['include-loop', 'repo/etc/nginx/b.conf', 2],
    ]);
    expect(targets(config)).toEqual([['fastcgi_pass', '/run/a.sock']]);
  });

  it('follows includes and blocks 100,000 deep with its own stack, and reports where nginx crashes', () => {
    const chain: Record<string, string> = { '/etc/nginx/nginx.conf': httpMain('include /etc/nginx/c/0;') };
    for (let i = 0; i < 100_000; i++) chain[`/etc/nginx/c/${i}`] = `include /etc/nginx/c/${i + 1};`;
    const includes = load(chain);
    // With http's level, the 11,639th include (nginx.conf's, then c/0 …) crosses the 8 MB stack.
    expect(includes.problems.map((p) => [p.location.file, p.message.split(':')[0]])).toEqual([
      ['repo/etc/nginx/c/11637', 'nested 11,640 levels deep (blocks and includes)'],
    ]);
    expect(includes.notes.map((n) => [n.code, n.location?.file])).toEqual([
      // nginx.conf and c/0 … c/1017 are open: c/1017's include opens the 1,020th file.
      ['include-depth', 'repo/etc/nginx/c/1017'],
    ]);

    const blocks = load({
      '/etc/nginx/nginx.conf': httpMain(
        `server {\n${'location / {\n'.repeat(100_000)}fastcgi_pass unix:/run/a.sock;\n${'}\n'.repeat(100_000)}}`,
      ),
    });
    expect(blocks.problems.map((p) => [p.location.line, p.message.split(':')[0]])).toEqual([
      // http, server and 13,088 locations: the 13,090th block opens on line 13,091.
      [13_091, 'nested 13,090 levels deep (blocks and includes)'],
    ]);
    expect(blocks.clients).toEqual([]);

    const accepted = load({
      '/etc/nginx/nginx.conf': httpMain(
        `server {\n${'location / {\n'.repeat(13_087)}fastcgi_pass unix:/run/a.sock;\n${'}\n'.repeat(13_087)}}`,
      ),
    });
    expect(accepted.problems).toEqual([]);
    expect(targets(accepted)).toEqual([['fastcgi_pass', '/run/a.sock']]);
  }, 60_000);

  it('stops a glob that matches the including file', () => {
    const config = load({
      '/etc/nginx/nginx.conf': httpMain('include /etc/nginx/conf.d/*.conf;'),
      '/etc/nginx/conf.d/a.conf': 'include /etc/nginx/conf.d/*.conf;',
      '/etc/nginx/conf.d/b.conf': 'server { location / { fastcgi_pass unix:/run/b.sock; } }',
    });
    // a.conf includes itself (loop) and b.conf; then nginx.conf's glob reaches b.conf again.
    expect(config.notes.map((n) => n.code)).toEqual(['include-loop']);
    expect(targets(config)).toEqual([
      ['fastcgi_pass', '/run/b.sock'],
      ['fastcgi_pass', '/run/b.sock'],
    ]);
  });

  it('parses a file shared by several mains once, with a shared cache', () => {
    const fs = deployedFs({
      '/etc/nginx/nginx.conf': httpMain('include /etc/nginx/php.conf;'),
      '/etc/nginx/other.conf': httpMain('include /etc/nginx/php.conf;'),
      '/etc/nginx/php.conf': 'server { location / { fastcgi_pass unix:/run/a.sock; } }',
    });
    const parseCache = new Map<SourceFile, NginxFile>();
    loadNginx(fs.get('/etc/nginx/nginx.conf'), fs, { parseCache });
    const shared = parseCache.get(fs.get('/etc/nginx/php.conf').file);
    const second = loadNginx(fs.get('/etc/nginx/other.conf'), fs, { parseCache });
    expect(parseCache.size).toBe(3);
    expect(parseCache.get(fs.get('/etc/nginx/php.conf').file)).toBe(shared);
    expect(targets(second)).toEqual([['fastcgi_pass', '/run/a.sock']]);
  });

  it('reads a site file on its own as if inside http, with includes from the nginx directory', () => {
    const config = load(debian, '/etc/nginx/sites-enabled/default');
    expect(config.files.map((f) => f.deployedPath)).toEqual([
      '/etc/nginx/sites-enabled/default',
      '/etc/nginx/snippets/fastcgi-php.conf',
    ]);
    expect(targets(config)).toEqual([['fastcgi_pass', '/run/php/php8.2-fpm.sock']]);
  });
});

describe('byte-order mark', () => {
  // nginx 1.22: `unknown directive "\uFEFF#"` for a BOM before a comment, `unexpected end of file`
  // for a BOM alone; nginx does not start either way.
  it.each([
    [
      '\uFEFFserver { listen 80; }\n',
      'unknown directive "\uFEFFserver" (the file starts with a UTF-8 byte-order mark)',
    ],
    [
      '\uFEFF# site\nserver { listen 80; }\n',
      'unknown directive "\uFEFF#" (the file starts with a UTF-8 byte-order mark)',
    ],
    ['\uFEFF\n', 'unexpected end of file, expecting ";" or "}"'],
  ])('%j stops nginx', (site, message) => {
    const config = load({
      '/etc/nginx/nginx.conf': httpMain('include /etc/nginx/sites-enabled/*;'),
      '/etc/nginx/sites-enabled/a': site,
    });
    expect(config.problems).toEqual([
      {
        message,
        location: { file: 'repo/etc/nginx/sites-enabled/a', line: 1, column: 1, endLine: 1, endColumn: 2 },
      },
    ]);
  });
});

describe('user', () => {
  it('takes user and group from the main context', () => {
    const config = load({ '/etc/nginx/nginx.conf': 'user  nginx nginx;\nevents {}' });
    expect(config.user).toMatchObject({ user: 'nginx', group: 'nginx' });
    expect(config.problems).toEqual([]);
  });

  it('rejects numeric names as nginx does', () => {
    const config = load({ '/etc/nginx/nginx.conf': 'user 33 33;' });
    expect(config.problems.map((p) => [p.message, p.location.column])).toEqual([
      ['getpwnam("33") failed', 6],
      ['getgrnam("33") failed', 9],
    ]);
  });

  it('rejects a duplicate user and a user inside a block', () => {
    const config = load({ '/etc/nginx/nginx.conf': 'user a;\nuser b;\nhttp { user c; }' });
    expect(config.user?.user).toBe('a');
    expect(config.problems.map((p) => [p.message, p.location.line])).toEqual([
      ['"user" directive is duplicate', 2],
      ['"user" directive is not allowed here', 3],
    ]);
  });

  it('finds a user set in an included file at the main level', () => {
    const config = load({
      '/etc/nginx/nginx.conf': 'include /etc/nginx/user.conf;',
      '/etc/nginx/user.conf': 'user www-data;',
    });
    expect(config.user?.location.file).toBe('repo/etc/nginx/user.conf');
  });
});

describe('socket clients', () => {
  const clientsOf = (body: string) => targets(load({ '/etc/nginx/nginx.conf': httpMain(body) }));

  it('reads every directive form that can reach a unix socket (N4)', () => {
    expect(
      clientsOf(
        [
          'server { location / {',
          '  fastcgi_pass UNIX:/run/f.sock;',
          '  uwsgi_pass unix:/run/u.sock; uwsgi_pass uwsgi://unix:/run/u2.sock; uwsgi_pass SUWSGI://unix:/run/u3.sock;',
          '  scgi_pass unix:/run/s.sock;',
          '  grpc_pass unix:/run/g.sock; grpc_pass grpc://unix:/run/g2.sock; grpc_pass grpcs://unix:/run/g3.sock;',
          '  memcached_pass unix:/run/m.sock;',
          '  proxy_pass http://unix:/run/p.sock; proxy_pass https://unix:/run/p2.sock:/uri/x; proxy_pass HTTP://unix:/run/p3.sock:;',
          '  fastcgi_pass unix:/run/with:colon.sock; fastcgi_pass unix:/run/hash.sock#x; fastcgi_pass unix:rel.sock;',
          '} }',
        ].join('\n'),
      ),
    ).toEqual([
      ['fastcgi_pass', '/run/f.sock'],
      ['uwsgi_pass', '/run/u.sock'],
      ['uwsgi_pass', '/run/u2.sock'],
      ['uwsgi_pass', '/run/u3.sock'],
      ['scgi_pass', '/run/s.sock'],
      ['grpc_pass', '/run/g.sock'],
      ['grpc_pass', '/run/g2.sock'],
      ['grpc_pass', '/run/g3.sock'],
      ['memcached_pass', '/run/m.sock'],
      ['proxy_pass', '/run/p.sock'],
      ['proxy_pass', '/run/p2.sock'],
      ['proxy_pass', '/run/p3.sock'],
      ['fastcgi_pass', '/run/with:colon.sock'],
      ['fastcgi_pass', '/run/hash.sock#x'],
      ['fastcgi_pass', 'rel.sock'],
    ]);
  });

  it('reads TCP targets', () => {
    expect(
      clientsOf(
        'server { location / { fastcgi_pass 127.0.0.1:9000; proxy_pass http://127.0.0.1/x; proxy_pass http://[::1]:8080; fastcgi_pass php:9000; } }',
      ),
    ).toEqual([
      ['fastcgi_pass', '127.0.0.1:9000'],
      ['proxy_pass', '127.0.0.1'],
      ['proxy_pass', '[::1]:8080'],
      ['fastcgi_pass', 'php:9000'],
    ]);
  });

  it('resolves upstreams case-insensitively, defined before or after use, one client per server', () => {
    const config = load({
      '/etc/nginx/nginx.conf': httpMain(
        [
          'server { location / { fastcgi_pass PHP; } location /p { proxy_pass http://php/x; } }',
          'upstream php {',
          '    server unix:/run/php/a.sock weight=5;',
          '    server 127.0.0.1:9000 backup;',
          '    keepalive 8;',
          '}',
        ].join('\n'),
      ),
    });
    expect(targets(config)).toEqual([
      ['fastcgi_pass', '/run/php/a.sock'],
      ['fastcgi_pass', '127.0.0.1:9000'],
      ['proxy_pass', '/run/php/a.sock'],
      ['proxy_pass', '127.0.0.1:9000'],
    ]);
    expect(config.clients[0]).toMatchObject({
      raw: 'PHP',
      targetLocation: { line: 5, column: 12, endLine: 5, endColumn: 32 },
      upstream: { name: 'php', serverLocation: { line: 5, column: 5, endLine: 5, endColumn: 42 } },
    });
  });

  it('reads stream proxy_pass and keeps http and stream upstreams apart', () => {
    const config = load({
      '/etc/nginx/nginx.conf': [
        'events {}',
        'http { upstream back { server unix:/run/http.sock; } }',
        'stream {',
        '  upstream back { server unix:/run/stream.sock; }',
        '  server { listen 9000; proxy_pass back; }',
        '  server { listen 9001; proxy_pass unix:/run/direct.sock; }',
        '}',
      ].join('\n'),
    });
    expect(config.clients.map((c) => [c.context, c.target])).toEqual([
      ['stream', { kind: 'unix', path: '/run/stream.sock' }],
      ['stream', { kind: 'unix', path: '/run/direct.sock' }],
    ]);
  });

  it('leaves an unknown upstream name unresolved', () => {
    const config = load({
      '/etc/nginx/nginx.conf': httpMain(
        'server { location / { proxy_pass http://backend; fastcgi_pass php; } }',
      ),
    });
    expect(targets(config)).toEqual([
      ['proxy_pass', 'no upstream named "backend"'],
      ['fastcgi_pass', 'no upstream named "php"'],
    ]);
    // fastcgi_pass has no default port, so nginx refuses it; proxy_pass would look the host up.
    expect(config.problems.map((p) => p.message)).toEqual(['no port in upstream "php"']);
  });

  it('ignores *_pass outside http and the entries of map and types blocks', () => {
    expect(
      targets(
        load({
          '/etc/nginx/nginx.conf':
            'events { fastcgi_pass unix:/run/x.sock; }\nhttp { types { fastcgi_pass unix:/run/y.sock; } map $a $b { fastcgi_pass unix:/z; } }',
        }),
      ),
    ).toEqual([]);
  });
});

describe('variables', () => {
  const clientsOf = (body: string) => load({ '/etc/nginx/nginx.conf': httpMain(body) }).clients;

  it('leaves a variable without a literal definition unresolved', () => {
    const [client] = clientsOf('server { location / { fastcgi_pass unix:/run/php/php${VER}-fpm.sock; } }');
    expect(client.target).toEqual({ kind: 'unresolved', unresolved: { what: ['nginx variable $ver'] } });
  });

  it('reads no client where the variable target can never name a Unix socket', () => {
    const clients = clientsOf(
      [
        'upstream php-sock { server unix:/run/php/a.sock; }',
        'upstream web { server 10.0.0.1:80; }',
        'server {',
        '  location /a { proxy_pass http://backend$suffix; }',
        '  location /b { proxy_pass http://$host; }',
        '  location /c { proxy_pass $scheme://$http_host$request_uri; }',
        '  location /d { proxy_pass http://web$x; }',
        '  location /e { proxy_pass http://php-$x; }',
        '  location /f { proxy_pass http://unix:$sock:/; }',
        '  location /g { fastcgi_pass $upstream; }',
        '  location /h { grpc_pass grpc://$backend; }',
        '}',
      ].join('\n'),
    );
    // Only the targets that may still become `unix:` or the upstream with a socket are clients.
    expect(clients.map((c) => [c.raw, c.target.kind === 'unresolved' && c.target.unresolved.what])).toEqual([
      ['http://php-$x', ['nginx variable $x']],
      ['http://unix:$sock:/', ['nginx variable $sock']],
      ['$upstream', ['nginx variable $upstream']],
      ['grpc://$backend', ['nginx variable $backend']],
    ]);
  });

  it('resolves a literal set in scope, including sets inside if', () => {
    const clients = clientsOf(
      [
        'server {',
        '  set $sock unix:/run/a.sock;',
        '  location / {',
        '    if ($host = b) { set $sock unix:/run/b.sock; }',
        '    fastcgi_pass $sock;',
        '  }',
        '  location /other { set $sock unix:/run/other.sock; }',
        '}',
      ].join('\n'),
    );
    expect(clients.map((c) => [c.target, c.variable?.name, c.variable?.location.line])).toEqual([
      [{ kind: 'unix', path: '/run/a.sock' }, '$sock', 4],
      [{ kind: 'unix', path: '/run/b.sock' }, '$sock', 6],
    ]);
  });

  it('substitutes inside a larger argument and through proxy_pass', () => {
    const clients = clientsOf(
      'server { set $v 8.2; set $s "unix:/run/p.sock"; location / { fastcgi_pass unix:/run/php/php${v}-fpm.sock; proxy_pass http://$s:/x; } }',
    );
    expect(clients.map((c) => c.target)).toEqual([
      { kind: 'unix', path: '/run/php/php8.2-fpm.sock' },
      { kind: 'unix', path: '/run/p.sock' },
    ]);
  });

  it('resolves a map whose values are all literal, one client per distinct value', () => {
    const clients = clientsOf(
      [
        'map $http_host $php {',
        '    hostnames;',
        '    default unix:/run/php/www.sock;',
        '    a.example unix:/run/php/a.sock;',
        '    "~^b\\." unix:/run/php/www.sock;',
        '}',
        'server { location / { fastcgi_pass $PHP; } }',
      ].join('\n'),
    );
    expect(clients.map((c) => [c.target, c.variable?.location.line])).toEqual([
      [{ kind: 'unix', path: '/run/php/www.sock' }, 5],
      [{ kind: 'unix', path: '/run/php/a.sock' }, 6],
    ]);
  });

  it('leaves a map with a variable value unresolved', () => {
    const [client] = clientsOf(
      'map $a $php { default unix:/run/$b.sock; } server { location / { fastcgi_pass $php; } }',
    );
    expect(client.target.kind).toBe('unresolved');
  });

  it('resolves a variable that names an upstream', () => {
    const clients = clientsOf(
      'upstream php { server unix:/run/u.sock; } server { set $up php; location / { fastcgi_pass $up; } }',
    );
    expect(clients.map((c) => [c.target, c.upstream?.name, c.variable?.name])).toEqual([
      [{ kind: 'unix', path: '/run/u.sock' }, 'php', '$up'],
    ]);
  });

  it('treats $ in memcached_pass as part of the address', () => {
    const [client] = clientsOf(
      'server { set $s unix:/run/m.sock; location / { memcached_pass unix:/run/$s; } }',
    );
    expect(client.target).toEqual({ kind: 'unix', path: '/run/$s' });
  });
});

describe('problems nginx refuses to start with', () => {
  const problemsOf = (body: string) => load({ '/etc/nginx/nginx.conf': httpMain(body) }).problems;
  const path107 = '/' + 'a'.repeat(106);

  it('rejects a unix path of 108 bytes or more, counted in UTF-8 (trap 32)', () => {
    expect(problemsOf(`server { location / { fastcgi_pass unix:${path107}; } }`)).toEqual([]);
    expect(problemsOf(`server { location / { fastcgi_pass unix:${path107}a; } }`)).toEqual([
      {
        message: `too long path in the unix domain socket in upstream "unix:${path107}a"`,
        location: {
          file: 'repo/etc/nginx/nginx.conf',
          line: 3,
          column: 36,
          endLine: 3,
          endColumn: 36 + 5 + 108,
        },
      },
    ]);
    expect(
      problemsOf(`server { location / { fastcgi_pass unix:${'/' + 'é'.repeat(54)}; } }`).map(
        (p) => p.message,
      ),
    ).toEqual([expect.stringContaining('too long path')]);
    expect(problemsOf(`upstream u { server unix:${path107}a; }`).map((p) => p.message)).toEqual([
      `too long path in the unix domain socket in upstream "unix:${path107}a"`,
    ]);
  });

  it('rejects an empty unix path', () => {
    expect(
      problemsOf('server { location / { fastcgi_pass unix:; proxy_pass http://unix::/x; } }').map(
        (p) => p.message,
      ),
    ).toEqual([
      'no path in the unix domain socket in upstream "unix:"',
      'no path in the unix domain socket in upstream "unix::/x"',
    ]);
  });

  it('does not check that sockets exist (N7)', () => {
    expect(problemsOf('server { location / { fastcgi_pass unix:/nonexistent/dir/x.sock; } }')).toEqual([]);
  });

  it('reports every parse error of every file, in that file', () => {
    const config = load({
      '/etc/nginx/nginx.conf': httpMain('include /etc/nginx/bad.conf;'),
      '/etc/nginx/bad.conf': 'server { listen 80 }\nlocation / { return 200 "x"y; }',
    });
    expect(config.problems.map((p) => [p.message, p.location.file, p.location.line])).toEqual([
      ['unexpected "}"', 'repo/etc/nginx/bad.conf', 1],
      ['unexpected "y"', 'repo/etc/nginx/bad.conf', 2],
    ]);
  });

  it('reports a duplicate upstream and a port on an upstream name', () => {
    expect(
      problemsOf(
        'upstream up { server unix:/a; } upstream UP { server unix:/b; } server { location / { fastcgi_pass up:9000; } }',
      ).map((p) => p.message),
    ).toEqual(['duplicate upstream "UP"', 'upstream "up" may not have port 9000']);
  });
});

describe('builtin files', () => {
  it('keeps the path of a builtin file in locations', () => {
    const fs = deployedFs({ '/etc/nginx/nginx.conf': httpMain('include /etc/nginx/conf.d/*.conf;') });
    const builtin: DeployedFile = {
      deployedPath: '/etc/nginx/conf.d/default.conf',
      builtin: 'nginx image default.conf',
      file: {
        path: 'builtin/nginx/default.conf',
        absPath: '',
        text: 'server { location / { fastcgi_pass unix:/run/b.sock; } }',
        hadBom: false,
        crlf: false,
      },
    };
    const withBuiltin: DeployedFs = {
      lookup: (p) =>
        p === '/etc/nginx/conf.d/*.conf' ? { status: 'found', files: [builtin] } : fs.lookup(p),
    };
    const config = loadNginx(fs.get('/etc/nginx/nginx.conf'), withBuiltin);
    expect(config.clients[0].location.file).toBe('builtin/nginx/default.conf');
    expect(config.files).toContain(builtin);
  });
});

describe('realistic layouts (test/fixtures/nginx)', () => {
  const fixture = (name: string) =>
    readFileSync(new URL(`../fixtures/nginx/${name}`, import.meta.url), 'utf8');
  const all = (config: NginxConfig) =>
    config.clients.map((c) => [
      c.directive,
      c.context,
      c.target.kind === 'unix' ? c.target.path : c.target.kind === 'tcp' ? c.target.address : 'unresolved',
      c.upstream?.name ?? c.variable?.name ?? '',
    ]);

  it('reads a Debian host with a WordPress and a Laravel site', () => {
    const config = load({
      '/etc/nginx/nginx.conf': fixture('debian-nginx.conf'),
      '/etc/nginx/sites-enabled/default': fixture('debian-default'),
      '/etc/nginx/sites-enabled/wordpress': fixture('wordpress.conf'),
      '/etc/nginx/conf.d/laravel.conf': fixture('laravel.conf'),
      '/etc/nginx/snippets/fastcgi-php.conf': fixture('debian-fastcgi-php.conf'),
    });
    expect(config.problems).toEqual([]);
    expect(config.notes).toEqual([]);
    expect(config.user?.user).toBe('www-data');
    expect(all(config)).toEqual([
      ['fastcgi_pass', 'http', '/run/php/php8.2-fpm.sock', 'php-fpm'],
      ['fastcgi_pass', 'http', '/var/run/php/php8.2-fpm-2.sock', 'php-fpm'],
      ['fastcgi_pass', 'http', '/run/php/admin.sock', '$admin_sock'],
      ['fastcgi_pass', 'http', '/run/php/admin-write.sock', '$admin_sock'],
      ['fastcgi_pass', 'http', '/run/php/php8.2-fpm.sock', '$php_socket'],
      ['fastcgi_pass', 'http', '/run/php/admin.sock', '$php_socket'],
      ['fastcgi_pass', 'http', '/run/php/php8.2-fpm.sock', ''],
      ['fastcgi_pass', 'http', '/run/php/php8.2-fpm-status.sock#status', ''],
      ['fastcgi_pass', 'http', '/run/php/php7.4-fpm.sock', '$ver'],
      ['proxy_pass', 'http', '/run/app/app.sock', ''],
      ['grpc_pass', 'http', '/run/grpc.sock', ''],
      ['uwsgi_pass', 'http', '/run/uwsgi/app.sock', ''],
    ]);
  });

  it('reads a main file with http and stream upstreams', () => {
    const config = load({ '/etc/nginx/nginx.conf': fixture('stream-main.conf') });
    expect(config.user).toMatchObject({ user: 'nginx' });
    expect(all(config)).toEqual([
      ['proxy_pass', 'http', '/run/app/web.sock', 'Backend'],
      ['proxy_pass', 'http', '127.0.0.1:8080', 'Backend'],
      ['memcached_pass', 'http', '/run/memcached/memcached.sock', ''],
      ['scgi_pass', 'http', '/run/scgi.sock', ''],
      ['proxy_pass', 'stream', '/run/mysqld/mysqld.sock', 'db'],
      ['proxy_pass', 'stream', '/run/redis/redis.sock', ''],
    ]);
  });

  it('reads the official Docker image files', () => {
    const config = load({
      '/etc/nginx/nginx.conf': fixture('docker-nginx.conf'),
      '/etc/nginx/conf.d/default.conf': fixture('docker-default.conf'),
    });
    expect(config.user).toMatchObject({ user: 'nginx' });
    expect(config.user?.group).toBeUndefined();
    expect(config.clients).toEqual([]);
    expect(config.files.map((f) => f.deployedPath)).toEqual([
      '/etc/nginx/nginx.conf',
      '/etc/nginx/conf.d/default.conf',
    ]);
  });
});
