/**
 * Caddy's upstream addresses (modules/caddyhttp/reverseproxy/addresses.go, listeners.go).
 */

/**
 * `parseUpstreamDialAddress()` (reverseproxy/addresses.go): a URL gives host and port; otherwise
 * the network is what comes before the first `/` and the address everything after it, so
 * `unix//run/x.sock` is `/run/x.sock` and `unix/run/x.sock` is `run/x.sock`. The dial string
 * is the one `caddy adapt` writes.
 */
export function parseUpstream(
  text: string,
): { network: string; address: string; dial: string } | { error: string } {
  let upstream = text;
  if (upstream.startsWith('srv+')) upstream = upstream.slice(4);
  if (upstream.includes('://')) {
    if (upstream.includes('{')) {
      return {
        error:
          'due to parsing difficulties, placeholders are not allowed when an upstream address contains a scheme',
      };
    }
    const m = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/?#]*)(.*)$/.exec(upstream);
    if (!m) return { error: `parsing upstream URL: parse "${upstream}": invalid URL` };
    const [, scheme, hostport, rest] = m;
    if (rest !== '')
      return { error: 'for now, URLs for proxy upstreams only support scheme, host, and port components' };
    const split = splitHostPort(hostport);
    // url.Hostname() drops the brackets of an IPv6 address.
    const host = split.host.replace(/^\[(.*)\]$/, '$1');
    const port = split.port;
    if (scheme === 'http' && port === '443') {
      return { error: 'upstream address has conflicting scheme (http://) and port (:443, the HTTPS port)' };
    }
    if (scheme === 'https' && port === '80') {
      return { error: 'upstream address has conflicting scheme (https://) and port (:80, the HTTP port)' };
    }
    const finalPort = port || (scheme === 'https' ? '443' : ['http', 'h2c'].includes(scheme) ? '80' : '');
    const address = joinHostPort(host, finalPort);
    return { network: '', address, dial: address };
  }
  let network = '';
  const slash = upstream.indexOf('/');
  if (slash !== -1) {
    network = upstream.slice(0, slash).trim().toLowerCase();
    upstream = upstream.slice(slash + 1);
  }
  const split = splitHostPort(upstream);
  const host = split.ok ? split.host : upstream;
  // A host alone gets port 80, unless a placeholder may bring one.
  const port = split.ok && split.port !== '' ? split.port : host.includes('{') ? '' : '80';
  if (network === 'unix+h2c') network = 'unix';
  if (network !== '') {
    // JoinNetworkAddress(): a Unix network keeps the address alone.
    const unix = network === 'unix' || network === 'unixgram' || network === 'unixpacket';
    const dial = `${network}/${unix || (host !== '' && port === '') ? host : joinHostPort(host, port)}`;
    return { network, address: unix ? host : joinHostPort(host, port), dial };
  }
  const address = port === '' && host.includes('{') ? host : joinHostPort(host, port);
  return { network: '', address, dial: address };
}

/** Go's `net.SplitHostPort`, as far as upstreams need it. */
function splitHostPort(hostport: string): { host: string; port: string; ok: boolean } {
  if (hostport.startsWith('[')) {
    const close = hostport.indexOf(']');
    if (close !== -1 && hostport[close + 1] === ':')
      return { host: hostport.slice(1, close), port: hostport.slice(close + 2), ok: true };
    return { host: hostport, port: '', ok: false };
  }
  const colon = hostport.lastIndexOf(':');
  if (colon === -1 || hostport.indexOf(':') !== colon) return { host: hostport, port: '', ok: false };
  return { host: hostport.slice(0, colon), port: hostport.slice(colon + 1), ok: true };
}

function joinHostPort(host: string, port: string): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}
