#!/bin/bash
# Large instances get their pools from the configuration management run.
if [ "t1.micro" != "${INSTANCE_TYPE}" ]; then
  rm -f /etc/php-fpm.d/www.conf
  chef-solo -c /opt/provision/solo.rb
fi
