/** How a fact's origin reads in reports: a repository line, a shipped file's line, or a default. */
import type { Location, Origin } from './types.js';

const BUILTIN = /^\((.*)\)(\/.*)$/;

/** `etc/nginx/nginx.conf:1`, or `/etc/nginx/nginx.conf:1 (shipped by Debian's nginx package)`. */
export function describeLocation(location: Location): string {
  const builtin = BUILTIN.exec(location.file);
  return builtin
    ? `${builtin[2]}:${location.line} (shipped by ${builtin[1]})`
    : `${location.file}:${location.line}`;
}

/** Where a fact was written in the repository, if it was. */
export function originLocation(origin: Origin | undefined): Location | undefined {
  return origin?.kind === 'source' ? origin.location : undefined;
}

export function describeOrigin(origin: Origin | undefined): string {
  if (!origin) return 'unknown';
  return origin.kind === 'source' ? describeLocation(origin.location) : origin.description;
}
