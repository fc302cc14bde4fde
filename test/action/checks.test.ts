import { describe, expect, it } from '@jest/globals';
import { planAnnotations } from '../../src/action/annotations.js';
import {
  checkRunRequests,
  conclusionOf,
  publishCheckRun,
  toCheckAnnotation,
} from '../../src/action/checks.js';
import { evaluateGate } from '../../src/action/gate.js';
import { createApi } from '../../src/action/github.js';
import { FakeGitHub } from './fake-github.js';
import { many } from './builders.js';

const now = new Date('2026-11-26T17:00:00Z');

function input(n: number) {
  const findings = many(n, 'error');
  return {
    owner: 'acme',
    repo: 'shop',
    name: 'socklint',
    headSha: 'h'.repeat(40),
    annotations: planAnnotations(findings, undefined),
    gate: evaluateGate(findings, 'error'),
    text: 'report',
  };
}

describe('check runs', () => {
  it('sends 50 annotations per request and completes the run with the last one', () => {
    const requests = checkRunRequests(input(120), now);
    expect(requests).toHaveLength(3);
    const sizes = requests.map((r) => (r.output as { annotations: unknown[] }).annotations.length);
    expect(sizes).toEqual([50, 50, 20]);
    expect(requests[0]).toMatchObject({
      name: 'socklint',
      head_sha: 'h'.repeat(40),
      status: 'in_progress',
    });
    expect(requests[1]).not.toHaveProperty('status');
    expect(requests[2]).toMatchObject({
      status: 'completed',
      conclusion: 'failure',
      completed_at: '2026-11-26T17:00:00.000Z',
    });
    expect(requests[2].output).toMatchObject({
      title: 'Failed: 120 errors, 0 warnings, 0 notices',
      text: 'report',
    });
  });

  it('creates a small run completed in one request', () => {
    const [only, ...rest] = checkRunRequests(input(0), now);
    expect(rest).toEqual([]);
    expect(only).toMatchObject({ status: 'completed', conclusion: 'success', output: { annotations: [] } });
  });

  it('concludes neutral when findings stay under fail-on', () => {
    expect(conclusionOf(evaluateGate(many(1, 'warning'), 'error'))).toBe('neutral');
  });

  it('maps annotations to the Checks API shape, columns on single lines only', () => {
    const [a] = planAnnotations(many(1, 'warning'), undefined);
    expect(toCheckAnnotation(a)).toEqual({
      path: 'conf/f0.conf',
      start_line: 1,
      end_line: 1,
      start_column: 1,
      end_column: 9,
      annotation_level: 'warning',
      title: 'socklint: socket-world-writable',
      message: 'finding 0',
    });
    expect(
      toCheckAnnotation({ ...a, endLine: 2, startColumn: undefined, endColumn: undefined }),
    ).not.toHaveProperty('start_column');
  });

  it('keeps the text under the 65,535 limit, counted in UTF-8 bytes', () => {
    const [first] = checkRunRequests({ ...input(1), text: '€'.repeat(30_000) }, now);
    const text = (first.output as { text: string }).text;
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(65_535);
    expect(text).toMatch(/€\n\n… \(cut at the Checks API limit; the job summary has the full report\)$/);
  });

  it('POSTs then PATCHes the same run, with requests GitHub accepts', async () => {
    const fake = new FakeGitHub('acme', 'shop');
    fake.tokens.set('ghs_checksTest', 'write');
    await fake.start();
    try {
      const api = createApi('ghs_checksTest', {
        apiUrl: fake.url,
        graphqlUrl: `${fake.url}/graphql`,
        userAgent: 'test',
      });
      const url = await publishCheckRun(api, input(51), now);
      expect(url).toBe(`https://github.com/acme/shop/runs/${fake.checkRuns[0].id}`);
      expect(fake.routes()).toEqual([
        'POST /repos/acme/shop/check-runs',
        `PATCH /repos/acme/shop/check-runs/${fake.checkRuns[0].id}`,
      ]);
      expect(fake.checkRuns[0]).toMatchObject({ status: 'completed', conclusion: 'failure' });
      expect(fake.checkRuns[0].annotations).toHaveLength(51);
      expect(fake.violations).toEqual([]);
    } finally {
      await fake.stop();
    }
  });

  it('cuts annotation titles and messages at GitHub limits in UTF-8 bytes', () => {
    const [a] = planAnnotations(many(1, 'warning'), undefined);
    const body = toCheckAnnotation({ ...a, title: '🙂'.repeat(100), message: 'é'.repeat(40_000) });
    expect(Buffer.byteLength(body.title as string)).toBeLessThanOrEqual(255);
    expect(Buffer.byteLength(body.message as string)).toBeLessThanOrEqual(65_536);
    expect(body.title).toMatch(/^(🙂)+…$/u);
  });
});
