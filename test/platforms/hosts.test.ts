/** Host trees: which distribution a tree is for, `platform:` in .socklint.yml, and what each family ships. */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { hostFamily } from '../../src/engine/platforms/host-family.js';
import { describeSockets } from '../../src/engine/report/sockets.js';
import { analyze } from '../../src/engine/scan.js';
import { scratchDirs } from '../helpers/scratch.js';

const scratch = scratchDirs('socklint-hosts-');
afterAll(scratch.cleanup);

function tree(files: Record<string, string>): string {
  const dir = scratch.make();
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

async function view(dir: string) {
  const analysis = await analyze({ root: dir });
  return {
    ...describeSockets(analysis.graphs, analysis.evaluations, analysis.restore),
    result: analysis.result,
  };
}

const site = (target: string) =>
  `server {\n  listen 80;\n  root /srv/app;\n  location ~ \\.php$ {\n    include fastcgi_params;\n    fastcgi_pass ${target};\n  }\n}\n`;
const pool = (name: string, listen: string, extra = '') =>
  `[${name}]\nuser = www-data\ngroup = www-data\nlisten = ${listen}\n${extra}pm = ondemand\npm.max_children = 4\n`;

describe('hostFamily', () => {
  it.each([
    [['etc/php/8.2/fpm/pool.d/www.conf'], 'debian'],
    [['etc/nginx/sites-available/app', 'etc/nginx/nginx.conf'], 'debian'],
    [['etc/php-fpm.d/www.conf', 'etc/nginx/conf.d/app.conf'], 'rhel'],
    [['etc/php-fpm.conf'], 'rhel'],
    [['etc/nginx/default.d/php.conf'], 'rhel'],
    [['etc/php83/php-fpm.d/www.conf'], 'alpine'],
    [['etc/nginx/http.d/app.conf'], 'alpine'],
  ])('%j → %s', (paths, family) => {
    const r = hostFamily(paths);
    expect('distro' in r && r.distro.family).toBe(family);
  });

  it('leaves a tree unknown when nothing, or more than one family, shows in its paths', () => {
    expect(hostFamily(['etc/nginx/nginx.conf', 'etc/nginx/conf.d/app.conf'])).toEqual({
      unknown: expect.stringMatching(/nothing in it tells the distribution/),
    });
    expect(hostFamily(['etc/php/8.2/fpm/pool.d/a.conf', 'etc/php-fpm.d/b.conf'])).toEqual({
      unknown: expect.stringMatching(/mixes layouts of Debian\/Ubuntu .* and RHEL-family/),
    });
  });

  it('reads etc/os-release first', () => {
    const rocky = hostFamily(
      ['etc/nginx/conf.d/a.conf'],
      'NAME="Rocky Linux"\nVERSION="9.4 (Blue Onyx)"\nID="rocky"\nID_LIKE="rhel centos fedora"\nVERSION_ID="9.4"\n',
    );
    expect(rocky).toMatchObject({ distro: { family: 'rhel', name: 'Rocky Linux', release: '9' } });
    const noble = hostFamily([], 'NAME="Ubuntu"\nVERSION_ID="24.04"\nID=ubuntu\nID_LIKE=debian\n');
    expect(noble).toMatchObject({ distro: { family: 'ubuntu', release: '24.04', defaultPhp: '8.3' } });
  });
});

describe('host trees by family', () => {
  it('an Alpine tree: http.d sites, /etc/phpNN pools, nginx in www-data; the stock pool is on TCP', async () => {
    const v = await view(
      tree({
        'etc/nginx/http.d/app.conf': site('127.0.0.1:9000'),
        'etc/php83/php-fpm.d/app.conf': pool('app', '/run/php83/app.sock', 'listen.group = www-data\n'),
        'etc/tmpfiles.d/php.conf': 'd /run/php83 0755 root root -\n',
      }),
    );
    const unit = v.units[0];
    expect(unit.unit).toBe('host ./');
    expect(unit.platform).toBe('Alpine (release unknown)');
    expect(unit.webServers[0]).toMatchObject({ user: 'nginx', groups: ['nginx', 'www-data'] });
    expect(unit.pools.map((p) => p.listen)).toEqual(['/run/php83/app.sock']);
  });

  it('platform: in .socklint.yml decides a tree whose layout does not tell', async () => {
    const files = {
      'etc/nginx/conf.d/app.conf': site('unix:/run/php-fpm/www.sock'),
      'etc/nginx/nginx.conf': 'user nginx;\nevents {}\nhttp {\n  include /etc/nginx/conf.d/*.conf;\n}\n',
    };
    const undeclared = await view(tree(files));
    expect(undeclared.units.map((u) => u.unit)).toEqual(['unmapped files']);
    expect(undeclared.result.notes).toContainEqual(
      expect.objectContaining({
        code: 'host-platform-unknown',
        message: expect.stringMatching(
          /^host tree \.\/: nothing in it tells the distribution.*platform: in \.socklint\.yml/,
        ),
      }),
    );
    expect(undeclared.units[0].clients[0].verdict).toBe('undecided');

    const declared = await view(tree({ ...files, '.socklint.yml': 'platform: rhel-9\n' }));
    const unit = declared.units[0];
    expect(unit.unit).toBe('host ./');
    expect(unit.platform).toBe('RHEL 9');
    expect(unit.platformFrom).toMatch(/platform: rhel-9 in \.socklint\.yml/);
    // No FPM file in the tree: nothing says a php-fpm package is installed.
    expect(unit.clients[0]).toMatchObject({ socket: '/run/php-fpm/www.sock', verdict: 'undecided' });
  });

  it('platform: unknown guesses nothing, even for a Debian layout', async () => {
    const v = await view(
      tree({
        '.socklint.yml': 'platform: unknown\n',
        'etc/nginx/sites-enabled/app': site('unix:/run/php/app.sock'),
        'etc/php/8.2/fpm/pool.d/app.conf': pool('app', '/run/php/app.sock'),
      }),
    );
    expect(v.units.map((u) => u.unit)).toEqual(['unmapped files']);
    expect(v.result.notes).toContainEqual(
      expect.objectContaining({
        code: 'host-platform-unknown',
        message: expect.stringMatching(/platform: unknown in/),
      }),
    );
    expect(v.result.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('platform: ubuntu-24.04 makes php-fpm in a provisioning script mean 8.3', async () => {
    const v = await view(
      tree({
        '.socklint.yml': 'platform: ubuntu-24.04\n',
        'etc/nginx/sites-enabled/app': site('unix:/run/php/php8.3-fpm.sock'),
        'etc/setup.sh': '#!/bin/sh\napt-get install -y nginx php-fpm\n',
      }),
    );
    expect(v.units[0].clients[0]).toMatchObject({ socket: '/run/php/php8.3-fpm.sock', verdict: 'connects' });
  });

  it('a RHEL tree whose pool drops the ACL line: root:root 0660 denies nginx', async () => {
    const v = await view(
      tree({
        'etc/php-fpm.d/www.conf':
          '[www]\nuser = apache\ngroup = apache\nlisten = /run/php-fpm/www.sock\npm = ondemand\npm.max_children = 4\n',
        'etc/nginx/conf.d/app.conf': site('unix:/run/php-fpm/www.sock'),
      }),
    );
    const unit = v.units[0];
    expect(unit.platform).toBe('RHEL family');
    expect(unit.clients.map((c) => `${c.location.file}:${c.location.line} ${c.verdict}`)).toEqual([
      'etc/nginx/conf.d/app.conf:6 permission-denied',
      "(RHEL family's php-fpm package)/etc/nginx/default.d/php.conf:11 permission-denied",
    ]);
  });
});

describe('images of other distributions', () => {
  it('FROM rockylinux:9 with dnf: nothing creates /run/php-fpm without systemd, so FPM cannot bind', async () => {
    const v = await view(
      tree({
        Dockerfile: [
          'FROM rockylinux:9',
          'RUN dnf install -y nginx php-fpm && dnf clean all',
          'COPY site.conf /etc/nginx/conf.d/site.conf',
          'CMD ["sh", "-c", "php-fpm -D && nginx -g \'daemon off;\'"]',
          '',
        ].join('\n'),
        'site.conf': site('unix:/run/php-fpm/www.sock'),
      }),
    );
    const client = v.units[0].clients.find((c) => c.location.file === 'site.conf')!;
    expect(client.verdict).toBe('fpm-fails');
    expect(v.result.findings.map((f) => f.message).join('\n')).toMatch(/nothing creates \/run\/php-fpm/);
  });

  it('the same image with mkdir -p /run/php-fpm connects through the packaged ACL', async () => {
    const v = await view(
      tree({
        Dockerfile:
          'FROM rockylinux:9\nRUN dnf install -y nginx php-fpm && mkdir -p /run/php-fpm\nCOPY site.conf /etc/nginx/conf.d/site.conf\n',
        'site.conf': site('unix:/run/php-fpm/www.sock'),
      }),
    );
    expect(v.units[0].clients.find((c) => c.location.file === 'site.conf')?.verdict).toBe('connects');
  });

  it('FROM alpine:3.20 with apk: nginx (in www-data 82) reaches a php83 pool whose socket group is www-data', async () => {
    const v = await view(
      tree({
        Dockerfile: [
          'FROM alpine:3.20',
          'RUN apk add --no-cache nginx php83-fpm && mkdir -p /run/php',
          'COPY app.conf /etc/nginx/http.d/app.conf',
          'COPY pool.conf /etc/php83/php-fpm.d/zz-app.conf',
          '',
        ].join('\n'),
        'app.conf': site('unix:/run/php/app.sock'),
        'pool.conf':
          '[app]\nuser = nobody\ngroup = nobody\nlisten = /run/php/app.sock\nlisten.group = www-data\npm = ondemand\npm.max_children = 2\n',
      }),
    );
    const unit = v.units[0];
    expect(unit.webServers[0].groups).toEqual(['nginx', 'www-data']);
    expect(unit.clients[0]).toMatchObject({ verdict: 'connects' });
    // The stock pool of the image stays next to the repository's.
    expect(unit.pools.map((p) => `${p.name} ${p.listen}`)).toEqual([
      'www TCP 127.0.0.1:9000',
      'app /run/php/app.sock',
    ]);
  });
});
