// nginx inside a prefix root: its files rewritten (README, "Rewrites"), the master started with the
// prefix's paths, one request per server block, and nginx's own account of each connect().
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Server } from './procs.mjs';
import { launchCommand } from './launch.mjs';
import { rewriteNginx, parseNginx } from './nginx-conf.mjs';
import { STOCK_NGINX_FILES, PHP_MARKER } from './stock.mjs';
import { readIf, walkFiles, waitFor, freePorts, portOpen, request, problemLines } from './util.mjs';

export const NGINX_BIN = '/usr/sbin/nginx';

/**
 * Stock files nginx sites include and that the packages ship (Debian's, also in the nginx images),
 * copied from this machine when the tree does not bring them.
 * @param {string} ngx the prefix's etc/nginx
 */
export function addStockNginxFiles(ngx) {
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
}

/**
 * Rewrite every nginx file of the prefix's etc/nginx and choose its ports.
 * @param {{ prefix: string, slr: string, tcpPorts: Map<number, number> }} o
 */
export async function prepareNginx(o) {
  const ngx = path.join(o.prefix, 'etc/nginx');
  const files = walkFiles(ngx).filter((f) => !fs.lstatSync(f).isSymbolicLink() || fs.existsSync(f));
  let serverCount = 0;
  for (const f of files)
    serverCount += parseNginx(readIf(f)).filter((d) => d.name === 'server' && d.block).length;
  const ports = await freePorts(serverCount);
  const errorLog = path.join(o.prefix, 'var/log/nginx/error.log');
  const accessLog = path.join(o.prefix, 'var/log/nginx/reality.log');
  const httpInclude = path.join(o.slr, 'http.conf');
  fs.mkdirSync(path.join(o.prefix, 'var/log/nginx'), { recursive: true });
  fs.writeFileSync(
    httpInclude,
    [
      `log_format socklint_reality '$request_uri $status "$upstream_addr" "$upstream_status"';`,
      `access_log ${accessLog} socklint_reality;`,
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
        (t) => `${t}_temp_path ${path.join(o.prefix, 'var/lib/nginx', t)};`,
      ),
      '',
    ].join('\n'),
  );
  let portIdx = 0;
  const serverBlocks = [];
  const roots = new Set();
  for (const f of files) {
    if (fs.lstatSync(f).isSymbolicLink()) continue; // its target is rewritten as a file of its own
    const rel = path.relative(o.prefix, f);
    const r = rewriteNginx(readIf(f), {
      prefix: o.prefix,
      file: rel,
      nextPort: () => ports[portIdx++],
      tcpPorts: o.tcpPorts,
      errorLog,
      accessLog,
      httpInclude: rel === 'etc/nginx/nginx.conf' ? httpInclude : undefined,
    });
    fs.writeFileSync(f, r.text);
    serverBlocks.push(...r.servers);
    for (const root of r.roots) if (root.startsWith('/') && !root.includes('$')) roots.add(root);
  }
  // Symlinked site files point at files rewritten above; record their servers under the link name.
  for (const f of files) {
    if (!fs.lstatSync(f).isSymbolicLink()) continue;
    const target = path.relative(o.prefix, fs.realpathSync(f));
    for (const s of serverBlocks.filter((x) => x.file === target)) s.alias = path.relative(o.prefix, f);
  }
  return { ngx, errorLog, accessLog, serverBlocks, roots };
}

/**
 * Start nginx (cwd = the prefix root, which stands for `/`, N4) and wait until its pid file exists
 * and every port accepts, or it exits (10 s).
 * @param {Awaited<ReturnType<typeof prepareNginx>>} n
 * @param {{ prefix: string, slr: string, servers: Server[], binds?: import('./launch.mjs').Bind[],
 *   creds?: import('./launch.mjs').Creds | null }} o
 */
export async function startNginx(n, o) {
  const pid = path.join(o.slr, 'nginx.pid');
  const cmd = launchCommand({
    file: NGINX_BIN,
    args: [
      '-p',
      path.join(o.prefix, 'usr/share/nginx') + '/',
      '-c',
      path.join(n.ngx, 'nginx.conf'),
      '-e',
      n.errorLog,
      '-g',
      `daemon off; pid ${pid};`,
    ],
    binds: o.binds,
    creds: o.creds,
  });
  const ng = new Server('nginx', cmd.file, cmd.args, { cwd: o.prefix });
  o.servers.push(ng);
  const ready = await waitFor(
    async () =>
      ng.exited ||
      (fs.existsSync(pid) && (await Promise.all(n.serverBlocks.map((s) => portOpen(s.port)))).every(Boolean)),
    10_000,
    50,
  );
  return { server: ng, ready: ready && !ng.exited };
}

/**
 * The requests: those of reality.json, or one per http server block (`GET /index.php`, then `GET /`
 * when /index.php did not reach an upstream: front controllers often make index.php internal).
 * @param {Awaited<ReturnType<typeof prepareNginx>>} n
 * @param {{ server?: string, path?: string, socket?: string, client?: string }[] | undefined} wanted
 * @param {string} prefix
 */
export async function nginxRequests(n, wanted, prefix) {
  const strip = (s) => String(s).split(prefix).join('');
  const out = [];
  const list =
    wanted ?? n.serverBlocks.filter((s) => s.http).map((s) => ({ server: `${s.file}#${s.ordinal}` }));
  let k = 0;
  for (const w of list) {
    const sb = n.serverBlocks.find(
      (s) =>
        w.server === undefined ||
        w.server === `${s.file}#${s.ordinal}` ||
        w.server === `${s.alias}#${s.ordinal}` ||
        w.server === s.file ||
        w.server === s.alias,
    );
    if (!sb) {
      out.push({ ...w, web: 'nginx', error: 'no such server block' });
      continue;
    }
    const candidates = w.path ? [w.path] : ['/index.php', '/'];
    let res, m, errs, pathUsed;
    for (const cand of candidates) {
      const before = readIf(n.errorLog).length;
      const url = cand + (cand.includes('?') ? '&' : '?') + `slr=${++k}`;
      res = await request(sb.port, url);
      let access = '';
      await waitFor(() => {
        access =
          readIf(n.accessLog)
            .split('\n')
            .find((l) => l.startsWith(url + ' ')) ?? '';
        return access !== '';
      }, 1500);
      m = /^\S+ (\d+) "([^"]*)" "([^"]*)"/.exec(access);
      errs = connectErrors(readIf(n.errorLog).slice(before), prefix);
      pathUsed = cand;
      if (m && m[2] !== '-') break;
    }
    out.push({
      web: 'nginx',
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
      client: w.client,
    });
  }
  return out;
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

/** What the evidence records about nginx, once the run is over. */
export function nginxEvidence(started, n, prefix) {
  return {
    kind: 'nginx',
    started: started.ready,
    exitCode: started.server.exited ? started.server.exitCode : null,
    exitSignal: started.server.exitSignal ?? null,
    problems: problemLines(readIf(n.errorLog) + '\n' + started.server.stderr, prefix).slice(0, 20),
  };
}
