/** Identity databases and credentials shared by the verdict tests. */
import type { DirectoryFact, IdentityDb } from '../../src/engine/model.js';
import type { Origin } from '../../src/engine/types.js';
import type { Creds } from '../../src/engine/verdict/kernel.js';

export const fixtureOrigin: Origin = { kind: 'default', description: 'test fixture' };

type UserRow = [name: string, uid: number | undefined, primaryGroup?: string];
type GroupRow = [name: string, gid: number | undefined, members?: string[]];

export function makeDb(base: string, users: UserRow[], groups: GroupRow[]): IdentityDb {
  return {
    base,
    users: new Map(
      users.map(([name, uid, primaryGroup]) => [
        name,
        {
          name,
          origin: fixtureOrigin,
          ...(uid === undefined ? {} : { uid }),
          ...(primaryGroup ? { primaryGroup } : {}),
        },
      ]),
    ),
    groups: new Map(
      groups.map(([name, gid, members]) => [
        name,
        { name, members: members ?? [], origin: fixtureOrigin, ...(gid === undefined ? {} : { gid }) },
      ]),
    ),
  };
}

/** Debian 12 with an `nginx` user (101) and a group 3000. */
export const debian = makeDb(
  'Debian 12',
  [
    ['root', 0, 'root'],
    ['www-data', 33, 'www-data'],
    ['nobody', 65534, 'nogroup'],
    ['nginx', 101, 'nginx'],
  ],
  [
    ['root', 0],
    ['www-data', 33],
    ['nogroup', 65534],
    ['nginx', 101],
    ['g3000', 3000],
  ],
);

/** Credentials known by number only: uid, egid, supplementary gids. */
export function creds(uid: number, gid: number, supplementary: number[] = []): Creds {
  return {
    user: { id: uid },
    group: { id: gid },
    groups: [gid, ...supplementary].map((id) => ({ id })),
    dacOverride: false,
  };
}

export function dir(
  path: string,
  mode: number,
  owner = 'root',
  group = 'root',
  extra: Partial<DirectoryFact> = {},
): DirectoryFact {
  return { path, mode, owner, group, origin: fixtureOrigin, ...extra };
}

/** A directory lookup over the given facts. */
export function dirsOf(...facts: DirectoryFact[]): (path: string) => DirectoryFact | undefined {
  const byPath = new Map(facts.map((f) => [f.path, f]));
  return (path) => byPath.get(path);
}
