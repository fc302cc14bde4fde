/**
 * Which Apache httpd and Caddy a unit runs, from the packages the platform catalog says it has
 * (`platform.apache`, `platform.caddy`), and the files those packages ship: the main files, the
 * modules and confs, the systemd units. The catalog names the packaging; the server modules
 * (`platforms-apache.ts`, `platforms-caddy.ts`) hold the texts.
 */
import type { DirectoryFact } from '../model.js';
import type { BuiltinFile, FpmFlavour, Platform } from '../platforms/types.js';
import {
  apacheBuiltins,
  debianApache,
  httpdImage,
  rhelApache,
  type ApacheFlavour,
} from './platforms-apache.js';
import { caddyImage, debianCaddy, type CaddyFlavour } from './platforms-caddy.js';

/** The Apache httpd of a platform; `fpm` are the unit's PHP-FPM installations (their confs ship with them). */
export function apacheFlavourOf(platform: Platform, fpm: FpmFlavour[]): ApacheFlavour | undefined {
  const apache = platform.apache;
  if (!apache || apache.modPhp) return undefined;
  switch (apache.layout) {
    case 'debian':
      // phpX.Y-fpm ships conf-available/phpX.Y-fpm.conf; `a2enconf` enables it.
      return debianApache({
        phpFpm: fpm.flatMap((f) => (f.prefix === '/usr' && f.version ? [f.version] : [])),
      });
    case 'rhel':
      return rhelApache({ php: fpm.length > 0 });
    case 'upstream':
      return httpdImage(apache.description.replace(/^the (.*) image$/, '$1'));
    default:
      return undefined;
  }
}

/**
 * The directories the unit's web server creates when it starts: Debian's apache2ctl runs
 * `mkdir -p ${APACHE_RUN_DIR}` (/run/apache2, root:root 0755 under root's umask) before httpd;
 * RHEL's httpd package has systemd-tmpfiles create /run/httpd at boot.
 */
export function webServerDirectories(platform: Platform): DirectoryFact[] {
  if (platform.apache?.layout === 'rhel') {
    // httpd's tmpfiles.d entry (/usr/lib/tmpfiles.d/httpd.conf): `d /run/httpd 710 root apache`.
    return [
      {
        path: '/run/httpd',
        mode: 0o710,
        owner: 'root',
        group: 'apache',
        origin: {
          kind: 'default',
          description: `${platform.apache.description}: its tmpfiles.d entry creates /run/httpd (d 710 root apache)`,
        },
      },
    ];
  }
  if (platform.apache?.layout !== 'debian' || platform.apache.modPhp) return [];
  return [
    {
      path: '/run/apache2',
      mode: 0o755,
      owner: 'root',
      group: 'root',
      origin: {
        kind: 'default',
        description: `${platform.apache.description}: apache2ctl creates /run/apache2 (mkdir -p $APACHE_RUN_DIR) when it starts`,
      },
    },
  ];
}

export function caddyFlavourOf(platform: Platform): CaddyFlavour | undefined {
  const caddy = platform.caddy;
  if (!caddy) return undefined;
  if (caddy.layout === 'debian') return debianCaddy();
  if (caddy.layout === 'image' || caddy.layout === 'image-rootless')
    return caddyImage(caddy.description.replace(/^the (.*) image$/, '$1'));
  return undefined;
}

/**
 * The files the unit's Apache and Caddy packages ship, with who ships them. `repositoryPaths` are
 * the deployed paths the repository places (files and links): a directory it manages
 * (`mods-enabled/`) is the repository's to fill. `systemd`: a host, where the packages' units
 * start the servers; in an image nothing runs systemd, so their units would say nothing true.
 */
export function webServerBuiltins(
  platform: Platform,
  fpm: FpmFlavour[],
  repositoryPaths: string[],
  systemd = true,
): { file: BuiltinFile; description: string }[] {
  const out: { file: BuiltinFile; description: string }[] = [];
  const apache = apacheFlavourOf(platform, fpm);
  if (apache) {
    for (const file of apacheBuiltins(apache, repositoryPaths))
      out.push({ file, description: file.shippedBy ?? apache.description });
    if (apache.unit && systemd) out.push({ file: apache.unit, description: apache.description });
  }
  const caddy = caddyFlavourOf(platform);
  if (caddy?.unit && systemd) out.push({ file: caddy.unit, description: caddy.description });
  return out;
}
