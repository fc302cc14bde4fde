/**
 * The value part of one FPM ini line (`key = <value>`), scanned the way PHP's ini scanner does
 * in ZEND_INI_SCANNER_NORMAL mode (Zend/zend_ini_scanner.l, PHP 8.2), which FPM feeds one line
 * at a time.
 */

/**
 * The FPM master's environment as far as it is known: `${NAME}` takes the value of a name it
 * has; a name it lacks stays `${NAME}` in the value and is listed as unresolved.
 */
export type Environment = Readonly<Record<string, string>>;

/** What the scanner made of the text after `=`. */
export interface ScannedValue {
  /** The value as FPM receives it: known `${NAME}` references substituted, unknown ones left in place. */
  value: string;
  /** Offset just past the last character of the value as written (trailing blanks excluded). */
  rawEnd: number;
  /** Offset of the `;` that starts a comment, when there is one. */
  commentStart?: number;
  /** Names of the `${NAME}` references the environment does not give, in order of appearance. */
  unresolved: string[];
  /** The value used the ini expression operators `| & ^ ~ !` and was computed as an integer. */
  expression: boolean;
}

export interface ValueError {
  error: string;
  /** Offset of the character the error is about. */
  at: number;
}

const KEYWORDS: ReadonlyMap<string, { token: string; value: string }> = new Map([
  ['true', { token: 'BOOL_TRUE', value: '1' }],
  ['on', { token: 'BOOL_TRUE', value: '1' }],
  ['yes', { token: 'BOOL_TRUE', value: '1' }],
  ['false', { token: 'BOOL_FALSE', value: '' }],
  ['off', { token: 'BOOL_FALSE', value: '' }],
  ['no', { token: 'BOOL_FALSE', value: '' }],
  ['none', { token: 'BOOL_FALSE', value: '' }],
  ['null', { token: 'NULL_NULL', value: '' }],
]);

/**
 * ASCII characters as a table by character code, for the loops that test every character of a
 * line: indexing it costs less than `String#includes`. Codes past 127 are never in it.
 */
export function asciiSet(chars: string): Uint8Array {
  const table = new Uint8Array(128);
  for (const c of chars) table[c.charCodeAt(0)] = 1;
  return table;
}

const OPERATORS = '&|^~()!';
/** Characters that end an unquoted run (VALUE_CHARS excludes them; `$` only before `{`). */
const RUN_STOP = asciiSet(' \t\r\n;=&|^~()!"\'\0');
/** Characters a `${NAME}` name stops at (LABEL_CHAR excludes them). */
const VARNAME_STOP = asciiSet('=\n\r\t;&|^$~(){}!"[]\0');

const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t';
const isEnd = (c: string | undefined): boolean => c === undefined || c === '\r' || c === '\n';

type Token = { kind: 'text'; text: string } | { kind: 'op'; op: string };

/**
 * Scans `line` from `start` (just after `=`) to the end of the value.
 * Bare keywords count only as a whole token; `"…"` processes `\"`, `\\`, `\$` and `${…}`;
 * `'…'` is raw; a `;` outside quotes starts a comment; trailing blanks are dropped.
 */
export function scanValue(line: string, start: number, env: Environment = {}): ScannedValue | ValueError {
  const tokens: Token[] = [];
  const unresolved: string[] = [];
  let pos = start;
  while (isBlank(line[pos])) pos++;
  let rawEnd = pos;
  let commentStart: number | undefined;
  let keyword: { token: string; value: string } | undefined;

  const pushText = (text: string): void => {
    const last = tokens[tokens.length - 1];
    if (last?.kind === 'text') last.text += text;
    else tokens.push({ kind: 'text', text });
  };
  const readVar = (from: number): { name: string; end: number } | ValueError => {
    const close = line.indexOf('}', from + 2);
    let nameEnd = from + 2;
    while (nameEnd < line.length && VARNAME_STOP[line.charCodeAt(nameEnd)] !== 1) nameEnd++;
    if (close < 0 || close !== nameEnd) {
      return { error: "syntax error, unexpected end of file, expecting '}'", at: from };
    }
    return { name: line.slice(from + 2, nameEnd).trim(), end: close + 1 };
  };

  for (;;) {
    const c = line[pos];
    if (isEnd(c)) break;
    // Blanks: dropped before a `"` (the scanner eats them with the quote), after an operator,
    // before a comment and at the end; kept between other tokens.
    if (isBlank(c)) {
      let next = pos;
      while (isBlank(line[next])) next++;
      const after = line[next];
      const afterOp = tokens[tokens.length - 1]?.kind !== 'text';
      if (!isEnd(after) && after !== ';' && after !== '"' && !afterOp) {
        pushText(line.slice(pos, next));
      }
      pos = next;
      continue;
    }
    if (c === ';') {
      commentStart = pos;
      break;
    }
    // A `'` that no quote closes ends the value there, after a keyword too (On'x is On).
    if (c === "'" && line.indexOf("'", pos + 1) < 0 && (keyword || tokens.length > 0)) break;
    if (keyword) {
      return { error: `syntax error, unexpected ${tokenName(line, pos)}`, at: pos };
    }
    if (c === '=') return { error: "syntax error, unexpected '='", at: pos };
    if (OPERATORS.includes(c)) {
      tokens.push({ kind: 'op', op: c });
      pos++;
      rawEnd = pos;
      continue;
    }
    if (c === '"') {
      const quoted = scanDoubleQuoted(line, pos, unresolved, env);
      if ('error' in quoted) return quoted;
      pushText(quoted.text);
      pos = quoted.end;
      rawEnd = quoted.closeEnd;
      continue;
    }
    if (c === "'") {
      const close = line.indexOf("'", pos + 1);
      if (close > pos + 1) {
        pushText(line.slice(pos + 1, close));
        pos = close + 1;
        rawEnd = pos;
        continue;
      }
      // No raw string here: the scanner ends the value at the quote (observed with php-fpm 8.2:
      // `a 'b` gives "a ", `''` and `'x` alone are refused).
      if (line[pos + 1] === "'") return { error: 'value is NULL for a ZEND_INI_PARSER_ENTRY', at: pos };
      if (tokens.length === 0) return { error: 'syntax error, unexpected end of file', at: pos };
      break;
    }
    if (c === '$' && line[pos + 1] === '{') {
      const v = readVar(pos);
      if ('error' in v) return v;
      pushText(substitute(v.name, line.slice(pos, v.end), env, unresolved));
      pos = v.end;
      rawEnd = pos;
      continue;
    }
    // An unquoted run; a keyword wins only when the run is exactly the keyword. A `$` not before
    // `{` takes the next character with it, or a backslash and the character after that (the
    // scanner's LITERAL_DOLLAR, `"$"([^{]|"\\"ANY_CHAR)`): `$;`, `$=`, `$|`, `$'`, `$ ` and `$\"`
    // are text, and `$${X}` is not a reference.
    let end = pos;
    while (end < line.length && RUN_STOP[line.charCodeAt(end)] !== 1) {
      if (line[end] === '$') {
        if (line[end + 1] === '{') break;
        end += literalDollarLength(line, end);
        continue;
      }
      end++;
    }
    const run = line.slice(pos, end);
    const kw = KEYWORDS.get(run.toLowerCase());
    if (kw) {
      if (tokens.length > 0) return { error: `syntax error, unexpected ${kw.token}`, at: pos };
      keyword = kw;
    } else {
      pushText(run);
    }
    pos = end;
    rawEnd = pos;
  }

  // Literals, not `{ ...base }`: spreading an object with an undefined member takes V8's slow
  // path, and this runs for every line of every pool file.
  if (keyword) return { rawEnd, commentStart, unresolved, value: keyword.value, expression: false };
  if (!tokens.some((t) => t.kind === 'op')) {
    const value = tokens.length ? (tokens[0] as { text: string }).text : '';
    return { rawEnd, commentStart, unresolved, value, expression: false };
  }
  const computed = evaluate(tokens);
  if (computed === undefined) {
    return { error: "syntax error, unexpected END_OF_LINE, expecting '^' or '|' or '&' or ')'", at: rawEnd };
  }
  return { rawEnd, commentStart, unresolved, value: computed, expression: true };
}

/**
 * A `"…"` string at `start`: contents with escapes processed, `${…}` kept and recorded;
 * `closeEnd` is just past the closing quote, `end` past the blanks the scanner eats after it.
 */
function scanDoubleQuoted(
  line: string,
  start: number,
  unresolved: string[],
  env: Environment,
): { text: string; closeEnd: number; end: number } | ValueError {
  let text = '';
  let pos = start + 1;
  for (;;) {
    const c = line[pos];
    if (isEnd(c)) {
      return {
        error: "syntax error, unexpected end of file, expecting TC_DOLLAR_CURLY or TC_QUOTED_STRING or '\"'",
        at: start,
      };
    }
    if (c === '"') break;
    if (c === '\\') {
      const e = line[pos + 1];
      // `"C:\path\"`: a backslash before the closing quote at the end of the line stays a backslash.
      if (e === '"' && isEnd(line[pos + 2])) {
        text += '\\';
        pos++;
        continue;
      }
      if (e === '"' || e === '\\' || e === '$') {
        text += e;
        pos += 2;
        continue;
      }
      text += '\\';
      pos++;
      continue;
    }
    if (c === '$' && line[pos + 1] === '{') {
      const close = line.indexOf('}', pos + 2);
      if (close < 0) return { error: "syntax error, unexpected end of file, expecting '}'", at: pos };
      text += substitute(line.slice(pos + 2, close).trim(), line.slice(pos, close + 1), env, unresolved);
      pos = close + 1;
      continue;
    }
    text += c;
    pos++;
  }
  const closeEnd = pos + 1;
  pos = closeEnd;
  while (isBlank(line[pos])) pos++;
  return { text, closeEnd, end: pos };
}

/** How many characters the scanner's LITERAL_DOLLAR takes at `at` (a `$` not before `{`). */
function literalDollarLength(line: string, at: number): number {
  const next = line[at + 1];
  if (isEnd(next)) return 1;
  return next === '\\' && !isEnd(line[at + 2]) ? 3 : 2;
}

/**
 * zend_ini_get_var(): the environment's value, as the scanner substitutes it before an
 * expression is computed or a type checked (S8); an unknown name stays as written.
 */
function substitute(name: string, written: string, env: Environment, unresolved: string[]): string {
  if (Object.hasOwn(env, name)) return env[name];
  unresolved.push(name);
  return written;
}

/** How the ini parser names the token at `pos` in its syntax errors. */
function tokenName(line: string, pos: number): string {
  const c = line[pos];
  if (/[A-Za-z_]/.test(c)) return 'TC_CONSTANT';
  if (/[0-9-]/.test(c)) return 'TC_NUMBER';
  if (c === '"' || OPERATORS.includes(c)) return `'${c}'`;
  return 'TC_STRING';
}

/**
 * Evaluates an ini expression as zend_ini_do_op() does: operands go through atoi(), `| & ^`
 * are left-associative with equal precedence, `~ !` are unary, the result is a decimal int.
 */
function evaluate(tokens: Token[]): string | undefined {
  let i = 0;
  const unary = (): number | undefined => {
    const t = tokens[i++];
    if (!t) return undefined;
    if (t.kind === 'text') return atoi(t.text);
    if (t.op === '~' || t.op === '!') {
      const v = unary();
      if (v === undefined) return undefined;
      return t.op === '~' ? ~v : v === 0 ? 1 : 0;
    }
    if (t.op === '(') {
      const v = binary();
      const close = tokens[i++];
      return close?.kind === 'op' && close.op === ')' ? v : undefined;
    }
    return undefined;
  };
  const binary = (): number | undefined => {
    let left = unary();
    while (left !== undefined) {
      const t = tokens[i];
      if (t?.kind !== 'op' || !'|&^'.includes(t.op)) break;
      i++;
      const right = unary();
      if (right === undefined) return undefined;
      left = t.op === '|' ? left | right : t.op === '&' ? left & right : left ^ right;
    }
    return left;
  };
  const result = binary();
  return result === undefined || i !== tokens.length ? undefined : String(result);
}

function atoi(text: string): number {
  const m = /^[ \t\n\v\f\r]*([+-]?\d+)/.exec(text);
  return m ? Number(BigInt.asIntN(32, BigInt(m[1]))) : 0;
}
