#!/bin/sh
set -e
useradd --system --user-group --no-create-home sltest-shop
