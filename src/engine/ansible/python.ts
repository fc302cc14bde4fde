/**
 * Python's view of the values a Jinja2 template handles: truthiness (an empty list or dict is
 * false), `str()` of booleans, None, lists and dicts, and string methods roles call
 * (`x.split(':')`, `x.startswith('/')`). Jinja2 runs on Python; nunjucks runs on JavaScript.
 */

export function isMapping(v: unknown): v is Record<string, unknown> {
  return (
    typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype
  );
}

export function truthy(v: unknown): boolean {
  if (Array.isArray(v)) return v.length > 0;
  if (isMapping(v)) return Object.keys(v).length > 0;
  if (typeof v === 'object' && v !== null) return String(v) !== '';
  return Boolean(v);
}

/** `str(v)` in Python. */
export function str(v: unknown): string {
  if (v === undefined) return '';
  if (typeof v === 'string') return v;
  if (v === null) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (typeof v === 'number') return Number.isInteger(v) || !Number.isFinite(v) ? String(v) : String(v);
  if (Array.isArray(v) || isMapping(v)) return repr(v);
  return String(v);
}

/** `repr(v)` in Python, as lists and dicts print their items. */
export function repr(v: unknown): string {
  if (typeof v === 'string') {
    const q = v.includes("'") && !v.includes('"') ? '"' : "'";
    const body = v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\t/g, '\\t').replace(/\r/g, '\\r');
    return q + (q === "'" ? body.replace(/'/g, "\\'") : body) + q;
  }
  if (Array.isArray(v)) return '[' + v.map(repr).join(', ') + ']';
  if (isMapping(v))
    return (
      '{' +
      Object.entries(v)
        .map(([k, x]) => `${repr(k)}: ${repr(x)}`)
        .join(', ') +
      '}'
    );
  return str(v);
}

/** The methods of Python's str, list and dict that templates call on values. */
export function pythonMethod(obj: unknown, name: string): ((...args: unknown[]) => unknown) | undefined {
  if (typeof obj === 'string') return STRING_METHODS[name]?.bind(null, obj);
  if (isMapping(obj)) return DICT_METHODS[name]?.bind(null, obj);
  if (Array.isArray(obj)) return LIST_METHODS[name]?.bind(null, obj);
  return undefined;
}

const WS = ' \t\n\r\x0b\x0c';
function strip(s: string, chars: string | undefined, left: boolean, right: boolean): string {
  const set = chars ?? WS;
  let a = 0;
  let b = s.length;
  if (left) while (a < b && set.includes(s[a])) a++;
  if (right) while (b > a && set.includes(s[b - 1])) b--;
  return s.slice(a, b);
}

/** `str.split(sep, maxsplit)`: no separator splits on runs of whitespace. */
export function split(s: string, sep?: unknown, max?: unknown): string[] {
  const limit = typeof max === 'number' && max >= 0 ? max : Infinity;
  if (sep === undefined || sep === null) {
    const out: string[] = [];
    let rest = s.replace(/^\s+/, '');
    while (rest !== '') {
      if (out.length >= limit) {
        out.push(rest);
        break;
      }
      const m = /\s+/.exec(rest);
      if (!m) {
        out.push(rest);
        break;
      }
      out.push(rest.slice(0, m.index));
      rest = rest.slice(m.index + m[0].length);
    }
    return out;
  }
  const parts = s.split(String(sep));
  if (parts.length - 1 <= limit) return parts;
  return [...parts.slice(0, limit), parts.slice(limit).join(String(sep))];
}

const STRING_METHODS: Record<string, (s: string, ...a: unknown[]) => unknown> = {
  lower: (s) => s.toLowerCase(),
  upper: (s) => s.toUpperCase(),
  strip: (s, c) => strip(s, c as string | undefined, true, true),
  lstrip: (s, c) => strip(s, c as string | undefined, true, false),
  rstrip: (s, c) => strip(s, c as string | undefined, false, true),
  startswith: (s, p) => (Array.isArray(p) ? p : [p]).some((x) => s.startsWith(String(x))),
  endswith: (s, p) => (Array.isArray(p) ? p : [p]).some((x) => s.endsWith(String(x))),
  split: (s, sep, max) => split(s, sep, max),
  rsplit: (s, sep) => split(s, sep),
  replace: (s, a, b, count) =>
    typeof count === 'number'
      ? s
          .split(String(a))
          .reduce(
            (acc, part, i, all) =>
              acc + part + (i < all.length - 1 ? (i < count ? String(b) : String(a)) : ''),
            '',
          )
      : s.split(String(a)).join(String(b)),
  find: (s, x) => s.indexOf(String(x)),
  count: (s, x) => s.split(String(x)).length - 1,
  join: (s, items) => (Array.isArray(items) ? items.map(str).join(s) : ''),
  capitalize: (s) => s.charAt(0).toUpperCase() + s.slice(1).toLowerCase(),
  title: (s) => s.replace(/[A-Za-z]+/g, (w) => w[0].toUpperCase() + w.slice(1).toLowerCase()),
  isdigit: (s) => /^[0-9]+$/.test(s),
  format: (s, ...args) => {
    let i = 0;
    return s.replace(/\{(\d*)\}/g, (_, n: string) => str(args[n === '' ? i++ : Number(n)]));
  },
};

const DICT_METHODS: Record<string, (d: Record<string, unknown>, ...a: unknown[]) => unknown> = {
  items: (d) => Object.entries(d),
  keys: (d) => Object.keys(d),
  values: (d) => Object.values(d),
  get: (d, k, def) => (Object.hasOwn(d, String(k)) ? d[String(k)] : (def ?? null)),
};

const LIST_METHODS: Record<string, (l: unknown[], ...a: unknown[]) => unknown> = {
  index: (l, x) => l.indexOf(x),
  count: (l, x) => l.filter((y) => y === x).length,
};
