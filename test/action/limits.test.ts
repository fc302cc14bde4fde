import { describe, expect, it } from '@jest/globals';
import { fitUtf8, LIMITS, utf8Bytes } from '../../src/action/limits.js';

describe('size limits in UTF-8 bytes', () => {
  it('keeps text that fits, whatever its UTF-16 length', () => {
    expect(fitUtf8('ab🙂', 6)).toBe('ab🙂');
    expect(utf8Bytes('ab🙂')).toBe(6);
  });

  it('cuts on a code-point boundary, never inside a surrogate pair', () => {
    // 'ab' + 🙂 (4 bytes) + '…' (3 bytes): 8 bytes leave no room for the emoji.
    const cut = fitUtf8('ab🙂🙂', 8);
    expect(cut).toBe('ab…');
    expect(utf8Bytes(cut)).toBeLessThanOrEqual(8);
    expect(fitUtf8('ab🙂🙂', 9)).toBe('ab🙂…');
  });

  it('counts multi-byte text in bytes: 30,000 é is over the 55,000-byte mark', () => {
    const text = 'é'.repeat(30_000);
    expect(text.length).toBe(30_000);
    const cut = fitUtf8(text, 55_000);
    expect(utf8Bytes(cut)).toBeLessThanOrEqual(55_000);
    expect(cut.endsWith('é…')).toBe(true);
  });

  it('replaces a lone surrogate, which JSON would send as invalid Unicode', () => {
    expect(fitUtf8('a\ud83d', 100)).toBe('a\ufffd');
    expect(fitUtf8('\ude42b', 100)).toBe('\ufffdb');
  });

  it('states GitHub documented limits', () => {
    expect(LIMITS).toEqual({
      annotationMessage: 65_536,
      annotationTitle: 255,
      checkOutput: 65_535,
      commentBody: 65_536,
      stepSummary: 1_048_576,
    });
  });
});
