/**
 * What installing packages adds to a platform: `apt-get install` on Debian and Ubuntu, `apk add`
 * on Alpine, `dnf`/`yum install` on the RHEL family. Each package brings its web server or FPM
 * flavour and the accounts its scripts create. A package the catalog does not know adds nothing
 * and is not guessed at; an FPM package it cannot place is said in `unknown`.
 */
import { addAccount, addGroup, addMember } from './accounts.js';
import { alpineNginx, debianNginx, nginxOrgPackage, rhelNginx } from './nginx.js';
import { alpineFpm, debianFpm, rhelFpm } from './php-fpm.js';
import { SOURCES } from './sources.js';
import type { BaseSystem, Platform } from './types.js';

/** `nginx=1.22.1-9`, `nginx~1.24`, `php-fpm-8.2.13`, `nginx>=1.2` → the package name. */
function packageName(spec: string): string {
  return spec.split(/[=~<>]/)[0].toLowerCase();
}

export function withPackages(platform: Platform, packages: string[]): Platform {
  const family = platform.base?.family;
  if (!family || packages.length === 0) return platform;
  const out: Platform = { ...platform, unknown: [...(platform.unknown ?? [])] };
  if (out.base) out.base = cloneBase(out.base);
  for (const name of packages.map(packageName)) {
    if (family === 'debian') addDebianPackage(out, name);
    else if (family === 'alpine') addAlpinePackage(out, name);
    else addRhelPackage(out, name);
  }
  return out;
}

/** "Debian", "Rocky Linux": whose packages these are. */
function distroName(platform: Platform): string {
  return platform.distro?.name ?? platform.base?.description ?? 'the distribution';
}

function serviceStart(platform: Platform): 'systemd' | 'container' {
  return platform.init === 'container' ? 'container' : 'systemd';
}

function addDebianPackage(p: Platform, name: string): void {
  const distro = distroName(p);
  if (name === 'nginx.org:nginx') {
    // nginx.org's package: its own nginx.conf (`user nginx;`) and a system nginx user and group.
    p.nginx ??= nginxOrgPackage(distro);
    if (p.base) addAccount(p.base, 'nginx', undefined, 'nginx', undefined, SOURCES.nginxOrgPackage);
  }
  if (/^nginx(-(full|light|extras|core))?$/.test(name)) p.nginx ??= debianNginx(distro);
  const versioned = /^php(\d+\.\d+)-fpm$/.exec(name);
  const version = versioned?.[1] ?? (name === 'php-fpm' ? p.defaultPhp : undefined);
  if (version) p.fpm ??= debianFpm(version, distro, serviceStart(p));
  else if (name === 'php-fpm') {
    p.unknown!.push({
      subject: 'php-fpm',
      message: `${distro}: which PHP version the php-fpm package installs is not known; install phpX.Y-fpm or name the release in the FROM tag`,
    });
  }
  if (name === 'apache2') {
    p.apache ??= {
      layout: 'debian',
      description: `${distro}'s apache2 package`,
      user: 'www-data',
      source: SOURCES.debianApache,
    };
  }
  if (/^libapache2-mod-php(\d+\.\d+)?$/.test(name) && p.apache) p.apache = { ...p.apache, modPhp: true };
  if (name === 'caddy' && p.base) {
    p.caddy ??= {
      layout: 'debian',
      description: `${distro}'s caddy package`,
      user: 'caddy',
      source: SOURCES.debianCaddy,
    };
    // The postinst creates a system account (id allocated at install) and adds it to www-data (C3).
    addAccount(p.base, 'caddy', undefined, 'caddy', undefined, SOURCES.debianCaddy);
    addMember(p.base, 'www-data', 'caddy');
  }
}

function addAlpinePackage(p: Platform, name: string): void {
  const distro = distroName(p);
  if (name === 'nginx' && p.base) {
    p.nginx ??= alpineNginx(distro);
    // nginx.pre-install: www-data 82, a system nginx user and group (ids allocated at install), nginx in www-data.
    addGroup(p.base, 'www-data', 82, SOURCES.alpineNginx);
    addAccount(p.base, 'nginx', undefined, 'nginx', undefined, SOURCES.alpineNginx);
    addMember(p.base, 'www-data', 'nginx');
  }
  const versioned = /^php(\d+)-fpm$/.exec(name);
  if (versioned) p.fpm ??= alpineFpm(versioned[1], distro, p.init === 'container' ? 'container' : 'openrc');
  else if (name === 'php-fpm') {
    p.unknown!.push({
      subject: 'php-fpm',
      message: `${distro}: php-fpm is a virtual package whose provider depends on the release; install phpNN-fpm`,
    });
  }
}

function addRhelPackage(p: Platform, name: string): void {
  const distro = distroName(p);
  if (!p.base) return;
  if (name === 'nginx' || name === 'nginx-core' || name === 'nginx-filesystem') {
    if (name !== 'nginx-filesystem') p.nginx ??= rhelNginx(distro);
    addAccount(p.base, 'nginx', undefined, 'nginx', undefined, SOURCES.rhelNginx);
  }
  const release = Number(p.distro?.release);
  if (name === 'php-fpm' && release < 8) {
    // RHEL 7's php-fpm 5.4 predates the socket and ACL layout (Fedora, 2015).
    p.unknown!.push({
      subject: 'php-fpm',
      message: `${distro} ${release}: its php-fpm package is not in the catalog`,
    });
  } else if (name === 'php-fpm') {
    p.fpm ??= rhelFpm(distro, serviceStart(p), p.defaultPhp);
    // php-fpm requires httpd-filesystem (apache 48:48) and nginx-filesystem (nginx, allocated ids).
    addAccount(p.base, 'apache', 48, 'apache', 48, SOURCES.rhelApacheUser);
    addAccount(p.base, 'nginx', undefined, 'nginx', undefined, SOURCES.rhelNginx);
  } else if (/^php\d+-php-fpm$/.test(name)) {
    p.unknown!.push({
      subject: 'php-fpm',
      message: `${distro}: ${name} is a Software Collection whose files live under /etc/opt/remi or /opt, which the catalog does not describe`,
    });
  }
  if (name === 'httpd' || name === 'httpd-filesystem') {
    if (name === 'httpd') {
      p.apache ??= {
        layout: 'rhel',
        description: `${distro}'s httpd package`,
        user: 'apache',
        source: SOURCES.rhelApacheUser,
      };
    }
    addAccount(p.base, 'apache', 48, 'apache', 48, SOURCES.rhelApacheUser);
  }
}

function cloneBase(base: BaseSystem): BaseSystem {
  return {
    ...base,
    users: { ...base.users },
    groups: Object.fromEntries(Object.entries(base.groups).map(([k, [gid, m]]) => [k, [gid, [...m]]])),
    accountSources: { ...base.accountSources },
  };
}
