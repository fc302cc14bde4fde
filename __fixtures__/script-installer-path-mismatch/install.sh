#!/usr/bin/env bash
# Installs the shop on a fresh Debian server: PHP-FPM pool and nginx site.
set -euo pipefail

apt-get update
apt-get install -y nginx php8.2-fpm
useradd --system --home-dir /var/www/shop shop

cat > /etc/php/8.2/fpm/pool.d/shop.conf <<EOF
[shop]
user = shop
group = shop
listen = /run/php/shop.sock
listen.owner = www-data
listen.group = www-data
pm = ondemand
pm.max_children = 4
EOF

cat > /etc/nginx/sites-available/shop <<EOF
server {
    listen 80;
    server_name shop.example;
    root /var/www/shop/public;
    location ~ \.php\$ {
        include snippets/fastcgi-php.conf;
        fastcgi_pass unix:/run/php/php-shop.sock;
    }
}
EOF
ln -sf /etc/nginx/sites-available/shop /etc/nginx/sites-enabled/shop
rm -f /etc/nginx/sites-enabled/default
systemctl restart php8.2-fpm nginx
