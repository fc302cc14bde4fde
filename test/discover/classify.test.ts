import { describe, expect, it } from '@jest/globals';
import { classify } from '../../src/engine/discover/classify.js';

const NGINX_MAIN = `user  nginx;
worker_processes  auto;

events {
    worker_connections  1024;
}

http {
    include       /etc/nginx/mime.types;
    include /etc/nginx/conf.d/*.conf;
}
`;

const SITE = `# the app
upstream php {
    server unix:/run/php/php8.2-fpm.sock;
}
server {
    listen 80 default_server;
    root /var/www/html/public;
    location ~ \\.php$ {
        include snippets/fastcgi-php.conf;
        fastcgi_pass php;
    }
}
`;

const WWW_CONF = `; Start a new pool named 'www'.
[www]
user = www-data
group = www-data
listen = /run/php/php8.2-fpm.sock
listen.owner = www-data
listen.group = www-data
pm = dynamic
pm.max_children = 5
`;

describe('classify', () => {
  it.each([
    ['docker/nginx/nginx.conf', NGINX_MAIN, 'nginx-main', 'has an events { } block'],
    ['nginx/default', SITE, 'nginx-site', 'has a top-level upstream { } block'],
    [
      'conf/app.conf.j2',
      'server {\n  listen {{ port }};\n  {% if tls %}ssl_certificate x;{% endif %}\n  root /srv;\n}\n',
      'nginx-site',
      'has a top-level server { } block',
    ],
    [
      'templates/default.conf.template',
      'server {\n  listen ${NGINX_PORT};\n  location / { proxy_pass http://unix:/run/app.sock:/; }\n}\n',
      'nginx-site',
      'has a top-level server { } block',
    ],
    [
      'nginx/locations/php',
      'location ~ \\.php$ {\n  fastcgi_pass unix:/run/php.sock;\n}\n',
      'nginx-site',
      'has a top-level location { } block',
    ],
    [
      'snippets/fastcgi-php.conf',
      '# regex to split $uri\nfastcgi_split_path_info ^(.+?\\.php)(/.*)$;\ntry_files $fastcgi_script_name =404;\ninclude fastcgi.conf;\n',
      'nginx-snippet',
      'has nginx directives without server blocks (fastcgi_split_path_info, try_files, include)',
    ],
    [
      'fastcgi_params',
      'fastcgi_param  QUERY_STRING       $query_string;\nfastcgi_param  REQUEST_METHOD     $request_method;\n',
      'nginx-snippet',
      'has nginx directives without server blocks (fastcgi_param)',
    ],
    [
      'mime.types',
      'types {\n    text/html  html htm shtml;\n    "image/svg+xml" svg;\n}\n',
      'nginx-snippet',
      'has nginx directives without server blocks (types)',
    ],
    [
      'main.conf',
      'user www-data;\ninclude /etc/nginx/modules-enabled/*.conf;\n',
      'nginx-main',
      'has the main-context directive user',
    ],
  ])('%s is nginx', (path, text, kind, reason) => {
    expect(classify(path, text)).toEqual({ kind, reason });
  });

  it.each([
    ['php/www.conf', WWW_CONF, 'fpm-pool', 'has a [www] section with PHP-FPM pool keys'],
    [
      'deploy/app.ini',
      WWW_CONF.replace('[www]', '[app]'),
      'fpm-pool',
      'has a [app] section with PHP-FPM pool keys',
    ],
    [
      'roles/php/templates/pool.conf.j2',
      '[{{ pool_name }}]\nlisten = {{ php_socket }}\npm = ondemand\n',
      'fpm-pool',
      'has a [{{ pool_name }}] section with PHP-FPM pool keys',
    ],
    [
      'docker/zz-docker.conf',
      '[global]\ndaemonize = no\n\n[www]\nlisten = 9000\n',
      'fpm-pool',
      'has a [www] section with PHP-FPM pool keys',
    ],
    [
      'docker/docker.conf',
      '[global]\nerror_log = /proc/self/fd/2\n\n[www]\naccess.log = /proc/self/fd/2\nclear_env = no\ncatch_workers_output = yes\n',
      'fpm-pool',
      'has a [www] section with PHP-FPM pool keys',
    ],
    [
      'php-fpm.conf',
      '[global]\npid = /run/php/php8.2-fpm.pid\nerror_log = /var/log/php8.2-fpm.log\ninclude=/etc/php/8.2/fpm/pool.d/*.conf\n',
      'fpm-main',
      'has PHP-FPM global settings with include =',
    ],
    ['etc/php-fpm', ';comment\n[global]\ndaemonize = no\n', 'fpm-main', 'has a [global] section'],
    [
      'fpm.conf',
      'pid = run/php-fpm.pid\nerror_log = log/php-fpm.log\n',
      'fpm-main',
      'has PHP-FPM global keys (pid, error_log)',
    ],
  ])('%s is PHP-FPM', (path, text, kind, reason) => {
    expect(classify(path, text)).toEqual({ kind, reason });
  });

  it.each([
    ['php.ini', '[PHP]\nengine = On\nmemory_limit = 128M\n'],
    ['conf.d/docker-php-ext-opcache.ini', 'zend_extension=opcache\nopcache.enable=1\n'],
    ['conf/uploads.ini', 'memory_limit = 256M\nupload_max_filesize = 64M\n'],
    [
      'supervisord.conf',
      '[supervisord]\nnodaemon=true\nuser=root\n\n[program:php-fpm]\ncommand=php-fpm -F\n',
    ],
    ['README.md', '```nginx\nserver {\n  listen 80;\n}\n```\n'],
    ['LICENSE', 'Permission is hereby granted; free of charge {to any person};\n'],
    ['src/index.php', '<?php\nfunction listen() { return 1; }\n'],
    ['.env', 'APP_ENV=production\nDB_HOST=db\n'],
    // Other programs' INI files that share FPM's section and key names.
    ['.config/pip/pip.conf', '[global]\ncache-dir = false\nindex-url = https://pypi.example/simple\n'],
    [
      '.subversion/servers',
      '[groups]\n\n[global]\nstore-plaintext-passwords = no\nhttp-timeout = 60\nhttp-compression = yes\n',
    ],
    [
      'config/glances/glances.conf',
      '[global]\ncheck_update=false\nrefresh=2\n\n[outputs]\ncurse_theme=black\nmax_processes_display=25\nuser=glances\ngroup=glances\n',
    ],
    [
      'config/setio/reads.ini',
      '[global]\nioengine=libaio\ndirect=1\nsize=1g\n\n[reads]\nrw=randread\nbs=4k\n',
    ],
  ])('%s is other', (path, text) => {
    expect(classify(path, text).kind).toBe('other');
  });

  it.each([
    ['Dockerfile', 'dockerfile'],
    ['docker/Dockerfile.prod', 'dockerfile'],
    ['php.Dockerfile', 'dockerfile'],
    ['images/fpm.dockerfile', 'dockerfile'],
    ['Containerfile', 'dockerfile'],
    ['.socklint.yml', 'socklint-config'],
    ['deploy/php-fpm.service', 'systemd'],
    ['deploy/app.socket', 'systemd'],
    ['debian/tmpfiles.d/php.conf', 'tmpfiles'],
    ['scripts/setup.sh', 'shell'],
    ['scripts/setup.bash', 'shell'],
  ])('%s is %s by its name', (path, kind) => {
    expect(classify(path, 'whatever = 1\n').kind).toBe(kind);
  });

  it('recognises shell scripts by their #! line only when it names a shell', () => {
    expect(classify('bin/provision', '#!/usr/bin/env bash\nset -e\n')).toEqual({
      kind: 'shell',
      reason: 'has a shell #! line',
    });
    expect(classify('docker-entrypoint', '#!/bin/sh -e\nexec "$@"\n').kind).toBe('shell');
    expect(classify('bin/tool', '#!/usr/bin/env python3\nprint(1)\n').kind).toBe('other');
    expect(classify('bin/fishy', '#!/usr/bin/fish\necho\n').kind).toBe('other');
  });

  it('recognises Ansible task lists and playbooks, not other YAML', () => {
    expect(
      classify(
        'roles/web/tasks/main.yml',
        '---\n- name: Pool\n  ansible.builtin.template:\n    src: a\n    dest: b\n',
      ),
    ).toEqual({
      kind: 'ansible',
      reason: 'a list of Ansible tasks (uses ansible.builtin.template:)',
    });
    expect(classify('site.yaml', '# play\n- hosts: web\n  roles: [php]\n')).toEqual({
      kind: 'ansible',
      reason: 'an Ansible playbook (has hosts:)',
    });
    expect(classify('docker-compose.yml', 'services:\n  php:\n    image: php:8.2-fpm\n').kind).toBe('other');
    expect(
      classify(
        '.github/workflows/ci.yml',
        'on: push\njobs:\n  test:\n    steps:\n      - uses: actions/checkout@v4\n',
      ).kind,
    ).toBe('other');
    expect(classify('.pre-commit-hooks.yaml', '- id: socklint\n  entry: socklint\n').kind).toBe('other');
  });
});
