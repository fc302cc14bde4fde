import { describe, expect, it } from '@jest/globals';
import type { ApacheSetting } from '../../src/engine/resolve/apache-config.js';
import { apacheWorker, type ApacheWorkerInput } from '../../src/engine/verdict/apache-worker.js';
import type { WorkerCreds } from '../../src/engine/verdict/nginx-worker.js';
import { debian, makeDb } from './fixtures.js';

const at = (line: number) => ({
  file: 'etc/apache2/apache2.conf',
  line,
  column: 1,
  endLine: line,
  endColumn: 20,
});
const setting = (value: string, line = 10, extra: Partial<ApacheSetting> = {}): ApacheSetting => ({
  value,
  location: at(line),
  valueLocation: at(line),
  ...extra,
});
const compiled = {
  user: '#-1',
  group: '#-1',
  origin: { kind: 'default', description: 'compiled #-1' } as const,
};

const run = (input: Partial<ApacheWorkerInput>) =>
  apacheWorker({ db: debian, compiled, binary: 'apache2', ...input });
function credsOf(input: Partial<ApacheWorkerInput>): WorkerCreds {
  const r = run(input);
  if (r.kind !== 'creds') throw new Error(JSON.stringify(r));
  return r;
}

const www = { name: 'www-data', id: 33 };
const root = { name: 'root', id: 0 };

describe('Apache children (A3, W1)', () => {
  it("Debian's User ${APACHE_RUN_USER} / Group ${APACHE_RUN_GROUP} → www-data, groups {www-data}, from envvars", () => {
    const envvars = { kind: 'source', location: { ...at(13), file: 'etc/apache2/envvars' } } as const;
    const c = credsOf({
      user: setting('www-data', 115, { variable: { name: 'APACHE_RUN_USER', origin: envvars } }),
      group: setting('www-data', 116),
    });
    expect(c).toMatchObject({ user: www, group: www, groups: [www], dacOverride: false, warnings: [] });
    expect(c.why.user).toEqual({ because: 'User www-data (${APACHE_RUN_USER})', origin: envvars });
  });

  it('W1: the passwd primary group is not among the groups unless /etc/group lists the user', () => {
    const db = makeDb(
      'x',
      [['app', 1000, 'app']],
      [
        ['app', 1000],
        ['www-data', 33],
        ['deploy', 2000, ['app']],
      ],
    );
    const c = credsOf({ db, user: setting('app'), group: setting('www-data') });
    expect(c.groups).toEqual([www, { name: 'deploy', id: 2000 }]);
    expect(c.why.groups.because).toMatch(/not the passwd primary group of app/);
  });

  it('User #33 with a passwd entry: initgroups of its name; Group #33 without a lookup', () => {
    const c = credsOf({ user: setting('#33'), group: setting('#33') });
    expect([c.user, c.group]).toEqual([www, www]);
  });
});

describe('children that stay root (W2)', () => {
  it('User #4242 without a passwd entry: AH02155, the children keep running as root', () => {
    const c = credsOf({ user: setting('#4242'), group: setting('www-data') });
    expect(c).toMatchObject({ user: root, group: root, dacOverride: true });
    expect(c.warnings).toEqual([
      "AH02155: getpwuid: couldn't determine user name from uid 4242, you probably need to modify the User directive",
    ]);
  });

  it('no User and no Group: the compiled #-1, AH02155', () => {
    const c = credsOf({});
    expect(c.dacOverride).toBe(true);
    expect(c.warnings[0]).toMatch(/^AH02155: .* from uid 4294967295,/);
    expect(c.why.user.origin).toEqual(compiled.origin);
  });

  it('User without Group: setgid(-1) fails (AH02156)', () => {
    const c = credsOf({ user: setting('www-data') });
    expect(c).toMatchObject({
      user: root,
      dacOverride: true,
      warnings: ['AH02156: setgid: unable to set group id to Group 4294967295'],
    });
  });
});

describe('refusals (W3)', () => {
  it('User root, or any name with uid 0, or #0', () => {
    for (const value of ['root', '#0', '#abc']) {
      expect(run({ user: setting(value), group: setting('www-data') })).toMatchObject({
        kind: 'failure',
        message: expect.stringMatching(
          /^Error: Apache has not been designed to serve pages while running as root/,
        ),
        origin: { kind: 'source', location: at(10) },
      });
    }
  });

  it('an unknown user or group, in httpd words', () => {
    expect(run({ user: setting('nobody-at-all'), group: setting('www-data') })).toMatchObject({
      kind: 'failure',
      message: 'AH00543: apache2: bad user name nobody-at-all',
    });
    expect(run({ user: setting('www-data'), group: setting('nginx-group', 11) })).toEqual({
      kind: 'failure',
      message: 'AH00544: apache2: bad group name nginx-group',
      origin: { kind: 'source', location: at(11) },
    });
  });

  it('an undefined ${APACHE_RUN_GROUP} kept as written is a bad group name', () => {
    expect(run({ user: setting('www-data'), group: setting('${APACHE_RUN_GROUP}') })).toMatchObject({
      message: 'AH00544: apache2: bad group name ${APACHE_RUN_GROUP}',
    });
  });
});

describe('what is not known stays undecided', () => {
  it('a name the machine may have', () => {
    expect(run({ user: setting('deploy'), group: setting('www-data'), accountsKnown: false })).toEqual({
      kind: 'undecided',
      reason: 'whether the user deploy exists on the machine is not known',
      origin: { kind: 'source', location: at(10) },
    });
    expect(run({ user: setting('#4242'), group: setting('www-data'), accountsKnown: false })).toMatchObject({
      kind: 'undecided',
      reason: 'whether uid 4242 has a passwd entry is not known',
    });
  });

  it('a User in a block whose condition is not decided', () => {
    const user = setting('www-data', 10, { undecided: '<IfModule mpm_itk_module> at x:3: not known' });
    expect(run({ user, group: setting('www-data') })).toMatchObject({
      kind: 'undecided',
      reason: user.undecided,
    });
  });
});

it('a master that is not root: the children keep its credentials', () => {
  const origin = { kind: 'default', description: 'docker run --user 33:33' } as const;
  const c = credsOf({
    user: setting('www-data'),
    group: setting('www-data'),
    master: { user: { id: 33 }, group: { id: 33 }, origin },
  });
  expect(c).toMatchObject({ user: www, group: www, dacOverride: false });
  expect(c.why.user.origin).toBe(origin);
});
