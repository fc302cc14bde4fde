import { describe, expect, it } from '@jest/globals';
import { applyEdits, selectFixes } from '../../src/engine/fix/index.js';
import type { Finding, ScanResult, TextEdit } from '../../src/engine/findings.js';

const edit = (
  line: number,
  column: number,
  endLine: number,
  endColumn: number,
  newText: string,
): TextEdit => ({
  file: 'f',
  line,
  column,
  endLine,
  endColumn,
  newText,
});

describe('applyEdits', () => {
  it('replaces, inserts and keeps every other byte (CRLF included)', () => {
    const text = 'a = 1\r\nlisten = x\r\nb = 2';
    expect(applyEdits(text, [edit(1, 5, 1, 6, '9'), edit(3, 1, 3, 1, 'c = 3\r\n')])).toBe(
      'a = 9\r\nlisten = x\r\nc = 3\r\nb = 2',
    );
  });

  it('puts an insertion before a replacement that starts at the same place', () => {
    const text = 'listen = x\nlisten.owner = y\n';
    const out = applyEdits(text, [
      edit(2, 1, 2, 13, ';listen.owner'),
      edit(2, 1, 2, 1, 'listen.acl_users = w\n'),
    ]);
    expect(out).toBe('listen = x\nlisten.acl_users = w\n;listen.owner = y\n');
  });

  it('inserts after a last line without a line ending', () => {
    expect(applyEdits('listen = x', [edit(1, 11, 1, 11, '\nlisten.group = g')])).toBe(
      'listen = x\nlisten.group = g',
    );
  });
});

describe('selectFixes', () => {
  const finding = (rule: Finding['rule'], safe: boolean, edits: TextEdit[]): Finding => ({
    rule,
    severity: 'error',
    file: 'f',
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
    message: '',
    related: [],
    fingerprint: rule,
    fix: { safe, description: rule, edits },
  });
  const result = (findings: Finding[]): ScanResult => ({
    version: 1,
    findings,
    sockets: [],
    skipped: [],
    suppressed: 0,
    notes: [],
    configFiles: 1,
  });

  it('applies a fix shared by several findings once, and leaves unsafe ones unless asked', () => {
    const shared = [edit(2, 1, 2, 1, 'listen.owner = w\n')];
    const r = result([
      finding('socket-permission-denied', true, shared),
      finding('socket-ownership-implicit', true, shared),
      finding('socket-path-mismatch', false, [edit(5, 1, 5, 3, 'x')]),
    ]);
    const safe = selectFixes(r);
    expect(safe.applied).toHaveLength(1);
    expect(safe.applied[0].findings.map((f) => f.rule)).toEqual([
      'socket-permission-denied',
      'socket-ownership-implicit',
    ]);
    expect(safe.skipped.map((s) => s.finding.rule)).toEqual(['socket-path-mismatch']);
    expect(selectFixes(r, { unsafe: true }).applied).toHaveLength(2);
  });

  it('refuses a fix whose edits overlap an accepted one, and any edit of a built-in file', () => {
    const r = result([
      finding('socket-mode-invalid', true, [edit(3, 1, 3, 10, 'a')]),
      finding('socket-world-writable', true, [edit(3, 5, 3, 12, 'b')]),
      finding('socket-owner-ignored', true, [
        { ...edit(1, 1, 1, 1, 'c'), file: '(Debian 12)/etc/php/8.2/fpm/php-fpm.conf' },
      ]),
    ]);
    const s = selectFixes(r);
    expect(s.applied.map((a) => a.fix.description)).toEqual(['socket-mode-invalid']);
    expect(s.skipped.map((x) => x.reason)).toEqual([
      expect.stringContaining('overlap'),
      expect.stringContaining('ships'),
    ]);
  });
});
