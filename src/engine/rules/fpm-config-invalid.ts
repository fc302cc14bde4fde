/** What PHP-FPM itself refuses to start with. */
import type { Rule, RawFinding } from './rule.js';
import { inRepository } from './anchors.js';
import { withAssumptions } from '../knowledge.js';

export const fpmConfigInvalid: Rule = {
  id: 'fpm-config-invalid',
  level: 'error',
  short: 'PHP-FPM refuses to start with this configuration.',
  full:
    'A "#" line (not a comment in PHP-FPM), an unknown key (including listen.acl_* on builds without ACL support such as the ' +
    'official php images), a pool without user when the master is root, a ":" in a Unix listen path, an ACL list with a space ' +
    'after a comma or an unknown user: PHP-FPM exits, no socket exists and the web server answers 502.',
  tags: ['correctness', 'php-fpm'],
  check({ graph, evaluations }) {
    const out: RawFinding[] = [];
    const seen = new Set<string>();
    const add = (location: import('../types.js').Location | undefined, message: string) => {
      if (!inRepository(location)) return;
      const key = `${location.file}:${location.line}:${location.column}`;
      if (seen.has(key)) return;
      seen.add(key);
      out.push({
        rule: 'fpm-config-invalid',
        location,
        message: `PHP-FPM does not start: ${message}`,
        related: [],
        identity: [message],
        unit: graph.unit.id,
      });
    };
    for (const fpm of graph.fpm) for (const p of fpm.config.problems) add(p.location, p.message);
    for (const e of evaluations) {
      const problem = e.startFailure?.program === 'php-fpm' ? e.startFailure.problem : undefined;
      if (problem) add(problem.location, withAssumptions(problem.message, e.assumptions));
    }
    return out;
  },
};
