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
 * The words and directives of a file, in reading order: words as offsets and flags, directives as
 * the index of their name among the words, with their argument count, end, block and links.
 */
class WordTable {
  starts: Int32Array;
  ends: Int32Array;
  flags: Uint8Array;
  words = 0;
  /** The directive's name, as a word index; its arguments follow it. */
  names: Int32Array;
  argCounts: Int32Array;
  /** Offset just past the directive's `;` or `}` (or its last word, after an error). */
  directiveEnds: Int32Array;
  /** Offset of the directive's `{`, or 0 for a directive without a block (a name comes before a `{`). */
  blockStarts: Int32Array;
  /** The directive's first child and next sibling, as directive index + 1 (0: none). */
  firstChildren: Int32Array;
  nextSiblings: Int32Array;
  directives = 0;

  constructor(
    readonly text: string,
    readonly lines: LineIndex,
  ) {
    // Typical configs have a word every 12 to 20 characters and 2 or 3 words a directive; the
    // tables grow when there are more.
    const words = Math.max(16, text.length >> 4);
    this.starts = new Int32Array(words);
    this.ends = new Int32Array(words);
    this.flags = new Uint8Array(words);
    const directives = words >> 1;
    this.names = new Int32Array(directives);
    this.argCounts = new Int32Array(directives);
    this.directiveEnds = new Int32Array(directives);
    this.blockStarts = new Int32Array(directives);
    this.firstChildren = new Int32Array(directives);
    this.nextSiblings = new Int32Array(directives);
  }

  push(start: number, end: number, quote: number, escaped: boolean, unterminated: boolean): number {
    if (this.words === this.starts.length) this.growWords();
    const i = this.words++;
    this.starts[i] = start;
    this.ends[i] = end;
    this.flags[i] =
      (quote === 34 ? 1 : quote === 39 ? 2 : 0) | (escaped ? ESCAPED : 0) | (unterminated ? UNTERMINATED : 0);
    return i;
  }

  /** Adds the directive named by word `name`, whose arguments are the words after it; returns its index. */
  pushDirective(name: number): number {
    if (this.directives === this.names.length) this.growDirectives();
    const d = this.directives++;
    this.names[d] = name;
    this.argCounts[d] = this.words - name - 1;
    return d;
  }

  value(i: number): string {
    const f = this.flags[i];
    const start = this.starts[i];
    // Most words have neither quotes nor escapes: one slice, no unescaping.
    if (f === 0) return this.text.slice(start, this.ends[i]);
    const q = f & QUOTE_FLAGS;
    return wordValue(
      this.text,
      start,
      this.ends[i],
      q === 0 ? 0 : q === 1 ? 34 : 39,
      (f & ESCAPED) !== 0,
      (f & UNTERMINATED) !== 0,
    );
  }

  /** The source text of word `i`, quotes included. */
  raw(i: number): string {
    return this.text.slice(this.starts[i], this.ends[i]);
  }

  quote(i: number): '"' | "'" | null {
    const q = this.flags[i] & QUOTE_FLAGS;
    return q === 0 ? null : q === 1 ? '"' : "'";
  }

  span(i: number): Span {
    return this.lines.span(this.starts[i], this.ends[i]);
  }

  /** The arguments of directive `d`. */
  args(d: number): NginxArg[] {
    const count = this.argCounts[d];
    const first = this.names[d] + 1;
    // Sized once: an array grown by `push` reserves room for 17 elements.
    const args = new Array<NginxArg>(count);
    for (let k = 0; k < count; k++) args[k] = new Arg(this, first + k);
    return args;
  }

  /** The directives in the block of directive `d`. */
  block(d: number): NginxDirective[] {
    let count = 0;
    for (let child = this.firstChildren[d]; child !== 0; child = this.nextSiblings[child - 1]) count++;
    const block = new Array<NginxDirective>(count);
    count = 0;
    for (let child = this.firstChildren[d]; child !== 0; child = this.nextSiblings[child - 1])
      block[count++] = this.directive(child - 1);
    return block;
  }

  directive(d: number): NginxDirective {
    return this.blockStarts[d] !== 0 ? new BlockDirective(this, d) : new Directive(this, d);
  }

  private growWords(): void {
    const size = this.starts.length * 2;
    this.starts = grown(this.starts, new Int32Array(size));
    this.ends = grown(this.ends, new Int32Array(size));
    this.flags = grown(this.flags, new Uint8Array(size));
  }

  private growDirectives(): void {
    const size = this.names.length * 2;
    this.names = grown(this.names, new Int32Array(size));
    this.argCounts = grown(this.argCounts, new Int32Array(size));
    this.directiveEnds = grown(this.directiveEnds, new Int32Array(size));
    this.blockStarts = grown(this.blockStarts, new Int32Array(size));
    this.firstChildren = grown(this.firstChildren, new Int32Array(size));
    this.nextSiblings = grown(this.nextSiblings, new Int32Array(size));
  }
}

function grown<T extends Int32Array | Uint8Array>(old: T, copy: T): T {
  copy.set(old);
  return copy;
}

/**
 * An argument, read from the word table when asked: a large file has many, most read once, so
 * only the word's index is kept and the value, source text and span are built on each read.
 */
class Arg implements NginxArg {
  constructor(
    private readonly words: WordTable,
    private readonly index: number,
  ) {}

  get value(): string {
    return this.words.value(this.index);
  }

  get raw(): string {
    return this.words.raw(this.index);
  }

  get quote(): '"' | "'" | null {
    return this.words.quote(this.index);
  }

  get span(): Span {
    return this.words.span(this.index);
  }

  toJSON(): NginxArg {
    return { value: this.value, raw: this.raw, quote: this.quote, span: this.span };
  }
}

/**
 * A directive, read from the word table when asked. Only its block is kept once read, so that its
 * children stay the same objects; its name, arguments and spans are built on each read.
 */
class Directive implements NginxDirective {
  constructor(
    protected readonly words: WordTable,
    /** Index of the directive in the word table. */
    readonly index: number,
  ) {}

  get name(): string {
    return this.words.value(this.words.names[this.index]);
  }

  get nameSpan(): Span {
    return this.words.span(this.words.names[this.index]);
  }

  get args(): NginxArg[] {
    return this.words.args(this.index);
  }

  get span(): Span {
    const words = this.words;
    return words.lines.span(words.starts[words.names[this.index]], words.directiveEnds[this.index]);
  }

  toJSON(): object {
    return { name: this.name, args: this.args, span: this.span };
  }
}

class BlockDirective extends Directive {
  private cachedBlock: NginxDirective[] | undefined = undefined;

  get block(): NginxDirective[] {
    return (this.cachedBlock ??= this.words.block(this.index));
  }

  get blockSpan(): Span {
    return this.words.lines.span(this.words.blockStarts[this.index], this.words.directiveEnds[this.index]);
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
  /** Index of the block's directive; -1 for a `{` without one, whose content is dropped. */
  directive: number;
  /** Index of the last child read so far, or -1. */
  lastChild: number;
  start: number;
}

export function parseNginx(text: string): NginxFile {
  const lines = new LineIndex(text);
  const words = new WordTable(text, lines);
  const tokenizer = new NginxTokenizer(text);
  const rawErrors: { message: string; start: number; end: number }[] = tokenizer.errors;
  const comments: NginxComment[] = [];
  /** Indexes of the top-level directives. */
  const root: number[] = [];
  const stack: OpenBlock[] = [];
  /** Word index of the pending directive's name, or -1. */
  let first = -1;
  let unterminated = false;

  /** Ends the pending directive and links it into the block being read; returns its index. */
  const endDirective = (end: number, blockStart: number): number => {
    const d = words.pushDirective(first);
    first = -1;
    words.directiveEnds[d] = end;
    if (blockStart >= 0) words.blockStarts[d] = blockStart;
    const parent = stack.length > 0 ? stack[stack.length - 1] : undefined;
    if (parent === undefined) root.push(d);
    else if (parent.directive === -1) return d;
    else if (parent.lastChild === -1) words.firstChildren[parent.directive] = d + 1;
    else words.nextSiblings[parent.lastChild] = d + 1;
    if (parent) parent.lastChild = d;
    return d;
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
      const start = tokenizer.start;
      let directive = -1;
      if (first === -1) {
        fail('unexpected "{"', start, tokenizer.end);
      } else {
        // nginx finds the handler by the name's value, so a quoted `"content_by_lua_block"` is one too.
        const luaBlock = words.value(first).endsWith('_by_lua_block');
        directive = endDirective(tokenizer.end, start);
        if (luaBlock) {
          // Lua code, not directives: its block stays empty.
          const closed = tokenizer.skipLuaBlock();
          words.directiveEnds[directive] = tokenizer.end;
          if (!closed) fail('unexpected end of file, expecting "}"', start, start + 1);
          continue;
        }
      }
      stack.push({ directive, lastChild: -1, start });
      continue;
    }
    if (kind === '}') {
      if (first !== -1) {
        fail('unexpected "}"', tokenizer.start, tokenizer.end);
        // Read on as if the directive had ended before the brace.
        endDirective(words.ends[words.words - 1], -1);
      }
      const closed = stack.pop();
      if (closed === undefined) fail('unexpected "}"', tokenizer.start, tokenizer.end);
      else if (closed.directive !== -1) words.directiveEnds[closed.directive] = tokenizer.end;
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
      fail('unexpected end of file, expecting ";" or "}"', words.starts[first], words.ends[words.words - 1]);
    } else if (stack.length > 0) {
      const open = stack[stack.length - 1];
      fail('unexpected end of file, expecting "}"', open.start, open.start + 1);
    }
    for (const open of stack) {
      if (open.directive !== -1) words.directiveEnds[open.directive] = text.length;
    }
    const errors = rawErrors.map((e) => ({ message: e.message, span: lines.span(e.start, e.end) }));
    return { directives: root.map((d) => words.directive(d)), comments, errors };
  }
}
