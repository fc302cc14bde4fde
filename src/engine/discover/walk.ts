/**
 * Listing the files of a repository: what git tracks plus untracked files it does not
 * ignore, or, outside a git work tree, a walk that skips `.git`, `node_modules` and `vendor`.
 *
 * Symlinks are listed with their target as written (`sites-enabled/app -> ../sites-available/app`
 * is how nginx sites are enabled). A link to a file inside the root is read under the link's
 * path; a link out of the root or dangling is listed only. Directory links are listed but not
 * descended: their files are found under their real path, and loops cannot arise.
 */
import { lstatSync } from 'node:fs';
import { readdir, readlink, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import picomatch from 'picomatch';
import type { SkippedFile } from '../types.js';
import { gitListing } from './git-listing.js';
import { forEachLimited } from './limit.js';

export interface Listing {
  /** Repository-relative paths of files to read (regular files and links to files in the root). */
  files: string[];
  /** Paths listed by git that `unread` picked out: not even stat'ed. */
  unread: string[];
  symlinks: { path: string; target: string }[];
  skipped: SkippedFile[];
}

const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules', 'vendor']);
const LSTAT_CONCURRENCY = 32;

/**
 * The files below `root`, with paths relative to it. `ignore` globs are matched against the path
 * with `prefix` before it (they are relative to the repository, `root` may be a directory of it).
 */
export async function listRepository(
  root: string,
  ignore: string[],
  prefix = '',
  unread: (path: string) => boolean = () => false,
): Promise<Listing> {
  const matcher = ignore.length > 0 ? picomatch(ignore, { dot: true }) : undefined;
  const ignored = matcher ? (path: string) => matcher(prefix + path) : () => false;
  const realRoot = await realpath(root);
  const listing: Listing = { files: [], unread: [], symlinks: [], skipped: [] };
  const walker = new Walker(root, realRoot, ignored, unread, listing);
  const tracked = await gitListing(root);
  if (tracked) {
    const toVisit: string[] = [];
    for (const path of tracked) if (!ignored(path)) (unread(path) ? listing.unread : toVisit).push(path);
    await forEachLimited(toVisit, LSTAT_CONCURRENCY, (path) => walker.visit(path));
  } else {
    await walker.walkDirectory('');
  }
  const byPath = (a: { path: string }, b: { path: string }): number =>
    a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
  listing.files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  listing.symlinks.sort(byPath);
  listing.skipped.sort(byPath);
  return listing;
}

class Walker {
  /** Directories already walked, by device and inode (guards against bind-mount cycles). */
  private readonly seen = new Set<string>();

  constructor(
    private readonly root: string,
    private readonly realRoot: string,
    private readonly ignored: (path: string) => boolean,
    private readonly unread: (path: string) => boolean,
    private readonly listing: Listing,
  ) {}

  async walkDirectory(dir: string): Promise<void> {
    const abs = join(this.root, dir);
    let entries;
    try {
      const info = await stat(abs);
      const id = `${info.dev}:${info.ino}`;
      if (this.seen.has(id)) return;
      this.seen.add(id);
      entries = await readdir(abs, { withFileTypes: true });
    } catch (error) {
      this.listing.skipped.push({
        path: dir || '.',
        reason: `unreadable directory (${(error as NodeJS.ErrnoException).code ?? error})`,
      });
      return;
    }
    for (const entry of entries) {
      const path = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.isDirectory() && SKIPPED_DIRECTORIES.has(entry.name)) continue;
      if (this.ignored(path) || (entry.isDirectory() && this.ignored(`${path}/`))) continue;
      if (entry.isDirectory()) await this.walkDirectory(path);
      else if (entry.isSymbolicLink()) await this.symlink(path, join(this.root, path));
      else (this.unread(path) ? this.listing.unread : this.listing.files).push(path);
    }
  }

  /** One path listed by git: a file, a symlink, or a directory (a submodule). */
  async visit(path: string): Promise<void> {
    const abs = join(this.root, path);
    let info;
    try {
      // Synchronous, as in read.ts: one lstat per listed file, where a thread-pool round trip costs more.
      info = lstatSync(abs);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      this.listing.skipped.push({
        path,
        reason: code === 'ENOENT' ? 'listed by git but missing from the work tree' : `unreadable (${code})`,
      });
      return;
    }
    if (info.isSymbolicLink()) await this.symlink(path, abs);
    else if (info.isDirectory()) await this.walkDirectory(path);
    else this.listing.files.push(path);
  }

  private async symlink(path: string, abs: string): Promise<void> {
    let target: string;
    try {
      target = await readlink(abs);
    } catch (error) {
      this.listing.skipped.push({
        path,
        reason: `unreadable symlink (${(error as NodeJS.ErrnoException).code})`,
      });
      return;
    }
    this.listing.symlinks.push({ path, target });
    let real: string;
    let isDirectory: boolean;
    try {
      real = await realpath(abs);
      isDirectory = (await stat(abs)).isDirectory();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ELOOP')
        this.listing.skipped.push({
          path,
          reason: `symlink loop (${path} -> ${target} leads back to itself)`,
        });
      return; // dangling: listed, not read
    }
    if (!isWithin(this.realRoot, real)) return;
    if (isDirectory) {
      const linkDir = await realpath(join(abs, '..'));
      if (isWithin(real, linkDir)) {
        this.listing.skipped.push({
          path,
          reason: `symlink loop (${path} -> ${target} points to a directory that contains it)`,
        });
      }
      return;
    }
    this.listing.files.push(path);
  }
}

/** `path` is `dir` or below it. */
function isWithin(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel === '' || (rel !== '..' && !rel.startsWith('..' + sep) && !isAbsolute(rel));
}
