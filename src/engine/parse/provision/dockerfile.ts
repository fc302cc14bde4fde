/**
 * Provisioning facts of a Dockerfile: FROM stages, COPY/ADD, USER, ENV, WORKDIR, and the
 * shell commands of RUN (shell form, exec form and heredocs). ARG and ENV values that are
 * literal are substituted, as the builder and the RUN shell would.
 */
import { posix } from 'node:path';
import type { Location, SourceFile } from '../../types.js';
import { interpretCommands, type ShellContext } from './commands.js';
import { type ProvisionResult, isServerConfigPath } from './facts.js';
import { type JsonElement, parseJsonStringArray } from './jsonform.js';
import { type SimpleCommand, type Word, tokenizeShell } from './shellwords.js';
import { LineIndex, type MappedText, MappedTextBuilder, sliceOf } from './text.js';

interface Stage {
  args: Map<string, string>;
  env: Map<string, string>;
  workdir?: string;
}

interface Instruction {
  keyword: string;
  /** The whole instruction with continuations removed. */
  text: MappedText;
  /** Index in `text` where the arguments start. */
  argsStart: number;
  heredocs: MappedText[];
}

interface Line {
  start: number;
  end: number;
}

const SHELLS = /^(?:\/usr)?(?:\/bin\/)?(?:sh|bash|ash|dash)$/;

export function dockerfileFacts(file: SourceFile): ProvisionResult {
  return new DockerfileReader(file).read();
}

class DockerfileReader {
  private readonly index: LineIndex;
  private readonly lines: Line[] = [];
  private readonly result: ProvisionResult = { facts: [], notes: [] };
  private readonly globalArgs = new Map<string, string>();
  private readonly stages = new Map<string, Stage>();
  private stage?: Stage;
  private escape = '\\';

  constructor(private readonly file: SourceFile) {
    this.index = new LineIndex(file.path, file.text);
    const text = file.text;
    for (let start = 0; start <= text.length;) {
      const nl = text.indexOf('\n', start);
      const next = nl === -1 ? text.length + 1 : nl + 1;
      const end = nl === -1 ? text.length : text[nl - 1] === '\r' ? nl - 1 : nl;
      this.lines.push({ start, end });
      start = next;
    }
  }

  read(): ProvisionResult {
    let i = this.readParserDirectives();
    while (i < this.lines.length) {
      const line = this.lineText(i);
      if (/^\s*(#|$)/.test(line)) {
        i++;
        continue;
      }
      const { instruction, next } = this.readInstruction(i);
      i = next;
      if (instruction) this.apply(instruction);
    }
    return this.result;
  }

  private lineText(i: number): string {
    return this.file.text.slice(this.lines[i].start, this.lines[i].end);
  }

  /** `# escape=`` ` and friends, only before anything else. */
  private readParserDirectives(): number {
    let i = 0;
    for (; i < this.lines.length; i++) {
      const m = /^\s*#\s*([a-zA-Z]+)\s*=\s*(\S+)\s*$/.exec(this.lineText(i));
      if (!m) break;
      if (m[1].toLowerCase() === 'escape' && (m[2] === '`' || m[2] === '\\')) this.escape = m[2];
    }
    return i;
  }

  private readInstruction(first: number): { instruction?: Instruction; next: number } {
    const builder = new MappedTextBuilder();
    const continuation = new RegExp(`${this.escape === '\\' ? '\\\\' : '`'}[ \\t]*$`);
    let i = first;
    for (;;) {
      const { start } = this.lines[i];
      const text = this.lineText(i);
      const m = continuation.exec(text);
      const keep = m ? m.index : text.length;
      for (let k = 0; k < keep; k++) builder.push(text[k], start + k);
      i++;
      if (!m) break;
      while (i < this.lines.length && /^\s*(#|$)/.test(this.lineText(i))) i++;
      if (i >= this.lines.length) break;
    }
    const text = builder.build();
    const head = /^\s*([A-Za-z]+)(\s+|$)/.exec(text.text);
    if (!head) return { next: i };
    const keyword = head[1].toUpperCase();
    const heredocs: MappedText[] = [];
    if (keyword === 'RUN' || keyword === 'COPY' || keyword === 'ADD') {
      const args = { text: text.text.slice(head[0].length), offsets: text.offsets.slice(head[0].length) };
      const markers = tokenizeShell(args)
        .flatMap((c) => c.redirects)
        .filter((r) => r.op === '<<' || r.op === '<<-');
      for (const { op, target } of markers) {
        const bodyStart = i;
        while (i < this.lines.length && this.heredocLine(i, op === '<<-') !== target.value) i++;
        const from = bodyStart < this.lines.length ? this.lines[bodyStart].start : this.file.text.length;
        const to = i < this.lines.length ? this.lines[i].start : this.file.text.length;
        heredocs.push(sliceOf(this.file.text, from, to));
        i++;
      }
    }
    return { instruction: { keyword, text, argsStart: head[0].length, heredocs }, next: i };
  }

  private heredocLine(i: number, stripTabs: boolean): string {
    const line = this.lineText(i);
    return stripTabs ? line.replace(/^\t+/, '') : line;
  }

  private apply(ins: Instruction): void {
    if (ins.keyword === 'FROM') return this.from(ins);
    if (ins.keyword === 'ARG') return this.arg(ins);
    const stage = this.stage;
    if (!stage) return;
    switch (ins.keyword) {
      case 'ENV':
        return this.envInstruction(ins, stage);
      case 'WORKDIR':
        return this.workdir(ins, stage);
      case 'USER':
        return this.user(ins, stage);
      case 'COPY':
      case 'ADD':
        return this.copy(ins, stage);
      case 'RUN':
        return this.run(ins, stage);
    }
  }

  /* ---------------------------------------------------------------- helpers */

  private vars(stage: Stage | undefined): Map<string, string> {
    return stage ? new Map([...stage.args, ...stage.env]) : this.globalArgs;
  }

  /** Leading `--name=value` flags, and the text after them. */
  private flagsAndRest(ins: Instruction): {
    flags: Map<string, string>;
    rest: MappedText;
    restStart: number;
  } {
    const flags = new Map<string, string>();
    let at = ins.argsStart;
    for (
      let m;
      (m = /^--([A-Za-z-]+)(?:=(\S*))?(?:\s+|$)/.exec(ins.text.text.slice(at)));
      at += m[0].length
    ) {
      flags.set(m[1].toLowerCase(), m[2] ?? '');
    }
    return {
      flags,
      rest: { text: ins.text.text.slice(at), offsets: ins.text.offsets.slice(at) },
      restStart: at,
    };
  }

  private words(text: MappedText, vars: Map<string, string>): { words: Word[]; commands: SimpleCommand[] } {
    const commands = tokenizeShell(text, vars);
    return { words: commands.flatMap((c) => c.words), commands };
  }

  /** From the keyword through `end` (an index in `rest`). */
  private location(ins: Instruction, rest: MappedText, end: number): Location {
    const start = ins.text.offsets[ins.text.text.search(/\S/)];
    return this.index.location(start, rest.offsets[end - 1] + 1);
  }

  private wordLocation(rest: MappedText, word: { start: number; end: number }): Location {
    return this.index.location(rest.offsets[word.start], rest.offsets[word.end - 1] + 1);
  }

  /* ---------------------------------------------------------------- instructions */

  private from(ins: Instruction): void {
    const { rest } = this.flagsAndRest(ins);
    const { words } = this.words(rest, this.globalArgs);
    if (words.length === 0) return;
    const image = words[0].value;
    const stageName = words.length >= 3 && words[1].value.toLowerCase() === 'as' ? words[2].value : undefined;
    const parent = this.stages.get(image.toLowerCase());
    this.stage = {
      args: new Map(),
      env: new Map(parent?.env),
      ...(parent?.workdir ? { workdir: parent.workdir } : {}),
    };
    if (stageName) this.stages.set(stageName.toLowerCase(), this.stage);
    const last = words[stageName ? 2 : 0];
    this.result.facts.push({
      kind: 'from',
      image,
      ...(stageName ? { stage: stageName } : {}),
      location: this.location(ins, rest, last.end),
    });
  }

  /** `ARG A=1 B`: before FROM it is global; in a stage, a bare `ARG B` brings the global default in. */
  private arg(ins: Instruction): void {
    const target = this.stage?.args ?? this.globalArgs;
    const { words } = this.words(this.flagsAndRest(ins).rest, this.vars(this.stage));
    for (const w of words) {
      const eq = w.value.indexOf('=');
      const name = eq === -1 ? w.value : w.value.slice(0, eq);
      const value = eq === -1 ? (this.stage ? this.globalArgs.get(name) : undefined) : w.value.slice(eq + 1);
      if (value !== undefined && w.literal) target.set(name, value);
      else target.delete(name);
    }
  }

  private envInstruction(ins: Instruction, stage: Stage): void {
    const { rest } = this.flagsAndRest(ins);
    const { words } = this.words(rest, this.vars(stage));
    if (words.length === 0) return;
    const pairs = words[0].value.includes('=') ? words.map(splitAssignment) : [legacyEnv(words)];
    for (const { name, value, literal, start, end } of pairs) {
      if (name === '') continue;
      if (!literal) {
        stage.env.delete(name);
        continue;
      }
      stage.env.set(name, value);
      this.result.facts.push({ kind: 'env', name, value, location: this.wordLocation(rest, { start, end }) });
    }
  }

  private workdir(ins: Instruction, stage: Stage): void {
    const { rest } = this.flagsAndRest(ins);
    const { words } = this.words(rest, this.vars(stage));
    const path = words[0];
    if (!path || !path.literal) {
      delete stage.workdir;
      return;
    }
    stage.workdir = posix.resolve(stage.workdir ?? '/', path.value);
    this.result.facts.push({
      kind: 'workdir',
      path: stage.workdir,
      location: this.location(ins, rest, path.end),
    });
  }

  private user(ins: Instruction, stage: Stage): void {
    const { rest } = this.flagsAndRest(ins);
    const { words } = this.words(rest, this.vars(stage));
    const user = words[0];
    if (user?.literal)
      this.result.facts.push({
        kind: 'user',
        user: user.value,
        location: this.location(ins, rest, user.end),
      });
  }

  private copy(ins: Instruction, stage: Stage): void {
    const { flags, rest } = this.flagsAndRest(ins);
    const json = parseJsonStringArray(rest);
    const { words, commands } = json
      ? {
          words: json.map((e) => ({
            value: e.value,
            literal: true,
            glob: false,
            start: e.start,
            end: e.end,
          })),
          commands: [],
        }
      : this.words(rest, this.vars(stage));
    const destWord = words[words.length - 1];
    if (!destWord || !destWord.literal) return;
    const dest = this.destination(destWord.value, stage, words.length > 2);
    const end = json
      ? rest.text.trimEnd().length
      : Math.max(destWord.end, ...commands.flatMap((c) => c.redirects.map((r) => r.target.end)));
    const location = this.location(ins, rest, end);
    if (ins.heredocs.length > 0) {
      if (isServerConfigPath(dest)) {
        this.result.notes.push({
          level: 'notice',
          code: 'config-edited-by-script',
          message: `${dest} is written inline by a ${ins.keyword} heredoc; the analysis does not read that content`,
          location,
        });
      }
      return;
    }
    const sources = words.slice(0, -1);
    if (sources.length === 0 || !sources.every((w) => w.literal)) return;
    const from = flags.get('from');
    const chown = flags.get('chown');
    this.result.facts.push({
      kind: 'copy',
      sources: sources.map((w) => w.value),
      dest,
      sourceBase: from ? 'stage' : 'build-context',
      ...(from ? { fromStage: from } : {}),
      ...(stage.workdir ? { workdir: stage.workdir } : {}),
      ...(chown ? { chown } : {}),
      location,
    });
  }

  /** Relative destinations are relative to WORKDIR; kept relative when no WORKDIR is known. */
  private destination(dest: string, stage: Stage, severalSources: boolean): string {
    const isDir = severalSources || dest.endsWith('/') || dest === '.' || dest.endsWith('/.');
    let path = dest;
    if (dest.startsWith('/')) path = posix.normalize(dest);
    else if (stage.workdir) path = posix.join(stage.workdir, dest);
    if (path === '.' || path.endsWith('/.')) path = path.slice(0, -1);
    return isDir && !path.endsWith('/') ? path + '/' : path;
  }

  private run(ins: Instruction, stage: Stage): void {
    const { rest } = this.flagsAndRest(ins);
    const vars = this.vars(stage);
    const ctx: ShellContext = {
      index: this.index,
      source: rest,
      ...(stage.workdir ? { cwd: stage.workdir } : {}),
      facts: this.result.facts,
      notes: this.result.notes,
    };
    const json = parseJsonStringArray(rest);
    if (json) return this.runExecForm(json, ctx, vars);
    const commands = tokenizeShell(rest, vars);
    interpretCommands(commands, ctx);
    const heredocIsScript = commands.every(
      (c) => !c.heredoc || c.words.length === 0 || SHELLS.test(c.words[0].value),
    );
    if (!heredocIsScript) return;
    for (const body of ins.heredocs) {
      const shebang = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(body.text);
      const interpreter = shebang
        ? posix.basename(shebang[1] === '/usr/bin/env' ? (shebang[2] ?? '') : shebang[1])
        : 'sh';
      if (!SHELLS.test(interpreter)) continue;
      interpretCommands(tokenizeShell(body, vars), { ...ctx, source: body });
    }
  }

  private runExecForm(json: JsonElement[], ctx: ShellContext, vars: Map<string, string>): void {
    const [program, flag, script] = json;
    if (program && SHELLS.test(program.value) && /^-[a-z]*c[a-z]*$/.test(flag?.value ?? '') && script) {
      interpretCommands(tokenizeShell(script.mapped, vars), { ...ctx, source: script.mapped });
      return;
    }
    const words = json.map((e) => ({
      value: e.value,
      literal: true,
      glob: false,
      start: e.start,
      end: e.end,
    }));
    interpretCommands([{ words, redirects: [], heredoc: false }], ctx);
  }
}

interface Assignment {
  name: string;
  value: string;
  literal: boolean;
  start: number;
  end: number;
}

function splitAssignment(w: Word): Assignment {
  const at = w.value.indexOf('=');
  return {
    name: at === -1 ? '' : w.value.slice(0, at),
    value: w.value.slice(at + 1),
    literal: w.literal,
    start: w.start,
    end: w.end,
  };
}

/** `ENV NAME value with spaces` (the form without `=`). */
function legacyEnv([name, ...value]: Word[]): Assignment {
  return {
    name: name.value,
    value: value.map((w) => w.value).join(' '),
    literal: value.every((w) => w.literal),
    start: name.start,
    end: (value[value.length - 1] ?? name).end,
  };
}
