/** A socket that cannot be decided statically: say exactly what is unknown, never guess. */
import type { Rule, RawFinding } from './rule.js';
import { inRepository, poolLocation, related } from './anchors.js';

export const socketTargetUnresolved: Rule = {
  id: 'socket-target-unresolved',
  level: 'notice',
  short: 'socklint cannot decide this socket statically and says what is unknown.',
  full:
    'A target built from a variable or a template placeholder, an upstream that is not defined, a pool that is not in the ' +
    'repository, or a user the repository never defines leaves the verdict open. socklint reports what is unknown instead of guessing; ' +
    'give values in .socklint.yml (variables, users, web-user, mappings) to have it decided.',
  tags: ['php-fpm', 'nginx'],
  check({ graph, evaluations }) {
    const out: RawFinding[] = [];
    for (const e of evaluations) {
      if (e.verdict !== 'undecided') continue;
      const location = inRepository(e.link.client.targetLocation) ? e.link.client.targetLocation : undefined;
      if (!location) continue;
      const pool = e.link.target?.pool;
      out.push({
        rule: 'socket-target-unresolved',
        location,
        message: `cannot decide whether ${e.link.client.directive} ${e.link.client.raw} connects: ${e.reason}`,
        related: pool ? related(poolLocation(pool), `pool [${pool.name}] listens here`) : [],
        identity: [e.link.client.raw, e.link.client.location.file, e.link.client.directive],
        unit: graph.unit.id,
        socket: e.link.path ?? e.link.client.raw,
      });
    }
    // Pools whose listen address is unknown (a template placeholder or an environment variable),
    // unless a client's notice already names the same unknowns.
    const namedByClients = new Set(
      evaluations.flatMap((e) =>
        e.link.client.target.kind === 'unresolved' ? e.link.client.target.unresolved.what : [],
      ),
    );
    for (const fpm of graph.fpm) {
      for (const pool of fpm.config.pools) {
        const address = pool.listen?.address;
        const location = poolLocation(pool);
        if (address?.kind !== 'unresolved' || !location) continue;
        if (address.unresolved.what.every((w) => namedByClients.has(w))) continue;
        out.push({
          rule: 'socket-target-unresolved',
          location,
          message: `pool [${pool.name}] listens on an address socklint cannot know: it depends on ${address.unresolved.what.join(', ')}`,
          related: [],
          identity: [pool.name, pool.listen!.setting.raw],
          unit: graph.unit.id,
        });
      }
    }
    return out;
  },
};
