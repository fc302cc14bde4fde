// Fails when the committed dist/ differs from a fresh build of the sources.
import { execFileSync } from 'node:child_process';

execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
const changed = execFileSync('git', ['status', '--porcelain', '--', 'dist'], { encoding: 'utf8' }).trim();
if (changed) {
  console.error(`dist/ is stale: rebuild it with "npm run build" and commit it.\n${changed}`);
  process.exit(1);
}
console.log('dist/ is up to date');
