/**
 * End-to-end tests of the bundled action: dist/index.js runs as a child process with the
 * environment a runner gives it, against a local fake GitHub API.
 * SOCKLINT_E2E_BUNDLE=<file> runs the suite against another bundle.
 */
import { afterAll, afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { FakeGitHub } from './fake-github.js';
import { runnerCommands } from './runner-commands.js';
import { implicitOwnershipFinding, permissionFinding, POOL, SITE } from './builders.js';

const ROOT = process.cwd();
const FIXTURE = path.join(ROOT, 'test/action/fixtures/debian');
const TOKEN = 'ghs_e2eWriteToken0000000000000000000000';
const FORK_TOKEN = 'ghs_e2eForkReadOnlyToken00000000000000';
const PAT = 'ghp_e2eClassicPersonalToken000000000000';
const HEAD = '1111111111111111111111111111111111111111';
const MERGE = '2222222222222222222222222222222222222222';
const BASE = '3333333333333333333333333333333333333333';
const scratch = mkdtempSync(path.join(tmpdir(), 'socklint-e2e-'));
const DOCS = 'https://docs.github.com/rest';

function bundle(): string {
  return process.env.SOCKLINT_E2E_BUNDLE
    ? path.resolve(process.env.SOCKLINT_E2E_BUNDLE)
    : path.join(ROOT, 'dist/index.js');
}

interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  /** The workflow commands printed (lines starting with ::). */
  commands: string[];
  outputs: Record<string, string>;
  summary: string;
  /** With `recordSends`: each request as the action sent it, on the action's clock (ms). */
  sends: Send[];
}

interface Send {
  at: number;
  method: string;
  path: string;
}

const RECORD_SENDS = path.join(ROOT, 'test/action/record-sends.mjs');

interface Scenario {
  event: string;
  payload: object;
  inputs?: Record<string, string>;
  token?: string;
  sha?: string;
  workspace?: string;
  api?: string;
  recordSends?: boolean;
}

const INPUTS = (
  parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default: string }>;
  }
).inputs;

function workspaceCopy(): string {
  const ws = mkdtempSync(path.join(scratch, 'ws-'));
  cpSync(FIXTURE, ws, { recursive: true });
  return ws;
}

function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const re = /^(.+?)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) outputs[m[1]] = m[3];
  return outputs;
}

async function runAction(main: string, s: Scenario): Promise<RunResult> {
  const dir = mkdtempSync(path.join(scratch, 'run-'));
  const files = {
    event: path.join(dir, 'event.json'),
    output: path.join(dir, 'output'),
    summary: path.join(dir, 'summary.md'),
    sends: path.join(dir, 'sends.jsonl'),
  };
  writeFileSync(files.event, JSON.stringify(s.payload));
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  writeFileSync(files.sends, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: dir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: s.event,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_WORKSPACE: s.workspace ?? workspaceCopy(),
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_REPOSITORY_OWNER: 'acme',
    GITHUB_SHA: s.sha ?? HEAD,
    GITHUB_REF: 'refs/heads/fix-sockets',
    GITHUB_RUN_ID: '4242',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: s.api ?? 'http://127.0.0.1:9',
    GITHUB_GRAPHQL_URL: `${s.api ?? 'http://127.0.0.1:9'}/graphql`,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    RUNNER_TEMP: dir,
    SOCKLINT_E2E_SENDS: files.sends,
  };
  // The runner passes every input, with action.yml's default when the workflow sets none.
  for (const [name, input] of Object.entries(INPUTS)) {
    const value = s.inputs?.[name] ?? (name === 'token' ? (s.token ?? TOKEN) : input.default);
    env[`INPUT_${name.toUpperCase()}`] = value;
  }
  const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>(
    (resolve) => {
      execFile(
        process.execPath,
        s.recordSends ? ['--import', RECORD_SENDS, main] : [main],
        { cwd: env.GITHUB_WORKSPACE, env, timeout: 60_000 },
        (error, stdout, stderr) =>
          resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
      );
    },
  );
  return {
    code,
    stdout,
    stderr,
    commands: stdout.split('\n').filter((l) => l.startsWith('::')),
    outputs: parseOutputs(readFileSync(files.output, 'utf8')),
    summary: readFileSync(files.summary, 'utf8'),
    sends: readFileSync(files.sends, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Send),
  };
}

const MAIN = bundle();
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const esc = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const rx = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const message = (text: string): string => rx(esc(text));
const MESSAGE = message(permissionFinding().message);
const FIX = rx(esc('\nFix: ')) + '[^\\n]+';
/** The listen line, as the CLI, SARIF and the summary name it: line 4, columns 1 to 33. */
const POOL_ANNOTATION = new RegExp(
  `^::error title=socklint%3A socket-permission-denied,file=${rx(POOL)},line=4,endLine=4,col=1,endColumn=33::${MESSAGE}${FIX}$`,
);
const SITE_ANNOTATION = new RegExp(
  `^::error title=socklint%3A socket-permission-denied,file=${rx(SITE)},line=9,endLine=9,col=9,endColumn=51::${MESSAGE}${FIX}${rx(esc(`\nReported at ${POOL}:4.`))}$`,
);
const WARNING_ANNOTATION = new RegExp(
  `^::warning title=socklint%3A socket-ownership-implicit,file=${rx(POOL)},line=4,endLine=4,col=1,endColumn=33::${message(implicitOwnershipFinding().message)}${FIX}$`,
);
/** The fixture has an error and a warning, both fixed by the same two lines. */
const GATE =
  "::error::socklint found 1 error, 1 warning, 0 notices: 1 of them reaches fail-on 'error', so the step fails.";
const SUGGESTION =
  '```suggestion\nlisten = /run/php/php8.2-fpm.sock\nlisten.owner = www-data\nlisten.group = www-data\n```';

/** The PR's patches: it changed the socket path on both sides, so lines 4 (pool) and 9 (site) are in the diff. */
const POOL_PATCH =
  '@@ -1,6 +1,6 @@\n [www]\n user = www-data\n group = www-data\n-listen = /run/php/php8.1-fpm.sock\n+listen = /run/php/php8.2-fpm.sock\n pm = dynamic\n pm.max_children = 5';
const SITE_PATCH =
  '@@ -6,7 +6,7 @@ server {\n \n     location ~ \\.php$ {\n         include fastcgi_params;\n-        fastcgi_pass unix:/run/php/php8.1-fpm.sock;\n+        fastcgi_pass unix:/run/php/php8.2-fpm.sock;\n         fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;\n     }\n }';

function prPayload(opts: { action?: string; fork?: boolean; head?: string } = {}): object {
  const repo = (full: string, fork = false) => ({
    id: fork ? 99 : 1,
    name: full.split('/')[1],
    full_name: full,
    private: false,
    fork,
    owner: { login: full.split('/')[0], type: 'User' },
    default_branch: 'main',
    html_url: `https://github.com/${full}`,
  });
  const headRepo = opts.fork ? 'mallory/shop' : 'acme/shop';
  return {
    action: opts.action ?? 'synchronize',
    number: 7,
    pull_request: {
      number: 7,
      state: 'open',
      title: 'Move to PHP 8.2',
      user: { login: opts.fork ? 'mallory' : 'alice', type: 'User' },
      head: {
        label: `${headRepo.split('/')[0]}:fix-sockets`,
        ref: 'fix-sockets',
        sha: opts.head ?? HEAD,
        repo: repo(headRepo, opts.fork),
      },
      base: { label: 'acme:main', ref: 'main', sha: BASE, repo: repo('acme/shop') },
      maintainer_can_modify: true,
      draft: false,
    },
    repository: repo('acme/shop'),
    sender: { login: opts.fork ? 'mallory' : 'alice', type: 'User' },
  };
}

function setUpPull(fake: FakeGitHub, opts: { fork?: boolean; branchHead?: string } = {}): void {
  fake.pulls.set(7, {
    number: 7,
    head: { sha: HEAD, ref: 'fix-sockets', repo: opts.fork ? 'mallory/shop' : 'acme/shop' },
    base: { sha: BASE, ref: 'main', repo: 'acme/shop' },
    files: [
      { filename: SITE, status: 'modified', patch: SITE_PATCH },
      { filename: POOL, status: 'modified', patch: POOL_PATCH },
    ],
  });
  if (!opts.fork) fake.branches.set('fix-sockets', opts.branchHead ?? HEAD);
  for (const file of [POOL, SITE])
    fake.contents.set(`${HEAD}:${file}`, readFileSync(path.join(FIXTURE, file), 'utf8'));
}

describe('bundled action against a fake GitHub', () => {
  let fake: FakeGitHub;
  beforeEach(async () => {
    fake = new FakeGitHub('acme', 'shop');
    fake.tokens.set(TOKEN, 'write');
    fake.tokens.set(FORK_TOKEN, 'read');
    await fake.start();
  });
  afterEach(async () => {
    await fake.stop();
    // Every request was one GitHub documents and accepts, and every answer one GitHub gives.
    expect(fake.violations).toEqual([]);
  });

  const run = (s: Omit<Scenario, 'api'>) => runAction(MAIN, { ...s, api: fake.url });

  it('pull_request: annotations, summary, outputs, SARIF, one review with a suggestion and a check run; idempotent', async () => {
    setUpPull(fake);
    const workspace = workspaceCopy();
    const scenario = {
      event: 'pull_request',
      payload: prPayload(),
      sha: MERGE,
      workspace,
      inputs: { 'check-name': 'socklint', 'sarif-file': 'reports/socklint.sarif' },
    };
    const first = await run(scenario);

    expect(first.code).toBe(1);
    // Changed lines first: the fix's line, then the nginx line the PR touched; the gate last.
    expect(first.commands).toHaveLength(4);
    expect(first.commands[0]).toMatch(POOL_ANNOTATION);
    expect(first.commands[1]).toMatch(WARNING_ANNOTATION);
    expect(first.commands[2]).toMatch(SITE_ANNOTATION);
    expect(first.commands[3]).toBe(GATE);
    expect(first.outputs).toEqual({
      findings: '2',
      errors: '1',
      warnings: '1',
      notices: '0',
      'sarif-file': path.join(workspace, 'reports/socklint.sarif'),
      'patch-file': expect.stringMatching(/socklint\.patch$/),
      'commit-sha': '',
    });
    expect(readFileSync(first.outputs['patch-file'], 'utf8')).toMatch(
      /\+listen\.owner = www-data\n\+listen\.group = www-data\n/,
    );
    expect(JSON.parse(readFileSync(first.outputs['sarif-file'], 'utf8'))).toMatchObject({ version: '2.1.0' });

    expect(fake.routes()).toEqual([
      'GET /repos/acme/shop/pulls/7/files',
      'GET /repos/acme/shop/pulls/7/comments',
      'POST /repos/acme/shop/pulls/7/reviews',
      'POST /repos/acme/shop/check-runs',
    ]);
    const review = fake.requests[2].body as {
      commit_id: string;
      event: string;
      comments: { path: string; line: number; side: string; body: string }[];
    };
    expect(review).toMatchObject({ commit_id: HEAD, event: 'COMMENT' });
    expect(review.comments).toEqual([
      { path: POOL, line: 4, side: 'RIGHT', body: expect.stringContaining(SUGGESTION) },
    ]);
    // One suggestion for the two findings the same lines fix.
    expect(review.comments[0].body).toContain('(and 1 other finding with the same fix)');
    expect(review.comments[0].body).toMatch(/\n<!-- socklint:fp=\S+\+\S+ -->$/);
    expect(fake.checkRuns).toHaveLength(1);
    expect(fake.checkRuns[0]).toMatchObject({
      name: 'socklint',
      head_sha: HEAD,
      status: 'completed',
      conclusion: 'failure',
    });
    expect(
      fake.checkRuns[0].annotations.map((a) => [a.path, a.start_line, a.annotation_level, a.title]),
    ).toEqual([
      [POOL, 4, 'failure', 'socklint: socket-permission-denied'],
      [POOL, 4, 'warning', 'socklint: socket-ownership-implicit'],
      [SITE, 9, 'failure', 'socklint: socket-permission-denied'],
    ]);

    expect(first.summary).toContain('| Web server | Identity | Socket | Owner:group mode | Verdict |');
    expect(first.summary).toContain(`https://github.com/acme/shop/blob/${MERGE}/${POOL}#L`);
    expect(first.summary).toContain('```diff');
    expect(first.summary).toContain('Review suggestions on #7: posted 1 suggestion.');
    expect(first.summary).toContain(
      'Check run "socklint" posted on 1111111: https://github.com/acme/shop/runs/',
    );

    for (const r of fake.requests) {
      expect(r.headers.authorization).toBe('token [write token]');
      expect(r.headers['user-agent']).toMatch(/^socklint-action\/\d+\.\d+\.\d+/);
    }
    expect(first.stdout + first.stderr).not.toContain(TOKEN);

    // A re-run finds its comment and posts nothing new.
    fake.requests.length = 0;
    const second = await run(scenario);
    expect(second.commands).toEqual(first.commands);
    expect(fake.routes()).toEqual([
      'GET /repos/acme/shop/pulls/7/files',
      'GET /repos/acme/shop/pulls/7/comments',
      'POST /repos/acme/shop/check-runs',
    ]);
    expect(fake.comments).toHaveLength(1);
    expect(second.summary).toContain('Review suggestions on #7: 1 already on the pull request.');
  });

  it('pull_request from a fork: read-only token, one notice, the verdict comes from the findings only', async () => {
    setUpPull(fake, { fork: true });
    const scenario = {
      event: 'pull_request',
      payload: prPayload({ fork: true }),
      sha: MERGE,
      token: FORK_TOKEN,
      inputs: { 'check-name': 'socklint', 'commit-patches': 'true' },
    };
    const red = await run(scenario);
    expect(red.code).toBe(1);
    expect(red.commands.filter((c) => c.startsWith('::warning::'))).toEqual([]);
    expect(red.commands.filter((c) => c.startsWith('::notice'))).toEqual([
      '::notice::socklint skipped what needs a write token (the token is read-only in a pull request from a fork): ' +
        'post review suggestions, create the check run. Annotations, the job summary and the output files were produced, ' +
        'and the result of the step is unchanged. See the pull_request + workflow_run recipe in the socklint documentation to comment on fork pull requests.',
    ]);
    expect(red.commands[red.commands.length - 1]).toBe(GATE);
    // One refused write, then no more attempts; never a commit to the fork.
    expect(fake.routes()).toEqual([
      'GET /repos/acme/shop/pulls/7/files',
      'GET /repos/acme/shop/pulls/7/comments',
      'POST /repos/acme/shop/pulls/7/reviews',
    ]);
    expect(red.stdout).toContain(
      'socklint did not commit the fixes: the head branch is in mallory/shop: socklint never pushes to forks.',
    );
    expect(red.summary).toContain('No fix commit: the head branch is in mallory/shop');
    expect(red.outputs['patch-file']).not.toBe('');

    const green = await run({ ...scenario, inputs: { ...scenario.inputs, 'fail-on': 'never' } });
    expect(green.code).toBe(0);
    expect(green.commands.some((c) => c.startsWith('::error::'))).toBe(false);
    expect(green.stdout).toContain("socklint passed: 1 error, 1 warning, 0 notices (fail-on is 'never').");
  });

  it('push: check run on GITHUB_SHA, no pull request calls', async () => {
    const r = await run({
      event: 'push',
      payload: {
        ref: 'refs/heads/main',
        before: BASE,
        after: HEAD,
        repository: { full_name: 'acme/shop', default_branch: 'main' },
        commits: [{ id: HEAD, message: 'php 8.2', added: [], removed: [], modified: [POOL] }],
        head_commit: { id: HEAD },
      },
      inputs: { 'check-name': 'socklint', 'only-changed': 'true' },
    });
    expect(r.code).toBe(1);
    expect(r.commands.filter((c) => c.startsWith('::error title='))).toHaveLength(1);
    expect(r.commands[0]).toMatch(POOL_ANNOTATION);
    expect(fake.routes()).toEqual(['POST /repos/acme/shop/check-runs']);
    expect(fake.checkRuns[0]).toMatchObject({ head_sha: HEAD, conclusion: 'failure' });
  });

  it('pull_request_target with the PR head checked out: warns, keeps working', async () => {
    setUpPull(fake, { fork: true });
    const workspace = workspaceCopy();
    const git = (...args: string[]) =>
      execFileSync('git', args, {
        cwd: workspace,
        encoding: 'utf8',
        env: {
          ...process.env,
          GIT_AUTHOR_NAME: 't',
          GIT_AUTHOR_EMAIL: 't@e',
          GIT_COMMITTER_NAME: 't',
          GIT_COMMITTER_EMAIL: 't@e',
        },
      }).trim();
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'head');
    const head = git('rev-parse', 'HEAD');
    const r = await run({
      event: 'pull_request_target',
      payload: prPayload({ fork: true, head, action: 'opened' }),
      sha: BASE,
      workspace,
      inputs: { suggestions: 'false' },
    });
    expect(r.commands[0]).toBe(
      '::warning::socklint: this pull_request_target workflow checked out the pull request head. The job has a write token and secrets while the files come from the pull request: never run build scripts or tools from that checkout. Prefer the pull_request + workflow_run recipe for fork pull requests.',
    );
    expect(r.summary).toContain(`https://github.com/acme/shop/blob/${head}/`);
    expect(fake.routes()).toEqual(['GET /repos/acme/shop/pulls/7/files']);
  });

  it('workflow_dispatch: no pull request, only-changed reports everything, fail-on never passes', async () => {
    const r = await run({
      event: 'workflow_dispatch',
      payload: { inputs: {}, ref: 'refs/heads/main' },
      inputs: { 'only-changed': 'true', 'fail-on': 'never' },
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'only-changed: this event has no list of changed files, so every finding is reported.',
    );
    expect(r.outputs.findings).toBe('2');
    expect(fake.requests).toEqual([]);
  });

  it('merge_group: the check run goes on the merge group commit', async () => {
    const r = await run({
      event: 'merge_group',
      sha: MERGE,
      payload: {
        action: 'checks_requested',
        merge_group: {
          head_sha: MERGE,
          head_ref: 'refs/heads/gh-readonly-queue/main/pr-7-' + BASE,
          base_sha: BASE,
          base_ref: 'refs/heads/main',
        },
        repository: { full_name: 'acme/shop', default_branch: 'main' },
      },
      inputs: { 'check-name': 'socklint', suggestions: 'true', 'commit-patches': 'true' },
    });
    expect(r.code).toBe(1);
    expect(fake.routes()).toEqual(['POST /repos/acme/shop/check-runs']);
    expect(fake.checkRuns[0]).toMatchObject({ head_sha: MERGE, conclusion: 'failure' });
    expect(r.stdout).toContain(
      'socklint did not commit the fixes: commits are only made on pull requests (this is a merge_group event).',
    );
  });

  it('schedule without a token: no API call, one notice saying what was skipped', async () => {
    const r = await run({
      event: 'schedule',
      payload: { schedule: '17 3 * * 1' },
      token: '',
      inputs: { 'check-name': 'socklint' },
    });
    expect(r.code).toBe(1);
    expect(fake.requests).toEqual([]);
    expect(r.commands.filter((c) => c.startsWith('::notice'))).toEqual([
      expect.stringMatching(
        /^::notice::socklint skipped what needs a write token \(no token was given\): create the check run\. /,
      ),
    ]);
  });

  it('commit-patches: one verified commit expecting the analyzed head, a check run on the new commit, no suggestion', async () => {
    setUpPull(fake);
    const workspace = workspaceCopy();
    const r = await run({
      event: 'pull_request',
      payload: prPayload(),
      sha: MERGE,
      workspace,
      inputs: { 'commit-patches': 'true', 'check-name': 'socklint', 'commit-message': 'chore: socket fixes' },
    });
    expect(fake.routes()).toEqual([
      'GET /repos/acme/shop/pulls/7/files',
      `GET /repos/acme/shop/contents/${POOL}`,
      'POST /graphql',
      'POST /repos/acme/shop/check-runs',
      'GET /repos/acme/shop/pulls/7/comments',
      'POST /repos/acme/shop/check-runs',
    ]);
    expect(fake.requests[1].query).toEqual({ ref: HEAD });
    const mutation = fake.requests[2].body as {
      query: string;
      variables: { input: Record<string, unknown> };
    };
    expect(mutation.query).toContain('createCommitOnBranch');
    expect(mutation.variables.input).toMatchObject({
      branch: { repositoryNameWithOwner: 'acme/shop', branchName: 'fix-sockets' },
      expectedHeadOid: HEAD,
      message: {
        headline: 'chore: socket fixes',
        body: expect.stringContaining('- socket-permission-denied at '),
      },
    });
    expect(fake.commits).toHaveLength(1);
    expect(fake.commits[0].files).toEqual([
      { path: POOL, contents: expect.stringContaining('listen.owner = www-data\nlisten.group = www-data\n') },
    ]);
    const oid = fake.commits[0].oid;
    expect(r.outputs['commit-sha']).toBe(oid);
    expect(fake.checkRuns.map((c) => [c.head_sha, c.conclusion])).toEqual([
      [oid, 'success'],
      [HEAD, 'failure'],
    ]);
    // The workspace now matches the new head.
    expect(readFileSync(path.join(workspace, POOL), 'utf8')).toContain('listen.owner = www-data');
    expect(r.code).toBe(1);
  });

  it('moved branch: the commit is refused, a warning says so, the suggestion is posted instead', async () => {
    setUpPull(fake, { branchHead: '4444444444444444444444444444444444444444' });
    const r = await run({
      event: 'pull_request',
      payload: prPayload(),
      sha: HEAD,
      inputs: { 'commit-patches': 'true' },
    });
    expect(fake.routes()).toEqual([
      'GET /repos/acme/shop/pulls/7/files',
      'POST /graphql',
      'GET /repos/acme/shop/pulls/7/comments',
      'POST /repos/acme/shop/pulls/7/reviews',
    ]);
    expect(r.commands).toContainEqual(
      `::warning::socklint did not commit the fixes: branch fix-sockets has moved since the analyzed commit 1111111 (Expected branch to point to "${HEAD}" but it did not. Pull and try again.). The fixes are suggested in the review and in the summary patch instead.`,
    );
    expect(r.outputs['commit-sha']).toBe('');
    expect(fake.comments).toHaveLength(1);
  });

  it('a secondary rate limit is waited out; a lost POST answer is looked up, not re-sent', async () => {
    setUpPull(fake);
    fake.fail({
      method: 'GET',
      path: /\/pulls\/7\/files$/,
      status: 403,
      times: 1,
      headers: { 'retry-after': '1' },
      body: { message: 'You have exceeded a secondary rate limit.', documentation_url: DOCS },
    });
    // GitHub creates the run and the review, then a proxy answers 502: a blind retry would duplicate both.
    for (const target of [/\/check-runs$/, /\/reviews$/]) {
      fake.fail({ method: 'POST', path: target, status: 502, times: 1, afterEffect: true });
    }
    const r = await run({
      event: 'pull_request',
      payload: prPayload(),
      sha: HEAD,
      inputs: { 'check-name': 'socklint' },
    });
    expect(fake.routes()).toEqual([
      'GET /repos/acme/shop/pulls/7/files',
      'GET /repos/acme/shop/pulls/7/files',
      'GET /repos/acme/shop/pulls/7/comments',
      'POST /repos/acme/shop/pulls/7/reviews',
      'GET /repos/acme/shop/pulls/7/comments',
      'POST /repos/acme/shop/check-runs',
      `GET /repos/acme/shop/commits/${HEAD}/check-runs`,
    ]);
    expect(fake.requests[6].query).toMatchObject({ check_name: 'socklint', filter: 'all' });
    expect(fake.checkRuns).toHaveLength(1);
    expect(fake.reviews).toHaveLength(1);
    expect(r.stdout).toContain('secondary rate limit; retrying in 1 s');
    expect(r.stdout).toMatch(/GitHub API POST check-runs: 502 .*; checking in 1 s whether it took effect/);
    expect(r.stdout).toContain('GitHub API POST check-runs: it had taken effect; not sent again.');
    expect(r.summary).toContain('Review suggestions on #7: posted 1 suggestion.');
    expect(r.commands.filter((c) => c.startsWith('::warning::'))).toEqual([]);
  });

  it('a POST that failed before taking effect is sent again, once', async () => {
    fake.fail({ method: 'POST', path: /\/check-runs$/, status: 502, times: 1 });
    const r = await run({
      event: 'workflow_dispatch',
      payload: { inputs: {}, ref: 'refs/heads/main' },
      inputs: { 'check-name': 'socklint' },
    });
    expect(fake.routes()).toEqual([
      'POST /repos/acme/shop/check-runs',
      `GET /repos/acme/shop/commits/${HEAD}/check-runs`,
      'POST /repos/acme/shop/check-runs',
    ]);
    expect(fake.checkRuns).toHaveLength(1);
    expect(r.commands.filter((c) => c.startsWith('::warning::'))).toEqual([]);
  });

  it('mutating calls are sent at least a second apart', async () => {
    setUpPull(fake);
    const r = await run({
      event: 'pull_request',
      payload: prPayload(),
      sha: MERGE,
      inputs: { 'commit-patches': 'true', 'check-name': 'socklint' },
      recordSends: true,
    });
    const expected = [
      'POST /graphql',
      'POST /repos/acme/shop/check-runs',
      'POST /repos/acme/shop/check-runs',
    ];
    const writes = r.sends.filter((q) => q.method !== 'GET');
    expect(writes.map((q) => `${q.method} ${q.path}`)).toEqual(expected);
    // Every send was received: the record is of the requests the fake answered.
    expect(fake.requests.filter((q) => q.method !== 'GET').map((q) => `${q.method} ${q.path}`)).toEqual(
      expected,
    );
    // The throttling plugin releases a mutating call a second after it released the previous one
    // (from its send, not its response). Each request's headers go out after it is prepared,
    // which on a busy machine takes longer for one than another (989 ms was seen once), so the
    // bound leaves that preparation 100 ms; without the spacing the calls go out 461 ms apart.
    for (let i = 1; i < writes.length; i++)
      expect(writes[i].at - writes[i - 1].at).toBeGreaterThanOrEqual(900);
  });

  it('5xx that does not recover and a 422 on the review: warnings, the verdict unchanged', async () => {
    setUpPull(fake);
    fake.fail({
      method: 'POST',
      path: /\/check-runs$/,
      status: 503,
      times: 3,
      body: { message: 'Service Unavailable' },
    });
    fake.fail({
      method: 'POST',
      path: /\/reviews$/,
      status: 422,
      times: 1,
      body: {
        message: 'Unprocessable Entity',
        errors: ['Pull request review thread line must be part of the diff'],
      },
    });
    const r = await run({
      event: 'pull_request',
      payload: prPayload(),
      sha: HEAD,
      inputs: { 'check-name': 'socklint', 'fail-on': 'never' },
    });
    expect(r.code).toBe(0);
    const warnings = r.commands.filter((c) => c.startsWith('::warning::'));
    expect(warnings).toEqual([
      expect.stringMatching(
        /^::warning::GitHub rejected the review suggestions \(Unprocessable Entity.*\); the fixes are in the job summary patch instead\.$/,
      ),
      '::warning::socklint could not create the check run: 503 Service Unavailable. The result of the step is unchanged.',
    ]);
    expect(r.summary).toContain('```diff');
  });

  it('a personal access token refused by the Checks API: says which tokens can, keeps annotations and summary', async () => {
    fake.tokens.set(PAT, 'pat');
    const r = await run({
      event: 'workflow_dispatch',
      payload: { inputs: {}, ref: 'refs/heads/main' },
      token: PAT,
      inputs: { 'check-name': 'socklint', 'fail-on': 'never' },
    });
    expect(r.code).toBe(0);
    expect(r.commands.filter((c) => c.startsWith('::warning::'))).toEqual([
      '::warning::socklint could not create the check run: 403 Resource not accessible by personal access token. ' +
        'The token given is a classic personal access token: only GitHub App installation tokens can create check runs, ' +
        "that is the workflow's GITHUB_TOKEN with `permissions: checks: write` or an app token (actions/create-github-app-token) " +
        'whose app may write Checks; personal access tokens, classic or fine-grained, cannot. ' +
        'Every finding is in the annotations and the job summary. The result of the step is unchanged.',
    ]);
    expect(r.commands.filter((c) => c.startsWith('::error title='))).toHaveLength(1);
    expect(r.summary).toContain('### Findings');
    expect(r.stdout + r.stderr).not.toContain(PAT);
  });

  it('a hostile file name forges no workflow command, and the annotation names the real file', async () => {
    const workspace = workspaceCopy();
    const hostile = 'etc/php/8.2/fpm/pool.d/a,b:c%25d\n::warning file=x::INJECTED.conf';
    renameSync(path.join(workspace, POOL), path.join(workspace, hostile));
    fake.pulls.set(7, {
      number: 7,
      head: { sha: HEAD, ref: 'fix-sockets', repo: 'acme/shop' },
      base: { sha: BASE, ref: 'main', repo: 'acme/shop' },
      files: [{ filename: SITE, status: 'modified', patch: SITE_PATCH }],
    });
    const r = await run({ event: 'pull_request', payload: prPayload(), sha: HEAD, workspace });
    const commands = runnerCommands(r.stdout, r.stderr);
    // Only socklint's own annotations and the gate: no forged warning, no stop-commands.
    expect(commands.map((c) => `${c.command} ${c.properties.file ?? '(step)'}`).sort()).toEqual(
      [`error ${hostile}`, `warning ${hostile}`, `error ${SITE}`, 'error (step)'].sort(),
    );
    const pool = commands.find((c) => c.command === 'error' && c.properties.file === hostile)!;
    expect(pool.properties).toMatchObject({ line: '4', endLine: '4', col: '1', endColumn: '33' });
    const site = commands.find((c) => c.properties.file === SITE)!;
    expect(site.data).toContain(`Reported at ${hostile}:4.`);
    // The plain log line that named the file raw before.
    expect(r.stdout).toContain(
      'No suggestion for socket-permission-denied at etc/php/8.2/fpm/pool.d/a,b:c%2525d%0A::warning file=x::INJECTED.conf:4:',
    );
    expect(r.stdout.split('\n').some((l) => /^\s*::warning file=x/.test(l))).toBe(false);
    expect(r.summary).toContain('a,b:c%25d');
  });

  it('annotations, SARIF, the summary and the CLI name the same ranges', async () => {
    // A workspace outside this repository: the CLI names paths from the repository root it is in.
    const workspace = mkdtempSync(path.join(scratch, 'ws-'));
    cpSync(path.join(ROOT, 'examples/debian-broken-socket'), workspace, {
      recursive: true,
      verbatimSymlinks: true,
    });
    const cli = (format: string): string =>
      execFileSync(
        process.execPath,
        [path.join(ROOT, 'dist/cli/index.js'), 'scan', '.', '--format', format, '--fail-on', 'never'],
        {
          cwd: workspace,
          encoding: 'utf8',
        },
      );
    const json = JSON.parse(cli('json')) as {
      findings: {
        file: string;
        line: number;
        column: number;
        endLine: number;
        endColumn: number;
        rule: string;
      }[];
    };
    const sarif = JSON.parse(cli('sarif')) as {
      runs: {
        results: {
          ruleId: string;
          locations: {
            physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> };
          }[];
        }[];
      }[];
    };
    const text = cli('text');
    const r = await run({
      event: 'workflow_dispatch',
      payload: {},
      workspace,
      token: '',
      inputs: { 'fail-on': 'never' },
    });
    const annotations = runnerCommands(r.stdout).filter((c) => c.properties.file);
    expect(json.findings.length).toBeGreaterThan(0);
    expect(annotations).toHaveLength(json.findings.length);
    json.findings.forEach((f, i) => {
      const where = {
        file: f.file,
        line: f.line,
        column: f.column,
        endLine: f.endLine,
        endColumn: f.endColumn,
      };
      const region = sarif.runs[0].results[i].locations[0].physicalLocation;
      expect({
        file: region.artifactLocation.uri,
        line: region.region.startLine,
        column: region.region.startColumn,
        endLine: region.region.endLine,
        endColumn: region.region.endColumn,
      }).toEqual(where);
      expect(text).toContain(`${f.file}:${f.line}:${f.column}  ${f.rule}`);
      const a = annotations.find((c) => c.properties.title === `socklint: ${f.rule}`)!;
      // GitHub's end column is inclusive, the engine's exclusive.
      expect(a.properties).toMatchObject({
        file: f.file,
        line: String(f.line),
        col: String(f.column),
        endColumn: String(f.endColumn - 1),
      });
      expect(r.summary).toContain(
        `[${f.file}:${f.line}](https://github.com/acme/shop/blob/${HEAD}/${f.file}#L${f.line})`,
      );
    });
  });

  it('README samples: the annotations, summary and suggestion of a real run on the example', async () => {
    const example = path.join(ROOT, 'examples/debian-broken-socket');
    const workspace = mkdtempSync(path.join(scratch, 'ws-'));
    cpSync(example, workspace, { recursive: true, verbatimSymlinks: true });
    const pool = 'etc/php/8.2/fpm/pool.d/www.conf';
    fake.pulls.set(7, {
      number: 7,
      head: { sha: HEAD, ref: 'fix-sockets', repo: 'acme/shop' },
      base: { sha: BASE, ref: 'main', repo: 'acme/shop' },
      files: [
        {
          filename: pool,
          status: 'modified',
          patch:
            '@@ -5,6 +5,6 @@ user = www-data\n group = www-data\n \n-listen = /run/php/php7.4-fpm.sock\n+listen = /run/php/php8.2-fpm.sock\n ;listen.owner = www-data\n ;listen.group = www-data\n ;listen.mode = 0660',
        },
      ],
    });
    const r = await run({ event: 'pull_request', payload: prPayload(), sha: HEAD, workspace });
    const annotations = r.stdout.split('\n').filter((l) => /^::(error|warning|notice) title=/.test(l));
    const summary = r.summary.slice(0, r.summary.indexOf('\n### Findings')).trimEnd();
    expect(annotations.length).toBeGreaterThan(0);
    expect(fake.comments).toHaveLength(1);
    const blocks: Record<string, string> = {
      annotations: `\`\`\`text\n${annotations.join('\n')}\n\`\`\``,
      summary: `\`\`\`\`markdown\n${summary}\n\`\`\`\``,
      suggestion: `\`\`\`\`markdown\n${fake.comments[0].body}\n\`\`\`\``,
    };
    const file = path.join(ROOT, 'README.md');
    const readme = readFileSync(file, 'utf8');
    let updated = readme;
    for (const [name, block] of Object.entries(blocks)) {
      const marked = new RegExp(`<!-- sample:${name} -->\\n[\\s\\S]*?<!-- /sample:${name} -->`);
      expect(updated).toMatch(marked);
      updated = updated.replace(marked, () => `<!-- sample:${name} -->\n${block}\n<!-- /sample:${name} -->`);
    }
    // `npm run readme:samples` rewrites the blocks; otherwise they must match this run.
    if (process.env.SOCKLINT_UPDATE_README === '1') writeFileSync(file, updated);
    else expect(readme).toBe(updated);
  });

  it('a bad input is a usage failure before any work', async () => {
    const r = await run({ event: 'push', payload: {}, inputs: { 'fail-on': 'critical' } });
    expect(r.code).toBe(1);
    expect(r.commands).toEqual([
      "::error::socklint: input 'fail-on' must be one of error, warning, notice, never, got 'critical'",
    ]);
    expect(fake.requests).toEqual([]);
  });
});
