/**
 * What Caddy refuses to load (in Caddy's own words: `caddy adapt` and `caddy run` errors), and
 * an upstream address Caddy accepts but can never dial (W6: `unix:/path` written as for nginx, or
 * `unix/{$VAR}` with the variable unset): every request through it fails with 502.
 */
import type { Rule, RawFinding } from './rule.js';
import type { CaddyConfig } from '../resolve/caddy-config.js';
import { inRepository } from './anchors.js';
import { startProblems } from './server-problems.js';

export const caddyConfigInvalid: Rule = {
  id: 'caddy-config-invalid',
  level: 'error',
  short: 'Caddy refuses this configuration, or an upstream it can never dial.',
  full:
    'An unknown directive or subdirective, an unclosed brace, a missing import, a service User= the machine does not have: ' +
    'Caddy does not start and serves nothing. An upstream such as unix:/run/php/x.sock (nginx spelling) is accepted but ' +
    'never dialed: every request answers 502.',
  tags: ['correctness', 'caddy'],
  check({ graph }) {
    const out: RawFinding[] = [];
    for (const instance of graph.webServers) {
      if (instance.server !== 'caddy') continue;
      out.push(...startProblems('caddy-config-invalid', graph, instance, 'Caddy does not start'));
      for (const broken of (instance.config as CaddyConfig).brokenUpstreams) {
        if (!inRepository(broken.location)) continue;
        out.push({
          rule: 'caddy-config-invalid',
          location: broken.location,
          message: `Caddy cannot dial ${broken.raw}: every request through it fails with 502 (${broken.error})${broken.why ? `: ${broken.why}` : ''}`,
          related: [],
          identity: [broken.raw, broken.error],
          unit: graph.unit.id,
        });
      }
    }
    return out;
  },
};
