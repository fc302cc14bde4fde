/**
 * The address of a `*_pass` argument or an upstream `server` entry, as `ngx_parse_url()`
 * (src/core/ngx_inet.c) reads it after each directive strips its scheme.
 */
import type { NginxClientDirective } from '../../model.js';

export type PassTarget =
  /** `url` is the address after the scheme, as nginx quotes it in messages. */
  | { kind: 'unix'; path: string; url: string }
  | { kind: 'host'; host: string; port?: string; url: string }
  | { kind: 'invalid'; message: string };

/** sizeof(sun_path): the path and its terminating NUL must fit. */
const SUN_PATH_SIZE = 108;

/** proxy_pass's required schemes in http. */
const HTTP_SCHEMES = ['http://', 'https://'];

/** Optional scheme prefixes, matched case-insensitively (ngx_strncasecmp). */
const OPTIONAL_SCHEMES: Partial<Record<NginxClientDirective, string[]>> = {
  uwsgi_pass: ['uwsgi://', 'suwsgi://'],
  grpc_pass: ['grpc://', 'grpcs://'],
};

function stripPrefix(value: string, prefixes: string[]): string | undefined {
  const lower = value.slice(0, 9).toLowerCase();
  const prefix = prefixes.find((p) => lower.startsWith(p));
  return prefix === undefined ? undefined : value.slice(prefix.length);
}

/** The target of a `*_pass` argument whose variables, if any, are already substituted. */
export function parsePassTarget(
  directive: NginxClientDirective,
  context: 'http' | 'stream',
  value: string,
): PassTarget {
  if (directive === 'proxy_pass' && context === 'http') {
    const url = stripPrefix(value, HTTP_SCHEMES);
    if (url === undefined) return { kind: 'invalid', message: 'invalid URL prefix' };
    // proxy_pass takes a URI after the address.
    return parseUrl(url, true);
  }
  const schemes = OPTIONAL_SCHEMES[directive];
  return parseUrl((schemes && stripPrefix(value, schemes)) ?? value, false);
}

/**
 * Variables a request sets, never the deployment: a target built from one of them right after the
 * scheme is a host the client asks for, not a socket path the configuration chose.
 */
const REQUEST_VARIABLE =
  /^(host|hostname|scheme|server_name|server_addr|server_port|remote_addr|request_uri|uri|document_uri|args|query_string|is_args|request_method|proxy_host|http_.+|arg_.+|cookie_.+)$/;

/**
 * Whether a target with variables can name a Unix socket, from its literal text before the first
 * variable (`prefix`) and that variable's name: after the scheme, the text must still be able to
 * become `unix:` or the name of an upstream that has a Unix-socket server (nginx looks a variable
 * target up among the upstreams by name). `http://backend$suffix` cannot, unless an upstream
 * named `backend…` has one.
 */
export function mayNameUnix(
  directive: NginxClientDirective,
  context: 'http' | 'stream',
  prefix: string,
  firstVariable: string,
  unixUpstreams: readonly string[],
): boolean {
  const schemes =
    directive === 'proxy_pass' && context === 'http' ? HTTP_SCHEMES : OPTIONAL_SCHEMES[directive];
  const lower = prefix.toLowerCase();
  let rest = lower;
  if (schemes) {
    const scheme = schemes.find((p) => lower.startsWith(p));
    // Still inside the scheme (`$scheme://…` or `ht$x`): the variable completes it, or the URL is invalid.
    if (scheme === undefined)
      return !schemes.some((p) => p.startsWith(lower)) || !REQUEST_VARIABLE.test(firstVariable);
    rest = lower.slice(scheme.length);
  }
  if (rest === '') return !REQUEST_VARIABLE.test(firstVariable);
  if ('unix:'.startsWith(rest) || rest.startsWith('unix:')) return true;
  const end = rest.search(/[/?:]/);
  return end === -1
    ? unixUpstreams.some((name) => name.startsWith(rest))
    : unixUpstreams.includes(rest.slice(0, end));
}

/** The address of an upstream `server` entry. */
export function parseServerAddress(value: string): PassTarget {
  return parseUrl(value, false);
}

function parseUrl(url: string, uriPart: boolean): PassTarget {
  if (url.slice(0, 5).toLowerCase() === 'unix:') {
    let path = url.slice(5);
    // With a URI part the path ends at the first ':' (N4), so a path cannot contain one.
    if (uriPart) {
      const colon = path.indexOf(':');
      if (colon !== -1) path = path.slice(0, colon);
    }
    if (path === '')
      return { kind: 'invalid', message: `no path in the unix domain socket in upstream "${url}"` };
    if (Buffer.byteLength(path, 'utf8') + 1 > SUN_PATH_SIZE) {
      return { kind: 'invalid', message: `too long path in the unix domain socket in upstream "${url}"` };
    }
    return { kind: 'unix', path, url };
  }
  let hostPort = url;
  if (uriPart) {
    const uri = hostPort.search(/[/?]/);
    if (uri !== -1) hostPort = hostPort.slice(0, uri);
  }
  if (hostPort.startsWith('[')) {
    const close = hostPort.indexOf(']');
    const rest = close === -1 ? '' : hostPort.slice(close + 1);
    const host = close === -1 ? hostPort : hostPort.slice(0, close + 1);
    return rest.startsWith(':')
      ? { kind: 'host', host, port: rest.slice(1), url }
      : { kind: 'host', host, url };
  }
  const colon = hostPort.lastIndexOf(':');
  if (colon === -1) return { kind: 'host', host: hostPort, url };
  return { kind: 'host', host: hostPort.slice(0, colon), port: hostPort.slice(colon + 1), url };
}
