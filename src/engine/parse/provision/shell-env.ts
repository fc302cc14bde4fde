/**
 * What a shell knows while socklint reads a script: its variables, positional parameters and
 * functions. A value is either known text or unknown, naming what it depends on. Whether a
 * variable nothing assigned is empty or unknown depends on who starts the shell: a Dockerfile
 * `RUN` runs with the build's environment, which the Dockerfile states (ARG and ENV), while a
 * script started on a machine or at container start gets an environment socklint does not see.
 */
import type { TextPart } from './content.js';
import type { MappedText } from './text.js';
import type { LineIndex } from './text.js';
import type { ShellNode } from './shell-syntax.js';

export interface UnknownValue {
  /** What the value depends on, e.g. `$PHP_HOST`, `$(id -u)`. */
  unknown: string[];
  /**
   * The value in parts when it was assigned from text (`block="server { … $1 …}"`): the known
   * text with where it is written, the unknown parts as written, so text built in a variable and
   * written to a file keeps its positions.
   */
  parts?: TextPart[];
}

export type ShellValue = string | UnknownValue;

export function isUnknown(value: ShellValue | undefined): value is UnknownValue {
  return typeof value === 'object';
}

/** A function defined by the script, with the text it was read from. */
export interface ShellFunction {
  body: ShellNode;
  source: MappedText;
  index: LineIndex;
}

export type UnsetVariables = 'empty' | 'unknown';

export class ShellEnv {
  constructor(
    readonly vars: Map<string, ShellValue>,
    /** What a variable nothing assigned holds. */
    readonly unset: UnsetVariables,
    /** `$1`, `$2`…; undefined when unknown (a script's own arguments). */
    public positional: ShellValue[] | undefined = undefined,
    readonly functions: Map<string, ShellFunction> = new Map(),
    readonly exported: Set<string> = new Set(),
    /** A known value's text in parts, written where it was assigned (`block="server { … }"`). */
    private readonly texts: Map<string, TextPart[]> = new Map(),
  ) {}

  static of(vars: Iterable<[string, ShellValue]>, unset: UnsetVariables): ShellEnv {
    const env = new ShellEnv(new Map(vars), unset);
    for (const [name] of env.vars) env.exported.add(name);
    return env;
  }

  /** `set`: true, false, or undefined when it cannot be known. */
  lookup(name: string): { set: boolean | undefined; value: ShellValue } {
    const value = this.vars.get(name);
    if (value !== undefined) return { set: true, value };
    if (this.unset === 'empty') return { set: false, value: '' };
    return { set: undefined, value: { unknown: [`$${name}`] } };
  }

  /** `parts`: the value as written, when it is text the script holds (an assignment's word). */
  assign(name: string, value: ShellValue, parts?: TextPart[]): void {
    this.vars.set(name, value);
    if (parts && typeof value === 'string') this.texts.set(name, parts);
    else this.texts.delete(name);
  }

  /**
   * The value of a variable in parts with where each is written: a value known in part, or a
   * block of lines (a server block a script builds in a variable). A one-line known value is
   * located where it is used, as before.
   */
  partsOf(name: string): TextPart[] | undefined {
    const value = this.vars.get(name);
    if (isUnknown(value)) return value.parts;
    return value?.includes('\n') ? this.texts.get(name) : undefined;
  }

  /** A subshell or a pipeline stage: changes do not come back. */
  clone(): ShellEnv {
    return new ShellEnv(
      new Map(this.vars),
      this.unset,
      this.positional && [...this.positional],
      new Map(this.functions),
      new Set(this.exported),
      new Map(this.texts),
    );
  }

  /** A script run as a new process: exported variables only, its own arguments, no functions. */
  child(positional: ShellValue[] | undefined): ShellEnv {
    const vars = [...this.vars].filter(([name]) => this.exported.has(name));
    const env = ShellEnv.of(vars, this.unset);
    for (const [name] of vars) if (this.texts.has(name)) env.texts.set(name, this.texts.get(name)!);
    env.positional = positional;
    return env;
  }
}
