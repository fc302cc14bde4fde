// Runs one host tree on the real servers and records what happens: PHP-FPM (php-fpm8.2) with
// whichever web servers the tree configures (nginx, Apache httpd, Caddy).
//
// The tree is copied into a fresh prefix root (a temp directory that stands for `/`). Only
// mechanical things are rewritten (see README.md, "Rewrites"); the servers then run as the packaged
// units run them (root masters, so that `user`, `User` and the pool's `user` apply; Caddy under its
// unit's account), and one request per server block, virtual host or site (or the ones listed in
// reality.json) goes to 127.0.0.1. The evidence is returned as plain data.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { tmpdir } from 'node:os';
import { run } from './lib/exec.mjs';
import { isAborting } from './lib/abort.mjs';
import { parseSetup } from './lib/setup-script.mjs';
import { createAccounts } from './lib/accounts.mjs';
import { hostAccounts } from './lib/ids.mjs';
import { STOCK_NGINX_MAIN, stockFpmMain, INDEX_PHP } from './lib/stock.mjs';
import { readIf, walkFiles, copyTree, inspectSockets } from './lib/util.mjs';
import { fpmTcpPorts, rewriteFpmConf, startFpm, fpmEvidence } from './lib/fpm-run.mjs';
import {
  addStockNginxFiles,
  prepareNginx,
  startNginx,
  nginxRequests,
  nginxEvidence,
} from './lib/nginx-run.mjs';
import { prepareApache, startApache, apacheRequests, apacheEvidence } from './lib/apache-run.mjs';
import { prepareCaddy, startCaddy, caddyRequests, caddyEvidence } from './lib/caddy-run.mjs';

export { NGINX_BIN } from './lib/nginx-run.mjs';
export { FPM_BIN } from './lib/fpm-run.mjs';
export { APACHE_BIN } from './lib/apache-run.mjs';
export { CADDY_BIN } from './lib/caddy-run.mjs';

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

/** Register a run so that an interrupted tier waits for it and removes its temp directory. */
export function track(p, tmp) {
  activeRuns.add(p);
  if (tmp) activeTmp.add(tmp);
  return p.finally(() => {
    activeRuns.delete(p);
    if (tmp) activeTmp.delete(tmp);
  });
}

/** Files of a tree that describe the test, not the deployment. */
export const META_FILES = new Set([
  'setup.sh',
  'reality.json',
  'expected.json',
  'scenario.json',
  'fixture.yml',
]);

/**
 * What a host tree contains, or why it cannot be run.
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
  const web = [
    ...(sites.length > 0 || hasMain ? ['nginx'] : []),
    ...(fs.existsSync(path.join(tree, 'etc/apache2')) ? ['apache'] : []),
    ...(fs.existsSync(path.join(tree, 'etc/caddy/Caddyfile')) ? ['caddy'] : []),
  ];
  const runnable = web.length > 0 && fpmDirs.length > 0;
  return {
    runnable,
    reason: runnable
      ? ''
      : 'needs a web server (etc/nginx with nginx.conf, sites-enabled/ or conf.d/; etc/apache2; etc/caddy/Caddyfile) and etc/php/X.Y/fpm/',
    fpmDirs,
    hasMain,
    web,
  };
}

/** The evidence of a run that could not start. */
export function emptyEvidence(id, tree, reason) {
  return {
    id,
    tree,
    runnable: !reason,
    reason: reason ?? '',
    fpm: /** @type {any[]} */ ([]),
    web: /** @type {any[]} */ ([]),
    nginx: /** @type {any} */ (null),
    requests: /** @type {any[]} */ ([]),
    sockets: /** @type {any[]} */ ([]),
    timedOut: false,
    cleanupErrors: /** @type {string[]} */ ([]),
    durationMs: 0,
  };
}

/**
 * Run a tree.
 * @param {string} tree directory in the layout socklint scans
 * @param {{ id?: string, timeoutMs?: number, keep?: boolean, requests?: { server?: string, path?: string }[],
 *   fpmAllowRoot?: boolean, log?: (s: string) => void }} [opts]
 */
export function runTree(tree, opts = {}) {
  if (isAborting()) return Promise.resolve(emptyEvidence(opts.id, tree, 'interrupted'));
  return track(runTreeInner(tree, opts));
}

async function runTreeInner(tree, opts) {
  const started = Date.now();
  const id = opts.id ?? path.basename(tree);
  const meta = readMeta(tree);
  const evidence = emptyEvidence(id, tree);
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
  for (const d of ['run', 'var/log', 'var/lib/nginx', 'var/www/html', 'usr/share/nginx/html', 'etc']) {
    fs.mkdirSync(path.join(prefix, d), { recursive: true, mode: 0o755 });
  }
  fs.mkdirSync(path.join(prefix, 'tmp'), { mode: 0o1777 });
  fs.chmodSync(path.join(prefix, 'tmp'), 0o1777);
  // Debian: /var/run is a symlink to /run (trap 33), so both spellings reach the same socket.
  fs.symlinkSync('../run', path.join(prefix, 'var/run'));
  copyTree(tree, prefix, prefix, META_FILES);
  const slr = path.join(prefix, '.slr');
  fs.mkdirSync(slr);
  if (desc.web.includes('nginx')) {
    const ngx = path.join(prefix, 'etc/nginx');
    if (!desc.hasMain) fs.writeFileSync(path.join(ngx, 'nginx.conf'), STOCK_NGINX_MAIN);
    addStockNginxFiles(ngx);
  }
  const fpmConfs = desc.fpmDirs.map(({ version, dir }) => {
    const d = path.join(prefix, path.relative(tree, dir));
    const main = path.join(d, 'php-fpm.conf');
    if (!fs.existsSync(main)) fs.writeFileSync(main, stockFpmMain(version));
    return { version, dir: d, main, compilePrefix: 'usr' };
  });

  // 2. setup.sh: filesystem part (accounts already exist).
  for (const op of ops) await applyFsOp(op, prefix);
  // Debian's tmpfiles.d creates /run/php 0755 www-data:www-data (Y4) unless the tree made it.
  const runPhp = path.join(prefix, 'run/php');
  if (!fs.existsSync(runPhp)) {
    fs.mkdirSync(runPhp, { mode: 0o755 });
    fs.chmodSync(runPhp, 0o755);
    await run('chown', ['www-data:www-data', runPhp]);
  }

  // 3. Rewrites: FPM (TCP listens get free ports, which the web servers' loopback targets share),
  // then each web server.
  const tcpPorts = await fpmTcpPorts(
    fpmConfs.flatMap((c) => walkFiles(c.dir).filter((f) => f.endsWith('.conf'))),
  );
  const ngx = desc.web.includes('nginx') ? await prepareNginx({ prefix, slr, tcpPorts }) : null;
  const apache = desc.web.includes('apache') ? await prepareApache({ prefix, slr, tree }) : null;
  const caddy = desc.web.includes('caddy') ? await prepareCaddy({ prefix, tree }) : null;
  const fpmLogs = fpmConfs.map((c) => ({ conf: c, ...rewriteFpmConf(c, { prefix, slr, tcpPorts, strip }) }));

  // 4. Document roots with a PHP file that prints a marker.
  const roots = new Set([
    '/usr/share/nginx/html',
    '/var/www/html',
    ...(ngx?.roots ?? []),
    ...(apache?.roots ?? []),
    ...(caddy?.roots ?? []),
  ]);
  for (const r of roots) {
    const d = path.join(prefix, r);
    fs.mkdirSync(d, { recursive: true, mode: 0o755 });
    if (!fs.existsSync(path.join(d, 'index.php')))
      fs.writeFileSync(path.join(d, 'index.php'), INDEX_PHP, { mode: 0o644 });
  }

  // 5. FPM masters (root, foreground), then Debian's socket helper (Y4).
  const fpm = [];
  for (const f of fpmLogs)
    fpm.push(
      await startFpm(f.conf, {
        prefix,
        errLog: f.errLog,
        allowRoot: opts.fpmAllowRoot || meta.fpmAllowRoot,
        servers,
      }),
    );
  for (const { version, dir } of desc.fpmDirs)
    await socketHelper(tree, prefix, path.relative(tree, dir), version);

  // 6. The web servers, then their requests.
  const wanted = (kind) => (meta.requests ?? opts.requests)?.filter((r) => (r.web ?? 'nginx') === kind);
  const web = [];
  if (ngx) {
    const st = await startNginx(ngx, { prefix, slr, servers });
    if (st.ready) evidence.requests.push(...(await nginxRequests(ngx, wanted('nginx'), prefix)));
    web.push(() => nginxEvidence(st, ngx, prefix));
  }
  if (apache) {
    const st = await startApache(apache, { prefix, slr, servers });
    if (st.ready) evidence.requests.push(...(await apacheRequests(apache, wanted('apache'), prefix)));
    web.push(() => apacheEvidence(st, apache, prefix));
  }
  if (caddy) {
    const st = await startCaddy(caddy, { prefix, slr, servers, accounts: await hostAccounts() });
    if (st.ready && st.server)
      evidence.requests.push(...(await caddyRequests(caddy, st.server, wanted('caddy'), prefix)));
    web.push(() => caddyEvidence(st, prefix));
  }

  // 7. Sockets as they really are, before anything is stopped.
  evidence.sockets = await inspectSockets(prefix, strip);
  evidence.web = web.map((w) => w());
  evidence.nginx = evidence.web.find((w) => w.kind === 'nginx') ?? null;
  evidence.fpm = fpm.map((f) => fpmEvidence(f, prefix));
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
