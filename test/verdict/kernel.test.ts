import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { ancestors, connectVerdict, permits } from '../../src/engine/verdict/kernel.js';
import type { AclEntry, Creds, InodePerms, SocketInode } from '../../src/engine/verdict/kernel.js';
import { creds, debian, dir, dirsOf } from './fixtures.js';

const sock = (uid: number, gid: number, mode: number): SocketInode => ({
  owner: { id: uid },
  group: { id: gid },
  mode,
});
const noDirs = () => undefined;
const verdict = (c: Creds, s: SocketInode) => connectVerdict(c, '/run/php/app.sock', s, noDirs).verdict;

/** An inode with an extended ACL; the mask is the union of the group class unless given (setfacl). */
function withAcl(uid: number, gid: number, base: number, named: AclEntry[], mask?: number): InodePerms {
  const groupObj = (base >> 3) & 7;
  const m = mask ?? named.reduce((bits, e) => bits | e.perm, groupObj);
  const acl: AclEntry[] = [
    { tag: 'user_obj', perm: (base >> 6) & 7 },
    ...named.filter((e) => e.tag === 'user'),
    { tag: 'group_obj', perm: groupObj },
    ...named.filter((e) => e.tag === 'group'),
    { tag: 'mask', perm: m },
    { tag: 'other', perm: base & 7 },
  ];
  return { owner: { id: uid }, group: { id: gid }, mode: (base & ~0o070) | (m << 3), acl };
}
const user = (id: number, perm: number): AclEntry => ({ tag: 'user', who: { id }, perm });
const group = (id: number, perm: number): AclEntry => ({ tag: 'group', who: { id }, perm });

describe('K2: only the write bit of the socket matters (root:root socket, client 33:33)', () => {
  it.each([
    [0o660, 'EACCES'],
    [0o666, 'OK'],
    [0o222, 'OK'],
    [0o444, 'EACCES'],
    [0o002, 'OK'],
    [0o004, 'EACCES'],
    [0o000, 'EACCES'],
  ])('mode %o → %s', (mode, expected) => {
    expect(verdict(creds(33, 33), sock(0, 0, mode))).toBe(expected);
  });
});

describe('K3: the first matching class decides, even when it denies', () => {
  it('owner 33, mode 0060, client 33 → EACCES although the group bits allow', () => {
    const p = permits(creds(33, 33), sock(33, 33, 0o060), 'write');
    expect(p).toMatchObject({ allowed: false, decidedBy: 'owner', bits: 0 });
  });
  it.each([
    ['primary', creds(1000, 33)],
    ['supplementary', creds(1000, 1000, [33])],
  ])('root:33 0606, client in 33 (%s) → EACCES although other allows', (_, c) => {
    expect(permits(c, sock(0, 33, 0o606), 'write')).toMatchObject({ allowed: false, decidedBy: 'group' });
  });
  it('group and other agree on the bit: membership is not looked up, so an unknown one does not matter', () => {
    const c: Creds = {
      user: { id: 33 },
      group: { name: 'www-data' },
      groups: [{ name: 'www-data' }],
      dacOverride: false,
    };
    const p = permits(c, { owner: { id: 0 }, group: { id: 3000 }, mode: 0o666 }, 'write');
    expect(p).toMatchObject({ allowed: true, decidedBy: 'other', groupBitsEqualOther: true, unknowns: [] });
  });
});

describe('K4: supplementary groups count like the primary gid (socket root:3000 0660)', () => {
  it.each([
    ['groups {33,3000}', creds(33, 33, [3000]), 'OK'],
    ['egid 3000, no supplementary groups', creds(33, 3000), 'OK'],
    ['groups {33}', creds(33, 33), 'EACCES'],
  ])('%s → %s', (_, c, expected) => {
    expect(verdict(c, sock(0, 3000, 0o660))).toBe(expected);
  });
});

describe('K5: every ancestor needs search (x), not read (socket 0666, client 33)', () => {
  const run = (...dirs: ReturnType<typeof dir>[]) =>
    connectVerdict(creds(33, 33), '/srv/d/app.sock', sock(0, 0, 0o666), dirsOf(...dirs), {
      directoryDb: debian,
    });
  it.each([
    [0o700, 'root', 'EACCES'],
    [0o766, 'root', 'EACCES'],
    [0o711, 'root', 'OK'],
    [0o701, 'root', 'OK'],
    [0o710, 'root', 'EACCES'],
    [0o750, 'root', 'EACCES'],
    [0o710, '33', 'OK'],
    [0o755, 'root', 'OK'],
  ])('D %o (group %s) → %s', (mode, grp, expected) => {
    const r = run(dir('/srv/d', mode, 'root', grp));
    expect(r.verdict).toBe(expected);
    if (expected === 'EACCES') expect(r.deniedAt).toBe('/srv/d');
  });
  it('grandparent 0700 with parent 0777 → EACCES at the grandparent', () => {
    const r = run(dir('/srv', 0o700), dir('/srv/d', 0o777));
    expect(r).toMatchObject({ verdict: 'EACCES', deniedAt: '/srv' });
  });
  it('grandparent 0711 with parent 0777 → OK', () => {
    expect(run(dir('/srv', 0o711), dir('/srv/d', 0o777)).verdict).toBe('OK');
  });
  it('D 0700 plus user:33:--x → search allowed (directory ACL)', () => {
    expect(permits(creds(33, 33), withAcl(0, 0, 0o700, [user(33, 1)]), 'search')).toMatchObject({
      allowed: true,
      decidedBy: 'acl-user',
    });
  });
  it('directory owners written as names are compared by number through the directory database', () => {
    const r = connectVerdict(
      creds(33, 33),
      '/srv/d/app.sock',
      sock(0, 0, 0o666),
      dirsOf(dir('/srv/d', 0o700, 'www-data')),
      {
        directoryDb: debian,
      },
    );
    expect(r.verdict).toBe('OK');
  });
  it('directories whose mode is unknown are skipped, not guessed', () => {
    const r = connectVerdict(
      creds(33, 33),
      '/srv/d/app.sock',
      sock(0, 0, 0o666),
      dirsOf({ ...dir('/srv', 0), mode: undefined }),
    );
    expect(r.verdict).toBe('OK');
    expect(r.checks.map((c) => [c.path, c.permission?.allowed])).toEqual([
      ['/', undefined],
      ['/srv', undefined],
      ['/srv/d', undefined],
      ['/srv/d/app.sock', true],
    ]);
  });
});

describe('K9: root with CAP_DAC_OVERRIDE, and root without it', () => {
  const root: Creds = { ...creds(0, 0), dacOverride: true };
  const dropped = creds(0, 0);
  it('socket 0000 inside a 0000 directory → OK with the capability', () => {
    const r = connectVerdict(root, '/srv/d/app.sock', sock(0, 0, 0), dirsOf(dir('/srv/d', 0)));
    expect(r.verdict).toBe('OK');
    expect(r.decision?.permission?.decidedBy).toBe('dac-override');
  });
  it.each([
    [sock(0, 0, 0o000), 'EACCES'],
    [sock(33, 33, 0o600), 'EACCES'],
    [sock(0, 0, 0o600), 'OK'],
  ])('capabilities dropped: %o → %s', (s, expected) => {
    expect(verdict(dropped, s)).toBe(expected);
  });
});

describe('K10: POSIX ACLs on the socket', () => {
  it.each<[string, Creds, InodePerms, boolean]>([
    [
      'owner 33, 0000 + user:33:rw: ACL entries never apply to the owner',
      creds(33, 33),
      withAcl(33, 33, 0o000, [user(33, 6)], 0),
      false,
    ],
    [
      '0606 + group:3000:--- (mask ---), client in 3000',
      creds(1000, 3000),
      withAcl(0, 0, 0o606, [group(3000, 0)]),
      true,
    ],
    [
      '0606 + group:3000:---,group:5000:rw (mask rw), client in 3000',
      creds(1000, 3000),
      withAcl(0, 0, 0o606, [group(3000, 0), group(5000, 6)]),
      false,
    ],
    ['0606 + user:33:--- (mask ---), client 33', creds(33, 33), withAcl(0, 0, 0o606, [user(33, 0)]), true],
    [
      '0606 + user:33:---,group:5000:rw (mask rw), client 33',
      creds(33, 33),
      withAcl(0, 0, 0o606, [user(33, 0), group(5000, 6)]),
      false,
    ],
    ['0600 + user:33:rw (mask rw)', creds(33, 33), withAcl(0, 0, 0o600, [user(33, 6)]), true],
    [
      '0600 + user:33:rw after chmod 0600 (mask ---)',
      creds(33, 33),
      withAcl(0, 0, 0o600, [user(33, 6)], 0),
      false,
    ],
    ['0600 + user:33:rw, mask r--', creds(33, 33), withAcl(0, 0, 0o600, [user(33, 6)], 4), false],
    ['0600 + user:33:rw, mask -w-', creds(33, 33), withAcl(0, 0, 0o600, [user(33, 6)], 2), true],
    [
      '0666 + user:33:r--: the named entry decides',
      creds(33, 33),
      withAcl(0, 0, 0o666, [user(33, 4)]),
      false,
    ],
    [
      'client in 3000 and 3001, g:3000:rw,g:3001:---',
      creds(1000, 3000, [3001]),
      withAcl(0, 0, 0o600, [group(3000, 6), group(3001, 0)]),
      true,
    ],
  ])('%s', (_, c, n, allowed) => {
    expect(permits(c, n, 'write').allowed).toBe(allowed);
  });
  it('a matching group entry without the bit stops the search: other is not reached', () => {
    const p = permits(creds(1000, 3000), withAcl(0, 0, 0o606, [group(3000, 0), group(5000, 6)]), 'write');
    expect(p).toMatchObject({ allowed: false, decidedBy: 'acl-group', viaGroup: { id: 3000 } });
  });
  it('no entry matches: the other entry decides', () => {
    const p = permits(creds(1000, 1000), withAcl(0, 0, 0o606, [group(5000, 6)]), 'write');
    expect(p).toMatchObject({ allowed: true, decidedBy: 'acl-other' });
  });
});

describe('connect(): missing and stale sockets (K6, K7)', () => {
  it('no socket → ENOENT', () => {
    expect(connectVerdict(creds(33, 33), '/run/php/app.sock', undefined, noDirs).verdict).toBe('ENOENT');
  });
  it('a stale socket the client may write → ECONNREFUSED', () => {
    expect(verdict(creds(33, 33), { ...sock(0, 0, 0o666), stale: true })).toBe('ECONNREFUSED');
  });
  it('a stale socket the client may not write → EACCES (permission before listener)', () => {
    expect(verdict(creds(33, 33), { ...sock(0, 0, 0o600), stale: true })).toBe('EACCES');
  });
  it('a denying directory comes before a missing socket', () => {
    const r = connectVerdict(
      creds(33, 33),
      '/run/php/app.sock',
      undefined,
      dirsOf(dir('/run/php', 0o700, '0', '0')),
    );
    expect(r).toMatchObject({ verdict: 'EACCES', deniedAt: '/run/php' });
  });
});

describe('unknown identities never give a definite answer that depends on them', () => {
  const nameOnly: Creds = {
    user: { name: 'www-data' },
    group: { name: 'www-data' },
    groups: [{ name: 'www-data' }],
    dacOverride: false,
  };
  it('client known by name, socket owner by number, 0660 → UNKNOWN', () => {
    const r = connectVerdict(nameOnly, '/run/php/app.sock', sock(33, 0, 0o660), noDirs);
    expect(r.verdict).toBe('UNKNOWN');
    expect(r.decision?.permission?.unknowns).toContain('whether www-data is the owner 33');
  });
  it('0600: the owner class would allow and the others deny → UNKNOWN', () => {
    expect(verdict(nameOnly, sock(33, 0, 0o600))).toBe('UNKNOWN');
  });
  it('0060 owned by 33 with group 33: owner denies, group allows → UNKNOWN', () => {
    expect(verdict(nameOnly, sock(33, 33, 0o060))).toBe('UNKNOWN');
  });
  it('0666: every class allows, so the answer does not depend on the unknown owner → OK', () => {
    const p = permits(nameOnly, sock(33, 0, 0o666), 'write');
    expect(p.allowed).toBe(true);
    expect(p.decidedBy).toBeUndefined();
  });
  it('0000: every class denies → EACCES', () => {
    expect(verdict(nameOnly, sock(33, 0, 0o000))).toBe('EACCES');
  });
  it('names are compared on one machine, not across machines (D6)', () => {
    const named: SocketInode = { owner: { name: 'www-data' }, group: { name: 'root' }, mode: 0o600 };
    expect(connectVerdict(nameOnly, '/s.sock', named, noDirs).verdict).toBe('OK');
    expect(connectVerdict(nameOnly, '/s.sock', named, noDirs, { sameMachine: false }).verdict).toBe(
      'UNKNOWN',
    );
  });
  it('an undecidable ACL group membership that matters → unknown', () => {
    const n = withAcl(0, 0, 0o600, [{ tag: 'group', who: { name: 'web' }, perm: 6 }]);
    expect(permits(creds(33, 33), n, 'write').allowed).toBe('unknown');
  });
  it('an undecidable directory then no socket → UNKNOWN (EACCES or ENOENT)', () => {
    const r = connectVerdict(nameOnly, '/run/php/app.sock', undefined, dirsOf(dir('/run/php', 0o700, '33')));
    expect(r.verdict).toBe('UNKNOWN');
  });
  it('an undecidable directory then a socket that certainly denies → EACCES', () => {
    const r = connectVerdict(
      nameOnly,
      '/run/php/app.sock',
      sock(0, 0, 0),
      dirsOf(dir('/run/php', 0o700, '33')),
    );
    expect(r.verdict).toBe('EACCES');
  });
  it('an undecidable directory then a writable socket → UNKNOWN', () => {
    const r = connectVerdict(
      nameOnly,
      '/run/php/app.sock',
      sock(0, 0, 0o666),
      dirsOf(dir('/run/php', 0o700, '33')),
    );
    expect(r).toMatchObject({ verdict: 'UNKNOWN', decision: { path: '/run/php' } });
  });
});

describe('ancestors', () => {
  it('lists every directory from the root', () => {
    expect(ancestors('/run/php/app.sock')).toEqual(['/', '/run', '/run/php']);
    expect(ancestors('/app.sock')).toEqual(['/']);
    expect(ancestors('rel.sock')).toEqual([]);
  });
});

/** POSIX, stated plainly: owner, else group (egid or supplementary), else other. */
function posix(
  uid: number,
  gids: number[],
  owner: number,
  group: number,
  mode: number,
  bit: number,
): boolean {
  const bits = uid === owner ? mode >> 6 : gids.includes(group) ? mode >> 3 : mode;
  return (bits & bit) === bit;
}

describe('property: without ACL, permits agrees with the POSIX rule', () => {
  const id = fc.integer({ min: 0, max: 5 });
  it('for random modes, owners, groups and clients', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 0o777 }),
        id,
        id,
        id,
        id,
        fc.array(id, { maxLength: 3 }),
        (mode, owner, grp, uid, gid, supp) => {
          const c = creds(uid, gid, supp);
          const n = sock(owner, grp, mode);
          for (const [want, bit] of [
            ['write', 2],
            ['search', 1],
          ] as const) {
            expect(permits(c, n, want).allowed).toBe(posix(uid, [gid, ...supp], owner, grp, mode, bit));
          }
        },
      ),
    );
  });
  it('a definite answer with an unknown owner or group holds for every way the unknown could resolve', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 0o777 }),
        fc.boolean(),
        fc.boolean(),
        (mode, ownerKnown, groupKnown) => {
          const c = creds(1, 1);
          const n: SocketInode = {
            owner: ownerKnown ? { id: 9 } : {},
            group: groupKnown ? { id: 9 } : {},
            mode,
          };
          const p = permits(c, n, 'write');
          if (p.allowed === 'unknown') return;
          for (const owner of ownerKnown ? [9] : [1, 9]) {
            for (const grp of groupKnown ? [9] : [1, 9])
              expect(p.allowed).toBe(posix(1, [1], owner, grp, mode, 2));
          }
        },
      ),
    );
  });
});
