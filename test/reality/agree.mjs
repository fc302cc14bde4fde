// Compares what really happened (runner.mjs evidence) with what socklint says about the same tree
// (`socklint scan TREE --format json`), and with the spec's label for generated scenarios.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { run, sleep } from './lib/exec.mjs';

/** @typedef {import('../../src/engine/findings.js').ScanResult} ScanResult */

export const CLI = 'dist/cli/index.js';

/**
 * Run the bundled CLI on a tree. Returns the parsed result, or an error string when the CLI is
 * missing, crashed, or printed something that is not a ScanResult.
 * @returns {Promise<{ result?: ScanResult, error?: string, raw: string }>}
 */
export async function scan(repoRoot, tree, extra = []) {
  const cli = path.join(repoRoot, CLI);
  if (!(await cliPresent(cli))) return { error: `${CLI} does not exist (run npm run build)`, raw: '' };
  const r = await run(process.execPath, [cli, 'scan', tree, '--format', 'json', ...extra], {
    timeoutMs: 60_000,
    cwd: repoRoot,
  });
  if (r.timedOut) return { error: 'socklint timed out after 60 s', raw: r.stdout };
  try {
    const result = JSON.parse(r.stdout);
    if (result?.version !== 1 || !Array.isArray(result.findings)) throw new Error('not a ScanResult');
    return { result, raw: r.stdout };
  } catch {
    return {
      error: `socklint exit ${r.code}, output is not a ScanResult: ${(r.stdout + r.stderr).trim().slice(0, 300)}`,
      raw: r.stdout,
    };
  }
}

/**
 * The bundle is replaced while `npm run build` runs (it deletes dist/ first): once the tier has
 * seen a working CLI, a missing file is waited for (bounded) instead of failing the tree.
 */
let cliSeen = false;
async function cliPresent(cli) {
  if (fs.existsSync(cli)) return (cliSeen = true);
  if (!cliSeen) return false;
  for (let i = 0; i < 240 && !fs.existsSync(cli); i++) await sleep(250);
  return fs.existsSync(cli);
}

/** Apply socklint's safe fixes to a tree in place; exit 0 or 1 is success, 2 is a failure. */
export async function applyFixes(repoRoot, tree) {
  const cli = path.join(repoRoot, CLI);
  if (!(await cliPresent(cli))) return { ok: false, why: `${CLI} does not exist` };
  const r = await run(process.execPath, [cli, 'scan', tree, '--fix', '--format', 'json'], {
    timeoutMs: 60_000,
    cwd: repoRoot,
  });
  if (r.code !== 0 && r.code !== 1)
    return { ok: false, why: `socklint --fix exit ${r.code}: ${r.stderr.trim().slice(0, 300)}` };
  return { ok: true, why: '' };
}

/** The socket a request reached or tried to reach, as a deployment path. */
export function requestSocket(req) {
  const fromLog = /connect\(\) to unix:(\S+) failed/.exec(req.errorLines?.[0] ?? '')?.[1];
  const up =
    req.upstream && req.upstream.startsWith('unix:') ? req.upstream.slice(5).replace(/:$/, '') : null;
  return fromLog ?? up ?? req.socket ?? null;
}

const canon = (p) => (p ? p.replace(/^\/var\/run\//, '/run/') : p);
const loc = (l) => `${l.file}:${l.line}`;

/**
 * socklint's socket rows for a request: by the client directive of a generated scenario
 * (`file:line`, exact whatever path each side spells), else by the socket's path, else the rows of
 * that web server when it has only one.
 */
export function rowsFor(result, req, client) {
  if (client) {
    const byClient = result.sockets.filter((r) => loc(r.client.location) === client);
    if (byClient.length) return byClient;
  }
  const sp = canon(requestSocket(req));
  const byPath = sp ? result.sockets.filter((r) => canon(r.socket) === sp) : [];
  if (byPath.length) return byPath;
  // nginx names the upstream of every request; Apache and Caddy log a socket only when it fails.
  if ((req.web ?? 'nginx') === 'nginx') return [];
  const ofServer = result.sockets.filter((r) => r.webServer?.server === req.web);
  return ofServer.length === 1 ? ofServer : [];
}

/**
 * Findings that concern these rows: by their client or pool location, or by naming the path. A
 * finding on the line of another client is about that client's socket, whatever paths it names
 * (a ProxyPass to a missing socket names the nearest pool's path, which this request reached).
 */
export function findingsFor(result, rows, socketPath) {
  const sp = canon(socketPath);
  const locs = new Set(
    rows.flatMap((r) => [loc(r.client.location), ...(r.pool ? [loc(r.pool.location)] : [])]),
  );
  const otherClients = new Set(
    result.sockets.filter((r) => !rows.includes(r)).map((r) => loc(r.client.location)),
  );
  return result.findings.filter(
    (f) =>
      locs.has(loc(f)) ||
      (!otherClients.has(loc(f)) &&
        (f.related.some((r) => locs.has(loc(r))) ||
          (sp && (f.message.includes(sp) || f.related.some((r) => r.message.includes(sp)))))),
  );
}

const VERDICT = { 200: 'connects', 13: 'permission-denied', 2: 'no-socket' };
const configInvalid = (kind) => `${kind}-config-invalid`;

/**
 * The error findings that explain a run's failures: those about each failed request's socket, and
 * every configuration error.
 */
export function explainingFindings(ev, result, job) {
  return new Set(
    ev.requests
      .filter((q) => q.status !== 200)
      .flatMap((q) => findingsFor(result, rowsFor(result, q, job?.client), requestSocket(q)))
      .concat(result.findings.filter((f) => /config-invalid$/.test(f.rule)))
      .filter((f) => f.severity === 'error'),
  );
}

/**
 * Judge one run against socklint's output. Returns the disagreements (empty = agree).
 * @param {any} ev evidence from a runner
 * @param {ScanResult} result
 * @param {{ client?: string }} [job] the generated scenario's client location, when known
 */
export function judge(ev, result, job) {
  const problems = [];
  const has = (list, rules) => list.some((f) => rules.includes(f.rule));
  const errors = result.findings.filter((f) => f.severity === 'error');
  const down = ev.web.filter((w) => !w.started);
  for (const w of down) {
    if (!has(errors, [configInvalid(w.kind)]))
      problems.push(
        `${w.kind} did not start (${w.problems?.[0] ?? 'no message'}) but there is no ${configInvalid(w.kind)} error`,
      );
  }
  if (down.length) return problems;
  const anyConfigError = (extra = []) =>
    has(errors, ['fpm-config-invalid', ...ev.web.map((w) => configInvalid(w.kind)), ...extra]);
  for (const req of ev.requests) {
    const sock = requestSocket(req);
    const rows = rowsFor(result, req, job?.client);
    const about = findingsFor(result, rows, sock).filter((f) => f.severity === 'error');
    const what = `${req.web ?? 'nginx'} ${req.server} ${req.path} → ${sock ?? req.upstream ?? '?'}`;
    const failedStatus = req.status === null || req.status >= 500;
    if (req.status === 200 && !req.php && req.web !== 'nginx') {
      // No handler ran (Apache without mod_proxy_fcgi sends the source, W12): no connect to judge.
      continue;
    }
    if (req.status === 200 || (!failedStatus && req.errno === null)) {
      if (about.length)
        problems.push(
          `${what}: really HTTP ${req.status}, but socklint reports ${about.map((f) => f.rule).join(', ')}`,
        );
    } else if (req.errno === 13) {
      if (!has(about, ['socket-permission-denied', 'socket-directory-denied']))
        problems.push(
          `${what}: really EACCES (13), but no socket-permission-denied/socket-directory-denied error for it`,
        );
    } else if (req.errno === 2) {
      if (!has(about, ['socket-path-mismatch']) && !anyConfigError())
        problems.push(`${what}: really ENOENT (2), but no socket-path-mismatch or configuration error`);
    } else if (req.errno === 111) {
      if (!about.length && !anyConfigError())
        problems.push(`${what}: really ECONNREFUSED (111), but no error finding explains it`);
    } else if (req.errno === null && failedStatus && req.web !== 'nginx') {
      // The server could not even dial (Caddy: "unknown network", "missing address", W6).
      if (!about.length && !anyConfigError())
        problems.push(
          `${what}: really HTTP ${req.status} without a connect, but no error finding explains it`,
        );
    } else {
      problems.push(`${what}: unclassified outcome HTTP ${req.status} errno ${req.errno} ${req.error ?? ''}`);
    }
    // The socket table should say the same thing; a different verdict is reported too.
    const row = rows[0];
    const want = VERDICT[req.status === 200 ? 200 : (req.errno ?? 0)];
    // errno 13 does not say which inode denied: the socket or a directory (K1, K5).
    const same =
      row?.verdict === want ||
      (want === 'no-socket' && row?.verdict === 'fpm-fails') ||
      (want === 'permission-denied' && row?.verdict === 'directory-denied');
    if (row && want && !same)
      problems.push(`${what}: socket table verdict ${row.verdict} (${row.reason}), reality ${want}`);
  }
  return problems;
}

/** Did every web server of the run start? */
export function webStartedAll(ev) {
  return ev.web.length > 0 && ev.web.every((w) => w.started);
}
const webNames = (ev) => ev.web.map((w) => w.kind).join('+') || 'web server';

/** The id a real id stands for: itself, or the image's id when the run used a stand-in. */
export function imageId(ev, id) {
  const hit = Object.entries(ev.idMap ?? {}).find(([, host]) => host === id);
  return hit ? Number(hit[0]) : id;
}

/**
 * Compare a generated scenario's evidence with its spec label. Returns the differences.
 * @param {any} ev
 * @param {any} expected
 */
export function specDiff(ev, expected) {
  const d = [];
  const fpmStarted = ev.fpm.every((f) => f.started);
  if ((expected.fpm === 'starts') !== fpmStarted)
    d.push(`php-fpm ${fpmStarted ? 'started' : 'did not start'}; spec: ${expected.fpm}`);
  const webStarted = webStartedAll(ev);
  if ((expected.web === 'starts') !== webStarted)
    d.push(`${webNames(ev)} ${webStarted ? 'started' : 'did not start'}; spec: ${expected.web}`);
  const req = ev.requests[0];
  if (webStarted && req) {
    const status = req.status === 200 && !req.php ? '200 (not PHP)' : req.status;
    if (status !== expected.status) d.push(`HTTP ${status}; spec: ${expected.status}`);
    if ((req.errno ?? null) !== expected.errno) d.push(`errno ${req.errno}; spec: ${expected.errno}`);
  }
  if (expected.socket && fpmStarted) {
    const s = ev.sockets.find((x) => canon(x.path) === canon(expected.socket.path));
    if (!s) d.push(`no socket at ${expected.socket.path}; spec: ${JSON.stringify(expected.socket)}`);
    else {
      // Ids stood in for on this machine are compared as the ids they stand for (containers).
      const real = { uid: imageId(ev, s.uid), gid: imageId(ev, s.gid), mode: s.mode };
      for (const k of ['uid', 'gid', 'mode']) {
        if (real[k] !== expected.socket[k]) d.push(`socket ${k} ${s[k]}; spec: ${expected.socket[k]}`);
      }
      if (s.acl && expected.socket.acl && JSON.stringify(s.acl) !== JSON.stringify(expected.socket.acl))
        d.push(`socket ACL ${s.acl.join(',')}; spec: ${expected.socket.acl.join(',')}`);
    }
  }
  for (const x of fpmStarted ? (expected.extraSockets ?? []) : []) {
    const s = ev.sockets.find((y) => canon(y.path) === canon(x.path));
    if (!s) d.push(`no socket at ${x.path}; spec: ${x.mode} ${x.uid}:${x.gid}`);
    else if (s.uid !== x.uid || s.gid !== x.gid || s.mode !== x.mode)
      d.push(`socket ${x.path} ${s.mode} ${s.uid}:${s.gid}; spec: ${x.mode} ${x.uid}:${x.gid}`);
  }
  return d;
}

/**
 * Compare a fixture's evidence with the verdicts its fixture.yml derives from the spec.
 * @param {any} ev
 * @param {{ sockets?: { client: string, socket: string, verdict: string }[] }} fixture
 * @returns {{ diffs: string[], notes: string[] }}
 */
export function fixtureDiff(ev, fixture) {
  const diffs = [];
  const notes = [];
  const fpmFailed = ev.fpm.some((f) => !f.started);
  for (const e of fixture.sockets ?? []) {
    let real;
    if (!webStartedAll(ev)) real = ['nginx-fails', 'web-fails'];
    else {
      const req = ev.requests.find((r) => canon(requestSocket(r)) === canon(e.socket));
      if (!req) {
        notes.push(`${e.client} → ${e.socket}: not reached by any request (expected ${e.verdict})`);
        continue;
      }
      if (req.status === 200) real = ['connects'];
      else if (req.errno === 13) real = ['permission-denied', 'directory-denied'];
      else if (req.errno === 2) real = fpmFailed ? ['fpm-fails', 'no-socket'] : ['no-socket'];
      else real = [`HTTP ${req.status} errno ${req.errno}`];
    }
    if (!real.includes(e.verdict))
      diffs.push(`${e.client} → ${e.socket}: really ${real.join('/')}; fixture.yml: ${e.verdict}`);
  }
  return { diffs, notes };
}

/** One-paragraph summary of the real evidence, for failure messages. */
export function evidenceText(ev) {
  const lines = [];
  for (const f of ev.fpm)
    lines.push(`  php-fpm${f.version}: ${f.started ? 'started' : `did not start (exit ${f.exitCode})`}`);
  for (const f of ev.fpm) for (const p of f.problems.slice(0, 4)) lines.push(`    ${p}`);
  for (const w of ev.web) {
    lines.push(
      `  ${w.kind}: ${w.started ? 'started' : `did not start (${w.exitSignal ? `killed by ${w.exitSignal}` : `exit ${w.exitCode}`})`}`,
    );
    if (!w.started) for (const p of w.problems?.slice(0, 4) ?? []) lines.push(`    ${p}`);
  }
  for (const r of ev.requests) {
    lines.push(
      `  GET ${r.path} on ${r.web} ${r.server}: HTTP ${r.status}${r.php ? ' (PHP ran)' : ''}${r.errno ? `, errno ${r.errno}` : ''}${r.upstream ? `, upstream ${r.upstream}` : ''}${r.error ? `, ${r.error}` : ''}`,
    );
    for (const l of r.errorLines ?? []) lines.push(`    ${l}`);
  }
  for (const s of ev.sockets)
    lines.push(`  socket ${s.path}: ${s.mode} ${s.uid}:${s.gid}${s.acl ? ` acl ${s.acl.join(',')}` : ''}`);
  if (ev.timedOut) lines.push('  (timed out)');
  return lines.join('\n');
}

/** socklint's findings, briefly. */
export function findingsText(result) {
  if (!result) return '  (no socklint output)';
  const lines = result.findings.map(
    (f) =>
      `  ${f.severity} ${f.rule} ${f.file}:${f.line} ${f.message}${f.fix ? ` [fix${f.fix.safe ? '' : ', unsafe'}]` : ''}`,
  );
  for (const s of result.sockets)
    lines.push(
      `  socket ${s.socket} (${s.webServer?.server ?? 'nginx'} ${loc(s.client.location)}): ${s.verdict} (${s.reason})`,
    );
  return lines.join('\n') || '  (no findings)';
}
