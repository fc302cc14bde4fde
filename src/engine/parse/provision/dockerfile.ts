/**
 * Provisioning facts of a Dockerfile, read with `dockerfile-ast` (the parser of the Dockerfile
 * language server: escape directive, line continuations, heredocs, JSON and shell forms, with
 * positions). Instructions give facts in their order, stage by stage: FROM, ARG/ENV (substituted
 * as the builder substitutes them, build arguments from the caller included), WORKDIR, USER,
 * COPY/ADD (`--from`, `--chown`, `--chmod`, heredocs), ENTRYPOINT/CMD, and what each RUN line's
 * shell does (`shell-interpreter.ts`).
 */
import type { Flag, Instruction, Property } from 'dockerfile-ast';
import { posix } from 'node:path';
import type { Location, Note, SourceFile } from '../../types.js';
import { type TextPart, appendPart } from './content.js';
import { type DockerHeredoc, heredocBodies, heredocWords } from './docker-heredocs.js';
import { type DockerVars, expandDockerWord } from './docker-words.js';
import type { Fact, ProvisionResult } from './facts.js';
import { type JsonElement, parseJsonStringArray } from './jsonform.js';
import { ShellEnv, type ShellValue } from './shell-env.js';
import { interpretArgv, interpretShell } from './shell-interpreter.js';
import { unknownDestWrite } from './unknown-dest.js';
import { mappedWord } from './shell-words.js';
import { LineIndex, type MappedText, MappedTextBuilder, sliceOf } from './text.js';

export interface DockerfileOptions {
  /** `--build-arg` values (compose `build.args`): they replace the ARG defaults, also when unknown. */
  buildArgs?: Record<string, ShellValue>;
  /** Values for build arguments declared without one and not given (`variables:` in .socklint.yml). */
  declared?: Record<string, string>;
  /** A file of the build context by its path in the context: what `RUN --mount=type=bind` shows a RUN line. */
  contextFile?: (path: string) => SourceFile | undefined;
  /** The names of the files directly in a directory of the build context. */
  contextFilesIn?: (dir: string) => string[];
}

let ast: typeof import('dockerfile-ast') | undefined;

/** Loads the Dockerfile parser once, on first need (a scan without Dockerfiles never does). */
export async function loadDockerfileParser(): Promise<void> {
  ast ??= await import('dockerfile-ast');
}

/** The facts of a Dockerfile; `loadDockerfileParser()` must have finished. */
export function dockerfileFacts(file: SourceFile, options: DockerfileOptions = {}): ProvisionResult {
  return new DockerfileReader(file, options).read();
}

function parser(): typeof import('dockerfile-ast') {
  if (!ast) throw new Error('the Dockerfile parser is not loaded (await loadDockerfileParser() first)');
  return ast;
}

/**
 * ENV of official images as far as a Dockerfile uses it (`COPY x $PHP_INI_DIR/conf.d/`); the
 * version variables depend on the tag, so they are unknown here.
 */
const UNKNOWN_VERSION = (name: string): ShellValue => ({ unknown: [`$${name}`] });
const IMAGE_ENV: Record<string, Record<string, ShellValue>> = {
  php: {
    PHP_INI_DIR: '/usr/local/etc/php',
    PHP_VERSION: UNKNOWN_VERSION('PHP_VERSION'),
    PHPIZE_DEPS: UNKNOWN_VERSION('PHPIZE_DEPS'),
  },
  nginx: { NGINX_VERSION: UNKNOWN_VERSION('NGINX_VERSION') },
  'nginxinc/nginx-unprivileged': { NGINX_VERSION: UNKNOWN_VERSION('NGINX_VERSION') },
};
/** What the builder gives every RUN line when the image does not set it. */
const BUILD_ENV: Record<string, string> = {
  HOME: '/root',
  PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
};
/** Official images whose environment is known (beyond IMAGE_ENV, nothing a path would use). */
const KNOWN_IMAGES =
  /^(?:docker\.io\/)?(?:library\/)?(php|nginx|httpd|caddy|debian|ubuntu|alpine|fedora|rockylinux|almalinux|nginxinc\/nginx-unprivileged)(?::|@|$)/;
const SHELLS = /^(?:\/usr)?(?:\/bin\/)?(?:sh|bash|ash|dash)$/;

/** Where an instruction ends: its own lines, and past them its heredocs. */
interface InstructionSpan {
  logicalEnd: number;
  heredocs: DockerHeredoc[];
  /** A heredoc is never closed: the builder refuses the file, so nothing of the instruction happens. */
  unterminated: boolean;
  end: number;
}

interface Stage {
  /** ARG and ENV values known at this point; a declared ARG without value is unknown. */
  vars: Map<string, ShellValue>;
  /** Variables that are ENV (passed to RUN and to the container), the rest are ARGs. */
  env: Set<string>;
  workdir: string;
  shell: string[];
  /** The USER RUN lines run as (`user` or `user:group`); root when absent. */
  user?: string;
  /** Whether a variable nothing declared is empty (the base image's environment is known) or unknown. */
  unset: 'empty' | 'unknown';
}

class DockerfileReader {
  private readonly index: LineIndex;
  private readonly lineStarts: number[] = [0];
  private readonly result: ProvisionResult = { facts: [], notes: [] };
  private readonly globalArgs = new Map<string, ShellValue>();
  /** Stages by `AS` name (lower-cased) and by index. */
  private readonly stages = new Map<string, Stage>();
  private stageCount = 0;
  private stage?: Stage;
  private escape = '\\';
  /** The escape character at the end of a line (blanks after it allowed): the line goes on. */
  private continuation = /\\[ \t]*$/;
  private readonly spans = new Map<Instruction, InstructionSpan>();

  constructor(
    private readonly file: SourceFile,
    private readonly options: DockerfileOptions,
  ) {
    this.index = new LineIndex(file.path, file.text);
    // LSP positions count \r\n, \n and \r as line ends.
    const text = file.text;
    for (let i = 0; i < text.length; i++) {
      if (text[i] === '\r' && text[i + 1] === '\n') i++;
      if (text[i] === '\n' || text[i] === '\r') this.lineStarts.push(i + 1);
    }
  }

  read(): ProvisionResult {
    const { DockerfileParser } = parser();
    const dockerfile = DockerfileParser.parse(this.file.text);
    this.escape = dockerfile.getEscapeCharacter();
    this.continuation = new RegExp(`${this.escape === '\\' ? '\\\\' : '`'}[ \\t]*$`);
    let instructions = dockerfile.getInstructions();
    for (let i = 0; i < instructions.length; i++) {
      const ins = instructions[i];
      const span = this.span(ins);
      if (!span.unterminated) this.apply(ins);
      // dockerfile-ast and BuildKit disagree on where the instruction ends (a heredoc it missed,
      // or a quoted `<<` it took for one): the rest of the file is read again from the real end.
      const astEnd = trimEnd(this.file.text, this.offset(ins.getRange().end));
      if (this.lineOf(astEnd) !== this.lineOf(span.end)) {
        const rest = DockerfileParser.parse(
          blankBefore(this.file.text, span.end, this.offset(instructions[0].getRange().start)),
        );
        instructions = [
          ...instructions.slice(0, i + 1),
          ...rest.getInstructions().filter((x) => this.offset(x.getRange().start) >= span.end),
        ];
      }
    }
    return this.result;
  }

  private apply(ins: Instruction): void {
    const keyword = ins.getKeyword().toUpperCase();
    if (keyword === 'FROM') return this.from(ins);
    if (keyword === 'ARG') return this.arg(ins);
    const stage = this.stage;
    if (!stage) return;
    switch (keyword) {
      case 'ENV':
        return this.env(ins, stage);
      case 'WORKDIR':
        return this.workdir(ins, stage);
      case 'USER':
        return this.user(ins, stage);
      case 'COPY':
      case 'ADD':
        return this.copy(ins, stage, keyword);
      case 'RUN':
        return this.run(ins, stage);
      case 'SHELL': {
        const json = parseJsonStringArray(this.argsText(ins));
        if (json && json.length > 0) stage.shell = json.map((e) => e.value);
        return;
      }
      case 'ENTRYPOINT':
      case 'CMD':
        return this.command(ins, keyword === 'ENTRYPOINT' ? 'entrypoint' : 'cmd');
    }
  }

  /* ---------------------------------------------------------------- positions */

  private offset(p: { line: number; character: number }): number {
    return (this.lineStarts[p.line] ?? this.file.text.length) + p.character;
  }

  private loc(range: {
    start: { line: number; character: number };
    end: { line: number; character: number };
  }): Location {
    return this.index.location(this.offset(range.start), this.offset(range.end));
  }

  /** From the keyword through `end` (a file offset). */
  private instructionLocation(ins: Instruction, end?: number): Location {
    const start = this.offset(ins.getRange().start);
    return this.index.location(start, end ?? this.logicalEnd(ins));
  }

  private lineOf(offset: number): number {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The end of the instruction's own lines (before any heredoc body). */
  private logicalEnd(ins: Instruction): number {
    return this.span(ins).logicalEnd;
  }

  /**
   * Where an instruction really ends, as BuildKit reads it: its line with continuations, then the
   * bodies of its heredocs (RUN, COPY and ADD only).
   */
  private span(ins: Instruction): InstructionSpan {
    const known = this.spans.get(ins);
    if (known) return known;
    const text = this.file.text;
    const start = this.offset(ins.getRange().start);
    let at = start;
    let logicalEnd = start;
    for (let first = true; at < text.length; first = false) {
      let nl = text.indexOf('\n', at);
      if (nl === -1) nl = text.length;
      const line = text.slice(at, nl).replace(/\r$/, '');
      const next = Math.min(nl + 1, text.length);
      if (!first && /^\s*(#|$)/.test(line)) {
        at = next;
        continue;
      }
      logicalEnd = at + line.length;
      at = next;
      if (!this.continuation.test(line)) break;
    }
    logicalEnd = trimEnd(text, logicalEnd);
    const keyword = ins.getKeyword().toUpperCase();
    const line = this.joinContinuations(start, logicalEnd).text;
    const words =
      ['RUN', 'COPY', 'ADD'].includes(keyword) && !/^\s*\S+\s+\[/.test(line) ? heredocWords(line) : [];
    const lineEnd = text.indexOf('\n', logicalEnd);
    const after = lineEnd === -1 ? text.length : lineEnd + 1;
    const heredocs = words.length > 0 ? heredocBodies(text, after, words) : [];
    if (heredocs === undefined) {
      this.note(
        'unterminated-heredoc',
        'a heredoc of this instruction is never closed: the builder refuses the Dockerfile here',
        this.index.location(start, logicalEnd),
      );
    }
    const last = heredocs?.[heredocs.length - 1];
    const span: InstructionSpan = {
      logicalEnd,
      heredocs: heredocs ?? [],
      unterminated: heredocs === undefined,
      end: last ? trimEnd(text, last.end) : logicalEnd,
    };
    this.spans.set(ins, span);
    return span;
  }

  /**
   * The arguments as the builder sees them: from the first argument (after the flags) to the end
   * of the instruction's lines, line continuations removed, comment and empty lines inside a
   * continuation skipped, every character mapped to its file offset.
   */
  private argsText(ins: Instruction): MappedText {
    const args = ins.getArguments();
    const flags =
      'getFlags' in ins
        ? (ins as { getFlags(): { getRange(): Parameters<DockerfileReader['loc']>[0] }[] }).getFlags()
        : [];
    const afterFlags =
      flags.length > 0
        ? this.offset(flags[flags.length - 1].getRange().end)
        : this.offset(ins.getInstructionRange().end);
    const first = args.map((a) => this.offset(a.getRange().start)).find((o) => o >= afterFlags);
    const end = this.logicalEnd(ins);
    if (first === undefined || first >= end) return { text: '', offsets: [] };
    return this.joinContinuations(first, end);
  }

  private joinContinuations(from: number, to: number): MappedText {
    const text = this.file.text;
    const out = new MappedTextBuilder();
    let at = from;
    let firstLine = true;
    while (at < to) {
      let nl = text.indexOf('\n', at);
      if (nl === -1 || nl > to) nl = to;
      const lineEnd = text[nl - 1] === '\r' && nl > at ? nl - 1 : nl;
      const line = text.slice(at, lineEnd);
      if (!firstLine && /^\s*(#|$)/.test(line)) {
        at = nl + 1;
        continue;
      }
      firstLine = false;
      const m = this.continuation.exec(line);
      const keep = m && nl < to ? m.index : line.length;
      for (let k = 0; k < keep; k++) out.push(line[k], at + k);
      if (!m || nl >= to) break;
      at = nl + 1;
    }
    return out.build();
  }

  /* ---------------------------------------------------------------- substitution */

  /** A name nothing declared may come from the base image's environment, unless that is known. */
  private expand(raw: string, stage: Stage | undefined): { value: string; unknown: string[] } {
    const vars: DockerVars = stage?.vars ?? this.globalArgs;
    return expandDockerWord(raw, vars, { escape: this.escape, unset: stage?.unset ?? 'empty' });
  }

  /* ---------------------------------------------------------------- instructions */

  private from(ins: Instruction): void {
    const args = ins.getArguments();
    if (args.length === 0) return;
    const image = this.expand(args[0].getValue(), undefined);
    const stageName =
      args.length >= 3 && args[1].getValue().toLowerCase() === 'as' ? args[2].getValue() : undefined;
    const parent = this.stages.get(image.value.toLowerCase());
    const name = /^(?:docker\.io\/)?(?:library\/)?([^:@]+)/.exec(image.value)?.[1] ?? '';
    const base = { ...BUILD_ENV, ...(IMAGE_ENV[name] ?? {}) };
    this.stage = {
      vars: new Map(parent ? [...parent.vars].filter(([k]) => parent.env.has(k)) : Object.entries(base)),
      env: new Set(parent ? parent.env : Object.keys(base)),
      workdir: parent?.workdir ?? '/',
      shell: parent?.shell ?? ['/bin/sh', '-c'],
      ...(parent?.user ? { user: parent.user } : {}),
      unset: parent ? parent.unset : KNOWN_IMAGES.test(image.value) ? 'empty' : 'unknown',
    };
    this.stages.set(String(this.stageCount++), this.stage);
    if (stageName) this.stages.set(stageName.toLowerCase(), this.stage);
    const last = args[stageName ? 2 : 0];
    this.push({
      kind: 'from',
      image: image.value,
      ...(stageName ? { stage: stageName } : {}),
      ...(image.unknown.length > 0 ? { unknown: image.unknown } : {}),
      location: this.instructionLocation(ins, this.offset(last.getRange().end)),
    });
  }

  /** `ARG A=1 B`: before FROM it is global; in a stage, a bare `ARG B` brings the global value in. */
  private arg(ins: Instruction): void {
    const stage = this.stage;
    const target = stage?.vars ?? this.globalArgs;
    for (const p of propertiesOf(ins)) {
      const name = p.getName();
      const given =
        this.options.buildArgs && Object.hasOwn(this.options.buildArgs, name)
          ? this.options.buildArgs[name]
          : undefined;
      let value: ShellValue;
      if (given !== undefined) value = given;
      else if (p.getValue() !== null) {
        const raw = this.rawOf(p.getValueRange());
        const w = this.expand(raw, stage);
        value = w.unknown.length > 0 ? { unknown: w.unknown } : w.value;
      } else if (stage && this.globalArgs.has(name)) value = this.globalArgs.get(name)!;
      else if (this.options.declared && Object.hasOwn(this.options.declared, name))
        value = this.options.declared[name];
      // Declared without a value: whoever builds may pass one.
      else value = { unknown: [`$${name}`] };
      target.set(name, value);
      stage?.env.delete(name);
    }
  }

  private env(ins: Instruction, stage: Stage): void {
    // Every value of one ENV line is substituted with the variables as they were before it.
    const assignments = propertiesOf(ins).map((p) => {
      const raw = p.getValueRange() ? this.rawOf(p.getValueRange()!) : '';
      return { p, word: this.expand(raw, stage) };
    });
    for (const { p, word } of assignments) {
      const name = p.getName();
      stage.env.add(name);
      if (word.unknown.length > 0) {
        stage.vars.set(name, { unknown: word.unknown });
        continue;
      }
      stage.vars.set(name, word.value);
      this.push({ kind: 'env', name, value: word.value, location: this.loc(p.getRange()) });
    }
  }

  private workdir(ins: Instruction, stage: Stage): void {
    const raw = this.argsText(ins).text.trim();
    if (raw === '') return;
    const w = this.expand(raw, stage);
    if (w.unknown.length > 0) return;
    stage.workdir = posix.resolve(stage.workdir, w.value);
    this.push({ kind: 'workdir', path: stage.workdir, location: this.instructionLocation(ins) });
  }

  private user(ins: Instruction, stage: Stage): void {
    const raw = this.argsText(ins).text.trim();
    const w = this.expand(raw, stage);
    if (raw === '' || w.unknown.length > 0) {
      delete stage.user;
      return;
    }
    stage.user = w.value;
    this.push({ kind: 'user', user: w.value, location: this.instructionLocation(ins) });
  }

  private copy(ins: Instruction, stage: Stage, keyword: 'COPY' | 'ADD'): void {
    const flags = new Map<string, string>();
    for (const f of flagsOf(ins)) {
      const value = f.getValue();
      flags.set(f.getName().toLowerCase(), value === null ? '' : this.expand(value, stage).value);
    }
    const location = this.instructionLocation(ins);
    const heredocs = this.span(ins).heredocs;
    const text = this.argsText(ins);
    const json = parseJsonStringArray(text);
    const words = json
      ? json.map((e) => ({ raw: e.value, json: true }))
      : text.text
          .split(/[ \t]+/)
          .filter((w) => w !== '')
          .map((raw) => ({ raw, json: false }));
    if (words.length < 2) return;
    const destWord = words[words.length - 1];
    const dest = destWord.json ? { value: destWord.raw, unknown: [] } : this.expand(destWord.raw, stage);
    if (dest.unknown.length > 0)
      return this.copyToUnknown(
        keyword,
        words.slice(0, -1),
        destWord.raw,
        dest.unknown,
        stage,
        flags,
        location,
        heredocs,
      );
    const sources = words.slice(0, -1);
    const isDir = sources.length > 1 || dest.value.endsWith('/');
    const destination = this.destination(dest.value, stage, isDir);
    let nextHeredoc = 0;
    const fileSources: string[] = [];
    for (const source of sources) {
      const heredoc =
        !source.json && heredocWords(source.raw).length === 1 ? heredocs[nextHeredoc++] : undefined;
      if (heredoc) {
        const path = destination.endsWith('/') ? destination + heredoc.name : destination;
        this.push({
          kind: 'write-file',
          path,
          content: this.heredocContent(heredoc, stage),
          append: false,
          location,
        });
        continue;
      }
      const w = source.json ? { value: source.raw, unknown: [] } : this.expand(source.raw, stage);
      if (w.unknown.length > 0) return;
      if (keyword === 'ADD' && /^(https?:\/\/|git@|git:\/\/)/.test(w.value)) {
        const name = posix.basename(w.value.replace(/[?#].*$/, ''));
        this.push({
          kind: 'unknown-content',
          path: destination.endsWith('/') ? destination + name : destination,
          reason: `downloaded by ADD ${w.value}`,
          location,
        });
        continue;
      }
      if (keyword === 'ADD' && /\.(tar|tar\.(gz|bz2|xz|zst)|tgz|tbz2?|txz)$/.test(w.value)) {
        this.note(
          'archive-not-read',
          `ADD extracts the archive ${w.value} into ${destination}; socklint does not read archives, so files it brings are not checked`,
          location,
        );
        continue;
      }
      fileSources.push(w.value);
    }
    if (fileSources.length === 0) return;
    const from = flags.get('from');
    const fromStage = from !== undefined && this.stages.has(from.toLowerCase()) ? from : undefined;
    const chown = flags.get('chown');
    const chmod = flags.get('chmod');
    this.push({
      kind: 'copy',
      sources: fileSources,
      dest: destination,
      sourceBase: from !== undefined ? 'stage' : 'build-context',
      ...(fromStage !== undefined ? { fromStage } : from !== undefined ? { fromImage: from } : {}),
      ...(stage.workdir !== '/' ? { workdir: stage.workdir } : {}),
      ...(chown ? { chown } : {}),
      ...(chmod ? { chmod } : {}),
      ...(flags.has('parents') ? { parents: true as const } : {}),
      location,
    });
  }

  /**
   * A COPY/ADD to a path that depends on unknown values: its files are somewhere socklint cannot
   * tell, so what they configure stays open (heredocs and unknown sources name nothing to check).
   */
  private copyToUnknown(
    keyword: 'COPY' | 'ADD',
    sourceWords: { raw: string; json: boolean }[],
    rawDest: string,
    unknown: string[],
    stage: Stage,
    flags: Map<string, string>,
    location: Location,
    heredocs: DockerHeredoc[],
  ): void {
    // The directory written literally before the first `$`; a path starting with `$` may be anywhere.
    const literal = rawDest.slice(0, rawDest.indexOf('$'));
    const known = literal.slice(0, literal.lastIndexOf('/') + 1);
    const prefix = literal !== '' ? { prefix: posix.resolve(stage.workdir, known || '.') } : {};
    // A heredoc's text is known: kept when it configures a server, as a shell write's is.
    let next = 0;
    for (const source of sourceWords) {
      const heredoc = !source.json && heredocWords(source.raw).length === 1 ? heredocs[next++] : undefined;
      if (!heredoc) continue;
      const write = unknownDestWrite({
        kind: 'write-unknown-dest',
        how: keyword,
        dest: rawDest.endsWith('/') ? rawDest + heredoc.name : rawDest,
        ...prefix,
        unknown,
        content: this.heredocContent(heredoc, stage),
        append: false,
      });
      if (write) this.push({ ...write, location });
    }
    const sources = sourceWords
      .filter((s) => s.json || heredocWords(s.raw).length !== 1)
      .map((s) => (s.json ? { value: s.raw, unknown: [] } : this.expand(s.raw, stage)))
      .filter((w) => w.unknown.length === 0)
      .map((w) => w.value);
    if (sources.length === 0) return;
    this.push({
      kind: 'copy-unknown-dest',
      instruction: keyword,
      sources,
      dest: rawDest,
      ...prefix,
      unknown,
      sourceBase: flags.has('from') ? 'stage' : 'build-context',
      location,
    });
  }

  /** Relative destinations are relative to WORKDIR (`/` when none was set). */
  private destination(dest: string, stage: Stage, isDir: boolean): string {
    let path = posix.resolve(stage.workdir, dest);
    if (dest === '.' || dest.endsWith('/.') || dest.endsWith('/')) isDir = true;
    if (path !== '/' && isDir) path += '/';
    return path;
  }

  /** A COPY heredoc: the builder substitutes ARG/ENV unless the delimiter is quoted; `<<-` strips tabs. */
  private heredocContent(heredoc: DockerHeredoc, stage: Stage): TextPart[] {
    const parts: TextPart[] = [];
    let at = heredoc.bodyStart;
    const lines = this.file.text.slice(heredoc.bodyStart, heredoc.bodyEnd).split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    for (const raw of lines) {
      const clean = raw.replace(/\r$/, '');
      const body = heredoc.chomp ? clean.replace(/^\t+/, '') : clean;
      const from = at + (clean.length - body.length);
      const location = this.index.location(from, from + body.length);
      if (heredoc.expand && body.includes('$')) {
        const w = this.expand(body, stage);
        appendPart(
          parts,
          w.unknown.length > 0 ? { text: body, location, unknown: w.unknown } : { text: w.value, location },
        );
      } else if (body !== '') appendPart(parts, { text: body, location, verbatim: true });
      appendPart(parts, { text: '\n' });
      at += raw.length + 1;
    }
    return parts;
  }

  private run(ins: Instruction, stage: Stage): void {
    if (!SHELLS.test(stage.shell[0] ?? '')) return;
    const text = this.argsText(ins);
    const env = new ShellEnv(new Map(stage.vars), stage.unset);
    for (const [name] of stage.vars) env.exported.add(name);
    const [user, group] = (stage.user ?? 'root').split(':');
    const runAs =
      user !== 'root' && user !== '0'
        ? { user, ...(group ? { group } : {}), via: `USER ${stage.user}` }
        : undefined;
    const binds = this.bindMounts(ins, stage);
    const ctx = {
      index: this.index,
      facts: this.result.facts,
      notes: this.result.notes,
      env,
      cwd: stage.workdir,
      ...(runAs ? { runAs } : {}),
      ...(binds.length > 0
        ? {
            scripts: (p: string) => {
              const rel = inBindMounts(binds, p);
              return rel === undefined ? undefined : this.options.contextFile?.(rel);
            },
            filesIn: (dir: string) => {
              const rel = inBindMounts(binds, dir);
              return rel === undefined ? [] : (this.options.contextFilesIn?.(rel) ?? []);
            },
          }
        : {}),
    };
    const json = parseJsonStringArray(text);
    if (json) return this.runExec(json, text, ctx);
    const heredocs = this.span(ins).heredocs;
    if (
      heredocs.length > 0 &&
      heredocWords(text.text).length === 1 &&
      text.text.trim().split(/\s+/).length === 1
    ) {
      // `RUN <<EOF`: the body is the script, run by its shebang's program or the shell.
      const body = sliceOf(this.file.text, heredocs[0].bodyStart, heredocs[0].bodyEnd);
      const shebang = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(body.text);
      const program = shebang ? (shebang[1].endsWith('/env') ? (shebang[2] ?? '') : shebang[1]) : 'sh';
      if (SHELLS.test(program) || SHELLS.test(posix.basename(program))) interpretShell(body, ctx);
      return;
    }
    const first = this.result.facts.length;
    interpretShell(heredocs.length > 0 ? this.withHeredocs(text, heredocs) : text, ctx);
    if (binds.length > 0) fromBindMounts(this.result.facts, first, binds);
  }

  /**
   * `RUN --mount=type=bind,source=S,target=T`: the build context's directory S seen at T for
   * this line only, so a script it runs from there is read. A bind from another stage or image
   * (`from=`) shows files socklint does not have.
   */
  private bindMounts(ins: Instruction, stage: Stage): { source: string; target: string }[] {
    const out: { source: string; target: string }[] = [];
    for (const f of flagsOf(ins)) {
      const value = f.getValue();
      if (f.getName().toLowerCase() !== 'mount' || value === null) continue;
      const fields = new Map(
        this.expand(value, stage)
          .value.split(',')
          .map((kv) => {
            const eq = kv.indexOf('=');
            return eq < 0 ? [kv, 'true'] : [kv.slice(0, eq), kv.slice(eq + 1)];
          }),
      );
      const target = fields.get('target') ?? fields.get('dst') ?? fields.get('destination');
      if ((fields.get('type') ?? 'bind') !== 'bind' || fields.has('from') || !target) continue;
      out.push({
        source: posix.normalize(fields.get('source') ?? fields.get('src') ?? '.').replace(/^\/+/, ''),
        target: posix.resolve(stage.workdir || '/', target),
      });
    }
    return out;
  }

  private runExec(json: JsonElement[], text: MappedText, ctx: Parameters<typeof interpretShell>[1]): void {
    interpretArgv(
      json.map((e) => mappedWord(e.mapped, this.index, e.start, e.end)),
      text,
      ctx,
    );
  }

  /** The instruction's line followed by its heredocs as written, for the shell to read. */
  private withHeredocs(args: MappedText, heredocs: DockerHeredoc[]): MappedText {
    const from = heredocs[0].bodyStart;
    const rest = sliceOf(this.file.text, from, heredocs[heredocs.length - 1].end);
    return { text: args.text + '\n' + rest.text, offsets: [...args.offsets, from - 1, ...rest.offsets] };
  }

  private command(ins: Instruction, kind: 'entrypoint' | 'cmd'): void {
    const text = this.argsText(ins);
    const location = this.instructionLocation(ins);
    const json = parseJsonStringArray(text);
    if (json) {
      this.push({
        kind,
        argv: json.map((e) => e.value),
        words: json.map((e) => e.mapped),
        shellForm: false,
        location,
      });
      return;
    }
    const shell = this.stage?.shell ?? ['/bin/sh', '-c'];
    const at = this.offset(ins.getRange().start);
    const unwritten = (word: string): MappedText => ({
      text: word,
      offsets: new Array<number>(word.length).fill(at),
    });
    this.push({
      kind,
      argv: [...shell, text.text],
      words: [...shell.map(unwritten), text],
      shellForm: true,
      location,
    });
  }

  /* ---------------------------------------------------------------- helpers */

  private rawOf(range: Parameters<DockerfileReader['loc']>[0] | null): string {
    if (!range) return '';
    return this.joinContinuations(this.offset(range.start), this.offset(range.end)).text;
  }

  private push(fact: Fact): void {
    this.result.facts.push(fact);
  }

  private note(code: string, message: string, location: Location): void {
    const note: Note = { level: 'notice', code, message, location };
    this.result.notes.push(note);
  }
}

function propertiesOf(ins: Instruction): Property[] {
  return ins instanceof parser().PropertyInstruction ? ins.getProperties() : [];
}

/**
 * A copy out of a bind mount (`cp /bd_build/web/php/www.conf.tmpl /usr/local/etc/`) copies
 * from the build context: the mount is gone once the line has run.
 */
function fromBindMounts(facts: Fact[], first: number, binds: { source: string; target: string }[]): void {
  for (let i = first; i < facts.length; i++) {
    const f = facts[i];
    if (f.kind !== 'copy' || f.sourceBase !== 'machine') continue;
    const sources = f.sources.map((p) => {
      const rel = inBindMounts(binds, p);
      return rel === undefined ? undefined : rel + (p.endsWith('/') && !rel.endsWith('/') ? '/' : '');
    });
    if (sources.every((s) => s !== undefined))
      facts[i] = { ...f, sources: sources as string[], sourceBase: 'build-context' };
  }
}

/** The build-context path a machine path under a bind mount's target is, the last mount over it winning. */
function inBindMounts(binds: { source: string; target: string }[], p: string): string | undefined {
  for (const bind of [...binds].reverse()) {
    const rel = posix.relative(bind.target, posix.resolve('/', p));
    if (rel.startsWith('..') || posix.isAbsolute(rel)) continue;
    return posix.join(bind.source, rel);
  }
  return undefined;
}

function flagsOf(ins: Instruction): Flag[] {
  return ins instanceof parser().ModifiableInstruction ? ins.getFlags() : [];
}

/** The text with everything from `from` up to `cut` blanked (line ends kept), so positions stay. */
function blankBefore(text: string, cut: number, from: number): string {
  return text.slice(0, from) + text.slice(from, cut).replace(/[^\r\n]/g, ' ') + text.slice(cut);
}

function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /[\s]/.test(text[e - 1])) e--;
  return e;
}
