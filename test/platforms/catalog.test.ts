/** The platform catalog's lookups: tags to FPM layouts, images and packages to accounts and files. */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { PLATFORM_IDS, distroOfPlatformId } from '../../src/engine/platforms/distributions.js';
import { imageName, platformOfImage } from '../../src/engine/platforms/images.js';
import { withPackages } from '../../src/engine/platforms/packages.js';
import { parsePhpTag, phpFpmLayout } from '../../src/engine/platforms/php-image.js';
import { SOURCES } from '../../src/engine/platforms/sources.js';
import type { FpmFlavour, Platform } from '../../src/engine/platforms/types.js';

const image = (ref: string): Platform => {
  const p = platformOfImage(ref);
  if (!p) throw new Error(`${ref} is not in the catalog`);
  return p;
};
const pool = (fpm: FpmFlavour | undefined, name: string) =>
  fpm?.pools.find((p) => p.deployedPath.endsWith(`/${name}`))?.text;
const layoutOf = (ref: string) => {
  const { tag, digest } = imageName(ref);
  const r = phpFpmLayout(parsePhpTag(tag)!, digest !== undefined);
  return 'build' in r ? r.build.layout : 'unknown';
};

describe('php image tags', () => {
  it.each([
    ['fpm', { variant: 'fpm', branch: '8.5', alpine: false }],
    ['latest', { variant: 'cli', branch: '8.5' }],
    ['8.2-fpm', { variant: 'fpm', branch: '8.2', version: '8.2' }],
    ['8.2.12-fpm', { variant: 'fpm', branch: '8.2', patch: 12 }],
    ['8-fpm-alpine', { variant: 'fpm', branch: '8.5', alpine: true }],
    ['8.3-fpm-alpine3.20', { variant: 'fpm', branch: '8.3', alpine: true, suite: 'alpine3.20' }],
    ['7.4-fpm-bullseye', { variant: 'fpm', branch: '7.4', suite: 'bullseye' }],
    ['7-fpm', { variant: 'fpm', branch: '7.4' }],
    ['8.6-rc-fpm', { variant: 'fpm', branch: '8.6', prerelease: true }],
    ['8.6.0alpha3-fpm-trixie', { variant: 'fpm', branch: '8.6', prerelease: true, suite: 'trixie' }],
    ['8.2-apache-bookworm', { variant: 'apache', branch: '8.2' }],
    ['zts-alpine', { variant: 'zts', alpine: true }],
    ['8.2-cli', { variant: 'cli' }],
    ['8.2-alpine', { variant: 'cli', alpine: true }],
  ])('%s', (tag, expected) => {
    expect(parsePhpTag(tag)).toMatchObject(expected);
  });

  it.each(['fpm-8.2', 'nightly', '8.2-fpm-jammy', '8.2-fpm-alpine-extra', 'rc-fpm'])(
    'refuses %s, which the image does not publish',
    (tag) => {
      expect(parsePhpTag(tag)).toBeUndefined();
      expect(platformOfImage(`php:${tag}`)).toBeUndefined();
    },
  );
});

describe('php:*-fpm layout by tag (D1)', () => {
  it.each([
    // EOL branches were never rebuilt after the change.
    ['php:7.4-fpm', 'zz-docker'],
    ['php:8.0-fpm-alpine', 'zz-docker'],
    ['php:8.1-fpm', 'zz-docker'],
    ['php:7.2.34-fpm', 'zz-docker'],
    // Patch releases against the cut-offs of f26909cd.
    ['php:8.2.12-fpm', 'zz-docker'],
    ['php:8.2.30-fpm', 'zz-docker'],
    ['php:8.2.31-fpm', 'docker-conf'],
    ['php:8.3.29-fpm', 'zz-docker'],
    ['php:8.3.30-fpm-alpine', 'docker-conf'],
    ['php:8.4.16-fpm', 'zz-docker'],
    ['php:8.4.17-fpm', 'docker-conf'],
    ['php:8.5.1-fpm', 'zz-docker'],
    ['php:8.5.2-fpm', 'docker-conf'],
    // Floating tags of maintained branches pull today's build.
    ['php:8.2-fpm', 'docker-conf'],
    ['php:8.3-fpm-bookworm', 'docker-conf'],
    ['php:fpm-alpine', 'docker-conf'],
    ['php:8.6-rc-fpm', 'docker-conf'],
    // A digest fixes a build of unknown date, unless the tag names the patch release.
    ['php:8.2-fpm@sha256:0123', 'unknown'],
    ['php:8.2.12-fpm@sha256:0123', 'zz-docker'],
    ['php:8.3.31-fpm@sha256:0123', 'docker-conf'],
    ['php:7.4-fpm@sha256:0123', 'zz-docker'],
    // Before the php-fpm.d layout (2016) and branches the catalog does not know.
    ['php:5.6-fpm', 'unknown'],
    ['php:9.0-fpm', 'unknown'],
  ])('%s → %s', (ref, layout) => {
    expect(layoutOf(ref)).toBe(layout);
  });

  it('puts listen = 9000 last in zz-docker.conf on old builds, in docker.conf on new ones', () => {
    const old = image('php:8.2.12-fpm').fpm;
    expect(pool(old, 'zz-docker.conf')).toBe('[global]\ndaemonize = no\n\n[www]\nlisten = 9000\n');
    expect(pool(old, 'www.conf')).toMatch(/^listen = 127\.0\.0\.1:9000$/m);
    expect(pool(old, 'docker.conf')).not.toMatch(/listen/);
    expect(old?.main.text).toBe('[global]\ninclude=etc/php-fpm.d/*.conf\n');

    const current = image('php:8.3-fpm').fpm;
    expect(pool(current, 'docker.conf')).toMatch(/\nlisten = 9000\n$/);
    expect(pool(current, 'www.conf')).toMatch(/^;listen = 127\.0\.0\.1:9000$/m);
    expect(pool(current, 'zz-docker.conf')).toBe('[global]\ndaemonize = no\n\n[www]\n');
    expect(current?.main.text).toBe('[global]\ninclude=/usr/local/etc/php-fpm.d/*.conf\n');

    // 8.6 drops the empty [www] of zz-docker.conf (e5de0e8e: "removed in 8.6+").
    expect(pool(image('php:8.6-rc-fpm').fpm, 'zz-docker.conf')).toBe('[global]\ndaemonize = no\n');
    // PHP before 7.3 has neither log_limit nor decorate_workers_output, which docker.conf sets from 7.3.
    expect(pool(image('php:7.2-fpm').fpm, 'docker.conf')).not.toMatch(/log_limit|decorate_workers_output/);
    expect(pool(image('php:7.4-fpm').fpm, 'docker.conf')).toMatch(/decorate_workers_output = no/);
  });

  it('says why a digest-pinned floating tag leaves the FPM files unknown, and names no flavour', () => {
    const p = image('php:8.2-fpm@sha256:0123');
    expect(p.fpm).toBeUndefined();
    expect(p.unknown).toEqual([
      {
        subject: 'php-fpm',
        message: expect.stringMatching(
          /digest pins a php:8\.2 build of unknown date.*8\.2\.31.*php:8\.2\.N-fpm/,
        ),
      },
    ]);
  });
});

describe('images: accounts and files', () => {
  it('php:*-fpm: www-data 33 on Debian, 82 on Alpine where 33 is xfs; no ACL support; no /run/php', () => {
    const debian = image('php:8.2-fpm');
    expect(debian.base?.users['www-data']).toEqual([33, 'www-data']);
    expect(debian.fpm).toMatchObject({ aclSupported: false, prefix: '/usr/local', directories: [] });
    expect(debian.fpm?.start.by).toBe('container');
    const alpine = image('php:8.3-fpm-alpine3.20');
    expect(alpine.base?.users['www-data']).toEqual([82, 'www-data']);
    expect(alpine.base?.groups['www-data']?.[0]).toBe(82);
    expect(alpine.base?.users.xfs).toEqual([33, 'xfs']);
    expect(alpine.distro).toMatchObject({ family: 'alpine', release: '3.20' });
  });

  it('php:*-apache brings Apache with mod_php and no FPM; php:*-cli brings neither', () => {
    const apache = image('php:8.2-apache');
    expect(apache.fpm).toBeUndefined();
    expect(apache.apache).toMatchObject({ layout: 'debian', user: 'www-data', modPhp: true });
    const cli = image('php:8.2-cli');
    expect(cli.fpm).toBeUndefined();
    expect(cli.apache).toBeUndefined();
  });

  it('nginx images: nginx 101:101 in both variants; Debian also has www-data 33, Alpine only its group 82', () => {
    const debian = image('nginx:1.27');
    expect(debian.base?.users.nginx).toEqual([101, 'nginx']);
    expect(debian.base?.groups.nginx?.[0]).toBe(101);
    expect(debian.base?.users['www-data']).toEqual([33, 'www-data']);
    expect(debian.nginx?.main.text).toMatch(/^user {2}nginx;$/m);
    const alpine = image('nginx:alpine');
    expect(alpine.base?.users.nginx).toEqual([101, 'nginx']);
    expect(alpine.base?.users['www-data']).toBeUndefined();
    expect(alpine.base?.groups['www-data']?.[0]).toBe(82);
    expect(image('nginx:1.27-perl').nginx?.description).toBe('the nginx:1.27-perl image');
  });

  it('nginx-unprivileged: no user line, master not root, USER 101 (D3)', () => {
    const p = image('nginxinc/nginx-unprivileged:1.27-alpine');
    expect(p.nginx?.main.text).not.toMatch(/^user/m);
    expect(p.nginx?.masterIsRoot).toBe(false);
    expect(p.imageUser?.user).toBe('101');
  });

  it('httpd runs as www-data (33, or 82 on Alpine); caddy as root, or 1001 in group root when rootless', () => {
    expect(image('httpd:2.4').apache).toMatchObject({ layout: 'upstream', user: 'www-data' });
    expect(image('httpd:2.4-alpine').base?.users['www-data']).toEqual([82, 'www-data']);
    expect(image('caddy:2.8').caddy).toMatchObject({ layout: 'image', user: 'root' });
    const rootless = image('caddy:2.10-rootless');
    expect(rootless.caddy?.layout).toBe('image-rootless');
    expect(rootless.base?.users.caddy).toEqual([1001, 'caddy']);
    expect(rootless.base?.groups.root?.[1]).toContain('caddy');
  });

  it('knows registry spellings of the same images and leaves unknown images unknown', () => {
    expect(imageName('docker.io/library/nginx:1.27-alpine@sha256:abc')).toEqual({
      name: 'nginx',
      tag: '1.27-alpine',
      digest: 'sha256:abc',
    });
    expect(image('quay.io/centos/centos:stream9').distro).toMatchObject({ family: 'rhel', release: '9' });
    expect(image('registry.access.redhat.com/ubi9/ubi-minimal').distro).toMatchObject({
      family: 'rhel',
      release: '9',
    });
    expect(image('rockylinux/rockylinux:9.3').distro?.release).toBe('9');
    expect(platformOfImage('bitnami/nginx:1.27')).toBeUndefined();
    expect(platformOfImage('ghcr.io/acme/php-base:3')).toBeUndefined();
  });
});

describe('packages on a base', () => {
  it("apt: nginx from nginx.org's repository is that package, with its nginx user; Debian's has none", () => {
    const org = withPackages(image('debian:12'), ['nginx.org:nginx=1.27.3-1~bookworm']);
    expect(org.nginx?.description).toBe("nginx.org's nginx package on Debian");
    expect(org.nginx?.compiledUser).toBe('nginx');
    expect(org.base?.users.nginx).toEqual([undefined, 'nginx']);
    const debian = withPackages(image('debian:12'), ['nginx']);
    expect(debian.nginx?.description).toBe("Debian's nginx package");
    expect(debian.base?.users.nginx).toBeUndefined();
  });

  it("apt: php-fpm is the release's default PHP; an unknown release leaves it unknown", () => {
    expect(withPackages(image('debian:12'), ['php-fpm']).fpm?.main.deployedPath).toBe(
      '/etc/php/8.2/fpm/php-fpm.conf',
    );
    expect(withPackages(image('debian:trixie-slim'), ['php-fpm']).fpm?.version).toBe('8.4');
    expect(withPackages(image('ubuntu:22.04'), ['php-fpm=2:8.1+92ubuntu1']).fpm?.version).toBe('8.1');
    expect(withPackages(image('ubuntu:noble'), ['php-fpm']).fpm?.version).toBe('8.3');
    const sid = withPackages(image('debian:sid'), ['php-fpm']);
    expect(sid.fpm).toBeUndefined();
    expect(sid.unknown?.[0]).toMatchObject({ subject: 'php-fpm' });
    // A versioned package needs no release.
    expect(withPackages(image('debian:sid'), ['php8.3-fpm']).fpm?.version).toBe('8.3');
  });

  it('apt in a container: /run/php from the postinst, no php-fpm.sock alias; on a systemd host the alias exists', () => {
    const fpm = withPackages(image('debian:12'), ['php8.2-fpm']).fpm!;
    expect(fpm.directories).toEqual([
      expect.objectContaining({ path: '/run/php', mode: 0o755, owner: 'www-data' }),
    ]);
    expect(fpm.start.by).toBe('container');
    expect(fpm.alias).toMatchObject({ path: '/run/php/php-fpm.sock', exists: false, priority: 82 });
    const host = withPackages({ ...image('debian:12'), init: 'systemd' }, ['php8.2-fpm']).fpm!;
    expect(host.alias).toMatchObject({ exists: true, poolFile: '/etc/php/8.2/fpm/pool.d/www.conf' });
  });

  it("apt nginx: Debian's nginx.conf and the default site enabled by the package's link", () => {
    const nginx = withPackages(image('ubuntu:24.04'), ['nginx-light']).nginx!;
    expect(nginx.main.text).toMatch(/^user www-data;$/m);
    expect(nginx.links).toEqual([
      { link: '/etc/nginx/sites-enabled/default', target: '/etc/nginx/sites-available/default' },
    ]);
    expect(nginx.files[0].text).not.toMatch(/fastcgi_pass/);
    expect(image('ubuntu:24.04').base?.users.ubuntu).toEqual([1000, 'ubuntu']);
    expect(image('ubuntu:22.04').base?.users.ubuntu).toBeUndefined();
  });

  it('apt caddy: a system caddy account with an id allocated at install, in www-data (C3)', () => {
    const p = withPackages(image('debian:12'), ['caddy']);
    expect(p.base?.users.caddy).toEqual([undefined, 'caddy']);
    expect(p.base?.groups['www-data']?.[1]).toContain('caddy');
  });

  it('apk: phpNN-fpm runs as nobody on TCP 9000 under /etc/phpNN; nginx is in www-data 82 with allocated ids', () => {
    const p = withPackages(image('alpine:3.20'), ['nginx', 'php83-fpm~8.3']);
    expect(p.fpm?.main).toEqual({
      deployedPath: '/etc/php83/php-fpm.conf',
      text: '[global]\ninclude=/etc/php83/php-fpm.d/*.conf\n',
    });
    expect(pool(p.fpm, 'www.conf')).toMatch(/user = nobody\ngroup = nobody\nlisten = 127\.0\.0\.1:9000/);
    expect(p.fpm?.aclSupported).toBe(true);
    expect(p.nginx?.main.text).toMatch(/include \/etc\/nginx\/http\.d\/\*\.conf;/);
    expect(p.base?.users.nginx).toEqual([undefined, 'nginx']);
    expect(p.base?.groups['www-data']).toEqual([82, ['nginx']]);
    expect(p.base?.accountSources.nginx).toBe(SOURCES.alpineNginx);
    // The image itself is not changed.
    expect(image('alpine:3.20').base?.users.nginx).toBeUndefined();
  });

  it('dnf: php-fpm brings apache 48 and nginx (allocated ids), the ACL pool, and no /run/php-fpm in a container', () => {
    const p = withPackages(image('rockylinux:9'), ['nginx', 'php-fpm']);
    expect(p.base?.users.apache).toEqual([48, 'apache']);
    expect(p.base?.users.nginx).toEqual([undefined, 'nginx']);
    expect(pool(p.fpm, 'www.conf')).toMatch(/^listen\.acl_users = apache,nginx$/m);
    expect(p.fpm).toMatchObject({ aclSupported: true, prefix: '/usr', directories: [] });
    expect(p.fpm?.nginxFiles?.map((f) => f.deployedPath)).toEqual([
      '/etc/nginx/conf.d/php-fpm.conf',
      '/etc/nginx/default.d/php.conf',
    ]);
    expect(p.nginx?.main.text).toMatch(/include \/etc\/nginx\/default\.d\/\*\.conf;/);
    const host = withPackages({ ...image('rockylinux:9'), init: 'systemd' }, ['php-fpm']).fpm!;
    expect(host.directories).toEqual([
      expect.objectContaining({ path: '/run/php-fpm', mode: 0o755, owner: 'root' }),
    ]);
    expect(host.start).toMatchObject({ by: 'systemd', privateTmp: true });
  });

  it('dnf on CentOS 7 and Remi collections: FPM unknown, said once', () => {
    const c7 = withPackages(image('centos:7'), ['php-fpm']);
    expect(c7.fpm).toBeUndefined();
    expect(c7.unknown).toEqual([
      { subject: 'php-fpm', message: 'CentOS 7: its php-fpm package is not in the catalog' },
    ]);
    expect(withPackages(image('almalinux:9'), ['php82-php-fpm']).unknown?.[0]?.message).toMatch(
      /Software Collection/,
    );
  });
});

describe('every fact carries its source', () => {
  it('flavours, bases and added accounts point at a catalog source', () => {
    const sources = new Set(Object.values(SOURCES));
    const platforms = [
      image('php:8.2-fpm'),
      image('php:7.4-fpm-alpine'),
      image('nginx:alpine'),
      image('nginxinc/nginx-unprivileged'),
      image('httpd:2.4'),
      image('caddy:2'),
      withPackages(image('debian:12'), ['nginx', 'php8.2-fpm', 'apache2', 'caddy']),
      withPackages(image('alpine:3.20'), ['nginx', 'php83-fpm']),
      withPackages(image('fedora:40'), ['nginx', 'php-fpm', 'httpd']),
    ];
    for (const p of platforms) {
      for (const fact of [p.base, p.nginx, p.fpm, p.apache, p.caddy, p.distro]) {
        if (fact) expect(sources).toContain(fact.source);
      }
      for (const source of Object.values(p.base?.accountSources ?? {})) expect(sources).toContain(source);
    }
    for (const source of sources) expect(source.ref.length).toBeGreaterThan(20);
  });
});

describe('platform: values', () => {
  it('the schema lists exactly the catalog ids, and each names a distribution or unknown', () => {
    const schema = JSON.parse(readFileSync('schema/socklint.schema.json', 'utf8'));
    expect(schema.properties.platform.enum).toEqual([...PLATFORM_IDS]);
    expect(distroOfPlatformId('debian')).toMatchObject({
      family: 'debian',
      release: '12',
      defaultPhp: '8.2',
    });
    expect(distroOfPlatformId('ubuntu-24.04')).toMatchObject({ family: 'ubuntu', defaultPhp: '8.3' });
    expect(distroOfPlatformId('rhel-9')).toMatchObject({ family: 'rhel', release: '9' });
    expect(distroOfPlatformId('alpine-3.20')).toMatchObject({ family: 'alpine', release: '3.20' });
    expect(distroOfPlatformId('unknown')).toBeUndefined();
  });
});
