/**
 * What `PATH` names: a directory to scan, or a file whose repository is scanned; and the
 * repository root that every printed path is relative to (git's top level, else the directory).
 */
import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { gitTopLevel } from '../engine/repository.js';

export class TargetError extends Error {}

export interface Target {
  /** The directory to scan. */
  root: string;
  /** The repository root: paths in every output are relative to it. */
  repoRoot: string;
  /** For `scan FILE`: the file, relative to repoRoot with `/`. */
  file?: string;
}

export function resolveTarget(written: string, cwd: string): Target {
  const absolute = path.resolve(cwd, written);
  let isDirectory: boolean;
  try {
    isDirectory = statSync(absolute).isDirectory();
  } catch (error) {
    throw new TargetError(`cannot scan ${written}: ${reason(error as NodeJS.ErrnoException)}`);
  }
  const real = realpathSync(absolute);
  const top = (dir: string) => {
    const found = gitTopLevel(dir);
    return found === undefined ? dir : realpathSync(found);
  };
  if (isDirectory) return { root: real, repoRoot: top(real) };
  const dir = path.dirname(real);
  const repoRoot = top(dir);
  return { root: repoRoot, repoRoot, file: path.relative(repoRoot, real).split(path.sep).join('/') };
}

/** `no such file or directory`, from an fs error, without Node's decoration. */
export function reason(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a directory';
    case 'EROFS':
      return 'read-only file system';
    case 'ENOSPC':
      return 'no space left on the device';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    default:
      return error.message.replace(/^[A-Z]+: /, '').replace(/, \w+ '.*'$/, '');
  }
}
