// Bundles the CLI and the action with @vercel/ncc into the committed dist/ folder.
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';

const ncc = [
  'node_modules/@vercel/ncc/dist/ncc/cli.js',
  'build',
  '--quiet',
  '--no-cache',
  '--transpile-only',
  '--target',
  'es2022',
];
rmSync('dist', { recursive: true, force: true });
execFileSync(process.execPath, [...ncc, 'src/action/index.ts', '-o', 'dist'], { stdio: 'inherit' });
execFileSync(process.execPath, [...ncc, 'src/cli/index.ts', '-o', 'dist/cli'], { stdio: 'inherit' });
chmodSync('dist/cli/index.js', 0o755);
// The shell parser's WebAssembly files, read next to each bundle (src/engine/parse/provision/shell-syntax.ts).
const require = createRequire(import.meta.url);
for (const wasm of ['web-tree-sitter/web-tree-sitter.wasm', 'tree-sitter-bash/tree-sitter-bash.wasm']) {
  const name = wasm.split('/')[1];
  for (const dir of ['dist', 'dist/cli']) copyFileSync(require.resolve(wasm), `${dir}/${name}`);
}
