import { describe, expect, it } from '@jest/globals';
import { changeFromPullFiles } from '../../src/action/change.js';
import type { Api } from '../../src/action/github.js';
import {
  MARKER,
  planSuggestion,
  reconcile,
  shareFixes,
  suggestedLines,
  syncSuggestions,
  type Suggestion,
} from '../../src/action/suggestions.js';
import { permissionFinding, POOL } from './builders.js';

const WWW =
  '[www]\nuser = www-data\ngroup = www-data\nlisten = /run/php/php8.2-fpm.sock\npm = dynamic\npm.max_children = 5\n';
// The PR changed the listen line: lines 2-6 are on the RIGHT side of one hunk.
const PATCH =
  '@@ -2,5 +2,5 @@\n user = www-data\n group = www-data\n-listen = /run/php/php-fpm.sock\n+listen = /run/php/php8.2-fpm.sock\n pm = dynamic\n pm.max_children = 5';

describe('suggested lines', () => {
  it('attaches an inserted line to the line it follows', () => {
    expect(suggestedLines(permissionFinding(), WWW)).toEqual({
      first: 4,
      last: 4,
      original: ['listen = /run/php/php8.2-fpm.sock'],
      replacement: 'listen = /run/php/php8.2-fpm.sock\nlisten.owner = www-data\nlisten.group = www-data',
    });
  });

  it('rewrites a replaced range, deletes a whole line, and keeps CRLF files readable', () => {
    const replace = permissionFinding({
      fix: {
        safe: true,
        description: 'mode',
        edits: [{ file: POOL, line: 4, column: 10, endLine: 4, endColumn: 34, newText: '/run/php/app.sock' }],
      },
    });
    expect(suggestedLines(replace, WWW)).toMatchObject({
      first: 4,
      last: 4,
      replacement: 'listen = /run/php/app.sock',
    });
    const remove = permissionFinding({
      fix: {
        safe: true,
        description: 'drop',
        edits: [{ file: POOL, line: 5, column: 1, endLine: 6, endColumn: 1, newText: '' }],
      },
    });
    expect(suggestedLines(remove, WWW)).toMatchObject({ first: 5, last: 5, replacement: '' });
    expect(suggestedLines(permissionFinding(), WWW.replace(/\n/g, '\r\n'))).toMatchObject({
      original: ['listen = /run/php/php8.2-fpm.sock'],
      replacement: 'listen = /run/php/php8.2-fpm.sock\nlisten.owner = www-data\nlisten.group = www-data',
    });
  });

  it('refuses fixes spanning files or not matching the file', () => {
    const two = permissionFinding();
    two.fix!.edits.push({ ...two.fix!.edits[0], file: 'other' });
    expect(suggestedLines(two, WWW)).toBe('the fix edits several files');
    const off = permissionFinding({
      fix: {
        safe: true,
        description: 'x',
        edits: [{ file: POOL, line: 40, column: 1, endLine: 40, endColumn: 1, newText: 'x' }],
      },
    });
    expect(suggestedLines(off, WWW)).toBe('the fix does not match the file');
  });
});

describe('planning against the PR hunks', () => {
  it('suggests on a line of the diff, with the hidden fingerprint marker', () => {
    const planned = planSuggestion(
      permissionFinding(),
      WWW,
      changeFromPullFiles([{ filename: POOL, patch: PATCH }]),
    );
    expect(planned.ok).toBe(true);
    if (!planned.ok) return;
    expect(planned.suggestion).toMatchObject({
      fingerprint: '7cb868d067093ce0294d4bb78fcd69bf',
      path: POOL,
      startLine: 4,
      line: 4,
    });
    expect(planned.suggestion.body).toBe(
      [
        '**socklint** `socket-permission-denied` (error)',
        '',
        'nginx worker www-data (groups: www-data) cannot write /run/php/php8.2-fpm.sock (root:root 0660): not the owner, not in group root, other has no write',
        '',
        'Suggested fix: pool [www]: listen.owner = www-data, listen.group = www-data: nginx www-data (groups: www-data) connects as the owner of the socket',
        '',
        '```suggestion',
        'listen = /run/php/php8.2-fpm.sock',
        'listen.owner = www-data',
        'listen.group = www-data',
        '```',
        '',
        '<!-- socklint:fp=7cb868d067093ce0294d4bb78fcd69bf -->',
      ].join('\n'),
    );
  });

  it('leaves fixes outside the diff, or on text that differs from the PR head, to the summary patch', () => {
    const outside = changeFromPullFiles([{ filename: POOL, patch: '@@ -8,1 +8,1 @@\n-a\n+b' }]);
    expect(planSuggestion(permissionFinding(), WWW, outside)).toMatchObject({
      ok: false,
      reason: `${POOL}:4 is not in the pull request diff`,
    });
    const otherFile = changeFromPullFiles([{ filename: 'etc/nginx/sites-enabled/app', patch: PATCH }]);
    expect(planSuggestion(permissionFinding(), WWW, otherFile)).toMatchObject({ ok: false });
    const merged = WWW.replace('php8.2', 'php8.3');
    expect(
      planSuggestion(permissionFinding(), merged, changeFromPullFiles([{ filename: POOL, patch: PATCH }])),
    ).toMatchObject({
      ok: false,
      reason: `${POOL}:4 differs from the pull request head`,
    });
    const unsafe = permissionFinding({ fix: { ...permissionFinding().fix!, safe: false } });
    expect(
      planSuggestion(unsafe, WWW, changeFromPullFiles([{ filename: POOL, patch: PATCH }])),
    ).toMatchObject({ reason: 'no safe fix' });
  });
});

const s = (fp: string): Suggestion => ({
  fingerprint: fp,
  path: POOL,
  startLine: 4,
  line: 4,
  body: `x\n${MARKER(fp)}`,
});

describe('shared fixes', () => {
  it('gives findings fixed by the same edits one suggestion', () => {
    const a = permissionFinding();
    const b = permissionFinding({ fingerprint: 'spd-000', file: 'etc/nginx/sites-enabled/other' });
    const c = permissionFinding({
      fingerprint: 'other-fix',
      fix: { safe: true, description: 'd', edits: [{ ...a.fix!.edits[0], newText: 'listen.mode = 0660\n' }] },
    });
    const shared = shareFixes([a, b, c]);
    expect(shared.map((f) => f.fingerprint)).toEqual([
      '7cb868d067093ce0294d4bb78fcd69bf+spd-000',
      'other-fix',
    ]);
    expect(shared[0].message).toMatch(/\(and 1 other finding with the same fix\)$/);
  });
});

describe('idempotence', () => {
  it('skips fingerprints already posted and deletes outdated comments without replies', () => {
    const existing = [
      { id: 1, body: `a\n${MARKER('kept')}`, line: 4 },
      { id: 2, body: `b\n${MARKER('gone')}`, line: 9 },
      { id: 3, body: `c\n${MARKER('gone-replied')}`, line: 9 },
      { id: 4, body: 'thanks', in_reply_to_id: 3 },
      { id: 5, body: `d\n${MARKER('moved')}`, line: null },
      { id: 6, body: `quoting ${MARKER('kept')} in a sentence`, line: 1 },
    ];
    const current = new Set(['kept', 'moved', 'new']);
    expect(reconcile(existing, current, [s('kept'), s('moved'), s('new')])).toEqual({
      remove: [2, 5],
      present: new Set(['kept', 'gone-replied']),
    });
  });

  it('leaves alone the comments of another socklint step that scans another directory', async () => {
    const deleted: unknown[] = [];
    const api: Api = {
      paginate: async <T>() =>
        [
          { id: 1, path: 'other/a.conf', body: `x\n${MARKER('theirs')}`, line: 2 },
          { id: 2, path: 'deploy/b.conf', body: `x\n${MARKER('ours-gone')}`, line: 2 },
        ] as T[],
      request: async <T>(route: string, params?: Record<string, unknown>) => {
        if (route.startsWith('DELETE')) deleted.push(params?.comment_id);
        return { status: 204, data: {} as T, headers: {} };
      },
      graphql: async () => {
        throw new Error('unused');
      },
    };
    const target = { owner: 'acme', repo: 'shop', pull: 7, commitId: 'h'.repeat(40), scope: 'deploy' };
    expect(await syncSuggestions(api, target, [], new Set())).toEqual({
      posted: 0,
      alreadyPosted: 0,
      deleted: 1,
    });
    expect(deleted).toEqual([2]);
  });

  it('lists, deletes, then posts one review; a 422 becomes a fallback', async () => {
    const calls: string[] = [];
    let reviewBody: Record<string, unknown> | undefined;
    const api = (reject: boolean): Api => ({
      paginate: async <T>(route: string) => {
        calls.push(route);
        return [{ id: 2, body: `b\n${MARKER('gone')}`, line: 9 }] as T[];
      },
      request: async <T>(route: string, params?: Record<string, unknown>) => {
        calls.push(route);
        if (route.startsWith('POST') && reject)
          throw Object.assign(new Error('Unprocessable Entity: line must be part of the diff'), {
            status: 422,
          });
        if (route.startsWith('POST')) reviewBody = params;
        return { status: 200, data: {} as T, headers: {} };
      },
      graphql: async () => {
        throw new Error('unused');
      },
    });
    const target = { owner: 'acme', repo: 'shop', pull: 7, commitId: 'h'.repeat(40), scope: '' };
    const multi = { ...s('new'), startLine: 3 };
    expect(await syncSuggestions(api(false), target, [multi], new Set(['new']))).toEqual({
      posted: 1,
      alreadyPosted: 0,
      deleted: 1,
    });
    expect(calls).toEqual([
      'GET /repos/{owner}/{repo}/pulls/{pull_number}/comments',
      'DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}',
      'POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews',
    ]);
    expect(reviewBody).toMatchObject({
      commit_id: 'h'.repeat(40),
      event: 'COMMENT',
      comments: [
        { path: POOL, line: 4, start_line: 3, side: 'RIGHT', start_side: 'RIGHT', body: multi.body },
      ],
    });
    expect(await syncSuggestions(api(true), target, [s('new')], new Set(['new']))).toMatchObject({
      posted: 0,
      rejected: 'Unprocessable Entity: line must be part of the diff',
    });
  });
});
