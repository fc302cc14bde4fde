/**
 * The nginx configuration tokenizer, following `ngx_conf_read_token()` (src/core/ngx_conf_file.c):
 * - space, tab, CR and LF separate tokens; `;`, `{` and `}` are punctuation at the start of a token;
 *   inside a bare token `;` and `{` end it, `}`, `#` and quotes are literal;
 * - `#` starts a comment only at the start of a token;
 * - `"` or `'` open a quoted token only at the start of a token; the closing quote must be followed
 *   by whitespace, `;`, `{` or `)`;
 * - a backslash keeps the next character from acting as a separator; a `{` right after `$` does not
 *   end the token (`${name}`);
 * - nginx reads the file through a 4096-byte buffer, so a token or comment of 4096 bytes or more is
 *   an error ("too long parameter").
 * `*_by_lua_block` content is Lua, read by the lua-nginx-module's own lexer: see `skipLuaBlock()`.
 */

/** An error with its position as UTF-16 offsets `[start, end)`. */
export interface NginxTokenError {
  /** nginx's own words, e.g. `unexpected "}"`. */
  message: string;
  start: number;
  end: number;
}

/**
 * What `next()` read. The token itself is described by the tokenizer's fields, so that reading a
 * large file allocates nothing per token.
 */
export type NginxTokenKind = 'word' | ';' | '{' | '}' | 'comment' | 'eof';

const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;
const DQUOTE = 34;
const HASH = 35;
const DOLLAR = 36;
const SQUOTE = 39;
const RPAREN = 41;
const SEMICOLON = 59;
const BACKSLASH = 92;
const LBRACE = 123;
const RBRACE = 125;

/** NGX_CONF_BUFFER: a token must fit in nginx's read buffer. */
const CONF_BUFFER = 4096;

function isSpace(c: number): boolean {
  return c === SPACE || c === TAB || c === LF || c === CR;
}

/** UTF-8 length of `text[from, to)`, exact only below `limit` (enough to compare with it). */
function utf8Length(text: string, from: number, to: number, limit: number): number {
  // A UTF-16 code unit is 1 to 3 UTF-8 bytes: most tokens are decided by their length alone.
  if (to - from >= limit || (to - from) * 3 < limit) return to - from;
  let bytes = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // A surrogate pair is 4 bytes: 2 per code unit.
    bytes += c < 0x80 ? 1 : c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 2 : 3;
  }
  return bytes;
}

/** The first 10 bytes of `text[from…]`, as nginx prints them in "too long parameter". */
function first10Bytes(text: string, from: number): string {
  return new TextDecoder().decode(new TextEncoder().encode(text.slice(from, from + 10)).subarray(0, 10));
}

/** nginx's unescaping of a token's content (`\"`, `\'`, `\\`, `\t`, `\r`, `\n`; other pairs stay). */
export function unescapeNginx(content: string): string {
  const parts: string[] = [];
  let copied = 0;
  let i = content.indexOf('\\');
  while (i !== -1 && i + 1 < content.length) {
    const next = content.charCodeAt(i + 1);
    let replacement: string | undefined;
    if (next === DQUOTE || next === SQUOTE || next === BACKSLASH) replacement = content[i + 1];
    else if (next === 116 /* t */) replacement = '\t';
    else if (next === 114 /* r */) replacement = '\r';
    else if (next === 110 /* n */) replacement = '\n';
    if (replacement !== undefined) {
      parts.push(content.slice(copied, i), replacement);
      copied = i + 2;
    }
    // The escaped character never starts another escape.
    i = content.indexOf('\\', i + 2);
  }
  if (copied === 0) return content;
  parts.push(content.slice(copied));
  return parts.join('');
}

/** The value of the word token `text[start, end)`, whose range includes its quotes. */
export function wordValue(
  text: string,
  start: number,
  end: number,
  quote: number,
  escaped: boolean,
  unterminated: boolean,
): string {
  const content = quote === 0 ? text.slice(start, end) : text.slice(start + 1, unterminated ? end : end - 1);
  return escaped ? unescapeNginx(content) : content;
}

/** After a Lua long bracket `[==[ … ]==]` opening at `at`: the offset past its end, or -1 if none opens there. */
function longBracketEnd(text: string, at: number): number {
  if (text.charCodeAt(at) !== 91 /* [ */) return -1;
  let level = 0;
  while (text.charCodeAt(at + 1 + level) === 61 /* = */) level++;
  if (text.charCodeAt(at + 1 + level) !== 91) return -1;
  const closing = `]${'='.repeat(level)}]`;
  const end = text.indexOf(closing, at + 2 + level);
  return end === -1 ? text.length : end + closing.length;
}

export class NginxTokenizer {
  /** Errors found while reading tokens, in source order. */
  readonly errors: NginxTokenError[] = [];
  /** The last token: `text[start, end)`; a word's range includes its quotes, a comment's its `#` (not the CR). */
  start = 0;
  end = 0;
  /** The opening quote's character code, or 0 for a bare word. */
  quote = 0;
  /** The word contains a backslash. */
  escaped = false;
  /** The quoted word runs to the end of the file (already reported). */
  unterminated = false;
  private pos = 0;

  constructor(private readonly text: string) {}

  next(): NginxTokenKind {
    const text = this.text;
    const n = text.length;
    let i = this.pos;
    let c = 0;
    while (i < n) {
      c = text.charCodeAt(i);
      if (c !== SPACE && c !== LF && c !== TAB && c !== CR) break;
      i++;
    }
    this.start = i;
    if (i >= n) {
      this.pos = this.end = n;
      return 'eof';
    }
    if (c === SEMICOLON || c === LBRACE || c === RBRACE) {
      this.pos = this.end = i + 1;
      return c === SEMICOLON ? ';' : c === LBRACE ? '{' : '}';
    }
    if (c === HASH) return this.comment(i);
    this.quote = 0;
    this.escaped = false;
    this.unterminated = false;
    if (c === DQUOTE || c === SQUOTE) return this.quoted(i, c);
    return this.bare(i);
  }

  private comment(start: number): NginxTokenKind {
    const text = this.text;
    const lf = text.indexOf('\n', start);
    const end = lf === -1 ? text.length : lf;
    this.end = end > start + 1 && text.charCodeAt(end - 1) === CR ? end - 1 : end;
    // nginx restarts its token at the line feed, so the CR counts.
    this.checkLength(start, end, lf !== -1);
    this.pos = end;
    return 'comment';
  }

  private bare(start: number): NginxTokenKind {
    const text = this.text;
    const n = text.length;
    let j = start;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c > SEMICOLON) {
        if (c === BACKSLASH) {
          this.escaped = true;
          j += 2;
        } else if (c === LBRACE) {
          break;
        } else {
          j++;
        }
      } else if (c === SPACE || c === SEMICOLON || c === LF || c === TAB || c === CR) {
        break;
      } else if (c === DOLLAR) {
        j++;
        while (j < n && text.charCodeAt(j) === LBRACE) j++;
      } else {
        j++;
      }
    }
    if (j > n) j = n;
    this.end = this.pos = j;
    // nginx restarts its token after ';' or '{', or one character after a separator.
    const restart = j < n && isSpace(text.charCodeAt(j)) ? j + 1 : j;
    this.checkLength(start, restart, restart < n);
    return 'word';
  }

  private quoted(start: number, quoteChar: number): NginxTokenKind {
    const text = this.text;
    const n = text.length;
    this.quote = quoteChar;
    const quote = quoteChar === DQUOTE ? '"' : "'";
    let j = start + 1;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === quoteChar) break;
      if (c === BACKSLASH) {
        this.escaped = true;
        j += 2;
      } else {
        j++;
      }
    }
    if (j > n) j = n;
    const contentStart = start + 1;
    if (j >= n) {
      this.unterminated = true;
      this.end = this.pos = n;
      const tooLong = utf8Length(text, contentStart, n, CONF_BUFFER + 1) > CONF_BUFFER;
      this.errors.push({
        message: tooLong
          ? `too long parameter, probably missing terminating "${quote}" character`
          : 'unexpected end of file, expecting ";" or "}"',
        start,
        end: start + 1,
      });
      return 'word';
    }
    const end = j + 1;
    this.end = this.pos = end;
    if (utf8Length(text, contentStart, j, CONF_BUFFER) >= CONF_BUFFER) {
      this.errors.push({
        message: `too long parameter, probably missing terminating "${quote}" character`,
        start,
        end,
      });
      return 'word';
    }
    if (end >= n) return 'word';
    const after = text.charCodeAt(end);
    if (isSpace(after)) {
      this.checkLength(contentStart, end + 1, end + 1 < n);
    } else if (after === SEMICOLON || after === LBRACE || after === RPAREN) {
      this.checkLength(contentStart, end, true);
    } else {
      // nginx stops here; reading on as if a space followed gives the later errors too.
      const width = after >= 0xd800 && after <= 0xdbff && end + 1 < n ? 2 : 1;
      this.errors.push({
        message: `unexpected "${text.slice(end, end + width)}"`,
        start: end,
        end: end + width,
      });
    }
    return 'word';
  }

  /**
   * Skips the Lua code of a `*_by_lua_block { … }` (the lua-nginx-module reads it with its own
   * lexer): braces are counted outside Lua strings, long brackets and comments. Call it right
   * after the `{`; on success the token is the closing `}`.
   */
  skipLuaBlock(): boolean {
    const text = this.text;
    const n = text.length;
    let depth = 1;
    let i = this.pos;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === LBRACE) {
        depth++;
      } else if (c === RBRACE) {
        if (--depth === 0) {
          this.start = i;
          this.end = this.pos = i + 1;
          return true;
        }
      } else if (c === DQUOTE || c === SQUOTE) {
        i++;
        while (i < n && text.charCodeAt(i) !== c) i += text.charCodeAt(i) === BACKSLASH ? 2 : 1;
      } else if (c === 45 /* - */ && text.charCodeAt(i + 1) === 45) {
        const close = longBracketEnd(text, i + 2);
        if (close !== -1) {
          i = close;
          continue;
        }
        const lf = text.indexOf('\n', i);
        i = lf === -1 ? n : lf;
      } else if (c === 91 /* [ */) {
        const close = longBracketEnd(text, i);
        if (close !== -1) {
          i = close;
          continue;
        }
      }
      i++;
    }
    this.start = this.end = this.pos = n;
    return false;
  }

  /**
   * nginx keeps a token's bytes from `start` until it restarts at `restart`; it fails when that
   * reaches the buffer size while more input follows (`more`), or exceeds it at the end of the file.
   */
  private checkLength(start: number, restart: number, more: boolean): void {
    const bytes = utf8Length(this.text, start, restart, CONF_BUFFER + 1);
    if (more ? bytes < CONF_BUFFER : bytes <= CONF_BUFFER) return;
    this.errors.push({
      message: `too long parameter "${first10Bytes(this.text, start)}..." started`,
      start,
      end: this.end,
    });
  }
}
