import { describe, expect, it } from '@jest/globals';
import {
  changeFromPullFiles,
  hunkCovering,
  onlyChanged,
  parsePatch,
  rebaseResult,
  relevance,
} from '../../src/action/change.js';
import { permissionFinding, POOL, result, SITE, socket } from './builders.js';

const PATCH = [
  '@@ -2,4 +2,5 @@ user = www-data',
  ' group = www-data',
  '-listen = /run/php/php-fpm.sock',
  '+listen = /run/php/php8.2-fpm.sock',
  '+listen.mode = 0660',
  ' pm = dynamic',
  ' pm.max_children = 5',
  '@@ -20,3 +21,2 @@ pm.max_spare_servers = 3',
  ' ; end',
  '-; removed',
  ' ; tail',
  '\\ No newline at end of file',
].join('\n');

describe('hunks', () => {
  it('maps RIGHT-side lines (context and added), not deleted ones', () => {
    const [a, b] = parsePatch(PATCH);
    expect([...a.right.keys()]).toEqual([2, 3, 4, 5, 6]);
    expect([...a.added]).toEqual([3, 4]);
    expect(a.right.get(3)).toBe('listen = /run/php/php8.2-fpm.sock');
    expect([...b.right.keys()]).toEqual([21, 22]);
    expect(b.right.get(22)).toBe('; tail');
  });

  it('handles hunks without counts, CRLF text and new files', () => {
    expect([...parsePatch('@@ -1 +1 @@\n-a\r\n+b\r').flatMap((h) => [...h.right])]).toEqual([[1, 'b']]);
    const created = parsePatch('@@ -0,0 +1,2 @@\n+x\n+y');
    expect([...created[0].added]).toEqual([1, 2]);
  });

  it('finds the single hunk covering a range, never a range split across hunks', () => {
    const file = { path: POOL, hunks: parsePatch(PATCH) };
    expect(hunkCovering(file, 3, 6)?.newStart).toBe(2);
    expect(hunkCovering(file, 6, 21)).toBeUndefined();
    expect(hunkCovering(file, 7, 7)).toBeUndefined();
  });

  it('ranks locations: added line, diff context, changed file, elsewhere', () => {
    const change = changeFromPullFiles([
      { filename: POOL, status: 'modified', patch: PATCH },
      { filename: 'big.conf', status: 'modified' },
      { filename: 'gone.conf', status: 'removed', patch: '@@ -1 +0,0 @@\n-x' },
    ]);
    const at = (file: string, line: number) => ({ file, line, column: 1, endLine: line, endColumn: 2 });
    expect(relevance(change, at(POOL, 3))).toBe(3);
    expect(relevance(change, at(POOL, 5))).toBe(2);
    expect(relevance(change, at(POOL, 9))).toBe(1);
    expect(relevance(change, at('big.conf', 9))).toBe(1);
    expect(relevance(change, at('gone.conf', 1))).toBe(0);
    expect(relevance(undefined, at(POOL, 3))).toBe(0);
  });
});

describe('only-changed and path rebasing', () => {
  it('keeps findings whose primary or related location is in a changed file', () => {
    const other = permissionFinding({ file: 'x/pool.conf', related: [], fingerprint: 'other' });
    const scan = result([permissionFinding(), other]);
    const poolOnly = changeFromPullFiles([{ filename: POOL, patch: PATCH }]);
    expect(onlyChanged(scan, poolOnly).findings.map((f) => f.fingerprint)).toEqual([
      permissionFinding().fingerprint,
    ]);
  });

  it('prefixes every path when the scanned directory is not the repository root', () => {
    const rebased = rebaseResult(result([permissionFinding()], [socket()]), 'deploy');
    const f = rebased.findings[0];
    expect([f.file, f.related[0].file, f.fix!.edits[0].file]).toEqual([
      `deploy/${POOL}`,
      `deploy/${SITE}`,
      `deploy/${POOL}`,
    ]);
    expect(rebased.sockets[0].client.location.file).toBe(`deploy/${SITE}`);
    expect(rebased.sockets[0].pool!.location.file).toBe(`deploy/${POOL}`);
    expect(rebased.sockets[0].webServer.origin).toBe('deploy/etc/nginx/nginx.conf:1');
    expect(rebaseResult(result([permissionFinding()]), '').findings[0].file).toBe(POOL);
  });
});
