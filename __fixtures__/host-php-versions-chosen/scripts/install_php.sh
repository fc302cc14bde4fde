#!/usr/bin/env bash
# Installs PHP-FPM for every version the user selects, with the repository's pool files.

optimize_php_fpm() {
    local PHPv="${1}"
    mkdir -p "/etc/php/${PHPv}/fpm/pool.d"
    cp -f "etc/php/${PHPv}/fpm/pool.d/www.conf" "/etc/php/${PHPv}/fpm/pool.d/"
}

init_php_install() {
    local SELECTED_PHP_VERSIONS=()
    read -r -a SELECTED_PHP_VERSIONS <<< "${PHP_VERSIONS}"
    for PHPv in "${SELECTED_PHP_VERSIONS[@]}"; do
        apt-get install -y "php${PHPv}-fpm"
        optimize_php_fpm "${PHPv}"
    done
}

init_php_install "$@"
