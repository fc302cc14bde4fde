/**
 * From a base image reference or installed packages to what the machine brings (D1-D5, N8).
 * Unknown images stay unknown: no user or default is guessed for them.
 */
import {
  alpineBase,
  debianFpm,
  debianHost,
  nginxFlavours,
  officialPhpFpm,
  type BaseSystem,
  type FpmFlavour,
  type NginxFlavour,
} from './platforms.js';

export interface Platform {
  base?: BaseSystem;
  nginx?: NginxFlavour;
  fpm?: FpmFlavour;
  /** The PHP version apt would install as `php-fpm` on this base. */
  defaultPhp?: string;
}

/** Splits `docker.io/library/nginx:1.27-alpine@sha256:…` into `nginx` and `1.27-alpine`. */
export function imageName(ref: string): { name: string; tag: string } {
  const noDigest = ref.split('@')[0];
  const slash = noDigest.lastIndexOf('/');
  const colon = noDigest.lastIndexOf(':');
  const tag = colon > slash ? noDigest.slice(colon + 1) : 'latest';
  let name = colon > slash ? noDigest.slice(0, colon) : noDigest;
  name = name
    .replace(/^(docker\.io\/|index\.docker\.io\/|registry-1\.docker\.io\/)/, '')
    .replace(/^library\//, '');
  return { name: name.toLowerCase(), tag: tag.toLowerCase() };
}

/** What a known base image brings; `undefined` for images socklint does not know. */
export function platformOfImage(ref: string): Platform | undefined {
  const { name, tag } = imageName(ref);
  const alpine = tag.includes('alpine');
  if (name === 'php') {
    const base = alpine ? alpineWithWwwData(`${ref} (Alpine)`) : debianHost(`${ref} (Debian)`);
    return { base, fpm: tag.includes('fpm') ? officialPhpFpm(ref) : undefined };
  }
  if (name === 'nginx') {
    const base = alpine ? alpineBase(`${ref} (Alpine)`) : debianHost(`${ref} (Debian)`);
    addNginxUser(base);
    return { base, nginx: nginxFlavours.official(ref) };
  }
  if (name === 'nginxinc/nginx-unprivileged') {
    const base = alpine ? alpineBase(`${ref} (Alpine)`) : debianHost(`${ref} (Debian)`);
    addNginxUser(base);
    return { base, nginx: nginxFlavours.unprivileged(ref) };
  }
  if (name === 'debian') return { base: debianHost(ref), defaultPhp: debianPhp(tag) };
  if (name === 'ubuntu') return { base: debianHost(ref), defaultPhp: ubuntuPhp(tag) };
  return undefined;
}

/** The packages that bring nginx or PHP-FPM on a Debian-family base. */
export function withPackages(platform: Platform, packages: string[]): Platform {
  if (platform.base?.family !== 'debian') return platform;
  let { nginx, fpm } = platform;
  for (const pkg of packages) {
    const name = pkg.split('=')[0];
    if (/^nginx(-(full|light|extras|core))?$/.test(name)) nginx = nginx ?? nginxFlavours.debian();
    const versioned = /^php(\d+\.\d+)-fpm$/.exec(name);
    if (versioned) fpm = fpm ?? debianFpm(versioned[1]);
    if (name === 'php-fpm' && platform.defaultPhp) fpm = fpm ?? debianFpm(platform.defaultPhp);
  }
  return { ...platform, nginx, fpm };
}

function addNginxUser(base: BaseSystem): void {
  base.users.nginx = [101, 'nginx'];
  base.groups.nginx = [101, []];
}

function alpineWithWwwData(description: string): BaseSystem {
  const base = alpineBase(description);
  base.users['www-data'] = [82, 'www-data'];
  return base;
}

function debianPhp(tag: string): string | undefined {
  if (/^(12|bookworm)/.test(tag)) return '8.2';
  if (/^(13|trixie)/.test(tag)) return '8.4';
  if (/^(11|bullseye)/.test(tag)) return '7.4';
  return undefined;
}

function ubuntuPhp(tag: string): string | undefined {
  if (/^(24\.04|noble)/.test(tag)) return '8.3';
  if (/^(22\.04|jammy)/.test(tag)) return '8.1';
  if (/^(20\.04|focal)/.test(tag)) return '7.4';
  return undefined;
}
