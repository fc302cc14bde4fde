/** listen.mode gives "other" write: any local user can connect and run code as the pool user (CVE-2014-0185). */
import type { Rule, RawFinding } from './rule.js';
import { settingLocation } from './anchors.js';
import { repositoryUnixPools, workersOf } from './pools.js';
import { fpmModeOf } from '../verdict/fpm-socket.js';
import { formatMode } from '../verdict/explain.js';

export const socketWorldWritable: Rule = {
  id: 'socket-world-writable',
  level: 'warning',
  short: 'listen.mode lets every local user write the PHP-FPM socket.',
  full:
    'A socket that "other" may write accepts FastCGI requests from any local user, who can then run PHP code as the pool user ' +
    '(CVE-2014-0185, why PHP-FPM changed its default mode to 0660 in 5.4.28 and 5.5.12). Give the web server access through ' +
    'listen.owner, listen.group or listen.acl_* instead.',
  tags: ['security', 'php-fpm'],
  securitySeverity: '7.0',
  check({ graph }) {
    return repositoryUnixPools(graph).flatMap(({ pool, path }): RawFinding[] => {
      const setting = pool.settings.get('listen.mode');
      const location = settingLocation(pool, 'listen.mode');
      if (!setting || !location || setting.unresolved) return [];
      const mode = fpmModeOf(setting.value);
      if ((mode & 0o002) === 0) return [];
      return [
        {
          rule: 'socket-world-writable',
          location,
          message: `listen.mode = ${setting.raw} creates ${path} with mode ${formatMode(mode)}: every local user may connect and run code as the pool's workers${workerName(workersOf(graph, pool))}`,
          related: [],
          identity: [pool.name, path],
          unit: graph.unit.id,
          socket: path,
        },
      ];
    });
  },
};

function workerName(user: string | undefined): string {
  return user ? ` (${user})` : '';
}
