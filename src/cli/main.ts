/** The command line: `socklint scan` and `socklint sockets`, a thin shell over the engine. */
import { statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError } from '../engine/config.js';
import type { FailOn } from '../engine/findings.js';
import { describeFixRun, prepareFixes, unifiedDiff } from '../engine/fix/index.js';
import { analyze, reachesFailOn } from '../engine/scan.js';
import { renderJson } from '../engine/report/json.js';
import { renderSarif } from '../engine/report/sarif.js';
import { describeSockets, renderSocketsText } from '../engine/report/sockets.js';
import { renderText } from '../engine/report/text.js';
import { VERSION } from '../engine/version.js';

const USAGE = `Usage: socklint <command> [PATH] [options]

Commands:
  scan [PATH]      check that every web server can connect to the PHP-FPM sockets it points at
  sockets [PATH]   print the resolved graph: web servers, socket clients, pools, who reaches what

Options:
  --format FORMAT     scan: text (default), json or sarif; sockets: text or json
  --output FILE       write the report to FILE instead of standard output
  --config FILE       configuration file (default: PATH/.socklint.yml when present)
  --fail-on LEVEL     error (default), warning, notice or never: the lowest severity that exits 1
  --max-file-size N   skip files larger than N bytes (default 5 MB)
  --diff              scan: print the fixes as a unified diff instead of the report, change nothing
  --fix               scan: write the fixes, then report what is left
  --unsafe-fixes      with --diff or --fix: include the fixes marked unsafe (they change where nginx connects)
  --no-color          no colour even on a terminal
  --debug             print a stack trace on internal failures
  -v, --version       print the version
  -h, --help          print this help

Exit codes: 0 nothing reaches --fail-on, 1 findings reach it, 2 usage error or internal failure.
`;

class UsageError extends Error {}

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTty: boolean;
}

export async function main(argv: string[], io: Io): Promise<number> {
  let debug = argv.includes('--debug');
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
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
      },
    });
    debug = values.debug ?? false;
    if (values.help) return (io.stdout(USAGE), 0);
    if (values.version) return (io.stdout(`socklint ${VERSION}\n`), 0);
    const [command, target, ...rest] = positionals;
    if (!command) throw new UsageError('a command is required: scan or sockets');
    if (command !== 'scan' && command !== 'sockets')
      throw new UsageError(`unknown command "${command}": use scan or sockets`);
    if (rest.length > 0) throw new UsageError(`unexpected argument "${rest[0]}": give one PATH`);
    const root = path.resolve(target ?? '.');
    if (!isDirectory(root)) throw new UsageError(`no such directory: ${target ?? root}`);
    const failOn = parseFailOn(values['fail-on']);
    const maxFileBytes =
      values['max-file-size'] === undefined ? undefined : parseSize(values['max-file-size']);
    const format = values.format ?? 'text';
    const formats = command === 'scan' ? ['text', 'json', 'sarif'] : ['text', 'json'];
    if (!formats.includes(format))
      throw new UsageError(`--format must be ${formats.join(', ')} for ${command}`);
    const fixing = values.diff || values.fix;
    if (fixing && command !== 'scan') throw new UsageError('--diff and --fix only apply to scan');
    if (values['unsafe-fixes'] && !fixing) throw new UsageError('--unsafe-fixes goes with --diff or --fix');
    const color = io.isTty && !values['no-color'] && !values.output && process.env.NO_COLOR === undefined;

    let analysis = await analyze({ root, config: values.config, failOn, maxFileBytes });
    // Fixes (src/engine/fix): --diff shows them, --fix writes them and rescans; both say what is left.
    let fixSummary = '';
    let diffText: string | undefined;
    if (fixing) {
      const run = await prepareFixes(analysis, root, { unsafe: values['unsafe-fixes'] });
      if (values.diff) diffText = unifiedDiff(run.patches);
      if (values.fix && run.patches.length > 0) {
        for (const p of run.patches) writeFileSync(path.join(root, ...p.path.split('/')), p.after);
        analysis = await analyze({ root, config: values.config, failOn, maxFileBytes });
      }
      fixSummary = describeFixRun(run, values.fix === true);
    }
    const { result, config } = analysis;
    let report: string;
    if (command === 'sockets') {
      const view = describeSockets(analysis.graphs, analysis.evaluations, analysis.restore);
      report = format === 'json' ? JSON.stringify(view, null, 2) + '\n' : renderSocketsText(view);
    } else if (format === 'json') report = renderJson(result);
    else if (format === 'sarif')
      report = JSON.stringify(renderSarif(result, { toolVersion: VERSION }), null, 2) + '\n';
    else report = renderText(result, { color, sources: analysis.sources });

    if (values.output) writeFileSync(values.output, report);
    else if (diffText === undefined) io.stdout(report);
    if (diffText !== undefined) io.stdout(diffText);
    if (fixSummary) (values.output && diffText === undefined ? io.stdout : io.stderr)(fixSummary);
    if (command === 'sockets') return 0;
    return result.findings.some((f) => reachesFailOn(f.severity, config.failOn)) ? 1 : 0;
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError || isParseArgsError(error)) {
      io.stderr(
        `socklint: ${(error as Error).message}\n${error instanceof ConfigError ? '' : "Run 'socklint --help' for usage.\n"}`,
      );
      return 2;
    }
    io.stderr(
      `socklint: internal error: ${(error as Error).message ?? String(error)}${debug ? '' : ' (run with --debug for details)'}\n`,
    );
    if (debug) io.stderr(`${(error as Error).stack ?? ''}\n`);
    return 2;
  }
}

function parseFailOn(value: string | undefined): FailOn | undefined {
  if (value === undefined) return undefined;
  if (!['error', 'warning', 'notice', 'never'].includes(value)) {
    throw new UsageError(`--fail-on must be error, warning, notice or never, not "${value}"`);
  }
  return value as FailOn;
}

function parseSize(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0)
    throw new UsageError(`--max-file-size must be a positive number of bytes, not "${value}"`);
  return n;
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function isParseArgsError(error: unknown): boolean {
  return (
    typeof (error as { code?: string })?.code === 'string' &&
    (error as { code: string }).code.startsWith('ERR_PARSE_ARGS')
  );
}
