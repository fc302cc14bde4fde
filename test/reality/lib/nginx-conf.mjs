// Minimal nginx configuration tokenizer and the mechanical rewrites the reality tier needs.
//
// Why a tokenizer and not regexes: rewrites must touch only whole directives (a `listen` inside a
// comment, a quoted path or a `#` inside a token must stay as nginx sees them, semantics N1).
// The rewrites only move files into the prefix root and the server onto a loopback port; the
// directives under test (`user`, `*_pass` targets apart from the path prefix) are never changed.

/**
 * @typedef {{ text: string, start: number, end: number, quoted: boolean }} Token
 * @typedef {{ name: string, args: Token[], start: number, end: number, block: boolean,
 *   blockOpen?: number, blockClose?: number, context: string[] }} Directive
 */

const SPACE = new Set([' ', '\t', '\r', '\n']);

/** Splits a configuration text into directives, following ngx_conf_read_token() (N1). */
export function parseNginx(text) {
  /** @type {Directive[]} */
  const directives = [];
  /** @type {Directive[]} */
  const stack = [];
  /** @type {Token[]} */
  let words = [];
  let i = 0;
  const n = text.length;
  const flush = (endChar, endPos) => {
    if (words.length === 0) {
      if (endChar === '}') {
        const open = stack.pop();
        if (open) open.blockClose = endPos;
      }
      return;
    }
    const d = {
      name: words[0].text,
      args: words.slice(1),
      start: words[0].start,
      end: endPos + 1,
      block: endChar === '{',
      context: stack.map((s) => s.name),
    };
    if (endChar === '{') {
      d.blockOpen = endPos;
      stack.push(d);
    }
    directives.push(d);
    words = [];
  };
  while (i < n) {
    const c = text[i];
    if (SPACE.has(c)) {
      i++;
      continue;
    }
    if (c === '#') {
      // A comment only at the start of a token.
      while (i < n && text[i] !== '\n') i++;
      continue;
    }
    if (c === ';' || c === '{') {
      flush(c, i);
      i++;
      continue;
    }
    if (c === '}') {
      flush(c, i);
      i++;
      continue;
    }
    if (c === '"' || c === "'") {
      const start = i;
      let j = i + 1;
      let value = '';
      while (j < n && text[j] !== c) {
        if (text[j] === '\\' && j + 1 < n) {
          value += text[j + 1];
          j += 2;
          continue;
        }
        value += text[j];
        j++;
      }
      words.push({ text: value, start, end: Math.min(j + 1, n), quoted: true });
      i = j + 1;
      continue;
    }
    const start = i;
    let value = '';
    while (i < n) {
      const ch = text[i];
      // Inside a token only whitespace, `;` and `{` end it; a `}` is part of the token (N1).
      if (SPACE.has(ch) || ch === ';' || ch === '{') {
        // `${` keeps the brace inside the token (N1).
        if (ch === '{' && text[i - 1] === '$') {
          value += ch;
          i++;
          continue;
        }
        break;
      }
      if (ch === '\\' && i + 1 < n) {
        value += ch + text[i + 1];
        i += 2;
        continue;
      }
      value += ch;
      i++;
    }
    words.push({ text: value, start, end: i, quoted: false });
  }
  return directives;
}

/** Prefix an absolute filesystem path with the prefix root; other values stay as they are. */
export function prefixPath(prefix, p) {
  return p.startsWith('/') ? prefix + p : p;
}

/** Quote a token for nginx if it contains characters nginx would split on. */
function q(s) {
  return /[\s;{}#"'\\]/.test(s) ? `"${s.replace(/(["\\])/g, '\\$1')}"` : s;
}

const PASS = new Set([
  'fastcgi_pass',
  'uwsgi_pass',
  'scgi_pass',
  'grpc_pass',
  'memcached_pass',
  'proxy_pass',
]);
const TEMP_PATHS = [
  'client_body_temp_path',
  'proxy_temp_path',
  'fastcgi_temp_path',
  'uwsgi_temp_path',
  'scgi_temp_path',
];
const SSL_FILES = new Set([
  'ssl_certificate',
  'ssl_certificate_key',
  'ssl_trusted_certificate',
  'ssl_client_certificate',
  'ssl_dhparam',
  'ssl_crl',
  'ssl_password_file',
  'ssl_session_ticket_key',
  'ssl_stapling',
  'ssl_stapling_file',
  'ssl_stapling_verify',
]);
const PREFIXED_ARG0 = new Set(['include', 'root', 'alias', 'working_directory', 'auth_basic_user_file']);

/**
 * Rewrite the address of a `*_pass`/`server` target: only the `unix:` path gets the prefix;
 * loopback TCP ports are mapped through `tcpPorts` (same map as the FPM side).
 */
export function rewriteTarget(value, prefix, tcpPorts) {
  const m = /^((?:[a-z]+:\/\/)?)(unix:)(.*)$/i.exec(value);
  if (m) {
    const rest = m[3];
    return rest.startsWith('/') ? m[1] + m[2] + prefix + rest : value;
  }
  const t = /^((?:[a-z]+:\/\/)?)(127\.0\.0\.1|localhost|\[::1\]):(\d+)(.*)$/i.exec(value);
  if (t && tcpPorts.has(Number(t[3]))) return `${t[1]}127.0.0.1:${tcpPorts.get(Number(t[3]))}${t[4]}`;
  return value;
}

/**
 * Rewrites one nginx file. Returns the new text and the server blocks found, in order.
 * @param {string} text
 * @param {{ prefix: string, file: string, nextPort: () => number, tcpPorts: Map<number, number>,
 *   errorLog: string, accessLog: string, httpInclude?: string }} o
 */
export function rewriteNginx(text, o) {
  const dirs = parseNginx(text);
  /** @type {{ start: number, end: number, text: string }[]} */
  const edits = [];
  const servers = [];
  const roots = [];
  const replace = (d, newText) => edits.push({ start: d.start, end: d.end, text: newText });
  const removed = (d) => `# socklint-reality: removed ${d.name}`;
  for (const d of dirs) {
    const inStream = d.context.includes('stream');
    // Every server block (http, stream, mail) gets a loopback port, so no tree can bind a port
    // of the host; only http ones are requested.
    if (d.name === 'server' && d.block && !d.context.includes('upstream')) {
      const port = o.nextPort();
      const listens = dirs
        .filter((x) => x.name === 'listen' && x.start > d.start && x.start < (d.blockClose ?? Infinity))
        .filter((x) => x.context.length === d.context.length + 1)
        .map((x) => x.args.map((a) => a.text).join(' '));
      servers.push({
        file: o.file,
        ordinal: servers.length,
        port,
        listens,
        http: !inStream && !d.context.includes('mail'),
      });
      edits.push({ start: d.blockOpen + 1, end: d.blockOpen + 1, text: ` listen 127.0.0.1:${port};` });
      continue;
    }
    if (d.name === 'listen') replace(d, removed(d));
    else if (d.name === 'pid' || d.name === 'daemon' || d.name === 'lock_file') replace(d, removed(d));
    else if (TEMP_PATHS.includes(d.name)) replace(d, removed(d));
    else if (SSL_FILES.has(d.name)) replace(d, removed(d));
    else if (d.name === 'error_log') replace(d, `error_log ${q(o.errorLog)} notice;`);
    else if (d.name === 'access_log' && inStream) replace(d, 'access_log off;');
    else if (d.name === 'access_log') replace(d, `access_log ${q(o.accessLog)} socklint_reality;`);
    else if (PREFIXED_ARG0.has(d.name) && d.args[0] && d.args[0].text.startsWith('/')) {
      if (d.name === 'root' || d.name === 'alias') roots.push(d.args[0].text);
      edits.push({
        start: d.args[0].start,
        end: d.args[0].end,
        text: q(prefixPath(o.prefix, d.args[0].text)),
      });
    } else if (d.name === 'root' && d.args[0]) roots.push(d.args[0].text);
    else if ((PASS.has(d.name) || (d.name === 'server' && d.context.at(-1) === 'upstream')) && d.args[0]) {
      const nv = rewriteTarget(d.args[0].text, o.prefix, o.tcpPorts);
      if (nv !== d.args[0].text) edits.push({ start: d.args[0].start, end: d.args[0].end, text: q(nv) });
    } else if (
      d.name === 'fastcgi_param' &&
      d.args[0]?.text === 'SCRIPT_FILENAME' &&
      d.args[1]?.text.startsWith('/')
    ) {
      edits.push({
        start: d.args[1].start,
        end: d.args[1].end,
        text: q(prefixPath(o.prefix, d.args[1].text)),
      });
    } else if (d.name === 'http' && d.block && o.httpInclude) {
      edits.push({ start: d.blockOpen + 1, end: d.blockOpen + 1, text: ` include ${q(o.httpInclude)};` });
    }
  }
  edits.sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return { text: out, servers, roots };
}
