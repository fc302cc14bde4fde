#!/bin/sh
# Same pool settings as on the RHEL hosts: nginx and www-data may both use the socket.
set -eu
groupadd --system sltest-nginx
useradd --system --gid sltest-nginx --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin sltest-nginx
