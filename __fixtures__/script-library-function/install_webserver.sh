#---------------------------------------------------------------------
# Function: InstallWebServer
#    Installs nginx and the shop's site; the installer sources this
#    file and calls the function.
#---------------------------------------------------------------------
InstallWebServer() {
  apt-get install -y nginx php8.2-fpm
  cat << "EOF" > /etc/nginx/sites-available/shop.vhost
server {
    listen 80;
    root /var/www/shop;
    location ~ \.php$ {
        include snippets/fastcgi-php.conf;
        fastcgi_pass unix:/var/run/php/php7.4-fpm.sock;
    }
}
EOF
  ln -s /etc/nginx/sites-available/shop.vhost /etc/nginx/sites-enabled/shop.vhost
}
