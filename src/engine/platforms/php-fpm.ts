/**
 * The PHP-FPM each platform ships: main file, pool files (comments dropped), compile-time
 * prefix and ACL support, the directories its packaging creates, and what starts the master
 * (D1, D7, F7, F12, F23, Y4).
 */
import type { DirectoryFact } from '../model.js';
import { knownBecause, SOURCES } from './sources.js';
import type { BuiltinFile, FpmFlavour, FpmStart, Source } from './types.js';

/** The pool settings every stock www.conf shares after its user, group and listen lines. */
const STOCK_PM =
  'pm = dynamic\npm.max_children = 5\npm.start_servers = 2\npm.min_spare_servers = 1\npm.max_spare_servers = 3\n';

function directory(fact: Omit<DirectoryFact, 'origin'>, why: string, source: Source): DirectoryFact {
  return { ...fact, origin: { kind: 'default', description: `${why} (${knownBecause(source)})` } };
}

const SYSTEMD_START = (unit: string, privateTmp: boolean): FpmStart => ({
  by: 'systemd',
  description: `systemd starts the master (${unit})`,
  privateTmp,
});
const CONTAINER_START: FpmStart = {
  by: 'container',
  description: "the container's command starts the master (php-fpm -F, supervisord, s6…), not a systemd unit",
  privateTmp: false,
};

/* ------------------------------------------------------------------ Debian and Ubuntu */

/**
 * Debian's and Ubuntu's `phpX.Y-fpm` (and deb.sury.org's, laid out the same). The tmpfiles.d
 * entry makes /run/php 0755 www-data: at every boot under systemd, in an image when the postinst
 * runs systemd-tmpfiles at install (the package depends on systemd | systemd-tmpfiles). Only the
 * systemd unit creates the php-fpm.sock alias (Y4).
 */
export function debianFpm(version: string, distro: string, start: 'systemd' | 'container'): FpmFlavour {
  const etc = `/etc/php/${version}/fpm`;
  const systemd = start === 'systemd';
  return {
    description: `${distro}'s php${version}-fpm package`,
    main: {
      deployedPath: `${etc}/php-fpm.conf`,
      text: `[global]\npid = /run/php/php${version}-fpm.pid\nerror_log = /var/log/php${version}-fpm.log\ninclude=${etc}/pool.d/*.conf\n`,
    },
    pools: [
      {
        deployedPath: `${etc}/pool.d/www.conf`,
        text:
          `[www]\nuser = www-data\ngroup = www-data\nlisten = /run/php/php${version}-fpm.sock\n` +
          `listen.owner = www-data\nlisten.group = www-data\n;listen.mode = 0660\n${STOCK_PM}`,
      },
    ],
    poolsReplaceable: true,
    prefix: '/usr',
    aclSupported: true,
    version,
    directories: [
      directory(
        { path: '/run/php', mode: 0o755, owner: 'www-data', group: 'www-data' },
        systemd
          ? `tmpfiles.d/php${version}-fpm.conf makes /run/php 0755 www-data www-data at boot`
          : `the postinst of php${version}-fpm runs systemd-tmpfiles at install: /run/php 0755 www-data www-data is in the image`,
        SOURCES.debianFpm,
      ),
    ],
    start: systemd ? SYSTEMD_START(`php${version}-fpm.service`, false) : CONTAINER_START,
    alias: {
      path: '/run/php/php-fpm.sock',
      poolFile: `${etc}/pool.d/www.conf`,
      priority: Number(version.replace('.', '')),
      exists: systemd,
      why: systemd
        ? `php${version}-fpm.service runs php-fpm-socket-helper after start, which links /run/php/php-fpm.sock to the socket of pool.d/www.conf`
        : 'only the systemd unit runs php-fpm-socket-helper; in a container nothing creates /run/php/php-fpm.sock',
      source: SOURCES.debianFpmAlias,
    },
    source: SOURCES.debianFpm,
  };
}

/* ------------------------------------------------------------------ the official php image */

/**
 * Where the official image puts `listen = 9000` for [www] (D1, trap 14):
 * - `zz-docker`: builds before 2026-01 and EOL branches. zz-docker.conf ends with `[www] listen = 9000`
 *   and loads after every user file that sorts before it (`www.conf`, `zz-app.conf`), turning their socket back into TCP.
 * - `docker-conf`: later builds. docker.conf holds it; a user file sorting after docker.conf wins.
 */
export type OfficialFpmLayout = 'zz-docker' | 'docker-conf';

export interface OfficialFpmBuild {
  layout: OfficialFpmLayout;
  /** `8.2`, or `8.2.12` when the tag names the patch release. */
  version: string;
  /** zz-docker.conf keeps an empty `[www]` (8.2-8.5 since e5de0e8e); 8.6 drops it. */
  emptyWwwInZzDocker: boolean;
  /** PHP 7.3 added log_limit and decorate_workers_output, which docker.conf sets only from 7.3. */
  before73: boolean;
}

export function officialPhpFpm(image: string, build: OfficialFpmBuild): FpmFlavour {
  const dir = '/usr/local/etc/php-fpm.d';
  const old = build.layout === 'zz-docker';
  const docker =
    '[global]\nerror_log = /proc/self/fd/2\n' +
    (build.before73 ? '' : 'log_limit = 8192\n') +
    '\n[www]\naccess.log = /proc/self/fd/2\nclear_env = no\ncatch_workers_output = yes\n' +
    (build.before73 ? '' : 'decorate_workers_output = no\n') +
    (old ? '' : 'listen = 9000\n');
  const zzDocker =
    '[global]\ndaemonize = no\n' +
    (old ? '\n[www]\nlisten = 9000\n' : build.emptyWwwInZzDocker ? '\n[www]\n' : '');
  return {
    description: `the ${image} image`,
    main: {
      deployedPath: '/usr/local/etc/php-fpm.conf',
      // Old builds turned upstream's `include=NONE/etc/…` into a path relative to the prefix (F23).
      text: old ? '[global]\ninclude=etc/php-fpm.d/*.conf\n' : `[global]\ninclude=${dir}/*.conf\n`,
    },
    pools: [
      { deployedPath: `${dir}/docker.conf`, text: docker },
      {
        deployedPath: `${dir}/www.conf`,
        text:
          `[www]\nuser = www-data\ngroup = www-data\n${old ? '' : ';'}listen = 127.0.0.1:9000\n` +
          `;listen.owner = www-data\n;listen.group = www-data\n;listen.mode = 0660\n${STOCK_PM}`,
      },
      { deployedPath: `${dir}/zz-docker.conf`, text: zzDocker },
    ],
    poolsReplaceable: false,
    prefix: '/usr/local',
    // Built without --with-fpm-acl: the listen.acl_* keys do not exist (F7).
    aclSupported: false,
    version: build.version,
    // Nothing creates /run/php in the image, and FPM does not create socket directories (F12).
    directories: [],
    start: CONTAINER_START,
    source: old ? SOURCES.officialPhpOldLayout : SOURCES.officialPhpLayout,
  };
}

/* ------------------------------------------------------------------ Alpine */

/**
 * Alpine's `phpNN-fpm` (`php83-fpm` → /etc/php83): PHP's own php-fpm.conf and www.conf, built
 * with --with-fpm-acl and no --with-fpm-user, so the pool runs as nobody on TCP 127.0.0.1:9000.
 */
export function alpineFpm(suffix: string, distro: string, start: 'openrc' | 'container'): FpmFlavour {
  const etc = `/etc/php${suffix}`;
  return {
    description: `${distro}'s php${suffix}-fpm package`,
    main: { deployedPath: `${etc}/php-fpm.conf`, text: `[global]\ninclude=${etc}/php-fpm.d/*.conf\n` },
    pools: [
      {
        deployedPath: `${etc}/php-fpm.d/www.conf`,
        text: `[www]\nuser = nobody\ngroup = nobody\nlisten = 127.0.0.1:9000\n${STOCK_PM}`,
      },
    ],
    poolsReplaceable: true,
    prefix: '/usr',
    aclSupported: true,
    version: suffix.length === 2 ? `${suffix[0]}.${suffix[1]}` : undefined,
    directories: [],
    start:
      start === 'openrc'
        ? {
            by: 'openrc',
            description: `OpenRC starts the master (/etc/init.d/php-fpm${suffix})`,
            privateTmp: false,
          }
        : CONTAINER_START,
    source: SOURCES.alpinePhp,
  };
}

/* ------------------------------------------------------------------ RHEL family */

/** The nginx files RHEL's php-fpm ships: an `upstream php-fpm` and a PHP location for the default server. */
const RHEL_FPM_NGINX_FILES: BuiltinFile[] = [
  {
    deployedPath: '/etc/nginx/conf.d/php-fpm.conf',
    text: 'upstream php-fpm {\n        server unix:/run/php-fpm/www.sock;\n}\n',
  },
  {
    deployedPath: '/etc/nginx/default.d/php.conf',
    text:
      'index index.php index.html index.htm;\n\n' +
      'location ~ \\.(php|phar)(/.*)?$ {\n' +
      '    fastcgi_split_path_info ^(.+\\.(?:php|phar))(/.*)$;\n\n' +
      '    fastcgi_intercept_errors on;\n' +
      '    fastcgi_index  index.php;\n' +
      '    include        fastcgi_params;\n' +
      '    fastcgi_param  SCRIPT_FILENAME  $document_root$fastcgi_script_name;\n' +
      '    fastcgi_param  PATH_INFO $fastcgi_path_info;\n' +
      '    fastcgi_pass   php-fpm;\n' +
      '}\n',
  },
];

/**
 * RHEL's, Rocky's, Alma's, CentOS Stream's and Fedora's `php-fpm`: the socket is root's and
 * reached through `listen.acl_users = apache,nginx` (F7, D7). /run/php-fpm is a %ghost
 * directory: only systemd's RuntimeDirectory=php-fpm creates it, so in a container nothing does.
 */
export function rhelFpm(distro: string, start: 'systemd' | 'container', version?: string): FpmFlavour {
  const systemd = start === 'systemd';
  return {
    description: `${distro}'s php-fpm package`,
    main: {
      deployedPath: '/etc/php-fpm.conf',
      text:
        '[global]\npid = /run/php-fpm/php-fpm.pid\nerror_log = /var/log/php-fpm/error.log\ndaemonize = yes\n' +
        'include=/etc/php-fpm.d/*.conf\n',
    },
    pools: [
      {
        deployedPath: '/etc/php-fpm.d/www.conf',
        text:
          '[www]\nuser = apache\ngroup = apache\nlisten = /run/php-fpm/www.sock\n' +
          'listen.acl_users = apache,nginx\nlisten.allowed_clients = 127.0.0.1\n' +
          'pm = dynamic\npm.max_children = 50\npm.start_servers = 5\npm.min_spare_servers = 5\npm.max_spare_servers = 35\n' +
          'slowlog = /var/log/php-fpm/www-slow.log\n' +
          'php_admin_value[error_log] = /var/log/php-fpm/www-error.log\nphp_admin_flag[log_errors] = on\n' +
          'php_value[session.save_handler] = files\nphp_value[session.save_path]    = /var/lib/php/session\n' +
          'php_value[soap.wsdl_cache_dir]  = /var/lib/php/wsdlcache\n',
      },
    ],
    nginxFiles: RHEL_FPM_NGINX_FILES,
    poolsReplaceable: true,
    prefix: '/usr',
    aclSupported: true,
    version,
    directories: systemd
      ? [
          directory(
            { path: '/run/php-fpm', mode: 0o755, owner: 'root', group: 'root' },
            'php-fpm.service has RuntimeDirectory=php-fpm and RuntimeDirectoryMode=0755 (no User=, so root)',
            SOURCES.rhelPhp,
          ),
        ]
      : [],
    start: systemd ? SYSTEMD_START('php-fpm.service, PrivateTmp=true', true) : CONTAINER_START,
    source: SOURCES.rhelPhp,
  };
}
