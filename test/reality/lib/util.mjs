// Small helpers shared by the runners: files, waiting, loopback HTTP, and the sockets of a prefix.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as http from 'node:http';
import * as net from 'node:net';
import { run, sleep } from './exec.mjs';

export function readIf(p) {
  try {
    return fs.readFileSync(p, 'utf8');
  } catch {
    return '';
  }
}

/** Every file and symlink under dir, depth first. */
export function walkFiles(dir, out = []) {
  if (!fs.existsSync(dir)) return out;
  for (const ent of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, ent.name);
    if (ent.isDirectory()) walkFiles(p, out);
    else if (ent.isFile() || ent.isSymbolicLink()) out.push(p);
  }
  return out;
}

/**
 * Copy a tree into a prefix root; absolute symlinks are re-pointed inside the prefix. Top-level
 * names in `skip` (the files that describe the test) are left out.
 */
export function copyTree(src, dst, prefix, skip = new Set()) {
  fs.mkdirSync(dst, { recursive: true, mode: 0o755 });
  for (const ent of fs.readdirSync(src, { withFileTypes: true })) {
    if (skip.has(ent.name)) continue;
    const s = path.join(src, ent.name);
    const d = path.join(dst, ent.name);
    if (ent.isSymbolicLink()) {
      const target = fs.readlinkSync(s);
      fs.rmSync(d, { force: true });
      fs.symlinkSync(target.startsWith('/') ? prefix + target : target, d);
    } else if (ent.isDirectory()) copyTree(s, d, prefix);
    else if (ent.isFile()) fs.copyFileSync(s, d);
  }
}

/** Poll `pred` until it holds or `ms` pass; returns its last value as a boolean. */
export async function waitFor(pred, ms, step = 25) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await pred()) return true;
    await sleep(step);
  }
  return !!(await pred());
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

/**
 * `count` distinct free ports: each is held until all are found, as a port closed at once may be
 * handed out again by the next `listen(0)` (two equal `Listen` lines stop httpd with AH00526).
 * @param {number} count
 * @returns {Promise<number[]>}
 */
export async function freePorts(count) {
  /** @type {net.Server[]} */
  const held = [];
  try {
    for (let i = 0; i < count; i++) {
      const srv = net.createServer();
      held.push(srv);
      await new Promise((resolve, reject) => {
        srv.on('error', reject);
        srv.listen(0, '127.0.0.1', () => resolve(undefined));
      });
    }
    return held.map((s) => /** @type {net.AddressInfo} */ (s.address()).port);
  } finally {
    await Promise.all(held.map((s) => new Promise((resolve) => s.close(() => resolve(undefined)))));
  }
}

/**
 * Whether a server of this run failed to bind a loopback port that was free when it was chosen
 * (`(98)Address already in use`, `bind() to 127.0.0.1:N failed (98: …)`, `EADDRINUSE`).
 * @param {{ web?: { problems?: string[] }[], fpm?: { problems?: string[] }[] }} ev
 */
export function portTaken(ev) {
  return [...(ev.web ?? []), ...(ev.fpm ?? [])].some((x) =>
    (x.problems ?? []).some((l) => /Address already in use|EADDRINUSE/.test(l)),
  );
}

export function portOpen(port) {
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

/** GET http://127.0.0.1:port/url with a hard timeout. */
export function request(port, url, timeoutMs = 10_000) {
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

/**
 * Every socket inode under `dir`, with owner, mode and ACL. `show` turns a real path into the path
 * reported (the deployment path: the prefix removed, or a volume named).
 * @param {string} dir
 * @param {(p: string) => string} show
 */
export async function inspectSockets(dir, show) {
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
      path: show(p),
      uid: st.uid,
      gid: st.gid,
      mode: '0' + (st.mode & 0o777).toString(8).padStart(3, '0'),
      acl: acl.code === 0 ? acl.stdout.split('\n').filter((l) => l && !l.startsWith('#')) : null,
    });
  }
  return out;
}

/** The lines of a log at level warn and above, with the prefix removed from paths. */
export function problemLines(log, prefix) {
  return log
    .split('\n')
    .filter((l) =>
      /\b(WARNING|ERROR|ALERT|emerg|alert|crit|warn)\b|\[error\]|^PHP:|syntax error|AH\d{5}|"level":"(error|fatal)"|^Error:/.test(
        l,
      ),
    )
    .map((l) => l.split(prefix).join(''));
}
