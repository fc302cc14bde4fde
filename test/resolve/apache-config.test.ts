/** The Apache loader's decisions that the oracle cannot show, and the platform data against the installed packages. */
import { describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type {
  ApacheClient,
  ApacheConfig,
  LoadApacheOptions,
} from '../../src/engine/resolve/apache-config.js';
import { apacheOptions, loadApache } from '../../src/engine/resolve/apache-config.js';
import { knownEnvironment, readEnvvars } from '../../src/engine/resolve/apache-envvars.js';
import {
  apacheBuiltins,
  debianApache,
  debianPhpFpmConf,
  rhelApache,
} from '../../src/engine/resolve/platforms-apache.js';
import { UnitFs } from '../../src/engine/resolve/deployed-fs.js';
import { debianCaddy } from '../../src/engine/resolve/platforms-caddy.js';
import { hiddenByPrivateTmp, serviceSettings, unitFiles } from '../../src/engine/resolve/service-unit.js';
import { FIXTURES, fixtureFs, inlineFs, mainOf } from './deployed-fixtures.js';
import { loadShellParser } from '../../src/engine/parse/provision/shell-syntax.js';

// Debian's envvars is read by the shell interpreter (the fixtures are loaded as the tests are collected).
await loadShellParser();

const DEBIAN_STATIC = debianApache().staticModules;
const defaults = { kind: 'default', description: 'test' } as const;

/** Loads `/srv/t/main.conf` from inline files, with Debian's binary and a known, empty environment. */
function load(files: Record<string, string>, options: Partial<LoadApacheOptions> = {}): ApacheConfig {
  const fs = inlineFs(Object.fromEntries(Object.entries(files).map(([n, t]) => [`/srv/t/${n}`, t])));
  return loadApache(mainOf(fs, '/srv/t/main.conf'), fs, {
    serverRoot: '/srv/t',
    staticModules: DEBIAN_STATIC,
    environment: knownEnvironment({}, defaults, true),
    ...options,
  });
}

const FCGI =
  'LoadModule proxy_module /usr/lib/apache2/modules/mod_proxy.so\nLoadModule proxy_fcgi_module /usr/lib/apache2/modules/mod_proxy_fcgi.so\n';

const targets = (config: ApacheConfig) =>
  config.clients.map((c) => [
    `${c.directive}:${c.location.line}`,
    c.target.kind === 'unix'
      ? c.target.path
      : c.target.kind === 'tcp'
        ? c.target.address
        : c.target.unresolved.what.join('; '),
    ...(c.scope ? [c.scope] : []),
  ]);

describe('conditions the repository does not settle', () => {
  it('reads the block, and marks its clients undecided with the reason', () => {
    const fs = inlineFs({
      '/srv/t/main.conf': `${FCGI}IncludeOptional /srv/t/mods/*.load\n<IfModule mpm_itk_module>\n  <FilesMatch \\.php$>\n    SetHandler "proxy:unix:/run/php/itk.sock|fcgi://localhost"\n  </FilesMatch>\n</IfModule>\n`,
    });
    const shipped = new UnitFs([{ pattern: '/srv/t/mods/*.load', description: 'modules of the image' }]);
    for (const f of fs.all()) shipped.set(f);
    const config = loadApache(mainOf(shipped, '/srv/t/main.conf'), shipped, {
      serverRoot: '/srv/t',
      staticModules: DEBIAN_STATIC,
      environment: knownEnvironment({}, defaults, true),
    });
    const [client] = config.clients as ApacheClient[];
    expect(client.undecided).toBe(
      '<IfModule mpm_itk_module> at srv/t/main.conf:4: mpm_itk_module may be loaded by a file that is not in the repository',
    );
    expect(client.target).toEqual({ kind: 'unresolved', unresolved: { what: [client.undecided] } });
    expect(client.ifApplied).toEqual({ kind: 'unix', path: '/run/php/itk.sock' });
    expect(config.modules.complete).toBe(false);
  });

  it('decides <IfModule> by the modules loaded so far (LoadModule is positional)', () => {
    const config = load({
      'main.conf': `<IfModule proxy_fcgi_module>\nDefine EARLY\n</IfModule>\n${FCGI}<IfModule mod_proxy_fcgi.c>\nDefine LATE\n</IfModule>\n<IfDefine EARLY>\nUser nobody\n</IfDefine>\n<IfDefine LATE>\nUser www-data\n</IfDefine>\n`,
    });
    expect(config.users.map((u) => u.value)).toEqual(['www-data']);
  });

  it('<IfVersion> against the releases the platform may have', () => {
    const text = (cond: string) => `<IfVersion ${cond}>\nUser a\n</IfVersion>\n`;
    const version = { min: '2.4.57', max: '2.4.999' };
    const users = (cond: string) => load({ 'main.conf': text(cond) }, { version }).users;
    expect(users('>= 2.4')).toMatchObject([{ value: 'a' }]);
    expect(users('< 2.4')).toEqual([]);
    expect(users('2.2.34')).toEqual([]);
    expect(users('< 2.4.60')).toMatchObject([
      { value: 'a', undecided: expect.stringMatching(/2\.4\.57 to 2\.4\.999/) },
    ]);
    expect(load({ 'main.conf': text('>= 2.4') }).users[0].undecided).toMatch(/version of httpd is not known/);
  });

  it('<IfFile> by the repository, then by what the caller knows of the machine', () => {
    const text = '<IfFile /srv/t/extra.conf>\nUser a\n</IfFile>\n<IfFile /etc/php/8.2>\nUser b\n</IfFile>\n';
    const config = load(
      { 'main.conf': text, 'extra.conf': '' },
      { fileExists: (p) => (p === '/etc/php/8.2' ? false : undefined) },
    );
    expect(config.users.map((u) => [u.value, u.undecided])).toEqual([['a', undefined]]);
    const unknown = load({ 'main.conf': text, 'extra.conf': '' });
    expect(unknown.users[1].undecided).toMatch(/whether \/etc\/php\/8.2 exists on the machine is not known/);
  });

  it('an environment that is not known leaves ${NAME} unknown, not undefined', () => {
    const config = load(
      { 'main.conf': `${FCGI}SetHandler "proxy:unix:\${SOCK}|fcgi://localhost"\n` },
      { environment: undefined },
    );
    expect(config.clients[0].target).toEqual({
      kind: 'unresolved',
      unresolved: { what: ['Apache variable ${SOCK}'] },
    });
    expect(config.notes).toEqual([]);
  });
});

describe('sockets', () => {
  it('A2: a relative unix: path is under DefaultRuntimeDir, the last one read; unix:/// is absolute', () => {
    const config = load({
      'main.conf': `${FCGI}DefaultRuntimeDir run\nProxyPass /a/ "unix:a.sock|fcgi://a/"\nDefaultRuntimeDir /var/run/apache2\nProxyPass /b/ "UNIX:///run/b.sock|fcgi://b/"\nProxyPass /c/ "unix:c.sock|fcgi://c/"\n`,
    });
    expect(targets(config)).toEqual([
      ['ProxyPass:4', '/var/run/apache2/a.sock'],
      ['ProxyPass:6', '/run/b.sock'],
      ['ProxyPass:7', '/var/run/apache2/c.sock'],
    ]);
  });

  it('a handler naming a <Proxy> worker with ProxySet connects to its socket; without ProxySet, to the host', () => {
    const config = load({
      'main.conf': `${FCGI}<Proxy "unix:/run/php/app.sock|fcgi://app">\n  ProxySet timeout=30\n</Proxy>\n<Proxy "unix:/run/php/other.sock|fcgi://other">\n</Proxy>\n<Location /a>\n  SetHandler proxy:fcgi://app\n</Location>\n<Location /o>\n  SetHandler proxy:fcgi://other\n</Location>\n`,
    });
    expect(targets(config)).toEqual([
      ['SetHandler:9', '/run/php/app.sock'],
      ['SetHandler:12', 'other:8000'],
    ]);
    expect(config.clients[0].worker).toMatchObject({ name: 'fcgi://app', location: { line: 3 } });
  });

  it('A4: a ProxyPass worker whose name prefixes the handler URL takes its requests, by scope', () => {
    const config = load({
      'main.conf': `${FCGI}ProxyPass /old/ "unix:/run/php/old.sock|fcgi://localhost/srv/old/"\n<Directory /srv/www>\n  SetHandler "proxy:unix:/run/php/www.sock|fcgi://localhost"\n</Directory>\n<Directory /srv/old/app>\n  SetHandler "proxy:unix:/run/php/www.sock|fcgi://localhost"\n</Directory>\nSetHandler "proxy:unix:/run/php/www.sock|fcgi://localhost"\nSetHandler "proxy:unix:/run/php/php82.sock|fcgi://php82"\n`,
    });
    expect(targets(config)).toEqual([
      ['ProxyPass:3', '/run/php/old.sock'],
      // In /srv/www no request can reach the worker's path.
      ['SetHandler:5', '/run/php/www.sock'],
      // Everything under /srv/old/app goes to the worker.
      ['SetHandler:8', '/run/php/old.sock'],
      // Anywhere: files under /srv/old/ go to the worker, the rest to the handler's socket.
      ['SetHandler:10', '/run/php/old.sock', 'files under /srv/old/'],
      ['SetHandler:10', '/run/php/www.sock'],
      // A label of its own (W9) avoids it.
      ['SetHandler:11', '/run/php/php82.sock'],
    ]);
    expect(config.clients[1].worker).toBeUndefined();
    expect(config.clients[2].worker?.why).toMatch(
      /longest worker name that prefixes this handler's URL fcgi:\/\/localhost<file path>/,
    );
  });

  it('a second ProxyPass whose URL an earlier worker prefixes shares that worker and its socket (AH01145)', () => {
    const config = load({
      'main.conf': `${FCGI}ProxyPass /a/ "unix:/run/php/a.sock|fcgi://localhost/"\nProxyPass /b/ "unix:/run/php/b.sock|fcgi://localhost/srv/b/"\n`,
    });
    expect(targets(config)).toEqual([
      ['ProxyPass:3', '/run/php/a.sock'],
      ['ProxyPass:4', '/run/php/a.sock'],
    ]);
    expect(config.clients[1].worker?.why).toMatch(/AH01145/);
  });

  it('TCP targets get the scheme default port; a handler URL with a host for the socket fails every request', () => {
    const config = load({
      'main.conf': `${FCGI}SetHandler proxy:fcgi://127.0.0.1:9000\nProxyPassMatch ^/(.*\\.php)$ fcgi://php/srv/$1\nSetHandler "proxy:unix://run/x.sock|fcgi://localhost"\n`,
    });
    expect(targets(config)).toEqual([
      ['SetHandler:3', '127.0.0.1:9000'],
      ['ProxyPassMatch:4', 'php:8000'],
    ]);
    expect(config.notes.map((n) => n.code)).toEqual(['apache-handler-invalid']);
  });

  it('W12: a handler without mod_proxy_fcgi does not connect: the files are served as they are', () => {
    const config = load({
      'main.conf':
        'LoadModule proxy_module /usr/lib/apache2/modules/mod_proxy.so\nSetHandler "proxy:unix:/run/php/x.sock|fcgi://localhost"\n',
    });
    expect(config.clients).toEqual([]);
    expect(config.inertHandlers).toEqual([
      expect.objectContaining({
        raw: 'proxy:unix:/run/php/x.sock|fcgi://localhost',
        missing: 'proxy_fcgi_module',
      }),
    ]);
    expect(config.notes[0]).toMatchObject({ level: 'error', code: 'apache-handler-inert' });
  });

  it('BalancerMember sockets, inside <Proxy balancer://> and with the balancer named', () => {
    const config = load({
      'main.conf': `${FCGI}<Proxy balancer://php>\n  BalancerMember "unix:/run/php/a.sock|fcgi://a" timeout=5\n</Proxy>\nBalancerMember balancer://php "unix:/run/php/b.sock|fcgi://b"\n`,
    });
    expect(targets(config)).toEqual([
      ['BalancerMember:4', '/run/php/a.sock'],
      ['BalancerMember:6', '/run/php/b.sock'],
    ]);
  });
});

describe('User and Group', () => {
  it('the last one read wins and each keeps where it came from', () => {
    const config = load({ 'main.conf': 'User a\nGroup g\nUser b\n' });
    expect(config.user).toEqual({
      user: 'b',
      group: 'g',
      location: expect.objectContaining({ line: 3 }),
      groupLocation: expect.objectContaining({ line: 2 }),
    });
  });
});

describe('Debian layout', () => {
  it('envvars as apache2ctl sources it; an envvars without APACHE_RUN_GROUP leaves ${APACHE_RUN_GROUP} (W3)', () => {
    const dir = path.join(FIXTURES, 'apache', 'debian-php82');
    const fs = fixtureFs(dir);
    const envvars = fs.get('/etc/apache2/envvars')!;
    fs.set({
      ...envvars,
      file: { ...envvars.file, text: envvars.file.text.replace(/^export APACHE_RUN_GROUP=.*$/m, '') },
    });
    const config = loadApache(mainOf(fs, '/etc/apache2/apache2.conf'), fs, apacheOptions(debianApache(), fs));
    expect(config.groups.at(-1)?.value).toBe('${APACHE_RUN_GROUP}');
    expect(config.notes).toContainEqual(
      expect.objectContaining({
        message: expect.stringMatching(/^AH00111: Config variable \$\{APACHE_RUN_GROUP\} is not defined/),
      }),
    );
  });

  it('envvars run by the shell: each value with the line that sets it; the instance branch; what it cannot know', () => {
    const apache2ctl = { kind: 'default', description: 'apache2ctl' } as const;
    const start = knownEnvironment({ APACHE_CONFDIR: '/etc/apache2-blue' }, apache2ctl, true);
    const text = [
      'if [ "${APACHE_CONFDIR##/etc/apache2-}" != "${APACHE_CONFDIR}" ] ; then',
      '\tSUFFIX="-${APACHE_CONFDIR##/etc/apache2-}"',
      'else',
      '\tSUFFIX=',
      'fi',
      'export APACHE_RUN_USER=www-data APACHE_RUN_DIR=/var/run/apache2$SUFFIX',
      'APACHE_RUN_GROUP=$(id -gn)',
      'unset LANG',
      '',
    ].join('\n');
    const file = {
      deployedPath: '/etc/apache2-blue/envvars',
      file: { path: 'etc/apache2-blue/envvars', absPath: '/r', text, hadBom: false, crlf: false },
    };
    const env = readEnvvars(
      file,
      knownEnvironment({ APACHE_CONFDIR: '/etc/apache2-blue', LANG: 'C' }, apache2ctl, true),
    );
    expect(env.vars.get('APACHE_RUN_DIR')).toEqual({
      value: '/var/run/apache2-blue',
      origin: {
        kind: 'source',
        location: { file: 'etc/apache2-blue/envvars', line: 6, column: 33, endLine: 6, endColumn: 71 },
      },
    });
    expect(env.vars.get('APACHE_RUN_USER')?.origin).toMatchObject({
      location: { line: 6, column: 8, endColumn: 32 },
    });
    expect(env.vars.get('APACHE_CONFDIR')?.origin).toEqual({ kind: 'default', description: 'apache2ctl' });
    expect([...env.unknown]).toEqual(['APACHE_RUN_GROUP']);
    expect(env.vars.has('LANG')).toBe(false);
    expect(env.complete).toBe(true);
    const sourcing = {
      ...file,
      file: { ...file.file, text: '. /etc/default/apache2\nexport APACHE_RUN_USER=www-data\n' },
    };
    expect(readEnvvars(sourcing, start).complete).toBe(false);
  });

  it('the package files apply unless the repository manages their directory', () => {
    const flavour = debianApache({ modules: ['proxy_fcgi'], confs: ['php8.2-fpm'], phpFpm: ['8.2'] });
    const paths = flavour.files.map((f) => f.deployedPath);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/etc/apache2/mods-enabled/proxy.load',
        '/etc/apache2/mods-enabled/proxy_fcgi.load',
        '/etc/apache2/conf-enabled/php8.2-fpm.conf',
      ]),
    );
    const kept = apacheBuiltins(flavour, ['/etc/apache2/mods-enabled/rewrite.load']).map(
      (f) => f.deployedPath,
    );
    expect(kept).not.toContain('/etc/apache2/mods-enabled/proxy.load');
    expect(kept).toContain('/etc/apache2/conf-enabled/php8.2-fpm.conf');
  });

  it('a stock Debian host with php8.2-fpm enabled connects to the package socket', () => {
    const flavour = debianApache({
      modules: ['proxy_fcgi', 'setenvif'],
      confs: ['php8.2-fpm'],
      phpFpm: ['8.2'],
    });
    const fs = new UnitFs([]);
    for (const f of flavour.files) {
      fs.set({
        deployedPath: f.deployedPath,
        file: {
          path: f.deployedPath.slice(1),
          absPath: f.deployedPath,
          text: f.text,
          hadBom: false,
          crlf: false,
        },
        builtin: flavour.description,
      });
    }
    const config = loadApache(mainOf(fs, flavour.mainPath), fs, apacheOptions(flavour, fs));
    expect(config.problems).toEqual([]);
    expect(targets(config)).toEqual([['SetHandler:7', '/run/php/php8.2-fpm.sock']]);
    expect(config.users.at(-1)?.value).toBe('www-data');
  });

  it('the service hides /tmp sockets (W8), unless a drop-in turns PrivateTmp off', () => {
    const settings = (files: Record<string, string>, flavour = debianApache()) => {
      const fs = inlineFs(files);
      const unit = flavour.unit!;
      fs.set({
        deployedPath: unit.deployedPath,
        file: {
          path: unit.deployedPath.slice(1),
          absPath: unit.deployedPath,
          text: unit.text,
          hadBom: false,
          crlf: false,
        },
        builtin: flavour.description,
      });
      return serviceSettings(unitFiles(fs, unit.deployedPath.slice(unit.deployedPath.lastIndexOf('/') + 1)));
    };
    const stock = settings({});
    expect([
      hiddenByPrivateTmp(stock, '/tmp/php.sock'),
      hiddenByPrivateTmp(stock, '/run/php/x.sock'),
    ]).toEqual([true, false]);
    expect(hiddenByPrivateTmp(settings({}, rhelApache()), '/var/tmp/x.sock')).toBe(true);
    const off = settings({ '/etc/systemd/system/apache2.service.d/tmp.conf': '[Service]\nPrivateTmp=no\n' });
    expect(hiddenByPrivateTmp(off, '/tmp/php.sock')).toBe(false);
  });

  const INSTALLED = '/etc/apache2';
  (existsSync(`${INSTALLED}/apache2.conf`) ? it : it.skip)(
    'the stock texts are those of the installed packages, comments dropped',
    () => {
      const directives = (text: string) =>
        text
          .split('\n')
          .map((l) => l.trim())
          .filter((l) => l !== '' && !l.startsWith('#'));
      const flavour = debianApache({ phpFpm: ['8.2'] });
      for (const name of [
        'apache2.conf',
        'ports.conf',
        'sites-available/000-default.conf',
        'conf-available/security.conf',
        'conf-available/serve-cgi-bin.conf',
      ]) {
        const ours = flavour.files.find((f) => f.deployedPath === `${INSTALLED}/${name}`)!;
        expect(directives(ours.text)).toEqual(directives(readFileSync(`${INSTALLED}/${name}`, 'utf8')));
      }
      for (const unit of [flavour.unit!, debianCaddy().unit!]) {
        if (existsSync(unit.deployedPath))
          expect(directives(unit.text)).toEqual(directives(readFileSync(unit.deployedPath, 'utf8')));
      }
      const php = `${INSTALLED}/conf-available/php8.2-fpm.conf`;
      if (existsSync(php))
        expect(directives(debianPhpFpmConf('8.2'))).toEqual(directives(readFileSync(php, 'utf8')));
    },
  );
});
