/**
 * The action's wiring, in-process with the real engine: independent of dist/, so the default test
 * run always covers main.ts.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { run } from '../../src/action/main.js';
import { POOL } from './builders.js';
import { FakeGitHub } from './fake-github.js';

const TOKEN = 'ghs_inProcessToken000000000000000000000';
const HEAD = 'a'.repeat(40);
let dir: string;
let fake: FakeGitHub;
const saved = { ...process.env };

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'socklint-run-'));
  fake = new FakeGitHub('acme', 'shop');
  fake.tokens.set(TOKEN, 'write');
  await fake.start();
});

afterAll(async () => {
  await fake.stop();
  rmSync(dir, { recursive: true, force: true });
});

afterEach(() => {
  process.env = { ...saved };
  process.exitCode = undefined;
  jest.restoreAllMocks();
});

async function runInProcess(
  inputs: Record<string, string>,
  payload: object,
  event: string,
  sub = '',
): Promise<string[]> {
  const ws = mkdtempSync(path.join(dir, 'ws-'));
  cpSync(path.join(process.cwd(), 'test/action/fixtures/debian'), path.join(ws, sub), { recursive: true });
  const eventPath = path.join(ws, '..', `${path.basename(ws)}.json`);
  writeFileSync(eventPath, JSON.stringify(payload));
  const output = path.join(dir, `${path.basename(ws)}.out`);
  writeFileSync(output, '');
  process.env = {
    ...saved,
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_WORKSPACE: ws,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_SHA: HEAD,
    GITHUB_API_URL: fake.url,
    GITHUB_GRAPHQL_URL: `${fake.url}/graphql`,
    GITHUB_OUTPUT: output,
    RUNNER_TEMP: dir,
    INPUT_TOKEN: TOKEN,
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
  };
  delete process.env.GITHUB_STEP_SUMMARY;
  const lines: string[] = [];
  jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    lines.push(...String(chunk).split('\n').filter(Boolean));
    return true;
  });
  await run();
  return lines;
}

describe('run() in-process', () => {
  it('reports, checks and gates a push', async () => {
    const lines = await runInProcess(
      { 'check-name': 'socklint' },
      { commits: [{ added: [], modified: [POOL] }], repository: { default_branch: 'main' } },
      'push',
    );
    expect(lines.filter((l) => l.startsWith('::'))).toEqual([
      expect.stringMatching(
        /^::error title=socklint%3A socket-permission-denied,file=etc\/php\/8.2\/fpm\/pool.d\/www.conf,line=4,endLine=4,col=1,endColumn=33::/,
      ),
      expect.stringMatching(
        /^::warning title=socklint%3A socket-ownership-implicit,file=etc\/php\/8.2\/fpm\/pool.d\/www.conf,line=4,endLine=4,col=1,endColumn=33::/,
      ),
      "::error::socklint found 1 error, 1 warning, 0 notices: 1 of them reaches fail-on 'error', so the step fails.",
    ]);
    expect(process.exitCode).toBe(1);
    expect(fake.checkRuns.at(-1)).toMatchObject({ head_sha: HEAD, conclusion: 'failure' });
    expect(lines).toContain('No GITHUB_STEP_SUMMARY: the job summary is not written.');
  });

  it('turns a missing directory into a usage failure', async () => {
    const lines = await runInProcess({ path: 'nope' }, {}, 'workflow_dispatch');
    expect(lines.filter((l) => l.startsWith('::'))).toEqual([
      "::error::socklint: input 'path' is not a directory of the workspace: 'nope'",
    ]);
  });

  it('scans a subdirectory and reports repository-relative paths', async () => {
    const lines = await runInProcess(
      { path: 'deploy', 'fail-on': 'never' },
      {},
      'workflow_dispatch',
      'deploy',
    );
    expect(lines.filter((l) => l.startsWith('::'))).toEqual([
      expect.stringMatching(
        /^::error title=socklint%3A socket-permission-denied,file=deploy\/etc\/php\/8.2\/fpm\/pool.d\/www.conf,line=4,/,
      ),
      expect.stringMatching(/^::warning title=socklint%3A socket-ownership-implicit,file=deploy\/etc\//),
    ]);
    const patch = readFileSync(path.join(dir, 'socklint-deploy.patch'), 'utf8');
    expect(patch).toContain('+++ b/deploy/etc/php/8.2/fpm/pool.d/www.conf');
  });

  it('writes the outputs a later step reads', async () => {
    await runInProcess({ 'fail-on': 'never' }, {}, 'workflow_dispatch');
    const out = readFileSync(process.env.GITHUB_OUTPUT!, 'utf8');
    expect(out).toMatch(/^findings<<ghadelimiter_[\w-]+\n2\n/m);
    expect(out).toMatch(/^warnings<<ghadelimiter_[\w-]+\n1\n/m);
    expect(out).toMatch(/^commit-sha<<ghadelimiter_[\w-]+\n\n/m);
    expect(process.exitCode).toBeUndefined();
  });
});
