/**
 * Where the catalog's facts come from. Each entry names the file and the commit (or the package
 * and version) it was read in, so a verdict can say why a fact is known. docs/platforms.md lists
 * the same sources per platform.
 */
import type { Source } from './types.js';

const gh = (repo: string, commit: string, path: string) =>
  `${repo} ${path} at ${commit.slice(0, 8)} (https://github.com/${repo}/blob/${commit}/${path})`;

const DEBIAN_12_HOST = 'Debian 12 packages as installed and read on a Debian 12 machine';

export const SOURCES = {
  debianBasePasswd: {
    evidence: 'observed',
    ref: `${DEBIAN_12_HOST}: base-passwd 3.6.1 /usr/share/base-passwd/{passwd,group}.master`,
  },
  ubuntuImageUser: {
    evidence: 'secondary',
    ref: 'Ubuntu images since 23.04 add the user ubuntu 1000:1000 to the base accounts (reported by the image release notes)',
  },
  debianNginx: {
    evidence: 'observed',
    ref: `${DEBIAN_12_HOST}: nginx-common 1.22.1-9+deb12u11 (/etc/nginx/nginx.conf, sites-available/default, and the postinst that links sites-enabled/default on the first install)`,
  },
  debianFpm: {
    evidence: 'observed',
    ref: `${DEBIAN_12_HOST}: php8.2-fpm 8.2.36-1~deb12u1 (php-fpm.conf, pool.d/www.conf, /usr/lib/tmpfiles.d/php8.2-fpm.conf, php8.2-fpm.service, /etc/init.d/php8.2-fpm, the postinst)`,
  },
  debianFpmAlias: {
    evidence: 'observed',
    ref: `${DEBIAN_12_HOST}: php8.2-fpm.service ExecStartPost=/usr/lib/php/php-fpm-socket-helper install /run/php/php-fpm.sock /etc/php/8.2/fpm/pool.d/www.conf 82; neither the init script nor a plain php-fpm run calls the helper`,
  },
  debianApache: {
    evidence: 'observed',
    ref: `${DEBIAN_12_HOST}: apache2 2.4.71-1~deb12u1 (/etc/apache2/envvars: APACHE_RUN_USER=www-data, APACHE_RUN_GROUP=www-data)`,
  },
  debianCaddy: {
    evidence: 'observed',
    ref: `${DEBIAN_12_HOST}: caddy 2.6.2-5 postinst (useradd --system caddy, ids allocated at install; usermod -aG www-data caddy)`,
  },
  debianDefaultPhp: {
    evidence: 'secondary',
    ref: "the php-defaults package of each release (Debian 11: 7.4, 12: 8.2, 13: 8.4; Ubuntu 20.04: 7.4, 22.04: 8.1, 24.04: 8.3, 25.04: 8.4); Debian 12's is observed",
  },
  officialPhp: {
    evidence: 'packaged',
    ref: gh('docker-library/php', '445bf414f1d5866f7aef715f1203eae043710070', 'Dockerfile-linux.template'),
  },
  officialPhpLayout: {
    evidence: 'packaged',
    ref:
      'docker-library/php commits f26909cd (2026-01-09: listen = 9000 moves from zz-docker.conf to docker.conf, ' +
      'www.conf listen commented, except for 8.2.30, 8.3.29, 8.4.16 and 8.5.1), 6485b53a (2026-01-09: --sysconfdir, ' +
      'absolute include), e5de0e8e (2026-01-16: an empty [www] back in zz-docker.conf for 8.2-8.5); ' +
      'first builds with the new layout: 8.3.30, 8.4.17, 8.5.2 (2026-01-15), 8.2.31 (f4e930a7, 2026-05-07) ' +
      '(https://github.com/docker-library/php/commit/f26909cd60fc044fb0b8b1572a8e1768eae7e963)',
  },
  officialPhpOldLayout: {
    evidence: 'packaged',
    ref:
      gh('docker-library/php', 'a5cbc2e5', '8.2/bookworm/fpm/Dockerfile') +
      ', the layout since e1292bb6 (2016-01-22)',
  },
  officialPhpTags: {
    evidence: 'packaged',
    ref:
      gh('docker-library/php', '445bf414f1d5866f7aef715f1203eae043710070', 'generate-stackbrew-library.sh') +
      ' and versions.json: branches 8.2-8.5 and 8.6-rc, `8`/`latest` = 8.5, default suites trixie and alpine3.24; ' +
      '7.4, 8.0 and 8.1 were removed in f2999de8 (2022-11-25), 4d3ed4a9 (2023-11-27) and 9cf5f245 (2026-01-01)',
  },
  officialNginx: {
    evidence: 'packaged',
    ref:
      gh('nginxinc/docker-nginx', 'b430becb8f0f6b8d69e68cc73a82ea2873c38639', 'mainline/debian/Dockerfile') +
      ' (nginx 101:101 in every variant), with the nginx.org package nginx.conf (`user  nginx;`, conf.d/*.conf)',
  },
  nginxOrgPackage: {
    evidence: 'packaged',
    ref:
      gh('nginx/pkg-oss', 'a9cf1c1598b77e895b24c6bd3fa14b09738b0be8', 'debian/debian/nginx.preinst') +
      ' (addgroup --system nginx; adduser --system --ingroup nginx nginx: ids allocated at install), with the nginx.conf the official images take from that package (`user  nginx;`, conf.d/*.conf)',
  },
  unprivilegedNginx: {
    evidence: 'packaged',
    ref: gh(
      'nginxinc/docker-nginx-unprivileged',
      '8ead5cede31b9dc5a976d1b44bb1987226b48677',
      'mainline/debian/Dockerfile',
    ),
  },
  officialHttpd: {
    evidence: 'packaged',
    ref:
      gh('docker-library/httpd', '9b63b37c9be3b42d16b924ebb40af3cc40793119', '2.4/Dockerfile') +
      ' and 2.4/alpine/Dockerfile (www-data 82); User/Group www-data since af35e5c (2021-11-12)',
  },
  officialCaddy: {
    evidence: 'packaged',
    ref:
      gh('caddyserver/caddy-docker', '62d1326421cc6d6245f5178d3c277b0e69fb8fb6', '2.11/alpine/Dockerfile') +
      ' (no USER: root)',
  },
  rootlessCaddy: {
    evidence: 'packaged',
    ref: 'caddyserver/caddy-docker 2.10/rootless/Dockerfile before 7e724d4b (adduser -D -u 1001 caddy; addgroup caddy root; USER 1001)',
  },
  alpineBaselayout: {
    evidence: 'packaged',
    ref:
      gh('alpinelinux/aports', '770d8ce7c6c556d952884ad436dd82b17ceb1a9a', 'main/alpine-baselayout/passwd') +
      ' and main/alpine-baselayout/group at bb00d0e4',
  },
  alpineNginx: {
    evidence: 'packaged',
    ref:
      gh('alpinelinux/aports', '4d0b9def71b2e28452a2e867cafda379e2c07643', 'main/nginx/nginx.pre-install') +
      ' (addgroup -Sg 82 www-data; addgroup -S nginx; adduser -S … -G nginx nginx; addgroup nginx www-data) and main/nginx/nginx.conf at ce4f9d8e',
  },
  alpinePhp: {
    evidence: 'packaged',
    ref:
      gh('alpinelinux/aports', 'aa673e8f65868f0d66120ea08fa4ed38fe8de01c', 'community/php83/APKBUILD') +
      ' (--prefix=/usr --sysconfdir=/etc/php83 --with-fpm-acl, no --with-fpm-user: the pool runs as nobody; PHP’s own php-fpm.conf and www.conf)',
  },
  rhelPhp: {
    evidence: 'packaged',
    ref:
      'Fedora php dist-git (mirrored at ' +
      gh('fedora-riscv/php', '5815d4c0fa17a481b9a7329c1abcf9db4887209f', 'php-fpm-www.conf') +
      '): php-fpm-www.conf, php-fpm.conf, php-fpm.service (RuntimeDirectory=php-fpm), nginx-fpm.conf, nginx-php.conf, ' +
      'php.spec (--with-fpm-acl; Requires nginx-filesystem and httpd-filesystem; %ghost /run/php-fpm); the same files since a8ae4d1 (2015-01, PHP 5.6.5), which RHEL 8, 9 and 10 took from Fedora',
  },
  rhelNginx: {
    evidence: 'packaged',
    ref:
      'Fedora nginx.spec (mirrored at ' +
      gh('r0x0d/fedora-rpm-specs', '3bbb5ec420ca47d7ee040a1aefc7f17e2cdc6797', 'nginx.spec') +
      '): --user=nginx --group=nginx; %pre filesystem: groupadd -r nginx, useradd -r … nginx (ids allocated at install); conf.d/ and default.d/',
  },
  rhelNginxConf: {
    evidence: 'secondary',
    ref: 'the packaged /etc/nginx/nginx.conf as copied from RHEL-family machines (user nginx; include /usr/share/nginx/modules/*.conf; conf.d/*.conf in http; a default server including default.d/*.conf)',
  },
  rhelApacheUser: {
    evidence: 'secondary',
    ref: 'httpd.spec %pre filesystem (groupadd -g 48 -r apache; useradd -r -u 48 -g apache … apache), as copied in public spec files; php-fpm requires httpd-filesystem',
  },
  rhelSetup: {
    evidence: 'secondary',
    ref: "the setup package's /etc/passwd and /etc/group (root 0, bin 1, daemon 2, adm 3/4, nobody 65534 since Fedora 28 and RHEL 8)",
  },
} satisfies Record<string, Source>;

/** "known because …" text for a fact's source. */
export function knownBecause(source: Source): string {
  const how = {
    packaged: 'read in the packaging',
    observed: 'observed on the installed package',
    secondary: 'reported by a secondary source',
    reasoned: 'reasoned',
  }[source.evidence];
  return `${how}: ${source.ref}`;
}
