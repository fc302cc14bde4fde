/** The nearest socket path: the bounded, prefix-trimming Levenshtein against the textbook one. */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { levenshtein, nearestBy } from '../../src/engine/rules/nearest-path.js';

/** The full dynamic-programming table, as the definition reads. */
function textbook(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length][b.length];
}

// Socket-path-like strings: a small alphabet makes shared prefixes, suffixes and ties common.
const pathish = fc.string({
  unit: fc.constantFrom('/', 'r', 'u', 'n', 'p', 'h', '7', '8', '.', '-'),
  maxLength: 24,
});

describe('levenshtein', () => {
  it('equals the textbook distance without a limit', () => {
    fc.assert(
      fc.property(pathish, pathish, (a, b) => levenshtein(a, b) === textbook(a, b)),
      { numRuns: 3000 },
    );
  });

  it('is exact below the limit and at least the limit otherwise', () => {
    fc.assert(
      fc.property(pathish, pathish, fc.integer({ min: 0, max: 12 }), (a, b, limit) => {
        const d = textbook(a, b);
        const bounded = levenshtein(a, b, limit);
        return d < limit ? bounded === d : bounded >= limit;
      }),
      { numRuns: 3000 },
    );
  });

  it('counts the edits of typical socket paths', () => {
    expect(levenshtein('/run/php/php7.4-fpm.sock', '/run/php/php8.2-fpm.sock')).toBe(2);
    expect(levenshtein('/run/php/site104-fpm.sock', '/run/php/site104.sock')).toBe(4);
    expect(levenshtein('', '/run/php.sock')).toBe(13);
  });
});

describe('nearestBy', () => {
  it('picks the first of the nearest, as a stable sort by distance would', () => {
    fc.assert(
      fc.property(fc.array(pathish, { maxLength: 30 }), pathish, (paths, target) => {
        const expected = paths.map((p, i) => ({ i, d: textbook(p, target) })).sort((x, y) => x.d - y.d)[0]?.i;
        const items = paths.map((p, i) => ({ p, i }));
        return nearestBy(items, (x) => x.p, target)?.i === expected;
      }),
      { numRuns: 2000 },
    );
  });

  it('names the pool path one edit away among many', () => {
    const pools = Array.from({ length: 121 }, (_, i) => `/run/php/site${i}.sock`);
    expect(nearestBy(pools, (p) => p, '/run/php/site104-fpm.sock')).toBe('/run/php/site104.sock');
    expect(nearestBy([], (p: string) => p, '/run/php/x.sock')).toBeUndefined();
  });
});
