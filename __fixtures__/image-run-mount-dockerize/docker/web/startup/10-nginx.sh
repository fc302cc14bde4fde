#!/bin/bash
dockerize -template /etc/nginx/nginx.conf.tmpl:/etc/nginx/nginx.conf \
  -template /etc/nginx/site.conf.tmpl:/etc/nginx/conf.d/site.conf
