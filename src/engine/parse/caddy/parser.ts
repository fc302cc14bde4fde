/**
 * The Caddyfile parser, following caddyconfig/caddyfile/parse.go: server blocks of site addresses
 * and directives (a directive runs to the end of its line, or of the block it opens on that line),
 * snippets `(name) { … }` replayed by `import name [args…]`, `import` of files and globs
 * (relative to the importing file, at most one wildcard), and the global options block. Like
 * Caddy it stops at the first error. It does not recurse on the input: nesting is counted.
 */
import type { CaddyToken, CaddyVersion } from './lexer.js';

/** A token and the file it was read from. */
export interface Tok<F> {
  token: CaddyToken;
  /** Its text, after an import's `{args…}` replacement. */
  text: string;
  file: F;
  /** Set for a token replayed from a snippet. */
  snippet?: string;
}

export interface ServerBlock<F> {
  keys: Tok<F>[];
  /** Each directive with its arguments and block, as one list of tokens. */
  segments: Tok<F>[][];
  hasBraces: boolean;
  /** `&(name)` (2.7+): a route that `invoke name` runs. */
  namedRoute?: boolean;
}

export interface CaddyParseError<F> {
  /** Caddy's words, without its `FILE:LINE - Error during parsing:` prefix. */
  message: string;
  /** The token Caddy names (the last one read at the end of the input). */
  at?: Tok<F>;
}

/** What an `import` of files gives: tokens (of one or more files), or Caddy's error, or a warning. */
export type ImportResult<F> = { tokens: Tok<F>[]; nodes: string[]; warning?: string } | { error: string };

export interface ParseOptions<F> {
  version: CaddyVersion;
  /** The tokens of the files an `import` pattern names, relative to `from`'s file. */
  importFiles(pattern: string, from: Tok<F>): ImportResult<F>;
  /** A name for the file, for import cycles. */
  fileName(file: F): string;
}

export interface CaddyParseResult<F> {
  blocks: ServerBlock<F>[];
  error?: CaddyParseError<F>;
  warnings: { message: string; at: Tok<F> }[];
}

/**
 * `isNewLine()`: a token starts a line when the one before it is in another file, or ends (with the
 * line breaks inside it; a heredoc has two more) on an earlier line.
 */
export function onNewLine<F>(prev: Tok<F> | undefined, curr: Tok<F>, version: CaddyVersion): boolean {
  if (!prev || prev.file !== curr.file) return true;
  let breaks = 0;
  for (let i = prev.text.indexOf('\n'); i !== -1; i = prev.text.indexOf('\n', i + 1)) breaks++;
  if (version === 'current' && prev.token.quote === '<') breaks += 2;
  return prev.token.line + breaks < curr.token.line;
}

class ParseFailure<F> extends Error {
  constructor(readonly failure: CaddyParseError<F>) {
    super(failure.message);
  }
}

/** Bound on imports replayed inside each other; Caddy finds a cycle first. */
const MAX_IMPORTS = 10_000;

export function parseCaddyfile<F>(tokens: Tok<F>[], options: ParseOptions<F>): CaddyParseResult<F> {
  const parser = new Parser(tokens, options);
  try {
    parser.parseAll();
    return { blocks: parser.blocks, warnings: parser.warnings };
  } catch (e) {
    if (e instanceof ParseFailure)
      return { blocks: parser.blocks, error: e.failure, warnings: parser.warnings };
    throw e;
  }
}

class Parser<F> {
  readonly blocks: ServerBlock<F>[] = [];
  readonly warnings: { message: string; at: Tok<F> }[] = [];
  private cursor = -1;
  private nesting = 0;
  private eof = false;
  private block: ServerBlock<F> = { keys: [], segments: [], hasBraces: false };
  private readonly snippets = new Map<string, Tok<F>[]>();
  private readonly edges = new Map<string, Set<string>>();
  private imports = 0;

  constructor(
    private tokens: Tok<F>[],
    private readonly options: ParseOptions<F>,
  ) {}

  parseAll(): void {
    while (this.next()) {
      this.block = { keys: [], segments: [], hasBraces: false };
      this.begin();
      if (this.block.keys.length > 0 || this.block.segments.length > 0) this.blocks.push(this.block);
      if (this.nesting > 0) this.fail('Unexpected EOF');
    }
  }

  /* ---------------------------------------------------------------- the dispenser */

  private next(): boolean {
    if (this.cursor < this.tokens.length - 1) {
      this.cursor++;
      return true;
    }
    return false;
  }

  private tok(): Tok<F> {
    return this.tokens[Math.max(0, Math.min(this.cursor, this.tokens.length - 1))];
  }

  private val(): string {
    return this.cursor >= 0 && this.cursor < this.tokens.length ? this.tokens[this.cursor].text : '';
  }

  private isOpen(t: Tok<F>): boolean {
    return t.text === '{' && (this.options.version === '2.6' || t.token.quote === '');
  }

  private isClose(t: Tok<F>): boolean {
    return t.text === '}' && (this.options.version === '2.6' || t.token.quote === '');
  }

  /** Whether the token at `i` starts a line (`isNewLine()`). */
  private startsLine(i: number): boolean {
    if (i > this.tokens.length - 1) return false;
    return onNewLine(this.tokens[i - 1], this.tokens[i], this.options.version);
  }

  private fail(
    message: string,
    at: Tok<F> | undefined = this.tokens.length > 0 ? this.tok() : undefined,
  ): never {
    throw new ParseFailure({ message, ...(at ? { at } : {}) });
  }

  private syntaxError(expected: string): never {
    this.fail(`Syntax error: Unexpected token '${this.val()}', expecting '${expected}'`);
  }

  /* ---------------------------------------------------------------- blocks */

  private begin(): void {
    if (this.tokens.length === 0) return;
    this.addresses();
    if (this.eof) return;
    const keys = this.block.keys;
    const only = keys.length === 1 ? keys[0].text : undefined;
    if (this.options.version === 'current' && only?.startsWith('&(') && only.endsWith(')')) {
      const tokens = this.blockTokens(true);
      this.block.namedRoute = true;
      this.block.segments = [[keys[0], ...tokens]];
      return;
    }
    if (only?.startsWith('(') && only.endsWith(')')) {
      const name = only.slice(1, -1);
      if (this.snippets.has(name)) this.fail(`redeclaration of previously declared snippet ${name}`);
      const tokens = this.blockTokens(false).map((t) => ({ ...t, snippet: name }));
      this.snippets.set(name, tokens);
      this.block.keys = [];
      return;
    }
    this.blockContents();
  }

  private addresses(): void {
    let expectingAnother = false;
    for (;;) {
      const t = this.tok();
      let value = t.text;
      if (value === 'import' && this.startsLine(this.cursor)) {
        this.doImport();
        continue;
      }
      if (this.isOpen(t)) {
        if (expectingAnother)
          this.fail(`Expected another address but had '${value}' - check for extra comma`);
        this.block.hasBraces = true;
        break;
      }
      if (value.endsWith('{') && (this.options.version === '2.6' || t.token.quote === '')) {
        this.fail(
          `Site addresses cannot end with a curly brace: '${value}' - put a space between the token and the brace`,
        );
      }
      if (value !== '') {
        if (value.endsWith(',')) {
          value = value.slice(0, -1);
          expectingAnother = true;
        } else {
          expectingAnother = false;
        }
        if (value.includes(',')) {
          this.fail(
            `Site addresses cannot contain a comma ',': '${value}' - put a space after the comma to separate site addresses`,
          );
        }
        if (value !== '') this.block.keys.push({ ...t, text: value });
      }
      const hasNext = this.next();
      if (expectingAnother && !hasNext) this.fail('Unexpected EOF');
      if (!hasNext) {
        this.eof = true;
        break;
      }
      if (!expectingAnother && this.startsLine(this.cursor)) break;
    }
  }

  private blockContents(): void {
    const braced = this.isOpen(this.tok());
    // A single site needs no braces.
    if (!braced) this.cursor--;
    this.directives();
    if (braced && !this.isClose(this.tok())) this.syntaxError('}');
  }

  private directives(): void {
    while (this.next()) {
      if (this.isClose(this.tok())) break;
      if (this.val() === 'import') {
        this.doImport();
        this.cursor--;
        continue;
      }
      this.directive();
    }
  }

  private directive(): void {
    const segment: Tok<F>[] = [this.tok()];
    while (this.next()) {
      const t = this.tok();
      if (this.isOpen(t)) {
        this.nesting++;
        if (
          !this.startsLine(this.cursor + 1) &&
          (this.options.version === 'current' || t.token.quote === '')
        ) {
          this.fail("Unexpected next token after '{' on same line");
        }
        if (this.options.version === 'current' && this.startsLine(this.cursor)) {
          this.fail("Unexpected '{' on a new line; did you mean to place the '{' on the previous line?");
        }
      } else if (t.text === '{}' && t.token.quote === '') {
        if (this.startsLine(this.cursor + 1)) this.fail("Unexpected '{}' at end of line");
      } else if (this.startsLine(this.cursor) && this.nesting === 0) {
        this.cursor--;
        break;
      } else if (this.isClose(t) && this.nesting > 0) {
        this.nesting--;
      } else if (this.isClose(t) && this.nesting === 0) {
        this.fail("Unexpected '}' because no matching opening brace");
      } else if (t.text === 'import' && this.startsLine(this.cursor)) {
        this.doImport();
        this.cursor--;
        continue;
      }
      segment.push(t);
    }
    this.block.segments.push(segment);
    if (this.nesting > 0) this.fail('Unexpected EOF');
  }

  /** The tokens of a `{ … }` block, for a snippet or a named route. */
  private blockTokens(retainBraces: boolean): Tok<F>[] {
    if (!this.isOpen(this.tok())) this.syntaxError('{');
    let nesting = 1;
    const tokens: Tok<F>[] = retainBraces ? [this.tok()] : [];
    while (this.next()) {
      const t = this.tok();
      if (this.isClose(t)) {
        nesting--;
        if (nesting === 0) {
          if (retainBraces) tokens.push(t);
          break;
        }
      }
      if (this.isOpen(t)) nesting++;
      tokens.push(t);
    }
    if (nesting !== 0) this.syntaxError('}');
    return tokens;
  }

  /* ---------------------------------------------------------------- import */

  /** Replaces `import PATTERN [ARGS…]` with the tokens it names; the cursor ends before them. */
  private doImport(): void {
    const importTok = this.tok();
    if (!this.next() || this.startsLine(this.cursor)) {
      if (this.startsLine(this.cursor)) this.cursor--;
      this.fail(`Wrong argument count or unexpected line ending after '${this.val()}'`);
    }
    const patternTok = this.tok();
    const pattern = patternTok.text;
    if (pattern === '') this.fail('Import requires a non-empty filepath');
    const args: string[] = [];
    while (this.cursor + 1 < this.tokens.length && !this.startsLine(this.cursor + 1)) {
      this.next();
      args.push(this.val());
    }
    if (++this.imports > MAX_IMPORTS) this.fail(`more than ${MAX_IMPORTS} imports: a cycle of imports`);
    const before = this.tokens.slice(0, this.cursor - 1 - args.length);
    const after = this.tokens.slice(this.cursor + 1);
    let imported: Tok<F>[];
    let nodes: string[];
    const snippet = this.snippets.get(pattern);
    if (snippet) {
      imported = snippet;
      nodes = snippet.length > 0 ? [`${this.options.fileName(snippet[0].file)}:${pattern}`] : [];
    } else {
      const result = this.options.importFiles(pattern, patternTok);
      if ('error' in result) this.fail(result.error, patternTok);
      if (result.warning) this.warnings.push({ message: result.warning, at: patternTok });
      imported = result.tokens;
      nodes = result.nodes;
    }
    const from = this.options.fileName(importTok.file) + (importTok.snippet ? `:${importTok.snippet}` : '');
    for (const node of nodes) this.addEdge(from, node);
    const replaced = imported.map((t) => ({ ...t, text: this.replaceArgs(t.text, args) }));
    this.tokens = [...before, ...this.expandVariadic(replaced, args), ...after];
    this.cursor -= args.length + 1;
  }

  private addEdge(from: string, to: string): void {
    if (this.reaches(to, from)) this.fail(`a cycle of imports exists between ${from} and ${to}`);
    let out = this.edges.get(from);
    if (!out) this.edges.set(from, (out = new Set()));
    out.add(to);
  }

  /** Whether `to` can be reached from `from` (iteratively: the graph may be deep). */
  private reaches(from: string, to: string): boolean {
    if (from === to) return true;
    const seen = new Set<string>([from]);
    const stack = [from];
    while (stack.length > 0) {
      for (const next of this.edges.get(stack.pop()!) ?? []) {
        if (next === to) return true;
        if (!seen.has(next)) {
          seen.add(next);
          stack.push(next);
        }
      }
    }
    return false;
  }

  /** `{args.N}` (2.6), and since 2.7 `{args[N]}` too; an index out of range becomes nothing. */
  private replaceArgs(text: string, args: string[]): string {
    if (!text.includes('{args')) return text;
    const pattern = this.options.version === '2.6' ? /\{args\.(\d+)\}/g : /\{args(?:\.(\d+)|\[(\d+)\])\}/g;
    return text.replace(pattern, (_m, dot: string | undefined, bracket: string | undefined) => {
      const i = Number(dot ?? bracket);
      return i < args.length ? args[i] : '';
    });
  }

  /** Since 2.7: a token that is exactly `{args[a:b]}` becomes the arguments a to b, one token each. */
  private expandVariadic(tokens: Tok<F>[], args: string[]): Tok<F>[] {
    if (this.options.version === '2.6') return tokens;
    return tokens.flatMap((t) => {
      const m = /^\{args\[(\d*):(\d*)\]\}$/.exec(t.text);
      if (!m) return [t];
      const from = m[1] === '' ? 0 : Number(m[1]);
      const to = m[2] === '' ? args.length : Number(m[2]);
      if (from > to || to > args.length) return [t];
      return args.slice(from, to).map((text) => ({ ...t, text }));
    });
  }
}
