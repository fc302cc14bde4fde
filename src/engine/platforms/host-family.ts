/**
 * Which distribution a host tree (files laid out as on the machine, under `etc/`) is for, told
 * from the paths its packages use: Debian and Ubuntu put PHP-FPM under etc/php/X.Y/fpm and sites
 * under sites-available/; the RHEL family uses etc/php-fpm.d/ and etc/httpd/; Alpine uses
 * etc/phpNN/ and etc/nginx/http.d/. An etc/os-release in the tree says it outright.
 */
import { alpineDistro, debianDistro, rhelDistro, ubuntuDistro } from './distributions.js';
import type { Distro } from './types.js';

type Family = 'debian' | 'rhel' | 'alpine';

const SIGNS: { family: Family; pattern: RegExp }[] = [
  { family: 'debian', pattern: /^etc\/php\/\d+\.\d+\// },
  { family: 'debian', pattern: /^etc\/nginx\/(sites-available|sites-enabled|snippets|modules-enabled)\// },
  { family: 'debian', pattern: /^etc\/apache2\// },
  { family: 'rhel', pattern: /^etc\/php-fpm\.(d\/|conf$)/ },
  { family: 'rhel', pattern: /^etc\/nginx\/default\.d\// },
  { family: 'rhel', pattern: /^etc\/httpd\// },
  { family: 'alpine', pattern: /^etc\/php\d+\// },
  { family: 'alpine', pattern: /^etc\/nginx\/http\.d\// },
  { family: 'alpine', pattern: /^etc\/apk\// },
];

const NAMES: Record<Family, string> = { debian: 'Debian/Ubuntu', rhel: 'RHEL-family', alpine: 'Alpine' };

export type HostFamilyResult = { distro: Distro; evidence: string } | { unknown: string };

/**
 * `paths` are the tree's files relative to its root (`etc/php/8.2/fpm/pool.d/www.conf`);
 * `osRelease` is the text of its etc/os-release, when the tree has one.
 */
export function hostFamily(paths: string[], osRelease?: string): HostFamilyResult {
  if (osRelease !== undefined) {
    const distro = distroOfOsRelease(osRelease);
    if (distro) return { distro, evidence: 'etc/os-release' };
  }
  const found = new Map<Family, string>();
  for (const p of paths) {
    const sign = SIGNS.find((s) => s.pattern.test(p));
    if (sign && !found.has(sign.family)) found.set(sign.family, p);
  }
  if (found.size === 1) {
    const [[family, path]] = [...found];
    const distro =
      family === 'debian'
        ? debianDistro('12')
        : family === 'rhel'
          ? rhelDistro('RHEL family', undefined)
          : alpineDistro('');
    // Debian and Ubuntu share accounts and layout; the release only decides what `php-fpm` means.
    const evidence = family === 'debian' ? '' : `${NAMES[family]} layout: ${path}`;
    return { distro, evidence };
  }
  if (found.size > 1) {
    return {
      unknown: `it mixes layouts of ${[...found].map(([f, p]) => `${NAMES[f]} (${p})`).join(' and ')}`,
    };
  }
  return {
    unknown:
      'nothing in it tells the distribution (etc/php/X.Y/ or sites-available/ for Debian and Ubuntu, ' +
      'etc/php-fpm.d/ for the RHEL family, etc/phpNN/ or etc/nginx/http.d/ for Alpine, or an etc/os-release)',
  };
}

/** ID, ID_LIKE and VERSION_ID of an os-release file. */
function distroOfOsRelease(text: string): Distro | undefined {
  const field = (key: string) =>
    new RegExp(`^${key}=["']?([^"'\\n]*)`, 'm').exec(text)?.[1]?.trim().toLowerCase() ?? '';
  const id = field('ID');
  const like = field('ID_LIKE').split(/\s+/);
  const version = field('VERSION_ID');
  if (id === 'debian') return debianDistro(version.split('.')[0]);
  if (id === 'ubuntu') return ubuntuDistro(version);
  if (id === 'alpine') return alpineDistro(version);
  const rhel = ['rhel', 'centos', 'rocky', 'almalinux', 'fedora'];
  if (rhel.includes(id) || like.some((l) => rhel.includes(l))) {
    const name = /^NAME=["']?([^"'\n]*)/m.exec(text)?.[1] ?? id;
    return rhelDistro(name, version.split('.')[0] || undefined);
  }
  return undefined;
}
