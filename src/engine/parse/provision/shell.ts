/**
 * Provisioning facts of a shell script (`setup.sh`, an entrypoint) read on its own; the functions
 * it defines and never calls may be called by a script that sources it.
 */
import type { SourceFile } from '../../types.js';
import type { ProvisionResult } from './facts.js';
import { interpretFile } from './shell-interpreter.js';

export function shellFacts(file: SourceFile): ProvisionResult {
  const result: ProvisionResult = { facts: [], notes: [] };
  interpretFile(file, { ...result, uncalledMayRun: true });
  return result;
}
