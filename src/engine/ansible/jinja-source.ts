/**
 * Reads a Jinja2 template as Jinja2's lexer does (delimiters, `{% raw %}`, comments, `-`/`+`
 * whitespace control, `trim_blocks`, `lstrip_blocks`, the dropped final newline) and writes the
 * nunjucks source that renders it, with the whitespace already applied and a sentinel in front
 * of every piece of text and around every `{{ }}` output. The sentinels survive rendering, so
 * every character of the output can be traced to the template span it came from.
 */

/** Sentinels: none of them may occur in a template or a value. */
export const S = {
  text: '\x01',
  expr: '\x03',
  close: '\x02',
  exprEnd: '\x04',
  region: '\x05',
  regionEnd: '\x06',
} as const;
// eslint-disable-next-line no-control-regex -- the sentinels are control characters on purpose
export const SENTINELS = /[\x01-\x06]/;
/** One sentinel: a piece's opening (with its id) or a closing. */
// eslint-disable-next-line no-control-regex -- the sentinels are control characters on purpose
export const SENTINEL_TOKEN = /[\x01\x03\x05]([0-9]+)\x02|[\x04\x06]/g;

/** The text without sentinels (a filter's input: Python never sees them). */
export function stripSentinels(text: string): string {
  return SENTINELS.test(text) ? text.replace(SENTINEL_TOKEN, '') : text;
}

export interface TemplateOptions {
  trimBlocks: boolean;
  lstripBlocks: boolean;
}

/** A piece of template text: its characters are at `offsets` of the file as written. */
export interface TextPiece {
  kind: 'text';
  file: number;
  offsets: number[];
}

/** A `{{ … }}` output, or the tag of an `if`/`elif`/`for` whose condition may be unknown. */
export interface ExprPiece {
  kind: 'expr' | 'condition';
  file: number;
  /** Offsets in the file as written of the whole `{{ … }}` or `{% … %}`. */
  start: number;
  end: number;
  /** The expression as written. */
  source: string;
}

export type Piece = TextPiece | ExprPiece;

export interface Prepared {
  /** nunjucks source. */
  source: string;
  /** Template text and its trailing newlines (Ansible adds back the ones Jinja drops). */
  trailingNewlines: number;
}

interface Tag {
  kind: 'var' | 'block' | 'comment' | 'raw';
  /** Offsets in the normalised text of the opening and just past the closing delimiter. */
  start: number;
  end: number;
  inner: string;
  leftStrip: boolean;
  rightStrip: boolean;
  /** `+%}`: no trim_blocks after this tag; `{%+`: no lstrip before it. */
  rightKeep: boolean;
  leftKeep: boolean;
  /** For raw: the raw content span. */
  rawStart?: number;
  rawEnd?: number;
}

const RAW_OPEN = /\{%([-+]?)\s*raw\s*([-+]?)%\}/y;
const RAW_CLOSE = /\{%([-+]?)\s*endraw\s*([-+]?)%\}/g;

/**
 * Prepares one template file. `register` gives each piece its id (ids are unique across the
 * files of one render, so included templates keep their own positions).
 */
export function prepareTemplate(
  text: string,
  file: number,
  options: TemplateOptions,
  register: (piece: Piece) => number,
  skip = 0,
): Prepared | { error: string } {
  // Jinja reads every line ending as \n; positions are kept in the file as written.
  const orig: number[] = [];
  let norm = '';
  for (let i = skip; i < text.length; i++) {
    if (text[i] === '\r') {
      if (text[i + 1] === '\n') continue;
      norm += '\n';
    } else norm += text[i];
    orig.push(i);
  }
  orig.push(text.length);
  const trailingNewlines = /\n*$/.exec(norm)![0].length;
  // keep_trailing_newline is off: Jinja drops one final newline.
  if (norm.endsWith('\n')) norm = norm.slice(0, -1);

  const tags = lexTags(norm);
  if ('error' in tags) return tags;

  let out = '';
  const stack: { kind: 'if' | 'for'; id: number }[] = [];
  let cursor = 0;
  for (let t = 0; t <= tags.length; t++) {
    const tag = tags[t] as Tag | undefined;
    let from = cursor;
    let to = tag ? tag.start : norm.length;
    const prev = tags[t - 1] as Tag | undefined;
    if (prev) {
      if (prev.rightStrip) while (from < to && /\s/.test(norm[from])) from++;
      else if (
        options.trimBlocks &&
        (prev.kind === 'block' || prev.kind === 'comment' || prev.kind === 'raw') &&
        !prev.rightKeep &&
        norm[from] === '\n'
      )
        from++;
    }
    if (tag) {
      if (tag.leftStrip) while (to > from && /\s/.test(norm[to - 1])) to--;
      else if (
        options.lstripBlocks &&
        (tag.kind === 'block' || tag.kind === 'comment' || tag.kind === 'raw') &&
        !tag.leftKeep
      ) {
        let k = to;
        while (k > from && (norm[k - 1] === ' ' || norm[k - 1] === '\t')) k--;
        if (k === 0 || norm[k - 1] === '\n') to = k;
      }
    }
    out += textPiece(from, to);
    if (!tag) break;
    cursor = tag.end;
    if (tag.kind === 'comment') continue;
    if (tag.kind === 'raw') {
      out += '{% raw %}' + textPiece(tag.rawStart!, tag.rawEnd!) + '{% endraw %}';
      continue;
    }
    const inner = pythonStrings(tag.inner.trim());
    if (tag.kind === 'var') {
      const id = register({ kind: 'expr', file, start: orig[tag.start], end: orig[tag.end], source: inner });
      out += `{{ __o(${id}, (${inner})) }}`;
      continue;
    }
    out += blockTag(tag, inner);
  }
  return { source: out, trailingNewlines };

  function textPiece(from: number, to: number): string {
    if (to <= from) return '';
    const id = register({ kind: 'text', file, offsets: orig.slice(from, to) });
    return S.text + id + S.close + norm.slice(from, to);
  }

  function blockTag(tag: Tag, inner: string): string {
    const keyword = /^\w+/.exec(inner)?.[0] ?? '';
    const rest = inner.slice(keyword.length).trim();
    const condition = () =>
      register({ kind: 'condition', file, start: orig[tag.start], end: orig[tag.end], source: inner });
    switch (keyword) {
      case 'if': {
        const id = condition();
        stack.push({ kind: 'if', id });
        return `{% if __c(${id}, __b(), (${rest})) %}{{ __r(${id}) }}`;
      }
      case 'elif': {
        const open = stack[stack.length - 1];
        const close = open ? `{{ __e(${open.id}) }}` : '';
        const id = condition();
        if (open) open.id = id;
        return `${close}{% elif __c(${id}, __b(), (${rest})) %}{{ __r(${id}) }}`;
      }
      case 'for': {
        const m = /^(.+?)\s+in\s+([\s\S]+)$/.exec(rest);
        if (!m || /\s(?:if|recursive)\s|\srecursive$/.test(m[2])) break;
        const id = condition();
        stack.push({ kind: 'for', id });
        const targets = m[1].split(',').length;
        return `{% for ${m[1]} in __i(${id}, __b(), (${m[2]}), ${targets}) %}{{ __r(${id}) }}`;
      }
      case 'else': {
        const open = stack[stack.length - 1];
        return `${open ? `{{ __e(${open.id}) }}` : ''}{% else %}`;
      }
      case 'endif':
      case 'endfor': {
        const open = stack.pop();
        return `${open ? `{{ __e(${open.id}) }}` : ''}{% ${keyword} %}`;
      }
    }
    return `{% ${inner} %}`;
  }
}

/** The tags of a template, in order; strings inside tags may hold delimiters. */
function lexTags(text: string): Tag[] | { error: string } {
  const tags: Tag[] = [];
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{', i);
    if (open === -1 || open + 1 >= text.length) break;
    const next = text[open + 1];
    if (next !== '{' && next !== '%' && next !== '#') {
      i = open + 1;
      continue;
    }
    if (next === '%') {
      RAW_OPEN.lastIndex = open;
      const raw = RAW_OPEN.exec(text);
      if (raw) {
        RAW_CLOSE.lastIndex = open + raw[0].length;
        const close = RAW_CLOSE.exec(text);
        if (!close) return { error: `{% raw %} at offset ${open} has no {% endraw %}` };
        tags.push({
          kind: 'raw',
          start: open,
          end: close.index + close[0].length,
          inner: '',
          leftStrip: raw[1] === '-',
          leftKeep: raw[1] === '+',
          rightStrip: close[2] === '-',
          rightKeep: close[2] === '+',
          rawStart:
            open +
            raw[0].length +
            (raw[2] === '-' ? /^\s*/.exec(text.slice(open + raw[0].length))![0].length : 0),
          rawEnd:
            close[1] === '-' ? close.index - /\s*$/.exec(text.slice(0, close.index))![0].length : close.index,
        });
        i = close.index + close[0].length;
        continue;
      }
    }
    const closer = next === '{' ? '}}' : next === '%' ? '%}' : '#}';
    let j = open + 2;
    const leftMod = text[j] === '-' || text[j] === '+' ? text[j] : '';
    if (leftMod) j++;
    let end = -1;
    if (next === '#') {
      end = text.indexOf('#}', j);
    } else {
      let quote = '';
      for (let k = j; k < text.length; k++) {
        const c = text[k];
        if (quote) {
          if (c === '\\') k++;
          else if (c === quote) quote = '';
        } else if (c === '"' || c === "'") quote = c;
        else if (c === closer[0] && text[k + 1] === closer[1]) {
          end = k;
          break;
        }
      }
    }
    if (end === -1) return { error: `unclosed ${text.slice(open, open + 2)} at offset ${open}` };
    const rightMod = end > j && (text[end - 1] === '-' || text[end - 1] === '+') ? text[end - 1] : '';
    tags.push({
      kind: next === '{' ? 'var' : next === '%' ? 'block' : 'comment',
      start: open,
      end: end + 2,
      inner: text.slice(j, rightMod ? end - 1 : end),
      leftStrip: leftMod === '-',
      leftKeep: leftMod === '+',
      rightStrip: rightMod === '-',
      rightKeep: rightMod === '+',
    });
    i = end + 2;
  }
  return tags;
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '\\': '\\',
  "'": "'",
  '"': '"',
  n: '\n',
  t: '\t',
  r: '\r',
  a: '\x07',
  b: '\b',
  f: '\f',
  v: '\v',
  '\n': '',
};

/**
 * String literals in an expression, with Python's escapes (Jinja2 reads them as Python does:
 * `'\d'` keeps its backslash, `'\1'` is chr(1)), written as nunjucks reads them.
 */
export function pythonStrings(expression: string): string {
  return expression.replace(/(['"])((?:\\[\s\S]|(?!\1)[^\\])*)\1/g, (_, _quote: string, body: string) => {
    let value = '';
    for (let i = 0; i < body.length; i++) {
      if (body[i] !== '\\') {
        value += body[i];
        continue;
      }
      const next = body[i + 1] ?? '';
      const octal = /^[0-7]{1,3}/.exec(body.slice(i + 1))?.[0];
      const hex = /^x([0-9a-fA-F]{2})/.exec(body.slice(i + 1))?.[1];
      const uni = /^(?:u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8}))/.exec(body.slice(i + 1));
      if (octal) {
        value += String.fromCharCode(parseInt(octal, 8));
        i += octal.length;
      } else if (hex) {
        value += String.fromCharCode(parseInt(hex, 16));
        i += 3;
      } else if (uni) {
        value += String.fromCodePoint(parseInt(uni[1] ?? uni[2], 16));
        i += uni[0].length;
      } else if (next in SIMPLE_ESCAPES) {
        value += SIMPLE_ESCAPES[next];
        i++;
      } else value += '\\';
    }
    const escaped = value
      .replace(/\\/g, '\\\\')
      .replace(/'/g, "\\'")
      .replace(/\n/g, '\\n')
      .replace(/\r/g, '\\r')
      .replace(/\t/g, '\\t');
    return `'${escaped}'`;
  });
}
