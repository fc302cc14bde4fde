/**
 * The only door from the action to the engine. Everything else in src/action takes plain data
 * (ScanResult, PatchedFile[]), so it can be tested without running a scan.
 */
import * as engine from '../engine/index.js';
import type { PatchedFile, ScanOptions, ScanResult } from '../engine/index.js';

export interface EnginePort {
  /** socklint's version, for SARIF and the API user agent. */
  version: string;
  scan(options: ScanOptions): Promise<ScanResult>;
  /** A SARIF 2.1.0 log of the result. */
  renderSarif(result: ScanResult, options: { toolVersion: string }): object;
  /** Files changed by the result's safe fixes (and unsafe ones when asked), before and after. */
  planPatches(result: ScanResult, root: string, options: { unsafe: boolean }): Promise<PatchedFile[]>;
  unifiedDiff(patches: PatchedFile[]): string;
}

export const defaultEngine: EnginePort = {
  version: engine.VERSION,
  scan: engine.scan,
  renderSarif: engine.renderSarif,
  planPatches: engine.planPatches,
  unifiedDiff: engine.unifiedDiff,
};
