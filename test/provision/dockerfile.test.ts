import { describe, expect, it } from '@jest/globals';
import { dockerfileFacts } from '../../src/engine/parse/provision/dockerfile.js';
import { source, span, withoutLocations } from './helpers.js';

describe('dockerfileFacts', () => {
  it('reads an nginx + php-fpm single image', () => {
    const file = source(
      'docker/Dockerfile',
      [
        'ARG PHP_VERSION=8.2',
        'FROM php:${PHP_VERSION}-fpm',
        '',
        '# nginx in the same image',
        'RUN apt-get update \\',
        '    && apt-get install -y --no-install-recommends nginx supervisor \\',
        '    && rm -rf /var/lib/apt/lists/*',
        'COPY docker/nginx.conf /etc/nginx/sites-available/default',
        'COPY docker/www.conf /usr/local/etc/php-fpm.d/',
        'RUN rm -f /usr/local/etc/php-fpm.d/zz-docker.conf /etc/nginx/sites-enabled/default',
        'RUN mkdir -p /run/php && chown www-data:www-data /run/php',
        'WORKDIR /var/www/html',
        'COPY --chown=www-data:www-data . .',
        'CMD ["supervisord"]',
      ].join('\n'),
    );
    const { facts, notes } = dockerfileFacts(file);
    expect(notes).toEqual([]);
    expect(facts).toEqual([
      { kind: 'from', image: 'php:8.2-fpm', location: span(file, 'FROM php:${PHP_VERSION}-fpm') },
      {
        kind: 'install-packages',
        manager: 'apt',
        packages: ['nginx', 'supervisor'],
        location: span(file, 'apt-get install -y --no-install-recommends nginx supervisor'),
      },
      {
        kind: 'copy',
        sourceBase: 'build-context',
        sources: ['docker/nginx.conf'],
        dest: '/etc/nginx/sites-available/default',
        location: span(file, 'COPY docker/nginx.conf /etc/nginx/sites-available/default'),
      },
      {
        kind: 'copy',
        sourceBase: 'build-context',
        sources: ['docker/www.conf'],
        dest: '/usr/local/etc/php-fpm.d/',
        location: span(file, 'COPY docker/www.conf /usr/local/etc/php-fpm.d/'),
      },
      {
        kind: 'remove',
        path: '/usr/local/etc/php-fpm.d/zz-docker.conf',
        recursive: false,
        location: span(
          file,
          'rm -f /usr/local/etc/php-fpm.d/zz-docker.conf /etc/nginx/sites-enabled/default',
        ),
      },
      {
        kind: 'remove',
        path: '/etc/nginx/sites-enabled/default',
        recursive: false,
        location: span(
          file,
          'rm -f /usr/local/etc/php-fpm.d/zz-docker.conf /etc/nginx/sites-enabled/default',
        ),
      },
      { kind: 'mkdir', path: '/run/php', location: span(file, 'mkdir -p /run/php') },
      {
        kind: 'chown',
        path: '/run/php',
        owner: 'www-data',
        group: 'www-data',
        recursive: false,
        location: span(file, 'chown www-data:www-data /run/php'),
      },
      { kind: 'workdir', path: '/var/www/html', location: span(file, 'WORKDIR /var/www/html') },
      {
        kind: 'copy',
        sourceBase: 'build-context',
        sources: ['.'],
        dest: '/var/www/html/',
        workdir: '/var/www/html',
        chown: 'www-data:www-data',
        location: span(file, 'COPY --chown=www-data:www-data . .'),
      },
    ]);
  });

  it('gives each command of a continued RUN its own span across lines', () => {
    const file = source(
      'Dockerfile',
      [
        'FROM php:8.3-fpm-alpine',
        'RUN set -eux; \\',
        '\tadduser -u 82 -D -S -G www-data www-data; \\',
        '  # members',
        '\taddgroup nginx www-data',
      ].join('\n'),
    );
    const { facts } = dockerfileFacts(file);
    expect(facts.slice(1)).toEqual([
      {
        kind: 'user-add',
        user: 'www-data',
        uid: 82,
        primaryGroup: 'www-data',
        groups: [],
        system: true,
        location: { file: 'Dockerfile', line: 3, column: 2, endLine: 3, endColumn: 42 },
      },
      {
        kind: 'member-add',
        user: 'nginx',
        group: 'www-data',
        location: { file: 'Dockerfile', line: 5, column: 2, endLine: 5, endColumn: 25 },
      },
    ]);
  });

  it('reads the official nginx image account creation (Debian and Alpine forms)', () => {
    const file = source(
      'Dockerfile',
      [
        'FROM debian:bookworm-slim',
        'RUN set -x \\',
        '    && groupadd --system --gid 101 nginx \\',
        '    && useradd --system --gid nginx --no-create-home --home /nonexistent --comment "nginx user" --shell /bin/false --uid 101 nginx',
        'FROM alpine:3.20',
        'RUN addgroup -g 101 -S nginx \\',
        '    && adduser -S -D -H -u 101 -h /var/cache/nginx -s /sbin/nologin -G nginx -g nginx nginx',
      ].join('\n'),
    );
    const kinds = withoutLocations(dockerfileFacts(file).facts);
    expect(kinds).toEqual([
      { kind: 'from', image: 'debian:bookworm-slim' },
      { kind: 'group-add', group: 'nginx', gid: 101 },
      { kind: 'user-add', user: 'nginx', uid: 101, primaryGroup: 'nginx', groups: [], system: true },
      { kind: 'from', image: 'alpine:3.20' },
      { kind: 'group-add', group: 'nginx', gid: 101 },
      { kind: 'user-add', user: 'nginx', uid: 101, primaryGroup: 'nginx', groups: [], system: true },
    ]);
  });

  it('parses heredoc RUN bodies as shell, with file positions', () => {
    const file = source(
      'Dockerfile',
      [
        'FROM nginx:1.27',
        'RUN <<EOF',
        'set -e',
        'usermod -aG www-data nginx',
        'ln -sf /etc/nginx/sites-available/app /etc/nginx/sites-enabled/',
        'EOF',
        'USER nginx',
      ].join('\n'),
    );
    const { facts } = dockerfileFacts(file);
    expect(facts.slice(1)).toEqual([
      {
        kind: 'member-add',
        user: 'nginx',
        group: 'www-data',
        location: span(file, 'usermod -aG www-data nginx'),
      },
      {
        kind: 'symlink',
        target: '/etc/nginx/sites-available/app',
        link: '/etc/nginx/sites-enabled/app',
        location: span(file, 'ln -sf /etc/nginx/sites-available/app /etc/nginx/sites-enabled/'),
      },
      { kind: 'user', user: 'nginx', location: span(file, 'USER nginx') },
    ]);
  });

  it('finds heredocs as the shell does: not inside quotes, and with <<- tab stripping', () => {
    const file = source(
      'Dockerfile',
      [
        'FROM alpine',
        'RUN echo "a <<NOT" > /tmp/x',
        "RUN bash -e <<-'SCRIPT'",
        '\taddgroup -S web',
        '\tSCRIPT',
        'USER web',
      ].join('\n'),
    );
    expect(dockerfileFacts(file).facts.slice(1)).toEqual([
      { kind: 'group-add', group: 'web', location: span(file, 'addgroup -S web') },
      { kind: 'user', user: 'web', location: span(file, 'USER web') },
    ]);
  });

  it('does not read a heredoc fed to another program, but notes a config written by it', () => {
    const file = source(
      'Dockerfile',
      [
        'FROM php:8.2-fpm',
        'RUN cat <<EOF > /usr/local/etc/php-fpm.d/zz-socket.conf',
        '[www]',
        'listen = /run/php/php-fpm.sock',
        'EOF',
        'RUN python3 <<EOF',
        'import os',
        'EOF',
        'COPY <<EOF /usr/local/etc/php-fpm.d/yy.conf',
        '[www]',
        'EOF',
      ].join('\n'),
    );
    const { facts, notes } = dockerfileFacts(file);
    expect(facts.map((f) => f.kind)).toEqual(['from']);
    expect(notes).toEqual([
      {
        level: 'notice',
        code: 'config-edited-by-script',
        message: expect.stringContaining(
          '/usr/local/etc/php-fpm.d/zz-socket.conf is written by a redirection',
        ),
        location: span(file, 'cat <<EOF > /usr/local/etc/php-fpm.d/zz-socket.conf'),
      },
      {
        level: 'notice',
        code: 'config-edited-by-script',
        message: expect.stringContaining(
          '/usr/local/etc/php-fpm.d/yy.conf is written inline by a COPY heredoc',
        ),
        location: span(file, 'COPY <<EOF /usr/local/etc/php-fpm.d/yy.conf'),
      },
    ]);
  });

  it('reads exec-form RUN and COPY, and sh -c scripts inside JSON strings', () => {
    const file = source(
      'Dockerfile',
      [
        'FROM alpine',
        'RUN ["addgroup", "-S", "app"]',
        'RUN ["/bin/sh", "-c", "mkdir -m 0750 /run/app && chown app:app /run/app"]',
        'COPY ["conf/app pool.conf", "/etc/php82/php-fpm.d/"]',
      ].join('\n'),
    );
    const { facts } = dockerfileFacts(file);
    expect(facts.slice(1)).toEqual([
      { kind: 'group-add', group: 'app', location: span(file, '"addgroup", "-S", "app"') },
      { kind: 'mkdir', path: '/run/app', mode: 0o750, location: span(file, 'mkdir -m 0750 /run/app') },
      {
        kind: 'chown',
        path: '/run/app',
        owner: 'app',
        group: 'app',
        recursive: false,
        location: span(file, 'chown app:app /run/app'),
      },
      {
        kind: 'copy',
        sourceBase: 'build-context',
        sources: ['conf/app pool.conf'],
        dest: '/etc/php82/php-fpm.d/',
        location: span(file, 'COPY ["conf/app pool.conf", "/etc/php82/php-fpm.d/"]'),
      },
    ]);
  });

  it('honours the escape directive, ARG scoping, ENV and multi-stage COPY --from', () => {
    const file = source(
      'Dockerfile',
      [
        '# escape=`',
        'ARG BASE=php:8.2-fpm',
        'FROM ${BASE} AS base',
        'ARG BASE',
        'ENV PHP_INI_DIR=/usr/local/etc/php SOCK_DIR="/run/php"',
        'RUN mkdir -p `',
        '    $SOCK_DIR && chmod 0755 "${SOCK_DIR}"',
        'FROM base AS final',
        'COPY --from=base --chown=www-data /usr/local/etc/php-fpm.d/ /usr/local/etc/php-fpm.d/',
        'RUN install -d -m 2770 -o www-data -g nginx ${SOCK_DIR}/pool',
      ].join('\n'),
    );
    const { facts } = dockerfileFacts(file);
    const strip = withoutLocations(facts);
    expect(strip).toEqual([
      { kind: 'from', image: 'php:8.2-fpm', stage: 'base' },
      { kind: 'env', name: 'PHP_INI_DIR', value: '/usr/local/etc/php' },
      { kind: 'env', name: 'SOCK_DIR', value: '/run/php' },
      { kind: 'mkdir', path: '/run/php' },
      { kind: 'chmod', path: '/run/php', mode: 0o755, recursive: false },
      { kind: 'from', image: 'base', stage: 'final' },
      {
        kind: 'copy',
        sourceBase: 'stage',
        sources: ['/usr/local/etc/php-fpm.d/'],
        dest: '/usr/local/etc/php-fpm.d/',
        fromStage: 'base',
        chown: 'www-data',
      },
      { kind: 'mkdir', path: '/run/php/pool', mode: 0o2770, owner: 'www-data', group: 'nginx' },
    ]);
    expect(facts[2].location).toEqual(span(file, 'SOCK_DIR="/run/php"'));
    expect(facts[3].location).toEqual({ file: 'Dockerfile', line: 6, column: 5, endLine: 7, endColumn: 14 });
    expect(facts[4].location).toEqual(span(file, 'chmod 0755 "${SOCK_DIR}"'));
  });

  it('keeps unknown variables out of facts instead of guessing', () => {
    const file = source(
      'Dockerfile',
      ['FROM php:${V}-fpm', 'RUN mkdir -p "$RUNTIME_DIR" && chown "$APP_USER" /srv'].join('\n'),
    );
    const { facts } = dockerfileFacts(file);
    expect(facts).toEqual([
      { kind: 'from', image: 'php:${V}-fpm', location: span(file, 'FROM php:${V}-fpm') },
    ]);
  });
});

describe('dockerfileFacts on the official php image', () => {
  it('reads the docker-library/php patterns: comments inside continuations, PHPIZE_DEPS, cd and tee', () => {
    const file = source(
      'Dockerfile',
      [
        'FROM debian:bookworm-slim',
        'ENV PHPIZE_DEPS \\',
        '\t\tautoconf \\',
        '\t\tdpkg-dev',
        'RUN set -eux; \\',
        '\tapt-get update; \\',
        '\tapt-get install -y --no-install-recommends \\',
        '\t\t$PHPIZE_DEPS \\',
        '\t\tca-certificates \\',
        '\t; \\',
        '\trm -rf /var/lib/apt/lists/*',
        'ENV PHP_INI_DIR /usr/local/etc/php',
        'RUN set -eux; \\',
        '\tmkdir -p "$PHP_INI_DIR/conf.d"; \\',
        '# allow running as an arbitrary user (https://github.com/docker-library/php/issues/743)',
        '\t[ ! -d /var/www/html ]; \\',
        '\tmkdir -p /var/www/html; \\',
        '\tchown www-data:www-data /var/www/html; \\',
        '\tchmod 1777 /var/www/html',
        'WORKDIR /var/www/html',
        'RUN set -eux; \\',
        '\tcd /usr/local/etc; \\',
        '\tif [ -d php-fpm.d ]; then \\',
        '\t\t# for some reason, upstream\'s php-fpm.conf.default has "include=NONE/etc/php-fpm.d/*.conf"',
        "\t\tsed 's!=NONE/!=!g' php-fpm.conf.default | tee php-fpm.conf > /dev/null; \\",
        '\t\tcp php-fpm.d/www.conf.default php-fpm.d/www.conf; \\',
        '\tfi; \\',
        '\t{ \\',
        "\t\techo '[www]'; \\",
        "\t\techo 'listen = 9000'; \\",
        '\t} | tee php-fpm.d/zz-docker.conf',
        'STOPSIGNAL SIGQUIT',
        'EXPOSE 9000',
        'CMD ["php-fpm"]',
      ].join('\n'),
    );
    const { facts, notes } = dockerfileFacts(file);
    const strip = withoutLocations(facts);
    expect(strip).toEqual([
      { kind: 'from', image: 'debian:bookworm-slim' },
      { kind: 'env', name: 'PHPIZE_DEPS', value: 'autoconf dpkg-dev' },
      { kind: 'install-packages', manager: 'apt', packages: ['autoconf', 'dpkg-dev', 'ca-certificates'] },
      { kind: 'env', name: 'PHP_INI_DIR', value: '/usr/local/etc/php' },
      { kind: 'mkdir', path: '/usr/local/etc/php/conf.d' },
      { kind: 'mkdir', path: '/var/www/html' },
      { kind: 'chown', path: '/var/www/html', owner: 'www-data', group: 'www-data', recursive: false },
      { kind: 'chmod', path: '/var/www/html', mode: 0o1777, recursive: false },
      { kind: 'workdir', path: '/var/www/html' },
      {
        kind: 'copy',
        sourceBase: 'machine',
        sources: ['/usr/local/etc/php-fpm.d/www.conf.default'],
        dest: '/usr/local/etc/php-fpm.d/www.conf',
      },
    ]);
    expect(facts[7].location).toEqual(span(file, 'chmod 1777 /var/www/html'));
    expect(notes.map((n) => [n.code, n.message.split(' ')[0], n.location?.line])).toEqual([
      ['config-edited-by-script', '/usr/local/etc/php-fpm.conf', 25],
      ['config-edited-by-script', '/usr/local/etc/php-fpm.d/zz-docker.conf', 31],
    ]);
  });
});
