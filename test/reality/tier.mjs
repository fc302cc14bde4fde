// The reality tier: generated scenarios of several families (nginx, Apache and Caddy hosts) plus
// the runnable fixture trees, run on the real servers and compared with socklint (families that
// require agreement) or with the spec's labels (families socklint does not decide yet, or every
// family in spec mode).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { tmpdir } from 'node:os';
import { parseArgs } from 'node:util';
import { describeTree, abortAll, settleRuns } from './runner.mjs';
import { setAborting } from './lib/abort.mjs';
import { generateScenarios, writeScenarios, nominalIds } from './scenarios.mjs';
import {
  REQUIRE,
  FAMILIES,
  DEFAULT_COUNTS,
  generateFamilies,
  runnerFor,
  familiesOfTree,
  missingFor,
  hostFacts,
} from './families.mjs';
import {
  scan,
  applyFixes,
  judge,
  specDiff,
  fixtureDiff,
  evidenceText,
  findingsText,
  explainingFindings,
  webStartedAll,
} from './agree.mjs';
import YAML from 'yaml';
import { parseSetup } from './lib/setup-script.mjs';
import { declaredAccounts, cleanLeftovers, createAccounts } from './lib/accounts.mjs';
import { hostAccounts, IdPool, takenIdIn } from './lib/ids.mjs';
import { portTaken } from './lib/util.mjs';
import { stopAll, killLeftoverServers } from './lib/procs.mjs';

const LOCK = path.join(tmpdir(), 'socklint-reality.lock');

const USAGE = `usage: npm run test:reality -- [options]
  --mode agree|spec   agree (default when dist/cli works): families that require it are compared with
                      socklint, the others with the spec labels; spec: every family with the spec labels
  --families A,B      run only these families (${FAMILIES.join(', ')}; default all)
  --require A,B       also require agreement with socklint for these families (see families.mjs)
  --preview           also run socklint on the families in spec mode and count its agreement
  --seed N            generator seed (default 1)
  --count N           number of generated nginx scenarios (default ${DEFAULT_COUNTS.nginx})
  --counts F=N,...    scenarios per family (default ${Object.entries(DEFAULT_COUNTS)
    .map(([k, v]) => `${k}=${v}`)
    .join(',')})
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
      families: { type: 'string' },
      require: { type: 'string' },
      preview: { type: 'boolean', default: false },
      seed: { type: 'string', default: '1' },
      count: { type: 'string' },
      counts: { type: 'string' },
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
  const counts = { ...DEFAULT_COUNTS };
  for (const kv of o.counts?.split(',') ?? []) {
    const [k, v] = kv.split('=');
    counts[k] = Number(v);
  }
  if (o.count) counts.nginx = Number(o.count);
  const requested = o.families?.split(',') ?? FAMILIES;
  const unknown = [...requested, ...(o.require?.split(',') ?? [])].filter((f) => !FAMILIES.includes(f));
  if (unknown.length) {
    console.log(`reality: unknown family ${unknown.join(', ')} (families: ${FAMILIES.join(', ')})`);
    return 2;
  }
  /** @type {Record<string, 'agree' | 'spec'>} */
  const require = { ...REQUIRE };
  for (const f of o.require?.split(',') ?? []) require[f] = 'agree';
  if (o['write-scenarios']) {
    const written = generateFamilies(seed, counts, requested);
    writeScenarios(o['write-scenarios'], written);
    console.log(`reality: wrote ${written.length} scenario trees to ${o['write-scenarios']}`);
    return 0;
  }

  // Preconditions: skip with one line locally, fail on CI; per family, the same.
  const ci = !!process.env.CI;
  if (process.getuid?.() !== 0) {
    console.log(`reality: ${ci ? 'FAILED' : 'skipped'}: not root`);
    return ci ? 1 : 0;
  }
  const before = await hostAccounts();
  const families = [];
  for (const f of requested) {
    const missing = missingFor(f, before);
    if (!missing.length) families.push(f);
    else console.log(`reality: ${f}: ${ci ? 'FAILED' : 'skipped'}: ${missing.join(', ')}`);
  }
  if (families.length < requested.length && ci) return 1;
  if (!families.length) return 0;
  if (!takeLock()) {
    console.log(`reality: FAILED: another reality run holds ${LOCK}`);
    return 1;
  }
  const started = Date.now();
  const cleanup = installSignalHandlers();
  try {
    const stale = killLeftoverServers();
    if (stale) console.log(`reality: stopped ${stale} servers left by an interrupted run`);
    const leftovers = await cleanLeftovers();
    if (leftovers) console.log(`reality: removed ${leftovers} accounts left by an interrupted run`);
    if (o['busy-ids'] && families.includes('nginx')) {
      const held = await holdFormerIds(seed, counts.nginx, o.only);
      cleanup.accounts.push(held.handle);
      console.log(`reality: ${held.count} former scenario ids are held by other accounts for this run`);
    }
    // Ids are chosen now, among those no account of this machine holds (lib/ids.mjs).
    const accounts = await hostAccounts();
    const ids = new IdPool(accounts);
    const host = hostFacts(accounts);
    const scenarios = o['no-scenarios']
      ? []
      : generateFamilies(seed, counts, families, () => ids.slots(), host);

    const workDir = fs.mkdtempSync(path.join(tmpdir(), 'slr-trees-'));
    fs.chmodSync(workDir, 0o755);
    cleanup.dirs.add(workDir);
    const written = writeScenarios(workDir, scenarios);
    const fixtures = o['no-fixtures'] ? [] : findFixtureTrees(repoRoot);
    let jobs = [
      ...written.map((s) => ({
        kind: 'scenario',
        id: s.id,
        family: s.family,
        families: [s.family],
        title: s.title,
        tree: s.tree,
        expected: s.expected,
        ids: s.ids,
        client: s.client,
      })),
      ...fixtures.map((t) => {
        const fams = familiesOfTree(t);
        return {
          kind: 'fixture',
          id: path.relative(repoRoot, t),
          family: fams.find((f) => require[f] !== 'agree') ?? fams[0],
          families: fams,
          title: 'fixture',
          tree: t,
          fixture: readFixture(t),
        };
      }),
    ];
    // fixture.yml may say a tree cannot run on one host (container images, templates).
    const notRunnable = jobs.filter((j) => j.fixture?.runnable === false);
    jobs = jobs.filter((j) => j.fixture?.runnable !== false && j.families.every((f) => families.includes(f)));
    if (notRunnable.length)
      console.log(`reality: ${notRunnable.length} fixtures are marked runnable: false and are not run`);
    if (o.only) {
      const want = o.only.split(',');
      jobs = jobs.filter((j) => want.some((w) => j.id === w || (j.kind === 'fixture' && j.id.includes(w))));
    }

    // Agreement needs a working CLI; probe it on the first tree.
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
    /** Each tree is judged by agreement only when every family it belongs to requires it. */
    const agreeFor = (job) => mode === 'agree' && job.families.every((f) => require[f] === 'agree');
    for (const j of jobs) j.mode = agreeFor(j) ? 'agree' : 'spec';
    // A fixture in spec mode is compared with its fixture.yml verdicts; without them there is nothing.
    jobs = jobs.filter((j) => j.mode === 'agree' || j.kind === 'scenario' || j.fixture?.sockets);
    if (mode === 'spec')
      console.log(
        `reality: spec mode${probe.error ? ` (socklint CLI not usable: ${probe.error})` : ''}: comparing reality with the spec labels`,
      );
    console.log(
      `reality: ${jobs.length} trees (${written.length} generated, seed ${seed}; ${fixtures.length} fixtures), ` +
        `${o.jobs} in parallel; ${families.map((f) => `${f}: ${mode === 'agree' && require[f] === 'agree' ? 'agree' : 'spec'}`).join(', ')}`,
    );

    const results = await pool(jobs, Number(o.jobs), async (job) => {
      const runner = runnerFor(job.family);
      const preview = job.mode === 'spec' && o.preview && !probe.error;
      // socklint reads the tree while reality runs it: the two are independent.
      const both = () =>
        Promise.all([
          runner(job.tree, { id: job.id, keep: o.keep, ids }),
          job.mode === 'agree' || preview ? scan(repoRoot, job.tree) : Promise.resolve(null),
        ]);
      let [ev, s] = await both();
      // Someone took one of the scenario's ids after they were chosen: choose again and rerun.
      for (let retry = 0; retry < 3 && job.kind === 'scenario' && !ev.runnable; retry++) {
        const taken = takenIdIn(ev.reason);
        if (taken === null) break;
        ids.markTaken(taken);
        const again = generateFamilies(
          seed,
          counts,
          [job.family],
          (sid, base) => (sid === job.id ? ids.slots() : nominalIds(base)),
          host,
        );
        const [sc] = writeScenarios(
          workDir,
          again.filter((x) => x.id === job.id),
        );
        Object.assign(job, { expected: sc.expected, ids: sc.ids });
        [ev, s] = await both();
      }
      // Another process bound one of the loopback ports chosen for this run before a server did:
      // the run says nothing about the tree, so run it again on fresh ports.
      for (let retry = 0; retry < 3 && portTaken(ev); retry++) [ev, s] = await both();
      const res = {
        job,
        ev,
        problems: /** @type {string[]} */ ([]),
        notes: /** @type {string[]} */ ([]),
        scan: null,
        fix: null,
        preview: /** @type {boolean | null} */ (null),
      };
      if (!ev.runnable) {
        res.problems.push(`not runnable: ${ev.reason}`);
        return res;
      }
      if (ev.timedOut) res.problems.push('timed out');
      if (ev.cleanupErrors.length) res.problems.push(`cleanup: ${ev.cleanupErrors.join('; ')}`);
      if (job.mode === 'spec') {
        if (job.expected) res.problems.push(...specDiff(ev, job.expected));
        else {
          const { diffs, notes } = fixtureDiff(ev, job.fixture);
          res.problems.push(...diffs);
          res.notes = notes;
        }
        if (s?.result) res.preview = judge(ev, s.result, job).length === 0;
      } else if (s) {
        res.scan = s.result ?? null;
        if (s.error) res.problems.push(`socklint: ${s.error}`);
        else res.problems.push(...judge(ev, s.result, job));
        if (s.result && !res.problems.length && failed(ev))
          res.fix = await verifyFix(repoRoot, job, ev, s.result, { keep: o.keep, ids });
        if (res.fix?.skipped) res.notes.push(res.fix.skipped);
        if (res.fix && !res.fix.ok) res.problems.push(`fix not verified: ${res.fix.why}`);
      }
      return res;
    });

    // Report.
    const outcomes = {};
    for (const r of results) {
      const key = `${r.job.family}: ${outcomeKey(r.ev)}`;
      outcomes[key] = (outcomes[key] ?? 0) + 1;
      for (const n of r.notes ?? []) console.log(`note: ${r.job.id}: ${n}`);
      if (!r.problems.length) continue;
      console.log(`\n✗ ${r.job.id} (${r.job.family}, ${r.job.mode}): ${r.job.title}`);
      for (const p of r.problems) console.log(`  ${p}`);
      console.log(evidenceText(r.ev));
      if (r.job.mode === 'spec' && r.job.expected) console.log(`  spec: ${JSON.stringify(r.job.expected)}`);
      if (r.job.mode === 'spec' && r.job.fixture)
        console.log(`  fixture.yml sockets: ${JSON.stringify(r.job.fixture.sockets)}`);
      if (r.job.mode === 'agree') console.log(`  socklint:\n${findingsText(r.scan)}`);
      console.log(`  tree: ${o.keep ? r.job.tree : '(use --keep --only ' + r.job.id + ' to inspect)'}`);
    }
    const secs = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `\nreality outcomes: ${Object.entries(outcomes)
        .map(([k, v]) => `${k}: ${v}`)
        .join(', ')}`,
    );
    if (o.json)
      fs.writeFileSync(
        o.json,
        JSON.stringify(
          results.map(({ job, ev, problems, fix }) => ({
            id: job.id,
            family: job.family,
            mode: job.mode,
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
    console.log(`reality: ${familySummary(results, families)} (${secs} s)`);
    // Any disagreement, spec mismatch, or run that could not be set up (or cleaned up) fails the tier.
    return results.every((r) => !r.problems.length) ? 0 : 1;
  } finally {
    await cleanup.run(o.keep);
    releaseLock();
  }
}

/**
 * One line per run: `nginx 351/351 agree, 84 fixes verified; apache 90/90 match the spec (socklint:
 * not yet)`, with socklint's own count when `--preview` ran it on a family in spec mode.
 */
function familySummary(results, families) {
  return families
    .filter((f) => results.some((r) => r.job.family === f))
    .map((f) => {
      const mine = results.filter((r) => r.job.family === f);
      const ok = mine.filter((r) => !r.problems.length).length;
      const agree = mine.filter((r) => r.job.mode === 'agree');
      if (agree.length === mine.length && mine.length) {
        const fixes = mine.filter((r) => r.fix?.ok && !r.fix.skipped).length;
        return `${f} ${ok}/${mine.length} agree, ${fixes} fixes verified`;
      }
      const previewed = mine.filter((r) => r.preview !== null);
      const socklint = previewed.length
        ? `socklint: ${previewed.filter((r) => r.preview).length}/${previewed.length} agree, not required yet`
        : 'socklint: not yet';
      return `${f} ${ok}/${mine.length} match the spec (${socklint})`;
    })
    .join('; ');
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
  return !webStartedAll(ev) || ev.requests.some((r) => r.status !== 200);
}

/** Apply socklint's safe fixes to a copy, run reality again, require HTTP 200 everywhere. */
async function verifyFix(repoRoot, job, ev, result, { keep, ids }) {
  const safe = result.findings.filter((f) => f.fix?.safe);
  if (!safe.length) return null;
  // --fix can only make the tree work when every error that explains a failure has a safe fix;
  // otherwise there is nothing to verify (reported as a note, not as a disagreement).
  const explaining = explainingFindings(ev, result, job);
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
    const ev = await runnerFor(job.family)(copy, { id: `${job.id}+fix`, keep, ids });
    const bad = !webStartedAll(ev)
      ? ev.web.filter((w) => !w.started).map((w) => `${w.kind} did not start`)
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
  const down = ev.web.filter((w) => !w.started).map((w) => w.kind);
  if (down.length) return `${down.join('+')} fails`;
  const fpm = ev.fpm.every((f) => f.started) ? '' : 'fpm fails, ';
  const r = ev.requests[0];
  if (!r) return fpm + 'no request';
  const status = r.status === 200 && !r.php ? '200 (not PHP)' : r.status;
  return fpm + (status === 200 ? 'HTTP 200' : `HTTP ${status}${r.errno ? ` errno ${r.errno}` : ''}`);
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
