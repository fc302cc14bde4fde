/** Discovery: the repository's text files, each with its kind, plus what could not be read. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ClassifiedFile, SkippedFile } from '../types.js';
import type { Classification } from './classification.js';
import { classify, otherByName } from './classify.js';
import { isMedia } from './media.js';
import { forEachLimited } from './limit.js';
import { readSourceFile } from './read.js';
import { listRepository } from './walk.js';

export { byName, classify } from './classify.js';
export type { Classification } from './classification.js';

export interface DiscoverOptions {
  /** Larger files are skipped; default 5 MB. */
  maxFileBytes?: number;
  /** Repository-relative globs of paths to leave out. */
  ignore?: string[];
  /** Put before every path (`deploy/` when `root` is the repository's `deploy` directory). */
  prefix?: string;
  /** Told the paths of the files to read, with `prefix`, before they are read. */
  listed?: (paths: string[]) => void;
}

export interface Discovery {
  files: ClassifiedFile[];
  skipped: SkippedFile[];
  symlinks: { path: string; target: string }[];
}

const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;
const READ_CONCURRENCY = 32;

export async function discover(root: string, opts: DiscoverOptions = {}): Promise<Discovery> {
  const absRoot = resolve(root);
  const maxFileBytes = opts.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const prefix = opts.prefix ?? '';
  // Files whose names say they are not configuration are neither stat'ed nor read here; media
  // are not even listed. Each name is classified once.
  const others = new Map<string, Classification>();
  const listing = await listRepository(absRoot, opts.ignore ?? [], prefix, (path) => {
    if (isMedia(path)) return true;
    const other = otherByName(prefix + path);
    if (other) others.set(path, other);
    return other !== undefined;
  });
  const files: ClassifiedFile[] = [];
  const skipped = listing.skipped.map((s) => ({ ...s, path: prefix + s.path }));
  const symlinks = listing.symlinks.map((l) => ({ ...l, path: prefix + l.path }));
  // Listed paths are relative and normalised (git's, or the walk's): joining needs no resolve().
  const inRoot = absRoot.endsWith('/')
    ? (path: string) => absRoot + path
    : (path: string) => `${absRoot}/${path}`;
  for (const path of listing.unread) {
    const other = others.get(path);
    if (other) files.push(new UnreadFile(prefix + path, inRoot(path), other));
  }
  opts.listed?.(listing.files.map((path) => prefix + path));
  await forEachLimited(listing.files, READ_CONCURRENCY, async (path) => {
    const result = await readSourceFile(prefix + path, inRoot(path), maxFileBytes);
    if ('skipped' in result) skipped.push(result.skipped);
    else if ('file' in result) files.push({ ...result.file, ...classify(prefix + path, result.file.text) });
  });
  const byPath = (a: { path: string }, b: { path: string }): number =>
    a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
  return { files: files.sort(byPath), skipped: skipped.sort(byPath), symlinks };
}

/**
 * A file discovery did not read: its text is read (as UTF-8, leniently) the first time it is asked
 * for. A class, so that 20,000 of them share one getter: an object literal with its own getter
 * closure is a slow dictionary object each.
 */
class UnreadFile implements ClassifiedFile {
  readonly hadBom = false;
  readonly crlf = false;
  readonly kind: Classification['kind'];
  readonly reason: string;
  private cached?: string;

  constructor(
    readonly path: string,
    readonly absPath: string,
    classification: Classification,
  ) {
    this.kind = classification.kind;
    this.reason = classification.reason;
  }

  get text(): string {
    if (this.cached === undefined) {
      try {
        this.cached = readFileSync(this.absPath, 'utf8');
      } catch {
        this.cached = '';
      }
    }
    return this.cached;
  }
}

/** Repository path → text, for code frames: a map that reads an unread file's text only when asked. */
export class SourceTexts extends Map<string, string> {
  /** Indexed at the first question: a JSON report of 20,000 files never asks one. */
  private byPath?: Map<string, { text: string }>;

  constructor(private readonly files: { path: string; text: string }[]) {
    super();
  }

  override get(path: string): string | undefined {
    return this.index().get(path)?.text;
  }

  override has(path: string): boolean {
    return this.index().has(path);
  }

  private index(): Map<string, { text: string }> {
    return (this.byPath ??= new Map(this.files.map((f) => [f.path, f])));
  }
}
