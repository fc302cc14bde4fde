/**
 * `.env` and `env_file` files as docker compose reads them (compose-go's dotenv dialect):
 * `KEY=value`, `export KEY=value`, `KEY: value`, single quotes literal, double quotes with
 * `\n`-style escapes and `${VAR}` expansion, unquoted values cut at ` #` and expanded, and a
 * bare `KEY` taken from the shell. Hand-written because no npm dotenv reader follows this
 * dialect, and each value must keep its line for findings.
 */
import { LineIndex } from '../provision/text.js';
import type { Location, Note, SourceFile } from '../../types.js';
import { substitute, type Lookup, type Substituted } from './interpolate.js';

export interface EnvEntry {
  name: string;
  /** Undefined when the value comes from the shell (`KEY` alone) or depends on an unknown variable. */
  value?: string;
  location: Location;
  /** Set when the value is unknown or rests on an assumption: why. */
  unknown?: string[];
  assumed?: string[];
}

export interface EnvFile {
  entries: Map<string, EnvEntry>;
  notes: Note[];
}

const KEY = /^[\p{L}\p{N}_.\-[\]]+$/u;

/**
 * Reads `file`; `outer` resolves `${VAR}` references to variables the file does not set
 * itself (the shell's, unknown here, or declared ones).
 */
export function readEnvFile(file: SourceFile, outer: Lookup): EnvFile {
  const index = new LineIndex(file.path, file.text);
  const entries = new Map<string, EnvEntry>();
  const notes: Note[] = [];
  const src = file.text;
  const lookup: Lookup = (name) => {
    const own = entries.get(name);
    if (own) return own.value === undefined ? { unknown: own.unknown ?? [name] } : { value: own.value };
    return outer(name);
  };
  let i = 0;
  while (i < src.length) {
    while (i < src.length && /\s/.test(src[i])) i++;
    if (i >= src.length) break;
    if (src[i] === '#') {
      i = lineEnd(src, i);
      continue;
    }
    const start = i;
    if (/^export[ \t]+/.test(src.slice(i, i + 8))) i += /^export[ \t]+/.exec(src.slice(i))![0].length;
    const keyStart = i;
    while (i < src.length && !'=:\n'.includes(src[i])) i++;
    const name = src.slice(keyStart, i).replace(/[ \t\r]+$/, '');
    if (!KEY.test(name)) {
      notes.push({
        level: 'warning',
        code: 'env-file-invalid',
        message: `docker compose cannot read ${file.path}: unexpected character in variable name "${name}"`,
        location: index.location(keyStart, Math.max(i, keyStart + 1)),
      });
      return { entries, notes };
    }
    if (i >= src.length || src[i] === '\n') {
      // `KEY` alone: the value is the shell's, which is not in the repository.
      entries.set(name, {
        name,
        location: index.location(start, keyStart + name.length),
        unknown: [`${name} is taken from the shell environment of docker compose`],
      });
      continue;
    }
    i++; // '=' or ':'
    while (i < src.length && (src[i] === ' ' || src[i] === '\t')) i++;
    const quote = src[i] === '"' || src[i] === "'" ? src[i] : undefined;
    let raw: string;
    let end: number;
    if (quote) {
      const close = closingQuote(src, i + 1, quote);
      if (close === -1) {
        notes.push({
          level: 'warning',
          code: 'env-file-invalid',
          message: `docker compose cannot read ${file.path}: unterminated quoted value`,
          location: index.location(i, lineEnd(src, i)),
        });
        return { entries, notes };
      }
      raw = unescapeQuoted(src.slice(i + 1, close), quote);
      end = close + 1;
      i = lineEnd(src, end);
    } else {
      end = lineEnd(src, i);
      let value = src.slice(i, end);
      const comment = value.indexOf(' #');
      if (comment !== -1) value = value.slice(0, comment);
      raw = value.replace(/\s+$/, '');
      end = i + raw.length;
      i = end;
    }
    const location = index.location(start, end);
    const result: Substituted =
      quote === "'" ? { value: raw, unknown: [], assumed: [], errors: [] } : substitute(raw, lookup);
    for (const error of result.errors) {
      notes.push({ level: 'warning', code: 'env-file-invalid', message: `${name}: ${error}`, location });
    }
    entries.set(name, {
      name,
      ...(result.unknown.length === 0 ? { value: result.value } : { unknown: result.unknown }),
      ...(result.assumed.length > 0 ? { assumed: result.assumed } : {}),
      location,
    });
  }
  return { entries, notes };
}

function lineEnd(src: string, from: number): number {
  const nl = src.indexOf('\n', from);
  return nl === -1 ? src.length : nl;
}

function closingQuote(src: string, from: number, quote: string): number {
  for (let k = from; k < src.length; k++) {
    if (src[k] === '\\') k++;
    else if (src[k] === quote) return k;
  }
  return -1;
}

const ESCAPES: Record<string, string> = {
  a: '\x07',
  b: '\b',
  c: '\\c',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '"': '"',
  '\\': '\\',
  $: '$$',
};

/** Double quotes: shell-style escapes (`\$` stays a literal `$`, written `$$` for the expansion step). */
function unescapeQuoted(body: string, quote: string): string {
  if (quote === "'") return body.replace(/\\'/g, "'");
  return body.replace(/\\(.)/gs, (whole, ch: string) => ESCAPES[ch] ?? whole);
}
