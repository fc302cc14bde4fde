import { describe, expect, it } from '@jest/globals';
import { buildContext, pullRequestTargetRisk } from '../../src/action/context.js';
import { commitRefusal } from '../../src/action/commit.js';

const env = {
  GITHUB_REPOSITORY: 'acme/shop',
  GITHUB_SHA: 'm'.repeat(40),
  GITHUB_WORKSPACE: '/ws',
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_RUN_ID: '42',
};

function prPayload(headRepo: string | null, headRef = 'fix-sockets') {
  return {
    pull_request: {
      number: 7,
      head: { sha: 'h'.repeat(40), ref: headRef, repo: headRepo === null ? null : { full_name: headRepo } },
      base: { ref: 'main', repo: { full_name: 'acme/shop' } },
    },
    repository: { full_name: 'acme/shop', default_branch: 'main' },
  };
}

describe('context', () => {
  it('reads a same-repository pull request: checks go on the head, not the merge commit', () => {
    const c = buildContext({ ...env, GITHUB_EVENT_NAME: 'pull_request' }, prPayload('acme/shop'));
    expect(c.pr).toEqual({
      number: 7,
      headSha: 'h'.repeat(40),
      headRef: 'fix-sockets',
      headRepo: 'acme/shop',
      baseRepo: 'acme/shop',
      baseRef: 'main',
      isFork: false,
      closed: false,
    });
    expect(c.analyzedSha).toBe('m'.repeat(40));
    expect(c.reportSha).toBe('h'.repeat(40));
    expect(c.runUrl).toBe('https://github.com/acme/shop/actions/runs/42');
    expect(commitRefusal(c)).toBeUndefined();
  });

  it('detects forks, deleted forks included, and never commits there', () => {
    const fork = buildContext({ ...env, GITHUB_EVENT_NAME: 'pull_request' }, prPayload('mallory/shop'));
    expect(fork.pr?.isFork).toBe(true);
    expect(commitRefusal(fork)).toBe('the head branch is in mallory/shop: socklint never pushes to forks');
    const deleted = buildContext({ ...env, GITHUB_EVENT_NAME: 'pull_request' }, prPayload(null));
    expect(deleted.pr?.isFork).toBe(true);
    // Owner names are case-insensitive.
    expect(
      buildContext({ ...env, GITHUB_EVENT_NAME: 'pull_request' }, prPayload('ACME/Shop')).pr?.isFork,
    ).toBe(false);
  });

  it('never commits on a closed pull request', () => {
    const payload = prPayload('acme/shop') as { pull_request: Record<string, unknown> };
    payload.pull_request.state = 'closed';
    const closed = buildContext({ ...env, GITHUB_EVENT_NAME: 'pull_request' }, payload);
    expect(commitRefusal(closed)).toBe('the pull request is closed');
  });

  it('never commits on the default branch or outside pull requests', () => {
    const onMain = buildContext(
      { ...env, GITHUB_EVENT_NAME: 'pull_request' },
      prPayload('acme/shop', 'main'),
    );
    expect(commitRefusal(onMain)).toBe(
      'the head branch is the default branch main: socklint never commits there',
    );
    const push = buildContext(
      { ...env, GITHUB_EVENT_NAME: 'push' },
      { commits: [{ added: ['a'], modified: ['b', 'a'] }] },
    );
    expect(push.pr).toBeUndefined();
    expect(push.pushedFiles).toEqual(['a', 'b']);
    expect(commitRefusal(push)).toBe('commits are only made on pull requests (this is a push event)');
    expect(buildContext({ ...env, GITHUB_EVENT_NAME: 'workflow_dispatch' }, {}).pr).toBeUndefined();
  });

  it('warns on pull_request_target only when the PR head is what was checked out', () => {
    const base = buildContext(
      { ...env, GITHUB_EVENT_NAME: 'pull_request_target' },
      prPayload('mallory/shop'),
    );
    expect(pullRequestTargetRisk(base)).toBeUndefined();
    const head = buildContext(
      { ...env, GITHUB_EVENT_NAME: 'pull_request_target' },
      prPayload('mallory/shop'),
      'h'.repeat(40),
    );
    expect(pullRequestTargetRisk(head)).toMatch(/checked out the pull request head/);
  });

  it('falls back to the public API URLs', () => {
    const c = buildContext({ GITHUB_REPOSITORY: 'a/b' }, {});
    expect(c.apiUrl).toBe('https://api.github.com');
    expect(c.graphqlUrl).toBe('https://api.github.com/graphql');
  });
});
