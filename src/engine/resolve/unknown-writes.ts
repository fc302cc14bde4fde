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

/** Apache httpd's configuration, told by its path or its sections and handlers (the classifier reads only nginx's and FPM's). */
export function isApacheText(write: UnknownWrite): boolean {
  return (
    /(^|\/)(apache2|httpd)\//.test(write.dest) ||
    /^\s*(?:<VirtualHost\b|SetHandler\b|ProxyPass(?:Match)?\b)/im.test(write.file?.file.text ?? '')
  );
}

/** Why a socket reference in text written to an unknown path is undecided, and what to declare. */
export function unplacedReason(write: UnknownWrite, server: string): string {
  return `${writtenTo(write)}, so where the file lands, and whether ${server} loads it, is not known (${declare(write, 'the file')})`;
}

/** What to declare: a build's variables have a value in .socklint.yml; a script's path, a mapped copy. */
function declare(write: UnknownWrite, what: string): string {
  if (COPIES.has(write.instruction) && /(?:^|\/)(?:docker|container)file[^/]*$/i.test(write.location.file)) {
    const names = write.unknown.map((u) => u.replace(/^\$\{?|\}$/g, ''));
    return `give ${list(names)} a value in the build, or under variables: in .socklint.yml`;
  }
  return `to check it, commit a copy of ${what} as the script writes it and map it under mappings: in .socklint.yml`;
}

/** Why a client with no pool may still reach one that this write puts at an unknown path. */
export function unplacedPoolReason(write: UnknownWrite, socketPath: string): string {
  if (!write.file) {
    const at = `${write.location.file}:${write.location.line}`;
    const names = write.unknown.map((u) => u.replace(/^\$/, ''));
    return `${write.instruction} at ${at} puts ${write.what} at ${write.dest}, a path that depends on ${write.unknown.join(', ')}, which has no value in the repository: a pool there may listen on ${socketPath} (give ${names.join(', ')} a value in the build, or under variables: in .socklint.yml)`;
  }
  return `${writtenTo(write)}, and a pool there may listen on ${socketPath} (${declare(write, 'the pool')})`;
}

const COPIES = new Set(['COPY', 'ADD', 'cp', 'install']);

/** `written by x.sh:9 to /etc/nginx/sites-available/$1: the file name depends on $1, an argument …` */
function writtenTo(write: UnknownWrite): string {
  const at = `${write.location.file}:${write.location.line}`;
  const slash = write.dest.lastIndexOf('/');
  const nameOnly = write.prefix !== undefined && !write.dest.slice(0, slash).includes('$');
  const what = nameOnly ? 'the file name' : 'the path';
  const verb = COPIES.has(write.instruction) ? 'copied' : 'written';
  return `${verb} by ${at} to ${shortened(write.dest)}: ${what} depends on ${dependsOn(write)}`;
}

/** What the destination's unknown values are, in words: arguments, variables nothing sets, the rest as written. */
function dependsOn(write: UnknownWrite): string {
  const args = write.unknown.filter((u) => /^\$(?:[1-9]\d*|\{[1-9]\d*\}|@|\*)$/.test(u));
  const unset = write.unknown.filter((u) => !args.includes(u) && /^\$\{?[A-Za-z_]\w*\}?$/.test(u));
  const other = write.unknown.filter((u) => !args.includes(u) && !unset.includes(u));
  const sourced = write.sourced ?? [];
  const words: string[] = [];
  if (args.length > 0)
    words.push(`${list(args)}, ${args.length > 1 ? 'arguments' : 'an argument'} the script is run with`);
  if (unset.length > 0)
    words.push(
      sourced.length > 0
        ? `${list(unset)}, which the script does not set (${unset.length > 1 ? 'they' : 'it'} may come from ${list(sourced.map(shortened))}, which it sources from outside the repository)`
        : `${list(unset)}, which nothing in the repository sets`,
    );
  words.push(...other.map((u) => shortened(u)));
  return words.join('; ');
}

function list(items: string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}` : items[0];
}

/** A command's output in a path (`$(input_box_flow "Please enter…")`): its first words are enough to find it. */
function shortened(text: string): string {
  return text.replace(/\$\((?:[^()]|\([^()]*\))*\)/g, (m) => {
    const line = m.split('\n')[0];
    return line.length > 40 || line !== m ? `${line.slice(0, 30).trimEnd()}…)` : m;
  });
}
