/**
 * The shape of the platform catalog: what a distribution, an image or a package brings before
 * the repository adds anything. Every fact carries the source it was taken from, so that a
 * verdict resting on it can say why it is known.
 */
import type { DirectoryFact } from '../model.js';

/**
 * How a fact is known:
 * - `packaged`: read in the packaging itself (a Dockerfile, a spec file, an APKBUILD, a package script);
 * - `observed`: seen on an installed package (file contents, maintainer scripts);
 * - `secondary`: reported by another source (copies of the file, documentation), not checked against the package;
 * - `reasoned`: follows from facts of the other kinds (the reasoning is in the text).
 */
export type Evidence = 'packaged' | 'observed' | 'secondary' | 'reasoned';

export interface Source {
  evidence: Evidence;
  /** What and where: a repository path at a commit with its URL, or a package and version. */
  ref: string;
}

export interface BuiltinFile {
  deployedPath: string;
  text: string;
  /** The package that ships it, when not the one whose flavour lists it (Debian's phpX.Y-fpm.conf for Apache). */
  shippedBy?: string;
}

export interface NginxFlavour {
  /** e.g. "Debian's nginx package". */
  description: string;
  /** The main file the package or image ships (its `user` line and includes). */
  main: BuiltinFile;
  /** Other files it ships that can hold socket clients, read like the repository's own. */
  files: BuiltinFile[];
  /**
   * Links the package creates: deployed path → target. Debian's postinst links
   * `sites-enabled/default` to `sites-available/default` on the first install.
   */
  links: { link: string; target: string }[];
  /** Files it ships whose content never holds a socket client (include targets that are fine). */
  shipped: string[];
  /** Compiled default user and group when nginx.conf has no `user` (N3). */
  compiledUser: string;
  compiledGroup: string;
  masterIsRoot: boolean;
  source: Source;
}

/** What starts the PHP-FPM master, which decides what the service unit adds around it. */
export interface FpmStart {
  /** `systemd` or `openrc`: the package's service on a host; `container`: the image's command (`php-fpm -F`, supervisord, s6…). */
  by: 'systemd' | 'openrc' | 'container';
  description: string;
  /** The service has its own /tmp and /var/tmp (PrivateTmp=true): a socket there is not the clients' (Y5). */
  privateTmp: boolean;
}

/**
 * Debian's `/run/php/php-fpm.sock` alternatives link (Y4). Only the systemd unit's
 * `ExecStartPost=php-fpm-socket-helper install` creates it, pointing at the socket of the
 * `listen` line of `poolFile`; the highest `priority` (the newest PHP) wins.
 */
export interface SocketAlias {
  path: string;
  poolFile: string;
  priority: number;
  /** Whether the installation has the link, and why (or why not). */
  exists: boolean;
  why: string;
  source: Source;
}

export interface FpmFlavour {
  description: string;
  main: BuiltinFile;
  /** Pool files it ships, read like the repository's own (the php image's docker.conf…). */
  pools: BuiltinFile[];
  /** nginx files the FPM package ships (RHEL's php-fpm: `upstream php-fpm` and a PHP location). */
  nginxFiles?: BuiltinFile[];
  /**
   * Whether a repository that puts its own files in the pool directory replaces the shipped
   * pools there (a host or package directory the repository manages) or adds to them (an
   * image's files, which stay unless removed).
   */
  poolsReplaceable: boolean;
  /** Compile-time prefix: relative `include` and `listen` paths start here (F12, F23). */
  prefix: string;
  aclSupported: boolean;
  /** The PHP version (`8.2`, or `8.2.12` when the image tag names it), when known. */
  version?: string;
  /** Directories the package or its service creates (Debian's /run/php, RHEL's /run/php-fpm under systemd). */
  directories: DirectoryFact[];
  start: FpmStart;
  /** Debian's `php-fpm.sock` alias, on flavours whose packaging has one. */
  alias?: SocketAlias;
  source: Source;
}

/**
 * A web server other than nginx that a platform brings. Its files and defaults are described by
 * that server's own module; the catalog says which packaging it is and where that is known from.
 */
export interface PackagedServer {
  /** `debian`: Debian/Ubuntu's package; `rhel`: the RHEL/Fedora package; `alpine`: Alpine's; `upstream`: built from the release tarball (the official `httpd` image); `image`/`image-rootless`: the official `caddy` images. */
  layout: 'debian' | 'rhel' | 'alpine' | 'upstream' | 'image' | 'image-rootless';
  description: string;
  /** The account the server's processes run as with the stock configuration. */
  user: string;
  /** For Apache: PHP runs inside it through mod_php (the php:*-apache images), not through FPM. */
  modPhp?: boolean;
  source: Source;
}

export interface BaseSystem {
  /** e.g. "Debian 12", "php:8.2-fpm (Debian)". */
  description: string;
  family: 'debian' | 'alpine' | 'rhel';
  /** name → [uid, primary group]; an undefined uid exists with a number allocated at install. */
  users: Record<string, [number | undefined, string]>;
  /** name → [gid, members]; an undefined gid exists with a number allocated at install. */
  groups: Record<string, [number | undefined, string[]]>;
  directories: Omit<DirectoryFact, 'origin'>[];
  /** Where the base accounts come from. */
  source: Source;
  /** Accounts added on top of the base (by an image's Dockerfile or a package): name → source. */
  accountSources: Record<string, Source>;
}

/** A distribution release: what its package manager installs. */
export interface Distro {
  family: 'debian' | 'ubuntu' | 'alpine' | 'rhel';
  /** The distribution's name without release, for what its packages are called: "Debian", "Rocky Linux". */
  name: string;
  /** e.g. `12`, `24.04`, `3.20`, `9`; absent when the tag does not say (`latest`, `stable`). */
  release?: string;
  /** e.g. "Debian 12 (bookworm)". */
  description: string;
  /** The PHP version the unversioned `php-fpm` package installs, when known. */
  defaultPhp?: string;
  source: Source;
}

/** Something the catalog cannot tell about a platform: which program it concerns, and why. */
export interface PlatformUnknown {
  subject: 'php-fpm' | 'nginx' | 'accounts';
  message: string;
}

export interface Platform {
  /** The distribution packages come from; decides what `apt-get`/`apk`/`dnf install` brings. */
  distro?: Distro;
  base?: BaseSystem;
  nginx?: NginxFlavour;
  fpm?: FpmFlavour;
  apache?: PackagedServer;
  caddy?: PackagedServer;
  /** The PHP version apt would install as `php-fpm` on this base (kept in step with `distro`). */
  defaultPhp?: string;
  /** What starts services: systemd (OpenRC on Alpine) on a host, the container's command in an image. */
  init?: 'systemd' | 'openrc' | 'container';
  /** The account an image's own `USER` makes its processes run as (nginx-unprivileged's 101). */
  imageUser?: { user: string; source: Source };
  /** What the catalog knows it does not know about this platform, each said once as a note. */
  unknown?: PlatformUnknown[];
}
