import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, writeFileSync, mkdirSync, cpSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main.js';

async function run(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTty: false });
  return { code, stdout, stderr };
}

const broken = path.resolve('__fixtures__/debian-broken-socket');
const clean = path.resolve('__fixtures__/debian-php82');

describe('socklint scan exit codes', () => {
  it('exits 1 when an error is found and prints the counts last', async () => {
    const r = await run('scan', broken);
    expect(r.code).toBe(1);
    expect(r.stdout.trimEnd().split('\n').pop()).toBe(
      '1 error, 1 warning, 0 notices (1 socket checked, 0 undecided)',
    );
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('exits 0 on a clean tree', async () => {
    const r = await run('scan', clean);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('0 errors, 0 warnings, 0 notices (1 socket checked, 0 undecided)');
  });

  it('honours --fail-on', async () => {
    expect((await run('scan', broken, '--fail-on', 'never')).code).toBe(0);
    const ww = path.resolve('__fixtures__/trap-world-writable');
    expect((await run('scan', ww, '--fail-on', 'error')).code).toBe(0);
    expect((await run('scan', ww, '--fail-on', 'warning')).code).toBe(1);
  });

  it('writes the report to --output', async () => {
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'socklint-')), 'report.json');
    const r = await run('scan', broken, '--format', 'json', '--output', out);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const report = JSON.parse((await import('node:fs')).readFileSync(out, 'utf8'));
    expect(report.version).toBe(1);
    expect(report.findings[0]).toMatchObject({
      rule: 'socket-permission-denied',
      severity: 'error',
      file: 'etc/php/8.2/fpm/pool.d/www.conf',
      line: 7,
      column: 1,
    });
  });
});

describe('usage errors exit 2 with one clear line', () => {
  it.each([
    [['scan', broken, '--format', 'xml'], '--format must be text, json, sarif for scan'],
    [
      ['scan', broken, '--fail-on', 'fatal'],
      '--fail-on must be error, warning, notice or never, not "fatal"',
    ],
    [['lint', broken], 'unknown command "lint"'],
    [[], 'a command is required'],
    [['scan', broken, '--bogus'], "Unknown option '--bogus'"],
    [['scan', '/nonexistent/socklint/path'], 'no such directory: /nonexistent/socklint/path'],
    [['scan', broken, '--config', 'missing.yml'], 'cannot read config missing.yml'],
  ])('%j', async (args, message) => {
    const r = await run(...(args as string[]));
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toContain(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('rejects an invalid config file with its position in the schema', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'socklint-'));
    writeFileSync(path.join(dir, '.socklint.yml'), 'fail-on: sometimes\n');
    const r = await run('scan', dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^socklint: \.socklint\.yml: fail-on: must be equal to one of the allowed values\n$/,
    );
  });

  it('rejects YAML that does not parse', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'socklint-'));
    writeFileSync(path.join(dir, '.socklint.yml'), 'rules: [\n');
    const r = await run('scan', dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^socklint: \.socklint\.yml: invalid YAML/);
  });
});

describe('configuration', () => {
  it('turns a rule off and changes a level', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'socklint-'));
    cpSync(broken, dir, { recursive: true, verbatimSymlinks: true });
    writeFileSync(
      path.join(dir, '.socklint.yml'),
      'rules:\n  socket-ownership-implicit: off\n  socket-permission-denied: warning\n',
    );
    const r = await run('scan', dir, '--format', 'json');
    const report = JSON.parse(r.stdout);
    expect(report.findings.map((f: { rule: string; severity: string }) => `${f.rule}:${f.severity}`)).toEqual(
      ['socket-permission-denied:warning'],
    );
    expect(r.code).toBe(0);
  });

  it('maps files with mappings and checks them', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'socklint-'));
    mkdirSync(path.join(dir, 'deploy/nginx'), { recursive: true });
    mkdirSync(path.join(dir, 'deploy/pool'), { recursive: true });
    writeFileSync(
      path.join(dir, 'deploy/nginx/app.conf'),
      'server {\n  location ~ \\.php$ {\n    fastcgi_pass unix:/run/php/app.sock;\n  }\n}\n',
    );
    writeFileSync(
      path.join(dir, 'deploy/pool/app.conf'),
      '[app]\nuser = www-data\nlisten = /run/php/app.sock\npm = ondemand\npm.max_children = 4\n',
    );
    writeFileSync(
      path.join(dir, '.socklint.yml'),
      'mappings:\n  deploy/nginx: /etc/nginx/conf.d\n  deploy/pool: /etc/php/8.2/fpm/pool.d\n',
    );
    const r = await run('scan', dir, '--format', 'json');
    const report = JSON.parse(r.stdout);
    expect(
      report.findings.map(
        (f: { rule: string; file: string; line: number }) => `${f.rule} ${f.file}:${f.line}`,
      ),
    ).toEqual([
      'socket-permission-denied deploy/pool/app.conf:3',
      'socket-ownership-implicit deploy/pool/app.conf:3',
    ]);
  });
});

describe('suppressions', () => {
  it('silences a finding with a reason, counts it, and reports malformed ones', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'socklint-'));
    cpSync(path.resolve('__fixtures__/trap-world-writable'), dir, {
      recursive: true,
      verbatimSymlinks: true,
    });
    const pool = path.join(dir, 'etc/php/8.2/fpm/pool.d/www.conf');
    const fs = await import('node:fs');
    const lines = fs.readFileSync(pool, 'utf8').split('\n');
    const modeLine = lines.findIndex((l) => l.startsWith('listen.mode'));
    lines.splice(modeLine, 0, '; socklint-disable-next-line socket-world-writable -- shared development box');
    lines.splice(1, 0, '; socklint-disable-next-line socket-path-mismatch');
    fs.writeFileSync(pool, lines.join('\n'));
    const r = await run('scan', dir, '--format', 'json');
    const report = JSON.parse(r.stdout);
    expect(report.suppressed).toBe(1);
    const rules = report.findings.map(
      (f: { rule: string; line: number; message: string }) => `${f.rule}:${f.line}`,
    );
    expect(rules).not.toContain(`socket-world-writable:${modeLine + 3}`);
    expect(report.findings.find((f: { rule: string }) => f.rule === 'suppression-invalid').message).toContain(
      'has no reason',
    );
  });
});
