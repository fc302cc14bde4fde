/** `socklint scan --diff`, `--fix` and `--unsafe-fixes` through the CLI's main(). */
import { afterAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main.js';
import { copyFixture } from './helpers.js';

const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((c) => c()));

async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTty: false });
  return { code, stdout, stderr };
}

function fixture(name: string): string {
  const { dir, cleanup } = copyFixture(name);
  cleanups.push(cleanup);
  return dir;
}

const POOL = 'etc/php/8.2/fpm/pool.d/www.conf';
const golden = (name: string) => readFileSync(path.resolve('test/fix/golden', `${name}.diff`), 'utf8');

describe('scan --diff', () => {
  it('prints the patch, reports what it would fix and changes nothing', async () => {
    const dir = fixture('debian-broken-socket');
    const before = readFileSync(path.join(dir, POOL), 'utf8');
    const { code, stdout, stderr } = await run(['scan', dir, '--diff']);
    expect(stdout).toBe(golden('debian-broken-socket'));
    expect(stderr).toContain('would fix 2 findings in 1 file');
    expect(stderr).toContain('resolves socket-permission-denied at etc/php/8.2/fpm/pool.d/www.conf:7');
    expect(readFileSync(path.join(dir, POOL), 'utf8')).toBe(before);
    expect(code).toBe(1);
  });

  it('leaves unsafe fixes out unless asked, and says so', async () => {
    const dir = fixture('trap-php74-path');
    const safe = await run(['scan', dir, '--diff']);
    expect(safe.stdout).toBe('');
    expect(safe.stderr).toContain('unsafe fix not applied without --unsafe-fixes');
    const unsafe = await run(['scan', dir, '--diff', '--unsafe-fixes']);
    expect(unsafe.stdout).toContain('+\t\tfastcgi_pass unix:/run/php/php8.2-fpm.sock;');
  });

  it('says why a finding has no fix', async () => {
    const { stderr } = await run(['scan', fixture('trap-socket-dir-denied'), '--diff']);
    expect(stderr).toContain('nothing to fix automatically');
    expect(stderr).toMatch(/setup\.sh:5 socket-directory-denied: .*search/);
  });
});

describe('scan --fix', () => {
  it('writes the fixes, reports what is left, and a second run has nothing to do', async () => {
    const dir = fixture('debian-broken-socket');
    const first = await run(['scan', dir, '--fix']);
    expect(first.stderr).toContain('fixed 2 findings in 1 file');
    expect(first.code).toBe(0);
    expect(readFileSync(path.join(dir, POOL), 'utf8')).toContain(
      '\nlisten.owner = www-data\nlisten.group = www-data\n',
    );
    const second = await run(['scan', dir, '--fix']);
    expect(second.stderr).toContain('nothing to fix automatically');
    expect(second.code).toBe(0);
  });

  it('keeps JSON on stdout valid and the summary on stderr', async () => {
    const { stdout, stderr } = await run([
      'scan',
      fixture('trap-world-writable'),
      '--fix',
      '--format',
      'json',
    ]);
    expect(JSON.parse(stdout).findings).toEqual([]);
    expect(stderr).toContain('fixed 2 findings');
  });

  it('prints the summary on stdout when the report goes to a file', async () => {
    const dir = fixture('trap-mode-u-rw');
    const { stdout } = await run(['scan', dir, '--fix', '--output', path.join(dir, 'report.txt')]);
    expect(stdout).toContain('fixed 2 findings');
  });

  it('refuses --unsafe-fixes alone and fixes outside scan', async () => {
    expect((await run(['scan', fixture('trap-php74-path'), '--unsafe-fixes'])).code).toBe(2);
    expect((await run(['sockets', fixture('trap-php74-path'), '--fix'])).code).toBe(2);
  });
});
