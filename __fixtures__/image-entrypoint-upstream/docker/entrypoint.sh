#!/bin/sh
# Point nginx at the PHP-FPM container given in the environment.
set -e

: "${PHP_PORT:=9000}"

cat > /etc/nginx/conf.d/upstream.conf <<EOF
upstream php {
    server ${PHP_HOST}:${PHP_PORT};
}
EOF

exec "$@"
