#!/bin/sh
# Provision the three PHP applications of web01.
set -eu

# one system user per application; PHP workers run as these (see pool.d/*.conf)
useradd --system --user-group --home-dir /srv/shop --shell /usr/sbin/nologin sltest-shop
useradd --system --user-group --home-dir /srv/blog --shell /usr/sbin/nologin sltest-blog
useradd --system --user-group --home-dir /srv/wiki --shell /usr/sbin/nologin sltest-wiki

mkdir -p -m 0755 /srv/shop /srv/blog /srv/wiki
chown sltest-shop:sltest-shop /srv/shop
chown sltest-blog:sltest-blog /srv/blog
chown sltest-wiki:sltest-wiki /srv/wiki
