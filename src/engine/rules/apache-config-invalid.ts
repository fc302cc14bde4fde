/**
 * What Apache httpd refuses to start with (in httpd's own words), and a `SetHandler "proxy:…"`
 * whose scheme no loaded module speaks: httpd starts, ignores it and sends the PHP file as it is
 * (W12). Both are Apache configuration mistakes that no listen.* change repairs.
 */
import type { Rule, RawFinding } from './rule.js';
import type { ApacheConfig } from '../resolve/apache-config.js';
import { inRepository, originLocation } from './anchors.js';
import { startProblems } from './server-problems.js';

export const apacheConfigInvalid: Rule = {
  id: 'apache-config-invalid',
  level: 'error',
  short: 'Apache httpd refuses to start with this configuration, or serves PHP files as source.',
  full:
    'Syntax errors, a User or Group the machine does not have (AH00543, AH00544), User root, a directive of a module that ' +
    'is not loaded: httpd stops and serves nothing. A SetHandler "proxy:unix:…|fcgi://…" without mod_proxy_fcgi loaded is ' +
    'ignored: httpd answers 200 with the PHP source.',
  tags: ['correctness', 'security', 'apache'],
  // The source of every PHP file (credentials in config.php) is readable by anyone.
  securitySeverity: '7.5',
  check({ graph }) {
    const out: RawFinding[] = [];
    for (const instance of graph.webServers) {
      if (instance.server !== 'apache') continue;
      const config = instance.config as ApacheConfig;
      // Debian's User ${APACHE_RUN_USER} is shipped: the repository's line is the envvars one.
      const user = config.users[config.users.length - 1];
      const fallback = originLocation(user?.variable?.origin) ?? user?.location;
      out.push(...startProblems('apache-config-invalid', graph, instance, 'Apache does not start', fallback));
      if (config.problems.length > 0 || instance.worker?.kind === 'failure') continue;
      for (const handler of config.inertHandlers) {
        if (!inRepository(handler.location)) continue;
        out.push({
          rule: 'apache-config-invalid',
          location: handler.location,
          message: `SetHandler ${handler.raw} does nothing: ${handler.missing} is not loaded, so no handler takes the request and Apache sends the PHP file as it is, with 200 (its source is disclosed); enable the module (a2enmod proxy_fcgi)`,
          related: [],
          identity: [handler.raw, handler.missing],
          unit: graph.unit.id,
        });
      }
    }
    return out;
  },
};
