#!/bin/sh
set -eu
useradd --system --user-group --home-dir /srv/api --shell /usr/sbin/nologin sltest-api
mkdir -p -m 0755 /srv/api
