/** listen.owner/listen.group next to listen.acl_*, which PHP-FPM ignores (F7). */
import type { Rule, RawFinding } from './rule.js';
import { settingLocation } from './anchors.js';
import { repositoryUnixPools } from './pools.js';

export const socketOwnerIgnored: Rule = {
  id: 'socket-owner-ignored',
  level: 'warning',
  short:
    'listen.owner or listen.group is set next to listen.acl_users/listen.acl_groups, which makes PHP-FPM ignore it.',
  full:
    'When listen.acl_users or listen.acl_groups is set, PHP-FPM ignores listen.owner and listen.group (it logs "ACL set, ' +
    'listen.owner = ... is ignored"): the socket stays the master\'s and access comes only from the ACL entries.',
  tags: ['correctness', 'php-fpm'],
  check({ graph }) {
    return repositoryUnixPools(graph).flatMap(({ pool, path, fpm }): RawFinding[] => {
      if (!fpm.aclSupported) return [];
      const acl = ['listen.acl_users', 'listen.acl_groups'].find(
        (k) => (pool.settings.get(k)?.value ?? '') !== '',
      );
      if (!acl) return [];
      return (['listen.owner', 'listen.group'] as const).flatMap((key): RawFinding[] => {
        const setting = pool.settings.get(key);
        const location = settingLocation(pool, key);
        if (!setting || !location || setting.value === '') return [];
        return [
          {
            rule: 'socket-owner-ignored',
            location,
            message: `${key} = ${setting.value} is ignored because ${acl} is set: ${path} stays owned by the master, and only the ACL entries grant access`,
            related: settingLocation(pool, acl)
              ? [{ ...settingLocation(pool, acl)!, message: `${acl} set here` }]
              : [],
            identity: [pool.name, path, key],
            unit: graph.unit.id,
            socket: path,
          },
        ];
      });
    });
  },
};
