#!/bin/sh
# Render the pool with the container's environment, through a temporary file.
tmpfile=$(mktemp)
cat /etc/php83/php-fpm.d/www.conf | envsubst "$(env | cut -d= -f1 | sed -e 's/^/$/')" | tee "$tmpfile" > /dev/null
mv "$tmpfile" /etc/php83/php-fpm.d/www.conf

php-fpm83
exec nginx -g 'daemon off;'
