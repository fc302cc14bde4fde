/**
 * A POSIX shell tokenizer, good enough to find simple commands and their literal words:
 * quotes, backslashes, `$VAR`/`${VAR}` from a known environment, command substitutions,
 * control operators, redirections, comments and heredocs. It does not run anything, so
 * control flow is flattened: every simple command is listed once, in text order.
 */
import type { MappedText } from './text.js';

export interface Word {
  /** The value after quote removal and expansion of known variables. */
  value: string;
  /** False when the value depends on something unknown (unset variable, `$(…)`, `~`). */
  literal: boolean;
  /** Contains an unquoted glob character. */
  glob: boolean;
  /** Character range in the tokenized text. */
  start: number;
  end: number;
}

export interface Redirect {
  op: string;
  target: Word;
}

export interface SimpleCommand {
  words: Word[];
  redirects: Redirect[];
  /** A heredoc feeds the command (`cat <<EOF`). */
  heredoc: boolean;
}

export type Environment = ReadonlyMap<string, string>;

const RESERVED = new Set([
  'if',
  'then',
  'else',
  'elif',
  'fi',
  'do',
  'done',
  'while',
  'until',
  '!',
  '{',
  '}',
  'esac',
]);
const OPERATOR_CHARS = ';&|()<>';

/** Splits shell text into simple commands. `env` gives variables whose values are known. */
export function tokenizeShell(source: MappedText, env: Environment = new Map()): SimpleCommand[] {
  return new Tokenizer(source.text, env).run();
}

class Tokenizer {
  private i = 0;
  private readonly commands: SimpleCommand[] = [];
  private current: SimpleCommand = { words: [], redirects: [], heredoc: false };
  private pendingHeredocs: { delimiter: string; stripTabs: boolean }[] = [];
  /** Variables assigned by earlier commands of this text (`X=1`, `export X=1`). */
  private readonly vars: Map<string, string>;

  constructor(
    private readonly s: string,
    env: Environment,
  ) {
    this.vars = new Map(env);
  }

  run(): SimpleCommand[] {
    const s = this.s;
    while (this.i < s.length) {
      const c = s[this.i];
      if (c === ' ' || c === '\t' || c === '\r') this.i++;
      else if (c === '\\' && s[this.i + 1] === '\n') this.i += 2;
      else if (c === '\\' && s[this.i + 1] === '\r' && s[this.i + 2] === '\n') this.i += 3;
      else if (c === '\n') {
        this.i++;
        this.endCommand();
        this.skipHeredocBodies();
      } else if (c === '#') this.skipComment();
      else if (this.atRedirect()) this.readRedirect();
      else if (OPERATOR_CHARS.includes(c)) {
        this.i +=
          s.startsWith('&&', this.i) || s.startsWith('||', this.i) || s.startsWith(';;', this.i) ? 2 : 1;
        this.endCommand();
      } else this.current.words.push(...splitFields(this.readWord()));
    }
    this.endCommand();
    return this.commands;
  }

  private skipComment(): void {
    while (this.i < this.s.length && this.s[this.i] !== '\n') this.i++;
  }

  private endCommand(): void {
    const cmd = this.current;
    while (cmd.words.length > 0 && RESERVED.has(cmd.words[0].value) && cmd.words[0].literal)
      cmd.words.shift();
    this.current = { words: [], redirects: [], heredoc: false };
    if (cmd.words.length > 0) this.rememberAssignments(cmd.words);
    // A command of redirections only (`<<EOF` in a Dockerfile RUN) still has a heredoc to show.
    if (cmd.words.length > 0 || cmd.redirects.length > 0) this.commands.push(cmd);
  }

  /** `X=v` alone or after `export`/`readonly` sets X for later commands. */
  private rememberAssignments(words: Word[]): void {
    const first = words[0].value;
    const rest = first === 'export' || first === 'readonly' ? words.slice(1) : words;
    if (!rest.every((w) => ASSIGNMENT.test(w.value))) return;
    for (const w of rest) {
      const at = w.value.indexOf('=');
      const name = w.value.slice(0, at);
      if (w.literal) this.vars.set(name, w.value.slice(at + 1));
      else this.vars.delete(name);
    }
  }

  /** Called at the start of a word, where `2>` is a redirection of fd 2. */
  private atRedirect(): boolean {
    return REDIRECT.test(this.s.slice(this.i, this.i + 8));
  }

  private readRedirect(): void {
    const m = REDIRECT.exec(this.s.slice(this.i, this.i + 8))!;
    this.i += m[0].length;
    while (this.s[this.i] === ' ' || this.s[this.i] === '\t') this.i++;
    if (this.i >= this.s.length || this.s[this.i] === '\n') return;
    const target = this.readWord();
    const op = m[1];
    if (op === '<<' || op === '<<-') {
      this.pendingHeredocs.push({ delimiter: target.value, stripTabs: op === '<<-' });
      this.current.heredoc = true;
    }
    this.current.redirects.push({ op, target });
  }

  private skipHeredocBodies(): void {
    for (const { delimiter, stripTabs } of this.pendingHeredocs) {
      while (this.i < this.s.length) {
        let end = this.s.indexOf('\n', this.i);
        if (end === -1) end = this.s.length;
        let line = this.s.slice(this.i, end).replace(/\r$/, '');
        if (stripTabs) line = line.replace(/^\t+/, '');
        this.i = Math.min(end + 1, this.s.length);
        if (line === delimiter) break;
      }
    }
    this.pendingHeredocs = [];
  }

  private readWord(): Word {
    const s = this.s;
    const start = this.i;
    let value = '';
    let literal = true;
    let glob = false;
    while (this.i < s.length) {
      const c = s[this.i];
      if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || OPERATOR_CHARS.includes(c)) break;
      if (c === '\\') {
        const next = s[this.i + 1];
        this.i += 2;
        if (next === '\n' || next === undefined) continue;
        if (next === '\r' && s[this.i] === '\n') {
          this.i++;
          continue;
        }
        value += next;
      } else if (c === "'") {
        const close = s.indexOf("'", this.i + 1);
        const end = close === -1 ? s.length : close;
        value += s.slice(this.i + 1, end);
        this.i = end + 1;
      } else if (c === '"') {
        const part = this.readDoubleQuoted();
        value += part.value;
        literal &&= part.literal;
      } else if (c === '$' && s[this.i + 1] === "'") {
        value += this.readAnsiC();
      } else if (c === '$' || c === '`') {
        const part = this.readExpansion();
        // Unquoted expansions are split into fields on whitespace.
        value += part.literal ? part.value.replace(/[ \t\n]+/g, FIELD_BREAK) : part.value;
        literal &&= part.literal;
      } else {
        if (c === '*' || c === '?' || c === '[') glob = true;
        if (c === '~' && this.i === start) literal = false;
        value += c;
        this.i++;
      }
    }
    return { value, literal, glob, start, end: Math.max(this.i, start) };
  }

  private readDoubleQuoted(): { value: string; literal: boolean } {
    const s = this.s;
    let value = '';
    let literal = true;
    this.i++;
    while (this.i < s.length && s[this.i] !== '"') {
      const c = s[this.i];
      if (c === '\\' && '$`"\\\n'.includes(s[this.i + 1] ?? '')) {
        if (s[this.i + 1] !== '\n') value += s[this.i + 1];
        this.i += 2;
      } else if (c === '$' || c === '`') {
        const part = this.readExpansion();
        value += part.value;
        literal &&= part.literal;
      } else {
        value += c;
        this.i++;
      }
    }
    this.i++;
    return { value, literal };
  }

  private readAnsiC(): string {
    const s = this.s;
    const escapes: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"' };
    let value = '';
    this.i += 2;
    while (this.i < s.length && s[this.i] !== "'") {
      if (s[this.i] === '\\' && this.i + 1 < s.length) {
        value += escapes[s[this.i + 1]] ?? '\\' + s[this.i + 1];
        this.i += 2;
      } else value += s[this.i++];
    }
    this.i++;
    return value;
  }

  /** `$NAME`, `${…}`, `$(…)`, `$((…))`, `` `…` ``; known simple variables are substituted. */
  private readExpansion(): { value: string; literal: boolean } {
    const s = this.s;
    const start = this.i;
    if (s[this.i] === '`') {
      const close = s.indexOf('`', this.i + 1);
      this.i = close === -1 ? s.length : close + 1;
      return { value: s.slice(start, this.i), literal: false };
    }
    const next = s[this.i + 1];
    if (next === '(') {
      this.i = skipBalanced(s, this.i + 1, '(', ')');
      return { value: s.slice(start, this.i), literal: false };
    }
    if (next === '{') {
      this.i = skipBalanced(s, this.i + 1, '{', '}');
      return this.expandBraced(s.slice(start + 2, this.i - 1), s.slice(start, this.i));
    }
    const name = /^(?:[A-Za-z_][A-Za-z0-9_]*|[0-9@*#?$!-])/.exec(s.slice(this.i + 1, this.i + 200));
    if (!name) {
      this.i++;
      return { value: '$', literal: true };
    }
    this.i += 1 + name[0].length;
    const known = this.vars.get(name[0]);
    return known === undefined
      ? { value: s.slice(start, this.i), literal: false }
      : { value: known, literal: true };
  }

  /** `${NAME}`, `${NAME:-word}`, `${NAME-word}`, `${NAME:+word}`…, for known variables only. */
  private expandBraced(inner: string, raw: string): { value: string; literal: boolean } {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:(:?)([-+=?])(.*))?$/s.exec(inner);
    const known = m ? this.vars.get(m[1]) : undefined;
    if (!m || known === undefined) return { value: raw, literal: false };
    const [, , colon, op, word] = m;
    if (!op) return { value: known, literal: true };
    const set = colon !== ':' || known !== '';
    const useWord = op === '+' ? set : !set;
    if (!useWord) return { value: op === '+' ? '' : known, literal: true };
    return { value: word, literal: !/[$`]/.test(word) };
  }
}

/** Marks where an unquoted expansion breaks a word into fields. */
const FIELD_BREAK = '\u0000';

function splitFields(word: Word): Word[] {
  if (!word.value.includes(FIELD_BREAK)) return [word];
  return word.value
    .split(FIELD_BREAK)
    .filter((v) => v !== '')
    .map((value) => ({ ...word, value }));
}

const REDIRECT = /^[0-9]*(<<<|<<-|<<|>>|>&|<&|&>>|&>|>\||<>|>|<)/;
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/s;

/** Index just past the bracket matching the one at `open`, skipping quoted text. */
function skipBalanced(s: string, open: number, left: string, right: string): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') i++;
    else if (c === "'" && left === '(') {
      const close = s.indexOf("'", i + 1);
      i = close === -1 ? s.length : close;
    } else if (c === left) depth++;
    else if (c === right && --depth === 0) return i + 1;
  }
  return s.length;
}
