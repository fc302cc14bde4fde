// Apache httpd inside a prefix root, run as Debian's apache2.service runs it (apache2ctl's
// environment from envvars, `-DFOREGROUND`, PrivateTmp), one request per virtual host.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Server } from './procs.mjs';
import { launchCommand } from './launch.mjs';
import { run } from './exec.mjs';
import { parseApache, rewriteApache, parseEnvvars, apacheConnectErrors } from './apache-conf.mjs';
import { unitSettings } from './systemd-unit.mjs';
import { PHP_MARKER } from './stock.mjs';
import { readIf, walkFiles, waitFor, freePorts, portOpen, request, problemLines } from './util.mjs';

export const APACHE_BIN = '/usr/sbin/apache2';

/** Stock files of Debian's apache2 package, copied from this machine when the tree lacks them. */
function addStock(etc, prefix) {
  for (const f of ['apache2.conf', 'ports.conf', 'envvars', 'magic']) {
    if (!fs.existsSync(path.join(etc, f)) && fs.existsSync(path.join('/etc/apache2', f)))
      fs.copyFileSync(path.join('/etc/apache2', f), path.join(etc, f));
  }
  // The *-available directories are the package's; what is enabled is the tree's alone.
  for (const d of ['mods-available', 'conf-available', 'sites-available']) {
    fs.mkdirSync(path.join(etc, d), { recursive: true });
    for (const f of fs.existsSync(path.join('/etc/apache2', d))
      ? fs.readdirSync(path.join('/etc/apache2', d))
      : []) {
      const dst = path.join(etc, d, f);
      if (!fs.existsSync(dst)) fs.copyFileSync(path.join('/etc/apache2', d, f), dst);
    }
  }
  for (const d of ['mods-enabled', 'conf-enabled', 'sites-enabled'])
    fs.mkdirSync(path.join(etc, d), { recursive: true });
  const types = path.join(prefix, 'etc/mime.types');
  if (!fs.existsSync(types) && fs.existsSync('/etc/mime.types')) fs.copyFileSync('/etc/mime.types', types);
}

/**
 * Lay out and rewrite the prefix's etc/apache2. Throws when the tree cannot be run (an envvars line
 * the tier does not read).
 * @param {{ prefix: string, slr: string, tree: string }} o
 */
export async function prepareApache(o) {
  const etc = path.join(o.prefix, 'etc/apache2');
  addStock(etc, o.prefix);
  // apache2ctl's environment: envvars, absolute paths moved into the prefix.
  const env = parseEnvvars(readIf(path.join(etc, 'envvars')));
  for (const [k, v] of Object.entries(env)) if (v.startsWith('/')) env[k] = o.prefix + v;
  const problems = [];
  // apache2ctl creates these before starting httpd (and stops when a chown fails).
  const runDir = env.APACHE_RUN_DIR ?? path.join(o.prefix, 'var/run/apache2');
  const lockDir = env.APACHE_LOCK_DIR ?? path.join(o.prefix, 'var/lock/apache2');
  fs.mkdirSync(runDir, { recursive: true, mode: 0o755 });
  for (const d of [path.join(runDir, 'socks'), lockDir]) {
    fs.mkdirSync(d, { recursive: true, mode: 0o755 });
    const r = await run('chown', [env.APACHE_RUN_USER ?? 'www-data', d]);
    if (r.code !== 0)
      problems.push(`apache2ctl: chown ${env.APACHE_RUN_USER}: ${r.stderr.trim()}`.split(o.prefix).join(''));
  }
  if (env.APACHE_LOG_DIR) fs.mkdirSync(env.APACHE_LOG_DIR, { recursive: true });
  const errorLog = path.join(o.prefix, 'var/log/apache2/error.log');
  fs.mkdirSync(path.dirname(errorLog), { recursive: true });
  const files = walkFiles(etc).filter(
    (f) => !fs.lstatSync(f).isSymbolicLink() && /\.conf$|\/apache2\.conf$|\.load$/.test(f),
  );
  let count = 1;
  for (const f of files)
    count += parseApache(readIf(f)).filter(
      (d) => d.kind === 'open' && d.name.toLowerCase() === 'virtualhost',
    ).length;
  const ports = await freePorts(count);
  let next = 1;
  const vhosts = [];
  const roots = new Set(['/var/www/html']);
  for (const f of files) {
    const rel = path.relative(o.prefix, f);
    const r = rewriteApache(readIf(f), {
      prefix: o.prefix,
      file: rel,
      nextPort: () => ports[next++],
      errorLog,
    });
    fs.writeFileSync(f, r.text);
    vhosts.push(...r.vhosts);
    for (const root of r.roots) if (root.startsWith('/')) roots.add(root);
  }
  // Enabled links name the files above; record their virtual hosts under the link name too.
  for (const f of walkFiles(etc).filter((x) => fs.lstatSync(x).isSymbolicLink() && fs.existsSync(x))) {
    const target = path.relative(o.prefix, fs.realpathSync(f));
    for (const v of vhosts.filter((x) => x.file === target)) v.alias = path.relative(o.prefix, f);
  }
  const listen = path.join(o.slr, 'apache-listen.conf');
  fs.writeFileSync(listen, ports.map((p) => `Listen 127.0.0.1:${p}\n`).join(''));
  fs.appendFileSync(path.join(etc, 'apache2.conf'), `\nInclude ${listen}\n`);
  const a = {
    etc,
    env,
    errorLog,
    vhosts,
    mainPort: ports[0],
    roots,
    problems,
    unit: unitSettings(o.tree, 'apache2'),
  };
  // Requests go to the virtual hosts httpd really reads: its own list of included files.
  const included = await includedFiles(a);
  if (included) a.vhosts = vhosts.filter((v) => included.has(fs.realpathSync(path.join(o.prefix, v.file))));
  return a;
}

/** The files httpd includes (`-t -D DUMP_INCLUDES`), by real path; null when it refuses the config. */
async function includedFiles(a) {
  const r = await run(
    APACHE_BIN,
    ['-d', a.etc, '-f', path.join(a.etc, 'apache2.conf'), '-t', '-D', 'DUMP_INCLUDES'],
    {
      env: apacheEnv(a),
    },
  );
  if (r.code !== 0) return null;
  const files = r.stdout
    .split('\n')
    .map((l) => /^\s*\((?:\*|\d+)\) (\/.*)$/.exec(l)?.[1])
    .filter(Boolean)
    .map((f) => (fs.existsSync(f) ? fs.realpathSync(f) : f));
  return new Set(files);
}

/** apache2ctl's environment: envvars, and what the packaged unit adds. */
function apacheEnv(a) {
  return {
    PATH: '/usr/sbin:/usr/bin:/sbin:/bin',
    LANG: 'C',
    APACHE_STARTED_BY_SYSTEMD: 'true',
    ...a.unit.Environment,
    ...a.env,
  };
}

/**
 * Mount namespace binds for systemd's PrivateTmp=true: a private /tmp and /var/tmp (1777), as
 * systemd makes them (a new mount namespace with private directories bound over both).
 */
export function privateTmpBinds(prefix, slr, unit) {
  const base = path.join(slr, `private-${unit}`);
  const binds = [];
  for (const [name, target] of [
    ['tmp', 'tmp'],
    ['vartmp', 'var/tmp'],
  ]) {
    const src = path.join(base, name);
    fs.mkdirSync(src, { recursive: true });
    fs.chmodSync(src, 0o1777);
    fs.mkdirSync(path.join(prefix, target), { recursive: true, mode: 0o1777 });
    binds.push({ source: src, target: path.join(prefix, target) });
  }
  return binds;
}

/**
 * Start httpd (`-d`, `-f`, `-DFOREGROUND`) and wait until every port accepts, or it exits (10 s).
 * @param {Awaited<ReturnType<typeof prepareApache>>} a
 * @param {{ prefix: string, slr: string, servers: Server[] }} o
 */
export async function startApache(a, o) {
  if (a.problems.length) return { server: null, ready: false };
  const cmd = launchCommand({
    file: APACHE_BIN,
    args: ['-d', a.etc, '-f', path.join(a.etc, 'apache2.conf'), '-DFOREGROUND'],
    binds: a.unit.PrivateTmp ? privateTmpBinds(o.prefix, o.slr, 'apache2') : [],
  });
  const env = apacheEnv(a);
  const s = new Server('apache2', cmd.file, cmd.args, {
    cwd: path.join(o.prefix, a.unit.WorkingDirectory),
    env,
    stopSignal: 'SIGTERM',
  });
  o.servers.push(s);
  const ports = a.vhosts.length ? a.vhosts.map((v) => v.port) : [a.mainPort];
  const ready = await waitFor(
    async () => s.exited || (await Promise.all(ports.map(portOpen))).every(Boolean),
    10_000,
    50,
  );
  return { server: s, ready: ready && !s.exited };
}

/**
 * One request per virtual host (or to the main server when there is none), or those of reality.json.
 * @param {Awaited<ReturnType<typeof prepareApache>>} a
 * @param {{ server?: string, path?: string, socket?: string, client?: string }[] | undefined} wanted
 * @param {string} prefix
 */
export async function apacheRequests(a, wanted, prefix) {
  const targets = a.vhosts.length
    ? a.vhosts.map((v) => ({
        name: `${v.alias ?? v.file}#${v.ordinal}`,
        file: v.file,
        alias: v.alias,
        port: v.port,
      }))
    : [
        {
          name: 'etc/apache2/apache2.conf#main',
          file: 'etc/apache2/apache2.conf',
          alias: undefined,
          port: a.mainPort,
        },
      ];
  const list = wanted ?? targets.map((t) => ({ server: t.name }));
  return httpRequests(
    'apache',
    list,
    targets,
    () => readIf(a.errorLog),
    (log) => apacheConnectErrors(log, prefix),
  );
}

/**
 * Requests to the targets of a web server, each with the connect errors its log gained meanwhile.
 * @param {string} web
 * @param {{ server?: string, path?: string, socket?: string, client?: string }[]} list
 * @param {{ name: string, file: string, alias?: string, port: number }[]} targets
 * @param {() => string} log the log so far
 * @param {(delta: string) => { errno: number | null, target: string | null, message: string }[]} parse
 */
export async function httpRequests(web, list, targets, log, parse) {
  const out = [];
  for (const w of list) {
    const t = targets.find(
      (x) =>
        w.server === undefined ||
        w.server === x.name ||
        w.server === x.file ||
        w.server === x.alias ||
        w.server === `${x.file}#${x.name.split('#')[1]}`,
    );
    if (!t) {
      out.push({ ...w, web, error: 'no such server' });
      continue;
    }
    const before = log().length;
    const p = w.path ?? '/index.php';
    const res = await request(t.port, p);
    let errs = [];
    // The error line is written by the worker right after the answer; wait a little for it.
    await waitFor(() => (errs = parse(log().slice(before))).length > 0 || (res.status ?? 500) < 500, 1000);
    out.push({
      web,
      server: t.name,
      path: p,
      status: res.status,
      php: res.body.includes(PHP_MARKER),
      error: res.error,
      upstream: null,
      errno: errs.length ? errs[errs.length - 1].errno : null,
      errorLines: errs.map((e) => e.message),
      socket: w.socket ?? errs.find((e) => e.target)?.target ?? undefined,
      client: w.client,
    });
  }
  return out;
}

/** What the evidence records about httpd, once the run is over. */
export function apacheEvidence(started, a, prefix) {
  const s = started.server;
  return {
    kind: 'apache',
    started: started.ready,
    exitCode: s?.exited ? s.exitCode : null,
    exitSignal: s?.exitSignal ?? null,
    problems: [...a.problems, ...problemLines(readIf(a.errorLog) + '\n' + (s?.stderr ?? ''), prefix)].slice(
      0,
      20,
    ),
  };
}
