/** Deployed filesystems for the Apache and Caddy tests: a fixture tree laid out like the machine, or files given inline. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DeployedFile } from '../../src/engine/model.js';
import { UnitFs } from '../../src/engine/resolve/deployed-fs.js';
import type { SourceFile } from '../../src/engine/types.js';

export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

function sourceFile(repoPath: string, absPath: string, text: string): SourceFile {
  const hadBom = text.charCodeAt(0) === 0xfeff;
  const body = hadBom ? text.slice(1) : text;
  return { path: repoPath, absPath, text: body, hadBom, crlf: body.includes('\r\n') };
}

/** Every file below `root`, at its path relative to `root` (the tree is laid out like the machine). */
export function fixtureFs(root: string, shipped: { pattern: string; description: string }[] = []): UnitFs {
  const fs = new UnitFs(shipped);
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const abs = path.join(dir, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else {
        const rel = path.relative(root, abs).split(path.sep).join('/');
        fs.set({ deployedPath: '/' + rel, file: sourceFile(rel, abs, readFileSync(abs, 'utf8')) });
      }
    }
  };
  walk(root);
  return fs;
}

/** A deployed filesystem from deployed path → text; repository paths drop the leading `/`. */
export function inlineFs(files: Record<string, string>): UnitFs {
  const fs = new UnitFs([]);
  for (const [deployedPath, text] of Object.entries(files)) {
    fs.set({ deployedPath, file: sourceFile(deployedPath.slice(1), deployedPath, text) });
  }
  return fs;
}

export function mainOf(fs: UnitFs, deployedPath: string): DeployedFile {
  const file = fs.get(deployedPath);
  if (!file) throw new Error(`no ${deployedPath} in the fixture`);
  return file;
}
