/**
 * Builds the directive tree of one nginx configuration file, with the errors `ngx_conf_parse()`
 * would stop at. nginx stops at the first error; this parser records it and reads on, so that a
 * user sees every error position.
 *
 * Large generated configs (maps of thousands of redirects) are common, so the tree is compact:
 * words are kept as offsets into the text, and names, arguments and spans are built when read.
 */
import type { Span } from '../../types.js';
import { LineIndex } from './line-index.js';
import { NginxTokenizer, wordValue } from './tokenizer.js';

export interface NginxArg {
  /** After nginx's unescaping, without quotes. */
  value: string;
  /** The exact source text, quotes included. */
  raw: string;
  quote: '"' | "'" | null;
  span: Span;
}

export interface NginxDirective {
  /** After unescaping (a `map` or `types` entry may be quoted). */
  readonly name: string;
  readonly nameSpan: Span;
  readonly args: NginxArg[];
  /** From the name to the closing `;` or `}`, inclusive. */
  readonly span: Span;
  /** The directives inside `{ … }`, when the directive has a block. */
  readonly block?: NginxDirective[];
  /** From `{` to `}`, inclusive (to the end of the file when the block is not closed). */
  readonly blockSpan?: Span;
}

export interface NginxComment {
  /** The text after `#`, without the line ending. */
  readonly text: string;
  /** From `#` to the end of the line (without a CR). */
  readonly span: Span;
}

export interface NginxParseError {
  /** nginx's own words, e.g. `unexpected "}"`. */
  message: string;
  span: Span;
}

export interface NginxFile {
  directives: NginxDirective[];
  comments: NginxComment[];
  errors: NginxParseError[];
}

const QUOTE_FLAGS = 3;
const ESCAPED = 4;
const UNTERMINATED = 8;

/**
 * The words of a file: offsets and flags, in reading order. A directive is its name's index here;
 * its argument count, end and block start are kept at that index too.
 */
class WordTable {
  starts = new Int32Array(1024);
  ends = new Int32Array(1024);
  flags = new Uint8Array(1024);
  argCounts = new Int32Array(1024);
  /** Offset just past the directive's `;` or `}` (or its last word, after an error). */
  directiveEnds = new Int32Array(1024);
  /** Offset of the directive's `{`. */
  blockStarts = new Int32Array(1024);
  length = 0;

  constructor(
    readonly text: string,
    readonly lines: LineIndex,
  ) {}

  push(start: number, end: number, quote: number, escaped: boolean, unterminated: boolean): number {
    if (this.length === this.starts.length) this.grow();
    const i = this.length++;
    this.starts[i] = start;
    this.ends[i] = end;
    this.flags[i] =
      (quote === 34 ? 1 : quote === 39 ? 2 : 0) | (escaped ? ESCAPED : 0) | (unterminated ? UNTERMINATED : 0);
    return i;
  }

  value(i: number): string {
    const f = this.flags[i];
    const quote = f & QUOTE_FLAGS ? ((f & QUOTE_FLAGS) === 1 ? 34 : 39) : 0;
    return wordValue(
      this.text,
      this.starts[i],
      this.ends[i],
      quote,
      (f & ESCAPED) !== 0,
      (f & UNTERMINATED) !== 0,
    );
  }

  arg(i: number): NginxArg {
    const q = this.flags[i] & QUOTE_FLAGS;
    return {
      value: this.value(i),
      raw: this.text.slice(this.starts[i], this.ends[i]),
      quote: q === 1 ? '"' : q === 2 ? "'" : null,
      span: this.lines.span(this.starts[i], this.ends[i]),
    };
  }

  private grow(): void {
    const size = this.starts.length * 2;
    const grown = <T extends Int32Array | Uint8Array>(old: T, copy: T): T => {
      copy.set(old);
      return copy;
    };
    this.starts = grown(this.starts, new Int32Array(size));
    this.ends = grown(this.ends, new Int32Array(size));
    this.flags = grown(this.flags, new Uint8Array(size));
    this.argCounts = grown(this.argCounts, new Int32Array(size));
    this.directiveEnds = grown(this.directiveEnds, new Int32Array(size));
    this.blockStarts = grown(this.blockStarts, new Int32Array(size));
  }
}

class Directive implements NginxDirective {
  // Set on first read only, to keep the many directives of a large file small.
  declare private cachedName?: string;
  declare private cachedArgs?: NginxArg[];

  constructor(
    protected readonly words: WordTable,
    /** Index of the name in the word table; the arguments follow it. */
    readonly first: number,
  ) {}

  get name(): string {
    return (this.cachedName ??= this.words.value(this.first));
  }

  get nameSpan(): Span {
    return this.words.lines.span(this.words.starts[this.first], this.words.ends[this.first]);
  }

  get args(): NginxArg[] {
    if (!this.cachedArgs) {
      this.cachedArgs = [];
      const count = this.words.argCounts[this.first];
      for (let i = 1; i <= count; i++) this.cachedArgs.push(this.words.arg(this.first + i));
    }
    return this.cachedArgs;
  }

  get span(): Span {
    return this.words.lines.span(this.words.starts[this.first], this.words.directiveEnds[this.first]);
  }

  toJSON(): object {
    return { name: this.name, args: this.args, span: this.span };
  }
}

class BlockDirective extends Directive {
  readonly block: NginxDirective[] = [];

  get blockSpan(): Span {
    return this.words.lines.span(this.words.blockStarts[this.first], this.words.directiveEnds[this.first]);
  }

  override toJSON(): object {
    return { ...super.toJSON(), block: this.block, blockSpan: this.blockSpan };
  }
}

class Comment implements NginxComment {
  constructor(
    private readonly words: WordTable,
    private readonly start: number,
    private readonly end: number,
  ) {}

  get text(): string {
    return this.words.text.slice(this.start + 1, this.end);
  }

  get span(): Span {
    return this.words.lines.span(this.start, this.end);
  }

  toJSON(): object {
    return { text: this.text, span: this.span };
  }
}

interface OpenBlock {
  /** null for a `{` without a directive name, whose content is read but dropped. */
  directive: BlockDirective | null;
  list: NginxDirective[];
  start: number;
}

export function parseNginx(text: string): NginxFile {
  const lines = new LineIndex(text);
  const words = new WordTable(text, lines);
  const tokenizer = new NginxTokenizer(text);
  const rawErrors: { message: string; start: number; end: number }[] = tokenizer.errors;
  const comments: NginxComment[] = [];
  const root: NginxDirective[] = [];
  const stack: OpenBlock[] = [];
  let list = root;
  /** Word index of the pending directive's name, or -1. */
  let first = -1;
  let unterminated = false;

  const endDirective = (name: number, end: number): Directive => {
    words.argCounts[name] = words.length - name - 1;
    words.directiveEnds[name] = end;
    return new Directive(words, name);
  };
  const fail = (message: string, start: number, end: number): void => {
    // The tokenizer may already have reported the same character (a `}` right after a quote).
    const last = rawErrors[rawErrors.length - 1];
    if (last && last.message === message && last.start === start) return;
    rawErrors.push({ message, start, end });
  };

  for (;;) {
    const kind = tokenizer.next();
    if (kind === 'word') {
      const index = words.push(
        tokenizer.start,
        tokenizer.end,
        tokenizer.quote,
        tokenizer.escaped,
        tokenizer.unterminated,
      );
      if (tokenizer.unterminated) unterminated = true;
      if (first === -1) first = index;
      continue;
    }
    if (kind === ';') {
      if (first === -1) fail('unexpected ";"', tokenizer.start, tokenizer.end);
      else list.push(endDirective(first, tokenizer.end));
      first = -1;
      continue;
    }
    if (kind === '{') {
      let directive: BlockDirective | null = null;
      if (first === -1) {
        fail('unexpected "{"', tokenizer.start, tokenizer.end);
      } else {
        directive = new BlockDirective(words, first);
        words.argCounts[first] = words.length - first - 1;
        words.blockStarts[first] = tokenizer.start;
        words.directiveEnds[first] = tokenizer.end;
        list.push(directive);
      }
      first = -1;
      const open: OpenBlock = { directive, list: directive ? directive.block : [], start: tokenizer.start };
      stack.push(open);
      list = open.list;
      continue;
    }
    if (kind === '}') {
      if (first !== -1) {
        fail('unexpected "}"', tokenizer.start, tokenizer.end);
        // Read on as if the directive had ended before the brace.
        list.push(endDirective(first, words.ends[words.length - 1]));
        first = -1;
      }
      const closed = stack.pop();
      if (closed === undefined) {
        fail('unexpected "}"', tokenizer.start, tokenizer.end);
        continue;
      }
      if (closed.directive) words.directiveEnds[closed.directive.first] = tokenizer.end;
      list = stack.length > 0 ? stack[stack.length - 1].list : root;
      continue;
    }
    if (kind === 'comment') {
      comments.push(new Comment(words, tokenizer.start, tokenizer.end));
      continue;
    }
    // End of file: nginx stops at the first of these, so at most one is reported.
    if (unterminated) {
      // Already reported by the tokenizer, at the opening quote.
    } else if (first !== -1) {
      fail('unexpected end of file, expecting ";" or "}"', words.starts[first], words.ends[words.length - 1]);
    } else if (stack.length > 0) {
      const open = stack[stack.length - 1];
      fail('unexpected end of file, expecting "}"', open.start, open.start + 1);
    }
    for (const open of stack) {
      if (open.directive) words.directiveEnds[open.directive.first] = text.length;
    }
    const errors = rawErrors.map((e) => ({ message: e.message, span: lines.span(e.start, e.end) }));
    return { directives: root, comments, errors };
  }
}
