// Numeric user and group ids for the tier, chosen when it runs among the ids nobody holds.
//
// Scenarios never carry fixed ids: each asks for ids by role (a "slot": the web user, a shared
// group, …) and gets numbers that no account of this machine holds, as a uid nor as a gid, and that
// no other scenario of the same run holds. The kernel compares ids only for equality (and uid 0 is
// special), so any such assignment decides every scenario the same way; the numbers are recorded
// with each run.
import { run } from './exec.mjs';

/** Where ids are taken from: high in the range of ordinary accounts, below Debian's 60000. */
export const ID_RANGE = Object.freeze({ low: 47000, high: 59999 });

/**
 * The host's account databases as getent shows them (files and any other enumerable NSS source).
 * @returns {Promise<{ users: Map<string, { uid: number, gid: number }>,
 *   groups: Map<string, { gid: number, members: string[] }>, uids: Set<number>, gids: Set<number> }>}
 */
export async function hostAccounts() {
  const [p, g] = await Promise.all([
    run('getent', ['passwd'], { timeoutMs: 10_000 }),
    run('getent', ['group'], { timeoutMs: 10_000 }),
  ]);
  if (p.code !== 0 || g.code !== 0) throw new Error('getent passwd/group failed');
  return parseAccounts(p.stdout, g.stdout);
}

/** Parse passwd and group texts (`name:x:uid:gid:…`, `name:x:gid:m1,m2`). */
export function parseAccounts(passwd, group) {
  const users = new Map();
  const groups = new Map();
  for (const line of passwd.split('\n')) {
    const f = line.split(':');
    if (f.length >= 4 && /^\d+$/.test(f[2])) users.set(f[0], { uid: Number(f[2]), gid: Number(f[3]) });
  }
  for (const line of group.split('\n')) {
    const f = line.split(':');
    if (f.length >= 3 && /^\d+$/.test(f[2]))
      groups.set(f[0], { gid: Number(f[2]), members: (f[3] ?? '').split(',').filter(Boolean) });
  }
  return {
    users,
    groups,
    uids: new Set([...users.values()].map((u) => u.uid)),
    gids: new Set([...groups.values()].map((x) => x.gid)),
  };
}

/** Hands out ids that are free as a uid and as a gid, each at most once per run. */
export class IdPool {
  /**
   * @param {{ uids: Set<number>, gids: Set<number> }} taken ids held on this machine
   * @param {{ low: number, high: number }} [range]
   */
  constructor(taken, range = ID_RANGE) {
    this.taken = taken;
    this.range = range;
    /** @type {Set<number>} */
    this.given = new Set();
    this.next = range.low;
  }

  isFree(id) {
    return !this.taken.uids.has(id) && !this.taken.gids.has(id) && !this.given.has(id);
  }

  /** The lowest id of the range that nobody holds and that was not handed out yet. */
  take() {
    for (let id = this.next; id <= this.range.high; id++) {
      if (!this.isFree(id)) continue;
      this.given.add(id);
      this.next = id + 1;
      return id;
    }
    throw new Error(`no free id left in ${this.range.low}-${this.range.high}`);
  }

  /** Someone took `id` after this pool looked: never hand it out again. */
  markTaken(id) {
    this.taken.uids.add(id);
    this.taken.gids.add(id);
  }

  /**
   * A slot function for one scenario: the same slot always gets the same id.
   * @returns {((slot: string) => number) & { assigned: Record<string, number> }}
   */
  slots() {
    /** @type {Record<string, number>} */
    const assigned = {};
    const fn = (slot) => (assigned[slot] ??= this.take());
    return Object.assign(fn, { assigned });
  }
}

/** The id a failed account operation names as taken (`uid 47018 is already taken`), if any. */
export function takenIdIn(message) {
  const m = /\b[ug]id (\d+) is already taken/.exec(message);
  return m ? Number(m[1]) : null;
}
