/**
 * The nginx each platform ships: its main file (comments dropped), the files it ships that a
 * site may include, the links its package creates, and its compiled-in user (N3, N8, N9, D2, D3).
 */
import { SOURCES } from './sources.js';
import type { NginxFlavour } from './types.js';

/** Files every packaging ships next to nginx.conf; none holds a socket client. */
const COMMON_SHIPPED = [
  '/etc/nginx/fastcgi_params',
  '/etc/nginx/fastcgi.conf',
  '/etc/nginx/mime.types',
  '/etc/nginx/scgi_params',
  '/etc/nginx/uwsgi_params',
  '/etc/nginx/koi-utf',
  '/etc/nginx/koi-win',
  '/etc/nginx/win-utf',
];

const DEBIAN_SHIPPED = [
  ...COMMON_SHIPPED,
  '/etc/nginx/proxy_params',
  '/etc/nginx/snippets/fastcgi-php.conf',
  '/etc/nginx/snippets/snakeoil.conf',
  '/etc/nginx/modules-enabled/*.conf',
  '/etc/nginx/modules-enabled/*',
  '/usr/share/nginx/modules/*.conf',
];

/** Debian's /etc/nginx/nginx.conf (bookworm), comments dropped. Ubuntu ships the same includes. */
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

/** Debian's sites-available/default, comments dropped: its PHP example is commented out (N9). */
const DEBIAN_DEFAULT_SITE = `server {
\tlisten 80 default_server;
\tlisten [::]:80 default_server;
\troot /var/www/html;
\tindex index.html index.htm index.nginx-debian.html;
\tserver_name _;
\tlocation / {
\t\ttry_files $uri $uri/ =404;
\t}
}
`;

/** The nginx.org package's /etc/nginx/nginx.conf, as the official images ship it. */
const NGINX_ORG_CONF = `user  nginx;
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

/** Alpine's /etc/nginx/nginx.conf (aports main/nginx), the directives that place files. */
const ALPINE_NGINX_CONF = `user nginx;
worker_processes auto;
pcre_jit on;
error_log /var/log/nginx/error.log warn;
include /etc/nginx/modules/*.conf;

events {
\tworker_connections 1024;
}

http {
\tinclude /etc/nginx/mime.types;
\tdefault_type application/octet-stream;
\tserver_tokens off;
\tsendfile on;
\ttcp_nopush on;
\taccess_log /var/log/nginx/access.log;
\tinclude /etc/nginx/http.d/*.conf;
}
`;

/** The RHEL-family /etc/nginx/nginx.conf: conf.d/*.conf, and a default server that includes default.d/*.conf. */
const RHEL_NGINX_CONF = `user nginx;
worker_processes auto;
error_log /var/log/nginx/error.log;
pid /run/nginx.pid;
include /usr/share/nginx/modules/*.conf;

events {
    worker_connections 1024;
}

http {
    access_log  /var/log/nginx/access.log;
    sendfile            on;
    tcp_nopush          on;
    keepalive_timeout   65;
    types_hash_max_size 4096;
    include             /etc/nginx/mime.types;
    default_type        application/octet-stream;
    include /etc/nginx/conf.d/*.conf;

    server {
        listen       80;
        listen       [::]:80;
        server_name  _;
        root         /usr/share/nginx/html;
        include /etc/nginx/default.d/*.conf;
        error_page 404 /404.html;
        location = /404.html {
        }
        error_page 500 502 503 504 /50x.html;
        location = /50x.html {
        }
    }
}
`;

/** Debian's and Ubuntu's nginx packages (nginx, nginx-light, -full, -extras, -core). */
export function debianNginx(distro: string): NginxFlavour {
  return {
    description: `${distro}'s nginx package`,
    main: { deployedPath: '/etc/nginx/nginx.conf', text: DEBIAN_NGINX_CONF },
    files: [{ deployedPath: '/etc/nginx/sites-available/default', text: DEBIAN_DEFAULT_SITE }],
    links: [{ link: '/etc/nginx/sites-enabled/default', target: '/etc/nginx/sites-available/default' }],
    shipped: DEBIAN_SHIPPED,
    // The Debian binary has no --user: the compiled default is nobody (N3).
    compiledUser: 'nobody',
    compiledGroup: 'nogroup',
    masterIsRoot: true,
    source: SOURCES.debianNginx,
  };
}

/** The official `nginx` images (and their -perl, -otel variants): nginx.org's package layout. */
export function officialNginx(image: string): NginxFlavour {
  return {
    description: `the ${image} image`,
    main: { deployedPath: '/etc/nginx/nginx.conf', text: NGINX_ORG_CONF },
    files: [],
    links: [],
    shipped: [...COMMON_SHIPPED, '/etc/nginx/conf.d/default.conf'],
    compiledUser: 'nginx',
    compiledGroup: 'nginx',
    masterIsRoot: true,
    source: SOURCES.officialNginx,
  };
}

/** nginx.org's Debian package, installed from its apt repository: the official image's layout. */
export function nginxOrgPackage(distro: string): NginxFlavour {
  return {
    ...officialNginx('nginx'),
    description: `nginx.org's nginx package on ${distro}`,
    source: SOURCES.nginxOrgPackage,
  };
}

/** nginxinc/nginx-unprivileged: the `user` line is deleted and the image runs as uid 101 (D3). */
export function unprivilegedNginx(image: string): NginxFlavour {
  return {
    ...officialNginx(image),
    main: { deployedPath: '/etc/nginx/nginx.conf', text: NGINX_ORG_CONF.replace('user  nginx;\n', '') },
    masterIsRoot: false,
    source: SOURCES.unprivilegedNginx,
  };
}

/** Alpine's `apk add nginx`: sites go to http.d/ (conf.d/ is not read in the http block). */
export function alpineNginx(distro: string): NginxFlavour {
  return {
    description: `${distro}'s nginx package`,
    main: { deployedPath: '/etc/nginx/nginx.conf', text: ALPINE_NGINX_CONF },
    files: [],
    links: [],
    shipped: [...COMMON_SHIPPED, '/etc/nginx/modules/*.conf', '/etc/nginx/http.d/default.conf'],
    compiledUser: 'nginx',
    compiledGroup: 'nginx',
    masterIsRoot: true,
    source: SOURCES.alpineNginx,
  };
}

/** The RHEL-family `dnf install nginx` (Rocky, Alma, CentOS Stream, Fedora, UBI). */
export function rhelNginx(distro: string): NginxFlavour {
  return {
    description: `${distro}'s nginx package`,
    main: { deployedPath: '/etc/nginx/nginx.conf', text: RHEL_NGINX_CONF },
    files: [],
    links: [],
    shipped: [...COMMON_SHIPPED, '/usr/share/nginx/modules/*.conf'],
    compiledUser: 'nginx',
    compiledGroup: 'nginx',
    masterIsRoot: true,
    source: SOURCES.rhelNginx,
  };
}
