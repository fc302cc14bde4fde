/** The JSON report written in pieces is, joined, exactly JSON.stringify's text. */
import { describe, expect, it } from '@jest/globals';
import { jsonPieces } from '../../src/engine/report/json.js';

const stringify = (value: unknown) => JSON.stringify(value, null, 2) + '\n';
const joined = (value: unknown) => [...jsonPieces(value)].join('');

describe('jsonPieces', () => {
  const cases: [string, unknown][] = [
    ['an empty object', {}],
    ['an empty array', []],
    ['a scalar', 'text'],
    ['null', null],
    [
      'a report shape',
      {
        version: 1,
        findings: [],
        sockets: [
          {
            unit: 'host ./',
            client: { location: { file: 'a.conf', line: 3 } },
            pool: null,
            verdict: 'connects',
          },
          { unit: 'host ./', groups: ['www-data', 'app'], nested: [[1, [2]], { deep: { deeper: [] } }] },
        ],
        notes: [{ message: 'line one\nline two "quoted" \u00e9 \u{1F600}' }],
        skipped: [],
      },
    ],
    [
      'members JSON leaves out',
      { a: undefined, b: () => 1, c: Symbol('s'), d: 1, e: [undefined, () => 1, 2] },
    ],
    ['an object of only left-out members', { a: undefined }],
    ['numbers JSON writes as null', { values: [NaN, Infinity, -0, 1e21] }],
    [
      'toJSON at every level',
      { when: new Date(0), inner: { toJSON: () => ({ replaced: [1, 2] }) }, list: [new Date(1)] },
    ],
    ['an object without a prototype', Object.assign(Object.create(null) as object, { x: [{ y: 1 }] })],
    ['a boxed primitive', { s: new String('boxed'), n: [new Number(3)] }],
  ];
  it.each(cases)('joins to JSON.stringify for %s', (_name, value) => {
    expect(joined(value)).toBe(stringify(value));
  });

  it('splits a long array into one piece per element', () => {
    const sockets = Array.from({ length: 1000 }, (_, i) => ({
      socket: `/run/php/site${i}.sock`,
      verdict: 'connects',
    }));
    const pieces = [...jsonPieces({ version: 1, sockets })];
    expect(pieces.length).toBeGreaterThan(1000);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(200);
    expect(pieces.join('')).toBe(stringify({ version: 1, sockets }));
  });
});
