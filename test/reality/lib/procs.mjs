// Starting and stopping the servers under test.
//
// Each server is spawned as the leader of its own process group, so that stopping it reaches its
// workers too: its graceful stop signal to the master (SIGQUIT for nginx and FPM, SIGTERM for Apache
// and Caddy), then SIGKILL to the group after a bounded wait. Every live server is registered so
// that a Ctrl-C can stop them all, and journalled by pid and start time so that the next run stops
// whatever a run killed with SIGKILL left behind.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkAborting } from './abort.mjs';

const JOURNAL = join(tmpdir(), 'socklint-reality-pids.journal');

/** The start time of a process (field 22 of /proc/PID/stat), or null when it is gone. */
function startTime(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}
function journal() {
  try {
    return readFileSync(JOURNAL, 'utf8').split('\n').filter(Boolean);
  } catch {
    return [];
  }
}
function journalSet(lines) {
  if (lines.length) writeFileSync(JOURNAL, lines.join('\n') + '\n');
  else if (existsSync(JOURNAL)) unlinkSync(JOURNAL);
}

/** @type {Set<Server>} */
const live = new Set();

export class Server {
  /**
   * @param {string} name for messages
   * @param {string} file
   * @param {string[]} args
   * @param {{ cwd?: string, env?: NodeJS.ProcessEnv, stopSignal?: NodeJS.Signals }} [opts]
   */
  constructor(name, file, args, opts = {}) {
    checkAborting();
    this.name = name;
    this.stopSignal = opts.stopSignal ?? 'SIGQUIT';
    this.stdout = '';
    this.stderr = '';
    /** @type {number | null} */
    this.exitCode = null;
    this.exitSignal = null;
    this.exited = false;
    this.child = spawn(file, args, {
      cwd: opts.cwd,
      env: opts.env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.pid = this.child.pid;
    const started = this.pid ? startTime(this.pid) : null;
    this.journalLine = started ? `${this.pid} ${started}` : null;
    if (this.journalLine) journalSet([...journal(), this.journalLine]);
    this.child.stdout.on('data', (b) => (this.stdout = (this.stdout + b).slice(-65536)));
    /** Characters ever written to stderr, so that a caller can take what came after a point. */
    this.stderrTotal = 0;
    this.child.stderr.on('data', (b) => {
      const t = String(b);
      this.stderrTotal += t.length;
      this.stderr = (this.stderr + t).slice(-65536);
    });
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

  /** What stderr received after `total` characters (as far as the kept tail reaches). */
  stderrSince(total) {
    return this.stderr.slice(-Math.max(0, this.stderrTotal - total) || this.stderr.length + 1);
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
      signal(this.pid, this.stopSignal);
      await this.waitExit(graceMs);
    }
    // Workers may outlive a master that died; the group id is the master's pid.
    if (this.pid) signal(-this.pid, 'SIGKILL');
    if (!this.exited) await this.waitExit(2000);
    live.delete(this);
    if (this.journalLine) journalSet(journal().filter((l) => l !== this.journalLine));
  }
}

function signal(pid, sig) {
  try {
    process.kill(pid, sig);
  } catch {
    // Already gone.
  }
}

/**
 * Kill the process groups of servers that a killed run left behind: only those whose pid still
 * belongs to the same process (same start time). Returns how many were found.
 */
export function killLeftoverServers() {
  let n = 0;
  for (const line of journal()) {
    const [pid, started] = line.split(' ');
    if (startTime(Number(pid)) !== started) continue;
    signal(-Number(pid), 'SIGKILL');
    signal(Number(pid), 'SIGKILL');
    n++;
  }
  journalSet([]);
  return n;
}

/** Stop every server still running (used on Ctrl-C and on fatal errors). */
export async function stopAll() {
  await Promise.all([...live].map((s) => s.stop(1000)));
}
