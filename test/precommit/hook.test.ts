/**
 * The pre-commit hook, run by the real pre-commit (Debian's package) from this repository's
 * committed HEAD against a sample repository: it installs with the system node (no Node download)
 * and fails on a broken pool, then passes once the pool is fixed.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = process.cwd();
const POOL = 'etc/php/8.2/fpm/pool.d/www.conf';
const scratch = mkdtempSync(path.join(tmpdir(), 'socklint-pre-commit-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function sh(cwd: string, command: string, args: string[]): { code: number; output: string } {
  const r = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    timeout: 540_000,
    env: {
      ...process.env,
      PRE_COMMIT_HOME: path.join(scratch, 'home'),
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com',
    },
  });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, output: `${r.stdout}${r.stderr}` };
}

describe('pre-commit hook', () => {
  it('installs from this repository, fails on a broken pool and passes on a fixed one', () => {
    expect(sh(ROOT, 'pre-commit', ['--version']).output).toMatch(/^pre-commit \d/);
    const rev = sh(ROOT, 'git', ['rev-parse', 'HEAD']).output.trim();
    const repo = path.join(scratch, 'site');
    cpSync(path.join(ROOT, 'test/action/fixtures/debian'), repo, { recursive: true });
    writeFileSync(
      path.join(repo, '.pre-commit-config.yaml'),
      `repos:\n  - repo: ${ROOT}\n    rev: ${rev}\n    hooks:\n      - id: socklint\n`,
    );
    sh(repo, 'git', ['init', '-q']);
    sh(repo, 'git', ['add', '-A']);

    const broken = sh(repo, 'pre-commit', ['run', '--all-files']);
    expect(broken.output).not.toMatch(/nodeenv.*download|Downloading/i);
    expect(broken.output).toMatch(/socklint\.+Failed/);
    expect(broken.output).toContain(`error   ${POOL}:4:1  socket-permission-denied`);
    expect(broken.code).toBe(1);

    appendFileSync(path.join(repo, POOL), 'listen.owner = www-data\nlisten.group = www-data\n');
    sh(repo, 'git', ['add', '-A']);
    const fixed = sh(repo, 'pre-commit', ['run', '--all-files']);
    expect(fixed.output).toMatch(/socklint\.+Passed/);
    expect(fixed.code).toBe(0);
  }, 600_000);
});
