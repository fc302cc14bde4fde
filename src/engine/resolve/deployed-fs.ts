/** The deployed filesystem of one unit: repository files and built-in files at deployed paths. */
import type { DeployedFile, DeployedFs, LookupResult } from '../model.js';
import type { Location } from '../types.js';
import { Glob, hasGlobMagic } from './glob.js';

/** `/var/run` is a symlink to `/run` on every system socklint knows (trap 33). */
export function normalizeDeployed(p: string): string {
  const parts: string[] = [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  let out = '/' + parts.join('/');
  if (out === '/var/run' || out.startsWith('/var/run/')) out = out.slice('/var'.length);
  return out;
}

/**
 * Server configuration put at a path that depends on unknown values: by a Dockerfile COPY/ADD,
 * or by a shell command that writes known text (`echo "$block" > "/etc/nginx/sites-available/$1"`).
 */
export interface UnknownWrite {
  /** `COPY`, `ADD`, or the shell's `>`, `>>`, `tee`. */
  instruction: string;
  /** The sources as written, with the configuration files a directory source holds; `text` for a shell write. */
  what: string;
  /** The destination as written (`${POOL_DIR}/zz-socket.conf`). */
  dest: string;
  /** The absolute directory known to hold it; absent when it may be anywhere. */
  prefix?: string;
  /** What the destination depends on (`$POOL_DIR`). */
  unknown: string[];
  location: Location;
  /** The text a shell command wrote, as a file of its own at the destination as written. */
  file?: DeployedFile;
  /** Files the script sourced before the write that are not in the repository (they may set the values). */
  sourced?: string[];
}

export class UnitFs implements DeployedFs {
  /** Where the unit may hold configuration socklint cannot place. */
  readonly unknownWrites: UnknownWrite[] = [];
  private readonly entries = new Map<string, DeployedFile>();
  private sorted: DeployedFile[] | undefined;

  /** Shipped globs, compiled once: nginx configs include the same shipped files thousands of times. */
  private readonly globs = new Map<string, Glob>();

  /** `shipped` may still grow after construction (the unit's platform is known later). */
  constructor(readonly shipped: { pattern: string; description: string }[]) {}

  /** Puts a file at its deployed path; a later file at the same path replaces the earlier one. */
  set(file: DeployedFile): void {
    this.entries.set(file.deployedPath, file);
    this.sorted = undefined;
  }

  /** `rm` of a file, or with `recursive` of everything below a directory. */
  delete(deployedPath: string, recursive: boolean): void {
    for (const key of [...this.entries.keys()]) {
      if (key === deployedPath || (recursive && key.startsWith(deployedPath + '/'))) this.entries.delete(key);
    }
    this.sorted = undefined;
  }

  get(deployedPath: string): DeployedFile | undefined {
    return this.entries.get(deployedPath);
  }

  all(): DeployedFile[] {
    this.sorted ??= [...this.entries.values()].sort((a, b) => compareBytes(a.deployedPath, b.deployedPath));
    return this.sorted;
  }

  lookup(pattern: string): LookupResult {
    const normalized = normalizeDeployed(pattern);
    if (!hasGlobMagic(normalized)) {
      const hit = this.entries.get(normalized);
      if (hit) return { status: 'found', files: [hit] };
      const shipped = this.shipped.find(
        (s) => s.pattern === normalized || this.shippedGlob(s.pattern)?.matches(normalized),
      );
      return shipped ? { status: 'shipped', description: shipped.description } : { status: 'missing' };
    }
    const glob = new Glob(normalized);
    const files = this.below(glob.directory).filter((f) => glob.matches(f.deployedPath));
    if (files.length > 0) return { status: 'found', files };
    const shipped = this.shipped.find((s) => s.pattern === normalized);
    if (shipped) return { status: 'shipped', description: shipped.description };
    return { status: 'found', files: [] };
  }

  private shippedGlob(pattern: string): Glob | undefined {
    if (!hasGlobMagic(pattern)) return undefined;
    let glob = this.globs.get(pattern);
    if (!glob) this.globs.set(pattern, (glob = new Glob(pattern)));
    return glob;
  }

  /** The files below a directory, in byte order: a slice of the sorted list, found by bisection. */
  private below(directory: string): DeployedFile[] {
    const all = this.all();
    const prefix = directory === '/' ? '/' : directory + '/';
    let low = 0;
    let high = all.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (compareBytes(all[mid].deployedPath, prefix) < 0) low = mid + 1;
      else high = mid;
    }
    let end = low;
    while (end < all.length && all[end].deployedPath.startsWith(prefix)) end++;
    return all.slice(low, end);
  }
}

function compareBytes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
