/**
 * Property tests over generated pools: whenever the planner offers a fix, applying it makes
 * every web server connect (re-judged from the edited text by the engine itself), gives "other"
 * nothing, removes the pool's reported listen.* findings (a suppressed one may stay), changes only listen.* lines of [www], keeps
 * the line endings, and a second run finds nothing to fix. With one web server a fix always
 * exists (unless a directory denies); with two, a missing fix says why.
 */
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { structuredPatch } from 'diff';
import { attachFixes, applyEdits, FIXABLE_RULES } from '../../src/engine/fix/index.js';
import type { Fix } from '../../src/engine/findings.js';
import { evaluateUnit } from '../../src/engine/rules/evaluate.js';
import { RULES } from '../../src/engine/rules/index.js';
import { fpmModeOf } from '../../src/engine/verdict/fpm-socket.js';
import { LISTEN_LINE } from './helpers.js';
import { graphOf, poolText, worlds, type World } from './world.js';

const RUNS = Number(process.env.FIX_PROPERTY_RUNS ?? 3000);

function scan(world: World, text: string) {
  const graph = graphOf(world, text);
  const evaluations = evaluateUnit(graph);
  const raw = RULES.flatMap((rule) => rule.check({ graph, evaluations })).filter(
    (r) => !world.suppressed.includes(r.rule),
  );
  const outcomes = attachFixes([graph], evaluations, raw);
  const www = graph.fpm[0].config.pools.find((p) => p.name === 'www');
  const findings = raw.filter((r) => FIXABLE_RULES.has(r.rule) && r.identity[0] === 'www');
  return { graph, evaluations, findings, outcome: outcomes.find((o) => o.pool === www), www };
}

const modeOf = (pool: { settings: Map<string, { value: string }> } | undefined) =>
  fpmModeOf(pool?.settings.get('listen.mode')?.value ?? '');

describe('fix properties', () => {
  it('a fix makes every web server connect, never widens other, touches only listen.* lines of the pool', () => {
    let offered = 0;
    fc.assert(
      fc.property(worlds, (world) => {
        const before = poolText(world);
        const first = scan(world, before);
        const fixes = first.findings.map((f) => f.fix).filter((f): f is Fix => f !== undefined);
        if (first.findings.length === 0) return;
        if (fixes.length === 0) {
          expect(first.outcome?.reason).toBeTruthy();
          const workers = new Set(world.webServers.map((w) => w.user));
          const directoryDenies = world.runPhp.mode === 0o750;
          if (
            workers.size === 1 &&
            !directoryDenies &&
            !first.graph.fpm[0].config.problems.length &&
            first.evaluations.every((e) => e.worker)
          ) {
            throw new Error(`no fix for one web server: ${first.outcome?.reason}`);
          }
          return;
        }
        offered++;
        // One coherent fix per pool: every finding of the pool carries the same edits.
        for (const f of fixes) expect(f.edits).toEqual(fixes[0].edits);
        const after = applyEdits(before, fixes[0].edits);

        // Only listen.* lines of [www] change.
        const otherAt = (t: string) => t.split('\n').findIndex((l) => l.startsWith('[other]')) + 1;
        for (const hunk of structuredPatch('f', 'f', before, after).hunks) {
          let oldLine = hunk.oldStart;
          let newLine = hunk.newStart;
          for (const line of hunk.lines) {
            const sign = line[0];
            if ((sign === '-' || sign === '+') && !LISTEN_LINE.test(line.slice(1)))
              throw new Error(`changed a line that is not listen.*: ${line}`);
            if (sign === '-' && oldLine >= otherAt(before))
              throw new Error(`removed a line of [other]: ${line}`);
            if (sign === '+' && newLine >= otherAt(after))
              throw new Error(`added a line to [other]: ${line}`);
            if (sign !== '+' && sign !== '\\') oldLine++;
            if (sign !== '-' && sign !== '\\') newLine++;
          }
        }
        if (world.crlf) expect(after.replace(/\r\n/g, '')).not.toContain('\n');
        else expect(after).not.toContain('\r');

        // Re-judged from the edited text: everyone connects, nothing left, other not widened.
        const second = scan(world, after);
        expect(second.graph.fpm[0].config.problems).toEqual([]);
        const stuck = second.evaluations.find((e) => e.verdict !== 'connects');
        if (stuck) throw new Error(`still ${stuck.verdict}: ${stuck.reason}`);
        expect(second.findings.map((f) => f.rule)).toEqual([]);
        expect(modeOf(second.www) & 0o007 & ~modeOf(first.www)).toBe(0);
        const other = (s: typeof first) =>
          JSON.stringify([...s.graph.fpm[0].config.pools[1].settings].map(([k, v]) => [k, v.value]));
        expect(other(second)).toBe(other(first));
      }),
      { numRuns: RUNS },
    );
    expect(offered).toBeGreaterThan(RUNS / 10);
  }, 120_000);
});
