import { describe, expect, it } from '@jest/globals';
import { parseUnit } from '../../src/engine/parse/systemd/unit.js';
import { caddyImage, debianCaddy, withCaddyAccounts } from '../../src/engine/resolve/platforms-caddy.js';
import { serviceSettings, unitBoolean, unitFiles } from '../../src/engine/resolve/service-unit.js';
import { UnitFs } from '../../src/engine/resolve/deployed-fs.js';
import { caddyIdentity } from '../../src/engine/verdict/caddy-identity.js';
import type { WorkerCreds } from '../../src/engine/verdict/nginx-worker.js';
import { debian, makeDb } from './fixtures.js';
import { inlineFs } from '../resolve/deployed-fixtures.js';

const flavour = debianCaddy();
/** A Debian host with Debian's caddy unit, and the repository's files on top. */
function host(files: Record<string, string> = {}): UnitFs {
  const fs = inlineFs(files);
  const unit = flavour.unit!;
  if (!fs.get(unit.deployedPath)) {
    fs.set({
      deployedPath: unit.deployedPath,
      file: {
        path: `(${flavour.description})${unit.deployedPath}`,
        absPath: unit.deployedPath,
        text: unit.text,
        hadBom: false,
        crlf: false,
      },
      builtin: flavour.description,
    });
  }
  return fs;
}
const db = withCaddyAccounts(debian, flavour);

function credsOf(fs: UnitFs, database = db): WorkerCreds {
  const r = caddyIdentity({ service: serviceSettings(unitFiles(fs, 'caddy.service')), db: database });
  if (r.kind !== 'creds') throw new Error(JSON.stringify(r));
  return r;
}
const names = (c: WorkerCreds) => [c.user.name, c.group.name, c.groups.map((g) => g.name)];

describe('the unit reader', () => {
  it('reads sections, assignments, comments and continued lines with positions', () => {
    const units = parseUnit(
      '[Service]\n# c\n; c\nUser = caddy\nSupplementaryGroups=a \\\n  b\r\nExecStart=/x\n[Install]\nWantedBy=multi-user.target\n',
    );
    expect(units.map((u) => [u.section, u.key, u.value, u.span.line])).toEqual([
      ['Service', 'User', 'caddy', 4],
      ['Service', 'SupplementaryGroups', 'a    b', 5],
      ['Service', 'ExecStart', '/x', 7],
      ['Install', 'WantedBy', 'multi-user.target', 9],
    ]);
    expect(units[0].valueSpan).toEqual({ line: 4, column: 8, endLine: 4, endColumn: 13 });
  });
});

describe('Environment= of a service (systemd.exec(5))', () => {
  it('reads quoted and bare assignments across drop-ins; an empty assignment clears them', () => {
    const env = (text: string) =>
      [
        ...serviceSettings(
          unitFiles(host({ '/etc/systemd/system/caddy.service.d/a.conf': text }), 'caddy.service'),
        ).environment,
      ].map(([name, s]) => [name, s.value]);
    expect(env('[Service]\nEnvironment="SOCK=/run/php/a b.sock" X=1 novalue\nEnvironment=X=2\n')).toEqual([
      ['SOCK', '/run/php/a b.sock'],
      ['X', '2'],
    ]);
    expect(env("[Service]\nEnvironment='A=1'\nEnvironment=\nEnvironment=B=2\n")).toEqual([['B', '2']]);
  });
});

describe('Caddy under systemd (W4, W5)', () => {
  it("Debian's unit: caddy:caddy, with www-data from the package's postinst; PrivateTmp", () => {
    const fs = host();
    expect(names(credsOf(fs))).toEqual(['caddy', 'caddy', ['caddy', 'www-data']]);
    expect(unitBoolean(serviceSettings(unitFiles(fs, 'caddy.service')).privateTmp)).toBe(true);
  });

  it('a drop-in with only User=W keeps Group=caddy, and W loses its passwd primary group', () => {
    const fs = host({ '/etc/systemd/system/caddy.service.d/override.conf': '[Service]\nUser=www-data\n' });
    const c = credsOf(fs);
    expect(names(c)).toEqual(['www-data', 'caddy', ['caddy']]);
    expect(c.why.user.origin).toEqual({
      kind: 'source',
      location: {
        file: 'etc/systemd/system/caddy.service.d/override.conf',
        line: 2,
        column: 1,
        endLine: 2,
        endColumn: 14,
      },
    });
  });

  it('Group=G replaces the primary group and drops caddy from the groups; SupplementaryGroups= adds', () => {
    const fs = host({
      '/etc/systemd/system/caddy.service.d/10-group.conf': '[Service]\nGroup=g3000\n',
      '/etc/systemd/system/caddy.service.d/20-extra.conf': '[Service]\nSupplementaryGroups=nginx\n',
    });
    expect(names(credsOf(fs))).toEqual(['caddy', 'g3000', ['g3000', 'www-data', 'nginx']]);
  });

  it('an empty SupplementaryGroups= clears the list; drop-ins apply by file name, /etc before /lib', () => {
    const fs = host({
      '/lib/systemd/system/caddy.service.d/10-a.conf': '[Service]\nSupplementaryGroups=nginx\n',
      '/etc/systemd/system/caddy.service.d/10-a.conf': '[Service]\nSupplementaryGroups=g3000\n',
      '/etc/systemd/system/caddy.service.d/20-b.conf': '[Service]\nSupplementaryGroups=\n',
    });
    expect(unitFiles(fs, 'caddy.service').map((f) => f.deployedPath)).toEqual([
      '/lib/systemd/system/caddy.service',
      '/etc/systemd/system/caddy.service.d/10-a.conf',
      '/etc/systemd/system/caddy.service.d/20-b.conf',
    ]);
    expect(names(credsOf(fs))[2]).toEqual(['caddy', 'www-data']);
  });

  it('User=root, no User=, and an unknown user', () => {
    expect(
      credsOf(host({ '/etc/systemd/system/caddy.service.d/r.conf': '[Service]\nUser=root\n' })).dacOverride,
    ).toBe(true);
    const none = host({ '/etc/systemd/system/caddy.service': '[Service]\nExecStart=/usr/bin/caddy run\n' });
    expect(credsOf(none)).toMatchObject({ user: { name: 'root', id: 0 }, dacOverride: true });
    const unknown = host({ '/etc/systemd/system/caddy.service.d/u.conf': '[Service]\nUser=deploy\n' });
    expect(
      caddyIdentity({ service: serviceSettings(unitFiles(unknown, 'caddy.service')), db }),
    ).toMatchObject({
      kind: 'failure',
      message: expect.stringMatching(/^Failed to determine user credentials/),
    });
    expect(
      caddyIdentity({
        service: serviceSettings(unitFiles(unknown, 'caddy.service')),
        db,
        accountsKnown: false,
      }),
    ).toMatchObject({ kind: 'undecided' });
  });
});

describe('Caddy in a container', () => {
  it('the official image runs as root; a USER decides otherwise', () => {
    const image = caddyImage('caddy:2.8-alpine');
    expect([image.version, image.container?.workingDirectory]).toEqual(['current', '/srv']);
    expect(caddyImage('caddy:2.6.4').version).toBe('2.6');
    const origin = { kind: 'default', description: 'the caddy image runs as root' } as const;
    const root = caddyIdentity({ process: { user: { id: 0 }, origin }, db: debian });
    expect(root).toMatchObject({ kind: 'creds', user: { name: 'root', id: 0 }, dacOverride: true });
    const alpine = makeDb('alpine', [['app', 1001, 'root']], [['root', 0]]);
    const user = caddyIdentity({ process: { user: { id: 1001 }, origin }, db: alpine });
    expect(user).toMatchObject({
      kind: 'creds',
      user: { name: 'app', id: 1001 },
      group: { name: 'root', id: 0 },
      dacOverride: false,
    });
  });
});
