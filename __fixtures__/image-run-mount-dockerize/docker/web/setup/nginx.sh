#!/bin/bash
set -e
cp /build/web/nginx.conf.tmpl /etc/nginx/nginx.conf.tmpl
cp /build/web/site.conf.tmpl /etc/nginx/site.conf.tmpl
mkdir -p /run/php
