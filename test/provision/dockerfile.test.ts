import { beforeAll, describe, expect, it } from '@jest/globals';
import { loadProvisionParsers } from '../../src/engine/parse/provision/index.js';
import { dockerfileFacts } from '../../src/engine/parse/provision/dockerfile.js';
import { source, span, withoutLocations } from './helpers.js';

beforeAll(() => loadProvisionParsers());

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
      {
        kind: 'cmd',
        argv: ['supervisord'],
        words: [expect.objectContaining({ text: 'supervisord' })],
        shellForm: false,
        location: span(file, 'CMD ["supervisord"]'),
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
      {
        kind: 'write-file',
        path: '/tmp/x',
        content: [{ text: 'a <<NOT', location: span(file, 'a <<NOT'), verbatim: true }, { text: '\n' }],
        append: false,
        location: span(file, 'echo "a <<NOT" > /tmp/x'),
      },
      { kind: 'group-add', group: 'web', location: span(file, 'addgroup -S web') },
      { kind: 'user', user: 'web', location: span(file, 'USER web') },
    ]);
  });

  it('keeps files that RUN heredocs and COPY heredocs write, line by line, and no program heredoc as shell', () => {
    const file = source(
      'Dockerfile',
      [
        'FROM php:8.2-fpm',
        'ARG SOCK=/run/php/php-fpm.sock',
        'RUN cat <<EOF > /usr/local/etc/php-fpm.d/zz-socket.conf',
        '[www]',
        'listen = $SOCK',
        'EOF',
        'RUN python3 <<EOF',
        'import os',
        'EOF',
        "COPY <<'EOF' /usr/local/etc/php-fpm.d/yy.conf",
        '[www]',
        'listen.mode = 0660',
        'EOF',
      ].join('\n'),
    );
    const { facts, notes } = dockerfileFacts(file);
    expect(notes).toEqual([]);
    expect(facts.map((f) => f.kind)).toEqual(['from', 'write-file', 'write-file']);
    const [, written, copied] = facts;
    expect(written).toEqual({
      kind: 'write-file',
      path: '/usr/local/etc/php-fpm.d/zz-socket.conf',
      content: [
        {
          text: '[www]\nlisten = ',
          location: { ...span(file, '[www]\nlisten = '), endColumn: 10 },
          verbatim: true,
        },
        { text: '/run/php/php-fpm.sock', location: span(file, '$SOCK') },
        {
          text: '\n',
          location: { ...span(file, '$SOCK'), column: 15, endLine: 6, endColumn: 1 },
          verbatim: true,
        },
      ],
      append: false,
      location: span(file, 'cat <<EOF > /usr/local/etc/php-fpm.d/zz-socket.conf'),
    });
    expect(copied).toEqual({
      kind: 'write-file',
      path: '/usr/local/etc/php-fpm.d/yy.conf',
      content: [
        { text: '[www]', location: span(file, '[www]', 1), verbatim: true },
        { text: '\n' },
        { text: 'listen.mode = 0660', location: span(file, 'listen.mode = 0660'), verbatim: true },
        { text: '\n' },
      ],
      append: false,
      location: span(file, "COPY <<'EOF' /usr/local/etc/php-fpm.d/yy.conf"),
    });
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
      { kind: 'chmod', path: '/run/php', mode: 0o755, recursive: false, keepsSpecial: true },
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

  it('keeps unknown values out of facts and names them, and substitutes what Docker knows', () => {
    const file = source(
      'Dockerfile',
      [
        'ARG BASE_TAG',
        'FROM php:${BASE_TAG}-fpm',
        'ARG APP_USER',
        'RUN mkdir -p "$RUNTIME_DIR" && chown "$APP_USER" /srv && useradd "$APP_USER"',
        'COPY pool.conf $PHP_INI_DIR/../php-fpm.d/',
      ].join('\n'),
    );
    expect(withoutLocations(dockerfileFacts(file).facts)).toEqual([
      { kind: 'from', image: 'php:${BASE_TAG}-fpm', unknown: ['$BASE_TAG'] },
      { kind: 'unknown-account', account: 'user', expression: '$APP_USER' },
      {
        kind: 'copy',
        sources: ['pool.conf'],
        dest: '/usr/local/etc/php-fpm.d/',
        sourceBase: 'build-context',
      },
    ]);
  });

  it('takes build arguments from the caller and declared values only where the Dockerfile has none', () => {
    const file = source(
      'Dockerfile',
      [
        'ARG PHP=8.1',
        'FROM php:${PHP}-fpm',
        'ARG POOL',
        'ARG USER=www-data',
        'RUN useradd "$POOL" && usermod -aG "$USER" "$POOL"',
      ].join('\n'),
    );
    const facts = (o: Parameters<typeof dockerfileFacts>[1]) =>
      withoutLocations(dockerfileFacts(file, o).facts);
    expect(facts({ buildArgs: { PHP: '8.3' }, declared: { POOL: 'shop', USER: 'nobody' } })).toEqual([
      { kind: 'from', image: 'php:8.3-fpm' },
      { kind: 'group-add', group: 'shop' },
      { kind: 'user-add', user: 'shop', primaryGroup: 'shop', groups: [], system: false },
      { kind: 'member-add', user: 'shop', group: 'www-data' },
    ]);
  });

  it('reads COPY flags, ADD of URLs and archives, SHELL, and ENTRYPOINT/CMD in both forms', () => {
    const file = source(
      'Dockerfile',
      [
        'FROM debian:12',
        'COPY --link --chmod=0644 --chown=root:www-data conf/*.conf /etc/php/8.2/fpm/pool.d/',
        'ADD https://example.com/conf/site.conf?x=1 /etc/nginx/conf.d/',
        'ADD rootfs.tar.gz /',
        'SHELL ["/bin/bash", "-o", "pipefail", "-c"]',
        'RUN mkdir /run/php',
        'ENTRYPOINT ["/entrypoint.sh"]',
        'CMD php-fpm8.2 -F',
        'SHELL ["pwsh", "-Command"]',
        'RUN mkdir C:\\x',
      ].join('\n'),
    );
    const { facts, notes } = dockerfileFacts(file);
    expect(
      facts.map(({ location: _, ...f }) =>
        f.kind === 'entrypoint' || f.kind === 'cmd' ? { ...f, words: f.words.map((w) => w.text) } : f,
      ),
    ).toEqual([
      { kind: 'from', image: 'debian:12' },
      {
        kind: 'copy',
        sources: ['conf/*.conf'],
        dest: '/etc/php/8.2/fpm/pool.d/',
        sourceBase: 'build-context',
        chown: 'root:www-data',
        chmod: '0644',
      },
      {
        kind: 'unknown-content',
        path: '/etc/nginx/conf.d/site.conf',
        reason: 'downloaded by ADD https://example.com/conf/site.conf?x=1',
      },
      { kind: 'mkdir', path: '/run/php' },
      { kind: 'entrypoint', argv: ['/entrypoint.sh'], words: ['/entrypoint.sh'], shellForm: false },
      {
        kind: 'cmd',
        argv: ['/bin/bash', '-o', 'pipefail', '-c', 'php-fpm8.2 -F'],
        words: ['/bin/bash', '-o', 'pipefail', '-c', 'php-fpm8.2 -F'],
        shellForm: true,
      },
    ]);
    expect(notes.map((n) => n.code)).toEqual(['archive-not-read']);
    const cmd = facts.find((f) => f.kind === 'cmd')!;
    expect(cmd.kind === 'cmd' && cmd.words[4].offsets[0]).toBe(file.text.indexOf('php-fpm8.2 -F'));
  });

  it('keeps Dockerfiles with CRLF line ends, a BOM-less escape directive and comments inside RUN continuations exact', () => {
    const file = source(
      'Dockerfile',
      [
        'FROM php:8.2-fpm',
        'RUN set -eux; \\',
        '  # create the socket directory',
        '  mkdir -p /run/php \\',
        '',
        '  && chown www-data /run/php',
      ].join('\r\n'),
    );
    expect(dockerfileFacts(file).facts.slice(1)).toEqual([
      {
        kind: 'mkdir',
        path: '/run/php',
        location: { file: 'Dockerfile', line: 4, column: 3, endLine: 4, endColumn: 20 },
      },
      {
        kind: 'chown',
        path: '/run/php',
        owner: 'www-data',
        recursive: false,
        location: { file: 'Dockerfile', line: 6, column: 6, endLine: 6, endColumn: 29 },
      },
    ]);
  });

  it('reads a RUN line up to a line the shell cannot parse, and the next instructions again', () => {
    const file = source(
      'Dockerfile',
      ['FROM debian:12', 'RUN useradd a; \\', '    useradd c && echo "unterminated', 'RUN useradd b'].join(
        '\n',
      ),
    );
    const { facts, notes } = dockerfileFacts(file);
    // The continuation makes one shell line: the shell parses it whole and runs none of it.
    expect(facts.filter((f) => f.kind === 'user-add').map((f) => f.kind === 'user-add' && f.user)).toEqual([
      'b',
    ]);
    expect(notes).toEqual([
      {
        level: 'notice',
        code: 'shell-syntax-error',
        message: expect.stringContaining('socklint cannot read this shell line'),
        // The RUN line and its continuation are one shell line.
        location: expect.objectContaining({ file: 'Dockerfile', line: 2, endLine: 3 }),
      },
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
    const strip = withoutLocations(facts).filter((f) => f.kind !== 'cmd');
    expect(notes).toEqual([]);
    expect(strip.slice(0, 10)).toEqual([
      { kind: 'from', image: 'debian:bookworm-slim' },
      // The legacy form keeps the value's inner blanks, tabs included (as `docker inspect` shows it).
      { kind: 'env', name: 'PHPIZE_DEPS', value: 'autoconf \t\tdpkg-dev' },
      { kind: 'install-packages', manager: 'apt', packages: ['autoconf', 'dpkg-dev', 'ca-certificates'] },
      { kind: 'env', name: 'PHP_INI_DIR', value: '/usr/local/etc/php' },
      { kind: 'mkdir', path: '/usr/local/etc/php/conf.d' },
      { kind: 'mkdir', path: '/var/www/html' },
      { kind: 'chown', path: '/var/www/html', owner: 'www-data', group: 'www-data', recursive: false },
      { kind: 'chmod', path: '/var/www/html', mode: 0o1777, recursive: false, keepsSpecial: true },
      { kind: 'workdir', path: '/var/www/html' },
      // Inside `if [ -d php-fpm.d ]`, which socklint cannot decide: only possible.
      {
        kind: 'copy',
        sources: ['/usr/local/etc/php-fpm.conf.default'],
        dest: '/usr/local/etc/php-fpm.conf',
        sourceBase: 'machine',
        maybe: true,
      },
    ]);
    expect(facts[7].location).toEqual(span(file, 'chmod 1777 /var/www/html'));
    expect(
      strip
        .slice(10)
        .map((f) => [f.kind, 'path' in f ? f.path : 'dest' in f ? f.dest : '', f.maybe ?? false]),
    ).toEqual([
      ['edit-file', '/usr/local/etc/php-fpm.conf', true],
      ['copy', '/usr/local/etc/php-fpm.d/www.conf', true],
      ['write-file', '/usr/local/etc/php-fpm.d/zz-docker.conf', false],
    ]);
    const zz = facts.find((f) => f.kind === 'write-file');
    expect(zz?.kind === 'write-file' && zz.content.map((p) => p.text).join('')).toBe(
      '[www]\nlisten = 9000\n',
    );
  });
});

describe('who RUN lines run as', () => {
  it('creates directories as the USER of the stage, inherited by a stage built FROM it', () => {
    const file = source(
      'Dockerfile',
      [
        'FROM php:8.2-fpm AS base',
        'RUN mkdir -p /run/php',
        'USER www-data:www-data',
        'RUN mkdir -p /tmp/php-fpm',
        'FROM base',
        'RUN mkdir /tmp/run && su-exec root mkdir /tmp/as-root',
      ].join('\n'),
    );
    const dirs = dockerfileFacts(file).facts.flatMap((f) =>
      f.kind === 'mkdir' ? [`${f.path} ${f.owner ?? '(root)'}:${f.group ?? '(root)'}`] : [],
    );
    expect(dirs).toEqual([
      '/run/php (root):(root)',
      '/tmp/php-fpm www-data:www-data',
      '/tmp/run www-data:www-data',
      '/tmp/as-root (root):(root)',
    ]);
  });
});

describe('COPY --from by index', () => {
  it('counts stages by position, named or not', () => {
    const file = source(
      'Dockerfile',
      [
        'FROM debian:12 AS a',
        'FROM debian:12',
        'FROM debian:12 AS c',
        'COPY --from=1 /x /y',
        'COPY --from=a /x /z',
      ].join('\n'),
    );
    const copies = dockerfileFacts(file).facts.flatMap((f) => (f.kind === 'copy' ? [f.fromStage] : []));
    expect(copies).toEqual(['1', 'a']);
  });
});

describe('COPY to a destination that depends on an unknown value', () => {
  it('keeps the sources, the destination as written and the directory known before the first unknown part', () => {
    const file = source(
      'Dockerfile',
      [
        'FROM php:8.2-fpm',
        'ARG POOL_DIR',
        'ARG SUB',
        'WORKDIR /app',
        'COPY zz-socket.conf ${POOL_DIR}/zz-socket.conf',
        'ADD conf/ etc/php-${SUB}/',
        'COPY --from=build /out/www.conf /usr/local/etc/${SUB}/',
        'COPY <<EOF ${POOL_DIR}/inline.conf',
        '[www]',
        'EOF',
      ].join('\n'),
    );
    const facts = dockerfileFacts(file).facts.filter((f) => f.kind === 'copy-unknown-dest');
    expect(facts).toEqual([
      {
        kind: 'copy-unknown-dest',
        instruction: 'COPY',
        sources: ['zz-socket.conf'],
        dest: '${POOL_DIR}/zz-socket.conf',
        unknown: ['$POOL_DIR'],
        sourceBase: 'build-context',
        location: span(file, 'COPY zz-socket.conf ${POOL_DIR}/zz-socket.conf'),
      },
      {
        kind: 'copy-unknown-dest',
        instruction: 'ADD',
        sources: ['conf/'],
        dest: 'etc/php-${SUB}/',
        prefix: '/app/etc',
        unknown: ['$SUB'],
        sourceBase: 'build-context',
        location: span(file, 'ADD conf/ etc/php-${SUB}/'),
      },
      {
        kind: 'copy-unknown-dest',
        instruction: 'COPY',
        sources: ['/out/www.conf'],
        dest: '/usr/local/etc/${SUB}/',
        prefix: '/usr/local/etc',
        unknown: ['$SUB'],
        sourceBase: 'stage',
        location: span(file, 'COPY --from=build /out/www.conf /usr/local/etc/${SUB}/'),
      },
    ]);
  });

  it('keeps a heredoc that configures a server with its text where it is written, and drops other text', () => {
    const file = source(
      'Dockerfile',
      [
        'FROM php:8.2-fpm',
        'ARG POOL_DIR',
        'COPY <<EOF ${POOL_DIR}/inline.conf',
        '[www]',
        'listen = /run/php/www.sock',
        'EOF',
        'COPY <<EOF ${POOL_DIR}/',
        'not configuration',
        'EOF',
      ].join('\n'),
    );
    const facts = dockerfileFacts(file).facts.filter((f) => f.kind === 'write-unknown-dest');
    expect(facts).toEqual([
      {
        kind: 'write-unknown-dest',
        how: 'COPY',
        dest: '${POOL_DIR}/inline.conf',
        unknown: ['$POOL_DIR'],
        content: [
          { text: '[www]', location: span(file, '[www]'), verbatim: true },
          { text: '\n' },
          {
            text: 'listen = /run/php/www.sock',
            location: span(file, 'listen = /run/php/www.sock'),
            verbatim: true,
          },
          { text: '\n' },
        ],
        append: false,
        location: span(file, 'COPY <<EOF ${POOL_DIR}/inline.conf'),
      },
    ]);
  });
});
