import { afterAll, describe, expect, it, jest } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main.js';
import { scratchDirs } from '../helpers/scratch.js';

const scratch = scratchDirs('socklint-cli-');
afterAll(scratch.cleanup);

async function run(args: string[], io: { isTty?: boolean; env?: Record<string, string>; cwd?: string } = {}) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    isTty: io.isTty ?? false,
    env: io.env ?? {},
    cwd: io.cwd,
  });
  return { code, stdout, stderr };
}

/** A copy of a fixture outside any git work tree: paths are relative to the copy. */
function fixture(name: string): string {
  const dir = path.join(scratch.make(), name);
  cpSync(path.resolve('__fixtures__', name), dir, { recursive: true, verbatimSymlinks: true });
  return dir;
}

/** A git repository holding a fixture under `deploy/`, committed. */
function repository(name: string): string {
  const repo = scratch.make();
  cpSync(path.resolve('__fixtures__', name), path.join(repo, 'deploy'), {
    recursive: true,
    verbatimSymlinks: true,
  });
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], {
      cwd: repo,
      stdio: 'pipe',
    });
  git('init', '-q');
  git('add', '.');
  git('commit', '-qm', 'fixture');
  return repo;
}

const POOL = 'etc/php/8.2/fpm/pool.d/www.conf';

// Some tests scan several times; a busy machine must not turn that into a failure (none measures time).
jest.setTimeout(60_000);

describe('socklint scan exit codes', () => {
  it('exits 1 when an error is found and prints the counts last', async () => {
    const r = await run(['scan', fixture('debian-broken-socket')]);
    expect(r.code).toBe(1);
    expect(r.stdout.trimEnd().split('\n').pop()).toBe(
      '1 error, 1 warning, 0 notices (1 socket checked, 0 undecided)',
    );
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('exits 0 on a clean tree', async () => {
    const r = await run(['scan', fixture('debian-php82')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('0 errors, 0 warnings, 0 notices (1 socket checked, 0 undecided)');
  });

  it('honours --fail-on', async () => {
    expect((await run(['scan', fixture('debian-broken-socket'), '--fail-on', 'never'])).code).toBe(0);
    const ww = fixture('trap-world-writable');
    expect((await run(['scan', ww, '--fail-on', 'error'])).code).toBe(0);
    expect((await run(['scan', ww, '--fail-on', 'warning'])).code).toBe(1);
  });

  it('writes the report to --output, relative to the working directory', async () => {
    const out = scratch.make();
    const r = await run(
      ['scan', fixture('debian-broken-socket'), '--format', 'json', '--output', 'report.json'],
      {
        cwd: out,
      },
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const report = JSON.parse(readFileSync(path.join(out, 'report.json'), 'utf8'));
    expect(report.findings[0]).toMatchObject({
      rule: 'socket-permission-denied',
      file: POOL,
      line: 7,
      column: 1,
    });
  });
});

describe('usage errors exit 2 with one clear line', () => {
  const broken = path.resolve('__fixtures__/debian-broken-socket');
  it.each([
    [['scan', broken, '--format', 'xml'], '--format must be text, json, sarif for scan'],
    [['scan', broken, '--format', 'jsno'], '--format must be text, json, sarif for scan; did you mean json?'],
    [
      ['scan', broken, '--fail-on', 'fatal'],
      '--fail-on must be error, warning, notice or never, not "fatal"',
    ],
    [['scan', broken, '--fail-on', 'warnings'], 'not "warnings"; did you mean warning?'],
    [['lint', broken], 'unknown command "lint" (commands: scan, sockets)'],
    [['scna', broken], 'unknown command "scna"; did you mean scan?'],
    [[], 'a command is required'],
    [['scan', broken, '--bogus'], 'unknown option --bogus'],
    [['scan', broken, '--fial-on', 'error'], 'unknown option --fial-on; did you mean --fail-on?'],
    [['scan', broken, '--no-colour'], 'unknown option --no-colour; did you mean --no-color?'],
    [['scan', broken, '--unsafe-fix'], 'unknown option --unsafe-fix; did you mean --unsafe-fixes?'],
    [
      ['scan', '/nonexistent/socklint/path'],
      'cannot scan /nonexistent/socklint/path: no such file or directory',
    ],
    [['scan', `${broken}/etc/nginx/sites-available/shop/x`], 'a part of the path is not a directory'],
    [['sockets', `${broken}/${POOL}`], 'sockets shows a whole repository: give a directory, not the file'],
    [
      ['scan', broken, '--config', 'missing.yml'],
      'cannot read config missing.yml: no such file or directory',
    ],
    [
      ['scan', broken, '--output', '/nonexistent/dir/report.txt'],
      'cannot write /nonexistent/dir/report.txt: its directory /nonexistent/dir: no such file or directory',
    ],
    [['scan', broken, '--output', `${broken}/${POOL}/report.txt`], 'is not a directory'],
  ])('%j', async (args, message) => {
    const r = await run(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toContain(message);
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
  });

  it('says why --output cannot be written, after the scan, without an internal error', async () => {
    const dir = scratch.make();
    const r = await run(['scan', fixture('debian-php82'), '--output', dir]);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr: `socklint: cannot write ${dir}: it is a directory\nRun 'socklint --help' for usage.\n`,
    });
  });
});

describe('configuration errors name the key, the value and the nearest valid one', () => {
  it.each([
    [
      'fail-on: sometimes\n',
      '.socklint.yml: fail-on: "sometimes" is not one of error, warning, notice, never',
    ],
    [
      'fail-on: warnings\n',
      '.socklint.yml: fail-on: "warnings" is not one of error, warning, notice, never; did you mean warning?',
    ],
    [
      'rules:\n  socket-permision-denied: error\n',
      '.socklint.yml: rules.socket-permision-denied: unknown rule; did you mean socket-permission-denied?',
    ],
    [
      'rules:\n  socket-world-writable: loud\n',
      '.socklint.yml: rules.socket-world-writable: "loud" is not one of error, warning, notice, off',
    ],
    ['failon: error\n', '.socklint.yml: failon: unknown key; did you mean fail-on?'],
    [
      'colour: auto\n',
      '.socklint.yml: colour: unknown key (known: fail-on, rules, mappings, platform, web-user, users, groups, accounts, directories, ignore, variables, max-file-size)',
    ],
    [
      'mappings:\n  deploy/nginx: etc/nginx\n',
      '.socklint.yml: mappings.deploy/nginx: "etc/nginx" must be an absolute path (starting with /)',
    ],
    ['users:\n  app:\n    uid: abc\n', '.socklint.yml: users.app.uid: "abc" must be an integer'],
    ['users:\n  app:\n    gid: 3\n', '.socklint.yml: users.app.gid: unknown key; did you mean uid?'],
  ])('%j', async (yaml, message) => {
    const dir = fixture('debian-php82');
    writeFileSync(path.join(dir, '.socklint.yml'), yaml);
    const r = await run(['scan', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`socklint: ${message}\n`);
  });

  it('rejects YAML that does not parse', async () => {
    const dir = fixture('debian-php82');
    writeFileSync(path.join(dir, '.socklint.yml'), 'rules: [\n');
    const r = await run(['scan', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^socklint: \.socklint\.yml: invalid YAML/);
  });
});

describe('a subdirectory of a repository', () => {
  it('reports paths from the repository root in text, JSON, SARIF and --diff, so git apply works', async () => {
    const repo = repository('debian-broken-socket');
    const sub = path.join(repo, 'deploy');
    const text = await run(['scan', sub]);
    expect(text.stdout).toContain(`error   deploy/${POOL}:7:1  socket-permission-denied`);
    const json = JSON.parse((await run(['scan', sub, '--format', 'json'])).stdout);
    expect(json.findings.map((f: { file: string }) => f.file)).toEqual([`deploy/${POOL}`, `deploy/${POOL}`]);
    const sarif = JSON.parse((await run(['scan', sub, '--format', 'sarif'])).stdout);
    expect(sarif.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe(
      `deploy/${POOL}`,
    );
    const diff = await run(['scan', sub, '--diff']);
    expect(diff.stdout).toContain(`--- a/deploy/${POOL}\n+++ b/deploy/${POOL}\n`);
    writeFileSync(path.join(repo, 'fix.patch'), diff.stdout);
    execFileSync('git', ['apply', '--check', 'fix.patch'], { cwd: repo });
  });

  it('reads the .socklint.yml at the repository root; the nearest one wins; --config wins over both', async () => {
    const repo = repository('debian-broken-socket');
    const sub = path.join(repo, 'deploy');
    const rules = (r: { stdout: string }) =>
      JSON.parse(r.stdout).findings.map((f: { rule: string }) => f.rule);
    writeFileSync(path.join(repo, '.socklint.yml'), 'rules:\n  socket-ownership-implicit: off\n');
    expect(rules(await run(['scan', sub, '--format', 'json']))).toEqual(['socket-permission-denied']);
    writeFileSync(path.join(sub, '.socklint.yml'), 'rules:\n  socket-permission-denied: off\n');
    expect(rules(await run(['scan', sub, '--format', 'json']))).toEqual(['socket-ownership-implicit']);
    writeFileSync(path.join(repo, 'other.yml'), 'fail-on: never\n');
    const named = await run(['scan', sub, '--format', 'json', '--config', 'other.yml'], { cwd: repo });
    expect(named.code).toBe(0);
    expect(rules(named)).toEqual(['socket-permission-denied', 'socket-ownership-implicit']);
  });

  it('takes mappings and ignore globs of a nested .socklint.yml relative to its own directory', async () => {
    const repo = scratch.make();
    mkdirSync(path.join(repo, 'svc/deploy/nginx'), { recursive: true });
    mkdirSync(path.join(repo, 'svc/deploy/pool'), { recursive: true });
    writeFileSync(
      path.join(repo, 'svc/deploy/nginx/app.conf'),
      'server {\n  location ~ \\.php$ {\n    fastcgi_pass unix:/run/php/app.sock;\n  }\n}\n',
    );
    writeFileSync(
      path.join(repo, 'svc/deploy/pool/app.conf'),
      '[app]\nuser = www-data\nlisten = /run/php/app.sock\npm = ondemand\npm.max_children = 4\n',
    );
    writeFileSync(path.join(repo, 'svc/deploy/pool/old.conf'), '[old]\nlisten = /run/php/old.sock\n');
    writeFileSync(
      path.join(repo, 'svc/.socklint.yml'),
      'mappings:\n  deploy/nginx: /etc/nginx/conf.d\n  deploy/pool: /etc/php/8.2/fpm/pool.d\nignore:\n  - deploy/pool/old.conf\n',
    );
    execFileSync('git', ['init', '-q'], { cwd: repo });
    const r = await run(['scan', path.join(repo, 'svc'), '--format', 'json']);
    expect(
      JSON.parse(r.stdout).findings.map((f: { rule: string; file: string }) => `${f.rule} ${f.file}`),
    ).toEqual([
      'socket-permission-denied svc/deploy/pool/app.conf',
      'socket-ownership-implicit svc/deploy/pool/app.conf',
    ]);
  });
});

describe('scan FILE', () => {
  it('scans the repository of the file and shows the findings in that file, saying so', async () => {
    const repo = repository('debian-broken-socket');
    const r = await run(['scan', path.join(repo, 'deploy', POOL), '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `socklint: scanned ${repo}, the repository of deploy/${POOL}; showing the 2 findings in deploy/${POOL}\n`,
    );
    expect(JSON.parse(r.stdout).findings.map((f: { file: string }) => f.file)).toEqual([
      `deploy/${POOL}`,
      `deploy/${POOL}`,
    ]);
    const site = await run(['scan', path.join(repo, 'deploy/etc/nginx/sites-available/shop')], { cwd: repo });
    expect(site.code).toBe(0);
    expect(site.stderr).toContain('showing the 0 findings in deploy/etc/nginx/sites-available/shop');
  });

  it('says why when the file is not checked', async () => {
    const repo = repository('debian-broken-socket');
    writeFileSync(path.join(repo, 'README.md'), '# shop\n');
    writeFileSync(path.join(repo, '.gitignore'), '*.bak\n');
    writeFileSync(path.join(repo, 'www.conf.bak'), '[www]\n');
    writeFileSync(path.join(repo, 'deploy/etc/php/8.2/fpm/pool.d/old.conf'), Buffer.from([0x5b, 0, 0x5d]));
    const readme = await run(['scan', path.join(repo, 'README.md')]);
    expect(readme).toMatchObject({ code: 0, stdout: '' });
    expect(readme.stderr).toBe('socklint: nothing to check in README.md: a .md file\n');
    const ignored = await run(['scan', path.join(repo, 'www.conf.bak')]);
    expect(ignored.code).toBe(2);
    expect(ignored.stderr).toContain('www.conf.bak is not scanned: git ignores it');
    const binary = await run(['scan', path.join(repo, 'deploy/etc/php/8.2/fpm/pool.d/old.conf')]);
    expect(binary.code).toBe(2);
    expect(binary.stderr).toContain('old.conf could not be read, so nothing in it was checked: binary');
  });
});

describe('scan --diff --fix', () => {
  it('prints the diff and writes nothing, as ruff does', async () => {
    const dir = fixture('debian-broken-socket');
    const before = readFileSync(path.join(dir, POOL), 'utf8');
    const r = await run(['scan', dir, '--diff', '--fix']);
    expect(r.stdout).toContain(`+++ b/${POOL}`);
    expect(r.stderr).toContain('would fix 2 findings in 1 file');
    expect(readFileSync(path.join(dir, POOL), 'utf8')).toBe(before);
  });
});

describe('colour', () => {
  const colored = async (isTty: boolean, env: Record<string, string>, ...flags: string[]) =>
    (await run(['scan', fixture('debian-broken-socket'), ...flags], { isTty, env })).stdout.includes(
      '\u001b[',
    );
  it.each([
    [true, {}, [], true],
    [false, {}, [], false],
    [true, { NO_COLOR: '1' }, [], false],
    [true, { NO_COLOR: '' }, [], true],
    [true, { TERM: 'dumb' }, [], false],
    [false, { FORCE_COLOR: '1' }, [], true],
    [false, { FORCE_COLOR: '' }, [], true],
    [false, { FORCE_COLOR: '3', NO_COLOR: '1' }, [], true],
    [true, { FORCE_COLOR: '0' }, [], false],
    [true, { FORCE_COLOR: 'false' }, [], false],
    [true, { FORCE_COLOR: '1' }, ['--no-color'], false],
  ] as const)('tty %s, env %j, flags %j → %s', async (isTty, env, flags, expected) => {
    expect(await colored(isTty, env, ...flags)).toBe(expected);
  });
});

describe('suppressions', () => {
  it('silences a finding with a reason, counts it, and reports malformed ones', async () => {
    const dir = fixture('trap-world-writable');
    const pool = path.join(dir, POOL);
    const lines = readFileSync(pool, 'utf8').split('\n');
    const modeLine = lines.findIndex((l) => l.startsWith('listen.mode'));
    lines.splice(modeLine, 0, '; socklint-disable-next-line socket-world-writable -- shared development box');
    lines.splice(1, 0, '; socklint-disable-next-line socket-path-mismatch');
    writeFileSync(pool, lines.join('\n'));
    const report = JSON.parse((await run(['scan', dir, '--format', 'json'])).stdout);
    expect(report.suppressed).toBe(1);
    const rules = report.findings.map((f: { rule: string; line: number }) => `${f.rule}:${f.line}`);
    expect(rules).not.toContain(`socket-world-writable:${modeLine + 3}`);
    expect(report.findings.find((f: { rule: string }) => f.rule === 'suppression-invalid').message).toContain(
      'has no reason',
    );
  });
});
