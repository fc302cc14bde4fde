/**
 * For every fixture: the safe fixes as a unified diff, byte for byte against test/fix/golden;
 * after writing them a new scan has no error on the fixed sockets, a second run changes
 * nothing, and the diff only removes and adds listen.* lines (or, for templates, the YAML
 * value of the variable that holds one). Set UPDATE_GOLDEN=1 to rewrite
 * the golden files (then read every one of them).
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { structuredPatch } from 'diff';
import { analyze } from '../../src/engine/scan.js';
import { planPatches, unifiedDiff } from '../../src/engine/fix/index.js';
import { copyFixture, fixtureNames, LISTEN_LINE } from './helpers.js';

const GOLDEN = path.resolve('test/fix/golden');
const YAML_VALUE_LINE = /^\s*(?:-\s+)?[\w.]+:\s+\S/;
const YAML_OR_LISTEN_LINE = new RegExp(`${YAML_VALUE_LINE.source}|${LISTEN_LINE.source}`, 'i');
const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((c) => c()));

describe('fixes of the fixtures', () => {
  it.each(fixtureNames())('%s', async (name) => {
    const { dir, cleanup } = copyFixture(name);
    cleanups.push(cleanup);
    const first = await analyze({ root: dir });
    const patches = await planPatches(first.result, dir);
    const diff = unifiedDiff(patches);

    const golden = path.join(GOLDEN, `${name}.diff`);
    if (process.env.UPDATE_GOLDEN) {
      if (diff) writeFileSync(golden, diff);
      else rmSync(golden, { force: true });
    }
    expect(diff).toBe(existsSync(golden) ? readFileSync(golden, 'utf8') : '');
    if (patches.length === 0) return;

    for (const p of patches) {
      for (const hunk of structuredPatch(p.path, p.path, p.before, p.after).hunks) {
        const changed = hunk.lines
          .filter((l) => l.startsWith('-') || l.startsWith('+'))
          .map((l) => l.slice(1));
        // A variable's definition (defaults/, group_vars/, a task's value) changes one YAML value;
        // a ConfigMap's literal block holds the pool's own listen.* lines.
        for (const line of changed)
          expect(line).toMatch(/\.ya?ml$/.test(p.path) ? YAML_OR_LISTEN_LINE : LISTEN_LINE);
      }
      writeFileSync(path.join(dir, p.path), p.after);
    }

    const fixedSockets = new Set(
      first.result.findings.filter((f) => f.fix?.safe).map((f) => `${f.unit} ${f.socket}`),
    );
    const second = await analyze({ root: dir });
    const left = second.result.findings.filter((f) => fixedSockets.has(`${f.unit} ${f.socket}`));
    expect(left.filter((f) => f.severity === 'error')).toEqual([]);
    expect(left.filter((f) => f.fix?.safe)).toEqual([]);
    expect(await planPatches(second.result, dir)).toEqual([]);
  });
});

describe('bytes kept', () => {
  it('keeps a BOM and CRLF line endings, and the rescan is clean', async () => {
    const { dir, cleanup } = copyFixture('debian-broken-socket');
    cleanups.push(cleanup);
    const pool = path.join(dir, 'etc/php/8.2/fpm/pool.d/www.conf');
    const lf = readFileSync(pool, 'utf8');
    writeFileSync(pool, '\uFEFF' + lf.replace(/\n/g, '\r\n'));
    const [patch] = await planPatches((await analyze({ root: dir })).result, dir);
    const fixedLf = lf.replace(';listen.owner', 'listen.owner').replace(';listen.group', 'listen.group');
    expect(patch.after).toBe('\uFEFF' + fixedLf.replace(/\n/g, '\r\n'));
    writeFileSync(pool, patch.after);
    expect(readFileSync(pool).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect((await analyze({ root: dir })).result.findings).toEqual([]);
  });
});
