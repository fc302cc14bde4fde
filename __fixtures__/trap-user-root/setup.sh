#!/bin/sh
set -eu
useradd --system --user-group --home-dir /var/www/app --shell /usr/sbin/nologin sltest-app
mkdir -p -m 0750 /var/www/app
chown sltest-app:sltest-app /var/www/app
