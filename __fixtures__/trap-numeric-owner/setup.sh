#!/bin/sh
# nginx runs as its own "nginx" account (same name as on our RHEL hosts),
# and gets access to the PHP socket through the www-data group.
set -eu
groupadd --system sltest-nginx
useradd --system --gid sltest-nginx --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin sltest-nginx
usermod -aG www-data sltest-nginx
