import type { FileKind } from '../../types.js';
import { loadDockerfileParser } from './dockerfile.js';
import { loadShellParser } from './shell-syntax.js';

export { ansibleFacts } from './ansible.js';
export { dockerfileFacts } from './dockerfile.js';
export type { Fact, FactKind, PackageManager, ProvisionResult } from './facts.js';
export { shellFacts } from './shell.js';
export { tmpfilesFacts } from './tmpfiles.js';

/** The kinds of file whose reader runs shell text. */
const SHELL_KINDS = new Set<FileKind>(['dockerfile', 'shell', 'ansible']);

/**
 * Loads the parsers the provisioning readers need, only when a file of theirs is there (a pod's
 * init containers run shell lines too).
 */
export async function prepareProvisionReaders(
  files: readonly { kind: FileKind; text: string }[],
): Promise<void> {
  if (files.some((f) => f.kind === 'dockerfile')) await loadDockerfileParser();
  if (files.some((f) => SHELL_KINDS.has(f.kind) || (f.kind === 'other' && f.text.includes('initContainers'))))
    await loadShellParser();
}

/** Both parsers, for callers that read provisioning files themselves (tests, tools). */
export async function loadProvisionParsers(): Promise<void> {
  await Promise.all([loadDockerfileParser(), loadShellParser()]);
}
