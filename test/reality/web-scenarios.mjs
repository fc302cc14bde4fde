// Seeded generator of Apache httpd and Caddy scenarios: Debian hosts (the layouts of Debian's
// apache2 and caddy packages) with php8.2-fpm, varying who the web server runs as (W1-W5), how it
// names the socket (A1, A2, C1, W6), the pool's `listen.*` and the socket directory, and the ways
// each server fails to start (W3, W12). Every scenario carries the spec's label (spec-model.mjs).
import {
  prng,
  pick,
  blank,
  names,
  addUser,
  addGroup,
  addMember,
  randomPoolAndDir,
  applyFpmQuirk,
  socketPaths,
  hostFiles,
  hostLabel,
  nominalIds,
  ID_BASE,
} from './scenarios.mjs';
import { apacheWorker, caddyWorker } from './spec-model.mjs';
import { STOCK_APACHE2_CONF, stockEnvvars } from './lib/stock.mjs';

/** The Debian caddy package's account: a dynamic system id; the tier passes this machine's. */
export const NOMINAL_CADDY = Object.freeze({ uid: 999, gid: 995 });

const RUN = { uid: 0, gid: 0, mode: 0o755 };

/** The modules a Debian site for PHP-FPM needs (mods-enabled links into mods-available). */
const APACHE_MODULES = [
  'mpm_event.load',
  'mpm_event.conf',
  'authz_core.load',
  'dir.load',
  'dir.conf',
  'mime.load',
  'mime.conf',
  'proxy.load',
  'proxy.conf',
  'proxy_fcgi.load',
];

/* ------------------------------------------------------------------------------------------ Apache */

/** Who the children run as: envvars, a later `User`/`Group`, or their absence (W1-W3). */
const APACHE_WORKERS = [
  [22, 'www-data'],
  [10, 'own'],
  [8, 'own+grp'],
  [6, 'own grp'],
  [4, 'own primary=www-data, Group grp'],
  [6, 'www-data+grp'],
  [4, 'User #uid'],
  [3, 'User #uid without passwd'],
  [2, 'no User'],
  [2, 'User without Group'],
  [1, 'User root'],
  [2, 'unknown user'],
  [2, 'unknown group'],
  [1, 'envvars without APACHE_RUN_GROUP'],
];

/** How the site names the socket (A1, A2). */
const APACHE_CLIENTS = [
  [10, 'sethandler-conf'],
  [6, 'sethandler-vhost'],
  [5, 'proxypassmatch'],
  [4, 'proxy-alias'],
  [2, 'relative'],
];

/**
 * Apply an Apache worker identity: accounts, envvars values and a later conf with `User`/`Group`.
 * @param {any} s
 */
function applyApacheWorker(s, kind, n) {
  s.worker.kind = kind;
  const a = s.apache;
  switch (kind) {
    case 'www-data':
      break;
    case 'own':
      addUser(s, n.web);
      a.env = [n.web.name, n.web.name];
      break;
    case 'own+grp':
      addGroup(s, n.grp);
      addUser(s, n.web, { supplementary: [n.grp.name] });
      a.env = [n.web.name, n.web.name];
      break;
    case 'own grp':
      addGroup(s, n.grp);
      addUser(s, n.web);
      a.env = [n.web.name, n.grp.name];
      break;
    case 'own primary=www-data, Group grp':
      // initgroups(User, Group) does not add User's passwd primary group (W1).
      addGroup(s, n.grp);
      addUser(s, n.web, { primary: 'www-data' });
      a.env = [n.web.name, n.grp.name];
      break;
    case 'www-data+grp':
      addGroup(s, n.grp);
      addMember(s, 'www-data', n.grp.name);
      break;
    case 'User #uid':
      addUser(s, n.web);
      a.userConf = [`User #${n.web.uid}`, `Group ${n.web.name}`];
      break;
    case 'User #uid without passwd':
      a.userConf = [`User #${n.ghost.uid}`, 'Group www-data'];
      break;
    case 'no User':
      a.mainConf = STOCK_APACHE2_CONF.replace('User ${APACHE_RUN_USER}\nGroup ${APACHE_RUN_GROUP}\n', '');
      break;
    case 'User without Group':
      a.mainConf = STOCK_APACHE2_CONF.replace('Group ${APACHE_RUN_GROUP}\n', '');
      break;
    case 'User root':
      a.userConf = ['User root', 'Group root'];
      break;
    case 'unknown user':
      a.env = [`${n.web.name}-ghost`, 'www-data'];
      break;
    case 'unknown group':
      a.env = ['www-data', `${n.grp.name}-ghost`];
      break;
    case 'envvars without APACHE_RUN_GROUP':
      a.env = ['www-data', null];
      break;
    default:
      throw new Error(kind);
  }
}

/** The effective `User` and `Group` httpd reads (a later conf-enabled file overrides apache2.conf). */
function apacheUserGroup(s) {
  const a = s.apache;
  const [envUser, envGroup] = a.env ?? ['www-data', 'www-data'];
  const main = a.mainConf ?? STOCK_APACHE2_CONF;
  // An undefined ${VAR} stays in the text (AH00111), so it is looked up as that literal name (W3).
  let user = main.includes('User ${APACHE_RUN_USER}') ? (envUser ?? '${APACHE_RUN_USER}') : undefined;
  let group = main.includes('Group ${APACHE_RUN_GROUP}') ? (envGroup ?? '${APACHE_RUN_GROUP}') : undefined;
  for (const l of a.userConf ?? []) {
    const [k, v] = l.split(' ');
    if (k === 'User') user = v;
    else group = v;
  }
  return { user, group };
}

/** A random Apache scenario. */
function randomApache(rnd, idx, idsFor, caddyIds) {
  const id = `a${String(idx).padStart(3, '0')}`;
  const s = hostBlank(id, idsFor(id, ID_BASE + (3000 + idx) * 4), caddyIds, 'apache');
  const n = names(id, s.ids);
  applyApacheWorker(s, pick(rnd, APACHE_WORKERS), n);
  s.apache.client = pick(rnd, APACHE_CLIENTS);
  randomPoolAndDir(rnd, s, n);
  const quirk = pick(rnd, [
    [64, 'none'],
    [7, 'typo'],
    [6, 'override-file'],
    [3, 'override-section'],
    [3, 'hash-line'],
    [2, 'upper-keys'],
    [3, 'tmp-socket'],
    [2, 'no-proxy_fcgi'],
  ]);
  s.facets.push(`quirk:${quirk}`);
  if (quirk === 'typo') s.clientTypo = true;
  else if (quirk === 'tmp-socket') tmpSocket(s);
  else if (quirk === 'no-proxy_fcgi') s.apache.noProxyFcgi = true;
  else applyFpmQuirk(rnd, s, quirk);
  if (s.apache.client === 'relative') relativeRuntimeDir(s);
  return s;
}

/** A relative `unix:` path is relative to DefaultRuntimeDir, /var/run/apache2 on Debian (A2, W7). */
function relativeRuntimeDir(s) {
  s.dir = { path: '/run/apache2', preexisting: true, model: [RUN, RUN] };
  s.varRunPool = false;
  s.pool.dollarPool = false;
  s.clientTypo = false;
  s.privateTmp = false;
}

/** The socket in /tmp: the web server's unit has its own /tmp (PrivateTmp=true, W8, Y5). */
function tmpSocket(s) {
  s.dir = { path: '/tmp', preexisting: true, model: [{ uid: 0, gid: 0, mode: 0o1777 }] };
  s.varRunPool = false;
  s.privateTmp = true;
}

/** Probes: one Apache claim each that the random mix reaches rarely. */
function apacheProbes(idsFor, caddyIds) {
  const out = [];
  const mk = (num, title, f) => {
    const id = `ap${String(num).padStart(2, '0')}`;
    const s = hostBlank(id, idsFor(id, ID_BASE + (2900 + num) * 4), caddyIds, 'apache');
    s.title = title;
    s.apache.client = 'sethandler-conf';
    s.pool.owner = 'www-data';
    f(s, names(id, s.ids));
    out.push(s);
  };
  mk(1, "Debian's stock pool settings with Debian's stock handler", () => undefined);
  mk(2, 'no listen.* → 0660 root:root, www-data children refused', (s) => (s.pool.owner = undefined));
  mk(
    3,
    'W2: User #uid without a passwd entry leaves the children root (0600 socket of another user)',
    (s, n) => {
      applyApacheWorker(s, 'User #uid without passwd', n);
      s.pool.owner = 'nobody';
      s.pool.mode = '0600';
    },
  );
  mk(4, 'W2: no User at all: children root', (s, n) => {
    applyApacheWorker(s, 'no User', n);
    s.pool.owner = undefined;
  });
  mk(5, 'W2: User without Group: children root', (s, n) => {
    applyApacheWorker(s, 'User without Group', n);
    s.pool.owner = undefined;
  });
  mk(6, 'W3: User root stops httpd', (s, n) => applyApacheWorker(s, 'User root', n));
  mk(7, 'W3: envvars without APACHE_RUN_GROUP stops httpd (AH00111, AH00544)', (s, n) =>
    applyApacheWorker(s, 'envvars without APACHE_RUN_GROUP', n),
  );
  mk(8, 'W1: Group G alone is enough, without membership', (s, n) => {
    applyApacheWorker(s, 'own grp', n);
    s.pool.owner = undefined;
    s.pool.group = n.grp.name;
  });
  mk(9, "W1: User's passwd primary group is dropped by initgroups", (s, n) => {
    applyApacheWorker(s, 'own primary=www-data, Group grp', n);
    s.pool.owner = undefined;
    s.pool.group = 'www-data';
  });
  mk(10, 'A2/W7: relative unix: path resolves against DefaultRuntimeDir', (s) => {
    s.apache.client = 'relative';
    relativeRuntimeDir(s);
  });
  mk(11, 'W8: socket in /tmp is invisible behind PrivateTmp', (s) => tmpSocket(s));
  mk(12, 'W8: the same /tmp socket with PrivateTmp=false in a drop-in', (s) => {
    tmpSocket(s);
    s.privateTmp = false;
    s.unitDropIn = ['[Service]', 'PrivateTmp=false'];
  });
  mk(13, 'W8: /var/run/php and /run/php are the same file', (s) => {
    s.varRunPool = true;
  });
  mk(14, 'W9: a ProxyPass worker whose URL prefixes the handler URL takes its requests', (s) => {
    s.apache.reuseTrap = 'localhost';
  });
  mk(15, 'W9: a handler with its own label (fcgi://php82) avoids the reused worker', (s) => {
    s.apache.reuseTrap = 'php82';
  });
  mk(16, 'W12: SetHandler without mod_proxy_fcgi serves the source with HTTP 200', (s) => {
    s.apache.noProxyFcgi = true;
  });
  mk(17, 'W12: ProxyPassMatch without mod_proxy stops httpd', (s) => {
    s.apache.client = 'proxypassmatch';
    s.apache.noProxy = true;
  });
  mk(18, 'W12: a site enabled without .conf is ignored (no handler: source served)', (s) => {
    s.apache.client = 'sethandler-vhost';
    s.apache.siteNoConf = true;
  });
  mk(19, 'W1: User/Group inside <VirtualHost> stops httpd', (s) => {
    s.apache.client = 'sethandler-vhost';
    s.apache.vhostUser = true;
  });
  mk(20, 'W13: 0606 with the children in the socket group is refused', (s, n) => {
    applyApacheWorker(s, 'www-data+grp', n);
    s.pool.owner = undefined;
    s.pool.group = n.grp.name;
    s.pool.mode = '0606';
  });
  mk(21, 'W13: listen.acl_users = www-data makes FPM ignore listen.owner', (s) => {
    s.pool.owner = 'nobody';
    s.pool.aclUsers = 'www-data';
  });
  mk(22, '<Proxy> alias with a balancer-free handler (A1)', (s) => {
    s.apache.client = 'proxy-alias';
  });
  mk(23, 'ProxyPassMatch to a socket in a 0700 directory', (s) => {
    s.apache.client = 'proxypassmatch';
    s.dir = { path: `/run/${s.id}`, mode: '0700' };
  });
  mk(24, 'W10: a missing socket directory stops php-fpm, not Apache', (s) => {
    s.dir = { path: `/run/${s.id}-missing`, missing: true };
  });
  return out;
}

/** The files of an Apache scenario and its label. */
function buildApache(s) {
  const files = {};
  const p = socketPaths(s);
  const a = s.apache;
  const etc = 'etc/apache2';
  const link = (dir, name) =>
    (files[`${etc}/${dir}-enabled/${name}`] = { symlink: `../${dir}-available/${name}` });
  for (const m of APACHE_MODULES) {
    if (a.noProxyFcgi && m === 'proxy_fcgi.load') continue;
    if (a.noProxy && m.startsWith('proxy')) continue;
    link('mods', m);
  }
  if (a.mainConf) files[`${etc}/apache2.conf`] = a.mainConf;
  if (a.env) files[`${etc}/envvars`] = stockEnvvars(a.env[0], a.env[1]);
  if (a.userConf) {
    files[`${etc}/conf-available/zz-user.conf`] = `# the web user of this host\n${a.userConf.join('\n')}\n`;
    link('conf', 'zz-user.conf');
  }
  // The socket as the handler names it: absolute, or relative to DefaultRuntimeDir (A2).
  const target = a.client === 'relative' ? p.sockFile : s.clientPath;
  if (a.client === 'relative') s.clientPath = `/run/apache2/${p.sockFile}`;
  const label = a.reuseTrap === 'php82' ? 'php82' : 'localhost';
  const handler = [
    '<FilesMatch ".+\\.php$">',
    `    SetHandler "proxy:unix:${target}|fcgi://${label}"`,
    '</FilesMatch>',
  ];
  let clientFile = '';
  let clientLine = 0;
  /** Lines of the site inside <VirtualHost>, with the client's line number recorded. */
  const vhostBody = [];
  const siteFile = `${etc}/sites-available/app${a.siteNoConf ? '' : '.conf'}`;
  const place = (file, lines, at, offset) => {
    clientFile = file;
    clientLine = offset + lines.findIndex((l) => at.test(l)) + 1;
  };
  if (a.client === 'sethandler-conf' || a.client === 'relative') {
    const conf = [
      '# PHP through php-fpm (as Debian ships php8.2-fpm.conf)',
      '<IfModule proxy_fcgi_module>',
      ...handler.map((l) => '    ' + l),
      '</IfModule>',
    ];
    files[`${etc}/conf-available/php-app.conf`] = conf.join('\n') + '\n';
    link('conf', 'php-app.conf');
    place(`${etc}/conf-available/php-app.conf`, conf, /SetHandler/, 0);
  }
  if (a.client === 'sethandler-vhost') vhostBody.push(...handler);
  if (a.client === 'proxypassmatch')
    vhostBody.push(`ProxyPassMatch "^/(.*\\.php(/.*)?)$" "unix:${target}|fcgi://localhost/var/www/html/"`);
  if (a.client === 'proxy-alias')
    vhostBody.push(
      `<Proxy "unix:${target}|fcgi://php-app">`,
      '    ProxySet disablereuse=off',
      '</Proxy>',
      '<FilesMatch "\\.php$">',
      '    SetHandler proxy:fcgi://php-app',
      '</FilesMatch>',
    );
  if (a.reuseTrap)
    vhostBody.push('ProxyPass "/api/" "unix:/run/php/legacy.sock|fcgi://localhost/var/www/html/"');
  if (a.vhostUser) vhostBody.push('User www-data');
  const site = [
    '<VirtualHost *:80>',
    '    ServerName app.example',
    '    DocumentRoot /var/www/html',
    ...vhostBody.map((l) => '    ' + l),
    '    ErrorLog ${APACHE_LOG_DIR}/app-error.log',
    '</VirtualHost>',
  ];
  files[siteFile] = site.join('\n') + '\n';
  files[`${etc}/sites-enabled/${siteFile.split('/').pop()}`] = {
    symlink: `../sites-available/${siteFile.split('/').pop()}`,
  };
  if (!clientFile) place(siteFile, site, /SetHandler "proxy:unix|ProxyPassMatch|<Proxy "unix/, 0);
  if (s.unitDropIn)
    files['etc/systemd/system/apache2.service.d/override.conf'] = s.unitDropIn.join('\n') + '\n';
  hostFiles(s, p, files);

  const { user, group } = apacheUserGroup(s);
  const fatal = a.vhostUser
    ? 'User cannot occur within <VirtualHost> section (W1)'
    : a.noProxy && a.client === 'proxypassmatch'
      ? "Invalid command 'ProxyPassMatch' without mod_proxy (W12)"
      : undefined;
  const expected = hostLabel(s, {
    client: apacheWorker({ user, group }, s.db),
    webFatal: fatal,
    failStatus: 503,
    ...unreachable(s, a),
  });
  // Without mod_proxy_fcgi nothing connects: httpd sends the file as it is (W12).
  if (a.noProxyFcgi && expected.web === 'starts')
    Object.assign(expected, {
      status: '200 (not PHP)',
      errno: null,
      why: 'no handler runs: the PHP source is sent (W12)',
    });
  // A site file without .conf is not included: the main server answers from the compiled-in
  // DocumentRoot (<ServerRoot>/htdocs), which does not exist (W12).
  if (a.siteNoConf && expected.web === 'starts')
    Object.assign(expected, {
      status: 404,
      errno: null,
      why: 'sites-enabled/app is not *.conf: not included (W12)',
    });
  return finish(s, 'apache', files, expected, `${clientFile}:${clientLine}`, describeApache(s, user, group));
}

/** Why a client never reaches the pool's socket inode, if it does not. */
function unreachable(s, a = {}) {
  if (s.privateTmp)
    return { unreachable: { why: 'the socket is in /tmp, and the unit has its own /tmp (W8)', errno: 2 } };
  if (a.reuseTrap === 'localhost')
    return { unreachable: { why: 'the ProxyPass worker to legacy.sock takes the request (W9)', errno: 2 } };
  return {};
}

function describeApache(s, user, group) {
  return [
    `apache User ${user ?? '-'} Group ${group ?? '-'} [${s.worker.kind}]`,
    `client ${s.apache.client}`,
    ...poolFacets(s),
  ].join(', ');
}

/* ------------------------------------------------------------------------------------------- Caddy */

/** Who caddy runs as: the packaged unit, drop-ins, or memberships (W4, W5). */
const CADDY_WORKERS = [
  [24, 'packaged'],
  [6, 'usermod -aG grp caddy'],
  [5, 'SupplementaryGroups=grp'],
  [4, 'Group=grp'],
  [5, 'User=own'],
  [3, 'User=www-data'],
  [2, 'User=root'],
  [1, 'User=unknown'],
];

/** How the Caddyfile names the socket (C1, W6). */
const CADDY_CLIENTS = [
  [18, 'php_fastcgi unix//abs'],
  [6, 'reverse_proxy transport fastcgi'],
  [4, 'unix/relative'],
  [2, 'unix///abs'],
  [2, 'WorkingDirectory + unix/relative'],
  [1, 'unix:/abs (nginx style)'],
  [1, '{$VAR} unset'],
  [2, '{$VAR:default}'],
  [1, '{$VAR} from Environment='],
];

function applyCaddyWorker(s, kind, n) {
  s.worker.kind = kind;
  const u = s.caddy.unit;
  switch (kind) {
    case 'packaged':
      break;
    case 'usermod -aG grp caddy':
      addGroup(s, n.grp);
      addMember(s, 'caddy', n.grp.name);
      break;
    case 'SupplementaryGroups=grp':
      addGroup(s, n.grp);
      u.supplementary.push(n.grp.name);
      s.caddy.dropIn.push(`SupplementaryGroups=${n.grp.name}`);
      break;
    case 'Group=grp':
      addGroup(s, n.grp);
      u.group = n.grp.name;
      s.caddy.dropIn.push(`Group=${n.grp.name}`);
      break;
    case 'User=own':
      addUser(s, n.web);
      u.user = n.web.name;
      s.caddy.dropIn.push(`User=${n.web.name}`);
      break;
    case 'User=www-data':
      u.user = 'www-data';
      s.caddy.dropIn.push('User=www-data');
      break;
    case 'User=root':
      u.user = 'root';
      s.caddy.dropIn.push('User=root');
      break;
    case 'User=unknown':
      u.user = `${n.web.name}-ghost`;
      s.caddy.dropIn.push(`User=${u.user}`);
      break;
    default:
      throw new Error(kind);
  }
}

function randomCaddy(rnd, idx, idsFor, caddyIds) {
  const id = `d${String(idx).padStart(3, '0')}`;
  const s = hostBlank(id, idsFor(id, ID_BASE + (5000 + idx) * 4), caddyIds, 'caddy');
  const n = names(id, s.ids);
  applyCaddyWorker(s, pick(rnd, CADDY_WORKERS), n);
  s.caddy.client = pick(rnd, CADDY_CLIENTS);
  randomPoolAndDir(rnd, s, n);
  const quirk = pick(rnd, [
    [66, 'none'],
    [7, 'typo'],
    [6, 'override-file'],
    [3, 'override-section'],
    [3, 'hash-line'],
    [2, 'upper-keys'],
    [3, 'tmp-socket'],
    [1, 'unknown-directive'],
    [1, 'missing-brace'],
  ]);
  s.facets.push(`quirk:${quirk}`);
  if (quirk === 'typo') s.clientTypo = true;
  else if (quirk === 'tmp-socket') tmpSocket(s);
  else if (quirk === 'unknown-directive' || quirk === 'missing-brace') s.caddy.broken = quirk;
  else applyFpmQuirk(rnd, s, quirk);
  return s;
}

function caddyProbes(idsFor, caddyIds) {
  const out = [];
  const mk = (num, title, f) => {
    const id = `cd${String(num).padStart(2, '0')}`;
    const s = hostBlank(id, idsFor(id, ID_BASE + (4900 + num) * 4), caddyIds, 'caddy');
    s.title = title;
    s.caddy.client = 'php_fastcgi unix//abs';
    s.pool.owner = 'www-data';
    f(s, names(id, s.ids));
    out.push(s);
  };
  mk(1, "W4: Debian's stock pool works for caddy through its www-data membership", () => undefined);
  mk(2, 'W4: no listen.* → 0660 root:root, caddy refused', (s) => (s.pool.owner = undefined));
  mk(3, 'W4: listen.acl_groups = www-data', (s) => {
    s.pool.owner = undefined;
    s.pool.aclGroups = 'www-data';
  });
  mk(4, 'W4: listen.acl_users = caddy', (s) => {
    s.pool.owner = undefined;
    s.pool.aclUsers = 'caddy';
  });
  mk(5, "W5: a drop-in with User=W keeps Group=caddy, W's primary group is lost", (s, n) => {
    applyCaddyWorker(s, 'User=own', n);
    s.pool.owner = undefined;
    s.pool.group = n.web.name;
  });
  mk(6, 'W5: Group=G drops the caddy group, keeps the www-data membership', (s, n) => {
    applyCaddyWorker(s, 'Group=grp', n);
    s.pool.owner = undefined;
    s.pool.group = 'caddy';
  });
  mk(7, 'W5: SupplementaryGroups= reaches the socket group', (s, n) => {
    applyCaddyWorker(s, 'SupplementaryGroups=grp', n);
    s.pool.owner = undefined;
    s.pool.group = n.grp.name;
  });
  mk(8, 'W5: usermod -aG G caddy reaches the socket group', (s, n) => {
    applyCaddyWorker(s, 'usermod -aG grp caddy', n);
    s.pool.owner = undefined;
    s.pool.group = n.grp.name;
  });
  mk(9, 'W5: User=root connects to anything', (s, n) => {
    applyCaddyWorker(s, 'User=root', n);
    s.pool.owner = 'nobody';
    s.pool.mode = '0600';
  });
  mk(10, "W6: unix/run/... is relative, and works from the unit's working directory /", (s) => {
    s.caddy.client = 'unix/relative';
  });
  mk(11, 'W6: the same relative path with WorkingDirectory=/srv is ENOENT', (s) => {
    s.caddy.client = 'WorkingDirectory + unix/relative';
  });
  mk(12, 'W6: unix///abs works', (s) => (s.caddy.client = 'unix///abs'));
  mk(
    13,
    'W6: nginx-style unix:/abs starts and fails every request',
    (s) => (s.caddy.client = 'unix:/abs (nginx style)'),
  );
  mk(14, 'W6: unset {$VAR} gives "missing address"', (s) => (s.caddy.client = '{$VAR} unset'));
  mk(15, 'W6: {$VAR:default} uses the default', (s) => (s.caddy.client = '{$VAR:default}'));
  mk(16, 'reverse_proxy with transport fastcgi', (s) => (s.caddy.client = 'reverse_proxy transport fastcgi'));
  mk(17, 'W8: socket in /tmp is invisible behind PrivateTmp', (s) => tmpSocket(s));
  mk(18, 'W12: an unknown directive stops caddy', (s) => (s.caddy.broken = 'unknown-directive'));
  mk(19, 'W12: a missing brace stops caddy', (s) => (s.caddy.broken = 'missing-brace'));
  mk(20, 'W12: an import of a missing file stops caddy', (s) => (s.caddy.broken = 'missing-import'));
  mk(21, 'W13: owner class decides: socket owned by caddy with mode 0060', (s) => {
    s.pool.owner = 'caddy';
    s.pool.mode = '0060';
  });
  mk(22, "W6: {$VAR} set by the unit's Environment=", (s) => (s.caddy.client = '{$VAR} from Environment='));
  mk(23, 'socket directory 0750 root:www-data (caddy is a member)', (s) => {
    s.dir = { path: `/run/${s.id}`, mode: '0750', chown: 'root:www-data' };
  });
  mk(24, 'W10: a missing socket directory stops php-fpm, not caddy', (s) => {
    s.dir = { path: `/run/${s.id}-missing`, missing: true };
  });
  return out;
}

function buildCaddy(s) {
  const files = {};
  const p = socketPaths(s);
  const c = s.caddy;
  const abs = s.clientPath;
  /** @type {Record<string, () => string>} */
  const address = {
    'php_fastcgi unix//abs': () => `unix/${abs}`,
    'reverse_proxy transport fastcgi': () => `unix/${abs}`,
    'unix/relative': () => `unix/${abs.slice(1)}`,
    'unix///abs': () => `unix//${abs}`,
    'WorkingDirectory + unix/relative': () => `unix/${abs.slice(1)}`,
    'unix:/abs (nginx style)': () => `unix:${abs}`,
    '{$VAR} unset': () => 'unix/{$SLTEST_PHP_SOCKET}',
    '{$VAR:default}': () => `unix/{$SLTEST_PHP_SOCKET:${abs}}`,
    '{$VAR} from Environment=': () => 'unix/{$SLTEST_PHP_SOCKET}',
  };
  const up = address[c.client]();
  if (c.client === 'WorkingDirectory + unix/relative') {
    c.dropIn.push('WorkingDirectory=/srv');
    s.setupAfter = ['mkdir -m 0755 /srv'];
  }
  if (c.client === '{$VAR} from Environment=') c.dropIn.push(`Environment=SLTEST_PHP_SOCKET=${abs}`);
  const site =
    c.client === 'reverse_proxy transport fastcgi'
      ? [
          '\troot * /var/www/html',
          '\t@php path *.php',
          `\treverse_proxy @php ${up} {`,
          '\t\ttransport fastcgi {',
          '\t\t\tsplit .php',
          '\t\t}',
          '\t}',
        ]
      : ['\troot * /var/www/html', `\tphp_fastcgi ${up}`];
  if (c.broken === 'unknown-directive') site.push('\tphp_fastcgi_cache on');
  if (c.broken === 'missing-import') site.push('\timport /etc/caddy/snippets/missing.caddy');
  site.push('\tfile_server');
  const text = [
    '{',
    '\t# global options',
    '}',
    '',
    ':80 {',
    ...site,
    ...(c.broken === 'missing-brace' ? [] : ['}']),
    '',
  ];
  files['etc/caddy/Caddyfile'] = text.join('\n');
  const clientLine = text.findIndex((l) => /php_fastcgi unix|php_fastcgi \{|reverse_proxy @php/.test(l)) + 1;
  if (c.dropIn.length)
    files['etc/systemd/system/caddy.service.d/override.conf'] = ['[Service]', ...c.dropIn, ''].join('\n');
  hostFiles(s, p, files);

  const reach =
    c.client === 'unix:/abs (nginx style)'
      ? {
          unreachable: {
            why: 'unix:/path is not a Caddy network address: "dial unix:: unknown network unix:" (W6)',
            errno: null,
          },
        }
      : c.client === '{$VAR} unset'
        ? {
            unreachable: {
              why: 'an unset {$VAR} leaves no address: "dial unix: missing address" (W6)',
              errno: null,
            },
          }
        : c.client === 'WorkingDirectory + unix/relative'
          ? {
              unreachable: {
                why: 'a relative unix/ path resolves against WorkingDirectory=/srv (W6)',
                errno: 2,
              },
            }
          : unreachable(s);
  const expected = hostLabel(s, {
    client: caddyWorker(c.unit, s.db),
    webFatal: c.broken ? `caddy refuses the Caddyfile: ${c.broken} (W12)` : undefined,
    failStatus: 502,
    ...reach,
  });
  const u = c.unit;
  const title = [
    `caddy User=${u.user ?? 'root'} Group=${u.group ?? '-'}${u.supplementary.length ? ` +${u.supplementary.join(',')}` : ''} [${s.worker.kind}]`,
    `client ${c.client}`,
    ...poolFacets(s),
    ...(c.broken ? [`broken: ${c.broken}`] : []),
  ].join(', ');
  return finish(s, 'caddy', files, expected, `etc/caddy/Caddyfile:${clientLine}`, title);
}

/* ------------------------------------------------------------------------------------------ shared */

/** A blank host scenario whose account database includes the caddy package's account (W4). */
function hostBlank(id, ids, caddyIds, family) {
  const s = blank(id, ids);
  s.db.users.set('caddy', { uid: caddyIds.uid, gid: caddyIds.gid });
  s.db.groups.set('caddy', { gid: caddyIds.gid, members: new Set() });
  s.db.groups.get('www-data').members.add('caddy');
  if (family === 'apache') s.apache = {};
  else s.caddy = { unit: { user: 'caddy', group: 'caddy', supplementary: [] }, dropIn: [] };
  return s;
}

function poolFacets(s) {
  const p = s.pool;
  const out = [];
  for (const [k, v] of Object.entries({
    owner: p.owner,
    group: p.group,
    mode: p.mode,
    acl_users: p.aclUsers,
    acl_groups: p.aclGroups,
  }))
    if (v !== undefined) out.push(`${k}=${JSON.stringify(v)}`);
  if (s.dir.path !== '/run/php')
    out.push(
      `dir ${s.dir.path}${s.dir.missing ? ' missing' : s.dir.mode ? ' ' + s.dir.mode : ''}${s.dir.chown ? ' ' + s.dir.chown : ''}`,
    );
  if (s.override) out.push(`override(${s.override.where}) ${s.override.key}=${s.override.value}`);
  out.push(...s.facets.filter((f) => f.startsWith('quirk:') && f !== 'quirk:none'));
  return out;
}

/**
 * @returns {import('./scenarios.mjs').Scenario & { client: string }}
 */
function finish(s, family, files, expected, client, title) {
  // The socket path in labels is the pool's (the client may reach it by another spelling).
  return {
    id: s.id,
    family,
    title: s.title || title,
    facets: s.facets,
    files,
    expected,
    ids: { ...s.ids.assigned },
    client,
  };
}

/**
 * Apache and Caddy scenarios for a seed: probes first, then random ones up to the counts.
 * @param {number} [seed]
 * @param {{ apache: number, caddy: number }} [counts]
 * @param {import('./scenarios.mjs').IdsFor} [idsFor]
 * @param {{ uid: number, gid: number }} [caddyIds] this machine's caddy account
 */
export function generateWebScenarios(
  seed = 1,
  counts = { apache: 90, caddy: 75 },
  idsFor = (_, base) => nominalIds(base),
  caddyIds = NOMINAL_CADDY,
) {
  const rndA = prng(seed * 7919 + 1);
  const rndC = prng(seed * 7919 + 2);
  const apache = apacheProbes(idsFor, caddyIds).map(buildApache);
  for (let i = 1; apache.length < counts.apache; i++)
    apache.push(buildApache(randomApache(rndA, i, idsFor, caddyIds)));
  const caddy = caddyProbes(idsFor, caddyIds).map(buildCaddy);
  for (let i = 1; caddy.length < counts.caddy; i++)
    caddy.push(buildCaddy(randomCaddy(rndC, i, idsFor, caddyIds)));
  return [...apache, ...caddy];
}
