// Minimal Caddyfile lexer and the mechanical rewrites the reality tier needs.
//
// Caddy's lexer: tokens are separated by blanks and newlines; `#` starts a comment only at the start
// of a token; `"…"` groups words (with `\"`), backquotes group raw text; `{` and `}` open and close
// blocks when they stand alone. A top-level block is the global options block (a lone `{` first), a
// snippet `(name)`, or a site whose addresses precede its `{` (a Caddyfile with one site may have no
// braces at all). The rewrites give every site a loopback address, turn the admin endpoint off, and
// move file-system paths (root, import, log files, `unix//` upstreams) into the prefix root.

/**
 * @typedef {{ text: string, start: number, end: number, line: number, quoted: boolean }} CaddyToken
 */

/** @param {string} text @returns {CaddyToken[]} */
export function lexCaddy(text) {
  const out = [];
  let i = 0;
  let line = 1;
  const n = text.length;
  while (i < n) {
    const c = text[i];
    if (c === '\n') {
      line++;
      i++;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
      continue;
    }
    if (c === '#') {
      while (i < n && text[i] !== '\n') i++;
      continue;
    }
    const start = i;
    const startLine = line;
    if (c === '"' || c === '`') {
      let j = i + 1;
      let v = '';
      while (j < n && text[j] !== c) {
        if (c === '"' && text[j] === '\\' && text[j + 1] === '"') j++;
        if (text[j] === '\n') line++;
        v += text[j++];
      }
      out.push({ text: v, start, end: Math.min(j + 1, n), line: startLine, quoted: true });
      i = j + 1;
      continue;
    }
    let j = i;
    while (j < n && !/[\s]/.test(text[j])) j++;
    out.push({ text: text.slice(i, j), start, end: j, line: startLine, quoted: false });
    i = j;
  }
  return out;
}

/** `unix//abs`, `unix+h2c//abs`, `unix/{$V:/abs}`: the address part gets the prefix when absolute. */
export function prefixUnixAddress(tok, prefix) {
  const m = /^(unix(?:\+h2c)?\/)(.*)$/.exec(tok);
  if (!m) return tok;
  const addr = m[2];
  if (addr.startsWith('/')) return m[1] + prefix + addr;
  const ph = /^(\{\$\w+:)(\/.*)$/.exec(addr);
  if (ph) return m[1] + ph[1] + prefix + ph[2];
  return tok;
}

/**
 * Rewrite a Caddyfile. Returns the text and its sites (each gets a loopback port).
 * @param {string} text
 * @param {{ prefix: string, file: string, nextPort: () => number, main?: boolean }} o (main: the
 *   Caddyfile itself, whose global options get `admin off`; false for imported site files)
 */
export function rewriteCaddy(text, o) {
  const toks = lexCaddy(text);
  /** @type {{ start: number, end: number, text: string }[]} */
  const edits = [];
  const sites = [];
  const roots = [];
  const set = (t, v) =>
    edits.push({ start: t.start, end: t.end, text: /[\s"]/.test(v) ? JSON.stringify(v) : v });
  let depth = 0;
  let sawGlobal = false;
  let k = 0;
  const lineStart = (idx) => idx === 0 || toks[idx - 1].line !== toks[idx].line;
  // A site without braces (a Caddyfile with one site) makes the rest of the file its body.
  let braceless = false;
  while (k < toks.length) {
    const t = toks[k];
    if (depth === 0 && !braceless && !t.quoted && t.text === '{' && k === 0 && o.main !== false) {
      sawGlobal = true;
      edits.push({ start: t.end, end: t.end, text: '\n\tadmin off' });
      depth = 1;
      k++;
      // Inside the global block: an `admin` line of the tree is commented out (ours wins).
      while (k < toks.length && depth > 0) {
        const g = toks[k];
        if (g.text === '{' && !g.quoted) depth++;
        else if (g.text === '}' && !g.quoted) depth--;
        else if (depth === 1 && g.text === 'admin' && lineStart(k))
          edits.push({ start: g.start, end: g.start, text: '# ' });
        k++;
      }
      continue;
    }
    if (!t.quoted && t.text === '{') {
      depth++;
      k++;
      continue;
    }
    if (!t.quoted && t.text === '}') {
      depth = Math.max(0, depth - 1);
      k++;
      continue;
    }
    if (depth === 0 && !braceless && !t.quoted && /^\(.*\)$/.test(t.text)) {
      k++; // a snippet: its block follows and is walked like a site body
      continue;
    }
    if (depth === 0 && !braceless && t.text !== 'import') {
      // Site addresses: the tokens of this line up to a `{`.
      const first = k;
      let last = k;
      while (
        last + 1 < toks.length &&
        toks[last + 1].line === toks[first].line &&
        toks[last + 1].text !== '{'
      )
        last++;
      const port = o.nextPort();
      sites.push({
        file: o.file,
        ordinal: sites.length,
        port,
        addresses: toks.slice(first, last + 1).map((x) => x.text),
      });
      edits.push({ start: toks[first].start, end: toks[last].end, text: `http://127.0.0.1:${port}` });
      k = last + 1;
      if (toks[k]?.text === '{' && !toks[k].quoted) {
        depth = 1;
        k++;
      } else braceless = true;
      continue;
    }
    if (lineStart(k)) {
      directiveLine(k);
      k = nextLine(k);
      continue;
    }
    k++;
  }
  if (!sawGlobal && o.main !== false) edits.push({ start: 0, end: 0, text: '{\n\tadmin off\n}\n' });
  edits.sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return { text: out, sites, roots };

  /** Index of the first token on a later line (braces on this line are counted). */
  function nextLine(idx) {
    let j = idx;
    const ln = toks[idx].line;
    while (j < toks.length && toks[j].line === ln) {
      if (!toks[j].quoted && toks[j].text === '{') depth++;
      else if (!toks[j].quoted && toks[j].text === '}') depth = Math.max(0, depth - 1);
      j++;
    }
    return j;
  }

  /** The rewrites of one directive line: paths of root/import/log files, unix upstreams. */
  function directiveLine(idx) {
    const ln = toks[idx].line;
    const line = [];
    for (let j = idx; j < toks.length && toks[j].line === ln; j++) line.push(toks[j]);
    const name = line[0].text;
    const args = line.slice(1).filter((x) => x.quoted || (x.text !== '{' && x.text !== '}'));
    if (name === 'root' && args.length) {
      const p = args.at(-1);
      if (p.text.startsWith('/')) {
        roots.push(p.text);
        set(p, o.prefix + p.text);
      }
    } else if (name === 'import' && args[0]?.text.startsWith('/')) set(args[0], o.prefix + args[0].text);
    else if (name === 'output' && args[0]?.text === 'file' && args[1]?.text.startsWith('/'))
      set(args[1], o.prefix + args[1].text);
    for (const a of args) {
      const v = prefixUnixAddress(a.text, o.prefix);
      if (v !== a.text) set(a, v);
    }
  }
}

/** Caddy's dial failures as logged (JSON): `dialing backend: dial unix /p: connect: permission denied`. */
export function caddyConnectErrors(log, prefix) {
  const out = [];
  const ERRNO = {
    'permission denied': 13,
    'no such file or directory': 2,
    'connection refused': 111,
    'not a directory': 20,
  };
  for (const line of log.split('\n')) {
    if (!line.includes('"level":"error"')) continue;
    const m = /"msg":"([^"]*)"/.exec(line);
    if (!m || !/dial|backend|upstream/.test(m[1])) continue;
    const d = /dial unix ([^:]*): connect: ([a-z ]+)/.exec(m[1]);
    out.push({
      errno: d ? (ERRNO[d[2]] ?? null) : null,
      target: d ? d[1].split(prefix).join('') : null,
      message: m[1].split(prefix).join(''),
    });
  }
  return out;
}
