/**
 * Provisioning facts: what Dockerfiles, shell scripts, Ansible tasks and tmpfiles.d lines do to
 * the deployed machine that matters for socket access (accounts, groups, directories, modes,
 * files copied, written, edited, moved or removed, symlinks, packages, who runs the servers).
 * Each fact keeps the exact location it came from, and facts are listed in the order they
 * take effect.
 *
 * Paths and names are literal: a value that depends on something unknown (an unset variable,
 * a command substitution) gives no fact, or a fact that says so (`unknown-account`,
 * `unknown-content`, an unknown part of written text). Ansible `{{ … }}` placeholders are kept
 * as written.
 *
 * Certain or possible: a fact with `maybe: true` may not happen. The command that gives it runs
 * only on a condition socklint cannot decide (an `if` on the machine's state, `a || b`, a loop
 * over values it does not know, a `case` on an unknown word); without `maybe` it happens
 * whenever the script runs to its end.
 */
import type { Location, Note } from '../../types.js';
import type { TextPart } from './content.js';
import type { SedEdit } from './sed.js';
import type { MappedText } from './text.js';

export type PackageManager = 'apt' | 'apk' | 'dnf' | 'yum';

/** What every fact carries. */
export interface FactBase {
  location: Location;
  /** The fact may not happen (see above). */
  maybe?: true;
  /** Done when the container starts (an ENTRYPOINT script), not while the image is built. */
  atStart?: true;
}

export type Fact = FactBase &
  /**
   * Dockerfile FROM; `stage` is the `AS name`. Facts after it belong to that stage. `unknown`
   * names what the image reference depends on when a build argument has no value.
   */
  (
    | { kind: 'from'; image: string; stage?: string; unknown?: string[] }
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
        /** `COPY --from=`: a stage of the same Dockerfile (by name or index)… */
        fromStage?: string;
        /** …or another image, whose files socklint does not have. */
        fromImage?: string;
        workdir?: string;
        chown?: string;
        /** `COPY --chmod`, as written. */
        chmod?: string;
        /** `COPY --parents`: each source keeps its path below the context under `dest`. */
        parents?: true;
      }
    /**
     * A Dockerfile COPY/ADD, or a shell `cp`/`install` of files of the machine, whose destination
     * depends on a value socklint cannot know (`${POOL_DIR}/zz-socket.conf` with POOL_DIR unset,
     * `cp site.conf "$DIR/"`): its files land somewhere unknown. `dest` as written; `prefix` the
     * absolute directory known before the first unknown part, absent when the path may be
     * anywhere; `unknown` the names it depends on.
     */
    | {
        kind: 'copy-unknown-dest';
        instruction: 'COPY' | 'ADD' | 'cp' | 'install';
        sources: string[];
        dest: string;
        prefix?: string;
        unknown: string[];
        sourceBase: 'build-context' | 'stage' | 'machine';
      }
    /**
     * Text a shell command writes to a path that depends on a value socklint cannot know
     * (`echo "$block" > "/etc/nginx/sites-available/$1"`): what the file holds is known, where it
     * lands is not. Only text that may configure a server is kept. `how` is the command (`>`,
     * `>>`, `tee`); `dest`, `prefix` and `unknown` as for `copy-unknown-dest`; `sourced` names
     * the files the script sourced before, that socklint does not have (they may set the values).
     */
    | {
        kind: 'write-unknown-dest';
        how: string;
        dest: string;
        prefix?: string;
        unknown: string[];
        sourced?: string[];
        content: TextPart[];
        append: boolean;
      }
    /** `primaryGroup` as written (a name, or a number for `-g 101`). */
    | {
        kind: 'user-add';
        user: string;
        uid?: number;
        primaryGroup?: string;
        groups: string[];
        system: boolean;
      }
    | { kind: 'group-add'; group: string; gid?: number }
    /** An existing account changed: `usermod -u 1000 www-data`, `usermod -g g u`. */
    | { kind: 'user-mod'; user: string; uid?: number; primaryGroup?: string }
    /** An existing group changed: `groupmod -g 1000 www-data`. */
    | { kind: 'group-mod'; group: string; gid?: number }
    /** Supplementary membership (`/etc/group` member list). */
    | { kind: 'member-add'; user: string; group: string }
    | { kind: 'symlink'; target: string; link: string }
    | ApacheEnable
    | { kind: 'mkdir'; path: string; mode?: number; owner?: string; group?: string }
    /**
     * `mode` is a number when octal, else the symbolic text (`g+w`). `keepsSpecial`: an octal mode
     * of at most four digits, with which GNU chmod keeps the set-user-ID and set-group-ID bits a
     * directory has (`chmod 0770` on a 2775 directory gives 2770); five or more (`00770`) clear them.
     */
    | { kind: 'chmod'; path: string; mode: number | string; recursive: boolean; keepsSpecial?: true }
    | { kind: 'chown'; path: string; owner?: string; group?: string; recursive: boolean }
    /**
     * A web server or PHP-FPM config removed by `rm` or Ansible `file: state=absent` (the php
     * image's `zz-docker.conf`, nginx's default site); `path` may be a glob. Other removals are
     * not listed.
     */
    | { kind: 'remove'; path: string; recursive: boolean }
    /** `setfacl -d -m u::rwx,g::r-x,o::--- DIR`: the default ACL new files in DIR inherit (K11). */
    | {
        kind: 'default-acl';
        path: string;
        entries: { tag: 'user' | 'group' | 'mask' | 'other'; name?: string; perm: number }[];
      }
    | { kind: 'install-packages'; manager: PackageManager; packages: string[] }
    /** Dockerfile USER, as written (`user` or `user:group`). */
    | { kind: 'user'; user: string }
    | { kind: 'env'; name: string; value: string }
    | { kind: 'workdir'; path: string }
    /** Text a command writes into a file (`echo … > f`, a heredoc, `tee`, `COPY <<EOF`); `append` for `>>`. */
    | { kind: 'write-file'; path: string; content: TextPart[]; append: boolean }
    /** `sed -i` on a file (a script socklint cannot read gives `unknown-content` instead); `how` quotes the command. */
    | { kind: 'edit-file'; path: string; script: SedEdit; how: string }
    /** `envsubst [SHELL-FORMAT] < source > dest`: `variables` lists SHELL-FORMAT's names, when given. */
    | {
        kind: 'envsubst';
        source: string;
        dest: string;
        variables?: string[];
        /** The command's environment: known values, names set to unknown values, what other names hold. */
        environment: { known: Record<string, string>; unknown: string[]; unset: 'empty' | 'unknown' };
      }
    | { kind: 'move'; from: string; to: string }
    /** A file whose content socklint cannot know (`curl -o`, an unreadable edit, `ADD` of a URL). */
    | {
        kind: 'unknown-content';
        path: string;
        reason: string;
        /** The template the file is rendered from at the machine's path, when one is named. */
        template?: string;
      }
    /** Accounts created with a name socklint cannot know (`useradd "$u"` with `$u` unknown). */
    | { kind: 'unknown-account'; account: 'user' | 'group'; expression: string }
    /**
     * A server started under another user: `gosu`, `su-exec`, `s6-setuidgid`, `su -c`, `runuser`,
     * `sudo -u`, supervisord `user=`. `program` is the command started (`php-fpm`, `nginx`).
     */
    | { kind: 'run-as'; user: string; group?: string; program: string; via: string }
    /**
     * php-fpm started with options that change its master: `-R` (`--allow-to-run-as-root`), so
     * that its pools may run as root (F8), or `-y FILE` (`--fpm-config`), its main file.
     */
    | { kind: 'fpm-start'; program: string; allowRoot?: string; config?: string }
    /**
     * Dockerfile ENTRYPOINT and CMD: the shell form is `[...SHELL, text]`. `words` maps each
     * argument to where it is written (the shell itself, which is not written, to the instruction).
     */
    | { kind: 'entrypoint' | 'cmd'; argv: string[]; words: MappedText[]; shellForm: boolean }
  );

export type FactKind = Fact['kind'];

/**
 * Debian's `a2enmod`/`a2enconf`/`a2ensite` (`enable`) and `a2dismod`/`a2disconf`/`a2dissite`:
 * the links they make or remove in `CONFDIR/*-enabled/`, decided against the machine's files
 * when the fact is applied (`resolve/apache-enable.ts`). `names` as given, suffix dropped (a glob
 * picks among the available ones); `unknown` are names whose value socklint cannot know.
 */
export interface ApacheEnable {
  kind: 'apache-enable';
  enable: boolean;
  what: 'mod' | 'conf' | 'site';
  names: string[];
  unknown: string[];
  /** `-f`: disable a module together with those that depend on it, or an essential one. */
  force: boolean;
  confDir: string;
}

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
