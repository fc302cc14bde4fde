#!/bin/bash
# Installs the cloud site on Apache. SITES_AVAILABLE and SITE come from the shared library.
# shellcheck source=/dev/null
. /var/scripts/lib.sh

cat << VHOST > "$SITES_AVAILABLE/$SITE.conf"
<VirtualHost *:80>
    DocumentRoot /var/www/cloud
    <FilesMatch "\.php$">
        SetHandler "proxy:unix:/run/php/php8.2-fpm.cloud.sock|fcgi://localhost"
    </FilesMatch>
    ProxyPass /push/ http://127.0.0.1:7867/
</VirtualHost>
VHOST
a2ensite "$SITE"
