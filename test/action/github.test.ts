import { describe, expect, it } from '@jest/globals';
import { commitInput, isMovedBranch } from '../../src/action/commit.js';
import { buildContext } from '../../src/action/context.js';
import { describeApiError, isForbidden, MAX_WAIT_MS, retryDelay } from '../../src/action/github.js';

const err = (status: number, headers: Record<string, string> = {}, message = 'x') => ({
  status,
  message,
  response: { headers },
});

describe('retry policy', () => {
  it('retries 5xx with backoff, at most 3 attempts', () => {
    expect(retryDelay(err(502), 1)).toBe(1000);
    expect(retryDelay(err(503), 2)).toBe(2000);
    expect(retryDelay(err(500), 3)).toBeUndefined();
    expect(retryDelay(err(503, { 'retry-after': '0' }), 1)).toBe(0);
  });

  it('waits for rate limits when the wait is short, gives up otherwise', () => {
    expect(retryDelay(err(403, { 'retry-after': '2' }), 1)).toBe(2000);
    expect(retryDelay(err(429, { 'retry-after': '3600' }), 1)).toBeUndefined();
    const now = 1_800_000_000_000;
    expect(
      retryDelay(
        err(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(now / 1000 + 5) }),
        1,
        now,
      ),
    ).toBe(5000);
    expect(
      retryDelay(
        err(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(now / 1000 + 900) }),
        1,
        now,
      ),
    ).toBeUndefined();
    expect(retryDelay(err(403, {}, 'You have exceeded a secondary rate limit'), 1)).toBe(MAX_WAIT_MS);
  });

  it('never retries other client errors', () => {
    expect(retryDelay(err(403, {}, 'Resource not accessible by integration'), 1)).toBeUndefined();
    expect(retryDelay(err(422), 1)).toBeUndefined();
    expect(retryDelay(err(404), 1)).toBeUndefined();
  });

  it('tells a permission refusal from a rate limit, and says which permission was wanted', () => {
    const forbidden = {
      ...err(
        403,
        { 'x-accepted-github-permissions': 'checks=write' },
        'Resource not accessible by integration',
      ),
    };
    expect(isForbidden(forbidden)).toBe(true);
    expect(isForbidden(err(403, { 'retry-after': '1' }))).toBe(false);
    expect(describeApiError(forbidden)).toBe(
      '403 Resource not accessible by integration (needs checks=write)',
    );
  });
});

describe('commit request', () => {
  const context = buildContext(
    { GITHUB_REPOSITORY: 'acme/shop', GITHUB_EVENT_NAME: 'pull_request', GITHUB_SHA: 'm'.repeat(40) },
    {
      pull_request: {
        number: 7,
        head: { sha: 'h'.repeat(40), ref: 'fix', repo: { full_name: 'acme/shop' } },
        base: { ref: 'main', repo: { full_name: 'acme/shop' } },
      },
    },
  );

  it('commits on the head branch, expecting the analyzed head', () => {
    expect(
      commitInput(context, [{ path: 'a.conf', before: 'x', after: 'y\n' }], 'fix: sockets\n\nMore.', [
        'r at a.conf:1',
      ]),
    ).toEqual({
      branch: { repositoryNameWithOwner: 'acme/shop', branchName: 'fix' },
      message: { headline: 'fix: sockets', body: 'More.\n\n- r at a.conf:1' },
      expectedHeadOid: 'h'.repeat(40),
      fileChanges: { additions: [{ path: 'a.conf', contents: Buffer.from('y\n').toString('base64') }] },
    });
  });

  it('recognises a moved branch', () => {
    expect(
      isMovedBranch({
        message: 'x',
        errors: [{ type: 'STALE_DATA', message: 'Expected branch to point to "abc"' }],
      }),
    ).toBe(true);
    expect(
      isMovedBranch(new Error('Expected branch to point to "abc" but it did not. Pull and try again.')),
    ).toBe(true);
    expect(isMovedBranch(new Error('Bad credentials'))).toBe(false);
  });
});
