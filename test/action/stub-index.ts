/** Entry of the stub-engine bundle that e2e.test.ts builds when SOCKLINT_E2E_ENGINE=stub. */
import { run } from '../../src/action/main.js';
import { stubEngine } from './stub-engine.js';

await run(stubEngine);
