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

/**
 * What index.php prints, so a 200 is known to come from PHP: the marker is assembled by PHP, so a
 * server that sends the file's source instead (Apache without mod_proxy_fcgi, W12) does not show it.
 */
export const PHP_MARKER = 'socklint-reality-ok';
export const INDEX_PHP = `<?php echo "socklint-reality-" . "ok";\n`;

/** Debian 12's /etc/apache2/apache2.conf, comments trimmed. */
export const STOCK_APACHE2_CONF = `DefaultRuntimeDir \${APACHE_RUN_DIR}
PidFile \${APACHE_PID_FILE}
Timeout 300
KeepAlive On
MaxKeepAliveRequests 100
KeepAliveTimeout 5

User \${APACHE_RUN_USER}
Group \${APACHE_RUN_GROUP}

HostnameLookups Off
ErrorLog \${APACHE_LOG_DIR}/error.log
LogLevel warn

IncludeOptional mods-enabled/*.load
IncludeOptional mods-enabled/*.conf

Include ports.conf

<Directory />
	Options FollowSymLinks
	AllowOverride None
	Require all denied
</Directory>

<Directory /usr/share>
	AllowOverride None
	Require all granted
</Directory>

<Directory /var/www/>
	Options Indexes FollowSymLinks
	AllowOverride None
	Require all granted
</Directory>

AccessFileName .htaccess

<FilesMatch "^\\.ht">
	Require all denied
</FilesMatch>

LogFormat "%v:%p %h %l %u %t \\"%r\\" %>s %O \\"%{Referer}i\\" \\"%{User-Agent}i\\"" vhost_combined
LogFormat "%h %l %u %t \\"%r\\" %>s %O \\"%{Referer}i\\" \\"%{User-Agent}i\\"" combined
LogFormat "%h %l %u %t \\"%r\\" %>s %O" common

IncludeOptional conf-enabled/*.conf

IncludeOptional sites-enabled/*.conf
`;

/** Debian 12's /etc/apache2/envvars, comments trimmed; `user`/`group` replace www-data. */
export function stockEnvvars(user = 'www-data', group = 'www-data') {
  return `unset HOME

if [ "\${APACHE_CONFDIR##/etc/apache2-}" != "\${APACHE_CONFDIR}" ] ; then
	SUFFIX="-\${APACHE_CONFDIR##/etc/apache2-}"
else
	SUFFIX=
fi

${user === null ? '' : `export APACHE_RUN_USER=${user}\n`}${group === null ? '' : `export APACHE_RUN_GROUP=${group}\n`}export APACHE_PID_FILE=/var/run/apache2$SUFFIX/apache2.pid
export APACHE_RUN_DIR=/var/run/apache2$SUFFIX
export APACHE_LOCK_DIR=/var/lock/apache2$SUFFIX
export APACHE_LOG_DIR=/var/log/apache2$SUFFIX

export LANG=C

export LANG
`;
}
