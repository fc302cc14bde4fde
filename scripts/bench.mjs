// `npm run bench`: socklint next to its floors, side by side in one run, as child processes the
// way users run it (the ncc bundle of the CLI, built into build/bench-cli when the sources are newer):
//
// (a) a monorepo of 20,000 files plus 30,000 git-ignored ones: `socklint scan` against the floor,
//     `git ls-files` plus reading every listed file; wall and CPU time, peak memory;
// (b) one 4 MB nginx.conf with 10,000 servers: `socklint scan` against a process that parses it
//     with the nginx-conf package;
// (c) cold start: `socklint --version` and a scan of an empty directory against `node -e 0`;
// (d) the nginx reader against nginx-conf, in this process;
// (e) what the provisioning parsers cost: loading the shell and Dockerfile parsers the first time a
//     scan needs them, and how fast the shell interpreter reads a provisioning script.
//
// Targets are reported as met or not; the exit code is non-zero only when something fails to run.
// Options: --runs N (timed runs per measurement, default 5), --files N (default 20000),
// --ignored N (default 30000), --keep (leave the generated trees and print where).
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { largeNginxFile, serversNginxFile, writeIgnored, writeRepository } from './bench-fixtures.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const buildDir = join(repoRoot, 'build', 'bench');
const cliDir = join(repoRoot, 'build', 'bench-cli');
const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    files: { type: 'string', default: '20000' },
    ignored: { type: 'string', default: '30000' },
    keep: { type: 'boolean', default: false },
  },
});
const RUNS = Math.max(1, Number(options.runs));
const FILES = Math.max(3000, Number(options.files));
const IGNORED = Math.max(0, Number(options.ignored));

const TARGET_SCAN_OVER_FLOOR = 2;
const TARGET_RSS_MB = 200;
const TARGET_SCAN_OVER_NGINX_CONF = 1.5;
const TARGET_COLD_START_MS = 300;
const TARGET_PARSER_SPEEDUP = 5;

/* ------------------------------------------------------------------ build */

function newestMtime(path) {
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = 0;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

function ensureBuild() {
  const stamp = join(buildDir, '.stamp');
  let built = 0;
  try {
    built = statSync(stamp).mtimeMs;
  } catch {
    // not built yet
  }
  const inputs = ['src', 'schema', 'tsconfig.json', 'tsconfig.bench.json'].map((p) => join(repoRoot, p));
  if (built > 0 && inputs.every((p) => newestMtime(p) < built)) return;
  process.stderr.write('compiling the engine (tsc -p tsconfig.bench.json)…\n');
  rmSync(buildDir, { recursive: true, force: true });
  const tsc = join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
  execFileSync(process.execPath, [tsc, '-p', join(repoRoot, 'tsconfig.bench.json')], { stdio: 'inherit' });
  // tsc emits only what it compiles: the CommonJS shims the engine imports are copied beside.
  for (const file of readdirSync(join(repoRoot, 'src'), { recursive: true }))
    if (String(file).endsWith('.cjs')) copyFileSync(join(repoRoot, 'src', file), join(buildDir, 'src', file));
  writeFileSync(stamp, '');
}

/** The CLI as users get it: the ncc bundle (with its lazily loaded chunks). */
function ensureCliBundle() {
  const stamp = join(cliDir, '.stamp');
  let built = 0;
  try {
    built = statSync(stamp).mtimeMs;
  } catch {
    // not built yet
  }
  const inputs = ['src', 'schema', 'package.json'].map((p) => join(repoRoot, p));
  if (built > 0 && inputs.every((p) => newestMtime(p) < built)) return join(cliDir, 'index.js');
  process.stderr.write('bundling the CLI (ncc, as npm run build does)…\n');
  rmSync(cliDir, { recursive: true, force: true });
  const ncc = join(repoRoot, 'node_modules/@vercel/ncc/dist/ncc/cli.js');
  execFileSync(
    process.execPath,
    [
      ncc,
      'build',
      '--quiet',
      '--no-cache',
      '--transpile-only',
      '--target',
      'es2022',
      'src/cli/index.ts',
      '-o',
      cliDir,
    ],
    { cwd: repoRoot, stdio: 'inherit' },
  );
  writeFileSync(join(cliDir, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(stamp, '');
  return join(cliDir, 'index.js');
}

/* ------------------------------------------------------------------ timing */

const ms = (start) => Number(process.hrtime.bigint() - start) / 1e6;

/**
 * Runs `fn` `warmup` times untimed, then `runs` times; returns the best and median wall time and the
 * median CPU time (user + system, all threads) in ms, and the last result.
 */
async function measure(fn, { warmup = 1, runs = RUNS } = {}) {
  for (let i = 0; i < warmup; i++) await fn();
  const times = [];
  const cpu = [];
  let result;
  for (let i = 0; i < runs; i++) {
    const cpuStart = process.cpuUsage();
    const start = process.hrtime.bigint();
    const value = await fn();
    times.push(ms(start));
    if (i === runs - 1) result = value;
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const mid = Math.floor((runs - 1) / 2);
  return { best: times[0], median: times[mid], cpu: cpu[mid], result };
}

const USAGE = pathToFileURL(join(repoRoot, 'scripts', 'bench-usage.mjs')).href;

/**
 * Runs `node ARGS` `runs` times after a warm-up (the file cache is warm for both sides); returns
 * the best and median wall time, the median CPU time (user + system) and the peak RSS in MB.
 */
function measureProcess(args, { runs = RUNS, warmup = 1, ok = [0] } = {}) {
  const walls = [];
  const cpus = [];
  let rss = 0;
  for (let i = 0; i < warmup + runs; i++) {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, ['--import', USAGE, ...args], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    const wall = ms(start);
    if (!ok.includes(r.status))
      throw new Error(`node ${args.join(' ')} exited ${r.status ?? r.signal}: ${r.stderr.slice(-2000)}`);
    const usage = JSON.parse(/BENCH-USAGE (.*)/.exec(r.stderr)?.[1] ?? 'null');
    if (!usage) throw new Error(`node ${args.join(' ')} did not report its usage`);
    if (i < warmup) continue;
    walls.push(wall);
    cpus.push(usage.cpuMs);
    rss = Math.max(rss, usage.maxRssKb / 1024);
  }
  walls.sort((a, b) => a - b);
  cpus.sort((a, b) => a - b);
  const mid = Math.floor((runs - 1) / 2);
  return { best: walls[0], median: walls[mid], cpu: cpus[mid], rss };
}

/* ------------------------------------------------------------------ output */

const fmtMs = (t) => (t >= 1000 ? `${(t / 1000).toFixed(2)} s` : `${t.toFixed(t < 10 ? 2 : 0)} ms`);
const MiB = 1024 * 1024;

function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  const line = (r) =>
    r
      .map((cell, c) => (c === 0 ? String(cell).padEnd(widths[c]) : String(cell).padStart(widths[c])))
      .join('  ');
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

const verdict = (met) => (met ? 'met' : 'NOT MET');

/* ------------------------------------------------------------------ main */

/** (c) socklint's nginx reader and nginx-conf's on one large file, in a heap that holds nothing else. */
async function benchParsers(parseNginx, NginxParser) {
  const text = largeNginxFile();
  const size = Buffer.byteLength(text);
  // socklint's tree is lazy: a directive's name, arguments and spans are built when read. The rows
  // after the first read them, as the engine does, to compare with nginx-conf, which builds a node
  // (name, arguments as one string, children) for every directive while parsing.
  let chars = 0;
  const readNames = (directives) => {
    let n = 0;
    for (const d of directives) {
      n++;
      chars += d.name.length;
      if (d.block) n += readNames(d.block);
    }
    return n;
  };
  const readAll = (directives) => {
    let n = 0;
    for (const d of directives) {
      n++;
      chars += d.name.length;
      for (const a of d.args) chars += a.value.length + a.raw.length + a.span.line;
      if (d.block) n += readAll(d.block);
    }
    return n;
  };
  const runs = Math.max(RUNS, 15);
  const own = await measure(() => parseNginx(text), { warmup: 3, runs });
  if (own.result.errors.length > 0)
    throw new Error(`socklint's parser: ${own.result.errors[0].message} on the generated file`);
  const names = await measure(() => readNames(parseNginx(text).directives), { warmup: 3, runs });
  const all = await measure(() => readAll(parseNginx(text).directives), { warmup: 3, runs });
  const other = await measure(
    () => {
      let tree;
      let error;
      new NginxParser().parse(text, (e, t) => {
        error = e;
        tree = t;
      });
      if (error) throw new Error(`nginx-conf: ${error.message} at line ${error.line}`);
      return tree;
    },
    { warmup: 2, runs },
  );
  const countConf = (node) => node.children.reduce((n, c) => n + 1 + countConf(c), 0);
  return { size, own, names, all, other, ownCount: all.result, otherCount: countConf(other.result), chars };
}

const processRow = (name, m) => [
  name,
  fmtMs(m.best),
  fmtMs(m.median),
  fmtMs(m.cpu),
  `${m.rss.toFixed(0)} MB`,
];
const ratioRow = (name, a, b) => [
  name,
  (a.best / b.best).toFixed(2) + 'x',
  (a.median / b.median).toFixed(2) + 'x',
  (a.cpu / b.cpu).toFixed(2) + 'x',
  '',
];
const PROCESS_HEADER = ['best', 'median', 'CPU', 'peak RSS'];
const signed = (t) => `${t < 0 ? '-' : '+'}${fmtMs(Math.abs(t))}`;
const signedMs = (wall, cpu) => `${signed(wall)} (${signed(cpu)})`;

async function main() {
  ensureBuild();
  const cli = ensureCliBundle();
  const { parseNginx } = await import(pathToFileURL(join(buildDir, 'src/engine/parse/nginx/index.js')).href);
  const { NginxParser } = createRequire(import.meta.url)('nginx-conf/dist/src/parser.js');

  const cpus = os.cpus();
  const load = os.loadavg()[0];
  console.log(
    `machine: ${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GB RAM, ` +
      `node ${process.version}, ${os.platform()} ${os.arch()}, load average ${load.toFixed(1)} at start`,
  );
  console.log(
    `runs: a warm-up, then ${RUNS} timed runs (cold start: ${Math.max(RUNS, 15)}; parsers: ${Math.max(RUNS, 15)}); ` +
      'CPU is user + system time of the measured process\n',
  );

  const scratch = mkdtempSync(join(os.tmpdir(), 'socklint-bench-'));
  const cleanup = () => {
    if (!options.keep) rmSync(scratch, { recursive: true, force: true });
  };
  process.on('SIGINT', () => {
    cleanup();
    process.exit(130);
  });
  const verdicts = [];
  try {
    /* ---------------------------------------------------------- (a) the monorepo */
    const root = join(scratch, 'monorepo');
    mkdirSync(root);
    const start = process.hrtime.bigint();
    const repo = writeRepository(root, FILES);
    const ignored = writeIgnored(root, IGNORED);
    const git = (...args) =>
      execFileSync('git', ['-c', 'core.autocrlf=false', '-c', 'init.defaultBranch=main', ...args], {
        cwd: root,
        stdio: 'pipe',
        maxBuffer: 512 * 1024 * 1024,
      });
    git('init', '-q');
    git('add', '-A');
    const tracked = git('ls-files', '-z').toString().split('\0').filter(Boolean);
    console.log(
      `(a) repository: ${repo.files} files (${repo.configs} nginx, PHP-FPM and Dockerfiles), ${(repo.bytes / MiB).toFixed(1)} MB, ` +
        `${tracked.length + 1} tracked, plus ${ignored.files} git-ignored files; generated in ${fmtMs(ms(start))}` +
        `${options.keep ? ` at ${root}` : ''}`,
    );
    const floor = measureProcess([join(repoRoot, 'scripts/bench-floor.mjs'), root]);
    const scan = measureProcess([cli, 'scan', root, '--format', 'json', '--output', '/dev/null'], {
      ok: [0, 1],
    });
    console.log(
      table([
        ['', ...PROCESS_HEADER],
        processRow('floor: git ls-files + read every listed file', floor),
        processRow('socklint scan', scan),
        ratioRow('ratio scan / floor', scan, floor),
      ]),
    );
    verdicts.push(
      [
        `(a) scan within ${TARGET_SCAN_OVER_FLOOR}x of the floor (median)`,
        scan.median / floor.median <= TARGET_SCAN_OVER_FLOOR,
      ],
      [`(a) scan peak RSS <= ${TARGET_RSS_MB} MB`, scan.rss <= TARGET_RSS_MB],
    );

    /* ---------------------------------------------------------- (b) one large nginx.conf */
    const big = join(scratch, 'big');
    const text = serversNginxFile();
    mkdirSync(join(big, 'etc/nginx'), { recursive: true });
    mkdirSync(join(big, 'etc/php/8.2/fpm/pool.d'), { recursive: true });
    writeFileSync(join(big, 'etc/nginx/nginx.conf'), text);
    writeFileSync(
      join(big, 'etc/php/8.2/fpm/pool.d/www.conf'),
      '[www]\nuser = www-data\ngroup = www-data\nlisten = /run/php/php8.2-fpm.sock\nlisten.owner = www-data\nlisten.group = www-data\npm = dynamic\npm.max_children = 5\npm.start_servers = 2\npm.min_spare_servers = 1\npm.max_spare_servers = 3\n',
    );
    const nginxConf = measureProcess([
      join(repoRoot, 'scripts/bench-nginx-conf.mjs'),
      join(big, 'etc/nginx/nginx.conf'),
    ]);
    const bigScan = measureProcess([cli, 'scan', big, '--format', 'json', '--output', '/dev/null'], {
      ok: [0, 1],
    });
    console.log(
      `\n(b) one nginx.conf of ${(Buffer.byteLength(text) / MiB).toFixed(1)} MB with 10,000 servers, each passing PHP to one pool`,
    );
    console.log(
      table([
        ['', ...PROCESS_HEADER],
        processRow('node + nginx-conf 2.1.0 parsing it', nginxConf),
        processRow('socklint scan', bigScan),
        ratioRow('ratio scan / nginx-conf', bigScan, nginxConf),
      ]),
    );
    verdicts.push([
      `(b) scan within ${TARGET_SCAN_OVER_NGINX_CONF}x of nginx-conf (median)`,
      bigScan.median / nginxConf.median <= TARGET_SCAN_OVER_NGINX_CONF,
    ]);

    /* ---------------------------------------------------------- (c) cold start */
    const empty = join(scratch, 'empty');
    mkdirSync(empty);
    const cold = { runs: Math.max(RUNS, 15), warmup: 2 };
    const bare = measureProcess(['-e', '0'], cold);
    const version = measureProcess([cli, '--version'], cold);
    const emptyScan = measureProcess([cli, 'scan', empty], cold);
    console.log('\n(c) cold start');
    console.log(
      table([
        ['', ...PROCESS_HEADER, 'over node -e 0 (CPU)'],
        [...processRow('node -e 0', bare), ''],
        [
          ...processRow('socklint --version', version),
          signedMs(version.median - bare.median, version.cpu - bare.cpu),
        ],
        [
          ...processRow('socklint scan (empty directory)', emptyScan),
          signedMs(emptyScan.median - bare.median, emptyScan.cpu - bare.cpu),
        ],
      ]),
    );
    verdicts.push([
      `(c) cold start within ${TARGET_COLD_START_MS} ms of node -e 0 (median; --version and an empty scan)`,
      Math.max(version.median, emptyScan.median) - bare.median <= TARGET_COLD_START_MS,
    ]);
  } finally {
    cleanup();
  }

  /* ---------------------------------------------------------- (d) the nginx reader */
  const parsers = await benchParsers(parseNginx, NginxParser);
  const { size, own, names, all, other, ownCount, otherCount } = parsers;
  const mbps = (t) => (size / MiB / (t / 1000)).toFixed(1);
  const row = (name, m) => [
    name,
    fmtMs(m.best),
    fmtMs(m.median),
    fmtMs(m.cpu),
    mbps(m.median),
    (other.median / m.median).toFixed(1) + 'x',
    (other.cpu / m.cpu).toFixed(1) + 'x',
  ];
  console.log(
    '\n' +
      table([
        [
          `(d) nginx file of ${(size / MiB).toFixed(1)} MB, ${ownCount} directives`,
          'best',
          'median',
          'CPU',
          'MB/s',
          'vs nginx-conf',
          'by CPU',
        ],
        row('socklint parseNginx (lazy tree)', own),
        row('  + read every name and block', names),
        row('  + read every argument and span', all),
        row('nginx-conf 2.1.0 NginxParser#parse', other),
      ]),
  );
  if (ownCount !== otherCount)
    console.log(`  note: nginx-conf built ${otherCount} directives, socklint ${ownCount}`);
  verdicts.push([
    `(d) parseNginx >= ${TARGET_PARSER_SPEEDUP}x nginx-conf (median)`,
    other.median / own.median >= TARGET_PARSER_SPEEDUP,
  ]);

  await benchProvisioning();

  const end = os.loadavg()[0];
  console.log(`\ntargets (load average ${end.toFixed(1)} at the end, on ${cpus.length} cores):`);
  for (const [what, met] of verdicts) console.log(`  ${what}: ${verdict(met)}`);
  if (Math.max(load, end) > cpus.length)
    console.log(
      '  The machine was busier than its cores: wall times include waiting for a CPU, and their ratios\n' +
        '  vary from run to run; the CPU column (and its ratio) is the comparable figure.',
    );
}

/* ------------------------------------------------------------------ (e) the provisioning parsers */

/** Loading a parser in a fresh process, as the first scan that needs it does (median of `runs`). */
function parserLoad(module, load, runs) {
  const url = pathToFileURL(join(buildDir, 'src', 'engine', 'parse', 'provision', module)).href;
  const script =
    `const t = process.hrtime.bigint(); const m = await import(${JSON.stringify(url)}); await m.${load}(); ` +
    `process.stdout.write(String(Number(process.hrtime.bigint() - t) / 1e6));`;
  const times = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`${module}: ${r.stderr}`);
    times.push(Number(r.stdout));
  }
  times.sort((a, b) => a - b);
  return times[Math.floor((runs - 1) / 2)];
}

async function benchProvisioning() {
  const runs = Math.max(RUNS, 9);
  const shellLoad = parserLoad('shell-syntax.js', 'loadShellParser', runs);
  const dockerLoad = parserLoad('dockerfile.js', 'loadDockerfileParser', runs);
  const provision = (p) =>
    import(pathToFileURL(join(buildDir, 'src', 'engine', 'parse', 'provision', p)).href);
  const { loadProvisionParsers } = await provision('index.js');
  const { shellFacts } = await provision('shell.js');
  await loadProvisionParsers();
  const script = provisioningScript(2000);
  const lines = script.split('\n').length;
  const file = { path: 'setup.sh', absPath: '/setup.sh', text: script, hadBom: false, crlf: false };
  const interpret = await measure(() => shellFacts(file).facts.length, { warmup: 2, runs });
  console.log(
    '\n' +
      table([
        ['(e) provisioning parsers', 'median', 'best'],
        ['load the shell parser (WebAssembly), once', fmtMs(shellLoad), '-'],
        ['load the Dockerfile parser, once', fmtMs(dockerLoad), '-'],
        [
          `interpret a script of ${lines} lines (${interpret.result} facts)`,
          fmtMs(interpret.median),
          fmtMs(interpret.best),
        ],
        ['  lines per second', String(Math.round(lines / (interpret.median / 1000))), '-'],
      ]),
  );
}

/** A provisioning script of about `lines` lines: accounts, directories, loops, heredocs, sed. */
function provisioningScript(lines) {
  const out = ['#!/bin/sh', 'set -eu', 'PHP=8.2', 'SOCK_DIR=/run/php'];
  for (let i = 0; out.length < lines; i++) {
    out.push(
      `if ! id app${i} >/dev/null 2>&1; then useradd --system -G www-data "app${i}"; fi`,
      `for d in logs sessions; do mkdir -p "/var/www/app${i}/$d" && chown "app${i}:www-data" "/var/www/app${i}/$d"; done`,
      `cat > /etc/php/$PHP/fpm/pool.d/app${i}.conf <<EOF`,
      `[app${i}]`,
      `user = app${i}`,
      `listen = $SOCK_DIR/app${i}.sock`,
      'listen.owner = www-data',
      'EOF',
      `sed -i -e "s/^pm = .*/pm = ondemand/" /etc/php/$PHP/fpm/pool.d/app${i}.conf`,
      `ln -sf /etc/nginx/sites-available/app${i} /etc/nginx/sites-enabled/`,
    );
  }
  return out.join('\n') + '\n';
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
