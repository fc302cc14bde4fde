/**
 * An image that runs no PHP-FPM points at a socket that a pool of another image of the same
 * repository listens on (the php target of a multi-target Dockerfile, the fpm image of a bake
 * file): nothing socklint reads says that the two share the socket's directory, so the client
 * stays undecided, but the reason names the pool that would create it and what to declare.
 */
import { poolSocketPath, type UnitGraph } from '../resolve/graph.js';
import type { Evaluation } from './evaluate.js';

export function withPoolsElsewhere(
  graph: UnitGraph,
  evaluations: Evaluation[],
  graphs: UnitGraph[],
): Evaluation[] {
  if (graph.fpm.length > 0 || (graph.unit.kind !== 'image' && !graph.unit.container)) return evaluations;
  return evaluations.map((e) => {
    const socketPath = e.link.path;
    if (e.verdict !== 'undecided' || e.link.target || e.link.across || !socketPath) return e;
    const found = graphs
      .filter((g) => g !== graph)
      .flatMap((g) =>
        g.fpm.flatMap((f) =>
          f.config.pools.filter((p) => poolSocketPath(p) === socketPath).map((pool) => ({ g, pool })),
        ),
      )[0];
    if (!found) return e;
    const { file, line } = found.pool.sections[0];
    const dir = socketPath.slice(0, socketPath.lastIndexOf('/')) || '/';
    return {
      ...e,
      reason: `${e.reason}; in this repository, pool [${found.pool.name}] of ${found.g.unit.id} (${file}:${line}) listens on ${socketPath}: the two connect only if they run together and share ${dir}, which no compose file or pod of the repository says (describe them in a compose file with a volume at ${dir} to check it)`,
    };
  });
}
