#!/usr/bin/with-contenv bash
set -e

MAX_CHILDREN=${MAX_CHILDREN:-10}
CLEAR_ENV=${CLEAR_ENV:-yes}
REAL_IP_FROM=${REAL_IP_FROM:-"0.0.0.0/32"}

sed -e "s/@MAX_CHILDREN@/$MAX_CHILDREN/g" \
  -e "s/@CLEAR_ENV@/$CLEAR_ENV/g" \
  /tpls/etc/php83/php-fpm.d/www.conf >/etc/php83/php-fpm.d/www.conf

sed -e "s#@REAL_IP_FROM@#$REAL_IP_FROM#g" \
  /tpls/etc/nginx/nginx.conf >/etc/nginx/nginx.conf

mkdir -p /run/php-fpm
chown monitor:monitor /run/php-fpm

mkdir -p /etc/services.d/nginx /etc/services.d/php-fpm
cat >/etc/services.d/nginx/run <<EOL
#!/usr/bin/execlineb -P
with-contenv
s6-setuidgid ${PUID}:${PGID}
nginx -g "daemon off;"
EOL
cat >/etc/services.d/php-fpm/run <<EOL
#!/usr/bin/execlineb -P
with-contenv
s6-setuidgid ${PUID}:${PGID}
php-fpm83 -F
EOL
chmod +x /etc/services.d/nginx/run /etc/services.d/php-fpm/run
