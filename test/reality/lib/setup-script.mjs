// Reads a scenario's setup.sh as data. It is never executed by a shell: each line must be one of a
// few provisioning commands, and is replayed with argument vectors, paths moved into the prefix
// root, and user/group creation limited to the reserved name prefix.

export const RESERVED_PREFIX = 'sltest-';

/** Split a shell line into words (simple quoting only; no expansions are supported). */
export function shellWords(line) {
  const words = [];
  let cur = '';
  let has = false;
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === quote) quote = '';
      else cur += c;
      continue;
    }
    if (c === '"' || c === "'") {
      quote = c;
      has = true;
    } else if (c === ' ' || c === '\t') {
      if (has || cur) words.push(cur);
      cur = '';
      has = false;
    } else if (c === '#' && !has && !cur) break;
    else {
      cur += c;
      has = true;
    }
  }
  if (quote) throw new Error(`unterminated quote in: ${line}`);
  if (has || cur) words.push(cur);
  return words;
}

/**
 * @typedef {{ op: 'groupadd', name: string, gid?: number, system: boolean }
 *   | { op: 'useradd', name: string, uid?: number, group?: string, groups: string[], userGroup: boolean, system: boolean }
 *   | { op: 'member', user: string, group: string }
 *   | { op: 'mkdir', path: string, mode?: string, parents: boolean }
 *   | { op: 'chmod', path: string, mode: string }
 *   | { op: 'chown', path: string, owner?: string, group?: string }
 *   | { op: 'setfacl', path: string, args: string[] }} SetupOp
 */

/** Take option values of the form `-x V`, `-xV`, `--long V`, `--long=V`. */
function takeOptions(args, withValue, flags) {
  const opts = {};
  const rest = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (!a.startsWith('-') || a === '-') {
      rest.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = eq > 0 ? a.slice(0, eq) : a;
    if (withValue.includes(name)) {
      opts[name] = eq > 0 ? a.slice(eq + 1) : args[++i];
      continue;
    }
    // Combined short flags such as -aG, -rU, -pm 0700.
    if (/^-[a-zA-Z]{2,}$/.test(a)) {
      const letters = a.slice(1).split('');
      for (let k = 0; k < letters.length; k++) {
        const f = `-${letters[k]}`;
        if (withValue.includes(f)) {
          const restOfWord = letters.slice(k + 1).join('');
          opts[f] = restOfWord || args[++i];
          break;
        }
        if (!flags.includes(f)) throw new Error(`unsupported option ${f}`);
        opts[f] = true;
      }
      continue;
    }
    if (!flags.includes(name)) throw new Error(`unsupported option ${name}`);
    opts[name] = true;
  }
  return { opts, rest };
}

const num = (v) => {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v)) throw new Error(`not a number: ${v}`);
  return Number(v);
};

const absPath = (p) => {
  if (!p || !p.startsWith('/') || p.split('/').includes('..')) throw new Error(`path must be absolute: ${p}`);
  return p;
};

/** Parse a setup.sh text into operations; throws with the line on anything unsupported. */
export function parseSetup(text) {
  /** @type {SetupOp[]} */
  const ops = [];
  const lines = text.split('\n');
  for (let ln = 0; ln < lines.length; ln++) {
    const raw = lines[ln].trim();
    if (!raw || raw.startsWith('#')) continue;
    for (const part of raw.split(/\s*&&\s*|\s*;\s*/)) {
      if (!part) continue;
      try {
        ops.push(...parseCommand(shellWords(part)));
      } catch (e) {
        throw new Error(`setup.sh line ${ln + 1}: ${/** @type {Error} */ (e).message}`, { cause: e });
      }
    }
  }
  return ops;
}

function parseCommand(w) {
  if (w.length === 0) return [];
  const [cmd, ...args] = w;
  switch (cmd) {
    case 'set':
    case 'true':
      return [];
    case 'groupadd': {
      const { opts, rest } = takeOptions(args, ['-g', '--gid'], ['-r', '--system', '-f', '--force']);
      if (rest.length !== 1) throw new Error('groupadd needs one name');
      return [{ op: 'groupadd', name: rest[0], gid: num(opts['-g'] ?? opts['--gid']), system: !!opts['-r'] }];
    }
    case 'useradd': {
      const { opts, rest } = takeOptions(
        args,
        [
          '-u',
          '--uid',
          '-g',
          '--gid',
          '-G',
          '--groups',
          '-s',
          '--shell',
          '-d',
          '--home-dir',
          '-c',
          '--comment',
        ],
        ['-r', '--system', '-U', '--user-group', '-N', '--no-user-group', '-M', '--no-create-home', '-m'],
      );
      if (rest.length !== 1) throw new Error('useradd needs one name');
      const group = opts['-g'] ?? opts['--gid'];
      const groups = String(opts['-G'] ?? opts['--groups'] ?? '')
        .split(',')
        .filter(Boolean);
      const noUserGroup = !!(opts['-N'] || opts['--no-user-group']);
      return [
        {
          op: 'useradd',
          name: rest[0],
          uid: num(opts['-u'] ?? opts['--uid']),
          group,
          groups,
          // Debian's login.defs has USERGROUPS_ENAB yes: without -g or -N a same-named group is made.
          userGroup: !group && !noUserGroup,
          system: !!(opts['-r'] || opts['--system']),
        },
      ];
    }
    case 'usermod': {
      const { opts, rest } = takeOptions(args, ['-G', '--groups'], ['-a', '--append']);
      if (!(opts['-a'] || opts['--append'])) throw new Error('usermod only with -a -G (append)');
      if (rest.length !== 1) throw new Error('usermod needs one user');
      return String(opts['-G'] ?? opts['--groups'])
        .split(',')
        .filter(Boolean)
        .map((g) => ({ op: 'member', user: rest[0], group: g }));
    }
    case 'gpasswd': {
      if (args[0] !== '-a' || args.length !== 3) throw new Error('gpasswd only as: gpasswd -a USER GROUP');
      return [{ op: 'member', user: args[1], group: args[2] }];
    }
    case 'mkdir': {
      const { opts, rest } = takeOptions(args, ['-m', '--mode'], ['-p', '--parents']);
      return rest.map((p) => ({
        op: 'mkdir',
        path: absPath(p),
        mode: opts['-m'] ?? opts['--mode'],
        parents: !!(opts['-p'] || opts['--parents']),
      }));
    }
    case 'install': {
      const { opts, rest } = takeOptions(args, ['-m', '-o', '-g'], ['-d']);
      if (!opts['-d']) throw new Error('install only as install -d');
      return rest.flatMap((p) => [
        { op: 'mkdir', path: absPath(p), parents: true },
        ...(opts['-o'] || opts['-g'] ? [{ op: 'chown', path: p, owner: opts['-o'], group: opts['-g'] }] : []),
        { op: 'chmod', path: p, mode: opts['-m'] ?? '0755' },
      ]);
    }
    case 'chmod': {
      if (args.length !== 2 || args[0].startsWith('-')) throw new Error('chmod only as chmod MODE PATH');
      return [{ op: 'chmod', mode: args[0], path: absPath(args[1]) }];
    }
    case 'chown':
    case 'chgrp': {
      if (args.length !== 2 || args[0].startsWith('-')) throw new Error(`${cmd} only as ${cmd} SPEC PATH`);
      if (cmd === 'chgrp') return [{ op: 'chown', group: args[0], path: absPath(args[1]) }];
      const [owner, group] = args[0].split(/[:.]/);
      return [{ op: 'chown', owner: owner || undefined, group: group || undefined, path: absPath(args[1]) }];
    }
    case 'setfacl': {
      const path = args.at(-1);
      const flags = args.slice(0, -1);
      for (const f of flags) {
        if (f.startsWith('-') && !/^-(d|m|b|k|x|dm|-default|-modify)$/.test(f))
          throw new Error(`unsupported setfacl flag ${f}`);
      }
      return [{ op: 'setfacl', path: absPath(path), args: flags }];
    }
    default:
      throw new Error(`unsupported command ${cmd}`);
  }
}
