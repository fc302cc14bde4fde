import { describe, expect, it } from '@jest/globals';
import { evaluateGate } from '../../src/action/gate.js';
import { blobUrl, code, fenced } from '../../src/action/markdown.js';
import {
  nothingDecided,
  renderSummary,
  SUMMARY_MAX_BYTES,
  type SummaryData,
} from '../../src/action/summary.js';
import { many, permissionFinding, POOL, result, socket } from './builders.js';

const ref = { serverUrl: 'https://github.com', owner: 'acme', repo: 'shop', sha: 'a'.repeat(40) };
const PATCH = `--- a/${POOL}\n+++ b/${POOL}\n@@ -4,2 +4,4 @@\n listen = /run/php/php8.2-fpm.sock\n+listen.owner = www-data\n+listen.group = www-data\n pm = dynamic\n`;

function data(overrides: Partial<SummaryData> = {}): SummaryData {
  const scan = result([permissionFinding()], [socket()]);
  return {
    result: scan,
    gate: evaluateGate(scan.findings, 'error'),
    ref,
    patch: PATCH,
    activities: [],
    outsideChange: 0,
    ...overrides,
  };
}

describe('job summary', () => {
  it('has the verdict, the socket table, every finding with links at the analyzed commit, and the patch', () => {
    const md = renderSummary(data({ activities: ['Check run "socklint" posted.'] }));
    expect(md).toContain(
      "❌ socklint found 1 error, 0 warnings, 0 notices: 1 of them reaches fail-on 'error', so the step fails.",
    );
    expect(md).toContain(
      `Analyzed \`acme/shop\` at [aaaaaaa](https://github.com/acme/shop/commit/${'a'.repeat(40)}): 1 error, 0 warnings, 0 notices (1 socket checked, 0 undecided).`,
    );
    expect(md).toContain('- Check run "socklint" posted.');
    expect(md).toContain('| Web server | Identity | Socket | Owner:group mode | Verdict |');
    expect(md).toContain(
      `| [etc/nginx/sites-enabled/app:9](https://github.com/acme/shop/blob/${'a'.repeat(40)}/etc/nginx/sites-enabled/app#L9) fastcgi_pass | www-data:www-data (groups: www-data)<br>from etc/nginx/nginx.conf:1 | \`/run/php/php8.2-fpm.sock\` |`,
    );
    expect(md).toContain('❌ permission denied<br>nginx worker www-data (groups: www-data) cannot write');
    expect(md).toContain(
      `- ❌ **Error** \`socket-permission-denied\` at [${POOL}:4](https://github.com/acme/shop/blob/${'a'.repeat(40)}/${POOL}#L4)`,
    );
    expect(md).toContain(
      `  - [etc/nginx/sites-enabled/app:9](https://github.com/acme/shop/blob/${'a'.repeat(40)}/etc/nginx/sites-enabled/app#L9): nginx workers run as www-data`,
    );
    expect(md).toContain(
      '  - Fix (safe): pool [www]: listen.owner = www-data, listen.group = www-data: nginx www-data',
    );
    expect(md).toContain(
      '<details><summary>Safe fixes as a unified diff (apply with <code>git apply</code>)</summary>',
    );
    expect(md).toContain('```diff\n--- a/etc/php/8.2/fpm/pool.d/www.conf\n');
    expect(md).not.toContain('limited to 1 MiB');
  });

  it('escapes HTML and table syntax coming from configs', () => {
    const f = permissionFinding({ message: 'a <script> | b' });
    const md = renderSummary(data({ result: result([f], [socket({ reason: 'x | <y>' })]) }));
    expect(md).toContain('a &lt;script&gt; | b');
    expect(md).toContain('x \\| &lt;y&gt;');
    expect(md).not.toContain('<script>');
  });

  it('stays under 1 MiB whatever the repository, and says what it left out', () => {
    const findings = many(6000, 'warning').map((f) => ({ ...f, message: 'x'.repeat(300) }));
    const sockets = Array.from({ length: 500 }, () => socket());
    const big = 'y'.repeat(400_000);
    const scan = result(findings, sockets);
    const md = renderSummary(data({ result: scan, gate: evaluateGate(findings, 'error'), patch: big }));
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(SUMMARY_MAX_BYTES);
    expect(md).toMatch(/The job summary is limited to 1 MiB\. \d+ findings left out of this list/);
    expect(md).toContain(
      'The patch is too large for the summary: use the file named by the patch-file output.',
    );
  });

  it('honours a smaller limit (the check run text)', () => {
    const findings = many(2000, 'error');
    const md = renderSummary(
      data({ result: result(findings), gate: evaluateGate(findings, 'error'), patch: '' }),
      60_000,
    );
    expect(md.length).toBeLessThanOrEqual(60_000);
  });

  it('reports findings hidden by only-changed and suppressed ones', () => {
    const md = renderSummary(
      data({
        outsideChange: 2,
        result: {
          ...result([], [socket({ verdict: 'connects', reason: 'www-data owns the socket' })]),
          suppressed: 1,
        },
        gate: evaluateGate([], 'error'),
        patch: '',
      }),
    );
    expect(md).toContain(
      '(1 socket checked, 0 undecided, 1 suppressed); 2 findings outside the changed files not reported (only-changed).',
    );
    expect(md).toContain('✅ socklint passed: no findings.');
  });

  it('lists undecided sockets with their reasons, and never shows a pass that decided nothing as clean', () => {
    const reason =
      'the nginx workers run as www-data, an account no file of the repository creates: declare it under users: in .socklint.yml';
    const md = renderSummary(
      data({
        result: result([], [socket({ verdict: 'undecided', reason, pool: undefined })]),
        gate: evaluateGate([], 'error'),
        patch: '',
      }),
    );
    expect(md).toContain('❔ socklint passed: no findings.');
    expect(md).toContain('No socket could be decided, so this pass checked nothing');
    expect(md).toContain('(1 socket checked, 1 undecided: none could be decided, see the notices)');
    expect(md).toContain('### Undecided sockets');
    expect(md).toContain(
      `- [etc/nginx/sites-enabled/app:9](https://github.com/acme/shop/blob/${'a'.repeat(40)}/etc/nginx/sites-enabled/app#L9) \`fastcgi_pass\` \`/run/php/php8.2-fpm.sock\`: ${reason}`,
    );
    expect(nothingDecided(result([], []))).toBe(true);
    expect(nothingDecided({ ...result([], []), configFiles: 0 })).toBe(false);
    const empty = renderSummary(data({ result: result([], []), gate: evaluateGate([], 'error'), patch: '' }));
    expect(empty).toContain('❔ socklint passed: no findings.');
    expect(empty).toContain('points no web server at a Unix socket, so there was nothing to check');
  });
});

describe('markdown helpers', () => {
  it('links to a line range at a commit, encoding the path', () => {
    expect(blobUrl(ref, { file: 'a b/c#d.conf', line: 2, endLine: 4 })).toBe(
      `https://github.com/acme/shop/blob/${'a'.repeat(40)}/a%20b/c%23d.conf#L2-L4`,
    );
  });

  it('fences code that contains backticks', () => {
    expect(code('a`b')).toBe('`` a`b ``');
    expect(fenced('suggestion', 'x\n```\ny')).toBe('````suggestion\nx\n```\ny\n````');
  });
});
