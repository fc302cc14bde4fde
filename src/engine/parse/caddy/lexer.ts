/**
 * The Caddyfile lexer, following caddyconfig/caddyfile/lexer.go (2.6 and later):
 * - `{$NAME}` and `{$NAME:default}` are replaced in the whole file before it is read
 *   (`replaceEnvVars()`): an unset variable without a default becomes nothing;
 * - tokens are separated by blanks; `"…"` and `` `…` `` quote (they may span lines); inside `"…"`
 *   only `\"` is an escape, other backslashes stay; outside quotes a backslash is kept with the
 *   next character, except before a newline, which it escapes (the next line continues the
 *   current one for `isNewLine`);
 * - `#` starts a comment only at the start of a token;
 * - since 2.7, `<<MARKER` at the end of a line opens a heredoc closed by MARKER, whose leading
 *   whitespace (that of the closing line) is stripped from every line; `\<<` escapes it.
 * Tokens keep their file offsets (through the variable substitution) and Caddy's own line number,
 * which its parser uses to decide where a directive ends.
 */
import { substitute } from '../substitute.js';

/** `2.6`: Debian 12's caddy; `current`: 2.7 and later (heredocs, `{args[N]}`). */
export type CaddyVersion = '2.6' | 'current';

export interface CaddyToken {
  text: string;
  /** `[start, end)` in the file's text, quotes or heredoc markers included. */
  start: number;
  end: number;
  /** Caddy's line number of the token: an escaped newline does not count until the next one. */
  line: number;
  /** `"`, `` ` ``, `<` for a heredoc, or '' for a bare token. */
  quote: '' | '"' | '`' | '<';
  /** `{$NAME}` references in the token whose value socklint does not know. */
  unknownEnv?: string[];
}

export interface CaddyLexError {
  message: string;
  start: number;
  end: number;
}

/** `undefined`: certainly unset; `null`: not known. */
export type EnvLookup = (name: string) => string | undefined | null;

export interface CaddyLexResult {
  tokens: CaddyToken[];
  error?: CaddyLexError;
  /** Every `{$NAME}` reference, with its range in the file and whether its value was known. */
  env: { name: string; start: number; end: number; known: boolean }[];
}

const HEREDOC_MARKER = /^[A-Za-z0-9_-]+$/;

function isSpace(c: string): boolean {
  if (c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\v' || c === '\f') return true;
  // Go's unicode.IsSpace: NEL and the Unicode spaces, not the BOM.
  return c > '\x7f' && (c === '\u0085' || (c !== '\ufeff' && /\s/.test(c)));
}

export function lexCaddyfile(
  text: string,
  options: { version: CaddyVersion; env: EnvLookup },
): CaddyLexResult {
  const env: CaddyLexResult['env'] = [];
  const refs: { start: number; end: number; value: string }[] = [];
  // replaceEnvVars(): the first `}` after `{$` closes it; an empty name is left alone.
  for (let i = text.indexOf('{$'); i !== -1;) {
    const close = text.indexOf('}', i + 2);
    if (close === -1) break;
    const body = text.slice(i + 2, close);
    if (body === '') {
      i = text.indexOf('{$', close + 1);
      continue;
    }
    const colon = body.indexOf(':');
    const name = colon === -1 ? body : body.slice(0, colon);
    const fallback = colon === -1 ? undefined : body.slice(colon + 1);
    const value = options.env(name);
    env.push({ name, start: i, end: close + 1, known: value !== null });
    refs.push({ start: i, end: close + 1, value: typeof value === 'string' ? value : (fallback ?? '') });
    i = text.indexOf('{$', close + 1);
  }
  const replaced = refs.length > 0 ? substitute(text, refs) : undefined;
  const s = replaced ? replaced.text : text;
  const lexer = new Lexer(s, options.version);
  const tokens: CaddyToken[] = [];
  let error: CaddyLexError | undefined;
  for (;;) {
    const t = lexer.next();
    if (t === undefined) break;
    if ('message' in t) {
      error = t;
      break;
    }
    tokens.push(t);
  }
  if (!replaced) return { tokens, env, ...(error ? { error } : {}) };
  for (const t of tokens) {
    [t.start, t.end] = replaced.sourceRange(t.start, t.end);
    // A reference that became nothing right next to a token belongs to it.
    for (const e of env) {
      if (e.start === t.end) t.end = e.end;
      else if (e.end === t.start) t.start = e.start;
    }
    const names = env.filter((e) => !e.known && e.start < t.end && e.end > t.start).map((e) => e.name);
    if (names.length > 0) t.unknownEnv = names;
  }
  if (error) [error.start, error.end] = replaced.sourceRange(error.start, error.end);
  return { tokens, env, ...(error ? { error } : {}) };
}

class Lexer {
  private i = 0;
  private line = 1;
  private skippedLines = 0;

  constructor(
    private readonly s: string,
    private readonly version: CaddyVersion,
  ) {}

  /** The next token, an error, or undefined at the end (`lexer.next()`). */
  next(): CaddyToken | CaddyLexError | undefined {
    return this.simpleToken() ?? this.anyToken();
  }

  /**
   * Most tokens are a bare word or a one-line quoted string without a backslash: they are sliced
   * from the text. Anything else (escapes, line breaks in quotes, heredocs) is read by `anyToken`.
   */
  private simpleToken(): CaddyToken | undefined {
    const s = this.s;
    let i = this.i;
    let line = this.line;
    let skipped = this.skippedLines;
    // Blanks and comments before the token.
    for (;;) {
      const c = s[i];
      if (c === '\n') {
        line += 1 + skipped;
        skipped = 0;
        i++;
      } else if (c === ' ' || c === '\t' || c === '\r') i++;
      else if (c === '#') {
        const lf = s.indexOf('\n', i);
        i = lf === -1 ? s.length : lf;
      } else break;
    }
    const c = s[i];
    if (c === undefined || c === '\\' || c === '`' || c > '\x7f' || c === '\v' || c === '\f')
      return undefined;
    if (this.version === 'current' && c === '<' && s[i + 1] === '<') return undefined;
    let end: number;
    let text: string;
    if (c === '"') {
      end = i + 1;
      while (end < s.length && s[end] !== '"' && s[end] !== '\\' && s[end] !== '\n') end++;
      if (s[end] !== '"') return undefined;
      text = s.slice(i + 1, end);
      end++;
    } else {
      end = i;
      for (;;) {
        const d = s[end];
        if (d === undefined || d === ' ' || d === '\t' || d === '\n') break;
        // lexer.go skips a CR: only a CRLF ends a token here.
        if (d === '\r') {
          if (s[end + 1] === '\n') break;
          return undefined;
        }
        if (d === '\\' || d > '\x7f' || d === '\v' || d === '\f') return undefined;
        end++;
      }
      text = s.slice(i, end);
    }
    // The blank that ends a bare token is read with it, as lexer.go does.
    const after = c !== '"' && end < s.length ? s[end] : undefined;
    this.i = after !== undefined ? end + 1 : end;
    this.line = after === '\n' ? line + 1 + skipped : line;
    this.skippedLines = after === '\n' ? 0 : skipped;
    return { text, start: i, end, line, quote: c === '"' ? '"' : '' };
  }

  /** The next token, read character by character as `lexer.next()` does. */
  private anyToken(): CaddyToken | CaddyLexError | undefined {
    const s = this.s;
    let val = '';
    let comment = false;
    let quoted = false;
    let btQuoted = false;
    let escaped = false;
    let inHeredoc = false;
    let heredocEscaped = false;
    let marker = '';
    let start = -1;
    let line = this.line;
    const token = (quote: CaddyToken['quote'], end = this.i): CaddyToken => ({
      text: val,
      start,
      end,
      line,
      quote,
    });

    for (;;) {
      if (this.i >= s.length) {
        if (val.length > 0) {
          if (inHeredoc) {
            return {
              message: `incomplete heredoc <<${marker} on line #${this.line + this.skippedLines}, expected ending marker ${marker}`,
              start,
              end: this.i,
            };
          }
          return token('');
        }
        return undefined;
      }
      const ch = s[this.i++];

      if (
        this.version === 'current' &&
        !quoted &&
        !btQuoted &&
        !inHeredoc &&
        !heredocEscaped &&
        val.startsWith('<<')
      ) {
        // A blank after `<<X` makes it a regular token.
        if (ch === ' ') return token('', this.i - 1);
        if (ch === '\r') continue;
        if (ch === '\n') {
          if (val.length === 2) {
            return {
              message: `missing opening heredoc marker on line #${this.line}; must contain only alphanumeric characters, dashes and underscores; got empty string`,
              start,
              end: this.i,
            };
          }
          if (val.startsWith('<<<')) {
            return {
              message: `too many '<' for heredoc on line #${this.line}; only use two, for example <<END`,
              start,
              end: this.i,
            };
          }
          marker = val.slice(2);
          if (!HEREDOC_MARKER.test(marker)) {
            return {
              message: `heredoc marker on line #${this.line} must contain only alphanumeric characters, dashes and underscores; got '${marker}'`,
              start,
              end: this.i,
            };
          }
          inHeredoc = true;
          this.skippedLines++;
          val = '';
          continue;
        }
        val += ch;
        continue;
      }

      if (inHeredoc) {
        val += ch;
        if (ch === '\n') this.skippedLines++;
        if (val.endsWith(marker)) {
          const finished = this.finishHeredoc(val, marker, start);
          if (typeof finished !== 'string') return finished;
          val = finished;
          this.line += this.skippedLines;
          this.skippedLines = 0;
          return token('<');
        }
        continue;
      }

      if (!escaped && !btQuoted && ch === '\\') {
        if (start === -1) start = this.i - 1;
        escaped = true;
        continue;
      }

      if (quoted || btQuoted) {
        if (quoted && escaped) {
          // Inside "…" only the quote can be escaped; the backslash stays before anything else.
          if (ch !== '"') val += '\\';
          escaped = false;
        } else if ((quoted && ch === '"') || (btQuoted && ch === '`')) {
          return token(quoted ? '"' : '`');
        }
        if (ch === '\n') {
          this.line += 1 + this.skippedLines;
          this.skippedLines = 0;
        }
        val += ch;
        continue;
      }

      if (isSpace(ch)) {
        if (ch === '\r') continue;
        if (ch === '\n') {
          if (escaped) {
            this.skippedLines++;
            escaped = false;
          } else {
            this.line += 1 + this.skippedLines;
            this.skippedLines = 0;
          }
          comment = false;
        }
        if (val.length > 0) return token('', this.i - 1);
        start = -1;
        continue;
      }

      if (ch === '#' && val.length === 0) comment = true;
      if (comment) continue;

      if (val.length === 0) {
        if (!escaped) start = this.i - 1;
        line = this.line;
        // As lexer.go: a quote opens a quoted token even right after a backslash.
        if (ch === '"') {
          quoted = true;
          continue;
        }
        if (ch === '`') {
          btQuoted = true;
          continue;
        }
      }

      if (escaped) {
        // Since 2.7, `\<` keeps `<<` from opening a heredoc.
        if (this.version === 'current' && ch === '<') heredocEscaped = true;
        else val += '\\';
        escaped = false;
      }
      val += ch;
    }
  }

  /** `finalizeHeredoc()`: the closing line's leading whitespace is stripped from every line. */
  private finishHeredoc(val: string, marker: string, start: number): string | CaddyLexError {
    const lastNewline = val.lastIndexOf('\n');
    const lines = val.slice(0, lastNewline + 1).split('\n');
    const padding = val.slice(lastNewline + 1, val.length - marker.length);
    let out = '';
    for (let k = 0; k < lines.length - 1; k++) {
      const lineText = lines[k];
      if (lineText === '' || lineText === '\r') {
        out += '\n';
        continue;
      }
      if (!lineText.startsWith(padding)) {
        return {
          message: `mismatched leading whitespace in heredoc <<${marker} on line #${this.line + k + 1} [${lineText.replace(/[\r\n]+$/, '')}], expected whitespace [${padding}] to match the closing marker`,
          start,
          end: this.i,
        };
      }
      out += (lineText.slice(padding.length) + '\n').replace(/\r/g, '');
    }
    return out.endsWith('\n') ? out.slice(0, -1) : out;
  }
}
