import type { Address } from '../../model.js';

/**
 * What FPM makes of a `listen` value (fpm_sockets_domain_from_address(), F11): anything
 * containing ':' is TCP, only digits is a TCP port, everything else a Unix socket path.
 * A relative path stays relative here: the caller prefixes it (F12).
 */
export function listenAddress(value: string): Extract<Address, { kind: 'unix' | 'tcp' }> {
  if (value.includes(':') || /^[0-9]*$/.test(value)) return { kind: 'tcp', address: value };
  return { kind: 'unix', path: value };
}

/**
 * The port FPM would bind for a TCP `listen` value, or the text it rejects with
 * "invalid port value '…'" (fpm_socket_af_inet_listening_socket()).
 */
export function tcpPort(value: string): { port: number } | { invalid: string } {
  const colon = value.lastIndexOf(':');
  const portText = colon < 0 ? value : value.slice(colon + 1);
  const m = /^[ \t]*[+-]?\d+/.exec(portText);
  const port = m ? Number(m[0]) : 0;
  return port >= 1 && port <= 65535 ? { port } : { invalid: portText };
}
