/** Where findings point: the line where the fix goes, and the related lines on the other side. */
import type { RelatedLocation } from '../findings.js';
import type { FpmPool } from '../model.js';
import { originLocation } from '../origins.js';
import type { Location } from '../types.js';
import type { Evaluation } from './evaluate.js';
import { describeCreds } from '../verdict/explain.js';
import { runsAs, serverName } from '../verdict/server-words.js';

export { originLocation };

/** Built-in files (the distribution's or image's) carry a path in parentheses, never a repository path. */
export function inRepository(location: Location | undefined): location is Location {
  return location !== undefined && !location.file.startsWith('(');
}

/** The pool's effective line for a key, when the repository wrote it. */
export function settingLocation(pool: FpmPool, key: string): Location | undefined {
  const loc = pool.settings.get(key)?.location;
  return inRepository(loc) ? loc : undefined;
}

/** The pool's `listen` line, else its first section header written in the repository. */
export function poolLocation(pool: FpmPool): Location | undefined {
  return settingLocation(pool, 'listen') ?? pool.sections.find(inRepository);
}

export function related(location: Location | undefined, message: string): RelatedLocation[] {
  return inRepository(location) ? [{ ...location, message }] : [];
}

/** The web server's side of a socket: the client line, the upstream server line, the `user` line. */
export function clientSide(e: Evaluation): RelatedLocation[] {
  const { client } = e.link;
  const kind = e.link.server.server;
  const who = e.worker ? `${runsAs(kind)} ${describeCreds(e.worker)}` : serverName(kind);
  const out = related(
    client.location,
    `${who} ${kind === 'caddy' ? 'connects' : 'connect'} to ${e.link.path ?? client.raw} here`,
  );
  if (client.upstream)
    out.push(
      ...related(client.upstream.serverLocation, `upstream ${client.upstream.name} names the socket here`),
    );
  if (client.variable) out.push(...related(client.variable.location, `$${client.variable.name} is set here`));
  if (e.worker)
    out.push(
      ...related(
        originLocation(e.worker.why.user.origin),
        `the ${kind === 'caddy' ? "process's" : kind === 'apache' ? "children's" : "workers'"} user: ${e.worker.why.user.because}`,
      ),
    );
  return out;
}

/** Dedupe related locations that point at the same span. */
export function uniqueRelated(list: RelatedLocation[]): RelatedLocation[] {
  const seen = new Set<string>();
  return list.filter((r) => {
    const key = `${r.file}:${r.line}:${r.column}:${r.endLine}:${r.endColumn}`;
    return !seen.has(key) && seen.add(key);
  });
}
