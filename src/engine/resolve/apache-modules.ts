/**
 * httpd's modules by name, and the directives of the modules that matter for sockets.
 * `<IfModule X>` accepts a module's identifier (`proxy_fcgi_module`) or its source file
 * (`mod_proxy_fcgi.c`) (`find_module()`, server/core.c); a directive of a module that is not
 * loaded stops httpd with "Invalid command" (`ap_walk_config_sub()`, server/config.c).
 */

/** Identifiers whose source file is not `mod_NAME.c`. */
const SOURCE_FILES: Record<string, string[]> = {
  core_module: ['core.c'],
  http_module: ['http_core.c'],
  mpm_event_module: ['event.c'],
  mpm_prefork_module: ['prefork.c'],
  mpm_worker_module: ['worker.c'],
  // PHP 8's module is mod_php.c upstream; Debian's and Fedora's configs test mod_php8.c and mod_php7.c.
  php_module: ['mod_php.c', 'mod_php8.c'],
  php7_module: ['mod_php7.c'],
  php5_module: ['mod_php5.c'],
};

/** The identifier of a module named either way, as far as the name tells. */
export function moduleIdentifier(name: string): string {
  for (const [id, files] of Object.entries(SOURCE_FILES)) if (files.includes(name)) return id;
  const file = /^mod_(.+)\.c$/.exec(name);
  return file ? `${file[1]}_module` : name;
}

/** Directives (lower case) of the modules socklint reads, by module identifier. */
const MODULE_DIRECTIVES: Record<string, string[]> = {
  proxy_module: [
    'proxypass',
    'proxypassmatch',
    'proxypassreverse',
    'proxyset',
    '<proxy',
    '<proxymatch',
    'balancermember',
    'proxyrequests',
    'proxypreservehost',
    'proxytimeout',
    'proxyerroroverride',
    'proxyaddheaders',
    'proxyvia',
  ],
  proxy_fcgi_module: ['proxyfcgibackendtype', 'proxyfcgisetenvif'],
  unixd_module: ['user', 'group', 'chrootdir', 'suexec'],
  version_module: ['<ifversion'],
  so_module: ['loadmodule', 'loadfile'],
  setenvif_module: ['setenvif', 'setenvifnocase', 'setenvifexpr', 'browsermatch', 'browsermatchnocase'],
  mime_module: ['addhandler', 'addtype', 'removehandler', 'typesconfig'],
  alias_module: ['alias', 'aliasmatch', 'scriptalias', 'scriptaliasmatch', 'redirect', 'redirectmatch'],
  dir_module: ['directoryindex', 'directoryslash', 'fallbackresource'],
  rewrite_module: ['rewriteengine', 'rewriterule', 'rewritecond', 'rewritebase', 'rewritemap'],
  headers_module: ['header', 'requestheader'],
  env_module: ['setenv', 'unsetenv', 'passenv'],
  actions_module: ['action', 'script'],
  macro_module: ['<macro', 'use', 'undefmacro'],
};

const DIRECTIVE_MODULE = new Map<string, string>(
  Object.entries(MODULE_DIRECTIVES).flatMap(([module, names]) => names.map((n) => [n, module] as const)),
);

/** The module that provides a directive (`<proxy` for a section), when socklint knows it. */
export function directiveModule(lowerName: string): string | undefined {
  return DIRECTIVE_MODULE.get(lowerName);
}

/** The module that speaks a proxy scheme (`fcgi://` → mod_proxy_fcgi). */
export const SCHEME_MODULES: Record<string, string> = {
  fcgi: 'proxy_fcgi_module',
  http: 'proxy_http_module',
  https: 'proxy_http_module',
  h2: 'proxy_http2_module',
  h2c: 'proxy_http2_module',
  scgi: 'proxy_scgi_module',
  uwsgi: 'proxy_uwsgi_module',
  ajp: 'proxy_ajp_module',
  ws: 'proxy_wstunnel_module',
  wss: 'proxy_wstunnel_module',
};

/** `ap_proxy_port_of_scheme()`: the port a scheme connects to when the URL names none. */
export const SCHEME_PORTS: Record<string, number> = {
  fcgi: 8000,
  http: 80,
  https: 443,
  h2: 443,
  h2c: 80,
  scgi: 4000,
  uwsgi: 3031,
  ajp: 8009,
  ws: 80,
  wss: 443,
};
