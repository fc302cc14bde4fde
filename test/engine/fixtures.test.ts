/**
 * Every fixture under __fixtures__ states, from the spec, which findings a scan must report
 * (rule, severity, primary file:line) and the exit code. The scan must match exactly.
 */
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { analyze, reachesFailOn } from '../../src/engine/scan.js';

const ROOT = path.resolve('__fixtures__');
const fixtures = readdirSync(ROOT).filter((d) => existsSync(path.join(ROOT, d, 'fixture.yml')));

interface Expected {
  findings?: { rule: string; severity: string; at: string }[];
  exit: number;
}

describe('fixtures', () => {
  it.each(fixtures)('%s', async (name) => {
    const dir = path.join(ROOT, name);
    const expected = parse(readFileSync(path.join(dir, 'fixture.yml'), 'utf8')) as Expected;
    const { result, config } = await analyze({ root: dir });
    const got = result.findings.map((f) => `${f.rule} ${f.severity} ${f.file}:${f.line}`).sort();
    const want = (expected.findings ?? []).map((f) => `${f.rule} ${f.severity} ${f.at}`).sort();
    expect(got).toEqual(want);
    const exit = result.findings.some((f) => reachesFailOn(f.severity, config.failOn)) ? 1 : 0;
    expect(exit).toBe(expected.exit);
  });
});
