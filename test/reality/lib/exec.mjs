// Bounded child-process helpers. Every call has a timeout; nothing goes through a shell.
import { execFile } from 'node:child_process';

/**
 * Run a program with arguments and a timeout; never throws for a non-zero exit.
 * @returns {Promise<{ code: number | null, stdout: string, stderr: string, timedOut: boolean }>}
 */
export function run(file, args, { timeoutMs = 10_000, cwd, env, input } = {}) {
  return new Promise((resolve) => {
    const child = execFile(
      file,
      args,
      { timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 32 * 1024 * 1024, cwd, env },
      (err, stdout, stderr) => {
        const e = /** @type {any} */ (err);
        resolve({
          code: e ? (typeof e.code === 'number' ? e.code : null) : 0,
          stdout: String(stdout),
          stderr: String(stderr),
          timedOut: !!e?.killed,
        });
      },
    );
    if (input !== undefined) child.stdin?.end(input);
  });
}

/** Like run() but throws with the program's stderr when it fails. */
export async function runOk(file, args, opts) {
  const r = await run(file, args, opts);
  if (r.code !== 0) throw new Error(`${file} ${args.join(' ')}: ${r.stderr.trim() || `exit ${r.code}`}`);
  return r;
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
