#!/bin/sh
# Puts the blog's nginx site in place; PHP is set up by another team's image.
set -e
apt-get install -y nginx
cat > /etc/nginx/sites-available/blog <<'EOF'
server {
    listen 80;
    root /srv/blog;
    location ~ \.php$ {
        include fastcgi_params;
        fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;
        fastcgi_pass unix:/run/php/blog.sock;
    }
}
EOF
ln -s /etc/nginx/sites-available/blog /etc/nginx/sites-enabled/blog
