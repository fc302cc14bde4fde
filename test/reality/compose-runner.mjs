// Runs a compose project of two containers, a php:*-fpm service and an nginx service that share
// the socket's directory through a volume, on the real php-fpm8.2 and nginx of this machine.
//
// No container engine is needed: the rule under test is the kernel's, and it decides by numbers.
// Each container is a prefix root of its own (the image's files, its Dockerfile's COPY and RUN
// effects) whose servers run in a private mount namespace, the way Docker runs a container:
// - the container's /etc/passwd and /etc/group are bind-mounted over the machine's, so every name
//   (`user nginx;`, `listen.owner = www-data`) resolves in that container's own files (D1, D6);
// - each volume is one directory bind-mounted at the service's mount target, so the two sides see
//   the same inode at different paths, and `:ro` is a read-only bind mount (K13, K17);
// - the main process starts as the service's `user:` (or the image's USER) with Docker's groups;
// - ids are the images' (33, 82, 101, 1000, …), except an id that an account of this machine
//   holds: that one is replaced by a free stand-in everywhere (accounts, `user:`, numeric
//   `listen.*`), which keeps every equality the kernel tests; the map is in the evidence.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { tmpdir } from 'node:os';
import { isAborting } from './lib/abort.mjs';
import { hostAccounts, IdPool } from './lib/ids.mjs';
import { readCompose, accountsOf, containerCreds } from './lib/compose.mjs';
import { accountFiles } from './lib/images.mjs';
import { splitAssignment } from './lib/fpm-conf.mjs';
import { INDEX_PHP } from './lib/stock.mjs';
import { readIf, walkFiles, inspectSockets } from './lib/util.mjs';
import { fpmTcpPorts, rewriteFpmConf, startFpm, fpmEvidence } from './lib/fpm-run.mjs';
import {
  addStockNginxFiles,
  prepareNginx,
  startNginx,
  nginxRequests,
  nginxEvidence,
} from './lib/nginx-run.mjs';
import { track, emptyEvidence } from './runner.mjs';

/** Ids whose meaning on this machine is the images' own: root, Debian's www-data, nobody. */
const SHARED_IDS = new Set([0, 33, 65534]);

/**
 * Run a compose tree.
 * @param {string} tree
 * @param {{ id?: string, keep?: boolean, timeoutMs?: number, ids?: IdPool }} [opts]
 */
export function runCompose(tree, opts = {}) {
  const id = opts.id ?? path.basename(tree);
  if (isAborting()) return Promise.resolve(emptyEvidence(id, tree, 'interrupted'));
  const tmp = fs.mkdtempSync(path.join(tmpdir(), 'slr-'));
  fs.chmodSync(tmp, 0o755);
  return track(runInner(tree, id, tmp, opts), tmp);
}

async function runInner(tree, id, tmp, opts) {
  const started = Date.now();
  const evidence = emptyEvidence(id, tree);
  const servers = [];
  let timer;
  try {
    let project;
    try {
      project = readCompose(tree);
    } catch (e) {
      return { ...evidence, runnable: false, reason: `compose: ${/** @type {Error} */ (e).message}` };
    }
    const php = project.services.find((s) => s.image.family === 'php');
    const web = project.services.find((s) => s.image.family === 'nginx');
    if (!php || !web || project.services.length !== 2)
      return {
        ...evidence,
        runnable: false,
        reason: 'the emulation runs one php:*-fpm and one nginx service',
      };
    const work = body(tmp, php, web, opts, evidence, servers).catch((e) => {
      evidence.runnable = false;
      evidence.reason = `runner: ${String(e?.message ?? e)
        .split(tmp)
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
    if (!opts.keep) fs.rmSync(tmp, { recursive: true, force: true });
    else evidence.kept = tmp;
    evidence.durationMs = Date.now() - started;
  }
  return evidence;
}

/**
 * The id map: every id the project uses, to itself when no account of this machine holds it (or
 * when its meaning here is the same), else to a free stand-in.
 */
async function idMap(numbers, opts) {
  const host = await hostAccounts();
  const pool = opts.ids ?? new IdPool(host);
  /** @type {Map<number, number>} */
  const map = new Map();
  for (const n of [...new Set(numbers)].sort((a, b) => a - b)) {
    const held = host.uids.has(n) || host.gids.has(n);
    map.set(n, SHARED_IDS.has(n) || !held ? n : pool.take());
  }
  return map;
}

/** Numbers in the id-bearing keys of FPM files (`user`, `group`, `listen.owner`, `listen.group`). */
const FPM_ID_KEYS = new Set(['user', 'group', 'listen.owner', 'listen.group']);
function fpmIdsIn(text) {
  return text
    .split('\n')
    .map((l) => splitAssignment(l.replace(/\r$/, '')))
    .filter((a) => a && FPM_ID_KEYS.has(a.key.toLowerCase()) && /^\d+$/.test(a.rawValue))
    .map((a) => Number(/** @type {any} */ (a).rawValue));
}
function mapFpmIds(text, map) {
  return text
    .split('\n')
    .map((l) => {
      const cr = l.endsWith('\r') ? '\r' : '';
      const a = splitAssignment(cr ? l.slice(0, -1) : l);
      if (!a || !FPM_ID_KEYS.has(a.key.toLowerCase()) || !/^\d+$/.test(a.rawValue)) return l;
      return a.indent + a.key + a.eq + (map.get(Number(a.rawValue)) ?? a.rawValue) + a.tail + cr;
    })
    .join('\n');
}

/** A name or number of a container's accounts as a mapped number. */
function idOf(x, kind, accounts, map) {
  if (x === undefined || x === '') return -1;
  const n = /^\d+$/.test(x)
    ? Number(x)
    : kind === 'user'
      ? accounts.users.find(([name]) => name === x)?.[1]
      : accounts.groups.find(([name]) => name === x)?.[1];
  if (n === undefined) throw new Error(`no ${kind} ${x} in the container`);
  return map.get(n) ?? n;
}

/** Lay out one container's root: skeleton, accounts, image files, COPY, RUN directories. */
function layContainer(svc, root, accounts, map) {
  for (const d of [
    'run',
    'var/log/nginx',
    'var/lib/nginx',
    'var/www/html',
    'usr/share/nginx/html',
    'etc',
    '.slr',
  ])
    fs.mkdirSync(path.join(root, d), { recursive: true, mode: 0o755 });
  // A non-root main process writes its pid and logs here (the emulation's own files).
  for (const d of ['var/log', 'var/log/nginx', 'var/lib/nginx', '.slr'])
    fs.chmodSync(path.join(root, d), 0o777);
  fs.mkdirSync(path.join(root, 'tmp'), { mode: 0o1777 });
  fs.chmodSync(path.join(root, 'tmp'), 0o1777);
  // Debian and Alpine images both have /var/run → /run.
  fs.symlinkSync('../run', path.join(root, 'var/run'));
  const mapped = {
    users: accounts.users.map(([n, u, g]) => [n, map.get(u) ?? u, map.get(g) ?? g]),
    groups: accounts.groups.map(([n, g, m]) => [n, map.get(g) ?? g, m]),
  };
  const files = accountFiles(/** @type {any} */ (mapped));
  fs.writeFileSync(path.join(root, 'etc/passwd'), files.passwd);
  fs.writeFileSync(path.join(root, 'etc/group'), files.group);
  for (const [rel, text] of Object.entries(svc.image.files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  }
  for (const c of svc.copies) {
    const dst = path.join(root, c.to.endsWith('/') ? path.join(c.to, path.basename(c.from)) : c.to);
    fs.mkdirSync(path.dirname(dst), { recursive: true });
    fs.cpSync(c.from, dst, { recursive: true });
  }
  for (const op of svc.runs) {
    const p = op.op === 'mkdir' || op.op === 'chown' || op.op === 'chmod' ? path.join(root, op.path) : null;
    if (op.op === 'mkdir') fs.mkdirSync(/** @type {string} */ (p), { recursive: true, mode: 0o755 });
    else if (op.op === 'chown')
      fs.chownSync(
        /** @type {string} */ (p),
        idOf(op.owner, 'user', accounts, map),
        idOf(op.group, 'group', accounts, map),
      );
    else if (op.op === 'chmod') fs.chmodSync(/** @type {string} */ (p), parseInt(op.mode, 8));
  }
}

/**
 * The binds that give a container's processes its own /etc/passwd and /etc/group: the machine's /etc
 * is bound at a directory of the container's root, then a directory of links to it, with the
 * container's account files (and an nsswitch.conf that reads only them), is bound over /etc.
 * Binding the two files alone would not do: the machine's tools replace /etc/passwd by rename(),
 * and the kernel then drops a bind mount sitting on the replaced file, in every namespace.
 * @param {string} root
 * @returns {import('./lib/launch.mjs').Bind[]}
 */
function containerEtc(root) {
  const hostEtc = path.join(root, '.slr/host-etc');
  const etc = path.join(root, '.slr/etc');
  fs.mkdirSync(hostEtc, { recursive: true });
  fs.mkdirSync(etc, { recursive: true });
  const own = new Set(['passwd', 'group', 'nsswitch.conf']);
  for (const e of fs.readdirSync('/etc'))
    if (!own.has(e)) fs.symlinkSync(path.join(hostEtc, e), path.join(etc, e));
  fs.copyFileSync(path.join(root, 'etc/passwd'), path.join(etc, 'passwd'));
  fs.copyFileSync(path.join(root, 'etc/group'), path.join(etc, 'group'));
  fs.writeFileSync(
    path.join(etc, 'nsswitch.conf'),
    'passwd: files\ngroup: files\nshadow: files\nhosts: files dns\n',
  );
  for (const f of ['passwd', 'group', 'nsswitch.conf']) fs.chmodSync(path.join(etc, f), 0o644);
  return [
    { source: '/etc', target: hostEtc },
    { source: etc, target: '/etc' },
  ];
}

/** Services in the order Docker starts them (depends_on first). */
function startOrder(services) {
  return [...services].sort((a, b) =>
    a.dependsOn.includes(b.name) ? 1 : b.dependsOn.includes(a.name) ? -1 : 0,
  );
}

async function body(tmp, php, web, opts, evidence, servers) {
  const services = [php, web];
  const accounts = new Map(services.map((s) => [s.name, accountsOf(s.image, s.runs)]));
  // 1. Ids: the images', with stand-ins for those held on this machine.
  const fpmTexts = php.copies
    .flatMap((c) => (fs.statSync(c.from).isDirectory() ? walkFiles(c.from) : [c.from]))
    .concat(
      php.mounts
        .filter((m) => m.type === 'bind' && fs.existsSync(m.source) && fs.statSync(m.source).isFile())
        .map((m) => m.source),
    )
    .map(readIf);
  const numbers = [
    ...[...accounts.values()].flatMap((a) => [
      ...a.users.flatMap(([, u, g]) => [u, g]),
      ...a.groups.map(([, g]) => g),
    ]),
    ...services.flatMap((s) =>
      [...(s.user ?? '').split(':'), ...s.groupAdd].filter((x) => /^\d+$/.test(x)).map(Number),
    ),
    ...services.flatMap((s) =>
      s.runs
        .flatMap((r) => (r.op === 'chown' ? [r.owner, r.group] : []))
        .filter((x) => /^\d+$/.test(x ?? ''))
        .map(Number),
    ),
    ...fpmTexts.flatMap(fpmIdsIn),
  ];
  const map = await idMap(numbers, opts);
  evidence.idMap = Object.fromEntries([...map].filter(([a, b]) => a !== b));

  // 2. Container roots.
  const roots = new Map(services.map((s) => [s.name, path.join(tmp, `c-${s.name}`)]));
  for (const s of services)
    layContainer(s, /** @type {string} */ (roots.get(s.name)), accounts.get(s.name), map);

  // 3. Volumes: one directory each, 0755 root like a new named volume, unless the first service to
  // mount it has that directory in its image (Docker copies its owner and mode into the new volume).
  /** @type {Map<string, string>} */
  const volumeDirs = new Map();
  const binds = new Map(services.map((s) => [s.name, /** @type {import('./lib/launch.mjs').Bind[]} */ ([])]));
  for (const s of startOrder(services)) {
    const root = /** @type {string} */ (roots.get(s.name));
    for (const m of s.mounts) {
      const target = path.join(root, m.target);
      if (m.type === 'bind' && fs.existsSync(m.source) && fs.statSync(m.source).isFile()) {
        // A configuration file bound into the container: its content at the target.
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.copyFileSync(m.source, target);
        continue;
      }
      const key = `${m.type}:${m.source}`;
      let dir = volumeDirs.get(key);
      if (!dir) {
        dir = path.join(tmp, `vol-${volumeDirs.size}-${path.basename(m.source)}`);
        fs.mkdirSync(dir, { mode: 0o755 });
        fs.chmodSync(dir, 0o755);
        if (m.type === 'volume' && fs.existsSync(target)) {
          const st = fs.statSync(target);
          fs.chownSync(dir, st.uid, st.gid);
          fs.chmodSync(dir, st.mode & 0o7777);
        }
        volumeDirs.set(key, dir);
      }
      fs.mkdirSync(target, { recursive: true, mode: 0o755 });
      binds.get(s.name)?.push({ source: dir, target, readOnly: m.readOnly });
    }
  }
  const accountBinds = (root) => containerEtc(root);

  // 4. PHP-FPM: the image's files and the project's, numeric ids mapped, paths into the prefix.
  const phpRoot = /** @type {string} */ (roots.get(php.name));
  const phpSlr = path.join(phpRoot, '.slr');
  const etcDir = path.join(phpRoot, 'usr/local/etc');
  const fpmFiles = walkFiles(etcDir).filter((f) => f.endsWith('.conf'));
  for (const f of fpmFiles) fs.writeFileSync(f, mapFpmIds(readIf(f), map));
  const tcpPorts = await fpmTcpPorts(fpmFiles);
  const conf = {
    version: /(\d+\.\d+)/.exec(php.image.ref)?.[1] ?? 'x',
    dir: etcDir,
    main: path.join(etcDir, 'php-fpm.conf'),
    compilePrefix: php.image.fpmPrefix ?? 'usr/local',
  };
  const strip = (s) => String(s).split(phpRoot).join('');
  const { errLog } = rewriteFpmConf(conf, { prefix: phpRoot, slr: phpSlr, tcpPorts, strip });

  // 5. nginx: the image's files and the project's; document roots hold index.php.
  const webRoot = /** @type {string} */ (roots.get(web.name));
  const webSlr = path.join(webRoot, '.slr');
  addStockNginxFiles(path.join(webRoot, 'etc/nginx'));
  const ngx = await prepareNginx({ prefix: webRoot, slr: webSlr, tcpPorts });
  for (const r of new Set(['/var/www/html', '/usr/share/nginx/html', ...ngx.roots])) {
    const d = path.join(webRoot, r);
    fs.mkdirSync(d, { recursive: true, mode: 0o755 });
    if (!fs.existsSync(path.join(d, 'index.php')))
      fs.writeFileSync(path.join(d, 'index.php'), INDEX_PHP, { mode: 0o644 });
  }

  // 6. Start the containers' main processes in Docker's order.
  const creds = (s) => {
    const c = containerCreds(s.user, s.groupAdd, accounts.get(s.name));
    if ('fails' in c) return c;
    const m = {
      uid: map.get(c.uid) ?? c.uid,
      gid: map.get(c.gid) ?? c.gid,
      groups: c.groups.map((g) => map.get(g) ?? g),
    };
    return m.uid === 0 ? null : m;
  };
  let fpm = null;
  let ng = null;
  /** @type {string[]} */
  const refused = [];
  for (const s of startOrder(services)) {
    const c = creds(s);
    if (c && 'fails' in c) {
      refused.push(`docker: ${s.name}: ${c.fails}`);
      continue;
    }
    const b = [...accountBinds(/** @type {string} */ (roots.get(s.name))), ...(binds.get(s.name) ?? [])];
    if (s === php) {
      const allowRoot = s.fpmAllowRoot;
      fpm = await startFpm(conf, { prefix: phpRoot, errLog, allowRoot, servers, binds: b, creds: c });
    } else ng = await startNginx(ngx, { prefix: webRoot, slr: webSlr, servers, binds: b, creds: c });
  }
  if (ng?.ready) evidence.requests.push(...(await nginxRequests(ngx, undefined, webRoot)));

  // 7. Sockets as they really are: in each volume (shown at the php container's mount target), and
  // in the php container's own directories.
  for (const [key, dir] of volumeDirs) {
    const m = php.mounts.find((x) => `${x.type}:${x.source}` === key);
    const show = (p) =>
      m ? path.join(m.target, path.relative(dir, p)) : `volume ${key}/${path.relative(dir, p)}`;
    evidence.sockets.push(...(await inspectSockets(dir, show)));
  }
  evidence.sockets.push(...(await inspectSockets(phpRoot, strip)));
  evidence.web = ng
    ? [nginxEvidence(ng, ngx, webRoot)]
    : [{ kind: 'nginx', started: false, exitCode: null, exitSignal: null, problems: refused }];
  evidence.nginx = evidence.web[0];
  evidence.fpm = fpm
    ? [fpmEvidence(fpm, phpRoot)]
    : [{ version: conf.version, started: false, exitCode: null, exitSignal: null, problems: refused }];
}
