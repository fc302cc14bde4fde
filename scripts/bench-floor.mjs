// The floor a scan is measured against: list the repository as socklint does (`git ls-files`,
// tracked and untracked-not-ignored) and read every listed file as text. Nothing else.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = process.argv[2];
const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
  cwd: root,
  encoding: 'utf8',
  maxBuffer: 512 * 1024 * 1024,
});
let chars = 0;
for (const path of listed.split('\0'))
  if (path !== '') chars += readFileSync(join(root, path), 'utf8').length;
process.stdout.write(`${chars}\n`);
