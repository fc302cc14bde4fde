/**
 * What a distribution or an official image brings before the repository adds anything: its
 * users and groups, the main config files it ships, the compile-time defaults of its nginx and
 * PHP-FPM, and the directories it creates. Sources: semantics.md sections 4 (N8), 8 (Y4), 9 (D1-D7).
 */
import type { DirectoryFact } from '../model.js';

export interface BuiltinFile {
  deployedPath: string;
  text: string;
}

export interface NginxFlavour {
  /** e.g. "Debian's nginx package". */
  description: string;
  /** The main file the package or image ships (its `user` line and includes). */
  main: BuiltinFile;
  /** Files it ships whose content never holds a socket client (include targets that are fine). */
  shipped: string[];
  /** Compiled default user and group when nginx.conf has no `user` (N3). */
  compiledUser: string;
  compiledGroup: string;
  masterIsRoot: boolean;
}

export interface FpmFlavour {
  description: string;
  main: BuiltinFile;
  /** Pool files it ships, read like the repository's own (the php image's docker.conf…). */
  pools: BuiltinFile[];
  /** Compile-time prefix: relative `include` and `listen` paths start here (F12, F23). */
  prefix: string;
  aclSupported: boolean;
  /** The PHP version, when the flavour names one (Debian's /etc/php/8.2). */
  version?: string;
}

export interface BaseSystem {
  /** e.g. "Debian 12", "php:8.2-fpm (Debian)". */
  description: string;
  family: 'debian' | 'alpine';
  /** name → [uid, primary group] */
  users: Record<string, [number, string]>;
  /** name → [gid, members] */
  groups: Record<string, [number, string[]]>;
  directories: Omit<DirectoryFact, 'origin'>[];
}

/* ------------------------------------------------------------------ base systems */

const DEBIAN_USERS: Record<string, [number, string]> = {
  root: [0, 'root'],
  daemon: [1, 'daemon'],
  bin: [2, 'bin'],
  sys: [3, 'sys'],
  'www-data': [33, 'www-data'],
  nobody: [65534, 'nogroup'],
};
const DEBIAN_GROUPS: Record<string, [number, string[]]> = {
  root: [0, []],
  daemon: [1, []],
  bin: [2, []],
  sys: [3, []],
  adm: [4, []],
  'www-data': [33, []],
  users: [100, []],
  nogroup: [65534, []],
};
const ROOT_DIRS: Omit<DirectoryFact, 'origin'>[] = [
  { path: '/', mode: 0o755, owner: 'root', group: 'root' },
  { path: '/run', mode: 0o755, owner: 'root', group: 'root' },
  { path: '/tmp', mode: 0o1777, owner: 'root', group: 'root' },
  { path: '/var', mode: 0o755, owner: 'root', group: 'root' },
];

export function debianHost(description = 'Debian 12'): BaseSystem {
  return {
    description,
    family: 'debian',
    users: { ...DEBIAN_USERS },
    groups: cloneGroups(DEBIAN_GROUPS),
    directories: [...ROOT_DIRS],
  };
}

/** Alpine's base files: www-data is 82 (D1), uid 33 is xfs. */
export function alpineBase(description: string): BaseSystem {
  return {
    description,
    family: 'alpine',
    users: { root: [0, 'root'], daemon: [2, 'daemon'], xfs: [33, 'xfs'], nobody: [65534, 'nobody'] },
    groups: {
      root: [0, []],
      daemon: [2, []],
      xfs: [33, []],
      'www-data': [82, []],
      nogroup: [65533, []],
      nobody: [65534, []],
    },
    directories: [...ROOT_DIRS],
  };
}

function cloneGroups(groups: Record<string, [number, string[]]>): Record<string, [number, string[]]> {
  return Object.fromEntries(Object.entries(groups).map(([k, [gid, m]]) => [k, [gid, [...m]]]));
}

/* ------------------------------------------------------------------ nginx flavours */

const NGINX_SHIPPED = [
  '/etc/nginx/fastcgi_params',
  '/etc/nginx/fastcgi.conf',
  '/etc/nginx/mime.types',
  '/etc/nginx/proxy_params',
  '/etc/nginx/scgi_params',
  '/etc/nginx/uwsgi_params',
  '/etc/nginx/koi-utf',
  '/etc/nginx/koi-win',
  '/etc/nginx/win-utf',
  '/etc/nginx/snippets/fastcgi-php.conf',
  '/etc/nginx/snippets/snakeoil.conf',
  '/etc/nginx/modules-enabled/*.conf',
  '/etc/nginx/modules-enabled/*',
  '/usr/share/nginx/modules/*.conf',
];

/** Debian's /etc/nginx/nginx.conf (bookworm), comments dropped. */
const DEBIAN_NGINX_CONF = `user www-data;
worker_processes auto;
pid /run/nginx.pid;
error_log /var/log/nginx/error.log;
include /etc/nginx/modules-enabled/*.conf;

events {
\tworker_connections 768;
}

http {
\tsendfile on;
\ttcp_nopush on;
\ttypes_hash_max_size 2048;
\tinclude /etc/nginx/mime.types;
\tdefault_type application/octet-stream;
\taccess_log /var/log/nginx/access.log;
\tgzip on;
\tinclude /etc/nginx/conf.d/*.conf;
\tinclude /etc/nginx/sites-enabled/*;
}
`;

/** The official image's /etc/nginx/nginx.conf (nginxinc/docker-nginx). */
const OFFICIAL_NGINX_CONF = `user  nginx;
worker_processes  auto;

error_log  /var/log/nginx/error.log notice;
pid        /run/nginx.pid;

events {
    worker_connections  1024;
}

http {
    include       /etc/nginx/mime.types;
    default_type  application/octet-stream;
    access_log  /var/log/nginx/access.log;
    sendfile        on;
    keepalive_timeout  65;
    include /etc/nginx/conf.d/*.conf;
}
`;

export const nginxFlavours = {
  debian: (): NginxFlavour => ({
    description: "Debian's nginx package",
    main: { deployedPath: '/etc/nginx/nginx.conf', text: DEBIAN_NGINX_CONF },
    shipped: NGINX_SHIPPED,
    compiledUser: 'nobody',
    compiledGroup: 'nogroup',
    masterIsRoot: true,
  }),
  official: (image: string): NginxFlavour => ({
    description: `the ${image} image`,
    main: { deployedPath: '/etc/nginx/nginx.conf', text: OFFICIAL_NGINX_CONF },
    shipped: [...NGINX_SHIPPED, '/etc/nginx/conf.d/default.conf'],
    compiledUser: 'nginx',
    compiledGroup: 'nginx',
    masterIsRoot: true,
  }),
  /** nginxinc/nginx-unprivileged: the `user` line is removed and the master runs as uid 101 (D3). */
  unprivileged: (image: string): NginxFlavour => ({
    description: `the ${image} image`,
    main: {
      deployedPath: '/etc/nginx/nginx.conf',
      text: OFFICIAL_NGINX_CONF.replace('user  nginx;\n', ''),
    },
    shipped: [...NGINX_SHIPPED, '/etc/nginx/conf.d/default.conf'],
    compiledUser: 'nginx',
    compiledGroup: 'nginx',
    masterIsRoot: false,
  }),
};

/* ------------------------------------------------------------------ PHP-FPM flavours */

export function debianFpm(version: string): FpmFlavour {
  const etc = `/etc/php/${version}/fpm`;
  return {
    description: `Debian's php${version}-fpm package`,
    main: {
      deployedPath: `${etc}/php-fpm.conf`,
      text: `[global]\npid = /run/php/php${version}-fpm.pid\nerror_log = /var/log/php${version}-fpm.log\ninclude=${etc}/pool.d/*.conf\n`,
    },
    pools: [
      {
        deployedPath: `${etc}/pool.d/www.conf`,
        text:
          `[www]\nuser = www-data\ngroup = www-data\nlisten = /run/php/php${version}-fpm.sock\n` +
          `listen.owner = www-data\nlisten.group = www-data\n;listen.mode = 0660\npm = dynamic\npm.max_children = 5\n` +
          `pm.start_servers = 2\npm.min_spare_servers = 1\npm.max_spare_servers = 3\n`,
      },
    ],
    prefix: '/usr',
    aclSupported: true,
    version,
  };
}

/**
 * The official php images (docker-library/php), as built since 2026-01 (D1): `listen = 9000`
 * sits in docker.conf, www.conf's listen is commented, zz-docker.conf keeps an empty [www].
 */
export function officialPhpFpm(image: string): FpmFlavour {
  const dir = '/usr/local/etc/php-fpm.d';
  return {
    description: `the ${image} image`,
    main: {
      deployedPath: '/usr/local/etc/php-fpm.conf',
      text: `[global]\ninclude=${dir}/*.conf\n`,
    },
    pools: [
      {
        deployedPath: `${dir}/docker.conf`,
        text:
          `[global]\nerror_log = /proc/self/fd/2\nlog_limit = 8192\n\n[www]\naccess.log = /proc/self/fd/2\n` +
          `clear_env = no\ncatch_workers_output = yes\ndecorate_workers_output = no\nlisten = 9000\n`,
      },
      {
        deployedPath: `${dir}/www.conf`,
        text:
          `[www]\nuser = www-data\ngroup = www-data\n;listen = 127.0.0.1:9000\n` +
          `;listen.owner = www-data\n;listen.group = www-data\n;listen.mode = 0660\npm = dynamic\n` +
          `pm.max_children = 5\npm.start_servers = 2\npm.min_spare_servers = 1\npm.max_spare_servers = 3\n`,
      },
      { deployedPath: `${dir}/zz-docker.conf`, text: `[global]\ndaemonize = no\n\n[www]\n` },
    ],
    prefix: '/usr/local',
    aclSupported: false,
  };
}

/** Debian's tmpfiles.d entry for php-fpm: /run/php 0755 www-data www-data (Y4). */
export const DEBIAN_RUN_PHP: Omit<DirectoryFact, 'origin'> = {
  path: '/run/php',
  mode: 0o755,
  owner: 'www-data',
  group: 'www-data',
};
