/**
 * Include globs as nginx and PHP-FPM expand them: glibc's glob(3) without GLOB_BRACE or
 * GLOB_PERIOD, in the C locale nginx runs in (docs/verified-behaviour.md):
 * - `*` matches any run of bytes and `?` one byte, never a `/` and never a name's leading `.`;
 * - `[a-z]`, `[!x]`/`[^x]`, `[]x]`, `[x-]` and `[[:alpha:]]` match one byte (a leading `.` only
 *   through a literal `.`); an unclosed `[` is a literal `[`; `\x` is a literal `x`;
 * - `{a,b}` is literal text.
 *
 * Each name is matched with the two-pointer wildcard algorithm (one backtracking point: the last
 * `*`), so a match costs at most pattern length × name length steps: no pattern can make it
 * explode, unlike a regular expression built from the glob.
 */

/** What makes nginx call glob() at all (`ngx_conf_include()` checks for these); else it opens the path. */
const MAGIC = /[*?[]/;

type Token =
  | { kind: 'byte'; value: number }
  | { kind: 'any' }
  | { kind: 'star' }
  | { kind: 'set'; negated: boolean; test: (byte: number) => boolean };

/** A path segment: literal bytes compared as a whole, or tokens matched one name at a time. */
type Segment = { literal: string } | { tokens: Token[] };

export function hasGlobMagic(pattern: string): boolean {
  return MAGIC.test(pattern);
}

/** A compiled absolute glob: `matches()` tests a normalised absolute path. */
export class Glob {
  private readonly segments: Segment[];
  /** The leading segments without magic, joined: every match lies below this directory. */
  readonly directory: string;

  constructor(readonly pattern: string) {
    const parts = pattern.split('/').filter((p) => p !== '');
    this.segments = parts.map((part) =>
      MAGIC.test(part) ? { tokens: compile(part) } : { literal: unescape(part) },
    );
    const fixed: string[] = [];
    for (const s of this.segments) {
      if (!('literal' in s)) break;
      fixed.push(s.literal);
    }
    this.directory = '/' + fixed.join('/');
  }

  matches(path: string): boolean {
    const names = path.split('/').filter((p) => p !== '');
    if (names.length !== this.segments.length) return false;
    for (let i = 0; i < names.length; i++) {
      const segment = this.segments[i];
      if ('literal' in segment ? segment.literal !== names[i] : !matchName(segment.tokens, bytesOf(names[i])))
        return false;
    }
    return true;
  }
}

/** A backslash quotes the next character (glob without GLOB_NOESCAPE). */
function unescape(part: string): string {
  return part.replace(/\\(.)/gs, '$1');
}

/** Beyond printable ASCII (control characters take the slow path too; they encode to themselves). */
const NOT_PRINTABLE_ASCII = /[^ -~]/;
const encoder = new TextEncoder();

/** The name's bytes: the C locale compares bytes, so `?` is one byte of a UTF-8 character. */
function bytesOf(text: string): ArrayLike<number> {
  if (NOT_PRINTABLE_ASCII.test(text)) return encoder.encode(text);
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
}

const DOT = 0x2e;
const BACKSLASH = 0x5c;

/** The two-pointer wildcard match; a leading `.` must be matched by a literal `.` (FNM_PERIOD). */
function matchName(tokens: Token[], name: ArrayLike<number>): boolean {
  if (name.length > 0 && name[0] === DOT) {
    const first = tokens[0];
    if (first?.kind !== 'byte' || first.value !== DOT) return false;
  }
  let t = 0;
  let n = 0;
  let starT = -1;
  let starN = 0;
  while (n < name.length) {
    const token = tokens[t];
    if (token?.kind === 'star') {
      starT = t++;
      starN = n;
      continue;
    }
    if (token !== undefined && matchesOne(token, name[n])) {
      t++;
      n++;
      continue;
    }
    if (starT === -1) return false;
    // Let the last `*` take one more byte and retry what follows it.
    t = starT + 1;
    n = ++starN;
  }
  while (tokens[t]?.kind === 'star') t++;
  return t === tokens.length;
}

function matchesOne(token: Token, byte: number): boolean {
  switch (token.kind) {
    case 'byte':
      return token.value === byte;
    case 'any':
      return true;
    case 'set':
      return token.test(byte) !== token.negated;
    default:
      return false;
  }
}

/** The tokens of one segment, over the segment's UTF-8 bytes. */
function compile(part: string): Token[] {
  const bytes = encoder.encode(part);
  const tokens: Token[] = [];
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b === 0x2a /* * */) {
      if (tokens[tokens.length - 1]?.kind !== 'star') tokens.push({ kind: 'star' });
      i++;
    } else if (b === 0x3f /* ? */) {
      tokens.push({ kind: 'any' });
      i++;
    } else if (b === 0x5b /* [ */) {
      const set = bracket(bytes, i);
      if (set) {
        tokens.push(set.token);
        i = set.end;
      } else {
        tokens.push({ kind: 'byte', value: b });
        i++;
      }
    } else if (b === BACKSLASH && i + 1 < bytes.length) {
      tokens.push({ kind: 'byte', value: bytes[i + 1] });
      i += 2;
    } else {
      tokens.push({ kind: 'byte', value: b });
      i++;
    }
  }
  return tokens;
}

const CLASSES: Record<string, (b: number) => boolean> = {
  alpha: (b) => (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a),
  digit: (b) => b >= 0x30 && b <= 0x39,
  alnum: (b) => CLASSES.alpha(b) || CLASSES.digit(b),
  upper: (b) => b >= 0x41 && b <= 0x5a,
  lower: (b) => b >= 0x61 && b <= 0x7a,
  space: (b) => b === 0x20 || (b >= 0x09 && b <= 0x0d),
  blank: (b) => b === 0x20 || b === 0x09,
  punct: (b) => b > 0x20 && b < 0x7f && !CLASSES.alnum(b),
  print: (b) => b >= 0x20 && b < 0x7f,
  graph: (b) => b > 0x20 && b < 0x7f,
  cntrl: (b) => b < 0x20 || b === 0x7f,
  xdigit: (b) => CLASSES.digit(b) || (b >= 0x41 && b <= 0x46) || (b >= 0x61 && b <= 0x66),
};

/**
 * The bracket expression starting at `bytes[start]` (`[`), or undefined when it is not closed
 * (then the `[` is literal).
 */
function bracket(bytes: Uint8Array, start: number): { token: Token; end: number } | undefined {
  let i = start + 1;
  const negated = bytes[i] === 0x21 /* ! */ || bytes[i] === 0x5e; /* ^ */
  if (negated) i++;
  const tests: ((b: number) => boolean)[] = [];
  let first = true;
  while (i < bytes.length) {
    let b = bytes[i];
    if (b === 0x5d /* ] */ && !first) {
      return { token: { kind: 'set', negated, test: (x) => tests.some((t) => t(x)) }, end: i + 1 };
    }
    first = false;
    if (b === 0x5b && bytes[i + 1] === 0x3a /* [: */) {
      const close = indexOf(bytes, ':]', i + 2);
      if (close !== -1) {
        const name = new TextDecoder().decode(bytes.subarray(i + 2, close));
        // An unknown class makes glibc's fnmatch fail: nothing matches.
        tests.push(CLASSES[name] ?? (() => false));
        i = close + 2;
        continue;
      }
    }
    if (b === BACKSLASH && i + 1 < bytes.length) b = bytes[++i];
    i++;
    if (bytes[i] === 0x2d /* - */ && i + 1 < bytes.length && bytes[i + 1] !== 0x5d) {
      let end = bytes[i + 1];
      i += 2;
      if (end === BACKSLASH && i < bytes.length) end = bytes[i++];
      const low = b;
      tests.push((x) => x >= low && x <= end);
    } else {
      const value = b;
      tests.push((x) => x === value);
    }
  }
  return undefined;
}

function indexOf(bytes: Uint8Array, text: string, from: number): number {
  for (let i = from; i + text.length <= bytes.length; i++) {
    let ok = true;
    for (let k = 0; k < text.length && ok; k++) ok = bytes[i + k] === text.charCodeAt(k);
    if (ok) return i;
  }
  return -1;
}
