/**
 * From a base image reference to what the image brings (D1-D5, N8). An image the catalog does
 * not know gives `undefined`: its accounts and files stay unknown, never "none".
 */
import { addAccount, addMember, withWwwData } from './accounts.js';
import { alpineDistro, baseOf, debianDistro, rhelDistro, ubuntuDistro } from './distributions.js';
import { officialNginx, unprivilegedNginx } from './nginx.js';
import { officialPhpFpm } from './php-fpm.js';
import { parsePhpTag, phpFpmLayout, type PhpTag } from './php-image.js';
import { SOURCES } from './sources.js';
import type { Distro, Platform } from './types.js';

export interface ImageName {
  /** `nginx`, `nginxinc/nginx-unprivileged`, `quay.io/centos/centos`. */
  name: string;
  tag: string;
  /** Set when the reference pins a digest (`@sha256:…`). */
  digest?: string;
}

/** Splits `docker.io/library/nginx:1.27-alpine@sha256:…` into `nginx`, `1.27-alpine` and the digest. */
export function imageName(ref: string): ImageName {
  const [noDigest, digest] = ref.split('@');
  const slash = noDigest.lastIndexOf('/');
  const colon = noDigest.lastIndexOf(':');
  const tag = colon > slash ? noDigest.slice(colon + 1) : 'latest';
  let name = colon > slash ? noDigest.slice(0, colon) : noDigest;
  name = name
    .replace(/^(docker\.io\/|index\.docker\.io\/|registry-1\.docker\.io\/)/, '')
    .replace(/^library\//, '');
  return { name: name.toLowerCase(), tag: tag.toLowerCase(), ...(digest ? { digest } : {}) };
}

const RHEL_IMAGES: Record<string, string> = {
  rockylinux: 'Rocky Linux',
  'rockylinux/rockylinux': 'Rocky Linux',
  'quay.io/rockylinux/rockylinux': 'Rocky Linux',
  almalinux: 'AlmaLinux',
  'quay.io/almalinuxorg/almalinux': 'AlmaLinux',
  fedora: 'Fedora',
  'quay.io/fedora/fedora': 'Fedora',
  centos: 'CentOS',
  'quay.io/centos/centos': 'CentOS Stream',
};

/** What a known base image brings; `undefined` for images socklint does not know. */
export function platformOfImage(ref: string): Platform | undefined {
  const image = imageName(ref);
  const { name, tag } = image;
  if (name === 'php') return phpImage(ref, image);
  if (name === 'nginx' || name === 'nginxinc/nginx-unprivileged') return nginxImage(ref, image);
  if (name === 'httpd') {
    const p = container(suiteDistro(tag, tag.includes('alpine')), ref);
    withWwwData(p.base!, SOURCES.officialHttpd);
    p.apache = {
      layout: 'upstream',
      description: `the ${ref} image`,
      user: 'www-data',
      source: SOURCES.officialHttpd,
    };
    return p;
  }
  if (name === 'caddy') return caddyImage(ref, tag);
  if (name === 'debian') return container(debianDistro(tag), ref);
  if (name === 'ubuntu') return container(ubuntuDistro(tag), ref);
  if (name === 'alpine') return container(alpineDistro(tag), ref);
  const rhel = RHEL_IMAGES[name];
  if (rhel) return rhelImage(ref, rhel, tag);
  const ubi =
    /^(?:registry\.access\.redhat\.com\/|redhat\/)?ubi(\d+)(?:\/ubi(?:-minimal|-init)?|-minimal|-init)?$/.exec(
      name,
    );
  if (ubi) return container(rhelDistro('Red Hat UBI', ubi[1]), ref);
  return undefined;
}

/**
 * The distribution an image tag's suite names (`1.27-bookworm`, `8.2-fpm-alpine3.20`); a tag
 * without one leaves the release unknown, since the default suite moves with time.
 */
function suiteDistro(tag: string, alpine: boolean): Distro {
  if (alpine) return alpineDistro(/alpine(\d+\.\d+)/.exec(tag)?.[1] ?? '');
  return debianDistro(/bookworm|trixie|bullseye|buster|stretch/.exec(tag)?.[0] ?? '');
}

/** The suite a php tag without one pulls: maintained branches build on trixie and alpine3.24. */
function defaultSuite(tag: PhpTag): string {
  const maintained = Number(tag.branch) >= 8.2;
  return tag.alpine ? (maintained ? 'alpine3.24' : '') : maintained ? 'trixie' : '';
}

/** A container of a distribution: its base accounts; services run as the container's command. */
function container(distro: Distro, ref: string): Platform {
  return {
    distro,
    base: baseOf(distro, ref, true),
    defaultPhp: distro.defaultPhp,
    init: 'container',
    unknown: [],
  };
}

function rhelImage(ref: string, name: string, tag: string): Platform {
  return container(rhelDistro(name, /^(?:stream)?(\d+)/.exec(tag)?.[1]), ref);
}

function phpImage(ref: string, image: ImageName): Platform | undefined {
  const tag = parsePhpTag(image.tag);
  if (!tag) return undefined;
  const distro = suiteDistro(tag.suite ?? defaultSuite(tag), tag.alpine);
  const p = container(distro, `${ref} (${distro.name})`);
  // The image's php is built from source; apt's php-fpm would be a second PHP.
  p.defaultPhp = undefined;
  withWwwData(p.base!, SOURCES.officialPhp);
  if (tag.variant === 'fpm') {
    const layout = phpFpmLayout(tag, image.digest !== undefined);
    if ('build' in layout) p.fpm = officialPhpFpm(ref, layout.build);
    else p.unknown!.push({ subject: 'php-fpm', message: `${ref}: ${layout.unknown}` });
  }
  if (tag.variant === 'apache') {
    p.apache = {
      layout: 'debian',
      description: `the ${ref} image (Debian's apache2 with mod_php)`,
      user: 'www-data',
      modPhp: true,
      source: SOURCES.officialPhp,
    };
  }
  return p;
}

function nginxImage(ref: string, image: ImageName): Platform {
  const alpine = image.tag.includes('alpine');
  const p = container(suiteDistro(image.tag, alpine), `${ref} (${alpine ? 'Alpine' : 'Debian'})`);
  // nginx 101:101 in every variant since docker-nginx b749353 (2019-06-04) (D2).
  addAccount(p.base!, 'nginx', 101, 'nginx', 101, SOURCES.officialNginx);
  if (image.name === 'nginx') {
    p.nginx = officialNginx(ref);
  } else {
    p.nginx = unprivilegedNginx(ref);
    p.imageUser = { user: '101', source: SOURCES.unprivilegedNginx };
  }
  return p;
}

function caddyImage(ref: string, tag: string): Platform {
  const p = container(suiteDistro(tag, true), `${ref} (Alpine)`);
  if (tag.includes('rootless')) {
    // adduser -D -u 1001 caddy (its own group, 1001 when free); addgroup caddy root; USER 1001 (D5).
    addAccount(p.base!, 'caddy', 1001, 'caddy', 1001, SOURCES.rootlessCaddy);
    addMember(p.base!, 'root', 'caddy');
    p.caddy = {
      layout: 'image-rootless',
      description: `the ${ref} image`,
      user: 'caddy',
      source: SOURCES.rootlessCaddy,
    };
    p.imageUser = { user: '1001', source: SOURCES.rootlessCaddy };
  } else {
    p.caddy = {
      layout: 'image',
      description: `the ${ref} image`,
      user: 'root',
      source: SOURCES.officialCaddy,
    };
  }
  return p;
}
