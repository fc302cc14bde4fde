/**
 * Server configuration put at a path that depends on values socklint cannot know: a COPY to
 * `${POOL_DIR}/…`, or a shell command writing known text (`echo "$block" >
 * "/etc/nginx/sites-available/$1"`, a heredoc to `"$SITES_AVAILABLE/$HTTP_CONF"`). Where it lands,
 * and so whether a server loads it, is not known: the socket references in the text are read and
 * left undecided with the write named, and a pool written there may be the one a client looks for.
 */
import { classify } from '../discover/classify.js';
import type { FileKind } from '../types.js';
import type { UnknownWrite } from './deployed-fs.js';

/** The kind of configuration a shell write holds (`nginx-site`, `fpm-pool`…), from its text; undefined for a COPY. */
export function unknownWriteKind(write: UnknownWrite): FileKind | undefined {
  return write.file ? classify(write.file.deployedPath, write.file.file.text).kind : undefined;
}

/** Why a socket reference in text written to an unknown path is undecided, and what to declare. */
export function unplacedReason(write: UnknownWrite, server: string): string {
  return `${writtenTo(write)}, so where the file lands, and whether ${server} loads it, is not known (to check it, commit a copy of the file as the script writes it and map it under mappings: in .socklint.yml)`;
}

/** Why a client with no pool may still reach one that this write puts at an unknown path. */
export function unplacedPoolReason(write: UnknownWrite, socketPath: string): string {
  if (!write.file) {
    const at = `${write.location.file}:${write.location.line}`;
    const names = write.unknown.map((u) => u.replace(/^\$/, ''));
    return `${write.instruction} at ${at} puts ${write.what} at ${write.dest}, a path that depends on ${write.unknown.join(', ')}, which has no value in the repository: a pool there may listen on ${socketPath} (give ${names.join(', ')} a value in the build, or under variables: in .socklint.yml)`;
  }
  return `${writtenTo(write)}, and a pool there may listen on ${socketPath} (to check it, commit a copy of the pool as the script writes it and map it under mappings: in .socklint.yml)`;
}

/** `written by x.sh:9 to /etc/nginx/sites-available/$1: the file name depends on $1, an argument …` */
function writtenTo(write: UnknownWrite): string {
  const at = `${write.location.file}:${write.location.line}`;
  const slash = write.dest.lastIndexOf('/');
  const nameOnly = write.prefix !== undefined && !write.dest.slice(0, slash).includes('$');
  const what = nameOnly ? 'the file name' : 'the path';
  return `written by ${at} to ${write.dest}: ${what} depends on ${write.unknown.map((u) => valueOf(u, write)).join('; ')}`;
}

/** What an unknown value of the destination is, in words. */
function valueOf(unknown: string, write: UnknownWrite): string {
  if (/^\$(?:[1-9]\d*|\{[1-9]\d*\}|@|\*)$/.test(unknown))
    return `${unknown}, an argument the script is run with`;
  if (/^\$\{?[A-Za-z_]\w*\}?$/.test(unknown)) {
    const sourced = write.sourced ?? [];
    return sourced.length > 0
      ? `${unknown}, which the script does not set (it may come from ${sourced.join(', ')}, which the script sources from outside the repository)`
      : `${unknown}, which nothing in the repository sets`;
  }
  return unknown;
}
