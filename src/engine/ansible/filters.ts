/**
 * The Jinja2 and Ansible filters and tests roles use, with Python's semantics (Jinja2 3.1 and
 * ansible-core 2.14). A filter given an unknown value (a marker) returns the markers of its
 * unknown arguments: what depends on an unknown value stays unknown. `default` and the
 * `defined`/`undefined` tests are the exceptions: they settle an undefined variable.
 */
import { posix } from 'node:path';
import type nunjucks from 'nunjucks';
import { stripSentinels } from './jinja-source.js';
import { isMapping, repr, split, str, truthy } from './python.js';

export interface FilterHooks {
  /** The markers of the unknown values among these (as one string), or ''. */
  unknown(values: unknown[]): string;
  isUndefined(value: unknown): boolean;
  /** The value's read is settled (by `default` or `is defined`). */
  consumed(value: unknown): void;
  unknownValue(shown: string, what: string): string;
}

type Fn = (...args: unknown[]) => unknown;

/** nunjucks passes keyword arguments as a last object flagged `__keywords`. */
function keywords(args: unknown[]): { positional: unknown[]; named: Record<string, unknown> } {
  const last = args[args.length - 1];
  if (isMapping(last) && last.__keywords === true) {
    const named = { ...last };
    delete named.__keywords;
    return { positional: args.slice(0, -1), named };
  }
  return { positional: args, named: {} };
}

const clean = (v: unknown): unknown => (typeof v === 'string' ? stripSentinels(v) : v);

function pyInt(v: unknown, fallback = 0, base = 10): number {
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'number') return Math.trunc(v);
  const s = str(v).trim().replace(/_/g, '');
  const prefixed =
    base === 16
      ? s.replace(/^0x/i, '')
      : base === 8
        ? s.replace(/^0o/i, '')
        : base === 2
          ? s.replace(/^0b/i, '')
          : s;
  const digits =
    base === 10
      ? /^[+-]?[0-9]+$/
      : base === 16
        ? /^[+-]?[0-9a-f]+$/i
        : base === 8
          ? /^[+-]?[0-7]+$/
          : /^[+-]?[01]+$/;
  if (digits.test(prefixed)) return parseInt(prefixed, base);
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s)) return Math.trunc(parseFloat(s));
  return fallback;
}

/** Python regular expressions, as far as roles write them, in JavaScript's syntax. */
function pyRegex(pattern: unknown, flags: string): RegExp {
  const source = str(pattern)
    .replace(/\(\?P</g, '(?<')
    .replace(/\(\?P=(\w+)\)/g, '\\k<$1>')
    .replace(/\\Z/g, '$')
    .replace(/\\A/g, '^');
  return new RegExp(source, flags);
}

function pyReplacement(replacement: unknown): string {
  return str(replacement)
    .replace(/\$/g, '$$$$')
    .replace(/\\g<(\d+)>|\\(\d+)/g, (_, a?: string, b?: string) => `$${a ?? b}`)
    .replace(/\\g<(\w+)>/g, '$<$1>')
    .replace(/\\n/g, '\n')
    .replace(/\\t/g, '\t')
    .replace(/\\\\/g, '\\');
}

/** Python's `%` formatting for the conversions roles use. */
export function percentFormat(format: string, args: unknown): string {
  const list = Array.isArray(args) ? args : [args];
  let i = 0;
  return format.replace(
    /%(\(\w+\))?([-+ 0#]*)(\d+)?(?:\.(\d+))?([sdirfxo%])/g,
    (whole, key: string | undefined, flags: string, width?: string, precision?: string, conv?: string) => {
      if (conv === '%') return '%';
      const value = key && isMapping(args) ? args[key.slice(1, -1)] : list[i++];
      let text: string;
      if (conv === 'd' || conv === 'i') text = String(pyInt(value));
      else if (conv === 'f') text = Number(value).toFixed(precision ? Number(precision) : 6);
      else if (conv === 'x') text = pyInt(value).toString(16);
      else if (conv === 'o') text = pyInt(value).toString(8);
      else if (conv === 'r') text = repr(value);
      else text = str(value);
      if (conv === 's' && precision) text = text.slice(0, Number(precision));
      const w = width ? Number(width) : 0;
      if (text.length < w)
        text = flags.includes('-')
          ? text.padEnd(w)
          : flags.includes('0') && conv !== 's'
            ? text.padStart(w, '0')
            : text.padStart(w);
      return text;
    },
  );
}

/** Loose version comparison (Ansible's `version` test with the default `loose` type). */
function looseParts(v: unknown): (number | string)[] {
  return (str(v).match(/\d+|[a-z]+|\./gi) ?? [])
    .filter((p) => p !== '.')
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

export function compareVersions(a: unknown, b: unknown): number {
  const x = looseParts(a);
  const y = looseParts(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if (i >= x.length) return -1;
    if (i >= y.length) return 1;
    const p = x[i];
    const q = y[i];
    if (p === q) continue;
    if (typeof p === typeof q) return p < q ? -1 : 1;
    return typeof p === 'number' ? 1 : -1;
  }
  return 0;
}

const VERSION_OPS: Record<string, (c: number) => boolean> = {
  '==': (c) => c === 0,
  eq: (c) => c === 0,
  '=': (c) => c === 0,
  '!=': (c) => c !== 0,
  '<>': (c) => c !== 0,
  ne: (c) => c !== 0,
  '<': (c) => c < 0,
  lt: (c) => c < 0,
  '<=': (c) => c <= 0,
  le: (c) => c <= 0,
  '>': (c) => c > 0,
  gt: (c) => c > 0,
  '>=': (c) => c >= 0,
  ge: (c) => c >= 0,
};

function version(value: unknown, ...rest: unknown[]): boolean {
  const { positional, named } = keywords(rest);
  const op = str(positional[1] ?? named.operator ?? 'eq');
  return (VERSION_OPS[op] ?? VERSION_OPS.eq)(compareVersions(value, positional[0] ?? named.version));
}

/** `json.dumps` as Ansible's to_json calls it. */
function toJson(v: unknown, indent?: number, sort = false, level = 0): string {
  const pad = (n: number) => (indent === undefined ? '' : '\n' + ' '.repeat(indent * n));
  if (typeof v === 'string')
    return JSON.stringify(v).replace(
      /[\u007f-\uffff]/g,
      (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'),
    );
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'boolean' || typeof v === 'number') return String(v);
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    return (
      '[' +
      v
        .map((x) => pad(level + 1) + toJson(x, indent, sort, level + 1))
        .join(indent === undefined ? ', ' : ',') +
      pad(level) +
      ']'
    );
  }
  if (isMapping(v)) {
    const entries = Object.entries(v);
    if (sort) entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    if (entries.length === 0) return '{}';
    return (
      '{' +
      entries
        .map(([k, x]) => pad(level + 1) + toJson(k) + ': ' + toJson(x, indent, sort, level + 1))
        .join(indent === undefined ? ', ' : ',') +
      pad(level) +
      '}'
    );
  }
  return toJson(String(v));
}

function shellQuote(v: unknown): string {
  const s = str(v);
  if (s === '') return "''";
  if (/^[\w@%+=:,./-]+$/.test(s)) return s;
  return "'" + s.replace(/'/g, `'"'"'`) + "'";
}

function attr(item: unknown, path: unknown): unknown {
  let v: unknown = item;
  for (const key of str(path).split('.'))
    v = isMapping(v) ? v[key] : Array.isArray(v) ? v[Number(key)] : undefined;
  return v;
}

export function installFilters(env: nunjucks.Environment, hooks: FilterHooks): void {
  const tests = new Map<string, Fn>();
  const filters = new Map<string, Fn>();
  // A filter that is unknown as soon as any argument is.
  const strict = (name: string, fn: Fn) =>
    filters.set(name, (...args: unknown[]) => {
      const cleaned = args.map(clean);
      const unknown = hooks.unknown(cleaned);
      return unknown !== '' ? unknown : fn(...cleaned);
    });
  const strictTest = (name: string, fn: Fn) =>
    tests.set(name, (...args: unknown[]) => {
      const unknown = hooks.unknown(args);
      return unknown !== '' ? unknown : fn(...args);
    });

  const byDefault = (value: unknown, fallback: unknown = '', boolean: unknown = false) => {
    if (hooks.isUndefined(value)) {
      hooks.consumed(value);
      return fallback;
    }
    if (truthy(boolean) && !truthy(value) && hooks.unknown([value]) === '') return fallback;
    return value;
  };
  filters.set('default', byDefault);
  filters.set('d', byDefault);
  filters.set('mandatory', (value: unknown) => value);
  filters.set('ternary', (value: unknown, yes: unknown, no: unknown, none?: unknown) => {
    const unknown = hooks.unknown([value]);
    if (unknown !== '') return unknown;
    if (value === null && none !== undefined) return none;
    return truthy(value) ? yes : no;
  });

  strict('int', (v, d = 0, base = 10) => pyInt(v, pyInt(d), Number(base)));
  strict('float', (v, d = 0) => {
    const n = parseFloat(str(v));
    return Number.isNaN(n) ? d : n;
  });
  strict('string', (v) => str(v));
  strict('lower', (v) => str(v).toLowerCase());
  strict('upper', (v) => str(v).toUpperCase());
  strict('capitalize', (v) => {
    const s = str(v);
    return s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();
  });
  strict('title', (v) =>
    str(v).replace(/[A-Za-z0-9]+/g, (w) => w[0].toUpperCase() + w.slice(1).toLowerCase()),
  );
  strict('trim', (v, chars?: unknown) => {
    const s = str(v);
    if (chars === undefined) return s.replace(/^\s+|\s+$/g, '');
    const set = str(chars);
    let a = 0;
    let b = s.length;
    while (a < b && set.includes(s[a])) a++;
    while (b > a && set.includes(s[b - 1])) b--;
    return s.slice(a, b);
  });
  strict('replace', (v, a, b, count?: unknown) => {
    const parts = str(v).split(str(a));
    if (typeof count !== 'number') return parts.join(str(b));
    return parts.reduce((acc: string, p, i) => acc + (i === 0 ? '' : i <= count ? str(b) : str(a)) + p, '');
  });
  strict('regex_replace', (v, pattern = '', replacement = '', ...rest) => {
    const { positional, named } = keywords(rest);
    const ignorecase = truthy(positional[0] ?? named.ignorecase);
    const multiline = truthy(positional[1] ?? named.multiline);
    return str(v).replace(
      pyRegex(pattern, 'g' + (ignorecase ? 'i' : '') + (multiline ? 'm' : '')),
      pyReplacement(replacement),
    );
  });
  strict('regex_search', (v, pattern, ...groups) => {
    const m = pyRegex(pattern, '').exec(str(v));
    if (!m) return null;
    const wanted = groups.filter((g) => typeof g === 'string' && g.startsWith('\\'));
    if (wanted.length === 0) return m[0];
    return wanted.map((g) => {
      const key = str(g).replace(/^\\g?<?|>$/g, '');
      return /^\d+$/.test(key) ? m[Number(key)] : m.groups?.[key];
    });
  });
  strict('regex_findall', (v, pattern) =>
    [...str(v).matchAll(pyRegex(pattern, 'g'))].map((m) => (m.length > 2 ? m.slice(1) : (m[1] ?? m[0]))),
  );
  strict('regex_escape', (v) => str(v).replace(/[^A-Za-z0-9_]/g, (c) => '\\' + c));
  strict('join', (v, sep = '', ...rest) => {
    const { named } = keywords(rest);
    const items = Array.isArray(v) ? v : isMapping(v) ? Object.keys(v) : [...str(v)];
    return items.map((x) => str(named.attribute ? attr(x, named.attribute) : x)).join(str(sep));
  });
  strict('bool', (v) => {
    if (typeof v === 'boolean') return v;
    if (v === null || v === undefined) return false;
    return ['yes', 'on', '1', 'true', 'y', 't'].includes(str(v).toLowerCase());
  });
  strict('basename', (v) =>
    posix.basename(str(v)) === '' || str(v).endsWith('/') ? '' : posix.basename(str(v)),
  );
  strict('dirname', (v) => {
    const s = str(v);
    const at = s.lastIndexOf('/');
    if (at === -1) return '';
    const head = s.slice(0, at + 1);
    return /^\/+$/.test(head) ? head : head.replace(/\/+$/, '');
  });
  strict('splitext', (v) => {
    const s = str(v);
    const m = /^(.*?)(\.[^./]*)?$/.exec(s)!;
    return m[1] === '' || m[1].endsWith('/') ? [s, ''] : [m[1], m[2] ?? ''];
  });
  strict('realpath', (v) => posix.normalize(str(v)));
  strict('path_join', (v) => posix.join(...(Array.isArray(v) ? v.map(str) : [str(v)])));
  strict('quote', shellQuote);
  strict('first', (v) => (Array.isArray(v) ? v[0] : typeof v === 'string' ? v[0] : undefined));
  strict('last', (v) =>
    Array.isArray(v) ? v[v.length - 1] : typeof v === 'string' ? v[v.length - 1] : undefined,
  );
  strict('length', (v) =>
    Array.isArray(v) || typeof v === 'string' ? v.length : isMapping(v) ? Object.keys(v).length : 0,
  );
  filters.set('count', filters.get('length')!);
  strict('list', (v) =>
    Array.isArray(v) ? v : isMapping(v) ? Object.keys(v) : typeof v === 'string' ? [...v] : [],
  );
  strict('unique', (v) =>
    Array.isArray(v) ? v.filter((x, i) => v.findIndex((y) => toJson(y) === toJson(x)) === i) : v,
  );
  strict('sort', (v, ...rest) => {
    const { positional, named } = keywords(rest);
    if (!Array.isArray(v)) return v;
    const key = (x: unknown) => (named.attribute ? attr(x, named.attribute) : x);
    const sorted = [...v].sort((a, b) => {
      const x = key(a) as string | number;
      const y = key(b) as string | number;
      return x < y ? -1 : x > y ? 1 : 0;
    });
    return truthy(positional[0] ?? named.reverse) ? sorted.reverse() : sorted;
  });
  strict('reverse', (v) => (Array.isArray(v) ? [...v].reverse() : [...str(v)].reverse().join('')));
  strict('min', (v) => (Array.isArray(v) ? v.reduce((a, b) => ((b as number) < (a as number) ? b : a)) : v));
  strict('max', (v) => (Array.isArray(v) ? v.reduce((a, b) => ((b as number) > (a as number) ? b : a)) : v));
  strict('sum', (v, ...rest) => {
    const { named } = keywords(rest);
    return Array.isArray(v)
      ? v.reduce((a: number, x) => a + Number(named.attribute ? attr(x, named.attribute) : x), 0)
      : 0;
  });
  strict('abs', (v) => Math.abs(Number(v)));
  strict('round', (v, precision = 0) => {
    const f = 10 ** Number(precision);
    return Math.round(Number(v) * f) / f;
  });
  strict('to_json', (v) => toJson(v));
  strict('to_nice_json', (v, ...rest) => {
    const { named } = keywords(rest);
    return toJson(v, Number(named.indent ?? 4), true);
  });
  strict('format', (fmt, ...args) => percentFormat(str(fmt), args));
  strict('split', (v, sep?: unknown, max?: unknown) => split(str(v), sep, max));
  strict('combine', (...args) => {
    const { positional, named } = keywords(args);
    const recursive = truthy(named.recursive);
    const merge = (a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> => {
      const out = { ...a };
      for (const [k, v] of Object.entries(b))
        out[k] = recursive && isMapping(out[k]) && isMapping(v) ? merge(out[k], v) : v;
      return out;
    };
    return positional.flat().filter(isMapping).reduce(merge, {});
  });
  strict('dict2items', (v, ...rest) => {
    const { named } = keywords(rest);
    const k = str(named.key_name ?? 'key');
    const val = str(named.value_name ?? 'value');
    return isMapping(v) ? Object.entries(v).map(([a, b]) => ({ [k]: a, [val]: b })) : [];
  });
  strict('items2dict', (v, ...rest) => {
    const { named } = keywords(rest);
    const k = str(named.key_name ?? 'key');
    const val = str(named.value_name ?? 'value');
    return Object.fromEntries((Array.isArray(v) ? v : []).filter(isMapping).map((x) => [str(x[k]), x[val]]));
  });
  strict('items', (v) => (isMapping(v) ? Object.entries(v) : []));
  strict('flatten', (v, levels?: unknown) =>
    Array.isArray(v) ? v.flat(typeof levels === 'number' ? levels : Infinity) : v,
  );
  strict('union', (a, b) => [...new Set([...(a as unknown[]), ...(b as unknown[])])]);
  strict('difference', (a, b) => (a as unknown[]).filter((x) => !(b as unknown[]).includes(x)));
  strict('intersect', (a, b) => (a as unknown[]).filter((x) => (b as unknown[]).includes(x)));
  strict('indent', (v, width = 4, first = false, blank = false) => {
    const pad = typeof width === 'string' ? width : ' '.repeat(Number(width));
    const lines = str(v).split('\n');
    return lines
      .map((line, i) =>
        (i > 0 || truthy(first)) && (truthy(blank) || line.trim() !== '') ? pad + line : line,
      )
      .join('\n');
  });
  strict('center', (v, width = 80) => {
    const s = str(v);
    const total = Number(width) - s.length;
    if (total <= 0) return s;
    const left = Math.floor(total / 2) + (total % 2 && Number(width) % 2 ? 1 : 0);
    return ' '.repeat(left) + s + ' '.repeat(total - left);
  });
  strict('b64encode', (v) => Buffer.from(str(v), 'utf8').toString('base64'));
  strict('b64decode', (v) => Buffer.from(str(v), 'base64').toString('utf8'));
  strict('version_compare', version);
  strict('map', (v, ...rest) => {
    const { positional, named } = keywords(rest);
    if (!Array.isArray(v)) return [];
    if (named.attribute !== undefined) return v.map((x) => attr(x, named.attribute) ?? named.default);
    const filter = filters.get(str(positional[0]));
    return filter ? v.map((x) => filter(x, ...positional.slice(1))) : v;
  });
  const selecting =
    (keep: boolean, byAttribute: boolean) =>
    (v: unknown, ...rest: unknown[]) => {
      if (!Array.isArray(v)) return [];
      const [first, name, ...args] = byAttribute ? rest : [undefined, ...rest];
      const test =
        name === undefined
          ? (x: unknown) => truthy(x)
          : (x: unknown) => truthy(tests.get(str(name))?.(x, ...args));
      return v.filter((x) => test(byAttribute ? attr(x, first) : x) === keep);
    };
  strict('select', selecting(true, false));
  strict('reject', selecting(false, false));
  strict('selectattr', selecting(true, true));
  strict('rejectattr', selecting(false, true));
  for (const name of [
    'random',
    'shuffle',
    'password_hash',
    'hash',
    'checksum',
    'to_uuid',
    'comment',
    'expanduser',
    'ipaddr',
    'ansible.utils.ipaddr',
    'human_to_bytes',
  ]) {
    filters.set(
      name,
      (v: unknown) =>
        hooks.unknownValue(`{{ … | ${name} }}`, `the ${name} filter, computed when the play runs`) +
        (hooks.unknown([v]) ?? ''),
    );
  }

  const defined = (v: unknown) => {
    if (hooks.isUndefined(v)) {
      hooks.consumed(v);
      return false;
    }
    return true;
  };
  tests.set('defined', defined);
  tests.set('undefined', (v: unknown) => !defined(v));
  strictTest('none', (v) => v === null);
  strictTest('string', (v) => typeof v === 'string');
  strictTest('number', (v) => typeof v === 'number');
  strictTest('integer', (v) => typeof v === 'number' && Number.isInteger(v));
  strictTest('float', (v) => typeof v === 'number' && !Number.isInteger(v));
  strictTest('boolean', (v) => typeof v === 'boolean');
  strictTest('mapping', (v) => isMapping(v));
  strictTest('sequence', (v) => Array.isArray(v) || typeof v === 'string' || isMapping(v));
  strictTest('iterable', (v) => Array.isArray(v) || typeof v === 'string' || isMapping(v));
  strictTest('truthy', (v) => truthy(v));
  strictTest('falsy', (v) => !truthy(v));
  strictTest('version', version);
  strictTest('version_compare', version);
  strictTest('match', (v, p, ic = false) =>
    pyRegex('^(?:' + str(p) + ')', truthy(ic) ? 'i' : '').test(str(v)),
  );
  strictTest('search', (v, p, ic = false) => pyRegex(p, truthy(ic) ? 'i' : '').test(str(v)));
  strictTest('regex', (v, p, ic = false, kind = 'search') =>
    pyRegex(kind === 'match' ? '^(?:' + str(p) + ')' : str(p), truthy(ic) ? 'i' : '').test(str(v)),
  );
  strictTest('equalto', (a, b) => a === b);
  strictTest('eq', (a, b) => a === b);
  strictTest('ne', (a, b) => a !== b);
  strictTest('lt', (a, b) => (a as number) < (b as number));
  strictTest('gt', (a, b) => (a as number) > (b as number));
  strictTest('le', (a, b) => (a as number) <= (b as number));
  strictTest('ge', (a, b) => (a as number) >= (b as number));
  strictTest('in', (a, b) =>
    Array.isArray(b)
      ? b.includes(a)
      : typeof b === 'string'
        ? b.includes(str(a))
        : isMapping(b)
          ? Object.hasOwn(b, str(a))
          : false,
  );
  strictTest('divisibleby', (a, b) => Number(a) % Number(b) === 0);
  strictTest('even', (a) => Number(a) % 2 === 0);
  strictTest('odd', (a) => Number(a) % 2 === 1);
  strictTest('lower', (a) => str(a) === str(a).toLowerCase());
  strictTest('upper', (a) => str(a) === str(a).toUpperCase());
  strictTest('sameas', (a, b) => a === b);
  strictTest('subset', (a, b) => (a as unknown[]).every((x) => (b as unknown[]).includes(x)));
  strictTest('superset', (a, b) => (b as unknown[]).every((x) => (a as unknown[]).includes(x)));
  for (const name of [
    'success',
    'succeeded',
    'failed',
    'failure',
    'changed',
    'change',
    'skipped',
    'skip',
    'exists',
    'file',
    'directory',
    'link',
    'abs',
    'reachable',
    'unreachable',
  ])
    tests.set(name, () =>
      hooks.unknownValue(`is ${name}`, `the ${name} test, known only when the play runs`),
    );

  for (const [name, fn] of filters) env.addFilter(name, fn);
  for (const [name, fn] of tests) (env as unknown as { addTest(n: string, f: Fn): void }).addTest(name, fn);
}
