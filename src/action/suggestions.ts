/**
 * Review comments with ```suggestion blocks for safe fixes on lines the pull request shows.
 * GitHub rejects a whole review when one comment is off the diff, so every anchor is checked
 * against the PR's hunks first. Re-runs are idempotent: each comment ends with a hidden marker
 * holding the finding's location-independent fingerprint.
 */
import type { Finding } from '../engine/findings.js';
import type { ChangeSet } from './change.js';
import { hunkCovering } from './change.js';
import { plural } from './gate.js';
import { sendOnce, type Api } from './github.js';
import { fitUtf8, LIMITS, utf8Bytes } from './limits.js';
import { code, escapeHtml, fenced } from './markdown.js';

export interface Suggestion {
  fingerprint: string;
  path: string;
  /** First and last RIGHT-side lines the suggestion replaces. */
  startLine: number;
  line: number;
  body: string;
}

export type Planned = { ok: true; suggestion: Suggestion } | { ok: false; finding: Finding; reason: string };

export const MARKER = (fp: string): string => `<!-- socklint:fp=${fp} -->`;
const MARKER_AT_END = /<!-- socklint:fp=(\S+?) -->\s*$/;

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  return starts;
}

/**
 * The whole lines a fix rewrites and their new text. A line inserted at the start of line N is
 * attached to line N - 1, so the suggestion shows on the line the new one follows.
 */
export function suggestedLines(
  finding: Finding,
  text: string,
): { first: number; last: number; original: string[]; replacement: string } | string {
  const edits = finding.fix?.edits ?? [];
  if (edits.length === 0) return 'the fix has no edits';
  if (new Set(edits.map((e) => e.file)).size > 1) return 'the fix edits several files';
  const starts = lineStarts(text);
  const offset = (line: number, column: number): number | undefined => {
    if (line === starts.length + 1 && column === 1 && text.endsWith('\n')) return text.length;
    const start = starts[line - 1];
    return start === undefined ? undefined : start + column - 1;
  };
  let first = Number.POSITIVE_INFINITY;
  let last = 0;
  const spans: { from: number; to: number; newText: string }[] = [];
  for (const e of edits) {
    const from = offset(e.line, e.column);
    const to = offset(e.endLine, e.endColumn);
    if (from === undefined || to === undefined || to < from || to > text.length)
      return 'the fix does not match the file';
    spans.push({ from, to, newText: e.newText });
    let s = e.line;
    let l = e.endLine > e.line && e.endColumn === 1 ? e.endLine - 1 : e.endLine;
    if (from === to && e.column === 1 && e.line > 1) s = l = e.line - 1;
    first = Math.min(first, s);
    last = Math.max(last, Math.min(l, starts.length));
  }
  const regionStart = starts[first - 1];
  const regionEnd = last < starts.length ? starts[last] : text.length;
  let region = text.slice(regionStart, regionEnd);
  for (const span of spans.sort((a, b) => b.from - a.from)) {
    if (span.from < regionStart || span.to > regionEnd) return 'the fix does not match the file';
    region = region.slice(0, span.from - regionStart) + span.newText + region.slice(span.to - regionStart);
  }
  const original = text
    .slice(regionStart, regionEnd)
    .replace(/\r?\n$/, '')
    .split(/\r?\n/);
  if (regionEnd < text.length || text.endsWith('\n')) {
    // An empty suggestion deletes the lines; otherwise the rewritten lines must still end the way they did.
    if (region !== '' && !region.endsWith('\n'))
      return 'the fix removes a line break a suggestion cannot express';
    region = region.replace(/\r?\n$/, '');
  }
  return { first, last, original, replacement: region.replace(/\r\n/g, '\n') };
}

/** A suggestion for a finding's safe fix, or why there can be none. `text` is the file as analyzed. */
export function planSuggestion(finding: Finding, text: string | undefined, change: ChangeSet): Planned {
  const no = (reason: string): Planned => ({ ok: false, finding, reason });
  if (!finding.fix?.safe) return no('no safe fix');
  if (text === undefined) return no('the file cannot be read');
  const lines = suggestedLines(finding, text);
  if (typeof lines === 'string') return no(lines);
  const path = finding.fix.edits[0].file;
  const hunk = hunkCovering(change.files.get(path), lines.first, lines.last);
  if (!hunk) return no(`${path}:${lines.first} is not in the pull request diff`);
  // The workspace may hold the test merge commit: a suggestion must replace exactly what the PR shows.
  for (let l = lines.first; l <= lines.last; l++) {
    if (hunk.right.get(l) !== lines.original[l - lines.first])
      return no(`${path}:${l} differs from the pull request head`);
  }
  if (lines.replacement === lines.original.join('\n')) return no('the fix changes nothing');
  // The suggestion and the marker are kept whole; the explanation gives way to GitHub's body limit.
  const head = `**socklint** ${code(finding.rule)} (${finding.severity})\n\n`;
  const tail = [
    '',
    '',
    `Suggested fix: ${escapeHtml(finding.fix.description)}`,
    '',
    fenced('suggestion', lines.replacement),
    '',
    MARKER(finding.fingerprint),
  ].join('\n');
  const room = LIMITS.commentBody - utf8Bytes(head) - utf8Bytes(tail);
  if (room < 100) return no('the suggestion is longer than GitHub allows in a review comment');
  const body = head + fitUtf8(escapeHtml(finding.message), room) + tail;
  return {
    ok: true,
    suggestion: { fingerprint: finding.fingerprint, path, startLine: lines.first, line: lines.last, body },
  };
}

/**
 * Findings resolved by the same edits (several sites on one pool, say) get one suggestion, not
 * one per finding on the same lines: the first finding stands for them all, under a fingerprint
 * made of all of theirs.
 */
export function shareFixes(findings: readonly Finding[]): Finding[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = JSON.stringify(f.fix?.edits ?? []);
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  return [...groups.values()].map((group) => {
    if (group.length === 1) return group[0];
    const fingerprint = [...new Set(group.map((f) => f.fingerprint))].sort().join('+');
    return {
      ...group[0],
      fingerprint,
      message: `${group[0].message} (and ${plural(group.length - 1, 'other finding')} with the same fix)`,
    };
  });
}

export interface ReviewComment {
  id: number;
  path?: string;
  body?: string;
  line?: number | null;
  in_reply_to_id?: number;
}

export interface SyncTarget {
  owner: string;
  repo: string;
  pull: number;
  /** The PR head the suggestions were computed against. */
  commitId: string;
  /**
   * The scanned directory (`''` for the whole repository): comments on files outside it belong
   * to another socklint step of the workflow and are left alone.
   */
  scope: string;
}

export interface SyncResult {
  posted: number;
  alreadyPosted: number;
  deleted: number;
  /** GitHub refused the review (422): the fixes stay in the summary patch. */
  rejected?: string;
}

/** Which of our existing comments to delete, and which fingerprints are already on the PR. */
export function reconcile(
  existing: readonly ReviewComment[],
  current: ReadonlySet<string>,
  wanted: readonly Suggestion[],
): { remove: number[]; present: Set<string> } {
  const replied = new Set(existing.map((c) => c.in_reply_to_id).filter((id) => id !== undefined));
  const wantedFps = new Set(wanted.map((s) => s.fingerprint));
  const remove: number[] = [];
  const present = new Set<string>();
  for (const c of existing) {
    const fp = MARKER_AT_END.exec(c.body ?? '')?.[1];
    if (!fp) continue;
    // Outdated: the finding is gone, or its comment no longer sits on a line of the diff while a fresh one can.
    const stale = !current.has(fp) || (c.line == null && wantedFps.has(fp));
    if (stale && !replied.has(c.id)) remove.push(c.id);
    else present.add(fp);
  }
  return { remove, present };
}

export async function syncSuggestions(
  api: Api,
  target: SyncTarget,
  wanted: readonly Suggestion[],
  /** Fingerprints of the findings that still have a safe fix to suggest. */
  current: ReadonlySet<string>,
): Promise<SyncResult> {
  const repo = { owner: target.owner, repo: target.repo };
  const listOurs = async (): Promise<ReviewComment[]> => {
    const all = await api.paginate<ReviewComment>('GET /repos/{owner}/{repo}/pulls/{pull_number}/comments', {
      ...repo,
      pull_number: target.pull,
    });
    return all.filter(
      (c) =>
        target.scope === '' ||
        c.in_reply_to_id !== undefined ||
        (c.path ?? '').startsWith(`${target.scope}/`),
    );
  };
  const { remove, present } = reconcile(await listOurs(), current, wanted);
  for (const id of remove) {
    try {
      await api.request('DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}', {
        ...repo,
        comment_id: id,
      });
    } catch (error) {
      // Already gone (deleted by someone, or by an attempt whose answer was lost): the goal is met.
      if ((error as { status?: number }).status !== 404) throw error;
    }
  }
  const toPost = wanted.filter((s) => !present.has(s.fingerprint));
  const result: SyncResult = {
    posted: 0,
    alreadyPosted: wanted.length - toPost.length,
    deleted: remove.length,
  };
  if (toPost.length === 0) return result;
  const markers = toPost.map((s) => MARKER(s.fingerprint));
  try {
    await sendOnce<unknown>(
      'POST reviews',
      () =>
        api.request('POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews', {
          ...repo,
          pull_number: target.pull,
          commit_id: target.commitId,
          event: 'COMMENT',
          body: `socklint suggests ${toPost.length === 1 ? 'a fix' : `${toPost.length} fixes`} for this pull request.`,
          comments: toPost.map((s) => ({
            path: s.path,
            line: s.line,
            side: 'RIGHT',
            ...(s.startLine < s.line ? { start_line: s.startLine, start_side: 'RIGHT' } : {}),
            body: s.body,
          })),
          request: { retries: 0 },
        }),
      // A review is created whole or not at all: one of its markers on the pull request means it was.
      async () =>
        (await listOurs()).some((c) => markers.some((m) => c.body?.includes(m))) ? true : undefined,
    );
  } catch (error) {
    if ((error as { status?: number }).status !== 422) throw error;
    return { ...result, rejected: (error as Error).message.split('\n')[0] };
  }
  return { ...result, posted: toPost.length };
}
