/**
 * nginx refuses to start on a variable no module and no directive defines (`unknown "pool"
 * variable`, N1): `$pool` copied from a PHP-FPM pool into fastcgi_pass is a real mistake.
 * Only names that are certainly unknown are reported: built-in names and prefixes of the
 * modules Debian's nginx ships, anything a directive may declare, and regex captures are not.
 */
import type { NginxConfig } from '../model.js';

const BUILTIN = new Set(
  (
    'ancient_browser args binary_remote_addr body_bytes_sent bytes_received bytes_sent connection ' +
    'connection_requests connection_time connections_active connections_reading connections_waiting ' +
    'connections_writing content_length content_type date_gmt date_local document_root document_uri ' +
    'fastcgi_path_info fastcgi_script_name gzip_ratio host hostname https invalid_referer is_args ' +
    'limit_conn_status limit_rate limit_req_status memcached_key modern_browser msec msie nginx_version ' +
    'pid pipe protocol proxy_add_x_forwarded_for proxy_host proxy_port proxy_protocol_addr ' +
    'proxy_protocol_port proxy_protocol_server_addr proxy_protocol_server_port query_string ' +
    'realip_remote_addr realip_remote_port realpath_root remote_addr remote_port remote_user request ' +
    'request_body request_body_file request_completion request_filename request_id request_length ' +
    'request_method request_time request_uri scheme secure_link secure_link_expires server_addr ' +
    'server_name server_port server_protocol session_time status time_iso8601 time_local uid_got ' +
    'uid_reset uid_set upstream_addr uri'
  ).split(' '),
);
const PREFIXES = [
  'arg_',
  'cookie_',
  'http_',
  'sent_http_',
  'sent_trailer_',
  'upstream_',
  'ssl_',
  'geoip_',
  'geoip2_',
  'tcpinfo_',
  'jwt_',
  'spdy',
  'http2',
  'http3',
  'quic',
];
const DECLARED =
  /\b(?:set|map|geo|geoip2|split_clients|perl_set|js_set|auth_request_set|set_by_lua\w*|set_real_ip_from)\b[^;{]*?\$([A-Za-z_][A-Za-z0-9_]*)/g;
const CAPTURE = /\(\?P?<([A-Za-z_][A-Za-z0-9_]*)>/g;

/**
 * Adds `unknown "x" variable` problems for socket targets that use a variable nothing defines.
 * Where the files read may not be all nginx loads, a file not read may define it: the client is
 * left undecided, saying so, not reported as stopping nginx.
 */
export function reportUnknownVariables(config: NginxConfig): void {
  const declared = new Set<string>();
  for (const f of config.files) {
    for (const m of f.file.text.matchAll(DECLARED)) declared.add(m[1].toLowerCase());
    for (const m of f.file.text.matchAll(CAPTURE)) declared.add(m[1].toLowerCase());
  }
  for (const client of config.clients) {
    if (client.target.kind !== 'unresolved') continue;
    for (const what of client.target.unresolved.what) {
      const name = /^nginx variable \$([A-Za-z_][A-Za-z0-9_]*)$/.exec(what)?.[1]?.toLowerCase();
      if (!name || /^\d/.test(name) || declared.has(name) || BUILTIN.has(name)) continue;
      if (PREFIXES.some((p) => name.startsWith(p))) continue;
      if (config.partial) {
        const i = client.target.unresolved.what.indexOf(what);
        client.target.unresolved.what[i] =
          `${what}, which none of the files read defines (${config.partial})`;
        continue;
      }
      config.problems.push({ message: `unknown "${name}" variable`, location: client.targetLocation });
    }
  }
}
