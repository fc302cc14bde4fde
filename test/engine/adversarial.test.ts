/** Bad input never crashes or hangs: every case ends with a finding or a skip note and exit 0, 1 or 2. */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { analyze } from '../../src/engine/scan.js';

function tree(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'socklint-adv-'));
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

  it('names the position of the first invalid UTF-8 byte', async () => {
    const dir = tree({
      'etc/nginx/sites-enabled/app': Buffer.concat([
        Buffer.from('server {\n  # caf'),
        Buffer.from([0xe9]),
        Buffer.from('\n}\n'),
      ]),
    });
    const { result } = await analyze({ root: dir });
    expect(result.skipped).toEqual([
      expect.objectContaining({ path: 'etc/nginx/sites-enabled/app', line: 2, column: 8 }),
    ]);
  });

  it('terminates on symlink loops', async () => {
    const dir = tree({ 'etc/nginx/sites-enabled/app': SITE, 'etc/php/8.2/fpm/pool.d/www.conf': POOL });
    symlinkSync('loop', path.join(dir, 'etc/nginx/loop'));
    symlinkSync('..', path.join(dir, 'etc/nginx/sites-enabled/up'));
    const { result } = await analyze({ root: dir });
    expect(result.sockets.map((s) => s.verdict)).toEqual(['connects']);
    expect(result.skipped.map((s) => s.path)).toContain('etc/nginx/loop');
  });
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
});
