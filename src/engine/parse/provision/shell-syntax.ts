/**
 * The shell syntax tree: tree-sitter's bash grammar (the one GitHub and editors use), run as
 * WebAssembly. It is loaded on first need only, so a scan without shell text never pays for it,
 * and it keeps going past a syntax error, marking the broken part, as a shell reading line by
 * line does. Positions are indices into the parsed JavaScript string (UTF-16 code units).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import type { Node, Parser } from 'web-tree-sitter';

export type { Node as ShellNode } from 'web-tree-sitter';

/** The two WebAssembly files: the tree-sitter runtime and the bash grammar. */
const RUNTIME_WASM = 'web-tree-sitter.wasm';
const BASH_WASM = 'tree-sitter-bash.wasm';

let parser: Parser | undefined;
let loading: Promise<void> | undefined;

/** Loads the parser once; later calls return at once. */
export function loadShellParser(): Promise<void> {
  loading ??= load();
  return loading;
}

/** The syntax tree of a script; `loadShellParser()` must have finished. */
export function parseShell(text: string): Node {
  if (!parser) throw new Error('the shell parser is not loaded (await loadShellParser() first)');
  const tree = parser.parse(text);
  if (!tree) throw new Error('the shell parser returned no tree');
  return tree.rootNode;
}

async function load(): Promise<void> {
  // V8 recompiles hot WebAssembly functions with its optimising compiler on background threads;
  // for the grammar's large lexer that costs far more CPU than a scan spends parsing shell (1.3 s
  // of a 4 s scan of 20,000 files, and 40 MB), so the parser runs on the baseline compiler only.
  v8.setFlagsFromString('--liftoff-only');
  const { Parser, Language } = (await import('./tree-sitter.cjs')).default;
  // The runtime reads `__dirname` while it starts, only to find its .wasm, which is passed in
  // here; an ES module bundle has no `__dirname`, so one is lent for the start-up alone.
  const g = globalThis as { __dirname?: string };
  const lent = !('__dirname' in g);
  if (lent) g.__dirname = '';
  try {
    await Parser.init({ wasmBinary: wasm(RUNTIME_WASM, `web-tree-sitter/${RUNTIME_WASM}`) });
  } finally {
    if (lent) delete g.__dirname;
  }
  const bash = await Language.load(wasm(BASH_WASM, `tree-sitter-bash/${BASH_WASM}`));
  const p = new Parser();
  p.setLanguage(bash);
  parser = p;
}

/**
 * A WebAssembly file: next to the bundle, where the build copies it (`scripts/build.mjs`), else
 * the package's own in node_modules (tests and builds from the sources).
 */
function wasm(name: string, specifier: string): Uint8Array {
  const beside = path.join(path.dirname(fileURLToPath(import.meta.url)), name);
  try {
    return readFileSync(beside);
  } catch {
    return readFileSync(createRequire(import.meta.url).resolve(specifier));
  }
}
