/** What nginx itself refuses to start with. */
import type { Rule, RawFinding } from './rule.js';
import { inRepository, originLocation } from './anchors.js';
import { workerFailureIsCertain } from './evaluate.js';

export const nginxConfigInvalid: Rule = {
  id: 'nginx-config-invalid',
  level: 'error',
  short: 'nginx refuses to start with this configuration.',
  full:
    'Syntax errors, a user directive with a number or an unknown user, a Unix socket path of 108 bytes or more: nginx stops ' +
    'with [emerg] and serves nothing.',
  tags: ['correctness', 'nginx'],
  check({ graph }) {
    const out: RawFinding[] = [];
    const seen = new Set<string>();
    for (const instance of graph.nginx) {
      for (const problem of instance.config.problems) {
        const key = `${problem.location.file}:${problem.location.line}:${problem.location.column}:${problem.message}`;
        if (!inRepository(problem.location) || seen.has(key)) continue;
        seen.add(key);
        out.push({
          rule: 'nginx-config-invalid',
          location: problem.location,
          message: `nginx does not start: ${problem.message}`,
          related: [],
          identity: [problem.message],
          unit: graph.unit.id,
        });
      }
      const worker = instance.worker;
      if (worker?.kind === 'failure' && workerFailureIsCertain(graph, instance.config)) {
        const location = originLocation(worker.origin);
        if (inRepository(location)) {
          out.push({
            rule: 'nginx-config-invalid',
            location,
            message: `nginx does not start: [emerg] ${worker.message}: ${graph.unit.id} has no such ${worker.message.startsWith('getpwnam') ? 'user' : 'group'} (${worker.message.startsWith('getpwnam') ? 'users' : 'groups'}: ${[...(worker.message.startsWith('getpwnam') ? graph.state.db.users : graph.state.db.groups).keys()].join(', ')})`,
            related: [],
            identity: [worker.message],
            unit: graph.unit.id,
          });
        }
      }
    }
    return out;
  },
};
