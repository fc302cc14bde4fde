worker_processes auto;
daemon off;

events {
    worker_connections 1024;
}

http {
    include mime.types;
    default_type application/octet-stream;

    server {
        listen <?=getenv('PORT')?:'8080'?>;
        root <?=getenv('DOCUMENT_ROOT')?:getenv('HOME')?>;

        location ~ \.php {
            include fastcgi_params;
            fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;
            fastcgi_pass unix:<?=getenv('FPM_SOCKET')?>;
        }
    }
}
