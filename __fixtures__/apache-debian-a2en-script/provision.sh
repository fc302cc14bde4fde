#!/bin/sh
# Apache in front of php8.2-fpm, as the php8.2-fpm package's notice says.
set -eu
a2enmod -q proxy_fcgi setenvif
a2enconf php8.2-fpm.conf
a2ensite shop
a2dissite 000-default
