#!/bin/bash
set -e
apt-get update
apt-get install -y --no-install-recommends nginx tini
cp /build/web/my_init /usr/local/bin/my_init
cp -rT /build/web/startup/ /etc/my_init.d/
for f in /build/web/setup/*.sh; do
  bash "$f"
done
