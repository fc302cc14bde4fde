/**
 * The resolved model: what the readers and the topology produce and what the rules consume.
 * Each reader owns the types of its own syntax tree (parse/…); these are the types that cross
 * module boundaries.
 */
import type { Location, Note, Origin, SourceFile, Unresolved } from './types.js';

/* ------------------------------------------------------------------ deployed filesystem */

/** A file as it lands on the deployed machine. */
export interface DeployedFile {
  /** Absolute, normalised deployed path (`/var/run` already folded to `/run`). */
  deployedPath: string;
  file: SourceFile;
  /**
   * Set when the file is not from the repository but one the distribution or image ships,
   * whose content socklint knows (e.g. the php image's `zz-docker.conf`). Says which.
   */
  builtin?: string;
  /** Set when the repository file could not be read (binary, too large, not UTF-8): why. */
  unreadable?: string;
}

export type LookupResult =
  | { status: 'found'; files: DeployedFile[] }
  /** The distribution or image ships it; its content is irrelevant to sockets (mime.types, fastcgi_params…). */
  | { status: 'shipped'; description: string }
  /** Not in the repository and not a known shipped file: the analysis is incomplete there. */
  | { status: 'missing' };

/** The deployed view of one deployment unit's files. */
export interface DeployedFs {
  /**
   * Look up an absolute deployed path or glob pattern (`*`, `?`, `[…]` as glob(3)).
   * Found files are sorted by deployed path in byte order, as glob(3) returns them.
   * A glob with no match in the repository and nothing shipped is `found` with no files.
   */
  lookup(pattern: string): LookupResult;
}

/* ------------------------------------------------------------------ addresses */

export type Address =
  | { kind: 'unix'; path: string }
  | { kind: 'tcp'; address: string }
  | { kind: 'unresolved'; unresolved: Unresolved };

/* ------------------------------------------------------------------ nginx */

/** The web servers socklint reads. A fourth plugs in with a loader that yields a `WebServerConfig`. */
export type WebServerKind = 'nginx' | 'apache' | 'caddy';

export type NginxClientDirective =
  'fastcgi_pass' | 'uwsgi_pass' | 'scgi_pass' | 'grpc_pass' | 'memcached_pass' | 'proxy_pass';

/** One place where a web server connects to a socket. */
export interface SocketClient {
  server: WebServerKind;
  /**
   * The directive that connects, as the server names it: nginx `fastcgi_pass`…, Apache
   * `SetHandler`, `ProxyPass`, `ProxyPassMatch`, `BalancerMember`; Caddy `php_fastcgi`, `reverse_proxy`.
   */
  directive: string;
  /** nginx: `http` or `stream` (stream `proxy_pass unix:`); other servers: `http`. */
  context: 'http' | 'stream';
  /** The whole `*_pass` directive. */
  location: Location;
  /** The argument that names the target (on the upstream `server` line when through an upstream). */
  targetLocation: Location;
  /** The argument as written (after nginx's unescaping). */
  raw: string;
  target: Address;
  /** Set when the target came from an upstream block's `server` entry. */
  upstream?: { name: string; serverLocation: Location };
  /** Set when the target came from a literal `set` or `map` of the variable in `raw`. */
  variable?: { name: string; location: Location };
}

/** nginx `user NAME [GROUP]`, Apache `User`/`Group`: who the workers run as, as written. */
export interface UserDirective {
  user: string;
  /** The group as written; absent when omitted (nginx then uses the group named like the user). */
  group?: string;
  location: Location;
  /** Apache: where `Group` was written, when it is on another line than `User`. */
  groupLocation?: Location;
}

export type NginxUserDirective = UserDirective;

export interface ConfigProblem {
  /** What the program itself would say, as close to its own words as possible. */
  message: string;
  location: Location;
  /**
   * Set when the problem holds only if the files read are the whole configuration (no pool, a
   * pool without user or pm): not certain when a main file or an include was not read.
   */
  whole?: true;
}

/** What every web server's loader yields: the files it reads, who it says it runs as, its socket clients. */
export interface WebServerConfig {
  server: WebServerKind;
  /** Deployed path of the main file. */
  mainPath: string;
  /** Every file read, in reading order, with the deployed path it was read as. */
  files: DeployedFile[];
  user?: UserDirective;
  clients: SocketClient[];
  /** What nginx would refuse to start with (syntax errors, `user 33;`, too long unix paths…). */
  problems: ConfigProblem[];
  notes: Note[];
  /** Includes of files the distribution or image ships (mime.types, fastcgi_params…), not read. */
  shippedIncludes?: { path: string; description: string; location: Location }[];
}

export interface NginxConfig extends WebServerConfig {
  server: 'nginx';
  /** Each include pattern with a wildcard, once, where first written: what a directory's files must match to load. */
  globIncludes?: { pattern: string; location: Location }[];
  /** Why the files read may not be all nginx loads (a site read on its own, includes not in the repository). */
  partial?: string;
}

/* ------------------------------------------------------------------ PHP-FPM */

export interface FpmSetting {
  /** The key as written (e.g. `LISTEN.OWNER` or `php_value[memory_limit]`). */
  key: string;
  /**
   * The value as FPM sees it: comment stripped, trimmed, quotes removed, escapes processed,
   * bare keywords converted (`none`/`off`/`no`/`false`/`null` → '', `yes`/`on`/`true` → '1'),
   * `$pool` expanded. `${VAR}` references are left in place and listed in `unresolved`.
   */
  value: string;
  /** The value text exactly as written on the line (without the comment). */
  raw: string;
  /** The whole line, without its line ending. */
  location: Location;
  keyLocation: Location;
  /** The raw value; an empty span right after `=` when the value is empty. */
  valueLocation: Location;
  unresolved?: Unresolved;
}

export interface FpmPool {
  /** The name as first written. */
  name: string;
  /** Every `[name]` header that opened or re-opened the pool, in reading order. */
  sections: Location[];
  /** Effective settings: scalar keys lower-cased, array keys as written; the last assignment wins. */
  settings: Map<string, FpmSetting>;
  /** Every assignment applied to the pool, in reading order. */
  assignments: FpmSetting[];
  /** From the effective `listen`; absent when the pool has none (FPM then refuses to start). */
  listen?: { address: Address; setting: FpmSetting };
}

export interface FpmConfig {
  /** Deployed path of the main file (php-fpm.conf). */
  mainPath: string;
  files: DeployedFile[];
  global: Map<string, FpmSetting>;
  pools: FpmPool[];
  /** What FPM would refuse to start with (a `#` line, an unknown key, a pool key in [global]…). */
  problems: ConfigProblem[];
  notes: Note[];
}

/* ------------------------------------------------------------------ identities */

export interface Account {
  name: string;
  uid?: number;
  /** Name of the primary group, when known. */
  primaryGroup?: string;
  origin: Origin;
}

export interface Group {
  name: string;
  gid?: number;
  /** Users listed as members in /etc/group (supplementary membership). */
  members: string[];
  origin: Origin;
  /** Where each member was added, when it came from the repository. */
  memberOrigins?: Map<string, Origin>;
}

/** The users and groups of one machine (host or image). */
export interface IdentityDb {
  /** What the database was built from, e.g. `Debian 12`, `php:8.2-fpm (Debian)`, `nginx:1.27-alpine`. */
  base: string;
  users: Map<string, Account>;
  groups: Map<string, Group>;
}

/* ------------------------------------------------------------------ directories */

/** What is known of a directory on the deployed machine. */
export interface DirectoryFact {
  path: string;
  mode?: number;
  owner?: string;
  group?: string;
  setgid?: boolean;
  /** The default ACL new files inherit: `user::`, `group::`, `other::`, `mask::` and named entries. */
  defaultAcl?: { tag: 'user' | 'group' | 'mask' | 'other'; name?: string; perm: number }[];
  origin: Origin;
}
