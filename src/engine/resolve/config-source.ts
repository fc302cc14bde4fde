/**
 * Whether a COPY source could configure a web server or PHP-FPM: a file discovery classified as
 * nginx or PHP-FPM configuration, or one whose name or content is Apache's or Caddy's (discovery
 * leaves those `other`; their loaders find them by deployed path). A PHP application's files are
 * not, so copying an app to an unknown directory leaves no socket open.
 */
import { isServerConfigPath } from '../parse/provision/facts.js';
import type { SourceFile } from '../types.js';

const CONFIG_KINDS = new Set(['nginx-main', 'nginx-site', 'nginx-snippet', 'fpm-main', 'fpm-pool']);
const CADDYFILE = /(?:^|\/)Caddyfile[^/]*$/i;
/** Apache sections and proxy directives, Caddy's FastCGI and proxy directives, at a line's start. */
const SERVER_CONTENT =
  /^[ \t]*(?:<(?:VirtualHost|Directory|FilesMatch|LocationMatch|Proxy)\b|(?:SetHandler|ProxyPassMatch|ProxyPass)[ \t]|(?:php_fastcgi|reverse_proxy)[ \t])/im;
/** How much of a file the content check looks at, as discovery's sniffers. */
const PREFIX_CHARS = 32 * 1024;

export function couldConfigureServer(file: SourceFile, repoPath: string): boolean {
  const kind = (file as { kind?: string }).kind;
  if (kind !== undefined && CONFIG_KINDS.has(kind)) return true;
  if (CADDYFILE.test(repoPath) || isServerConfigPath(repoPath)) return true;
  return SERVER_CONTENT.test(file.text.slice(0, PREFIX_CHARS));
}
