/** An ancestor directory of the socket denies search (x) to the worker (K5). */
import type { Rule, RawFinding } from './rule.js';
import { withAssumptions } from '../knowledge.js';
import { clientSide, inRepository, originLocation, poolLocation, related, uniqueRelated } from './anchors.js';

export const socketDirectoryDenied: Rule = {
  id: 'socket-directory-denied',
  level: 'error',
  short: 'A directory above the PHP-FPM socket denies search permission to the web server worker.',
  full:
    'Reaching a socket needs search (x) permission on every ancestor directory for the client; read (r) is not needed. ' +
    'A socket directory made 0700 or 0750 for another owner gives 502 "Permission denied" whatever the socket\'s own mode.',
  tags: ['correctness', 'php-fpm', 'nginx'],
  check({ graph, evaluations }) {
    return evaluations
      .filter((e) => e.verdict === 'directory-denied')
      .flatMap((e): RawFinding[] => {
        const dir = e.connect!.deniedAt!;
        const fact = graph.state.directories.get(dir);
        const dirLoc = originLocation(fact?.origin);
        const location = inRepository(dirLoc)
          ? dirLoc
          : inRepository(e.link.client.location)
            ? e.link.client.location
            : undefined;
        if (!location) return [];
        const pool = e.link.target?.pool;
        const listener = e.link.listener;
        return [
          {
            rule: 'socket-directory-denied',
            location,
            message: withAssumptions(e.reason, e.assumptions),
            related: uniqueRelated([
              ...(location === e.link.client.location ? [] : clientSide(e)),
              ...(pool
                ? related(poolLocation(pool), `pool [${pool.name}] creates ${e.link.path} inside ${dir}`)
                : []),
              ...(listener
                ? related(listener.location, `${listener.creator} creates ${e.link.path} inside ${dir}`)
                : []),
            ]),
            identity: [dir, e.link.path!, e.link.client.location.file],
            unit: graph.unit.id,
            socket: e.link.path,
          },
        ];
      });
  },
};
