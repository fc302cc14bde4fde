/** Temporary directories that a test file removes when it ends, so `npm test` leaves none behind. */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface ScratchDirs {
  /** A new empty directory under the system's temporary directory. */
  make(): string;
  /** Removes every directory made so far; pass it to `afterAll`. */
  cleanup(): void;
}

export function scratchDirs(prefix: string): ScratchDirs {
  const made: string[] = [];
  return {
    make() {
      const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
      made.push(dir);
      return dir;
    },
    cleanup() {
      for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
    },
  };
}
