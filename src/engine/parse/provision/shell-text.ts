/**
 * Text that shell commands produce and files they write: standard output as chunks (text with
 * its locations, the content of a file of the machine, or something unknown), what `echo`,
 * `printf`, `cat`, `tee`, `sed` and `envsubst` make of their input, and the file facts a
 * redirection or `tee` gives.
 */
import type { Location } from '../../types.js';
import { type TextPart, appendPart } from './content.js';
import type { FactInput } from './commands.js';
import { resolvePath } from './commands.js';
import type { Fact } from './facts.js';
import { partialPath, unknownDestWrite } from './unknown-dest.js';
import { parseSed, sedToken, unknownsOnlyReplaced, type SedEdit, type SedUnknown } from './sed.js';
import { ShellEnv, type ShellValue, isUnknown } from './shell-env.js';
import type { Word } from './shell-words.js';
import type { LineIndex, MappedText } from './text.js';

/** Text a command sends to its standard output or reads from its input. */
export type Chunk =
  /** `region`: where the text is written in the script, for a heredoc that is itself a script (`sh <<EOF`). */
  | { parts: TextPart[]; region?: { source: MappedText; index: LineIndex; start: number; end: number } }
  /** The content of a file of the machine, possibly run through sed or envsubst on the way. */
  | { file: string; envsubst?: { variables?: string[] }; edits: { script: SedEdit; how: string }[] }
  | { unknown: string };

/** Where a command's standard output goes: nowhere that matters, or to be collected (a file, a pipe). */
export interface Sink {
  kind: 'discard' | 'collect';
  chunks: Chunk[];
}

export const DISCARD: Sink = { kind: 'discard', chunks: [] };

/** What the text commands need of the shell running them. */
export interface TextContext {
  cwd: string | undefined;
  env: ShellEnv;
  emit(fact: FactInput, location: Location): void;
  /** The location of a range of the script text. */
  spanOf(start: number, end: number): Location;
  /** The files the script sourced so far that socklint does not have (`source <(curl …)`). */
  unknownSources?: readonly string[];
}

const STDIN: Chunk = { unknown: 'standard input' };

export function output(sink: Sink, parts: TextPart[] | undefined): void {
  if (sink.kind === 'collect')
    sink.chunks.push(parts ? { parts } : { unknown: 'output socklint cannot compute' });
}

export function unknownOutput(sink: Sink, why: string): void {
  if (sink.kind === 'collect') sink.chunks.push({ unknown: why });
}

/** `cat` copies its input or its files to its output. */
export function cat(args: Word[], stdin: Chunk[] | undefined, stdout: Sink, cwd: string | undefined): void {
  if (stdout.kind === 'discard') return;
  const files = args.filter((w) => !/^-./.test(w.value));
  if (files.length === 0 || (files.length === 1 && files[0].value === '-')) {
    stdout.chunks.push(...(stdin ?? [STDIN]));
    return;
  }
  stdout.chunks.push(...files.map((f) => fileChunk(f, cwd)));
}

/** `tee [-a] FILE…`: its input into each file, and to its output. */
export function tee(
  args: Word[],
  stdin: Chunk[] | undefined,
  stdout: Sink,
  ctx: TextContext,
  location: Location,
): void {
  const append = args.some((w) => /^-[a-z]*a/.test(w.value) || w.value === '--append');
  const input = stdin ?? [STDIN];
  for (const w of args.filter((w) => !w.value.startsWith('-'))) {
    if (w.literal) writeChunks(resolvePath(w.value, ctx.cwd ?? '/'), input, append, ctx, location);
    else writeUnknownDest(w, 'tee', input, append, ctx, location);
  }
  if (stdout.kind === 'collect') stdout.chunks.push(...input);
}

/** `sed -i … FILE…` edits files; `sed SCRIPT [FILE]` writes the edited text to its output. */
export function sed(
  args: Word[],
  stdin: Chunk[] | undefined,
  stdout: Sink,
  ctx: TextContext,
  location: Location,
): void {
  const call = sedCall(args);
  const { inPlace, operands, expressions } = call;
  const values = sedValues(expressions);
  const known = values !== undefined;
  const script =
    call.unreadable || !values
      ? undefined
      : parseSed(
          expressions.map((e, i) => ({ text: values.texts[i], location: ctx.spanOf(e.start, e.end) })),
          call.extended,
        );
  const parsed =
    script && 'commands' in script
      ? { ...script, ...(values!.unknowns.length > 0 ? { unknowns: values!.unknowns } : {}) }
      : undefined;
  const edit = parsed && unknownsOnlyReplaced(parsed) ? parsed : undefined;
  const why =
    call.unreadable ??
    (!known || (parsed && !edit)
      ? 'a sed expression with an unknown value'
      : script && 'unsupported' in script
        ? `a sed script socklint does not read (${script.unsupported})`
        : 'sed');
  const how = `sed ${args.map((a) => (/\s/.test(a.value) ? `'${a.value}'` : a.value)).join(' ')}`;
  if (inPlace) {
    for (const f of operands.filter((w) => w.literal)) {
      const path = resolvePath(f.value, ctx.cwd ?? '/');
      if (edit) ctx.emit({ kind: 'edit-file', path, script: edit, how }, location);
      else ctx.emit({ kind: 'unknown-content', path, reason: `edited by ${why}` }, location);
    }
    return;
  }
  if (stdout.kind === 'discard') return;
  const inputs = operands.length > 0 ? operands.map((f) => fileChunk(f, ctx.cwd)) : (stdin ?? [STDIN]);
  for (const chunk of inputs) {
    if (edit && 'file' in chunk)
      stdout.chunks.push({ ...chunk, edits: [...chunk.edits, { script: edit, how }] });
    else
      stdout.chunks.push({
        unknown: !edit ? why : 'unknown' in chunk ? chunk.unknown : 'text sed edits on a pipe',
      });
  }
}

/**
 * The expressions' text, an unknown value (a variable the environment may set) as a token that
 * `applySed` carries into the lines it writes; undefined when an expression has no known shape.
 */
function sedValues(expressions: Word[]): { texts: string[]; unknowns: SedUnknown[] } | undefined {
  const unknowns: SedUnknown[] = [];
  const texts: string[] = [];
  for (const e of expressions) {
    if (!e) return undefined;
    if (e.literal) {
      texts.push(e.value);
      continue;
    }
    if (!e.parts) return undefined;
    let text = '';
    for (const part of e.parts) {
      if (!part.unknown) {
        text += part.text;
        continue;
      }
      const token = sedToken(unknowns.length);
      unknowns.push({ token, unknown: part.unknown, shown: part.text });
      text += token;
    }
    texts.push(text);
  }
  return { texts, unknowns };
}

/** The options of a sed call: `-i`, `-E`/`-r`, `-e`/`--expression`, bundled flags (`-ri`, `-Ei.bak`). */
function sedCall(args: Word[]): {
  inPlace: boolean;
  extended: boolean;
  expressions: Word[];
  operands: Word[];
  unreadable?: string;
} {
  let inPlace = false;
  let extended = false;
  let unreadable: string | undefined;
  const expressions: Word[] = [];
  const operands: Word[] = [];
  for (let i = 0; i < args.length; i++) {
    const v = args[i].value;
    if (v === '--in-place' || v.startsWith('--in-place=')) inPlace = true;
    else if (v === '--regexp-extended') extended = true;
    else if (v === '-e' || v === '--expression') expressions.push(args[++i]);
    else if (v.startsWith('--expression='))
      expressions.push({ ...args[i], value: v.slice('--expression='.length) });
    else if (v === '-f' || v === '--file' || v.startsWith('--file=')) unreadable = 'a sed script file';
    else if (/^-[a-zA-Z]/.test(v)) {
      // `i` takes the rest of the word as a backup suffix, `e` the rest or the next word as a script.
      for (let k = 1; k < v.length; k++) {
        const c = v[k];
        if (c === 'E' || c === 'r') extended = true;
        else if (c === 'i') {
          inPlace = true;
          break;
        } else if (c === 'e') {
          expressions.push(k + 1 < v.length ? { ...args[i], value: v.slice(k + 1) } : args[++i]);
          break;
        } else if (c === 'f') {
          unreadable = 'a sed script file';
          break;
        }
      }
    } else if (!v.startsWith('--')) operands.push(args[i]);
  }
  if (expressions.length === 0 && operands.length > 0) expressions.push(operands.shift()!);
  return { inPlace, extended, expressions, operands, ...(unreadable ? { unreadable } : {}) };
}

/** A SHELL-FORMAT that lists the environment's names: `$(env | cut -d= -f1 | sed -e 's/^/$/')`. */
const ENV_NAMES =
  /^\$\(\s*(?:env|printenv)\s*\|\s*cut\s+-d\s*['"]?=['"]?\s+-f\s*1\s*\|\s*sed\s+(?:-e\s+)?['"]s\/\^\/\\?\$\/['"]\s*\)$/;

/** `envsubst [SHELL-FORMAT]`: `$VAR` and `${VAR}` of the environment replaced in its input. */
export function envsubst(args: Word[], stdin: Chunk[] | undefined, stdout: Sink, env: ShellEnv): void {
  if (stdout.kind === 'discard') return;
  const format = args.find((w) => !w.value.startsWith('-'));
  // `envsubst "$(env | cut -d= -f1 | sed -e 's/^/$/')"`: every exported variable, and only those.
  if (format && !format.literal && ENV_NAMES.test(format.value)) {
    envsubst(
      [{ ...format, literal: true, value: [...env.exported].map((n) => `$${n}`).join(' ') }],
      stdin,
      stdout,
      env,
    );
    return;
  }
  if (format && !format.literal) {
    stdout.chunks.push({ unknown: 'envsubst with a variable list that is not known' });
    return;
  }
  const variables =
    format && [...format.value.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g)].map((m) => m[1]);
  for (const chunk of stdin ?? [STDIN]) {
    if ('file' in chunk && chunk.edits.length === 0)
      stdout.chunks.push({ ...chunk, envsubst: variables ? { variables } : {} });
    else if ('parts' in chunk) stdout.chunks.push({ parts: substituteParts(chunk.parts, env, variables) });
    else stdout.chunks.push({ unknown: 'unknown' in chunk ? chunk.unknown : 'envsubst' });
  }
}

/** What a redirection or `tee` puts into a file. */
export function writeChunks(
  path: string,
  chunks: Chunk[],
  append: boolean,
  ctx: TextContext,
  location: Location,
): void {
  if (chunks.length === 1 && !append && 'file' in chunks[0]) {
    const { file, envsubst, edits } = chunks[0];
    if (envsubst) {
      ctx.emit(
        { kind: 'envsubst', source: file, dest: path, ...envsubst, environment: snapshot(ctx.env) },
        location,
      );
    } else ctx.emit({ kind: 'copy', sources: [file], dest: path, sourceBase: 'machine' }, location);
    for (const e of edits) ctx.emit({ kind: 'edit-file', path, script: e.script, how: e.how }, location);
    return;
  }
  if (chunks.every((c) => 'parts' in c)) {
    const content: TextPart[] = [];
    for (const c of chunks as { parts: TextPart[] }[]) for (const p of c.parts) appendPart(content, p);
    ctx.emit({ kind: 'write-file', path, content, append }, location);
    return;
  }
  const unknown = chunks.find((c) => 'unknown' in c);
  const reason = unknown && 'unknown' in unknown ? unknown.unknown : 'text from several sources';
  ctx.emit(
    { kind: 'unknown-content', path, reason: `written by a command socklint cannot follow (${reason})` },
    location,
  );
}

/**
 * Text written to a path that depends on unknown values (`echo "$block" > "/etc/nginx/sites-available/$1"`):
 * where it lands is unknown, but when the text is known and configures a server, its socket
 * references must not vanish with the path. Other text to such paths (logs, notes) is dropped.
 */
export function writeUnknownDest(
  dest: Word,
  how: string,
  chunks: Chunk[],
  append: boolean,
  ctx: TextContext,
  location: Location,
): void {
  if (!chunks.every((c) => 'parts' in c)) return;
  const content: TextPart[] = [];
  for (const c of chunks as { parts: TextPart[] }[]) for (const p of c.parts) appendPart(content, p);
  const sourced = ctx.unknownSources ?? [];
  const fact = unknownDestWrite({
    kind: 'write-unknown-dest',
    how,
    ...partialPath(dest, ctx.cwd),
    ...(sourced.length > 0 ? { sourced: [...sourced] } : {}),
    content,
    append,
  });
  if (fact) ctx.emit(fact, location);
}

function fileChunk(word: Word, cwd: string | undefined): Chunk {
  return word.literal
    ? { file: resolvePath(word.value, cwd ?? '/'), edits: [] }
    : { unknown: `the file ${word.value}` };
}

/* ------------------------------------------------------------------ echo and printf */

/** `echo [-n] [-e] ARGS…` */
export function echoParts(args: Word[]): TextPart[] {
  let i = 0;
  let newline = true;
  let escapes = false;
  for (; i < args.length && /^-[neE]+$/.test(args[i].value); i++) {
    if (args[i].value.includes('n')) newline = false;
    if (args[i].value.includes('e')) escapes = true;
  }
  const parts: TextPart[] = [];
  args.slice(i).forEach((w, k) => {
    if (k > 0) appendPart(parts, { text: ' ' });
    for (const p of w.parts ?? [{ text: w.value }])
      appendPart(
        parts,
        escapes && !p.unknown ? { ...p, text: decodeEscapes(p.text), verbatim: undefined } : p,
      );
  });
  if (newline) appendPart(parts, { text: '\n' });
  return parts;
}

/** `printf FORMAT ARGS…` with `%s`, `%d`, `%b`, `%%` and backslash escapes; the format is reused for extra arguments. */
export function printfParts(args: Word[]): TextPart[] | undefined {
  const [format, ...rest] = args;
  if (!format || !format.literal) return undefined;
  const parts: TextPart[] = [];
  const at = format.parts?.find((p) => p.location)?.location;
  let i = 0;
  do {
    let literal = '';
    const flush = () => {
      if (literal !== '')
        appendPart(parts, { text: decodeEscapes(literal), ...(at ? { location: at } : {}) });
      literal = '';
    };
    let last = 0;
    for (const m of format.value.matchAll(/%(%|[-+ #0]*[0-9]*(?:\.[0-9]+)?([sdibuxXoc]))/g)) {
      literal += format.value.slice(last, m.index);
      last = m.index + m[0].length;
      if (m[1] === '%') {
        literal += '%';
        continue;
      }
      flush();
      const arg = rest[i++];
      if (!arg) continue;
      for (const p of arg.parts ?? [{ text: arg.value }])
        appendPart(parts, m[2] === 'b' && !p.unknown ? { ...p, text: decodeEscapes(p.text) } : p);
    }
    literal += format.value.slice(last);
    flush();
  } while (i < rest.length && i > 0);
  return parts;
}

function decodeEscapes(text: string): string {
  const map: Record<string, string> = {
    n: '\n',
    t: '\t',
    r: '\r',
    '\\': '\\',
    a: '\x07',
    b: '\b',
    f: '\f',
    v: '\v',
  };
  return text.replace(/\\([ntr\\abfv]|0[0-7]{0,3})/g, (m, e: string) =>
    e[0] === '0' ? String.fromCharCode(parseInt(e, 8)) : (map[e] ?? m),
  );
}

/* ------------------------------------------------------------------ envsubst */

/**
 * envsubst: `$NAME` and `${NAME}` replaced by the environment's value, or by nothing when the
 * environment does not have NAME (a shell variable that is not exported is not in it); with a
 * SHELL-FORMAT list, only the names it lists. A name whose value is unknown stays unknown.
 */
export function substituteParts(parts: TextPart[], env: ShellEnv, only: string[] | undefined): TextPart[] {
  const out: TextPart[] = [];
  for (const part of parts) {
    if (part.unknown) {
      appendPart(out, part);
      continue;
    }
    const at = part.location ? { location: part.location } : {};
    let last = 0;
    for (const m of part.text.matchAll(/\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))/g)) {
      const name = m[1] ?? m[2];
      if (only && !only.includes(name)) continue;
      const looked = env.lookup(name);
      const inEnvironment = looked.set !== false && (env.exported.has(name) || looked.set === undefined);
      const value = inEnvironment ? looked.value : '';
      appendPart(out, { ...part, text: part.text.slice(last, m.index), verbatim: undefined });
      appendPart(
        out,
        isUnknown(value) ? { text: m[0], ...at, unknown: value.unknown } : { text: value, ...at },
      );
      last = m.index + m[0].length;
    }
    appendPart(out, last === 0 ? part : { ...part, text: part.text.slice(last), verbatim: undefined });
  }
  return out;
}

export type EnvironmentSnapshot = Extract<Fact, { kind: 'envsubst' }>['environment'];

/** The exported environment as plain data, for an effect applied later (envsubst of a file). */
function snapshot(env: ShellEnv): EnvironmentSnapshot {
  const known: Record<string, string> = {};
  const unknown: string[] = [];
  for (const [name, value] of env.vars) {
    if (!env.exported.has(name)) continue;
    if (isUnknown(value)) unknown.push(name);
    else known[name] = value;
  }
  return { known, unknown, unset: env.unset };
}

/** The environment a snapshot describes. */
export function environmentOf(e: EnvironmentSnapshot): ShellEnv {
  const unknown = e.unknown.map((n): [string, ShellValue] => [n, { unknown: [`$${n}`] }]);
  return ShellEnv.of([...Object.entries(e.known), ...unknown], e.unset);
}
