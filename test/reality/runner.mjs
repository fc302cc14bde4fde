// Runs one configuration tree on the real nginx and php-fpm8.2 and records what happens.
//
// The tree is copied into a fresh prefix root (a temp directory that stands for `/`). Only
// mechanical things are rewritten (see README.md, "Rewrites"); the servers then run as root so
// that `user` and the pool's `user` apply, and one request per nginx server block (or the ones
// listed in reality.json) goes to 127.0.0.1. The evidence is returned as plain data.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { tmpdir } from 'node:os';
import * as http from 'node:http';
import * as net from 'node:net';
import { run, sleep } from './lib/exec.mjs';
import { Server } from './lib/procs.mjs';
import { isAborting } from './lib/abort.mjs';
import { parseSetup } from './lib/setup-script.mjs';
import { createAccounts } from './lib/accounts.mjs';
import { rewriteNginx, parseNginx } from './lib/nginx-conf.mjs';
import { rewriteFpm, isTcpListen, splitAssignment, pathsOutsidePrefix } from './lib/fpm-conf.mjs';
import { STOCK_NGINX_MAIN, STOCK_NGINX_FILES, stockFpmMain, INDEX_PHP, PHP_MARKER } from './lib/stock.mjs';

export const NGINX_BIN = '/usr/sbin/nginx';
export const FPM_BIN = '/usr/sbin/php-fpm8.2';
/** Temp prefixes of runs in progress, so that an interrupted tier can remove them. */
const activeTmp = new Set();

/** Runs in progress, so that an interrupted tier can wait for their own cleanup first. */
const activeRuns = new Set();

/** Resolves when every run in progress has finished (its finally included), or after `ms`. */
export function settleRuns(ms) {
  let timer;
  return Promise.race([
    Promise.allSettled([...activeRuns]),
    new Promise((r) => (timer = setTimeout(r, ms))),
  ]).finally(() => clearTimeout(timer));
}

/** Remove every prefix still in use (after stopAll() stopped the servers). */
export async function abortAll(keep = false) {
  if (!keep) for (const d of activeTmp) fs.rmSync(d, { recursive: true, force: true });
  activeTmp.clear();
}

/** Files of a tree that describe the test, not the deployment. */
const META_FILES = new Set(['setup.sh', 'reality.json', 'expected.json', 'scenario.json', 'fixture.yml']);

/**
 * What a tree contains, or why it cannot be run.
 * @param {string} tree
 */
export function describeTree(tree) {
  const nginxDir = path.join(tree, 'etc/nginx');
  const sites = ['sites-enabled', 'conf.d']
    .map((d) => path.join(nginxDir, d))
    .filter((d) => fs.existsSync(d))
    .flatMap((d) => fs.readdirSync(d).map((f) => path.join(d, f)));
  // A site copied over Debian's sites-available/default is enabled by the package's own link.
  const defaultSite = path.join(nginxDir, 'sites-available/default');
  if (fs.existsSync(defaultSite)) sites.push(defaultSite);
  const phpDir = path.join(tree, 'etc/php');
  const fpmDirs = fs.existsSync(phpDir)
    ? fs
        .readdirSync(phpDir)
        .filter((v) => /^\d+\.\d+$/.test(v))
        .map((v) => ({ version: v, dir: path.join(phpDir, v, 'fpm') }))
        .filter(
          (x) => fs.existsSync(path.join(x.dir, 'php-fpm.conf')) || fs.existsSync(path.join(x.dir, 'pool.d')),
        )
    : [];
  const hasMain = fs.existsSync(path.join(nginxDir, 'nginx.conf'));
  const runnable = (sites.length > 0 || hasMain) && fpmDirs.length > 0;
  return {
    runnable,
    reason: runnable ? '' : 'needs etc/nginx (nginx.conf, sites-enabled/ or conf.d/) and etc/php/X.Y/fpm/',
    fpmDirs,
    hasMain,
  };
}

/** A free loopback TCP port (the kernel picks one; the tiny race is acceptable here). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {net.AddressInfo} */ (srv.address());
      srv.close(() => resolve(port));
    });
  });
}

/** Copy a tree into the prefix root; absolute symlinks are re-pointed inside the prefix. */
function copyTree(src, dst, prefix, top = true) {
  fs.mkdirSync(dst, { recursive: true, mode: 0o755 });
  for (const ent of fs.readdirSync(src, { withFileTypes: true })) {
    if (top && META_FILES.has(ent.name)) continue;
    const s = path.join(src, ent.name);
    const d = path.join(dst, ent.name);
    if (ent.isSymbolicLink()) {
      const target = fs.readlinkSync(s);
      fs.symlinkSync(target.startsWith('/') ? prefix + target : target, d);
    } else if (ent.isDirectory()) copyTree(s, d, prefix, false);
    else if (ent.isFile()) fs.copyFileSync(s, d);
  }
}

function walkFiles(dir, out = []) {
  if (!fs.existsSync(dir)) return out;
  for (const ent of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, ent.name);
    if (ent.isDirectory()) walkFiles(p, out);
    else if (ent.isFile() || ent.isSymbolicLink()) out.push(p);
  }
  return out;
}

/** Every socket inode under dir (the prefix root), with owner, mode and ACL. */
async function inspectSockets(dir, prefix) {
  const found = [];
  const walk = (d) => {
    let ents;
    try {
      ents = fs.readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of ents) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isSocket()) found.push(p);
    }
  };
  walk(dir);
  const out = [];
  for (const p of found) {
    const st = fs.statSync(p);
    const acl = await run('getfacl', ['-n', '-p', '-c', p], { timeoutMs: 5000 });
    out.push({
      path: p.slice(prefix.length),
      uid: st.uid,
      gid: st.gid,
      mode: '0' + (st.mode & 0o777).toString(8).padStart(3, '0'),
      acl: acl.code === 0 ? acl.stdout.split('\n').filter((l) => l && !l.startsWith('#')) : null,
    });
  }
  return out;
}

/** GET http://127.0.0.1:port/url with a hard timeout. */
function request(port, url, timeoutMs) {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port, path: url, timeout: timeoutMs, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body = (body + c).slice(0, 4096)));
      res.on('end', () => resolve({ status: res.statusCode ?? null, body }));
      res.on('error', (e) => resolve({ status: res.statusCode ?? null, body, error: String(e) }));
    });
    req.on('timeout', () => req.destroy(new Error('request timed out')));
    req.on('error', (e) => resolve({ status: null, body: '', error: String(e.message) }));
  });
}

function readIf(p) {
  try {
    return fs.readFileSync(p, 'utf8');
  } catch {
    return '';
  }
}

async function waitFor(pred, ms, step = 25) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await pred()) return true;
    await sleep(step);
  }
  return !!(await pred());
}

function portOpen(port) {
  return new Promise((resolve) => {
    const s = net.connect({ host: '127.0.0.1', port });
    const done = (ok) => {
      s.destroy();
      resolve(ok);
    };
    s.setTimeout(500, () => done(false));
    s.on('connect', () => done(true));
    s.on('error', () => done(false));
  });
}

/** Parse nginx connect() failures: `connect() to unix:/p failed (13: Permission denied)`. */
export function connectErrors(log, prefix) {
  const out = [];
  const re = /\[(\w+)\] .*?connect\(\) to (\S+) failed \((\d+): ([^)]*)\)/g;
  for (const m of log.matchAll(re)) {
    out.push({
      level: m[1],
      target: m[2].replace(prefix, ''),
      errno: Number(m[3]),
      message: m[0].split(prefix).join(''),
    });
  }
  return out;
}

/** The lines of a log at level warn and above, with the prefix removed from paths. */
function problemLines(log, prefix) {
  return log
    .split('\n')
    .filter((l) => /\b(WARNING|ERROR|ALERT|emerg|alert|crit|warn)\b|\[error\]|^PHP:|syntax error/.test(l))
    .map((l) => l.split(prefix).join(''));
}

/**
 * Run a tree.
 * @param {string} tree directory in the layout socklint scans
 * @param {{ id?: string, timeoutMs?: number, keep?: boolean, requests?: { server?: string, path?: string }[],
 *   fpmAllowRoot?: boolean, log?: (s: string) => void }} [opts]
 */
export function runTree(tree, opts = {}) {
  if (isAborting()) {
    const ev = {
      id: opts.id,
      tree,
      runnable: false,
      reason: 'interrupted',
      fpm: [],
      nginx: null,
      requests: [],
    };
    return Promise.resolve({ ...ev, sockets: [], timedOut: false, cleanupErrors: [], durationMs: 0 });
  }
  const p = runTreeInner(tree, opts);
  activeRuns.add(p);
  return p.finally(() => activeRuns.delete(p));
}

async function runTreeInner(tree, opts) {
  const started = Date.now();
  const id = opts.id ?? path.basename(tree);
  const meta = readMeta(tree);
  const evidence = {
    id,
    tree,
    runnable: true,
    reason: '',
    fpm: /** @type {any[]} */ ([]),
    nginx: /** @type {any} */ (null),
    requests: /** @type {any[]} */ ([]),
    sockets: /** @type {any[]} */ ([]),
    timedOut: false,
    cleanupErrors: /** @type {string[]} */ ([]),
    durationMs: 0,
  };
  const desc = describeTree(tree);
  if (!desc.runnable) return { ...evidence, runnable: false, reason: desc.reason };
  let ops;
  try {
    ops = parseSetup(readIf(path.join(tree, 'setup.sh')));
  } catch (e) {
    return { ...evidence, runnable: false, reason: String(/** @type {Error} */ (e).message) };
  }

  const tmp = fs.mkdtempSync(path.join(tmpdir(), 'slr-'));
  // mkdtemp makes 0700; the workers must be able to search down to the sockets (K5).
  fs.chmodSync(tmp, 0o755);
  activeTmp.add(tmp);
  const prefix = path.join(tmp, 'r');
  const servers = [];
  let accounts = null;
  let timer;
  try {
    accounts = await createAccounts(ops).catch((e) => {
      evidence.runnable = false;
      evidence.reason = String(e.message);
      return null;
    });
    if (!accounts) return evidence;
    const work = body(tree, prefix, ops, desc, meta, opts, evidence, servers).catch((e) => {
      evidence.runnable = false;
      evidence.reason = `runner: ${String(e?.message ?? e)
        .split(prefix)
        .join('')}`;
    });
    const timeout = new Promise((resolve) => {
      timer = setTimeout(() => {
        evidence.timedOut = true;
        resolve(undefined);
      }, opts.timeoutMs ?? 60_000);
    });
    await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
    for (const s of servers.reverse()) await s.stop();
    if (accounts) await accounts.remove().catch((e) => evidence.cleanupErrors.push(String(e.message)));
    activeTmp.delete(tmp);
    if (!opts.keep) fs.rmSync(tmp, { recursive: true, force: true });
    else evidence.kept = tmp;
    evidence.durationMs = Date.now() - started;
  }
  return evidence;
}

function readMeta(tree) {
  const txt = readIf(path.join(tree, 'reality.json'));
  if (!txt) return {};
  try {
    return JSON.parse(txt);
  } catch {
    return {};
  }
}

async function body(tree, prefix, ops, desc, meta, opts, evidence, servers) {
  const strip = (s) => String(s).split(prefix).join('');
  // 1. The prefix root: skeleton, the tree, then stock files the tree does not bring.
  for (const d of [
    'run',
    'var/log/nginx',
    'var/lib/nginx',
    'var/www/html',
    'usr/share/nginx/html',
    'etc/nginx',
  ]) {
    fs.mkdirSync(path.join(prefix, d), { recursive: true, mode: 0o755 });
  }
  fs.mkdirSync(path.join(prefix, 'tmp'), { mode: 0o1777 });
  fs.chmodSync(path.join(prefix, 'tmp'), 0o1777);
  // Debian: /var/run is a symlink to /run (trap 33), so both spellings reach the same socket.
  fs.symlinkSync('../run', path.join(prefix, 'var/run'));
  copyTree(tree, prefix, prefix);
  const ngx = path.join(prefix, 'etc/nginx');
  if (!desc.hasMain) fs.writeFileSync(path.join(ngx, 'nginx.conf'), STOCK_NGINX_MAIN);
  for (const f of STOCK_NGINX_FILES) {
    const dst = path.join(ngx, f);
    if (!fs.existsSync(dst) && fs.existsSync(path.join('/etc/nginx', f))) {
      fs.mkdirSync(path.dirname(dst), { recursive: true });
      fs.copyFileSync(path.join('/etc/nginx', f), dst);
    }
  }
  for (const d of ['modules-enabled', 'conf.d', 'sites-enabled'])
    fs.mkdirSync(path.join(ngx, d), { recursive: true });
  // Debian's nginx-common postinst links sites-enabled/default to sites-available/default on the
  // first install; a tree that has its own sites-available/default is loaded through that link.
  const defaultLink = path.join(ngx, 'sites-enabled/default');
  const hasDefaultLink = fs.lstatSync(defaultLink, { throwIfNoEntry: false }) !== undefined;
  if (fs.existsSync(path.join(ngx, 'sites-available/default')) && !hasDefaultLink)
    fs.symlinkSync(path.join(ngx, 'sites-available/default'), defaultLink);
  for (const { version, dir } of desc.fpmDirs) {
    const main = path.join(prefix, path.relative(tree, dir), 'php-fpm.conf');
    if (!fs.existsSync(main)) fs.writeFileSync(main, stockFpmMain(version));
  }

  // 2. setup.sh: filesystem part (accounts already exist).
  for (const op of ops) await applyFsOp(op, prefix);
  // Debian's tmpfiles.d creates /run/php 0755 www-data:www-data (Y4) unless the tree made it.
  const runPhp = path.join(prefix, 'run/php');
  if (!fs.existsSync(runPhp)) {
    fs.mkdirSync(runPhp, { mode: 0o755 });
    fs.chmodSync(runPhp, 0o755);
    await run('chown', ['www-data:www-data', runPhp]);
  }

  // 3. Ports: one per nginx server block, one per TCP FPM listen.
  const nginxFiles = walkFiles(ngx).filter((f) => !fs.lstatSync(f).isSymbolicLink() || fs.existsSync(f));
  const fpmFiles = desc.fpmDirs.flatMap(({ dir }) =>
    walkFiles(path.join(prefix, path.relative(tree, dir))).filter((f) => f.endsWith('.conf')),
  );
  let serverCount = 0;
  for (const f of nginxFiles) {
    serverCount += parseNginx(readIf(f)).filter((d) => d.name === 'server' && d.block).length;
  }
  const ports = [];
  for (let i = 0; i < serverCount; i++) ports.push(await freePort());
  const tcpPorts = new Map();
  for (const f of fpmFiles) {
    for (const line of readIf(f).split('\n')) {
      const a = splitAssignment(line);
      if (a && a.key.toLowerCase() === 'listen' && isTcpListen(a.rawValue.replace(/^["']|["']$/g, ''))) {
        const m = /(\d+)["']?$/.exec(a.rawValue);
        if (m && !tcpPorts.has(Number(m[1]))) tcpPorts.set(Number(m[1]), await freePort());
      }
    }
  }

  // 4. Rewrite nginx files.
  const slr = path.join(prefix, '.slr');
  fs.mkdirSync(slr);
  const errorLog = path.join(prefix, 'var/log/nginx/error.log');
  const accessLog = path.join(prefix, 'var/log/nginx/reality.log');
  const httpInclude = path.join(slr, 'http.conf');
  fs.writeFileSync(
    httpInclude,
    [
      `log_format socklint_reality '$request_uri $status "$upstream_addr" "$upstream_status"';`,
      `access_log ${accessLog} socklint_reality;`,
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
        (t) => `${t}_temp_path ${path.join(prefix, 'var/lib/nginx', t)};`,
      ),
      '',
    ].join('\n'),
  );
  let portIdx = 0;
  const serverBlocks = [];
  const roots = new Set();
  for (const f of nginxFiles) {
    if (fs.lstatSync(f).isSymbolicLink()) continue; // its target is rewritten as a file of its own
    const rel = path.relative(prefix, f);
    const r = rewriteNginx(readIf(f), {
      prefix,
      file: rel,
      nextPort: () => ports[portIdx++],
      tcpPorts,
      errorLog,
      accessLog,
      httpInclude: rel === 'etc/nginx/nginx.conf' ? httpInclude : undefined,
    });
    fs.writeFileSync(f, r.text);
    serverBlocks.push(...r.servers);
    for (const root of r.roots) if (root.startsWith('/') && !root.includes('$')) roots.add(root);
  }
  // Symlinked site files point at files rewritten above; record their servers under the link name.
  for (const f of nginxFiles) {
    if (!fs.lstatSync(f).isSymbolicLink()) continue;
    const target = path.relative(prefix, fs.realpathSync(f));
    for (const s of serverBlocks.filter((x) => x.file === target)) s.alias = path.relative(prefix, f);
  }

  // 5. Rewrite FPM files.
  const fpmLogs = [];
  for (const { version, dir } of desc.fpmDirs) {
    const rel = path.relative(tree, dir);
    const errLog = path.join(prefix, `var/log/php${version}-fpm.log`);
    const pidFile = path.join(slr, `php${version}-fpm.pid`);
    for (const f of walkFiles(path.join(prefix, rel)).filter((x) => x.endsWith('.conf'))) {
      const text = rewriteFpm(readIf(f), {
        prefix,
        isMain: path.basename(f) === 'php-fpm.conf' && path.dirname(f) === path.join(prefix, rel),
        errorLog: errLog,
        pidFile,
        tcpPort: (p) => tcpPorts.get(p) ?? p,
      });
      const outside = pathsOutsidePrefix(text, prefix);
      if (outside.length)
        throw new Error(
          `refusing to run: ${strip(f)} still points outside the prefix: ${outside.join(', ')}`,
        );
      fs.writeFileSync(f, text);
    }
    fpmLogs.push({ version, main: path.join(prefix, rel, 'php-fpm.conf'), errLog });
  }

  // 6. Document roots with a PHP file that prints a marker.
  roots.add('/usr/share/nginx/html');
  roots.add('/var/www/html');
  for (const r of roots) {
    const d = path.join(prefix, r);
    fs.mkdirSync(d, { recursive: true, mode: 0o755 });
    if (!fs.existsSync(path.join(d, 'index.php')))
      fs.writeFileSync(path.join(d, 'index.php'), INDEX_PHP, { mode: 0o644 });
  }

  // 7. Start FPM masters (root, foreground; `-p` = the fake /usr, the Debian compile prefix, F12).
  fs.mkdirSync(path.join(prefix, 'usr'), { recursive: true });
  for (const f of fpmLogs) {
    const args = ['-F', '-y', f.main, '-p', path.join(prefix, 'usr')];
    if (opts.fpmAllowRoot || meta.fpmAllowRoot) args.push('-R');
    const s = new Server(`php-fpm${f.version}`, FPM_BIN, args, { cwd: prefix });
    servers.push(s);
    const ready = await waitFor(
      () => s.exited || /ready to handle connections/.test(readIf(f.errLog)),
      10_000,
    );
    evidence.fpm.push({ version: f.version, server: s, ready, errLog: f.errLog });
  }

  // 7b. Debian's php8.2-fpm.service runs php-fpm-socket-helper after start (Y4): it points the
  // alternatives link /run/php/php-fpm.sock (via /etc/alternatives) at the literal `listen` of
  // pool.d/www.conf, if that is a socket. Done here the same way, unless the tree has the link.
  for (const { version, dir } of desc.fpmDirs)
    await socketHelper(tree, prefix, path.relative(tree, dir), version);

  // 8. Start nginx (root, so `user` applies; cwd = the prefix root, which stands for `/`, N4).
  const ngxPid = path.join(slr, 'nginx.pid');
  const ng = new Server(
    'nginx',
    NGINX_BIN,
    [
      '-p',
      path.join(prefix, 'usr/share/nginx') + '/',
      '-c',
      path.join(ngx, 'nginx.conf'),
      '-e',
      errorLog,
      '-g',
      `daemon off; pid ${ngxPid};`,
    ],
    { cwd: prefix },
  );
  servers.push(ng);
  const ngReady = await waitFor(
    async () =>
      ng.exited ||
      (fs.existsSync(ngxPid) &&
        (await Promise.all(serverBlocks.map((s) => portOpen(s.port)))).every(Boolean)),
    10_000,
    50,
  );

  // 9. Requests.
  const wanted =
    meta.requests ??
    opts.requests ??
    serverBlocks.filter((s) => s.http).map((s) => ({ server: `${s.file}#${s.ordinal}` }));
  if (ngReady && !ng.exited) {
    let n = 0;
    for (const w of wanted) {
      const sb = serverBlocks.find(
        (s) =>
          w.server === undefined ||
          w.server === `${s.file}#${s.ordinal}` ||
          w.server === `${s.alias}#${s.ordinal}` ||
          w.server === s.file ||
          w.server === s.alias,
      );
      if (!sb) {
        evidence.requests.push({ ...w, error: 'no such server block' });
        continue;
      }
      // Default requests try /index.php, then / (front controllers often make index.php internal).
      const candidates = w.path ? [w.path] : ['/index.php', '/'];
      let res, m, errs, pathUsed;
      for (const cand of candidates) {
        const before = readIf(errorLog).length;
        const tag = `slr=${++n}`;
        const url = cand + (cand.includes('?') ? '&' : '?') + tag;
        res = await request(sb.port, url, 10_000);
        let access = '';
        await waitFor(() => {
          access =
            readIf(accessLog)
              .split('\n')
              .find((l) => l.startsWith(url + ' ')) ?? '';
          return access !== '';
        }, 1500);
        m = /^\S+ (\d+) "([^"]*)" "([^"]*)"/.exec(access);
        errs = connectErrors(readIf(errorLog).slice(before), prefix);
        pathUsed = cand;
        if (m && m[2] !== '-') break;
      }
      evidence.requests.push({
        server: `${sb.alias ?? sb.file}#${sb.ordinal}`,
        listens: sb.listens,
        path: pathUsed,
        status: res.status,
        php: res.body.includes(PHP_MARKER),
        error: res.error,
        upstream: m ? strip(m[2]) : null,
        errno: errs.length ? errs[errs.length - 1].errno : null,
        errorLines: errs.map((e) => e.message),
        socket: w.socket,
      });
    }
  }

  // 10. Sockets as they really are, before anything is stopped.
  evidence.sockets = await inspectSockets(prefix, prefix);

  const ngLog = readIf(errorLog);
  evidence.nginx = {
    started: ngReady && !ng.exited,
    exitCode: ng.exited ? ng.exitCode : null,
    exitSignal: ng.exitSignal ?? null,
    problems: problemLines(ngLog + '\n' + ng.stderr, prefix).slice(0, 20),
  };
  evidence.fpm = evidence.fpm.map((f) => ({
    version: f.version,
    started: f.ready && !f.server.exited,
    exitCode: f.server.exited ? f.server.exitCode : null,
    exitSignal: f.server.exitSignal ?? null,
    problems: problemLines(readIf(f.errLog) + '\n' + f.server.stderr, prefix).slice(0, 20),
  }));
}

/** Emulate `php-fpm-socket-helper install /run/php/php-fpm.sock <pool.d/www.conf> 82`. */
async function socketHelper(tree, prefix, rel, version) {
  const poolFile = path.join(tree, rel, 'pool.d/www.conf');
  if (!fs.existsSync(poolFile)) return;
  // The helper's own extraction: sed -n 's/^listen[[:space:]]*=[[:space:]]*\([^[:space:]]*\)/\1/p'
  const values = readIf(poolFile)
    .split('\n')
    .map((l) => /^listen[ \t]*=[ \t]*(\S*)/.exec(l)?.[1])
    .filter((v) => v !== undefined);
  if (values.length !== 1 || !values[0].startsWith('/')) return;
  const target = prefix + values[0];
  if (!fs.existsSync(target) || !fs.statSync(target).isSocket()) return;
  const link = path.join(prefix, 'run/php/php-fpm.sock');
  const alt = path.join(prefix, 'etc/alternatives/php-fpm.sock');
  if (fs.existsSync(link) || fs.existsSync(path.dirname(link)) === false) return;
  fs.mkdirSync(path.dirname(alt), { recursive: true, mode: 0o755 });
  if (!fs.existsSync(alt)) fs.symlinkSync(target, alt);
  fs.symlinkSync(alt, link);
  void version;
}

/** Replay one filesystem line of setup.sh inside the prefix root, with real tools. */
async function applyFsOp(op, prefix) {
  const p = (x) => path.join(prefix, x);
  const must = async (file, args) => {
    const r = await run(file, args, { timeoutMs: 10_000 });
    if (r.code !== 0)
      throw new Error(`setup.sh: ${file} ${args.join(' ')}: ${r.stderr.trim()}`.split(prefix).join(''));
  };
  switch (op.op) {
    case 'mkdir':
      return must('mkdir', [...(op.parents ? ['-p'] : []), ...(op.mode ? ['-m', op.mode] : []), p(op.path)]);
    case 'chmod':
      return must('chmod', [op.mode, p(op.path)]);
    case 'chown':
      return must('chown', [`${op.owner ?? ''}${op.group ? ':' + op.group : ''}`, p(op.path)]);
    case 'setfacl':
      return must('setfacl', [...op.args, p(op.path)]);
    default:
      return undefined;
  }
}
