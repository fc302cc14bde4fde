import { describe, expect, it } from '@jest/globals';
import { planAnnotations } from '../../src/action/annotations.js';
import {
  checkRunRequests,
  conclusionOf,
  publishCheckRun,
  toCheckAnnotation,
} from '../../src/action/checks.js';
import { evaluateGate } from '../../src/action/gate.js';
import type { Api } from '../../src/action/github.js';
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
      external_id: 'socklint',
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

  it('keeps the text under the 65,535-character limit', () => {
    const [first] = checkRunRequests({ ...input(1), text: 'z'.repeat(100_000) }, now);
    expect((first.output as { text: string }).text.length).toBeLessThanOrEqual(65_535);
  });

  it('POSTs then PATCHes the same run', async () => {
    const calls: [string, Record<string, unknown> | undefined][] = [];
    const api: Api = {
      request: async <T>(route: string, params?: Record<string, unknown>) => {
        calls.push([route, params]);
        return {
          status: 201,
          data: { id: 9, html_url: 'https://github.com/acme/shop/runs/9' } as T,
          headers: {},
        };
      },
      paginate: async () => [],
      graphql: async () => {
        throw new Error('unused');
      },
    };
    expect(await publishCheckRun(api, input(51), now)).toBe('https://github.com/acme/shop/runs/9');
    expect(calls.map(([route, p]) => [route, p?.check_run_id])).toEqual([
      ['POST /repos/{owner}/{repo}/check-runs', undefined],
      ['PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', 9],
    ]);
  });
});
