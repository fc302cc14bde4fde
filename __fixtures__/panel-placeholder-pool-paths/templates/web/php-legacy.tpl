server {
    listen      %ip%:80;
    server_name %domain%;
    root        /home/%user%/web/%domain%/public_html;

    location ~ \.php$ {
        include fastcgi_params;
        fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;
        fastcgi_pass unix:/run/php-fpm/%domain%.sock;
    }
}
