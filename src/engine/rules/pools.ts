/** The Unix-socket pools of a unit that the repository defines, for the rules about listen.* lines. */
import type { FpmPool } from '../model.js';
import type { FpmInstance, UnitGraph } from '../resolve/graph.js';
import { masterUser } from '../resolve/topology.js';
import { poolLocation } from './anchors.js';

export interface UnixPool {
  pool: FpmPool;
  fpm: FpmInstance;
  path: string;
}

/**
 * Who the pool's workers run as: a master that is not root ignores `user` (F8), so they keep
 * its identity; otherwise the pool's `user`.
 */
export function workersOf(graph: UnitGraph, pool: FpmPool): string | undefined {
  return masterUser(graph.unit, 'php-fpm')?.user ?? (pool.settings.get('user')?.value || undefined);
}

export function repositoryUnixPools(graph: UnitGraph): UnixPool[] {
  return graph.fpm.flatMap((fpm) =>
    fpm.config.pools.flatMap((pool) => {
      const a = pool.listen?.address;
      return a?.kind === 'unix' && poolLocation(pool) ? [{ pool, fpm, path: a.path }] : [];
    }),
  );
}
