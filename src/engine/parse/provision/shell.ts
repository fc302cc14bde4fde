/** Provisioning facts of a shell script (`setup.sh`, an entrypoint) read on its own. */
import type { SourceFile } from '../../types.js';
import type { ProvisionResult } from './facts.js';
import { interpretFile } from './shell-interpreter.js';

export function shellFacts(file: SourceFile): ProvisionResult {
  const result: ProvisionResult = { facts: [], notes: [] };
  interpretFile(file, result);
  return result;
}
