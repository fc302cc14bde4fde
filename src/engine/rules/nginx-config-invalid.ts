/** What nginx itself refuses to start with. */
import type { Rule, RawFinding } from './rule.js';
import type { UnitGraph } from '../resolve/graph.js';
import { inRepository, originLocation } from './anchors.js';

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
    for (const instance of graph.webServers) {
      if (instance.server !== 'nginx') continue;
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
      if (worker?.kind === 'failure') {
        const location = originLocation(worker.origin);
        if (inRepository(location)) {
          out.push({
            rule: 'nginx-config-invalid',
            location,
            message: `nginx does not start: [emerg] ${worker.message}: ${whyLookupFails(graph, worker.message)}`,
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

/** Why getpwnam()/getgrnam() fails: a number (nginx takes names only, N3), or a name the closed world lacks. */
function whyLookupFails(graph: UnitGraph, message: string): string {
  const isUser = message.startsWith('getpwnam');
  const name = /"(.*)"/.exec(message)?.[1] ?? '';
  if (/^[0-9]+$/.test(name))
    return `nginx looks ${isUser ? 'users' : 'groups'} up by name and takes no numbers`;
  const table = isUser ? graph.state.db.users : graph.state.db.groups;
  return `${graph.unit.id} has no ${isUser ? 'user' : 'group'} ${name} (${graph.state.worldWhy.replace(/; set .*$/, '')}; ${isUser ? 'users' : 'groups'}: ${[...table.keys()].join(', ')})`;
}
