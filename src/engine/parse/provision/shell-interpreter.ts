/**
 * Reads a shell script the way the shell would run it, without running anything: statements in
 * order, variables assigned on the way, functions, `if`/`case` on what is known, loops over known
 * values, `&&`/`||`, pipes and redirections, `sh -c`, `su -c`, `gosu`/`su-exec`, `.`/`source` and
 * the scripts a start-up script runs. What it does to the machine becomes facts, in the order it
 * happens; a fact under a condition socklint cannot decide is `maybe`. Text that commands write
 * (`echo`, `printf`, heredocs, `tee`, `envsubst`, `sed`) becomes file facts whose parts remember
 * where they are written.
 */
import { posix } from 'node:path';
import type { Location, Note, SourceFile } from '../../types.js';
import { unknownsOf } from './content.js';
import {
  type CommandContext,
  type FactInput,
  WELL_KNOWN_DIRS,
  literalValue,
  resolvePath,
  runCommand,
} from './commands.js';
import { type Fact, isServerConfigPath } from './facts.js';
import { fpmStartOptions, lastArg, parseOptions } from './options.js';
import { ShellEnv, type ShellValue } from './shell-env.js';
import { type Status, globMatch, testExpression, testWords } from './shell-conditions.js';
import { type ShellNode, parseShell } from './shell-syntax.js';
import {
  type Chunk,
  DISCARD,
  type Sink,
  type TextContext,
  cat,
  echoParts,
  envsubst,
  output,
  printfParts,
  sed,
  tee,
  unknownOutput,
  writeChunks,
  writeUnknownDest,
} from './shell-text.js';
import { type Word, type WordContext, expandHeredoc, expandString, expandWord } from './shell-words.js';
import { LineIndex, type MappedText, mappedLocation, sliceOf } from './text.js';

export interface ShellContext {
  /** Positions of the file the text comes from. */
  index: LineIndex;
  facts: Fact[];
  notes: Note[];
  /** Working directory, when known. */
  cwd?: string;
  /** Variables and what an unset one holds; by default nothing is known and unset means unknown. */
  env?: ShellEnv;
  /** Every fact is only possible (the script itself may not run). */
  maybe?: boolean;
  /** The user the script runs as, when not root (a Dockerfile USER, the container's user). */
  runAs?: { user: string; group?: string; via: string };
  /** The files of the machine, for a start-up script that runs or sources another script. */
  scripts?: (path: string) => SourceFile | undefined;
  /** Whether a path is a directory on the machine (beyond the well-known ones and `mkdir`s seen). */
  isDirectory?: (path: string) => boolean;
  /** The names of the files directly in a directory of the machine, for `for f in /dir/*.sh`. */
  filesIn?: (dir: string) => string[];
  /**
   * Programs the caller models itself (an image's own entrypoint, supervisord), asked before a
   * command is taken as unknown; true when it handled the command.
   */
  external?: (command: ExternalCommand) => boolean;
  /** Told where each assignment to a variable is written (a reader that keeps the variables' origins). */
  assigned?: (name: string, location: Location) => void;
  /** Told when `.`/`source` names a file the caller does not give: what it sets is not known. */
  unknownSource?: () => void;
  /**
   * The script is read on its own and may be a library another script sources (`InstallWebServer()
   * { … }` called by an installer): the functions it defines and never calls may run, with
   * arguments that are not known.
   */
  uncalledMayRun?: boolean;
}

export interface ExternalCommand {
  name: string;
  args: Word[];
  location: Location;
  env: ShellEnv;
}

/** Interprets shell text; `source` maps every character to its file offset. */
export function interpretShell(source: MappedText, ctx: ShellContext): void {
  const shell = new Interpreter(ctx);
  shell.script(source, ctx.index, shell.frame(ctx));
}

/**
 * Runs one command given as words (a Dockerfile exec form, an Ansible `argv`); `source` is the
 * text the words' ranges refer to, `location` the command's span when it is not that text's.
 */
export function interpretArgv(
  words: Word[],
  source: MappedText,
  ctx: ShellContext,
  location?: Location,
): void {
  const shell = new Interpreter(ctx);
  const frame = shell.frame(ctx);
  frame.source = source;
  const span =
    location ??
    (words.length > 0 && source.offsets.length > 0
      ? shell.spanOf(frame, words[0].start, words[words.length - 1].end)
      : undefined);
  shell.simple(words, frame, { stdin: undefined, stdout: DISCARD }, span);
}

/** Interprets a script file of the repository as a whole. */
export function interpretFile(file: SourceFile, ctx: Omit<ShellContext, 'index'>): void {
  const full: ShellContext = { ...ctx, index: new LineIndex(file.path, file.text) };
  const shell = new Interpreter(full);
  const frame = shell.frame(full);
  shell.script(sliceOf(file.text, 0, file.text.length), full.index, frame);
  if (full.uncalledMayRun) shell.uncalled(frame, file.path);
}

/* ------------------------------------------------------------------ state */

interface Frame {
  source: MappedText;
  index: LineIndex;
  env: ShellEnv;
  cwd: string | undefined;
  maybe: boolean;
  /** Set by `gosu`, `su -c`…: the user the commands run as, and how. */
  runAs?: { user: string; group?: string; via: string };
  stop?: 'exit' | 'return' | 'error';
  /** Where commands without a text of their own are reported (a command given as arguments). */
  at?: Location;
  /** Scripts being read, against loops. */
  scripts: string[];
  depth: number;
}

interface IO {
  stdin: Chunk[] | undefined;
  stdout: Sink;
}

const MAX_DEPTH = 16;
/** Statements one reading may run: loops and calls that multiply beyond it stop there, with a note. */
const MAX_STEPS = 100_000;
const SHELLS = /^(sh|bash|dash|ash|ksh|mksh|zsh)$/;
const SERVERS =
  /^(nginx|nginx-debug|php-fpm[0-9.]*|httpd|apache2|apache2ctl|caddy|frankenphp|uwsgi|gunicorn)$/;
/** Commands whose success depends on the machine's state (they test something). */
const TESTS = new Set([
  '[',
  'test',
  'id',
  'getent',
  'grep',
  'egrep',
  'fgrep',
  'which',
  'type',
  'cmp',
  'diff',
  'pgrep',
  'command',
  'hash',
  'compgen',
  'stat',
  'ls',
  'find',
]);
const PATH_DIRS = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];

class Interpreter {
  private readonly facts: Fact[];
  private readonly notes: Note[];
  private readonly dirs = new Set<string>();
  /** Functions called while reading, by their body. */
  private readonly called = new Set<ShellNode>();
  /** Files sourced that socklint does not have, as written: they may set what the script uses later. */
  private readonly unknownSources: string[] = [];
  private steps = 0;

  constructor(private readonly ctx: ShellContext) {
    this.facts = ctx.facts;
    this.notes = ctx.notes;
  }

  frame(ctx: ShellContext): Frame {
    return {
      source: { text: '', offsets: [] },
      index: ctx.index,
      env: ctx.env ?? new ShellEnv(new Map(), 'unknown'),
      cwd: ctx.cwd,
      maybe: ctx.maybe ?? false,
      ...(ctx.runAs ? { runAs: ctx.runAs } : {}),
      scripts: [],
      depth: 0,
    };
  }

  script(source: MappedText, index: LineIndex, frame: Frame): void {
    let root: ShellNode;
    try {
      root = parseShell(source.text);
    } catch (error) {
      this.note(frame, 'shell-unreadable', `the shell text could not be read: ${String(error)}`, undefined);
      return;
    }
    const inner: Frame = { ...frame, source, index };
    this.block(this.runnable(root, inner), inner, { stdin: undefined, stdout: DISCARD });
    frame.cwd = inner.cwd;
    frame.maybe = inner.maybe;
    if (inner.stop === 'exit' || inner.stop === 'error') frame.stop = inner.stop;
  }

  /**
   * The statements to read, without those on the lines of a parse error. tree-sitter-bash marks
   * some text bash accepts as an error (a `;` inside `${x:-a;b}`), and the error stays inside
   * its statement: so the lines around an error are left unread, as bash would leave a line it
   * cannot parse, and the statements after them are read. A real syntax error (an unterminated
   * quote) spans the rest of the text, so nothing after it is read either. An assignment left
   * unread makes its variable unknown.
   */
  private runnable(root: ShellNode, frame: Frame): ShellNode[] {
    const statements = root.namedChildren.filter((n) => n.type !== 'comment');
    if (!root.hasError) return statements;
    const text = frame.source.text;
    const lineStart = (i: number) => text.lastIndexOf('\n', i - 1) + 1;
    const lineEnd = (i: number) => (text.indexOf('\n', i) === -1 ? text.length : text.indexOf('\n', i));
    const errors = root.children
      .filter((n) => n.type === 'ERROR' || n.isMissing || n.hasError)
      .map((n) => ({ start: lineStart(n.startIndex), end: lineEnd(Math.max(n.startIndex, n.endIndex - 1)) }));
    // The parser may flag the whole text without an erroneous child (a lone `}`): nothing is read.
    if (errors.length === 0) errors.push({ start: 0, end: text.length });
    const unread = (n: ShellNode) => errors.some((e) => n.startIndex < e.end && n.endIndex > e.start);
    for (const n of statements.filter(unread)) {
      const name = n.type === 'variable_assignment' ? n.childForFieldName('name')?.text : undefined;
      if (name) frame.env.assign(name, { unknown: [`$${name}`] });
    }
    const first = errors[0];
    const more =
      errors.length > 1 ? ` (and ${errors.length - 1} more such line${errors.length > 2 ? 's' : ''})` : '';
    this.note(
      frame,
      'shell-syntax-error',
      `socklint cannot read this shell line${more}: a syntax error, or a construct its parser does not know; what it does is unknown, and the lines after it are read`,
      this.spanOf(frame, first.start, lineEnd(first.start)),
    );
    return statements.filter((n) => !unread(n));
  }

  /* ---------------------------------------------------------------- statements */

  private block(nodes: ShellNode[], frame: Frame, io: IO): Status {
    let status: Status = true;
    for (const node of nodes) {
      if (frame.stop) break;
      if (node.type === 'comment' || !node.isNamed) continue;
      status = this.statement(node, frame, io);
    }
    return status;
  }

  private statement(node: ShellNode, frame: Frame, io: IO): Status {
    if (++this.steps > MAX_STEPS) {
      if (this.steps === MAX_STEPS + 1) {
        const at = this.spanOf(frame, node.startIndex, node.endIndex);
        this.note(
          frame,
          'shell-too-long',
          `the script runs more than ${MAX_STEPS} commands here; socklint reads no further`,
          at,
        );
      }
      frame.stop = 'error';
      return undefined;
    }
    switch (node.type) {
      case 'command':
        return this.command(node, frame, io);
      case 'redirected_statement':
        return this.redirected(node, frame, io);
      case 'variable_assignment':
        this.assign(node, frame);
        return true;
      case 'variable_assignments':
        for (const a of node.namedChildren) this.assign(a, frame);
        return true;
      case 'declaration_command':
        this.declaration(node, frame);
        return true;
      case 'unset_command':
        for (const n of node.namedChildren) if (n.type === 'variable_name') frame.env.vars.delete(n.text);
        return true;
      case 'list':
        return this.list(node, frame, io);
      case 'pipeline':
        return this.pipeline(node.namedChildren, frame, io);
      case 'negated_command': {
        const status = this.block(node.namedChildren, frame, io);
        return status === undefined ? undefined : !status;
      }
      case 'subshell': {
        const inner = { ...frame, env: frame.env.clone() };
        const status = this.block(node.namedChildren, inner, io);
        if (inner.stop === 'error') frame.stop = 'error';
        return status;
      }
      case 'compound_statement':
      case 'do_group':
        return this.block(node.namedChildren, frame, io);
      case 'if_statement':
        return this.ifStatement(node, frame, io);
      case 'for_statement':
        return this.forStatement(node, frame, io);
      case 'case_statement':
        return this.caseStatement(node, frame, io);
      case 'while_statement':
      case 'c_style_for_statement':
        return this.loop(node, frame, io);
      case 'function_definition': {
        const name = node.childForFieldName('name')?.text;
        const body = node.childForFieldName('body');
        if (name && body) frame.env.functions.set(name, { body, source: frame.source, index: frame.index });
        return true;
      }
      case 'test_command':
        return this.testCommand(node, frame);
      default:
        return undefined;
    }
  }

  private list(node: ShellNode, frame: Frame, io: IO): Status {
    const kids = node.children;
    let status = this.statement(kids[0], frame, io);
    for (let i = 1; i + 1 < kids.length; i += 2) {
      if (frame.stop) break;
      const op = kids[i].type;
      const right = kids[i + 1];
      status = this.conditional(op, status, right, frame, io);
    }
    return status;
  }

  /** `a && b`, `a || b`: b runs, is skipped, or only may run. */
  private conditional(op: string, left: Status, right: ShellNode, frame: Frame, io: IO): Status {
    if (op === ';' || op === '&') return this.statement(right, frame, io);
    const runs = op === '&&' ? left : left === undefined ? undefined : !left;
    if (runs === false) return left;
    if (runs === true) return this.statement(right, frame, io);
    return this.maybe(frame, () => this.statement(right, frame, io));
  }

  private maybe(frame: Frame, run: () => Status): Status {
    const before = frame.maybe;
    frame.maybe = true;
    run();
    // An exit that may happen makes everything after it possible only.
    if (frame.stop === 'exit' || frame.stop === 'return') {
      frame.stop = undefined;
      return undefined;
    }
    frame.maybe = before;
    return undefined;
  }

  private pipeline(stages: ShellNode[], frame: Frame, io: IO): Status {
    let stdin = io.stdin;
    let status: Status = true;
    stages.forEach((stage, i) => {
      const last = i === stages.length - 1;
      const sink: Sink = last ? io.stdout : { kind: 'collect', chunks: [] };
      // Each stage runs in a subshell: its variables do not come back.
      const inner = { ...frame, env: frame.env.clone() };
      status = this.statement(stage, inner, { stdin, stdout: sink });
      if (inner.stop === 'error') frame.stop = 'error';
      stdin = sink.chunks;
    });
    return status;
  }

  private ifStatement(node: ShellNode, frame: Frame, io: IO): Status {
    // Children: if COND… then BODY… [elif COND… then BODY…]… [else BODY…] fi
    const branches: { cond: ShellNode[]; body: ShellNode[] }[] = [];
    let current: { cond: ShellNode[]; body: ShellNode[] } = { cond: [], body: [] };
    let part: 'cond' | 'body' = 'cond';
    const add = (n: ShellNode) => (part === 'cond' ? current.cond : current.body).push(n);
    for (const child of node.children) {
      if (child.type === 'then') part = 'body';
      else if (child.type === 'elif_clause' || child.type === 'else_clause') {
        branches.push(current);
        current = { cond: [], body: [] };
        part = child.type === 'else_clause' ? 'body' : 'cond';
        for (const c of child.children) {
          if (c.type === 'then') part = 'body';
          else if (c.isNamed && c.type !== 'comment') add(c);
        }
      } else if (child.isNamed && child.type !== 'comment') add(child);
    }
    branches.push(current);
    let decided = true;
    for (const branch of branches) {
      const isElse = branch.cond.length === 0;
      const status = isElse
        ? true
        : decided
          ? this.block(branch.cond, frame, io)
          : this.maybe(frame, () => this.block(branch.cond, frame, io));
      if (frame.stop) return undefined;
      if (decided && status === true) return this.block(branch.body, frame, io);
      if (decided && status === false) continue;
      decided = false;
      this.maybe(frame, () => this.block(branch.body, frame, io));
    }
    return decided ? true : undefined;
  }

  private forStatement(node: ShellNode, frame: Frame, io: IO): Status {
    const variable = node.childForFieldName('variable')?.text;
    const body = node.childForFieldName('body');
    if (!variable || !body) return undefined;
    const valueNodes = node.children.filter((c, i) => node.fieldNameForChild(i) === 'value');
    const inList = node.children.some((c) => c.type === 'in');
    let values: ShellValue[] | undefined;
    if (!inList) values = frame.env.positional;
    else {
      const words = valueNodes
        .flatMap((n) => expandWord(n, this.words(frame)))
        .flatMap((w) => this.globbed(w, frame));
      values = words.every((w) => w.literal && !w.glob) ? words.map((w) => w.value) : undefined;
    }
    if (!values) {
      // Unknown values: the body may run, for a value socklint does not know.
      const unknown = valueNodes.map((n) => n.text).join(' ') || '"$@"';
      frame.env.assign(variable, { unknown: [`$${variable} (from ${unknown})`] });
      return this.maybe(frame, () => this.statement(body, frame, io));
    }
    let status: Status = true;
    for (const value of values) {
      if (frame.stop) break;
      frame.env.assign(variable, value);
      status = this.statement(body, frame, io);
    }
    return status;
  }

  /**
   * A pattern in its last component (`/etc/my_init.d/*.sh`) expanded over the files the machine
   * is known to hold there, in name order. With no match the files may come from elsewhere (a
   * package), so the word stays a pattern whose values are unknown.
   */
  private globbed(w: Word, frame: Frame): Word[] {
    if (!w.glob || !w.literal || !this.ctx.filesIn) return [w];
    const full = resolvePath(w.value, frame.cwd);
    const dir = full.slice(0, full.lastIndexOf('/')) || '/';
    const name = full.slice(full.lastIndexOf('/') + 1);
    if (!full.startsWith('/') || /[*?[]/.test(dir)) return [w];
    const names = this.ctx
      .filesIn(dir)
      .filter((n) => !n.startsWith('.') && globMatch(name, n))
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    if (names.length === 0) return [w];
    return names.map((n) => ({ ...w, value: `${dir === '/' ? '' : dir}/${n}`, glob: false }));
  }

  private caseStatement(node: ShellNode, frame: Frame, io: IO): Status {
    const valueNode = node.childForFieldName('value');
    const value = valueNode ? expandString(valueNode, this.words(frame)) : undefined;
    let decided = value?.literal ?? false;
    for (const item of node.namedChildren.filter((c) => c.type === 'case_item')) {
      const patterns = item.children.filter((c, i) => item.fieldNameForChild(i) === 'value');
      const ids = new Set(patterns.map((p) => p.id));
      const body = item.namedChildren.filter((c) => !ids.has(c.id) && c.type !== 'comment');
      const words = patterns.map((p) => expandString(p, this.words(frame)));
      if (decided && words.every((w) => w.literal)) {
        if (words.some((w) => globMatch(w.value, value!.value))) return this.block(body, frame, io);
        continue;
      }
      decided = false;
      this.maybe(frame, () => this.block(body, frame, io));
    }
    return decided ? true : undefined;
  }

  /** `while`, `until`, C-style `for`: the body may run any number of times. */
  private loop(node: ShellNode, frame: Frame, io: IO): Status {
    return this.maybe(frame, () => this.block(node.namedChildren, frame, io));
  }

  /** `[ … ]` and `[[ … ]]` on strings it knows; anything on the machine's state is undecided. */
  private testCommand(node: ShellNode, frame: Frame): Status {
    const expr = node.namedChildren[0];
    return expr ? testExpression(expr, this.words(frame)) : undefined;
  }

  /* ---------------------------------------------------------------- assignments */

  private assign(node: ShellNode, frame: Frame, exported = false): void {
    const name = node.childForFieldName('name')?.text;
    if (!name) return;
    const valueNode = node.childForFieldName('value');
    const word = valueNode ? expandString(valueNode, this.words(frame)) : undefined;
    frame.env.assign(name, word ? valueOf(word) : '', word?.parts);
    if (exported) frame.env.exported.add(name);
    this.ctx.assigned?.(name, this.spanOf(frame, node.startIndex, node.endIndex));
  }

  private declaration(node: ShellNode, frame: Frame): void {
    const keyword = node.children[0]?.type;
    const flags = node.namedChildren.filter((c) => c.type === 'word').map((c) => c.text);
    const exported = keyword === 'export' || flags.some((f) => /^-[a-z]*x/.test(f));
    for (const child of node.namedChildren) {
      if (child.type === 'variable_assignment') this.assign(child, frame, exported);
      else if (child.type === 'variable_name') {
        if (exported) frame.env.exported.add(child.text);
        else if (!frame.env.vars.has(child.text)) frame.env.assign(child.text, '');
      }
    }
  }

  /* ---------------------------------------------------------------- commands */

  private command(node: ShellNode, frame: Frame, io: IO): Status {
    const nameNode = node.childForFieldName('name');
    const assignments = node.namedChildren.filter((c) => c.type === 'variable_assignment');
    if (!nameNode) {
      for (const a of assignments) this.assign(a, frame);
      return true;
    }
    // tree-sitter-bash reads `A=1 B=2` + newline + `cmd` as one command with prefixes; the shell
    // ends the statement at the newline, so the assignments are the shell's own.
    const lastAssign = assignments[assignments.length - 1];
    const ownLine =
      lastAssign && /(^|[^\\])\n/.test(frame.source.text.slice(lastAssign.endIndex, nameNode.startIndex));
    if (ownLine) for (const a of assignments) this.assign(a, frame);
    const ctx = this.words(frame);
    const words: Word[] = [];
    let stdin = io.stdin;
    const redirects: ShellNode[] = [];
    for (const child of node.namedChildren) {
      if (child.type === 'variable_assignment' || child.type === 'comment') continue;
      if (child.type.endsWith('redirect')) redirects.push(child);
      else words.push(...expandWord(child, ctx));
    }
    for (const r of redirects) {
      if (r.type === 'herestring_redirect') {
        const target = r.namedChildren[0];
        if (target) stdin = [{ parts: [...(expandString(target, ctx).parts ?? []), { text: '\n' }] }];
      }
    }
    const span = this.spanOf(frame, nameNode.startIndex, lastEnd(node, nameNode));
    const inner =
      ownLine || assignments.length === 0 ? frame : { ...frame, env: this.withPrefix(assignments, frame) };
    return this.simple(words, inner, { stdin, stdout: io.stdout }, span, frame);
  }

  /** `VAR=x cmd`: the variables are in the command's environment only. */
  private withPrefix(assignments: ShellNode[], frame: Frame): ShellEnv {
    const env = frame.env.clone();
    for (const a of assignments) {
      const name = a.childForFieldName('name')?.text;
      const valueNode = a.childForFieldName('value');
      if (!name) continue;
      env.assign(name, valueNode ? valueOf(expandString(valueNode, this.words(frame))) : '');
      env.exported.add(name);
    }
    return env;
  }

  /**
   * A simple command with its expanded words. `outer` is the frame whose state (working directory,
   * exit) the command changes, when `frame` is a copy with a command-only environment.
   */
  simple(words: Word[], frame: Frame, io: IO, span: Location | undefined, outer: Frame = frame): Status {
    if (words.length === 0) return true;
    const [cmd, ...args] = words;
    const location = span ?? this.spanOf(frame, cmd.start, words[words.length - 1].end);
    if (!cmd.literal) {
      // `$STD apt-get install …`: an unknown variable in front of a command is empty or a wrapper
      // (`silent`, `sudo`) that runs the words after it, so what they do may happen.
      if (/^\$\{?[A-Za-z_]\w*\}?$/.test(cmd.value) && args[0]?.literal) {
        this.maybe(frame, () => this.simple(args, frame, io, location, outer));
      } else unknownOutput(io.stdout, `the command ${cmd.value} is not known`);
      return undefined;
    }
    const name = cmd.value;
    const base = posix.basename(name);
    const fn = name.includes('/') ? undefined : frame.env.functions.get(name);
    if (fn) return this.call(fn, args, outer, io);
    switch (base) {
      case ':':
      case 'true':
        return true;
      case 'false':
        return false;
      case 'cd': {
        const dir = args.find((w) => !w.value.startsWith('-'));
        outer.cwd = dir && dir.literal ? resolvePath(dir.value, outer.cwd) : undefined;
        return true;
      }
      case 'export':
      case 'readonly':
      case 'local':
      case 'declare':
      case 'typeset':
        for (const w of args) {
          const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:=(.*))?$/s.exec(w.value);
          if (!m) continue;
          if (m[2] !== undefined) {
            outer.env.assign(m[1], w.literal ? m[2] : { unknown: unknownsOf(w.parts ?? []) });
            this.ctx.assigned?.(m[1], this.spanOf(outer, w.start, w.end));
          }
          if (base === 'export') outer.env.exported.add(m[1]);
        }
        return true;
      case 'unset':
        for (const w of args) outer.env.vars.delete(w.value);
        return true;
      case 'set':
        if (args[0]?.value === '--') outer.env.positional = args.slice(1).map(valueOf);
        return true;
      case 'shift': {
        const n = Number(args[0]?.value ?? '1');
        if (outer.env.positional) outer.env.positional = outer.env.positional.slice(Number.isNaN(n) ? 1 : n);
        return true;
      }
      case 'exit':
        outer.stop = 'exit';
        return undefined;
      case 'return':
        outer.stop = 'return';
        return undefined;
      case 'exec': {
        if (args.length === 0) return true;
        const status = this.simple(args, frame, io, location, outer);
        if (!outer.maybe) outer.stop = 'exit';
        return status;
      }
      case '.':
      case 'source':
        return this.runScript(args[0], args.slice(1), outer, true);
      case 'read':
        for (const w of args.filter((w) => !w.value.startsWith('-')))
          outer.env.assign(w.value, { unknown: [`$${w.value} (read)`] });
        return undefined;
      case 'eval':
        unknownOutput(io.stdout, 'eval');
        return undefined;
      case 'test':
      case '[':
        return testWords(base === '[' ? args.slice(0, -1) : args);
      case 'echo':
        output(io.stdout, echoParts(args));
        return true;
      case 'printf':
        output(io.stdout, printfParts(args));
        return true;
      case 'cat':
        cat(args, io.stdin, io.stdout, frame.cwd);
        return true;
      case 'tee':
        tee(args, io.stdin, io.stdout, this.textContext(frame), location);
        return true;
      case 'sed':
        sed(args, io.stdin, io.stdout, this.textContext(frame), location);
        return true;
      case 'envsubst':
        envsubst(args, io.stdin, io.stdout, frame.env);
        return true;
      case 'su':
      case 'runuser':
        return this.su(base, args, frame, io, location);
      case 'sudo':
      case 'doas':
        return this.sudo(base, args, frame, io, location);
      case 'gosu':
      case 'su-exec':
      case 's6-setuidgid':
      case 'setuidgid':
        return this.asUser(args[0], base, args.slice(1), frame, io, location);
      case 'chpst': {
        const parsed = parseOptions(args, { shortArgs: 'ugUe/n' });
        return lastArg(parsed, 'u')
          ? this.asUser(lastArg(parsed, 'u'), base, parsed.operands, frame, io, location)
          : this.simple(parsed.operands, frame, io, location, outer);
      }
      case 'env':
      case 'tini':
      case 'dumb-init':
      case 'nohup':
      case 'time':
      case 'nice':
      case 'command':
        return this.wrapper(base, args, frame, io, outer, location);
    }
    if (SHELLS.test(base)) return this.shellCommand(args, frame, io);
    if (SERVERS.test(base)) return this.server(base, args, frame, location);
    const script = this.scriptPath(name, frame);
    if (script) return this.runScript({ ...cmd, value: script }, args, frame, false);
    if (this.ctx.external?.({ name, args, location, env: frame.env })) return true;
    if (runCommand(base, args, this.commandContext(frame, location))) return true;
    unknownOutput(io.stdout, `${base} writes it`);
    return TESTS.has(base) ? undefined : true;
  }

  private call(
    fn: { body: ShellNode; source: MappedText; index: LineIndex },
    /** undefined: arguments that are not known. */
    args: Word[] | undefined,
    frame: Frame,
    io: IO,
  ): Status {
    if (frame.depth >= MAX_DEPTH) return undefined;
    this.called.add(fn.body);
    const saved = frame.env.positional;
    frame.env.positional = args?.map(valueOf);
    const inner: Frame = { ...frame, source: fn.source, index: fn.index, depth: frame.depth + 1 };
    const status = this.statement(fn.body, inner, io);
    frame.env.positional = saved;
    frame.cwd = inner.cwd;
    if (inner.stop === 'exit' || inner.stop === 'error') frame.stop = inner.stop;
    return status;
  }

  /**
   * The functions `file` defines that nothing called while it was read: each may run when another
   * script sources this one and calls it, so what it does only may happen, with unknown arguments.
   */
  uncalled(frame: Frame, file: string): void {
    for (const [name, fn] of [...frame.env.functions]) {
      if (fn.index.file !== file || this.called.has(fn.body)) continue;
      const inner: Frame = { ...frame, env: frame.env.clone(), maybe: true, stop: undefined };
      const before = this.facts.length;
      this.call(fn, undefined, inner, { stdin: undefined, stdout: DISCARD });
      // Said only where it matters to sockets: the function writes a server's configuration.
      if (!this.facts.slice(before).some(writesServerConfig)) continue;
      const named = fn.body.parent?.childForFieldName('name') ?? fn.body;
      const at = mappedLocation(fn.index, fn.source, named.startIndex, named.endIndex);
      this.note(
        inner,
        'shell-function-uncalled',
        `${name} is not called in ${file}: what it does is read as what may happen when a script that sources this file calls it, with arguments that are not known`,
        at,
      );
    }
  }

  /** `env [-i] [VAR=x…] cmd`, `nohup cmd`, `command cmd` (not `command -v`)… */
  private wrapper(
    base: string,
    args: Word[],
    frame: Frame,
    io: IO,
    outer: Frame,
    location: Location,
  ): Status {
    let i = 0;
    let env = frame.env;
    if (base === 'command' && /^-[vV]$/.test(args[0]?.value ?? '')) return undefined;
    while (i < args.length && args[i].value.startsWith('-')) i++;
    if (base === 'env') {
      for (; i < args.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(args[i].value); i++) {
        if (env === frame.env) env = frame.env.clone();
        const at = args[i].value.indexOf('=');
        env.assign(
          args[i].value.slice(0, at),
          args[i].literal ? args[i].value.slice(at + 1) : { unknown: unknownsOf(args[i].parts ?? []) },
        );
        env.exported.add(args[i].value.slice(0, at));
      }
    }
    return this.simple(args.slice(i), { ...frame, env }, io, location, outer);
  }

  /** `sh -c 'script' [name args…]`, `sh script args…`. */
  private shellCommand(args: Word[], frame: Frame, io: IO): Status {
    let i = 0;
    let command: Word | undefined;
    for (; i < args.length && args[i].value.startsWith('-') && args[i].value !== '-'; i++) {
      if (/^-[a-z]*c/.test(args[i].value)) command = args[++i];
      else if (args[i].value === '-o' || args[i].value === '+o') i++;
    }
    if (command) {
      const positional = args.slice(i + 1).map(valueOf);
      return this.inlineScript(command, frame.env.child(positional), frame, io);
    }
    if (i < args.length) return this.runScript(args[i], args.slice(i + 1), frame, false);
    // `sh` reading its script from standard input (`sh <<EOF`): read where the heredoc is written.
    const input = io.stdin?.length === 1 ? io.stdin[0] : undefined;
    if (!input || !('parts' in input) || !input.region) return undefined;
    const { source, index, start, end } = input.region;
    const text = source.text.slice(start, end);
    const word: Word = { value: text, literal: true, glob: false, start, end };
    return this.inlineScript(word, frame.env.child(frame.env.positional), { ...frame, source, index }, io);
  }

  /** Shell text given as a word (`sh -c '…'`, `su -c '…'`), read with its positions. */
  private inlineScript(word: Word, env: ShellEnv, frame: Frame, io: IO, runAs = frame.runAs): Status {
    if (!word.literal) {
      unknownOutput(io.stdout, 'a script whose text is not known');
      return undefined;
    }
    const source = wordSource(word, frame.source);
    const inner: Frame = { ...frame, env, source, cwd: frame.cwd, runAs, depth: frame.depth + 1 };
    if (inner.depth >= MAX_DEPTH) return undefined;
    let root: ShellNode;
    try {
      root = parseShell(source.text);
    } catch {
      return undefined;
    }
    const status = this.block(this.runnable(root, inner), inner, io);
    if (inner.stop === 'error') frame.stop = 'error';
    return status;
  }

  /** `su [-] [-s SHELL] USER -c CMD`, `runuser -u USER -- CMD…`, `runuser USER -c CMD`. */
  private su(base: string, args: Word[], frame: Frame, io: IO, location: Location): Status {
    const parsed = parseOptions(args, {
      shortArgs: 'csgGu',
      longArgs: ['command', 'shell', 'group', 'user'],
    });
    const command = lastArg(parsed, 'c', 'command');
    const userWord = lastArg(parsed, 'u', 'user') ?? parsed.operands.find((w) => w.value !== '-');
    const user = literalValue(userWord) ?? 'root';
    const runAs = { user, via: `${base} ${user}` };
    if (command)
      return this.inlineScript(
        command,
        frame.env.child(frame.env.positional),
        { ...frame, runAs },
        io,
        runAs,
      );
    if (base === 'runuser' && lastArg(parsed, 'u', 'user'))
      return this.simple(parsed.operands, { ...frame, runAs }, io, location);
    return undefined;
  }

  /** `sudo [-u USER] [-E] CMD…`: sudo's options end at the command. */
  private sudo(base: string, args: Word[], frame: Frame, io: IO, location: Location): Status {
    let user = 'root';
    let i = 0;
    for (; i < args.length && args[i].value.startsWith('-') && args[i].value !== '--'; i++) {
      const m = /^-([a-zA-Z]*?)([ugCDhprtTU])(.*)$/.exec(args[i].value);
      if (!m) continue;
      const value = m[3] !== '' ? m[3] : args[++i]?.value;
      if (m[2] === 'u' && value) user = value;
    }
    if (args[i]?.value === '--') i++;
    const rest = args.slice(i);
    if (rest.length === 0) return undefined;
    const runAs = user === 'root' ? frame.runAs : { user, via: `${base} -u ${user}` };
    return this.simple(rest, { ...frame, runAs }, io, location);
  }

  /** `gosu USER[:GROUP] CMD…` and its kin. */
  private asUser(
    spec: Word | undefined,
    via: string,
    rest: Word[],
    frame: Frame,
    io: IO,
    location: Location,
  ): Status {
    const value = literalValue(spec);
    if (!value) return this.simple(rest, frame, io, location);
    const [user, group] = value.split(':');
    return this.simple(
      rest,
      { ...frame, runAs: { user, ...(group ? { group } : {}), via: `${via} ${value}` } },
      io,
      location,
    );
  }

  /** nginx, php-fpm…: who starts the server matters when it is not root, and so does php-fpm's -R. */
  private server(base: string, args: Word[], frame: Frame, location: Location): Status {
    const fpm = /^php-fpm/.test(base) ? fpmStartOptions(args.map((a) => a.value)) : undefined;
    if (fpm?.allowRoot || fpm?.config)
      this.emit(frame, { kind: 'fpm-start', program: base, ...fpm }, location);
    const runAs = frame.runAs;
    if (runAs && runAs.user !== 'root' && runAs.user !== '0') {
      const program = /^php-fpm/.test(base) ? 'php-fpm' : base.replace(/-debug$/, '');
      const group = runAs.group ? { group: runAs.group } : {};
      this.emit(frame, { kind: 'run-as', user: runAs.user, ...group, program, via: runAs.via }, location);
    }
    return true;
  }

  /** A script file of the machine, run as a new process or sourced. */
  private runScript(word: Word | undefined, args: Word[], frame: Frame, sourced: boolean): Status {
    const path = word && word.literal ? this.scriptPath(word.value, frame, true) : undefined;
    const file = path ? this.ctx.scripts?.(path) : undefined;
    if (sourced && !file) {
      this.ctx.unknownSource?.();
      if (word && !this.unknownSources.includes(word.value)) this.unknownSources.push(word.value);
    }
    if (!path || !file || frame.scripts.includes(path) || frame.depth >= MAX_DEPTH) return undefined;
    const env = sourced ? frame.env : frame.env.child(args.map(valueOf));
    if (sourced && args.length > 0) env.positional = args.map(valueOf);
    const inner: Frame = {
      ...frame,
      env,
      scripts: [...frame.scripts, path],
      depth: frame.depth + 1,
      stop: undefined,
    };
    this.script(sliceOf(file.text, 0, file.text.length), new LineIndex(file.path, file.text), inner);
    if (sourced) {
      frame.cwd = inner.cwd;
      if (inner.stop === 'exit') frame.stop = 'exit';
    }
    return true;
  }

  /** The path of a script the command names, when the machine has it (`./x.sh`, `/x.sh`, a name on PATH). */
  private scriptPath(name: string, frame: Frame, explicit = false): string | undefined {
    const lookup = this.ctx.scripts;
    if (!lookup) return undefined;
    if (name.includes('/') || explicit) {
      const path = resolvePath(name, frame.cwd ?? '/');
      return lookup(path) ? path : undefined;
    }
    return PATH_DIRS.map((d) => `${d}/${name}`).find((p) => lookup(p));
  }

  /* ---------------------------------------------------------------- redirections */

  private redirected(node: ShellNode, frame: Frame, io: IO): Status {
    const body = node.childForFieldName('body');
    const redirects = node.children.filter((c, i) => node.fieldNameForChild(i) === 'redirect');
    let stdin = io.stdin;
    let stdout: Sink = io.stdout;
    const files: { path: string; append: boolean; sink: Sink }[] = [];
    const unplaced: { dest: Word; how: string; sink: Sink }[] = [];
    const extraArgs: ShellNode[] = [];
    let after: ShellNode[] = [];
    const ctx = this.words(frame);
    const openFile = (r: ShellNode) => {
      const op = r.children.find((c) => !c.isNamed)?.type ?? '';
      const fd = r.childForFieldName('descriptor')?.text;
      const targets = r.children.filter((c, i) => r.fieldNameForChild(i) === 'destination');
      const target = targets[0];
      extraArgs.push(...targets.slice(1));
      if (!target) return;
      const word = expandString(target, ctx);
      if (op === '<') {
        stdin = word.literal
          ? [{ file: resolvePath(word.value, frame.cwd ?? '/'), edits: [] }]
          : [{ unknown: `the file ${word.value}` }];
        return;
      }
      const toStdout = (fd === undefined || fd === '1') && ['>', '>>', '>|', '&>', '&>>'].includes(op);
      if (!toStdout) return;
      if (!word.literal) {
        stdout = { kind: 'collect', chunks: [] };
        unplaced.push({ dest: word, how: op, sink: stdout });
        return;
      }
      const path = resolvePath(word.value, frame.cwd ?? '/');
      if (path.startsWith('/dev/') || path.startsWith('/proc/')) {
        stdout = DISCARD;
        return;
      }
      const sink: Sink = { kind: 'collect', chunks: [] };
      files.push({ path, append: op.endsWith('>>'), sink });
      stdout = sink;
    };
    let bodyStdin: Chunk[] | undefined;
    for (const r of redirects) {
      if (r.type === 'file_redirect') openFile(r);
      else if (r.type === 'herestring_redirect') {
        const target = r.namedChildren[0];
        if (target) bodyStdin = [{ parts: [...(expandString(target, ctx).parts ?? []), { text: '\n' }] }];
      } else if (r.type === 'heredoc_redirect') {
        bodyStdin = [this.heredoc(r, frame)];
        for (const c of r.namedChildren) {
          if (c.type === 'file_redirect') openFile(c);
          else if (c.type === 'herestring_redirect') continue;
        }
        after = this.heredocTail(r);
      }
    }
    if (bodyStdin) stdin = bodyStdin;
    let status: Status = undefined;
    if (body) {
      const pipeTail = after.length > 0 && after[0].type === 'pipeline' ? after.shift() : undefined;
      if (pipeTail) {
        const sink: Sink = { kind: 'collect', chunks: [] };
        this.withExtraArgs(body, extraArgs, frame, { stdin, stdout: sink });
        const stages = pipeTail.namedChildren;
        status = this.pipeline(stages, frame, { stdin: sink.chunks, stdout });
      } else status = this.withExtraArgs(body, extraArgs, frame, { stdin, stdout });
    }
    // The statement's own line: up to its last redirection, a heredoc's delimiter word for a heredoc.
    const headEnd = Math.max(
      body?.endIndex ?? node.startIndex,
      ...redirects.map((r) =>
        r.type === 'heredoc_redirect'
          ? Math.max(
              ...r.children
                .filter((c) => c.type === 'heredoc_start' || c.type === 'file_redirect')
                .map((c) => c.endIndex),
            )
          : r.endIndex,
      ),
    );
    const location = this.spanOf(frame, node.startIndex, headEnd);
    for (const f of files) writeChunks(f.path, f.sink.chunks, f.append, this.textContext(frame), location);
    for (const u of unplaced)
      writeUnknownDest(u.dest, u.how, u.sink.chunks, u.how.endsWith('>>'), this.textContext(frame), location);
    // `cat <<EOF > f && chmod 644 f`: the grammar puts what follows the heredoc's line inside it.
    for (let i = 0; i + 1 < after.length; i += 2)
      status = this.conditional(after[i].type, status, after[i + 1], frame, io);
    return status;
  }

  private withExtraArgs(body: ShellNode, extra: ShellNode[], frame: Frame, io: IO): Status {
    if (extra.length === 0 || body.type !== 'command') return this.statement(body, frame, io);
    // `echo >&2 x`: the grammar takes `x` as a second redirection target; the shell, as an argument.
    const ctx = this.words(frame);
    const nameNode = body.childForFieldName('name');
    if (!nameNode) return this.statement(body, frame, io);
    const words = body.namedChildren
      .filter((c) => c.type !== 'variable_assignment' && !c.type.endsWith('redirect'))
      .flatMap((c) => expandWord(c, ctx));
    words.push(...extra.flatMap((n) => expandWord(n, ctx)));
    return this.simple(
      words,
      frame,
      io,
      this.spanOf(frame, body.startIndex, extra[extra.length - 1].endIndex),
    );
  }

  /** Operators and statements the grammar nests in a heredoc redirection after its own line's redirects. */
  private heredocTail(r: ShellNode): ShellNode[] {
    const out: ShellNode[] = [];
    for (const c of r.children) {
      if (c.type === 'pipeline') out.push(c);
      else if (['&&', '||', ';', '&'].includes(c.type)) out.push(c);
      else if (out.length > 0 && c.isNamed && !c.type.startsWith('heredoc')) out.push(c);
    }
    return out;
  }

  private heredoc(r: ShellNode, frame: Frame): Chunk {
    const start = r.children.find((c) => c.type === 'heredoc_start');
    const body = r.children.find((c) => c.type === 'heredoc_body');
    const end = r.children.find((c) => c.type === 'heredoc_end');
    const stripTabs = r.children.some((c) => c.type === '<<-');
    if (!start) return { unknown: 'a heredoc' };
    const quoted = /['"\\]/.test(start.text);
    if (!body || !end) return { parts: [] };
    const text = frame.source.text;
    // The body is every line between the redirection's line and the delimiter's.
    const from = text.lastIndexOf('\n', body.startIndex - 1) + 1;
    const to = text.lastIndexOf('\n', end.startIndex - 1) + 1;
    const range = { start: Math.min(from, to), end: to };
    const word = expandHeredoc(body, range, { expand: !quoted, stripTabs }, this.words(frame));
    return { parts: word.parts ?? [], region: { source: frame.source, index: frame.index, ...range } };
  }

  /* ---------------------------------------------------------------- helpers */

  words(frame: Frame): WordContext {
    return { source: frame.source, index: frame.index, env: frame.env };
  }

  spanOf(frame: Frame, start: number, end: number): Location {
    const { offsets } = frame.source;
    if (offsets.length === 0)
      return frame.at ?? { file: frame.index.file, line: 1, column: 1, endLine: 1, endColumn: 1 };
    const s = Math.min(start, offsets.length - 1);
    return mappedLocation(frame.index, frame.source, s, Math.min(Math.max(end, s + 1), offsets.length));
  }

  private textContext(frame: Frame): TextContext {
    return {
      cwd: frame.cwd,
      env: frame.env,
      emit: (fact, location) => this.emit(frame, fact, location),
      spanOf: (start, end) => this.spanOf(frame, start, end),
      unknownSources: this.unknownSources,
    };
  }

  private commandContext(frame: Frame, location: Location): CommandContext {
    return {
      location,
      ...(frame.cwd ? { cwd: frame.cwd } : {}),
      emit: (fact) => this.emit(frame, fact, location),
      isDirectory: (path) =>
        this.dirs.has(path) || WELL_KNOWN_DIRS.test(path) || (this.ctx.isDirectory?.(path) ?? false),
    };
  }

  private emit(frame: Frame, fact: FactInput, location: Location | undefined): void {
    const at = fact.location ?? location;
    if (!at) return;
    if (fact.kind === 'mkdir') {
      this.dirs.add(posix.normalize(fact.path));
      // A directory belongs to whoever creates it.
      const runAs = frame.runAs;
      if (runAs && runAs.user !== 'root' && !fact.owner) {
        fact = { ...fact, owner: runAs.user, ...(runAs.group && !fact.group ? { group: runAs.group } : {}) };
      }
    }
    this.facts.push({ ...fact, location: at, ...(frame.maybe ? { maybe: true } : {}) } as Fact);
  }

  private note(frame: Frame, code: string, message: string, location: Location | undefined): void {
    this.notes.push({ level: 'notice', code, message, ...(location ? { location } : {}) });
  }
}

/* ------------------------------------------------------------------ pure helpers */

function writesServerConfig(fact: Fact): boolean {
  return (
    fact.kind === 'write-unknown-dest' ||
    ((fact.kind === 'write-file' || fact.kind === 'unknown-content') && isServerConfigPath(fact.path)) ||
    (fact.kind === 'copy' && isServerConfigPath(fact.dest))
  );
}

function valueOf(word: Word): ShellValue {
  if (word.literal) return word.value;
  const parts = word.parts ?? [];
  return { unknown: unknownsOf(parts), ...(parts.length > 0 ? { parts } : {}) };
}

function lastEnd(node: ShellNode, name: ShellNode): number {
  const args = node.namedChildren.filter((c) => c.type !== 'comment' && !c.type.endsWith('redirect'));
  return Math.max(name.endIndex, ...args.map((a) => a.endIndex));
}

/** The text of a word, each character mapped to its file offset when the word is written as is. */
function wordSource(word: Word, source: MappedText): MappedText {
  if (word.source && word.source.text === word.value) return word.source;
  const inner = source.text.slice(word.start, word.end);
  if (inner === word.value) return { text: word.value, offsets: source.offsets.slice(word.start, word.end) };
  // A quoted word: `'…'` or `"…"` whose content is the value itself.
  const at = inner.indexOf(word.value);
  if (at >= 0 && word.value !== '') {
    return {
      text: word.value,
      offsets: source.offsets.slice(word.start + at, word.start + at + word.value.length),
    };
  }
  return {
    text: word.value,
    offsets: new Array<number>(word.value.length).fill(source.offsets[word.start] ?? 0),
  };
}
