#!/bin/sh
# Private runtime directory for the app's PHP socket.
set -eu
useradd --system --user-group --home-dir /var/www/app --shell /usr/sbin/nologin sltest-app
mkdir -m 0700 /run/php-app
mkdir -p -m 0755 /var/www/app
chown sltest-app:sltest-app /var/www/app
