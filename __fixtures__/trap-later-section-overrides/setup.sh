#!/bin/sh
set -eu
useradd -m --shell /bin/bash sltest-deploy
