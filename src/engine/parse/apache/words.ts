/**
 * Words and variables of an httpd configuration line.
 * - `getWords` follows `ap_getword_conf()` (server/util.c): blanks separate words; a word that
 *   starts with `"` or `'` runs to the matching quote (or the end of the line), where `\` escapes
 *   that quote and `\\` is one `\`; an unquoted word runs to the next blank and only `\\` is
 *   unescaped. A closing quote needs no blank after it: `"a"b` is the two words `a` and `b`.
 * - `resolveVariables` follows `ap_resolve_env()` (server/core.c), which httpd runs on the whole
 *   line before splitting it: `${NAME}` (up to the first `}`) becomes the value of a `Define`d
 *   variable, else of the environment; an undefined one stays as written (AH00111). Values are not
 *   scanned again.
 */
import { substitute, type Reference, type Substituted } from '../substitute.js';
import { isSpace } from './lines.js';

export interface ApacheWord {
  /** Unquoted and unescaped, as httpd passes it to the directive. */
  value: string;
  /** `[start, end)` in the text read, quotes included. */
  start: number;
  end: number;
  quote: '"' | "'" | null;
}

const BACKSLASH = 92;

/** The words of `text[from, to)`. */
export function getWords(text: string, from = 0, to = text.length): ApacheWord[] {
  const words: ApacheWord[] = [];
  for (let word = getWord(text, from, to); word; word = getWord(text, word.end, to)) words.push(word);
  return words;
}

/** The first word of `text[from, to)`, or undefined when there is only blank. */
export function getWord(text: string, from: number, to: number): ApacheWord | undefined {
  let i = from;
  while (i < to && isSpace(text.charCodeAt(i))) i++;
  if (i >= to) return undefined;
  const c = text[i];
  if (c === '"' || c === "'") {
    let j = i + 1;
    while (j < to && text[j] !== c) {
      const next = text[j + 1];
      j += text.charCodeAt(j) === BACKSLASH && j + 1 < to && (next === c || next === '\\') ? 2 : 1;
    }
    const end = j < to ? j + 1 : to;
    return { value: unescape(text.slice(i + 1, Math.min(j, to)), c), start: i, end, quote: c };
  }
  let j = i;
  while (j < to && !isSpace(text.charCodeAt(j))) j++;
  return { value: unescape(text.slice(i, j), null), start: i, end: j, quote: null };
}

/** `substring_conf()`: `\\` is `\`, and inside quotes `\"` (or `\'`) is the quote. */
function unescape(content: string, quote: string | null): string {
  if (!content.includes('\\')) return content;
  let out = '';
  for (let k = 0; k < content.length; k++) {
    const next = content[k + 1];
    if (content[k] === '\\' && (next === '\\' || (quote !== null && next === quote))) {
      out += next;
      k++;
    } else {
      out += content[k];
    }
  }
  return out;
}

/* ------------------------------------------------------------------ variables */

/**
 * What a variable reference stands for: its value; `undefined` when it is certainly not defined
 * (httpd keeps `${NAME}` as written); `null` when socklint cannot tell (kept as written too, and
 * reported as unknown).
 */
export type VariableLookup = (name: string) => string | undefined | null;

export interface VariableRef {
  name: string;
  /** `[start, end)` of `${NAME}` in the text read. */
  start: number;
  end: number;
  state: 'defined' | 'undefined' | 'unknown';
}

export interface ResolvedText extends Substituted {
  refs: VariableRef[];
}

/** `text[from, to)` with `${NAME}` references replaced. */
export function resolveVariables(
  text: string,
  lookup: VariableLookup,
  from = 0,
  to = text.length,
): ResolvedText {
  const refs: VariableRef[] = [];
  const replacements: Reference[] = [];
  let i = text.indexOf('${', from);
  while (i !== -1 && i < to) {
    const close = text.indexOf('}', i + 2);
    if (close === -1 || close >= to) break;
    const name = text.slice(i + 2, close);
    const value = lookup(name);
    refs.push({
      name,
      start: i,
      end: close + 1,
      state: value === undefined ? 'undefined' : value === null ? 'unknown' : 'defined',
    });
    replacements.push({ start: i, end: close + 1, value: value ?? undefined });
    i = text.indexOf('${', close + 1);
  }
  return { ...substitute(text, replacements, from, to), refs };
}
