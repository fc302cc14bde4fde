/** The git work tree a directory belongs to, found as git finds it: the nearest ancestor with `.git`. */
import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The top level of the work tree holding `dir` (absolute), or undefined outside one. `.git` may be
 * a directory or, in a linked work tree or submodule, a file. Looking costs a few `stat`s where
 * asking `git rev-parse` costs a process.
 */
export function gitTopLevel(dir: string): string | undefined {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    if (existsSync(path.join(current, '.git'))) return current;
    if (path.dirname(current) === current) return undefined;
  }
}
