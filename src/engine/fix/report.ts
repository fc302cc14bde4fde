/** What `--fix` and `--diff` say: the files and findings they fix, and what they leave and why. */
import type { Finding, ScanResult } from '../findings.js';
import type { UnitGraph } from '../resolve/graph.js';
import type { Evaluation } from '../rules/evaluate.js';
import { patchFiles, selectFixes, type FixSelection, type PatchedFile } from './patches.js';
import { unfixedReasons } from './unfixed.js';

export interface FixRun {
  patches: PatchedFile[];
  selection: FixSelection;
  /** Findings without any fix, and why. */
  unfixed: { finding: Finding; reason: string }[];
}

export async function prepareFixes(
  analysis: { result: ScanResult; graphs: UnitGraph[]; evaluations: Evaluation[] },
  root: string,
  options: { unsafe?: boolean } = {},
): Promise<FixRun> {
  const selection = selectFixes(analysis.result, options);
  return { patches: await patchFiles(selection, root), selection, unfixed: unfixedReasons(analysis) };
}

/** A few lines for a terminal; `written` says whether the files were changed or only shown. */
export function describeFixRun(run: FixRun, written: boolean): string {
  const out: string[] = [];
  const fixed = run.selection.applied.flatMap((a) => a.findings);
  const files = run.patches.map((p) => p.path);
  if (fixed.length === 0) out.push('socklint: nothing to fix automatically');
  else {
    const verb = written ? 'fixed' : 'would fix';
    out.push(`socklint: ${verb} ${plural(fixed.length, 'finding')} in ${plural(files.length, 'file')}:`);
    for (const { fix, findings } of run.selection.applied) {
      const where = [...new Set(fix.edits.map((e) => e.file))].join(', ');
      out.push(`  ${where}: ${fix.description}`);
      for (const f of findings) out.push(`    resolves ${f.rule} at ${at(f)}`);
    }
  }
  const left = [...run.selection.skipped, ...run.unfixed];
  if (left.length > 0) {
    out.push(`socklint: not fixed (${left.length}):`);
    for (const { finding, reason } of left) out.push(`  ${at(finding)} ${finding.rule}: ${reason}`);
  }
  return out.join('\n') + '\n';
}

function at(f: Finding): string {
  return `${f.file}:${f.line}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
