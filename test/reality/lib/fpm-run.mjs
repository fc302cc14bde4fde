// PHP-FPM inside a prefix root: its files rewritten into the prefix, one master per configuration,
// started in the foreground and watched until it is ready or gone.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Server } from './procs.mjs';
import { launchCommand } from './launch.mjs';
import { rewriteFpm, isTcpListen, splitAssignment, pathsOutsidePrefix } from './fpm-conf.mjs';
import { readIf, walkFiles, waitFor, freePort, problemLines } from './util.mjs';

export const FPM_BIN = '/usr/sbin/php-fpm8.2';

/**
 * One FPM configuration of a prefix: its directory (all `*.conf` below it are FPM files), its main
 * file, and the compile prefix `-p` stands for (`/usr` on Debian, `/usr/local` in the php images).
 * @typedef {{ version: string, dir: string, main: string, compilePrefix: string }} FpmConf
 */

/**
 * Free loopback ports for every TCP `listen` of these FPM files, by the port written there, so that
 * a web server pointed at `127.0.0.1:9000` reaches the same master.
 * @param {string[]} files
 * @param {Map<number, number>} [ports]
 */
export async function fpmTcpPorts(files, ports = new Map()) {
  for (const f of files) {
    for (const line of readIf(f).split('\n')) {
      const a = splitAssignment(line);
      if (a && a.key.toLowerCase() === 'listen' && isTcpListen(a.rawValue.replace(/^["']|["']$/g, ''))) {
        const m = /(\d+)["']?$/.exec(a.rawValue);
        if (m && !ports.has(Number(m[1]))) ports.set(Number(m[1]), await freePort());
      }
    }
  }
  return ports;
}

/**
 * Rewrite every FPM file of `conf` in place (README, "Rewrites"). Refuses (throws) when a path key
 * would still point outside the prefix. Returns where the master logs and keeps its pid.
 * @param {FpmConf} conf
 * @param {{ prefix: string, slr: string, tcpPorts: Map<number, number>, strip: (s: string) => string }} o
 */
export function rewriteFpmConf(conf, o) {
  const errLog = path.join(o.prefix, `var/log/php${conf.version}-fpm.log`);
  const pidFile = path.join(o.slr, `php${conf.version}-fpm.pid`);
  for (const f of walkFiles(conf.dir).filter((x) => x.endsWith('.conf'))) {
    const text = rewriteFpm(readIf(f), {
      prefix: o.prefix,
      isMain: f === conf.main,
      errorLog: errLog,
      pidFile,
      tcpPort: (p) => o.tcpPorts.get(p) ?? p,
    });
    const outside = pathsOutsidePrefix(text, o.prefix);
    if (outside.length)
      throw new Error(
        `refusing to run: ${o.strip(f)} still points outside the prefix: ${outside.join(', ')}`,
      );
    fs.writeFileSync(f, text);
  }
  return { errLog, pidFile };
}

/**
 * Start one master (foreground; `-p` = the fake compile prefix, F12) and wait until its log says it
 * is ready, or it exits (10 s). `launch` adds bind mounts and credentials (containers).
 * @param {FpmConf} conf
 * @param {{ prefix: string, errLog: string, allowRoot?: boolean, servers: Server[],
 *   binds?: import('./launch.mjs').Bind[], creds?: import('./launch.mjs').Creds | null }} o
 */
export async function startFpm(conf, o) {
  const pfx = path.join(o.prefix, conf.compilePrefix);
  fs.mkdirSync(pfx, { recursive: true });
  const args = ['-F', '-y', conf.main, '-p', pfx];
  if (o.allowRoot) args.push('-R');
  const cmd = launchCommand({ file: FPM_BIN, args, binds: o.binds, creds: o.creds });
  const s = new Server(`php-fpm${conf.version}`, cmd.file, cmd.args, { cwd: o.prefix });
  o.servers.push(s);
  const ready = await waitFor(() => s.exited || /ready to handle connections/.test(readIf(o.errLog)), 10_000);
  return { version: conf.version, server: s, ready, errLog: o.errLog };
}

/** What the evidence records about a master, once the run is over. */
export function fpmEvidence(f, prefix) {
  return {
    version: f.version,
    started: f.ready && !f.server.exited,
    exitCode: f.server.exited ? f.server.exitCode : null,
    exitSignal: f.server.exitSignal ?? null,
    problems: problemLines(readIf(f.errLog) + '\n' + f.server.stderr, prefix).slice(0, 20),
  };
}
