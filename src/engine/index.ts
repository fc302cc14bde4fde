/** The engine's public API, used by the CLI and the action (which never reach further in). */
import type { FailOn, ScanResult } from './findings.js';
import { analyze } from './scan.js';

export type * from './findings.js';
export type * from './types.js';

export interface ScanOptions {
  /** Directory to scan. */
  root: string;
  /** The repository holding it (default: root): paths in the result are relative to it. */
  repoRoot?: string;
  /** Path of the config file, relative to root or absolute; default: the nearest `.socklint.yml` up to repoRoot. */
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
export { jsonPieces, renderJson } from './report/json.js';
export { VERSION } from './version.js';
export { renderText } from './report/text.js';
export { describeSockets, renderSocketsText } from './report/sockets.js';
// Fixes: the patches `--fix` writes and `--diff` shows (src/engine/fix).
export {
  planPatches,
  prepareFixes,
  describeFixRun,
  unifiedDiff,
  type PatchedFile,
  type FixRun,
} from './fix/index.js';
