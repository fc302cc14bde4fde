/**
 * The FPM value reader against the real php-fpm8.2 on generated lines: each value is written as
 * `access.format = <value>` in a pool, `php-fpm8.2 -tt` prints the value FPM took (or refuses
 * the file), and our reader must say the same. Runs where php-fpm8.2 is installed (CI installs
 * it); elsewhere it says so in one line.
 */
import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { parseFpmLine } from '../../src/engine/parse/fpm/lines.js';

const FPM = '/usr/sbin/php-fpm8.2';
const available = spawnSync(FPM, ['-v']).status === 0;
/** The master's environment; Y is unset, which FPM reads as an empty string. */
const ENV = { X: 'val', N: '4' };

type Outcome = string | { refused: true };

// Pieces FPM's ini scanner treats specially, glued at random.
const PIECE = fc.constantFrom(
  'a',
  'b',
  'x1',
  '12',
  '0',
  ' ',
  '  ',
  '\t',
  '$',
  '${X}',
  '${N}',
  '${Y}',
  '"',
  "'",
  '\\',
  '"a$b"',
  '"${X}"',
  "'${X}'",
  '"\\${X}"',
  '|',
  '&',
  '^',
  '~',
  '!',
  '(',
  ')',
  ';',
  '=',
  'On',
  'TRUE',
  'yes',
  'none',
  'null',
  'off',
  '#',
  '%R',
  '/run/php/x.sock',
  '-',
  '.',
  ':',
);
const VALUE = fc.array(PIECE, { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''));

function ours(value: string): Outcome {
  const line = parseFpmLine(`access.format = ${value}`, 1, { ...ENV, Y: '' });
  return line.kind === 'entry' ? line.value : { refused: true };
}

/** One php-fpm8.2 -tt run over pools p0…pN, one value each: what it printed per pool, or a refusal. */
function real(dir: string, values: string[]): Outcome[] | { refused: true } {
  const conf = path.join(dir, 'fpm.conf');
  const pools = values.map(
    (v, i) =>
      `[p${i}]\nuser = nobody\nlisten = ${dir}/s${i}.sock\npm = static\npm.max_children = 1\naccess.format = ${v}\n`,
  );
  writeFileSync(conf, `[global]\npid = ${dir}/fpm.pid\nerror_log = ${dir}/fpm.log\n${pools.join('')}`);
  const r = spawnSync(FPM, ['-n', '-tt', '-y', conf], {
    env: { ...ENV, PATH: process.env.PATH },
    encoding: 'utf8',
  });
  if (!r.stderr.includes('test is successful')) return { refused: true };
  const printed = new Map<string, string>();
  let pool = '';
  for (const line of r.stderr.split('\n')) {
    const header = /NOTICE: \[(p\d+)\]$/.exec(line);
    if (header) pool = header[1];
    const value = /NOTICE: \taccess\.format = (.*)$/.exec(line);
    if (value) printed.set(pool, value[1]);
  }
  return values.map((_, i) => printed.get(`p${i}`) ?? { refused: true });
}

describe('the FPM value reader agrees with php-fpm8.2 -tt', () => {
  if (!available) {
    it.skip(`${FPM} is not installed here; CI installs it`, () => undefined);
    return;
  }
  it('on 500 generated values', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'socklint-fpm-values-'));
    try {
      const values = fc.sample(VALUE, { numRuns: 500, seed: 20261203 });
      const predicted = values.map((value) => ({ value, ours: ours(value) }));
      // What we read as accepted runs in one file (one refusal there is a disagreement); what we
      // read as refused runs alone, since one refusal refuses the whole file.
      const accepted = predicted.filter((p) => typeof p.ours === 'string');
      const batch = real(
        dir,
        accepted.map((p) => p.value),
      );
      const disagreements = [
        ...('refused' in batch
          ? [{ batch: accepted.length, real: batch }]
          : accepted
              .map((p, i) => ({ value: p.value, ours: p.ours, real: batch[i] }))
              .filter((c) => c.real !== c.ours)),
        ...predicted
          .filter((p) => typeof p.ours !== 'string')
          .map((p) => ({ value: p.value, ours: p.ours, real: real(dir, [p.value]) }))
          .filter((c) => !('refused' in c.real)),
      ];
      expect(disagreements).toEqual([]);
      // The sample must exercise both outcomes.
      expect(accepted.length).toBeGreaterThan(100);
      expect(predicted.length - accepted.length).toBeGreaterThan(50);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
