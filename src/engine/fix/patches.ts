/**
 * Applying fixes to files: the edits of the chosen fixes, merged per file (a pool's shared
 * fix counted once), then written into the text with every other byte kept (BOM, CRLF).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';
import type { Finding, Fix, ScanResult, TextEdit } from '../findings.js';

/** A file changed by fixes: its repository path and its content before and after. */
export interface PatchedFile {
  path: string;
  before: string;
  after: string;
}

export interface FixSelection {
  /** Fixes whose edits are applied, each with the findings it resolves. */
  applied: { fix: Fix; findings: Finding[] }[];
  /** Findings with a fix that is not applied, and why. */
  skipped: { finding: Finding; reason: string }[];
}

/** The fixes `--fix` applies (safe ones; unsafe too when asked), minus those that clash. */
export function selectFixes(result: ScanResult, options: { unsafe?: boolean } = {}): FixSelection {
  const applied: FixSelection['applied'] = [];
  const skipped: FixSelection['skipped'] = [];
  const accepted: TextEdit[] = [];
  for (const finding of result.findings) {
    const fix = finding.fix;
    if (!fix) continue;
    if (!fix.safe && !options.unsafe) {
      skipped.push({ finding, reason: `unsafe fix not applied without --unsafe-fixes: ${fix.description}` });
      continue;
    }
    const same = applied.find((a) => sameEdits(a.fix.edits, fix.edits));
    if (same) {
      same.findings.push(finding);
      continue;
    }
    if (fix.edits.some((e) => e.file.startsWith('('))) {
      skipped.push({ finding, reason: 'the fix would edit a file the platform ships' });
      continue;
    }
    const fresh = fix.edits.filter((e) => !accepted.some((a) => sameEdit(a, e)));
    if (fresh.some((e) => accepted.some((a) => overlaps(a, e)))) {
      skipped.push({ finding, reason: `its edits overlap another fix's: ${fix.description}` });
      continue;
    }
    accepted.push(...fresh);
    applied.push({ fix, findings: [finding] });
  }
  return { applied, skipped };
}

/** The files the selected fixes change, read from `root`, with their content before and after. */
export async function planPatches(
  result: ScanResult,
  root: string,
  options: { unsafe?: boolean } = {},
): Promise<PatchedFile[]> {
  return patchFiles(selectFixes(result, options), root);
}

export async function patchFiles(selection: FixSelection, root: string): Promise<PatchedFile[]> {
  const byFile = new Map<string, TextEdit[]>();
  for (const { fix } of selection.applied) {
    for (const edit of fix.edits) {
      const list = byFile.get(edit.file) ?? [];
      if (!list.some((e) => sameEdit(e, edit))) list.push(edit);
      byFile.set(edit.file, list);
    }
  }
  const out: PatchedFile[] = [];
  for (const [file, edits] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
    const before = await readFile(path.join(root, ...file.split('/')), 'utf8');
    const bom = before.startsWith('\uFEFF') ? '\uFEFF' : '';
    const after = bom + applyEdits(before.slice(bom.length), edits);
    if (after !== before) out.push({ path: file, before, after });
  }
  return out;
}

/**
 * Applies non-overlapping edits to a text (positions as in TextEdit: 1-based, UTF-16 columns,
 * exclusive end). At one position an insertion goes before a replacement that starts there.
 */
export function applyEdits(text: string, edits: TextEdit[]): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const offset = (line: number, column: number): number => {
    if (line > starts.length) throw new Error(`line ${line} is past the end of the text`);
    return starts[line - 1] + column - 1;
  };
  const located = edits.map((e) => ({
    e,
    from: offset(e.line, e.column),
    to: offset(e.endLine, e.endColumn),
  }));
  // Last first, so earlier offsets stay valid; at equal starts the replacement goes first so the
  // insertion, applied after it, lands in front of it.
  located.sort((a, b) => b.from - a.from || b.to - a.to);
  let out = text;
  for (const { e, from, to } of located) out = out.slice(0, from) + e.newText + out.slice(to);
  return out;
}

/** A unified diff of every patched file, `a/` and `b/` prefixed as git writes them. */
export function unifiedDiff(patches: PatchedFile[]): string {
  return patches
    .map((p) =>
      createTwoFilesPatch(`a/${p.path}`, `b/${p.path}`, p.before, p.after, undefined, undefined, {
        context: 3,
        headerOptions: FILE_HEADERS_ONLY,
      }),
    )
    .join('');
}

function sameEdit(a: TextEdit, b: TextEdit): boolean {
  return (
    a.file === b.file &&
    a.line === b.line &&
    a.column === b.column &&
    a.endLine === b.endLine &&
    a.endColumn === b.endColumn &&
    a.newText === b.newText
  );
}

function sameEdits(a: TextEdit[], b: TextEdit[]): boolean {
  return a.length === b.length && a.every((e) => b.some((f) => sameEdit(e, f)));
}

/** Two edits of one file that touch the same text, or insert at the same place. */
function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.file !== b.file) return false;
  const before = (l1: number, c1: number, l2: number, c2: number) => l1 < l2 || (l1 === l2 && c1 < c2);
  const aEmpty = a.line === a.endLine && a.column === a.endColumn;
  const bEmpty = b.line === b.endLine && b.column === b.endColumn;
  if (aEmpty && bEmpty) return a.line === b.line && a.column === b.column;
  return before(a.line, a.column, b.endLine, b.endColumn) && before(b.line, b.column, a.endLine, a.endColumn);
}
