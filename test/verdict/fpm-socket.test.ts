import { describe, expect, it } from '@jest/globals';
import type { FpmSetting } from '../../src/engine/model.js';
import { fpmModeOf, fpmSocket } from '../../src/engine/verdict/fpm-socket.js';
import type { FpmSocketInput, ListenKey, SocketState } from '../../src/engine/verdict/fpm-socket.js';
import type { AclEntry } from '../../src/engine/verdict/kernel.js';
import { debian, dir } from './fixtures.js';

const run = (settings: FpmSocketInput['settings'], extra: Partial<FpmSocketInput> = {}) =>
  fpmSocket({ pool: 'www', path: '/run/php/app.sock', settings, db: debian, aclSupport: true, ...extra });

function socketOf(settings: FpmSocketInput['settings'], extra: Partial<FpmSocketInput> = {}): SocketState {
  const r = run(settings, extra);
  if (r.kind !== 'socket') throw new Error(`expected a socket, got ${JSON.stringify(r)}`);
  return r;
}

const www = { name: 'www-data', id: 33 };
const root = { name: 'root', id: 0 };

describe('F2: defaults', () => {
  it('no listen.* → 0660 root:root, owned by the master', () => {
    const s = socketOf({});
    expect(s).toMatchObject({ owner: root, group: root, mode: 0o660, warnings: [] });
    expect(s.acl).toBeUndefined();
    expect(s.why.owner.because).toBe("no listen.owner: the master's user root");
    expect(s.why.group.because).toBe("no listen.group: the master's group root");
    expect(s.why.mode.because).toBe('no listen.mode: default 0660');
  });
  it("'' (none, off, … after the reader) counts as unset (S6, S7)", () => {
    expect(socketOf({ 'listen.owner': '', 'listen.group': '', 'listen.mode': '' })).toMatchObject({
      owner: root,
      group: root,
      mode: 0o660,
    });
  });
});

describe('F3-F5: owner and group', () => {
  it('F3: a named listen.owner brings its primary group', () => {
    const s = socketOf({ 'listen.owner': 'www-data' });
    expect(s).toMatchObject({ owner: www, group: www, mode: 0o660 });
    expect(s.why.group.because).toBe('primary group of www-data (listen.owner)');
  });
  it('F4: a numeric listen.owner leaves the group as created (root)', () => {
    const s = socketOf({ 'listen.owner': '33' });
    expect(s).toMatchObject({ owner: www, group: root });
    expect(s.why.group.because).toBe(
      "listen.owner is numeric and there is no listen.group: the master's group root",
    );
  });
  it('F4: a number unknown to the machine is accepted as it is', () => {
    expect(socketOf({ 'listen.owner': '12345', 'listen.group': '54321' })).toMatchObject({
      owner: { id: 12345 },
      group: { id: 54321 },
    });
  });
  it("F4: 4294967295 is FPM's -1, so no chown", () => {
    expect(socketOf({ 'listen.owner': '4294967295' })).toMatchObject({ owner: root, group: root });
  });
  it('F5: listen.group alone → root:www-data', () => {
    expect(socketOf({ 'listen.group': 'www-data' })).toMatchObject({ owner: root, group: www });
  });
  it('F5: listen.group overrides the primary group of a named owner', () => {
    const s = socketOf({ 'listen.owner': 'www-data', 'listen.group': 'nogroup' });
    expect(s).toMatchObject({ owner: www, group: { name: 'nogroup', id: 65534 } });
    expect(s.why.group.because).toBe('listen.group = nogroup');
  });
  it('a user whose uid the machine does not know keeps its name', () => {
    const db = {
      ...debian,
      users: new Map(debian.users).set('app', {
        name: 'app',
        origin: { kind: 'default', description: 'useradd' } as const,
      }),
    };
    expect(socketOf({ 'listen.owner': 'app' }, { db })).toMatchObject({ owner: { name: 'app' }, group: {} });
  });
});

describe('F6: listen.mode is strtoul(value, 8) & 0777', () => {
  it.each([
    ['666', 0o666],
    ['0666', 0o666],
    ['0777', 0o777],
    ['4666', 0o666],
    ['u+rw', 0o000],
    ['0o666', 0o000],
    ['999', 0o000],
    ['1', 0o001], // `yes`, as the ini scanner delivers it
    ['', 0o660],
    ['066x', 0o66],
    [' 0640', 0o640],
    ['-1', 0o777],
    ['7'.repeat(30), 0o777],
  ])('%j → %o', (value, mode) => {
    expect(fpmModeOf(value)).toBe(mode);
    expect(socketOf({ 'listen.mode': value }).mode).toBe(mode);
  });
});

describe('F7: ACL mode', () => {
  it('the keys do not exist without --with-fpm-acl: FPM does not start', () => {
    expect(run({ 'listen.acl_users': 'nginx' }, { aclSupport: false })).toEqual({
      kind: 'failure',
      message: "unknown entry 'listen.acl_users'",
    });
  });
  it('even an empty key is unknown on such a build, and the message keeps the key as written', () => {
    const setting = fpmSetting('LISTEN.ACL_GROUPS', '');
    expect(run({ 'listen.acl_groups': setting }, { aclSupport: false })).toMatchObject({
      kind: 'failure',
      message: "unknown entry 'LISTEN.ACL_GROUPS'",
      origin: { kind: 'source' },
    });
  });
  it('acl_users ignores listen.owner/group: 0660 root:root + user:www-data:rw-, with warnings', () => {
    const s = socketOf({
      'listen.acl_users': 'www-data',
      'listen.owner': 'nobody',
      'listen.group': 'nogroup',
    });
    expect(s).toMatchObject({ owner: root, group: root, mode: 0o660 });
    expect(s.acl).toEqual([
      { tag: 'user_obj', perm: 6 },
      { tag: 'user', who: www, perm: 6 },
      { tag: 'group_obj', perm: 6 },
      { tag: 'mask', perm: 6 },
      { tag: 'other', perm: 0 },
    ]);
    expect(s.warnings).toEqual([
      "[pool www] ACL set, listen.owner = 'nobody' is ignored",
      "[pool www] ACL set, listen.group = 'nogroup' is ignored",
    ]);
    expect(s.why.acl?.because).toBe('listen.acl_users = www-data');
  });
  it('mode 0600 + acl_groups: stat shows 0660 (the mask) while group:: is ---', () => {
    const s = socketOf({ 'listen.mode': '0600', 'listen.acl_groups': 'www-data' });
    expect(s.mode).toBe(0o660);
    expect(s.acl).toContainEqual({ tag: 'group_obj', perm: 0 });
    expect(s.acl).toContainEqual({ tag: 'group', who: www, perm: 6 });
    expect(s.acl).toContainEqual({ tag: 'mask', perm: 6 });
  });
  it.each<[Partial<Record<ListenKey, string>>, string]>([
    [{ 'listen.acl_users': 'www-data, nobody' }, "[pool www] cannot get uid for user ' nobody'"],
    [{ 'listen.acl_users': '33' }, "[pool www] cannot get uid for user '33'"],
    [{ 'listen.acl_users': 'www-data,' }, "[pool www] cannot get uid for user ''"],
    [{ 'listen.acl_groups': 'nosuchgroup' }, "[pool www] cannot get gid for group 'nosuchgroup'"],
  ])('%j → FPM does not start', (settings, message) => {
    expect(run(settings)).toMatchObject({ kind: 'failure', message });
  });
  it('an unknown listen.owner is not even looked up when an ACL is set', () => {
    expect(run({ 'listen.acl_users': 'www-data', 'listen.owner': 'nosuchuser' }).kind).toBe('socket');
  });
  it('the same user twice: acl_valid() fails after bind and the socket stays behind', () => {
    const r = run({ 'listen.acl_users': 'www-data,www-data' });
    expect(r).toMatchObject({
      kind: 'failure',
      message: "[pool www] failed to write the ACL of the socket '/run/php/app.sock': Invalid argument (22)",
    });
    expect(r.kind === 'failure' && r.staleSocket).toMatchObject({
      owner: root,
      group: root,
      mode: 0o660,
      stale: true,
    });
  });
});

describe('F8: a non-root master', () => {
  const master = { user: www, group: www };
  it('N1: no listen.* → the socket is the master’s, 0660 www-data:www-data', () => {
    expect(socketOf({}, { master })).toMatchObject({ owner: www, group: www, mode: 0o660 });
  });
  it('N2: chown to another uid → EPERM, FPM exits, the socket stays behind', () => {
    const r = run({ 'listen.owner': 'nginx' }, { master });
    expect(r).toMatchObject({
      kind: 'failure',
      message: "[pool www] failed to chown() the socket '/run/php/app.sock': Operation not permitted (1)",
    });
    expect(r.kind === 'failure' && r.staleSocket).toMatchObject({ owner: www, group: www, stale: true });
  });
  it('N3: chown to a group it is not in → EPERM', () => {
    expect(run({ 'listen.group': 'nginx' }, { master }).kind).toBe('failure');
  });
  it('N4: chown to a group it is in works', () => {
    expect(
      socketOf({ 'listen.group': 'g3000' }, { master: { ...master, groups: [{ name: 'g3000', id: 3000 }] } }),
    ).toMatchObject({
      owner: www,
      group: { name: 'g3000', id: 3000 },
    });
  });
  it('its own name as listen.owner works (same uid, own primary group)', () => {
    expect(socketOf({ 'listen.owner': 'www-data' }, { master }).owner).toEqual(www);
  });
  it('a master whose uid is unknown: undecided, with both outcomes', () => {
    const r = run({ 'listen.owner': '4242' }, { master: { user: { name: 'app' }, group: { name: 'app' } } });
    expect(r).toMatchObject({
      kind: 'undecided',
      ifStarts: { owner: { id: 4242 } },
      ifFails: { kind: 'failure' },
    });
  });
  it('names on one machine are unique: another user by name is certainly not the master', () => {
    expect(
      run({ 'listen.owner': '101' }, { master: { user: { name: 'app' }, group: { name: 'app' } } }).kind,
    ).toBe('failure');
  });
});

describe('F9: unknown names are fatal', () => {
  it.each<[Partial<Record<ListenKey, string>>, string]>([
    [{ 'listen.owner': 'nosuchuser' }, "[pool www] cannot get uid for user 'nosuchuser'"],
    [{ 'listen.group': 'nosuchgroup' }, "[pool www] cannot get gid for group 'nosuchgroup'"],
    [{ 'listen.owner': 'www-data # hash' }, "[pool www] cannot get uid for user 'www-data # hash'"],
  ])('%j', (settings, message) => {
    expect(run(settings)).toMatchObject({ kind: 'failure', message });
  });
});

describe('K11, F14: a default ACL on the directory masks the mode', () => {
  const defaults = (u: number, g: number, o: number): AclEntry[] => [
    { tag: 'user_obj', perm: u },
    { tag: 'group_obj', perm: g },
    { tag: 'other', perm: o },
  ];
  it('u::rwx,g::r-x,o::--- and listen.mode 0660 → 0640', () => {
    const s = socketOf(
      { 'listen.owner': 'www-data' },
      { defaultAcl: defaults(7, 5, 0), directory: dir('/run/php', 0o755) },
    );
    expect(s.mode).toBe(0o640);
    expect(s.acl).toBeUndefined();
    expect(s.why.mode.because).toBe(
      'no listen.mode: default 0660, reduced to 0640 by the default ACL of /run/php',
    );
  });
  it('u::rwx,g::rwx,o::rwx leaves the mode alone', () => {
    expect(socketOf({}, { defaultAcl: defaults(7, 7, 7) }).mode).toBe(0o660);
  });
  it('named default entries are inherited and the mask follows the mode', () => {
    const s = socketOf(
      { 'listen.mode': '0600' },
      { defaultAcl: [...defaults(7, 5, 0), { tag: 'group', who: www, perm: 7 }, { tag: 'mask', perm: 7 }] },
    );
    expect(s.mode).toBe(0o600);
    expect(s.acl).toContainEqual({ tag: 'mask', perm: 0 });
  });
});

describe('F15, K12: a setgid directory gives its group', () => {
  const setgidDir = dir('/run/php', 0o2755, 'root', 'www-data', { setgid: true });
  it('no listen.group → root:www-data', () => {
    const s = socketOf({}, { directory: setgidDir });
    expect(s).toMatchObject({ owner: root, group: www });
    expect(s.why.group.because).toBe('no listen.group: the group of the setgid directory /run/php');
  });
  it('a numeric listen.owner keeps the directory group too', () => {
    expect(socketOf({ 'listen.owner': '33' }, { directory: setgidDir })).toMatchObject({
      owner: www,
      group: www,
    });
  });
  it('the setgid bit may come from the mode alone', () => {
    const fromMode = dir('/run/php', 0o2755, 'root', 'www-data');
    expect(socketOf({}, { directory: fromMode }).group).toEqual(www);
  });
  it('a setgid directory whose group is unknown gives an unknown group, not the master’s', () => {
    const unknownGroup = { ...setgidDir, group: undefined };
    expect(socketOf({}, { directory: unknownGroup }).group).toEqual({});
  });
  it('listen.group still wins', () => {
    expect(socketOf({ 'listen.group': 'nogroup' }, { directory: setgidDir }).group).toEqual({
      name: 'nogroup',
      id: 65534,
    });
  });
});

describe('provenance', () => {
  it('a setting read from a file carries its location', () => {
    const s = socketOf({ 'listen.owner': fpmSetting('listen.owner', 'www-data') });
    expect(s.why.owner).toEqual({
      because: 'listen.owner = www-data',
      origin: { kind: 'source', location: fpmSetting('listen.owner', 'www-data').location, text: 'www-data' },
    });
  });
});

function fpmSetting(key: string, value: string): FpmSetting {
  const location = { file: 'etc/php/8.2/fpm/pool.d/www.conf', line: 3, column: 1, endLine: 3, endColumn: 20 };
  return { key, value, raw: value, location, keyLocation: location, valueLocation: location };
}
