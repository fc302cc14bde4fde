import { describe, expect, it } from '@jest/globals';
import { shellFacts } from '../../src/engine/parse/provision/shell.js';
import { tokenizeShell } from '../../src/engine/parse/provision/shellwords.js';
import { sliceOf } from '../../src/engine/parse/provision/text.js';
import { source, span } from './helpers.js';

const SETUP = `#!/usr/bin/env bash
# Provision a single VM with nginx and php8.2-fpm
set -euo pipefail

PHP_VERSION=8.2
SOCK_DIR=/run/php

sudo apt-get install -y nginx "php\${PHP_VERSION}-fpm" || exit 1
sudo usermod -aG www-data nginx
sudo usermod -a -G www-data,adm deploy
usermod -G web,www-data app # -G without -a replaces, still a membership
gpasswd -a nginx www-data
id -u app >/dev/null 2>&1 || useradd --system -g www-data -G adm -u 998 app

install -d -m 0755 -o www-data -g www-data "$SOCK_DIR"
install -m 0644 conf/pool.conf /etc/php/$PHP_VERSION/fpm/pool.d/app.conf
cp -f conf/site.conf /etc/nginx/sites-available/app
ln -sf /etc/nginx/sites-available/app /etc/nginx/sites-enabled/app
ln -s ../sites-available/api /etc/nginx/sites-enabled
sed -i 's/^listen = .*/listen = \\/run\\/php\\/app.sock/' /etc/php/$PHP_VERSION/fpm/pool.d/www.conf
sed -e 's/a/b/' -i.bak /etc/nginx/nginx.conf
sed -i 's/x/y/' /etc/hosts
cat > /etc/nginx/conf.d/upstream.conf <<'CONF'
upstream php { server unix:/run/php/app.sock; }
useradd ignored-inside-heredoc
CONF
chmod -R g+w /var/www && chown -R app: /var/www
echo done | tee -a /var/log/setup.log
`;

describe('shellFacts', () => {
  it('reads a provisioning setup.sh', () => {
    const file = source('scripts/setup.sh', SETUP);
    const { facts, notes } = shellFacts(file);
    expect(facts).toEqual([
      {
        kind: 'install-packages',
        manager: 'apt',
        packages: ['nginx', 'php8.2-fpm'],
        location: span(file, 'sudo apt-get install -y nginx "php${PHP_VERSION}-fpm"'),
      },
      {
        kind: 'member-add',
        user: 'nginx',
        group: 'www-data',
        location: span(file, 'sudo usermod -aG www-data nginx'),
      },
      {
        kind: 'member-add',
        user: 'deploy',
        group: 'www-data',
        location: span(file, 'sudo usermod -a -G www-data,adm deploy'),
      },
      {
        kind: 'member-add',
        user: 'deploy',
        group: 'adm',
        location: span(file, 'sudo usermod -a -G www-data,adm deploy'),
      },
      { kind: 'member-add', user: 'app', group: 'web', location: span(file, 'usermod -G web,www-data app') },
      {
        kind: 'member-add',
        user: 'app',
        group: 'www-data',
        location: span(file, 'usermod -G web,www-data app'),
      },
      {
        kind: 'member-add',
        user: 'nginx',
        group: 'www-data',
        location: span(file, 'gpasswd -a nginx www-data'),
      },
      {
        kind: 'user-add',
        user: 'app',
        uid: 998,
        primaryGroup: 'www-data',
        groups: ['adm'],
        system: true,
        location: span(file, 'useradd --system -g www-data -G adm -u 998 app'),
      },
      {
        kind: 'member-add',
        user: 'app',
        group: 'adm',
        location: span(file, 'useradd --system -g www-data -G adm -u 998 app'),
      },
      {
        kind: 'mkdir',
        path: '/run/php',
        mode: 0o755,
        owner: 'www-data',
        group: 'www-data',
        location: span(file, 'install -d -m 0755 -o www-data -g www-data "$SOCK_DIR"'),
      },
      {
        kind: 'copy',
        sourceBase: 'machine',
        sources: ['conf/pool.conf'],
        dest: '/etc/php/8.2/fpm/pool.d/app.conf',
        location: span(file, 'install -m 0644 conf/pool.conf /etc/php/$PHP_VERSION/fpm/pool.d/app.conf'),
      },
      {
        kind: 'copy',
        sourceBase: 'machine',
        sources: ['conf/site.conf'],
        dest: '/etc/nginx/sites-available/app',
        location: span(file, 'cp -f conf/site.conf /etc/nginx/sites-available/app'),
      },
      {
        kind: 'symlink',
        target: '/etc/nginx/sites-available/app',
        link: '/etc/nginx/sites-enabled/app',
        location: span(file, 'ln -sf /etc/nginx/sites-available/app /etc/nginx/sites-enabled/app'),
      },
      {
        kind: 'symlink',
        target: '../sites-available/api',
        link: '/etc/nginx/sites-enabled/api',
        location: span(file, 'ln -s ../sites-available/api /etc/nginx/sites-enabled'),
      },
      {
        kind: 'chmod',
        path: '/var/www',
        mode: 'g+w',
        recursive: true,
        location: span(file, 'chmod -R g+w /var/www'),
      },
      {
        kind: 'chown',
        path: '/var/www',
        owner: 'app',
        recursive: true,
        location: span(file, 'chown -R app: /var/www'),
      },
    ]);
    expect(notes).toEqual([
      {
        level: 'notice',
        code: 'config-edited-by-script',
        message: expect.stringMatching(/^\/etc\/php\/8\.2\/fpm\/pool\.d\/www\.conf is edited by sed here/),
        location: span(
          file,
          "sed -i 's/^listen = .*/listen = \\/run\\/php\\/app.sock/' /etc/php/$PHP_VERSION/fpm/pool.d/www.conf",
        ),
      },
      {
        level: 'notice',
        code: 'config-edited-by-script',
        message: expect.stringMatching(/^\/etc\/nginx\/nginx\.conf is edited by sed/),
        location: span(file, "sed -e 's/a/b/' -i.bak /etc/nginx/nginx.conf"),
      },
      {
        level: 'notice',
        code: 'config-edited-by-script',
        message: expect.stringMatching(/^\/etc\/nginx\/conf\.d\/upstream\.conf is written by a redirection/),
        location: span(file, 'cat > /etc/nginx/conf.d/upstream.conf'),
      },
    ]);
  });

  it('reads the Alpine forms of adduser and addgroup, and the Debian ones', () => {
    const file = source(
      'docker/entrypoint.sh',
      [
        'addgroup -g 82 -S www-data',
        'adduser -u 82 -D -S -G www-data www-data',
        'addgroup nginx www-data',
        'adduser -D -H app',
        'adduser --system --no-create-home --uid 33 php',
        'adduser deploy www-data',
      ].join('\n'),
    );
    expect(shellFacts(file).facts).toEqual([
      { kind: 'group-add', group: 'www-data', gid: 82, location: span(file, 'addgroup -g 82 -S www-data') },
      {
        kind: 'user-add',
        user: 'www-data',
        uid: 82,
        primaryGroup: 'www-data',
        groups: [],
        system: true,
        location: span(file, 'adduser -u 82 -D -S -G www-data www-data'),
      },
      {
        kind: 'member-add',
        user: 'nginx',
        group: 'www-data',
        location: span(file, 'addgroup nginx www-data'),
      },
      { kind: 'group-add', group: 'app', location: span(file, 'adduser -D -H app') },
      {
        kind: 'user-add',
        user: 'app',
        primaryGroup: 'app',
        groups: [],
        system: false,
        location: span(file, 'adduser -D -H app'),
      },
      {
        kind: 'user-add',
        user: 'php',
        uid: 33,
        primaryGroup: 'nogroup',
        groups: [],
        system: true,
        location: span(file, 'adduser --system --no-create-home --uid 33 php'),
      },
      {
        kind: 'member-add',
        user: 'deploy',
        group: 'www-data',
        location: span(file, 'adduser deploy www-data'),
      },
    ]);
  });

  it('reads uid and gid changes of existing accounts', () => {
    const file = source('fix-ids.sh', 'usermod -u 1000 www-data && groupmod -g 1000 www-data\n');
    expect(shellFacts(file).facts).toEqual([
      { kind: 'user-mod', user: 'www-data', uid: 1000, location: span(file, 'usermod -u 1000 www-data') },
      { kind: 'group-mod', group: 'www-data', gid: 1000, location: span(file, 'groupmod -g 1000 www-data') },
    ]);
  });

  it('keeps columns right in CRLF files and resolves relative paths after a literal cd', () => {
    const file = source(
      'setup.sh',
      'cd /etc/nginx\r\nmkdir -p -m 750 snippets\r\ncd "$UNKNOWN"\r\nmkdir logs\r\n',
    );
    expect(shellFacts(file).facts).toEqual([
      {
        kind: 'mkdir',
        path: '/etc/nginx/snippets',
        mode: 0o750,
        location: { file: 'setup.sh', line: 2, column: 1, endLine: 2, endColumn: 25 },
      },
      {
        kind: 'mkdir',
        path: 'logs',
        location: { file: 'setup.sh', line: 4, column: 1, endLine: 4, endColumn: 11 },
      },
    ]);
  });
});

describe('tokenizeShell', () => {
  const words = (text: string, env: Map<string, string> = new Map()): string[][] =>
    tokenizeShell(sliceOf(text, 0, text.length), env).map((c) =>
      c.words.map((w) => (w.literal ? w.value : `?${w.value}`)),
    );

  it('splits on control operators and removes quotes', () => {
    expect(
      words(`a 'b c' "d $X e" f\\ g;h&&i||j|k&l\nm # comment\n(n) { o; }`, new Map([['X', '1']])),
    ).toEqual([['a', 'b c', 'd 1 e', 'f g'], ['h'], ['i'], ['j'], ['k'], ['l'], ['m'], ['n'], ['o']]);
  });

  it('marks unknown expansions and command substitutions as not literal', () => {
    expect(words('chown $(id -u) "${A:-x}" ${B:-y} `pwd` ~/x $\'a\\tb\'', new Map([['B', '']]))).toEqual([
      ['chown', '?$(id -u)', '?${A:-x}', 'y', '?`pwd`', '?~/x', 'a\tb'],
    ]);
  });

  it('skips heredoc bodies, also with <<- and quoted delimiters', () => {
    expect(words('cat <<-"END" > f\n\tuseradd x\n\tEND\nid\n')).toEqual([['cat'], ['id']]);
  });

  it('splits unquoted known expansions into fields, but not quoted ones', () => {
    expect(words('apk add $DEPS "$DEPS"', new Map([['DEPS', 'a  b']]))).toEqual([
      ['apk', 'add', 'a', 'b', 'a  b'],
    ]);
  });

  it('flattens control flow into its simple commands', () => {
    expect(words('if [ -d x ]; then mkdir y; else rm z; fi\nfor u in a b; do id $u; done')).toEqual([
      ['[', '-d', 'x', ']'],
      ['mkdir', 'y'],
      ['rm', 'z'],
      ['for', 'u', 'in', 'a', 'b'],
      ['id', '?$u'],
    ]);
  });
});
