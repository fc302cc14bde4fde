import { describe, expect, it } from '@jest/globals';
import { commitInput, isMovedBranch } from '../../src/action/commit.js';
import { buildContext } from '../../src/action/context.js';
import {
  contentsPath,
  describeApiError,
  isForbidden,
  isUncertain,
  sendOnce,
  tokenKind,
} from '../../src/action/github.js';

const err = (status: number, headers: Record<string, string> = {}, message = 'x') => ({
  status,
  message,
  response: { headers },
});

describe('GitHub API helpers', () => {
  it('tells a permission refusal from a rate limit, and says which permission was wanted', () => {
    const forbidden = err(
      403,
      { 'x-accepted-github-permissions': 'checks=write' },
      'Resource not accessible by integration',
    );
    expect(isForbidden(forbidden)).toBe(true);
    expect(isForbidden(err(403, { 'retry-after': '1' }))).toBe(false);
    expect(isForbidden(err(403, {}, 'You have exceeded a secondary rate limit'))).toBe(false);
    expect(describeApiError(forbidden)).toBe(
      '403 Resource not accessible by integration (needs checks=write)',
    );
  });

  it('knows which failures may have taken effect', () => {
    expect(isUncertain(err(502))).toBe(true);
    expect(isUncertain(new Error('socket hang up'))).toBe(true);
    expect(isUncertain(err(422))).toBe(false);
    expect(isUncertain(err(403))).toBe(false);
    // A GraphQL answer with errors says what happened.
    expect(isUncertain({ message: 'x', errors: [{ type: 'STALE_DATA' }] })).toBe(false);
  });

  it('names the kind of token from its documented prefix only', () => {
    expect(tokenKind('ghp_abc')).toBe('a classic personal access token');
    expect(tokenKind('github_pat_11AB')).toBe('a fine-grained personal access token');
    expect(tokenKind('ghs_xyz')).toBe('a GitHub App installation token');
    expect(tokenKind('0123456789abcdef0123456789abcdef01234567')).toBe('a token of unknown kind');
  });

  it('encodes the contents path per segment, keeping the slashes', () => {
    expect(contentsPath('etc/php/8.2/fpm/pool.d/www.conf')).toBe('etc/php/8.2/fpm/pool.d/www.conf');
    expect(contentsPath('a b/c#d?e/%25 x.conf')).toBe('a%20b/c%23d%3Fe/%2525%20x.conf');
  });
});

describe('sendOnce', () => {
  const lost = Object.assign(new Error('Bad Gateway'), { status: 502 });

  it('does not re-send what took effect although its answer was lost', async () => {
    const sent: number[] = [];
    const result = await sendOnce(
      'POST thing',
      async () => {
        sent.push(sent.length);
        throw lost;
      },
      async () => 'found',
    );
    expect(result).toBe('found');
    expect(sent).toEqual([0]);
  });

  it('re-sends when the lookup finds nothing, and gives up after the last attempt', async () => {
    let attempts = 0;
    const result = await sendOnce(
      'POST thing',
      async () => {
        attempts += 1;
        if (attempts < 2) throw lost;
        return 'created';
      },
      async () => undefined,
    );
    expect([result, attempts]).toEqual(['created', 2]);
  });

  it('never retries a refusal', async () => {
    let lookups = 0;
    const refusal = Object.assign(new Error('Validation Failed'), { status: 422 });
    await expect(
      sendOnce(
        'POST thing',
        async () => {
          throw refusal;
        },
        async () => {
          lookups += 1;
          return 'x';
        },
      ),
    ).rejects.toBe(refusal);
    expect(lookups).toBe(0);
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
