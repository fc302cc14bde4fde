import { beforeAll, describe, expect, it } from '@jest/globals';
import type { Fact } from '../../src/engine/parse/provision/facts.js';
import { loadShellParser } from '../../src/engine/parse/provision/shell-syntax.js';
import { shellFacts } from '../../src/engine/parse/provision/shell.js';
import { source, span, withoutLocations } from './helpers.js';

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

beforeAll(() => loadShellParser());

/** The offset of a 1-based line and column, computed independently of the readers. */
function offset(text: string, line: number, column: number): number {
  let at = 0;
  for (let l = 1; l < line; l++) at = text.indexOf('\n', at) + 1;
  return at + column - 1;
}

/** What a fact is about, in a few words. */
function summary(f: Fact): string {
  switch (f.kind) {
    case 'install-packages':
      return f.packages.join(' ');
    case 'member-add':
      return `${f.user} ${f.group}`;
    case 'user-add':
      return f.user;
    case 'group-add':
      return f.group;
    case 'copy':
      return `${f.sources.join(' ')} → ${f.dest}`;
    case 'symlink':
      return `${f.link} → ${f.target}`;
    case 'run-as':
      return `${f.program} as ${f.user}${f.group ? ':' + f.group : ''} (${f.via})`;
    case 'fpm-start':
      return [f.program, f.allowRoot, f.config && `-y ${f.config}`].filter(Boolean).join(' ');
    case 'move':
      return `${f.from} → ${f.to}`;
    case 'envsubst':
      return `${f.source} → ${f.dest}`;
    case 'unknown-account':
      return f.expression;
    default:
      return 'path' in f ? f.path : '';
  }
}

describe('shellFacts', () => {
  it('reads a provisioning setup.sh', () => {
    const file = source('scripts/setup.sh', SETUP);
    const { facts, notes } = shellFacts(file);
    expect(notes).toEqual([]);
    const at = (f: (typeof facts)[number]) =>
      file.text.slice(
        offset(file.text, f.location.line, f.location.column),
        offset(file.text, f.location.endLine, f.location.endColumn),
      );
    expect(facts.map((f) => [f.kind, summary(f), f.maybe ?? false, at(f)])).toEqual([
      [
        'install-packages',
        'nginx php8.2-fpm',
        false,
        'sudo apt-get install -y nginx "php${PHP_VERSION}-fpm"',
      ],
      ['member-add', 'nginx www-data', false, 'sudo usermod -aG www-data nginx'],
      ['member-add', 'deploy www-data', false, 'sudo usermod -a -G www-data,adm deploy'],
      ['member-add', 'deploy adm', false, 'sudo usermod -a -G www-data,adm deploy'],
      ['member-add', 'app web', false, 'usermod -G web,www-data app'],
      ['member-add', 'app www-data', false, 'usermod -G web,www-data app'],
      ['member-add', 'nginx www-data', false, 'gpasswd -a nginx www-data'],
      // `id -u app || useradd app`: created only when it is missing.
      ['user-add', 'app', true, 'useradd --system -g www-data -G adm -u 998 app'],
      ['member-add', 'app adm', true, 'useradd --system -g www-data -G adm -u 998 app'],
      ['mkdir', '/run/php', false, 'install -d -m 0755 -o www-data -g www-data "$SOCK_DIR"'],
      [
        'copy',
        'conf/pool.conf → /etc/php/8.2/fpm/pool.d/app.conf',
        false,
        'install -m 0644 conf/pool.conf /etc/php/$PHP_VERSION/fpm/pool.d/app.conf',
      ],
      [
        'copy',
        'conf/site.conf → /etc/nginx/sites-available/app',
        false,
        'cp -f conf/site.conf /etc/nginx/sites-available/app',
      ],
      [
        'symlink',
        '/etc/nginx/sites-enabled/app → /etc/nginx/sites-available/app',
        false,
        'ln -sf /etc/nginx/sites-available/app /etc/nginx/sites-enabled/app',
      ],
      [
        'symlink',
        '/etc/nginx/sites-enabled/api → ../sites-available/api',
        false,
        'ln -s ../sites-available/api /etc/nginx/sites-enabled',
      ],
      [
        'edit-file',
        '/etc/php/8.2/fpm/pool.d/www.conf',
        false,
        "sed -i 's/^listen = .*/listen = \\/run\\/php\\/app.sock/' /etc/php/$PHP_VERSION/fpm/pool.d/www.conf",
      ],
      ['edit-file', '/etc/nginx/nginx.conf', false, "sed -e 's/a/b/' -i.bak /etc/nginx/nginx.conf"],
      ['edit-file', '/etc/hosts', false, "sed -i 's/x/y/' /etc/hosts"],
      [
        'write-file',
        '/etc/nginx/conf.d/upstream.conf',
        false,
        "cat > /etc/nginx/conf.d/upstream.conf <<'CONF'",
      ],
      ['chmod', '/var/www', false, 'chmod -R g+w /var/www'],
      ['chown', '/var/www', false, 'chown -R app: /var/www'],
      ['write-file', '/var/log/setup.log', false, 'tee -a /var/log/setup.log'],
    ]);
    const upstream = facts.find((f) => f.kind === 'write-file');
    // A quoted delimiter: the body is written as it is, and nothing in it runs.
    expect(upstream?.kind === 'write-file' && upstream.content).toEqual([
      {
        text: 'upstream php { server unix:/run/php/app.sock; }\nuseradd ignored-inside-heredoc\n',
        location: { file: 'scripts/setup.sh', line: 24, column: 1, endLine: 26, endColumn: 1 },
        verbatim: true,
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

describe('the shell interpreter', () => {
  const read = (text: string, path = 'entrypoint.sh') => {
    const file = source(path, text);
    const result = shellFacts(file);
    return {
      file,
      ...result,
      brief: result.facts.map((f) => `${f.maybe ? '?' : ''}${f.kind} ${summary(f)}`),
    };
  };

  it('runs loops over known words (split as the shell splits them) and marks the others maybe', () => {
    const { brief, facts, file } = read(
      [
        'SITES="blog  shop"',
        'for s in $SITES "a b"; do useradd "$s"; done',
        'for u in $EXTRA; do useradd "$u"; done',
        'for u; do addgroup "$u"; done',
      ].join('\n'),
    );
    expect(brief).toEqual([
      'group-add blog',
      'user-add blog',
      'group-add shop',
      'user-add shop',
      'group-add a b',
      'user-add a b',
      '?unknown-account $u',
      '?unknown-account $u',
    ]);
    expect(facts[6].location).toEqual(span(file, 'useradd "$u"'));
  });

  it('runs the command after an unknown variable (`$STD apt-get …`) as one that may happen', () => {
    const { brief, facts, file } = read(
      [
        '$STD apt-get install -y nginx',
        '${STD} a2enmod rewrite',
        '$TOOL "$ARG" useradd app',
        'cat <<EOF >/etc/nginx/conf.d/a.conf',
        'upstream u { server unix:/run/a.sock; }',
        'EOF',
      ].join('\n'),
    );
    expect(brief).toEqual([
      '?install-packages nginx',
      '?apache-enable ',
      'write-file /etc/nginx/conf.d/a.conf',
    ]);
    expect(facts[1]).toMatchObject({ kind: 'apache-enable', enable: true, names: ['rewrite'], maybe: true });
    expect(facts[0].location).toEqual(span(file, '$STD apt-get install -y nginx'));
  });

  it('decides if, case, && and || on what it knows, and keeps the rest possible', () => {
    const { brief } = read(
      [
        'MODE=fpm',
        'if [ "$MODE" = fpm ]; then useradd a; else useradd b; fi',
        'if [ -d /run/php ]; then mkdir /x; elif grep -q x /etc/y; then mkdir /y; else mkdir /z; fi',
        'case "$MODE" in',
        '  cli|fpm) mkdir /case-known ;;',
        '  *) mkdir /case-other ;;',
        'esac',
        'case "$1" in start) mkdir /started ;; esac',
        'true && mkdir /and || mkdir /or',
        'id www-data >/dev/null 2>&1 || useradd www-data',
        '[ -z "$MODE" ] && mkdir /never',
      ].join('\n'),
    );
    expect(brief).toEqual([
      'group-add a',
      'user-add a',
      '?mkdir /x',
      '?mkdir /y',
      '?mkdir /z',
      'mkdir /case-known',
      '?mkdir /started',
      'mkdir /and',
      '?group-add www-data',
      '?user-add www-data',
    ]);
  });

  it('makes everything after an exit that may happen only possible, and stops at one that does', () => {
    expect(read('[ -f /done ] && exit 0\nmkdir /a\nexit 1\nmkdir /b').brief).toEqual(['?mkdir /a']);
  });

  it('calls functions with their arguments, and follows sh -c, bash -c, su -c and exec', () => {
    const { brief, facts, file } = read(
      [
        'make_pool_dir() { mkdir -p "/run/$1"; chown "$2" "/run/$1"; }',
        'make_pool_dir php-fpm www-data',
        "sh -c 'mkdir /via-sh && chmod 0750 /via-sh'",
        'bash -ec "groupadd -g 1001 app"',
        "su -s /bin/sh www-data -c 'mkdir /as-www-data'",
        'exec gosu www-data php-fpm -F',
        'mkdir /after-exec',
      ].join('\n'),
    );
    expect(brief).toEqual([
      'mkdir /run/php-fpm',
      'chown /run/php-fpm',
      'mkdir /via-sh',
      'chmod /via-sh',
      'group-add app',
      'mkdir /as-www-data',
      'run-as php-fpm as www-data (gosu www-data)',
    ]);
    // Positions inside a quoted script are the script's own.
    expect(facts[3].location).toEqual(span(file, 'chmod 0750 /via-sh'));
    expect(facts[6].location).toEqual(span(file, 'exec gosu www-data php-fpm -F'));
  });

  it('records who starts each server: su-exec, s6-setuidgid, runuser, sudo -u, chpst', () => {
    const { brief } = read(
      [
        'su-exec nginx:www-data nginx -g "daemon off;"',
        's6-setuidgid www-data php-fpm8.2 -F',
        'runuser -u app -- /usr/sbin/php-fpm8.3 --nodaemonize',
        'sudo -E -u deploy php-fpm',
        'chpst -u www-data php-fpm',
        'gosu root nginx',
      ].join('\n'),
    );
    expect(brief).toEqual([
      'run-as nginx as nginx:www-data (su-exec nginx:www-data)',
      'run-as php-fpm as www-data (s6-setuidgid www-data)',
      'run-as php-fpm as app (runuser app)',
      'run-as php-fpm as deploy (sudo -u deploy)',
      'run-as php-fpm as www-data (chpst www-data)',
    ]);
  });

  it("records php-fpm's -R and -y in every spelling, but not where php-fpm only tests or prints", () => {
    const { brief } = read(
      [
        'php-fpm -R',
        'php-fpm8.2 -FR --fpm-config /etc/php/8.2/fpm/php-fpm.conf',
        '/usr/local/sbin/php-fpm --nodaemonize --allow-to-run-as-root',
        'php-fpm -Fy/srv/fpm.conf',
        'php-fpm --fpm-config=/srv/other.conf',
        'php-fpm -cR',
        'php-fpm -d R=1 -F',
        'php-fpm -t -R',
        'php-fpm -R --test -y /srv/fpm.conf',
        'gosu root php-fpm83 -F -R',
      ].join('\n'),
    );
    expect(brief).toEqual([
      'fpm-start php-fpm -R',
      'fpm-start php-fpm8.2 -FR -y /etc/php/8.2/fpm/php-fpm.conf',
      'fpm-start php-fpm --allow-to-run-as-root',
      'fpm-start php-fpm -y /srv/fpm.conf',
      'fpm-start php-fpm -y /srv/other.conf',
      'fpm-start php-fpm83 -R',
    ]);
  });

  it('records files written by echo, printf, heredocs, tee and groups, with unknown values named', () => {
    const { facts, file } = read(
      [
        'PORT=9000',
        'echo "upstream php { server ${PHP_HOST}:$PORT; }" > /etc/nginx/conf.d/upstream.conf',
        "printf 'listen = %s\\n' /run/php/app.sock >> /usr/local/etc/php-fpm.d/zz-app.conf",
        '{ echo "[www]"; echo "listen.mode = 0660"; } > /usr/local/etc/php-fpm.d/zz-mode.conf',
        'echo "user www-data;" | tee /etc/nginx/user.conf >/dev/null',
        'cat <<-EOF > /etc/x.conf',
        '\tport=$PORT',
        '\tEOF',
        'date > /etc/y.conf',
      ].join('\n'),
    );
    const text = (f: Fact) => (f.kind === 'write-file' ? f.content.map((p) => p.text).join('') : '');
    expect(
      facts.map((f) => [f.kind, 'path' in f ? f.path : '', text(f), f.kind === 'write-file' && f.append]),
    ).toEqual([
      ['write-file', '/etc/nginx/conf.d/upstream.conf', 'upstream php { server ${PHP_HOST}:9000; }\n', false],
      ['write-file', '/usr/local/etc/php-fpm.d/zz-app.conf', 'listen = /run/php/app.sock\n', true],
      ['write-file', '/usr/local/etc/php-fpm.d/zz-mode.conf', '[www]\nlisten.mode = 0660\n', false],
      ['write-file', '/etc/nginx/user.conf', 'user www-data;\n', false],
      ['write-file', '/etc/x.conf', 'port=9000\n', false],
      ['unknown-content', '/etc/y.conf', '', false],
    ]);
    const upstream = facts[0];
    expect(upstream.kind === 'write-file' && upstream.content.find((p) => p.unknown)).toEqual({
      text: '${PHP_HOST}',
      location: span(file, '${PHP_HOST}'),
      unknown: ['$PHP_HOST'],
    });
    expect(upstream.location).toEqual(
      span(file, upstream.kind === 'write-file' ? file.text.split('\n')[1] : ''),
    );
  });

  it('keeps server configuration written to a path it cannot know, with its text where it is written', () => {
    const { facts, file } = read(
      [
        'source <(curl -sL https://example.org/lib.sh)',
        'block="server {',
        '    server_name $1;',
        '    fastcgi_pass unix:/run/php/php8.2-fpm.sock;',
        '}"',
        'echo "$block" > "/etc/nginx/sites-available/$1"',
        'echo "$block" | tee -a "$CONF_DIR/$1.conf" >/dev/null',
        'cat <<EOF > "$POOL_DIR"/app.conf',
        '[app]',
        'listen = /run/php/app.sock',
        'EOF',
        'echo "started $1" > "$LOG"',
        'echo "$block" > "$(site_path)"',
      ].join('\n'),
      'serve.sh',
    );
    const kept = facts.filter((f) => f.kind === 'write-unknown-dest');
    expect(
      kept.map((f) => f.kind === 'write-unknown-dest' && [f.how, f.dest, f.prefix, f.unknown, f.append]),
    ).toEqual([
      ['>', '/etc/nginx/sites-available/$1', '/etc/nginx/sites-available', ['$1'], false],
      ['tee', '$CONF_DIR/$1.conf', undefined, ['$CONF_DIR', '$1'], true],
      ['>', '$POOL_DIR/app.conf', undefined, ['$POOL_DIR'], false],
      ['>', '$(site_path)', undefined, ['$(site_path)'], false],
    ]);
    expect(facts.length).toBe(kept.length);
    const site = kept[0];
    if (site.kind !== 'write-unknown-dest') throw new Error('not a write');
    expect(site.sourced).toEqual(['<(curl -sL https://example.org/lib.sh)']);
    expect(site.location).toEqual(span(file, 'echo "$block" > "/etc/nginx/sites-available/$1"'));
    // The variable's text keeps where it is written: each line, and $1 as an unknown part.
    const pass = site.content.find((p) => p.text.includes('fastcgi_pass'));
    expect(pass).toEqual({
      text: '    fastcgi_pass unix:/run/php/php8.2-fpm.sock;',
      location: span(file, '    fastcgi_pass unix:/run/php/php8.2-fpm.sock;'),
      verbatim: true,
    });
    expect(site.content.find((p) => p.unknown)).toEqual({
      text: '$1',
      location: span(file, '$1'),
      unknown: ['$1'],
    });
  });

  it("records cp and install of the machine's files to a path it cannot know", () => {
    const { facts } = read(
      [
        'cp /tmp/site.conf "$SITE_DIR/"',
        'install -m 0644 /tmp/a.conf /tmp/b.conf "/etc/php/$V/fpm/pool.d"',
      ].join('\n'),
    );
    expect(withoutLocations(facts)).toEqual([
      {
        kind: 'copy-unknown-dest',
        instruction: 'cp',
        sources: ['/tmp/site.conf'],
        dest: '$SITE_DIR/',
        unknown: ['$SITE_DIR'],
        sourceBase: 'machine',
      },
      {
        kind: 'copy-unknown-dest',
        instruction: 'install',
        sources: ['/tmp/a.conf', '/tmp/b.conf'],
        dest: '/etc/php/$V/fpm/pool.d/',
        prefix: '/etc/php',
        unknown: ['$V'],
        sourceBase: 'machine',
      },
    ]);
  });

  it('passes text known in part through variables and function arguments with its positions', () => {
    const { facts, file } = read(
      [
        'write_site() {',
        '  echo "$2" > "/etc/nginx/conf.d/$1.conf"',
        '}',
        'site="upstream php { server unix:/run/$NAME.sock; }"',
        'copy=${site}',
        'write_site "$DOMAIN" "$copy"',
      ].join('\n'),
    );
    const [write] = facts;
    if (write.kind !== 'write-unknown-dest') throw new Error('not a write');
    expect(write.dest).toBe('/etc/nginx/conf.d/$DOMAIN.conf');
    expect(write.content.map((p) => [p.text, p.location, p.unknown])).toEqual([
      ['upstream php { server unix:/run/', span(file, 'upstream php { server unix:/run/'), undefined],
      ['$NAME', span(file, '$NAME'), ['$NAME']],
      ['.sock; }', span(file, '.sock; }'), undefined],
      // echo's own newline: located at the command when the file is made.
      ['\n', undefined, undefined],
    ]);
  });

  it('reads the functions a library script defines and never calls as what may happen, with unknown arguments', () => {
    const { brief, notes, file } = read(
      [
        'helper() { mkdir -p /run/app; }',
        'InstallWebServer() {',
        '  echo "[app]" > "/etc/php/8.2/fpm/pool.d/$1.conf"',
        '  useradd app',
        '}',
        'Quiet() { echo hello; }',
        'helper',
      ].join('\n'),
      'install_webserver.sh',
    );
    expect(brief).toEqual(['mkdir /run/app', '?write-unknown-dest ', '?group-add app', '?user-add app']);
    expect(notes).toEqual([
      {
        level: 'notice',
        code: 'shell-function-uncalled',
        message:
          'InstallWebServer is not called in install_webserver.sh: what it does is read as what may happen when a script that sources this file calls it, with arguments that are not known',
        location: span(file, 'InstallWebServer'),
      },
    ]);
  });

  it('records sed -i edits (several -e, -E, delimiters), copies, moves and envsubst renders', () => {
    const { facts } = read(
      [
        'cd /usr/local/etc/php-fpm.d',
        "sed -i -E -e 's|^;?listen = .*|listen = /run/php/www.sock|' -e '/^;listen\\.mode/d' www.conf",
        'cp www.conf www.conf.orig',
        'mv zz-docker.conf zz-docker.conf.disabled',
        "envsubst '${PHP_SOCK}' < /templates/pool.conf > /usr/local/etc/php-fpm.d/zz-pool.conf",
        'sed "s/a/b/" /templates/site.conf > /etc/nginx/conf.d/site.conf',
        'sed -i "$EXPR" www.conf',
      ].join('\n'),
    );
    expect(facts.map((f) => `${f.kind} ${summary(f)}`)).toEqual([
      'edit-file /usr/local/etc/php-fpm.d/www.conf',
      'copy /usr/local/etc/php-fpm.d/www.conf → /usr/local/etc/php-fpm.d/www.conf.orig',
      'move /usr/local/etc/php-fpm.d/zz-docker.conf → /usr/local/etc/php-fpm.d/zz-docker.conf.disabled',
      'envsubst /templates/pool.conf → /usr/local/etc/php-fpm.d/zz-pool.conf',
      'copy /templates/site.conf → /etc/nginx/conf.d/site.conf',
      'edit-file /etc/nginx/conf.d/site.conf',
      'unknown-content /usr/local/etc/php-fpm.d/www.conf',
    ]);
    const edit = facts[0];
    expect(edit.kind === 'edit-file' && edit.script.commands.map((c) => c.op)).toEqual(['s', 'd']);
    const render = facts[3];
    expect(render.kind === 'envsubst' && render.variables).toEqual(['PHP_SOCK']);
  });

  it('reads scripts the way tree-sitter-bash gets wrong: assignments alone on a line, arguments after >&2', () => {
    const { brief } = read(
      ['A=/run/a B=/run/b', 'mkdir "$A" "$B"', 'echo >&2 warning > /dev/null', 'DIR=/x mkdir "$DIR"'].join(
        '\n',
      ),
    );
    // `DIR=/x mkdir "$DIR"`: the prefix is the command's environment, "$DIR" is expanded before it.
    expect(brief).toEqual(['mkdir /run/a', 'mkdir /run/b']);
  });

  it('keeps columns in UTF-16 units after non-ASCII text, and reads nothing from a line it cannot parse', () => {
    const { facts, notes, file } = read(
      ['echo "héllo 😀" ; mkdir /ü', 'mkdir /ok', 'mkdir /a "unterminated', 'mkdir /never'].join('\n'),
    );
    expect(facts.map((f) => summary(f))).toEqual(['/ü', '/ok']);
    expect(facts[0].location).toEqual(span(file, 'mkdir /ü'));
    expect(notes).toEqual([
      expect.objectContaining({ code: 'shell-syntax-error', location: expect.objectContaining({ line: 3 }) }),
    ]);
  });

  it('leaves a line its parser gets wrong unread, with its variable unknown, and reads on', () => {
    // bash accepts `;` inside `${x:-…}`; tree-sitter-bash 0.25 marks it as an error.
    const { facts, notes } = read(
      ['TAGS="${TAGS:-2fa;auth}"', 'mkdir "/srv/$TAGS"', 'mkdir /run/php'].join('\n'),
    );
    // The unknown directory is no fact; the next line is read.
    expect(facts.map((f) => summary(f))).toEqual(['/run/php']);
    expect(notes).toEqual([
      expect.objectContaining({ code: 'shell-syntax-error', location: expect.objectContaining({ line: 1 }) }),
    ]);
  });

  it('gives a file moved from a path it cannot know unknown content', () => {
    const { facts } = read(
      // (a `mktemp` file is followed: test/provision/mktemp.test.ts)
      ['tmp=$(render_dir)/www.conf', 'envsubst < /etc/www.conf > "$tmp"', 'mv "$tmp" /etc/www.conf'].join(
        '\n',
      ),
    );
    expect(facts.filter((f) => f.kind === 'unknown-content')).toEqual([
      expect.objectContaining({
        path: '/etc/www.conf',
        reason: 'moved there from a path socklint cannot know',
      }),
    ]);
  });

  it('does not hang or crash on hostile input', () => {
    const deep =
      'f() { f; }; f\n' +
      '$('.repeat(200) +
      ')'.repeat(200) +
      '\n' +
      'a'.repeat(100_000) +
      '\n\u0000\u0001\ufffd';
    const { facts } = read(deep);
    expect(facts).toEqual([]);
  });
});

describe('hostile scripts', () => {
  it('stops calls and loops that multiply beyond reason, with a note, quickly', () => {
    const started = Date.now();
    const { facts, notes } = shellFacts(
      source(
        'bomb.sh',
        'f() { f; f; f; f; mkdir /x; }\nf\nfor a in 1 2 3 4 5 6 7 8 9 10; do for b in $L $L; do :; done; done\n',
      ),
    );
    expect(notes.map((n) => n.code)).toEqual(['shell-too-long']);
    expect(facts.length).toBeGreaterThan(0);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('reads a script sourcing itself, and symlink and nesting loops, without hanging', () => {
    const { facts } = shellFacts(
      source('self.sh', '. ./self.sh\nsh -c "sh -c \\"sh -c mkdir\\""\nmkdir /done\n'),
    );
    expect(facts.map((f) => summary(f))).toEqual(['/done']);
  });
});
