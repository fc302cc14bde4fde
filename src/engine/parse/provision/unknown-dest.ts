/**
 * Server configuration written to a path that depends on a value socklint cannot know (a shell
 * `echo "$block" > "/etc/nginx/sites-available/$1"`, a Dockerfile `COPY <<EOF ${CONF_DIR}/site.conf`):
 * the text is known, where it lands is not. Only text that may configure a server is kept, told
 * by its path or its content; other text to such paths (logs, notes) names nothing to check.
 */
import { unknownsOf } from './content.js';
import { type Fact, isServerConfigPath } from './facts.js';
import { posix } from 'node:path';
import type { Word } from './shell-words.js';

/** Server configuration, told from its text: nginx blocks, Apache sections and handlers, FPM pools. */
const SERVER_TEXT =
  /\b(?:server|location|upstream|http)\s*\{|<VirtualHost\b|\bSetHandler\b|\bProxyPass(?:Match)?\b|^\s*listen\s*=|^\s*\[[\w.-]+\]\s*$/m;

type UnknownDestWrite = Omit<Extract<Fact, { kind: 'write-unknown-dest' }>, 'location' | 'maybe' | 'atStart'>;

/** The fact for text written to a path known only in part, or nothing when the text configures no server. */
export function unknownDestWrite(write: UnknownDestWrite): UnknownDestWrite | undefined {
  const text = write.content.map((p) => p.text).join('');
  return isServerConfigPath(write.dest) || SERVER_TEXT.test(text) ? write : undefined;
}

/**
 * A destination word known only in part: as written, the absolute directory written literally
 * before its first unknown part (none when the path starts unknown), and what it depends on.
 */
export function partialPath(
  dest: Word,
  cwd: string | undefined,
): { dest: string; prefix?: string; unknown: string[] } {
  const parts = dest.parts ?? [];
  const first = parts.findIndex((p) => p.unknown);
  const literal = parts
    .slice(0, first < 0 ? parts.length : first)
    .map((p) => p.text)
    .join('');
  const known = literal.slice(0, literal.lastIndexOf('/') + 1);
  const absolute = known.startsWith('/') || (known !== '' && cwd !== undefined);
  return {
    dest: dest.value,
    // As the shell resolves it against the working directory, without the trailing slash.
    ...(absolute ? { prefix: posix.resolve(cwd ?? '/', known) } : {}),
    unknown: unknownsOf(parts),
  };
}
