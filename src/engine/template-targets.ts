/**
 * Template placeholders in the resolved graph. A client or pool whose address holds a
 * placeholder nobody gives a value is unresolved, and what the programs would refuse on a
 * placeholder's line depends on its value, so it is not reported. An address that is only
 * partly unknown still says what it can be: `/run/php/php%v%-fpm-%d%.sock` can never be
 * `/run/php/php7.4-fpm.sock`, so a client of that path is not left waiting on `%d%`.
 */
import type { ConfigProblem, FpmPool, FpmSetting, SocketClient } from './model.js';
import { normalizeDeployed } from './resolve/deployed-fs.js';
import type { UnitGraph } from './resolve/graph.js';
import { hasPlaceholder, literalParts, type Placeholders } from './templates.js';
import type { Location, Note } from './types.js';

/** Texts of the files the graph was read from, as the readers saw them (markers in place). */
interface Texts {
  get(path: string): string | undefined;
}

/**
 * Marks what depends on a placeholder in one unit's graph, and returns one note per template
 * whose placeholders a socket depends on, naming them and how to give their values.
 */
export function markPlaceholders(graph: UnitGraph, placeholders: Placeholders, texts: Texts): Note[] {
  // A problem naming a marker rests on an unknown value, wherever the line is (a file a start-up script writes).
  const onPlaceholderLine = (p: ConfigProblem) =>
    hasPlaceholder(p.message) || hasPlaceholder(lineOf(texts.get(p.location.file), p.location.line));
  for (const n of graph.webServers)
    n.config.problems = n.config.problems.filter((p) => !onPlaceholderLine(p));
  for (const f of graph.fpm) {
    // FPM's post-processing reports a bad value at the pool's header, naming the key.
    const templatedKeys = f.config.files.flatMap((file) =>
      file.file.text
        .split('\n')
        .filter((line) => hasPlaceholder(line) && line.includes('='))
        .map((line) => line.slice(0, line.indexOf('=')).trim().toLowerCase()),
    );
    f.config.problems = f.config.problems.filter(
      (p) => !onPlaceholderLine(p) && !templatedKeys.some((key) => p.message.toLowerCase().includes(key)),
    );
  }
  const undecided: string[] = [];
  for (const link of graph.links) {
    const t = link.client.target;
    // `{{ host }}:9000` is a TCP address whatever the host: not a socket, so nothing to decide.
    if (t.kind === 'tcp' && /:\d+$/.test(t.address)) continue;
    const value = t.kind === 'unix' ? t.path : t.kind === 'tcp' ? t.address : link.client.raw;
    const what = placeholders.unresolvedIn(value);
    if (what.length === 0) continue;
    undecided.push(value);
    link.client.target = {
      kind: 'unresolved',
      unresolved: { what, ...(t.kind === 'unix' ? { pattern: normalizeDeployed(t.path) } : {}) },
    };
    link.path = undefined;
    link.target = undefined;
  }
  for (const fpm of graph.fpm) {
    for (const pool of fpm.config.pools) {
      for (const setting of pool.settings.values()) markSetting(setting, placeholders);
      const listen = pool.listen;
      if (!listen) continue;
      const a = listen.address;
      const value = a.kind === 'unix' ? a.path : a.kind === 'tcp' ? a.address : '';
      const what = placeholders.unresolvedIn(value);
      if (what.length === 0) continue;
      undecided.push(value);
      listen.address = {
        kind: 'unresolved',
        unresolved: { what, pattern: listenPattern(a, listen.setting) },
      };
    }
  }
  return templateNotes(undecided, placeholders);
}

/**
 * What a pool's unknown address can be, as a pattern of socket paths: a TCP address is never a
 * Unix path (`tcp:` matches none), and a value that starts with a placeholder may be absolute
 * or relative, so it can be anything.
 */
function listenPattern(address: { kind: string; path?: string }, setting: FpmSetting): string | undefined {
  if (address.kind === 'tcp') return 'tcp:';
  if (address.kind !== 'unix' || hasPlaceholder(setting.value.charAt(0))) return undefined;
  return normalizeDeployed(address.path!);
}

/** One note per template: the placeholders its sockets depend on, and where to give their values. */
function templateNotes(values: string[], placeholders: Placeholders): Note[] {
  const byFile = new Map<string, { names: string[]; first: Location }>();
  for (const value of values) {
    for (const { shown, location } of placeholders.locationsIn(value)) {
      const entry = byFile.get(location.file) ?? { names: [], first: location };
      if (!entry.names.includes(shown)) entry.names.push(shown);
      byFile.set(location.file, entry);
    }
  }
  return [...byFile].map(([file, { names, first }]) => {
    const them = names.length === 1 ? 'it' : 'them';
    return {
      level: 'notice',
      code: 'template-placeholder-undefined',
      message: `${file} uses ${names.join(', ')}, which nothing in the repository gives a value: a socket that depends on ${them} is decided only where no value could change the verdict (give ${them} under variables: in .socklint.yml, or in a .env or defaults file beside the template)`,
      location: first,
    };
  });
}

function lineOf(text: string | undefined, line: number): string {
  return text?.split('\n')[line - 1] ?? '';
}

function markSetting(setting: FpmSetting, placeholders: Placeholders): void {
  const what = placeholders.unresolvedIn(setting.value);
  if (what.length > 0) setting.unresolved = { what: [...(setting.unresolved?.what ?? []), ...what] };
}

/* ------------------------------------------------------------------ what an unknown path can be */

/** Whether the pool can listen on `path` (a socket path, or a pattern with markers). */
export function poolCanListenOn(pool: FpmPool, path: string): boolean {
  const address = pool.listen?.address;
  if (!address) return false;
  if (address.kind === 'unix') return patternsMeet(normalizeDeployed(address.path), path);
  if (address.kind === 'tcp') return false;
  const pattern = address.unresolved.pattern;
  return pattern === undefined || patternsMeet(pattern, path);
}

/** The Unix path pattern of a client whose target holds a placeholder, when only part of it is unknown. */
export function clientPattern(client: SocketClient): string | undefined {
  const t = client.target;
  return t.kind === 'unresolved' ? t.unresolved.pattern : undefined;
}

/**
 * Whether two paths, each with markers standing for any text, can be the same string. A
 * literal path is a pattern without markers.
 */
export function patternsMeet(a: string, b: string): boolean {
  const x = tokens(a);
  const y = tokens(b);
  const memo = new Map<number, boolean>();
  const meet = (i: number, j: number): boolean => {
    const key = i * (y.length + 1) + j;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let result: boolean;
    if (i === x.length && j === y.length) result = true;
    else if (i < x.length && x[i] === ANY) result = meet(i + 1, j) || (j < y.length && meet(i, j + 1));
    else if (j < y.length && y[j] === ANY) result = meet(i, j + 1) || (i < x.length && meet(i + 1, j));
    else result = i < x.length && j < y.length && x[i] === y[j] && meet(i + 1, j + 1);
    memo.set(key, result);
    return result;
  };
  return meet(0, 0);
}

const ANY = Symbol('any');

/** Characters, with each run of markers as one `ANY`. */
function tokens(pattern: string): (string | typeof ANY)[] {
  const out: (string | typeof ANY)[] = [];
  literalParts(pattern).forEach((part, k) => {
    if (k > 0 && out[out.length - 1] !== ANY) out.push(ANY);
    out.push(...part);
  });
  return out;
}
