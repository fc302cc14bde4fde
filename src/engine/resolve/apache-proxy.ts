/**
 * mod_proxy's URLs and workers, as httpd 2.4 reads them (modules/proxy/mod_proxy.c,
 * modules/proxy/proxy_util.c):
 * - `unix:PATH|scheme://host/…` connects to the Unix socket PATH (`ap_proxy_de_socketfy()`,
 *   `ap_proxy_define_worker_ex()`); `unix:` is case-insensitive; PATH is the path of
 *   `apr_uri_parse("unix:PATH")`, so `unix:///run/x.sock` is `/run/x.sock`; a relative PATH is
 *   relative to DefaultRuntimeDir (A2).
 * - A worker is named by its URL without the `unix:…|` part, scheme and host lower-cased and the
 *   scheme's default port dropped. A request goes to the worker with the longest name that is a
 *   prefix of its URL (`ap_proxy_get_worker_ex()`), and connects to that worker's socket (A4, W9):
 *   a `SetHandler "proxy:unix:/a.sock|fcgi://localhost"` request is served by a `ProxyPass` worker
 *   named `fcgi://localhost/…` whose name prefixes `fcgi://localhost` + the file's path.
 */
import type { Address } from '../model.js';
import type { Location } from '../types.js';
import { SCHEME_PORTS } from './apache-modules.js';

export interface Uri {
  scheme?: string;
  /** Present when the URL has `//`; empty for `unix:///path`. */
  hostname?: string;
  port?: string;
  path: string;
}

/** `apr_uri_parse()`, as far as socket URLs need it. */
export function parseUri(url: string): Uri {
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(url);
  let rest = scheme ? url.slice(scheme[0].length) : url;
  const out: Uri = { path: '' };
  if (scheme) out.scheme = scheme[1];
  if (rest.startsWith('//')) {
    const end = rest.slice(2).search(/[/?#]/);
    const hostinfo = end === -1 ? rest.slice(2) : rest.slice(2, 2 + end);
    rest = end === -1 ? '' : rest.slice(2 + end);
    const at = hostinfo.lastIndexOf('@');
    const hostport = at === -1 ? hostinfo : hostinfo.slice(at + 1);
    const v6 = hostport.startsWith('[') ? hostport.indexOf(']') : -1;
    const colon = hostport.indexOf(':', v6 === -1 ? 0 : v6);
    out.hostname = colon === -1 ? hostport : hostport.slice(0, colon);
    if (colon !== -1) out.port = hostport.slice(colon + 1);
  }
  const query = rest.search(/[?#]/);
  out.path = query === -1 ? rest : rest.slice(0, query);
  return out;
}

export interface ProxyTarget {
  /** The socket path as written in `unix:PATH` (before DefaultRuntimeDir applies). */
  socket?: string;
  /** `apr_uri_parse` gave the socket URL a host (`unix://run/x.sock`). */
  socketHost?: string;
  /** The URL without the `unix:…|` part, as `ap_proxy_de_socketfy()` leaves it. */
  origin: string;
}

/**
 * Splits `unix:PATH|origin`; undefined when httpd refuses it (`uses an invalid "unix:" URL`):
 * the part after `|` must contain a `:`.
 */
export function splitSocketUrl(url: string): ProxyTarget | undefined {
  if (url.slice(0, 5).toLowerCase() !== 'unix:') return { origin: url };
  const bar = url.indexOf('|', 5);
  if (bar === -1) return { origin: url };
  const origin = url.slice(bar + 1);
  const colon = origin.indexOf(':');
  if (colon === -1) return undefined;
  const after = origin.slice(colon + 1);
  // `scheme:` and `scheme://` mean `scheme://localhost`.
  const expanded = after === '' ? `${origin}//localhost` : after === '//' ? `${origin}localhost` : origin;
  const uri = parseUri(url.slice(0, bar));
  return {
    socket: uri.path,
    ...(uri.hostname ? { socketHost: uri.hostname } : {}),
    origin: expanded,
  };
}

/** `ap_runtime_dir_relative()`: an absolute path stays, a relative one is under DefaultRuntimeDir. */
export function runtimeRelative(runtimeDir: string, path: string): string {
  return path.startsWith('/') ? path : `${runtimeDir.replace(/\/$/, '')}/${path}`;
}

/**
 * The name httpd gives a worker for `origin` (`ap_proxy_define_worker_ex()`): scheme and host
 * lower-cased, `localhost` for a socket URL without a host, the scheme's default port dropped;
 * undefined when the URL is not absolute.
 */
export function workerName(origin: string, hasSocket: boolean): string | undefined {
  const uri = parseUri(origin);
  if (!uri.scheme) return undefined;
  let host = uri.hostname?.toLowerCase() ?? '';
  if (host === '') {
    if (!hasSocket) return undefined;
    host = 'localhost';
  }
  const scheme = uri.scheme.toLowerCase();
  const port = uri.port && Number(uri.port) !== SCHEME_PORTS[scheme] ? `:${uri.port}` : '';
  const query = origin.includes('?') ? origin.slice(origin.indexOf('?')) : '';
  return `${scheme}://${host}${port}${uri.path}${query}`;
}

/** A URL with scheme and host lower-cased, as `ap_proxy_get_worker_ex()` compares it; with the length of that part. */
export function comparableUrl(url: string): { url: string; minMatch: number } | undefined {
  const sep = url.indexOf('://');
  if (sep === -1 || sep + 3 >= url.length) return undefined;
  const slash = url.indexOf('/', sep + 3);
  const head = slash === -1 ? url : url.slice(0, slash);
  return { url: head.toLowerCase() + url.slice(head.length), minMatch: head.length };
}

/** `ap_proxy_strcmp_ematch()`: a `$N` in a ProxyPassMatch worker's name matches anything. */
export function ematch(url: string, pattern: string): boolean {
  const source = pattern
    .split(/(\$\d)/)
    .map((part) => (/^\$\d$/.test(part) ? '.*' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`, 's').test(url);
}

/** The part of a match worker's name before its first `$N`: what every URL it takes starts with. */
export function literalPrefix(name: string): string {
  const dollar = name.search(/\$\d/);
  return dollar === -1 ? name : name.slice(0, dollar);
}

/** A proxy worker: its name, the socket or host it connects to, and where it is defined. */
export interface Worker {
  name: string;
  match: boolean;
  /** Absolute socket path, when the worker connects to a Unix socket. */
  socket?: string;
  origin: string;
  location: Location;
  directive: string;
  undecided?: string;
}

/** Where a worker connects: its socket, else its host and the scheme's port. */
export function workerAddress(worker: Worker): Address {
  if (worker.socket !== undefined) return { kind: 'unix', path: worker.socket };
  const uri = parseUri(worker.origin);
  const scheme = uri.scheme?.toLowerCase() ?? '';
  const host = uri.hostname ?? '';
  const port = uri.port ?? String(SCHEME_PORTS[scheme] ?? '');
  return { kind: 'tcp', address: port ? `${host}:${port}` : host };
}

/** `ap_proxy_get_worker_ex()` at definition time: the longest earlier worker whose name prefixes `name`. */
export function findWorker(workers: Worker[], name: string): Worker | undefined {
  const comparable = comparableUrl(name);
  if (!comparable) return undefined;
  let best: Worker | undefined;
  for (const w of workers) {
    const length = w.name.length;
    if (length > comparable.url.length || length < comparable.minMatch) continue;
    if (best && length <= best.name.length) continue;
    if (w.match ? ematch(comparable.url, w.name) : comparable.url.startsWith(w.name)) best = w;
  }
  return best;
}

/**
 * The workers that take a handler's requests. The request URL is `origin` followed by the file's
 * path, and the longest worker name that prefixes it wins: a worker takes every request when its
 * name prefixes `origin`, and the requests for files under its path when `origin` prefixes its
 * name. A ProxyPassMatch worker's `$N` matches anything. Longest names first; the list ends at
 * the first worker that takes everything the handler can serve (`directory`, when known).
 */
export function captures(
  workers: Worker[],
  origin: { url: string; minMatch: number },
  directory: string | undefined,
): { worker: Worker; all: boolean; scope: string }[] {
  const out: { worker: Worker; all: boolean; scope: string }[] = [];
  const sorted = [...workers].sort((a, b) => b.name.length - a.name.length);
  for (const w of sorted) {
    if (w.name.length < origin.minMatch) continue;
    const prefix = w.match ? literalPrefix(w.name) : w.name;
    // A match worker whose name ends at its first `$N` matches whatever follows its prefix.
    const open = !w.match || /^\$\d$/.test(w.name.slice(prefix.length));
    let under: string;
    if (origin.url.startsWith(prefix)) {
      under = '/';
    } else if (prefix.startsWith(origin.url)) {
      under = prefix.slice(origin.url.length);
    } else {
      continue;
    }
    if (directory !== undefined && !directory.startsWith(under) && !under.startsWith(directory)) continue;
    const all = open && (under === '/' || (directory !== undefined && directory.startsWith(under)));
    const scope = !open ? `requests whose URL matches ${w.name}` : `files under ${under}`;
    out.push({ worker: w, all, scope });
    if (all) break;
  }
  return out;
}

/**
 * The URL a handler's requests have before the file's path, as `fixup_uds_filename()` leaves it:
 * `scheme:`, `scheme://`, `scheme:/path` and `scheme:///path` get the host `localhost`.
 */
export function handlerOrigin(origin: string): string {
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):(.*)$/s.exec(origin);
  if (!m) return origin;
  const [, scheme, rest] = m;
  if (rest === '' || rest === '//') return `${scheme}://localhost`;
  if (rest.startsWith('///')) return `${scheme}://localhost${rest.slice(2)}`;
  if (rest.startsWith('/') && !rest.startsWith('//')) return `${scheme}://localhost${rest}`;
  return origin;
}
