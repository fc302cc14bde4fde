// Rewrites the README's generated samples (annotations, job summary, suggestion) from a real run
// of the bundled action against the local GitHub fake, on examples/debian-broken-socket. The test
// that does the run fails whenever the README and the run disagree.
import { execFileSync } from 'node:child_process';

execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
execFileSync('npx', ['jest', 'test/action/e2e.test.ts', '-t', 'README samples'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --experimental-vm-modules`.trim(),
    SOCKLINT_UPDATE_README: '1',
  },
});
