/**
 * The directive tree of one httpd configuration file, with the nesting errors httpd reports
 * (`ap_build_config_sub()`, `ap_build_cont_config()`, `ap_soak_end_container()`, server/config.c).
 * httpd stops at the first error; this reader records it and reads on, so a user sees each one.
 *
 * - The first word of a logical line names the directive, case-insensitively. `<Name args>` opens
 *   a section and `</Name>` closes it; a section's arguments are the words before its last `>`.
 * - The conditional sections (`<IfModule>`, `<IfDefine>`, `<IfFile>`, `<IfDirective>`,
 *   `<IfSection>`, `<IfVersion>`) are decided while httpd reads: their errors depend on whether
 *   httpd takes them, so they are left to the loader (`closeExact`, `unclosed`).
 * - `${NAME}` is resolved by the loader (it depends on `Define`s read before): arguments here are
 *   as written; `resolveArgs` reads them again with variables substituted.
 * Nothing recurses on the input: sections are read with an explicit stack, and nesting deeper than
 * `MAX_DEPTH` stops the file with an error.
 */
import type { Span } from '../../types.js';
import { LineIndex } from '../nginx/line-index.js';
import { readLines, type ApacheLine } from './lines.js';
import { getWord, getWords, resolveVariables, type VariableLookup, type VariableRef } from './words.js';

export interface ApacheArg {
  /** Unquoted and unescaped. */
  value: string;
  /** The source text, quotes included (for a resolved argument: the text it was read from). */
  raw: string;
  quote: '"' | "'" | null;
  span: Span;
}

export interface ApacheDirective {
  /** As written, without `<` for a section (`VirtualHost`, `IfModule`). */
  readonly name: string;
  readonly section: boolean;
  readonly nameSpan: Span;
  /** As written, before `${NAME}` substitution. */
  readonly args: ApacheArg[];
  /** The whole logical line (the opening line of a section). */
  readonly span: Span;
  /** Last physical line of the logical line: where httpd says an error is. */
  readonly httpdLine: number;
  readonly children?: ApacheDirective[];
  /** The closing `</Name>` line. */
  readonly closeSpan?: Span;
  /** A section line without a `>`: httpd says `<Name> directive missing closing '>'` when it reads it. */
  readonly missingBracket?: boolean;
  /** A conditional section closed by a line other than exactly `</Name>` (httpd then does not close it). */
  readonly closeExact?: boolean;
  /** The first word of the closing line, as written (`</IfModule`). */
  readonly closeWord?: string;
  /** A section still open at the end of the file. */
  readonly unclosed?: boolean;
  /** @internal Where the arguments are in the logical line. */
  readonly source: { line: ApacheLine; from: number; to: number };
}

export interface ApacheComment {
  /** After `#`. */
  readonly text: string;
  readonly span: Span;
}

export interface ApacheParseError {
  /** httpd's own words. */
  message: string;
  span: Span;
}

export interface ApacheFile {
  directives: ApacheDirective[];
  comments: ApacheComment[];
  errors: ApacheParseError[];
  /** Spans of this file's text (arguments read again after substitution are placed with it). */
  lineIndex: LineIndex;
}

/** The sections httpd decides while reading (EXEC_ON_READ). */
export const CONDITIONAL_SECTIONS = new Set([
  'ifmodule',
  'ifdefine',
  'iffile',
  'ifdirective',
  'ifsection',
  'ifversion',
]);

/** Deeper nesting is certainly a generated or hostile file; httpd itself recurses on it. */
export const MAX_DEPTH = 200;

function spanOf(index: LineIndex, line: ApacheLine, from: number, to: number): Span {
  const [start, end] = line.range(from, to);
  return index.span(start, end);
}

/**
 * A directive whose spans and arguments are built when read: large generated configs have many
 * directives, most of which are never asked for their positions.
 */
class Directive implements ApacheDirective {
  children?: Directive[];
  missingBracket?: boolean;
  closeExact?: boolean;
  closeWord?: string;
  unclosed?: boolean;
  closeLine?: ApacheLine;
  private cachedArgs?: ApacheArg[];

  constructor(
    private readonly index: LineIndex,
    private readonly line: ApacheLine,
    readonly name: string,
    readonly section: boolean,
    private readonly nameStart: number,
    private readonly nameEnd: number,
    private readonly argsFrom: number,
    private readonly argsTo: number,
  ) {}

  get nameSpan(): Span {
    return spanOf(this.index, this.line, this.nameStart, this.nameEnd);
  }

  get span(): Span {
    return spanOf(this.index, this.line, this.line.start, this.line.end);
  }

  get httpdLine(): number {
    return this.span.endLine;
  }

  get args(): ApacheArg[] {
    return (this.cachedArgs ??= argsOf(this.index, this.line, this.argsFrom, this.argsTo));
  }

  get closeSpan(): Span | undefined {
    const close = this.closeLine;
    return close && spanOf(this.index, close, close.start, close.end);
  }

  get source(): { line: ApacheLine; from: number; to: number } {
    return { line: this.line, from: this.argsFrom, to: this.argsTo };
  }

  toJSON(): object {
    return {
      name: this.name,
      section: this.section,
      args: this.args,
      span: this.span,
      children: this.children,
    };
  }
}

class Comment implements ApacheComment {
  constructor(
    private readonly index: LineIndex,
    private readonly line: ApacheLine,
  ) {}

  get text(): string {
    return this.line.source.slice(this.line.start + 1, this.line.end);
  }

  get span(): Span {
    return spanOf(this.index, this.line, this.line.start, this.line.end);
  }
}

export function parseApache(text: string): ApacheFile {
  const index = new LineIndex(text);
  const root: Directive[] = [];
  const stack: Directive[] = [];
  const comments: ApacheComment[] = [];
  const errors: ApacheParseError[] = [];
  const whole = (line: ApacheLine) => spanOf(index, line, line.start, line.end);

  for (const line of readLines(text)) {
    const { source, start, end } = line;
    if (source.charCodeAt(start) === 35 /* # */) {
      comments.push(new Comment(index, line));
      continue;
    }
    const first = getWord(source, start, end)!;
    let command = first.value;
    // An empty quoted first word: httpd skips the line.
    if (command === '') continue;
    const argsFrom = first.end;

    if (command.startsWith('</')) {
      const open = stack[stack.length - 1];
      const closing = command.endsWith('>') ? command.slice(2, -1) : command.slice(2);
      if (open === undefined) {
        errors.push({
          message: `${command} without matching <${command.slice(2)} section`,
          span: whole(line),
        });
        continue;
      }
      if (closing.toLowerCase() !== open.name.toLowerCase()) {
        errors.push({ message: `Expected </${open.name}> but saw </${closing}>`, span: whole(line) });
        // Read on as if the matching outer section closed here, if there is one.
        const outer = stack.findLastIndex((s) => s.name.toLowerCase() === closing.toLowerCase());
        if (outer === -1) continue;
        for (const s of stack.splice(outer + 1)) s.unclosed = true;
      }
      const closed = stack.pop()!;
      closed.closeLine = line;
      closed.closeWord = command;
      if (CONDITIONAL_SECTIONS.has(closed.name.toLowerCase())) {
        closed.closeExact = line.text.toLowerCase() === `</${closed.name.toLowerCase()}>`;
      } else if (!command.endsWith('>')) {
        errors.push({ message: `</${closing}> directive missing closing '>'`, span: whole(line) });
      }
      continue;
    }

    const parent = stack[stack.length - 1];
    const siblings = parent ? (parent.children ??= []) : root;
    if (command.startsWith('<')) {
      if (command.endsWith('>')) command = command.slice(0, -1);
      // The arguments are the words before the last '>' (`ap_strrchr_c(arg, '>')`).
      const bracket = source.lastIndexOf('>', end - 1);
      const missingBracket = bracket < argsFrom;
      const section = new Directive(
        index,
        line,
        command.slice(1),
        true,
        first.start,
        first.end,
        argsFrom,
        missingBracket ? end : bracket,
      );
      section.children = [];
      if (missingBracket && !first.value.endsWith('>')) section.missingBracket = true;
      siblings.push(section);
      if (stack.length >= MAX_DEPTH) {
        errors.push({
          message: `sections nested more than ${MAX_DEPTH} deep; the rest of the file is not read`,
          span: whole(line),
        });
        break;
      }
      stack.push(section);
      continue;
    }
    siblings.push(new Directive(index, line, command, false, first.start, first.end, argsFrom, end));
  }

  for (const open of stack) {
    open.unclosed = true;
    if (!CONDITIONAL_SECTIONS.has(open.name.toLowerCase())) {
      errors.push({ message: `<${open.name}> was not closed.`, span: open.span });
    }
  }
  return { directives: root, comments, errors, lineIndex: index };
}

function argsOf(index: LineIndex, line: ApacheLine, from: number, to: number): ApacheArg[] {
  return getWords(line.source, from, to).map((w) => ({
    value: w.value,
    raw: line.source.slice(w.start, w.end),
    quote: w.quote,
    span: spanOf(index, line, w.start, w.end),
  }));
}

/**
 * The arguments of a directive as httpd passes them, `${NAME}` substituted first (positionally:
 * `lookup` answers with what is defined where the directive is read). A word that comes from a
 * substituted value spans its `${NAME}`.
 */
export function resolveArgs(
  file: ApacheFile,
  directive: ApacheDirective,
  lookup: VariableLookup,
): { args: ApacheArg[]; refs: (VariableRef & { span: Span })[] } {
  const { line, from, to } = directive.source;
  const dollar = line.source.indexOf('${', from);
  if (dollar === -1 || dollar >= to) return { args: directive.args, refs: [] };
  const resolved = resolveVariables(line.source, lookup, from, to);
  const span = (a: number, b: number): Span => {
    const [start, end] = line.range(a, b);
    return file.lineIndex.span(start, end);
  };
  const args = getWords(resolved.text).map((w) => {
    const [a, b] = resolved.sourceRange(w.start, w.end);
    return { value: w.value, raw: line.source.slice(a, b), quote: w.quote, span: span(a, b) };
  });
  return { args, refs: resolved.refs.map((r) => ({ ...r, span: span(r.start, r.end) })) };
}
