import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import type { DeployedFile, DeployedFs, FpmConfig } from '../../src/engine/model.js';
import { UnitFs } from '../../src/engine/resolve/deployed-fs.js';
import { loadFpm, type LoadFpmOptions } from '../../src/engine/resolve/fpm-config.js';

/** The deployed filesystem of a unit made of `{ deployedPath: text }`; `shipped` paths count as shipped. */
function memFs(
  files: Record<string, string>,
  shipped: string[] = [],
): DeployedFs & { at(path: string): DeployedFile } {
  const fs = new UnitFs(shipped.map((pattern) => ({ pattern, description: 'shipped' })));
  for (const [deployedPath, text] of Object.entries(files)) {
    fs.set({
      deployedPath,
      file: { path: `repo${deployedPath}`, absPath: `/x${deployedPath}`, text, hadBom: false, crlf: false },
    });
  }
  return Object.assign(fs, {
    at(path: string): DeployedFile {
      const hit = fs.get(path);
      if (!hit) throw new Error(`no ${path}`);
      return hit;
    },
  });
}

const DEBIAN: LoadFpmOptions = { prefix: '/usr', aclSupported: true };
const DOCKER: LoadFpmOptions = { prefix: '/usr/local', aclSupported: false };
const POOL = 'user = www-data\npm = static\npm.max_children = 1\n';

/** Loads `/etc/fpm/php-fpm.conf` from the given files. */
function load(
  files: Record<string, string>,
  opts: LoadFpmOptions = DEBIAN,
  main = '/etc/fpm/php-fpm.conf',
): FpmConfig {
  const fs = memFs(files);
  return loadFpm(fs.at(main), fs, opts);
}
/** Loads a single main file holding `text`. */
const loadText = (text: string, opts: LoadFpmOptions = DEBIAN): FpmConfig =>
  load({ '/etc/fpm/php-fpm.conf': text }, opts);
const messages = (config: FpmConfig): string[] => config.problems.map((p) => p.message);
const fixture = (path: string): string =>
  readFileSync(new URL(`../fixtures/fpm/${path}`, import.meta.url), 'utf8');
const at = (line: number, column: number, endColumn: number, file = 'repo/etc/fpm/php-fpm.conf') => ({
  file,
  line,
  column,
  endLine: line,
  endColumn,
});

describe('distribution and image configurations', () => {
  it("reads Debian's stock php-fpm.conf and www.conf (D7)", () => {
    const config = load(
      {
        '/etc/php/8.2/fpm/php-fpm.conf': fixture('debian/php-fpm.conf'),
        '/etc/php/8.2/fpm/pool.d/www.conf': fixture('debian/www.conf'),
      },
      DEBIAN,
      '/etc/php/8.2/fpm/php-fpm.conf',
    );
    expect(config.problems).toEqual([]);
    expect(config.notes).toEqual([]);
    expect(config.files.map((f) => f.deployedPath)).toEqual([
      '/etc/php/8.2/fpm/php-fpm.conf',
      '/etc/php/8.2/fpm/pool.d/www.conf',
    ]);
    expect(config.global.get('pid')?.value).toBe('/run/php/php8.2-fpm.pid');
    expect(config.pools.map((p) => p.name)).toEqual(['www']);
    const www = config.pools[0];
    expect(www.listen?.address).toEqual({ kind: 'unix', path: '/run/php/php8.2-fpm.sock' });
    expect(www.listen?.setting.valueLocation).toEqual(at(41, 10, 34, 'repo/etc/php/8.2/fpm/pool.d/www.conf'));
    expect(www.settings.get('listen.owner')?.value).toBe('www-data');
    expect(www.settings.get('listen.group')?.value).toBe('www-data');
    expect(www.settings.has('listen.mode')).toBe(false);
    expect(www.sections).toEqual([at(4, 1, 6, 'repo/etc/php/8.2/fpm/pool.d/www.conf')]);
  });

  const image = (layout: string, extra: Record<string, string> = {}): FpmConfig =>
    load(
      {
        '/usr/local/etc/php-fpm.conf': fixture(`${layout}/php-fpm.conf`),
        '/usr/local/etc/php-fpm.d/docker.conf': fixture(`${layout}/docker.conf`),
        '/usr/local/etc/php-fpm.d/www.conf': fixture(`${layout}/www.conf`),
        '/usr/local/etc/php-fpm.d/zz-docker.conf': fixture(`${layout}/zz-docker.conf`),
        ...extra,
      },
      DOCKER,
      '/usr/local/etc/php-fpm.conf',
    );
  const socketPool = '[www]\nlisten = /run/php/php-fpm.sock\n';

  describe('php:8.2-fpm before 2026-01 (D1)', () => {
    it('resolves the relative include against /usr/local and listens on TCP 9000 from zz-docker.conf', () => {
      const config = image('docker-pre2026');
      expect(config.problems).toEqual([]);
      expect(config.files.map((f) => f.deployedPath)).toEqual([
        '/usr/local/etc/php-fpm.conf',
        '/usr/local/etc/php-fpm.d/docker.conf',
        '/usr/local/etc/php-fpm.d/www.conf',
        '/usr/local/etc/php-fpm.d/zz-docker.conf',
      ]);
      const www = config.pools[0];
      expect(www.listen?.address).toEqual({ kind: 'tcp', address: '9000' });
      expect(www.listen?.setting.location.file).toBe('repo/usr/local/etc/php-fpm.d/zz-docker.conf');
      expect(www.assignments.filter((s) => s.key === 'listen').map((s) => s.value)).toEqual([
        '127.0.0.1:9000',
        '9000',
      ]);
      expect(config.global.get('daemonize')?.value).toBe('');
      expect(www.settings.get('clear_env')?.value).toBe('');
      expect(www.settings.get('catch_workers_output')?.value).toBe('1');
    });

    it('overrides a user socket file that sorts before zz-docker.conf back to TCP 9000', () => {
      const before = image('docker-pre2026', { '/usr/local/etc/php-fpm.d/www-socket.conf': socketPool });
      expect(before.pools[0].listen?.address).toEqual({ kind: 'tcp', address: '9000' });
      const after = image('docker-pre2026', { '/usr/local/etc/php-fpm.d/zzz-app.conf': socketPool });
      expect(after.pools[0].listen?.address).toEqual({ kind: 'unix', path: '/run/php/php-fpm.sock' });
    });
  });

  describe('php:8.2-fpm from 2026-01 (D1)', () => {
    it('takes listen = 9000 from docker.conf; the empty [www] of zz-docker.conf changes nothing', () => {
      const config = image('docker-2026');
      expect(config.problems).toEqual([]);
      const www = config.pools[0];
      expect(www.listen?.address).toEqual({ kind: 'tcp', address: '9000' });
      expect(www.listen?.setting.location.file).toBe('repo/usr/local/etc/php-fpm.d/docker.conf');
      expect(www.sections).toHaveLength(3);
    });

    it('lets a user file sorting after docker.conf win, and one sorting before it lose', () => {
      const after = image('docker-2026', { '/usr/local/etc/php-fpm.d/zz-app.conf': socketPool });
      expect(after.pools[0].listen?.address).toEqual({ kind: 'unix', path: '/run/php/php-fpm.sock' });
      const before = image('docker-2026', { '/usr/local/etc/php-fpm.d/app.conf': socketPool });
      expect(before.pools[0].listen?.address).toEqual({ kind: 'tcp', address: '9000' });
    });

    it('refuses the ACL keys: the official images are built without --with-fpm-acl (F7)', () => {
      const config = image('docker-2026', {
        '/usr/local/etc/php-fpm.d/zz-app.conf':
          '[www]\nlisten = /run/php/fpm.sock\nlisten.acl_users = nginx\n',
      });
      expect(config.problems).toEqual([
        {
          message: "unknown entry 'listen.acl_users'",
          location: at(3, 1, 25, 'repo/usr/local/etc/php-fpm.d/zz-app.conf'),
        },
      ]);
    });
  });
});

describe('includes (F23)', () => {
  it('prefixes a relative include with the FPM prefix, not the directory of the including file', () => {
    const config = load({
      '/etc/fpm/php-fpm.conf': 'include = pool.d/*.conf\n',
      '/etc/fpm/pool.d/a.conf': `[a]\n${POOL}listen = /run/a.sock\n`,
      '/usr/pool.d/b.conf': `[b]\n${POOL}listen = /run/b.sock\n`,
    });
    expect(config.pools.map((p) => p.name)).toEqual(['b']);
  });

  it('reads included files in byte order, later sections overriding earlier ones', () => {
    const config = load({
      '/etc/fpm/php-fpm.conf': 'include=/etc/fpm/d/*.conf\n',
      '/etc/fpm/d/b.conf': '[p]\nlisten.owner = nginx\nlisten = /run/b.sock\n',
      '/etc/fpm/d/a.conf': `[p]\n${POOL}listen = /run/a.sock\nlisten.owner = www-data\n`,
      '/etc/fpm/d/B.conf': '[p]\nlisten.group = upper\n',
    });
    const p = config.pools[0];
    expect(config.files.map((f) => f.deployedPath)).toEqual([
      '/etc/fpm/php-fpm.conf',
      '/etc/fpm/d/B.conf',
      '/etc/fpm/d/a.conf',
      '/etc/fpm/d/b.conf',
    ]);
    expect(p.listen?.address).toEqual({ kind: 'unix', path: '/run/b.sock' });
    expect(p.settings.get('listen.owner')?.value).toBe('nginx');
    expect(p.assignments.map((s) => `${s.key}=${s.value}`)).toEqual([
      'listen.group=upper',
      'user=www-data',
      'pm=static',
      'pm.max_children=1',
      'listen=/run/a.sock',
      'listen.owner=www-data',
      'listen.owner=nginx',
      'listen=/run/b.sock',
    ]);
  });

  it('applies the lines after include= to the section the included files opened last (X1)', () => {
    const config = load({
      '/etc/fpm/php-fpm.conf': '[global]\ninclude=/etc/fpm/d/*.conf\nlisten.owner = www-data\n',
      '/etc/fpm/d/www.conf': `[www]\n${POOL}listen = /run/www.sock\n`,
    });
    expect(config.problems).toEqual([]);
    expect(config.pools[0].settings.get('listen.owner')?.location).toEqual(at(3, 1, 24));
  });

  it('notes an include that is not in the repository', () => {
    const config = load({
      '/etc/fpm/php-fpm.conf': `include=/etc/elsewhere.conf\n[www]\n${POOL}listen = /run/a.sock\n`,
    });
    expect(config.notes).toEqual([
      {
        level: 'notice',
        code: 'include-not-in-repo',
        message: "'/etc/elsewhere.conf' is not in the repository; what it holds is not analysed",
        location: at(1, 1, 28),
      },
    ]);
    expect(config.problems).toEqual([]);
  });

  it('notes a glob that matches nothing (FPM only warns)', () => {
    const config = load({
      '/etc/fpm/php-fpm.conf': `include=/etc/fpm/none/*.conf\n[www]\n${POOL}listen = /run/a.sock\n`,
    });
    expect(config.notes.map((n) => n.code)).toEqual(['include-no-match']);
  });

  it('skips shipped files silently', () => {
    const fs = memFs(
      { '/etc/fpm/php-fpm.conf': `include=/etc/shipped.conf\n[www]\n${POOL}listen = /run/a.sock\n` },
      ['/etc/shipped.conf'],
    );
    const config = loadFpm(fs.at('/etc/fpm/php-fpm.conf'), fs, DEBIAN);
    expect(config.notes).toEqual([]);
  });

  it('notes include variables instead of guessing them', () => {
    const config = load({
      '/etc/fpm/php-fpm.conf': `include=\${CONF}/*.conf\n[www]\n${POOL}listen = /run/a.sock\n`,
    });
    expect(config.notes.map((n) => n.message)).toEqual([
      "include pattern '${CONF}/*.conf' depends on environment variable ${CONF}; not followed",
    ]);
  });

  it('stops an include loop with a note; FPM itself fails on the depth limit', () => {
    const config = load({
      '/etc/fpm/php-fpm.conf': `include=/etc/fpm/d/*.conf\n[www]\n${POOL}listen = /run/a.sock\n`,
      '/etc/fpm/d/a.conf': 'include=/etc/fpm/d/*.conf\n',
    });
    expect(config.notes.map((n) => n.code)).toEqual(['include-loop']);
    expect(config.problems).toEqual([
      {
        message: 'failed to include more than 5 files recursively',
        location: at(1, 1, 26, 'repo/etc/fpm/d/a.conf'),
      },
    ]);
  });

  it('reads at most 5 files deep, like FPM', () => {
    const files: Record<string, string> = {
      '/etc/fpm/php-fpm.conf': `include=/etc/fpm/l1.conf\n[www]\n${POOL}listen = /run/a.sock\n`,
    };
    for (let i = 1; i <= 5; i++) files[`/etc/fpm/l${i}.conf`] = `include=/etc/fpm/l${i + 1}.conf\n`;
    files['/etc/fpm/l5.conf'] = '[deep]\n';
    expect(load(files).problems.map((p) => [p.message, p.location.file])).toEqual([
      ['failed to include more than 5 files recursively', 'repo/etc/fpm/l4.conf'],
    ]);
    files['/etc/fpm/l4.conf'] = '[deep]\n';
    expect(load(files).pools.map((p) => p.name)).toEqual(['deep', 'www']);
  });

  it('only takes include in lower case', () => {
    expect(messages(loadText(`Include = /x\n[www]\n${POOL}listen = /run/a.sock\n`))).toEqual([
      "unknown entry 'Include'",
    ]);
  });
});

describe('sections and keys (F22, S7)', () => {
  it('re-opens pools case-insensitively, keeping the name as first written', () => {
    const config = loadText(
      `[p]\n${POOL}listen = /run/a.sock\n[global]\n[P]\nlisten.owner = www-data\n[GLOBAL]\npid = /run/x.pid\n`,
    );
    expect(config.pools).toHaveLength(1);
    expect(config.pools[0].name).toBe('p');
    expect(config.pools[0].sections).toEqual([at(1, 1, 4), at(7, 1, 4)]);
    expect(config.pools[0].settings.get('listen.owner')?.value).toBe('www-data');
    expect(config.global.get('pid')?.value).toBe('/run/x.pid');
  });

  it('matches scalar keys case-insensitively and keeps the key as written', () => {
    const config = loadText(`[www]\n${POOL}LISTEN = /run/a.sock\nListen.Owner = www-data\n`);
    const owner = config.pools[0].settings.get('listen.owner');
    expect(owner?.key).toBe('Listen.Owner');
    expect(owner?.keyLocation).toEqual(at(6, 1, 13));
    expect(owner?.valueLocation).toEqual(at(6, 16, 24));
    expect(config.pools[0].listen?.address).toEqual({ kind: 'unix', path: '/run/a.sock' });
  });

  it('lets the last assignment win and keeps all of them (G12)', () => {
    const config = loadText(`[www]\n${POOL}listen = /run/a.sock\nlisten.owner = a\nlisten.owner = b\n`);
    expect(config.pools[0].settings.get('listen.owner')?.value).toBe('b');
    expect(config.pools[0].assignments.filter((s) => s.key === 'listen.owner')).toHaveLength(2);
  });

  it('keeps array settings under name[key]', () => {
    const config = loadText(
      `[www]\n${POOL}listen = /run/a.sock\nphp_admin_value[error_log] = /var/log/$pool.log\nphp_flag[display_errors] = off\n`,
    );
    const settings = config.pools[0].settings;
    expect(settings.get('php_admin_value[error_log]')?.value).toBe('/var/log/www.log');
    expect(settings.get('php_flag[display_errors]')?.value).toBe('');
  });

  it('keeps what bare keywords and comments do to values (S2, S6)', () => {
    const config = loadText(
      `[www]\n${POOL}listen = /run/a.sock\nlisten.owner = none\nlisten.group = www-data;x\n`,
    );
    expect(config.pools[0].settings.get('listen.owner')?.value).toBe('');
    expect(config.pools[0].settings.get('listen.owner')?.raw).toBe('none');
    expect(config.pools[0].settings.get('listen.group')?.value).toBe('www-data');
  });
});

describe('$pool (F20)', () => {
  it('expands $pool in pool string values with the pool name', () => {
    const config = loadText(`[www2]\n${POOL}listen = /run/php/$pool.sock\n`);
    expect(config.pools[0].listen?.address).toEqual({ kind: 'unix', path: '/run/php/www2.sock' });
    expect(config.pools[0].listen?.setting.raw).toBe('/run/php/$pool.sock');
  });

  it('refuses $pool in [global]', () => {
    const config = loadText(`[global]\nerror_log = /var/log/$pool.log\n[www]\n${POOL}listen = /run/a.sock\n`);
    expect(config.problems).toEqual([
      {
        message:
          "unable to parse value for entry 'error_log': Can't use '$pool' when the pool is not defined",
        location: at(2, 1, 31),
      },
    ]);
  });
});

describe('listen (F11, F12, F19)', () => {
  const listen = (lines: string, opts: LoadFpmOptions = DEBIAN) =>
    loadText(`[www]\n${POOL}${lines}\n`, opts).pools[0].listen?.address;

  it('prefixes a relative path with the pool prefix, else the FPM prefix', () => {
    expect(listen('listen = rel.sock')).toEqual({ kind: 'unix', path: '/usr/rel.sock' });
    expect(listen('listen = rel.sock', DOCKER)).toEqual({ kind: 'unix', path: '/usr/local/rel.sock' });
    expect(listen('prefix = /srv/pfx\nlisten = pool/rel2.sock')).toEqual({
      kind: 'unix',
      path: '/srv/pfx/pool/rel2.sock',
    });
    expect(listen('prefix = var\nlisten = x.sock')).toEqual({ kind: 'unix', path: '/usr/var/x.sock' });
    // An empty prefix is still "set": FPM binds /rel.sock (checked with php-fpm 8.2).
    expect(listen('prefix =\nlisten = rel.sock')).toEqual({ kind: 'unix', path: '/rel.sock' });
  });

  it('reports /var/run as /run and keeps the value as written', () => {
    const config = loadText(`[www]\n${POOL}listen = /var/run/php/fpm.sock\n`);
    expect(config.pools[0].listen?.address).toEqual({ kind: 'unix', path: '/run/php/fpm.sock' });
    expect(config.pools[0].listen?.setting.value).toBe('/var/run/php/fpm.sock');
  });

  it('leaves a listen with ${VAR} unresolved, naming the variable', () => {
    const address = listen('listen = /run/php/${SOCK}.sock');
    expect(address).toEqual({ kind: 'unresolved', unresolved: { what: ['environment variable ${SOCK}'] } });
  });

  it('treats a path with a colon as TCP and refuses its port (G16)', () => {
    const config = loadText(`[www]\n${POOL}listen = /tmp/a:b.sock\n`);
    expect(config.pools[0].listen?.address).toEqual({ kind: 'tcp', address: '/tmp/a:b.sock' });
    expect(config.problems).toEqual([{ message: "invalid port value 'b.sock'", location: at(5, 10, 23) }]);
  });

  it('notes, without refusing, a socket path of 108 bytes or more', () => {
    const long = `/run/php/${'x'.repeat(94)}.sock`;
    expect(Buffer.byteLength(long)).toBe(108);
    const config = loadText(`[www]\n${POOL}listen = ${long}\n`);
    expect(config.problems).toEqual([]);
    expect(config.notes.map((n) => [n.level, n.code])).toEqual([['warning', 'socket-path-truncated']]);
    expect(config.notes[0].message).toContain(`'${long.slice(0, 107)}'`);
    expect(loadText(`[www]\n${POOL}listen = /run/php/${'x'.repeat(93)}.sock\n`).notes).toEqual([]);
  });

  it('refuses two pools on the same address, however it is spelled', () => {
    const same = loadText(`[a]\n${POOL}listen = /run/x.sock\n[b]\n${POOL}listen = /run/x.sock\n`);
    expect(messages(same)).toEqual([
      "[pool b] unable to set listen address as it's already used in another pool 'a'",
    ]);
    expect(same.problems[0].location).toEqual(at(10, 1, 21));
    // Checked with php-fpm 8.2: the second bind finds the first socket listening.
    const spelled = loadText(`[a]\n${POOL}listen = /run/x.sock\n[b]\n${POOL}listen = /run//x.sock\n`);
    expect(messages(spelled)).toEqual(['Another FPM instance seems to already listen on /run//x.sock']);
    expect(messages(loadText(`[a]\n${POOL}listen = 9000\n[b]\n${POOL}listen = 9000\n`))).toHaveLength(1);
  });
});

describe('what FPM refuses to start with', () => {
  it.each([
    ['# text', 'value is NULL for a ZEND_INI_PARSER_ENTRY'],
    ['#listen.owner = www-data', "unknown entry '#listen.owner'"],
    ['listen.user = www-data', "unknown entry 'listen.user'"],
    [
      'listen.mode = "0660',
      "syntax error, unexpected end of file, expecting TC_DOLLAR_CURLY or TC_QUOTED_STRING or '\"'",
    ],
    ["listen.owner = 'www-data", 'syntax error, unexpected end of file'],
    [
      'catch_workers_output = maybe',
      "unable to parse value for entry 'catch_workers_output': invalid boolean value",
    ],
    [
      'pm.max_requests = 1x',
      "unable to parse value for entry 'pm.max_requests': is not a valid number (greater or equal than zero)",
    ],
    ['php_flag[x] = maybe', "error while parsing 'php_flag[x]' : invalid boolean value"],
    ['env[] = x', "You must provide a key for field 'env'"],
    ['foo[x] = 1', "unknown directive 'foo'"],
    ['access.suppress_path[x] = /a', "Keys provided to field 'access.suppress_path' are ignored"],
    ['access.suppress_path[] = a', "Values provided to field 'access.suppress_path' must begin with '/'"],
    ['listen.acl_users = www-data, nginx', "[pool www] cannot get uid for user ' nginx'"],
    ['listen.acl_groups = www-data,', "[pool www] cannot get gid for group ''"],
  ])('%s', (line, message) => {
    const config = loadText(`[www]\n${POOL}listen = /run/a.sock\n${line}\n`);
    expect(messages(config)).toEqual([message]);
    expect(config.problems[0].location.line).toBe(6);
  });

  it('places the problem exactly', () => {
    const config = loadText(`[www]\n${POOL}listen = /run/a.sock\n  listen.owner = 'x\n`);
    expect(config.problems[0].location).toEqual(at(6, 18, 20));
  });

  it('refuses a pool key in [global], a global key in a pool and arrays in [global]', () => {
    const config = loadText(
      `[global]\nlisten = /run/a.sock\nphp_value[x] = 1\n[www]\n${POOL}listen = /run/a.sock\npid = /run/x.pid\n`,
    );
    expect(messages(config)).toEqual([
      "unknown entry 'listen'",
      'Array are not allowed in the global section',
      "unknown entry 'pid'",
    ]);
  });

  it('refuses the ACL keys only when FPM is built without ACL support', () => {
    const text = `[www]\n${POOL}listen = /run/a.sock\nlisten.acl_users = www-data,nginx\n`;
    expect(messages(loadText(text, DEBIAN))).toEqual([]);
    expect(messages(loadText(text, DOCKER))).toEqual(["unknown entry 'listen.acl_users'"]);
  });

  it('refuses a pool without listen, without pm, without pm.max_children', () => {
    const config = loadText('[www]\nuser = www-data\n');
    expect(messages(config)).toEqual([
      '[pool www] no listen address have been defined!',
      '[pool www] the process manager is missing (static, dynamic or ondemand)',
      '[pool www] pm.max_children must be a positive value',
    ]);
    expect(config.problems[0].location).toEqual(at(1, 1, 6));
    expect(messages(loadText(`[www]\n${POOL}listen =\n`))).toEqual([
      '[pool www] no listen address have been defined!',
    ]);
  });

  it('refuses a pool without user when the master is root (F8)', () => {
    const text = '[www]\nlisten = /run/a.sock\npm = static\npm.max_children = 1\n';
    expect(messages(loadText(text))).toEqual(['[pool www] user has not been defined']);
    expect(messages(loadText(text, { ...DEBIAN, masterIsRoot: false }))).toEqual([]);
    expect(messages(loadText(`${text}user =\n`))).toEqual([
      '[pool www] please specify user and group other than root',
    ]);
  });

  it('refuses a configuration without pools', () => {
    expect(messages(loadText('[global]\npid = /run/x.pid\n'))).toEqual([
      'No pool defined. at least one pool section must be specified in config file',
    ]);
  });
});

describe('line endings', () => {
  it('reads CRLF files', () => {
    const config = loadText(
      `[www]\r\n${POOL.replace(/\n/g, '\r\n')}listen = /run/a.sock\r\nlisten.owner = www-data\r\n`,
    );
    expect(config.problems).toEqual([]);
    expect(config.pools[0].settings.get('listen.owner')?.value).toBe('www-data');
    expect(config.pools[0].settings.get('listen.owner')?.location).toEqual(at(6, 1, 24));
  });

  it('reads a file whose text still starts with a BOM', () => {
    const config = loadText(`\uFEFF[www]\n${POOL}listen = /run/a.sock\n`);
    expect(config.pools[0].sections).toEqual([at(1, 1, 6)]);
  });
});
