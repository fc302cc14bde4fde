/**
 * Loads a PHP-FPM configuration the way php-fpm 8.2 does (sapi/fpm/fpm/fpm_conf.c): files in
 * reading order, `include=` globs expanded in place, one section state shared by all files,
 * pools re-opened by name, the last assignment winning; then the checks FPM makes before it
 * creates any socket.
 */
import { posix } from 'node:path';
import type { Address, DeployedFile, DeployedFs, FpmConfig, FpmPool, FpmSetting } from '../model.js';
import { locationIn, type Location, type Note, type Span } from '../types.js';
import { listenAddress, tcpPort } from '../parse/fpm/address.js';
import { GLOBAL_KEYS, POOL_ARRAYS, POOL_KEYS, checkValue } from '../parse/fpm/keys.js';
import { parseFpmFile, type EntryLine } from '../parse/fpm/lines.js';
import { hasPlaceholder } from '../templates.js';
import { normalizeDeployed } from './deployed-fs.js';

export interface LoadFpmOptions {
  /** Compile-time prefix: `/usr` for Debian packages, `/usr/local` in the official php images. */
  prefix: string;
  /** Built `--with-fpm-acl`: only then do `listen.acl_users`/`listen.acl_groups` exist. */
  aclSupported: boolean;
  /** The master runs as root, so every pool needs `user` (default true). */
  masterIsRoot?: boolean;
  /** Started with `-R`: pools may run as root (F8). */
  allowRoot?: boolean;
  /** Known values of the master's environment, for `${NAME}` references (S8); others stay unresolved. */
  environment?: Record<string, string>;
}

/** fpm_conf_load_ini_file() refuses a sixth file in the include chain. */
const MAX_INCLUDE_DEPTH = 5;
/** sun_path holds 108 bytes including the NUL; FPM's strlcpy() cuts anything longer (F19). */
const SUN_PATH_MAX = 108;

interface PoolState {
  pool: FpmPool;
  /** Where the pool was first opened, for the problems FPM reports per pool. */
  opened: Location;
  /** The listen string FPM binds (prefixed, not normalised). */
  bound?: string;
}

export function loadFpm(main: DeployedFile, fs: DeployedFs, opts: LoadFpmOptions): FpmConfig {
  const config: FpmConfig = {
    mainPath: main.deployedPath,
    files: [],
    global: new Map(),
    pools: [],
    problems: [],
    notes: [],
  };
  const pools = new Map<string, PoolState>();
  const stack: string[] = [];
  // FPM's current_wp: null is [global]; it survives the end of an included file (F23, X1).
  let current: PoolState | null = null;

  const problem = (message: string, location: Location, whole?: true): void => {
    config.problems.push({ message, location, ...(whole ? { whole } : {}) });
  };
  const note = (level: Note['level'], code: string, message: string, location: Location): void => {
    config.notes.push({ level, code, message, location });
  };

  const readFile = (file: DeployedFile): void => {
    stack.push(file.deployedPath);
    config.files.push(file);
    const at = (span: Span): Location => locationIn(file.file, span);

    for (const line of parseFpmFile(file.file.text, opts.environment)) {
      switch (line.kind) {
        case 'blank':
        case 'comment':
          break;
        case 'invalid':
          problem(line.message, at(line.at));
          break;
        case 'section': {
          if (line.name.toLowerCase() === 'global') {
            current = null;
            break;
          }
          const existing = pools.get(line.name.toLowerCase());
          if (existing) {
            existing.pool.sections.push(at(line.span));
            current = existing;
            break;
          }
          const pool: FpmPool = {
            name: line.name,
            sections: [at(line.span)],
            settings: new Map(),
            assignments: [],
          };
          current = { pool, opened: at(line.span) };
          pools.set(line.name.toLowerCase(), current);
          config.pools.push(pool);
          break;
        }
        case 'entry':
          if (line.key === 'include' && !line.array) include(line, at);
          else applyEntry(line, at);
          break;
      }
    }
    stack.pop();
  };

  const include = (line: EntryLine, at: (span: Span) => Location): void => {
    const location = at(line.span);
    if (line.unresolved.length > 0) {
      note(
        'notice',
        'include-unresolved',
        `include pattern '${line.value}' depends on ${describeVars(line.unresolved)}; not followed`,
        location,
      );
      return;
    }
    if (line.value === '') return;
    if (hasPlaceholder(line.value)) {
      note(
        'notice',
        'include-unresolved',
        `include pattern '${line.value}' depends on a template placeholder whose value is not known; not followed`,
        location,
      );
      return;
    }
    // Relative patterns hang off the prefix, not the including file's directory (F23, I1).
    const pattern = line.value.startsWith('/') ? line.value : `${opts.prefix}/${line.value}`;
    const found = fs.lookup(pattern);
    if (found.status === 'missing') {
      note(
        'notice',
        'include-not-in-repo',
        `'${pattern}' is not in the repository; what it holds is not analysed`,
        location,
      );
      return;
    }
    if (found.status === 'shipped') return;
    if (found.files.length === 0) {
      note('warning', 'include-no-match', `Nothing matches the include pattern '${pattern}'`, location);
      return;
    }
    for (const file of found.files) {
      if (stack.includes(file.deployedPath)) {
        note(
          'warning',
          'include-loop',
          `'${file.deployedPath}' includes itself (through ${stack.join(' → ')})`,
          location,
        );
        problem('failed to include more than 5 files recursively', location);
        return;
      }
      if (stack.length >= MAX_INCLUDE_DEPTH) {
        problem('failed to include more than 5 files recursively', location);
        return;
      }
      readFile(file);
    }
  };

  const applyEntry = (line: EntryLine, at: (span: Span) => Location): void => {
    const location = at(line.span);
    const setting = (key: string, value: string): FpmSetting => ({
      key,
      value,
      raw: line.raw,
      location,
      keyLocation: at(line.keySpan),
      valueLocation: at(line.rawSpan),
      ...(line.unresolved.length > 0
        ? { unresolved: { what: line.unresolved.map((n) => `environment variable \${${n}}`) } }
        : {}),
    });
    // `$pool` is replaced in every pool string and array value (F20).
    const expand = (value: string): string | undefined => {
      if (!value.includes('$pool')) return value;
      return current ? value.split('$pool').join(current.pool.name) : undefined;
    };
    const POOL_UNDEFINED = "Can't use '$pool' when the pool is not defined";

    if (line.array) {
      const { name, key } = line.array;
      const label = `${name}[${key}]`;
      if (name === 'access.suppress_path') {
        if (key !== '') return problem("Keys provided to field 'access.suppress_path' are ignored", location);
        if (!line.value.startsWith('/')) {
          return problem("Values provided to field 'access.suppress_path' must begin with '/'", location);
        }
      } else if (key === '') {
        return problem(`You must provide a key for field '${name}'`, location);
      }
      if (!current) return problem('Array are not allowed in the global section', location);
      const array = POOL_ARRAYS.get(name);
      if (!array) return problem(`unknown directive '${name}'`, location);
      if (name === 'env' && line.value === '') return problem('empty value', location);
      if (array.boolean && checkValue('boolean', line.value)) {
        return problem(`error while parsing '${label}' : invalid boolean value`, location);
      }
      const value = array.boolean ? line.value : expand(line.value);
      if (value === undefined) return problem(`error while parsing '${label}' : ${POOL_UNDEFINED}`, location);
      record(current.pool, label, setting(label, value));
      return;
    }

    const lower = line.key.toLowerCase();
    const known = (current ? POOL_KEYS : GLOBAL_KEYS).get(lower);
    if (!known || (known.acl && !opts.aclSupported)) return problem(`unknown entry '${line.key}'`, location);
    // FPM expands ${VAR} before it checks the value's type (S8): an unknown value is not checked.
    const expanded = setting(line.key, line.value);
    const complaint = expanded.unresolved ? undefined : checkValue(known.type, expanded.value);
    if (complaint) return problem(`unable to parse value for entry '${lower}': ${complaint}`, location);
    const value = known.type === 'string' ? expand(line.value) : line.value;
    if (value === undefined)
      return problem(`unable to parse value for entry '${lower}': ${POOL_UNDEFINED}`, location);
    if (current) record(current.pool, lower, setting(line.key, value));
    else config.global.set(lower, setting(line.key, value));
  };

  readFile(main);
  const states = [...pools.values()];
  for (const state of states) checkPool(state, opts, problem, note);
  checkDistinctListen(states, problem);
  if (states.length === 0) {
    problem(
      'No pool defined. at least one pool section must be specified in config file',
      { file: main.file.path, line: 1, column: 1, endLine: 1, endColumn: 1 },
      true,
    );
  }
  return config;
}

function record(pool: FpmPool, mapKey: string, setting: FpmSetting): void {
  pool.assignments.push(setting);
  pool.settings.set(mapKey, setting);
}

function describeVars(names: string[]): string {
  return names.map((n) => `environment variable \${${n}}`).join(', ');
}

/** What fpm_conf_process_all_pools() and the socket setup refuse, pool by pool. */
function checkPool(
  state: PoolState,
  opts: LoadFpmOptions,
  problem: (message: string, location: Location, whole?: true) => void,
  note: (level: Note['level'], code: string, message: string, location: Location) => void,
): void {
  const { pool, opened } = state;
  const get = (key: string): FpmSetting | undefined => pool.settings.get(key);
  const tag = `[pool ${pool.name}]`;
  const user = get('user');
  if (opts.masterIsRoot ?? true) {
    if (!user) problem(`${tag} user has not been defined`, opened, true);
    else if (user.value === '' && !opts.allowRoot)
      problem(`${tag} please specify user and group other than root`, user.location);
  }

  const listen = get('listen');
  if (!listen || listen.value === '') {
    problem(`${tag} no listen address have been defined!`, listen?.location ?? opened, !listen || undefined);
  } else {
    const { address, bound } = resolveListen(listen, get('prefix'), opts.prefix);
    pool.listen = { address, setting: listen };
    state.bound = bound;
    if (address.kind === 'tcp') {
      const port = tcpPort(address.address);
      if ('invalid' in port) problem(`invalid port value '${port.invalid}'`, listen.valueLocation);
    } else if (address.kind === 'unix' && Buffer.byteLength(address.path) >= SUN_PATH_MAX) {
      const kept = Buffer.from(address.path)
        .subarray(0, SUN_PATH_MAX - 1)
        .toString();
      note(
        'warning',
        'socket-path-truncated',
        `${tag} the socket path is ${Buffer.byteLength(address.path)} bytes; FPM silently binds the first ${SUN_PATH_MAX - 1}: '${kept}'`,
        listen.valueLocation,
      );
    }
  }

  if (!get('pm'))
    problem(`${tag} the process manager is missing (static, dynamic or ondemand)`, opened, true);
  const maxChildren = get('pm.max_children');
  if (!maxChildren) problem(`${tag} pm.max_children must be a positive value`, opened, true);
  else if (!maxChildren.unresolved && Number(maxChildren.value || '0') < 1) {
    problem(`${tag} pm.max_children must be a positive value`, maxChildren.location);
  }

  // ACL names are looked up exactly as written between the commas (F7): a blank after a comma
  // or a trailing comma names a user that does not exist.
  if (opts.aclSupported) {
    for (const [key, what, id] of [
      ['listen.acl_users', 'user', 'uid'],
      ['listen.acl_groups', 'group', 'gid'],
    ] as const) {
      const acl = get(key);
      if (!acl || acl.value === '') continue;
      for (const name of acl.value.split(',')) {
        if (name === '' || name !== name.trim())
          problem(`${tag} cannot get ${id} for ${what} '${name}'`, acl.valueLocation);
      }
    }
  }
}

/**
 * The socket address of a pool, and the string FPM binds. A relative Unix path hangs off the
 * pool's `prefix` when set (even empty), else the prefix (F12); `${VAR}` makes the address
 * unknown.
 */
function resolveListen(
  listen: FpmSetting,
  poolPrefix: FpmSetting | undefined,
  prefix: string,
): { address: Address; bound?: string } {
  if (listen.unresolved) return { address: { kind: 'unresolved', unresolved: listen.unresolved } };
  const address = listenAddress(listen.value);
  if (address.kind !== 'unix') return { address, bound: address.address };
  let path = address.path;
  if (!path.startsWith('/')) {
    let base = poolPrefix ? poolPrefix.value : prefix;
    if (base !== '' && !base.startsWith('/')) base = posix.join(prefix, base);
    path = `${base}/${path}`;
  }
  return { address: { kind: 'unix', path: normalizeDeployed(path) }, bound: path };
}

/**
 * Two pools on one address: FPM compares the strings it binds; two spellings of one Unix path
 * fail later, when the second bind finds the first socket listening.
 */
function checkDistinctListen(
  states: PoolState[],
  problem: (message: string, location: Location) => void,
): void {
  const byString = new Map<string, FpmPool>();
  const byPath = new Set<string>();
  for (const { pool, bound } of states) {
    if (!pool.listen || bound === undefined) continue;
    const first = byString.get(bound);
    const address = pool.listen.address;
    if (first) {
      problem(
        `[pool ${pool.name}] unable to set listen address as it's already used in another pool '${first.name}'`,
        pool.listen.setting.location,
      );
    } else if (address.kind === 'unix' && byPath.has(address.path)) {
      problem(`Another FPM instance seems to already listen on ${bound}`, pool.listen.setting.location);
    }
    byString.set(bound, first ?? pool);
    if (address.kind === 'unix') byPath.add(address.path);
  }
}
