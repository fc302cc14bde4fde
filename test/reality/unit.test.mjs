// Unit tests of the tier's pure parts (no root, no servers): `node --test test/reality/`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseNginx, rewriteNginx } from './lib/nginx-conf.mjs';
import { judge } from './agree.mjs';
import { rewriteFpm, pathsOutsidePrefix, poolListens } from './lib/fpm-conf.mjs';
import { parseSetup } from './lib/setup-script.mjs';
import {
  fpmMode,
  iniValue,
  permits,
  fpmSocket,
  systemDb,
  nginxWorker,
  apacheWorker,
  caddyWorker,
} from './spec-model.mjs';
import { parseApache, rewriteApache, parseEnvvars, apacheConnectErrors } from './lib/apache-conf.mjs';
import { rewriteCaddy, caddyConnectErrors } from './lib/caddy-conf.mjs';
import { unitSettings } from './lib/systemd-unit.mjs';
import { stockEnvvars } from './lib/stock.mjs';
import { generateWebScenarios } from './web-scenarios.mjs';
import { generateComposeScenarios } from './compose-scenarios.mjs';
import { readDockerfile, readCompose, accountsOf, containerCreds } from './lib/compose.mjs';
import { imageOf } from './lib/images.mjs';
import { launchCommand } from './lib/launch.mjs';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { generateScenarios, writeScenarios } from './scenarios.mjs';
import { IdPool, parseAccounts, takenIdIn } from './lib/ids.mjs';
import { portTaken } from './lib/util.mjs';

const P = '/tmp/slr-x/r';

test('nginx tokenizer: # starts a comment only at a token start, quotes, ${}', () => {
  const d = parseNginx('a unix:/x.sock#y; # c\nb "q; }" ${v}x;\nserver { listen 80; }');
  assert.deepEqual(
    d.map((x) => [x.name, x.args.map((a) => a.text)]),
    [
      ['a', ['unix:/x.sock#y']],
      ['b', ['q; }', '${v}x']],
      ['server', []],
      ['listen', ['80']],
    ],
  );
  assert.deepEqual(d[3].context, ['server']);
});

test('nginx rewrite: listen, unix paths, includes, logs; user untouched', () => {
  let port = 9000;
  const r = rewriteNginx(
    'user www-data;\npid /run/nginx.pid;\nhttp { include /etc/nginx/conf.d/*.conf; }\n' +
      'server { listen 80; root /var/www; location / { fastcgi_pass UNIX:/run/php/a.sock; } }\n' +
      'upstream u { server unix:/run/php/b.sock; }\n',
    {
      prefix: P,
      file: 'f',
      nextPort: () => ++port,
      tcpPorts: new Map(),
      errorLog: `${P}/e.log`,
      accessLog: `${P}/a.log`,
      httpInclude: `${P}/.slr/http.conf`,
    },
  );
  assert.match(r.text, /^user www-data;/);
  assert.match(r.text, /# socklint-reality: removed pid/);
  assert.match(r.text, /server \{ listen 127\.0\.0\.1:9001; # socklint-reality: removed listen/);
  assert.match(r.text, new RegExp(`fastcgi_pass UNIX:${P}/run/php/a.sock;`));
  assert.match(r.text, new RegExp(`server unix:${P}/run/php/b.sock;`));
  assert.match(r.text, new RegExp(`include ${P}/etc/nginx/conf.d/\\*.conf;`));
  assert.match(r.text, new RegExp(`http \\{ include ${P}/.slr/http.conf;`));
  assert.deepEqual(r.roots, ['/var/www']);
  assert.equal(r.servers.length, 1);
});

test('FPM rewrite: paths move, directives under test stay, CRLF kept', () => {
  const main = rewriteFpm('[global]\r\npid = /run/php/x.pid\r\ninclude=/etc/php/8.2/fpm/pool.d/*.conf\r\n', {
    prefix: P,
    isMain: true,
    errorLog: `${P}/fpm.log`,
    pidFile: `${P}/fpm.pid`,
    tcpPort: () => 1234,
  });
  assert.equal(
    main,
    `[global]\r\nerror_log = ${P}/fpm.log\npid = ${P}/fpm.pid\npid = ${P}/fpm.pid\r\ninclude=${P}/etc/php/8.2/fpm/pool.d/*.conf\r\n`,
  );
  const pool = rewriteFpm(
    '[app]\nlisten = "/run/php/$pool.sock" ; c\nlisten.owner = www-data # x\n# text\nLISTEN.MODE = 0660\n[tcp]\nlisten = 9000\n',
    { prefix: P, isMain: false, errorLog: '', pidFile: '', tcpPort: () => 1234 },
  );
  assert.match(pool, new RegExp(`listen = "${P}/run/php/\\$pool.sock" ; c`));
  assert.match(pool, /listen\.owner = www-data # x\n# text\nLISTEN\.MODE = 0660/);
  assert.match(pool, /listen = 127\.0\.0\.1:1234/);
  assert.deepEqual(pathsOutsidePrefix(pool, P), []);
  assert.deepEqual(pathsOutsidePrefix('[a]\npm.status_listen = /run/x.sock\n', P), [
    'pm.status_listen = /run/x.sock',
  ]);
  assert.deepEqual(poolListens(['[app]\nlisten = /a/$pool.sock\n', '[APP]\nlisten = /b/$pool.sock\n']), [
    { name: 'app', listen: '/b/app.sock' },
  ]);
});

test('setup.sh is parsed, never run; unsupported lines are refused', () => {
  const ops = parseSetup(
    'set -eu\n# c\ngroupadd -g 47001 sltest-a\nuseradd --system --gid sltest-a -N sltest-b\nusermod -aG www-data sltest-b\nmkdir -p -m 0700 /run/x && chown root:sltest-a /run/x\n',
  );
  assert.deepEqual(
    ops.map((o) => o.op),
    ['groupadd', 'useradd', 'member', 'mkdir', 'chown'],
  );
  assert.equal(ops[3].mode, '0700');
  assert.throws(() => parseSetup('rm -rf /'), /unsupported command rm/);
  assert.throws(() => parseSetup('mkdir run/x'), /absolute/);
  assert.throws(() => parseSetup('usermod -G x y'), /append/);
});

test('spec model: mode parsing, ini words, class precedence', () => {
  for (const [v, m] of [
    ['0660', 0o660],
    ['666', 0o666],
    ['4666', 0o666],
    ['u+rw', 0],
    ['0o660', 0],
    ['999', 0],
    ['1', 1],
    ['', 0o660],
  ])
    assert.equal(fpmMode(v), m, v);
  assert.equal(iniValue('yes'), '1');
  assert.equal(iniValue('none'), '');
  assert.equal(iniValue('nobody'), 'nobody');
  assert.equal(iniValue('www-data;x'), 'www-data');
  const c = { uid: 33, gid: 33, groups: new Set([33]), root: false };
  assert.equal(permits(c, { uid: 33, gid: 33, mode: 0o060 }, 2), false); // owner class denies
  assert.equal(permits(c, { uid: 0, gid: 33, mode: 0o606 }, 2), false); // group over other
  assert.equal(permits(c, { uid: 0, gid: 0, mode: 0o222 }, 2), true); // write-only
  const db = systemDb();
  assert.deepEqual(fpmSocket({ owner: '33' }, db, { uid: 0, gid: 0, mode: 0o755 }), {
    uid: 33,
    gid: 0,
    mode: 0o660,
    acl: null,
  });
  assert.ok('fails' in nginxWorker(['nobody'], db));
});

test('scenarios: deterministic, at least 300, every one has files and a label', () => {
  const a = generateScenarios(7, 310);
  const b = generateScenarios(7, 310);
  assert.equal(a.length, 310);
  assert.deepEqual(a, b);
  assert.notDeepEqual(generateScenarios(8, 310), a);
  assert.equal(new Set(a.map((s) => s.id)).size, a.length);
  for (const s of a) {
    assert.ok(s.files['etc/nginx/nginx.conf'] && s.expected.fpm && s.expected.web, s.id);
  }
});

test('ids: the pool skips ids held as a uid or as a gid, and hands each out once', () => {
  const taken = parseAccounts('a:x:47000:47000::/:/bin/sh\nb:x:47002:100::/:/bin/sh\n', 'g:x:47001:a\n');
  assert.deepEqual(taken.groups.get('g'), { gid: 47001, members: ['a'] });
  const pool = new IdPool(taken, { low: 47000, high: 47006 });
  assert.deepEqual([pool.take(), pool.take()], [47003, 47004]);
  pool.markTaken(47005);
  const s = pool.slots();
  assert.equal(s('web'), 47006);
  assert.equal(s('web'), 47006);
  assert.deepEqual(s.assigned, { web: 47006 });
  assert.throws(() => pool.take(), /no free id/);
  assert.equal(takenIdIn('groupadd: gid 47018 is already taken'), 47018);
});

test('scenarios: allocated ids change only the numbers, never the structure or the outcome', () => {
  const nominal = generateScenarios(3, 120);
  const pool = new IdPool({ uids: new Set(), gids: new Set() }, { low: 52000, high: 59999 });
  const allocated = generateScenarios(3, 120, () => pool.slots());
  const ids = new Set();
  for (let i = 0; i < nominal.length; i++) {
    const a = nominal[i];
    const b = allocated[i];
    assert.equal(a.title.replace(/\d{5}/g, 'N'), b.title.replace(/\d{5}/g, 'N'));
    assert.deepEqual(Object.keys(a.files), Object.keys(b.files));
    // Same verdict: only the numbers of the scenario's own accounts differ.
    const strip = (e) => ({ ...e, socket: e.socket && { ...e.socket, uid: 0, gid: 0, acl: null } });
    assert.deepEqual(strip(a.expected), strip(b.expected), a.id);
    for (const id of Object.values(b.ids)) {
      assert.ok(id >= 52000 && !ids.has(id), `${b.id}: ${id} given twice`);
      ids.add(id);
    }
  }
});

test('apache reader: logical lines, quotes, sections; rewrites keep User and move paths', () => {
  const text =
    'Listen 80\n<VirtualHost *:80>\n  DocumentRoot /var/www/html\n  User www-data\n' +
    '  ProxyPassMatch "^/(.*\\.php)$" "unix:/run/php/a.sock|fcgi://localhost/var/www/html/$1"\n' +
    '  SetHandler "proxy:unix:rel.sock|fcgi://localhost" \\\n    # joined\n</VirtualHost>\n';
  const d = parseApache(text);
  assert.deepEqual(
    d.map((x) => `${x.kind}:${x.name}`),
    [
      'directive:Listen',
      'open:VirtualHost',
      'directive:DocumentRoot',
      'directive:User',
      'directive:ProxyPassMatch',
      'directive:SetHandler',
      'close:VirtualHost',
    ],
  );
  assert.equal(d[4].args[1].text, 'unix:/run/php/a.sock|fcgi://localhost/var/www/html/$1');
  assert.deepEqual(
    d[5].args.map((a) => a.text),
    ['proxy:unix:rel.sock|fcgi://localhost', '#', 'joined'],
  );
  let port = 100;
  const r = rewriteApache(text, { prefix: P, file: 'f', nextPort: () => ++port, errorLog: `${P}/e.log` });
  assert.match(r.text, /^# socklint-reality: removed Listen\n<VirtualHost 127\.0\.0\.1:101>/);
  assert.match(r.text, new RegExp(`DocumentRoot ${P}/var/www/html\n  User www-data\n`));
  assert.ok(r.text.includes(`"unix:${P}/run/php/a.sock|fcgi://localhost${P}/var/www/html/$1"`));
  assert.ok(r.text.includes('"proxy:unix:rel.sock|fcgi://localhost"'), 'relative paths stay (A2)');
  assert.deepEqual(r.vhosts, [{ file: 'f', ordinal: 0, port: 101, addresses: ['*:80'] }]);
});

test('envvars is read as data: Debian stock, a missing export, and refusal of anything else', () => {
  assert.deepEqual(parseEnvvars(stockEnvvars('sltest-a', null)), {
    APACHE_RUN_USER: 'sltest-a',
    APACHE_PID_FILE: '/var/run/apache2/apache2.pid',
    APACHE_RUN_DIR: '/var/run/apache2',
    APACHE_LOCK_DIR: '/var/lock/apache2',
    APACHE_LOG_DIR: '/var/log/apache2',
    LANG: 'C',
  });
  assert.throws(() => parseEnvvars('. /etc/default/x\n'), /unsupported line/);
  assert.deepEqual(
    apacheConnectErrors(
      `[x] (13)Permission denied: AH02454: FCGI: attempt to connect to Unix domain socket ${P}/run/a.sock (localhost:8000) failed\n`,
      P,
    ).map((e) => [e.errno, e.target]),
    [[13, '/run/a.sock']],
  );
});

test('caddy lexer and rewrites: sites, global options, snippets, unix addresses, braceless files', () => {
  let port = 200;
  const o = { prefix: P, file: 'Caddyfile', nextPort: () => ++port };
  const r = rewriteCaddy(
    '{\n\tadmin localhost:2019\n}\n(snip) {\n\theader X 1\n}\nexample.com, :80 {\n\troot * /srv/www\n' +
      '\tphp_fastcgi unix//run/php/a.sock\n\treverse_proxy /api/* unix/rel.sock unix/{$S:/run/b.sock} "unix///run/c.sock"\n}\n',
    o,
  );
  assert.match(r.text, /^\{\n\tadmin off\n\t# admin localhost:2019\n\}/);
  assert.match(r.text, /\(snip\) \{\n\theader X 1\n\}/);
  assert.match(r.text, /\nhttp:\/\/127\.0\.0\.1:201 \{\n/);
  assert.ok(r.text.includes(`root * ${P}/srv/www`));
  assert.ok(r.text.includes(`php_fastcgi unix/${P}/run/php/a.sock`));
  assert.ok(r.text.includes(`/api/* unix/rel.sock unix/{$S:${P}/run/b.sock} unix/${P}//run/c.sock`));
  assert.equal(r.sites.length, 1);
  const b = rewriteCaddy(':80\nroot * /w\nphp_fastcgi unix//x.sock\n', { ...o, main: false });
  assert.equal(b.text, `http://127.0.0.1:202\nroot * ${P}/w\nphp_fastcgi unix/${P}/x.sock\n`);
  assert.deepEqual(
    caddyConnectErrors(
      `{"level":"error","msg":"dialing backend: dial unix ${P}/run/a.sock: connect: permission denied"}\n{"level":"error","msg":"dialing backend: dial unix: missing address"}\n`,
      P,
    ).map((e) => [e.errno, e.target]),
    [
      [13, '/run/a.sock'],
      [null, null],
    ],
  );
});

test('systemd drop-ins: User keeps Group, SupplementaryGroups accumulate, Environment, PrivateTmp', () => {
  const tree = fs.mkdtempSync(path.join(os.tmpdir(), 'slr-unit-'));
  try {
    const d = path.join(tree, 'etc/systemd/system/caddy.service.d');
    fs.mkdirSync(d, { recursive: true });
    fs.writeFileSync(
      path.join(d, 'a.conf'),
      '[Service]\nUser=web\nSupplementaryGroups=g1\nEnvironment="A=/x y" B=2\n',
    );
    fs.writeFileSync(
      path.join(d, 'b.conf'),
      '[Unit]\nUser=ignored\n[Service]\nSupplementaryGroups=g2\nPrivateTmp=no\n',
    );
    assert.deepEqual(unitSettings(tree, 'caddy'), {
      User: 'web',
      Group: 'caddy',
      SupplementaryGroups: ['g1', 'g2'],
      WorkingDirectory: '/',
      PrivateTmp: false,
      Environment: { A: '/x y', B: '2' },
    });
    assert.equal(unitSettings(tree, 'apache2').PrivateTmp, true);
  } finally {
    fs.rmSync(tree, { recursive: true, force: true });
  }
});

test('spec model: Apache children (W1-W3) and Caddy under its unit (W4, W5)', () => {
  const db = systemDb();
  db.users.set('web', { uid: 1000, gid: 1000 });
  db.groups.set('web', { gid: 1000, members: new Set() });
  db.groups.set('g', { gid: 2000, members: new Set(['web']) });
  db.users.set('caddy', { uid: 999, gid: 995 });
  db.groups.set('caddy', { gid: 995, members: new Set() });
  db.groups.get('www-data').members.add('caddy');
  assert.deepEqual(apacheWorker({ user: 'web', group: 'www-data' }, db), {
    uid: 1000,
    gid: 33,
    groups: new Set([33, 2000]),
    root: false,
  });
  assert.equal(apacheWorker({ user: '#4242', group: 'www-data' }, db).root, true);
  assert.equal(apacheWorker({ user: 'web' }, db).root, true);
  assert.match(apacheWorker({ user: 'root', group: 'root' }, db).fails, /root/);
  assert.match(apacheWorker({ user: 'www-data', group: '${APACHE_RUN_GROUP}' }, db).fails, /AH00544/);
  assert.deepEqual(
    caddyWorker({ user: 'caddy', group: 'caddy', supplementary: [] }, db).groups,
    new Set([995, 33]),
  );
  assert.deepEqual(caddyWorker({ user: 'web', group: 'caddy', supplementary: [] }, db), {
    uid: 1000,
    gid: 995,
    groups: new Set([995, 2000]),
    root: false,
  });
  assert.match(caddyWorker({ user: 'nope', supplementary: [] }, db).fails, /217/);
});

test('web scenarios: deterministic, 150 or more across Apache and Caddy, each with a client line', () => {
  const a = generateWebScenarios(5);
  assert.deepEqual(a, generateWebScenarios(5));
  assert.ok(a.length >= 150);
  assert.equal(new Set(a.map((s) => s.id)).size, a.length);
  for (const s of a) {
    assert.ok(['apache', 'caddy'].includes(s.family), s.id);
    const [file, line] = s.client.split(':');
    const text = s.files[file];
    assert.equal(typeof text, 'string', `${s.id}: ${s.client}`);
    assert.match(
      text.split('\n')[Number(line) - 1],
      /unix|php_fastcgi|reverse_proxy/,
      `${s.id}: ${s.client}`,
    );
  }
});

test('compose: Dockerfile and compose read as data; Docker credentials from the container files', () => {
  const d = readDockerfile(
    'FROM php:8.3-fpm-alpine\nRUN addgroup -g 1000 -S app && adduser -u 1000 -D -S -G app app \\\n && addgroup app www-data\n' +
      'COPY zz-app.conf /usr/local/etc/php-fpm.d/\nUSER 1000:1000\n',
  );
  assert.equal(d.from, 'php:8.3-fpm-alpine');
  assert.equal(d.user, '1000:1000');
  assert.deepEqual(d.copies, [{ from: 'zz-app.conf', to: '/usr/local/etc/php-fpm.d/' }]);
  assert.throws(() => readDockerfile('FROM x\nRUN curl -o /x y\n'), /unsupported command curl/);
  const a = accountsOf(/** @type {any} */ (imageOf('php:8.3-fpm-alpine')), d.runs);
  assert.deepEqual(containerCreds('1000', [], a), { uid: 1000, gid: 1000, groups: [82] });
  assert.deepEqual(containerCreds('1000:1000', ['101'], a), { uid: 1000, gid: 1000, groups: [82, 101] });
  assert.deepEqual(containerCreds('4242:4242', [], a), { uid: 4242, gid: 4242, groups: [] });
  assert.match(/** @type {any} */ (containerCreds('nginx', [], a)).fails, /unable to find user nginx/);
  assert.equal(imageOf('nginxinc/nginx-unprivileged:alpine')?.user, '101');
  assert.equal(imageOf('redis:7'), undefined);
});

test('compose scenarios: deterministic, 100 or more, trees the emulation reads back', () => {
  const a = generateComposeScenarios(4, 110);
  assert.deepEqual(a, generateComposeScenarios(4, 110));
  assert.equal(a.length, 110);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slr-unit-'));
  try {
    for (const sc of writeScenarios(dir, a)) {
      const p = readCompose(sc.tree);
      assert.deepEqual(
        p.services.map((s) => s.image.family),
        ['php', 'nginx'],
        sc.id,
      );
      const [file, line] = /** @type {string} */ (sc.client).split(':');
      assert.match(
        fs.readFileSync(path.join(sc.tree, file), 'utf8').split('\n')[Number(line) - 1],
        /fastcgi_pass/,
      );
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('launch: bind mounts go to a fixed script as arguments, credentials to setpriv', () => {
  const c = launchCommand({
    file: '/usr/sbin/nginx',
    args: ['-c', '/x; rm -rf /'],
    binds: [{ source: '/a b', target: '/t', readOnly: true }],
    creds: { uid: 101, gid: 101, groups: [82, 82] },
  });
  assert.equal(c.file, '/usr/bin/unshare');
  assert.deepEqual(c.args.slice(-12, -1), [
    '1',
    '/a b',
    '/t',
    'ro',
    '/usr/bin/setpriv',
    '--reuid=101',
    '--regid=101',
    '--groups=82',
    '--',
    '/usr/sbin/nginx',
    '-c',
  ]);
  assert.equal(c.args.at(-1), '/x; rm -rf /');
  assert.deepEqual(launchCommand({ file: 'f', args: ['a'] }), { file: 'f', args: ['a'] });
});

test('agreement: rows by the client line, errno per server, start failures per server', () => {
  const loc = (file, line) => ({ file, line, column: 1, endLine: line, endColumn: 2 });
  const result = /** @type {any} */ ({
    version: 1,
    findings: [
      {
        rule: 'socket-permission-denied',
        severity: 'error',
        ...loc('etc/php/8.2/fpm/pool.d/app.conf', 3),
        message: 'Apache children www-data cannot write the socket',
        related: [{ ...loc('etc/apache2/conf-available/php-app.conf', 4), message: 'connects here' }],
      },
    ],
    sockets: [
      {
        unit: 'host',
        webServer: { server: 'apache', user: 'www-data', group: 'www-data', groups: [], origin: '' },
        client: {
          location: loc('etc/apache2/conf-available/php-app.conf', 4),
          directive: 'SetHandler',
          target: '',
        },
        socket: '/run/php/app.sock',
        pool: {
          name: 'app',
          location: loc('etc/php/8.2/fpm/pool.d/app.conf', 3),
          owner: 'root',
          group: 'root',
          mode: '0660',
        },
        verdict: 'permission-denied',
        reason: '',
      },
    ],
    skipped: [],
    suppressed: 0,
    notes: [],
    configFiles: 2,
  });
  const ev = (req, started = true) => ({
    web: [{ kind: 'apache', started, problems: ['AH00543: bad user name x'] }],
    fpm: [{ started: true }],
    requests: started ? [{ web: 'apache', server: 's', path: '/index.php', ...req }] : [],
  });
  const job = { client: 'etc/apache2/conf-available/php-app.conf:4' };
  assert.deepEqual(judge(ev({ status: 503, errno: 13, php: false }), result, job), []);
  assert.match(
    judge(ev({ status: 200, errno: null, php: true }), result, job).join('\n'),
    /really HTTP 200, but socklint reports socket-permission-denied/,
  );
  assert.match(judge(ev({ status: 503, errno: 2, php: false }), result, job).join('\n'), /really ENOENT/);
  assert.deepEqual(
    judge(ev({ status: 200, errno: null, php: false }), result, job),
    [],
    'source sent: nothing to judge',
  );
  assert.match(
    judge(ev({}, false), result, job).join('\n'),
    /apache did not start .* no apache-config-invalid error/,
  );
  // A finding on another client's line (a ProxyPass to a missing socket, whose message names the
  // nearest pool and whose related line is that pool) is not about the request that reached it.
  const other = loc('etc/apache2/sites-available/app.conf', 4);
  const withOther = {
    ...result,
    findings: [
      {
        rule: 'socket-path-mismatch',
        severity: 'error',
        ...other,
        message: 'ProxyPass connects to /run/php/legacy.sock; the nearest is /run/php/app.sock',
        related: [{ ...loc('etc/php/8.2/fpm/pool.d/app.conf', 3), message: 'pool [app]' }],
      },
    ],
    sockets: [
      { ...result.sockets[0], verdict: 'connects' },
      { ...result.sockets[0], client: { ...result.sockets[0].client, location: other }, pool: null },
    ],
  };
  assert.deepEqual(judge(ev({ status: 200, errno: null, php: true }), withOther, job), []);
});

test('port collisions: a server that could not bind its chosen port makes the run a rerun', () => {
  const apache = {
    problems: ['(98)Address already in use: AH00072: make_sock: could not bind to address 127.0.0.1:38607'],
  };
  const nginx = { problems: ['[emerg] bind() to 127.0.0.1:40001 failed (98: Address already in use)'] };
  assert.equal(portTaken({ web: [apache], fpm: [] }), true);
  assert.equal(portTaken({ web: [nginx] }), true);
  assert.equal(
    portTaken({ web: [{ problems: ['AH00558: could not determine the FQDN'] }], fpm: [{}] }),
    false,
  );
  assert.equal(portTaken({}), false);
});
