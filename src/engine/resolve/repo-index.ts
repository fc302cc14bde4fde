/**
 * Repository paths sorted once, so that a COPY source (a file, a directory or a glob) finds its
 * files by prefix instead of a walk over every file of the repository for every COPY.
 */
import path from 'node:path';
import picomatch from 'picomatch';

export interface SourceMatch {
  /** The repository path. */
  path: string;
  /** Where it goes below the destination: its basename, or its path below the matched directory. */
  rel: string;
  /** The source matched the file itself (not a directory holding it). */
  exact: boolean;
}

export class RepoIndex {
  private readonly all: Set<string>;
  /** Sorted on the first lookup by prefix: a repository whose COPYs name single files never needs it. */
  private sortedPaths: string[] | undefined;

  constructor(paths: Iterable<string>) {
    this.all = new Set(paths);
  }

  private get sorted(): string[] {
    return (this.sortedPaths ??= [...this.all].sort());
  }

  has(p: string): boolean {
    return this.all.has(p);
  }

  /** Every path below `dir` ('' is the repository root), in byte order. */
  under(dir: string): string[] {
    if (dir === '') return this.sorted;
    const prefix = dir + '/';
    const sorted = this.sorted;
    const out: string[] = [];
    for (let i = lowerBound(sorted, prefix); i < sorted.length && sorted[i].startsWith(prefix); i++) {
      out.push(sorted[i]);
    }
    return out;
  }

  /**
   * Docker COPY semantics for one source relative to `baseDir`: a file is itself, a directory
   * brings its contents, a glob brings each matching file (by basename) and the contents of each
   * matching directory.
   */
  match(source: string, baseDir: string): SourceMatch[] {
    const rel = path.posix
      .normalize(path.posix.join(baseDir, source.replace(/^\.\//, '') || '.'))
      .replace(/\/+$/, '');
    const src = rel === '.' || rel === '' ? '' : rel.replace(/^\.\//, '');
    if (src.startsWith('../')) return [];
    if (!/[*?[]/.test(src)) {
      if (this.all.has(src)) return [{ path: src, rel: path.posix.basename(src), exact: true }];
      return this.under(src).map((p) => ({ path: p, rel: p.slice(src ? src.length + 1 : 0), exact: false }));
    }
    const scan = picomatch.scan(src);
    const isMatch = picomatch(src, { dot: true });
    const out: SourceMatch[] = [];
    for (const p of this.under(scan.base === '.' ? '' : scan.base)) {
      if (isMatch(p)) {
        out.push({ path: p, rel: path.posix.basename(p), exact: true });
        continue;
      }
      // A matching directory brings its contents.
      const parts = p.split('/');
      for (let k = parts.length - 1; k > 0; k--) {
        const dir = parts.slice(0, k).join('/');
        if (isMatch(dir)) {
          out.push({ path: p, rel: p.slice(dir.length + 1), exact: false });
          break;
        }
      }
    }
    return out;
  }
}

function lowerBound(sorted: string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
