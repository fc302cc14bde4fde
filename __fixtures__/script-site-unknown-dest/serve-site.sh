#!/usr/bin/env bash
# Usage: serve-site.sh DOMAIN ROOT
# Writes an nginx site for DOMAIN; the site's file is named after the domain.

block="server {
    listen 80;
    server_name $1;
    root \"$2\";

    location ~ \.php$ {
        include fastcgi_params;
        fastcgi_param SCRIPT_FILENAME \$document_root\$fastcgi_script_name;
        fastcgi_pass unix:/run/php/php8.2-fpm.sock;
    }
}
"

echo "$block" > "/etc/nginx/sites-available/$1"
ln -fs "/etc/nginx/sites-available/$1" "/etc/nginx/sites-enabled/$1"
