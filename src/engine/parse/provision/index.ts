export { ansibleFacts } from './ansible.js';
export { dockerfileFacts } from './dockerfile.js';
export type { Fact, FactKind, PackageManager, ProvisionResult } from './facts.js';
export { shellFacts } from './shell.js';
export { tmpfilesFacts } from './tmpfiles.js';
