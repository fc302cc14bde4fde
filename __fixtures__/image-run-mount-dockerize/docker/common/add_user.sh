#!/bin/bash
set -e
adduser --home /var/app --disabled-password --gecos "" app
usermod -aG www-data app
