/**
 * What the pull request (or push) changed, down to the lines when GitHub gives the patch, and the
 * helpers that rank and filter findings by it. Paths here are repository-relative.
 */
import type { Finding, ScanResult } from '../engine/findings.js';
import type { Location } from '../engine/types.js';

/** One `@@` hunk of a file's patch, seen from the new (RIGHT) side. */
export interface Hunk {
  newStart: number;
  newLines: number;
  /** Every RIGHT-side line of the hunk (context and added), with its text. */
  right: Map<number, string>;
  added: Set<number>;
}

export interface ChangedFile {
  path: string;
  /** Undefined when GitHub sent no patch (binary, or too large): the file changed, lines unknown. */
  hunks?: Hunk[];
}

export interface ChangeSet {
  files: Map<string, ChangedFile>;
  /** Where the set came from, for logs: `pull request files`, `push payload`. */
  source: string;
}

/** An entry of `GET /repos/{owner}/{repo}/pulls/{n}/files`. */
export interface PullFile {
  filename: string;
  status?: string;
  patch?: string;
}

const HUNK_HEADER = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;

/** Parses a GitHub `patch` (hunks only, no file headers). Deleted lines exist on the LEFT side only. */
export function parsePatch(patch: string): Hunk[] {
  const hunks: Hunk[] = [];
  let hunk: Hunk | undefined;
  let line = 0;
  for (const raw of patch.split('\n')) {
    const header = HUNK_HEADER.exec(raw);
    if (header) {
      hunk = {
        newStart: Number(header[1]),
        newLines: Number(header[2] ?? '1'),
        right: new Map(),
        added: new Set(),
      };
      hunks.push(hunk);
      line = hunk.newStart;
      continue;
    }
    if (!hunk || line >= hunk.newStart + hunk.newLines) continue;
    const marker = raw[0];
    const text = raw.slice(1).replace(/\r$/, '');
    if (marker === '+') hunk.added.add(line);
    if (marker === '+' || marker === ' ') hunk.right.set(line++, text);
    // '-' lines and "\ No newline at end of file" have no RIGHT-side line.
  }
  return hunks;
}

export function changeFromPullFiles(files: PullFile[]): ChangeSet {
  const map = new Map<string, ChangedFile>();
  for (const f of files) {
    if (f.status === 'removed') continue;
    map.set(f.filename, { path: f.filename, hunks: f.patch === undefined ? undefined : parsePatch(f.patch) });
  }
  return { files: map, source: 'pull request files' };
}

export function changeFromPaths(paths: string[], source: string): ChangeSet {
  return { files: new Map(paths.map((path) => [path, { path }])), source };
}

/** 3: touches an added line; 2: visible in the diff; 1: in a changed file; 0: elsewhere. */
export function relevance(change: ChangeSet | undefined, loc: Location): number {
  const file = change?.files.get(loc.file);
  if (!file) return 0;
  if (!file.hunks) return 1;
  let best = 1;
  for (const hunk of file.hunks) {
    for (let l = loc.line; l <= Math.max(loc.line, loc.endLine); l++) {
      if (hunk.added.has(l)) return 3;
      if (hunk.right.has(l)) best = 2;
    }
  }
  return best;
}

/** The hunk whose RIGHT side holds every line from `first` to `last`, if one does. */
export function hunkCovering(file: ChangedFile | undefined, first: number, last: number): Hunk | undefined {
  return file?.hunks?.find((h) => {
    for (let l = first; l <= last; l++) if (!h.right.has(l)) return false;
    return true;
  });
}

export function touchesChange(change: ChangeSet, finding: Finding): boolean {
  return [finding, ...finding.related].some((loc) => change.files.has(loc.file));
}

/** `only-changed`: keeps the findings whose primary or related location is in a changed file. */
export function onlyChanged(result: ScanResult, change: ChangeSet): ScanResult {
  return { ...result, findings: result.findings.filter((f) => touchesChange(change, f)) };
}

/**
 * The engine reports paths relative to the scanned directory; GitHub wants them relative to the
 * repository. Prefixes every path of the result with `prefix` (the scanned directory, `''` for the root).
 */
export function rebaseResult(result: ScanResult, prefix: string): ScanResult {
  if (prefix === '') return result;
  const p = (file: string): string => `${prefix}/${file}`;
  const loc = <T extends Location>(l: T): T => ({ ...l, file: p(l.file) });
  return {
    ...result,
    findings: result.findings.map((f) => ({
      ...loc(f),
      related: f.related.map(loc),
      fix: f.fix && { ...f.fix, edits: f.fix.edits.map(loc) },
    })),
    sockets: result.sockets.map((s) => ({
      ...s,
      webServer: {
        ...s.webServer,
        origin: /^\S+:\d+$/.test(s.webServer.origin) ? p(s.webServer.origin) : s.webServer.origin,
      },
      client: { ...s.client, location: loc(s.client.location) },
      pool: s.pool && { ...s.pool, location: loc(s.pool.location) },
    })),
    skipped: result.skipped.map((s) => ({ ...s, path: p(s.path) })),
    notes: result.notes.map((n) => (n.location ? { ...n, location: loc(n.location) } : n)),
  };
}
