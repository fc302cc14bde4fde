// `npm run bench`: how long socklint takes on a large repository, next to the time to merely read it,
// and how fast its nginx reader is next to the nginx-conf package.
//
// The engine is compiled with `tsc -p tsconfig.bench.json` into build/bench (done here when the
// sources are newer than the build). A repository of 20,000 files is generated in the system's
// temporary directory, measured, and removed. Targets are reported as met or not met; the exit
// code is non-zero only when something fails.
//
// It also measures (d) the start-up: the bundled CLI next to `node -e 0`, and what loading the
// shell and Dockerfile parsers costs the first time a scan needs them, and how fast the shell
// interpreter reads provisioning scripts.
//
// Options: --runs N (timed runs per measurement, default 5), --files N (default 20000),
// --keep (leave the generated repository in place and print its path), --startup-only (only (d)).
import { execFileSync, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { largeNginxFile, writeRepository } from './bench-fixtures.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const buildDir = join(repoRoot, 'build', 'bench');
const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    files: { type: 'string', default: '20000' },
    keep: { type: 'boolean', default: false },
    'startup-only': { type: 'boolean', default: false },
  },
});
const RUNS = Math.max(1, Number(options.runs));
const FILES = Math.max(3000, Number(options.files));

const TARGET_GRAPH_MS = 2000;
const TARGET_GRAPH_OVER_READ = 3;
const TARGET_PARSER_SPEEDUP = 5;
const TARGET_CLI_OVERHEAD_MS = 300;

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
  // tsc compiles TypeScript only: the CommonJS shim the shell parser loads is copied as it is.
  const shim = join('src', 'engine', 'parse', 'provision', 'tree-sitter.cjs');
  copyFileSync(join(repoRoot, shim), join(buildDir, shim));
  writeFileSync(stamp, '');
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

async function main() {
  ensureBuild();
  if (options['startup-only']) return benchStartup();
  const engine = (p) => import(pathToFileURL(join(buildDir, 'src', 'engine', p)).href);
  const { analyze } = await engine('scan.js');
  const { discover } = await engine('discover/index.js');
  const { parseNginx } = await engine('parse/nginx/index.js');
  const { describeSockets } = await engine('report/sockets.js');
  const { NginxParser } = createRequire(import.meta.url)('nginx-conf/dist/src/parser.js');

  const cpus = os.cpus();
  const load = os.loadavg()[0];
  console.log(
    `machine: ${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GB RAM, ` +
      `node ${process.version}, ${os.platform()} ${os.arch()}, load average ${load.toFixed(1)} at start`,
  );
  console.log(
    `runs: a warm-up, then ${RUNS} timed runs (parsers: ${Math.max(RUNS, 15)}); CPU is user + system time\n`,
  );

  const parsers = await benchParsers(parseNginx, NginxParser);

  const root = mkdtempSync(join(os.tmpdir(), 'socklint-bench-'));
  const cleanup = () => {
    if (!options.keep) rmSync(root, { recursive: true, force: true });
  };
  process.on('SIGINT', () => {
    cleanup();
    process.exit(130);
  });
  try {
    /* ---------------------------------------------------------- the repository */
    const start = process.hrtime.bigint();
    const repo = writeRepository(root, FILES);
    const git = (...args) =>
      execFileSync('git', ['-c', 'core.autocrlf=false', '-c', 'init.defaultBranch=main', ...args], {
        cwd: root,
        stdio: 'pipe',
      });
    git('init', '-q');
    git('add', '-A');
    const tracked = git('ls-files', '-z').toString().split('\0').filter(Boolean);
    console.log(
      `repository: ${repo.files} files (${repo.configs} nginx, PHP-FPM and Dockerfiles), ${(repo.bytes / MiB).toFixed(1)} MB, ` +
        `${tracked.length} tracked by git; generated in ${fmtMs(ms(start))}${options.keep ? ` at ${root}` : ''}`,
    );
    if (tracked.length !== repo.files)
      throw new Error(`git tracks ${tracked.length} files, expected ${repo.files}`);

    /* ---------------------------------------------------------- (a) reading, (b) the graph */
    const rawRead = await measure(async () => {
      let total = 0;
      const queue = [...tracked];
      await Promise.all(
        Array.from({ length: 32 }, async () => {
          while (queue.length > 0) total += (await readFile(join(root, queue.pop()), 'utf8')).length;
        }),
      );
      return total;
    });
    const rawReadSync = await measure(() => {
      let total = 0;
      for (const path of tracked) total += readFileSync(join(root, path), 'utf8').length;
      return total;
    });
    const read = await measure(() => discover(root));
    if (read.result.files.length !== repo.files)
      throw new Error(
        `discover read ${read.result.files.length} files, expected ${repo.files} (${read.result.skipped.length} skipped)`,
      );
    const kinds = {};
    for (const f of read.result.files) kinds[f.kind] = (kinds[f.kind] ?? 0) + 1;
    read.result = undefined;

    const graph = await measure(async () => {
      const analysis = await analyze({ root });
      return {
        findings: analysis.result.findings.length,
        view: describeSockets(analysis.graphs, analysis.evaluations, analysis.restore),
      };
    });
    const { findings, view } = graph.result;
    const clients = view.units.reduce((n, u) => n + u.clients.length, 0);
    const reached = view.units.reduce((n, u) => n + u.clients.filter((c) => c.reaches).length, 0);
    const pools = view.units.reduce((n, u) => n + u.pools.length, 0);
    graph.result = undefined;

    // The same discovery outside a git work tree: the directory walk instead of `git ls-files`.
    const gitDir = `${root}.git`;
    renameSync(join(root, '.git'), gitDir);
    const saved = process.env.GIT_CEILING_DIRECTORIES;
    process.env.GIT_CEILING_DIRECTORIES = dirname(root);
    let walk;
    try {
      walk = await measure(() => discover(root), { warmup: 0, runs: 1 });
    } finally {
      if (saved === undefined) delete process.env.GIT_CEILING_DIRECTORIES;
      else process.env.GIT_CEILING_DIRECTORIES = saved;
      renameSync(gitDir, join(root, '.git'));
    }
    if (walk.result.files.length !== repo.files)
      throw new Error(`the walk read ${walk.result.files.length} files, expected ${repo.files}`);

    console.log(
      `  found: ${Object.entries(kinds)
        .sort()
        .map(([k, n]) => `${n} ${k}`)
        .join(
          ', ',
        )}\n  graph: ${view.units.length} units, ${clients} socket clients (${reached} reach a pool), ` +
        `${pools} pools, ${findings} findings\n`,
    );
    console.log(
      table([
        [`repository of ${repo.files} files`, 'best', 'median', 'CPU'],
        [
          'baseline: readFileSync of every file',
          fmtMs(rawReadSync.best),
          fmtMs(rawReadSync.median),
          fmtMs(rawReadSync.cpu),
        ],
        [
          'baseline: fs.promises.readFile, 32 at a time',
          fmtMs(rawRead.best),
          fmtMs(rawRead.median),
          fmtMs(rawRead.cpu),
        ],
        ['(a) discover: list, read, classify (git)', fmtMs(read.best), fmtMs(read.median), fmtMs(read.cpu)],
        ['    discover without git (walk, 1 run)', fmtMs(walk.best), '-', fmtMs(walk.cpu)],
        [
          '(b) sockets graph: analyze + describeSockets',
          fmtMs(graph.best),
          fmtMs(graph.median),
          fmtMs(graph.cpu),
        ],
        [
          '    ratio (b) / (a)',
          (graph.best / read.best).toFixed(2) + 'x',
          (graph.median / read.median).toFixed(2) + 'x',
          (graph.cpu / read.cpu).toFixed(2) + 'x',
        ],
      ]),
    );
    const graphMet = graph.median < TARGET_GRAPH_MS;
    const ratioMet = graph.median / read.median <= TARGET_GRAPH_OVER_READ;
    console.log(`  target (b) < ${TARGET_GRAPH_MS / 1000} s (median): ${verdict(graphMet)}`);
    console.log(`  target (b) within ${TARGET_GRAPH_OVER_READ}x of (a) (median): ${verdict(ratioMet)}\n`);
  } finally {
    cleanup();
  }

  /* ---------------------------------------------------------- (c) the nginx reader */
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
    table([
      [
        `(c) nginx file of ${(size / MiB).toFixed(1)} MB, ${ownCount} directives`,
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
  console.log(
    `  target parseNginx >= ${TARGET_PARSER_SPEEDUP}x nginx-conf (median): ${verdict(other.median / own.median >= TARGET_PARSER_SPEEDUP)}` +
      `; with every name and block read: ${verdict(other.median / names.median >= TARGET_PARSER_SPEEDUP)}` +
      `; with every argument too: ${verdict(other.median / all.median >= TARGET_PARSER_SPEEDUP)}`,
  );

  await benchStartup();
}

/* ------------------------------------------------------------------ (d) start-up and the shell */

/** Median wall time of a child process, in ms. */
function childMs(args, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { cwd: repoRoot, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${args.join(' ')}: ${r.stderr}`);
    times.push(ms(start));
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor((runs - 1) / 2)], best: times[0] };
}

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

async function benchStartup() {
  const runs = Math.max(RUNS, 9);
  const cli = join(repoRoot, 'dist', 'cli', 'index.js');
  const node = childMs(['-e', '0'], runs);
  const version = existsSync(cli) ? childMs([cli, '--version'], runs) : undefined;
  const shellLoad = parserLoad('shell-syntax.js', 'loadShellParser', runs);
  const dockerLoad = parserLoad('dockerfile.js', 'loadDockerfileParser', runs);

  const { loadProvisionParsers } = await import(
    pathToFileURL(join(buildDir, 'src', 'engine', 'parse', 'provision', 'index.js')).href
  );
  const { shellFacts } = await import(
    pathToFileURL(join(buildDir, 'src', 'engine', 'parse', 'provision', 'shell.js')).href
  );
  await loadProvisionParsers();
  const script = provisioningScript(2000);
  const lines = script.split('\n').length;
  const file = { path: 'setup.sh', absPath: '/setup.sh', text: script, hadBom: false, crlf: false };
  const interpret = await measure(() => shellFacts(file).facts.length, { warmup: 2, runs });

  const rows = [
    ['(d) start-up and the shell reader', 'median', 'best'],
    ['node -e 0', fmtMs(node.median), fmtMs(node.best)],
  ];
  if (version) {
    rows.push(['socklint --version (dist/cli bundle)', fmtMs(version.median), fmtMs(version.best)]);
    rows.push(['  over node -e 0', fmtMs(version.median - node.median), fmtMs(version.best - node.best)]);
  }
  rows.push(['load the shell parser (WebAssembly), once', fmtMs(shellLoad), '-']);
  rows.push(['load the Dockerfile parser, once', fmtMs(dockerLoad), '-']);
  rows.push([
    `interpret a script of ${lines} lines (${interpret.result} facts)`,
    fmtMs(interpret.median),
    fmtMs(interpret.best),
  ]);
  rows.push(['  lines per second', String(Math.round(lines / (interpret.median / 1000))), '-']);
  console.log('\n' + table(rows));
  if (version) {
    const overhead = version.median - node.median;
    console.log(
      `  target CLI start-up < ${TARGET_CLI_OVERHEAD_MS} ms over node -e 0 (median): ${verdict(overhead < TARGET_CLI_OVERHEAD_MS)}` +
        `; the parsers load only when a scan reads shell text or a Dockerfile: ` +
        `${(shellLoad / (version.median - node.median)).toFixed(2)}x the start-up overhead for the shell parser`,
    );
  } else console.log('  (no dist/cli/index.js: build it with npm run build to measure the CLI start-up)');
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
