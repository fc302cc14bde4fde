/**
 * Comparing users and groups without guessing. On one machine a user or group may be known by
 * name only (created by `useradd` without `-u`), by number only (`listen.owner = 33`), or both.
 * The kernel compares numbers; socklint compares what it knows and says `unknown` otherwise.
 */
import type { IdentityDb } from '../model.js';

/** A user or a group, as far as it is known. */
export interface Principal {
  name?: string;
  id?: number;
}

/** The answer to a comparison that may not be decidable from what is known. */
export type Tri = true | false | 'unknown';

export interface CompareOptions {
  /**
   * Names are comparable only on one machine, where they are unique. Across containers that
   * share a socket through a volume only numbers count (D6). Default: true.
   */
  sameMachine?: boolean;
}

/** Same id → true; both ids known and different → false; both names known (one machine) → names; else unknown. */
export function samePrincipal(a: Principal, b: Principal, options: CompareOptions = {}): Tri {
  if (a.id !== undefined && b.id !== undefined) return a.id === b.id;
  if ((options.sameMachine ?? true) && a.name !== undefined && b.name !== undefined) return a.name === b.name;
  return 'unknown';
}

/** true if any is true; false if all are false; else unknown. */
export function anyTrue(values: Iterable<Tri>): Tri {
  let result: Tri = false;
  for (const v of values) {
    if (v === true) return true;
    if (v === 'unknown') result = 'unknown';
  }
  return result;
}

/** `33` → `{ id: 33 }`; anything else is a name. */
export function principalOf(text: string): Principal {
  return /^[0-9]+$/.test(text) ? { id: Number(text) } : { name: text };
}

/** Fills in the uid or the name of a user from the machine's database when it knows them. */
export function resolveUser(db: IdentityDb | undefined, p: Principal): Principal {
  if (!db) return p;
  if (p.name !== undefined) {
    const uid = db.users.get(p.name)?.uid;
    return uid === undefined || p.id !== undefined ? p : { name: p.name, id: uid };
  }
  const account = p.id === undefined ? undefined : [...db.users.values()].find((a) => a.uid === p.id);
  return account ? { name: account.name, id: p.id } : p;
}

/** Fills in the gid or the name of a group from the machine's database when it knows them. */
export function resolveGroup(db: IdentityDb | undefined, p: Principal): Principal {
  if (!db) return p;
  if (p.name !== undefined) {
    const gid = db.groups.get(p.name)?.gid;
    return gid === undefined || p.id !== undefined ? p : { name: p.name, id: gid };
  }
  const group = p.id === undefined ? undefined : [...db.groups.values()].find((g) => g.gid === p.id);
  return group ? { name: group.name, id: p.id } : p;
}

/** The name when known, else the number, else `?`. */
export function showPrincipal(p: Principal): string {
  return p.name ?? (p.id === undefined ? '?' : String(p.id));
}

/** uid 0, or the name root when the uid is not known. */
export function isRootUser(p: Principal): boolean {
  return p.id === undefined ? p.name === 'root' : p.id === 0;
}

/** Drops principals that are certainly equal to an earlier one. */
export function distinctPrincipals(list: Principal[]): Principal[] {
  const out: Principal[] = [];
  for (const p of list) if (!out.some((q) => samePrincipal(p, q) === true)) out.push(p);
  return out;
}

/** The groups whose /etc/group entry lists the user: what initgroups() adds to the named group. */
export function memberships(db: IdentityDb, userName: string | undefined): Principal[] {
  if (userName === undefined) return [];
  return [...db.groups.values()]
    .filter((g) => g.members.includes(userName))
    .map((g) => (g.gid === undefined ? { name: g.name } : { name: g.name, id: g.gid }));
}
