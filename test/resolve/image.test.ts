/**
 * Images built instruction by instruction: what is in the image, from which stage, where each
 * written or edited line comes from, which stages are images, and what the container does when
 * it starts.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DeployedFile } from '../../src/engine/model.js';
import { RepoIndex } from '../../src/engine/resolve/repo-index.js';
import { analyze } from '../../src/engine/scan.js';
import { locationIn } from '../../src/engine/types.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function tree(files: Record<string, string>, links: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'socklint-image-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  for (const [link, target] of Object.entries(links)) {
    mkdirSync(path.dirname(path.join(dir, link)), { recursive: true });
    symlinkSync(target, path.join(dir, link));
  }
  return dir;
}

async function units(files: Record<string, string>, links: Record<string, string> = {}) {
  const analysis = await analyze({ root: tree(files, links) });
  return analysis.graphs.map((g) => ({
    id: g.unit.id,
    unit: g.unit,
    paths: g.unit.fs
      .all()
      .filter((f) => !f.builtin)
      .map((f) => f.deployedPath),
    file: (p: string) => g.unit.fs.get(p),
    graph: g,
    result: analysis.result,
  }));
}

const at = (file: DeployedFile | undefined, line: number) =>
  file && locationIn(file.file, { line, column: 1, endLine: line, endColumn: 2 });

describe('instructions in order', () => {
  it('keeps a file copied after an rm, loses one removed after its COPY, and follows globs and directories', async () => {
    const [image] = await units({
      Dockerfile: [
        'FROM nginx:1.27',
        'RUN rm -f /etc/nginx/nginx.conf',
        'COPY nginx.conf /etc/nginx/nginx.conf',
        'COPY sites/ /etc/nginx/conf.d/',
        'RUN rm /etc/nginx/conf.d/old.conf',
        'COPY snippets/*.conf /etc/nginx/snippets/',
        'WORKDIR /etc/nginx',
        'COPY extra.conf conf.d/extra.conf',
        'RUN rm -rf /etc/nginx/snippets/legacy* && mv conf.d/extra.conf conf.d/zz-extra.conf',
      ].join('\n'),
      'nginx.conf': 'user nginx;\nevents {}\nhttp { include /etc/nginx/conf.d/*.conf; }\n',
      'sites/a.conf': 'server { listen 80; }\n',
      'sites/old.conf': 'server { listen 81; }\n',
      'sites/nested/b.conf': 'server { listen 82; }\n',
      'snippets/php.conf': 'fastcgi_index index.php;\n',
      'snippets/legacy-php5.conf': 'fastcgi_index index.php;\n',
      'snippets/README': 'not copied by the glob\n',
      'extra.conf': 'server { listen 83; }\n',
    });
    expect(image.paths).toEqual([
      '/etc/nginx/conf.d/a.conf',
      '/etc/nginx/conf.d/nested/b.conf',
      '/etc/nginx/conf.d/zz-extra.conf',
      '/etc/nginx/nginx.conf',
      '/etc/nginx/snippets/php.conf',
    ]);
    expect(image.file('/etc/nginx/nginx.conf')?.file.path).toBe('nginx.conf');
  });

  it('keeps the paths below the context with COPY --parents', async () => {
    const [image] = await units({
      'docker/Dockerfile': ['FROM nginx:1.27', 'COPY --parents sites/*/site.conf /etc/nginx/conf.d/'].join(
        '\n',
      ),
      'docker/sites/a/site.conf': 'server { listen 80; }\n',
      'docker/sites/b/site.conf': 'server { listen 81; }\n',
    });
    expect(image.paths).toEqual([
      '/etc/nginx/conf.d/sites/a/site.conf',
      '/etc/nginx/conf.d/sites/b/site.conf',
    ]);
  });

  it('takes COPY --from files as that stage built them, and its ENV and WORKDIR in a FROM stage', async () => {
    const [image] = await units({
      Dockerfile: [
        'FROM php:8.2-fpm AS base',
        'ENV POOL_DIR=/usr/local/etc/php-fpm.d',
        'WORKDIR /srv',
        'COPY pool.conf $POOL_DIR/zz-app.conf',
        'RUN sed -i "s/^pm = .*/pm = static/" $POOL_DIR/zz-app.conf',
        'FROM nginx:1.27 AS ignored',
        'COPY site.conf /etc/nginx/conf.d/site.conf',
        'FROM base',
        'COPY --from=ignored /etc/nginx/conf.d/ /opt/nginx-sites/',
        'COPY --from=base /usr/local/etc/php-fpm.d/zz-app.conf /opt/pool.conf',
        'COPY relative.conf ./relative.conf',
      ].join('\n'),
      'pool.conf': '[app]\nlisten = /run/php/app.sock\npm = dynamic\n',
      'site.conf': 'server { listen 80; }\n',
      'relative.conf': '; in WORKDIR\n',
    });
    expect(image.paths).toEqual([
      '/opt/nginx-sites/site.conf',
      '/opt/pool.conf',
      '/srv/relative.conf',
      '/usr/local/etc/php-fpm.d/zz-app.conf',
    ]);
    // The copy carries the stage's edit: the sed line, located at the sed command.
    const copied = image.file('/opt/pool.conf');
    expect(copied?.file.text).toBe('[app]\nlisten = /run/php/app.sock\npm = static\n');
    expect(at(copied, 2)).toMatchObject({ file: 'pool.conf', line: 2 });
    expect(at(copied, 3)).toMatchObject({ file: 'Dockerfile', line: 5 });
  });

  it('resolves ln -s by path when a program reads it: a relative target, a link into a directory, a file copied later', async () => {
    const [image] = await units({
      Dockerfile: [
        'FROM debian:12',
        'RUN apt-get update && apt-get install -y nginx',
        'RUN ln -s ../sites-available/app /etc/nginx/sites-enabled/app \\',
        ' && ln -s /etc/nginx/sites-available/api /etc/nginx/sites-enabled/',
        'COPY app.site /etc/nginx/sites-available/app',
        'COPY api.site /etc/nginx/sites-available/api',
      ].join('\n'),
      'app.site': 'server { listen 80; }\n',
      'api.site': 'server { listen 81; }\n',
    });
    expect(image.file('/etc/nginx/sites-enabled/app')?.file.path).toBe('app.site');
    expect(image.file('/etc/nginx/sites-enabled/api')?.file.path).toBe('api.site');
  });
});

describe('files commands write or edit', () => {
  it('locates written lines at the RUN heredoc, edited lines at the sed expression, shipped lines nowhere', async () => {
    const [image] = await units({
      Dockerfile: [
        'FROM php:8.2-fpm',
        'ARG SOCK=/run/php/www.sock',
        "RUN sed -i -e 's|^;listen = .*|listen = '\"$SOCK\"'|' /usr/local/etc/php-fpm.d/www.conf",
        'RUN cat > /usr/local/etc/php-fpm.d/zz-app.conf <<EOF',
        '[app]',
        'listen = ${SOCK}.app',
        'EOF',
        'RUN echo "listen.mode = 0660" >> /usr/local/etc/php-fpm.d/zz-app.conf',
      ].join('\n'),
    });
    const www = image.file('/usr/local/etc/php-fpm.d/www.conf')!;
    const lines = www.file.text.split('\n');
    const listen = lines.indexOf('listen = /run/php/www.sock') + 1;
    expect(listen).toBeGreaterThan(0);
    expect(at(www, listen)).toMatchObject({ file: 'Dockerfile', line: 3 });
    expect(at(www, 1)).toMatchObject({
      file: expect.stringMatching(/^\(the php:8\.2-fpm image, edited by Dockerfile:3\)/),
    });
    const app = image.file('/usr/local/etc/php-fpm.d/zz-app.conf')!;
    expect(app.file.text).toBe('[app]\nlisten = /run/php/www.sock.app\nlisten.mode = 0660\n');
    expect(locationIn(app.file, { line: 1, column: 2, endLine: 1, endColumn: 5 })).toEqual({
      file: 'Dockerfile',
      line: 5,
      column: 2,
      endLine: 5,
      endColumn: 5,
    });
    expect(at(app, 2)).toMatchObject({ file: 'Dockerfile', line: 6 });
    expect(at(app, 3)).toMatchObject({ file: 'Dockerfile', line: 8 });
  });

  it('makes a file edited by what it cannot read unknown, and says so where nginx loads it', async () => {
    const [image] = await units({
      Dockerfile: [
        'FROM nginx:1.27',
        'COPY site.conf /etc/nginx/conf.d/site.conf',
        'RUN sed -i -f /tmp/edits.sed /etc/nginx/conf.d/site.conf',
      ].join('\n'),
      'site.conf': 'server { listen 80; }\n',
    });
    expect(image.file('/etc/nginx/conf.d/site.conf')?.unreadable).toMatch(/a sed script file/);
    expect(image.graph.webServers[0].config.notes.map((n) => n.code)).toContain('include-unreadable');
  });

  it('carries a value sed puts in from an unknown variable as an unknown value of that line only', async () => {
    const [image] = await units({
      Dockerfile: [
        'FROM php:8.3-fpm',
        'ARG N',
        'ARG OLD',
        'COPY www.conf /tpl/www.conf',
        'RUN sed -e "s/@N@/$N/g" -e "s/@LISTEN@/\\/run\\/php\\/app.sock/" /tpl/www.conf > /usr/local/etc/php-fpm.d/zz-app.conf',
        // An unknown value in what sed looks for leaves the whole file unknown.
        'RUN sed -e "s/$OLD/x/" /tpl/www.conf > /usr/local/etc/php-fpm.d/zz-other.conf',
      ].join('\n'),
      'www.conf': '[www]\nlisten = @LISTEN@\npm.max_children = @N@\n',
    });
    const app = image.file('/usr/local/etc/php-fpm.d/zz-app.conf');
    const lines = app?.file.text.split('\n') ?? [];
    expect(lines[1]).toBe('listen = /run/php/app.sock');
    expect(lines[2]).toMatch(/^pm\.max_children = /);
    expect(lines[2]).not.toContain('@N@');
    expect(at(app, 3)).toEqual(expect.objectContaining({ file: 'Dockerfile', line: 5 }));
    expect(image.file('/usr/local/etc/php-fpm.d/zz-other.conf')?.unreadable).toMatch(/unknown value/);
    const pool = image.graph.fpm[0].config.pools.find((p) => p.name === 'www');
    expect(pool?.listen?.setting.value).toBe('/run/php/app.sock');
    expect(image.result.findings.filter((f) => f.rule === 'fpm-config-invalid')).toEqual([]);
  });
});

describe('images of one Dockerfile', () => {
  const twoStages = [
    'FROM php:8.2-fpm AS php',
    'COPY pool.conf /usr/local/etc/php-fpm.d/zz-app.conf',
    'FROM composer:2 AS vendor',
    'RUN composer install',
    'FROM nginx:1.27 AS web',
    'COPY --from=vendor /app/vendor /srv/vendor',
    'COPY site.conf /etc/nginx/conf.d/site.conf',
  ].join('\n');
  const files = {
    'pool.conf': '[app]\nlisten = /run/php/app.sock\n',
    'site.conf': 'server { listen 80; }\n',
  };

  it('builds the last stage and every stage nothing else uses; a stage copied from is not an image', async () => {
    expect((await units({ Dockerfile: twoStages, ...files })).map((u) => u.id)).toEqual([
      'image Dockerfile (target php)',
      'image Dockerfile (target web)',
    ]);
  });

  it('also builds a stage that a workflow or a Makefile names with --target', async () => {
    const named = await units({
      Dockerfile: twoStages,
      ...files,
      '.github/workflows/build.yml':
        'jobs:\n  build:\n    steps:\n      - uses: docker/build-push-action@v6\n        with:\n          target: vendor\n',
      Makefile: 'image:\n\tdocker build --target=php -t app .\n',
    });
    expect(named.map((u) => u.id)).toEqual([
      'image Dockerfile (target php)',
      'image Dockerfile (target vendor)',
      'image Dockerfile (target web)',
    ]);
  });
});

describe('start-up', () => {
  it('runs the ENTRYPOINT script with CMD as its arguments, and a script it execs, as root', async () => {
    const [image] = await units({
      Dockerfile: [
        'FROM php:8.2-fpm',
        'COPY docker/entrypoint.sh /usr/local/bin/entrypoint',
        'COPY docker/setup-socket.sh /usr/local/bin/setup-socket',
        'ENV SOCK_DIR=/run/php-fpm',
        'ENTRYPOINT ["entrypoint"]',
        'CMD ["php-fpm"]',
      ].join('\n'),
      'docker/entrypoint.sh':
        '#!/bin/sh\nset -e\nsetup-socket "$SOCK_DIR"\nexec docker-php-entrypoint "$@"\n',
      'docker/setup-socket.sh': '#!/bin/sh\nmkdir -p "$1"\nchown www-data:www-data "$1"\n',
    });
    const start = image.unit.facts.filter((f) => f.atStart);
    expect(start.map((f) => [f.kind, 'path' in f ? f.path : '', f.location.file, f.location.line])).toEqual([
      ['mkdir', '/run/php-fpm', 'docker/setup-socket.sh', 2],
      ['chown', '/run/php-fpm', 'docker/setup-socket.sh', 3],
    ]);
    expect(image.graph.state.directories.get('/run/php-fpm')).toMatchObject({
      owner: 'www-data',
      group: 'www-data',
    });
  });

  it('renders nginx templates with the settings and the filter of the environment', async () => {
    const [image] = await units({
      Dockerfile: [
        'FROM nginx:1.27-alpine',
        'ENV NGINX_ENVSUBST_TEMPLATE_DIR=/srv/templates NGINX_ENVSUBST_TEMPLATE_SUFFIX=.tpl',
        'ENV NGINX_ENVSUBST_FILTER=^APP_ APP_SOCK=/run/php/app.sock OTHER=no',
        'COPY site.conf.tpl /srv/templates/sub/site.conf.tpl',
        'COPY ignored.conf.template /srv/templates/ignored.conf.template',
      ].join('\n'),
      'site.conf.tpl': 'server {\n  set $o ${OTHER};\n  location / { fastcgi_pass unix:${APP_SOCK}; }\n}\n',
      'ignored.conf.template': 'server { listen 81; }\n',
    });
    const rendered = image.file('/etc/nginx/conf.d/sub/site.conf');
    expect(rendered?.file.text).toBe(
      'server {\n  set $o ${OTHER};\n  location / { fastcgi_pass unix:/run/php/app.sock; }\n}\n',
    );
    expect(at(rendered, 3)).toMatchObject({ file: 'site.conf.tpl', line: 3 });
    expect(image.file('/etc/nginx/conf.d/ignored.conf')).toBeUndefined();
  });

  it('runs /docker-entrypoint.d scripts only for the nginx command, in version order, sourcing .envsh', async () => {
    const files = {
      'd/05-socket.envsh': 'export UPSTREAM_SOCK=/run/php/fpm.sock\n',
      'd/30-upstream.sh':
        '#!/bin/sh\necho "upstream php { server unix:$UPSTREAM_SOCK; }" > /etc/nginx/conf.d/upstream.conf\n',
    };
    const dockerfile = (cmd: string) =>
      ['FROM nginx:1.27', 'COPY d/ /docker-entrypoint.d/', `CMD ${cmd}`].join('\n');
    const [started] = await units({ Dockerfile: dockerfile('["nginx", "-g", "daemon off;"]'), ...files });
    expect(started.file('/etc/nginx/conf.d/upstream.conf')?.file.text).toBe(
      'upstream php { server unix:/run/php/fpm.sock; }\n',
    );
    const [shell] = await units({ Dockerfile: dockerfile('["sh"]'), ...files });
    expect(shell.file('/etc/nginx/conf.d/upstream.conf')).toBeUndefined();
  });

  it('records supervisord programs started as another user', async () => {
    const [image] = await units({
      Dockerfile: [
        'FROM php:8.2-fpm',
        'RUN apt-get update && apt-get install -y nginx supervisor gosu',
        'COPY supervisord.conf /etc/supervisor/supervisord.conf',
        'COPY programs.conf /etc/supervisor/conf.d/programs.conf',
        'CMD ["supervisord"]',
      ].join('\n'),
      'supervisord.conf':
        '[supervisord]\nnodaemon=true\n\n[include]\nfiles = /etc/supervisor/conf.d/*.conf\n',
      'programs.conf':
        '[program:fpm]\ncommand=/usr/local/sbin/php-fpm -F\nuser=www-data\n\n[program:web]\ncommand=nginx -g "daemon off;"\n',
    });
    expect(image.unit.programUsers).toEqual({
      'php-fpm': {
        user: 'www-data',
        origin: {
          kind: 'source',
          location: expect.objectContaining({ file: 'programs.conf', line: 3 }),
          text: 'supervisord user=',
        },
      },
    });
    expect(image.unit.runtimeUser).toBeUndefined();
  });

  it("records php-fpm's -R and -y where the container starts it: CMD, supervisord, an s6 run file", async () => {
    const origin = async (files: Record<string, string>) => (await units(files))[0].unit.fpmAllowRoot;
    expect(await origin({ Dockerfile: 'FROM php:8.2-fpm\nCMD ["php-fpm", "-R"]\n' })).toEqual({
      kind: 'source',
      location: expect.objectContaining({ file: 'Dockerfile', line: 2 }),
      text: 'php-fpm -R',
    });
    expect(await origin({ Dockerfile: 'FROM php:8.2-fpm\nCMD ["php-fpm", "-t"]\n' })).toBeUndefined();
    expect(await origin({ Dockerfile: 'FROM php:8.2-fpm\n' })).toBeUndefined();
    const supervised = await origin({
      Dockerfile: [
        'FROM php:8.2-fpm',
        'RUN apt-get update && apt-get install -y supervisor',
        'COPY programs.conf /etc/supervisor/conf.d/programs.conf',
        'CMD ["supervisord", "-c", "/etc/supervisor/conf.d/programs.conf"]',
      ].join('\n'),
      'programs.conf':
        '[program:fpm]\ncommand = /usr/local/sbin/php-fpm --nodaemonize --allow-to-run-as-root\n',
    });
    expect(supervised).toMatchObject({
      location: expect.objectContaining({ file: 'programs.conf', line: 2 }),
      text: 'supervisord command= php-fpm --allow-to-run-as-root',
    });
    const [configured] = await units({
      Dockerfile: 'FROM php:8.2-fpm\nCMD ["php-fpm", "-F", "-y", "/usr/local/etc/php-fpm.d/www.conf"]\n',
    });
    expect(configured.unit.fpmConfig).toMatchObject({
      path: '/usr/local/etc/php-fpm.d/www.conf',
      origin: { text: 'php-fpm --fpm-config /usr/local/etc/php-fpm.d/www.conf' },
    });
    expect(configured.unit.fpmAllowRoot).toBeUndefined();
    const s6 = await origin({
      Dockerfile: 'FROM alpine:3.22\nRUN apk add --no-cache php83-fpm\nCOPY rootfs /\nENTRYPOINT ["/init"]\n',
      'rootfs/etc/s6-overlay/s6-rc.d/php-fpm/run': '#!/bin/sh\nexec php-fpm83 -F -R\n',
    });
    expect(s6).toMatchObject({ text: 'php-fpm83 -R' });
  });

  it("runs s6-overlay's cont-init.d scripts in name order, then reads who the services' run files start", async () => {
    const [image] = await units({
      Dockerfile: [
        'FROM alpine:3.22',
        'RUN apk add --no-cache nginx php83-fpm && adduser -D -u 1000 app',
        'ENV PUID=1000',
        'COPY rootfs /',
        'ENTRYPOINT ["/init"]',
      ].join('\n'),
      'rootfs/etc/cont-init.d/20-svc.sh': [
        '#!/usr/bin/with-contenv sh',
        'mkdir -p /etc/services.d/php-fpm',
        'cat > /etc/services.d/php-fpm/run <<EOL',
        '#!/usr/bin/execlineb -P',
        'with-contenv',
        's6-setuidgid ${PUID}',
        'php-fpm83 -F',
        'EOL',
      ].join('\n'),
      'rootfs/etc/cont-init.d/10-first.sh': '#!/bin/sh\necho first > /etc/first\n',
      'rootfs/etc/services.d/nginx/run': '#!/bin/sh\nexec s6-setuidgid app nginx -g "daemon off;"\n',
    });
    expect(image.unit.programUsers).toEqual({
      'php-fpm': expect.objectContaining({
        user: '1000',
        origin: expect.objectContaining({
          location: expect.objectContaining({ file: 'rootfs/etc/cont-init.d/20-svc.sh', line: 3 }),
        }),
      }),
      nginx: expect.objectContaining({
        user: 'app',
        origin: expect.objectContaining({
          location: expect.objectContaining({ file: 'rootfs/etc/services.d/nginx/run' }),
        }),
      }),
    });
    expect(image.paths).toContain('/etc/first');
  });
});

describe('RepoIndex', () => {
  const index = new RepoIndex([
    'a.conf',
    'conf/x.conf',
    'conf/sub/y.conf',
    'confx/z.conf',
    'docker/nginx/s.conf',
  ]);

  it('matches a file, a directory by prefix (not a sibling with the same start), a glob, and nothing outside the repository', () => {
    expect(index.match('conf', '')).toEqual([
      { path: 'conf/sub/y.conf', rel: 'sub/y.conf', exact: false },
      { path: 'conf/x.conf', rel: 'x.conf', exact: false },
    ]);
    expect(index.match('./x.conf', 'conf')).toEqual([{ path: 'conf/x.conf', rel: 'x.conf', exact: true }]);
    expect(index.match('con*', '').map((m) => `${m.path} ${m.rel} ${m.exact}`)).toEqual([
      'conf/sub/y.conf sub/y.conf false',
      'conf/x.conf x.conf false',
      'confx/z.conf z.conf false',
    ]);
    expect(index.match('*/*.conf', 'docker').map((m) => m.path)).toEqual(['docker/nginx/s.conf']);
    expect(index.match('../../a.conf', 'docker')).toEqual([]);
    expect(index.match('.', 'docker').map((m) => m.rel)).toEqual(['nginx/s.conf']);
  });
});

describe('host trees', () => {
  it('applies what the tree’s provisioning script writes and edits, after the tree’s own files', async () => {
    const [host] = await units({
      'etc/nginx/sites-enabled/app':
        'server {\n  location ~ \\.php$ { fastcgi_pass unix:/run/php/app.sock; }\n}\n',
      'etc/php/8.2/fpm/pool.d/app.conf':
        '[app]\nuser = www-data\ngroup = www-data\nlisten = /run/php/app.sock\n',
      'setup.sh': [
        '#!/bin/sh',
        'set -e',
        'POOL=/etc/php/8.2/fpm/pool.d/app.conf',
        'sed -i \'/^listen = /a listen.owner = www-data\' "$POOL"',
        'cat >> "$POOL" <<EOF',
        'pm = ondemand',
        'pm.max_children = 4',
        'EOF',
      ].join('\n'),
    });
    const pool = host.file('/etc/php/8.2/fpm/pool.d/app.conf')!;
    expect(pool.file.text).toBe(
      '[app]\nuser = www-data\ngroup = www-data\nlisten = /run/php/app.sock\nlisten.owner = www-data\npm = ondemand\npm.max_children = 4\n',
    );
    expect(at(pool, 4)).toMatchObject({ file: 'etc/php/8.2/fpm/pool.d/app.conf', line: 4 });
    expect(at(pool, 5)).toMatchObject({ file: 'setup.sh', line: 4 });
    expect(at(pool, 6)).toMatchObject({ file: 'setup.sh', line: 6 });
    expect(host.graph.links[0]).toMatchObject({ path: '/run/php/app.sock' });
    expect(host.result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});

describe('files whose content is unknown', () => {
  it('notes a pool PHP-FPM loads whose content is unknown, at the command that made it so', async () => {
    const [image] = await units({
      Dockerfile: [
        'FROM php:8.2-fpm',
        'RUN curl -fsSL -o /usr/local/etc/php-fpm.d/zz-remote.conf https://example.com/pool.conf',
      ].join('\n'),
    });
    expect(image.graph.fpm[0].config.notes).toContainEqual({
      level: 'notice',
      code: 'include-unreadable',
      message: expect.stringContaining(
        '/usr/local/etc/php-fpm.d/zz-remote.conf, whose content socklint does not know',
      ),
      location: expect.objectContaining({ file: 'Dockerfile', line: 2 }),
    });
  });
});

describe('COPY to a path that depends on an unknown value', () => {
  const site = [
    'server {',
    '    listen 80;',
    '    location ~ \\.php$ { fastcgi_pass unix:/run/php/shop.sock; include fastcgi_params; }',
    '}',
  ].join('\n');
  const pool = '[www]\nlisten = /run/php/shop.sock\nlisten.owner = www-data\nlisten.group = www-data\n';
  const image = (copy: string) =>
    units({
      Dockerfile: [
        'FROM php:8.2-fpm',
        'ARG DIR',
        'RUN apt-get update && apt-get install -y nginx && mkdir -p /run/php',
        'COPY site.conf /etc/nginx/conf.d/default.conf',
        copy,
      ].join('\n'),
      'site.conf': site,
      'php/zz-socket.conf': pool,
      'src/index.php': '<?php echo 1;\n',
      'src/composer.json': '{}\n',
    });
  const verdict = async (copy: string) => {
    const [unit] = await image(copy);
    return unit.result.sockets.find((s) => s.socket === '/run/php/shop.sock');
  };

  it('leaves the socket undecided when a pool may be there, naming the COPY, the path and the variable', async () => {
    const socket = await verdict('COPY php/zz-socket.conf ${DIR}/zz-socket.conf');
    expect(socket?.verdict).toBe('undecided');
    expect(socket?.reason).toContain(
      'COPY at Dockerfile:5 puts php/zz-socket.conf at ${DIR}/zz-socket.conf, a path that depends on $DIR',
    );
    expect(socket?.reason).toContain('a pool there may listen on /run/php/shop.sock');
    // `${DIR:?message}` stops the build when DIR is unset or empty: with a value unknown here, still open.
    const required = await verdict('COPY php/zz-socket.conf ${DIR:?required}/zz-socket.conf');
    expect(required?.reason).toContain('depends on $DIR');
  });

  it('counts a directory holding a pool, and a known prefix that holds the pool directory', async () => {
    const dir = await verdict('COPY php /usr/local/etc/${DIR}/');
    expect(dir?.verdict).toBe('undecided');
    expect(dir?.reason).toContain('puts php (with php/zz-socket.conf) at /usr/local/etc/${DIR}/');
    const all = await verdict('COPY . ${DIR}');
    expect(all?.verdict).toBe('undecided');
  });

  it('ignores application files, and configuration under a prefix where PHP-FPM loads nothing', async () => {
    for (const copy of [
      'COPY src/ ${DIR}/',
      'COPY . /var/www/${DIR}/',
      'ADD php/zz-socket.conf /srv/${DIR}/x.conf',
    ]) {
      const socket = await verdict(copy);
      expect([copy, socket?.verdict]).toEqual([copy, 'no-socket']);
    }
  });

  it('decides once the variable has a value', async () => {
    const socket = await verdict(
      'ARG DIR=/usr/local/etc/php-fpm.d\nCOPY php/zz-socket.conf ${DIR}/zz-socket.conf',
    );
    expect(socket?.verdict).toBe('connects');
  });
});

describe("Debian's phpX.Y-fpm.conf for Apache", () => {
  const conf = '/etc/apache2/conf-available/php8.2-fpm.conf';
  const built = async (...runs: string[]) => {
    const [image] = await units({ Dockerfile: ['FROM debian:12', ...runs].join('\n') });
    return image.file(conf);
  };

  it('comes with php8.2-fpm, installed with apache2 or after it, and is labelled as that package’s', async () => {
    for (const runs of [
      ['RUN apt-get update && apt-get install -y apache2 php8.2-fpm'],
      ['RUN apt-get update && apt-get install -y apache2', 'RUN apt-get install -y php8.2-fpm'],
      ['RUN apt-get update && apt-get install -y php8.2-fpm', 'RUN apt-get install -y apache2'],
    ]) {
      const file = await built(...runs);
      expect([runs, file?.builtin]).toEqual([runs, "Debian's php8.2-fpm package"]);
      expect(file?.file.text).toContain('SetHandler "proxy:unix:/run/php/php8.2-fpm.sock|fcgi://localhost"');
    }
  });

  it('is not there with apache2 alone, whose own confs keep their label', async () => {
    const [image] = await units({
      Dockerfile: 'FROM debian:12\nRUN apt-get update && apt-get install -y apache2\n',
    });
    expect(image.file(conf)).toBeUndefined();
    expect(image.file('/etc/apache2/conf-available/security.conf')?.builtin).toBe("Debian's apache2 package");
  });
});
