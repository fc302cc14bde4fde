/** Where files land, which files are loaded, which unit they belong to, and who the processes are. */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../../src/engine/scan.js';
import { describeSockets } from '../../src/engine/report/sockets.js';
import { scratchDirs } from '../helpers/scratch.js';

const scratch = scratchDirs('socklint-topo-');
afterAll(scratch.cleanup);

function tree(files: Record<string, string>, links: Record<string, string> = {}): string {
  const dir = scratch.make();
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

const site = (sock: string) =>
  `server {\n  listen 80;\n  location ~ \\.php$ {\n    fastcgi_pass unix:${sock};\n  }\n}\n`;
const pool = (sock: string, extra = '') =>
  `[app]\nuser = www-data\ngroup = www-data\nlisten = ${sock}\n${extra}pm = ondemand\npm.max_children = 4\n`;

async function view(dir: string) {
  const analysis = await analyze({ root: dir });
  return {
    ...describeSockets(analysis.graphs, analysis.evaluations, analysis.restore),
    result: analysis.result,
  };
}

describe('Dockerfile images', () => {
  it('places COPY sources (file, directory, WORKDIR-relative) and pairs only within the image', async () => {
    const dir = tree({
      Dockerfile: [
        'FROM php:8.2-fpm',
        'RUN apt-get update && apt-get install -y nginx && mkdir -p /run/php',
        'WORKDIR /usr/local/etc',
        'COPY conf/pool.conf php-fpm.d/zz-app.conf',
        'COPY conf/nginx/ /etc/nginx/conf.d/',
        '',
      ].join('\n'),
      'conf/pool.conf': pool('/run/php/app.sock', 'listen.owner = www-data\nlisten.group = www-data\n'),
      'conf/nginx/app.conf': site('/run/php/app.sock'),
    });
    const v = await view(dir);
    expect(v.units.map((u) => u.unit)).toEqual(['image Dockerfile']);
    const unit = v.units[0];
    expect(unit.webServers[0]).toMatchObject({ user: 'www-data', group: 'www-data' });
    expect(unit.clients).toEqual([
      expect.objectContaining({
        location: expect.objectContaining({ file: 'conf/nginx/app.conf', line: 4 }),
        socket: '/run/php/app.sock',
        reaches: expect.objectContaining({ pool: 'app' }),
        verdict: 'connects',
      }),
    ]);
    // The image's own [www] pool listens on TCP 9000 (docker.conf), and ours on the socket.
    expect(unit.pools.map((p) => `${p.name} ${p.listen}`)).toEqual(['www TCP 9000', 'app /run/php/app.sock']);
  });

  it('never pairs the nginx of one image with the pool of another', async () => {
    const dir = tree({
      'web/Dockerfile': 'FROM nginx:1.27\nCOPY site.conf /etc/nginx/conf.d/default.conf\n',
      'web/site.conf': site('/run/php/app.sock'),
      'php/Dockerfile': 'FROM php:8.2-fpm\nCOPY pool.conf /usr/local/etc/php-fpm.d/zz-app.conf\n',
      'php/pool.conf': pool('/run/php/app.sock', 'listen.owner = www-data\n'),
    });
    const v = await view(dir);
    const web = v.units.find((u) => u.unit === 'image web/Dockerfile')!;
    expect(web.webServers[0]).toMatchObject({ user: 'nginx', group: 'nginx' });
    expect(web.clients[0].reaches).toBeUndefined();
    expect(web.clients[0].verdict).toBe('undecided');
    expect(v.result.findings.map((f) => f.rule)).toContain('socket-target-unresolved');
  });

  it('follows the stage chain of a multi-stage build and a RUN ln -s that enables a site', async () => {
    const dir = tree({
      Dockerfile: [
        'FROM debian:12 AS base',
        'RUN apt-get update && apt-get install -y nginx php8.2-fpm',
        'FROM base AS app',
        'COPY app.site /etc/nginx/sites-available/app',
        'COPY pool.conf /etc/php/8.2/fpm/pool.d/app.conf',
        'RUN rm /etc/nginx/sites-enabled/default && ln -s /etc/nginx/sites-available/app /etc/nginx/sites-enabled/',
        '',
      ].join('\n'),
      'app.site': site('/var/run/php/app.sock'),
      'pool.conf': pool('/run/php/app.sock'),
    });
    const v = await view(dir);
    const unit = v.units[0];
    expect(unit.platform).toBe('debian:12');
    expect(unit.clients).toEqual([
      expect.objectContaining({
        socket: '/run/php/app.sock',
        reaches: expect.objectContaining({ pool: 'app' }),
        verdict: 'permission-denied',
      }),
    ]);
  });

  it('takes supplementary groups from RUN usermod -aG and ignores user under a non-root USER', async () => {
    const dir = tree({
      Dockerfile: [
        'FROM php:8.2-fpm',
        'RUN apt-get update && apt-get install -y nginx && groupadd -g 3000 web && usermod -aG web www-data && mkdir -p /run/php',
        'COPY pool.conf /usr/local/etc/php-fpm.d/zz-app.conf',
        'COPY site.conf /etc/nginx/conf.d/app.conf',
        '',
      ].join('\n'),
      'pool.conf': pool('/run/php/app.sock', 'listen.group = web\n'),
      'site.conf': site('/run/php/app.sock'),
    });
    const v = await view(dir);
    expect(v.units[0].webServers[0].groups).toEqual(['www-data', 'web']);
    expect(v.units[0].clients[0].verdict).toBe('connects');
  });
});

describe('host trees', () => {
  it('loads a site enabled by a symlink in git, leaves one that is only available undecided, and folds /var/run', async () => {
    const dir = tree(
      {
        'etc/nginx/sites-available/app': site('/var/run/php/app.sock'),
        'etc/nginx/sites-available/old': site('/run/php/old.sock'),
        'etc/php/8.2/fpm/pool.d/app.conf': pool('/run/php/app.sock', 'listen.owner = www-data\n'),
      },
      { 'etc/nginx/sites-enabled/app': '../sites-available/app' },
    );
    const v = await view(dir);
    expect(v.units.map((u) => u.unit)).toEqual(['host ./']);
    expect(
      v.units[0].clients.map((c) => `${c.location.file}:${c.location.line} ${c.socket} ${c.verdict}`),
    ).toEqual([
      'etc/nginx/sites-available/app:4 /run/php/app.sock connects',
      'etc/nginx/sites-available/old:4 /run/php/old.sock undecided',
    ]);
    expect(v.result.sockets.find((r) => r.socket === '/run/php/old.sock')?.reason).toBe(
      'etc/nginx/sites-available/old is in sites-available/, and nothing in the repository links it from sites-enabled/: nginx loads it only once it is enabled (link it in the tree to check it)',
    );
  });

  it('gives each host tree its own unit', async () => {
    const dir = tree({
      'web1/etc/nginx/sites-enabled/a': site('/run/php/a.sock'),
      'web1/etc/php/8.2/fpm/pool.d/a.conf': pool('/run/php/a.sock', 'listen.owner = www-data\n'),
      'web2/etc/nginx/sites-enabled/b': site('/run/php/a.sock'),
      'web2/etc/php/8.2/fpm/pool.d/b.conf': pool('/run/php/b.sock', 'listen.owner = www-data\n'),
    });
    const v = await view(dir);
    expect(v.units.map((u) => `${u.unit}: ${u.clients.map((c) => c.verdict).join(',')}`)).toEqual([
      'host web1/: connects',
      'host web2/: no-socket',
    ]);
    const mismatch = v.result.findings.find((f) => f.rule === 'socket-path-mismatch')!;
    expect(mismatch.file).toBe('web2/etc/nginx/sites-enabled/b');
    expect(mismatch.message).toContain('the nearest is /run/php/b.sock');
  });

  it('reads users, groups and memberships from a provisioning script with their origin', async () => {
    const dir = tree({
      'etc/nginx/nginx.conf': 'user web;\nevents {}\nhttp {\n  include /etc/nginx/sites-enabled/*;\n}\n',
      'etc/nginx/sites-enabled/app': site('/run/php/app.sock'),
      'etc/php/8.2/fpm/pool.d/app.conf': pool('/run/php/app.sock', 'listen.group = app\n'),
      'setup.sh': '#!/bin/sh\nset -e\ngroupadd app\nuseradd --system web\nusermod -aG app web\n',
    });
    const v = await view(dir);
    expect(v.units[0].webServers[0]).toMatchObject({ user: 'web', group: 'web', groups: ['web', 'app'] });
    expect(v.units[0].clients[0].verdict).toBe('connects');
  });
});

describe('directory modes', () => {
  // GNU chmod (checked on coreutils 9.1): up to four octal digits keep a directory's setgid bit,
  // five or more (`00770`) clear it. The socket then takes the directory's group, or the master's.
  it.each([
    ['chmod 0770', 'connects'],
    ['chmod 770', 'connects'],
    ['chmod 00770', 'permission-denied'],
  ])('%s after chmod 2770 on the socket directory: %s', async (command, verdict) => {
    const dir = tree({
      'etc/nginx/sites-enabled/app': site('/run/php-app/app.sock'),
      'etc/php/8.2/fpm/pool.d/app.conf': pool('/run/php-app/app.sock'),
      'setup.sh': `#!/bin/sh\nset -e\nmkdir -p /run/php-app\nchown root:www-data /run/php-app\nchmod 2770 /run/php-app\n${command} /run/php-app\n`,
    });
    const v = await view(dir);
    expect(v.units[0].clients.map((c) => c.verdict)).toEqual([verdict]);
  });
});

describe('installer scripts', () => {
  const installer = (sock: string, poolSock = sock) =>
    [
      '#!/bin/sh',
      'set -e',
      'apt-get install -y nginx php8.2-fpm',
      "cat > /etc/php/8.2/fpm/pool.d/app.conf <<'EOF'",
      pool(poolSock, 'listen.owner = www-data\nlisten.group = www-data\n').trimEnd(),
      'EOF',
      "cat > /etc/nginx/sites-available/app <<'EOF'",
      site(sock).trimEnd(),
      'EOF',
      'ln -s /etc/nginx/sites-available/app /etc/nginx/sites-enabled/app',
      '',
    ].join('\n');

  it('gives each script that writes configs nothing else places its own machine', async () => {
    const dir = tree({
      'install/blog-install.sh': installer('/run/php/blog.sock'),
      'install/shop-install.sh': installer('/run/php/shop.sock'),
      'tools/backup.sh': '#!/bin/sh\ntar czf /tmp/b.tgz /var/www\n',
    });
    const v = await view(dir);
    expect(
      v.units.map((u) => `${u.unit}: ${u.clients.map((c) => `${c.location.line} ${c.verdict}`).join(',')}`),
    ).toEqual([
      'machine install/blog-install.sh provisions: 18 connects',
      'machine install/shop-install.sh provisions: 18 connects',
    ]);
    expect(v.result.findings).toEqual([]);
  });

  it('leaves the distribution unknown when the paths do not tell it, and the clients undecided', async () => {
    const dir = tree({
      'setup.sh': installer('/run/php/app.sock')
        .replace(/\/etc\/php\/8\.2\/fpm\/pool\.d/g, '/usr/local/etc/php-fpm.d')
        .replace(/sites-available/g, 'conf.d')
        .replace(/\nln -s.*\n/, '\n'),
    });
    const v = await view(dir);
    expect(v.units.map((u) => u.unit)).toEqual(['machine setup.sh provisions']);
    expect(v.units[0].clients.map((c) => c.verdict)).toEqual(['undecided']);
    expect(v.result.findings.filter((f) => f.severity !== 'notice')).toEqual([]);
    expect(v.result.findings.find((f) => f.rule === 'socket-target-unresolved')?.message).toContain(
      'setup.sh does not show which distribution it runs on',
    );
  });

  it('leaves a script that a Dockerfile copies, or one inside a host tree, to that unit', async () => {
    const dir = tree({
      Dockerfile: 'FROM debian:12\nCOPY install.sh /install.sh\nRUN sh /install.sh\n',
      'install.sh': installer('/run/php/app.sock'),
      'host/etc/nginx/nginx.conf':
        'user www-data;\nevents {}\nhttp { include /etc/nginx/sites-enabled/*; }\n',
      'host/provision.sh': installer('/run/php/app.sock'),
    });
    const v = await view(dir);
    // The host tree does not tell its distribution: its files are unmapped, its script stays with them.
    expect(v.units.map((u) => u.unit).sort()).toEqual(['image Dockerfile', 'unmapped files']);
  });
});
