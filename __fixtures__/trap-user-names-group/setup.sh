#!/bin/sh
# One account for the whole web stack, in the www-data group.
set -eu
useradd --system --gid www-data --home-dir /var/www --no-create-home --shell /usr/sbin/nologin sltest-web
chown sltest-web:www-data /var/www
