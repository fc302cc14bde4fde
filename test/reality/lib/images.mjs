// What the container images of the compose scenarios bring, as far as the emulation needs it: their
// accounts (/etc/passwd, /etc/group), who their main process runs as, the configuration files they
// ship, and PHP-FPM's compile prefix. Sources: the images' Dockerfiles (semantics D1-D3, N8):
// docker-library/php (`adduser -u 82 … www-data` on Alpine; Debian's base-passwd www-data 33),
// nginxinc/docker-nginx (nginx 101:101 in both variants), nginxinc/docker-nginx-unprivileged
// (`USER 101`, the `user` line removed). Only the entries that matter are listed.

/**
 * @typedef {{ users: [string, number, number][], groups: [string, number, string[]][] }} Accounts
 *   users: name, uid, primary gid; groups: name, gid, members
 * @typedef {{ ref: string, family: 'php' | 'nginx', accounts: Accounts, user: string | null,
 *   files: Record<string, string>, fpmPrefix?: string }} Image
 */

const alpine = () => ({
  users: [
    ['root', 0, 0],
    ['daemon', 2, 2],
    ['xfs', 33, 33],
    ['nobody', 65534, 65534],
  ],
  groups: [
    ['root', 0, []],
    ['daemon', 2, []],
    ['xfs', 33, []],
    ['www-data', 82, []],
    ['nogroup', 65533, []],
    ['nobody', 65534, []],
  ],
});

const debian = () => ({
  users: [
    ['root', 0, 0],
    ['daemon', 1, 1],
    ['www-data', 33, 33],
    ['nobody', 65534, 65534],
  ],
  groups: [
    ['root', 0, []],
    ['daemon', 1, []],
    ['www-data', 33, []],
    ['users', 100, []],
    ['nogroup', 65534, []],
  ],
});

/** @param {Accounts} a */
const withNginx = (a) => {
  a.users.push(['nginx', 101, 101]);
  a.groups.push(['nginx', 101, []]);
  return a;
};

/** @param {Accounts} a */
const withAlpineWwwData = (a) => {
  a.users.push(['www-data', 82, 82]);
  return a;
};

/** The official images' /etc/nginx/nginx.conf (nginx-unprivileged drops the `user` line). */
export const OFFICIAL_NGINX_CONF = `user  nginx;
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

/** The static site the nginx images ship as conf.d/default.conf. */
const NGINX_DEFAULT_SITE = `server {
    listen       80;
    server_name  localhost;
    location / {
        root   /usr/share/nginx/html;
        index  index.html index.htm;
    }
}
`;

/** The php:*-fpm images' FPM files (the layout of 2026-01 onwards, D1). */
const PHP_FPM_FILES = {
  'usr/local/etc/php-fpm.conf': '[global]\ninclude=/usr/local/etc/php-fpm.d/*.conf\n',
  'usr/local/etc/php-fpm.d/docker.conf':
    '[global]\nerror_log = /proc/self/fd/2\nlog_limit = 8192\n\n[www]\naccess.log = /proc/self/fd/2\n' +
    'clear_env = no\ncatch_workers_output = yes\ndecorate_workers_output = no\nlisten = 9000\n',
  'usr/local/etc/php-fpm.d/www.conf':
    '[www]\nuser = www-data\ngroup = www-data\n;listen = 127.0.0.1:9000\npm = dynamic\npm.max_children = 5\n' +
    'pm.start_servers = 2\npm.min_spare_servers = 1\npm.max_spare_servers = 3\n',
  'usr/local/etc/php-fpm.d/zz-docker.conf': '[global]\ndaemonize = no\n\n[www]\n',
};

/**
 * The image a `FROM`/`image:` reference names, or undefined for an image the emulation does not know.
 * @param {string} ref
 * @returns {Image | undefined}
 */
export function imageOf(ref) {
  const [name, tag = 'latest'] = ref.replace(/^docker\.io\/(library\/)?/, '').split(':');
  const isAlpine = tag.includes('alpine');
  if (name === 'php' && tag.includes('fpm'))
    return {
      ref,
      family: 'php',
      accounts: isAlpine ? withAlpineWwwData(alpine()) : debian(),
      user: null,
      files: { ...PHP_FPM_FILES },
      fpmPrefix: 'usr/local',
    };
  if (name === 'nginx')
    return {
      ref,
      family: 'nginx',
      accounts: withNginx(isAlpine ? alpine() : debian()),
      user: null,
      files: {
        'etc/nginx/nginx.conf': OFFICIAL_NGINX_CONF,
        'etc/nginx/conf.d/default.conf': NGINX_DEFAULT_SITE,
      },
    };
  if (name === 'nginxinc/nginx-unprivileged')
    return {
      ref,
      family: 'nginx',
      accounts: withNginx(isAlpine ? alpine() : debian()),
      user: '101',
      files: {
        'etc/nginx/nginx.conf': OFFICIAL_NGINX_CONF.replace('user  nginx;\n', '').replace(
          '/run/nginx.pid',
          '/tmp/nginx.pid',
        ),
        'etc/nginx/conf.d/default.conf': NGINX_DEFAULT_SITE.replace('listen       80;', 'listen       8080;'),
      },
    };
  return undefined;
}

/** /etc/passwd and /etc/group texts for a set of accounts. */
export function accountFiles(/** @type {Accounts} */ a) {
  return {
    passwd: a.users.map(([n, u, g]) => `${n}:x:${u}:${g}::/nonexistent:/sbin/nologin\n`).join(''),
    group: a.groups.map(([n, g, m]) => `${n}:x:${g}:${m.join(',')}\n`).join(''),
  };
}
