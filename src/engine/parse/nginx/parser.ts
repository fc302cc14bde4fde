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
const HAS_BLOCK = 16;

/**
 * The words of a file: offsets and flags, in reading order. A directive is its name's index here;
 * its argument count, end and block start are kept at that index too.
 */
class WordTable {
  starts: Int32Array;
  ends: Int32Array;
  flags: Uint8Array;
  argCounts: Int32Array;
  /** Offset just past the directive's `;` or `}` (or its last word, after an error). */
  directiveEnds: Int32Array;
  /** Offset of the directive's `{`. */
  blockStarts: Int32Array;
  /** The directive's first child and next sibling, as word index + 1 (0: none). */
  firstChildren: Int32Array;
  nextSiblings: Int32Array;
  length = 0;

  constructor(
    readonly text: string,
    readonly lines: LineIndex,
  ) {
    // Typical configs have a word every 8 to 12 characters; growing is the exception.
    const size = Math.max(256, text.length >> 3);
    this.starts = new Int32Array(size);
    this.ends = new Int32Array(size);
    this.flags = new Uint8Array(size);
    this.argCounts = new Int32Array(size);
    this.directiveEnds = new Int32Array(size);
    this.blockStarts = new Int32Array(size);
    this.firstChildren = new Int32Array(size);
    this.nextSiblings = new Int32Array(size);
  }

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
    const f = this.flags[i];
    const q = f & QUOTE_FLAGS;
    const value = this.value(i);
    return {
      value,
      // A bare word without escapes is its own source text.
      raw: q === 0 && !(f & ESCAPED) ? value : this.text.slice(this.starts[i], this.ends[i]),
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
    this.firstChildren = grown(this.firstChildren, new Int32Array(size));
    this.nextSiblings = grown(this.nextSiblings, new Int32Array(size));
  }

  directive(i: number): NginxDirective {
    return this.flags[i] & HAS_BLOCK ? new BlockDirective(this, i) : new Directive(this, i);
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
  declare private cachedBlock?: NginxDirective[];

  get block(): NginxDirective[] {
    if (!this.cachedBlock) {
      this.cachedBlock = [];
      for (
        let child = this.words.firstChildren[this.first];
        child !== 0;
        child = this.words.nextSiblings[child - 1]
      ) {
        this.cachedBlock.push(this.words.directive(child - 1));
      }
    }
    return this.cachedBlock;
  }

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
  /** Word index of the block directive's name; -1 for a `{` without one, whose content is dropped. */
  first: number;
  /** Word index of the last child read so far, or -1. */
  lastChild: number;
  start: number;
}

export function parseNginx(text: string): NginxFile {
  const lines = new LineIndex(text);
  const words = new WordTable(text, lines);
  const tokenizer = new NginxTokenizer(text);
  const rawErrors: { message: string; start: number; end: number }[] = tokenizer.errors;
  const comments: NginxComment[] = [];
  /** Word indexes of the top-level directives. */
  const root: number[] = [];
  const stack: OpenBlock[] = [];
  /** Word index of the pending directive's name, or -1. */
  let first = -1;
  let unterminated = false;

  /** Ends the pending directive and links it into the block being read. */
  const endDirective = (end: number, blockStart: number): void => {
    const name = first;
    first = -1;
    words.argCounts[name] = words.length - name - 1;
    words.directiveEnds[name] = end;
    if (blockStart >= 0) {
      words.flags[name] |= HAS_BLOCK;
      words.blockStarts[name] = blockStart;
    }
    const parent = stack.length > 0 ? stack[stack.length - 1] : undefined;
    if (parent === undefined) root.push(name);
    else if (parent.first === -1) return;
    else if (parent.lastChild === -1) words.firstChildren[parent.first] = name + 1;
    else words.nextSiblings[parent.lastChild] = name + 1;
    if (parent) parent.lastChild = name;
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
      else endDirective(tokenizer.end, -1);
      continue;
    }
    if (kind === '{') {
      const name = first;
      const start = tokenizer.start;
      if (name === -1) {
        fail('unexpected "{"', start, tokenizer.end);
      } else {
        endDirective(tokenizer.end, start);
        if (text.endsWith('_by_lua_block', words.ends[name])) {
          // Lua code, not directives: its block stays empty.
          const closed = tokenizer.skipLuaBlock();
          words.directiveEnds[name] = tokenizer.end;
          if (!closed) fail('unexpected end of file, expecting "}"', start, start + 1);
          continue;
        }
      }
      stack.push({ first: name, lastChild: -1, start });
      continue;
    }
    if (kind === '}') {
      if (first !== -1) {
        fail('unexpected "}"', tokenizer.start, tokenizer.end);
        // Read on as if the directive had ended before the brace.
        endDirective(words.ends[words.length - 1], -1);
      }
      const closed = stack.pop();
      if (closed === undefined) fail('unexpected "}"', tokenizer.start, tokenizer.end);
      else if (closed.first !== -1) words.directiveEnds[closed.first] = tokenizer.end;
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
      if (open.first !== -1) words.directiveEnds[open.first] = text.length;
    }
    const errors = rawErrors.map((e) => ({ message: e.message, span: lines.span(e.start, e.end) }));
    return { directives: root.map((i) => words.directive(i)), comments, errors };
  }
}
