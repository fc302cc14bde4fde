// Unit tests of the tier's pure parts (no root, no servers): `node --test test/reality/`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseNginx, rewriteNginx } from './lib/nginx-conf.mjs';
import { rewriteFpm, pathsOutsidePrefix, poolListens } from './lib/fpm-conf.mjs';
import { parseSetup } from './lib/setup-script.mjs';
import { fpmMode, iniValue, permits, fpmSocket, systemDb, nginxWorker } from './spec-model.mjs';
import { generateScenarios } from './scenarios.mjs';
import { IdPool, parseAccounts, takenIdIn } from './lib/ids.mjs';

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
    assert.ok(s.files['etc/nginx/nginx.conf'] && s.expected.fpm && s.expected.nginx, s.id);
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
