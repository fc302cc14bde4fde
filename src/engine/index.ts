/** The engine's public API, used by the CLI and the action (which never reach further in). */
import type { FailOn, ScanResult } from './findings.js';
import { analyze } from './scan.js';

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

/** Scans a repository: findings with their fixes, the socket table, skipped files and notes. */
export async function scan(options: ScanOptions): Promise<ScanResult> {
  return (await analyze(options)).result;
}

export { analyze, reachesFailOn, type Analysis } from './scan.js';
export { ConfigError } from './config.js';
export { renderSarif } from './report/sarif.js';
export { renderJson } from './report/json.js';
export { VERSION } from './version.js';
// Fixes: the patches `--fix` writes and `--diff` shows (src/engine/fix).
export { planPatches, unifiedDiff, type PatchedFile } from './fix/index.js';
