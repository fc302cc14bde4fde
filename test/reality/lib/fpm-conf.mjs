// Line-based rewrites of PHP-FPM ini files (FPM parses one line at a time, semantics S1).
//
// Only file locations move into the prefix root: `include`, unix `listen` paths, `pid`,
// `error_log`, log and directory keys. `listen.owner/group/mode/acl_*`, `user`, `group` and every
// other line stay byte for byte, including broken ones (a `#` line must still break FPM, S2).

const PATH_KEYS = new Set([
  'include',
  'pid',
  'error_log',
  'slowlog',
  'access.log',
  'prefix',
  'chdir',
  'chroot',
  'listen',
  'pm.status_listen',
]);

/**
 * Split `key = value ;comment` into parts, keeping the raw text so the line can be rebuilt.
 * Returns null for lines that are not plain assignments (sections, comments, broken lines).
 */
export function splitAssignment(line) {
  const m = /^(\s*)([^=;[\s][^=]*?)(\s*=\s*)(.*)$/.exec(line);
  if (!m) return null;
  const rest = m[4];
  // The value ends at the first `;` outside quotes (S2).
  let end = rest.length;
  let quote = '';
  for (let i = 0; i < rest.length; i++) {
    const c = rest[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === ';') {
      end = i;
      break;
    }
  }
  const rawValue = rest.slice(0, end).replace(/\s+$/, '');
  return { indent: m[1], key: m[2].trim(), eq: m[3], rawValue, tail: rest.slice(rawValue.length) };
}

/**
 * Paths that are a process's own standard streams (the php images log to `/proc/self/fd/2`). The
 * servers' stderr here is a socket, which open() refuses (ENXIO), so they write to the error log.
 */
const OWN_STREAM = /^\/(proc\/self\/fd\/\d+|dev\/std(err|out))$/;

/** The value without surrounding quotes, and a function that re-applies them. */
function unquote(raw) {
  const m = /^(["'])(.*)\1$/.exec(raw);
  return m ? { value: m[2], wrap: (v) => m[1] + v + m[1] } : { value: raw, wrap: (v) => v };
}

/** FPM's own test for a TCP listen value (F11): contains ':' or only digits. */
export function isTcpListen(v) {
  return v.includes(':') || /^\d+$/.test(v);
}

/**
 * @param {string} text
 * @param {{ prefix: string, isMain: boolean, errorLog: string, pidFile: string,
 *   tcpPort: (orig: number) => number }} o
 */
export function rewriteFpm(text, o) {
  const lines = text.split('\n');
  let section = '';
  let sawGlobal = false;
  const out = [];
  for (const full of lines) {
    // Keep a CRLF line ending as it is; the rest of the line is rewritten without it.
    const cr = full.endsWith('\r') ? '\r' : '';
    const line = cr ? full.slice(0, -1) : full;
    const push = (l) => out.push(l + cr);
    const sec = /^\s*\[([^\]]*)\]/.exec(line);
    if (sec) {
      section = sec[1].trim().toLowerCase();
      push(line);
      if (o.isMain && section === 'global' && !sawGlobal) {
        sawGlobal = true;
        // Our log and pid come first; the tree's own `pid`/`error_log` lines below are
        // re-pointed at the same files, so the last assignment (S7) is still ours.
        out.push(`error_log = ${o.errorLog}`, `pid = ${o.pidFile}`);
      }
      continue;
    }
    const a = splitAssignment(line);
    if (!a) {
      push(line);
      continue;
    }
    const key = a.key.toLowerCase();
    const isArrayLog = /^php_(admin_)?value\[error_log\]$/i.test(a.key);
    if (!PATH_KEYS.has(key) && !isArrayLog) {
      push(line);
      continue;
    }
    // `include` must be lowercase to be an include at all (F22); leave other spellings alone.
    if (key === 'include' && a.key !== 'include') {
      push(line);
      continue;
    }
    const { value, wrap } = unquote(a.rawValue);
    let nv = value;
    if (section === 'global' && key === 'error_log') nv = o.errorLog;
    else if (section === 'global' && key === 'pid') nv = o.pidFile;
    else if ((key === 'listen' || key === 'pm.status_listen') && isTcpListen(value)) {
      const m = /^(?:(.*):)?(\d+)$/.exec(value);
      if (m) nv = `127.0.0.1:${o.tcpPort(Number(m[2]))}`;
      // Not a valid TCP address (e.g. a path with ':'): FPM rejects it; keep it inside the prefix.
      else if (value.startsWith('/')) nv = o.prefix + value;
    } else if (OWN_STREAM.test(value)) nv = o.errorLog;
    else if (value.startsWith('/')) nv = o.prefix + value;
    push(a.indent + a.key + a.eq + wrap(nv) + a.tail);
  }
  if (o.isMain && !sawGlobal) out.unshift('[global]', `error_log = ${o.errorLog}`, `pid = ${o.pidFile}`);
  return out.join('\n');
}

/**
 * Safety net: the absolute paths a rewritten FPM file still points at outside the prefix root.
 * A run with any of them is refused, so that a tree the rewrite did not understand can never
 * bind or unlink a socket of the host.
 */
export function pathsOutsidePrefix(text, prefix) {
  const bad = [];
  for (const raw of text.split('\n')) {
    const a = splitAssignment(raw.replace(/\r$/, ''));
    if (!a) continue;
    const key = a.key.toLowerCase();
    if (!PATH_KEYS.has(key) && !key.endsWith('listen') && !/^php_(admin_)?value\[error_log\]$/.test(key))
      continue;
    const v = unquote(a.rawValue).value;
    if (v.startsWith('/') && !v.startsWith(prefix + '/')) bad.push(`${a.key} = ${v}`);
  }
  return bad;
}

/**
 * The pools a set of FPM files defines, with their effective `listen` (last assignment wins,
 * sections re-open case-insensitively, `$pool` expands; F20, F22, S7). Files must be given in
 * the order FPM reads them. Used for reporting only.
 */
export function poolListens(texts) {
  const pools = new Map();
  let cur = null;
  for (const text of texts) {
    for (const line of text.split(/\r?\n/)) {
      const sec = /^\s*\[([^\]]*)\]/.exec(line);
      if (sec) {
        const name = sec[1].trim();
        cur = name.toLowerCase() === 'global' ? null : name.toLowerCase();
        if (cur && !pools.has(cur)) pools.set(cur, { name, listen: '' });
        continue;
      }
      const a = splitAssignment(line);
      if (!a || !cur || a.key.toLowerCase() !== 'listen') continue;
      const p = pools.get(cur);
      p.listen = unquote(a.rawValue).value.replaceAll('$pool', p.name);
    }
  }
  return [...pools.values()];
}
