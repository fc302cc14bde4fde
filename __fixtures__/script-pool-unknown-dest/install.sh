#!/bin/bash
# Installs the cloud app: nginx site and PHP-FPM pool. The paths come from a library that is
# downloaded when the installer runs.
set -e
source <(curl -sL https://example.org/installer/lib.sh)

apt-get install -y nginx "php$PHPVER-fpm"

cat > /etc/nginx/sites-available/cloud <<'SITE'
server {
    listen 80;
    root /var/www/cloud;
    location ~ \.php$ {
        include fastcgi_params;
        fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;
        fastcgi_pass unix:/run/php/cloud.sock;
    }
}
SITE
ln -sf /etc/nginx/sites-available/cloud /etc/nginx/sites-enabled/cloud

cat << POOL > "$PHP_POOL_DIR"/cloud.conf
[cloud]
user = www-data
group = www-data
listen = /run/php/cloud.sock
listen.owner = www-data
listen.group = www-data
pm = ondemand
pm.max_children = 4
POOL
