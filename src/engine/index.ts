/** The engine's public API, used by the CLI and the action (which never reach further in). */
import type { FailOn, ScanResult } from './findings.js';

export type * from './findings.js';
export type * from './types.js';

export interface ScanOptions {
  /** Directory to scan. */
  root: string;
  /** Path of the config file, relative to root or absolute; default `.socklint.yml` when present. */
  config?: string;
  /** Overrides the config's `fail-on`. */
  failOn?: FailOn;
}

/** A file changed by fixes: its repository path and its content before and after. */
export interface PatchedFile {
  path: string;
  before: string;
  after: string;
}

// Development scaffold: replaced by the real pipeline before the first release commit.
export async function scan(_options: ScanOptions): Promise<ScanResult> {
  throw new Error('not implemented yet');
}

// Fixes: the patches `--fix` writes and `--diff` shows (src/engine/fix).
export { planPatches, unifiedDiff } from './fix/index.js';
