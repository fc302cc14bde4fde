/**
 * Recognises nginx configuration by the shape of its statements: a cheap scan that follows
 * nginx's tokenizer closely enough (comments at token start, quotes, `${var}`) to know which
 * directives sit at the top level and which open blocks.
 */
import type { Classification } from './classification.js';

/** Directives common enough to tell an nginx file from other text with `;` and `{`. */
const KNOWN = new Set([
  'user',
  'worker_processes',
  'worker_rlimit_nofile',
  'worker_connections',
  'pid',
  'error_log',
  'events',
  'http',
  'stream',
  'mail',
  'load_module',
  'include',
  'env',
  'daemon',
  'master_process',
  'pcre_jit',
  'thread_pool',
  'timer_resolution',
  'working_directory',
  'multi_accept',
  'use',
  'accept_mutex',
  'server',
  'location',
  'upstream',
  'map',
  'geo',
  'split_clients',
  'if',
  'types',
  'default_type',
  'listen',
  'server_name',
  'root',
  'alias',
  'index',
  'try_files',
  'return',
  'rewrite',
  'set',
  'break',
  'access_log',
  'log_format',
  'sendfile',
  'tcp_nopush',
  'tcp_nodelay',
  'keepalive_timeout',
  'keepalive',
  'keepalive_requests',
  'client_max_body_size',
  'client_body_buffer_size',
  'client_body_timeout',
  'client_header_timeout',
  'send_timeout',
  'server_tokens',
  'charset',
  'autoindex',
  'add_header',
  'expires',
  'etag',
  'deny',
  'allow',
  'auth_basic',
  'auth_basic_user_file',
  'auth_request',
  'limit_req',
  'limit_req_zone',
  'limit_conn',
  'limit_conn_zone',
  'resolver',
  'ssl_certificate',
  'ssl_certificate_key',
  'ssl_protocols',
  'ssl_ciphers',
  'ssl_prefer_server_ciphers',
  'ssl_session_cache',
  'ssl_session_timeout',
  'http2',
  'error_page',
  'internal',
  'real_ip_header',
  'set_real_ip_from',
  'weight',
  'open_file_cache',
  'server_names_hash_bucket_size',
  'types_hash_max_size',
  'underscores_in_headers',
  'large_client_header_buffers',
  'absolute_redirect',
  'port_in_redirect',
  'merge_slashes',
  'satisfy',
  'sub_filter',
  'sub_filter_once',
  'valid_referers',
  'limit_except',
  'stub_status',
  'default',
  'hostnames',
]);
const PREFIXED =
  /^(?:fastcgi|proxy|uwsgi|scgi|grpc|memcached|gzip|ssl|brotli|http2|lua|more|headers|security|client|open_file|ngx|real_ip)_\w+$|_pass$/;
const MAIN_ONLY = new Set([
  'user',
  'worker_processes',
  'worker_rlimit_nofile',
  'load_module',
  'pcre_jit',
  'daemon',
  'master_process',
]);
const SITE_BLOCKS = new Set([
  'server',
  'upstream',
  'location',
  'map',
  'geo',
  'split_clients',
  'limit_req_zone',
]);
const QUICK_CHECK =
  /\b(?:server|location|upstream|events|http|include|listen|root|worker_processes|user|[a-z]+_pass|fastcgi_\w+|proxy_\w+|types)\b/;

const TEMPLATE_PIECE = /\{\{[\s\S]*?\}\}\}?|\{%[\s\S]*?%\}|\{#[\s\S]*?#\}|<\?(?:=|php\b)[\s\S]*?(?:\?>|$)/g;

/** Characters that scanStatements treats specially once a word has started. */
const RUN_END = new Set(['\\', '{', '}', ';', ' ', '\t', '\n', '\r']);

interface Statement {
  name: string;
  depth: number;
  block: boolean;
}

/** Top-level-aware directive scan; undefined when the text does not look like nginx syntax. */
function scanStatements(head: string): Statement[] | undefined {
  // Templating is not nginx syntax: `{{ x }}`, `{% if %}` and `{# … #}` would unbalance the braces.
  // An output stands for a word; control (`{% block %}`, `{{#section}}`, `<?php … ?>`) for nothing.
  const text = head.replace(TEMPLATE_PIECE, (piece) => (/^(?:\{\{[^#^/!>=]|<\?=)/.test(piece) ? 'x' : ' '));
  const statements: Statement[] = [];
  let depth = 0;
  let name: string | undefined;
  let word = '';
  const endWord = (): void => {
    if (word !== '' && name === undefined) name = word;
    word = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '#' && word === '') {
      const nl = text.indexOf('\n', i);
      i = nl === -1 ? text.length : nl;
    } else if ((c === '"' || c === "'") && word === '') {
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === '\\' ? 2 : 1;
      i = j;
      word = c;
    } else if (c === '\\') {
      word += text[i + 1] ?? '';
      i++;
    } else if (c === '{' && text[i - 1] !== '$') {
      endWord();
      if (name === undefined) return undefined;
      statements.push({ name, depth, block: true });
      depth++;
      name = undefined;
    } else if (c === '}' && !(word.includes('${') && !word.includes('}'))) {
      endWord();
      if (name !== undefined || --depth < 0) return undefined;
    } else if (c === ';') {
      endWord();
      if (name === undefined) return undefined;
      statements.push({ name, depth, block: false });
      name = undefined;
    } else if (c === ' ' || c === '\t' || c === '\n' || c === '\r') endWord();
    else {
      // The rest of an ordinary run in one slice: a string grown one character at a time is
      // most of what classifying 20,000 files allocates.
      let j = i + 1;
      while (j < text.length && !RUN_END.has(text[j])) j++;
      word += text.slice(i, j);
      i = j - 1;
    }
  }
  return statements;
}

export function sniffNginx(head: string): Classification | undefined {
  if (!QUICK_CHECK.test(head)) return undefined;
  const statements = scanStatements(head);
  if (!statements || statements.length === 0) return undefined;
  const known = statements.filter((s) => KNOWN.has(s.name) || PREFIXED.test(s.name));
  // Inside map/types/upstream blocks entries are data (`text/html html;`), so count directives loosely.
  if (known.length * 2 < statements.filter((s) => s.depth === 0).length || known.length === 0)
    return undefined;
  const top = statements.filter((s) => s.depth === 0);
  const topBlock = (n: string): boolean => top.some((s) => s.block && s.name === n);

  if (topBlock('events')) return { kind: 'nginx-main', reason: 'has an events { } block' };
  if (topBlock('http')) return { kind: 'nginx-main', reason: 'has a top-level http { } block' };
  if (topBlock('stream')) return { kind: 'nginx-main', reason: 'has a top-level stream { } block' };
  const mainDirective = top.find((s) => !s.block && MAIN_ONLY.has(s.name));
  if (mainDirective)
    return { kind: 'nginx-main', reason: `has the main-context directive ${mainDirective.name}` };
  const siteBlock = top.find((s) => s.block && SITE_BLOCKS.has(s.name));
  if (siteBlock) return { kind: 'nginx-site', reason: `has a top-level ${siteBlock.name} { } block` };
  const pass = statements.find((s) => s.name.endsWith('_pass'));
  if (pass && top.some((s) => s.block))
    return { kind: 'nginx-site', reason: `has ${pass.name} inside a block` };
  const names = [...new Set(known.map((s) => s.name))].slice(0, 3).join(', ');
  return { kind: 'nginx-snippet', reason: `has nginx directives without server blocks (${names})` };
}
