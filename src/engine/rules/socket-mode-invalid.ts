/** listen.mode that FPM silently turns into another mode (F6: strtoul base 8, no validation). */
import type { Rule, RawFinding } from './rule.js';
import { settingLocation } from './anchors.js';
import { repositoryUnixPools } from './pools.js';
import { fpmModeOf } from '../verdict/fpm-socket.js';
import { formatMode } from '../verdict/explain.js';

export const socketModeInvalid: Rule = {
  id: 'socket-mode-invalid',
  level: 'error',
  short: 'listen.mode is not an octal mode, and PHP-FPM silently uses another one.',
  full:
    'PHP-FPM reads listen.mode with strtoul(value, NULL, 8) and keeps the 0777 bits, without any validation: "u+rw", "0o660" ' +
    'and "999" become 0000, "yes" becomes 0001, "4666" becomes 0666. php-fpm -t accepts them all.',
  tags: ['correctness', 'php-fpm'],
  check({ graph, evaluations }) {
    return repositoryUnixPools(graph).flatMap(({ pool, path }): RawFinding[] => {
      const setting = pool.settings.get('listen.mode');
      const location = settingLocation(pool, 'listen.mode');
      if (!setting || !location || setting.unresolved || setting.value === '') return [];
      const mode = fpmModeOf(setting.value);
      if (/^[0-7]+$/.test(setting.value) && parseInt(setting.value, 8) === mode) return [];
      const how =
        setting.value !== setting.raw.trim()
          ? ` (the ini scanner turns ${setting.raw.trim()} into "${setting.value}")`
          : '';
      // An error when the mode FPM really applies breaks a connection; a warning when every
      // web server that reaches the socket still connects (e.g. 4666 → 0666).
      const clients = evaluations.filter((e) => e.link.target?.pool === pool);
      const harmless = clients.length > 0 && clients.every((e) => e.verdict === 'connects');
      return [
        {
          rule: 'socket-mode-invalid',
          ...(harmless ? { severity: 'warning' as const } : {}),
          location,
          message: `listen.mode = ${setting.raw.trim()} is not an octal mode${how}: PHP-FPM creates ${path} with mode ${formatMode(mode)}`,
          related: [],
          identity: [pool.name, path, setting.value],
          unit: graph.unit.id,
          socket: path,
        },
      ];
    });
  },
};
