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
 * Loads the parsers the provisioning readers need, only when a file of theirs is there. Debian's
 * Apache is started through its envvars, a shell file (`resolve/apache-envvars.ts`): a tree with
 * Apache's files needs the shell parser too.
 */
export async function prepareProvisionReaders(
  files: readonly { kind: FileKind; path: string }[],
): Promise<void> {
  if (files.some((f) => f.kind === 'dockerfile')) await loadDockerfileParser();
  if (files.some((f) => SHELL_KINDS.has(f.kind) || /(^|\/)apache2\//.test(f.path))) await loadShellParser();
}

/** Both parsers, for callers that read provisioning files themselves (tests, tools). */
export async function loadProvisionParsers(): Promise<void> {
  await Promise.all([loadDockerfileParser(), loadShellParser()]);
}
