/** Bad input never crashes or hangs: every case ends with a finding or a skip note and exit 0, 1 or 2. */
import { afterAll, describe, expect, it } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../../src/engine/scan.js';
import { scratchDirs } from '../helpers/scratch.js';

const scratch = scratchDirs('socklint-adv-');
afterAll(scratch.cleanup);

function tree(files: Record<string, string | Buffer>): string {
  const dir = scratch.make();
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

const SITE = 'server {\n  location ~ \\.php$ {\n    fastcgi_pass unix:/run/php/php8.2-fpm.sock;\n  }\n}\n';
const POOL =
  '[www]\nuser = www-data\nlisten = /run/php/php8.2-fpm.sock\nlisten.owner = www-data\nlisten.group = www-data\npm = ondemand\npm.max_children = 2\n';

describe('bad input', () => {
  it('skips a 10 MB file with its size, and still checks the rest', async () => {
    const big = 'server { listen 80; }\n'.repeat(Math.ceil((10 * 1024 * 1024) / 22));
    const dir = tree({
      'etc/nginx/sites-enabled/app': SITE,
      'etc/nginx/conf.d/huge.conf': big,
      'etc/php/8.2/fpm/pool.d/www.conf': POOL,
    });
    const { result } = await analyze({ root: dir });
    expect(result.skipped).toEqual([
      expect.objectContaining({
        path: 'etc/nginx/conf.d/huge.conf',
        reason: expect.stringMatching(/larger than 5 MB/),
      }),
    ]);
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(result.sockets.map((s) => s.verdict)).toEqual(['connects']);
  });

  it('reads the 10 MB file when the limit allows it, without hanging', async () => {
    const big = '# padding\n'.repeat(1024 * 1024);
    const dir = tree({ 'etc/nginx/sites-enabled/app': SITE + big, 'etc/php/8.2/fpm/pool.d/www.conf': POOL });
    const { result } = await analyze({ root: dir, maxFileBytes: 20 * 1024 * 1024 });
    expect(result.skipped).toEqual([]);
    expect(result.sockets.map((s) => s.verdict)).toEqual(['connects']);
  });

  it('reads a Latin-1 byte as nginx does: byte by byte, columns exact after it', async () => {
    const dir = tree({
      'etc/nginx/sites-enabled/app': Buffer.concat([
        Buffer.from('server {\n  # caf'),
        Buffer.from([0xe9]),
        Buffer.from('\n  location / { fastcgi_pass unix:/run/php/nope.sock; }\n}\n'),
      ]),
    });
    const { result } = await analyze({ root: dir });
    expect(result.skipped).toEqual([]);
    expect(result.sockets.map((s) => [s.client.location.line, s.client.location.column])).toEqual([[3, 16]]);
  });

  it('neither reads a link to /dev/zero nor a 60 MB file, and still checks the rest', async () => {
    const dir = tree({
      'etc/nginx/nginx.conf': `user www-data;\nevents {}\nhttp {\n  include conf.d/*.conf;\n  ${SITE}}\n`,
      'etc/php/8.2/fpm/pool.d/www.conf': POOL,
    });
    mkdirSync(path.join(dir, 'etc/nginx/conf.d'));
    symlinkSync('/dev/zero', path.join(dir, 'etc/nginx/conf.d/zero.conf'));
    // Sparse: 60 MB as fstat reports it, without writing 60 MB to the disk.
    writeFileSync(path.join(dir, 'etc/nginx/conf.d/huge.conf'), '');
    truncateSync(path.join(dir, 'etc/nginx/conf.d/huge.conf'), 60 * 1024 * 1024);
    const { result } = await analyze({ root: dir });
    expect(result.skipped).toEqual([
      { path: 'etc/nginx/conf.d/huge.conf', reason: 'larger than 5 MB (60.0 MB)' },
    ]);
    expect(result.sockets.map((s) => s.verdict)).toEqual(['connects']);
  }, 30_000);

  it('terminates on symlink loops', async () => {
    const dir = tree({ 'etc/nginx/sites-enabled/app': SITE, 'etc/php/8.2/fpm/pool.d/www.conf': POOL });
    symlinkSync('loop', path.join(dir, 'etc/nginx/loop'));
    symlinkSync('..', path.join(dir, 'etc/nginx/sites-enabled/up'));
    const { result } = await analyze({ root: dir });
    expect(result.sockets.map((s) => s.verdict)).toEqual(['connects']);
    expect(result.skipped.map((s) => s.path)).toContain('etc/nginx/loop');
  });
});

describe('what a web repository holds', () => {
  it('lists no image among the skipped files, and still names a config saved as UTF-16', async () => {
    const png = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      Buffer.alloc(64),
    ]);
    const dir = tree({
      'etc/nginx/sites-enabled/app': SITE,
      'etc/php/8.2/fpm/pool.d/www.conf': POOL,
      'etc/php/8.2/fpm/pool.d/old.conf': Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from(POOL, 'utf16le'),
      ]),
      'public/img/logo.png': png,
      'public/img/hero': png,
      'public/fonts/app.woff2': Buffer.from([0x77, 0x4f, 0x46, 0x32, 0, 1, 0, 0]),
      'public/favicon.ico': Buffer.from([0, 0, 1, 0, 1, 0, 16, 16]),
      'public/video/intro.mp4': Buffer.alloc(6 * 1024 * 1024, 0x41),
    });
    const { result } = await analyze({ root: dir });
    expect(result.skipped.map((s) => [s.path, s.reason.split(' (')[0]])).toEqual([
      ['etc/php/8.2/fpm/pool.d/old.conf', 'UTF-16 text'],
    ]);
    expect(result.sockets.map((s) => s.verdict)).toEqual(['connects']);
  });

  it('reads a quoted Lua block whose code holds braces, and decides the socket behind it', async () => {
    const site = [
      'server {',
      '  location ~ \\.php$ {',
      '    "access_by_lua_block" {',
      '      local deny = { ["}"] = true }  -- }}}',
      '      if deny[ngx.var.arg_x] then return ngx.exit(403) end',
      '    }',
      '    fastcgi_pass unix:/run/php/php8.2-fpm.sock;',
      '  }',
      '}',
      '',
    ].join('\n');
    const dir = tree({ 'etc/nginx/sites-enabled/app': site, 'etc/php/8.2/fpm/pool.d/www.conf': POOL });
    const { result } = await analyze({ root: dir });
    expect(result.findings).toEqual([]);
    expect(result.sockets.map((s) => [s.client.location.line, s.verdict])).toEqual([[7, 'connects']]);
  });
});

describe('hostile include globs', () => {
  it('reads 32 braces as nginx does, literally, and a backtracking pattern over a long name at once', async () => {
    const braces = '{a,b}'.repeat(32);
    const site = [
      'server {',
      `  include "/etc/nginx/conf.d/${braces}.conf";`,
      `  include /etc/nginx/conf.d/${'*a'.repeat(40)}*b;`,
      '  location ~ \\.php$ {',
      '    fastcgi_pass unix:/run/php/php8.2-fpm.sock;',
      '  }',
      '}',
      '',
    ].join('\n');
    const dir = tree({
      'etc/nginx/sites-enabled/app': site,
      [`etc/nginx/conf.d/${'a'.repeat(200)}.conf`]: '# not matched: it does not end in b\n',
      'etc/php/8.2/fpm/pool.d/www.conf': POOL,
    });
    const { result } = await analyze({ root: dir });
    expect(result.notes.filter((n) => n.code === 'include-not-in-repo').map((n) => n.location?.line)).toEqual(
      [2],
    );
    expect(result.sockets.map((s) => s.verdict)).toEqual(['connects']);
  });
});

/** A site whose PHP location sits inside `depth` nested locations. */
function deepSite(depth: number): string {
  return (
    'server {\n' +
    'location / {\n'.repeat(depth) +
    'fastcgi_pass unix:/run/php/php8.2-fpm.sock;\n' +
    '}\n'.repeat(depth) +
    '}\n'
  );
}

describe('deep nesting', () => {
  it('reads 8,000 nested locations, which nginx accepts, and decides the socket', async () => {
    const dir = tree({
      'etc/nginx/sites-enabled/app': deepSite(8000),
      'etc/php/8.2/fpm/pool.d/www.conf': POOL,
    });
    const { result } = await analyze({ root: dir });
    expect(result.findings).toEqual([]);
    expect(result.sockets.map((s) => s.verdict)).toEqual(['connects']);
  });

  it('reports 100,000 nested locations as the crash nginx has, on that file, and scans the rest', async () => {
    const dir = tree({
      'etc/nginx/sites-enabled/deep': deepSite(100_000),
      'etc/nginx/sites-enabled/app': SITE,
      'etc/php/8.2/fpm/pool.d/www.conf': POOL,
    });
    const { result } = await analyze({ root: dir });
    const invalid = result.findings.filter((f) => f.rule === 'nginx-config-invalid');
    expect(invalid).toEqual([
      expect.objectContaining({
        file: 'etc/nginx/sites-enabled/deep',
        // Past 13,089 levels nginx crashes: http, the include from nginx.conf, server and 13,086
        // locations; the last one opens on line 13,087.
        line: 13_087,
        column: 1,
        message: expect.stringContaining('nested 13,089 levels deep (blocks and includes)'),
      }),
    ]);
    // The same nginx reads the other site: it does not start either, and says so.
    expect(result.sockets.map((s) => [s.client.location.file, s.verdict])).toEqual([
      ['etc/nginx/sites-enabled/app', 'nginx-fails'],
    ]);
  }, 60_000);

  it("follows an include chain 8,000 files deep, and says where systemd's open-file limit stops nginx", async () => {
    const depth = 8000;
    const files: Record<string, string> = {
      'etc/nginx/sites-enabled/app':
        'server {\n  location / {\n    include /etc/nginx/chain/0.conf;\n  }\n}\n',
      'etc/php/8.2/fpm/pool.d/www.conf': POOL,
    };
    for (let i = 0; i < depth; i++)
      files[`etc/nginx/chain/${i}.conf`] =
        i < depth - 1
          ? `include /etc/nginx/chain/${i + 1}.conf;\n`
          : 'fastcgi_pass unix:/run/php/php8.2-fpm.sock;\n';
    const { result } = await analyze({ root: tree(files) });
    expect(result.findings).toEqual([]);
    expect(result.sockets.map((s) => s.verdict)).toEqual(['connects']);
    expect(result.notes.filter((n) => n.code === 'include-depth').map((n) => n.location?.file)).toEqual([
      // The include in the 1,019th file of the chain (nginx.conf, the site, chain/0 … chain/1016).
      'etc/nginx/chain/1016.conf',
    ]);
  }, 60_000);
});

describe('the bundled CLI on every adversarial fixture', () => {
  const cli = path.resolve('dist/cli/index.js');
  const fixtures = readdirSync('__fixtures__').filter((d) => d.startsWith('adversarial-'));
  it.each(fixtures)('%s: exit 0 or 1, no stack trace', (name) => {
    expect(existsSync(cli)).toBe(true);
    const r = spawnSync(process.execPath, [cli, 'scan', path.join('__fixtures__', name)], {
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(r.error).toBeUndefined();
    expect([0, 1]).toContain(r.status);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toMatch(/\d+ errors?, \d+ warnings?, \d+ notices? \(/);
  });

  it("stops writing when its reader closes the pipe, and still exits with the scan's code", async () => {
    // 400 sites whose sockets nothing creates: far more notices than a pipe holds.
    const dir = scratch.make();
    mkdirSync(path.join(dir, 'nginx'));
    for (let i = 0; i < 400; i++) {
      const site = `server {\n  location ~ \\.php$ {\n    fastcgi_pass unix:/run/php/site${i}.sock;\n  }\n}\n`;
      writeFileSync(path.join(dir, 'nginx', `site${i}.conf`), site);
    }
    const child = spawn(process.execPath, [cli, 'scan', dir, '--no-color', '--fail-on', 'notice']);
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // The reader takes the first chunk and goes away, as `head -1` does.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(stderr).toBe('');
    expect(code).toBe(1);
  }, 60_000);

  // The bundle loads the config's YAML and schema libraries on demand, as CommonJS from ESM.
  const configured = readdirSync('__fixtures__').filter((d) =>
    existsSync(path.join('__fixtures__', d, '.socklint.yml')),
  );
  it.each(configured)('%s: reads its .socklint.yml', (name) => {
    const r = spawnSync(process.execPath, [cli, 'scan', path.join('__fixtures__', name)], {
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(r.stderr).toBe('');
    expect([0, 1]).toContain(r.status);
  });
});
