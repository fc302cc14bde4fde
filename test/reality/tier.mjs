// The reality tier: generated scenarios plus runnable fixture trees, run on the real servers and
// compared with socklint (agree mode) or with the spec's labels (spec mode, before the CLI exists).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { tmpdir } from 'node:os';
import { parseArgs } from 'node:util';
import { runTree, describeTree, NGINX_BIN, FPM_BIN, abortAll, settleRuns } from './runner.mjs';
import { setAborting } from './lib/abort.mjs';
import { generateScenarios, writeScenarios, nominalIds } from './scenarios.mjs';
import {
  scan,
  applyFixes,
  judge,
  specDiff,
  fixtureDiff,
  evidenceText,
  findingsText,
  findingsFor,
  requestSocket,
} from './agree.mjs';
import YAML from 'yaml';
import { parseSetup } from './lib/setup-script.mjs';
import { declaredAccounts, cleanLeftovers, createAccounts } from './lib/accounts.mjs';
import { hostAccounts, IdPool, takenIdIn } from './lib/ids.mjs';
import { stopAll } from './lib/procs.mjs';

const LOCK = path.join(tmpdir(), 'socklint-reality.lock');

const USAGE = `usage: npm run test:reality -- [options]
  --mode agree|spec   agree: compare with socklint (default when dist/cli works); spec: with the spec labels
  --seed N            generator seed (default 1)
  --count N           number of generated scenarios (default 320)
  --only A,B          run only these scenario ids or fixture paths (substring match)
  --jobs N            parallel runs (default 2)
  --no-fixtures       skip __fixtures__ trees      --no-scenarios  skip generated scenarios
  --keep              keep the temp prefixes and scenario trees
  --json FILE         write all evidence and verdicts to FILE
  --busy-ids          first let other accounts hold the ids the selected scenarios had when ids were
                      fixed (up to 400), to show that a run never depends on particular ids
  --write-scenarios DIR  only write the generated trees to DIR and exit`;

export async function main(argv, repoRoot) {
  const { values: o } = parseArgs({
    args: argv,
    options: {
      mode: { type: 'string' },
      seed: { type: 'string', default: '1' },
      count: { type: 'string', default: '320' },
      only: { type: 'string' },
      jobs: { type: 'string', default: process.env.SOCKLINT_REALITY_JOBS ?? '2' },
      'no-fixtures': { type: 'boolean', default: false },
      'no-scenarios': { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      json: { type: 'string' },
      'write-scenarios': { type: 'string' },
      'busy-ids': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (o.help) {
    console.log(USAGE);
    return 0;
  }
  const seed = Number(o.seed);
  const count = Number(o.count);
  if (o['write-scenarios']) {
    const written = generateScenarios(seed, count);
    writeScenarios(o['write-scenarios'], written);
    console.log(`reality: wrote ${written.length} scenario trees to ${o['write-scenarios']}`);
    return 0;
  }

  // Preconditions: skip with one line locally, fail on CI.
  const ci = !!process.env.CI;
  const missing = [
    process.getuid?.() !== 0 && 'not root',
    !fs.existsSync(FPM_BIN) && 'php-fpm8.2 not installed',
    !fs.existsSync(NGINX_BIN) && 'nginx not installed',
    !fs.existsSync('/usr/bin/getfacl') && 'getfacl (package acl) not installed',
  ].filter(Boolean);
  if (missing.length) {
    console.log(`reality: ${ci ? 'FAILED' : 'skipped'}: ${missing.join(', ')}`);
    return ci ? 1 : 0;
  }
  if (!takeLock()) {
    console.log(`reality: FAILED: another reality run holds ${LOCK}`);
    return 1;
  }
  const started = Date.now();
  const cleanup = installSignalHandlers();
  try {
    const leftovers = await cleanLeftovers();
    if (leftovers) console.log(`reality: removed ${leftovers} accounts left by an interrupted run`);
    // Ids are chosen now, among those no account of this machine holds (lib/ids.mjs).
    if (o['busy-ids']) {
      const held = await holdFormerIds(seed, count, o.only);
      cleanup.accounts.push(held.handle);
      console.log(`reality: ${held.count} former scenario ids are held by other accounts for this run`);
    }
    const ids = new IdPool(await hostAccounts());
    const scenarios = o['no-scenarios'] ? [] : generateScenarios(seed, count, () => ids.slots());

    // Mode: agree needs a working CLI; probe it on the first tree.
    const workDir = fs.mkdtempSync(path.join(tmpdir(), 'slr-trees-'));
    fs.chmodSync(workDir, 0o755);
    cleanup.dirs.add(workDir);
    const written = writeScenarios(workDir, scenarios);
    const fixtures = o['no-fixtures'] ? [] : findFixtureTrees(repoRoot);
    let jobs = [
      ...written.map((s) => ({
        kind: 'scenario',
        id: s.id,
        title: s.title,
        tree: s.tree,
        expected: s.expected,
        ids: s.ids,
      })),
      ...fixtures.map((t) => ({
        kind: 'fixture',
        id: path.relative(repoRoot, t),
        title: 'fixture',
        tree: t,
        fixture: readFixture(t),
      })),
    ];
    // fixture.yml may say a tree cannot run on one host (container images, templates).
    const notRunnable = jobs.filter((j) => j.fixture?.runnable === false);
    jobs = jobs.filter((j) => j.fixture?.runnable !== false);
    if (notRunnable.length)
      console.log(`reality: ${notRunnable.length} fixtures are marked runnable: false and are not run`);
    if (o.only) {
      const want = o.only.split(',');
      jobs = jobs.filter((j) => want.some((w) => j.id === w || (j.kind === 'fixture' && j.id.includes(w))));
    }
    let mode = o.mode;
    // An explicit agree run waits (bounded) for a bundle that a concurrent build is replacing.
    for (
      let i = 0;
      mode === 'agree' && i < 240 && !fs.existsSync(path.join(repoRoot, 'dist/cli/index.js'));
      i++
    )
      await new Promise((r) => setTimeout(r, 250));
    const probe = jobs.length ? await scan(repoRoot, jobs[0].tree) : { error: 'no trees' };
    // On CI a broken CLI must fail the tier, not silently fall back to spec mode.
    if (!mode) mode = probe.error && !ci ? 'spec' : 'agree';
    if (mode === 'agree' && probe.error) {
      console.log(`reality: FAILED: socklint CLI unusable: ${probe.error}`);
      return 1;
    }
    if (mode === 'spec') {
      console.log(
        `reality: spec mode${probe.error ? ` (socklint CLI not usable: ${probe.error})` : ''}: comparing reality with the spec labels`,
      );
      jobs = jobs.filter((j) => j.kind === 'scenario' || j.fixture?.sockets);
    }
    console.log(
      `reality: ${jobs.length} trees (${scenarios.length} generated, seed ${seed}; ${fixtures.length} fixtures), ${o.jobs} in parallel`,
    );

    const results = await pool(jobs, Number(o.jobs), async (job) => {
      // socklint reads the tree while reality runs it: the two are independent.
      let [ev, s] = await Promise.all([
        runTree(job.tree, { id: job.id, keep: o.keep }),
        mode === 'agree' ? scan(repoRoot, job.tree) : Promise.resolve(null),
      ]);
      // Someone took one of the scenario's ids after they were chosen: choose again and rerun.
      for (let retry = 0; retry < 3 && job.kind === 'scenario' && !ev.runnable; retry++) {
        const taken = takenIdIn(ev.reason);
        if (taken === null) break;
        ids.markTaken(taken);
        const again = generateScenarios(seed, count, (sid, base) =>
          sid === job.id ? ids.slots() : nominalIds(base),
        );
        const [sc] = writeScenarios(
          workDir,
          again.filter((x) => x.id === job.id),
        );
        Object.assign(job, { expected: sc.expected, ids: sc.ids });
        [ev, s] = await Promise.all([
          runTree(job.tree, { id: job.id, keep: o.keep }),
          mode === 'agree' ? scan(repoRoot, job.tree) : Promise.resolve(null),
        ]);
      }
      const res = {
        job,
        ev,
        problems: /** @type {string[]} */ ([]),
        notes: /** @type {string[]} */ ([]),
        scan: null,
        fix: null,
      };
      if (!ev.runnable) {
        res.problems.push(`not runnable: ${ev.reason}`);
        return res;
      }
      if (ev.timedOut) res.problems.push('timed out');
      if (ev.cleanupErrors.length) res.problems.push(`cleanup: ${ev.cleanupErrors.join('; ')}`);
      if (mode === 'spec' && job.expected) res.problems.push(...specDiff(ev, job.expected));
      else if (mode === 'spec') {
        const { diffs, notes } = fixtureDiff(ev, job.fixture);
        res.problems.push(...diffs);
        res.notes = notes;
      } else if (s) {
        res.scan = s.result ?? null;
        if (s.error) res.problems.push(`socklint: ${s.error}`);
        else res.problems.push(...judge(ev, s.result));
        if (s.result && !res.problems.length && failed(ev))
          res.fix = await verifyFix(repoRoot, job, ev, s.result, o.keep);
        if (res.fix?.skipped) res.notes.push(res.fix.skipped);
        if (res.fix && !res.fix.ok) res.problems.push(`fix not verified: ${res.fix.why}`);
      }
      return res;
    });

    // Report.
    let agreeing = 0;
    let fixes = 0;
    const counts = {};
    for (const r of results) {
      const key = outcomeKey(r.ev);
      counts[key] = (counts[key] ?? 0) + 1;
      if (r.fix?.ok && !r.fix.skipped) fixes++;
      for (const n of r.notes ?? []) console.log(`note: ${r.job.id}: ${n}`);
      if (!r.problems.length) {
        agreeing++;
        continue;
      }
      console.log(`\n✗ ${r.job.id}: ${r.job.title}`);
      for (const p of r.problems) console.log(`  ${p}`);
      console.log(evidenceText(r.ev));
      if (mode === 'spec' && r.job.expected) console.log(`  spec: ${JSON.stringify(r.job.expected)}`);
      if (mode === 'spec' && r.job.fixture)
        console.log(`  fixture.yml sockets: ${JSON.stringify(r.job.fixture.sockets)}`);
      if (mode === 'agree') console.log(`  socklint:\n${findingsText(r.scan)}`);
      console.log(`  tree: ${o.keep ? r.job.tree : '(use --keep --only ' + r.job.id + ' to inspect)'}`);
    }
    const secs = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `\nreality outcomes: ${Object.entries(counts)
        .map(([k, v]) => `${k}: ${v}`)
        .join(', ')}`,
    );
    if (o.json)
      fs.writeFileSync(
        o.json,
        JSON.stringify(
          results.map(({ job, ev, problems, fix }) => ({
            id: job.id,
            title: job.title,
            ids: job.ids,
            expected: job.expected,
            evidence: ev,
            problems,
            fix,
          })),
          null,
          1,
        ),
      );
    if (mode === 'spec') {
      console.log(
        `reality (spec mode): ${agreeing}/${results.length} trees match the spec labels / fixture.yml, in ${secs} s`,
      );
      // Spec mismatches are findings about the spec, not failures of socklint; runs that could not
      // be set up (or cleaned up) are failures of the tier.
      return results.some((r) => !r.ev.runnable || r.ev.timedOut || r.ev.cleanupErrors.length) ? 1 : 0;
    }
    console.log(
      `reality: ${agreeing}/${results.length} scenarios agree, ${fixes} fixes verified (${secs} s)`,
    );
    return agreeing === results.length ? 0 : 1;
  } finally {
    await cleanup.run(o.keep);
    releaseLock();
  }
}

/**
 * `--busy-ids`: other accounts (reserved names, journalled like every account of the tier) take the
 * uids and gids the selected scenarios used when their ids were fixed, as software that creates
 * accounts would on a busy machine. The run must still pass.
 */
async function holdFormerIds(seed, count, only) {
  const want = only?.split(',');
  const former = generateScenarios(seed, count)
    .filter((sc) => !want || want.includes(sc.id))
    .flatMap((sc) => Object.values(sc.ids));
  const free = new IdPool(await hostAccounts());
  const held = [...new Set(former)].filter((id) => free.isFree(id)).slice(0, 400);
  const ops = held.map((id) => ({
    op: /** @type {const} */ ('useradd'),
    name: `sltest-busy-${id}`,
    uid: id,
    groups: [],
    userGroup: true,
    system: false,
  }));
  const handle = await createAccounts(ops);
  return { handle, count: held.length };
}

/** Do two trees hold the same files with the same bytes? */
function sameTree(a, b) {
  const list = (d, rel = '') =>
    fs.readdirSync(path.join(d, rel), { withFileTypes: true }).flatMap((e) => {
      const r = path.join(rel, e.name);
      return e.isDirectory() ? list(d, r) : e.isFile() ? [r] : [];
    });
  const fa = list(a).sort();
  const fb = list(b).sort();
  if (fa.join('\n') !== fb.join('\n')) return false;
  return fa.every((f) => fs.readFileSync(path.join(a, f)).equals(fs.readFileSync(path.join(b, f))));
}

/** The fixture.yml next to a tree, if any. */
function readFixture(tree) {
  const f = path.join(tree, 'fixture.yml');
  if (!fs.existsSync(f)) return undefined;
  try {
    return YAML.parse(fs.readFileSync(f, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Did reality fail for any request (so socklint should have a finding, and maybe a fix)? */
function failed(ev) {
  return !ev.nginx?.started || ev.requests.some((r) => r.status !== 200);
}

/** Apply socklint's safe fixes to a copy, run reality again, require HTTP 200 everywhere. */
async function verifyFix(repoRoot, job, ev, result, keep) {
  const safe = result.findings.filter((f) => f.fix?.safe);
  if (!safe.length) return null;
  // --fix can only make the tree work when every error that explains a failure has a safe fix;
  // otherwise there is nothing to verify (reported as a note, not as a disagreement).
  const explaining = new Set(
    ev.requests
      .filter((q) => q.status !== 200)
      .flatMap((q) => findingsFor(result, requestSocket(q)))
      .concat(result.findings.filter((f) => /config-invalid$/.test(f.rule)))
      .filter((f) => f.severity === 'error'),
  );
  const unfixed = [...explaining].filter((f) => !f.fix?.safe);
  if (unfixed.length)
    return { ok: true, skipped: `not verified: no safe fix for ${unfixed.map((f) => f.rule).join(', ')}` };
  const copy = fs.mkdtempSync(path.join(tmpdir(), 'slr-fix-'));
  fs.chmodSync(copy, 0o755);
  try {
    fs.cpSync(job.tree, copy, { recursive: true, verbatimSymlinks: true });
    const r = await applyFixes(repoRoot, copy);
    if (!r.ok) return { ok: false, why: r.why };
    if (sameTree(job.tree, copy)) return { ok: false, why: 'socklint --fix changed no file' };
    const ev = await runTree(copy, { id: `${job.id}+fix`, keep });
    const bad = !ev.nginx?.started
      ? ['nginx did not start']
      : ev.requests
          .filter((q) => q.status !== 200)
          .map((q) => `${q.server}: HTTP ${q.status} errno ${q.errno}`);
    return bad.length
      ? { ok: false, why: `after --fix: ${bad.join('; ')}\n${evidenceText(ev)}` }
      : { ok: true };
  } finally {
    if (!keep) fs.rmSync(copy, { recursive: true, force: true });
  }
}

function outcomeKey(ev) {
  if (!ev.runnable) return 'not runnable';
  if (!ev.nginx?.started) return 'nginx fails';
  const fpm = ev.fpm.every((f) => f.started) ? '' : 'fpm fails, ';
  const r = ev.requests[0];
  if (!r) return fpm + 'no request';
  return fpm + (r.status === 200 ? 'HTTP 200' : `HTTP ${r.status}${r.errno ? ` errno ${r.errno}` : ''}`);
}

/**
 * Run jobs with at most `n` at once. Two jobs that create the same reserved account names never
 * run together (fixtures may reuse names; generated scenarios never do).
 */
async function pool(jobs, n, fn) {
  const names = jobs.map((j) => {
    try {
      const txt = fs.existsSync(path.join(j.tree, 'setup.sh'))
        ? fs.readFileSync(path.join(j.tree, 'setup.sh'), 'utf8')
        : '';
      return declaredAccounts(parseSetup(txt));
    } catch {
      return new Set();
    }
  });
  const results = new Array(jobs.length);
  const pending = jobs.map((_, i) => i);
  const busy = new Set();
  let done = 0;
  return new Promise((resolve, reject) => {
    const startNext = () => {
      while (busy.size < n) {
        const k = pending.findIndex(
          (i) => ![...busy].some((b) => [...names[i]].some((x) => names[b].has(x))),
        );
        if (k < 0) return;
        const i = pending.splice(k, 1)[0];
        busy.add(i);
        fn(jobs[i])
          .then((r) => {
            results[i] = r;
            busy.delete(i);
            done++;
            if (done % 25 === 0) console.log(`reality: ${done}/${jobs.length} done`);
            if (done === jobs.length) resolve(results);
            else startNext();
          })
          .catch(reject);
      }
    };
    if (!jobs.length) resolve([]);
    else startNext();
  });
}

/** Directories under any __fixtures__ folder that have the layout the runner needs. */
export function findFixtureTrees(repoRoot) {
  const out = [];
  const visit = (dir, depth, inFixtures) => {
    let ents;
    try {
      ents = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    if (inFixtures && ents.some((e) => e.name === 'etc' && e.isDirectory()) && describeTree(dir).runnable) {
      out.push(dir);
      return;
    }
    if (depth > 8) return;
    for (const e of ents) {
      if (!e.isDirectory() || e.name === 'node_modules' || e.name.startsWith('.') || e.name === 'dist')
        continue;
      visit(path.join(dir, e.name), depth + 1, inFixtures || e.name === '__fixtures__');
    }
  };
  visit(repoRoot, 0, false);
  return out.sort();
}

function takeLock() {
  try {
    fs.writeFileSync(LOCK, String(process.pid), { flag: 'wx' });
    return true;
  } catch {
    const pid = Number(fs.readFileSync(LOCK, 'utf8'));
    try {
      process.kill(pid, 0);
      return false;
    } catch {
      fs.writeFileSync(LOCK, String(process.pid));
      return true;
    }
  }
}
function releaseLock() {
  try {
    if (fs.readFileSync(LOCK, 'utf8') === String(process.pid)) fs.unlinkSync(LOCK);
  } catch {
    // Already gone.
  }
}

/** Ctrl-C / SIGTERM: stop servers, remove accounts and temp dirs, then exit. */
function installSignalHandlers() {
  const dirs = new Set();
  /** @type {{ remove: () => Promise<void> }[]} */
  const accounts = [];
  let running = false;
  const runCleanup = async (keep) => {
    await stopAll();
    for (const a of accounts.splice(0)) await a.remove().catch(() => undefined);
    await abortAll(keep);
    await cleanLeftovers().catch(() => undefined);
    if (!keep) for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  };
  const onSignal = (sig) => {
    if (running) return;
    running = true;
    console.log(`\nreality: ${sig}: stopping servers and removing test accounts`);
    setAborting();
    // Runs in flight fail at their next step and clean up after themselves; then the backstop.
    settleRuns(20_000)
      .then(() => runCleanup(false))
      .finally(() => {
        releaseLock();
        process.exit(130);
      });
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return { dirs, accounts, run: runCleanup };
}
