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

type ProvisionInput = { kind: FileKind; path: string; text: string };

/**
 * Loads the parsers the provisioning readers need, only when a file of theirs is there. A pod's
 * init containers (in YAML manifests) run shell lines too, and Debian's Apache is started through
 * its envvars, a shell file (`resolve/apache-envvars.ts`): Apache's files need the shell parser.
 */
export async function prepareProvisionReaders(files: readonly ProvisionInput[]): Promise<void> {
  for (const load of parsersFor(files)) await load();
}

/**
 * Starts loading the parsers that files already known by name will need (a Dockerfile, `*.sh`),
 * before discovery reads them: the shell parser's WebAssembly then compiles on V8's own threads
 * while discovery reads, not after it. `prepareProvisionReaders` still awaits them, and reports
 * a failure to load.
 */
export function startProvisionReaders(files: readonly ProvisionInput[]): void {
  for (const load of parsersFor(files)) load().catch(() => undefined);
}

function parsersFor(files: readonly ProvisionInput[]): (() => Promise<void>)[] {
  const needsShell = (f: ProvisionInput): boolean =>
    SHELL_KINDS.has(f.kind) ||
    /(^|\/)apache2\//.test(f.path) ||
    (f.kind === 'other' && /\.ya?ml$/i.test(f.path) && f.text.includes('initContainers'));
  return [
    ...(files.some((f) => f.kind === 'dockerfile') ? [loadDockerfileParser] : []),
    ...(files.some(needsShell) ? [loadShellParser] : []),
  ];
}

/** Both parsers, for callers that read provisioning files themselves (tests, tools). */
export async function loadProvisionParsers(): Promise<void> {
  await Promise.all([loadDockerfileParser(), loadShellParser()]);
}
