/** How messages name each web server and the processes of it that connect to a socket. */
import type { SocketClient, WebServerKind } from '../model.js';

/** `nginx`, `Apache`, `Caddy`. */
export function serverName(kind: WebServerKind): string {
  return kind === 'apache' ? 'Apache' : kind === 'caddy' ? 'Caddy' : 'nginx';
}

/**
 * The processes that call connect(): nginx's workers, Apache's children (A3: the master forks
 * them and they drop to User/Group), Caddy's single process (C3).
 */
export function connectingProcesses(kind: WebServerKind): { singular: string; plural: string } {
  if (kind === 'apache') return { singular: 'Apache child', plural: 'Apache children' };
  if (kind === 'caddy') return { singular: 'Caddy', plural: 'Caddy' };
  return { singular: 'nginx worker', plural: 'nginx workers' };
}

/** "nginx workers run as", "Apache children run as", "Caddy runs as". */
export function runsAs(kind: WebServerKind): string {
  return kind === 'caddy' ? 'Caddy runs as' : `${connectingProcesses(kind).plural} run as`;
}

/**
 * Whether a client speaks FastCGI, PHP-FPM's protocol: nginx `fastcgi_pass`, an Apache worker
 * whose URL is `fcgi://`, Caddy's `php_fastcgi` (a `reverse_proxy` may use another transport).
 */
export function speaksFastCgi(
  client: Pick<SocketClient, 'server' | 'directive' | 'raw'> & { transport?: string },
): boolean {
  if (client.server === 'apache') return /\bfcgi:\/\//i.test(client.raw) || /^proxy:fcgi:/i.test(client.raw);
  return (
    client.directive === 'fastcgi_pass' ||
    client.directive === 'php_fastcgi' ||
    client.transport === 'fastcgi'
  );
}
