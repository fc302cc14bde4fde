#!/bin/sh
# CI deploys as "deploy"; it resets the opcache through the FPM socket.
set -eu
useradd -m --shell /bin/bash sltest-deploy
mkdir -p -m 0755 /var/www/app
chown sltest-deploy:www-data /var/www/app
