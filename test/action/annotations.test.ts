import { afterEach, describe, expect, it, jest } from '@jest/globals';
import {
  anchorsOf,
  emitAnnotation,
  fixLocation,
  overflowNotice,
  planAnnotations,
  selectForStep,
  toRange,
  type PlannedAnnotation,
} from '../../src/action/annotations.js';
import { changeFromPaths, changeFromPullFiles } from '../../src/action/change.js';
import { many, permissionFinding, POOL, SITE } from './builders.js';

const siteChanged = changeFromPullFiles([
  {
    filename: SITE,
    patch:
      '@@ -8,3 +8,3 @@\n         include fastcgi_params;\n-        fastcgi_pass unix:/run/php/php-fpm.sock;\n+        fastcgi_pass unix:/run/php/php8.2-fpm.sock;\n         fastcgi_param X y;',
  },
]);

describe('ranges', () => {
  it('keeps columns only on single-line spans and makes ends inclusive', () => {
    expect(toRange({ file: 'f', line: 3, column: 5, endLine: 3, endColumn: 9 })).toEqual({
      file: 'f',
      startLine: 3,
      endLine: 3,
      startColumn: 5,
      endColumn: 8,
    });
    expect(toRange({ file: 'f', line: 3, column: 5, endLine: 4, endColumn: 9 })).toEqual({
      file: 'f',
      startLine: 3,
      endLine: 4,
    });
    // A span that stops at the start of line 4 covers line 3 only, without columns.
    expect(toRange({ file: 'f', line: 3, column: 1, endLine: 4, endColumn: 1 })).toEqual({
      file: 'f',
      startLine: 3,
      endLine: 3,
    });
  });

  it('anchors an inserted line on the line it follows', () => {
    expect(fixLocation(permissionFinding())).toEqual({
      file: POOL,
      line: 4,
      column: 1,
      endLine: 4,
      endColumn: Number.MAX_SAFE_INTEGER,
    });
  });
});

describe('anchors', () => {
  it('puts a finding on the range the CLI names, and on the web-server line when the PR changed it', () => {
    const [main, second] = anchorsOf(permissionFinding(), siteChanged);
    expect(main).toMatchObject({
      file: POOL,
      startLine: 4,
      endLine: 4,
      startColumn: 1,
      endColumn: 33,
      primary: true,
      relevance: 0,
      level: 'error',
    });
    expect(main.message).toMatch(
      /\nFix: pool \[www\]: listen.owner = www-data, listen.group = www-data: nginx www-data \(groups: www-data\) connects as the owner of the socket$/,
    );
    expect(second).toMatchObject({
      file: SITE,
      startLine: 9,
      startColumn: 9,
      endColumn: 51,
      primary: false,
      relevance: 3,
    });
    expect(second.message).toMatch(/\nReported at etc\/php\/8.2\/fpm\/pool.d\/www.conf:4\.$/);
  });

  it('says where the fix goes when it is not the line the finding names, and annotates it when the PR changed it', () => {
    // Debian's commented-out listen.owner and listen.group, uncommented by the fix: lines 5 and 6.
    const uncomment = (line: number) => ({
      file: POOL,
      line,
      column: 1,
      endLine: line,
      endColumn: 2,
      newText: '',
    });
    const f = permissionFinding({
      fix: { safe: true, description: 'uncomment', edits: [uncomment(5), uncomment(6)] },
    });
    expect(fixLocation(f)).toEqual({
      file: POOL,
      line: 5,
      column: 1,
      endLine: 6,
      endColumn: Number.MAX_SAFE_INTEGER,
    });
    const [main, second] = anchorsOf(
      f,
      changeFromPullFiles([
        {
          filename: POOL,
          patch: '@@ -5,2 +5,2 @@\n-;a\n-;b\n+;listen.owner = www-data\n+;listen.group = www-data',
        },
      ]),
    );
    expect(main).toMatchObject({ file: POOL, startLine: 4, startColumn: 1, endColumn: 33 });
    expect(main.message).toMatch(/\nFix in etc\/php\/8.2\/fpm\/pool.d\/www.conf:5-6: uncomment$/);
    expect(second).toMatchObject({ file: POOL, startLine: 5, endLine: 6, relevance: 3 });
    expect(second.startColumn).toBeUndefined();
  });

  it('adds no second annotation when the web-server file is not part of the change', () => {
    expect(anchorsOf(permissionFinding(), undefined)).toHaveLength(1);
    expect(
      anchorsOf(
        permissionFinding(),
        changeFromPullFiles([{ filename: POOL, patch: '@@ -1 +1 @@\n-a\n+[www]' }]),
      ),
    ).toHaveLength(1);
    // On a push the change is known per file only: the file is enough.
    expect(anchorsOf(permissionFinding(), changeFromPaths([SITE], 'push payload'))).toHaveLength(2);
  });

  it('marks unsafe fixes', () => {
    const f = permissionFinding({ fix: { ...permissionFinding().fix!, safe: false } });
    expect(anchorsOf(f, undefined)[0].message).toMatch(/Fix \(unsafe: review before applying\): /);
  });
});

describe('ranking and the 10-per-level budget', () => {
  it('ranks changed lines first, then changed files, then the rest', () => {
    const findings = many(12, 'warning');
    const change = changeFromPullFiles([
      { filename: 'conf/f11.conf', patch: '@@ -12 +12 @@\n-x\n+y' },
      { filename: 'conf/f5.conf' },
    ]);
    const planned = planAnnotations(findings, change);
    expect(planned.slice(0, 3).map((a) => a.file)).toEqual(['conf/f11.conf', 'conf/f5.conf', 'conf/f0.conf']);
    const { shown, hiddenFindings } = selectForStep(planned, { error: 10, warning: 10, notice: 10 });
    expect(shown).toHaveLength(10);
    expect(hiddenFindings).toBe(2);
    expect(shown.map((a) => a.file)).not.toContain('conf/f9.conf');
  });

  it('keeps the budget per level', () => {
    const planned = planAnnotations(
      [...many(12, 'error'), ...many(3, 'warning'), ...many(11, 'notice')],
      undefined,
    );
    const { shown, hiddenFindings } = selectForStep(planned, { error: 9, warning: 10, notice: 8 });
    const count = (level: string) => shown.filter((a) => a.level === level).length;
    expect([count('error'), count('warning'), count('notice')]).toEqual([9, 3, 8]);
    expect(hiddenFindings).toBe(3 + 3);
  });

  it('counts a finding as shown when any of its annotations is', () => {
    const planned = planAnnotations([permissionFinding()], siteChanged);
    expect(planned.map((a) => a.primary)).toEqual([false, true]);
    expect(selectForStep(planned, { error: 1, warning: 10, notice: 10 }).hiddenFindings).toBe(0);
  });

  it('says how many findings were left out and where to find them', () => {
    expect(overflowNotice(4, ['the job summary', 'the SARIF file x.sarif'])).toBe(
      'socklint: 4 more findings not shown as annotations (GitHub shows 10 per level and step); see the job summary or the SARIF file x.sarif for the full list.',
    );
    expect(overflowNotice(1, [])).toBe(
      'socklint: 1 more finding not shown as annotations (GitHub shows 10 per level and step).',
    );
  });
});

describe('escaping', () => {
  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('escapes data and properties through @actions/core', () => {
    const lines: string[] = [];
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
    const a: PlannedAnnotation = {
      level: 'warning',
      title: 'socklint: rule, a',
      file: 'dir,x/a:b.conf',
      startLine: 3,
      endLine: 3,
      startColumn: 2,
      endColumn: 5,
      message: '100% sure\r\nnext: a, b',
      fingerprint: 'x',
      primary: true,
      relevance: 0,
    };
    emitAnnotation(a);
    emitAnnotation({ ...a, level: 'notice', endLine: 4, startColumn: undefined, endColumn: undefined });
    expect(lines.join('')).toBe(
      '::warning title=socklint%3A rule%2C a,file=dir%2Cx/a%3Ab.conf,line=3,endLine=3,col=2,endColumn=5::100%25 sure%0D%0Anext: a, b\n' +
        '::notice title=socklint%3A rule%2C a,file=dir%2Cx/a%3Ab.conf,line=3,endLine=4::100%25 sure%0D%0Anext: a, b\n',
    );
  });
});
