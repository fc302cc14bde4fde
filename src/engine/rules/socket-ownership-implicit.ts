/** A Unix-socket pool with neither listen.owner, listen.group nor an ACL: the socket is the master's (F2). */
import type { Rule, RawFinding } from './rule.js';
import { poolLocation } from './anchors.js';
import { repositoryUnixPools } from './pools.js';
import { masterUser } from '../resolve/topology.js';
import { socketOf } from './evaluate.js';
import { normalizeDeployed } from '../resolve/deployed-fs.js';
import { describeInode } from '../verdict/explain.js';

const KEYS = ['listen.owner', 'listen.group', 'listen.acl_users', 'listen.acl_groups'];

export const socketOwnershipImplicit: Rule = {
  id: 'socket-ownership-implicit',
  level: 'warning',
  short: 'A PHP-FPM pool creates its Unix socket without saying who owns it.',
  full:
    'Without listen.owner, listen.group or listen.acl_*, PHP-FPM leaves the socket as the master created it: root:root 0660 when ' +
    "the master runs as root. The pool's user and group do not change that. Only root can then connect.",
  tags: ['correctness', 'php-fpm'],
  check({ graph }) {
    // A master that is not root owns the socket by design (USER, gosu, supervisord user=): nothing implicit.
    if (masterUser(graph.unit, 'php-fpm')) return [];
    return repositoryUnixPools(graph).flatMap(({ pool, path, fpm }): RawFinding[] => {
      if (KEYS.some((k) => (pool.settings.get(k)?.value ?? '') !== '' || pool.settings.get(k)?.unresolved))
        return [];
      // An ACL key FPM does not know is fpm-config-invalid's finding, not a missing owner.
      if (fpm.config.problems.some((p) => /listen\.acl_/i.test(p.message))) return [];
      const socket = socketOf(graph, fpm, pool, normalizeDeployed(path));
      const created = socket.kind === 'socket' ? describeInode(socket) : 'root:root';
      const location = poolLocation(pool)!;
      // Who starts PHP-FPM is known on a known platform; elsewhere root is only the usual case.
      const root = fpm.flavour
        ? 'as it runs as root'
        : 'when it runs as root, as packages and images start it';
      const user = pool.settings.get('user')?.value;
      return [
        {
          rule: 'socket-ownership-implicit',
          location,
          message: `pool [${pool.name}] sets no listen.owner, listen.group or listen.acl_*: ${path} belongs to the PHP-FPM master (${created}, ${root})${user ? `, not to the pool's user ${user}` : ''}`,
          related: [],
          identity: [pool.name, path],
          unit: graph.unit.id,
          socket: path,
        },
      ];
    });
  },
};
