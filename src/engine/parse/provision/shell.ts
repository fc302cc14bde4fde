/** Provisioning facts of a shell script (`setup.sh`, an entrypoint). */
import type { SourceFile } from '../../types.js';
import { interpretCommands } from './commands.js';
import type { ProvisionResult } from './facts.js';
import { tokenizeShell } from './shellwords.js';
import { LineIndex, sliceOf } from './text.js';

export function shellFacts(file: SourceFile): ProvisionResult {
  const source = sliceOf(file.text, 0, file.text.length);
  const result: ProvisionResult = { facts: [], notes: [] };
  interpretCommands(tokenizeShell(source), { index: new LineIndex(file.path, file.text), source, ...result });
  return result;
}
