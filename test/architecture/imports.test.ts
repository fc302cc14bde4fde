/**
 * The house rules of `src/`: data and imports flow one way. An import cycle (type-only imports
 * included: they tie the modules' designs together just the same) fails here, and so does an
 * engine module that imports a shell or GitHub code.
 */
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const SRC = path.resolve('src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** Every module of `src/` with the modules and packages it imports (static, dynamic and `import type`). */
function importGraph(): Map<string, { local: string[]; packages: string[] }> {
  const files = sourceFiles(SRC);
  const known = new Set(files);
  const graph = new Map<string, { local: string[]; packages: string[] }>();
  for (const file of files) {
    const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const specifiers = info.importedFiles.map((i) => i.fileName);
    const local = specifiers
      .filter((s) => s.startsWith('.'))
      .map((s) => path.resolve(path.dirname(file), s.replace(/\.js$/, '.ts')))
      .filter((p) => known.has(p));
    graph.set(file, { local, packages: specifiers.filter((s) => !s.startsWith('.')) });
  }
  return graph;
}

/** Strongly connected components with more than one module, or a module importing itself (Tarjan, iterative). */
function cycles(edges: Map<string, string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const found: string[][] = [];
  let next = 0;
  for (const root of edges.keys()) {
    if (index.has(root)) continue;
    const work: { node: string; child: number }[] = [{ node: root, child: 0 }];
    index.set(root, next);
    low.set(root, next++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const children = edges.get(frame.node) ?? [];
      if (frame.child < children.length) {
        const child = children[frame.child++];
        if (!index.has(child)) {
          index.set(child, next);
          low.set(child, next++);
          stack.push(child);
          onStack.add(child);
          work.push({ node: child, child: 0 });
        } else if (onStack.has(child)) {
          low.set(frame.node, Math.min(low.get(frame.node)!, index.get(child)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) !== index.get(frame.node)) continue;
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== frame.node);
      if (component.length > 1 || children.includes(frame.node)) found.push(component.sort());
    }
  }
  return found;
}

const relative = (p: string) => path.relative(process.cwd(), p).split(path.sep).join('/');

describe('imports in src/', () => {
  const graph = importGraph();

  it('form no cycle', () => {
    const edges = new Map([...graph].map(([file, deps]) => [file, deps.local]));
    expect(cycles(edges).map((c) => c.map(relative))).toEqual([]);
  });

  it('never lead from the engine to a shell or to GitHub code', () => {
    const engine = path.join(SRC, 'engine') + path.sep;
    const offending = [...graph]
      .filter(([file]) => file.startsWith(engine))
      .flatMap(([file, deps]) =>
        [
          ...deps.local.filter((d) => !d.startsWith(engine)),
          ...deps.packages.filter((p) => /^@(actions|octokit)\//.test(p)),
        ].map((d) => `${relative(file)} -> ${d.startsWith('/') ? relative(d) : d}`),
      );
    expect(offending).toEqual([]);
  });

  it('the cycle finder reports every cycle, a module importing itself included', () => {
    const edges = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', ['d']],
      ['e', ['a']],
    ]);
    expect(cycles(edges)).toEqual([['d'], ['a', 'b', 'c']]);
  });
});
