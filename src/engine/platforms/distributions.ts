/**
 * Distribution releases: which release a base image tag or a `platform:` value names, the PHP
 * version the unversioned `php-fpm` package installs there, and the base system of a host or an
 * image of that release.
 */
import { alpineBase, debianBase, rhelBase, ubuntuImageBase } from './accounts.js';
import { SOURCES } from './sources.js';
import type { BaseSystem, Distro, Platform } from './types.js';

interface Release {
  release: string;
  codename?: string;
  php?: string;
}

const DEBIAN: Release[] = [
  { release: '10', codename: 'buster', php: '7.3' },
  { release: '11', codename: 'bullseye', php: '7.4' },
  { release: '12', codename: 'bookworm', php: '8.2' },
  { release: '13', codename: 'trixie', php: '8.4' },
];
/** `debian:stable`/`latest` since 2025-08-09. */
const DEBIAN_STABLE = '13';

const UBUNTU: Release[] = [
  { release: '20.04', codename: 'focal', php: '7.4' },
  { release: '22.04', codename: 'jammy', php: '8.1' },
  { release: '24.04', codename: 'noble', php: '8.3' },
  { release: '24.10', codename: 'oracular', php: '8.3' },
  { release: '25.04', codename: 'plucky', php: '8.4' },
];
/** `ubuntu:latest` is the newest LTS. */
const UBUNTU_LATEST = '24.04';

/** `alpine:latest`, as docker-library/php's default Alpine suite names it. */
const ALPINE_LATEST = '3.24';

/** The `platform:` values of .socklint.yml; `debian` keeps meaning Debian 12. */
export const PLATFORM_IDS = [
  'debian',
  ...DEBIAN.map((r) => `debian-${r.release}`),
  ...UBUNTU.map((r) => `ubuntu-${r.release}`),
  'rhel-8',
  'rhel-9',
  'rhel-10',
  'fedora',
  ...['3.18', '3.19', '3.20', '3.21', '3.22', '3.23', '3.24'].map((r) => `alpine-${r}`),
  'unknown',
] as const;
export type PlatformId = (typeof PLATFORM_IDS)[number];

function find(releases: Release[], tag: string): Release | undefined {
  return releases.find(
    (r) =>
      tag === r.release ||
      tag.startsWith(`${r.release}.`) ||
      tag.startsWith(`${r.release}-`) ||
      (r.codename !== undefined && tag.startsWith(r.codename)),
  );
}

/** The Debian release a `debian:` tag names (`12`, `12.5-slim`, `bookworm`, `stable`). */
export function debianDistro(tag: string): Distro {
  const release = /^(stable|latest)(-|$)/.test(tag)
    ? DEBIAN_STABLE
    : /^oldstable(-|$)/.test(tag)
      ? '12'
      : find(DEBIAN, tag)?.release;
  return distro('debian', release, DEBIAN);
}

/** The Ubuntu release an `ubuntu:` tag names (`24.04`, `noble`, `noble-20240423`, `latest`). */
export function ubuntuDistro(tag: string): Distro {
  return distro(
    'ubuntu',
    tag === 'latest' || tag === 'rolling' ? UBUNTU_LATEST : find(UBUNTU, tag)?.release,
    UBUNTU,
  );
}

/** The Alpine release an `alpine:` tag (or an image suite like `alpine3.20`) names. */
export function alpineDistro(tag: string): Distro {
  const m = /^(?:alpine)?(\d+\.\d+)/.exec(tag);
  const release = m ? m[1] : tag === 'latest' ? ALPINE_LATEST : undefined;
  return {
    family: 'alpine',
    name: 'Alpine',
    release,
    description: release ? `Alpine ${release}` : 'Alpine (release unknown)',
    source: SOURCES.alpineBaselayout,
  };
}

/** A RHEL-family release (Rocky, Alma, CentOS Stream, Fedora, UBI): `name` is how the image calls itself. */
export function rhelDistro(name: string, release: string | undefined): Distro {
  return {
    family: 'rhel',
    name,
    release,
    description: release ? `${name} ${release}` : name,
    source: SOURCES.rhelSetup,
  };
}

function distro(family: 'debian' | 'ubuntu', release: string | undefined, releases: Release[]): Distro {
  const known = releases.find((r) => r.release === release);
  const name = family === 'debian' ? 'Debian' : 'Ubuntu';
  return {
    family,
    name,
    release,
    description: known ? `${name} ${known.release}` : `${name} (release unknown)`,
    defaultPhp: known?.php,
    source: SOURCES.debianDefaultPhp,
  };
}

/** The accounts of a machine of this distribution; an image of Ubuntu ≥ 23.04 also has `ubuntu`. */
export function baseOf(d: Distro, description: string, image: boolean): BaseSystem {
  switch (d.family) {
    case 'debian':
      return debianBase(description);
    case 'ubuntu':
      return image ? ubuntuImageBase(description, d.release) : debianBase(description);
    case 'alpine':
      return alpineBase(description);
    case 'rhel':
      return rhelBase(description);
  }
}

/** A host of a distribution: services run under its init (systemd; OpenRC on Alpine). */
export function hostPlatform(d: Distro, description = d.description): Platform {
  return {
    distro: d,
    base: baseOf(d, description, false),
    defaultPhp: d.defaultPhp,
    init: d.family === 'alpine' ? 'openrc' : 'systemd',
  };
}

/** The distribution a `platform:` value names; undefined for `unknown`. */
export function distroOfPlatformId(id: PlatformId): Distro | undefined {
  if (id === 'unknown') return undefined;
  if (id === 'debian') return debianDistro('12');
  if (id === 'fedora') return rhelDistro('Fedora', undefined);
  const [family, release] = id.split('-');
  if (family === 'debian') return debianDistro(release);
  if (family === 'ubuntu') return ubuntuDistro(release);
  if (family === 'alpine') return alpineDistro(release);
  return rhelDistro('RHEL', release);
}
