/**
 * Variable substitution in Dockerfile instructions (FROM, COPY, ADD, ENV, ARG, WORKDIR, USER), as
 * BuildKit's shell lexer does it: quotes removed, the escape character honoured, `$X`, `${X}`,
 * `${X:-word}`, `${X-word}`, `${X:+word}`, `${X+word}`, `${X:?word}` substituted from the build
 * arguments and environment known at that line. No command substitution, globbing or tilde:
 * those are the shell's, not the builder's. A variable that has no value at build time names
 * itself as unknown.
 */
import type { ShellValue } from './shell-env.js';

export interface DockerWord {
  value: string;
  /** Variables the value depends on that have no known value (`$BASE`). */
  unknown: string[];
}

/** A build-time variable: a known value, or declared without one (`ARG BASE`). */
export type DockerVars = ReadonlyMap<string, ShellValue>;

export interface DockerWordOptions {
  /** The escape character (`# escape=`). */
  escape: string;
  /** What a variable nothing declared holds: empty, or unknown when the base image's environment is not known. */
  unset: 'empty' | 'unknown';
}

export function expandDockerWord(raw: string, vars: DockerVars, options: DockerWordOptions): DockerWord {
  return new Lexer(raw, vars, options).word();
}

class Lexer {
  private i = 0;
  private readonly unknown: string[] = [];

  constructor(
    private readonly s: string,
    private readonly vars: DockerVars,
    private readonly options: DockerWordOptions,
  ) {}

  private get escape(): string {
    return this.options.escape;
  }

  word(stop = ''): DockerWord {
    let value = '';
    while (this.i < this.s.length && !stop.includes(this.s[this.i])) {
      const c = this.s[this.i];
      if (c === this.escape && this.i + 1 < this.s.length) {
        value += this.s[this.i + 1];
        this.i += 2;
      } else if (c === "'") {
        const close = this.s.indexOf("'", this.i + 1);
        const end = close === -1 ? this.s.length : close;
        value += this.s.slice(this.i + 1, end);
        this.i = end + 1;
      } else if (c === '"') {
        this.i++;
        while (this.i < this.s.length && this.s[this.i] !== '"') {
          const d = this.s[this.i];
          if (d === this.escape && '"$'.concat(this.escape).includes(this.s[this.i + 1] ?? '')) {
            value += this.s[this.i + 1];
            this.i += 2;
          } else if (d === '$') value += this.variable();
          else {
            value += d;
            this.i++;
          }
        }
        this.i++;
      } else if (c === '$') value += this.variable();
      else {
        value += c;
        this.i++;
      }
    }
    return { value, unknown: [...new Set(this.unknown)] };
  }

  private variable(): string {
    const start = this.i;
    this.i++;
    if (this.s[this.i] !== '{') {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(this.s.slice(this.i));
      if (!m) return '$';
      this.i += m[0].length;
      return this.lookup(m[0], this.s.slice(start, this.i));
    }
    this.i++;
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(this.s.slice(this.i));
    if (!m) return this.s.slice(start, (this.i = this.s.length));
    const name = m[0];
    this.i += name.length;
    const op = /^(:?[-+?])/.exec(this.s.slice(this.i))?.[1];
    if (!op) {
      if (this.s[this.i] === '}') this.i++;
      return this.lookup(name, '${' + name + '}');
    }
    this.i += op.length;
    const sub = new Lexer(this.s.slice(this.i), this.vars, this.options);
    const word = sub.word('}');
    this.i += sub.i + 1;
    const known = this.value(name);
    const raw = this.s.slice(start, this.i);
    if (known !== undefined && typeof known !== 'string') {
      this.unknown.push(`$${name}`);
      return raw;
    }
    const set = known !== undefined && (!op.startsWith(':') || known !== '');
    if (op.endsWith('+')) return set ? this.take(word) : '';
    if (set) return known!;
    if (op.endsWith('?')) {
      this.unknown.push(`$${name}`);
      return raw;
    }
    return this.take(word);
  }

  private take(word: DockerWord): string {
    this.unknown.push(...word.unknown);
    return word.value;
  }

  private value(name: string): ShellValue | undefined {
    const value = this.vars.get(name);
    return value === undefined && this.options.unset === 'unknown' ? { unknown: [`$${name}`] } : value;
  }

  private lookup(name: string, raw: string): string {
    const value = this.value(name);
    if (value === undefined) return '';
    if (typeof value === 'string') return value;
    this.unknown.push(`$${name}`);
    return raw;
  }
}
