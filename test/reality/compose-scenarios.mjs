// Seeded generator of compose scenarios: a php:*-fpm service and an nginx service that share the
// socket's directory through a named volume or a bind, written as the repositories users keep
// (compose.yaml, small Dockerfiles, the pool file and the site), each with a label computed from
// the spec's decision functions with numeric ids only (semantics §9 D1-D6, 10.2-10.5).
import { prng, pick } from './scenarios.mjs';
import { fpmSocket, nginxWorker, permits, aclLines } from './spec-model.mjs';
import { imageOf, OFFICIAL_NGINX_CONF } from './lib/images.mjs';
import { accountsOf, containerCreds, readDockerfile } from './lib/compose.mjs';

const PHP_IMAGES = ['php:8.3-fpm-alpine', 'php:8.2-fpm'];
const WEB_IMAGES = [
  [5, 'nginx:alpine'],
  [3, 'nginx:1.27'],
  [2, 'nginxinc/nginx-unprivileged:alpine'],
  [1, 'nginxinc/nginx-unprivileged'],
];

/**
 * @typedef {{ id: string, title: string, facets: string[],
 *   php: { image: string, user?: string, groupAdd: string[], runs: string[], style: 'build' | 'image',
 *     poolFile: string, section: string, listen: string, owner?: string, group?: string, mode?: string,
 *     rootPool?: boolean, cmd?: string },
 *   web: { image: string, user?: string, groupAdd: string[], userLine?: string | null, style: 'build' | 'image', client: string },
 *   volume: { kind: 'volume' | 'bind', phpTarget: string, webTarget: string | null, webRo: boolean } }} ComposeSpec
 */

const canon = (p) => p.replace(/^\/var\/run(\/|$)/, '/run$1').replace(/\/+$/, '') || '/';
const dirOf = (p) => p.slice(0, p.lastIndexOf('/')) || '/';
const unprivileged = (ref) => ref.startsWith('nginxinc/');

/** A spec-model account database from a container's accounts. */
function db(a) {
  return {
    users: new Map(a.users.map(([n, uid, gid]) => [n, { uid, gid }])),
    groups: new Map(a.groups.map(([n, gid, m]) => [n, { gid, members: new Set(m) }])),
  };
}

const creds = (c) => ({ uid: c.uid, gid: c.gid, groups: new Set([c.gid, ...c.groups]), root: c.uid === 0 });

/** A blank spec: php:8.3-fpm-alpine and nginx:alpine sharing a named volume, Debian-like defaults. */
function blank(id) {
  return /** @type {ComposeSpec} */ ({
    id,
    title: '',
    facets: [],
    php: {
      image: 'php:8.3-fpm-alpine',
      groupAdd: [],
      runs: [],
      style: 'build',
      poolFile: 'zz-app.conf',
      section: 'www',
      listen: '/var/run/php/php-fpm.sock',
    },
    web: {
      image: 'nginx:alpine',
      groupAdd: [],
      userLine: undefined,
      style: 'build',
      client: '/var/run/php/php-fpm.sock',
    },
    volume: { kind: 'volume', phpTarget: '/var/run/php', webTarget: '/var/run/php', webRo: false },
  });
}

/** A random scenario. */
function randomSpec(rnd, idx) {
  const s = blank(`k${String(idx).padStart(3, '0')}`);
  s.php.image = PHP_IMAGES[Math.floor(rnd() * PHP_IMAGES.length)];
  s.web.image = pick(rnd, WEB_IMAGES);
  s.php.style = rnd() < 0.7 ? 'build' : 'image';
  s.web.style = rnd() < 0.7 ? 'build' : 'image';
  // Who the PHP-FPM master is (root in the images; compose `user:` makes it another id, F8).
  const master = pick(rnd, [
    [14, 'root'],
    [2, '1000:1000'],
    [1, '1000:1000 + chowned dir'],
    [1, 'www-data'],
  ]);
  if (master !== 'root') {
    s.php.user = master === 'www-data' ? 'www-data' : '1000:1000';
    s.facets.push(`master:${master}`);
    if (master.includes('chowned')) s.php.runs.push('mkdir -p /var/run/php && chown 1000:1000 /var/run/php');
    if (master.includes('chowned') && s.php.style === 'image') s.php.style = 'build';
    if (rnd() < 0.3) s.php.groupAdd.push('101');
  }
  // nginx's `user` line (official images only; the unprivileged one has none and ignores it).
  if (!unprivileged(s.web.image)) {
    s.web.userLine = pick(rnd, [
      [10, undefined],
      [4, 'user nginx www-data;'],
      [2, 'user www-data;'],
      [1, 'user xfs;'],
      [1, 'user nginx xfs;'],
    ]);
    if (s.web.userLine && s.web.style === 'image') s.web.style = 'build';
  }
  if (rnd() < 0.15)
    s.web.groupAdd.push(
      pick(rnd, [
        [2, '82'],
        [1, '33'],
        [1, 'www-data'],
      ]),
    );
  // The pool's listen.* as numbers of the images or names of the PHP container.
  s.php.owner = pick(rnd, [
    [8, undefined],
    [5, 'www-data'],
    [2, '101'],
    [2, '82'],
    [2, '33'],
    [1, 'nginx'],
  ]);
  s.php.group = pick(rnd, [
    [8, undefined],
    [3, 'www-data'],
    [3, '101'],
    [2, '82'],
    [2, '33'],
  ]);
  s.php.mode = pick(rnd, [
    [8, undefined],
    [5, '0660'],
    [3, '0666'],
    [2, '0600'],
    [1, '0606'],
  ]);
  // The shared directory: where each side mounts it, how each names the socket.
  s.volume.kind = rnd() < 0.75 ? 'volume' : 'bind';
  s.volume.phpTarget = pick(rnd, [
    [5, '/var/run/php'],
    [3, '/run/php'],
    [2, '/sock'],
    [1, '/var/run/php-fpm'],
  ]);
  s.php.listen = `${s.volume.phpTarget}/php-fpm.sock`;
  const layout = pick(rnd, [
    [9, 'same target'],
    [4, 'other target'],
    [2, 'var/run vs run'],
    [2, 'client at the php path'],
    [1, 'no mount'],
    [1, 'socket outside the volume'],
  ]);
  s.facets.push(`layout:${layout}`);
  if (layout === 'same target') s.volume.webTarget = s.volume.phpTarget;
  else if (layout === 'other target')
    s.volume.webTarget = s.volume.phpTarget === '/sock' ? '/var/run/php' : '/sock';
  else if (layout === 'var/run vs run') {
    s.volume.webTarget = s.volume.phpTarget.startsWith('/var/run')
      ? s.volume.phpTarget.slice(4)
      : s.volume.phpTarget.startsWith('/run')
        ? `/var${s.volume.phpTarget}`
        : s.volume.phpTarget;
  } else if (layout === 'client at the php path')
    s.volume.webTarget = '/sock' === s.volume.phpTarget ? '/php' : '/sock';
  else if (layout === 'no mount') s.volume.webTarget = null;
  s.web.client =
    layout === 'client at the php path' || layout === 'no mount'
      ? s.php.listen
      : `${s.volume.webTarget}/php-fpm.sock`;
  if (layout === 'socket outside the volume') {
    s.volume.webTarget = s.volume.phpTarget;
    s.php.listen = '/tmp/php-fpm.sock';
    s.web.client = `${s.volume.webTarget}/php-fpm.sock`;
  }
  if (s.volume.webTarget && rnd() < 0.2) s.volume.webRo = true;
  // Sometimes the pool file sorts before docker.conf and its [www] listen is overridden (D1).
  if (rnd() < 0.06) s.php.poolFile = 'app.conf';
  return s;
}

/** The scenarios the issue names, one claim each. */
function probes() {
  const out = [];
  const mk = (num, title, f) => {
    const s = blank(`kp${String(num).padStart(2, '0')}`);
    s.title = title;
    s.php.owner = 'www-data';
    f(s);
    out.push(s);
  };
  mk(1, 'D6: nginx:alpine (101) against php:fpm-alpine www-data (82) at 0660: EACCES', () => undefined);
  mk(
    2,
    'D6: listen.group = 101, a gid without a name in the PHP container (7.4.5+)',
    (s) => (s.php.group = '101'),
  );
  mk(
    3,
    'D6: `user nginx www-data;` on nginx:alpine gives the workers gid 82',
    (s) => (s.web.userLine = 'user nginx www-data;'),
  );
  mk(4, 'listen.mode = 0666 works across containers', (s) => (s.php.mode = '0666'));
  mk(5, "group_add: [82] on nginx:alpine is dropped by the workers' initgroups", (s) =>
    s.web.groupAdd.push('82'),
  );
  mk(6, 'group_add: [82] reaches the workers of nginx-unprivileged (master not root)', (s) => {
    s.web.image = 'nginxinc/nginx-unprivileged:alpine';
    s.web.groupAdd.push('82');
  });
  mk(7, 'F8: user "1000:1000" on php: the master cannot bind in the volume (0755 root)', (s) => {
    s.php.owner = undefined;
    s.php.user = '1000:1000';
  });
  mk(8, 'F8: user "1000:1000" with the directory chowned in the image (copied into the volume)', (s) => {
    s.php.owner = undefined;
    s.php.user = '1000:1000';
    s.php.runs.push('mkdir -p /var/run/php && chown 1000:1000 /var/run/php');
  });
  mk(9, 'F8: the same with listen.mode = 0666', (s) => {
    s.php.owner = undefined;
    s.php.mode = '0666';
    s.php.user = '1000:1000';
    s.php.runs.push('mkdir -p /var/run/php && chown 1000:1000 /var/run/php');
  });
  mk(10, 'F8: a non-root master cannot chown to group 101: FPM stops, the socket stays', (s) => {
    s.php.owner = undefined;
    s.php.group = '101';
    s.php.user = '1000:1000';
    s.php.runs.push('mkdir -p /var/run/php && chown 1000:1000 /var/run/php');
  });
  mk(11, 'F8: group_add: [101] on php lets the non-root master chown to 101', (s) => {
    s.php.owner = undefined;
    s.php.group = '101';
    s.php.user = '1000:1000';
    s.php.groupAdd.push('101');
    s.php.runs.push('mkdir -p /var/run/php && chown 1000:1000 /var/run/php');
  });
  mk(12, 'K13: the volume mounted read-only on nginx still connects', (s) => {
    s.php.mode = '0666';
    s.volume.webRo = true;
  });
  mk(13, 'K17: mount targets differ and nginx names the php path: ENOENT', (s) => {
    s.php.mode = '0666';
    s.volume.webTarget = '/sock';
  });
  mk(14, 'mount targets differ and each side names its own: works', (s) => {
    s.php.mode = '0666';
    s.volume.webTarget = '/sock';
    s.web.client = '/sock/php-fpm.sock';
  });
  mk(15, '/var/run on the php side, /run on the nginx side: the same directory', (s) => {
    s.php.mode = '0666';
    s.volume.webTarget = '/run/php';
    s.web.client = '/run/php/php-fpm.sock';
  });
  mk(16, '/run on the php side, /var/run on the nginx side', (s) => {
    s.php.mode = '0666';
    s.php.listen = '/run/php/php-fpm.sock';
    s.volume.phpTarget = '/run/php';
    s.volume.webTarget = '/var/run/php';
  });
  mk(17, 'D1: the same number is www-data (33) on php:fpm and xfs on nginx:alpine: `user xfs;`', (s) => {
    s.php.image = 'php:8.2-fpm';
    s.web.userLine = 'user xfs;';
  });
  mk(18, 'D6: php:8.2-fpm www-data (33) against nginx:1.27 `user nginx;` (101)', (s) => {
    s.php.image = 'php:8.2-fpm';
    s.web.image = 'nginx:1.27';
  });
  mk(19, 'D2: nginx:1.27 `user www-data;` is 33 like php:8.2-fpm', (s) => {
    s.php.image = 'php:8.2-fpm';
    s.web.image = 'nginx:1.27';
    s.web.userLine = 'user www-data;';
  });
  mk(20, 'D2: `user www-data;` on nginx:alpine: no such user, nginx does not start', (s) => {
    s.web.userLine = 'user www-data;';
  });
  mk(21, 'F9: listen.owner = nginx does not exist in the PHP container', (s) => (s.php.owner = 'nginx'));
  mk(22, 'D1: a pool file that sorts before docker.conf is put back on TCP 9000', (s) => {
    s.php.poolFile = 'app.conf';
    s.php.mode = '0666';
  });
  mk(23, 'no volume on the nginx side: ENOENT', (s) => {
    s.php.mode = '0666';
    s.volume.webTarget = null;
  });
  mk(24, 'a bind of ./run shared by both services', (s) => {
    s.php.mode = '0666';
    s.volume.kind = 'bind';
  });
  mk(25, 'nginx-unprivileged (101) against a socket of group 101 set numerically', (s) => {
    s.web.image = 'nginxinc/nginx-unprivileged:alpine';
    s.php.owner = undefined;
    s.php.group = '101';
  });
  mk(
    26,
    'listen.owner = 101 (numeric): owner class for nginx 101, group stays root',
    (s) => (s.php.owner = '101'),
  );
  mk(27, 'F8: a pool with user = root under the image CMD (no -R): FPM refuses it, ENOENT', (s) => {
    s.php.rootPool = true;
    s.php.mode = '0666';
  });
  mk(28, 'F8: the same pool with CMD ["php-fpm", "-R"]: the root pool runs and nginx connects', (s) => {
    s.php.rootPool = true;
    s.php.mode = '0666';
    s.php.cmd = '["php-fpm", "-R"]';
  });
  return out;
}

/** Files and label of a compose spec. */
function build(s) {
  const files = {};
  const webPort = unprivileged(s.web.image) ? 8080 : 80;
  // The pool: [www] re-opened after the image's files (or before docker.conf, D1).
  const pool = [`[${s.php.section}]`, `listen = ${s.php.listen}`];
  if (s.php.owner !== undefined) pool.push(`listen.owner = ${s.php.owner}`);
  if (s.php.group !== undefined) pool.push(`listen.group = ${s.php.group}`);
  if (s.php.mode !== undefined) pool.push(`listen.mode = ${s.php.mode}`);
  if (s.php.rootPool) pool.push('user = root', 'group = root');
  files[`php/${s.php.poolFile}`] = pool.join('\n') + '\n';
  const poolDest = `/usr/local/etc/php-fpm.d/${s.php.poolFile}`;
  const site = [
    'server {',
    `    listen ${webPort};`,
    '    root /var/www/html;',
    '    index index.php;',
    '    location ~ \\.php$ {',
    `        fastcgi_pass unix:${s.web.client};`,
    '        fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;',
    '        include fastcgi_params;',
    '    }',
    '}',
  ];
  files['nginx/default.conf'] = site.join('\n') + '\n';
  const clientLine = site.findIndex((l) => l.includes('fastcgi_pass')) + 1;
  if (s.web.userLine !== undefined)
    files['nginx/nginx.conf'] = OFFICIAL_NGINX_CONF.replace('user  nginx;', s.web.userLine ?? '');
  // Dockerfiles, or official images with the files bound in.
  const phpDockerfile = [
    `FROM ${s.php.image}`,
    ...s.php.runs.map((r) => `RUN ${r}`),
    `COPY ${s.php.poolFile} ${poolDest}`,
    ...(s.php.cmd ? [`CMD ${s.php.cmd}`] : []),
  ];
  const webDockerfile = [`FROM ${s.web.image}`, 'COPY default.conf /etc/nginx/conf.d/default.conf'];
  if (files['nginx/nginx.conf']) webDockerfile.push('COPY nginx.conf /etc/nginx/nginx.conf');
  if (s.php.style === 'build') files['php/Dockerfile'] = phpDockerfile.join('\n') + '\n';
  if (s.web.style === 'build') files['nginx/Dockerfile'] = webDockerfile.join('\n') + '\n';
  const shared = s.volume.kind === 'volume' ? 'php-socket' : './run';
  const y = ['services:', '  php:'];
  if (s.php.style === 'build') y.push('    build: ./php');
  else y.push(`    image: ${s.php.image}`);
  if (s.php.user) y.push(`    user: "${s.php.user}"`);
  if (s.php.groupAdd.length) y.push(`    group_add: [${s.php.groupAdd.map((g) => `"${g}"`).join(', ')}]`);
  y.push('    volumes:', `      - ${shared}:${s.volume.phpTarget}`);
  if (s.php.style === 'image') y.push(`      - ./php/${s.php.poolFile}:${poolDest}:ro`);
  y.push('  web:');
  if (s.web.style === 'build') y.push('    build: ./nginx');
  else y.push(`    image: ${s.web.image}`);
  y.push('    depends_on: [php]', `    ports: ["8080:${webPort}"]`);
  if (s.web.groupAdd.length) y.push(`    group_add: [${s.web.groupAdd.map((g) => `"${g}"`).join(', ')}]`);
  const webVolumes = [];
  if (s.volume.webTarget)
    webVolumes.push(`      - ${shared}:${s.volume.webTarget}${s.volume.webRo ? ':ro' : ''}`);
  if (s.web.style === 'image')
    webVolumes.push('      - ./nginx/default.conf:/etc/nginx/conf.d/default.conf:ro');
  if (webVolumes.length) y.push('    volumes:', ...webVolumes);
  if (s.volume.kind === 'volume') y.push('volumes:', '  php-socket:');
  files['compose.yaml'] = y.join('\n') + '\n';
  if (s.volume.kind === 'bind') {
    // A bound host directory's owner and mode are not in the repository: a user declares them, here
    // as the emulation makes them (0755 root, like the directory the engine creates).
    const targets = [
      ...new Set([s.volume.phpTarget, s.volume.webTarget].filter((t) => t !== null).map(canon)),
    ];
    const declared = targets.flatMap((t) => [
      `  ${t}:`,
      '    mode: "0755"',
      '    owner: "0"',
      '    group: "0"',
    ]);
    files['.socklint.yml'] = ['directories:', ...declared].join('\n') + '\n';
  }
  return {
    id: s.id,
    family: 'containers',
    title: s.title || describe(s),
    facets: s.facets,
    files,
    expected: label(s),
    ids: {},
    client: `nginx/default.conf:${clientLine}`,
  };
}

/** The label: the spec's functions over the containers' numeric ids (D6). */
function label(s) {
  const phpImage = /** @type {import('./lib/images.mjs').Image} */ (imageOf(s.php.image));
  const webImage = /** @type {import('./lib/images.mjs').Image} */ (imageOf(s.web.image));
  const runs = readDockerfile(`FROM x\n${s.php.runs.map((r) => `RUN ${r}`).join('\n')}\n`).runs;
  const phpAcc = accountsOf(phpImage, runs);
  const webAcc = accountsOf(webImage, []);
  const out = {
    fpm: 'starts',
    web: 'starts',
    socket: null,
    status: null,
    errno: null,
    why: '',
    extraSockets: [],
  };
  // PHP-FPM's master and the directory it binds in.
  const m = containerCreds(s.php.user ?? null, s.php.groupAdd, phpAcc);
  if ('fails' in m) throw new Error(`${s.id}: ${m.fails}`);
  const master = creds(m);
  // The effective listen of [www]: a pool file sorting before docker.conf loses to `listen = 9000`.
  const tcp = s.php.poolFile < 'docker.conf';
  const listenDir = canon(dirOf(s.php.listen));
  const inVolume = listenDir === canon(s.volume.phpTarget);
  const chowned =
    s.php.runs.some((r) => r.includes('chown 1000:1000 /var/run/php')) &&
    canon(s.volume.phpTarget) === '/run/php';
  const volumeRoot =
    s.volume.kind === 'volume' && chowned
      ? { uid: 1000, gid: 1000, mode: 0o755 }
      : { uid: 0, gid: 0, mode: 0o755 };
  const phpDir = inVolume ? volumeRoot : listenDir === '/tmp' ? { uid: 0, gid: 0, mode: 0o1777 } : null;
  let sock = null;
  let stale = null;
  if (tcp) out.why = 'the pool file sorts before docker.conf: [www] listens on 9000 (D1, F23)';
  else if (s.php.rootPool && master.root && !s.php.cmd?.includes('"-R"')) {
    out.fpm = 'fails';
    out.why = '[pool www] please specify user and group other than root: php-fpm runs without -R (F8)';
  } else if (!phpDir) {
    out.fpm = 'fails';
    out.why = 'the socket directory does not exist in the PHP container (F12)';
  } else {
    const r = fpmSocket(
      { owner: s.php.owner, group: s.php.group, mode: s.php.mode },
      db(phpAcc),
      phpDir,
      master,
    );
    if ('fails' in r) {
      out.fpm = 'fails';
      out.why = r.fails;
      stale = r.stale ?? null;
    } else sock = r;
  }
  if (sock) {
    out.socket = {
      path: s.php.listen,
      uid: sock.uid,
      gid: sock.gid,
      mode: '0' + sock.mode.toString(8).padStart(3, '0'),
      acl: aclLines(sock),
    };
  }
  // nginx's workers: the `user` line in the nginx container (root master), or the master itself.
  const w = containerCreds(s.web.user ?? webImage.user, s.web.groupAdd, webAcc);
  if ('fails' in w) throw new Error(`${s.id}: ${w.fails}`);
  let worker;
  if (w.uid === 0) {
    const line = s.web.userLine === undefined ? 'user nginx;' : s.web.userLine;
    const args = line ? line.replace(/;$/, '').split(/\s+/).slice(1) : null;
    worker = nginxWorker(args, db(webAcc));
    if ('fails' in worker) {
      out.web = 'fails';
      out.why = worker.fails;
      return out;
    }
  } else worker = creds(w);
  out.status = 502;
  // The client's path in the nginx container: inside the same volume, or nowhere.
  const clientDir = canon(dirOf(s.web.client));
  const sameName = s.web.client.split('/').pop() === s.php.listen.split('/').pop();
  const reaches =
    s.volume.webTarget !== null && clientDir === canon(s.volume.webTarget) && sameName && inVolume;
  const node = sock ?? stale;
  if (!reaches || !node) {
    out.errno = 2;
    out.why ||= "nothing at the client's path in the nginx container (K6, K17)";
    return out;
  }
  if (!permits(worker, { uid: 0, gid: 0, mode: 0o755 }, 1) || !permits(worker, volumeRoot, 1)) {
    out.errno = 13;
    out.why = 'no search permission on the volume (K5)';
    return out;
  }
  if (stale) {
    out.errno = permits(worker, stale, 2) ? 111 : 13;
    return out;
  }
  if (!permits(worker, /** @type {any} */ (sock), 2)) {
    out.errno = 13;
    out.why = 'no write permission on the socket (K2, K3, D6)';
    return out;
  }
  out.status = 200;
  out.why = s.volume.webRo ? 'connects through a read-only mount (K13)' : 'connects';
  return out;
}

function describe(s) {
  const p = s.php;
  const parts = [
    `${p.image}${p.user ? ` user ${p.user}` : ''}${p.groupAdd.length ? ` +${p.groupAdd}` : ''}`,
    `${s.web.image}${s.web.userLine !== undefined ? ` "${s.web.userLine}"` : ''}${s.web.groupAdd.length ? ` +${s.web.groupAdd}` : ''}`,
  ];
  for (const [k, v] of Object.entries({ owner: p.owner, group: p.group, mode: p.mode }))
    if (v !== undefined) parts.push(`${k}=${v}`);
  parts.push(
    `${s.volume.kind} ${s.volume.phpTarget} → ${s.volume.webTarget ?? '(none)'}${s.volume.webRo ? ':ro' : ''}`,
    `listen ${p.listen}, client ${s.web.client}`,
  );
  if (p.poolFile !== 'zz-app.conf') parts.push(`pool file ${p.poolFile}`);
  return parts.join(', ');
}

/**
 * The compose scenarios for a seed: the probes, then random ones up to `count` in total.
 * @returns {import('./scenarios.mjs').Scenario[]}
 */
export function generateComposeScenarios(seed = 1, count = 120) {
  const rnd = prng(seed * 104729 + 3);
  const list = probes().map(build);
  for (let i = 1; list.length < count; i++) list.push(build(randomSpec(rnd, i)));
  return list;
}
