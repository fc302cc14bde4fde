// Entry point of `npm run test:reality`: runs the reality tier (test/reality/README.md).
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { main } from '../test/reality/tier.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const code = await main(process.argv.slice(2), repoRoot);
process.exit(code);
