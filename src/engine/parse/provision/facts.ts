/**
 * Provisioning facts: what Dockerfiles, shell scripts, Ansible tasks and tmpfiles.d lines do to
 * the deployed machine that matters for socket access (accounts, groups, directories, modes,
 * files copied in, symlinks, packages). Each fact keeps the exact location it came from.
 *
 * Paths and names are literal: a value that depends on something unknown (an unset variable,
 * a command substitution) gives no fact. Ansible `{{ … }}` placeholders are kept as written.
 */
import type { Location, Note } from '../../types.js';

export type PackageManager = 'apt' | 'apk' | 'dnf' | 'yum';

export type Fact =
  /** Dockerfile FROM; `stage` is the `AS name`. Facts after it belong to that stage. */
  | { kind: 'from'; image: string; stage?: string; location: Location }
  /**
   * A file or directory put in place: Dockerfile COPY/ADD, Ansible template/copy, shell
   * cp/install. `dest` ends in `/` when it names a directory; Dockerfile destinations are made
   * absolute against `workdir` (the WORKDIR in effect, absent when none was set).
   * `sourceBase` says where the sources are looked up (always set by the readers).
   */
  | {
      kind: 'copy';
      sources: string[];
      dest: string;
      sourceBase?: SourceBase;
      fromStage?: string;
      workdir?: string;
      chown?: string;
      location: Location;
    }
  /**
   * `primaryGroup` as written (a name, or a number for `-g 101`). `maybe`: the command may not
   * create this name (a loop over values or a variable socklint cannot know), so the account is
   * possible, not certain.
   */
  | {
      kind: 'user-add';
      user: string;
      uid?: number;
      primaryGroup?: string;
      groups: string[];
      system: boolean;
      maybe?: boolean;
      location: Location;
    }
  | { kind: 'group-add'; group: string; gid?: number; maybe?: boolean; location: Location }
  /** An existing account changed: `usermod -u 1000 www-data`, `usermod -g g u`. */
  | { kind: 'user-mod'; user: string; uid?: number; primaryGroup?: string; location: Location }
  /** An existing group changed: `groupmod -g 1000 www-data`. */
  | { kind: 'group-mod'; group: string; gid?: number; location: Location }
  /** Supplementary membership (`/etc/group` member list). */
  | { kind: 'member-add'; user: string; group: string; location: Location }
  | { kind: 'symlink'; target: string; link: string; location: Location }
  | { kind: 'mkdir'; path: string; mode?: number; owner?: string; group?: string; location: Location }
  /** `mode` is a number when octal, else the symbolic text (`g+w`). */
  | { kind: 'chmod'; path: string; mode: number | string; recursive: boolean; location: Location }
  | { kind: 'chown'; path: string; owner?: string; group?: string; recursive: boolean; location: Location }
  /**
   * A web server or PHP-FPM config removed by `rm` or Ansible `file: state=absent` (the php
   * image's `zz-docker.conf`, nginx's default site); `path` may be a glob. Other removals are
   * not listed.
   */
  | { kind: 'remove'; path: string; recursive: boolean; location: Location }
  /** `setfacl -d -m u::rwx,g::r-x,o::--- DIR`: the default ACL new files in DIR inherit (K11). */
  | {
      kind: 'default-acl';
      path: string;
      entries: { tag: 'user' | 'group' | 'mask' | 'other'; name?: string; perm: number }[];
      location: Location;
    }
  | { kind: 'install-packages'; manager: PackageManager; packages: string[]; location: Location }
  /** Dockerfile USER, as written (`user` or `user:group`). */
  | { kind: 'user'; user: string; location: Location }
  | { kind: 'env'; name: string; value: string; location: Location }
  | { kind: 'workdir'; path: string; location: Location };

export type FactKind = Fact['kind'];

/**
 * Where copy sources live: the Docker build context; another stage or image (`--from`); the
 * Ansible controller (a role's `templates/` or `files/`, or the playbook directory); or the
 * machine being provisioned (shell `cp`, Ansible `remote_src`).
 */
export type SourceBase = 'build-context' | 'stage' | 'ansible' | 'machine';

export interface ProvisionResult {
  facts: Fact[];
  notes: Note[];
}

/** Configuration directories of nginx, PHP-FPM and Apache (`/etc/nginx/…`, `/usr/local/etc/php-fpm.d/…`). */
const SERVER_CONFIG_DIR =
  /(?:^|\/)(?:etc|usr\/local\/etc|usr\/local\/nginx)\/(?:nginx|php[^/]*|httpd|apache2)(?:\/|$)/;
/** The same files named relative to an unknown directory (`php-fpm.d/zz-docker.conf`). */
const SERVER_CONFIG_FILE =
  /(?:^|\/)(?:(?:php-fpm\.d|pool\.d|sites-available|sites-enabled|conf\.d|snippets)\/[^/]+|(?:nginx|php-fpm|www)\.conf)$/;
/** Files there that do not decide sockets: logs, pid files, php.ini settings. */
const NOT_SERVER_CONFIG = /\.(?:log|pid|sock|ini)$/;

/** A web server or PHP-FPM config path, whose edit by a script the analysis cannot see. */
export function isServerConfigPath(path: string): boolean {
  return !NOT_SERVER_CONFIG.test(path) && (SERVER_CONFIG_DIR.test(path) || SERVER_CONFIG_FILE.test(path));
}

/** Parses an octal mode (`0755`, `755`, `0o755`); undefined when symbolic or invalid. */
export function parseOctalMode(text: string): number | undefined {
  const m = /^(?:0o)?([0-7]{1,4})$/i.exec(text);
  return m ? parseInt(m[1], 8) : undefined;
}

/** Splits `owner:group`, `owner.group` (old chown syntax), `owner:` or `:group`. */
export function splitOwner(spec: string): { owner?: string; group?: string } {
  const sep = spec.includes(':') ? ':' : spec.includes('.') && !spec.startsWith('.') ? '.' : undefined;
  if (!sep) return { owner: spec };
  const at = spec.indexOf(sep);
  const owner = spec.slice(0, at);
  const group = spec.slice(at + 1);
  return { ...(owner ? { owner } : {}), ...(group ? { group } : {}) };
}
