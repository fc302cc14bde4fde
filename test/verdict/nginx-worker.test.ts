import { describe, expect, it } from '@jest/globals';
import type { NginxUserDirective } from '../../src/engine/model.js';
import { nginxWorker } from '../../src/engine/verdict/nginx-worker.js';
import type { NginxWorkerInput, WorkerCreds } from '../../src/engine/verdict/nginx-worker.js';
import { debian, fixtureOrigin, makeDb } from './fixtures.js';

const location = { file: 'etc/nginx/nginx.conf', line: 1, column: 1, endLine: 1, endColumn: 16 };
const user = (name: string, group?: string): NginxUserDirective => ({
  user: name,
  ...(group ? { group } : {}),
  location,
});
const fallback = {
  user: 'nobody',
  group: 'nogroup',
  origin: { kind: 'default', description: 'Debian nginx binary: nobody/nogroup' } as const,
};

const run = (input: Partial<NginxWorkerInput>) => nginxWorker({ db: debian, fallback, ...input });
function credsOf(input: Partial<NginxWorkerInput>): WorkerCreds {
  const r = run(input);
  if (r.kind !== 'creds') throw new Error(r.message);
  return r;
}

const www = { name: 'www-data', id: 33 };

describe('nginx worker credentials (N3)', () => {
  it('user www-data → www-data:www-data, groups {www-data}', () => {
    expect(credsOf({ directive: user('www-data') })).toMatchObject({
      user: www,
      group: www,
      groups: [www],
      dacOverride: false,
      warnings: [],
    });
  });

  it('trap 18: GROUP omitted → the group named like the user; `user nobody;` fails on Debian', () => {
    expect(run({ directive: user('nobody') })).toEqual({
      kind: 'failure',
      message: 'getgrnam("nobody") failed',
      origin: { kind: 'source', location },
    });
  });

  it('trap 18: the group named like the user, not the primary group from passwd', () => {
    const db = makeDb(
      'x',
      [['app', 1000, 'www-data']],
      [
        ['www-data', 33],
        ['app', 1000],
      ],
    );
    const c = credsOf({ directive: user('app'), db });
    expect(c.group).toEqual({ name: 'app', id: 1000 });
    expect(c.why.group.because).toBe('user app without a group: the group named app');
  });

  it('trap 19: user www-data nogroup → groups {nogroup} only; the primary group 33 is lost', () => {
    expect(credsOf({ directive: user('www-data', 'nogroup') }).groups).toEqual([
      { name: 'nogroup', id: 65534 },
    ]);
  });

  it('trap 19: initgroups adds every group that lists the user as a member', () => {
    const db = makeDb(
      'nginx image',
      [['nginx', 101, 'nginx']],
      [
        ['nginx', 101],
        ['www-data', 82, ['nginx']],
        ['other', 500, ['someone']],
      ],
    );
    expect(credsOf({ directive: user('nginx'), db }).groups).toEqual([
      { name: 'nginx', id: 101 },
      { name: 'www-data', id: 82 },
    ]);
  });

  it.each([
    [user('33'), 'getpwnam("33") failed'],
    [user('www-data', '33'), 'getgrnam("33") failed'],
    [user('nosuchuser'), 'getpwnam("nosuchuser") failed'],
  ])('numeric or unknown values are rejected: %j', (directive, message) => {
    expect(run({ directive })).toMatchObject({ kind: 'failure', message });
  });

  it('trap 20: a non-root master ignores `user` and workers keep its credentials', () => {
    const c = credsOf({
      directive: user('www-data'),
      master: { user: { id: 101 }, group: { id: 101 }, origin: fixtureOrigin },
    });
    expect(c).toMatchObject({
      user: { name: 'nginx', id: 101 },
      group: { name: 'nginx', id: 101 },
      dacOverride: false,
    });
    expect(c.warnings).toEqual([
      'the "user" directive makes sense only if the master process runs with super-user privileges, ignored',
    ]);
  });

  it('a root master given explicitly changes nothing', () => {
    const c = credsOf({
      directive: user('www-data'),
      master: { user: { id: 0 }, group: { id: 0 }, origin: fixtureOrigin },
    });
    expect(c.user).toEqual(www);
  });

  it('trap 21: user root → dacOverride', () => {
    expect(credsOf({ directive: user('root') })).toMatchObject({
      dacOverride: true,
      group: { name: 'root', id: 0 },
    });
  });

  it('no directive → the compiled or distribution default', () => {
    const c = credsOf({});
    expect(c).toMatchObject({ user: { name: 'nobody', id: 65534 }, group: { name: 'nogroup', id: 65534 } });
    expect(c.why.user).toEqual({
      because: 'no user directive: the default user nobody',
      origin: fallback.origin,
    });
  });

  it('the default can fail like a directive', () => {
    expect(
      run({ fallback: { ...fallback, user: 'nginx', group: 'nginx' }, db: makeDb('d', [], []) }),
    ).toMatchObject({
      message: 'getpwnam("nginx") failed',
      origin: fallback.origin,
    });
  });

  it('a user whose uid the machine does not know keeps its name', () => {
    const db = makeDb('d', [['app', undefined]], [['app', undefined]]);
    expect(credsOf({ directive: user('app'), db })).toMatchObject({
      user: { name: 'app' },
      group: { name: 'app' },
      groups: [{ name: 'app' }],
    });
  });
});
