// Debian 12 stock files, used when a tree does not bring its own. Kept here (comments trimmed)
// rather than read from the host so that a locally edited /etc does not change the results.

export const STOCK_NGINX_MAIN = `user www-data;
worker_processes auto;
pid /run/nginx.pid;
error_log /var/log/nginx/error.log;
include /etc/nginx/modules-enabled/*.conf;

events {
	worker_connections 768;
}

http {
	sendfile on;
	tcp_nopush on;
	types_hash_max_size 2048;

	include /etc/nginx/mime.types;
	default_type application/octet-stream;

	ssl_protocols TLSv1 TLSv1.1 TLSv1.2 TLSv1.3;
	ssl_prefer_server_ciphers on;

	access_log /var/log/nginx/access.log;

	gzip on;

	include /etc/nginx/conf.d/*.conf;
	include /etc/nginx/sites-enabled/*;
}
`;

export function stockFpmMain(version) {
  return `[global]
pid = /run/php/php${version}-fpm.pid
error_log = /var/log/php${version}-fpm.log
include=/etc/php/${version}/fpm/pool.d/*.conf
`;
}

/** Files that nginx sites include from /etc/nginx and that the package provides. */
export const STOCK_NGINX_FILES = [
  'mime.types',
  'fastcgi_params',
  'fastcgi.conf',
  'proxy_params',
  'scgi_params',
  'uwsgi_params',
  'koi-utf',
  'koi-win',
  'win-utf',
  'snippets/fastcgi-php.conf',
  'snippets/snakeoil.conf',
];

/** What index.php prints, so a 200 is known to come from PHP and not from a static file. */
export const PHP_MARKER = 'socklint-reality-ok';
export const INDEX_PHP = `<?php echo "${PHP_MARKER}";\n`;
