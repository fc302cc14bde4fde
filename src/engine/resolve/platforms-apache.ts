/**
 * What each Apache httpd distribution ships before the repository adds anything: the main file
 * and the files it includes, the modules compiled in, the compiled defaults, the environment its
 * start script sets, and its service unit. Stock texts are reduced to their directives (comments
 * dropped). Sources, per fact:
 * - Debian 12: the installed `apache2` 2.4 and `php8.2-fpm` packages (`/etc/apache2`,
 *   `apache2 -l`, `/lib/systemd/system/apache2.service`), read on a Debian 12 machine.
 * - RHEL 8/9 and Fedora: the `httpd` package's `conf/httpd.conf` and `conf.modules.d/`, and the
 *   `php` package's `conf.d/php.conf` (FPM by default since Fedora 27 and RHEL 8), from copies of
 *   the packaged files; RHEL's `apache` account is 48:48.
 * - The official `httpd` image (docker-library/httpd `2.4/Dockerfile`): built from upstream
 *   `docs/conf/httpd.conf.in` with `--enable-mods-shared=reallyall`, `User`/`Group` rewritten from
 *   `daemon` to `www-data` since 2021-11, started as `httpd -DFOREGROUND` (no envvars).
 */
import type { BuiltinFile } from '../platforms/types.js';

export interface ApacheFlavour {
  /** e.g. "Debian's apache2 package". */
  description: string;
  layout: 'debian' | 'rhel' | 'upstream';
  /** `-f`: the main file. */
  mainPath: string;
  /** `-d`: the compiled ServerRoot, against which `Include` and other relative paths resolve. */
  serverRoot: string;
  /** The files it ships that httpd reads, with their text (the main file among them). */
  files: BuiltinFile[];
  /**
   * Directories of `files` that belong to the repository once it has a file in them: a repository
   * that manages `mods-enabled/` decides which modules are enabled.
   */
  managedDirectories: string[];
  /** Modules compiled into the binary (`httpd -l`), by module name (`so_module`). */
  staticModules: string[];
  /** DefaultRuntimeDir when the configuration sets none, relative to ServerRoot (A2). */
  compiledRuntimeDir: string;
  /** Directories the package ships as symlinks: where a path through them really is. */
  links?: Record<string, string>;
  /** `User`/`Group` when the configuration sets none: `#-1` (AH02155, W2). */
  compiledUser: string;
  compiledGroup: string;
  /** The file the start script sources before httpd reads its configuration (Debian's envvars). */
  envvarsPath?: string;
  /** The environment the start script sets before sourcing it. */
  startEnvironment: Record<string, string>;
  /**
   * Whether httpd's environment is known beyond that: a service started by systemd has no other
   * variables the configuration uses; a container may get any with `-e`.
   */
  environmentComplete: boolean;
  /** `-D` names on the command line httpd is started with. */
  defines: string[];
  /** Versions the binary may have, for `<IfVersion>`: the oldest and newest release of this flavour. */
  version: { min: string; max: string };
  /**
   * The systemd unit httpd runs under, when it is a service: read with the repository's drop-ins
   * (`serviceSettings(unitFiles(fs, name))`) for PrivateTmp and the working directory.
   */
  unit?: BuiltinFile;
  /** The account the children run as with the stock configuration, for messages. */
  stockUser: string;
  /** The binary's name in its messages (`apache2: bad user name …`). */
  binary: string;
}

/* ------------------------------------------------------------------ Debian */

const DEBIAN_ROOT = '/etc/apache2';

/** /etc/apache2/apache2.conf of Debian 12's apache2, comments dropped. */
const DEBIAN_APACHE2_CONF = `DefaultRuntimeDir \${APACHE_RUN_DIR}
PidFile \${APACHE_PID_FILE}
Timeout 300
KeepAlive On
MaxKeepAliveRequests 100
KeepAliveTimeout 5
User \${APACHE_RUN_USER}
Group \${APACHE_RUN_GROUP}
HostnameLookups Off
ErrorLog \${APACHE_LOG_DIR}/error.log
LogLevel warn
IncludeOptional mods-enabled/*.load
IncludeOptional mods-enabled/*.conf
Include ports.conf
<Directory />
\tOptions FollowSymLinks
\tAllowOverride None
\tRequire all denied
</Directory>
<Directory /usr/share>
\tAllowOverride None
\tRequire all granted
</Directory>
<Directory /var/www/>
\tOptions Indexes FollowSymLinks
\tAllowOverride None
\tRequire all granted
</Directory>
AccessFileName .htaccess
<FilesMatch "^\\.ht">
\tRequire all denied
</FilesMatch>
LogFormat "%v:%p %h %l %u %t \\"%r\\" %>s %O \\"%{Referer}i\\" \\"%{User-Agent}i\\"" vhost_combined
LogFormat "%h %l %u %t \\"%r\\" %>s %O \\"%{Referer}i\\" \\"%{User-Agent}i\\"" combined
LogFormat "%h %l %u %t \\"%r\\" %>s %O" common
LogFormat "%{Referer}i -> %U" referer
LogFormat "%{User-agent}i" agent
IncludeOptional conf-enabled/*.conf
IncludeOptional sites-enabled/*.conf
`;

const DEBIAN_PORTS_CONF = `Listen 80
<IfModule ssl_module>
\tListen 443
</IfModule>
<IfModule mod_gnutls.c>
\tListen 443
</IfModule>
`;

/** /etc/apache2/envvars, as apache2ctl sources it (the multi-instance SUFFIX block kept). */
const DEBIAN_ENVVARS = `unset HOME
if [ "\${APACHE_CONFDIR##/etc/apache2-}" != "\${APACHE_CONFDIR}" ] ; then
\tSUFFIX="-\${APACHE_CONFDIR##/etc/apache2-}"
else
\tSUFFIX=
fi
export APACHE_RUN_USER=www-data
export APACHE_RUN_GROUP=www-data
export APACHE_PID_FILE=/var/run/apache2$SUFFIX/apache2.pid
export APACHE_RUN_DIR=/var/run/apache2$SUFFIX
export APACHE_LOCK_DIR=/var/lock/apache2$SUFFIX
export APACHE_LOG_DIR=/var/log/apache2$SUFFIX
export LANG=C
export LANG
`;

const DEBIAN_DEFAULT_SITE = `<VirtualHost *:80>
\tServerAdmin webmaster@localhost
\tDocumentRoot /var/www/html
\tErrorLog \${APACHE_LOG_DIR}/error.log
\tCustomLog \${APACHE_LOG_DIR}/access.log combined
</VirtualHost>
`;

/** /lib/systemd/system/apache2.service of Debian 12's apache2. */
const DEBIAN_APACHE2_UNIT = `[Unit]
Description=The Apache HTTP Server
After=network.target remote-fs.target nss-lookup.target
Documentation=https://httpd.apache.org/docs/2.4/

[Service]
Type=forking
Environment=APACHE_STARTED_BY_SYSTEMD=true
ExecStart=/usr/sbin/apachectl start
ExecStop=/usr/sbin/apachectl graceful-stop
ExecReload=/usr/sbin/apachectl graceful
KillMode=mixed
PrivateTmp=true
Restart=on-abort
OOMPolicy=continue

[Install]
WantedBy=multi-user.target
`;

/** conf-available files of apache2, enabled at install; their directives hold no socket client. */
const DEBIAN_CONFS: Record<string, string> = {
  charset: '',
  'localized-error-pages': '',
  'other-vhosts-access-log': 'CustomLog ${APACHE_LOG_DIR}/other_vhosts_access.log vhost_combined\n',
  security: 'ServerTokens OS\nServerSignature On\nTraceEnable Off\n',
  'serve-cgi-bin': `<IfModule mod_alias.c>
\t<IfModule mod_cgi.c>
\t\tDefine ENABLE_USR_LIB_CGI_BIN
\t</IfModule>
\t<IfModule mod_cgid.c>
\t\tDefine ENABLE_USR_LIB_CGI_BIN
\t</IfModule>
\t<IfDefine ENABLE_USR_LIB_CGI_BIN>
\t\tScriptAlias /cgi-bin/ /usr/lib/cgi-bin/
\t\t<Directory "/usr/lib/cgi-bin">
\t\t\tAllowOverride None
\t\t\tOptions +ExecCGI -MultiViews +SymLinksIfOwnerMatch
\t\t\tRequire all granted
\t\t</Directory>
\t</IfDefine>
</IfModule>
`,
};

/**
 * conf-available/phpX.Y-fpm.conf of Debian's phpX.Y-fpm package (8.2's shown verbatim, comments
 * dropped), enabled by `a2enconf phpX.Y-fpm`: `.php`, `.phar` and `.phtml` go to the package's
 * socket when mod_proxy_fcgi is loaded and mod_php is not.
 */
export function debianPhpFpmConf(version: string): string {
  const major = version.split('.')[0];
  return `<IfModule !mod_php${major}.c>
<IfModule proxy_fcgi_module>
    <IfModule setenvif_module>
    SetEnvIfNoCase ^Authorization$ "(.+)" HTTP_AUTHORIZATION=$1
    </IfModule>
    <FilesMatch ".+\\.ph(?:ar|p|tml)$">
        SetHandler "proxy:unix:/run/php/php${version}-fpm.sock|fcgi://localhost"
    </FilesMatch>
    <FilesMatch ".+\\.phps$">
        Require all denied
    </FilesMatch>
    <FilesMatch "^\\.ph(?:ar|p|ps|tml)$">
        Require all denied
    </FilesMatch>
</IfModule>
</IfModule>
`;
}

/**
 * Debian's modules: `mods-available/NAME.load` loads `NAME_module` (dump_io: dumpio_module) and
 * needs these first (its `# Depends:` line, which a2enmod reads; Debian 12's apache2 2.4).
 */
const DEBIAN_MODULE_DEPENDS: Record<string, string[]> = {
  access_compat: ['authn_core'],
  asis: ['mime'],
  auth_basic: ['authn_core'],
  auth_digest: ['authn_core'],
  auth_form: ['session', 'authn_core'],
  authn_dbd: ['dbd'],
  authnz_ldap: ['ldap'],
  authz_dbd: ['dbd', 'authz_core'],
  authz_dbm: ['authz_core'],
  authz_groupfile: ['authz_core'],
  authz_host: ['authz_core'],
  authz_user: ['authz_core'],
  cache_disk: ['cache'],
  cache_socache: ['cache'],
  dav_fs: ['dav'],
  deflate: ['filter'],
  file_cache: ['cache'],
  include: ['mime'],
  lbmethod_bybusyness: ['proxy_balancer'],
  lbmethod_byrequests: ['proxy_balancer'],
  lbmethod_bytraffic: ['proxy_balancer'],
  lbmethod_heartbeat: ['proxy_balancer'],
  proxy_ajp: ['proxy'],
  proxy_balancer: ['proxy', 'alias', 'slotmem_shm'],
  proxy_connect: ['proxy'],
  proxy_express: ['proxy'],
  proxy_fcgi: ['proxy'],
  proxy_fdpass: ['proxy'],
  proxy_ftp: ['proxy'],
  proxy_hcheck: ['proxy'],
  proxy_html: ['proxy', 'xml2enc'],
  proxy_http: ['proxy'],
  proxy_http2: ['proxy', 'http2'],
  proxy_scgi: ['proxy'],
  proxy_uwsgi: ['proxy'],
  proxy_wstunnel: ['proxy'],
  ratelimit: ['env'],
  session_cookie: ['session'],
  session_crypto: ['session'],
  session_dbd: ['session'],
  ssl: ['setenvif', 'mime', 'socache_shmcb'],
};

/** The MPMs' `# Conflicts:` lines: a2enmod refuses one while another is enabled. */
const DEBIAN_MODULE_CONFLICTS: Record<string, string[]> = {
  mpm_event: ['mpm_worker', 'mpm_prefork'],
  mpm_prefork: ['mpm_event', 'mpm_worker'],
  mpm_worker: ['mpm_event', 'mpm_prefork'],
};

/** Modules whose mods-available has a `.conf` next to the `.load`. */
const DEBIAN_MODULE_CONFS = new Set([
  'actions',
  'alias',
  'autoindex',
  'cache_disk',
  'cgid',
  'dav_fs',
  'deflate',
  'dir',
  'http2',
  'info',
  'ldap',
  'mime',
  'mime_magic',
  'mpm_event',
  'mpm_prefork',
  'mpm_worker',
  'negotiation',
  'proxy',
  'proxy_balancer',
  'proxy_ftp',
  'proxy_html',
  'reqtimeout',
  'setenvif',
  'ssl',
  'status',
  'userdir',
]);

/** mods-enabled after installing apache2 on Debian 12. */
export const DEBIAN_DEFAULT_MODULES = [
  'access_compat',
  'alias',
  'auth_basic',
  'authn_core',
  'authn_file',
  'authz_core',
  'authz_host',
  'authz_user',
  'autoindex',
  'deflate',
  'dir',
  'env',
  'filter',
  'mime',
  'mpm_event',
  'negotiation',
  'reqtimeout',
  'setenvif',
  'status',
];

/** mods-available of Debian 12's apache2 (every `.load` it ships). */
const DEBIAN_AVAILABLE_MODULES = `
  access_compat actions alias allowmethods asis auth_basic auth_digest auth_form authn_anon
  authn_core authn_dbd authn_dbm authn_file authn_socache authnz_fcgi authnz_ldap authz_core
  authz_dbd authz_dbm authz_groupfile authz_host authz_owner authz_user autoindex brotli buffer
  cache cache_disk cache_socache cern_meta cgi cgid charset_lite data dav dav_fs dav_lock dbd
  deflate dialup dir dump_io echo env expires ext_filter file_cache filter headers heartbeat
  heartmonitor http2 ident imagemap include info lbmethod_bybusyness lbmethod_byrequests
  lbmethod_bytraffic lbmethod_heartbeat ldap log_debug log_forensic lua macro md mime mime_magic
  mpm_event mpm_prefork mpm_worker negotiation proxy proxy_ajp proxy_balancer proxy_connect
  proxy_express proxy_fcgi proxy_fdpass proxy_ftp proxy_hcheck proxy_html proxy_http proxy_http2
  proxy_scgi proxy_uwsgi proxy_wstunnel ratelimit reflector remoteip reqtimeout request rewrite sed
  session session_cookie session_crypto session_dbd setenvif slotmem_plain slotmem_shm socache_dbm
  socache_memcache socache_redis socache_shmcb speling ssl status substitute suexec unique_id
  userdir usertrack vhost_alias xml2enc
`
  .trim()
  .split(/\s+/);

/** conf-enabled after installing apache2 on Debian 12. */
export const DEBIAN_DEFAULT_CONFS = Object.keys(DEBIAN_CONFS);

/** The text of Debian's `mods-available/NAME.load`: the header lines a2enmod reads, then LoadModule. */
function debianLoadFile(name: string): string {
  const header = [
    ...(DEBIAN_MODULE_DEPENDS[name] ? [`# Depends: ${DEBIAN_MODULE_DEPENDS[name].join(' ')}`] : []),
    ...(DEBIAN_MODULE_CONFLICTS[name] ? [`# Conflicts: ${DEBIAN_MODULE_CONFLICTS[name].join(' ')}`] : []),
  ];
  return [
    ...header,
    `LoadModule ${debianModuleSymbol(name)} /usr/lib/apache2/modules/mod_${name}.so`,
    '',
  ].join('\n');
}

/** The module a Debian `NAME.load` loads. */
export function debianModuleSymbol(name: string): string {
  return name === 'dump_io' ? 'dumpio_module' : `${name}_module`;
}

/** A module with everything `a2enmod` enables with it (its `# Depends:`). */
function withDepends(names: string[]): string[] {
  const out: string[] = [];
  const add = (name: string) => {
    if (out.includes(name)) return;
    for (const dep of DEBIAN_MODULE_DEPENDS[name] ?? []) add(dep);
    out.push(name);
  };
  names.forEach(add);
  return out;
}

export interface DebianApacheOptions {
  /** Modules enabled beyond the defaults (`a2enmod proxy_fcgi`); their dependencies come along. */
  modules?: string[];
  /** Modules disabled (`a2dismod`). */
  disabledModules?: string[];
  /** conf-available files enabled beyond the defaults (`a2enconf php8.2-fpm`). */
  confs?: string[];
  disabledConfs?: string[];
  /** PHP-FPM versions installed: their conf-available/phpX.Y-fpm.conf is shipped. */
  phpFpm?: string[];
  /** The default site is enabled (000-default); `a2dissite 000-default` removes it. */
  defaultSite?: boolean;
}

/** Debian 12's apache2 package, with the modules, confs and sites the repository enables. */
export function debianApache(options: DebianApacheOptions = {}): ApacheFlavour {
  const disabled = new Set(options.disabledModules ?? []);
  const modules = withDepends([...DEBIAN_DEFAULT_MODULES, ...(options.modules ?? [])]).filter(
    (m) => !disabled.has(m),
  );
  const files: BuiltinFile[] = [
    { deployedPath: `${DEBIAN_ROOT}/apache2.conf`, text: DEBIAN_APACHE2_CONF },
    { deployedPath: `${DEBIAN_ROOT}/ports.conf`, text: DEBIAN_PORTS_CONF },
    { deployedPath: `${DEBIAN_ROOT}/envvars`, text: DEBIAN_ENVVARS },
  ];
  for (const name of modules) {
    files.push({
      deployedPath: `${DEBIAN_ROOT}/mods-enabled/${name}.load`,
      text: debianLoadFile(name),
    });
    if (DEBIAN_MODULE_CONFS.has(name)) {
      // The settings of these modules never connect to a socket; their text is not needed.
      files.push({ deployedPath: `${DEBIAN_ROOT}/mods-enabled/${name}.conf`, text: '' });
    }
  }
  // mods-available holds every module the package ships: a repository's mods-enabled links point there.
  for (const name of DEBIAN_AVAILABLE_MODULES) {
    files.push({
      deployedPath: `${DEBIAN_ROOT}/mods-available/${name}.load`,
      text: debianLoadFile(name),
    });
    if (DEBIAN_MODULE_CONFS.has(name))
      files.push({ deployedPath: `${DEBIAN_ROOT}/mods-available/${name}.conf`, text: '' });
  }
  const phpConfs = Object.fromEntries(
    (options.phpFpm ?? []).map((v) => [`php${v}-fpm`, debianPhpFpmConf(v)] as const),
  );
  const available: Record<string, string> = { ...DEBIAN_CONFS, ...phpConfs };
  // The phpX.Y-fpm package ships its conf, not apache2.
  const shippedBy = (name: string) =>
    Object.hasOwn(phpConfs, name) ? { shippedBy: `Debian's ${name} package` } : {};
  for (const [name, text] of Object.entries(available)) {
    files.push({ deployedPath: `${DEBIAN_ROOT}/conf-available/${name}.conf`, text, ...shippedBy(name) });
  }
  const disabledConfs = new Set(options.disabledConfs ?? []);
  for (const name of [...DEBIAN_DEFAULT_CONFS, ...(options.confs ?? [])]) {
    if (disabledConfs.has(name) || available[name] === undefined) continue;
    files.push({
      deployedPath: `${DEBIAN_ROOT}/conf-enabled/${name}.conf`,
      text: available[name],
      ...shippedBy(name),
    });
  }
  files.push({ deployedPath: `${DEBIAN_ROOT}/sites-available/000-default.conf`, text: DEBIAN_DEFAULT_SITE });
  if (options.defaultSite !== false) {
    files.push({ deployedPath: `${DEBIAN_ROOT}/sites-enabled/000-default.conf`, text: DEBIAN_DEFAULT_SITE });
  }
  return {
    description: "Debian's apache2 package",
    layout: 'debian',
    mainPath: `${DEBIAN_ROOT}/apache2.conf`,
    serverRoot: DEBIAN_ROOT,
    files,
    managedDirectories: ['mods-enabled', 'conf-enabled', 'sites-enabled'].map((d) => `${DEBIAN_ROOT}/${d}`),
    staticModules: [
      'core_module',
      'so_module',
      'watchdog_module',
      'http_module',
      'log_config_module',
      'logio_module',
      'version_module',
      'unixd_module',
    ],
    compiledRuntimeDir: 'logs',
    compiledUser: '#-1',
    compiledGroup: '#-1',
    envvarsPath: `${DEBIAN_ROOT}/envvars`,
    // apache2ctl: APACHE_CONFDIR defaults to /etc/apache2, then it sources $APACHE_CONFDIR/envvars.
    startEnvironment: { APACHE_CONFDIR: DEBIAN_ROOT, APACHE_ENVVARS: `${DEBIAN_ROOT}/envvars` },
    environmentComplete: true,
    defines: [],
    version: { min: '2.4.57', max: '2.4.999' },
    unit: { deployedPath: '/lib/systemd/system/apache2.service', text: DEBIAN_APACHE2_UNIT },
    stockUser: 'www-data',
    binary: 'apache2',
  };
}

/* ------------------------------------------------------------------ RHEL, Fedora */

const RHEL_ROOT = '/etc/httpd';

/** conf/httpd.conf of RHEL's httpd, comments dropped. */
const RHEL_HTTPD_CONF = `ServerRoot "/etc/httpd"
Listen 80
Include conf.modules.d/*.conf
User apache
Group apache
ServerAdmin root@localhost
<Directory />
    AllowOverride none
    Require all denied
</Directory>
DocumentRoot "/var/www/html"
<Directory "/var/www">
    AllowOverride None
    Require all granted
</Directory>
<Directory "/var/www/html">
    Options Indexes FollowSymLinks
    AllowOverride None
    Require all granted
</Directory>
<IfModule dir_module>
    DirectoryIndex index.html
</IfModule>
<Files ".ht*">
    Require all denied
</Files>
ErrorLog "logs/error_log"
LogLevel warn
<IfModule log_config_module>
    LogFormat "%h %l %u %t \\"%r\\" %>s %b \\"%{Referer}i\\" \\"%{User-Agent}i\\"" combined
    LogFormat "%h %l %u %t \\"%r\\" %>s %b" common
    CustomLog "logs/access_log" combined
</IfModule>
<IfModule alias_module>
    ScriptAlias /cgi-bin/ "/var/www/cgi-bin/"
</IfModule>
<Directory "/var/www/cgi-bin">
    AllowOverride None
    Options None
    Require all granted
</Directory>
<IfModule mime_module>
    TypesConfig /etc/mime.types
    AddType application/x-compress .Z
    AddType application/x-gzip .gz .tgz
    AddType text/html .shtml
    AddOutputFilter INCLUDES .shtml
</IfModule>
AddDefaultCharset UTF-8
<IfModule mime_magic_module>
    MIMEMagicFile conf/magic
</IfModule>
EnableSendfile on
IncludeOptional conf.d/*.conf
`;

const rhelLoads = (modules: string[]) =>
  modules.map((m) => `LoadModule ${m}_module modules/mod_${m}.so\n`).join('');

/** conf.modules.d of RHEL's httpd: the modules that matter here, per file. */
const RHEL_MODULE_FILES: Record<string, string> = {
  '00-base.conf': rhelLoads([
    'access_compat',
    'actions',
    'alias',
    'allowmethods',
    'auth_basic',
    'authn_core',
    'authn_file',
    'authz_core',
    'authz_groupfile',
    'authz_host',
    'authz_owner',
    'authz_user',
    'autoindex',
    'deflate',
    'dir',
    'env',
    'expires',
    'ext_filter',
    'filter',
    'headers',
    'include',
    'log_config',
    'logio',
    'mime_magic',
    'mime',
    'negotiation',
    'remoteip',
    'reqtimeout',
    'rewrite',
    'setenvif',
    'slotmem_plain',
    'slotmem_shm',
    'socache_shmcb',
    'status',
    'substitute',
    'unixd',
    'version',
    'vhost_alias',
  ]),
  '00-mpm.conf': 'LoadModule mpm_event_module modules/mod_mpm_event.so\n',
  '00-proxy.conf': rhelLoads([
    'proxy',
    'lbmethod_bybusyness',
    'lbmethod_byrequests',
    'lbmethod_bytraffic',
    'lbmethod_heartbeat',
    'proxy_ajp',
    'proxy_balancer',
    'proxy_connect',
    'proxy_express',
    'proxy_fcgi',
    'proxy_fdpass',
    'proxy_ftp',
    'proxy_http',
    'proxy_hcheck',
    'proxy_scgi',
    'proxy_uwsgi',
    'proxy_wstunnel',
  ]),
  '00-systemd.conf': 'LoadModule systemd_module modules/mod_systemd.so\n',
};

/** usr/lib/systemd/system/httpd.service of RHEL's httpd. */
const RHEL_HTTPD_UNIT = `[Unit]
Description=The Apache HTTP Server
After=network.target remote-fs.target nss-lookup.target

[Service]
Type=notify
Environment=LANG=C
ExecStart=/usr/sbin/httpd $OPTIONS -DFOREGROUND
ExecReload=/usr/sbin/httpd $OPTIONS -k graceful
KillSignal=SIGWINCH
KillMode=mixed
PrivateTmp=true

[Install]
WantedBy=multi-user.target
`;

/** conf.d/php.conf of RHEL 8/9's and Fedora's php package: FPM unless mod_php is loaded. */
export const RHEL_PHP_CONF = `<Files ".user.ini">
    Require all denied
</Files>
AddType text/html .php
DirectoryIndex index.php
<IfModule !mod_php.c>
  SetEnvIfNoCase ^Authorization$ "(.+)" HTTP_AUTHORIZATION=$1
  <FilesMatch \\.(php|phar)$>
    SetHandler "proxy:unix:/run/php-fpm/www.sock|fcgi://localhost"
  </FilesMatch>
</IfModule>
`;

export interface RhelApacheOptions {
  /** The php package is installed: it ships conf.d/php.conf. */
  php?: boolean;
}

/** RHEL's (and Fedora's) httpd package. */
export function rhelApache(options: RhelApacheOptions = {}): ApacheFlavour {
  const files: BuiltinFile[] = [{ deployedPath: `${RHEL_ROOT}/conf/httpd.conf`, text: RHEL_HTTPD_CONF }];
  for (const [name, text] of Object.entries(RHEL_MODULE_FILES)) {
    files.push({ deployedPath: `${RHEL_ROOT}/conf.modules.d/${name}`, text });
  }
  if (options.php) files.push({ deployedPath: `${RHEL_ROOT}/conf.d/php.conf`, text: RHEL_PHP_CONF });
  return {
    description: "RHEL's httpd package",
    layout: 'rhel',
    mainPath: `${RHEL_ROOT}/conf/httpd.conf`,
    serverRoot: RHEL_ROOT,
    files,
    managedDirectories: [`${RHEL_ROOT}/conf.modules.d`],
    staticModules: ['core_module', 'so_module', 'http_module'],
    // /etc/httpd/run is the package's symlink to /run/httpd (httpd.spec: ln -s ../../run/httpd run).
    compiledRuntimeDir: 'run',
    links: { [`${RHEL_ROOT}/run`]: '/run/httpd' },
    compiledUser: '#-1',
    compiledGroup: '#-1',
    startEnvironment: {},
    environmentComplete: true,
    // httpd.service: ExecStart=/usr/sbin/httpd $OPTIONS -DFOREGROUND
    defines: ['FOREGROUND'],
    version: { min: '2.4.37', max: '2.4.999' },
    unit: { deployedPath: '/usr/lib/systemd/system/httpd.service', text: RHEL_HTTPD_UNIT },
    stockUser: 'apache',
    binary: 'httpd',
  };
}

/** The `apache` account of RHEL's httpd package. */
export const RHEL_APACHE_ACCOUNT = { user: 'apache', uid: 48, group: 'apache', gid: 48 } as const;

/* ------------------------------------------------------------------ the official image */

const IMAGE_ROOT = '/usr/local/apache2';

/** The modules upstream's httpd.conf loads (the others' LoadModule lines are commented out, mod_proxy's among them). */
const UPSTREAM_MODULES = [
  'mpm_event',
  'authn_file',
  'authn_core',
  'authz_host',
  'authz_groupfile',
  'authz_user',
  'authz_core',
  'access_compat',
  'auth_basic',
  'reqtimeout',
  'filter',
  'mime',
  'log_config',
  'env',
  'headers',
  'setenvif',
  'version',
  'unixd',
  'status',
  'autoindex',
  'dir',
  'alias',
];

/** conf/httpd.conf of the httpd image, comments dropped (upstream's, after the Dockerfile's sed). */
const IMAGE_HTTPD_CONF = `ServerRoot "/usr/local/apache2"
Listen 80
${UPSTREAM_MODULES.map((m) => `LoadModule ${m}_module modules/mod_${m}.so`).join('\n')}
<IfModule unixd_module>
User www-data
Group www-data
</IfModule>
ServerAdmin you@example.com
<Directory />
    AllowOverride none
    Require all denied
</Directory>
DocumentRoot "/usr/local/apache2/htdocs"
<Directory "/usr/local/apache2/htdocs">
    Options Indexes FollowSymLinks
    AllowOverride None
    Require all granted
</Directory>
<IfModule dir_module>
    DirectoryIndex index.html
</IfModule>
<Files ".ht*">
    Require all denied
</Files>
ErrorLog /proc/self/fd/2
LogLevel warn
<IfModule log_config_module>
    LogFormat "%h %l %u %t \\"%r\\" %>s %b \\"%{Referer}i\\" \\"%{User-Agent}i\\"" combined
    LogFormat "%h %l %u %t \\"%r\\" %>s %b" common
    CustomLog /proc/self/fd/1 common
</IfModule>
<IfModule alias_module>
    ScriptAlias /cgi-bin/ "/usr/local/apache2/cgi-bin/"
</IfModule>
<Directory "/usr/local/apache2/cgi-bin">
    AllowOverride None
    Options None
    Require all granted
</Directory>
<IfModule headers_module>
    RequestHeader unset Proxy early
</IfModule>
<IfModule mime_module>
    TypesConfig conf/mime.types
    AddType application/x-compress .Z
    AddType application/x-gzip .gz .tgz
</IfModule>
`;

/** The official `httpd` image (Debian or Alpine based: `www-data` is 33 or 82). */
export function httpdImage(image: string, tagVersion?: string): ApacheFlavour {
  return {
    description: `the ${image} image`,
    layout: 'upstream',
    mainPath: `${IMAGE_ROOT}/conf/httpd.conf`,
    serverRoot: IMAGE_ROOT,
    files: [{ deployedPath: `${IMAGE_ROOT}/conf/httpd.conf`, text: IMAGE_HTTPD_CONF }],
    managedDirectories: [],
    staticModules: ['core_module', 'so_module', 'http_module'],
    compiledRuntimeDir: 'logs',
    compiledUser: '#-1',
    compiledGroup: '#-1',
    startEnvironment: {},
    environmentComplete: false,
    // httpd-foreground: exec httpd -DFOREGROUND "$@"
    defines: ['FOREGROUND'],
    version: tagVersion ? { min: tagVersion, max: tagVersion } : { min: '2.4.0', max: '2.4.999' },
    stockUser: 'www-data',
    binary: 'httpd',
  };
}

/** The files of a flavour that apply: those in a directory the repository manages are the repository's to give. */
export function apacheBuiltins(flavour: ApacheFlavour, repositoryPaths: string[]): BuiltinFile[] {
  const managed = flavour.managedDirectories.filter((dir) =>
    repositoryPaths.some((p) => p.startsWith(dir + '/')),
  );
  return flavour.files.filter((f) => !managed.some((dir) => f.deployedPath.startsWith(dir + '/')));
}
