// Minimal Apache httpd configuration reader and the mechanical rewrites the reality tier needs.
//
// httpd reads one logical line at a time (a trailing `\` joins the next physical line), skips lines
// whose first non-blank character is `#`, and splits arguments like ap_getword_conf(): double or
// single quotes group words. `<Section args>` opens a section, `</Section>` closes it. The rewrites
// only move files into the prefix root and the server onto loopback ports; `User`, `Group` and the
// socket targets (apart from the path prefix) are never changed.

/**
 * @typedef {{ text: string, start: number, end: number, quoted: boolean }} Arg
 * @typedef {{ kind: 'directive' | 'open' | 'close', name: string, args: Arg[], start: number,
 *   end: number, context: string[] }} ApacheDirective
 */

/**
 * Split a configuration text into directives with the offsets of every argument in the text.
 * @param {string} text
 * @returns {ApacheDirective[]}
 */
export function parseApache(text) {
  /** @type {ApacheDirective[]} */
  const out = [];
  /** @type {string[]} */
  const stack = [];
  let pos = 0;
  while (pos < text.length) {
    // One logical line: physical lines joined while they end with a backslash.
    let line = '';
    /** @type {number[]} offsets in `text` of each character of `line` */
    const at = [];
    for (;;) {
      let nl = text.indexOf('\n', pos);
      if (nl < 0) nl = text.length;
      let phys = text.slice(pos, nl);
      if (phys.endsWith('\r')) phys = phys.slice(0, -1);
      const cont = phys.endsWith('\\');
      const body = cont ? phys.slice(0, -1) : phys;
      for (let i = 0; i < body.length; i++) at.push(pos + i);
      line += body;
      pos = nl + 1;
      if (!cont || pos >= text.length) break;
    }
    const end = Math.min(pos, text.length);
    const lead = line.length - line.trimStart().length;
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#')) continue;
    // Offset in `text` of a position in `line`; the end of the line is right after its last character.
    const off = (i) => (i < at.length ? at[i] : at.length ? at[at.length - 1] + 1 : end);
    if (trimmed.startsWith('</')) {
      const name = trimmed.slice(2).replace(/>.*$/, '').trim();
      out.push({ kind: 'close', name, args: [], start: off(lead), end, context: [...stack] });
      stack.pop();
      continue;
    }
    if (trimmed.startsWith('<')) {
      const close = line.lastIndexOf('>');
      const inner = close > lead ? line.slice(lead + 1, close) : line.slice(lead + 1);
      const words = splitWords(inner, lead + 1);
      const name = words.shift()?.text ?? '';
      out.push({
        kind: 'open',
        name,
        args: words.map((w) => ({ ...w, start: off(w.start), end: off(w.end) })),
        start: off(lead),
        end,
        context: [...stack],
      });
      stack.push(name.toLowerCase());
      continue;
    }
    const words = splitWords(line, 0);
    const name = words.shift()?.text ?? '';
    out.push({
      kind: 'directive',
      name,
      args: words.map((w) => ({ ...w, start: off(w.start), end: off(w.end) })),
      start: off(lead),
      end,
      context: [...stack],
    });
  }
  return out;
}

/** ap_getword_conf(): words separated by blanks; `"…"` and `'…'` group, `\"` escapes inside. */
function splitWords(s, base) {
  const out = [];
  let i = 0;
  while (i < s.length) {
    while (i < s.length && (s[i] === ' ' || s[i] === '\t')) i++;
    if (i >= s.length) break;
    const q = s[i];
    if (q === '"' || q === "'") {
      let j = i + 1;
      let text = '';
      while (j < s.length && s[j] !== q) {
        if (s[j] === '\\' && (s[j + 1] === q || s[j + 1] === '\\')) j++;
        text += s[j++];
      }
      out.push({ text, start: base + i, end: base + Math.min(j + 1, s.length), quoted: true });
      i = j + 1;
      continue;
    }
    let j = i;
    while (j < s.length && s[j] !== ' ' && s[j] !== '\t') j++;
    out.push({ text: s.slice(i, j), start: base + i, end: base + j, quoted: false });
    i = j;
  }
  return out;
}

/** Quote an argument for httpd when it needs it. */
const q = (s) => (/[\s"']/.test(s) ? `"${s.replace(/(["\\])/g, '\\$1')}"` : s);

/** Directives whose first argument is a file-system path. */
const PATH_ARG0 = new Set(
  [
    'DocumentRoot',
    'PidFile',
    'DefaultRuntimeDir',
    'Include',
    'IncludeOptional',
    'TypesConfig',
    'MIMEMagicFile',
    'ScriptSock',
    'CustomLog',
    'TransferLog',
    'ServerRoot',
  ].map((x) => x.toLowerCase()),
);
/** Directives whose second argument is a file-system path. */
const PATH_ARG1 = new Set(['alias', 'aliasmatch', 'scriptalias', 'scriptaliasmatch', 'define']);
const REMOVED = new Set(
  [
    'Listen',
    'SSLEngine',
    'SSLCertificateFile',
    'SSLCertificateKeyFile',
    'SSLCertificateChainFile',
    'SSLCACertificateFile',
    'SSLCACertificatePath',
  ].map((x) => x.toLowerCase()),
);
/** `unix:/path` inside an argument (`proxy:unix:/p|fcgi://…`, `unix:/p|fcgi://…`). */
const UNIX_ABS = /(^|:)(unix:)(\/)/i;
/** The document-root path FPM receives in `…|fcgi://host/var/www/html/$1`. */
const FCGI_PATH = /(\|fcgi:\/\/[^/]*)(\/)/i;

/** A socket target moved into the prefix: its `unix:` path and the file path of its fcgi URL. */
const prefixTarget = (v, prefix) =>
  UNIX_ABS.test(v) ? v.replace(UNIX_ABS, `$1$2${prefix}$3`).replace(FCGI_PATH, `$1${prefix}$2`) : v;

/**
 * Rewrite one Apache file. Returns the text and its virtual hosts (each gets a loopback port).
 * @param {string} text
 * @param {{ prefix: string, file: string, nextPort: () => number, errorLog: string }} o
 */
export function rewriteApache(text, o) {
  const dirs = parseApache(text);
  /** @type {{ start: number, end: number, text: string }[]} */
  const edits = [];
  const vhosts = [];
  const roots = [];
  const setArg = (a, value) =>
    edits.push({
      start: a.start,
      end: a.end,
      text: a.quoted ? `"${value.replace(/(["\\])/g, '\\$1')}"` : q(value),
    });
  const prefixed = (p) => (p.startsWith('/') ? o.prefix + p : p);
  for (const d of dirs) {
    const name = d.name.toLowerCase();
    if (d.kind === 'open' && name === 'virtualhost' && d.args.length) {
      const port = o.nextPort();
      vhosts.push({ file: o.file, ordinal: vhosts.length, port, addresses: d.args.map((a) => a.text) });
      edits.push({ start: d.args[0].start, end: d.args.at(-1).end, text: `127.0.0.1:${port}` });
      continue;
    }
    if (d.kind === 'open' && name === 'directory' && d.args[0]?.text.startsWith('/')) {
      setArg(d.args[0], prefixed(d.args[0].text));
      continue;
    }
    if (d.kind !== 'directive') {
      for (const a of d.args) if (UNIX_ABS.test(a.text)) setArg(a, prefixTarget(a.text, o.prefix));
      continue;
    }
    if (REMOVED.has(name)) {
      edits.push({ start: d.start, end: d.end, text: `# socklint-reality: removed ${d.name}\n` });
      continue;
    }
    if (name === 'errorlog') {
      edits.push({ start: d.args[0]?.start ?? d.end, end: d.args.at(-1)?.end ?? d.end, text: q(o.errorLog) });
      continue;
    }
    if (name === 'documentroot' && d.args[0]) roots.push(d.args[0].text);
    if (PATH_ARG0.has(name) && d.args[0]?.text.startsWith('/')) setArg(d.args[0], prefixed(d.args[0].text));
    else if (PATH_ARG1.has(name) && d.args[1]?.text.startsWith('/'))
      setArg(d.args[1], prefixed(d.args[1].text));
    else if (name === 'mutex' && /^file:\//.test(d.args[0]?.text ?? ''))
      setArg(d.args[0], `file:${o.prefix}${d.args[0].text.slice(5)}`);
    else for (const a of d.args) if (UNIX_ABS.test(a.text)) setArg(a, prefixTarget(a.text, o.prefix));
  }
  edits.sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return { text: out, vhosts, roots };
}

/**
 * Debian's envvars, read as data (it is a shell file that apache2ctl sources; the tier never runs
 * a tree's shell). Supported: comments, `unset X`, `X=v`, `export X=v`, `export X`, `$X`/`${X}` of
 * earlier assignments, and Debian's own `if [ "${APACHE_CONFDIR##/etc/apache2-}" != … ]` block,
 * decided for the default configuration directory (its `else` branch). Throws on anything else.
 * @param {string} text
 * @returns {Record<string, string>} the exported variables
 */
export function parseEnvvars(text) {
  const vars = { APACHE_CONFDIR: '/etc/apache2' };
  const exported = new Set();
  let skipping = false;
  let inIf = false;
  const expand = (v) =>
    v
      .replace(/^"(.*)"$/, '$1')
      .replace(/^'(.*)'$/, '$1')
      .replace(/\$\{(\w+)\}|\$(\w+)/g, (_, a, b) => vars[a ?? b] ?? '');
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    if (/^if \[ "\$\{APACHE_CONFDIR##\/etc\/apache2-\}" != "\$\{APACHE_CONFDIR\}" \] ?; then$/.test(line)) {
      inIf = true;
      skipping = true;
      continue;
    }
    if (inIf && line === 'else') {
      skipping = false;
      continue;
    }
    if (inIf && line === 'fi') {
      inIf = false;
      skipping = false;
      continue;
    }
    if (skipping) continue;
    let m;
    if ((m = /^unset (\w+)$/.exec(line))) delete vars[m[1]];
    else if ((m = /^(export )?(\w+)=(\S*)$/.exec(line))) {
      vars[m[2]] = expand(m[3]);
      if (m[1]) exported.add(m[2]);
    } else if ((m = /^export ((?:\w+ ?)+)$/.exec(line))) for (const v of m[1].split(' ')) exported.add(v);
    else throw new Error(`envvars: unsupported line: ${line}`);
  }
  return Object.fromEntries([...exported].filter((k) => k in vars).map((k) => [k, vars[k]]));
}

/** httpd's connect failures: `(13)Permission denied: AH02454: FCGI: attempt to connect to Unix domain socket /p (…) failed`. */
export function apacheConnectErrors(log, prefix) {
  const out = [];
  const re =
    /\((\d+)\)([^:]*): (AH02454|AH00957): FCGI: attempt to connect to (?:Unix domain socket )?(\S+)[^\n]*/g;
  for (const m of log.matchAll(re)) {
    out.push({
      errno: Number(m[1]),
      target: m[4].split(prefix).join(''),
      message: m[0].split(prefix).join(''),
    });
  }
  return out;
}
