/**
 * git's list of a work tree's files: tracked ones plus untracked ones it does not ignore.
 *
 * The list can be started early (`startGitListing`): the CLI does so before it loads the rest of
 * the engine, so that git runs while that code compiles instead of after it. This module stays
 * small and imports nothing heavy, since the CLI's first chunk holds it.
 */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { gitTopLevel } from '../repository.js';

const GIT_TIMEOUT_MS = 60_000;

const run = promisify(execFile);

/** Lists started ahead, by absolute directory; each is taken once. */
const started = new Map<string, Promise<string[] | undefined>>();

/** Starts listing `root` now, when it is in a git work tree; `gitListing(root)` takes the result. */
export function startGitListing(root: string): void {
  const dir = resolve(root);
  if (!started.has(dir) && gitTopLevel(dir) !== undefined) started.set(dir, gitFiles(dir));
}

/**
 * The paths git lists under `root` (relative to it), or undefined outside a work tree or without
 * git. A list started ahead is used once; a later call (a rescan after `--fix`) lists again.
 */
export function gitListing(root: string): Promise<string[] | undefined> {
  const dir = resolve(root);
  const early = started.get(dir);
  if (early) {
    started.delete(dir);
    return early;
  }
  // Outside a work tree, asking git would only cost a process.
  return gitTopLevel(dir) === undefined ? Promise.resolve(undefined) : gitFiles(dir);
}

async function gitFiles(root: string): Promise<string[] | undefined> {
  try {
    const { stdout } = await run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
      cwd: root,
      maxBuffer: 512 * 1024 * 1024,
      timeout: GIT_TIMEOUT_MS,
      encoding: 'utf8',
    });
    return [...new Set(stdout.split('\0').filter((p) => p !== ''))];
  } catch {
    return undefined;
  }
}
