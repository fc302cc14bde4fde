/**
 * The part of sed that provisioning scripts use to edit config files in place: `s` (any
 * delimiter, `g`, `I`, a number), `d`, `a`, `i` and `c` (GNU one-line and classic forms), with
 * line, `$`, `/re/` and `\cREc` addresses, ranges and `!`, several `-e` expressions, BRE by default
 * and ERE with `-E`/`-r`. A script using anything else is reported as unsupported, so the file it
 * edits becomes unknown rather than wrongly edited.
 */
import type { Location } from '../../types.js';

export type SedAddress = { line: number } | { last: true } | { regex: string; flags: string };

export interface SedCommand {
  address?: { from: SedAddress; to?: SedAddress; negate: boolean };
  op: 's' | 'd' | 'a' | 'i' | 'c';
  /** `s`: the pattern (a JavaScript regex source), replacement template and flags. */
  pattern?: string;
  replacement?: string;
  flags?: { global: boolean; ignoreCase: boolean; nth: number };
  /** `a`, `i`, `c`: the text of the line(s) to add. */
  text?: string;
  /** Where the expression holding the command is written. */
  location?: Location;
}

/** A script socklint can apply. */
export interface SedEdit {
  commands: SedCommand[];
  /**
   * Values of the script that are unknown (`s/@N@/$N/` with `$N` unset), each standing in the
   * replacement text as its `token`; a line they land in gets them as unknown parts.
   */
  unknowns?: SedUnknown[];
}

export interface SedUnknown {
  token: string;
  /** What the value depends on, and the expression as written. */
  unknown: string[];
  shown: string;
}

/** A token no config text holds: a private-use character around the value's number. */
export const sedToken = (n: number) => `\uE000${n}\uE001`;
const TOKEN = /\uE000\d+\uE001/;

/** True when an unknown value reaches only replacement text, where it can be carried as a part. */
export function unknownsOnlyReplaced(edit: SedEdit): boolean {
  return edit.commands.every(
    (c) =>
      !TOKEN.test(c.pattern ?? '') &&
      (!c.address || ![c.address.from, c.address.to].some((a) => a && 'regex' in a && TOKEN.test(a.regex))),
  );
}

export type SedScript = SedEdit | { unsupported: string };

/**
 * Parses the expressions of one sed call, each with where it is written; `extended` is
 * `-E`/`-r`. As sed does, the expressions are one script joined by newlines (so `-e 'a\\'
 * -e 'text'` appends `text`); each command keeps the location of the expression it starts in.
 */
export function parseSed(expressions: { text: string; location?: Location }[], extended: boolean): SedScript {
  const starts: number[] = [];
  let script = '';
  for (const e of expressions) {
    starts.push(script.length);
    script += e.text + '\n';
  }
  const result = new SedParser(script, extended).parse();
  if ('unsupported' in result) return result;
  return {
    commands: result.commands.map(({ at, ...c }) => {
      let k = starts.length - 1;
      while (k > 0 && starts[k] > at) k--;
      const location = expressions[k]?.location;
      return location ? { ...c, location } : c;
    }),
  };
}

/** One line of text as sed sees it, and whether a command changed it. */
export interface SedLine<T> {
  text: string;
  /** What the line came from: the input line's own, or undefined when sed wrote it. */
  origin: T | undefined;
  /** The last command that changed or added the line. */
  by?: SedCommand;
}

/** Applies the script to the lines of a file; changed or added lines have no origin but the command. */
export function applySed<T>(script: SedEdit, lines: SedLine<T>[]): SedLine<T>[] {
  const out: SedLine<T>[] = [];
  const ranges = new Map<number, boolean>(); // command index → inside its range
  lines.forEach((input, n) => {
    const lineNo = n + 1;
    const last = n === lines.length - 1;
    let space: SedLine<T> = { ...input };
    const after: SedCommand[] = [];
    let deleted = false;
    for (const [k, cmd] of script.commands.entries()) {
      if (!matches(cmd, k, space.text, lineNo, last, ranges)) continue;
      if (cmd.op === 'd') {
        deleted = true;
        break;
      }
      if (cmd.op === 'i') out.push({ text: cmd.text ?? '', origin: undefined, by: cmd });
      else if (cmd.op === 'a') after.push(cmd);
      else if (cmd.op === 'c') {
        // With a range, the text replaces the whole range, printed at its end.
        if (!cmd.address?.to || !ranges.get(k))
          out.push({ text: cmd.text ?? '', origin: undefined, by: cmd });
        deleted = true;
        break;
      } else if (cmd.op === 's') {
        const replaced = substitute(space.text, cmd);
        if (replaced !== space.text) space = { text: replaced, origin: undefined, by: cmd };
      }
    }
    if (!deleted) out.push(space);
    for (const cmd of after) out.push({ text: cmd.text ?? '', origin: undefined, by: cmd });
  });
  return out;
}

function matches(
  cmd: SedCommand,
  k: number,
  text: string,
  line: number,
  last: boolean,
  ranges: Map<number, boolean>,
): boolean {
  const a = cmd.address;
  if (!a) return true;
  const hit = (addr: SedAddress) =>
    'line' in addr
      ? addr.line === line
      : 'last' in addr
        ? last
        : new RegExp(addr.regex, addr.flags).test(text);
  let result: boolean;
  if (!a.to) result = hit(a.from);
  else if (ranges.get(k)) {
    // The end address is checked from the line after the start on (a line number ends at or after it).
    const end = 'line' in a.to ? line >= a.to.line : hit(a.to);
    if (end) ranges.set(k, false);
    result = true;
  } else if (hit(a.from)) {
    const endsHere = 'line' in a.to && a.to.line <= line;
    ranges.set(k, !endsHere);
    result = true;
  } else result = false;
  return a.negate ? !result : result;
}

/** `s` as GNU sed runs it: an empty match right after a match is not a match. */
function substitute(text: string, cmd: SedCommand): string {
  const { global, ignoreCase, nth } = cmd.flags!;
  const re = new RegExp(cmd.pattern!, 'g' + (ignoreCase ? 'i' : ''));
  let out = '';
  let last = 0;
  let count = 0;
  let previousEnd = -1;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[0] === '') {
      re.lastIndex++;
      if (start === previousEnd) continue;
    }
    previousEnd = end;
    count++;
    if (count < nth) continue;
    out += text.slice(last, start) + expandReplacement(cmd.replacement!, m[0], m.slice(1));
    last = end;
    if (!global) break;
    if (re.lastIndex > text.length) break;
  }
  return out + text.slice(last);
}

function expandReplacement(template: string, match: string, groups: (string | undefined)[]): string {
  let out = '';
  for (let i = 0; i < template.length; i++) {
    const c = template[i];
    if (c === '&') out += match;
    else if (c === '\\' && i + 1 < template.length) {
      const next = template[++i];
      if (/[1-9]/.test(next)) out += groups[Number(next) - 1] ?? '';
      else if (next === 'n') out += '\n';
      else if (next === 't') out += '\t';
      else out += next;
    } else out += c;
  }
  return out;
}

class SedParser {
  private i = 0;

  constructor(
    private readonly s: string,
    private readonly extended: boolean,
  ) {}

  /** The commands with the offset each starts at. */
  parse(): { commands: (SedCommand & { at: number })[] } | { unsupported: string } {
    const commands: (SedCommand & { at: number })[] = [];
    for (;;) {
      this.skip(/[\s;]/);
      if (this.i >= this.s.length) return { commands };
      const at = this.i;
      const command = this.command();
      if ('unsupported' in command) return command;
      commands.push({ ...command, at });
    }
  }

  private command(): SedCommand | { unsupported: string } {
    let address: SedCommand['address'];
    const from = this.address();
    if (from === null) return this.unsupported('address');
    if (from) {
      let to: SedAddress | undefined;
      this.skip(/[ \t]/);
      if (this.s[this.i] === ',') {
        this.i++;
        const end = this.address();
        if (!end) return this.unsupported('range end');
        to = end;
      }
      this.skip(/[ \t]/);
      const negate = this.s[this.i] === '!';
      if (negate) this.i++;
      address = { from, ...(to ? { to } : {}), negate };
    }
    this.skip(/[ \t]/);
    const op = this.s[this.i++];
    if (op === 'd') return this.end({ ...(address ? { address } : {}), op: 'd' });
    if (op === 'a' || op === 'i' || op === 'c') {
      return { ...(address ? { address } : {}), op, text: this.lineText() };
    }
    if (op === 's') return this.substitution(address);
    return this.unsupported(`command ${op ?? 'missing'}`);
  }

  /** undefined: no address; null: an address socklint does not read. */
  private address(): SedAddress | undefined | null {
    const c = this.s[this.i];
    if (c === undefined) return undefined;
    if (/[0-9]/.test(c)) {
      const m = /^[0-9]+/.exec(this.s.slice(this.i))!;
      this.i += m[0].length;
      if (this.s[this.i] === '~') return null;
      return { line: Number(m[0]) };
    }
    if (c === '$') {
      this.i++;
      return { last: true };
    }
    if (c === '/' || c === '\\') {
      if (c === '\\') this.i++;
      const delimiter = this.s[this.i++];
      const regex = this.delimited(delimiter);
      if (regex === undefined) return null;
      let flags = '';
      if (this.s[this.i] === 'I') {
        flags = 'i';
        this.i++;
      }
      const source = toJsRegex(regex, this.extended);
      return source === undefined ? null : { regex: source, flags };
    }
    return undefined;
  }

  private substitution(address: SedCommand['address']): SedCommand | { unsupported: string } {
    const delimiter = this.s[this.i++];
    if (!delimiter || delimiter === '\n' || delimiter === '\\') return this.unsupported('s delimiter');
    const pattern = this.delimited(delimiter);
    const replacement = pattern === undefined ? undefined : this.delimited(delimiter, true);
    if (pattern === undefined || replacement === undefined) return this.unsupported('unterminated s');
    const flags = { global: false, ignoreCase: false, nth: 1 };
    for (;;) {
      const c = this.s[this.i];
      if (c === 'g') flags.global = true;
      else if (c === 'I' || c === 'i') flags.ignoreCase = true;
      else if (c === 'p') {
        // Printing matters only with -n, which in-place edits do not use.
      } else if (c !== undefined && /[0-9]/.test(c)) {
        const m = /^[0-9]+/.exec(this.s.slice(this.i))!;
        flags.nth = Number(m[0]);
        this.i += m[0].length - 1;
      } else break;
      this.i++;
    }
    const source = toJsRegex(pattern, this.extended);
    if (source === undefined) return this.unsupported('regular expression');
    return this.end({ ...(address ? { address } : {}), op: 's', pattern: source, replacement, flags });
  }

  /** Text up to the delimiter; `\delimiter` is the delimiter itself. */
  private delimited(delimiter: string, replacement = false): string | undefined {
    let out = '';
    while (this.i < this.s.length) {
      const c = this.s[this.i++];
      if (c === delimiter) return out;
      if (c === '\\' && this.i < this.s.length) {
        const next = this.s[this.i++];
        if (next === delimiter) out += replacement ? next : literalDelimiter(next);
        else if (next === 'n' && !replacement) out += '\\n';
        else out += '\\' + next;
      } else out += c;
    }
    return undefined;
  }

  /** `a text`, `a\` + newline + text (GNU and POSIX); backslash-newline continues the text. */
  private lineText(): string {
    this.skip(/[ \t]/);
    if (this.s[this.i] === '\\') {
      this.i++;
      if (this.s[this.i] === '\n') this.i++;
      else this.skip(/[ \t]/);
    }
    let out = '';
    while (this.i < this.s.length && this.s[this.i] !== '\n') {
      const c = this.s[this.i++];
      if (c === '\\' && this.i < this.s.length) {
        const next = this.s[this.i++];
        out += next === 'n' ? '\n' : next === 't' ? '\t' : next;
      } else out += c;
    }
    return out;
  }

  private end(command: SedCommand): SedCommand | { unsupported: string } {
    this.skip(/[ \t]/);
    const c = this.s[this.i];
    if (c !== undefined && c !== ';' && c !== '\n' && c !== '}')
      return this.unsupported(`text after ${command.op}`);
    return command;
  }

  private skip(re: RegExp): void {
    while (this.i < this.s.length && re.test(this.s[this.i])) this.i++;
  }

  private unsupported(what: string): { unsupported: string } {
    return { unsupported: `${what} at character ${this.i} of "${this.s}"` };
  }
}

/** The delimiter written `\\d` inside a pattern is that character, literally. */
function literalDelimiter(c: string): string {
  if (c === '^') return '\\^';
  return /[.*+?(){}|$/[\]]/.test(c) ? `[${c === ']' ? '\\]' : c}]` : c;
}

const CLASSES: Record<string, string> = {
  alpha: 'a-zA-Z',
  digit: '0-9',
  alnum: 'a-zA-Z0-9',
  upper: 'A-Z',
  lower: 'a-z',
  space: ' \\t\\n\\r\\f\\v',
  blank: ' \\t',
  punct: '!-\\/:-@\\[-`{-~',
  xdigit: '0-9A-Fa-f',
};

/** A POSIX BRE or ERE as a JavaScript regex source; undefined for what JavaScript reads otherwise. */
function toJsRegex(re: string, extended: boolean): string | undefined {
  let out = '';
  for (let i = 0; i < re.length; i++) {
    const c = re[i];
    if (c === '[') {
      const end = bracketEnd(re, i);
      if (end === -1) return undefined;
      let body = re.slice(i + 1, end);
      body = body.replace(/\[:([a-z]+):\]/g, (m, name: string) => CLASSES[name] ?? m);
      if (/\[[.=]/.test(body)) return undefined;
      out += '[' + body.replace(/\\/g, '\\\\').replace(/^\\\\\^/, '^') + ']';
      i = end;
    } else if (c === '\\') {
      const next = re[++i];
      if (next === undefined) return undefined;
      if (!extended && '(){}+?|'.includes(next)) out += next;
      else if (/[1-9]/.test(next)) out += '\\' + next;
      else if (next === 'n') out += '\\n';
      else if (next === 't') out += '\\t';
      else if (next === 's' || next === 'S' || next === 'w' || next === 'W') out += '\\' + next;
      else if (next === '<' || next === '>' || next === 'b') out += '\\b';
      else out += '\\' + next;
    } else if (!extended && '(){}+?|'.includes(c)) out += '\\' + c;
    else if (c === '*' && (out === '' || out === '^')) out += '\\*';
    else out += c;
  }
  try {
    new RegExp(out);
    return out;
  } catch {
    return undefined;
  }
}

function bracketEnd(re: string, open: number): number {
  let i = open + 1;
  if (re[i] === '^') i++;
  if (re[i] === ']') i++;
  for (; i < re.length; i++) {
    if (re[i] === '[' && /[:.=]/.test(re[i + 1] ?? '')) {
      const close = re.indexOf(re[i + 1] + ']', i + 2);
      if (close === -1) return -1;
      i = close + 1;
    } else if (re[i] === ']') return i;
  }
  return -1;
}
