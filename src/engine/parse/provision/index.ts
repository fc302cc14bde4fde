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
 * Loads the parsers the provisioning readers need, only when a file of theirs is there. A pod's
 * init containers (in YAML manifests) run shell lines too, and Debian's Apache is started through
 * its envvars, a shell file (`resolve/apache-envvars.ts`): Apache's files need the shell parser.
 */
export async function prepareProvisionReaders(
  files: readonly { kind: FileKind; path: string; text: string }[],
): Promise<void> {
  if (files.some((f) => f.kind === 'dockerfile')) await loadDockerfileParser();
  const needsShell = (f: { kind: FileKind; path: string; text: string }): boolean =>
    SHELL_KINDS.has(f.kind) ||
    /(^|\/)apache2\//.test(f.path) ||
    (f.kind === 'other' && /\.ya?ml$/i.test(f.path) && f.text.includes('initContainers'));
  if (files.some(needsShell)) await loadShellParser();
}

/** Both parsers, for callers that read provisioning files themselves (tests, tools). */
export async function loadProvisionParsers(): Promise<void> {
  await Promise.all([loadDockerfileParser(), loadShellParser()]);
}
