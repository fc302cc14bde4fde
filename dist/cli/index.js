#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6201);

// A reader that stops early (`socklint scan | head`) closes the pipe: the rest of the output has
// nowhere to go, which is not a failure of the scan, so the exit code stays the scan's.
let closed = false;
process.stdout.on('error', (error) => {
    if (error.code !== 'EPIPE')
        throw error;
    closed = true;
});
const code = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)(process.argv.slice(2), {
    stdout: (text) => {
        if (!closed)
            process.stdout.write(text);
    },
    stderr: (text) => process.stderr.write(text),
    isTty: process.stdout.isTTY === true,
});
// Leaving once the output is flushed skips freeing the heap at exit: 50 ms after a large scan.
const flushed = (stream) => new Promise((done) => stream.write('', () => done()));
await Promise.all([closed ? undefined : flushed(process.stdout), flushed(process.stderr)]);
process.exit(code);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 6201:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: ./src/engine/discover/git-listing.ts + 1 modules
var git_listing = __nccwpck_require__(7198);
// EXTERNAL MODULE: ./src/engine/nearest.ts
var nearest = __nccwpck_require__(480);
// EXTERNAL MODULE: ./src/engine/version.ts
var version = __nccwpck_require__(8574);
;// CONCATENATED MODULE: ./src/cli/color.ts
/**
 * Whether to colour the report, by the usual conventions: `--no-color` always wins; then
 * `FORCE_COLOR` (`0` or `false` turns colour off, any other value, empty included, turns it on);
 * then `NO_COLOR` when set and not empty (no-color.org); then `TERM=dumb`; else only on a terminal.
 */
function useColor(options) {
    if (options.flag)
        return false;
    const force = options.env.FORCE_COLOR;
    if (force !== undefined)
        return force !== '0' && force.toLowerCase() !== 'false';
    if (options.env.NO_COLOR !== undefined && options.env.NO_COLOR !== '')
        return false;
    if (options.env.TERM === 'dumb')
        return false;
    return options.isTty;
}

// EXTERNAL MODULE: ./src/engine/repository.ts
var repository = __nccwpck_require__(4732);
;// CONCATENATED MODULE: ./src/cli/target.ts
/**
 * What `PATH` names: a directory to scan, or a file whose repository is scanned; and the
 * repository root that every printed path is relative to (git's top level, else the directory).
 */



class TargetError extends Error {
}
function resolveTarget(written, cwd) {
    const absolute = external_node_path_default().resolve(cwd, written);
    let isDirectory;
    try {
        isDirectory = (0,external_node_fs_.statSync)(absolute).isDirectory();
    }
    catch (error) {
        throw new TargetError(`cannot scan ${written}: ${reason(error)}`);
    }
    const real = (0,external_node_fs_.realpathSync)(absolute);
    const top = (dir) => {
        const found = (0,repository/* gitTopLevel */.o)(dir);
        return found === undefined ? dir : (0,external_node_fs_.realpathSync)(found);
    };
    if (isDirectory)
        return { root: real, repoRoot: top(real) };
    const dir = external_node_path_default().dirname(real);
    const repoRoot = top(dir);
    return { root: repoRoot, repoRoot, file: external_node_path_default().relative(repoRoot, real).split((external_node_path_default()).sep).join('/') };
}
/** `no such file or directory`, from an fs error, without Node's decoration. */
function reason(error) {
    switch (error.code) {
        case 'ENOENT':
            return 'no such file or directory';
        case 'ENOTDIR':
            return 'a part of the path is not a directory';
        case 'EACCES':
        case 'EPERM':
            return 'permission denied';
        case 'EISDIR':
            return 'it is a directory';
        case 'EROFS':
            return 'read-only file system';
        case 'ENOSPC':
            return 'no space left on the device';
        case 'ELOOP':
            return 'too many levels of symbolic links';
        default:
            return error.message.replace(/^[A-Z]+: /, '').replace(/, \w+ '.*'$/, '');
    }
}

;// CONCATENATED MODULE: ./src/cli/main.ts
/**
 * The command line: `socklint scan` and `socklint sockets`, a thin shell over the engine. The
 * engine is imported only once the arguments are known to be good, so `--help`, `--version` and
 * usage errors answer at once.
 */








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
};
const COMMANDS = ['scan', 'sockets'];
const FAIL_ON = ['error', 'warning', 'notice', 'never'];
/** A mistake in the command line or its paths: one line, exit 2. */
class UsageError extends Error {
}
async function main(argv, io) {
    let debug = argv.includes('--debug');
    let engine;
    try {
        const { values, positionals } = parseArguments(argv);
        debug = values.debug ?? false;
        if (values.help)
            return (io.stdout(USAGE), 0);
        if (values.version)
            return (io.stdout(`socklint ${version/* VERSION */.x}\n`), 0);
        const [command, written, ...rest] = positionals;
        if (!command)
            throw new UsageError('a command is required: scan or sockets');
        if (!COMMANDS.includes(command))
            throw new UsageError(`unknown command "${command}"${(0,nearest/* didYouMean */.a)(command, COMMANDS)} (commands: scan, sockets)`);
        if (rest.length > 0)
            throw new UsageError(`unexpected argument "${rest[0]}": give one PATH`);
        const cwd = io.cwd ?? process.cwd();
        const target = resolveTarget(written ?? '.', cwd);
        if (command === 'sockets' && target.file)
            throw new UsageError(`sockets shows a whole repository: give a directory, not the file ${written}`);
        const failOn = parseFailOn(values['fail-on']);
        const maxFileBytes = values['max-file-size'] === undefined ? undefined : parseSize(values['max-file-size']);
        const format = values.format ?? 'text';
        const formats = command === 'scan' ? ['text', 'json', 'sarif'] : ['text', 'json'];
        if (!formats.includes(format))
            throw new UsageError(`--format must be ${formats.join(', ')} for ${command}${(0,nearest/* didYouMean */.a)(format, formats)}`);
        const fixing = values.diff || values.fix;
        if (fixing && command !== 'scan')
            throw new UsageError('--diff and --fix only apply to scan');
        if (values['unsafe-fixes'] && !fixing)
            throw new UsageError('--unsafe-fixes goes with --diff or --fix');
        const configFile = values.config === undefined ? undefined : external_node_path_default().resolve(cwd, values.config);
        if (configFile)
            checkReadable(values.config, configFile);
        const output = values.output === undefined ? undefined : external_node_path_default().resolve(cwd, values.output);
        if (output)
            checkOutputDirectory(values.output, output);
        const color = useColor({
            flag: values['no-color'] ?? false,
            isTty: output ? false : io.isTty,
            env: io.env ?? process.env,
        });
        // git lists the files while the rest of the engine loads.
        (0,git_listing/* startGitListing */.P)(target.root);
        engine = await Promise.all(/* import() */[__nccwpck_require__.e(694), __nccwpck_require__.e(743)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5743));
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
            if (why)
                return (io.stderr(`socklint: ${why}\n`), why.startsWith('nothing') ? 0 : 2);
            analysis = onlyIn(analysis, target.file);
            const count = analysis.result.findings.length;
            io.stderr(`socklint: scanned ${target.repoRoot}, the repository of ${target.file}; showing the ${count} finding${count === 1 ? '' : 's'} in ${target.file}\n`);
        }
        // --diff shows the fixes and never writes (with --fix too, as ruff does); --fix writes them and rescans.
        let fixSummary = '';
        let diffText;
        if (fixing) {
            const run = await engine.prepareFixes(analysis, target.repoRoot, { unsafe: values['unsafe-fixes'] });
            const write = values.fix === true && !values.diff;
            if (values.diff)
                diffText = engine.unifiedDiff(run.patches);
            if (write && run.patches.length > 0) {
                for (const p of run.patches)
                    writeOrFail(external_node_path_default().join(target.repoRoot, ...p.path.split('/')), [p.after], p.path);
                analysis = await engine.analyze(options);
                if (target.file)
                    analysis = onlyIn(analysis, target.file);
            }
            fixSummary = engine.describeFixRun(run, write);
        }
        const { result, config } = analysis;
        // JSON is written in pieces, as it is produced: a report of 10,000 sockets is 11 MB.
        let report;
        if (command === 'sockets') {
            const view = engine.describeSockets(analysis.graphs, analysis.evaluations, analysis.restore);
            report = format === 'json' ? engine.jsonPieces(view) : [engine.renderSocketsText(view)];
        }
        else if (format === 'json')
            report = engine.jsonPieces(result);
        else if (format === 'sarif')
            report = engine.jsonPieces(engine.renderSarif(result, { toolVersion: version/* VERSION */.x }));
        else
            report = [engine.renderText(result, { color, sources: analysis.sources })];
        if (output)
            writeOrFail(output, report, values.output);
        else if (diffText === undefined)
            for (const text of batched(report))
                io.stdout(text);
        if (diffText !== undefined)
            io.stdout(diffText);
        if (fixSummary)
            (output && diffText === undefined ? io.stdout : io.stderr)(fixSummary);
        if (command === 'sockets')
            return 0;
        return result.findings.some((f) => engine.reachesFailOn(f.severity, config.failOn)) ? 1 : 0;
    }
    catch (error) {
        if (error instanceof UsageError ||
            error instanceof TargetError ||
            (engine && error instanceof engine.ConfigError) ||
            isParseArgsError(error)) {
            const hint = error instanceof UsageError || isParseArgsError(error) ? "Run 'socklint --help' for usage.\n" : '';
            io.stderr(`socklint: ${error.message}\n${hint}`);
            return 2;
        }
        io.stderr(`socklint: internal error: ${error.message ?? String(error)}${debug ? '' : ' (run with --debug for details)'}\n`);
        if (debug)
            io.stderr(`${error.stack ?? ''}\n`);
        return 2;
    }
}
function parseArguments(argv) {
    try {
        return (0,external_node_util_.parseArgs)({ args: argv, allowPositionals: true, options: OPTIONS });
    }
    catch (error) {
        const unknown = /^Unknown option '(-{1,2}[^']*)'/.exec(error.message)?.[1];
        if (unknown === undefined)
            throw error;
        const known = Object.entries(OPTIONS).flatMap(([name, o]) => [
            `--${name}`,
            ...('short' in o ? [`-${o.short}`] : []),
        ]);
        throw new UsageError(`unknown option ${unknown}${(0,nearest/* didYouMean */.a)(unknown.split('=')[0], known)}`);
    }
}
/**
 * Why `scan FILE` has nothing to show for the file: not read, not scanned, or not a file socklint
 * reads (a message starting with "nothing": not an error). Undefined when its findings can be shown.
 */
function whyNotShown(analysis, file) {
    const skipped = analysis.result.skipped.find((s) => s.path === file);
    if (skipped)
        return `${file} could not be read, so nothing in it was checked: ${skipped.reason}`;
    const read = analysis.files.find((f) => f.path === file);
    if (!read)
        return `${file} is not scanned: git ignores it, a .socklint.yml ignores it, or it is not a file socklint reads`;
    if (read.kind === 'other')
        return `nothing to check in ${file}: ${read.reason}`;
    return undefined;
}
function onlyIn(analysis, file) {
    const result = {
        ...analysis.result,
        findings: analysis.result.findings.filter((f) => f.file === file),
    };
    return { ...analysis, result };
}
/** `--output` must go into an existing directory: checked before scanning, so no scan is wasted. */
function checkOutputDirectory(written, output) {
    let info;
    try {
        info = (0,external_node_fs_.statSync)(external_node_path_default().dirname(output));
    }
    catch (error) {
        throw new UsageError(`cannot write ${written}: its directory ${external_node_path_default().dirname(output)}: ${reason(error)}`);
    }
    if (!info.isDirectory())
        throw new UsageError(`cannot write ${written}: ${external_node_path_default().dirname(output)} is not a directory`);
}
function checkReadable(written, file) {
    try {
        if ((0,external_node_fs_.statSync)(file).isDirectory())
            throw new UsageError(`cannot read config ${written}: it is a directory`);
    }
    catch (error) {
        if (error instanceof UsageError)
            throw error;
        throw new UsageError(`cannot read config ${written}: ${reason(error)}`);
    }
}
function writeOrFail(file, pieces, shown) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(file, 'w');
        for (const text of batched(pieces)) {
            // A pipe or a full disk may take part of a write: write the rest, as writeFileSync does.
            const bytes = Buffer.from(text);
            for (let done = 0; done < bytes.length;)
                done += (0,external_node_fs_.writeSync)(fd, bytes, done);
        }
    }
    catch (error) {
        throw new UsageError(`cannot write ${shown}: ${reason(error)}`);
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
    }
}
/** Pieces joined into writes of at least 64 KB: one system call per piece would cost more than the text. */
function* batched(pieces) {
    let pending = '';
    for (const piece of pieces) {
        pending += piece;
        if (pending.length >= 65_536) {
            yield pending;
            pending = '';
        }
    }
    if (pending !== '')
        yield pending;
}
function parseFailOn(value) {
    if (value === undefined)
        return undefined;
    if (!FAIL_ON.includes(value)) {
        throw new UsageError(`--fail-on must be error, warning, notice or never, not "${value}"${(0,nearest/* didYouMean */.a)(value, FAIL_ON)}`);
    }
    return value;
}
function parseSize(value) {
    const n = Number(value);
    if (!Number.isInteger(n) || n <= 0)
        throw new UsageError(`--max-file-size must be a positive number of bytes, not "${value}"`);
    return n;
}
function isParseArgsError(error) {
    return (typeof error?.code === 'string' &&
        error.code.startsWith('ERR_PARSE_ARGS'));
}


/***/ }),

/***/ 7198:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  L: () => (/* binding */ gitListing),
  P: () => (/* binding */ startGitListing)
});

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __nccwpck_require__(7975);
// EXTERNAL MODULE: ./src/engine/repository.ts
var repository = __nccwpck_require__(4732);
;// CONCATENATED MODULE: ./src/engine/discover/git-listing.ts
/**
 * git's list of a work tree's files: tracked ones plus untracked ones it does not ignore.
 *
 * The list can be started early (`startGitListing`): the CLI does so before it loads the rest of
 * the engine, so that git runs while that code compiles instead of after it. This module stays
 * small and imports nothing heavy, since the CLI's first chunk holds it.
 */




const GIT_TIMEOUT_MS = 60_000;
const run = (0,external_node_util_.promisify)(external_node_child_process_namespaceObject.execFile);
/** Lists started ahead, by absolute directory; each is taken once. */
const started = new Map();
/** Starts listing `root` now, when it is in a git work tree; `gitListing(root)` takes the result. */
function startGitListing(root) {
    const dir = (0,external_node_path_.resolve)(root);
    if (!started.has(dir) && (0,repository/* gitTopLevel */.o)(dir) !== undefined)
        started.set(dir, gitFiles(dir));
}
/**
 * The paths git lists under `root` (relative to it), or undefined outside a work tree or without
 * git. A list started ahead is used once; a later call (a rescan after `--fix`) lists again.
 */
function gitListing(root) {
    const dir = (0,external_node_path_.resolve)(root);
    const early = started.get(dir);
    if (early) {
        started.delete(dir);
        return early;
    }
    // Outside a work tree, asking git would only cost a process.
    return (0,repository/* gitTopLevel */.o)(dir) === undefined ? Promise.resolve(undefined) : gitFiles(dir);
}
async function gitFiles(root) {
    try {
        const { stdout } = await run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
            cwd: root,
            maxBuffer: 512 * 1024 * 1024,
            timeout: GIT_TIMEOUT_MS,
            encoding: 'utf8',
        });
        return [...new Set(stdout.split('\0').filter((p) => p !== ''))];
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 480:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ didYouMean)
/* harmony export */ });
/* unused harmony export nearest */
/** "Did you mean …?": the candidate closest to a mistyped word, when it is close enough to be a typo. */
/** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
function distance(a, b) {
    const rows = a.length + 1;
    const cols = b.length + 1;
    const d = Array.from({ length: rows }, (_, i) => {
        const row = new Array(cols).fill(0);
        row[0] = i;
        return row;
    });
    for (let j = 0; j < cols; j++)
        d[0][j] = j;
    for (let i = 1; i < rows; i++) {
        for (let j = 1; j < cols; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[rows - 1][cols - 1];
}
/** The closest candidate within a third of the word's length (at least 2 edits), or undefined. */
function nearest(word, candidates) {
    // Long inputs are not typos of short names, and comparing them would cost length squared.
    if (word.length > 100)
        return undefined;
    const limit = Math.max(2, Math.floor(word.length / 3));
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const d = distance(word.toLowerCase(), candidate.toLowerCase());
        if (d < bestDistance && d <= limit) {
            best = candidate;
            bestDistance = d;
        }
    }
    return best;
}
/** `; did you mean X?`, or nothing. */
function didYouMean(word, candidates) {
    const match = nearest(word, candidates);
    return match === undefined ? '' : `; did you mean ${match}?`;
}


/***/ }),

/***/ 4732:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ gitTopLevel)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/** The git work tree a directory belongs to, found as git finds it: the nearest ancestor with `.git`. */


/**
 * The top level of the work tree holding `dir` (absolute), or undefined outside one. `.git` may be
 * a directory or, in a linked work tree or submodule, a file. Looking costs a few `stat`s where
 * asking `git rev-parse` costs a process.
 */
function gitTopLevel(dir) {
    for (let current = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(dir);; current = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(current)) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(current, '.git')))
            return current;
        if (node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(current) === current)
            return undefined;
    }
}


/***/ }),

/***/ 8574:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** The version printed by `--version` and written into SARIF; kept equal to package.json by a test. */
const VERSION = '0.1.0';


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 3167:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("domain");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 1943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8877:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
