/**
 * The official `php` image's tags: which variant, base and PHP version a tag names, and which
 * FPM file layout the build it pulls has (D1, trap 14). The catalog describes the images as
 * docker-library/php builds them at 445bf414 (2026-07-30).
 */
import type { OfficialFpmBuild, OfficialFpmLayout } from './php-fpm.js';

export type PhpVariant = 'cli' | 'fpm' | 'apache' | 'zts';

export interface PhpTag {
  variant: PhpVariant;
  /** `8.2`, `8`, `8.2.12`, `8.6.0alpha3`; undefined for `latest`, `fpm`, `fpm-alpine`. */
  version?: string;
  /** `8.2`: the release branch the version belongs to. */
  branch: string;
  /** The patch release when the tag names one (`8.2.12` → 12). */
  patch?: number;
  /** A pre-release tag (`8.6.0alpha3`, `8.6-rc`). */
  prerelease: boolean;
  alpine: boolean;
  /** `bookworm`, `trixie`, `alpine3.20`, or the default suite of the branch. */
  suite?: string;
}

/** Branches docker-library/php builds, with the release `8` and `latest` point at. */
const MAINTAINED = ['8.2', '8.3', '8.4', '8.5', '8.6'];
const LATEST = '8.5';

/** The last patch release of each branch built with `listen = 9000` in zz-docker.conf (f26909cd). */
const LAST_ZZ_DOCKER_PATCH: Record<string, number> = { '8.2': 30, '8.3': 29, '8.4': 16, '8.5': 1 };

/** What a major-only tag (`8-fpm`, the old `7-fpm`) pointed at last. */
const MAJOR_ALIAS: Record<string, string> = { '8': LATEST, '7': '7.4', '5': '5.6' };
const VERSION = /^\d+(?:\.\d+(?:\.\d+(?:(?:alpha|beta|rc)\d+)?)?)?$/i;
const SUITE = /^(?:bookworm|trixie|bullseye|buster|stretch|jessie|alpine(?:\d+\.\d+)?)$/;

/**
 * Parses a php image tag: `[VERSION[-rc]-][VARIANT][-SUITE]` as generate-stackbrew-library.sh
 * builds them (`8.2-fpm-alpine3.20`, `8.2.12-fpm`, `fpm-alpine`, `8.2`, `latest`). Undefined when
 * the tag is not of that form.
 */
export function parsePhpTag(tag: string): PhpTag | undefined {
  const tokens = tag === 'latest' ? [] : tag.split('-');
  let i = 0;
  const version = VERSION.test(tokens[i] ?? '') ? tokens[i++] : undefined;
  const rc = tokens[i] === 'rc' ? tokens[i++] : undefined;
  const variant = ['cli', 'fpm', 'apache', 'zts'].includes(tokens[i])
    ? (tokens[i++] as PhpVariant)
    : undefined;
  const suite = SUITE.test(tokens[i] ?? '') ? tokens[i++] : undefined;
  if (i !== tokens.length || (rc && !version)) return undefined;
  const parts = version?.split('.') ?? [];
  const branch = parts.length >= 2 ? `${parts[0]}.${parts[1]}` : MAJOR_ALIAS[parts[0] ?? '8'];
  if (!branch) return undefined;
  const patchText = parts[2];
  return {
    variant: variant ?? 'cli',
    version,
    branch,
    patch: patchText && /^\d+$/.test(patchText) ? Number(patchText) : undefined,
    prerelease: rc !== undefined || (patchText !== undefined && !/^\d+$/.test(patchText)),
    alpine: suite?.startsWith('alpine') ?? false,
    suite,
  };
}

export type FpmLayoutResult = { build: OfficialFpmBuild } | { unknown: string };

/**
 * The FPM layout of the build a reference pulls. A tag naming a patch release is compared with
 * the cut-offs; a floating tag of a maintained branch pulls the current build; an EOL branch's
 * tags were never rebuilt. A digest fixes a build whose date the reference does not tell, so a
 * floating tag with a digest leaves the layout unknown.
 */
export function phpFpmLayout(tag: PhpTag, digestPinned: boolean): FpmLayoutResult {
  const [major, minor] = tag.branch.split('.').map(Number);
  const ref = tag.version ?? tag.branch;
  if (major < 7 || Number.isNaN(minor)) {
    return {
      unknown: `PHP ${ref} images built their own php-fpm.conf before 2016; their FPM files are not in the catalog`,
    };
  }
  const before73 = major === 7 && minor < 3;
  const build = (layout: OfficialFpmLayout): FpmLayoutResult => ({
    build: {
      layout,
      version: ref,
      emptyWwwInZzDocker: layout === 'docker-conf' && tag.branch in LAST_ZZ_DOCKER_PATCH,
      before73,
    },
  });
  const cutoff = LAST_ZZ_DOCKER_PATCH[tag.branch];
  const maintained = MAINTAINED.includes(tag.branch);
  const eol = major < 8 || (major === 8 && minor < 2);
  if (eol) return build('zz-docker');
  if (!maintained) return { unknown: `php ${ref} is not a branch the catalog knows` };
  if (tag.patch !== undefined && !tag.prerelease) {
    return build(cutoff !== undefined && tag.patch <= cutoff ? 'zz-docker' : 'docker-conf');
  }
  if (tag.prerelease || cutoff === undefined) return build('docker-conf');
  if (digestPinned) {
    return {
      unknown:
        `the digest pins a php:${tag.branch} build of unknown date, and the FPM file layout changed with ` +
        `${tag.branch}.${cutoff + 1} (listen = 9000 moved from zz-docker.conf to docker.conf); name the patch release in the tag ` +
        `(php:${tag.branch}.N-fpm@sha256:…) to decide which`,
    };
  }
  return build('docker-conf');
}
