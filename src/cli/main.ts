/**
 * The command line: `socklint scan` and `socklint sockets`, a thin shell over the engine. The
 * engine is imported only once the arguments are known to be good, so `--help`, `--version` and
 * usage errors answer at once.
 */
import { closeSync, openSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { FailOn, ScanResult } from '../engine/findings.js';
import { startGitListing } from '../engine/discover/git-listing.js';
import { didYouMean } from '../engine/nearest.js';
import { VERSION } from '../engine/version.js';
import { useColor } from './color.js';
import { reason, resolveTarget, TargetError } from './target.js';

const USAGE = `Usage: socklint <command> [PATH] [options]

Commands:
  scan [PATH]      check that every web server can connect to the PHP-FPM sockets it points at
                   (PATH: a directory, or a file: its repository is scanned and its findings shown)
  sockets [PATH]   print the resolved graph: web servers, socket clients, pools, who reaches what

Paths in every report are relative to the repository root (git's top level, else PATH).

Options:
  --format FORMAT     scan: text (default), json or sarif; sockets: text or json
  --output FILE       write the report to FILE instead of standard output
  --config FILE       configuration file (default: the nearest .socklint.yml from PATH up to the
                      repository root)
  --fail-on LEVEL     error (default), warning, notice or never: the lowest severity that exits 1
  --max-file-size N   skip files larger than N bytes (default 5 MB)
  --diff              scan: print the fixes as a unified diff instead of the report; writes nothing,
                      even with --fix
  --fix               scan: write the fixes, then report what is left
  --unsafe-fixes      with --diff or --fix: include the fixes marked unsafe (they change where nginx connects)
  --no-color          no colour (also NO_COLOR, TERM=dumb; FORCE_COLOR forces it)
  --debug             print a stack trace on internal failures
  -v, --version       print the version
  -h, --help          print this help

Exit codes: 0 nothing reaches --fail-on, 1 findings reach it, 2 usage error or internal failure.
`;

const OPTIONS = {
  format: { type: 'string' },
  output: { type: 'string' },
  config: { type: 'string' },
  'fail-on': { type: 'string' },
  'max-file-size': { type: 'string' },
  'no-color': { type: 'boolean' },
  diff: { type: 'boolean' },
  fix: { type: 'boolean' },
  'unsafe-fixes': { type: 'boolean' },
  debug: { type: 'boolean' },
  version: { type: 'boolean', short: 'v' },
  help: { type: 'boolean', short: 'h' },
} as const;
const COMMANDS = ['scan', 'sockets'];
const FAIL_ON = ['error', 'warning', 'notice', 'never'];

/** A mistake in the command line or its paths: one line, exit 2. */
class UsageError extends Error {}

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Standard output is a terminal. */
  isTty: boolean;
  /** The environment (default: this process's), for FORCE_COLOR, NO_COLOR and TERM. */
  env?: Record<string, string | undefined>;
  /** The directory relative paths start from (default: this process's). */
  cwd?: string;
}

type Engine = typeof import('../engine/index.js');

export async function main(argv: string[], io: Io): Promise<number> {
  let debug = argv.includes('--debug');
  let engine: Engine | undefined;
  try {
    const { values, positionals } = parseArguments(argv);
    debug = values.debug ?? false;
    if (values.help) return (io.stdout(USAGE), 0);
    if (values.version) return (io.stdout(`socklint ${VERSION}\n`), 0);
    const [command, written, ...rest] = positionals;
    if (!command) throw new UsageError('a command is required: scan or sockets');
    if (!COMMANDS.includes(command))
      throw new UsageError(
        `unknown command "${command}"${didYouMean(command, COMMANDS)} (commands: scan, sockets)`,
      );
    if (rest.length > 0) throw new UsageError(`unexpected argument "${rest[0]}": give one PATH`);
    const cwd = io.cwd ?? process.cwd();
    const target = resolveTarget(written ?? '.', cwd);
    if (command === 'sockets' && target.file)
      throw new UsageError(`sockets shows a whole repository: give a directory, not the file ${written}`);
    const failOn = parseFailOn(values['fail-on']);
    const maxFileBytes =
      values['max-file-size'] === undefined ? undefined : parseSize(values['max-file-size']);
    const format = values.format ?? 'text';
    const formats = command === 'scan' ? ['text', 'json', 'sarif'] : ['text', 'json'];
    if (!formats.includes(format))
      throw new UsageError(
        `--format must be ${formats.join(', ')} for ${command}${didYouMean(format, formats)}`,
      );
    const fixing = values.diff || values.fix;
    if (fixing && command !== 'scan') throw new UsageError('--diff and --fix only apply to scan');
    if (values['unsafe-fixes'] && !fixing) throw new UsageError('--unsafe-fixes goes with --diff or --fix');
    const configFile = values.config === undefined ? undefined : path.resolve(cwd, values.config);
    if (configFile) checkReadable(values.config!, configFile);
    const output = values.output === undefined ? undefined : path.resolve(cwd, values.output);
    if (output) checkOutputDirectory(values.output!, output);
    const color = useColor({
      flag: values['no-color'] ?? false,
      isTty: output ? false : io.isTty,
      env: io.env ?? process.env,
    });

    // git lists the files while the rest of the engine loads.
    startGitListing(target.root);
    engine = await import('../engine/index.js');
    const options = {
      root: target.root,
      repoRoot: target.repoRoot,
      config: configFile,
      failOn,
      maxFileBytes,
    };
    let analysis = await engine.analyze(options);
    if (target.file) {
      const why = whyNotShown(analysis, target.file);
      if (why) return (io.stderr(`socklint: ${why}\n`), why.startsWith('nothing') ? 0 : 2);
      analysis = onlyIn(analysis, target.file);
      const count = analysis.result.findings.length;
      io.stderr(
        `socklint: scanned ${target.repoRoot}, the repository of ${target.file}; showing the ${count} finding${count === 1 ? '' : 's'} in ${target.file}\n`,
      );
    }

    // --diff shows the fixes and never writes (with --fix too, as ruff does); --fix writes them and rescans.
    let fixSummary = '';
    let diffText: string | undefined;
    if (fixing) {
      const run = await engine.prepareFixes(analysis, target.repoRoot, { unsafe: values['unsafe-fixes'] });
      const write = values.fix === true && !values.diff;
      if (values.diff) diffText = engine.unifiedDiff(run.patches);
      if (write && run.patches.length > 0) {
        for (const p of run.patches)
          writeOrFail(path.join(target.repoRoot, ...p.path.split('/')), [p.after], p.path);
        analysis = await engine.analyze(options);
        if (target.file) analysis = onlyIn(analysis, target.file);
      }
      fixSummary = engine.describeFixRun(run, write);
    }
    const { result, config } = analysis;
    // JSON is written in pieces, as it is produced: a report of 10,000 sockets is 11 MB.
    let report: Iterable<string>;
    if (command === 'sockets') {
      const view = engine.describeSockets(analysis.graphs, analysis.evaluations, analysis.restore);
      report = format === 'json' ? engine.jsonPieces(view) : [engine.renderSocketsText(view)];
    } else if (format === 'json') report = engine.jsonPieces(result);
    else if (format === 'sarif')
      report = engine.jsonPieces(engine.renderSarif(result, { toolVersion: VERSION }));
    else report = [engine.renderText(result, { color, sources: analysis.sources })];

    if (output) writeOrFail(output, report, values.output!);
    else if (diffText === undefined) for (const text of batched(report)) io.stdout(text);
    if (diffText !== undefined) io.stdout(diffText);
    if (fixSummary) (output && diffText === undefined ? io.stdout : io.stderr)(fixSummary);
    if (command === 'sockets') return 0;
    return result.findings.some((f) => engine!.reachesFailOn(f.severity, config.failOn)) ? 1 : 0;
  } catch (error) {
    if (
      error instanceof UsageError ||
      error instanceof TargetError ||
      (engine && error instanceof engine.ConfigError) ||
      isParseArgsError(error)
    ) {
      const hint =
        error instanceof UsageError || isParseArgsError(error) ? "Run 'socklint --help' for usage.\n" : '';
      io.stderr(`socklint: ${(error as Error).message}\n${hint}`);
      return 2;
    }
    io.stderr(
      `socklint: internal error: ${(error as Error).message ?? String(error)}${debug ? '' : ' (run with --debug for details)'}\n`,
    );
    if (debug) io.stderr(`${(error as Error).stack ?? ''}\n`);
    return 2;
  }
}

function parseArguments(argv: string[]) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (error) {
    const unknown = /^Unknown option '(-{1,2}[^']*)'/.exec((error as Error).message)?.[1];
    if (unknown === undefined) throw error;
    const known = Object.entries(OPTIONS).flatMap(([name, o]) => [
      `--${name}`,
      ...('short' in o ? [`-${o.short}`] : []),
    ]);
    throw new UsageError(`unknown option ${unknown}${didYouMean(unknown.split('=')[0], known)}`);
  }
}

type Analysis = Awaited<ReturnType<Engine['analyze']>>;

/**
 * Why `scan FILE` has nothing to show for the file: not read, not scanned, or not a file socklint
 * reads (a message starting with "nothing": not an error). Undefined when its findings can be shown.
 */
function whyNotShown(analysis: Analysis, file: string): string | undefined {
  const skipped = analysis.result.skipped.find((s) => s.path === file);
  if (skipped) return `${file} could not be read, so nothing in it was checked: ${skipped.reason}`;
  const read = analysis.files.find((f) => f.path === file);
  if (!read)
    return `${file} is not scanned: git ignores it, a .socklint.yml ignores it, or it is not a file socklint reads`;
  if (read.kind === 'other') return `nothing to check in ${file}: ${read.reason}`;
  return undefined;
}

function onlyIn(analysis: Analysis, file: string): Analysis {
  const result: ScanResult = {
    ...analysis.result,
    findings: analysis.result.findings.filter((f) => f.file === file),
  };
  return { ...analysis, result };
}

/** `--output` must go into an existing directory: checked before scanning, so no scan is wasted. */
function checkOutputDirectory(written: string, output: string): void {
  let info;
  try {
    info = statSync(path.dirname(output));
  } catch (error) {
    throw new UsageError(
      `cannot write ${written}: its directory ${path.dirname(output)}: ${reason(error as NodeJS.ErrnoException)}`,
    );
  }
  if (!info.isDirectory())
    throw new UsageError(`cannot write ${written}: ${path.dirname(output)} is not a directory`);
}

function checkReadable(written: string, file: string): void {
  try {
    if (statSync(file).isDirectory())
      throw new UsageError(`cannot read config ${written}: it is a directory`);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read config ${written}: ${reason(error as NodeJS.ErrnoException)}`);
  }
}

function writeOrFail(file: string, pieces: Iterable<string>, shown: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'w');
    for (const text of batched(pieces)) {
      // A pipe or a full disk may take part of a write: write the rest, as writeFileSync does.
      const bytes = Buffer.from(text);
      for (let done = 0; done < bytes.length;) done += writeSync(fd, bytes, done);
    }
  } catch (error) {
    throw new UsageError(`cannot write ${shown}: ${reason(error as NodeJS.ErrnoException)}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Pieces joined into writes of at least 64 KB: one system call per piece would cost more than the text. */
function* batched(pieces: Iterable<string>): Generator<string> {
  let pending = '';
  for (const piece of pieces) {
    pending += piece;
    if (pending.length >= 65_536) {
      yield pending;
      pending = '';
    }
  }
  if (pending !== '') yield pending;
}

function parseFailOn(value: string | undefined): FailOn | undefined {
  if (value === undefined) return undefined;
  if (!FAIL_ON.includes(value)) {
    throw new UsageError(
      `--fail-on must be error, warning, notice or never, not "${value}"${didYouMean(value, FAIL_ON)}`,
    );
  }
  return value as FailOn;
}

function parseSize(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0)
    throw new UsageError(`--max-file-size must be a positive number of bytes, not "${value}"`);
  return n;
}

function isParseArgsError(error: unknown): boolean {
  return (
    typeof (error as { code?: string })?.code === 'string' &&
    (error as { code: string }).code.startsWith('ERR_PARSE_ARGS')
  );
}
