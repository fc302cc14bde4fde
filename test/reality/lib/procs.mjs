// Starting and stopping the servers under test.
//
// Each server is spawned as the leader of its own process group, so that stopping it reaches its
// workers too: SIGQUIT to the master (graceful for both nginx and FPM), then SIGKILL to the group
// after a bounded wait. Every live server is registered so that a Ctrl-C can stop them all.
import { spawn } from 'node:child_process';
import { checkAborting } from './abort.mjs';

/** @type {Set<Server>} */
const live = new Set();

export class Server {
  /**
   * @param {string} name for messages
   * @param {string} file
   * @param {string[]} args
   * @param {{ cwd?: string }} [opts]
   */
  constructor(name, file, args, opts = {}) {
    checkAborting();
    this.name = name;
    this.stdout = '';
    this.stderr = '';
    /** @type {number | null} */
    this.exitCode = null;
    this.exitSignal = null;
    this.exited = false;
    this.child = spawn(file, args, { cwd: opts.cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    this.pid = this.child.pid;
    this.child.stdout.on('data', (b) => (this.stdout = (this.stdout + b).slice(-65536)));
    this.child.stderr.on('data', (b) => (this.stderr = (this.stderr + b).slice(-65536)));
    this.exitPromise = new Promise((resolve) => {
      this.child.on('error', (e) => {
        this.stderr += String(e);
        this.exited = true;
        live.delete(this);
        resolve(undefined);
      });
      this.child.on('exit', (code, signal) => {
        this.exitCode = code;
        this.exitSignal = signal;
        this.exited = true;
        resolve(undefined);
      });
    });
    live.add(this);
  }

  /** Wait for exit at most `ms`; returns true when it exited. */
  async waitExit(ms) {
    if (this.exited) return true;
    let timer;
    const limit = new Promise((r) => (timer = setTimeout(r, ms)));
    await Promise.race([this.exitPromise, limit]);
    clearTimeout(timer);
    return this.exited;
  }

  /** Graceful stop, then kill the whole process group. Always resolves. */
  async stop(graceMs = 3000) {
    if (this.pid && !this.exited) {
      signal(this.pid, 'SIGQUIT');
      await this.waitExit(graceMs);
    }
    // Workers may outlive a master that died; the group id is the master's pid.
    if (this.pid) signal(-this.pid, 'SIGKILL');
    if (!this.exited) await this.waitExit(2000);
    live.delete(this);
  }
}

function signal(pid, sig) {
  try {
    process.kill(pid, sig);
  } catch {
    // Already gone.
  }
}

/** Stop every server still running (used on Ctrl-C and on fatal errors). */
export async function stopAll() {
  await Promise.all([...live].map((s) => s.stop(1000)));
}
