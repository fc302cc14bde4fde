export const id = 475;
export const ids = [475];
export const modules = {

/***/ 1475:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ConfigError: () => (/* reexport */ ConfigError),
  VERSION: () => (/* reexport */ engine_version/* VERSION */.x),
  analyze: () => (/* reexport */ analyze),
  describeFixRun: () => (/* reexport */ describeFixRun),
  describeSockets: () => (/* reexport */ describeSockets),
  planPatches: () => (/* reexport */ planPatches),
  prepareFixes: () => (/* reexport */ prepareFixes),
  reachesFailOn: () => (/* reexport */ reachesFailOn),
  renderJson: () => (/* reexport */ renderJson),
  renderSarif: () => (/* reexport */ renderSarif),
  renderSocketsText: () => (/* reexport */ renderSocketsText),
  renderText: () => (/* reexport */ renderText),
  scan: () => (/* binding */ scan),
  unifiedDiff: () => (/* reexport */ unifiedDiff)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./schema/socklint.schema.json
const socklint_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/socklint/socklint/schema/socklint.schema.json","title":".socklint.yml","description":"Configuration of socklint, the checker of web server to PHP-FPM Unix sockets.","type":"object","additionalProperties":false,"properties":{"fail-on":{"description":"The lowest severity that makes the scan fail (exit code 1).","enum":["error","warning","notice","never"]},"rules":{"description":"Severity per rule id, or off.","type":"object","propertyNames":{"enum":["socket-permission-denied","socket-directory-denied","socket-path-mismatch","socket-world-writable","socket-ownership-implicit","socket-mode-invalid","socket-owner-ignored","socket-target-unresolved","nginx-config-invalid","fpm-config-invalid","account-assumed","suppression-invalid"]},"additionalProperties":{"enum":["error","warning","notice","off"]}},"mappings":{"description":"Repository paths (files or directories) and the absolute paths where they are deployed, e.g. \\"deploy/nginx\\": \\"/etc/nginx\\".","type":"object","additionalProperties":{"type":"string","pattern":"^/"}},"platform":{"description":"The system host trees and mapped files are deployed on, for its accounts and the files its packages ship (debian means debian-12; rhel-N covers Rocky, Alma, CentOS Stream and UBI; unknown guesses nothing).","enum":["debian","debian-10","debian-11","debian-12","debian-13","ubuntu-20.04","ubuntu-22.04","ubuntu-24.04","ubuntu-24.10","ubuntu-25.04","rhel-8","rhel-9","rhel-10","fedora","alpine-3.18","alpine-3.19","alpine-3.20","alpine-3.21","alpine-3.22","alpine-3.23","alpine-3.24","unknown"]},"web-user":{"description":"The nginx worker user where the configuration does not say it (no user directive and no known platform).","type":"string","minLength":1},"users":{"description":"Users of the deployed machine that the repository does not create: name → uid, primary group and supplementary groups.","type":"object","additionalProperties":{"type":"object","additionalProperties":false,"properties":{"uid":{"type":"integer","minimum":0},"group":{"type":"string"},"groups":{"type":"array","items":{"type":"string"}}}}},"groups":{"description":"Groups of the deployed machine: name → gid and members.","type":"object","additionalProperties":{"type":"object","additionalProperties":false,"properties":{"gid":{"type":"integer","minimum":0},"members":{"type":"array","items":{"type":"string"}}}}},"accounts":{"description":"open (default): the deployed machines may have accounts the repository does not create; such a name is assumed to exist, and the verdicts that rest on it say so. complete: every account of the machines is created in the repository or declared here, so a name nothing creates does not exist.","enum":["open","complete"]},"directories":{"description":"Directories of the deployed machine that the repository does not create (for example a socket directory made by a systemd unit kept elsewhere): absolute path → mode, owner and group.","type":"object","propertyNames":{"pattern":"^/"},"additionalProperties":{"type":"object","additionalProperties":false,"properties":{"mode":{"type":"string","pattern":"^0?[0-7]{3,4}$"},"owner":{"type":"string"},"group":{"type":"string"}}}},"ignore":{"description":"Globs of repository paths that are not scanned.","type":"array","items":{"type":"string"}},"variables":{"description":"Values of template placeholders ({{ name }}, ${NAME}, %name%) so templated configs can be checked.","type":"object","additionalProperties":{"type":["string","number"]}},"max-file-size":{"description":"Files larger than this many bytes are skipped.","type":"integer","minimum":1}}}');
// EXTERNAL MODULE: ./src/engine/nearest.ts
var nearest = __webpack_require__(480);
;// CONCATENATED MODULE: ./src/engine/config.ts
/** `.socklint.yml`: reading and validating the user's configuration. */




class ConfigError extends Error {
}
const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;
const CONFIG_NAME = '.socklint.yml';
/** Loaded and compiled on first use: most scans have no config file, and both cost start-up time. */
let validator;
function defaultConfig() {
    return {
        failOn: 'error',
        rules: {},
        mappings: {},
        users: {},
        groups: {},
        accounts: 'open',
        directories: {},
        ignore: [],
        variables: {},
        maxFileBytes: DEFAULT_MAX_FILE_BYTES,
    };
}
/**
 * The `.socklint.yml` nearest to `root`, looking up to `repoRoot` (which contains `root`), or
 * undefined.
 */
function findConfig(root, repoRoot) {
    for (let dir = external_node_path_default().resolve(root);; dir = external_node_path_default().dirname(dir)) {
        const file = external_node_path_default().join(dir, CONFIG_NAME);
        if ((0,external_node_fs_.existsSync)(file))
            return file;
        const rel = external_node_path_default().relative(repoRoot, dir);
        if (rel === '' || rel.startsWith('..') || external_node_path_default().dirname(dir) === dir)
            return undefined;
    }
}
/**
 * Reads the config at `configPath` (relative to root, or absolute), or else the nearest
 * `.socklint.yml` from `root` up to `repoRoot`. A missing default file is fine; a missing file the
 * user named, invalid YAML or a schema violation is a ConfigError. Paths in the file (mappings,
 * ignore) are relative to its directory; they come back relative to `repoRoot`, as every path of
 * a scan is.
 */
async function loadConfig(root, configPath, repoRoot = root) {
    const named = configPath !== undefined;
    const file = named ? external_node_path_default().resolve(root, configPath) : findConfig(root, repoRoot);
    if (file === undefined)
        return defaultConfig();
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (error) {
        const e = error;
        const why = e.code === 'ENOENT' ? 'no such file' : e.code === 'EISDIR' ? 'it is a directory' : e.message;
        throw new ConfigError(`cannot read config ${configPath ?? file}: ${why}`);
    }
    const shown = toPosix(external_node_path_default().relative(repoRoot, file));
    const shownName = shown.startsWith('..') ? file : shown;
    const [{ parse: parseYaml }, { Ajv }] = await Promise.all([Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19)), __webpack_require__.e(/* import() */ 463).then(__webpack_require__.t.bind(__webpack_require__, 2463, 23))]);
    let data;
    try {
        data = parseYaml(text) ?? {};
    }
    catch (error) {
        throw new ConfigError(`${shownName}: invalid YAML: ${error.message.split('\n')[0]}`);
    }
    validator ??= new Ajv({ allErrors: true, allowUnionTypes: true, verbose: true }).compile(socklint_schema_namespaceObject);
    if (!validator(data)) {
        const lines = [...new Set((validator.errors ?? []).map((e) => explain(e, data)).filter((l) => l !== ''))];
        throw new ConfigError(lines.map((l) => `${shownName}: ${l}`).join('\n'));
    }
    const raw = data;
    const config = defaultConfig();
    config.source = shownName;
    // The file's directory, relative to the repository root ('' at the root).
    const base = shown.startsWith('..') ? '' : toPosix(external_node_path_default().dirname(shown)).replace(/^\.$/, '');
    const rebase = (p) => (base === '' ? p : `${base}/${p.replace(/^\.\/?/, '')}`.replace(/\/$/, ''));
    if (raw['fail-on'])
        config.failOn = raw['fail-on'];
    if (raw.rules)
        config.rules = raw.rules;
    if (raw.mappings) {
        config.mappings = Object.fromEntries(Object.entries(raw.mappings).map(([k, v]) => [rebase(k), v]));
    }
    if (raw.platform)
        config.platform = raw.platform;
    if (raw['web-user'])
        config.webUser = raw['web-user'];
    if (raw.users)
        config.users = raw.users;
    if (raw.groups)
        config.groups = raw.groups;
    if (raw.accounts)
        config.accounts = raw.accounts;
    if (raw.directories) {
        const dirs = raw.directories;
        config.directories = Object.fromEntries(Object.entries(dirs).map(([p, d]) => [
            p,
            { ...d, mode: d.mode === undefined ? undefined : parseInt(d.mode, 8) },
        ]));
    }
    if (raw.ignore)
        config.ignore = raw.ignore.map(rebase);
    if (raw.variables) {
        config.variables = Object.fromEntries(Object.entries(raw.variables).map(([k, v]) => [k, String(v)]));
    }
    if (raw['max-file-size'])
        config.maxFileBytes = raw['max-file-size'];
    return config;
}
function toPosix(p) {
    return p.split((external_node_path_default()).sep).join('/');
}
/** `rules.socket-permision-denied: unknown rule; did you mean socket-permission-denied?` */
function explain(error, data) {
    const keys = error.instancePath
        .split('/')
        .slice(1)
        .map((k) => k.replaceAll('~1', '/').replaceAll('~0', '~'));
    const where = (extra = []) => [...keys, ...extra].join('.') || 'top level';
    const value = keys.reduce((v, k) => v?.[k], data);
    const shownValue = JSON.stringify(value);
    switch (error.keyword) {
        case 'additionalProperties': {
            const key = error.params.additionalProperty;
            const known = Object.keys(error.parentSchema.properties ?? {});
            const hint = (0,nearest/* didYouMean */.a)(key, known);
            return `${where([key])}: unknown key${hint || (known.length > 0 ? ` (known: ${known.join(', ')})` : '')}`;
        }
        case 'propertyNames':
            // Said by the `enum` error that comes with it, which knows the allowed names.
            return '';
        case 'enum': {
            const allowed = error.params.allowedValues;
            if (error.propertyName !== undefined) {
                const what = keys[keys.length - 1] === 'rules' ? 'unknown rule' : 'unknown key';
                return `${where([error.propertyName])}: ${what}${(0,nearest/* didYouMean */.a)(error.propertyName, allowed)}`;
            }
            const hint = typeof value === 'string' ? (0,nearest/* didYouMean */.a)(value, allowed) : '';
            return `${where()}: ${shownValue} is not one of ${allowed.join(', ')}${hint}`;
        }
        case 'type':
            return `${where()}: ${shownValue} must be ${article(error.params.type)}`;
        case 'pattern':
            return error.params.pattern === '^/'
                ? `${where()}: ${shownValue} must be an absolute path (starting with /)`
                : `${where()}: ${shownValue} ${error.message}`;
        default:
            return `${where()}: ${shownValue} ${error.message ?? 'is invalid'}`;
    }
}
function article(type) {
    const types = type.split(',');
    return types
        .map((t) => (t === 'integer' || t === 'object' || t === 'array' ? `an ${t}` : `a ${t}`))
        .join(' or ');
}

;// CONCATENATED MODULE: ./src/engine/discover/sniff-fpm.ts
const POOL_KEYS = new Set([
    'listen',
    'listen.owner',
    'listen.group',
    'listen.mode',
    'listen.backlog',
    'listen.acl_users',
    'listen.acl_groups',
    'listen.allowed_clients',
    'listen.setfib',
    'pm',
    'pm.max_children',
    'pm.start_servers',
    'pm.min_spare_servers',
    'pm.max_spare_servers',
    'pm.max_spawn_rate',
    'pm.max_requests',
    'pm.process_idle_timeout',
    'pm.status_path',
    'pm.status_listen',
    'ping.path',
    'ping.response',
    'user',
    'group',
    'chdir',
    'chroot',
    'catch_workers_output',
    'decorate_workers_output',
    'clear_env',
    'security.limit_extensions',
    'request_terminate_timeout',
    'request_terminate_timeout_track_finished',
    'request_slowlog_timeout',
    'request_slowlog_trace_depth',
    'slowlog',
    'access.log',
    'access.format',
    'access.suppress_path',
    'rlimit_files',
    'rlimit_core',
    'process.priority',
    'process.dumpable',
    'prefix',
    'apparmor_hat',
]);
/** Pool keys that other INI dialects use too. */
const COMMON_KEYS = new Set(['user', 'group', 'chdir', 'chroot', 'prefix', 'slowlog']);
/** Keys that only a pool has (`user`, `group` alone are too common elsewhere). */
const DISTINCT_POOL_KEY = /^(?:listen(?:\..+)?|pm(?:\..+)?|(?:php_admin_value|php_value|php_flag|php_admin_flag|env)\[.*\])$/;
const GLOBAL_KEYS = new Set([
    'pid',
    'error_log',
    'syslog.facility',
    'syslog.ident',
    'log_level',
    'log_limit',
    'log_buffering',
    'emergency_restart_threshold',
    'emergency_restart_interval',
    'process_control_timeout',
    'process.max',
    'process.priority',
    'daemonize',
    'rlimit_files',
    'rlimit_core',
    'events.mechanism',
    'systemd_interval',
    'include',
]);
/** Keys of php.ini, which shares the syntax. */
const PHP_INI_KEY = /^(?:memory_limit|extension|zend_extension|upload_max_filesize|post_max_size|display_errors|display_startup_errors|error_reporting|log_errors|max_execution_time|max_input_time|short_open_tag|date\.timezone|opcache\..+|session\..+|expose_php|engine|output_buffering|realpath_cache_.+)$/;
const SECTION = /^\[([^\]\n]+)\]\s*(?:;.*)?$/;
const KEY = /^([A-Za-z_][\w.-]*(?:\[[^\]]*\])?)\s*=/;
function readIniShape(head) {
    const sections = new Map([['', new Set()]]);
    const order = [];
    let current = sections.get('');
    let lines = 0;
    let other = 0;
    for (const raw of head.split('\n')) {
        const line = raw.trim();
        if (line === '' || line.startsWith(';') || line.startsWith('#') || /^\{[{%#]/.test(line))
            continue;
        lines++;
        const section = SECTION.exec(line);
        const key = section ? undefined : KEY.exec(line);
        if (section) {
            const name = section[1].trim().toLowerCase();
            order.push(name);
            current = sections.get(name) ?? new Set();
            sections.set(name, current);
        }
        else if (key)
            current.add(key[1].toLowerCase());
        else
            other++;
    }
    return { sections, order, lines, other };
}
function sniffFpm(head) {
    if (!head.includes('='))
        return undefined;
    const shape = readIniShape(head);
    if (shape.lines === 0 || shape.other * 4 > shape.lines)
        return undefined;
    if (shape.sections.has('php'))
        return undefined;
    const all = [...shape.sections.values()].flatMap((keys) => [...keys]);
    if (all.some((k) => PHP_INI_KEY.test(k)))
        return undefined;
    // A real PHP-FPM file has no key PHP-FPM does not know (it refuses to start on one), so other
    // programs' INI files (pip, Subversion, Glances, fio) are told apart by their foreign keys:
    // at least two thirds of the keys must be PHP-FPM's.
    const known = all.filter((k) => POOL_KEYS.has(k) || GLOBAL_KEYS.has(k) || DISTINCT_POOL_KEY.test(k)).length;
    if (known === 0 || (all.length - known) * 2 > known)
        return undefined;
    const top = shape.sections.get('');
    const global = shape.sections.get('global');
    const mainKeys = new Set([...top, ...(global ?? [])]);
    const pool = shape.order.find((name) => {
        if (name === 'global')
            return false;
        const keys = [...shape.sections.get(name)];
        // user, group, chdir and prefix name things in many INI dialects; a pool says more.
        const specific = keys.filter((k) => POOL_KEYS.has(k) && !COMMON_KEYS.has(k));
        return (keys.some((k) => DISTINCT_POOL_KEY.test(k)) ||
            (specific.length >= 1 && keys.filter((k) => POOL_KEYS.has(k)).length >= 2));
    });
    // An included file may hold [global] settings too (the php image's docker.conf): only
    // `include` or `pid` make an entry point.
    const otherGlobalKeys = [...mainKeys].some((k) => k !== 'include' && GLOBAL_KEYS.has(k));
    if (mainKeys.has('include') && (global || pool || otherGlobalKeys))
        return { kind: 'fpm-main', reason: 'has PHP-FPM global settings with include =' };
    if (mainKeys.has('pid') && (global || pool))
        return { kind: 'fpm-main', reason: 'has PHP-FPM global settings with pid =' };
    if (pool)
        return { kind: 'fpm-pool', reason: `has a [${pool}] section with PHP-FPM pool keys` };
    if (global)
        return { kind: 'fpm-main', reason: 'has a [global] section' };
    const topGlobalKeys = [...top].filter((k) => GLOBAL_KEYS.has(k));
    if ((top.has('pid') || top.has('error_log')) &&
        topGlobalKeys.length >= 2 &&
        topGlobalKeys.length === top.size) {
        return { kind: 'fpm-main', reason: `has PHP-FPM global keys (${topGlobalKeys.slice(0, 3).join(', ')})` };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/engine/discover/sniff-nginx.ts
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
const PREFIXED = /^(?:fastcgi|proxy|uwsgi|scgi|grpc|memcached|gzip|ssl|brotli|http2|lua|more|headers|security|client|open_file|ngx|real_ip)_\w+$|_pass$/;
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
const QUICK_CHECK = /\b(?:server|location|upstream|events|http|include|listen|root|worker_processes|user|[a-z]+_pass|fastcgi_\w+|proxy_\w+|types)\b/;
/** Top-level-aware directive scan; undefined when the text does not look like nginx syntax. */
function scanStatements(head) {
    // Templating is not nginx syntax: `{{ x }}`, `{% if %}` and `{# … #}` would unbalance the braces.
    const text = head.replace(/\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}|\{#[\s\S]*?#\}/g, 'x');
    const statements = [];
    let depth = 0;
    let name;
    let word = '';
    const endWord = () => {
        if (word !== '' && name === undefined)
            name = word;
        word = '';
    };
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '#' && word === '') {
            const nl = text.indexOf('\n', i);
            i = nl === -1 ? text.length : nl;
        }
        else if ((c === '"' || c === "'") && word === '') {
            let j = i + 1;
            while (j < text.length && text[j] !== c)
                j += text[j] === '\\' ? 2 : 1;
            i = j;
            word = c;
        }
        else if (c === '\\') {
            word += text[i + 1] ?? '';
            i++;
        }
        else if (c === '{' && text[i - 1] !== '$') {
            endWord();
            if (name === undefined)
                return undefined;
            statements.push({ name, depth, block: true });
            depth++;
            name = undefined;
        }
        else if (c === '}' && !(word.includes('${') && !word.includes('}'))) {
            endWord();
            if (name !== undefined || --depth < 0)
                return undefined;
        }
        else if (c === ';') {
            endWord();
            if (name === undefined)
                return undefined;
            statements.push({ name, depth, block: false });
            name = undefined;
        }
        else if (c === ' ' || c === '\t' || c === '\n' || c === '\r')
            endWord();
        else
            word += c;
    }
    return statements;
}
function sniffNginx(head) {
    if (!QUICK_CHECK.test(head))
        return undefined;
    const statements = scanStatements(head);
    if (!statements || statements.length === 0)
        return undefined;
    const known = statements.filter((s) => KNOWN.has(s.name) || PREFIXED.test(s.name));
    // Inside map/types/upstream blocks entries are data (`text/html html;`), so count directives loosely.
    if (known.length * 2 < statements.filter((s) => s.depth === 0).length || known.length === 0)
        return undefined;
    const top = statements.filter((s) => s.depth === 0);
    const topBlock = (n) => top.some((s) => s.block && s.name === n);
    if (topBlock('events'))
        return { kind: 'nginx-main', reason: 'has an events { } block' };
    if (topBlock('http'))
        return { kind: 'nginx-main', reason: 'has a top-level http { } block' };
    if (topBlock('stream'))
        return { kind: 'nginx-main', reason: 'has a top-level stream { } block' };
    const mainDirective = top.find((s) => !s.block && MAIN_ONLY.has(s.name));
    if (mainDirective)
        return { kind: 'nginx-main', reason: `has the main-context directive ${mainDirective.name}` };
    const siteBlock = top.find((s) => s.block && SITE_BLOCKS.has(s.name));
    if (siteBlock)
        return { kind: 'nginx-site', reason: `has a top-level ${siteBlock.name} { } block` };
    const pass = statements.find((s) => s.name.endsWith('_pass'));
    if (pass && top.some((s) => s.block))
        return { kind: 'nginx-site', reason: `has ${pass.name} inside a block` };
    const names = [...new Set(known.map((s) => s.name))].slice(0, 3).join(', ');
    return { kind: 'nginx-snippet', reason: `has nginx directives without server blocks (${names})` };
}

;// CONCATENATED MODULE: ./src/engine/discover/classify.ts
/**
 * Classification of repository files by name and, for configuration files, by content: an
 * FPM pool is a pool whatever its extension (`.conf`, `.ini`, `.conf.j2`, none). Each check
 * looks at a bounded prefix with a few regexes or one linear scan, so that 20,000 files
 * classify quickly.
 */



/** How much of a file the content checks look at. */
const PREFIX_CHARS = 32 * 1024;
/** Suffixes of templates whose output is the file without them (`pool.conf.j2` → `pool.conf`). */
const TEMPLATE_SUFFIX = /\.(?:j2|jinja2?|tpl|tmpl|template|erb|dist|example|sample|orig|default)$/i;
const DOCKERFILE_NAME = /^(?:docker|container)file(?:\.[^.]+)*$|\.(?:docker|container)file$/i;
/** Source code and documents, where a `server {` is an example, not a config. */
const NOT_CONFIG = /\.(?:md|markdown|rst|adoc|html?|xml|svg|css|scss|less|m?js|cjs|tsx?|jsx|json|php|phtml|py|rb|go|rs|java|kt|c|h|cc|cpp|hpp|cs|swift|lock|csv|tsv|sql|log|map|twig|vue|png|jpe?g|gif|ico|pdf)$/i;
const SHELL_SHEBANG = /^#![ \t]*\S*(?:\/|\/env[ \t]+(?:-\S+[ \t]+)*)(?:ba|da|a|k|z|mk)?sh(?:[ \t]|$)/;
const YAML = /\.ya?ml$/i;
function classify(path, text) {
    return byName(path) ?? byContent(path, text);
}
/**
 * The kind of a file whose name says it is source code, a document or media: such a file is
 * never configuration, so discovery does not even read it (its text is read if ever asked for).
 */
function otherByName(path) {
    const decided = byName(path);
    return decided?.kind === 'other' ? decided : undefined;
}
/** What the name alone decides. */
function byName(path) {
    const name = external_node_path_.posix.basename(path);
    const base = name.replace(TEMPLATE_SUFFIX, '');
    if (/^\.socklint\.ya?ml$/i.test(name))
        return { kind: 'socklint-config', reason: 'named .socklint.yml' };
    if (DOCKERFILE_NAME.test(name) && !NOT_CONFIG.test(name))
        return { kind: 'dockerfile', reason: 'named like a Dockerfile' };
    if (/\.(?:service|socket)$/i.test(base))
        return { kind: 'systemd', reason: `a systemd ${base.replace(/^.*\./, '.')} unit` };
    if (/(?:^|\/)tmpfiles\.d\/[^/]+\.conf$/i.test(path.replace(TEMPLATE_SUFFIX, ''))) {
        return { kind: 'tmpfiles', reason: 'a .conf file in a tmpfiles.d directory' };
    }
    if (/\.(?:sh|bash)$/i.test(base))
        return { kind: 'shell', reason: `named *${base.replace(/^.*\./, '.')}` };
    if (NOT_CONFIG.test(base))
        return { kind: 'other', reason: `a ${base.replace(/^.*\./, '.')} file` };
    return undefined;
}
function byContent(path, text) {
    const base = external_node_path_.posix.basename(path).replace(TEMPLATE_SUFFIX, '');
    const head = text.slice(0, PREFIX_CHARS);
    const firstLine = head.slice(0, head.indexOf('\n') === -1 ? undefined : head.indexOf('\n'));
    if (SHELL_SHEBANG.test(firstLine))
        return { kind: 'shell', reason: 'has a shell #! line' };
    if (YAML.test(base))
        return classifyYaml(head) ?? { kind: 'other', reason: 'YAML that is not an Ansible task list' };
    return (sniffFpm(head) ??
        sniffNginx(head) ?? { kind: 'other', reason: 'no nginx, PHP-FPM or provisioning content found' });
}
const PLAY_KEYS = /^\s*-?\s*(hosts|tasks|pre_tasks|post_tasks|roles|import_playbook)\s*:/m;
const TASK_MODULE = /^\s*-?\s*((?:ansible\.(?:builtin|posix|legacy)|community\.general)\.\w+|template|copy|user|group|file|apt|yum|dnf|apk|package|service|systemd|command|shell|lineinfile|blockinfile|replace|include_tasks|import_tasks|include_role|import_role|set_fact|debug|block)\s*:/m;
/** Ansible playbooks and task files are YAML lists (compose files, workflows and vars are maps). */
function classifyYaml(head) {
    const first = /^(?!\s*(?:#|---|%|$)).*$/m.exec(head)?.[0];
    if (!first || !/^-(?:\s|$)/.test(first))
        return undefined;
    const play = PLAY_KEYS.exec(head);
    if (play)
        return { kind: 'ansible', reason: `an Ansible playbook (has ${play[1]}:)` };
    const task = TASK_MODULE.exec(head);
    if (task)
        return { kind: 'ansible', reason: `a list of Ansible tasks (uses ${task[1]}:)` };
    return undefined;
}

;// CONCATENATED MODULE: ./src/engine/discover/media.ts
/**
 * Files that cannot be configuration: images, audio, video, fonts, archives, compiled code and
 * office documents. When such a file is binary, too large or not UTF-8, skipping it is expected,
 * and listing it would only bury the skips that matter (a pool file saved as UTF-16).
 */
const MEDIA_NAME = /\.(?:png|jpe?g|gif|webp|avif|bmp|ico|icns|cur|tiff?|psd|heic|heif|svgz|mp[34]|m4[av]|aac|ogg|og[av]|opus|flac|wav|webm|mov|avi|mkv|wmv|flv|woff2?|ttf|otf|eot|zip|gz|tgz|bz2|tbz2?|xz|txz|zst|7z|rar|tar|jar|war|ear|apk|whl|egg|deb|rpm|so(?:\.\d+)*|dylib|dll|exe|bin|o|a|lib|class|pyc|pyo|wasm|node|pdf|docx?|xlsx?|pptx?|od[tsp]|sqlite3?|db|dat|pack|idx|swf|der|p12|pfx|keystore|jks)$/i;
/** Names that say "configuration" whatever the bytes: such a file's skip is always listed. */
const media_CONFIG_NAME = /(?:^|\/)(?:etc|nginx|php|fpm|php-fpm\.d|pool\.d|conf\.d|sites-(?:available|enabled)|snippets|templates|roles)\/|\.(?:conf|ini|cnf|cfg|j2|jinja2?|tpl|tmpl|template|ya?ml|sh|bash|service|socket)$|(?:^|\/)(?:docker|container)file[^/]*$/i;
/** Leading bytes of binary formats (`?` stands for any byte). */
const MAGIC = [
    [0x89, 0x50, 0x4e, 0x47], // PNG
    [0xff, 0xd8, 0xff], // JPEG
    [0x47, 0x49, 0x46, 0x38], // GIF8
    [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
    [0x50, 0x4b, 0x03, 0x04], // zip, jar, docx
    [0x1f, 0x8b], // gzip
    [0x42, 0x5a, 0x68], // bzip2
    [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], // xz
    [0x28, 0xb5, 0x2f, 0xfd], // zstd
    [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], // 7z
    [0x7f, 0x45, 0x4c, 0x46], // ELF
    [0xca, 0xfe, 0xba, 0xbe], // Java class, Mach-O fat
    [0xcf, 0xfa, 0xed, 0xfe], // Mach-O
    [0x00, 0x61, 0x73, 0x6d], // wasm
    [0x77, 0x4f, 0x46, 0x46], // wOFF
    [0x77, 0x4f, 0x46, 0x32], // wOF2
    [0x00, 0x00, 0x01, 0x00], // ICO
    [0x49, 0x49, 0x2a, 0x00], // TIFF
    [0x4d, 0x4d, 0x00, 0x2a], // TIFF
    [0x4f, 0x67, 0x67, 0x53], // Ogg
    [0x66, 0x4c, 0x61, 0x43], // FLAC
    [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], // SQLite
];
/** RIFF (WebP, WAV, AVI) and ISO media (MP4, MOV, HEIC, AVIF) carry their type at an offset. */
const RIFF = [0x52, 0x49, 0x46, 0x46];
const FTYP = [0x66, 0x74, 0x79, 0x70];
function startsWith(bytes, magic, at = 0) {
    return magic.every((b, i) => bytes[at + i] === b);
}
/** The file cannot be configuration: its name says media, or its bytes do and its name does not say config. */
function isMedia(path, head) {
    if (MEDIA_NAME.test(path))
        return true;
    if (!head || media_CONFIG_NAME.test(path))
        return false;
    return MAGIC.some((m) => startsWith(head, m)) || startsWith(head, RIFF) || startsWith(head, FTYP, 4);
}

;// CONCATENATED MODULE: ./src/engine/discover/limit.ts
/** Runs `task` over `items` with at most `limit` running at once. */
async function forEachLimited(items, limit, task) {
    let next = 0;
    const worker = async () => {
        while (next < items.length)
            await task(items[next++]);
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

;// CONCATENATED MODULE: ./src/engine/discover/read.ts
/**
 * Reading one repository file as text, or saying why it was skipped. Never throws and never
 * blocks on special files: only regular files are opened.
 *
 * The calls are synchronous: each promise-based call is a round trip through libuv's thread pool,
 * and for 20,000 small files those round trips, not the reading, were most of the time.
 */


const BINARY_PROBE_BYTES = 8 * 1024;
const MB = 1024 * 1024;
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
async function readSourceFile(path, absPath, maxFileBytes) {
    const skip = (reason) => ({ skipped: { path, reason } });
    let fd;
    try {
        // O_NONBLOCK: opening a FIFO must not wait for a writer. Regular files ignore the flag.
        fd = (0,external_node_fs_.openSync)(absPath, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK);
        const info = (0,external_node_fs_.fstatSync)(fd);
        if (!info.isFile())
            return skip(`not a regular file (${fileType(info)})`);
        if (info.size > maxFileBytes) {
            if (isMedia(path))
                return { media: true };
            return skip(`larger than ${formatSize(maxFileBytes, false)} (${formatSize(info.size, true)})`);
        }
        const bytes = readAll(fd, info.size, maxFileBytes);
        if (bytes.length > maxFileBytes)
            return skip(`larger than ${formatSize(maxFileBytes, false)} (${formatSize(bytes.length, true)})`);
        const probe = bytes.subarray(0, BINARY_PROBE_BYTES);
        if (probe.includes(0)) {
            if (isMedia(path, probe))
                return { media: true };
            return skip(describeBinary(probe));
        }
        const file = decode(path, absPath, bytes);
        return file.latin1 && isMedia(path, probe) ? { media: true } : { file };
    }
    catch (error) {
        const e = error;
        if (e.code === 'ELOOP')
            return skip('symlink loop (too many levels of symbolic links)');
        return skip(`unreadable (${e.code ? `${e.code}: ` : ''}${describe(e)})`);
    }
    finally {
        if (fd !== undefined) {
            try {
                (0,external_node_fs_.closeSync)(fd);
            }
            catch {
                // nothing to do: the file was read or skipped already
            }
        }
    }
}
function decode(path, absPath, bytes) {
    const hadBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    const body = hadBom ? bytes.subarray(3) : bytes;
    try {
        const text = STRICT_UTF8.decode(body);
        return { path, absPath, text, hadBom, crlf: text.includes('\r\n') };
    }
    catch {
        // nginx and PHP-FPM read bytes: a Latin-1 byte in a comment or a server_name does not stop
        // them, so neither does it stop socklint. One character per byte keeps every column exact.
        const text = body.toString('latin1');
        return { path, absPath, text, hadBom, crlf: text.includes('\r\n'), latin1: true };
    }
}
/**
 * One buffer for every read: a Buffer per file is memory outside the heap that the collector
 * must account for, and with 20,000 files that accounting cost more than the reading. The bytes
 * are only borrowed until the file is decoded.
 */
let shared = Buffer.allocUnsafe(1024 * 1024);
/** The file's bytes, reading past the size `fstat` gave (a file may grow), up to one byte over the limit. */
function readAll(fd, size, maxFileBytes) {
    let length = 0;
    for (;;) {
        if (length === shared.length) {
            const grown = Buffer.allocUnsafe(Math.min(Math.max(shared.length * 2, size + 1), maxFileBytes + 1));
            shared.copy(grown, 0, 0, length);
            shared = grown;
        }
        const want = Math.min(shared.length, Math.max(size + 1, length + 1), maxFileBytes + 1) - length;
        if (want <= 0)
            return shared.subarray(0, length);
        const n = (0,external_node_fs_.readSync)(fd, shared, length, want, null);
        length += n;
        // A regular file reads short only at its end: no further read to see 0 bytes.
        if (n < want)
            return shared.subarray(0, length);
    }
}
/** Why bytes with a NUL are not read: UTF-16 text is named, since an editor may have saved a config so. */
function describeBinary(probe) {
    if ((probe[0] === 0xff && probe[1] === 0xfe) || (probe[0] === 0xfe && probe[1] === 0xff)) {
        const order = probe[0] === 0xff ? 'little' : 'big';
        return `UTF-16 text (${order}-endian byte-order mark): nginx and PHP-FPM read UTF-8, so they cannot read it either`;
    }
    return 'binary (a NUL byte in the first 8 KB)';
}
/** `5 MB` for a limit, `10.0 MB` for a size; smaller amounts in KB or bytes. */
function formatSize(bytes, precise) {
    const [amount, unit] = bytes >= MB ? [bytes / MB, 'MB'] : bytes >= 1024 ? [bytes / 1024, 'KB'] : [bytes, 'bytes'];
    if (unit === 'bytes')
        return `${amount} bytes`;
    return `${precise || !Number.isInteger(amount) ? amount.toFixed(1) : amount} ${unit}`;
}
function fileType(info) {
    if (info.isDirectory())
        return 'directory';
    if (info.isFIFO())
        return 'named pipe';
    if (info.isSocket())
        return 'socket';
    if (info.isCharacterDevice() || info.isBlockDevice())
        return 'device';
    return 'special file';
}
function describe(e) {
    return e.message.replace(/^[A-Z]+: /, '').replace(/, \w+ '.*'$/, '');
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/engine/repository.ts
var repository = __webpack_require__(4732);
;// CONCATENATED MODULE: ./src/engine/discover/walk.ts
/**
 * Listing the files of a repository: what git tracks plus untracked files it does not
 * ignore, or, outside a git work tree, a walk that skips `.git`, `node_modules` and `vendor`.
 *
 * Symlinks are listed with their target as written (`sites-enabled/app -> ../sites-available/app`
 * is how nginx sites are enabled). A link to a file inside the root is read under the link's
 * path; a link out of the root or dangling is listed only. Directory links are listed but not
 * descended: their files are found under their real path, and loops cannot arise.
 */








const SKIPPED_DIRECTORIES = new Set(['.git', 'node_modules', 'vendor']);
const GIT_TIMEOUT_MS = 60_000;
const LSTAT_CONCURRENCY = 32;
const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/**
 * The files below `root`, with paths relative to it. `ignore` globs are matched against the path
 * with `prefix` before it (they are relative to the repository, `root` may be a directory of it).
 */
async function listRepository(root, ignore, prefix = '', unread = () => false) {
    const matcher = ignore.length > 0 ? picomatch_default()(ignore, { dot: true }) : undefined;
    const ignored = matcher ? (path) => matcher(prefix + path) : () => false;
    const realRoot = await (0,promises_.realpath)(root);
    const listing = { files: [], unread: [], symlinks: [], skipped: [] };
    const walker = new Walker(root, realRoot, ignored, unread, listing);
    // Outside a work tree, asking git would only cost a process.
    const tracked = (0,repository/* gitTopLevel */.o)(root) === undefined ? undefined : await gitFiles(root);
    if (tracked) {
        const kept = tracked.filter((path) => !ignored(path));
        listing.unread = kept.filter(unread);
        await forEachLimited(kept.filter((path) => !unread(path)), LSTAT_CONCURRENCY, (path) => walker.visit(path));
    }
    else {
        await walker.walkDirectory('');
    }
    const byPath = (a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
    listing.files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    listing.symlinks.sort(byPath);
    listing.skipped.sort(byPath);
    return listing;
}
/** Tracked and untracked-not-ignored files, or undefined outside a git work tree (or without git). */
async function gitFiles(root) {
    try {
        const { stdout } = await run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
            cwd: root,
            maxBuffer: 512 * 1024 * 1024,
            timeout: GIT_TIMEOUT_MS,
            encoding: 'utf8',
        });
        return [...new Set(stdout.split('\0').filter((p) => p !== ''))];
    }
    catch {
        return undefined;
    }
}
class Walker {
    root;
    realRoot;
    ignored;
    unread;
    listing;
    /** Directories already walked, by device and inode (guards against bind-mount cycles). */
    seen = new Set();
    constructor(root, realRoot, ignored, unread, listing) {
        this.root = root;
        this.realRoot = realRoot;
        this.ignored = ignored;
        this.unread = unread;
        this.listing = listing;
    }
    async walkDirectory(dir) {
        const abs = (0,external_node_path_.join)(this.root, dir);
        let entries;
        try {
            const info = await (0,promises_.stat)(abs);
            const id = `${info.dev}:${info.ino}`;
            if (this.seen.has(id))
                return;
            this.seen.add(id);
            entries = await (0,promises_.readdir)(abs, { withFileTypes: true });
        }
        catch (error) {
            this.listing.skipped.push({
                path: dir || '.',
                reason: `unreadable directory (${error.code ?? error})`,
            });
            return;
        }
        for (const entry of entries) {
            const path = dir ? `${dir}/${entry.name}` : entry.name;
            if (entry.isDirectory() && SKIPPED_DIRECTORIES.has(entry.name))
                continue;
            if (this.ignored(path) || (entry.isDirectory() && this.ignored(`${path}/`)))
                continue;
            if (entry.isDirectory())
                await this.walkDirectory(path);
            else if (entry.isSymbolicLink())
                await this.symlink(path, (0,external_node_path_.join)(this.root, path));
            else
                (this.unread(path) ? this.listing.unread : this.listing.files).push(path);
        }
    }
    /** One path listed by git: a file, a symlink, or a directory (a submodule). */
    async visit(path) {
        const abs = (0,external_node_path_.join)(this.root, path);
        let info;
        try {
            // Synchronous, as in read.ts: one lstat per listed file, where a thread-pool round trip costs more.
            info = (0,external_node_fs_.lstatSync)(abs);
        }
        catch (error) {
            const code = error.code;
            this.listing.skipped.push({
                path,
                reason: code === 'ENOENT' ? 'listed by git but missing from the work tree' : `unreadable (${code})`,
            });
            return;
        }
        if (info.isSymbolicLink())
            await this.symlink(path, abs);
        else if (info.isDirectory())
            await this.walkDirectory(path);
        else
            this.listing.files.push(path);
    }
    async symlink(path, abs) {
        let target;
        try {
            target = await (0,promises_.readlink)(abs);
        }
        catch (error) {
            this.listing.skipped.push({
                path,
                reason: `unreadable symlink (${error.code})`,
            });
            return;
        }
        this.listing.symlinks.push({ path, target });
        let real;
        let isDirectory;
        try {
            real = await (0,promises_.realpath)(abs);
            isDirectory = (await (0,promises_.stat)(abs)).isDirectory();
        }
        catch (error) {
            const code = error.code;
            if (code === 'ELOOP')
                this.listing.skipped.push({
                    path,
                    reason: `symlink loop (${path} -> ${target} leads back to itself)`,
                });
            return; // dangling: listed, not read
        }
        if (!isWithin(this.realRoot, real))
            return;
        if (isDirectory) {
            const linkDir = await (0,promises_.realpath)((0,external_node_path_.join)(abs, '..'));
            if (isWithin(real, linkDir)) {
                this.listing.skipped.push({
                    path,
                    reason: `symlink loop (${path} -> ${target} points to a directory that contains it)`,
                });
            }
            return;
        }
        this.listing.files.push(path);
    }
}
/** `path` is `dir` or below it. */
function isWithin(dir, path) {
    const rel = (0,external_node_path_.relative)(dir, path);
    return rel === '' || (rel !== '..' && !rel.startsWith('..' + external_node_path_.sep) && !(0,external_node_path_.isAbsolute)(rel));
}

;// CONCATENATED MODULE: ./src/engine/discover/index.ts
/** Discovery: the repository's text files, each with its kind, plus what could not be read. */








const discover_DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;
const READ_CONCURRENCY = 32;
async function discover(root, opts = {}) {
    const absRoot = (0,external_node_path_.resolve)(root);
    const maxFileBytes = opts.maxFileBytes ?? discover_DEFAULT_MAX_FILE_BYTES;
    const prefix = opts.prefix ?? '';
    // Files whose names say they are not configuration are neither stat'ed nor read here.
    const listing = await listRepository(absRoot, opts.ignore ?? [], prefix, (path) => otherByName(prefix + path) !== undefined || isMedia(path));
    const files = [];
    const skipped = listing.skipped.map((s) => ({ ...s, path: prefix + s.path }));
    const symlinks = listing.symlinks.map((l) => ({ ...l, path: prefix + l.path }));
    for (const path of listing.unread) {
        const other = otherByName(prefix + path);
        if (other && !isMedia(path))
            files.push(unreadFile(prefix + path, (0,external_node_path_.resolve)(absRoot, path), other));
    }
    await forEachLimited(listing.files, READ_CONCURRENCY, async (path) => {
        const result = await readSourceFile(prefix + path, (0,external_node_path_.resolve)(absRoot, path), maxFileBytes);
        if ('skipped' in result)
            skipped.push(result.skipped);
        else if ('file' in result)
            files.push({ ...result.file, ...classify(prefix + path, result.file.text) });
    });
    const byPath = (a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
    return { files: files.sort(byPath), skipped: skipped.sort(byPath), symlinks };
}
/** A file discovery did not read: its text is read (as UTF-8, leniently) the first time it is asked for. */
function unreadFile(path, absPath, classification) {
    let text;
    return {
        path,
        absPath,
        hadBom: false,
        crlf: false,
        ...classification,
        get text() {
            if (text === undefined) {
                try {
                    text = (0,external_node_fs_.readFileSync)(absPath, 'utf8');
                }
                catch {
                    text = '';
                }
            }
            return text;
        },
    };
}
/** Repository path → text, for code frames: a map that reads an unread file's text only when asked. */
class SourceTexts extends Map {
    files;
    constructor(files) {
        super();
        this.files = new Map(files.map((f) => [f.path, f]));
    }
    get(path) {
        return this.files.get(path)?.text;
    }
    has(path) {
        return this.files.has(path);
    }
}

;// CONCATENATED MODULE: ./src/engine/types.ts
/**
 * Shared data model of the engine. Data flows one way:
 * discover → parse → resolve (topology, identities, sockets) → rules → report / fix.
 *
 * Positions: `line` and `column` are 1-based; columns count UTF-16 code units of the decoded
 * text (a leading BOM is not counted); `endLine`/`endColumn` point just past the last
 * character (exclusive end, as in SARIF).
 */
/** The location of a span of a file's text: mapped back through a derived file, else the file itself. */
function locationIn(file, span) {
    const mapped = file.derived?.locate(span);
    return (mapped ?? {
        file: file.path,
        line: span.line,
        column: span.column,
        endLine: span.endLine,
        endColumn: span.endColumn,
    });
}

;// CONCATENATED MODULE: ./src/engine/parse/fpm/address.ts
/**
 * What FPM makes of a `listen` value (fpm_sockets_domain_from_address(), F11): anything
 * containing ':' is TCP, only digits is a TCP port, everything else a Unix socket path.
 * A relative path stays relative here: the caller prefixes it (F12).
 */
function listenAddress(value) {
    if (value.includes(':') || /^[0-9]*$/.test(value))
        return { kind: 'tcp', address: value };
    return { kind: 'unix', path: value };
}
/**
 * The port FPM would bind for a TCP `listen` value, or the text it rejects with
 * "invalid port value '…'" (fpm_socket_af_inet_listening_socket()).
 */
function tcpPort(value) {
    const colon = value.lastIndexOf(':');
    const portText = colon < 0 ? value : value.slice(colon + 1);
    const m = /^[ \t]*[+-]?\d+/.exec(portText);
    const port = m ? Number(m[0]) : 0;
    return port >= 1 && port <= 65535 ? { port } : { invalid: portText };
}

;// CONCATENATED MODULE: ./src/engine/parse/fpm/keys.ts
/**
 * The keys PHP-FPM 8.2 knows: the option tables of sapi/fpm/fpm/fpm_conf.c
 * (ini_fpm_global_options, ini_fpm_pool_options) and the array names of
 * fpm_conf_ini_parser_array(). Scalar keys match case-insensitively, array names exactly.
 */
/**
 * `syslog.*` need syslog.h and `systemd_interval` a systemd build, `apparmor_hat` an AppArmor
 * build; they are accepted unconditionally so that no valid key is ever reported.
 */
const keys_GLOBAL_KEYS = new Map([
    ['pid', { type: 'string' }],
    ['error_log', { type: 'string' }],
    ['syslog.ident', { type: 'string' }],
    ['syslog.facility', { type: 'syslog_facility' }],
    ['log_buffering', { type: 'boolean' }],
    ['log_level', { type: 'log_level' }],
    ['log_limit', { type: 'integer' }],
    ['emergency_restart_threshold', { type: 'integer' }],
    ['emergency_restart_interval', { type: 'time' }],
    ['process_control_timeout', { type: 'time' }],
    ['process.max', { type: 'integer' }],
    ['process.priority', { type: 'integer' }],
    ['daemonize', { type: 'boolean' }],
    ['rlimit_files', { type: 'integer' }],
    ['rlimit_core', { type: 'rlimit_core' }],
    ['events.mechanism', { type: 'string' }],
    ['systemd_interval', { type: 'time' }],
]);
const keys_POOL_KEYS = new Map([
    ['prefix', { type: 'string' }],
    ['user', { type: 'string' }],
    ['group', { type: 'string' }],
    ['listen', { type: 'string' }],
    ['listen.backlog', { type: 'integer' }],
    ['listen.acl_users', { type: 'string', acl: true }],
    ['listen.acl_groups', { type: 'string', acl: true }],
    ['listen.owner', { type: 'string' }],
    ['listen.group', { type: 'string' }],
    ['listen.mode', { type: 'string' }],
    ['listen.allowed_clients', { type: 'string' }],
    ['process.priority', { type: 'integer' }],
    ['process.dumpable', { type: 'boolean' }],
    ['pm', { type: 'pm' }],
    ['pm.max_children', { type: 'integer' }],
    ['pm.start_servers', { type: 'integer' }],
    ['pm.min_spare_servers', { type: 'integer' }],
    ['pm.max_spare_servers', { type: 'integer' }],
    ['pm.max_spawn_rate', { type: 'integer' }],
    ['pm.process_idle_timeout', { type: 'time' }],
    ['pm.max_requests', { type: 'integer' }],
    ['pm.status_path', { type: 'string' }],
    ['pm.status_listen', { type: 'string' }],
    ['ping.path', { type: 'string' }],
    ['ping.response', { type: 'string' }],
    ['access.log', { type: 'string' }],
    ['access.format', { type: 'string' }],
    ['slowlog', { type: 'string' }],
    ['request_slowlog_timeout', { type: 'time' }],
    ['request_slowlog_trace_depth', { type: 'integer' }],
    ['request_terminate_timeout', { type: 'time' }],
    ['request_terminate_timeout_track_finished', { type: 'boolean' }],
    ['rlimit_files', { type: 'integer' }],
    ['rlimit_core', { type: 'rlimit_core' }],
    ['chroot', { type: 'string' }],
    ['chdir', { type: 'string' }],
    ['catch_workers_output', { type: 'boolean' }],
    ['decorate_workers_output', { type: 'boolean' }],
    ['clear_env', { type: 'boolean' }],
    ['security.limit_extensions', { type: 'string' }],
    ['apparmor_hat', { type: 'string' }],
]);
/** `name[key] = value` arrays of a pool; `php_flag`/`php_admin_flag` take booleans. */
const POOL_ARRAYS = new Map([
    ['php_value', { boolean: false }],
    ['php_admin_value', { boolean: false }],
    ['php_flag', { boolean: true }],
    ['php_admin_flag', { boolean: true }],
    ['env', { boolean: false }],
    ['access.suppress_path', { boolean: false }],
]);
const SYSLOG_FACILITIES = new Set('auth authpriv cron daemon ftp kern lpr mail news syslog user uucp local0 local1 local2 local3 local4 local5 local6 local7'.split(' '));
const LOG_LEVELS = new Set(['debug', 'notice', 'warning', 'warn', 'error', 'alert']);
const FPM_BOOLEANS = new Set(['1', 'yes', 'true', 'on', '0', 'no', 'false', 'off', 'none', '']);
/** FPM's complaint about a value of the given type (fpm_conf_set_*()), or undefined when accepted. */
function checkValue(type, value) {
    const lower = value.toLowerCase();
    switch (type) {
        case 'string':
            return undefined;
        case 'boolean':
            // fpm_conf_set_boolean(): these words exactly, lower case (a quoted or ${VAR} value is not
            // converted by the ini scanner first; checked on php-fpm8.2 -t).
            return FPM_BOOLEANS.has(value) ? undefined : 'invalid boolean value';
        case 'integer':
            return /^-?[0-9]*$/.test(value) ? undefined : 'is not a valid number (greater or equal than zero)';
        case 'rlimit_core':
            if (lower === 'unlimited')
                return undefined;
            if (!/^-?[0-9]*$/.test(value))
                return 'is not a valid number (greater or equal than zero)';
            return Number(value || '0') < 0 ? "must be greater than zero or 'unlimited'" : undefined;
        case 'time':
            if (value === '')
                return 'invalid time value';
            return /[0-9smhd]$/.test(value) ? undefined : 'unknown suffix used in time value';
        case 'pm':
            return ['static', 'dynamic', 'ondemand'].includes(lower)
                ? undefined
                : 'invalid process manager (static, dynamic or ondemand)';
        case 'log_level':
            return LOG_LEVELS.has(lower) ? undefined : "invalid value for 'log_level'";
        case 'syslog_facility':
            return SYSLOG_FACILITIES.has(lower) ? undefined : 'invalid value';
    }
}

;// CONCATENATED MODULE: ./src/engine/parse/fpm/values.ts
/**
 * The value part of one FPM ini line (`key = <value>`), scanned the way PHP's ini scanner does
 * in ZEND_INI_SCANNER_NORMAL mode (Zend/zend_ini_scanner.l, PHP 8.2), which FPM feeds one line
 * at a time.
 */
const KEYWORDS = new Map([
    ['true', { token: 'BOOL_TRUE', value: '1' }],
    ['on', { token: 'BOOL_TRUE', value: '1' }],
    ['yes', { token: 'BOOL_TRUE', value: '1' }],
    ['false', { token: 'BOOL_FALSE', value: '' }],
    ['off', { token: 'BOOL_FALSE', value: '' }],
    ['no', { token: 'BOOL_FALSE', value: '' }],
    ['none', { token: 'BOOL_FALSE', value: '' }],
    ['null', { token: 'NULL_NULL', value: '' }],
]);
const OPERATORS = '&|^~()!';
/** Characters that end an unquoted run (VALUE_CHARS excludes them; `$` only before `{`). */
const RUN_STOP = ' \t\r\n;=&|^~()!"\'\0';
/** Characters a `${NAME}` name stops at (LABEL_CHAR excludes them). */
const VARNAME_STOP = '=\n\r\t;&|^$~(){}!"[]\0';
const isBlank = (c) => c === ' ' || c === '\t';
const isEnd = (c) => c === undefined || c === '\r' || c === '\n';
/**
 * Scans `line` from `start` (just after `=`) to the end of the value.
 * Bare keywords count only as a whole token; `"…"` processes `\"`, `\\`, `\$` and `${…}`;
 * `'…'` is raw; a `;` outside quotes starts a comment; trailing blanks are dropped.
 */
function scanValue(line, start, env = {}) {
    const tokens = [];
    const unresolved = [];
    let pos = start;
    while (isBlank(line[pos]))
        pos++;
    let rawEnd = pos;
    let commentStart;
    let keyword;
    const pushText = (text) => {
        const last = tokens[tokens.length - 1];
        if (last?.kind === 'text')
            last.text += text;
        else
            tokens.push({ kind: 'text', text });
    };
    const readVar = (from) => {
        const close = line.indexOf('}', from + 2);
        let nameEnd = from + 2;
        while (nameEnd < line.length && !VARNAME_STOP.includes(line[nameEnd]))
            nameEnd++;
        if (close < 0 || close !== nameEnd) {
            return { error: "syntax error, unexpected end of file, expecting '}'", at: from };
        }
        return { name: line.slice(from + 2, nameEnd).trim(), end: close + 1 };
    };
    for (;;) {
        const c = line[pos];
        if (isEnd(c))
            break;
        // Blanks: dropped before a `"` (the scanner eats them with the quote), after an operator,
        // before a comment and at the end; kept between other tokens.
        if (isBlank(c)) {
            let next = pos;
            while (isBlank(line[next]))
                next++;
            const after = line[next];
            const afterOp = tokens[tokens.length - 1]?.kind !== 'text';
            if (!isEnd(after) && after !== ';' && after !== '"' && !afterOp) {
                pushText(line.slice(pos, next));
            }
            pos = next;
            continue;
        }
        if (c === ';') {
            commentStart = pos;
            break;
        }
        // A `'` that no quote closes ends the value there, after a keyword too (On'x is On).
        if (c === "'" && line.indexOf("'", pos + 1) < 0 && (keyword || tokens.length > 0))
            break;
        if (keyword) {
            return { error: `syntax error, unexpected ${tokenName(line, pos)}`, at: pos };
        }
        if (c === '=')
            return { error: "syntax error, unexpected '='", at: pos };
        if (OPERATORS.includes(c)) {
            tokens.push({ kind: 'op', op: c });
            pos++;
            rawEnd = pos;
            continue;
        }
        if (c === '"') {
            const quoted = scanDoubleQuoted(line, pos, unresolved, env);
            if ('error' in quoted)
                return quoted;
            pushText(quoted.text);
            pos = quoted.end;
            rawEnd = quoted.closeEnd;
            continue;
        }
        if (c === "'") {
            const close = line.indexOf("'", pos + 1);
            if (close > pos + 1) {
                pushText(line.slice(pos + 1, close));
                pos = close + 1;
                rawEnd = pos;
                continue;
            }
            // No raw string here: the scanner ends the value at the quote (observed with php-fpm 8.2:
            // `a 'b` gives "a ", `''` and `'x` alone are refused).
            if (line[pos + 1] === "'")
                return { error: 'value is NULL for a ZEND_INI_PARSER_ENTRY', at: pos };
            if (tokens.length === 0)
                return { error: 'syntax error, unexpected end of file', at: pos };
            break;
        }
        if (c === '$' && line[pos + 1] === '{') {
            const v = readVar(pos);
            if ('error' in v)
                return v;
            pushText(substitute(v.name, line.slice(pos, v.end), env, unresolved));
            pos = v.end;
            rawEnd = pos;
            continue;
        }
        // An unquoted run; a keyword wins only when the run is exactly the keyword. A `$` not before
        // `{` takes the next character with it, or a backslash and the character after that (the
        // scanner's LITERAL_DOLLAR, `"$"([^{]|"\\"ANY_CHAR)`): `$;`, `$=`, `$|`, `$'`, `$ ` and `$\"`
        // are text, and `$${X}` is not a reference.
        let end = pos;
        while (end < line.length && !RUN_STOP.includes(line[end])) {
            if (line[end] === '$') {
                if (line[end + 1] === '{')
                    break;
                end += literalDollarLength(line, end);
                continue;
            }
            end++;
        }
        const run = line.slice(pos, end);
        const kw = KEYWORDS.get(run.toLowerCase());
        if (kw) {
            if (tokens.length > 0)
                return { error: `syntax error, unexpected ${kw.token}`, at: pos };
            keyword = kw;
        }
        else {
            pushText(run);
        }
        pos = end;
        rawEnd = pos;
    }
    const base = { rawEnd, commentStart, unresolved };
    if (keyword)
        return { ...base, value: keyword.value, expression: false };
    if (!tokens.some((t) => t.kind === 'op')) {
        return { ...base, value: tokens.length ? tokens[0].text : '', expression: false };
    }
    const computed = evaluate(tokens);
    if (computed === undefined) {
        return { error: "syntax error, unexpected END_OF_LINE, expecting '^' or '|' or '&' or ')'", at: rawEnd };
    }
    return { ...base, value: computed, expression: true };
}
/**
 * A `"…"` string at `start`: contents with escapes processed, `${…}` kept and recorded;
 * `closeEnd` is just past the closing quote, `end` past the blanks the scanner eats after it.
 */
function scanDoubleQuoted(line, start, unresolved, env) {
    let text = '';
    let pos = start + 1;
    for (;;) {
        const c = line[pos];
        if (isEnd(c)) {
            return {
                error: "syntax error, unexpected end of file, expecting TC_DOLLAR_CURLY or TC_QUOTED_STRING or '\"'",
                at: start,
            };
        }
        if (c === '"')
            break;
        if (c === '\\') {
            const e = line[pos + 1];
            // `"C:\path\"`: a backslash before the closing quote at the end of the line stays a backslash.
            if (e === '"' && isEnd(line[pos + 2])) {
                text += '\\';
                pos++;
                continue;
            }
            if (e === '"' || e === '\\' || e === '$') {
                text += e;
                pos += 2;
                continue;
            }
            text += '\\';
            pos++;
            continue;
        }
        if (c === '$' && line[pos + 1] === '{') {
            const close = line.indexOf('}', pos + 2);
            if (close < 0)
                return { error: "syntax error, unexpected end of file, expecting '}'", at: pos };
            text += substitute(line.slice(pos + 2, close).trim(), line.slice(pos, close + 1), env, unresolved);
            pos = close + 1;
            continue;
        }
        text += c;
        pos++;
    }
    const closeEnd = pos + 1;
    pos = closeEnd;
    while (isBlank(line[pos]))
        pos++;
    return { text, closeEnd, end: pos };
}
/** How many characters the scanner's LITERAL_DOLLAR takes at `at` (a `$` not before `{`). */
function literalDollarLength(line, at) {
    const next = line[at + 1];
    if (isEnd(next))
        return 1;
    return next === '\\' && !isEnd(line[at + 2]) ? 3 : 2;
}
/**
 * zend_ini_get_var(): the environment's value, as the scanner substitutes it before an
 * expression is computed or a type checked (S8); an unknown name stays as written.
 */
function substitute(name, written, env, unresolved) {
    if (Object.hasOwn(env, name))
        return env[name];
    unresolved.push(name);
    return written;
}
/** How the ini parser names the token at `pos` in its syntax errors. */
function tokenName(line, pos) {
    const c = line[pos];
    if (/[A-Za-z_]/.test(c))
        return 'TC_CONSTANT';
    if (/[0-9-]/.test(c))
        return 'TC_NUMBER';
    if (c === '"' || OPERATORS.includes(c))
        return `'${c}'`;
    return 'TC_STRING';
}
/**
 * Evaluates an ini expression as zend_ini_do_op() does: operands go through atoi(), `| & ^`
 * are left-associative with equal precedence, `~ !` are unary, the result is a decimal int.
 */
function evaluate(tokens) {
    let i = 0;
    const unary = () => {
        const t = tokens[i++];
        if (!t)
            return undefined;
        if (t.kind === 'text')
            return atoi(t.text);
        if (t.op === '~' || t.op === '!') {
            const v = unary();
            if (v === undefined)
                return undefined;
            return t.op === '~' ? ~v : v === 0 ? 1 : 0;
        }
        if (t.op === '(') {
            const v = binary();
            const close = tokens[i++];
            return close?.kind === 'op' && close.op === ')' ? v : undefined;
        }
        return undefined;
    };
    const binary = () => {
        let left = unary();
        while (left !== undefined) {
            const t = tokens[i];
            if (t?.kind !== 'op' || !'|&^'.includes(t.op))
                break;
            i++;
            const right = unary();
            if (right === undefined)
                return undefined;
            left = t.op === '|' ? left | right : t.op === '&' ? left & right : left ^ right;
        }
        return left;
    };
    const result = binary();
    return result === undefined || i !== tokens.length ? undefined : String(result);
}
function atoi(text) {
    const m = /^[ \t\n\v\f\r]*([+-]?\d+)/.exec(text);
    return m ? Number(BigInt.asIntN(32, BigInt(m[1]))) : 0;
}

;// CONCATENATED MODULE: ./src/engine/parse/fpm/lines.ts

/** Characters an ini key (LABEL) cannot contain. */
const LABEL_STOP = '=\n\r\t;&|^$~(){}!"[]\0';
const BARE_KEYWORD_TOKENS = {
    true: 'BOOL_TRUE',
    on: 'BOOL_TRUE',
    yes: 'BOOL_TRUE',
    false: 'BOOL_FALSE',
    off: 'BOOL_FALSE',
    no: 'BOOL_FALSE',
    none: 'BOOL_FALSE',
    null: 'NULL_NULL',
};
/** Splits a file into lines (`\n`, with `\r\n` and a leading BOM tolerated) and reads each. */
function parseFpmFile(text, env = {}) {
    const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
    const lines = body.split('\n');
    if (lines.length > 1 && lines[lines.length - 1] === '')
        lines.pop();
    return lines.map((line, i) => parseFpmLine(line.endsWith('\r') ? line.slice(0, -1) : line, i + 1, env));
}
/** Reads one line (without its line ending) as FPM does. `lineNo` is 1-based. */
function parseFpmLine(line, lineNo, env = {}) {
    const span = (from, to) => ({
        line: lineNo,
        column: from + 1,
        endLine: lineNo,
        endColumn: to + 1,
    });
    const whole = span(0, line.length);
    const invalid = (message, at) => ({
        kind: 'invalid',
        span: whole,
        message,
        at: span(at, line.length),
    });
    const commentAt = (from) => {
        let p = from;
        while (line[p] === ' ' || line[p] === '\t')
            p++;
        return line[p] === ';' ? span(p, line.length) : undefined;
    };
    const restIsEmpty = (from) => /^[ \t]*(;.*)?$/.test(line.slice(from));
    let pos = 0;
    while (line[pos] === ' ' || line[pos] === '\t')
        pos++;
    if (pos === line.length)
        return { kind: 'blank', span: whole };
    if (line[pos] === ';')
        return { kind: 'comment', span: whole, comment: span(pos, line.length) };
    if (line[pos] === '[') {
        const close = line.indexOf(']', pos + 1);
        if (close < 0)
            return invalid("syntax error, unexpected end of file, expecting ']'", pos);
        if (!restIsEmpty(close + 1))
            return invalid('value is NULL for a ZEND_INI_PARSER_ENTRY', close + 1);
        return {
            kind: 'section',
            span: whole,
            name: line.slice(pos + 1, close).replace(/"/g, ''),
            nameSpan: span(pos + 1, close),
            comment: commentAt(close + 1),
        };
    }
    const keyStart = pos;
    while (pos < line.length && !LABEL_STOP.includes(line[pos]))
        pos++;
    if (pos === keyStart)
        return invalid(`syntax error, unexpected '${line[pos]}'`, pos);
    let keyEnd = pos;
    while (line[keyEnd - 1] === ' ')
        keyEnd--;
    const label = line.slice(keyStart, keyEnd);
    while (line[pos] === ' ' || line[pos] === '\t')
        pos++;
    let array;
    if (line[pos] === '[') {
        const close = line.indexOf(']', pos + 1);
        if (close < 0)
            return invalid("syntax error, unexpected end of file, expecting ']'", pos);
        array = { name: label, key: unquote(line.slice(pos + 1, close).trim()) };
        pos = close + 1;
        keyEnd = pos;
        while (line[pos] === ' ' || line[pos] === '\t')
            pos++;
    }
    else {
        const keywordToken = BARE_KEYWORD_TOKENS[label.toLowerCase()];
        if (keywordToken)
            return invalid(`syntax error, unexpected ${keywordToken}`, keyStart);
    }
    if (line[pos] !== '=') {
        if (restIsEmpty(pos))
            return invalid('value is NULL for a ZEND_INI_PARSER_ENTRY', keyStart);
        return invalid(`syntax error, unexpected '${line[pos]}'`, pos);
    }
    const eq = pos;
    const scanned = scanValue(line, eq + 1, env);
    if ('error' in scanned)
        return invalid(scanned.error, scanned.at);
    let rawStart = eq + 1;
    while (line[rawStart] === ' ' || line[rawStart] === '\t')
        rawStart++;
    const rawEnd = Math.max(rawStart, scanned.rawEnd);
    return {
        kind: 'entry',
        span: whole,
        key: line.slice(keyStart, keyEnd),
        keySpan: span(keyStart, keyEnd),
        array,
        eqSpan: span(eq, eq + 1),
        raw: line.slice(rawStart, rawEnd),
        rawSpan: span(rawStart, rawEnd),
        value: scanned.value,
        unresolved: scanned.unresolved,
        expression: scanned.expression,
        comment: scanned.commentStart === undefined ? undefined : span(scanned.commentStart, line.length),
    };
}
/** Array keys: a double-quoted or single-quoted key loses its quotes. */
function unquote(key) {
    const m = /^"(.*)"$/.exec(key) ?? /^'(.*)'$/.exec(key);
    return m ? m[1] : key;
}

;// CONCATENATED MODULE: ./src/engine/resolve/glob.ts
/**
 * Include globs as nginx and PHP-FPM expand them: glibc's glob(3) without GLOB_BRACE or
 * GLOB_PERIOD, in the C locale nginx runs in (docs/verified-behaviour.md):
 * - `*` matches any run of bytes and `?` one byte, never a `/` and never a name's leading `.`;
 * - `[a-z]`, `[!x]`/`[^x]`, `[]x]`, `[x-]` and `[[:alpha:]]` match one byte (a leading `.` only
 *   through a literal `.`); an unclosed `[` is a literal `[`; `\x` is a literal `x`;
 * - `{a,b}` is literal text.
 *
 * Each name is matched with the two-pointer wildcard algorithm (one backtracking point: the last
 * `*`), so a match costs at most pattern length × name length steps: no pattern can make it
 * explode, unlike a regular expression built from the glob.
 */
/** What makes nginx call glob() at all (`ngx_conf_include()` checks for these); else it opens the path. */
const glob_MAGIC = /[*?[]/;
function hasGlobMagic(pattern) {
    return glob_MAGIC.test(pattern);
}
/** A compiled absolute glob: `matches()` tests a normalised absolute path. */
class Glob {
    pattern;
    segments;
    /** The leading segments without magic, joined: every match lies below this directory. */
    directory;
    constructor(pattern) {
        this.pattern = pattern;
        const parts = pattern.split('/').filter((p) => p !== '');
        this.segments = parts.map((part) => glob_MAGIC.test(part) ? { tokens: compile(part) } : { literal: glob_unescape(part) });
        const fixed = [];
        for (const s of this.segments) {
            if (!('literal' in s))
                break;
            fixed.push(s.literal);
        }
        this.directory = '/' + fixed.join('/');
    }
    matches(path) {
        const names = path.split('/').filter((p) => p !== '');
        if (names.length !== this.segments.length)
            return false;
        for (let i = 0; i < names.length; i++) {
            const segment = this.segments[i];
            if ('literal' in segment ? segment.literal !== names[i] : !matchName(segment.tokens, bytesOf(names[i])))
                return false;
        }
        return true;
    }
}
/** A backslash quotes the next character (glob without GLOB_NOESCAPE). */
function glob_unescape(part) {
    return part.replace(/\\(.)/gs, '$1');
}
/** Beyond printable ASCII (control characters take the slow path too; they encode to themselves). */
const NOT_PRINTABLE_ASCII = /[^ -~]/;
const encoder = new TextEncoder();
/** The name's bytes: the C locale compares bytes, so `?` is one byte of a UTF-8 character. */
function bytesOf(text) {
    if (NOT_PRINTABLE_ASCII.test(text))
        return encoder.encode(text);
    const out = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++)
        out[i] = text.charCodeAt(i);
    return out;
}
const DOT = 0x2e;
const BACKSLASH = 0x5c;
/** The two-pointer wildcard match; a leading `.` must be matched by a literal `.` (FNM_PERIOD). */
function matchName(tokens, name) {
    if (name.length > 0 && name[0] === DOT) {
        const first = tokens[0];
        if (first?.kind !== 'byte' || first.value !== DOT)
            return false;
    }
    let t = 0;
    let n = 0;
    let starT = -1;
    let starN = 0;
    while (n < name.length) {
        const token = tokens[t];
        if (token?.kind === 'star') {
            starT = t++;
            starN = n;
            continue;
        }
        if (token !== undefined && matchesOne(token, name[n])) {
            t++;
            n++;
            continue;
        }
        if (starT === -1)
            return false;
        // Let the last `*` take one more byte and retry what follows it.
        t = starT + 1;
        n = ++starN;
    }
    while (tokens[t]?.kind === 'star')
        t++;
    return t === tokens.length;
}
function matchesOne(token, byte) {
    switch (token.kind) {
        case 'byte':
            return token.value === byte;
        case 'any':
            return true;
        case 'set':
            return token.test(byte) !== token.negated;
        default:
            return false;
    }
}
/** The tokens of one segment, over the segment's UTF-8 bytes. */
function compile(part) {
    const bytes = encoder.encode(part);
    const tokens = [];
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i];
        if (b === 0x2a /* * */) {
            if (tokens[tokens.length - 1]?.kind !== 'star')
                tokens.push({ kind: 'star' });
            i++;
        }
        else if (b === 0x3f /* ? */) {
            tokens.push({ kind: 'any' });
            i++;
        }
        else if (b === 0x5b /* [ */) {
            const set = bracket(bytes, i);
            if (set) {
                tokens.push(set.token);
                i = set.end;
            }
            else {
                tokens.push({ kind: 'byte', value: b });
                i++;
            }
        }
        else if (b === BACKSLASH && i + 1 < bytes.length) {
            tokens.push({ kind: 'byte', value: bytes[i + 1] });
            i += 2;
        }
        else {
            tokens.push({ kind: 'byte', value: b });
            i++;
        }
    }
    return tokens;
}
const CLASSES = {
    alpha: (b) => (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a),
    digit: (b) => b >= 0x30 && b <= 0x39,
    alnum: (b) => CLASSES.alpha(b) || CLASSES.digit(b),
    upper: (b) => b >= 0x41 && b <= 0x5a,
    lower: (b) => b >= 0x61 && b <= 0x7a,
    space: (b) => b === 0x20 || (b >= 0x09 && b <= 0x0d),
    blank: (b) => b === 0x20 || b === 0x09,
    punct: (b) => b > 0x20 && b < 0x7f && !CLASSES.alnum(b),
    print: (b) => b >= 0x20 && b < 0x7f,
    graph: (b) => b > 0x20 && b < 0x7f,
    cntrl: (b) => b < 0x20 || b === 0x7f,
    xdigit: (b) => CLASSES.digit(b) || (b >= 0x41 && b <= 0x46) || (b >= 0x61 && b <= 0x66),
};
/**
 * The bracket expression starting at `bytes[start]` (`[`), or undefined when it is not closed
 * (then the `[` is literal).
 */
function bracket(bytes, start) {
    let i = start + 1;
    const negated = bytes[i] === 0x21 /* ! */ || bytes[i] === 0x5e; /* ^ */
    if (negated)
        i++;
    const tests = [];
    let first = true;
    while (i < bytes.length) {
        let b = bytes[i];
        if (b === 0x5d /* ] */ && !first) {
            return { token: { kind: 'set', negated, test: (x) => tests.some((t) => t(x)) }, end: i + 1 };
        }
        first = false;
        if (b === 0x5b && bytes[i + 1] === 0x3a /* [: */) {
            const close = indexOf(bytes, ':]', i + 2);
            if (close !== -1) {
                const name = new TextDecoder().decode(bytes.subarray(i + 2, close));
                // An unknown class makes glibc's fnmatch fail: nothing matches.
                tests.push(CLASSES[name] ?? (() => false));
                i = close + 2;
                continue;
            }
        }
        if (b === BACKSLASH && i + 1 < bytes.length)
            b = bytes[++i];
        i++;
        if (bytes[i] === 0x2d /* - */ && i + 1 < bytes.length && bytes[i + 1] !== 0x5d) {
            let end = bytes[i + 1];
            i += 2;
            if (end === BACKSLASH && i < bytes.length)
                end = bytes[i++];
            const low = b;
            tests.push((x) => x >= low && x <= end);
        }
        else {
            const value = b;
            tests.push((x) => x === value);
        }
    }
    return undefined;
}
function indexOf(bytes, text, from) {
    for (let i = from; i + text.length <= bytes.length; i++) {
        let ok = true;
        for (let k = 0; k < text.length && ok; k++)
            ok = bytes[i + k] === text.charCodeAt(k);
        if (ok)
            return i;
    }
    return -1;
}

;// CONCATENATED MODULE: ./src/engine/resolve/deployed-fs.ts

/** `/var/run` is a symlink to `/run` on every system socklint knows (trap 33). */
function normalizeDeployed(p) {
    const parts = [];
    for (const seg of p.split('/')) {
        if (seg === '' || seg === '.')
            continue;
        if (seg === '..')
            parts.pop();
        else
            parts.push(seg);
    }
    let out = '/' + parts.join('/');
    if (out === '/var/run' || out.startsWith('/var/run/'))
        out = out.slice('/var'.length);
    return out;
}
class UnitFs {
    shipped;
    entries = new Map();
    sorted;
    /** Shipped globs, compiled once: nginx configs include the same shipped files thousands of times. */
    globs = new Map();
    /** `shipped` may still grow after construction (the unit's platform is known later). */
    constructor(shipped) {
        this.shipped = shipped;
    }
    /** Puts a file at its deployed path; a later file at the same path replaces the earlier one. */
    set(file) {
        this.entries.set(file.deployedPath, file);
        this.sorted = undefined;
    }
    /** `rm` of a file, or with `recursive` of everything below a directory. */
    delete(deployedPath, recursive) {
        for (const key of [...this.entries.keys()]) {
            if (key === deployedPath || (recursive && key.startsWith(deployedPath + '/')))
                this.entries.delete(key);
        }
        this.sorted = undefined;
    }
    get(deployedPath) {
        return this.entries.get(deployedPath);
    }
    all() {
        this.sorted ??= [...this.entries.values()].sort((a, b) => compareBytes(a.deployedPath, b.deployedPath));
        return this.sorted;
    }
    lookup(pattern) {
        const normalized = normalizeDeployed(pattern);
        if (!hasGlobMagic(normalized)) {
            const hit = this.entries.get(normalized);
            if (hit)
                return { status: 'found', files: [hit] };
            const shipped = this.shipped.find((s) => s.pattern === normalized || this.shippedGlob(s.pattern)?.matches(normalized));
            return shipped ? { status: 'shipped', description: shipped.description } : { status: 'missing' };
        }
        const glob = new Glob(normalized);
        const files = this.below(glob.directory).filter((f) => glob.matches(f.deployedPath));
        if (files.length > 0)
            return { status: 'found', files };
        const shipped = this.shipped.find((s) => s.pattern === normalized);
        if (shipped)
            return { status: 'shipped', description: shipped.description };
        return { status: 'found', files: [] };
    }
    shippedGlob(pattern) {
        if (!hasGlobMagic(pattern))
            return undefined;
        let glob = this.globs.get(pattern);
        if (!glob)
            this.globs.set(pattern, (glob = new Glob(pattern)));
        return glob;
    }
    /** The files below a directory, in byte order: a slice of the sorted list, found by bisection. */
    below(directory) {
        const all = this.all();
        const prefix = directory === '/' ? '/' : directory + '/';
        let low = 0;
        let high = all.length;
        while (low < high) {
            const mid = (low + high) >>> 1;
            if (compareBytes(all[mid].deployedPath, prefix) < 0)
                low = mid + 1;
            else
                high = mid;
        }
        let end = low;
        while (end < all.length && all[end].deployedPath.startsWith(prefix))
            end++;
        return all.slice(low, end);
    }
}
function compareBytes(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/engine/resolve/fpm-config.ts
/**
 * Loads a PHP-FPM configuration the way php-fpm 8.2 does (sapi/fpm/fpm/fpm_conf.c): files in
 * reading order, `include=` globs expanded in place, one section state shared by all files,
 * pools re-opened by name, the last assignment winning; then the checks FPM makes before it
 * creates any socket.
 */






/** fpm_conf_load_ini_file() refuses a sixth file in the include chain. */
const MAX_INCLUDE_DEPTH = 5;
/** sun_path holds 108 bytes including the NUL; FPM's strlcpy() cuts anything longer (F19). */
const SUN_PATH_MAX = 108;
function loadFpm(main, fs, opts) {
    const config = {
        mainPath: main.deployedPath,
        files: [],
        global: new Map(),
        pools: [],
        problems: [],
        notes: [],
    };
    const pools = new Map();
    const stack = [];
    // FPM's current_wp: null is [global]; it survives the end of an included file (F23, X1).
    let current = null;
    const problem = (message, location, whole) => {
        config.problems.push({ message, location, ...(whole ? { whole } : {}) });
    };
    const note = (level, code, message, location) => {
        config.notes.push({ level, code, message, location });
    };
    const readFile = (file) => {
        stack.push(file.deployedPath);
        config.files.push(file);
        const at = (span) => locationIn(file.file, span);
        for (const line of parseFpmFile(file.file.text, opts.environment)) {
            switch (line.kind) {
                case 'blank':
                case 'comment':
                    break;
                case 'invalid':
                    problem(line.message, at(line.at));
                    break;
                case 'section': {
                    if (line.name.toLowerCase() === 'global') {
                        current = null;
                        break;
                    }
                    const existing = pools.get(line.name.toLowerCase());
                    if (existing) {
                        existing.pool.sections.push(at(line.span));
                        current = existing;
                        break;
                    }
                    const pool = {
                        name: line.name,
                        sections: [at(line.span)],
                        settings: new Map(),
                        assignments: [],
                    };
                    current = { pool, opened: at(line.span) };
                    pools.set(line.name.toLowerCase(), current);
                    config.pools.push(pool);
                    break;
                }
                case 'entry':
                    if (line.key === 'include' && !line.array)
                        include(line, at);
                    else
                        applyEntry(line, at);
                    break;
            }
        }
        stack.pop();
    };
    const include = (line, at) => {
        const location = at(line.span);
        if (line.unresolved.length > 0) {
            note('notice', 'include-unresolved', `include pattern '${line.value}' depends on ${describeVars(line.unresolved)}; not followed`, location);
            return;
        }
        if (line.value === '')
            return;
        // Relative patterns hang off the prefix, not the including file's directory (F23, I1).
        const pattern = line.value.startsWith('/') ? line.value : `${opts.prefix}/${line.value}`;
        const found = fs.lookup(pattern);
        if (found.status === 'missing') {
            note('notice', 'include-not-in-repo', `'${pattern}' is not in the repository; what it holds is not analysed`, location);
            return;
        }
        if (found.status === 'shipped')
            return;
        if (found.files.length === 0) {
            note('warning', 'include-no-match', `Nothing matches the include pattern '${pattern}'`, location);
            return;
        }
        for (const file of found.files) {
            if (stack.includes(file.deployedPath)) {
                note('warning', 'include-loop', `'${file.deployedPath}' includes itself (through ${stack.join(' → ')})`, location);
                problem('failed to include more than 5 files recursively', location);
                return;
            }
            if (stack.length >= MAX_INCLUDE_DEPTH) {
                problem('failed to include more than 5 files recursively', location);
                return;
            }
            readFile(file);
        }
    };
    const applyEntry = (line, at) => {
        const location = at(line.span);
        const setting = (key, value) => ({
            key,
            value,
            raw: line.raw,
            location,
            keyLocation: at(line.keySpan),
            valueLocation: at(line.rawSpan),
            ...(line.unresolved.length > 0
                ? { unresolved: { what: line.unresolved.map((n) => `environment variable \${${n}}`) } }
                : {}),
        });
        // `$pool` is replaced in every pool string and array value (F20).
        const expand = (value) => {
            if (!value.includes('$pool'))
                return value;
            return current ? value.split('$pool').join(current.pool.name) : undefined;
        };
        const POOL_UNDEFINED = "Can't use '$pool' when the pool is not defined";
        if (line.array) {
            const { name, key } = line.array;
            const label = `${name}[${key}]`;
            if (name === 'access.suppress_path') {
                if (key !== '')
                    return problem("Keys provided to field 'access.suppress_path' are ignored", location);
                if (!line.value.startsWith('/')) {
                    return problem("Values provided to field 'access.suppress_path' must begin with '/'", location);
                }
            }
            else if (key === '') {
                return problem(`You must provide a key for field '${name}'`, location);
            }
            if (!current)
                return problem('Array are not allowed in the global section', location);
            const array = POOL_ARRAYS.get(name);
            if (!array)
                return problem(`unknown directive '${name}'`, location);
            if (name === 'env' && line.value === '')
                return problem('empty value', location);
            if (array.boolean && checkValue('boolean', line.value)) {
                return problem(`error while parsing '${label}' : invalid boolean value`, location);
            }
            const value = array.boolean ? line.value : expand(line.value);
            if (value === undefined)
                return problem(`error while parsing '${label}' : ${POOL_UNDEFINED}`, location);
            record(current.pool, label, setting(label, value));
            return;
        }
        const lower = line.key.toLowerCase();
        const known = (current ? keys_POOL_KEYS : keys_GLOBAL_KEYS).get(lower);
        if (!known || (known.acl && !opts.aclSupported))
            return problem(`unknown entry '${line.key}'`, location);
        // FPM expands ${VAR} before it checks the value's type (S8): an unknown value is not checked.
        const expanded = setting(line.key, line.value);
        const complaint = expanded.unresolved ? undefined : checkValue(known.type, expanded.value);
        if (complaint)
            return problem(`unable to parse value for entry '${lower}': ${complaint}`, location);
        const value = known.type === 'string' ? expand(line.value) : line.value;
        if (value === undefined)
            return problem(`unable to parse value for entry '${lower}': ${POOL_UNDEFINED}`, location);
        if (current)
            record(current.pool, lower, setting(line.key, value));
        else
            config.global.set(lower, setting(line.key, value));
    };
    readFile(main);
    const states = [...pools.values()];
    for (const state of states)
        checkPool(state, opts, problem, note);
    checkDistinctListen(states, problem);
    if (states.length === 0) {
        problem('No pool defined. at least one pool section must be specified in config file', { file: main.file.path, line: 1, column: 1, endLine: 1, endColumn: 1 }, true);
    }
    return config;
}
function record(pool, mapKey, setting) {
    pool.assignments.push(setting);
    pool.settings.set(mapKey, setting);
}
function describeVars(names) {
    return names.map((n) => `environment variable \${${n}}`).join(', ');
}
/** What fpm_conf_process_all_pools() and the socket setup refuse, pool by pool. */
function checkPool(state, opts, problem, note) {
    const { pool, opened } = state;
    const get = (key) => pool.settings.get(key);
    const tag = `[pool ${pool.name}]`;
    const user = get('user');
    if (opts.masterIsRoot ?? true) {
        if (!user)
            problem(`${tag} user has not been defined`, opened, true);
        else if (user.value === '')
            problem(`${tag} please specify user and group other than root`, user.location);
    }
    const listen = get('listen');
    if (!listen || listen.value === '') {
        problem(`${tag} no listen address have been defined!`, listen?.location ?? opened, !listen || undefined);
    }
    else {
        const { address, bound } = resolveListen(listen, get('prefix'), opts.prefix);
        pool.listen = { address, setting: listen };
        state.bound = bound;
        if (address.kind === 'tcp') {
            const port = tcpPort(address.address);
            if ('invalid' in port)
                problem(`invalid port value '${port.invalid}'`, listen.valueLocation);
        }
        else if (address.kind === 'unix' && Buffer.byteLength(address.path) >= SUN_PATH_MAX) {
            const kept = Buffer.from(address.path)
                .subarray(0, SUN_PATH_MAX - 1)
                .toString();
            note('warning', 'socket-path-truncated', `${tag} the socket path is ${Buffer.byteLength(address.path)} bytes; FPM silently binds the first ${SUN_PATH_MAX - 1}: '${kept}'`, listen.valueLocation);
        }
    }
    if (!get('pm'))
        problem(`${tag} the process manager is missing (static, dynamic or ondemand)`, opened, true);
    const maxChildren = get('pm.max_children');
    if (!maxChildren)
        problem(`${tag} pm.max_children must be a positive value`, opened, true);
    else if (!maxChildren.unresolved && Number(maxChildren.value || '0') < 1) {
        problem(`${tag} pm.max_children must be a positive value`, maxChildren.location);
    }
    // ACL names are looked up exactly as written between the commas (F7): a blank after a comma
    // or a trailing comma names a user that does not exist.
    if (opts.aclSupported) {
        for (const [key, what, id] of [
            ['listen.acl_users', 'user', 'uid'],
            ['listen.acl_groups', 'group', 'gid'],
        ]) {
            const acl = get(key);
            if (!acl || acl.value === '')
                continue;
            for (const name of acl.value.split(',')) {
                if (name === '' || name !== name.trim())
                    problem(`${tag} cannot get ${id} for ${what} '${name}'`, acl.valueLocation);
            }
        }
    }
}
/**
 * The socket address of a pool, and the string FPM binds. A relative Unix path hangs off the
 * pool's `prefix` when set (even empty), else the prefix (F12); `${VAR}` makes the address
 * unknown.
 */
function resolveListen(listen, poolPrefix, prefix) {
    if (listen.unresolved)
        return { address: { kind: 'unresolved', unresolved: listen.unresolved } };
    const address = listenAddress(listen.value);
    if (address.kind !== 'unix')
        return { address, bound: address.address };
    let path = address.path;
    if (!path.startsWith('/')) {
        let base = poolPrefix ? poolPrefix.value : prefix;
        if (base !== '' && !base.startsWith('/'))
            base = external_node_path_.posix.join(prefix, base);
        path = `${base}/${path}`;
    }
    return { address: { kind: 'unix', path: normalizeDeployed(path) }, bound: path };
}
/**
 * Two pools on one address: FPM compares the strings it binds; two spellings of one Unix path
 * fail later, when the second bind finds the first socket listening.
 */
function checkDistinctListen(states, problem) {
    const byString = new Map();
    const byPath = new Set();
    for (const { pool, bound } of states) {
        if (!pool.listen || bound === undefined)
            continue;
        const first = byString.get(bound);
        const address = pool.listen.address;
        if (first) {
            problem(`[pool ${pool.name}] unable to set listen address as it's already used in another pool '${first.name}'`, pool.listen.setting.location);
        }
        else if (address.kind === 'unix' && byPath.has(address.path)) {
            problem(`Another FPM instance seems to already listen on ${bound}`, pool.listen.setting.location);
        }
        byString.set(bound, first ?? pool);
        if (address.kind === 'unix')
            byPath.add(address.path);
    }
}

;// CONCATENATED MODULE: ./src/engine/platforms/sources.ts
const gh = (repo, commit, path) => `${repo} ${path} at ${commit.slice(0, 8)} (https://github.com/${repo}/blob/${commit}/${path})`;
const DEBIAN_12_HOST = 'Debian 12 packages as installed and read on a Debian 12 machine';
const SOURCES = {
    debianBasePasswd: {
        evidence: 'observed',
        ref: `${DEBIAN_12_HOST}: base-passwd 3.6.1 /usr/share/base-passwd/{passwd,group}.master`,
    },
    ubuntuImageUser: {
        evidence: 'secondary',
        ref: 'Ubuntu images since 23.04 add the user ubuntu 1000:1000 to the base accounts (reported by the image release notes)',
    },
    debianNginx: {
        evidence: 'observed',
        ref: `${DEBIAN_12_HOST}: nginx-common 1.22.1-9+deb12u11 (/etc/nginx/nginx.conf, sites-available/default, and the postinst that links sites-enabled/default on the first install)`,
    },
    debianFpm: {
        evidence: 'observed',
        ref: `${DEBIAN_12_HOST}: php8.2-fpm 8.2.36-1~deb12u1 (php-fpm.conf, pool.d/www.conf, /usr/lib/tmpfiles.d/php8.2-fpm.conf, php8.2-fpm.service, /etc/init.d/php8.2-fpm, the postinst)`,
    },
    debianFpmAlias: {
        evidence: 'observed',
        ref: `${DEBIAN_12_HOST}: php8.2-fpm.service ExecStartPost=/usr/lib/php/php-fpm-socket-helper install /run/php/php-fpm.sock /etc/php/8.2/fpm/pool.d/www.conf 82; neither the init script nor a plain php-fpm run calls the helper`,
    },
    debianApache: {
        evidence: 'observed',
        ref: `${DEBIAN_12_HOST}: apache2 2.4.71-1~deb12u1 (/etc/apache2/envvars: APACHE_RUN_USER=www-data, APACHE_RUN_GROUP=www-data)`,
    },
    debianCaddy: {
        evidence: 'observed',
        ref: `${DEBIAN_12_HOST}: caddy 2.6.2-5 postinst (useradd --system caddy, ids allocated at install; usermod -aG www-data caddy)`,
    },
    debianDefaultPhp: {
        evidence: 'secondary',
        ref: "the php-defaults package of each release (Debian 11: 7.4, 12: 8.2, 13: 8.4; Ubuntu 20.04: 7.4, 22.04: 8.1, 24.04: 8.3, 25.04: 8.4); Debian 12's is observed",
    },
    officialPhp: {
        evidence: 'packaged',
        ref: gh('docker-library/php', '445bf414f1d5866f7aef715f1203eae043710070', 'Dockerfile-linux.template'),
    },
    officialPhpLayout: {
        evidence: 'packaged',
        ref: 'docker-library/php commits f26909cd (2026-01-09: listen = 9000 moves from zz-docker.conf to docker.conf, ' +
            'www.conf listen commented, except for 8.2.30, 8.3.29, 8.4.16 and 8.5.1), 6485b53a (2026-01-09: --sysconfdir, ' +
            'absolute include), e5de0e8e (2026-01-16: an empty [www] back in zz-docker.conf for 8.2-8.5); ' +
            'first builds with the new layout: 8.3.30, 8.4.17, 8.5.2 (2026-01-15), 8.2.31 (f4e930a7, 2026-05-07) ' +
            '(https://github.com/docker-library/php/commit/f26909cd60fc044fb0b8b1572a8e1768eae7e963)',
    },
    officialPhpOldLayout: {
        evidence: 'packaged',
        ref: gh('docker-library/php', 'a5cbc2e5', '8.2/bookworm/fpm/Dockerfile') +
            ', the layout since e1292bb6 (2016-01-22)',
    },
    officialPhpTags: {
        evidence: 'packaged',
        ref: gh('docker-library/php', '445bf414f1d5866f7aef715f1203eae043710070', 'generate-stackbrew-library.sh') +
            ' and versions.json: branches 8.2-8.5 and 8.6-rc, `8`/`latest` = 8.5, default suites trixie and alpine3.24; ' +
            '7.4, 8.0 and 8.1 were removed in f2999de8 (2022-11-25), 4d3ed4a9 (2023-11-27) and 9cf5f245 (2026-01-01)',
    },
    officialNginx: {
        evidence: 'packaged',
        ref: gh('nginxinc/docker-nginx', 'b430becb8f0f6b8d69e68cc73a82ea2873c38639', 'mainline/debian/Dockerfile') +
            ' (nginx 101:101 in every variant), with the nginx.org package nginx.conf (`user  nginx;`, conf.d/*.conf)',
    },
    unprivilegedNginx: {
        evidence: 'packaged',
        ref: gh('nginxinc/docker-nginx-unprivileged', '8ead5cede31b9dc5a976d1b44bb1987226b48677', 'mainline/debian/Dockerfile'),
    },
    officialHttpd: {
        evidence: 'packaged',
        ref: gh('docker-library/httpd', '9b63b37c9be3b42d16b924ebb40af3cc40793119', '2.4/Dockerfile') +
            ' and 2.4/alpine/Dockerfile (www-data 82); User/Group www-data since af35e5c (2021-11-12)',
    },
    officialCaddy: {
        evidence: 'packaged',
        ref: gh('caddyserver/caddy-docker', '62d1326421cc6d6245f5178d3c277b0e69fb8fb6', '2.11/alpine/Dockerfile') +
            ' (no USER: root)',
    },
    rootlessCaddy: {
        evidence: 'packaged',
        ref: 'caddyserver/caddy-docker 2.10/rootless/Dockerfile before 7e724d4b (adduser -D -u 1001 caddy; addgroup caddy root; USER 1001)',
    },
    alpineBaselayout: {
        evidence: 'packaged',
        ref: gh('alpinelinux/aports', '770d8ce7c6c556d952884ad436dd82b17ceb1a9a', 'main/alpine-baselayout/passwd') +
            ' and main/alpine-baselayout/group at bb00d0e4',
    },
    alpineNginx: {
        evidence: 'packaged',
        ref: gh('alpinelinux/aports', '4d0b9def71b2e28452a2e867cafda379e2c07643', 'main/nginx/nginx.pre-install') +
            ' (addgroup -Sg 82 www-data; addgroup -S nginx; adduser -S … -G nginx nginx; addgroup nginx www-data) and main/nginx/nginx.conf at ce4f9d8e',
    },
    alpinePhp: {
        evidence: 'packaged',
        ref: gh('alpinelinux/aports', 'aa673e8f65868f0d66120ea08fa4ed38fe8de01c', 'community/php83/APKBUILD') +
            ' (--prefix=/usr --sysconfdir=/etc/php83 --with-fpm-acl, no --with-fpm-user: the pool runs as nobody; PHP’s own php-fpm.conf and www.conf)',
    },
    rhelPhp: {
        evidence: 'packaged',
        ref: 'Fedora php dist-git (mirrored at ' +
            gh('fedora-riscv/php', '5815d4c0fa17a481b9a7329c1abcf9db4887209f', 'php-fpm-www.conf') +
            '): php-fpm-www.conf, php-fpm.conf, php-fpm.service (RuntimeDirectory=php-fpm), nginx-fpm.conf, nginx-php.conf, ' +
            'php.spec (--with-fpm-acl; Requires nginx-filesystem and httpd-filesystem; %ghost /run/php-fpm); the same files since a8ae4d1 (2015-01, PHP 5.6.5), which RHEL 8, 9 and 10 took from Fedora',
    },
    rhelNginx: {
        evidence: 'packaged',
        ref: 'Fedora nginx.spec (mirrored at ' +
            gh('r0x0d/fedora-rpm-specs', '3bbb5ec420ca47d7ee040a1aefc7f17e2cdc6797', 'nginx.spec') +
            '): --user=nginx --group=nginx; %pre filesystem: groupadd -r nginx, useradd -r … nginx (ids allocated at install); conf.d/ and default.d/',
    },
    rhelNginxConf: {
        evidence: 'secondary',
        ref: 'the packaged /etc/nginx/nginx.conf as copied from RHEL-family machines (user nginx; include /usr/share/nginx/modules/*.conf; conf.d/*.conf in http; a default server including default.d/*.conf)',
    },
    rhelApacheUser: {
        evidence: 'secondary',
        ref: 'httpd.spec %pre filesystem (groupadd -g 48 -r apache; useradd -r -u 48 -g apache … apache), as copied in public spec files; php-fpm requires httpd-filesystem',
    },
    rhelSetup: {
        evidence: 'secondary',
        ref: "the setup package's /etc/passwd and /etc/group (root 0, bin 1, daemon 2, adm 3/4, nobody 65534 since Fedora 28 and RHEL 8)",
    },
};
/** "known because …" text for a fact's source. */
function knownBecause(source) {
    const how = {
        packaged: 'read in the packaging',
        observed: 'observed on the installed package',
        secondary: 'reported by a secondary source',
        reasoned: 'reasoned',
    }[source.evidence];
    return `${how}: ${source.ref}`;
}

;// CONCATENATED MODULE: ./src/engine/resolve/identities.ts


function machineState(unit, config) {
    const base = unit.platform.base;
    const db = { base: base?.description ?? 'unknown system', users: new Map(), groups: new Map() };
    const directories = new Map();
    if (base) {
        const baseOrigin = { kind: 'default', description: `${base.description} base system` };
        // Accounts a package or the image adds say where they come from.
        const origin = (name) => {
            const source = base.accountSources[name];
            return source ? { kind: 'default', description: knownBecause(source) } : baseOrigin;
        };
        for (const [name, [uid, primaryGroup]] of Object.entries(base.users))
            db.users.set(name, { name, uid, primaryGroup, origin: origin(name) });
        for (const [name, [gid, members]] of Object.entries(base.groups))
            db.groups.set(name, { name, gid, members: [...members], origin: origin(name) });
        for (const dir of base.directories)
            directories.set(dir.path, { ...dir, origin: baseOrigin });
    }
    // The directories each FPM package or its service creates (Debian's /run/php, RHEL's /run/php-fpm).
    for (const dir of unit.fpm.flatMap((f) => f.directories))
        directories.set(dir.path, dir);
    for (const fact of unit.facts)
        applyFact(db, directories, fact);
    applyConfig(db, directories, config);
    const world = worldOf(unit, config);
    return { db, directories, ...world, assumed: [] };
}
/** Whether the repository shows every account of the machine (see the module comment). */
function worldOf(unit, config) {
    const file = config.source ?? '.socklint.yml';
    if (config.accounts === 'complete')
        return { world: 'closed', worldWhy: `accounts: complete in ${file}` };
    if (unit.kind === 'image' && unit.platform.base) {
        return {
            world: 'closed',
            worldWhy: `the image's Dockerfile and its base image (${unit.platform.base.description}) are both known`,
        };
    }
    const where = unit.kind === 'image'
        ? `its base image is not one socklint knows`
        : `a ${unit.kind === 'host' ? 'host tree' : unit.kind === 'ansible' ? 'set of Ansible hosts' : 'machine'} is rarely all in the repository`;
    return { world: 'open', worldWhy: `${where}; set accounts: complete in ${file} if it is` };
}
/** Account names as the system tools accept them: no spaces, colons, commas, not all digits. */
const ACCOUNT_NAME = /^(?![0-9]+$)[A-Za-z0-9_][A-Za-z0-9_.-]*\$?$/;
/**
 * Adds an account the repository uses but nothing creates. In an open world it is assumed to
 * exist, with no uid and no memberships; in a closed world nothing is added, so the lookup fails
 * as the program's would. A name no system could have (` nginx`, `a,b`) is never assumed.
 */
function assumeAccount(state, kind, name, location, use) {
    const table = kind === 'user' ? state.db.users : state.db.groups;
    if (table.has(name) || state.world === 'closed' || !ACCOUNT_NAME.test(name))
        return;
    const origin = {
        kind: 'assumed',
        description: `nothing in the repository creates ${kind} ${name}: assumed to exist`,
        declare: `declare it under ${kind}s: in .socklint.yml, or set accounts: complete if the repository creates every account`,
        location,
    };
    if (kind === 'user')
        state.db.users.set(name, { name, origin });
    else
        state.db.groups.set(name, { name, members: [], origin });
    state.assumed.push({ kind, name, location, use });
}
/**
 * Whether `user` not being in `group` is known, or only the open-world default: known in a
 * closed world, for two accounts of the base system (its /etc/group is documented), and where
 * `.socklint.yml` lists the group's members or the user's groups.
 */
function nonMembership(state, user, group) {
    if (state.world === 'closed')
        return undefined;
    const u = state.db.users.get(user);
    const g = state.db.groups.get(group);
    if (u?.origin.kind === 'default' && g?.origin.kind === 'default')
        return undefined;
    if (g?.origin.kind === 'declared' || u?.origin.kind === 'declared')
        return undefined;
    return {
        statement: `${user} is not in group ${group}: nothing in the repository adds it`,
        declare: 'declare the members under groups: in .socklint.yml',
        ...(g?.origin.kind === 'source' ? { location: g.origin.location } : {}),
    };
}
function applyFact(db, dirs, fact) {
    const maybe = (fact.kind === 'user-add' || fact.kind === 'group-add') && fact.maybe;
    const origin = maybe
        ? {
            kind: 'assumed',
            description: `${describeFact(fact)} may create it (its value is not known): assumed to exist`,
            declare: 'declare it under users: or groups: in .socklint.yml',
            location: fact.location,
        }
        : { kind: 'source', location: fact.location };
    switch (fact.kind) {
        case 'group-add':
            if (!db.groups.has(fact.group))
                db.groups.set(fact.group, { name: fact.group, gid: fact.gid, members: [], origin });
            break;
        case 'group-mod': {
            const group = db.groups.get(fact.group);
            if (group && fact.gid !== undefined)
                db.groups.set(fact.group, { ...group, gid: fact.gid, origin });
            break;
        }
        case 'user-add': {
            // useradd/adduser create a group named like the user unless told otherwise (USERGROUPS_ENAB).
            let primaryGroup = fact.primaryGroup;
            if (primaryGroup && /^\d+$/.test(primaryGroup)) {
                primaryGroup =
                    [...db.groups.values()].find((g) => g.gid === Number(primaryGroup))?.name ?? primaryGroup;
            }
            if (!primaryGroup) {
                primaryGroup = fact.user;
                if (!db.groups.has(fact.user))
                    db.groups.set(fact.user, { name: fact.user, members: [], origin });
            }
            if (!db.users.has(fact.user))
                db.users.set(fact.user, { name: fact.user, uid: fact.uid, primaryGroup, origin });
            for (const group of fact.groups)
                addMember(db, group, fact.user, origin);
            break;
        }
        case 'user-mod': {
            const user = db.users.get(fact.user);
            if (user) {
                db.users.set(fact.user, {
                    ...user,
                    uid: fact.uid ?? user.uid,
                    primaryGroup: fact.primaryGroup ?? user.primaryGroup,
                    origin,
                });
            }
            break;
        }
        case 'member-add':
            addMember(db, fact.group, fact.user, origin);
            break;
        case 'mkdir':
        case 'chmod':
        case 'chown': {
            const p = normalizeDeployed(fact.path);
            const known = dirs.get(p) ?? { path: p, origin };
            const next = { ...known, origin };
            if (fact.kind === 'mkdir') {
                if (fact.mode !== undefined)
                    next.mode = fact.mode;
                else if (!dirs.has(p))
                    next.mode = 0o755; // umask 022 (Docker and Debian default)
                if (fact.owner)
                    next.owner = fact.owner;
                else if (!dirs.has(p))
                    next.owner = 'root';
                if (fact.group)
                    next.group = fact.group;
                else if (!dirs.has(p))
                    next.group = 'root';
            }
            else if (fact.kind === 'chmod') {
                next.mode = typeof fact.mode === 'number' ? fact.mode : undefined; // symbolic: no guess
            }
            else {
                if (fact.owner)
                    next.owner = fact.owner;
                if (fact.group)
                    next.group = fact.group;
            }
            if (next.mode !== undefined)
                next.setgid = (next.mode & 0o2000) !== 0;
            dirs.set(p, next);
            break;
        }
        case 'default-acl': {
            const p = normalizeDeployed(fact.path);
            const known = dirs.get(p) ?? { path: p, origin };
            // setfacl -m adds to the existing default ACL; later entries of the same tag and name win.
            const merged = [...(known.defaultAcl ?? [])];
            for (const e of fact.entries) {
                const i = merged.findIndex((x) => x.tag === e.tag && x.name === e.name);
                if (i >= 0)
                    merged[i] = e;
                else
                    merged.push(e);
            }
            dirs.set(p, { ...known, defaultAcl: merged, origin });
            break;
        }
        default:
            break;
    }
}
function addMember(db, groupName, user, origin) {
    let group = db.groups.get(groupName);
    if (!group) {
        // Membership in a group the repository never creates: the group's id stays unknown.
        group = { name: groupName, members: [], origin };
        db.groups.set(groupName, group);
    }
    if (!group.members.includes(user))
        group.members.push(user);
    group.memberOrigins ??= new Map();
    group.memberOrigins.set(user, origin);
}
function describeFact(fact) {
    return `the command at ${fact.location.file}:${fact.location.line}`;
}
function applyConfig(db, dirs, config) {
    const file = config.source ?? '.socklint.yml';
    const origin = { kind: 'declared', description: file };
    for (const [name, g] of Object.entries(config.groups)) {
        const known = db.groups.get(name);
        db.groups.set(name, { name, gid: g.gid ?? known?.gid, members: [...(known?.members ?? [])], origin });
        for (const member of g.members ?? [])
            addMember(db, name, member, origin);
    }
    for (const [name, u] of Object.entries(config.users)) {
        const known = db.users.get(name);
        db.users.set(name, {
            name,
            uid: u.uid ?? known?.uid,
            primaryGroup: u.group ?? known?.primaryGroup ?? name,
            origin,
        });
        if (!db.groups.has(u.group ?? name))
            db.groups.set(u.group ?? name, { name: u.group ?? name, members: [], origin });
        for (const group of u.groups ?? [])
            addMember(db, group, name, origin);
    }
    for (const [dir, d] of Object.entries(config.directories)) {
        const p = normalizeDeployed(dir);
        const mode = d.mode;
        dirs.set(p, {
            path: p,
            mode,
            owner: d.owner ?? 'root',
            group: d.group ?? 'root',
            ...(mode !== undefined ? { setgid: (mode & 0o2000) !== 0 } : {}),
            origin,
        });
    }
}

;// CONCATENATED MODULE: ./src/engine/parse/nginx/address.ts
/** sizeof(sun_path): the path and its terminating NUL must fit. */
const SUN_PATH_SIZE = 108;
/** Optional scheme prefixes, matched case-insensitively (ngx_strncasecmp). */
const OPTIONAL_SCHEMES = {
    uwsgi_pass: ['uwsgi://', 'suwsgi://'],
    grpc_pass: ['grpc://', 'grpcs://'],
};
function stripPrefix(value, prefixes) {
    const lower = value.slice(0, 9).toLowerCase();
    const prefix = prefixes.find((p) => lower.startsWith(p));
    return prefix === undefined ? undefined : value.slice(prefix.length);
}
/** The target of a `*_pass` argument whose variables, if any, are already substituted. */
function parsePassTarget(directive, context, value) {
    if (directive === 'proxy_pass' && context === 'http') {
        const url = stripPrefix(value, ['http://', 'https://']);
        if (url === undefined)
            return { kind: 'invalid', message: 'invalid URL prefix' };
        // proxy_pass takes a URI after the address.
        return parseUrl(url, true);
    }
    const schemes = OPTIONAL_SCHEMES[directive];
    return parseUrl((schemes && stripPrefix(value, schemes)) ?? value, false);
}
/**
 * Variables a request sets, never the deployment: a target built from one of them right after the
 * scheme is a host the client asks for, not a socket path the configuration chose.
 */
const REQUEST_VARIABLE = /^(host|hostname|scheme|server_name|server_addr|server_port|remote_addr|request_uri|uri|document_uri|args|query_string|is_args|request_method|proxy_host|http_.+|arg_.+|cookie_.+)$/;
/**
 * Whether a target with variables can name a Unix socket, from its literal text before the first
 * variable (`prefix`) and that variable's name: after the scheme, the text must still be able to
 * become `unix:` or the name of an upstream that has a Unix-socket server (nginx looks a variable
 * target up among the upstreams by name). `http://backend$suffix` cannot, unless an upstream
 * named `backend…` has one.
 */
function mayNameUnix(directive, context, prefix, firstVariable, unixUpstreams) {
    const schemes = directive === 'proxy_pass' && context === 'http' ? ['http://', 'https://'] : OPTIONAL_SCHEMES[directive];
    const lower = prefix.toLowerCase();
    let rest = lower;
    if (schemes) {
        const scheme = schemes.find((p) => lower.startsWith(p));
        // Still inside the scheme (`$scheme://…` or `ht$x`): the variable completes it, or the URL is invalid.
        if (scheme === undefined)
            return !schemes.some((p) => p.startsWith(lower)) || !REQUEST_VARIABLE.test(firstVariable);
        rest = lower.slice(scheme.length);
    }
    if (rest === '')
        return !REQUEST_VARIABLE.test(firstVariable);
    if ('unix:'.startsWith(rest) || rest.startsWith('unix:'))
        return true;
    const end = rest.search(/[/?:]/);
    return end === -1
        ? unixUpstreams.some((name) => name.startsWith(rest))
        : unixUpstreams.includes(rest.slice(0, end));
}
/** The address of an upstream `server` entry. */
function parseServerAddress(value) {
    return parseUrl(value, false);
}
function parseUrl(url, uriPart) {
    if (url.slice(0, 5).toLowerCase() === 'unix:') {
        let path = url.slice(5);
        // With a URI part the path ends at the first ':' (N4), so a path cannot contain one.
        if (uriPart) {
            const colon = path.indexOf(':');
            if (colon !== -1)
                path = path.slice(0, colon);
        }
        if (path === '')
            return { kind: 'invalid', message: `no path in the unix domain socket in upstream "${url}"` };
        if (new TextEncoder().encode(path).length + 1 > SUN_PATH_SIZE) {
            return { kind: 'invalid', message: `too long path in the unix domain socket in upstream "${url}"` };
        }
        return { kind: 'unix', path, url };
    }
    let hostPort = url;
    if (uriPart) {
        const uri = hostPort.search(/[/?]/);
        if (uri !== -1)
            hostPort = hostPort.slice(0, uri);
    }
    if (hostPort.startsWith('[')) {
        const close = hostPort.indexOf(']');
        const rest = close === -1 ? '' : hostPort.slice(close + 1);
        const host = close === -1 ? hostPort : hostPort.slice(0, close + 1);
        return rest.startsWith(':')
            ? { kind: 'host', host, port: rest.slice(1), url }
            : { kind: 'host', host, url };
    }
    const colon = hostPort.lastIndexOf(':');
    if (colon === -1)
        return { kind: 'host', host: hostPort, url };
    return { kind: 'host', host: hostPort.slice(0, colon), port: hostPort.slice(colon + 1), url };
}

;// CONCATENATED MODULE: ./src/engine/parse/nginx/line-index.ts
/** Turns UTF-16 offsets into 1-based lines and columns; lines end at LF only, as nginx counts them. */
class line_index_LineIndex {
    text;
    starts;
    /** The line of the last lookup. */
    hint = 0;
    constructor(text) {
        this.text = text;
    }
    /** The span of `text[start, end)`. */
    span(start, end) {
        const starts = (this.starts ??= lineStarts(this.text));
        const line = this.lineOf(starts, start);
        const sameLine = line + 1 >= starts.length || end < starts[line + 1];
        const endLine = sameLine ? line : this.lineOf(starts, end);
        return {
            line: line + 1,
            column: start - starts[line] + 1,
            endLine: endLine + 1,
            endColumn: end - starts[endLine] + 1,
        };
    }
    /** Index of the line holding `offset`; spans are mostly asked for in reading order, so try the last line first. */
    lineOf(starts, offset) {
        const hint = this.hint;
        if (starts[hint] <= offset && (hint + 1 >= starts.length || offset < starts[hint + 1]))
            return hint;
        if (hint + 2 < starts.length && starts[hint + 1] <= offset && offset < starts[hint + 2])
            return (this.hint = hint + 1);
        let low = 0;
        let high = starts.length - 1;
        while (low < high) {
            const mid = (low + high + 1) >>> 1;
            if (starts[mid] <= offset)
                low = mid;
            else
                high = mid - 1;
        }
        return (this.hint = low);
    }
}
function lineStarts(text) {
    // Small first: a repository holds thousands of short files, and a typed array costs to allocate.
    let starts = new Int32Array(Math.max(16, text.length >> 5));
    let count = 1;
    for (let lf = text.indexOf('\n'); lf !== -1; lf = text.indexOf('\n', lf + 1)) {
        if (count === starts.length) {
            const grown = new Int32Array(count * 2);
            grown.set(starts);
            starts = grown;
        }
        starts[count++] = lf + 1;
    }
    return starts.subarray(0, count);
}

;// CONCATENATED MODULE: ./src/engine/parse/nginx/tokenizer.ts
/**
 * The nginx configuration tokenizer, following `ngx_conf_read_token()` (src/core/ngx_conf_file.c):
 * - space, tab, CR and LF separate tokens; `;`, `{` and `}` are punctuation at the start of a token;
 *   inside a bare token `;` and `{` end it, `}`, `#` and quotes are literal;
 * - `#` starts a comment only at the start of a token;
 * - `"` or `'` open a quoted token only at the start of a token; the closing quote must be followed
 *   by whitespace, `;`, `{` or `)`;
 * - a backslash keeps the next character from acting as a separator; a `{` right after `$` does not
 *   end the token (`${name}`);
 * - nginx reads the file through a 4096-byte buffer, so a token or comment of 4096 bytes or more is
 *   an error ("too long parameter").
 * `*_by_lua_block` content is Lua, read by the lua-nginx-module's own lexer: see `skipLuaBlock()`.
 */
const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;
const DQUOTE = 34;
const HASH = 35;
const DOLLAR = 36;
const SQUOTE = 39;
const RPAREN = 41;
const SEMICOLON = 59;
const tokenizer_BACKSLASH = 92;
const LBRACE = 123;
const RBRACE = 125;
/** NGX_CONF_BUFFER: a token must fit in nginx's read buffer. */
const CONF_BUFFER = 4096;
function isSpace(c) {
    return c === SPACE || c === TAB || c === LF || c === CR;
}
/** UTF-8 length of `text[from, to)`, exact only below `limit` (enough to compare with it). */
function utf8Length(text, from, to, limit) {
    // A UTF-16 code unit is 1 to 3 UTF-8 bytes: most tokens are decided by their length alone.
    if (to - from >= limit || (to - from) * 3 < limit)
        return to - from;
    let bytes = 0;
    for (let i = from; i < to; i++) {
        const c = text.charCodeAt(i);
        // A surrogate pair is 4 bytes: 2 per code unit.
        bytes += c < 0x80 ? 1 : c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 2 : 3;
    }
    return bytes;
}
/** The first 10 bytes of `text[from…]`, as nginx prints them in "too long parameter". */
function first10Bytes(text, from) {
    return new TextDecoder().decode(new TextEncoder().encode(text.slice(from, from + 10)).subarray(0, 10));
}
/** nginx's unescaping of a token's content (`\"`, `\'`, `\\`, `\t`, `\r`, `\n`; other pairs stay). */
function unescapeNginx(content) {
    const parts = [];
    let copied = 0;
    let i = content.indexOf('\\');
    while (i !== -1 && i + 1 < content.length) {
        const next = content.charCodeAt(i + 1);
        let replacement;
        if (next === DQUOTE || next === SQUOTE || next === tokenizer_BACKSLASH)
            replacement = content[i + 1];
        else if (next === 116 /* t */)
            replacement = '\t';
        else if (next === 114 /* r */)
            replacement = '\r';
        else if (next === 110 /* n */)
            replacement = '\n';
        if (replacement !== undefined) {
            parts.push(content.slice(copied, i), replacement);
            copied = i + 2;
        }
        // The escaped character never starts another escape.
        i = content.indexOf('\\', i + 2);
    }
    if (copied === 0)
        return content;
    parts.push(content.slice(copied));
    return parts.join('');
}
/** The value of the word token `text[start, end)`, whose range includes its quotes. */
function wordValue(text, start, end, quote, escaped, unterminated) {
    const content = quote === 0 ? text.slice(start, end) : text.slice(start + 1, unterminated ? end : end - 1);
    return escaped ? unescapeNginx(content) : content;
}
/** After a Lua long bracket `[==[ … ]==]` opening at `at`: the offset past its end, or -1 if none opens there. */
function longBracketEnd(text, at) {
    if (text.charCodeAt(at) !== 91 /* [ */)
        return -1;
    let level = 0;
    while (text.charCodeAt(at + 1 + level) === 61 /* = */)
        level++;
    if (text.charCodeAt(at + 1 + level) !== 91)
        return -1;
    const closing = `]${'='.repeat(level)}]`;
    const end = text.indexOf(closing, at + 2 + level);
    return end === -1 ? text.length : end + closing.length;
}
class NginxTokenizer {
    text;
    /** Errors found while reading tokens, in source order. */
    errors = [];
    /** The last token: `text[start, end)`; a word's range includes its quotes, a comment's its `#` (not the CR). */
    start = 0;
    end = 0;
    /** The opening quote's character code, or 0 for a bare word. */
    quote = 0;
    /** The word contains a backslash. */
    escaped = false;
    /** The quoted word runs to the end of the file (already reported). */
    unterminated = false;
    pos = 0;
    constructor(text) {
        this.text = text;
    }
    next() {
        const text = this.text;
        const n = text.length;
        let i = this.pos;
        let c = 0;
        while (i < n) {
            c = text.charCodeAt(i);
            if (c !== SPACE && c !== LF && c !== TAB && c !== CR)
                break;
            i++;
        }
        this.start = i;
        if (i >= n) {
            this.pos = this.end = n;
            return 'eof';
        }
        if (c === SEMICOLON || c === LBRACE || c === RBRACE) {
            this.pos = this.end = i + 1;
            return c === SEMICOLON ? ';' : c === LBRACE ? '{' : '}';
        }
        if (c === HASH)
            return this.comment(i);
        this.quote = 0;
        this.escaped = false;
        this.unterminated = false;
        if (c === DQUOTE || c === SQUOTE)
            return this.quoted(i, c);
        return this.bare(i);
    }
    comment(start) {
        const text = this.text;
        const lf = text.indexOf('\n', start);
        const end = lf === -1 ? text.length : lf;
        this.end = end > start + 1 && text.charCodeAt(end - 1) === CR ? end - 1 : end;
        // nginx restarts its token at the line feed, so the CR counts.
        this.checkLength(start, end, lf !== -1);
        this.pos = end;
        return 'comment';
    }
    bare(start) {
        const text = this.text;
        const n = text.length;
        let j = start;
        while (j < n) {
            const c = text.charCodeAt(j);
            if (c > SEMICOLON) {
                if (c === tokenizer_BACKSLASH) {
                    this.escaped = true;
                    j += 2;
                }
                else if (c === LBRACE) {
                    break;
                }
                else {
                    j++;
                }
            }
            else if (c === SPACE || c === SEMICOLON || c === LF || c === TAB || c === CR) {
                break;
            }
            else if (c === DOLLAR) {
                j++;
                while (j < n && text.charCodeAt(j) === LBRACE)
                    j++;
            }
            else {
                j++;
            }
        }
        if (j > n)
            j = n;
        this.end = this.pos = j;
        // nginx restarts its token after ';' or '{', or one character after a separator.
        const restart = j < n && isSpace(text.charCodeAt(j)) ? j + 1 : j;
        this.checkLength(start, restart, restart < n);
        return 'word';
    }
    quoted(start, quoteChar) {
        const text = this.text;
        const n = text.length;
        this.quote = quoteChar;
        const quote = quoteChar === DQUOTE ? '"' : "'";
        let j = start + 1;
        while (j < n) {
            const c = text.charCodeAt(j);
            if (c === quoteChar)
                break;
            if (c === tokenizer_BACKSLASH) {
                this.escaped = true;
                j += 2;
            }
            else {
                j++;
            }
        }
        if (j > n)
            j = n;
        const contentStart = start + 1;
        if (j >= n) {
            this.unterminated = true;
            this.end = this.pos = n;
            const tooLong = utf8Length(text, contentStart, n, CONF_BUFFER + 1) > CONF_BUFFER;
            this.errors.push({
                message: tooLong
                    ? `too long parameter, probably missing terminating "${quote}" character`
                    : 'unexpected end of file, expecting ";" or "}"',
                start,
                end: start + 1,
            });
            return 'word';
        }
        const end = j + 1;
        this.end = this.pos = end;
        if (utf8Length(text, contentStart, j, CONF_BUFFER) >= CONF_BUFFER) {
            this.errors.push({
                message: `too long parameter, probably missing terminating "${quote}" character`,
                start,
                end,
            });
            return 'word';
        }
        if (end >= n)
            return 'word';
        const after = text.charCodeAt(end);
        if (isSpace(after)) {
            this.checkLength(contentStart, end + 1, end + 1 < n);
        }
        else if (after === SEMICOLON || after === LBRACE || after === RPAREN) {
            this.checkLength(contentStart, end, true);
        }
        else {
            // nginx stops here; reading on as if a space followed gives the later errors too.
            const width = after >= 0xd800 && after <= 0xdbff && end + 1 < n ? 2 : 1;
            this.errors.push({
                message: `unexpected "${text.slice(end, end + width)}"`,
                start: end,
                end: end + width,
            });
        }
        return 'word';
    }
    /**
     * Skips the Lua code of a `*_by_lua_block { … }` (the lua-nginx-module reads it with its own
     * lexer): braces are counted outside Lua strings, long brackets and comments. Call it right
     * after the `{`; on success the token is the closing `}`.
     */
    skipLuaBlock() {
        const text = this.text;
        const n = text.length;
        let depth = 1;
        let i = this.pos;
        while (i < n) {
            const c = text.charCodeAt(i);
            if (c === LBRACE) {
                depth++;
            }
            else if (c === RBRACE) {
                if (--depth === 0) {
                    this.start = i;
                    this.end = this.pos = i + 1;
                    return true;
                }
            }
            else if (c === DQUOTE || c === SQUOTE) {
                i++;
                while (i < n && text.charCodeAt(i) !== c)
                    i += text.charCodeAt(i) === tokenizer_BACKSLASH ? 2 : 1;
            }
            else if (c === 45 /* - */ && text.charCodeAt(i + 1) === 45) {
                const close = longBracketEnd(text, i + 2);
                if (close !== -1) {
                    i = close;
                    continue;
                }
                const lf = text.indexOf('\n', i);
                i = lf === -1 ? n : lf;
            }
            else if (c === 91 /* [ */) {
                const close = longBracketEnd(text, i);
                if (close !== -1) {
                    i = close;
                    continue;
                }
            }
            i++;
        }
        this.start = this.end = this.pos = n;
        return false;
    }
    /**
     * nginx keeps a token's bytes from `start` until it restarts at `restart`; it fails when that
     * reaches the buffer size while more input follows (`more`), or exceeds it at the end of the file.
     */
    checkLength(start, restart, more) {
        const bytes = utf8Length(this.text, start, restart, CONF_BUFFER + 1);
        if (more ? bytes < CONF_BUFFER : bytes <= CONF_BUFFER)
            return;
        this.errors.push({
            message: `too long parameter "${first10Bytes(this.text, start)}..." started`,
            start,
            end: this.end,
        });
    }
}

;// CONCATENATED MODULE: ./src/engine/parse/nginx/parser.ts


const QUOTE_FLAGS = 3;
const ESCAPED = 4;
const UNTERMINATED = 8;
/**
 * The words and directives of a file, in reading order: words as offsets and flags, directives as
 * the index of their name among the words, with their argument count, end, block and links.
 */
class WordTable {
    text;
    lines;
    starts;
    ends;
    flags;
    words = 0;
    /** The directive's name, as a word index; its arguments follow it. */
    names;
    argCounts;
    /** Offset just past the directive's `;` or `}` (or its last word, after an error). */
    directiveEnds;
    /** Offset of the directive's `{`, or 0 for a directive without a block (a name comes before a `{`). */
    blockStarts;
    /** The directive's first child and next sibling, as directive index + 1 (0: none). */
    firstChildren;
    nextSiblings;
    directives = 0;
    constructor(text, lines) {
        this.text = text;
        this.lines = lines;
        // Typical configs have a word every 12 to 20 characters and 2 or 3 words a directive; the
        // tables grow when there are more.
        const words = Math.max(16, text.length >> 4);
        this.starts = new Int32Array(words);
        this.ends = new Int32Array(words);
        this.flags = new Uint8Array(words);
        const directives = words >> 1;
        this.names = new Int32Array(directives);
        this.argCounts = new Int32Array(directives);
        this.directiveEnds = new Int32Array(directives);
        this.blockStarts = new Int32Array(directives);
        this.firstChildren = new Int32Array(directives);
        this.nextSiblings = new Int32Array(directives);
    }
    push(start, end, quote, escaped, unterminated) {
        if (this.words === this.starts.length)
            this.growWords();
        const i = this.words++;
        this.starts[i] = start;
        this.ends[i] = end;
        this.flags[i] =
            (quote === 34 ? 1 : quote === 39 ? 2 : 0) | (escaped ? ESCAPED : 0) | (unterminated ? UNTERMINATED : 0);
        return i;
    }
    /** Adds the directive named by word `name`, whose arguments are the words after it; returns its index. */
    pushDirective(name) {
        if (this.directives === this.names.length)
            this.growDirectives();
        const d = this.directives++;
        this.names[d] = name;
        this.argCounts[d] = this.words - name - 1;
        return d;
    }
    value(i) {
        const f = this.flags[i];
        const start = this.starts[i];
        // Most words have neither quotes nor escapes: one slice, no unescaping.
        if (f === 0)
            return this.text.slice(start, this.ends[i]);
        const q = f & QUOTE_FLAGS;
        return wordValue(this.text, start, this.ends[i], q === 0 ? 0 : q === 1 ? 34 : 39, (f & ESCAPED) !== 0, (f & UNTERMINATED) !== 0);
    }
    /** The source text of word `i`, quotes included. */
    raw(i) {
        return this.text.slice(this.starts[i], this.ends[i]);
    }
    quote(i) {
        const q = this.flags[i] & QUOTE_FLAGS;
        return q === 0 ? null : q === 1 ? '"' : "'";
    }
    span(i) {
        return this.lines.span(this.starts[i], this.ends[i]);
    }
    /** The arguments of directive `d`. */
    args(d) {
        const count = this.argCounts[d];
        const first = this.names[d] + 1;
        // Sized once: an array grown by `push` reserves room for 17 elements.
        const args = new Array(count);
        for (let k = 0; k < count; k++)
            args[k] = new Arg(this, first + k);
        return args;
    }
    /** The directives in the block of directive `d`. */
    block(d) {
        let count = 0;
        for (let child = this.firstChildren[d]; child !== 0; child = this.nextSiblings[child - 1])
            count++;
        const block = new Array(count);
        count = 0;
        for (let child = this.firstChildren[d]; child !== 0; child = this.nextSiblings[child - 1])
            block[count++] = this.directive(child - 1);
        return block;
    }
    directive(d) {
        return this.blockStarts[d] !== 0 ? new BlockDirective(this, d) : new Directive(this, d);
    }
    growWords() {
        const size = this.starts.length * 2;
        this.starts = grown(this.starts, new Int32Array(size));
        this.ends = grown(this.ends, new Int32Array(size));
        this.flags = grown(this.flags, new Uint8Array(size));
    }
    growDirectives() {
        const size = this.names.length * 2;
        this.names = grown(this.names, new Int32Array(size));
        this.argCounts = grown(this.argCounts, new Int32Array(size));
        this.directiveEnds = grown(this.directiveEnds, new Int32Array(size));
        this.blockStarts = grown(this.blockStarts, new Int32Array(size));
        this.firstChildren = grown(this.firstChildren, new Int32Array(size));
        this.nextSiblings = grown(this.nextSiblings, new Int32Array(size));
    }
}
function grown(old, copy) {
    copy.set(old);
    return copy;
}
/**
 * An argument, read from the word table when asked: a large file has many, most read once, so
 * only the word's index is kept and the value, source text and span are built on each read.
 */
class Arg {
    words;
    index;
    constructor(words, index) {
        this.words = words;
        this.index = index;
    }
    get value() {
        return this.words.value(this.index);
    }
    get raw() {
        return this.words.raw(this.index);
    }
    get quote() {
        return this.words.quote(this.index);
    }
    get span() {
        return this.words.span(this.index);
    }
    toJSON() {
        return { value: this.value, raw: this.raw, quote: this.quote, span: this.span };
    }
}
/**
 * A directive, read from the word table when asked. Only its block is kept once read, so that its
 * children stay the same objects; its name, arguments and spans are built on each read.
 */
class Directive {
    words;
    index;
    constructor(words, 
    /** Index of the directive in the word table. */
    index) {
        this.words = words;
        this.index = index;
    }
    get name() {
        return this.words.value(this.words.names[this.index]);
    }
    get nameSpan() {
        return this.words.span(this.words.names[this.index]);
    }
    get args() {
        return this.words.args(this.index);
    }
    get span() {
        const words = this.words;
        return words.lines.span(words.starts[words.names[this.index]], words.directiveEnds[this.index]);
    }
    toJSON() {
        return { name: this.name, args: this.args, span: this.span };
    }
}
class BlockDirective extends Directive {
    cachedBlock = undefined;
    get block() {
        return (this.cachedBlock ??= this.words.block(this.index));
    }
    get blockSpan() {
        return this.words.lines.span(this.words.blockStarts[this.index], this.words.directiveEnds[this.index]);
    }
    toJSON() {
        return { ...super.toJSON(), block: this.block, blockSpan: this.blockSpan };
    }
}
class Comment {
    words;
    start;
    end;
    constructor(words, start, end) {
        this.words = words;
        this.start = start;
        this.end = end;
    }
    get text() {
        return this.words.text.slice(this.start + 1, this.end);
    }
    get span() {
        return this.words.lines.span(this.start, this.end);
    }
    toJSON() {
        return { text: this.text, span: this.span };
    }
}
function parseNginx(text) {
    const lines = new line_index_LineIndex(text);
    const words = new WordTable(text, lines);
    const tokenizer = new NginxTokenizer(text);
    const rawErrors = tokenizer.errors;
    const comments = [];
    /** Indexes of the top-level directives. */
    const root = [];
    const stack = [];
    /** Word index of the pending directive's name, or -1. */
    let first = -1;
    let unterminated = false;
    /** Ends the pending directive and links it into the block being read; returns its index. */
    const endDirective = (end, blockStart) => {
        const d = words.pushDirective(first);
        first = -1;
        words.directiveEnds[d] = end;
        if (blockStart >= 0)
            words.blockStarts[d] = blockStart;
        const parent = stack.length > 0 ? stack[stack.length - 1] : undefined;
        if (parent === undefined)
            root.push(d);
        else if (parent.directive === -1)
            return d;
        else if (parent.lastChild === -1)
            words.firstChildren[parent.directive] = d + 1;
        else
            words.nextSiblings[parent.lastChild] = d + 1;
        if (parent)
            parent.lastChild = d;
        return d;
    };
    const fail = (message, start, end) => {
        // The tokenizer may already have reported the same character (a `}` right after a quote).
        const last = rawErrors[rawErrors.length - 1];
        if (last && last.message === message && last.start === start)
            return;
        rawErrors.push({ message, start, end });
    };
    for (;;) {
        const kind = tokenizer.next();
        if (kind === 'word') {
            const index = words.push(tokenizer.start, tokenizer.end, tokenizer.quote, tokenizer.escaped, tokenizer.unterminated);
            if (tokenizer.unterminated)
                unterminated = true;
            if (first === -1)
                first = index;
            continue;
        }
        if (kind === ';') {
            if (first === -1)
                fail('unexpected ";"', tokenizer.start, tokenizer.end);
            else
                endDirective(tokenizer.end, -1);
            continue;
        }
        if (kind === '{') {
            const start = tokenizer.start;
            let directive = -1;
            if (first === -1) {
                fail('unexpected "{"', start, tokenizer.end);
            }
            else {
                // nginx finds the handler by the name's value, so a quoted `"content_by_lua_block"` is one too.
                const luaBlock = words.value(first).endsWith('_by_lua_block');
                directive = endDirective(tokenizer.end, start);
                if (luaBlock) {
                    // Lua code, not directives: its block stays empty.
                    const closed = tokenizer.skipLuaBlock();
                    words.directiveEnds[directive] = tokenizer.end;
                    if (!closed)
                        fail('unexpected end of file, expecting "}"', start, start + 1);
                    continue;
                }
            }
            stack.push({ directive, lastChild: -1, start });
            continue;
        }
        if (kind === '}') {
            if (first !== -1) {
                fail('unexpected "}"', tokenizer.start, tokenizer.end);
                // Read on as if the directive had ended before the brace.
                endDirective(words.ends[words.words - 1], -1);
            }
            const closed = stack.pop();
            if (closed === undefined)
                fail('unexpected "}"', tokenizer.start, tokenizer.end);
            else if (closed.directive !== -1)
                words.directiveEnds[closed.directive] = tokenizer.end;
            continue;
        }
        if (kind === 'comment') {
            comments.push(new Comment(words, tokenizer.start, tokenizer.end));
            continue;
        }
        // End of file: nginx stops at the first of these, so at most one is reported.
        if (unterminated) {
            // Already reported by the tokenizer, at the opening quote.
        }
        else if (first !== -1) {
            fail('unexpected end of file, expecting ";" or "}"', words.starts[first], words.ends[words.words - 1]);
        }
        else if (stack.length > 0) {
            const open = stack[stack.length - 1];
            fail('unexpected end of file, expecting "}"', open.start, open.start + 1);
        }
        for (const open of stack) {
            if (open.directive !== -1)
                words.directiveEnds[open.directive] = text.length;
        }
        const errors = rawErrors.map((e) => ({ message: e.message, span: lines.span(e.start, e.end) }));
        return { directives: root.map((d) => words.directive(d)), comments, errors };
    }
}

;// CONCATENATED MODULE: ./src/engine/parse/nginx/variables.ts
/** nginx variable references in a directive argument (`ngx_http_script_compile()`). */
function isNameChar(c) {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}
function findVariables(value) {
    const refs = [];
    let i = value.indexOf('$');
    while (i !== -1) {
        let end;
        let name;
        if (value.charCodeAt(i + 1) === 123 /* { */) {
            const close = value.indexOf('}', i + 2);
            end = close === -1 ? value.length : close + 1;
            name = value.slice(i + 2, close === -1 ? value.length : close);
        }
        else {
            end = i + 1;
            while (end < value.length && isNameChar(value.charCodeAt(end)))
                end++;
            name = value.slice(i + 1, end);
        }
        if (name !== '')
            refs.push({ name: name.toLowerCase(), text: value.slice(i, end), start: i, end });
        i = value.indexOf('$', Math.max(end, i + 1));
    }
    return refs;
}

;// CONCATENATED MODULE: ./src/engine/resolve/nginx-config.ts




/**
 * nginx reads nested blocks and included files with recursive calls (`ngx_conf_parse()`) and has
 * no limit of its own: it dies of a stack overflow (SIGSEGV) past about 13,089 nested blocks or
 * 11,639 nested includes with the usual 8 MB stack (Debian's nginx 1.22, see
 * docs/verified-behaviour.md). A level costs its share of that stack.
 */
const STACK_BYTES = 8 * 1024 * 1024;
const BLOCK_FRAME_BYTES = STACK_BYTES / 13_089;
const INCLUDE_FRAME_BYTES = STACK_BYTES / 11_639;
/** nginx keeps every file of an include chain open: under a limit of 1,024 open files, 1,019 of them. */
const MAX_OPEN_CHAIN = 1_019;
/** Beyond this many combinations of variable values, the target is reported as unresolved. */
const MAX_VARIABLE_COMBINATIONS = 64;
const HTTP_CLIENTS = new Set([
    'fastcgi_pass',
    'uwsgi_pass',
    'scgi_pass',
    'grpc_pass',
    'memcached_pass',
    'proxy_pass',
]);
/** Blocks whose entries are data (`key value;`), not directives. */
const DATA_BLOCKS = new Set(['map', 'geo', 'types', 'split_clients', 'charset_map', 'match']);
/** The directives without a block that the walk reads outside data blocks. */
const WALKED_LEAVES = new Set(['user', 'set', ...HTTP_CLIENTS]);
const contains = (outer, inner) => outer.enter <= inner.enter && inner.exit <= outer.exit;
function loadNginx(main, fs, options = {}) {
    return new NginxLoader(main, fs, options).load();
}
function nginx_config_location(file, span) {
    return locationIn(file.file, span);
}
function dirname(p) {
    const slash = p.lastIndexOf('/');
    return slash <= 0 ? '/' : p.slice(0, slash);
}
/** Joins and normalises posix paths; undefined when `..` climbs above `/`. */
function resolvePath(dir, relative) {
    const parts = [];
    for (const seg of (relative.startsWith('/') ? relative : `${dir}/${relative}`).split('/')) {
        if (seg === '' || seg === '.')
            continue;
        if (seg !== '..')
            parts.push(seg);
        else if (parts.pop() === undefined)
            return undefined;
    }
    return '/' + parts.join('/');
}
function isFragment(file) {
    const top = new Set(file.directives.filter((d) => d.block).map((d) => d.name));
    return (!top.has('http') && !top.has('stream') && !top.has('events') && (top.has('server') || top.has('upstream')));
}
function nginxAncestorDir(path) {
    const segments = path.split('/');
    const index = segments.lastIndexOf('nginx', segments.length - 2);
    return index > 0 ? segments.slice(0, index + 1).join('/') : undefined;
}
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;
class NginxLoader {
    main;
    fs;
    options;
    files = [];
    seenFiles = new Set();
    /** Include patterns already looked up: a config of 10,000 servers includes `fastcgi_params` 10,000 times. */
    lookups = new Map();
    patterns = new Map();
    /** Files of the include chain being read, with how often each is open (a loop opens one twice). */
    openChain = new Map();
    problems = [];
    problemKeys = new Set();
    notes = [];
    shippedIncludes = [];
    parseCache;
    confDir = '/';
    user;
    upstreams = { http: new Map(), stream: new Map() };
    sets = [];
    maps = {
        http: new Map(),
        stream: new Map(),
    };
    sites = [];
    /** Why the upstreams read may not be all of them, when they may not be. */
    partial;
    constructor(main, fs, options) {
        this.main = main;
        this.fs = fs;
        this.options = options;
        this.parseCache = options.parseCache ?? new Map();
    }
    load() {
        const parsed = this.parse(this.main);
        const context = this.options.context ?? (isFragment(parsed) ? 'http' : 'main');
        this.confDir =
            this.options.confDir ??
                (context === 'http' ? nginxAncestorDir(this.main.deployedPath) : undefined) ??
                dirname(this.main.deployedPath);
        const tree = this.expand(parsed.directives);
        this.walk(tree, context);
        // A site read on its own, or a config with includes socklint does not have, may get its
        // upstreams from files it has not read.
        this.partial =
            context === 'http'
                ? 'this file is read on its own'
                : this.notes.some((n) => n.code === 'include-not-in-repo')
                    ? 'some of the files it includes are not in the repository'
                    : undefined;
        const clients = this.sites.flatMap((site) => this.clientsOf(site));
        return {
            server: 'nginx',
            mainPath: this.main.deployedPath,
            files: this.files,
            ...(this.user ? { user: this.user } : {}),
            clients,
            problems: this.problems,
            notes: this.notes,
            shippedIncludes: this.shippedIncludes,
        };
    }
    /* ---------------------------------------------------------------- reading and includes */
    parse(file) {
        let parsed = this.parseCache.get(file.file);
        if (!parsed) {
            parsed = parseNginx(file.file.text);
            this.parseCache.set(file.file, parsed);
        }
        if (!this.seenFiles.has(file)) {
            this.seenFiles.add(file);
            this.files.push(file);
            for (const error of parsed.errors)
                this.problem(error.message, nginx_config_location(file, error.span));
            if (file.file.hadBom)
                this.problem(bomProblem(file.file.text), nginx_config_location(file, FIRST_CHARACTER));
        }
        return parsed;
    }
    /**
     * The main file's directives with every include spliced in place, read with an explicit stack:
     * nesting as deep as a hostile file makes it never overflows ours.
     */
    expand(directives) {
        const top = [];
        const base = this.main.deployedPath;
        this.openChain.set(base, 1);
        const stack = [
            { directives, next: 0, file: this.main, out: top, levels: 0, stackBytes: 0, openFiles: 1, data: false },
        ];
        while (stack.length > 0) {
            const frame = stack[stack.length - 1];
            if (frame.opens !== undefined && !frame.started) {
                frame.started = true;
                this.openChain.set(frame.opens, (this.openChain.get(frame.opens) ?? 0) + 1);
            }
            if (frame.next === frame.directives.length) {
                stack.pop();
                if (frame.opens !== undefined)
                    this.close(frame.opens);
                continue;
            }
            const directive = frame.directives[frame.next++];
            const name = directive.name;
            if (name === 'include' && !directive.block) {
                // Pushed last-first, so that the files are read in glob order, each before what follows the include.
                const files = this.include(directive, frame);
                for (let i = files.length - 1; i >= 0; i--)
                    stack.push(files[i]);
                continue;
            }
            // Of the other leaves, the walk reads only these: a config of 10,000 servers has 100,000 others.
            if (!directive.block && !frame.data && !WALKED_LEAVES.has(name))
                continue;
            const node = { directive, name, file: frame.file, enter: 0, exit: 0 };
            frame.out.push(node);
            if (!directive.block)
                continue;
            node.children = [];
            const stackBytes = frame.stackBytes + BLOCK_FRAME_BYTES;
            if (stackBytes > STACK_BYTES) {
                this.tooDeep(frame.levels + 1, nginx_config_location(node.file, directive.nameSpan));
                continue;
            }
            stack.push({
                directives: directive.block,
                next: 0,
                file: frame.file,
                out: node.children,
                levels: frame.levels + 1,
                stackBytes,
                openFiles: frame.openFiles,
                data: frame.data || DATA_BLOCKS.has(name) || name === 'upstream',
            });
        }
        this.openChain.delete(base);
        return top;
    }
    close(path) {
        const count = this.openChain.get(path) - 1;
        if (count === 0)
            this.openChain.delete(path);
        else
            this.openChain.set(path, count);
    }
    /** nginx has no limit of its own here: it crashes. What lies deeper is not read. */
    tooDeep(levels, at) {
        this.problem(`nested ${levels.toLocaleString('en-US')} levels deep (blocks and includes): nginx reads each level with a recursive call and crashes with a stack overflow (SIGSEGV) past about 13,089 nested blocks or 11,639 nested includes with the usual 8 MB stack`, at);
    }
    /** The frames that read the files an include names, or none (with a note or problem saying why). */
    include(directive, frame) {
        const at = nginx_config_location(frame.file, directive.span);
        if (directive.args.length !== 1) {
            this.problem('invalid number of arguments in "include" directive', at);
            return [];
        }
        const written = directive.args[0].value;
        // Relative to the main file's directory, not the including file's (N2).
        const pattern = this.patterns.get(written) ?? resolvePath(this.confDir, written);
        this.patterns.set(written, pattern);
        if (pattern === undefined) {
            this.note('notice', 'include-outside-root', `include "${written}" climbs above "/"; it is not followed.`, at);
            return [];
        }
        let result = this.lookups.get(pattern);
        if (!result)
            this.lookups.set(pattern, (result = this.fs.lookup(pattern)));
        if (result.status === 'missing') {
            this.note('notice', 'include-not-in-repo', `include "${written}" (${pattern}) is not in the repository; the analysis is incomplete here.`, at);
            return [];
        }
        if (result.status === 'shipped') {
            this.shippedIncludes.push({ path: pattern, description: result.description, location: at });
            return [];
        }
        const stackBytes = frame.stackBytes + INCLUDE_FRAME_BYTES;
        const openFiles = frame.openFiles + 1;
        const frames = [];
        for (const included of result.files) {
            if (this.openChain.has(included.deployedPath)) {
                this.note('warning', 'include-loop', `include "${written}" includes ${included.deployedPath} again, in a loop.`, at);
                continue;
            }
            if (stackBytes > STACK_BYTES) {
                this.tooDeep(frame.levels + 1, at);
                break;
            }
            if (openFiles === MAX_OPEN_CHAIN + 1) {
                this.note('warning', 'include-depth', `include "${written}" is the ${openFiles}th file of one include chain: nginx keeps them all open, so under the limit of 1,024 open files that systemd gives a service by default it fails with "open() "${included.deployedPath}" failed (24: Too many open files)".`, at);
            }
            const parsed = this.parse(included);
            frames.push({
                directives: parsed.directives,
                next: 0,
                file: included,
                out: frame.out,
                levels: frame.levels + 1,
                stackBytes,
                openFiles,
                data: frame.data,
                opens: included.deployedPath,
            });
        }
        return frames;
    }
    /* ---------------------------------------------------------------- walking the tree */
    /** Every directive in its module's context, with an explicit stack (see `expand`). */
    walk(tree, context) {
        let order = 0;
        const stack = [{ nodes: tree, next: 0, module: context }];
        while (stack.length > 0) {
            const frame = stack[stack.length - 1];
            if (frame.next === frame.nodes.length) {
                stack.pop();
                if (frame.parent)
                    frame.parent.exit = order - 1;
                continue;
            }
            const node = frame.nodes[frame.next++];
            node.enter = node.exit = order++;
            const { directive, name } = node;
            const { module, parent } = frame;
            const topLevel = module === 'main' && parent === undefined;
            if (name === 'user' && !directive.block) {
                if (topLevel)
                    this.setUser(node);
                else
                    this.problem('"user" directive is not allowed here', nginx_config_location(node.file, directive.span));
                continue;
            }
            if (!node.children) {
                if (module === 'http' || module === 'stream')
                    this.leaf(node, module, frame.scope);
                continue;
            }
            let inner = module;
            if (topLevel) {
                inner = name === 'http' ? 'http' : name === 'stream' ? 'stream' : 'other';
            }
            else if (module === 'http' || module === 'stream') {
                if (name === 'upstream')
                    this.addUpstream(node, module);
                else if (name === 'map')
                    this.addMap(node, module);
                if (DATA_BLOCKS.has(name) || name === 'upstream')
                    continue;
            }
            const scope = name === 'if' ? frame.scope : node;
            stack.push({ nodes: node.children, next: 0, module: inner, parent: node, scope });
        }
    }
    leaf(node, module, scope) {
        const name = node.name;
        if (name === 'set') {
            if (scope)
                this.sets.push({ node, scope });
            return;
        }
        const isClient = module === 'http' ? HTTP_CLIENTS.has(name) : name === 'proxy_pass';
        if (isClient && node.directive.args.length === 1) {
            this.sites.push({ node, directive: name, module });
        }
    }
    setUser(node) {
        const { directive } = node;
        const at = nginx_config_location(node.file, directive.span);
        if (this.user) {
            this.problem('"user" directive is duplicate', at);
            return;
        }
        if (directive.args.length < 1 || directive.args.length > 2) {
            this.problem('invalid number of arguments in "user" directive', at);
            return;
        }
        const [user, group] = directive.args.map((a) => a.value);
        // getpwnam()/getgrnam() take names only: no account is named "33" (N3).
        if (/^\d+$/.test(user))
            this.problem(`getpwnam("${user}") failed`, nginx_config_location(node.file, directive.args[0].span));
        if (group !== undefined && /^\d+$/.test(group)) {
            this.problem(`getgrnam("${group}") failed`, nginx_config_location(node.file, directive.args[1].span));
        }
        this.user = { user, ...(group !== undefined ? { group } : {}), location: at };
    }
    addUpstream(node, module) {
        const { directive } = node;
        if (directive.args.length !== 1)
            return;
        const name = directive.args[0].value;
        const key = name.toLowerCase();
        if (this.upstreams[module].has(key)) {
            this.problem(`duplicate upstream "${name}"`, nginx_config_location(node.file, directive.nameSpan));
            return;
        }
        const upstream = { name, servers: [] };
        for (const child of node.children ?? []) {
            if (child.name !== 'server' || child.directive.block || child.directive.args.length === 0)
                continue;
            const arg = child.directive.args[0];
            const target = parseServerAddress(arg.value);
            if (target.kind === 'invalid')
                this.problem(target.message, nginx_config_location(child.file, arg.span));
            else
                upstream.servers.push({ node: child, target });
        }
        this.upstreams[module].set(key, upstream);
    }
    addMap(node, module) {
        const { directive } = node;
        if (directive.args.length !== 2)
            return;
        const variable = findVariables(directive.args[1].value)[0];
        if (!variable)
            return;
        let values = [];
        for (const entry of node.children ?? []) {
            const name = entry.name;
            if ((name === 'hostnames' || name === 'volatile') && entry.directive.args.length === 0)
                continue;
            const value = entry.directive.args[0]?.value;
            if (value === undefined || entry.directive.args.length !== 1 || findVariables(value).length > 0) {
                values = null;
                break;
            }
            values.push({ value, node: entry });
        }
        this.maps[module].set(variable.name, values);
    }
    /* ---------------------------------------------------------------- socket clients */
    clientsOf(site) {
        const { node } = site;
        const arg = node.directive.args[0];
        const base = {
            server: 'nginx',
            directive: site.directive,
            context: site.module,
            location: nginx_config_location(node.file, node.directive.span),
            targetLocation: nginx_config_location(node.file, arg.span),
            raw: arg.value,
        };
        // memcached_pass takes no variables: a `$` is part of the address.
        const literal = site.directive === 'memcached_pass' || findVariables(arg.value).length === 0;
        if (!literal && !this.mayNameUnix(site, arg.value))
            return [];
        const candidates = literal ? [{ value: arg.value }] : this.substitute(arg.value, site);
        if (!Array.isArray(candidates))
            return [{ ...base, target: { kind: 'unresolved', unresolved: { what: candidates.unresolved } } }];
        const clients = [];
        for (const candidate of candidates) {
            const variable = candidate.variable ? { variable: candidate.variable } : {};
            const target = parsePassTarget(site.directive, site.module, candidate.value);
            if (target.kind === 'invalid') {
                // nginx checks a literal address when it reads the config; a variable one per request.
                if (literal)
                    this.problem(target.message, base.targetLocation);
                else
                    clients.push({
                        ...base,
                        ...variable,
                        target: { kind: 'unresolved', unresolved: { what: [target.message] } },
                    });
                continue;
            }
            if (target.kind === 'unix') {
                clients.push({ ...base, ...variable, target: { kind: 'unix', path: target.path } });
                continue;
            }
            const upstream = this.upstreams[site.module].get(target.host.toLowerCase());
            if (upstream && target.port === undefined) {
                for (const server of upstream.servers) {
                    const serverArg = server.node.directive.args[0];
                    clients.push({
                        ...base,
                        ...variable,
                        targetLocation: nginx_config_location(server.node.file, serverArg.span),
                        target: server.target.kind === 'unix'
                            ? { kind: 'unix', path: server.target.path }
                            : { kind: 'tcp', address: serverArg.value },
                        upstream: {
                            name: upstream.name,
                            serverLocation: nginx_config_location(server.node.file, server.node.directive.span),
                        },
                    });
                }
                continue;
            }
            if (upstream && literal) {
                this.problem(`upstream "${target.host}" may not have port ${target.port}`, base.targetLocation);
                continue;
            }
            const address = target.port !== undefined ? `${target.host}:${target.port}` : target.host;
            // Only proxy_pass has a default port (80 or 443): the others need one or an upstream.
            const defaultPort = site.directive === 'proxy_pass' && site.module === 'http';
            if (target.port !== undefined ||
                (defaultPort &&
                    (IPV4.test(target.host) || target.host.startsWith('[') || target.host === 'localhost'))) {
                clients.push({ ...base, ...variable, target: { kind: 'tcp', address } });
                continue;
            }
            if (literal && !defaultPort && !this.partial) {
                this.problem(`no port in upstream "${target.host}"`, base.targetLocation);
            }
            const missing = this.partial
                ? `upstream "${target.host}", which none of the files read defines (${this.partial})`
                : `no upstream named "${target.host}"`;
            clients.push({
                ...base,
                ...variable,
                target: { kind: 'unresolved', unresolved: { what: [missing] } },
            });
        }
        return clients;
    }
    /** Whether a target with variables can become a Unix socket at all (see `mayNameUnix`). */
    mayNameUnix(site, value) {
        const first = findVariables(value)[0];
        const unixUpstreams = [...this.upstreams[site.module]]
            .filter(([, u]) => u.servers.some((s) => s.target.kind === 'unix'))
            .map(([name]) => name.toLowerCase());
        return mayNameUnix(site.directive, site.module, value.slice(0, first.start), first.name, unixUpstreams);
    }
    /** Every value the argument can take from literal `set`s and `map`s, or what is unknown. */
    substitute(value, site) {
        const refs = findVariables(value);
        const unknown = [];
        const choices = [];
        for (const ref of refs) {
            const defined = this.valuesOf(ref.name, site);
            if (defined === undefined)
                unknown.push(`nginx variable $${ref.name}`);
            else
                choices.push(defined);
        }
        if (unknown.length > 0)
            return { unresolved: [...new Set(unknown)] };
        const combinations = choices.reduce((n, c) => n * c.length, 1);
        if (combinations > MAX_VARIABLE_COMBINATIONS) {
            return {
                unresolved: refs.map((r) => `nginx variable $${r.name} (more than ${MAX_VARIABLE_COMBINATIONS} combinations of values)`),
            };
        }
        let partial = [{ value: '' }];
        refs.forEach((ref, i) => {
            const before = value.slice(i === 0 ? 0 : refs[i - 1].end, ref.start);
            partial = partial.flatMap((p) => choices[i].map((c) => ({ value: p.value + before + c.value, variable: p.variable ?? c.variable })));
        });
        const tail = value.slice(refs[refs.length - 1].end);
        const seen = new Set();
        return partial
            .map((p) => ({ ...p, value: p.value + tail }))
            .filter((p) => !seen.has(p.value) && seen.add(p.value));
    }
    /** The literal values of a variable where the client is: its `set`s in scope, else its `map`. */
    valuesOf(name, site) {
        const sets = this.sets.filter((s) => contains(s.scope, site.node) &&
            s.node.directive.args.length === 2 &&
            findVariables(s.node.directive.args[0].value)[0]?.name === name);
        if (sets.length > 0) {
            const values = sets.map((s) => s.node.directive.args[1]);
            if (values.some((v) => findVariables(v.value).length > 0))
                return undefined;
            return sets.map((s) => ({
                value: s.node.directive.args[1].value,
                variable: { name: `$${name}`, location: nginx_config_location(s.node.file, s.node.directive.span) },
            }));
        }
        const mapped = this.maps[site.module].get(name);
        if (!mapped)
            return undefined;
        return mapped.map((m) => ({
            value: m.value,
            variable: { name: `$${name}`, location: nginx_config_location(m.node.file, m.node.directive.span) },
        }));
    }
    /* ---------------------------------------------------------------- reporting */
    problem(message, at) {
        // A file included twice would report the same problem twice.
        const key = `${at.file}:${at.line}:${at.column}:${message}`;
        if (this.problemKeys.has(key))
            return;
        this.problemKeys.add(key);
        this.problems.push({ message, location: at });
    }
    note(level, code, message, at) {
        this.notes.push({ level, code, message, location: at });
    }
}
const FIRST_CHARACTER = { line: 1, column: 1, endLine: 1, endColumn: 2 };
/**
 * nginx reads a UTF-8 byte-order mark as part of the first word (only blanks, `;`, `{`, `}` and
 * quotes end one), so the first directive is unknown and nginx does not start.
 */
function bomProblem(text) {
    const word = /^[^\s;{}"']*/.exec(text)[0];
    return word === '' && text.trim() === ''
        ? 'unexpected end of file, expecting ";" or "}"'
        : `unknown directive "\uFEFF${word}" (the file starts with a UTF-8 byte-order mark)`;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/engine/parse/provision/facts.ts
/** Configuration directories of nginx, PHP-FPM and Apache (`/etc/nginx/…`, `/usr/local/etc/php-fpm.d/…`). */
const SERVER_CONFIG_DIR = /(?:^|\/)(?:etc|usr\/local\/etc|usr\/local\/nginx)\/(?:nginx|php[^/]*|httpd|apache2)(?:\/|$)/;
/** The same files named relative to an unknown directory (`php-fpm.d/zz-docker.conf`). */
const SERVER_CONFIG_FILE = /(?:^|\/)(?:(?:php-fpm\.d|pool\.d|sites-available|sites-enabled|conf\.d|snippets)\/[^/]+|(?:nginx|php-fpm|www)\.conf)$/;
/** Files there that do not decide sockets: logs, pid files, php.ini settings. */
const NOT_SERVER_CONFIG = /\.(?:log|pid|sock|ini)$/;
/** A web server or PHP-FPM config path, whose edit by a script the analysis cannot see. */
function isServerConfigPath(path) {
    return !NOT_SERVER_CONFIG.test(path) && (SERVER_CONFIG_DIR.test(path) || SERVER_CONFIG_FILE.test(path));
}
/** Parses an octal mode (`0755`, `755`, `0o755`); undefined when symbolic or invalid. */
function parseOctalMode(text) {
    const m = /^(?:0o)?([0-7]{1,4})$/i.exec(text);
    return m ? parseInt(m[1], 8) : undefined;
}
/** Splits `owner:group`, `owner.group` (old chown syntax), `owner:` or `:group`. */
function splitOwner(spec) {
    const sep = spec.includes(':') ? ':' : spec.includes('.') && !spec.startsWith('.') ? '.' : undefined;
    if (!sep)
        return { owner: spec };
    const at = spec.indexOf(sep);
    const owner = spec.slice(0, at);
    const group = spec.slice(at + 1);
    return { ...(owner ? { owner } : {}), ...(group ? { group } : {}) };
}

;// CONCATENATED MODULE: ./src/engine/parse/provision/content.ts
/** Everything the parts' unknown values depend on, each named once. */
function unknownsOf(parts) {
    return [...new Set(parts.flatMap((p) => p.unknown ?? []))];
}
/** Adjacent known parts from the same place are merged, so a file keeps few parts. */
function appendPart(parts, part) {
    if (part.text === '' && !part.unknown)
        return;
    const last = parts[parts.length - 1];
    if (last &&
        !last.unknown &&
        !part.unknown &&
        !last.verbatim &&
        !part.verbatim &&
        sameLocation(last.location, part.location)) {
        last.text += part.text;
        return;
    }
    parts.push({ ...part });
}
function sameLocation(a, b) {
    return (a === b ||
        (a !== undefined &&
            b !== undefined &&
            a.file === b.file &&
            a.line === b.line &&
            a.column === b.column &&
            a.endLine === b.endLine &&
            a.endColumn === b.endColumn));
}

;// CONCATENATED MODULE: ./src/engine/parse/provision/options.ts
/**
 * Parses options anywhere before `--` (GNU permutation): `-aG grp`, `-Ggrp`, `--opt=v`,
 * `--opt v`. Option arguments given inside the same word become a word of their own.
 */
function parseOptions(words, spec) {
    const shortArgs = spec.shortArgs ?? '';
    const longArgs = new Set(spec.longArgs ?? []);
    const options = new Map();
    const operands = [];
    const add = (name, arg) => {
        const list = options.get(name) ?? [];
        if (arg)
            list.push(arg);
        options.set(name, list);
    };
    for (let i = 0; i < words.length; i++) {
        const w = words[i];
        const v = w.value;
        if (v === '--') {
            operands.push(...words.slice(i + 1));
            break;
        }
        if (v.startsWith('--')) {
            const eq = v.indexOf('=');
            const name = v.slice(2, eq === -1 ? undefined : eq);
            if (eq !== -1)
                add(name, { ...w, value: v.slice(eq + 1) });
            else if (longArgs.has(name) && i + 1 < words.length)
                add(name, words[++i]);
            else
                add(name);
        }
        else if (v.startsWith('-') && v.length > 1) {
            for (let j = 1; j < v.length; j++) {
                const letter = v[j];
                if (!shortArgs.includes(letter)) {
                    add(letter);
                    continue;
                }
                if (j + 1 < v.length)
                    add(letter, { ...w, value: v.slice(j + 1) });
                else if (i + 1 < words.length)
                    add(letter, words[++i]);
                else
                    add(letter);
                break;
            }
        }
        else
            operands.push(w);
    }
    return { options, operands };
}
/** The last argument given to any of the names (`-u` or `--uid`). */
function lastArg(parsed, ...names) {
    let found;
    for (const name of names) {
        const list = parsed.options.get(name);
        if (list && list.length > 0)
            found = list[list.length - 1];
    }
    return found;
}
function hasFlag(parsed, ...names) {
    return names.some((n) => parsed.options.has(n));
}

;// CONCATENATED MODULE: ./src/engine/parse/provision/commands.ts
/**
 * What single commands do to accounts, directories, files and packages, given their expanded
 * words. The shell interpreter (`shell-interpreter.ts`) calls these for scripts, Dockerfile RUN
 * lines and Ansible `shell:`/`command:` tasks; it handles the shell's own builtins and the
 * commands that read or write text itself.
 */



/** Directories that exist in every image that has the software (targets of `ln -s … DIR`). */
const WELL_KNOWN_DIRS = /^\/(etc\/nginx\/(sites-enabled|sites-available|conf\.d|snippets|modules-enabled)|usr\/local\/etc\/php-fpm\.d|usr\/local\/etc\/php\/conf\.d|etc\/php\/[^/]+\/fpm\/(pool\.d|conf\.d)|etc\/php-fpm\.d|usr\/local\/bin|usr\/bin|usr\/sbin|usr\/local\/sbin)\/?$/;
const HANDLERS = {
    cp: copyCommand,
    install: installCommand,
    mv: moveCommand,
    mkdir: mkdirCommand,
    chmod: chmodCommand,
    chown: (args, ctx) => chownCommand(args, ctx, false),
    chgrp: (args, ctx) => chownCommand(args, ctx, true),
    ln: lnCommand,
    setfacl: setfaclCommand,
    rm: rmCommand,
    curl: (args, ctx) => downloadCommand(args, ctx, ['o', 'output']),
    wget: (args, ctx) => downloadCommand(args, ctx, ['O', 'output-document']),
    useradd: useraddCommand,
    adduser: adduserCommand,
    groupadd: groupaddCommand,
    addgroup: addgroupCommand,
    usermod: usermodCommand,
    groupmod: groupmodCommand,
    gpasswd: gpasswdCommand,
    'apt-get': (args, ctx) => packagesCommand(args, ctx, 'apt', ['install'], APT_OPTIONS),
    apt: (args, ctx) => packagesCommand(args, ctx, 'apt', ['install'], APT_OPTIONS),
    aptitude: (args, ctx) => packagesCommand(args, ctx, 'apt', ['install'], APT_OPTIONS),
    apk: (args, ctx) => packagesCommand(args, ctx, 'apk', ['add'], APK_OPTIONS),
    dnf: (args, ctx) => packagesCommand(args, ctx, 'dnf', ['install'], DNF_OPTIONS),
    microdnf: (args, ctx) => packagesCommand(args, ctx, 'dnf', ['install'], DNF_OPTIONS),
    yum: (args, ctx) => packagesCommand(args, ctx, 'yum', ['install'], DNF_OPTIONS),
};
/** Runs the handler of a command by name (`/usr/sbin/useradd` is `useradd`); false when there is none. */
function runCommand(name, args, ctx) {
    const handler = Object.hasOwn(HANDLERS, name) ? HANDLERS[name] : undefined;
    if (!handler)
        return false;
    handler(args, ctx);
    return true;
}
/* ------------------------------------------------------------------ paths */
function commands_resolvePath(path, cwd) {
    if (path.startsWith('/'))
        return external_node_path_.posix.normalize(path);
    return cwd ? external_node_path_.posix.join(cwd, path) : path;
}
/** Literal operands resolved against the working directory; undefined if any is not literal. */
function literalPaths(words, ctx) {
    if (!words.every((w) => w.literal))
        return undefined;
    // An empty operand (`mkdir -p "$UNSET"`) names no file: the command fails on it.
    return words.filter((w) => w.value !== '').map((w) => commands_resolvePath(w.value, ctx.cwd));
}
function isKnownDirectory(path, ctx) {
    return path.endsWith('/') || WELL_KNOWN_DIRS.test(path) || ctx.isDirectory(path);
}
function asDirectory(path) {
    return path.endsWith('/') ? path : path + '/';
}
function literalNumber(w) {
    return w && w.literal && /^[0-9]+$/.test(w.value) ? Number(w.value) : undefined;
}
function literalValue(w) {
    return w && w.literal && w.value !== '' ? w.value : undefined;
}
/* ------------------------------------------------------------------ files */
function copyCommand(args, ctx) {
    const parsed = parseOptions(args, { shortArgs: 'tS', longArgs: ['target-directory', 'suffix', 'backup'] });
    emitCopy(parsed, ctx);
}
function emitCopy(parsed, ctx, chown) {
    const targetDir = lastArg(parsed, 't', 'target-directory');
    const operands = targetDir ? [...parsed.operands, targetDir] : parsed.operands;
    if (operands.length < 2)
        return;
    const paths = literalPaths(operands, ctx);
    if (!paths)
        return;
    let dest = paths[paths.length - 1];
    if (targetDir || operands.length > 2)
        dest = asDirectory(dest);
    ctx.emit({
        kind: 'copy',
        sources: paths.slice(0, -1),
        dest,
        sourceBase: 'machine',
        ...(chown ? { chown } : {}),
    });
}
/** `mv SRC… DEST`: a file moved within the machine. */
function moveCommand(args, ctx) {
    const parsed = parseOptions(args, { shortArgs: 'tS', longArgs: ['target-directory', 'suffix', 'backup'] });
    const targetDir = lastArg(parsed, 't', 'target-directory');
    const operands = targetDir ? [...parsed.operands, targetDir] : parsed.operands;
    const paths = operands.length >= 2 ? literalPaths(operands, ctx) : undefined;
    if (!paths)
        return;
    const dest = paths[paths.length - 1];
    const intoDir = targetDir || operands.length > 2 || isKnownDirectory(dest, ctx);
    for (const from of paths.slice(0, -1)) {
        ctx.emit({ kind: 'move', from, to: intoDir ? external_node_path_.posix.join(dest, external_node_path_.posix.basename(from)) : dest });
    }
}
/** `curl -o FILE`, `wget -O FILE`: a file whose content comes from the network. */
function downloadCommand(args, ctx, names) {
    const parsed = parseOptions(args, {
        shortArgs: names[0] + 'HdXuAeEr',
        longArgs: [names[1], 'header', 'data'],
    });
    const out = lastArg(parsed, ...names);
    if (!out || !out.literal || out.value === '-')
        return;
    const path = commands_resolvePath(out.value, ctx.cwd);
    ctx.emit({ kind: 'unknown-content', path, reason: 'downloaded from the network' });
}
function installCommand(args, ctx) {
    const parsed = parseOptions(args, {
        shortArgs: 'mogStZ',
        longArgs: ['mode', 'owner', 'group', 'suffix', 'target-directory', 'strip-program'],
    });
    const mode = modeOf(lastArg(parsed, 'm', 'mode'));
    const owner = literalValue(lastArg(parsed, 'o', 'owner'));
    const group = literalValue(lastArg(parsed, 'g', 'group'));
    if (hasFlag(parsed, 'd', 'directory')) {
        for (const path of literalPaths(parsed.operands, ctx) ?? []) {
            ctx.emit({
                kind: 'mkdir',
                path,
                ...(typeof mode === 'number' ? { mode } : {}),
                ...(owner ? { owner } : {}),
                ...(group ? { group } : {}),
            });
        }
        return;
    }
    const chown = owner || group ? `${owner ?? ''}${group ? ':' + group : ''}` : undefined;
    emitCopy(parsed, ctx, chown);
}
function modeOf(w) {
    if (!w || !w.literal)
        return undefined;
    return parseOctalMode(w.value) ?? w.value;
}
function mkdirCommand(args, ctx) {
    const parsed = parseOptions(args, { shortArgs: 'mZ', longArgs: ['mode', 'context'] });
    const mode = modeOf(lastArg(parsed, 'm', 'mode'));
    for (const path of literalPaths(parsed.operands, ctx) ?? []) {
        ctx.emit({ kind: 'mkdir', path, ...(typeof mode === 'number' ? { mode } : {}) });
    }
}
function chmodCommand(args, ctx) {
    const parsed = parseOptions(args, { longArgs: ['reference'] });
    if (hasFlag(parsed, 'reference'))
        return;
    const modeWord = parsed.operands[0];
    const mode = modeOf(modeWord);
    if (mode === undefined)
        return;
    const recursive = hasFlag(parsed, 'R', 'recursive');
    for (const path of literalPaths(parsed.operands.slice(1), ctx) ?? []) {
        ctx.emit({ kind: 'chmod', path, mode, recursive });
    }
}
/** `setfacl -d -m SPEC DIR` or `setfacl -m d:SPEC DIR`: only default entries matter to new sockets. */
function setfaclCommand(args, ctx) {
    const parsed = parseOptions(args, { shortArgs: 'mMxX', longArgs: ['modify', 'set'] });
    const isDefault = hasFlag(parsed, 'd', 'default');
    const spec = literalValue(lastArg(parsed, 'm', 'modify', 'set'));
    if (!spec)
        return;
    const entries = spec.split(',').flatMap((item) => {
        const m = /^(?:(d|default):)?(u|user|g|group|m|mask|o|other):([^:]*):([rwx-]{1,3}|[0-7])$/.exec(item.trim());
        if (!m || !(isDefault || m[1]))
            return [];
        const tag = { u: 'user', g: 'group', m: 'mask', o: 'other' }[m[2][0]];
        const perm = /^[0-7]$/.test(m[4])
            ? Number(m[4])
            : (m[4].includes('r') ? 4 : 0) | (m[4].includes('w') ? 2 : 0) | (m[4].includes('x') ? 1 : 0);
        return [{ tag, ...(m[3] ? { name: m[3] } : {}), perm }];
    });
    if (entries.length === 0)
        return;
    for (const path of literalPaths(parsed.operands, ctx) ?? []) {
        ctx.emit({ kind: 'default-acl', path, entries });
    }
}
function chownCommand(args, ctx, groupOnly) {
    const parsed = parseOptions(args, { longArgs: ['reference', 'from'] });
    if (hasFlag(parsed, 'reference'))
        return;
    const spec = literalValue(parsed.operands[0]);
    if (!spec)
        return;
    const who = groupOnly ? { group: spec } : splitOwner(spec);
    const recursive = hasFlag(parsed, 'R', 'recursive');
    for (const path of literalPaths(parsed.operands.slice(1), ctx) ?? []) {
        ctx.emit({ kind: 'chown', path, ...who, recursive });
    }
}
function lnCommand(args, ctx) {
    const parsed = parseOptions(args, { shortArgs: 'St', longArgs: ['suffix', 'target-directory', 'backup'] });
    if (!hasFlag(parsed, 's', 'symbolic'))
        return;
    const targets = parsed.operands;
    if (!targets.every((w) => w.literal))
        return;
    const dirWord = lastArg(parsed, 't', 'target-directory');
    let dir;
    let linkPath;
    if (dirWord) {
        if (!dirWord.literal)
            return;
        dir = commands_resolvePath(dirWord.value, ctx.cwd);
    }
    else if (targets.length === 1) {
        if (!ctx.cwd)
            return;
        dir = ctx.cwd;
    }
    else {
        const last = commands_resolvePath(targets.pop().value, ctx.cwd);
        const noTargetDir = hasFlag(parsed, 'T', 'no-target-directory');
        if (targets.length > 1 || (!noTargetDir && isKnownDirectory(last, ctx)))
            dir = last;
        else
            linkPath = last;
    }
    for (const target of targets) {
        const link = linkPath ?? external_node_path_.posix.join(dir, external_node_path_.posix.basename(target.value));
        ctx.emit({ kind: 'symlink', target: target.value, link });
    }
}
function rmCommand(args, ctx) {
    const parsed = parseOptions(args, {});
    const recursive = hasFlag(parsed, 'r', 'R', 'recursive');
    for (const path of literalPaths(parsed.operands, ctx) ?? []) {
        if (isServerConfigPath(path))
            ctx.emit({ kind: 'remove', path, recursive });
    }
}
/* ------------------------------------------------------------------ accounts */
/** The literal name of an account being created; one whose name is unknown is recorded as such. */
function accountName(w, account, ctx) {
    if (w && !w.literal)
        ctx.emit({ kind: 'unknown-account', account, expression: w.value });
    return literalValue(w);
}
function emitMembership(user, groups, ctx) {
    const names = literalValue(groups)
        ?.split(',')
        .filter((g) => g !== '') ?? [];
    for (const group of names)
        ctx.emit({ kind: 'member-add', user, group });
    return names;
}
/** shadow's useradd. Without `-g`, a group named like the user is created (USERGROUPS_ENAB). */
function useraddCommand(args, ctx) {
    const parsed = parseOptions(args, {
        shortArgs: 'bcdefgGkKpsuRPZ',
        longArgs: [
            'base-dir',
            'comment',
            'home-dir',
            'home',
            'expiredate',
            'inactive',
            'gid',
            'groups',
            'skel',
            'key',
            'password',
            'shell',
            'uid',
            'root',
            'prefix',
            'selinux-user',
        ],
    });
    if (hasFlag(parsed, 'D', 'defaults'))
        return;
    const user = accountName(parsed.operands[parsed.operands.length - 1], 'user', ctx);
    if (!user)
        return;
    const uid = literalNumber(lastArg(parsed, 'u', 'uid'));
    const gidWord = lastArg(parsed, 'g', 'gid');
    const system = hasFlag(parsed, 'r', 'system');
    const ownGroup = !gidWord && !hasFlag(parsed, 'N', 'no-user-group');
    const primaryGroup = ownGroup ? user : literalValue(gidWord);
    if (ownGroup)
        ctx.emit({ kind: 'group-add', group: user });
    const groupsWord = lastArg(parsed, 'G', 'groups');
    const groups = literalValue(groupsWord)
        ?.split(',')
        .filter((g) => g !== '') ?? [];
    ctx.emit({
        kind: 'user-add',
        user,
        ...(uid !== undefined ? { uid } : {}),
        ...(primaryGroup ? { primaryGroup } : {}),
        groups,
        system,
    });
    emitMembership(user, groupsWord, ctx);
}
const BUSYBOX_ADDUSER_FLAGS = /^-[hgsGSDHuk]+/;
/**
 * Debian's adduser (long options; `adduser USER GROUP` adds a member) or BusyBox's (short
 * options: `-G` is the primary group, `-g` the GECOS; `adduser USER GROUP` adds a member).
 */
function adduserCommand(args, ctx) {
    const busybox = args.some((w) => BUSYBOX_ADDUSER_FLAGS.test(w.value));
    const parsed = busybox
        ? parseOptions(args, { shortArgs: 'hgsGuk' })
        : parseOptions(args, {
            longArgs: [
                'home',
                'shell',
                'gecos',
                'comment',
                'ingroup',
                'gid',
                'uid',
                'firstuid',
                'lastuid',
                'firstgid',
                'lastgid',
                'conf',
                'add_extra_groups',
                'extrausers',
            ],
        });
    const [first, second] = parsed.operands;
    const user = second ? literalValue(first) : accountName(first, 'user', ctx);
    if (!user)
        return;
    if (second) {
        const group = literalValue(second);
        if (group && parsed.operands.length === 2)
            ctx.emit({ kind: 'member-add', user, group });
        return;
    }
    const system = hasFlag(parsed, busybox ? 'S' : 'system');
    const uid = literalNumber(lastArg(parsed, busybox ? 'u' : 'uid'));
    let primaryGroup;
    if (busybox) {
        primaryGroup = literalValue(lastArg(parsed, 'G')) ?? (system ? 'nogroup' : user);
        if (!hasFlag(parsed, 'G') && !system)
            ctx.emit({ kind: 'group-add', group: user });
    }
    else {
        const named = literalValue(lastArg(parsed, 'ingroup')) ?? literalValue(lastArg(parsed, 'gid'));
        const ownGroup = !named && (!system || hasFlag(parsed, 'group'));
        primaryGroup = named ?? (ownGroup ? user : 'nogroup');
        if (ownGroup)
            ctx.emit({ kind: 'group-add', group: user });
    }
    ctx.emit({
        kind: 'user-add',
        user,
        ...(uid !== undefined ? { uid } : {}),
        primaryGroup,
        groups: [],
        system,
    });
}
function groupaddCommand(args, ctx) {
    const parsed = parseOptions(args, {
        shortArgs: 'gKpR',
        longArgs: ['gid', 'key', 'password', 'root', 'prefix', 'users'],
    });
    const group = accountName(parsed.operands[parsed.operands.length - 1], 'group', ctx);
    if (!group)
        return;
    const gid = literalNumber(lastArg(parsed, 'g', 'gid'));
    ctx.emit({ kind: 'group-add', group, ...(gid !== undefined ? { gid } : {}) });
}
/** Debian `addgroup [--gid N] G` or BusyBox `addgroup [-g N] G`; with two operands, `USER GROUP` adds a member. */
function addgroupCommand(args, ctx) {
    const parsed = parseOptions(args, { shortArgs: 'g', longArgs: ['gid', 'conf'] });
    const [first, second] = parsed.operands.map(literalValue);
    if (parsed.operands.length === 2) {
        if (first && second)
            ctx.emit({ kind: 'member-add', user: first, group: second });
        return;
    }
    const group = parsed.operands.length === 1 ? accountName(parsed.operands[0], 'group', ctx) : undefined;
    if (!group)
        return;
    const gid = literalNumber(lastArg(parsed, 'g', 'gid'));
    ctx.emit({ kind: 'group-add', group, ...(gid !== undefined ? { gid } : {}) });
}
/** `-G` with or without `-a` lists supplementary groups (without `-a` it replaces, still a membership). */
function usermodCommand(args, ctx) {
    const parsed = parseOptions(args, {
        shortArgs: 'cdefgGlpsuRPZ',
        longArgs: [
            'comment',
            'home',
            'expiredate',
            'inactive',
            'gid',
            'groups',
            'login',
            'password',
            'shell',
            'uid',
            'root',
            'prefix',
            'selinux-user',
        ],
    });
    const user = literalValue(parsed.operands[parsed.operands.length - 1]);
    if (!user)
        return;
    emitMembership(user, lastArg(parsed, 'G', 'groups'), ctx);
    const uid = literalNumber(lastArg(parsed, 'u', 'uid'));
    const primaryGroup = literalValue(lastArg(parsed, 'g', 'gid'));
    if (uid !== undefined || primaryGroup) {
        ctx.emit({
            kind: 'user-mod',
            user,
            ...(uid !== undefined ? { uid } : {}),
            ...(primaryGroup ? { primaryGroup } : {}),
        });
    }
}
function groupmodCommand(args, ctx) {
    const parsed = parseOptions(args, {
        shortArgs: 'gnpR',
        longArgs: ['gid', 'new-name', 'password', 'root', 'prefix'],
    });
    const group = literalValue(parsed.operands[parsed.operands.length - 1]);
    const gid = literalNumber(lastArg(parsed, 'g', 'gid'));
    if (group && gid !== undefined)
        ctx.emit({ kind: 'group-mod', group, gid });
}
function gpasswdCommand(args, ctx) {
    const parsed = parseOptions(args, {
        shortArgs: 'adMAQ',
        longArgs: ['add', 'delete', 'members', 'administrators', 'root'],
    });
    const group = literalValue(parsed.operands[parsed.operands.length - 1]);
    if (!group)
        return;
    const added = lastArg(parsed, 'a', 'add');
    const members = lastArg(parsed, 'M', 'members');
    const user = literalValue(added);
    if (user)
        ctx.emit({ kind: 'member-add', user, group });
    for (const member of literalValue(members)
        ?.split(',')
        .filter((m) => m !== '') ?? []) {
        ctx.emit({ kind: 'member-add', user: member, group });
    }
}
/* ------------------------------------------------------------------ packages */
const APT_OPTIONS = { shortArgs: 'otcq', longArgs: ['option', 'target-release', 'config-file'] };
const APK_OPTIONS = {
    shortArgs: 'tXp',
    longArgs: ['virtual', 'repository', 'repositories-file', 'root', 'arch', 'cache-dir', 'keys-dir'],
};
const DNF_OPTIONS = { shortArgs: 'cdex', longArgs: ['installroot', 'releasever', 'config', 'exclude'] };
function packagesCommand(args, ctx, manager, installVerbs, spec) {
    const parsed = parseOptions(args, spec);
    const [verb, ...rest] = parsed.operands;
    if (!verb || !installVerbs.includes(verb.value))
        return;
    const packages = rest.filter((w) => w.literal && w.value !== '').map((w) => w.value);
    if (packages.length > 0)
        ctx.emit({ kind: 'install-packages', manager, packages });
}

;// CONCATENATED MODULE: ./src/engine/parse/provision/shell-env.ts
function isUnknown(value) {
    return typeof value === 'object';
}
class ShellEnv {
    vars;
    unset;
    positional;
    functions;
    exported;
    constructor(vars, 
    /** What a variable nothing assigned holds. */
    unset, 
    /** `$1`, `$2`…; undefined when unknown (a script's own arguments). */
    positional = undefined, functions = new Map(), exported = new Set()) {
        this.vars = vars;
        this.unset = unset;
        this.positional = positional;
        this.functions = functions;
        this.exported = exported;
    }
    static of(vars, unset) {
        const env = new ShellEnv(new Map(vars), unset);
        for (const [name] of env.vars)
            env.exported.add(name);
        return env;
    }
    /** `set`: true, false, or undefined when it cannot be known. */
    lookup(name) {
        const value = this.vars.get(name);
        if (value !== undefined)
            return { set: true, value };
        if (this.unset === 'empty')
            return { set: false, value: '' };
        return { set: undefined, value: { unknown: [`$${name}`] } };
    }
    assign(name, value) {
        this.vars.set(name, value);
    }
    /** A subshell or a pipeline stage: changes do not come back. */
    clone() {
        return new ShellEnv(new Map(this.vars), this.unset, this.positional && [...this.positional], new Map(this.functions), new Set(this.exported));
    }
    /** A script run as a new process: exported variables only, its own arguments, no functions. */
    child(positional) {
        const vars = [...this.vars].filter(([name]) => this.exported.has(name));
        const env = ShellEnv.of(vars, this.unset);
        env.positional = positional;
        return env;
    }
}

;// CONCATENATED MODULE: ./src/engine/parse/provision/text.ts
/** Converts UTF-16 offsets of a file's text into 1-based line and column. */
class text_LineIndex {
    file;
    starts = [0];
    constructor(file, text) {
        this.file = file;
        for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
            this.starts.push(i + 1);
    }
    position(offset) {
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: offset - this.starts[lo] + 1 };
    }
    /** The location of the file offsets [start, end). */
    location(start, end) {
        const from = this.position(start);
        const to = this.position(end);
        return { file: this.file, line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
    }
}
/** A contiguous slice of the file. */
function sliceOf(fileText, start, end) {
    const offsets = new Array(end - start);
    for (let i = 0; i < offsets.length; i++)
        offsets[i] = start + i;
    return { text: fileText.slice(start, end), offsets };
}
/** Builds a MappedText character by character. */
class MappedTextBuilder {
    text = '';
    offsets = [];
    push(char, offset) {
        this.text += char;
        this.offsets.push(offset);
    }
    build() {
        return { text: this.text, offsets: this.offsets };
    }
}
/** The file location of the characters [start, end) of a mapped text (end > start). */
function mappedLocation(index, mapped, start, end) {
    return index.location(mapped.offsets[start], mapped.offsets[end - 1] + 1);
}

;// CONCATENATED MODULE: ./src/engine/parse/provision/shell-words.ts



/** The fields a word expands to (none for an unquoted empty expansion). */
function expandWord(node, ctx) {
    return toFields(piecesOf(node, 'unquoted', ctx), node, ctx);
}
/** A word expanded without field splitting (assignment values, redirection targets, `case` words). */
function expandString(node, ctx) {
    const pieces = piecesOf(node, 'unquoted', ctx).map((p) => ({ ...p, split: false }));
    return wordOf(pieces, node.startIndex, node.endIndex, ctx);
}
/** A heredoc body: expanded unless its delimiter was quoted; `<<-` strips leading tabs. */
function expandHeredoc(body, range, options, ctx) {
    const pieces = [];
    if (options.expand) {
        let at = range.start;
        for (const child of body.namedChildren) {
            if (child.type === 'heredoc_content' || child.startIndex < at)
                continue;
            literalText(ctx.source.text.slice(at, child.startIndex), at, 'heredoc', pieces);
            pieces.push(...piecesOf(child, 'heredoc', ctx));
            at = child.endIndex;
        }
        literalText(ctx.source.text.slice(at, range.end), at, 'heredoc', pieces);
    }
    else {
        pieces.push(plain(ctx.source.text.slice(range.start, range.end), range.start, range.end, true));
    }
    return wordOf(options.stripTabs ? stripLeadingTabs(pieces) : pieces, range.start, range.end, ctx);
}
/**
 * A word a reader already knows (a JSON string of a Dockerfile exec form): its value mapped to
 * the file, and `start`/`end` its range in the text the command is read from.
 */
function mappedWord(value, index, start, end) {
    const n = value.offsets.length;
    const contiguous = n > 0 && value.offsets[n - 1] - value.offsets[0] === n - 1;
    const location = n > 0 ? index.location(value.offsets[0], value.offsets[n - 1] + 1) : undefined;
    return {
        value: value.text,
        literal: true,
        glob: false,
        start,
        end,
        parts: [
            { text: value.text, ...(location ? { location } : {}), ...(contiguous ? { verbatim: true } : {}) },
        ],
        source: value,
    };
}
/* ------------------------------------------------------------------ pieces */
function piecesOf(node, mode, ctx) {
    const text = ctx.source.text.slice(node.startIndex, node.endIndex);
    switch (node.type) {
        case 'word':
            if (mode === 'unquoted' && text.startsWith('~') && isWordStart(node))
                return tildePieces(text, node);
            return literalPieces(text, node.startIndex, mode);
        case 'number':
        case 'extglob_pattern':
        case 'regex':
        case 'string_content':
        case 'heredoc_content':
        case 'variable_name':
        case 'command_name':
            if (node.type === 'command_name' && node.namedChildren.length > 0)
                return childPieces(node, mode, ctx);
            return literalPieces(text, node.startIndex, node.type === 'string_content' ? 'dquote' : mode);
        case 'raw_string':
            return [plain(text.slice(1, -1), node.startIndex + 1, node.endIndex - 1, true)];
        case 'ansi_c_string':
            return [plain(decodeAnsiC(text.slice(2, -1)), node.startIndex, node.endIndex, false)];
        case 'string':
        case 'translated_string': {
            const open = node.type === 'string' ? 1 : 2;
            const pieces = childPieces(node, 'dquote', ctx, node.startIndex + open, node.endIndex - 1);
            // `""` still makes a field, an empty one.
            return pieces.length > 0 ? pieces : [plain('', node.startIndex, node.endIndex, false)];
        }
        case 'concatenation':
            return childPieces(node, mode, ctx);
        case 'simple_expansion':
            return variablePieces(node, mode, ctx);
        case 'expansion':
            return expansionPieces(node, mode, ctx);
        default:
            // $(…), $((…)), <(…), arrays, brace expansion and anything the grammar did not make sense of.
            return [unknownPiece(text, node, mode)];
    }
}
/** Children in order; text between them (not covered by a child) is literal in `mode`. */
function childPieces(node, mode, ctx, from = node.startIndex, to = node.endIndex) {
    const out = [];
    let at = from;
    for (const child of node.children) {
        if (child.endIndex <= from || child.startIndex >= to)
            continue;
        if (!child.isNamed)
            continue;
        literalText(ctx.source.text.slice(at, child.startIndex), at, mode, out);
        out.push(...piecesOf(child, mode, ctx));
        at = child.endIndex;
    }
    literalText(ctx.source.text.slice(at, to), at, mode, out);
    return out;
}
function literalText(text, start, mode, out) {
    if (text !== '')
        out.push(...literalPieces(text, start, mode));
}
/** Backslash escapes as the shell reads them in each kind of text. */
function literalPieces(text, start, mode) {
    let value = '';
    let escaped = false;
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c !== '\\' || i + 1 >= text.length) {
            value += c;
            continue;
        }
        const next = text[i + 1];
        const special = mode === 'unquoted' ? true : mode === 'dquote' ? '$`"\\\n'.includes(next) : '$`\\\n'.includes(next);
        if (!special) {
            value += c;
            continue;
        }
        escaped = true;
        i++;
        if (next !== '\n')
            value += next;
    }
    const piece = plain(value, start, start + text.length, !escaped);
    piece.pattern = mode === 'unquoted' && !escaped;
    return [piece];
}
/** A node that begins its word (not the middle of a concatenation). */
function isWordStart(node) {
    const parent = node.parent;
    return parent?.type !== 'concatenation' || parent.firstChild?.id === node.id;
}
/** `~` and `~user` at the start of a word: a home directory socklint does not know. */
function tildePieces(text, node) {
    const slash = text.indexOf('/');
    const head = slash === -1 ? text : text.slice(0, slash);
    const pieces = [
        { ...unknownPiece(head, node, 'unquoted', [head]), end: node.startIndex + head.length, split: false },
    ];
    if (slash !== -1)
        pieces.push(...literalPieces(text.slice(slash), node.startIndex + slash, 'unquoted'));
    return pieces;
}
function plain(text, start, end, verbatim) {
    return { text, split: false, pattern: false, start, end, verbatim };
}
function unknownPiece(raw, node, mode, unknown = [raw]) {
    return {
        text: raw,
        unknown,
        split: mode === 'unquoted',
        pattern: false,
        start: node.startIndex,
        end: node.endIndex,
        verbatim: true,
    };
}
function valuePiece(value, raw, node, mode) {
    if (isUnknown(value))
        return unknownPiece(raw, node, mode, value.unknown);
    return {
        text: value,
        split: mode === 'unquoted',
        pattern: false,
        start: node.startIndex,
        end: node.endIndex,
        verbatim: false,
    };
}
/** `$NAME`, `$1`, `$@`… */
function variablePieces(node, mode, ctx) {
    const raw = ctx.source.text.slice(node.startIndex, node.endIndex);
    const name = raw.slice(1);
    return [special(name, raw, node, mode, ctx) ?? valuePiece(ctx.env.lookup(name).value, raw, node, mode)];
}
/** Positional and special parameters; undefined for ordinary names. */
function special(name, raw, node, mode, ctx) {
    const positional = ctx.env.positional;
    if (/^[1-9][0-9]*$/.test(name)) {
        if (!positional)
            return unknownPiece(raw, node, mode);
        return valuePiece(positional[Number(name) - 1] ?? '', raw, node, mode);
    }
    if (name === '@' || name === '*') {
        if (!positional || positional.some(isUnknown))
            return unknownPiece(raw, node, mode);
        const joined = positional.join(' ');
        const piece = valuePiece(joined, raw, node, mode);
        if (name === '@' && mode === 'dquote')
            piece.fields = positional;
        return piece;
    }
    if (name === '#')
        return positional
            ? valuePiece(String(positional.length), raw, node, mode)
            : unknownPiece(raw, node, mode);
    if (/^[0?$!-]$/.test(name))
        return unknownPiece(raw, node, mode);
    return undefined;
}
const VALUE_OPS = new Set([':-', '-', ':=', '=', ':+', '+', ':?', '?']);
/** `${…}` with its operators. */
function expansionPieces(node, mode, ctx) {
    const raw = ctx.source.text.slice(node.startIndex, node.endIndex);
    const kids = node.children;
    const nameNode = kids.find((k) => k.type === 'variable_name' || k.type === 'special_variable_name');
    if (!nameNode || kids.some((k) => k.type === 'subscript' || k.type === '!'))
        return [unknownPiece(raw, node, mode)];
    const name = nameNode.text;
    const nameAt = kids.indexOf(nameNode);
    const lengthOf = kids.slice(0, nameAt).some((k) => k.type === '#');
    const base = special(name, `$${name}`, node, mode, ctx);
    const looked = base
        ? { set: base.unknown ? undefined : true, value: base.unknown ? { unknown: base.unknown } : base.text }
        : ctx.env.lookup(name);
    if (lengthOf) {
        return [
            isUnknown(looked.value)
                ? unknownPiece(raw, node, mode)
                : valuePiece(String(looked.value.length), raw, node, mode),
        ];
    }
    const opNode = kids.slice(nameAt + 1).find((k) => !k.isNamed && k.type !== '}');
    if (!opNode)
        return [valuePiece(looked.value, raw, node, mode)];
    const op = opNode.type;
    const close = kids[kids.length - 1].type === '}' ? kids[kids.length - 1].startIndex : node.endIndex;
    // Unquoted, the word's own unquoted text is split into fields like the expansion's value.
    const operand = (from, to) => operandPieces(from, to).map((p) => (mode === 'unquoted' && p.pattern ? { ...p, split: true } : p));
    const operandPieces = (from, to) => childPieces(node, mode === 'unquoted' ? 'unquoted' : 'dquote', ctx, from, to);
    if (VALUE_OPS.has(op)) {
        const word = operand(opNode.endIndex, close);
        const colon = op.startsWith(':');
        const value = looked.value;
        const empty = !isUnknown(value) && value === '';
        if (looked.set === undefined || (colon && isUnknown(value) && looked.set)) {
            const names = isUnknown(value) ? value.unknown : [`$${name}`];
            return [unknownPiece(raw, node, mode, names)];
        }
        const useWord = op.endsWith('+') ? looked.set && !(colon && empty) : !looked.set || (colon && empty);
        if (op.endsWith('+'))
            return useWord ? word : [];
        if (!useWord)
            return [valuePiece(value, raw, node, mode)];
        if (op.endsWith('='))
            ctx.env.assign(name, joinPieces(word));
        if (op.endsWith('?'))
            return [unknownPiece(raw, node, mode)];
        return word;
    }
    // Pattern operators: `#`, `##`, `%`, `%%`, `/`, `//`.
    const value = looked.value;
    const rest = kids.slice(kids.indexOf(opNode) + 1).filter((k) => k.type !== '}');
    const slash = rest.find((k) => k.type === '/');
    const patternPieces = operand(opNode.endIndex, slash ? slash.startIndex : close);
    const replacement = slash ? operand(slash.endIndex, close) : [];
    const pattern = joinPieces(patternPieces);
    const with_ = joinPieces(replacement);
    if (isUnknown(value) || isUnknown(pattern) || isUnknown(with_)) {
        return [unknownPiece(raw, node, mode, isUnknown(value) ? value.unknown : [raw])];
    }
    const result = applyPattern(value, op, pattern, with_);
    return [result === undefined ? unknownPiece(raw, node, mode) : valuePiece(result, raw, node, mode)];
}
function joinPieces(pieces) {
    const unknown = pieces.flatMap((p) => p.unknown ?? []);
    return unknown.length > 0 ? { unknown } : pieces.map((p) => p.text).join('');
}
/** `${X#p}`, `${X%p}`, `${X/p/r}` for glob patterns made of `*`, `?` and literal text. */
function applyPattern(value, op, pattern, replacement) {
    if (/[[\]\\]/.test(pattern))
        return undefined;
    const body = (greedy) => pattern
        .split('')
        .map((c) => (c === '*' ? (greedy ? '.*' : '.*?') : c === '?' ? '.' : c.replace(/[.+^${}()|]/g, '\\$&')))
        .join('');
    switch (op) {
        case '#':
        case '##':
            return value.replace(new RegExp(`^${body(op === '##')}`, 's'), '');
        case '%':
        case '%%': {
            // Shortest suffix first: try each start from the end.
            const re = new RegExp(`^(?:${body(true)})$`, 's');
            const starts = [...Array(value.length + 1).keys()];
            for (const i of op === '%' ? starts.reverse() : starts)
                if (re.test(value.slice(i)))
                    return value.slice(0, i);
            return value;
        }
        case '/':
        case '//': {
            if (pattern === '')
                return value;
            const re = new RegExp(body(true), op === '//' ? 'gs' : 's');
            return value.replace(re, () => replacement);
        }
        default:
            return undefined;
    }
}
function decodeAnsiC(text) {
    const escapes = {
        n: '\n',
        t: '\t',
        r: '\r',
        a: '\x07',
        b: '\b',
        e: '\x1b',
        f: '\f',
        v: '\v',
        '\\': '\\',
        "'": "'",
        '"': '"',
    };
    return text.replace(/\\(x[0-9a-fA-F]{1,2}|[0-7]{1,3}|.)/gs, (m, e) => {
        if (e[0] === 'x' && e.length > 1)
            return String.fromCharCode(parseInt(e.slice(1), 16));
        if (/^[0-7]+$/.test(e))
            return String.fromCharCode(parseInt(e, 8));
        return escapes[e] ?? m;
    });
}
function stripLeadingTabs(pieces) {
    let atLineStart = true;
    return pieces.map((p) => {
        if (p.unknown) {
            atLineStart = false;
            return p;
        }
        let text = '';
        let skipped = false;
        for (const c of p.text) {
            if (atLineStart && c === '\t') {
                skipped = true;
                continue;
            }
            text += c;
            atLineStart = c === '\n';
        }
        return { ...p, text, verbatim: p.verbatim && !skipped };
    });
}
/* ------------------------------------------------------------------ fields */
const BLANKS = /[ \t\n]+/;
function toFields(pieces, node, ctx) {
    const fields = [];
    let current = [];
    let started = false; // a quoted empty string still makes a field
    const close = () => {
        if (started || current.length > 0)
            fields.push(current);
        current = [];
        started = false;
    };
    for (const piece of pieces) {
        if (piece.fields) {
            piece.fields.forEach((f, i) => {
                if (i > 0)
                    close();
                current.push(valueAsPiece(f, piece));
                started = true;
            });
            if (piece.fields.length === 0 && current.length === 0)
                started = false;
            continue;
        }
        if (!piece.split || piece.unknown) {
            if (piece.text !== '' || piece.unknown)
                current.push(piece);
            else if (!piece.split)
                started = true;
            continue;
        }
        const chunks = piece.text.split(BLANKS);
        chunks.forEach((chunk, i) => {
            if (i > 0)
                close();
            if (chunk !== '')
                current.push({ ...piece, text: chunk });
        });
    }
    close();
    return fields.map((f) => wordOf(f, node.startIndex, node.endIndex, ctx));
}
function valueAsPiece(value, from) {
    return isUnknown(value)
        ? { ...from, fields: undefined, text: from.text, unknown: value.unknown }
        : { ...from, fields: undefined, text: value, unknown: undefined };
}
function wordOf(pieces, start, end, ctx) {
    const parts = [];
    for (const p of pieces) {
        const location = p.end > p.start ? locate(ctx, p.start, p.end) : undefined;
        appendPart(parts, {
            text: p.text,
            ...(location ? { location } : {}),
            ...(p.verbatim && !p.unknown && location ? { verbatim: true } : {}),
            ...(p.unknown ? { unknown: p.unknown } : {}),
        });
    }
    return {
        value: pieces.map((p) => p.text).join(''),
        literal: pieces.every((p) => !p.unknown),
        glob: pieces.some((p) => p.pattern && /[*?[]/.test(p.text)),
        start,
        end,
        parts,
    };
}
function locate(ctx, start, end) {
    return mappedLocation(ctx.index, ctx.source, start, end);
}

;// CONCATENATED MODULE: ./src/engine/parse/provision/shell-conditions.ts

/** A `[ … ]` or `[[ … ]]` expression node. */
function testExpression(expr, ctx) {
    if (expr.type === 'binary_expression') {
        const op = expr.children.find((c) => !c.isNamed)?.type ?? expr.childForFieldName('operator')?.text;
        const left = expr.childForFieldName('left');
        const right = expr.childForFieldName('right');
        if (!left || !right || !op)
            return undefined;
        return compareStrings(expandString(left, ctx), op, expandString(right, ctx));
    }
    if (expr.type === 'unary_expression') {
        const operator = expr.children.find((c) => c.type === 'test_operator' || !c.isNamed)?.text;
        const operand = expr.namedChildren.find((c) => c.type !== 'test_operator');
        if (operator === '!' && operand)
            return not(testExpression(operand, ctx));
        if (!operand || (operator !== '-z' && operator !== '-n'))
            return undefined;
        const word = expandString(operand, ctx);
        if (!word.literal)
            return undefined;
        return operator === '-z' ? word.value === '' : word.value !== '';
    }
    if (expr.type === 'parenthesized_expression' && expr.namedChildren[0])
        return testExpression(expr.namedChildren[0], ctx);
    return undefined;
}
/** The `test` command's arguments (without `[`'s closing `]`). */
function testWords(args) {
    if (args[0]?.value === '!' && args.length > 1)
        return not(testWords(args.slice(1)));
    if (args.length === 1)
        return args[0].literal ? args[0].value !== '' : undefined;
    if (args.length === 2 && (args[0].value === '-z' || args[0].value === '-n')) {
        if (!args[1].literal)
            return undefined;
        return args[0].value === '-z' ? args[1].value === '' : args[1].value !== '';
    }
    if (args.length === 3 && ['=', '==', '!='].includes(args[1].value))
        return compareStrings(args[0], args[1].value, args[2]);
    return undefined;
}
function compareStrings(left, op, right) {
    if (!left.literal || !right.literal)
        return undefined;
    if (op !== '=' && op !== '==' && op !== '!=')
        return undefined;
    const equal = right.glob ? globMatch(right.value, left.value) : left.value === right.value;
    return op === '!=' ? !equal : equal;
}
function not(status) {
    return status === undefined ? undefined : !status;
}
/** A shell pattern (`*.sh`, one alternative of a `case` item) against a string. */
function globMatch(pattern, value) {
    const re = pattern
        .split('')
        .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
        .join('');
    return new RegExp(`^${re}$`, 's').test(value);
}

// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./src/engine/parse/provision/shell-syntax.ts
/**
 * The shell syntax tree: tree-sitter's bash grammar (the one GitHub and editors use), run as
 * WebAssembly. It is loaded on first need only, so a scan without shell text never pays for it,
 * and it keeps going past a syntax error, marking the broken part, as a shell reading line by
 * line does. Positions are indices into the parsed JavaScript string (UTF-16 code units).
 */




/** The two WebAssembly files: the tree-sitter runtime and the bash grammar. */
const RUNTIME_WASM = 'web-tree-sitter.wasm';
const BASH_WASM = 'tree-sitter-bash.wasm';
let parser;
let loading;
/** Loads the parser once; later calls return at once. */
function shell_syntax_loadShellParser() {
    loading ??= load();
    return loading;
}
/** The syntax tree of a script; `loadShellParser()` must have finished. */
function parseShell(text) {
    if (!parser)
        throw new Error('the shell parser is not loaded (await loadShellParser() first)');
    const tree = parser.parse(text);
    if (!tree)
        throw new Error('the shell parser returned no tree');
    return tree.rootNode;
}
async function load() {
    const { Parser, Language } = (await Promise.all(/* import() */[__webpack_require__.e(551), __webpack_require__.e(695)]).then(__webpack_require__.t.bind(__webpack_require__, 3695, 23))).default;
    // The runtime reads `__dirname` while it starts, only to find its .wasm, which is passed in
    // here; an ES module bundle has no `__dirname`, so one is lent for the start-up alone.
    const g = globalThis;
    const lent = !('__dirname' in g);
    if (lent)
        g.__dirname = '';
    try {
        await Parser.init({ wasmBinary: wasm(RUNTIME_WASM, `web-tree-sitter/${RUNTIME_WASM}`) });
    }
    finally {
        if (lent)
            delete g.__dirname;
    }
    const bash = await Language.load(wasm(BASH_WASM, `tree-sitter-bash/${BASH_WASM}`));
    const p = new Parser();
    p.setLanguage(bash);
    parser = p;
}
/**
 * A WebAssembly file: next to the bundle, where the build copies it (`scripts/build.mjs`), else
 * the package's own in node_modules (tests and builds from the sources).
 */
function wasm(name, specifier) {
    const beside = external_node_path_default().join(external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(import.meta.url)), name);
    try {
        return (0,external_node_fs_.readFileSync)(beside);
    }
    catch {
        return (0,external_node_fs_.readFileSync)((0,external_node_module_.createRequire)(import.meta.url).resolve(specifier));
    }
}

;// CONCATENATED MODULE: ./src/engine/parse/provision/sed.ts
/**
 * Parses the expressions of one sed call, each with where it is written; `extended` is
 * `-E`/`-r`. As sed does, the expressions are one script joined by newlines (so `-e 'a\\'
 * -e 'text'` appends `text`); each command keeps the location of the expression it starts in.
 */
function parseSed(expressions, extended) {
    const starts = [];
    let script = '';
    for (const e of expressions) {
        starts.push(script.length);
        script += e.text + '\n';
    }
    const result = new SedParser(script, extended).parse();
    if ('unsupported' in result)
        return result;
    return {
        commands: result.commands.map(({ at, ...c }) => {
            let k = starts.length - 1;
            while (k > 0 && starts[k] > at)
                k--;
            const location = expressions[k]?.location;
            return location ? { ...c, location } : c;
        }),
    };
}
/** Applies the script to the lines of a file; changed or added lines have no origin but the command. */
function applySed(script, lines) {
    const out = [];
    const ranges = new Map(); // command index → inside its range
    lines.forEach((input, n) => {
        const lineNo = n + 1;
        const last = n === lines.length - 1;
        let space = { ...input };
        const after = [];
        let deleted = false;
        for (const [k, cmd] of script.commands.entries()) {
            if (!matches(cmd, k, space.text, lineNo, last, ranges))
                continue;
            if (cmd.op === 'd') {
                deleted = true;
                break;
            }
            if (cmd.op === 'i')
                out.push({ text: cmd.text ?? '', origin: undefined, by: cmd });
            else if (cmd.op === 'a')
                after.push(cmd);
            else if (cmd.op === 'c') {
                // With a range, the text replaces the whole range, printed at its end.
                if (!cmd.address?.to || !ranges.get(k))
                    out.push({ text: cmd.text ?? '', origin: undefined, by: cmd });
                deleted = true;
                break;
            }
            else if (cmd.op === 's') {
                const replaced = sed_substitute(space.text, cmd);
                if (replaced !== space.text)
                    space = { text: replaced, origin: undefined, by: cmd };
            }
        }
        if (!deleted)
            out.push(space);
        for (const cmd of after)
            out.push({ text: cmd.text ?? '', origin: undefined, by: cmd });
    });
    return out;
}
function matches(cmd, k, text, line, last, ranges) {
    const a = cmd.address;
    if (!a)
        return true;
    const hit = (addr) => 'line' in addr
        ? addr.line === line
        : 'last' in addr
            ? last
            : new RegExp(addr.regex, addr.flags).test(text);
    let result;
    if (!a.to)
        result = hit(a.from);
    else if (ranges.get(k)) {
        // The end address is checked from the line after the start on (a line number ends at or after it).
        const end = 'line' in a.to ? line >= a.to.line : hit(a.to);
        if (end)
            ranges.set(k, false);
        result = true;
    }
    else if (hit(a.from)) {
        const endsHere = 'line' in a.to && a.to.line <= line;
        ranges.set(k, !endsHere);
        result = true;
    }
    else
        result = false;
    return a.negate ? !result : result;
}
/** `s` as GNU sed runs it: an empty match right after a match is not a match. */
function sed_substitute(text, cmd) {
    const { global, ignoreCase, nth } = cmd.flags;
    const re = new RegExp(cmd.pattern, 'g' + (ignoreCase ? 'i' : ''));
    let out = '';
    let last = 0;
    let count = 0;
    let previousEnd = -1;
    for (let m = re.exec(text); m; m = re.exec(text)) {
        const start = m.index;
        const end = start + m[0].length;
        if (m[0] === '') {
            re.lastIndex++;
            if (start === previousEnd)
                continue;
        }
        previousEnd = end;
        count++;
        if (count < nth)
            continue;
        out += text.slice(last, start) + expandReplacement(cmd.replacement, m[0], m.slice(1));
        last = end;
        if (!global)
            break;
        if (re.lastIndex > text.length)
            break;
    }
    return out + text.slice(last);
}
function expandReplacement(template, match, groups) {
    let out = '';
    for (let i = 0; i < template.length; i++) {
        const c = template[i];
        if (c === '&')
            out += match;
        else if (c === '\\' && i + 1 < template.length) {
            const next = template[++i];
            if (/[1-9]/.test(next))
                out += groups[Number(next) - 1] ?? '';
            else if (next === 'n')
                out += '\n';
            else if (next === 't')
                out += '\t';
            else
                out += next;
        }
        else
            out += c;
    }
    return out;
}
class SedParser {
    s;
    extended;
    i = 0;
    constructor(s, extended) {
        this.s = s;
        this.extended = extended;
    }
    /** The commands with the offset each starts at. */
    parse() {
        const commands = [];
        for (;;) {
            this.skip(/[\s;]/);
            if (this.i >= this.s.length)
                return { commands };
            const at = this.i;
            const command = this.command();
            if ('unsupported' in command)
                return command;
            commands.push({ ...command, at });
        }
    }
    command() {
        let address;
        const from = this.address();
        if (from === null)
            return this.unsupported('address');
        if (from) {
            let to;
            this.skip(/[ \t]/);
            if (this.s[this.i] === ',') {
                this.i++;
                const end = this.address();
                if (!end)
                    return this.unsupported('range end');
                to = end;
            }
            this.skip(/[ \t]/);
            const negate = this.s[this.i] === '!';
            if (negate)
                this.i++;
            address = { from, ...(to ? { to } : {}), negate };
        }
        this.skip(/[ \t]/);
        const op = this.s[this.i++];
        if (op === 'd')
            return this.end({ ...(address ? { address } : {}), op: 'd' });
        if (op === 'a' || op === 'i' || op === 'c') {
            return { ...(address ? { address } : {}), op, text: this.lineText() };
        }
        if (op === 's')
            return this.substitution(address);
        return this.unsupported(`command ${op ?? 'missing'}`);
    }
    /** undefined: no address; null: an address socklint does not read. */
    address() {
        const c = this.s[this.i];
        if (c === undefined)
            return undefined;
        if (/[0-9]/.test(c)) {
            const m = /^[0-9]+/.exec(this.s.slice(this.i));
            this.i += m[0].length;
            if (this.s[this.i] === '~')
                return null;
            return { line: Number(m[0]) };
        }
        if (c === '$') {
            this.i++;
            return { last: true };
        }
        if (c === '/' || c === '\\') {
            if (c === '\\')
                this.i++;
            const delimiter = this.s[this.i++];
            const regex = this.delimited(delimiter);
            if (regex === undefined)
                return null;
            let flags = '';
            if (this.s[this.i] === 'I') {
                flags = 'i';
                this.i++;
            }
            const source = toJsRegex(regex, this.extended);
            return source === undefined ? null : { regex: source, flags };
        }
        return undefined;
    }
    substitution(address) {
        const delimiter = this.s[this.i++];
        if (!delimiter || delimiter === '\n' || delimiter === '\\')
            return this.unsupported('s delimiter');
        const pattern = this.delimited(delimiter);
        const replacement = pattern === undefined ? undefined : this.delimited(delimiter, true);
        if (pattern === undefined || replacement === undefined)
            return this.unsupported('unterminated s');
        const flags = { global: false, ignoreCase: false, nth: 1 };
        for (;;) {
            const c = this.s[this.i];
            if (c === 'g')
                flags.global = true;
            else if (c === 'I' || c === 'i')
                flags.ignoreCase = true;
            else if (c === 'p') {
                // Printing matters only with -n, which in-place edits do not use.
            }
            else if (c !== undefined && /[0-9]/.test(c)) {
                const m = /^[0-9]+/.exec(this.s.slice(this.i));
                flags.nth = Number(m[0]);
                this.i += m[0].length - 1;
            }
            else
                break;
            this.i++;
        }
        const source = toJsRegex(pattern, this.extended);
        if (source === undefined)
            return this.unsupported('regular expression');
        return this.end({ ...(address ? { address } : {}), op: 's', pattern: source, replacement, flags });
    }
    /** Text up to the delimiter; `\delimiter` is the delimiter itself. */
    delimited(delimiter, replacement = false) {
        let out = '';
        while (this.i < this.s.length) {
            const c = this.s[this.i++];
            if (c === delimiter)
                return out;
            if (c === '\\' && this.i < this.s.length) {
                const next = this.s[this.i++];
                if (next === delimiter)
                    out += replacement ? next : literalDelimiter(next);
                else if (next === 'n' && !replacement)
                    out += '\\n';
                else
                    out += '\\' + next;
            }
            else
                out += c;
        }
        return undefined;
    }
    /** `a text`, `a\` + newline + text (GNU and POSIX); backslash-newline continues the text. */
    lineText() {
        this.skip(/[ \t]/);
        if (this.s[this.i] === '\\') {
            this.i++;
            if (this.s[this.i] === '\n')
                this.i++;
            else
                this.skip(/[ \t]/);
        }
        let out = '';
        while (this.i < this.s.length && this.s[this.i] !== '\n') {
            const c = this.s[this.i++];
            if (c === '\\' && this.i < this.s.length) {
                const next = this.s[this.i++];
                out += next === 'n' ? '\n' : next === 't' ? '\t' : next;
            }
            else
                out += c;
        }
        return out;
    }
    end(command) {
        this.skip(/[ \t]/);
        const c = this.s[this.i];
        if (c !== undefined && c !== ';' && c !== '\n' && c !== '}')
            return this.unsupported(`text after ${command.op}`);
        return command;
    }
    skip(re) {
        while (this.i < this.s.length && re.test(this.s[this.i]))
            this.i++;
    }
    unsupported(what) {
        return { unsupported: `${what} at character ${this.i} of "${this.s}"` };
    }
}
/** The delimiter written `\\d` inside a pattern is that character, literally. */
function literalDelimiter(c) {
    if (c === '^')
        return '\\^';
    return /[.*+?(){}|$/[\]]/.test(c) ? `[${c === ']' ? '\\]' : c}]` : c;
}
const sed_CLASSES = {
    alpha: 'a-zA-Z',
    digit: '0-9',
    alnum: 'a-zA-Z0-9',
    upper: 'A-Z',
    lower: 'a-z',
    space: ' \\t\\n\\r\\f\\v',
    blank: ' \\t',
    punct: '!-\\/:-@\\[-`{-~',
    xdigit: '0-9A-Fa-f',
};
/** A POSIX BRE or ERE as a JavaScript regex source; undefined for what JavaScript reads otherwise. */
function toJsRegex(re, extended) {
    let out = '';
    for (let i = 0; i < re.length; i++) {
        const c = re[i];
        if (c === '[') {
            const end = bracketEnd(re, i);
            if (end === -1)
                return undefined;
            let body = re.slice(i + 1, end);
            body = body.replace(/\[:([a-z]+):\]/g, (m, name) => sed_CLASSES[name] ?? m);
            if (/\[[.=]/.test(body))
                return undefined;
            out += '[' + body.replace(/\\/g, '\\\\').replace(/^\\\\\^/, '^') + ']';
            i = end;
        }
        else if (c === '\\') {
            const next = re[++i];
            if (next === undefined)
                return undefined;
            if (!extended && '(){}+?|'.includes(next))
                out += next;
            else if (/[1-9]/.test(next))
                out += '\\' + next;
            else if (next === 'n')
                out += '\\n';
            else if (next === 't')
                out += '\\t';
            else if (next === 's' || next === 'S' || next === 'w' || next === 'W')
                out += '\\' + next;
            else if (next === '<' || next === '>' || next === 'b')
                out += '\\b';
            else
                out += '\\' + next;
        }
        else if (!extended && '(){}+?|'.includes(c))
            out += '\\' + c;
        else if (c === '*' && (out === '' || out === '^'))
            out += '\\*';
        else
            out += c;
    }
    try {
        new RegExp(out);
        return out;
    }
    catch {
        return undefined;
    }
}
function bracketEnd(re, open) {
    let i = open + 1;
    if (re[i] === '^')
        i++;
    if (re[i] === ']')
        i++;
    for (; i < re.length; i++) {
        if (re[i] === '[' && /[:.=]/.test(re[i + 1] ?? '')) {
            const close = re.indexOf(re[i + 1] + ']', i + 2);
            if (close === -1)
                return -1;
            i = close + 1;
        }
        else if (re[i] === ']')
            return i;
    }
    return -1;
}

;// CONCATENATED MODULE: ./src/engine/parse/provision/shell-text.ts




const DISCARD = { kind: 'discard', chunks: [] };
const STDIN = { unknown: 'standard input' };
function output(sink, parts) {
    if (sink.kind === 'collect')
        sink.chunks.push(parts ? { parts } : { unknown: 'output socklint cannot compute' });
}
function unknownOutput(sink, why) {
    if (sink.kind === 'collect')
        sink.chunks.push({ unknown: why });
}
/** `cat` copies its input or its files to its output. */
function cat(args, stdin, stdout, cwd) {
    if (stdout.kind === 'discard')
        return;
    const files = args.filter((w) => !/^-./.test(w.value));
    if (files.length === 0 || (files.length === 1 && files[0].value === '-')) {
        stdout.chunks.push(...(stdin ?? [STDIN]));
        return;
    }
    stdout.chunks.push(...files.map((f) => fileChunk(f, cwd)));
}
/** `tee [-a] FILE…`: its input into each file, and to its output. */
function tee(args, stdin, stdout, ctx, location) {
    const append = args.some((w) => /^-[a-z]*a/.test(w.value) || w.value === '--append');
    const input = stdin ?? [STDIN];
    for (const w of args.filter((w) => !w.value.startsWith('-') && w.literal)) {
        writeChunks(commands_resolvePath(w.value, ctx.cwd ?? '/'), input, append, ctx, location);
    }
    if (stdout.kind === 'collect')
        stdout.chunks.push(...input);
}
/** `sed -i … FILE…` edits files; `sed SCRIPT [FILE]` writes the edited text to its output. */
function sed(args, stdin, stdout, ctx, location) {
    const call = sedCall(args);
    const { inPlace, operands, expressions } = call;
    const known = expressions.every((e) => e?.literal);
    const script = call.unreadable || !known
        ? undefined
        : parseSed(expressions.map((e) => ({ text: e.value, location: ctx.spanOf(e.start, e.end) })), call.extended);
    const edit = script && 'commands' in script ? script : undefined;
    const why = call.unreadable ??
        (!known
            ? 'a sed expression with an unknown value'
            : script && 'unsupported' in script
                ? `a sed script socklint does not read (${script.unsupported})`
                : 'sed');
    const how = `sed ${args.map((a) => (/\s/.test(a.value) ? `'${a.value}'` : a.value)).join(' ')}`;
    if (inPlace) {
        for (const f of operands.filter((w) => w.literal)) {
            const path = commands_resolvePath(f.value, ctx.cwd ?? '/');
            if (edit)
                ctx.emit({ kind: 'edit-file', path, script: edit, how }, location);
            else
                ctx.emit({ kind: 'unknown-content', path, reason: `edited by ${why}` }, location);
        }
        return;
    }
    if (stdout.kind === 'discard')
        return;
    const inputs = operands.length > 0 ? operands.map((f) => fileChunk(f, ctx.cwd)) : (stdin ?? [STDIN]);
    for (const chunk of inputs) {
        if (edit && 'file' in chunk)
            stdout.chunks.push({ ...chunk, edits: [...chunk.edits, { script: edit, how }] });
        else
            stdout.chunks.push({
                unknown: !edit ? why : 'unknown' in chunk ? chunk.unknown : 'text sed edits on a pipe',
            });
    }
}
/** The options of a sed call: `-i`, `-E`/`-r`, `-e`/`--expression`, bundled flags (`-ri`, `-Ei.bak`). */
function sedCall(args) {
    let inPlace = false;
    let extended = false;
    let unreadable;
    const expressions = [];
    const operands = [];
    for (let i = 0; i < args.length; i++) {
        const v = args[i].value;
        if (v === '--in-place' || v.startsWith('--in-place='))
            inPlace = true;
        else if (v === '--regexp-extended')
            extended = true;
        else if (v === '-e' || v === '--expression')
            expressions.push(args[++i]);
        else if (v.startsWith('--expression='))
            expressions.push({ ...args[i], value: v.slice('--expression='.length) });
        else if (v === '-f' || v === '--file' || v.startsWith('--file='))
            unreadable = 'a sed script file';
        else if (/^-[a-zA-Z]/.test(v)) {
            // `i` takes the rest of the word as a backup suffix, `e` the rest or the next word as a script.
            for (let k = 1; k < v.length; k++) {
                const c = v[k];
                if (c === 'E' || c === 'r')
                    extended = true;
                else if (c === 'i') {
                    inPlace = true;
                    break;
                }
                else if (c === 'e') {
                    expressions.push(k + 1 < v.length ? { ...args[i], value: v.slice(k + 1) } : args[++i]);
                    break;
                }
                else if (c === 'f') {
                    unreadable = 'a sed script file';
                    break;
                }
            }
        }
        else if (!v.startsWith('--'))
            operands.push(args[i]);
    }
    if (expressions.length === 0 && operands.length > 0)
        expressions.push(operands.shift());
    return { inPlace, extended, expressions, operands, ...(unreadable ? { unreadable } : {}) };
}
/** `envsubst [SHELL-FORMAT]`: `$VAR` and `${VAR}` of the environment replaced in its input. */
function envsubst(args, stdin, stdout, env) {
    if (stdout.kind === 'discard')
        return;
    const format = args.find((w) => !w.value.startsWith('-'));
    if (format && !format.literal) {
        stdout.chunks.push({ unknown: 'envsubst with a variable list that is not known' });
        return;
    }
    const variables = format && [...format.value.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g)].map((m) => m[1]);
    for (const chunk of stdin ?? [STDIN]) {
        if ('file' in chunk && chunk.edits.length === 0)
            stdout.chunks.push({ ...chunk, envsubst: variables ? { variables } : {} });
        else if ('parts' in chunk)
            stdout.chunks.push({ parts: substituteParts(chunk.parts, env, variables) });
        else
            stdout.chunks.push({ unknown: 'unknown' in chunk ? chunk.unknown : 'envsubst' });
    }
}
/** What a redirection or `tee` puts into a file. */
function writeChunks(path, chunks, append, ctx, location) {
    if (chunks.length === 1 && !append && 'file' in chunks[0]) {
        const { file, envsubst, edits } = chunks[0];
        if (envsubst) {
            ctx.emit({ kind: 'envsubst', source: file, dest: path, ...envsubst, environment: snapshot(ctx.env) }, location);
        }
        else
            ctx.emit({ kind: 'copy', sources: [file], dest: path, sourceBase: 'machine' }, location);
        for (const e of edits)
            ctx.emit({ kind: 'edit-file', path, script: e.script, how: e.how }, location);
        return;
    }
    if (chunks.every((c) => 'parts' in c)) {
        const content = [];
        for (const c of chunks)
            for (const p of c.parts)
                appendPart(content, p);
        ctx.emit({ kind: 'write-file', path, content, append }, location);
        return;
    }
    const unknown = chunks.find((c) => 'unknown' in c);
    const reason = unknown && 'unknown' in unknown ? unknown.unknown : 'text from several sources';
    ctx.emit({ kind: 'unknown-content', path, reason: `written by a command socklint cannot follow (${reason})` }, location);
}
function fileChunk(word, cwd) {
    return word.literal
        ? { file: commands_resolvePath(word.value, cwd ?? '/'), edits: [] }
        : { unknown: `the file ${word.value}` };
}
/* ------------------------------------------------------------------ echo and printf */
/** `echo [-n] [-e] ARGS…` */
function echoParts(args) {
    let i = 0;
    let newline = true;
    let escapes = false;
    for (; i < args.length && /^-[neE]+$/.test(args[i].value); i++) {
        if (args[i].value.includes('n'))
            newline = false;
        if (args[i].value.includes('e'))
            escapes = true;
    }
    const parts = [];
    args.slice(i).forEach((w, k) => {
        if (k > 0)
            appendPart(parts, { text: ' ' });
        for (const p of w.parts ?? [{ text: w.value }])
            appendPart(parts, escapes && !p.unknown ? { ...p, text: decodeEscapes(p.text), verbatim: undefined } : p);
    });
    if (newline)
        appendPart(parts, { text: '\n' });
    return parts;
}
/** `printf FORMAT ARGS…` with `%s`, `%d`, `%b`, `%%` and backslash escapes; the format is reused for extra arguments. */
function printfParts(args) {
    const [format, ...rest] = args;
    if (!format || !format.literal)
        return undefined;
    const parts = [];
    const at = format.parts?.find((p) => p.location)?.location;
    let i = 0;
    do {
        let literal = '';
        const flush = () => {
            if (literal !== '')
                appendPart(parts, { text: decodeEscapes(literal), ...(at ? { location: at } : {}) });
            literal = '';
        };
        let last = 0;
        for (const m of format.value.matchAll(/%(%|[-+ #0]*[0-9]*(?:\.[0-9]+)?([sdibuxXoc]))/g)) {
            literal += format.value.slice(last, m.index);
            last = m.index + m[0].length;
            if (m[1] === '%') {
                literal += '%';
                continue;
            }
            flush();
            const arg = rest[i++];
            if (!arg)
                continue;
            for (const p of arg.parts ?? [{ text: arg.value }])
                appendPart(parts, m[2] === 'b' && !p.unknown ? { ...p, text: decodeEscapes(p.text) } : p);
        }
        literal += format.value.slice(last);
        flush();
    } while (i < rest.length && i > 0);
    return parts;
}
function decodeEscapes(text) {
    const map = {
        n: '\n',
        t: '\t',
        r: '\r',
        '\\': '\\',
        a: '\x07',
        b: '\b',
        f: '\f',
        v: '\v',
    };
    return text.replace(/\\([ntr\\abfv]|0[0-7]{0,3})/g, (m, e) => e[0] === '0' ? String.fromCharCode(parseInt(e, 8)) : (map[e] ?? m));
}
/* ------------------------------------------------------------------ envsubst */
/**
 * envsubst: `$NAME` and `${NAME}` replaced by the environment's value, or by nothing when the
 * environment does not have NAME (a shell variable that is not exported is not in it); with a
 * SHELL-FORMAT list, only the names it lists. A name whose value is unknown stays unknown.
 */
function substituteParts(parts, env, only) {
    const out = [];
    for (const part of parts) {
        if (part.unknown) {
            appendPart(out, part);
            continue;
        }
        const at = part.location ? { location: part.location } : {};
        let last = 0;
        for (const m of part.text.matchAll(/\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))/g)) {
            const name = m[1] ?? m[2];
            if (only && !only.includes(name))
                continue;
            const looked = env.lookup(name);
            const inEnvironment = looked.set !== false && (env.exported.has(name) || looked.set === undefined);
            const value = inEnvironment ? looked.value : '';
            appendPart(out, { ...part, text: part.text.slice(last, m.index), verbatim: undefined });
            appendPart(out, isUnknown(value) ? { text: m[0], ...at, unknown: value.unknown } : { text: value, ...at });
            last = m.index + m[0].length;
        }
        appendPart(out, last === 0 ? part : { ...part, text: part.text.slice(last), verbatim: undefined });
    }
    return out;
}
/** The exported environment as plain data, for an effect applied later (envsubst of a file). */
function snapshot(env) {
    const known = {};
    const unknown = [];
    for (const [name, value] of env.vars) {
        if (!env.exported.has(name))
            continue;
        if (isUnknown(value))
            unknown.push(name);
        else
            known[name] = value;
    }
    return { known, unknown, unset: env.unset };
}
/** The environment a snapshot describes. */
function environmentOf(e) {
    const unknown = e.unknown.map((n) => [n, { unknown: [`$${n}`] }]);
    return ShellEnv.of([...Object.entries(e.known), ...unknown], e.unset);
}

;// CONCATENATED MODULE: ./src/engine/parse/provision/shell-interpreter.ts
/**
 * Reads a shell script the way the shell would run it, without running anything: statements in
 * order, variables assigned on the way, functions, `if`/`case` on what is known, loops over known
 * values, `&&`/`||`, pipes and redirections, `sh -c`, `su -c`, `gosu`/`su-exec`, `.`/`source` and
 * the scripts a start-up script runs. What it does to the machine becomes facts, in the order it
 * happens; a fact under a condition socklint cannot decide is `maybe`. Text that commands write
 * (`echo`, `printf`, heredocs, `tee`, `envsubst`, `sed`) becomes file facts whose parts remember
 * where they are written.
 */










/** Interprets shell text; `source` maps every character to its file offset. */
function interpretShell(source, ctx) {
    const shell = new Interpreter(ctx);
    shell.script(source, ctx.index, shell.frame(ctx));
}
/**
 * Runs one command given as words (a Dockerfile exec form, an Ansible `argv`); `source` is the
 * text the words' ranges refer to, `location` the command's span when it is not that text's.
 */
function interpretArgv(words, source, ctx, location) {
    const shell = new Interpreter(ctx);
    const frame = shell.frame(ctx);
    frame.source = source;
    const span = location ??
        (words.length > 0 && source.offsets.length > 0
            ? shell.spanOf(frame, words[0].start, words[words.length - 1].end)
            : undefined);
    shell.simple(words, frame, { stdin: undefined, stdout: DISCARD }, span);
}
/** Interprets a script file of the repository as a whole. */
function interpretFile(file, ctx) {
    interpretShell(sliceOf(file.text, 0, file.text.length), {
        ...ctx,
        index: new text_LineIndex(file.path, file.text),
    });
}
const MAX_DEPTH = 16;
/** Statements one reading may run: loops and calls that multiply beyond it stop there, with a note. */
const MAX_STEPS = 100_000;
const SHELLS = /^(sh|bash|dash|ash|ksh|mksh|zsh)$/;
const SERVERS = /^(nginx|nginx-debug|php-fpm[0-9.]*|httpd|apache2|apache2ctl|caddy|frankenphp|uwsgi|gunicorn)$/;
/** Commands whose success depends on the machine's state (they test something). */
const TESTS = new Set([
    '[',
    'test',
    'id',
    'getent',
    'grep',
    'egrep',
    'fgrep',
    'which',
    'type',
    'cmp',
    'diff',
    'pgrep',
    'command',
    'hash',
    'compgen',
    'stat',
    'ls',
    'find',
]);
const PATH_DIRS = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];
class Interpreter {
    ctx;
    facts;
    notes;
    dirs = new Set();
    steps = 0;
    constructor(ctx) {
        this.ctx = ctx;
        this.facts = ctx.facts;
        this.notes = ctx.notes;
    }
    frame(ctx) {
        return {
            source: { text: '', offsets: [] },
            index: ctx.index,
            env: ctx.env ?? new ShellEnv(new Map(), 'unknown'),
            cwd: ctx.cwd,
            maybe: ctx.maybe ?? false,
            ...(ctx.runAs ? { runAs: ctx.runAs } : {}),
            scripts: [],
            depth: 0,
        };
    }
    script(source, index, frame) {
        let root;
        try {
            root = parseShell(source.text);
        }
        catch (error) {
            this.note(frame, 'shell-unreadable', `the shell text could not be read: ${String(error)}`, undefined);
            return;
        }
        const inner = { ...frame, source, index };
        const { statements, broken } = this.runnable(root, inner);
        this.block(statements, inner, { stdin: undefined, stdout: DISCARD });
        if (broken)
            inner.stop = 'error';
        frame.cwd = inner.cwd;
        frame.maybe = inner.maybe;
        if (inner.stop === 'exit' || inner.stop === 'error')
            frame.stop = inner.stop;
    }
    /**
     * The statements a shell runs before it meets a syntax error: it reads and runs line by line,
     * so the lines before the broken one run and nothing from that line on does.
     */
    runnable(root, frame) {
        const statements = root.namedChildren.filter((n) => n.type !== 'comment');
        const first = root.hasError
            ? root.children.find((n) => n.type === 'ERROR' || n.isMissing || n.hasError)
            : undefined;
        if (!first)
            return { statements, broken: false };
        const text = frame.source.text;
        const lineStart = text.lastIndexOf('\n', first.startIndex - 1) + 1;
        const lineEnd = text.indexOf('\n', first.startIndex);
        this.note(frame, 'shell-syntax-error', 'the shell cannot parse this line; it runs the lines before it, and neither this line nor any after it', this.spanOf(frame, first.startIndex, lineEnd === -1 ? text.length : lineEnd));
        return { statements: statements.filter((n) => n.endIndex <= lineStart), broken: true };
    }
    /* ---------------------------------------------------------------- statements */
    block(nodes, frame, io) {
        let status = true;
        for (const node of nodes) {
            if (frame.stop)
                break;
            if (node.type === 'comment' || !node.isNamed)
                continue;
            status = this.statement(node, frame, io);
        }
        return status;
    }
    statement(node, frame, io) {
        if (++this.steps > MAX_STEPS) {
            if (this.steps === MAX_STEPS + 1) {
                const at = this.spanOf(frame, node.startIndex, node.endIndex);
                this.note(frame, 'shell-too-long', `the script runs more than ${MAX_STEPS} commands here; socklint reads no further`, at);
            }
            frame.stop = 'error';
            return undefined;
        }
        switch (node.type) {
            case 'command':
                return this.command(node, frame, io);
            case 'redirected_statement':
                return this.redirected(node, frame, io);
            case 'variable_assignment':
                this.assign(node, frame);
                return true;
            case 'variable_assignments':
                for (const a of node.namedChildren)
                    this.assign(a, frame);
                return true;
            case 'declaration_command':
                this.declaration(node, frame);
                return true;
            case 'unset_command':
                for (const n of node.namedChildren)
                    if (n.type === 'variable_name')
                        frame.env.vars.delete(n.text);
                return true;
            case 'list':
                return this.list(node, frame, io);
            case 'pipeline':
                return this.pipeline(node.namedChildren, frame, io);
            case 'negated_command': {
                const status = this.block(node.namedChildren, frame, io);
                return status === undefined ? undefined : !status;
            }
            case 'subshell': {
                const inner = { ...frame, env: frame.env.clone() };
                const status = this.block(node.namedChildren, inner, io);
                if (inner.stop === 'error')
                    frame.stop = 'error';
                return status;
            }
            case 'compound_statement':
            case 'do_group':
                return this.block(node.namedChildren, frame, io);
            case 'if_statement':
                return this.ifStatement(node, frame, io);
            case 'for_statement':
                return this.forStatement(node, frame, io);
            case 'case_statement':
                return this.caseStatement(node, frame, io);
            case 'while_statement':
            case 'c_style_for_statement':
                return this.loop(node, frame, io);
            case 'function_definition': {
                const name = node.childForFieldName('name')?.text;
                const body = node.childForFieldName('body');
                if (name && body)
                    frame.env.functions.set(name, { body, source: frame.source, index: frame.index });
                return true;
            }
            case 'test_command':
                return this.testCommand(node, frame);
            default:
                return undefined;
        }
    }
    list(node, frame, io) {
        const kids = node.children;
        let status = this.statement(kids[0], frame, io);
        for (let i = 1; i + 1 < kids.length; i += 2) {
            if (frame.stop)
                break;
            const op = kids[i].type;
            const right = kids[i + 1];
            status = this.conditional(op, status, right, frame, io);
        }
        return status;
    }
    /** `a && b`, `a || b`: b runs, is skipped, or only may run. */
    conditional(op, left, right, frame, io) {
        if (op === ';' || op === '&')
            return this.statement(right, frame, io);
        const runs = op === '&&' ? left : left === undefined ? undefined : !left;
        if (runs === false)
            return left;
        if (runs === true)
            return this.statement(right, frame, io);
        return this.maybe(frame, () => this.statement(right, frame, io));
    }
    maybe(frame, run) {
        const before = frame.maybe;
        frame.maybe = true;
        run();
        // An exit that may happen makes everything after it possible only.
        if (frame.stop === 'exit' || frame.stop === 'return') {
            frame.stop = undefined;
            return undefined;
        }
        frame.maybe = before;
        return undefined;
    }
    pipeline(stages, frame, io) {
        let stdin = io.stdin;
        let status = true;
        stages.forEach((stage, i) => {
            const last = i === stages.length - 1;
            const sink = last ? io.stdout : { kind: 'collect', chunks: [] };
            // Each stage runs in a subshell: its variables do not come back.
            const inner = { ...frame, env: frame.env.clone() };
            status = this.statement(stage, inner, { stdin, stdout: sink });
            if (inner.stop === 'error')
                frame.stop = 'error';
            stdin = sink.chunks;
        });
        return status;
    }
    ifStatement(node, frame, io) {
        // Children: if COND… then BODY… [elif COND… then BODY…]… [else BODY…] fi
        const branches = [];
        let current = { cond: [], body: [] };
        let part = 'cond';
        const add = (n) => (part === 'cond' ? current.cond : current.body).push(n);
        for (const child of node.children) {
            if (child.type === 'then')
                part = 'body';
            else if (child.type === 'elif_clause' || child.type === 'else_clause') {
                branches.push(current);
                current = { cond: [], body: [] };
                part = child.type === 'else_clause' ? 'body' : 'cond';
                for (const c of child.children) {
                    if (c.type === 'then')
                        part = 'body';
                    else if (c.isNamed && c.type !== 'comment')
                        add(c);
                }
            }
            else if (child.isNamed && child.type !== 'comment')
                add(child);
        }
        branches.push(current);
        let decided = true;
        for (const branch of branches) {
            const isElse = branch.cond.length === 0;
            const status = isElse
                ? true
                : decided
                    ? this.block(branch.cond, frame, io)
                    : this.maybe(frame, () => this.block(branch.cond, frame, io));
            if (frame.stop)
                return undefined;
            if (decided && status === true)
                return this.block(branch.body, frame, io);
            if (decided && status === false)
                continue;
            decided = false;
            this.maybe(frame, () => this.block(branch.body, frame, io));
        }
        return decided ? true : undefined;
    }
    forStatement(node, frame, io) {
        const variable = node.childForFieldName('variable')?.text;
        const body = node.childForFieldName('body');
        if (!variable || !body)
            return undefined;
        const valueNodes = node.children.filter((c, i) => node.fieldNameForChild(i) === 'value');
        const inList = node.children.some((c) => c.type === 'in');
        let values;
        if (!inList)
            values = frame.env.positional;
        else {
            const words = valueNodes.flatMap((n) => expandWord(n, this.words(frame)));
            values = words.every((w) => w.literal && !w.glob) ? words.map((w) => w.value) : undefined;
        }
        if (!values) {
            // Unknown values: the body may run, for a value socklint does not know.
            const unknown = valueNodes.map((n) => n.text).join(' ') || '"$@"';
            frame.env.assign(variable, { unknown: [`$${variable} (from ${unknown})`] });
            return this.maybe(frame, () => this.statement(body, frame, io));
        }
        let status = true;
        for (const value of values) {
            if (frame.stop)
                break;
            frame.env.assign(variable, value);
            status = this.statement(body, frame, io);
        }
        return status;
    }
    caseStatement(node, frame, io) {
        const valueNode = node.childForFieldName('value');
        const value = valueNode ? expandString(valueNode, this.words(frame)) : undefined;
        let decided = value?.literal ?? false;
        for (const item of node.namedChildren.filter((c) => c.type === 'case_item')) {
            const patterns = item.children.filter((c, i) => item.fieldNameForChild(i) === 'value');
            const ids = new Set(patterns.map((p) => p.id));
            const body = item.namedChildren.filter((c) => !ids.has(c.id) && c.type !== 'comment');
            const words = patterns.map((p) => expandString(p, this.words(frame)));
            if (decided && words.every((w) => w.literal)) {
                if (words.some((w) => globMatch(w.value, value.value)))
                    return this.block(body, frame, io);
                continue;
            }
            decided = false;
            this.maybe(frame, () => this.block(body, frame, io));
        }
        return decided ? true : undefined;
    }
    /** `while`, `until`, C-style `for`: the body may run any number of times. */
    loop(node, frame, io) {
        return this.maybe(frame, () => this.block(node.namedChildren, frame, io));
    }
    /** `[ … ]` and `[[ … ]]` on strings it knows; anything on the machine's state is undecided. */
    testCommand(node, frame) {
        const expr = node.namedChildren[0];
        return expr ? testExpression(expr, this.words(frame)) : undefined;
    }
    /* ---------------------------------------------------------------- assignments */
    assign(node, frame, exported = false) {
        const name = node.childForFieldName('name')?.text;
        if (!name)
            return;
        const valueNode = node.childForFieldName('value');
        frame.env.assign(name, valueNode ? shell_interpreter_valueOf(expandString(valueNode, this.words(frame))) : '');
        if (exported)
            frame.env.exported.add(name);
    }
    declaration(node, frame) {
        const keyword = node.children[0]?.type;
        const flags = node.namedChildren.filter((c) => c.type === 'word').map((c) => c.text);
        const exported = keyword === 'export' || flags.some((f) => /^-[a-z]*x/.test(f));
        for (const child of node.namedChildren) {
            if (child.type === 'variable_assignment')
                this.assign(child, frame, exported);
            else if (child.type === 'variable_name') {
                if (exported)
                    frame.env.exported.add(child.text);
                else if (!frame.env.vars.has(child.text))
                    frame.env.assign(child.text, '');
            }
        }
    }
    /* ---------------------------------------------------------------- commands */
    command(node, frame, io) {
        const nameNode = node.childForFieldName('name');
        const assignments = node.namedChildren.filter((c) => c.type === 'variable_assignment');
        if (!nameNode) {
            for (const a of assignments)
                this.assign(a, frame);
            return true;
        }
        // tree-sitter-bash reads `A=1 B=2` + newline + `cmd` as one command with prefixes; the shell
        // ends the statement at the newline, so the assignments are the shell's own.
        const lastAssign = assignments[assignments.length - 1];
        const ownLine = lastAssign && /(^|[^\\])\n/.test(frame.source.text.slice(lastAssign.endIndex, nameNode.startIndex));
        if (ownLine)
            for (const a of assignments)
                this.assign(a, frame);
        const ctx = this.words(frame);
        const words = [];
        let stdin = io.stdin;
        const redirects = [];
        for (const child of node.namedChildren) {
            if (child.type === 'variable_assignment' || child.type === 'comment')
                continue;
            if (child.type.endsWith('redirect'))
                redirects.push(child);
            else
                words.push(...expandWord(child, ctx));
        }
        for (const r of redirects) {
            if (r.type === 'herestring_redirect') {
                const target = r.namedChildren[0];
                if (target)
                    stdin = [{ parts: [...(expandString(target, ctx).parts ?? []), { text: '\n' }] }];
            }
        }
        const span = this.spanOf(frame, nameNode.startIndex, lastEnd(node, nameNode));
        const inner = ownLine || assignments.length === 0 ? frame : { ...frame, env: this.withPrefix(assignments, frame) };
        return this.simple(words, inner, { stdin, stdout: io.stdout }, span, frame);
    }
    /** `VAR=x cmd`: the variables are in the command's environment only. */
    withPrefix(assignments, frame) {
        const env = frame.env.clone();
        for (const a of assignments) {
            const name = a.childForFieldName('name')?.text;
            const valueNode = a.childForFieldName('value');
            if (!name)
                continue;
            env.assign(name, valueNode ? shell_interpreter_valueOf(expandString(valueNode, this.words(frame))) : '');
            env.exported.add(name);
        }
        return env;
    }
    /**
     * A simple command with its expanded words. `outer` is the frame whose state (working directory,
     * exit) the command changes, when `frame` is a copy with a command-only environment.
     */
    simple(words, frame, io, span, outer = frame) {
        if (words.length === 0)
            return true;
        const [cmd, ...args] = words;
        const location = span ?? this.spanOf(frame, cmd.start, words[words.length - 1].end);
        if (!cmd.literal) {
            unknownOutput(io.stdout, `the command ${cmd.value} is not known`);
            return undefined;
        }
        const name = cmd.value;
        const base = external_node_path_.posix.basename(name);
        const fn = name.includes('/') ? undefined : frame.env.functions.get(name);
        if (fn)
            return this.call(fn, args, outer, io);
        switch (base) {
            case ':':
            case 'true':
                return true;
            case 'false':
                return false;
            case 'cd': {
                const dir = args.find((w) => !w.value.startsWith('-'));
                outer.cwd = dir && dir.literal ? commands_resolvePath(dir.value, outer.cwd) : undefined;
                return true;
            }
            case 'export':
            case 'readonly':
            case 'local':
            case 'declare':
            case 'typeset':
                for (const w of args) {
                    const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:=(.*))?$/s.exec(w.value);
                    if (!m)
                        continue;
                    if (m[2] !== undefined)
                        outer.env.assign(m[1], w.literal ? m[2] : { unknown: unknownsOf(w.parts ?? []) });
                    if (base === 'export')
                        outer.env.exported.add(m[1]);
                }
                return true;
            case 'unset':
                for (const w of args)
                    outer.env.vars.delete(w.value);
                return true;
            case 'set':
                if (args[0]?.value === '--')
                    outer.env.positional = args.slice(1).map(shell_interpreter_valueOf);
                return true;
            case 'shift': {
                const n = Number(args[0]?.value ?? '1');
                if (outer.env.positional)
                    outer.env.positional = outer.env.positional.slice(Number.isNaN(n) ? 1 : n);
                return true;
            }
            case 'exit':
                outer.stop = 'exit';
                return undefined;
            case 'return':
                outer.stop = 'return';
                return undefined;
            case 'exec': {
                if (args.length === 0)
                    return true;
                const status = this.simple(args, frame, io, location, outer);
                if (!outer.maybe)
                    outer.stop = 'exit';
                return status;
            }
            case '.':
            case 'source':
                return this.runScript(args[0], args.slice(1), outer, true);
            case 'read':
                for (const w of args.filter((w) => !w.value.startsWith('-')))
                    outer.env.assign(w.value, { unknown: [`$${w.value} (read)`] });
                return undefined;
            case 'eval':
                unknownOutput(io.stdout, 'eval');
                return undefined;
            case 'test':
            case '[':
                return testWords(base === '[' ? args.slice(0, -1) : args);
            case 'echo':
                output(io.stdout, echoParts(args));
                return true;
            case 'printf':
                output(io.stdout, printfParts(args));
                return true;
            case 'cat':
                cat(args, io.stdin, io.stdout, frame.cwd);
                return true;
            case 'tee':
                tee(args, io.stdin, io.stdout, this.textContext(frame), location);
                return true;
            case 'sed':
                sed(args, io.stdin, io.stdout, this.textContext(frame), location);
                return true;
            case 'envsubst':
                envsubst(args, io.stdin, io.stdout, frame.env);
                return true;
            case 'su':
            case 'runuser':
                return this.su(base, args, frame, io, location);
            case 'sudo':
            case 'doas':
                return this.sudo(base, args, frame, io, location);
            case 'gosu':
            case 'su-exec':
            case 's6-setuidgid':
            case 'setuidgid':
                return this.asUser(args[0], base, args.slice(1), frame, io, location);
            case 'chpst': {
                const parsed = parseOptions(args, { shortArgs: 'ugUe/n' });
                return lastArg(parsed, 'u')
                    ? this.asUser(lastArg(parsed, 'u'), base, parsed.operands, frame, io, location)
                    : this.simple(parsed.operands, frame, io, location, outer);
            }
            case 'env':
            case 'nohup':
            case 'time':
            case 'nice':
            case 'command':
                return this.wrapper(base, args, frame, io, outer, location);
        }
        if (SHELLS.test(base))
            return this.shellCommand(args, frame, io);
        if (SERVERS.test(base))
            return this.server(base, frame, location);
        const script = this.scriptPath(name, frame);
        if (script)
            return this.runScript({ ...cmd, value: script }, args, frame, false);
        if (this.ctx.external?.({ name, args, location, env: frame.env }))
            return true;
        if (runCommand(base, args, this.commandContext(frame, location)))
            return true;
        unknownOutput(io.stdout, `${base} writes it`);
        return TESTS.has(base) ? undefined : true;
    }
    call(fn, args, frame, io) {
        if (frame.depth >= MAX_DEPTH)
            return undefined;
        const saved = frame.env.positional;
        frame.env.positional = args.map(shell_interpreter_valueOf);
        const inner = { ...frame, source: fn.source, index: fn.index, depth: frame.depth + 1 };
        const status = this.statement(fn.body, inner, io);
        frame.env.positional = saved;
        frame.cwd = inner.cwd;
        if (inner.stop === 'exit' || inner.stop === 'error')
            frame.stop = inner.stop;
        return status;
    }
    /** `env [-i] [VAR=x…] cmd`, `nohup cmd`, `command cmd` (not `command -v`)… */
    wrapper(base, args, frame, io, outer, location) {
        let i = 0;
        let env = frame.env;
        if (base === 'command' && /^-[vV]$/.test(args[0]?.value ?? ''))
            return undefined;
        while (i < args.length && args[i].value.startsWith('-'))
            i++;
        if (base === 'env') {
            for (; i < args.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(args[i].value); i++) {
                if (env === frame.env)
                    env = frame.env.clone();
                const at = args[i].value.indexOf('=');
                env.assign(args[i].value.slice(0, at), args[i].literal ? args[i].value.slice(at + 1) : { unknown: unknownsOf(args[i].parts ?? []) });
                env.exported.add(args[i].value.slice(0, at));
            }
        }
        return this.simple(args.slice(i), { ...frame, env }, io, location, outer);
    }
    /** `sh -c 'script' [name args…]`, `sh script args…`. */
    shellCommand(args, frame, io) {
        let i = 0;
        let command;
        for (; i < args.length && args[i].value.startsWith('-') && args[i].value !== '-'; i++) {
            if (/^-[a-z]*c/.test(args[i].value))
                command = args[++i];
            else if (args[i].value === '-o' || args[i].value === '+o')
                i++;
        }
        if (command) {
            const positional = args.slice(i + 1).map(shell_interpreter_valueOf);
            return this.inlineScript(command, frame.env.child(positional), frame, io);
        }
        if (i < args.length)
            return this.runScript(args[i], args.slice(i + 1), frame, false);
        // `sh` reading its script from standard input (`sh <<EOF`): read where the heredoc is written.
        const input = io.stdin?.length === 1 ? io.stdin[0] : undefined;
        if (!input || !('parts' in input) || !input.region)
            return undefined;
        const { source, index, start, end } = input.region;
        const text = source.text.slice(start, end);
        const word = { value: text, literal: true, glob: false, start, end };
        return this.inlineScript(word, frame.env.child(frame.env.positional), { ...frame, source, index }, io);
    }
    /** Shell text given as a word (`sh -c '…'`, `su -c '…'`), read with its positions. */
    inlineScript(word, env, frame, io, runAs = frame.runAs) {
        if (!word.literal) {
            unknownOutput(io.stdout, 'a script whose text is not known');
            return undefined;
        }
        const source = wordSource(word, frame.source);
        const inner = { ...frame, env, source, cwd: frame.cwd, runAs, depth: frame.depth + 1 };
        if (inner.depth >= MAX_DEPTH)
            return undefined;
        let root;
        try {
            root = parseShell(source.text);
        }
        catch {
            return undefined;
        }
        const { statements, broken } = this.runnable(root, inner);
        const status = this.block(statements, inner, io);
        if (broken || inner.stop === 'error')
            frame.stop = 'error';
        return status;
    }
    /** `su [-] [-s SHELL] USER -c CMD`, `runuser -u USER -- CMD…`, `runuser USER -c CMD`. */
    su(base, args, frame, io, location) {
        const parsed = parseOptions(args, {
            shortArgs: 'csgGu',
            longArgs: ['command', 'shell', 'group', 'user'],
        });
        const command = lastArg(parsed, 'c', 'command');
        const userWord = lastArg(parsed, 'u', 'user') ?? parsed.operands.find((w) => w.value !== '-');
        const user = literalValue(userWord) ?? 'root';
        const runAs = { user, via: `${base} ${user}` };
        if (command)
            return this.inlineScript(command, frame.env.child(frame.env.positional), { ...frame, runAs }, io, runAs);
        if (base === 'runuser' && lastArg(parsed, 'u', 'user'))
            return this.simple(parsed.operands, { ...frame, runAs }, io, location);
        return undefined;
    }
    /** `sudo [-u USER] [-E] CMD…`: sudo's options end at the command. */
    sudo(base, args, frame, io, location) {
        let user = 'root';
        let i = 0;
        for (; i < args.length && args[i].value.startsWith('-') && args[i].value !== '--'; i++) {
            const m = /^-([a-zA-Z]*?)([ugCDhprtTU])(.*)$/.exec(args[i].value);
            if (!m)
                continue;
            const value = m[3] !== '' ? m[3] : args[++i]?.value;
            if (m[2] === 'u' && value)
                user = value;
        }
        if (args[i]?.value === '--')
            i++;
        const rest = args.slice(i);
        if (rest.length === 0)
            return undefined;
        const runAs = user === 'root' ? frame.runAs : { user, via: `${base} -u ${user}` };
        return this.simple(rest, { ...frame, runAs }, io, location);
    }
    /** `gosu USER[:GROUP] CMD…` and its kin. */
    asUser(spec, via, rest, frame, io, location) {
        const value = literalValue(spec);
        if (!value)
            return this.simple(rest, frame, io, location);
        const [user, group] = value.split(':');
        return this.simple(rest, { ...frame, runAs: { user, ...(group ? { group } : {}), via: `${via} ${value}` } }, io, location);
    }
    /** nginx, php-fpm…: who starts the server matters when it is not root. */
    server(base, frame, location) {
        const runAs = frame.runAs;
        if (runAs && runAs.user !== 'root' && runAs.user !== '0') {
            const program = /^php-fpm/.test(base) ? 'php-fpm' : base.replace(/-debug$/, '');
            const group = runAs.group ? { group: runAs.group } : {};
            this.emit(frame, { kind: 'run-as', user: runAs.user, ...group, program, via: runAs.via }, location);
        }
        return true;
    }
    /** A script file of the machine, run as a new process or sourced. */
    runScript(word, args, frame, sourced) {
        const path = word && word.literal ? this.scriptPath(word.value, frame, true) : undefined;
        const file = path ? this.ctx.scripts?.(path) : undefined;
        if (!path || !file || frame.scripts.includes(path) || frame.depth >= MAX_DEPTH)
            return undefined;
        const env = sourced ? frame.env : frame.env.child(args.map(shell_interpreter_valueOf));
        if (sourced && args.length > 0)
            env.positional = args.map(shell_interpreter_valueOf);
        const inner = {
            ...frame,
            env,
            scripts: [...frame.scripts, path],
            depth: frame.depth + 1,
            stop: undefined,
        };
        this.script(sliceOf(file.text, 0, file.text.length), new text_LineIndex(file.path, file.text), inner);
        if (sourced) {
            frame.cwd = inner.cwd;
            if (inner.stop === 'exit')
                frame.stop = 'exit';
        }
        return true;
    }
    /** The path of a script the command names, when the machine has it (`./x.sh`, `/x.sh`, a name on PATH). */
    scriptPath(name, frame, explicit = false) {
        const lookup = this.ctx.scripts;
        if (!lookup)
            return undefined;
        if (name.includes('/') || explicit) {
            const path = commands_resolvePath(name, frame.cwd ?? '/');
            return lookup(path) ? path : undefined;
        }
        return PATH_DIRS.map((d) => `${d}/${name}`).find((p) => lookup(p));
    }
    /* ---------------------------------------------------------------- redirections */
    redirected(node, frame, io) {
        const body = node.childForFieldName('body');
        const redirects = node.children.filter((c, i) => node.fieldNameForChild(i) === 'redirect');
        let stdin = io.stdin;
        let stdout = io.stdout;
        const files = [];
        const extraArgs = [];
        let after = [];
        const ctx = this.words(frame);
        const openFile = (r) => {
            const op = r.children.find((c) => !c.isNamed)?.type ?? '';
            const fd = r.childForFieldName('descriptor')?.text;
            const targets = r.children.filter((c, i) => r.fieldNameForChild(i) === 'destination');
            const target = targets[0];
            extraArgs.push(...targets.slice(1));
            if (!target)
                return;
            const word = expandString(target, ctx);
            if (op === '<') {
                stdin = word.literal
                    ? [{ file: commands_resolvePath(word.value, frame.cwd ?? '/'), edits: [] }]
                    : [{ unknown: `the file ${word.value}` }];
                return;
            }
            const toStdout = (fd === undefined || fd === '1') && ['>', '>>', '>|', '&>', '&>>'].includes(op);
            if (!toStdout)
                return;
            if (!word.literal) {
                stdout = DISCARD;
                return;
            }
            const path = commands_resolvePath(word.value, frame.cwd ?? '/');
            if (path.startsWith('/dev/') || path.startsWith('/proc/')) {
                stdout = DISCARD;
                return;
            }
            const sink = { kind: 'collect', chunks: [] };
            files.push({ path, append: op.endsWith('>>'), sink });
            stdout = sink;
        };
        let bodyStdin;
        for (const r of redirects) {
            if (r.type === 'file_redirect')
                openFile(r);
            else if (r.type === 'herestring_redirect') {
                const target = r.namedChildren[0];
                if (target)
                    bodyStdin = [{ parts: [...(expandString(target, ctx).parts ?? []), { text: '\n' }] }];
            }
            else if (r.type === 'heredoc_redirect') {
                bodyStdin = [this.heredoc(r, frame)];
                for (const c of r.namedChildren) {
                    if (c.type === 'file_redirect')
                        openFile(c);
                    else if (c.type === 'herestring_redirect')
                        continue;
                }
                after = this.heredocTail(r);
            }
        }
        if (bodyStdin)
            stdin = bodyStdin;
        let status = undefined;
        if (body) {
            const pipeTail = after.length > 0 && after[0].type === 'pipeline' ? after.shift() : undefined;
            if (pipeTail) {
                const sink = { kind: 'collect', chunks: [] };
                this.withExtraArgs(body, extraArgs, frame, { stdin, stdout: sink });
                const stages = pipeTail.namedChildren;
                status = this.pipeline(stages, frame, { stdin: sink.chunks, stdout });
            }
            else
                status = this.withExtraArgs(body, extraArgs, frame, { stdin, stdout });
        }
        // The statement's own line: up to its last redirection, a heredoc's delimiter word for a heredoc.
        const headEnd = Math.max(body?.endIndex ?? node.startIndex, ...redirects.map((r) => r.type === 'heredoc_redirect'
            ? Math.max(...r.children
                .filter((c) => c.type === 'heredoc_start' || c.type === 'file_redirect')
                .map((c) => c.endIndex))
            : r.endIndex));
        const location = this.spanOf(frame, node.startIndex, headEnd);
        for (const f of files)
            writeChunks(f.path, f.sink.chunks, f.append, this.textContext(frame), location);
        // `cat <<EOF > f && chmod 644 f`: the grammar puts what follows the heredoc's line inside it.
        for (let i = 0; i + 1 < after.length; i += 2)
            status = this.conditional(after[i].type, status, after[i + 1], frame, io);
        return status;
    }
    withExtraArgs(body, extra, frame, io) {
        if (extra.length === 0 || body.type !== 'command')
            return this.statement(body, frame, io);
        // `echo >&2 x`: the grammar takes `x` as a second redirection target; the shell, as an argument.
        const ctx = this.words(frame);
        const nameNode = body.childForFieldName('name');
        if (!nameNode)
            return this.statement(body, frame, io);
        const words = body.namedChildren
            .filter((c) => c.type !== 'variable_assignment' && !c.type.endsWith('redirect'))
            .flatMap((c) => expandWord(c, ctx));
        words.push(...extra.flatMap((n) => expandWord(n, ctx)));
        return this.simple(words, frame, io, this.spanOf(frame, body.startIndex, extra[extra.length - 1].endIndex));
    }
    /** Operators and statements the grammar nests in a heredoc redirection after its own line's redirects. */
    heredocTail(r) {
        const out = [];
        for (const c of r.children) {
            if (c.type === 'pipeline')
                out.push(c);
            else if (['&&', '||', ';', '&'].includes(c.type))
                out.push(c);
            else if (out.length > 0 && c.isNamed && !c.type.startsWith('heredoc'))
                out.push(c);
        }
        return out;
    }
    heredoc(r, frame) {
        const start = r.children.find((c) => c.type === 'heredoc_start');
        const body = r.children.find((c) => c.type === 'heredoc_body');
        const end = r.children.find((c) => c.type === 'heredoc_end');
        const stripTabs = r.children.some((c) => c.type === '<<-');
        if (!start)
            return { unknown: 'a heredoc' };
        const quoted = /['"\\]/.test(start.text);
        if (!body || !end)
            return { parts: [] };
        const text = frame.source.text;
        // The body is every line between the redirection's line and the delimiter's.
        const from = text.lastIndexOf('\n', body.startIndex - 1) + 1;
        const to = text.lastIndexOf('\n', end.startIndex - 1) + 1;
        const range = { start: Math.min(from, to), end: to };
        const word = expandHeredoc(body, range, { expand: !quoted, stripTabs }, this.words(frame));
        return { parts: word.parts ?? [], region: { source: frame.source, index: frame.index, ...range } };
    }
    /* ---------------------------------------------------------------- helpers */
    words(frame) {
        return { source: frame.source, index: frame.index, env: frame.env };
    }
    spanOf(frame, start, end) {
        const { offsets } = frame.source;
        if (offsets.length === 0)
            return frame.at ?? { file: frame.index.file, line: 1, column: 1, endLine: 1, endColumn: 1 };
        const s = Math.min(start, offsets.length - 1);
        return mappedLocation(frame.index, frame.source, s, Math.min(Math.max(end, s + 1), offsets.length));
    }
    textContext(frame) {
        return {
            cwd: frame.cwd,
            env: frame.env,
            emit: (fact, location) => this.emit(frame, fact, location),
            spanOf: (start, end) => this.spanOf(frame, start, end),
        };
    }
    commandContext(frame, location) {
        return {
            location,
            ...(frame.cwd ? { cwd: frame.cwd } : {}),
            emit: (fact) => this.emit(frame, fact, location),
            isDirectory: (path) => this.dirs.has(path) || WELL_KNOWN_DIRS.test(path) || (this.ctx.isDirectory?.(path) ?? false),
        };
    }
    emit(frame, fact, location) {
        const at = fact.location ?? location;
        if (!at)
            return;
        if (fact.kind === 'mkdir') {
            this.dirs.add(external_node_path_.posix.normalize(fact.path));
            // A directory belongs to whoever creates it.
            const runAs = frame.runAs;
            if (runAs && runAs.user !== 'root' && !fact.owner) {
                fact = { ...fact, owner: runAs.user, ...(runAs.group && !fact.group ? { group: runAs.group } : {}) };
            }
        }
        this.facts.push({ ...fact, location: at, ...(frame.maybe ? { maybe: true } : {}) });
    }
    note(frame, code, message, location) {
        this.notes.push({ level: 'notice', code, message, ...(location ? { location } : {}) });
    }
}
/* ------------------------------------------------------------------ pure helpers */
function shell_interpreter_valueOf(word) {
    return word.literal ? word.value : { unknown: unknownsOf(word.parts ?? []) };
}
function lastEnd(node, name) {
    const args = node.namedChildren.filter((c) => c.type !== 'comment' && !c.type.endsWith('redirect'));
    return Math.max(name.endIndex, ...args.map((a) => a.endIndex));
}
/** The text of a word, each character mapped to its file offset when the word is written as is. */
function wordSource(word, source) {
    if (word.source && word.source.text === word.value)
        return word.source;
    const inner = source.text.slice(word.start, word.end);
    if (inner === word.value)
        return { text: word.value, offsets: source.offsets.slice(word.start, word.end) };
    // A quoted word: `'…'` or `"…"` whose content is the value itself.
    const at = inner.indexOf(word.value);
    if (at >= 0 && word.value !== '') {
        return {
            text: word.value,
            offsets: source.offsets.slice(word.start + at, word.start + at + word.value.length),
        };
    }
    return {
        text: word.value,
        offsets: new Array(word.value.length).fill(source.offsets[word.start] ?? 0),
    };
}

;// CONCATENATED MODULE: ./src/engine/parse/provision/ansible.ts
/**
 * Provisioning facts of Ansible task files and playbooks: template/copy, user, group, file,
 * package modules, shell/command, and in-place edits of server configs. Values are read as
 * Ansible reads them (YAML 1.1: `0755` is octal, `yes` is true); `{{ … }}` placeholders are
 * kept as written.
 */




/** Task keywords that are not the module. */
const TASK_KEYWORDS = new Set([
    'name',
    'when',
    'become',
    'become_user',
    'become_method',
    'become_flags',
    'register',
    'loop',
    'loop_control',
    'notify',
    'tags',
    'vars',
    'args',
    'environment',
    'ignore_errors',
    'ignore_unreachable',
    'changed_when',
    'failed_when',
    'delegate_to',
    'delegate_facts',
    'run_once',
    'until',
    'retries',
    'delay',
    'no_log',
    'check_mode',
    'diff',
    'listen',
    'any_errors_fatal',
    'throttle',
    'timeout',
    'collections',
    'module_defaults',
    'debugger',
    'connection',
    'async',
    'poll',
    'remote_user',
    'local_action',
    'action',
    'block',
    'rescue',
    'always',
]);
const NESTED_TASK_LISTS = new Set([
    'tasks',
    'pre_tasks',
    'post_tasks',
    'handlers',
    'block',
    'rescue',
    'always',
]);
const COLLECTION_PREFIX = /^(?:ansible\.(?:builtin|legacy|posix)|community\.general)\./;
const PACKAGE_MODULES = { apt: 'apt', apk: 'apk', dnf: 'dnf', yum: 'yum' };
const EDIT_MODULES = new Set(['lineinfile', 'replace', 'blockinfile', 'ini_file']);
function ansibleFacts(file) {
    const index = new LineIndex(file.path, file.text);
    const result = { facts: [], notes: [] };
    let docs;
    try {
        docs = parseAllDocuments(file.text, { version: '1.1', keepSourceTokens: true });
    }
    catch {
        docs = [];
    }
    for (const doc of Array.isArray(docs) ? docs : []) {
        for (const error of doc.errors.slice(0, 1)) {
            const [start, end] = error.pos;
            result.notes.push({
                level: 'warning',
                code: 'yaml-invalid',
                message: `not valid YAML, facts after this point may be missing: ${error.message.split('\n')[0]}`,
                location: index.location(start, Math.max(end, start + 1)),
            });
        }
        if (isSeq(doc.contents))
            walkTaskList(doc.contents.items, file, index, result);
    }
    return result;
}
function walkTaskList(items, file, index, result) {
    for (const item of items) {
        if (!isMap(item))
            continue;
        let nested = false;
        for (const { key, value } of item.items) {
            if (isScalar(key) && NESTED_TASK_LISTS.has(String(key.value)) && isSeq(value)) {
                nested = true;
                walkTaskList(value.items, file, index, result);
            }
        }
        if (!nested && !item.has('hosts') && !item.has('import_playbook'))
            readTask(item, file, index, result);
    }
}
function taskModule(task, file, index) {
    const pair = task.items.find((p) => (0,dist.isScalar)(p.key) && !TASK_KEYWORDS.has(String(p.key.value)) && !String(p.key.value).startsWith('with_'));
    if (!pair || !(0,dist.isScalar)(pair.key) || !pair.key.range)
        return undefined;
    const key = String(pair.key.value);
    // A block value's range runs to the next line: end the location at its last character.
    let end = pair.value?.range?.[1] ?? pair.key.range[1];
    while (end > pair.key.range[1] && /\s/.test(file.text[end - 1]))
        end--;
    const params = moduleParams(pair.value, file);
    const args = task.get('args', true);
    if ((0,dist.isMap)(args))
        for (const [k, v] of mapParams(args, file))
            if (!params.has(k))
                params.set(k, v);
    return {
        module: key.replace(COLLECTION_PREFIX, ''),
        key,
        value: pair.value,
        params,
        location: index.location(pair.key.range[0], end),
    };
}
function readTask(task, file, index, result) {
    const found = taskModule(task, file, index);
    if (!found)
        return;
    const ctx = { file, index, result, location: found.location };
    if (found.module === 'shell' || found.module === 'command')
        return shellTask(found.value, found.params, ctx);
    for (const itemParams of expandLoop(task, found.params))
        applyModule(found.module, itemParams, ctx);
}
/** The provisioning facts of one module call with these (already rendered) parameters. */
function applyModule(module, params, ctx) {
    const handler = MODULES[module];
    if (handler)
        handler(params, ctx);
    else if (module in PACKAGE_MODULES)
        packagesTask(params, PACKAGE_MODULES[module], ctx);
    else if (EDIT_MODULES.has(module))
        editTask(params, module, ctx);
}
const ITEM = /\{\{\s*item(?:\.(\w+)|\[\s*['"](\w+)['"]\s*\])?\s*\}\}/g;
/**
 * One parameter set per item of a literal `loop:`/`with_items:` list, with `{{ item }}` and
 * `{{ item.key }}` substituted; the parameters as written when the list is not literal.
 */
function expandLoop(task, params) {
    const loop = task.get('loop', true) ?? task.get('with_items', true) ?? task.get('with_list', true);
    if (!isSeq(loop))
        return [params];
    const items = loop.toJSON().flat();
    if (items.some((item) => typeof item === 'string' && item.includes('{{')))
        return [params];
    return items.map((item) => {
        const substitute = (text) => text.replace(ITEM, (whole, dotKey, bracketKey) => {
            const key = dotKey ?? bracketKey;
            const value = key === undefined ? item : item?.[key];
            return value === undefined || value === null || typeof value === 'object' ? whole : String(value);
        });
        const expanded = new Map();
        for (const [name, p] of params) {
            const value = typeof p.value === 'string'
                ? substitute(p.value)
                : Array.isArray(p.value)
                    ? p.value.map((v) => (typeof v === 'string' ? substitute(v) : v))
                    : p.value;
            expanded.set(name, { ...p, value });
        }
        return expanded;
    });
}
/* ------------------------------------------------------------------ parameters */
function moduleParams(value, file) {
    if ((0,dist.isMap)(value))
        return mapParams(value, file);
    if ((0,dist.isScalar)(value) && typeof value.value === 'string')
        return freeFormParams(scalarParam(value, file));
    return new Map();
}
function mapParams(map, file) {
    const params = new Map();
    for (const p of map.items) {
        if ((0,dist.isScalar)(p.key) && p.value)
            params.set(String(p.key.value), nodeParam(p.value, file));
    }
    return params;
}
function nodeParam(node, file) {
    if ((0,dist.isScalar)(node))
        return scalarParam(node, file);
    const text = node.range ? file.text.slice(node.range[0], node.range[1]) : '';
    return { value: node.toJSON(), text, plain: false, node };
}
function scalarParam(node, file) {
    const [start, end] = node.range ?? [0, 0];
    const text = file.text.slice(start, end);
    const value = node.value;
    const mapped = typeof value === 'string' ? alignToSource(value, file.text, start, end) : undefined;
    return { value, text, plain: node.type === 'PLAIN', ...(mapped ? { mapped } : {}), node };
}
/**
 * Maps each character of a decoded scalar to the source character it came from, skipping
 * quotes, escapes, block indentation and folded line breaks.
 */
function alignToSource(value, source, start, end) {
    const offsets = [];
    let j = start;
    for (const ch of value) {
        let k = j;
        while (k < end && source[k] !== ch && !(ch === ' ' && source[k] === '\n'))
            k++;
        if (k >= end)
            k = Math.min(j, end - 1);
        for (let u = 0; u < ch.length; u++)
            offsets.push(k + u);
        j = k + ch.length;
    }
    return { text: value, offsets };
}
/** `src=a.j2 dest=/etc/x mode=0644` (Ansible's key=value form). */
function freeFormParams(param) {
    const params = new Map();
    const text = String(param.value);
    for (const m of text.matchAll(/([A-Za-z_]+)=((?:\{\{.*?\}\}|"[^"]*"|'[^']*'|[^\s{]|\{(?!\{))+)/g)) {
        const raw = m[2];
        const unquoted = /^(["']).*\1$/.test(raw) ? raw.slice(1, -1) : raw;
        const at = m.index + m[1].length + 1;
        const offsets = param.mapped?.offsets.slice(at, at + raw.length);
        params.set(m[1], {
            value: unquoted,
            text: raw,
            plain: raw === unquoted,
            ...(offsets ? { mapped: { text: raw, offsets } } : {}),
        });
    }
    return params;
}
function str(p) {
    if (!p || p.value === null || p.value === undefined || typeof p.value === 'object')
        return undefined;
    return String(p.value);
}
function bool(p) {
    const v = p?.value;
    return v === true || (typeof v === 'string' && /^(yes|true|on|1)$/i.test(v));
}
function list(p) {
    if (!p)
        return [];
    if (Array.isArray(p.value))
        return p.value.map(String);
    return (str(p) ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '');
}
/** Ansible modes: an octal string, or a YAML number applied as is (`755` unquoted is decimal). */
function mode(p, ctx) {
    if (!p)
        return undefined;
    if (typeof p.value === 'number') {
        if (p.plain && !p.text.startsWith('0')) {
            ctx.result.notes.push({
                level: 'warning',
                code: 'ansible-mode-decimal',
                message: `mode ${p.text} is a decimal number in YAML, so the mode set is 0${p.value.toString(8)}; write '0${p.text}' (quoted, with a leading 0)`,
                location: ctx.location,
            });
        }
        return p.value;
    }
    const text = str(p);
    return text === undefined ? undefined : (parseOctalMode(text) ?? text);
}
function numberParam(p) {
    const text = str(p);
    return text !== undefined && /^[0-9]+$/.test(text) ? Number(text) : undefined;
}
const MODULES = {
    template: copyTask,
    copy: copyTask,
    file: fileTask,
    user: userTask,
    group: groupTask,
};
function copyTask(params, ctx) {
    const dest = str(params.get('dest'));
    if (!dest)
        return;
    if (params.has('content')) {
        if (isServerConfigPath(dest)) {
            ctx.result.notes.push({
                level: 'notice',
                code: 'config-edited-by-script',
                message: `${dest} is written from inline content here; the analysis does not read that content`,
                location: ctx.location,
            });
        }
        return;
    }
    const src = str(params.get('src'));
    if (!src)
        return;
    const owner = str(params.get('owner'));
    const group = str(params.get('group'));
    const chown = owner || group ? `${owner ?? ''}${group ? ':' + group : ''}` : undefined;
    ctx.result.facts.push({
        kind: 'copy',
        sources: [src],
        dest,
        sourceBase: bool(params.get('remote_src')) ? 'machine' : 'ansible',
        ...(chown ? { chown } : {}),
        location: ctx.location,
    });
}
function fileTask(params, ctx) {
    const path = str(params.get('path') ?? params.get('dest') ?? params.get('name'));
    if (!path)
        return;
    const state = str(params.get('state')) ?? 'file';
    const owner = str(params.get('owner'));
    const group = str(params.get('group'));
    const m = mode(params.get('mode'), ctx);
    const recursive = bool(params.get('recurse'));
    const { facts } = ctx.result;
    if (state === 'absent') {
        if (isServerConfigPath(path))
            facts.push({ kind: 'remove', path, recursive: true, location: ctx.location });
        return;
    }
    if (state === 'link') {
        const target = str(params.get('src'));
        if (target)
            facts.push({ kind: 'symlink', target, link: path, location: ctx.location });
        return;
    }
    if (state === 'directory') {
        facts.push({
            kind: 'mkdir',
            path,
            ...(typeof m === 'number' ? { mode: m } : {}),
            ...(owner ? { owner } : {}),
            ...(group ? { group } : {}),
            location: ctx.location,
        });
        if (typeof m === 'string')
            facts.push({ kind: 'chmod', path, mode: m, recursive, location: ctx.location });
        if (recursive && (owner || group)) {
            facts.push({
                kind: 'chown',
                path,
                ...(owner ? { owner } : {}),
                ...(group ? { group } : {}),
                recursive,
                location: ctx.location,
            });
        }
        return;
    }
    if (m !== undefined)
        facts.push({ kind: 'chmod', path, mode: m, recursive, location: ctx.location });
    if (owner || group) {
        facts.push({
            kind: 'chown',
            path,
            ...(owner ? { owner } : {}),
            ...(group ? { group } : {}),
            recursive,
            location: ctx.location,
        });
    }
}
/** `user: name=nginx groups=www-data append=yes` (nothing else) only adds a membership. */
function userTask(params, ctx) {
    const user = str(params.get('name'));
    if (!user || str(params.get('state')) === 'absent')
        return;
    const groups = list(params.get('groups'));
    const uid = numberParam(params.get('uid'));
    const primaryGroup = str(params.get('group'));
    const system = bool(params.get('system'));
    const membershipOnly = bool(params.get('append')) && uid === undefined && !primaryGroup && !system;
    if (!membershipOnly) {
        ctx.result.facts.push({
            kind: 'user-add',
            user,
            ...(uid !== undefined ? { uid } : {}),
            ...(primaryGroup ? { primaryGroup } : {}),
            groups,
            system,
            location: ctx.location,
        });
    }
    for (const group of groups)
        ctx.result.facts.push({ kind: 'member-add', user, group, location: ctx.location });
}
function groupTask(params, ctx) {
    const group = str(params.get('name'));
    if (!group || str(params.get('state')) === 'absent')
        return;
    const gid = numberParam(params.get('gid'));
    ctx.result.facts.push({
        kind: 'group-add',
        group,
        ...(gid !== undefined ? { gid } : {}),
        location: ctx.location,
    });
}
function packagesTask(params, manager, ctx) {
    const state = str(params.get('state'));
    if (state === 'absent' || state === 'removed')
        return;
    const packages = list(params.get('name') ?? params.get('pkg') ?? params.get('package'));
    if (packages.length > 0)
        ctx.result.facts.push({ kind: 'install-packages', manager, packages, location: ctx.location });
}
function editTask(params, module, ctx) {
    const path = str(params.get('path') ?? params.get('dest') ?? params.get('name'));
    if (!path || !isServerConfigPath(path))
        return;
    ctx.result.notes.push({
        level: 'notice',
        code: 'config-edited-by-script',
        message: `${path} is edited by ${module} here; the analysis reads the file as it is in the repository and may not see this change`,
        location: ctx.location,
    });
}
/** `shell: cmd`, `command: {cmd: …}` or `command: {argv: […]}`: the command line is read as shell. */
function shellTask(value, params, ctx) {
    const commandParam = (0,dist.isScalar)(value) ? scalarParam(value, ctx.file) : params.get('cmd');
    const facts = ctx.result;
    if (commandParam?.mapped) {
        const source = commandParam.mapped;
        interpretShell(source, { index: ctx.index, ...facts });
        return;
    }
    const argv = params.get('argv')?.node;
    if (!(0,dist.isSeq)(argv))
        return;
    const items = argv.items.filter(dist.isScalar).map((n) => scalarParam(n, ctx.file));
    if (items.length === 0 || !items.every((p) => p.mapped && p.mapped.offsets.length > 0))
        return;
    // One text over the file, so that every argument keeps its own source range.
    const first = items[0].mapped.offsets[0];
    const source = { text: ctx.file.text.slice(first), offsets: [] };
    source.offsets = Array.from({ length: source.text.length }, (_, i) => first + i);
    const words = items.map((p) => {
        const offs = p.mapped.offsets;
        const start = offs[0] - first;
        return {
            value: String(p.value),
            literal: true,
            glob: false,
            start,
            end: offs[offs.length - 1] - first + 1,
        };
    });
    interpretArgv(words, source, { index: ctx.index, ...facts });
}

;// CONCATENATED MODULE: ./src/engine/templates.ts
const MARK = '\u01c2'; // ǂ: not special to nginx, PHP-FPM or the shell readers
const MARKER = new RegExp(`${MARK}([0-9a-z]+)${MARK}*`, 'g');
const JINJA = /\{\{-?\s*(.*?)\s*-?\}\}|\{%-?[\s\S]*?-?%\}|\{#[\s\S]*?#\}/g;
const PANEL = /%([a-z_][a-z0-9_]*)%/gi;
const TEMPLATE_NAME = /\.(j2|jinja2?|tpl|tmpl|template)$/i;
class Placeholders {
    variables;
    /** Per marker id: the placeholder as written, and what it stands for in a finding. */
    names = [];
    /** Files whose placeholders were replaced, as written. */
    originals = new Map();
    constructor(variables) {
        this.variables = variables;
    }
    /** The file with placeholders replaced; unchanged when it has none. */
    apply(file) {
        const isTemplate = TEMPLATE_NAME.test(file.path) || file.text.includes('{{') || file.text.includes('{%');
        if (!isTemplate)
            return file;
        let text = file.text.replace(JINJA, (match, expr) => {
            if (expr === undefined)
                return match.replace(/[^\n]/g, ' '); // statements and comments vanish
            return this.replace(match, `{{ ${expr} }}`, variableName(expr));
        });
        text = text.replace(PANEL, (match, name) => this.replace(match, match, name));
        if (text === file.text)
            return file;
        const replaced = { ...file, text };
        this.originals.set(file.path, file);
        return replaced;
    }
    /** The file as written, before `apply` replaced its placeholders. */
    original(file) {
        const original = this.originals.get(file.path);
        return original ? { ...file, text: original.text } : file;
    }
    /** The placeholders a value depends on, e.g. `template placeholder {{ app_name }}`. */
    unresolvedIn(value) {
        const out = [];
        for (const m of value.matchAll(MARKER)) {
            const what = this.names[parseInt(m[1], 36)]?.what ?? 'template placeholder ?';
            if (!out.includes(what))
                out.push(what);
        }
        return out;
    }
    /** The text with every marker turned back into the placeholder it stands for. */
    restore(text) {
        return text.includes(MARK)
            ? text.replace(MARKER, (_, id) => this.names[parseInt(id, 36)]?.shown ?? '?')
            : text;
    }
    /**
     * A new marker for a value socklint cannot know: `shown` is how reports write it (the
     * expression as written), `what` says what is unknown (`Ansible variable app_name, which …`).
     */
    marker(shown, what) {
        const id = (this.names.push({ shown, what }) - 1).toString(36);
        return MARK + id + MARK;
    }
    /**
     * A marker that takes the place of `shown` in a text (a variable a start-up script reads from
     * its environment), as long as `shown` where it can be, so later columns stay exact.
     */
    mark(shown, what) {
        return padded(this.marker(shown, what), shown.length);
    }
    replace(match, shown, name) {
        if (name !== undefined && Object.hasOwn(this.variables, name))
            return this.variables[name];
        // Same length as the placeholder where it is long enough, so later columns stay exact.
        return padded(this.marker(shown, `template placeholder ${shown}`), match.length);
    }
}
function padded(marker, length) {
    return marker.length >= length ? marker : marker + MARK.repeat(length - marker.length);
}
/** `app_name`, `app_name | default('x')` → `app_name`; anything else has no variable name. */
function variableName(expr) {
    return /^([A-Za-z_][\w.]*)\s*(\|.*)?$/.exec(expr)?.[1];
}
function hasPlaceholder(value) {
    return value.includes(MARK);
}
/** Every marker in a text, each once, in order. */
function markersIn(text) {
    if (!text.includes(MARK))
        return [];
    return [...new Set([...text.matchAll(MARKER)].map((m) => MARK + m[1] + MARK))];
}

;// CONCATENATED MODULE: ./src/engine/ansible/yaml.ts
/**
 * Ansible's YAML, read as Ansible (PyYAML, YAML 1.1) reads it: `0755` is octal, `yes` is true,
 * `<<` merge keys apply, a duplicate key is accepted and the last one wins, `!unsafe` strings
 * are never templated and `!vault` values are encrypted (unknown here).
 */


/** A string Ansible never templates (`!unsafe`). */
class UnsafeText {
    text;
    constructor(text) {
        this.text = text;
    }
    toString() {
        return this.text;
    }
}
/** A `!vault` value: encrypted in the repository, so unknown to socklint. */
class VaultValue {
    toString() {
        return '!vault';
    }
}
const CUSTOM = [
    { tag: '!unsafe', resolve: (text) => new UnsafeText(text) },
    { tag: '!vault', resolve: () => new VaultValue() },
];
function readYaml(file) {
    const index = new text_LineIndex(file.path, file.text);
    const notes = [];
    let docs;
    try {
        const parsed = (0,dist.parseAllDocuments)(file.text, {
            version: '1.1',
            merge: true,
            uniqueKeys: false,
            customTags: (tags) => [...tags, ...CUSTOM],
            keepSourceTokens: true,
        });
        docs = (Array.isArray(parsed) ? parsed : []);
    }
    catch {
        docs = [];
    }
    // PyYAML (and so Ansible) reads `y` and `n` as strings; YAML 1.1 as booleans.
    for (const doc of docs) {
        (0,dist.visit)(doc, {
            Scalar(_, node) {
                const [start, end] = node.range ?? [0, 0];
                if (typeof node.value === 'boolean' && /^[yYnN]$/.test(file.text.slice(start, end)))
                    node.value = file.text.slice(start, end);
            },
        });
    }
    for (const doc of docs) {
        const error = doc.errors[0];
        if (!error)
            continue;
        const [start, end] = error.pos;
        notes.push({
            level: 'warning',
            code: 'yaml-invalid',
            message: `not valid YAML, what follows this point is not read: ${error.message.split('\n')[0]}`,
            location: index.location(start, Math.max(end, start + 1)),
        });
    }
    return { file, index, docs, notes };
}
/** The value of a node as Ansible sees it (merge keys applied, last duplicate key wins). */
function toValue(node, y) {
    if (node === null || node === undefined)
        return null;
    if ((0,dist.isScalar)(node))
        return node.value;
    // Aliases (`<<: *defaults`) resolve against the document the node belongs to.
    if ((0,dist.isMap)(node) || (0,dist.isSeq)(node))
        return y?.docs[0] ? node.toJS(y.docs[0], { maxAliasCount: 1000 }) : node.toJSON();
    return null;
}
/** The variables of a map: every key, the last duplicate winning. */
function mapDefinitions(map, y) {
    const out = new Map();
    for (const pair of map.items) {
        if (!(0,dist.isScalar)(pair.key))
            continue;
        const name = String(pair.key.value);
        if (name === '<<') {
            // `<<: *defaults`: the merged keys come first and the map's own keys win.
            const merged = toValue(pair.value, y);
            for (const source of Array.isArray(merged) ? merged : [merged]) {
                if (source && typeof source === 'object' && !(source instanceof UnsafeText)) {
                    for (const [k, v] of Object.entries(source)) {
                        if (!out.has(k))
                            out.set(k, { name: k, value: v, location: locationOf(pair.key, y), file: y.file.path });
                    }
                }
            }
            continue;
        }
        out.delete(name);
        out.set(name, {
            name,
            value: toValue(pair.value, y),
            location: locationOf(pair.value ?? pair.key, y),
            file: y.file.path,
            ...(pair.value ? { node: pair.value } : {}),
            ...((0,dist.isScalar)(pair.value) && pair.value.range
                ? { raw: y.file.text.slice(pair.value.range[0], pair.value.range[1]).trimEnd() }
                : {}),
        });
    }
    return [...out.values()];
}
/** The definitions of a vars file (`defaults/main.yml`, `group_vars/web.yml`). */
function fileDefinitions(y) {
    const doc = y.docs[0];
    return doc && (0,dist.isMap)(doc.contents) ? mapDefinitions(doc.contents, y) : [];
}
function locationOf(node, y) {
    const [start, valueEnd] = node.range ?? [0, 0];
    let end = valueEnd;
    while (end > start + 1 && /\s/.test(y.file.text[end - 1]))
        end--;
    return y.index.location(start, Math.max(end, start));
}

;// CONCATENATED MODULE: ./src/engine/ansible/inventory.ts
/**
 * Ansible inventories kept in the repository, INI and YAML, as Ansible reads them: groups, their
 * hosts, child groups and variables (host lines and `[group:vars]`), the implicit `all` and
 * `ungrouped` groups, and host patterns (`web:&prod:!web3`, `web*`).
 */




const INVENTORY_NAME = /(?:^|\/)(?:hosts|inventory|inventory\.ini|hosts\.ini|[^/]+\.ini|hosts\.ya?ml|inventory\.ya?ml)$|(?:^|\/)inventor(?:y|ies)\/(?:[^/]+\/)*[^/]+$/i;
/** Is this file an inventory? By its name and, to be sure, by its content. */
function readInventory(file) {
    if (/(?:^|\/)(?:group_vars|host_vars)\//.test(file.path) || !INVENTORY_NAME.test(file.path))
        return undefined;
    if (/\.ya?ml$/i.test(file.path) || /^\s*(?:---|all\s*:)/m.test(file.text.slice(0, 2000)))
        return readYamlInventory(file);
    if (/\.(?:php|conf|cfg|j2|py|sh)$/i.test(file.path))
        return undefined;
    return readIniInventory(file);
}
function newInventory(file) {
    const dir = file.path.includes('/') ? file.path.slice(0, file.path.lastIndexOf('/')) : '';
    const groups = new Map();
    groups.set('all', { name: 'all', hosts: new Set(), children: new Set(), vars: [] });
    groups.set('ungrouped', { name: 'ungrouped', hosts: new Set(), children: new Set(), vars: [] });
    return { path: file.path, dir, groups, hostVars: new Map() };
}
function group(inv, name) {
    let g = inv.groups.get(name);
    if (!g) {
        g = { name, hosts: new Set(), children: new Set(), vars: [] };
        inv.groups.set(name, g);
    }
    return g;
}
/** `web[01:03].example.com` → web01…web03. */
function expandHostRange(name) {
    const m = /\[([0-9a-z]+):([0-9a-z]+)(?::(\d+))?\]/i.exec(name);
    if (!m)
        return [name];
    const [, a, b, step] = m;
    const out = [];
    const numeric = /^\d+$/.test(a);
    const from = numeric ? parseInt(a, 10) : a.charCodeAt(0);
    const to = numeric ? parseInt(b, 10) : b.charCodeAt(0);
    for (let i = from; i <= to && out.length < 1000; i += Number(step ?? 1)) {
        const part = numeric ? String(i).padStart(a.length, '0') : String.fromCharCode(i);
        out.push(...expandHostRange(name.slice(0, m.index) + part + name.slice(m.index + m[0].length)));
    }
    return out;
}
function readIniInventory(file) {
    const inv = newInventory(file);
    const index = new text_LineIndex(file.path, file.text);
    let section = 'ungrouped';
    let kind = 'hosts';
    let offset = 0;
    let sawSomething = false;
    for (const raw of file.text.split('\n')) {
        const lineStart = offset;
        offset += raw.length + 1;
        const line = raw.replace(/\r$/, '');
        const trimmed = line.trim();
        if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith(';'))
            continue;
        const header = /^\[([^\]:]+)(?::(vars|children))?\]\s*$/.exec(trimmed);
        if (header) {
            section = header[1];
            kind = header[2] ?? 'hosts';
            group(inv, section);
            sawSomething = true;
            continue;
        }
        if (!/^[\w.[\]:-]/.test(trimmed))
            return undefined; // not an inventory
        const words = splitIniWords(line, lineStart);
        if (kind === 'children') {
            group(inv, section).children.add(words[0].text);
            group(inv, words[0].text);
            continue;
        }
        if (kind === 'vars') {
            const m = /^([^=\s]+)\s*=\s*(.*)$/.exec(trimmed);
            if (!m)
                continue;
            const valueAt = lineStart + line.indexOf(m[2], line.indexOf('='));
            group(inv, section).vars.push(iniDefinition(m[1], m[2].trim(), valueAt, index, file, false));
            continue;
        }
        const [host, ...assignments] = words;
        const vars = [];
        for (const a of assignments) {
            const eq = a.text.indexOf('=');
            if (eq <= 0)
                continue;
            vars.push(iniDefinition(a.text.slice(0, eq), a.text.slice(eq + 1), a.start + eq + 1, index, file, true));
        }
        for (const name of expandHostRange(host.text)) {
            group(inv, section).hosts.add(name);
            inv.hostVars.set(name, [...(inv.hostVars.get(name) ?? []), ...vars]);
        }
        sawSomething = true;
    }
    return sawSomething ? inv : undefined;
}
function splitIniWords(line, lineStart) {
    const out = [];
    const re = /(?:[^\s"'#]|"[^"]*"|'[^']*')+/g;
    for (const m of line.matchAll(re))
        out.push({ text: m[0], start: lineStart + m.index });
    return out;
}
/** Values on a host line are Python literals; in `[group:vars]` they are strings (Ansible's INI docs). */
function iniDefinition(name, text, at, index, file, literal) {
    let value = text;
    const quoted = /^(["'])(.*)\1$/.exec(text);
    if (quoted)
        value = quoted[2];
    else if (literal && /^-?\d+$/.test(text))
        value = Number(text);
    else if (literal && /^(True|False)$/.test(text))
        value = text === 'True';
    return { name, value, location: index.location(at, at + text.length), file: file.path };
}
function readYamlInventory(file) {
    const y = readYaml(file);
    const doc = y.docs[0];
    if (!doc || !(0,dist.isMap)(doc.contents))
        return undefined;
    const inv = newInventory(file);
    let found = false;
    for (const pair of doc.contents.items) {
        if (!(0,dist.isScalar)(pair.key) || !(0,dist.isMap)(pair.value))
            continue;
        if (!['hosts', 'children', 'vars'].some((k) => pair.value.has(k)))
            continue;
        found = true;
        readYamlGroup(inv, String(pair.key.value), pair.value, y);
    }
    return found ? inv : undefined;
}
function readYamlGroup(inv, name, node, y) {
    const g = group(inv, name);
    const hosts = node.get('hosts', true);
    if ((0,dist.isMap)(hosts)) {
        for (const pair of hosts.items) {
            if (!(0,dist.isScalar)(pair.key))
                continue;
            const vars = (0,dist.isMap)(pair.value) ? mapDefinitions(pair.value, y) : [];
            for (const host of expandHostRange(String(pair.key.value))) {
                g.hosts.add(host);
                inv.hostVars.set(host, [...(inv.hostVars.get(host) ?? []), ...vars]);
            }
        }
    }
    const vars = node.get('vars', true);
    if ((0,dist.isMap)(vars))
        g.vars.push(...mapDefinitions(vars, y));
    const children = node.get('children', true);
    if ((0,dist.isMap)(children)) {
        for (const pair of children.items) {
            if (!(0,dist.isScalar)(pair.key))
                continue;
            const child = String(pair.key.value);
            g.children.add(child);
            if ((0,dist.isMap)(pair.value))
                readYamlGroup(inv, child, pair.value, y);
            else
                group(inv, child);
        }
    }
}
/** Every host of the inventory. */
function allHosts(inv) {
    const out = new Set();
    for (const g of inv.groups.values())
        for (const h of g.hosts)
            out.add(h);
    return [...out].sort();
}
/** The hosts of a group, its children's included. */
function hostsOf(inv, name, seen = new Set()) {
    if (name === 'all')
        return new Set(allHosts(inv));
    const g = inv.groups.get(name);
    const out = new Set();
    if (!g || seen.has(name))
        return out;
    seen.add(name);
    for (const h of g.hosts)
        out.add(h);
    for (const c of g.children)
        for (const h of hostsOf(inv, c, seen))
            out.add(h);
    return out;
}
/**
 * The groups of a host, ordered as Ansible applies their variables: `all` first, then by depth
 * (parents before children), then by name; a later group's value wins.
 */
function groupsOf(inv, host) {
    const depth = new Map();
    const depthOf = (name, seen) => {
        if (name === 'all')
            return 0;
        if (depth.has(name))
            return depth.get(name);
        if (seen.has(name))
            return 1;
        seen.add(name);
        const parents = [...inv.groups.values()].filter((g) => g.children.has(name)).map((g) => g.name);
        const d = 1 + Math.max(0, ...parents.map((p) => depthOf(p, seen)));
        depth.set(name, d);
        return d;
    };
    const mine = [...inv.groups.keys()].filter((g) => g !== 'all' && hostsOf(inv, g).has(host));
    const explicit = mine.filter((g) => g !== 'ungrouped');
    const groups = explicit.length > 0 ? explicit : mine;
    return ['all', ...groups.sort((a, b) => depthOf(a, new Set()) - depthOf(b, new Set()) || (a < b ? -1 : 1))];
}
/** The hosts a play's `hosts:` pattern selects (`a:b`, `a,b`, `a:&b`, `a:!b`, globs). */
function matchPattern(pattern, inv) {
    let selected = new Set();
    const hosts = allHosts(inv);
    const terms = pattern
        .split(/[:,]/)
        .map((t) => t.trim())
        .filter(Boolean);
    const resolve = (term) => {
        if (term === 'all' || term === '*')
            return new Set(hosts);
        if (inv.groups.has(term))
            return hostsOf(inv, term);
        if (hosts.includes(term))
            return new Set([term]);
        if (/[*?[]/.test(term)) {
            const match = picomatch_default()(term);
            const out = new Set(hosts.filter((h) => match(h)));
            for (const g of inv.groups.keys())
                if (match(g))
                    for (const h of hostsOf(inv, g))
                        out.add(h);
            return out;
        }
        return new Set();
    };
    for (const term of terms.filter((t) => !t.startsWith('&') && !t.startsWith('!')))
        for (const h of resolve(term))
            selected.add(h);
    for (const term of terms.filter((t) => t.startsWith('&'))) {
        const keep = resolve(term.slice(1));
        selected = new Set([...selected].filter((h) => keep.has(h)));
    }
    for (const term of terms.filter((t) => t.startsWith('!')))
        for (const h of resolve(term.slice(1)))
            selected.delete(h);
    return [...selected].sort();
}

;// CONCATENATED MODULE: ./src/engine/ansible/project.ts
/**
 * The Ansible projects of a repository: playbooks and the plays they run, roles with their
 * defaults and vars, inventories, and the `group_vars/`/`host_vars/` directories beside them.
 */




const YAML_EXT = ['.yml', '.yaml', '.json', ''];
function readProject(all) {
    const files = new Map(all.map((f) => [f.path, f]));
    const parsed = new Map();
    const yaml = (p) => {
        let y = parsed.get(p);
        if (!y) {
            const file = files.get(p);
            if (!file)
                return undefined;
            y = readYaml(file);
            parsed.set(p, y);
        }
        return y;
    };
    const notes = [];
    const roles = new Map();
    for (const f of all) {
        const m = /^(?:(.*)\/)?tasks\/main\.ya?ml$/.exec(f.path);
        if (!m)
            continue;
        const dir = m[1] ?? '';
        if (roles.has(dir))
            continue;
        roles.set(dir, {
            name: dir === '' ? '' : external_node_path_default().posix.basename(dir),
            dir,
            defaults: varsIn(dir ? `${dir}/defaults` : 'defaults', files, yaml),
            vars: varsIn(dir ? `${dir}/vars` : 'vars', files, yaml),
        });
    }
    const playbooks = all.filter((f) => f.kind === 'ansible' && !isRoleFile(f.path, roles));
    const imported = new Set();
    const plays = new Map();
    for (const f of playbooks) {
        const y = yaml(f.path);
        notes.push(...y.notes);
        const doc = y.docs[0];
        if (!doc || !(0,dist.isSeq)(doc.contents))
            continue;
        const list = [];
        for (const item of doc.contents.items) {
            if (!(0,dist.isMap)(item))
                continue;
            const imp = item.get('import_playbook') ?? item.get('ansible.builtin.import_playbook');
            if (typeof imp === 'string')
                imported.add(external_node_path_default().posix.normalize(external_node_path_default().posix.join(external_node_path_default().posix.dirname(f.path), imp)));
            if (item.has('hosts'))
                list.push({ file: f.path, yaml: y, node: item, hosts: String(item.get('hosts') ?? 'all') });
        }
        if (list.length > 0 || imp(doc.contents))
            plays.set(f.path, list);
    }
    const entries = [];
    for (const [file, list] of plays) {
        if (imported.has(file))
            continue;
        entries.push({
            name: file,
            dir: external_node_path_default().posix.dirname(file) === '.' ? '' : external_node_path_default().posix.dirname(file),
            plays: expandImports(file, list, plays, new Set()),
        });
    }
    // Task lists nothing includes, and roles no play uses, run as a play on all hosts.
    const used = usedRoles(entries, roles, yaml);
    const included = includedTaskFiles(all, yaml);
    for (const f of playbooks) {
        if (plays.has(f.path) || included.has(f.path))
            continue;
        const dir = external_node_path_default().posix.dirname(f.path) === '.' ? '' : external_node_path_default().posix.dirname(f.path);
        entries.push({
            name: f.path,
            dir,
            plays: [
                syntheticPlay(f.path, `- hosts: all\n  tasks:\n    - import_tasks: ${external_node_path_default().posix.basename(f.path)}\n`, files),
            ],
        });
    }
    for (const role of roles.values()) {
        if (used.has(role.dir))
            continue;
        const at = role.dir === '' ? '' : role.dir;
        entries.push({
            name: at === '' ? './' : `${at}/`,
            dir: at,
            plays: [
                syntheticPlay(at === '' ? 'tasks/main.yml' : `${at}/tasks/main.yml`, `- hosts: all\n  roles:\n    - role: ${JSON.stringify('\0' + role.dir)}\n`, files),
            ],
        });
    }
    const inventories = [];
    for (const f of all) {
        if (f.kind === 'ansible' ||
            /(?:^|\/)(?:roles|group_vars|host_vars|templates|files|tasks|handlers|defaults|vars|meta)\//.test(f.path))
            continue;
        const inv = readInventory(f);
        if (inv)
            inventories.push(inv);
    }
    return { files, roles, entries, inventories, notes, yaml };
}
function imp(list) {
    return list.items.some((i) => (0,dist.isMap)(i) && i.has('import_playbook'));
}
function expandImports(file, list, plays, seen) {
    if (seen.has(file))
        return [];
    seen.add(file);
    const out = [];
    const y = list[0]?.yaml;
    const doc = y?.docs[0];
    if (!doc || !(0,dist.isSeq)(doc.contents))
        return list;
    for (const item of doc.contents.items) {
        if (!(0,dist.isMap)(item))
            continue;
        const target = item.get('import_playbook') ?? item.get('ansible.builtin.import_playbook');
        if (typeof target === 'string') {
            const p = external_node_path_default().posix.normalize(external_node_path_default().posix.join(external_node_path_default().posix.dirname(file), target));
            out.push(...expandImports(p, plays.get(p) ?? [], plays, seen));
        }
        else {
            const play = list.find((p) => p.node === item);
            if (play)
                out.push(play);
        }
    }
    return out;
}
/** A play socklint writes for a role or task list that no playbook runs. */
function syntheticPlay(at, text, files) {
    const base = files.get(at);
    const file = { path: at, absPath: base?.absPath ?? at, text, hadBom: false, crlf: false };
    const y = readYaml(file);
    const doc = y.docs[0];
    const node = doc.contents.items[0];
    return { file: at, yaml: y, node, hosts: 'all' };
}
function isRoleFile(p, roles) {
    for (const dir of roles.keys()) {
        const prefix = dir === '' ? '' : dir + '/';
        if (p.startsWith(prefix) &&
            /^(?:tasks|handlers|defaults|vars|meta|molecule|tests)\//.test(p.slice(prefix.length))) {
            return !/^(?:molecule|tests)\//.test(p.slice(prefix.length));
        }
    }
    return false;
}
/** `defaults/main.yml`, or every file of `defaults/main/` in name order. */
function varsIn(dir, files, yaml) {
    for (const ext of YAML_EXT.filter(Boolean)) {
        const y = yaml(`${dir}/main${ext}`);
        if (y)
            return fileDefinitions(y);
    }
    const inDir = [...files.keys()]
        .filter((p) => p.startsWith(`${dir}/main/`) && /\.(ya?ml|json)$/.test(p))
        .sort();
    return inDir.flatMap((p) => fileDefinitions(yaml(p)));
}
/** The vars of `group_vars/NAME` (a file, with or without extension, or a directory of files). */
function namedVars(dir, name, files, yaml) {
    const base = dir === '' ? name : `${dir}/${name}`;
    for (const ext of YAML_EXT) {
        if (files.has(base + ext))
            return fileDefinitions(yaml(base + ext));
    }
    const inDir = [...files.keys()]
        .filter((p) => p.startsWith(base + '/') && !p.slice(base.length + 1).includes('/') && !/\.(j2|md|txt)$/.test(p))
        .sort();
    return inDir.flatMap((p) => fileDefinitions(yaml(p)));
}
function usedRoles(entries, roles, yaml) {
    const used = new Set();
    const names = new Set();
    for (const e of entries) {
        for (const play of e.plays) {
            const list = play.node.get('roles', true);
            if ((0,dist.isSeq)(list)) {
                for (const r of list.items) {
                    const name = (0,dist.isScalar)(r)
                        ? String(r.value)
                        : (0,dist.isMap)(r)
                            ? String(r.get('role') ?? r.get('name') ?? '')
                            : '';
                    if (name)
                        names.add(name);
                }
            }
        }
    }
    // include_role / import_role and meta dependencies anywhere.
    for (const role of roles.values()) {
        const prefix = role.dir === '' ? '' : role.dir + '/';
        for (const p of ['tasks/main.yml', 'meta/main.yml']) {
            const text = yaml(prefix + p)?.file.text ?? '';
            for (const m of text.matchAll(/(?:name|role):\s*["']?([\w./-]+)/g))
                if (p.startsWith('meta') || /_role/.test(text))
                    names.add(m[1]);
            for (const m of text.matchAll(/^\s*-\s*["']?([\w.-]+)["']?\s*$/gm))
                if (p.startsWith('meta'))
                    names.add(m[1]);
        }
    }
    for (const role of roles.values()) {
        if (names.has(role.name) ||
            [...names].some((n) => n.endsWith('.' + role.name) || n.endsWith('/' + role.name)))
            used.add(role.dir);
    }
    return used;
}
function includedTaskFiles(all, yaml) {
    const out = new Set();
    for (const f of all) {
        if (f.kind !== 'ansible')
            continue;
        const text = yaml(f.path)?.file.text ?? '';
        for (const m of text.matchAll(/(?:include_tasks|import_tasks|include|file):\s*["']?([^\s"'{}]+\.ya?ml)/g)) {
            out.add(external_node_path_default().posix.normalize(external_node_path_default().posix.join(external_node_path_default().posix.dirname(f.path), m[1])));
        }
    }
    return out;
}

// EXTERNAL MODULE: ./node_modules/nunjucks/index.js
var nunjucks = __webpack_require__(8115);
var nunjucks_default = /*#__PURE__*/__webpack_require__.n(nunjucks);
;// CONCATENATED MODULE: ./src/engine/ansible/jinja-source.ts
/**
 * Reads a Jinja2 template as Jinja2's lexer does (delimiters, `{% raw %}`, comments, `-`/`+`
 * whitespace control, `trim_blocks`, `lstrip_blocks`, the dropped final newline) and writes the
 * nunjucks source that renders it, with the whitespace already applied and a sentinel in front
 * of every piece of text and around every `{{ }}` output. The sentinels survive rendering, so
 * every character of the output can be traced to the template span it came from.
 */
/** Sentinels: none of them may occur in a template or a value. */
const S = {
    text: '\x01',
    expr: '\x03',
    close: '\x02',
    exprEnd: '\x04',
    region: '\x05',
    regionEnd: '\x06',
};
// eslint-disable-next-line no-control-regex -- the sentinels are control characters on purpose
const SENTINELS = /[\x01-\x06]/;
/** One sentinel: a piece's opening (with its id) or a closing. */
// eslint-disable-next-line no-control-regex -- the sentinels are control characters on purpose
const SENTINEL_TOKEN = /[\x01\x03\x05]([0-9]+)\x02|[\x04\x06]/g;
/** The text without sentinels (a filter's input: Python never sees them). */
function stripSentinels(text) {
    return SENTINELS.test(text) ? text.replace(SENTINEL_TOKEN, '') : text;
}
const RAW_OPEN = /\{%([-+]?)\s*raw\s*([-+]?)%\}/y;
const RAW_CLOSE = /\{%([-+]?)\s*endraw\s*([-+]?)%\}/g;
/**
 * Prepares one template file. `register` gives each piece its id (ids are unique across the
 * files of one render, so included templates keep their own positions).
 */
function prepareTemplate(text, file, options, register, skip = 0) {
    // Jinja reads every line ending as \n; positions are kept in the file as written.
    const orig = [];
    let norm = '';
    for (let i = skip; i < text.length; i++) {
        if (text[i] === '\r') {
            if (text[i + 1] === '\n')
                continue;
            norm += '\n';
        }
        else
            norm += text[i];
        orig.push(i);
    }
    orig.push(text.length);
    const trailingNewlines = /\n*$/.exec(norm)[0].length;
    // keep_trailing_newline is off: Jinja drops one final newline.
    if (norm.endsWith('\n'))
        norm = norm.slice(0, -1);
    const tags = lexTags(norm);
    if ('error' in tags)
        return tags;
    let out = '';
    const stack = [];
    let cursor = 0;
    for (let t = 0; t <= tags.length; t++) {
        const tag = tags[t];
        let from = cursor;
        let to = tag ? tag.start : norm.length;
        const prev = tags[t - 1];
        if (prev) {
            if (prev.rightStrip)
                while (from < to && /\s/.test(norm[from]))
                    from++;
            else if (options.trimBlocks &&
                (prev.kind === 'block' || prev.kind === 'comment' || prev.kind === 'raw') &&
                !prev.rightKeep &&
                norm[from] === '\n')
                from++;
        }
        if (tag) {
            if (tag.leftStrip)
                while (to > from && /\s/.test(norm[to - 1]))
                    to--;
            else if (options.lstripBlocks &&
                (tag.kind === 'block' || tag.kind === 'comment' || tag.kind === 'raw') &&
                !tag.leftKeep) {
                let k = to;
                while (k > from && (norm[k - 1] === ' ' || norm[k - 1] === '\t'))
                    k--;
                if (k === 0 || norm[k - 1] === '\n')
                    to = k;
            }
        }
        out += textPiece(from, to);
        if (!tag)
            break;
        cursor = tag.end;
        if (tag.kind === 'comment')
            continue;
        if (tag.kind === 'raw') {
            out += '{% raw %}' + textPiece(tag.rawStart, tag.rawEnd) + '{% endraw %}';
            continue;
        }
        const inner = pythonStrings(tag.inner.trim());
        if (tag.kind === 'var') {
            const id = register({ kind: 'expr', file, start: orig[tag.start], end: orig[tag.end], source: inner });
            out += `{{ __o(${id}, (${inner})) }}`;
            continue;
        }
        out += blockTag(tag, inner);
    }
    return { source: out, trailingNewlines };
    function textPiece(from, to) {
        if (to <= from)
            return '';
        const id = register({ kind: 'text', file, offsets: orig.slice(from, to) });
        return S.text + id + S.close + norm.slice(from, to);
    }
    function blockTag(tag, inner) {
        const keyword = /^\w+/.exec(inner)?.[0] ?? '';
        const rest = inner.slice(keyword.length).trim();
        const condition = () => register({ kind: 'condition', file, start: orig[tag.start], end: orig[tag.end], source: inner });
        switch (keyword) {
            case 'if': {
                const id = condition();
                stack.push({ kind: 'if', id });
                return `{% if __c(${id}, __b(), (${rest})) %}{{ __r(${id}) }}`;
            }
            case 'elif': {
                const open = stack[stack.length - 1];
                const close = open ? `{{ __e(${open.id}) }}` : '';
                const id = condition();
                if (open)
                    open.id = id;
                return `${close}{% elif __c(${id}, __b(), (${rest})) %}{{ __r(${id}) }}`;
            }
            case 'for': {
                const m = /^(.+?)\s+in\s+([\s\S]+)$/.exec(rest);
                if (!m || /\s(?:if|recursive)\s|\srecursive$/.test(m[2]))
                    break;
                const id = condition();
                stack.push({ kind: 'for', id });
                const targets = m[1].split(',').length;
                return `{% for ${m[1]} in __i(${id}, __b(), (${m[2]}), ${targets}) %}{{ __r(${id}) }}`;
            }
            case 'else': {
                const open = stack[stack.length - 1];
                return `${open ? `{{ __e(${open.id}) }}` : ''}{% else %}`;
            }
            case 'endif':
            case 'endfor': {
                const open = stack.pop();
                return `${open ? `{{ __e(${open.id}) }}` : ''}{% ${keyword} %}`;
            }
        }
        return `{% ${inner} %}`;
    }
}
/** The tags of a template, in order; strings inside tags may hold delimiters. */
function lexTags(text) {
    const tags = [];
    let i = 0;
    while (i < text.length) {
        const open = text.indexOf('{', i);
        if (open === -1 || open + 1 >= text.length)
            break;
        const next = text[open + 1];
        if (next !== '{' && next !== '%' && next !== '#') {
            i = open + 1;
            continue;
        }
        if (next === '%') {
            RAW_OPEN.lastIndex = open;
            const raw = RAW_OPEN.exec(text);
            if (raw) {
                RAW_CLOSE.lastIndex = open + raw[0].length;
                const close = RAW_CLOSE.exec(text);
                if (!close)
                    return { error: `{% raw %} at offset ${open} has no {% endraw %}` };
                tags.push({
                    kind: 'raw',
                    start: open,
                    end: close.index + close[0].length,
                    inner: '',
                    leftStrip: raw[1] === '-',
                    leftKeep: raw[1] === '+',
                    rightStrip: close[2] === '-',
                    rightKeep: close[2] === '+',
                    rawStart: open +
                        raw[0].length +
                        (raw[2] === '-' ? /^\s*/.exec(text.slice(open + raw[0].length))[0].length : 0),
                    rawEnd: close[1] === '-' ? close.index - /\s*$/.exec(text.slice(0, close.index))[0].length : close.index,
                });
                i = close.index + close[0].length;
                continue;
            }
        }
        const closer = next === '{' ? '}}' : next === '%' ? '%}' : '#}';
        let j = open + 2;
        const leftMod = text[j] === '-' || text[j] === '+' ? text[j] : '';
        if (leftMod)
            j++;
        let end = -1;
        if (next === '#') {
            end = text.indexOf('#}', j);
        }
        else {
            let quote = '';
            for (let k = j; k < text.length; k++) {
                const c = text[k];
                if (quote) {
                    if (c === '\\')
                        k++;
                    else if (c === quote)
                        quote = '';
                }
                else if (c === '"' || c === "'")
                    quote = c;
                else if (c === closer[0] && text[k + 1] === closer[1]) {
                    end = k;
                    break;
                }
            }
        }
        if (end === -1)
            return { error: `unclosed ${text.slice(open, open + 2)} at offset ${open}` };
        const rightMod = end > j && (text[end - 1] === '-' || text[end - 1] === '+') ? text[end - 1] : '';
        tags.push({
            kind: next === '{' ? 'var' : next === '%' ? 'block' : 'comment',
            start: open,
            end: end + 2,
            inner: text.slice(j, rightMod ? end - 1 : end),
            leftStrip: leftMod === '-',
            leftKeep: leftMod === '+',
            rightStrip: rightMod === '-',
            rightKeep: rightMod === '+',
        });
        i = end + 2;
    }
    return tags;
}
const SIMPLE_ESCAPES = {
    '\\': '\\',
    "'": "'",
    '"': '"',
    n: '\n',
    t: '\t',
    r: '\r',
    a: '\x07',
    b: '\b',
    f: '\f',
    v: '\v',
    '\n': '',
};
/**
 * String literals in an expression, with Python's escapes (Jinja2 reads them as Python does:
 * `'\d'` keeps its backslash, `'\1'` is chr(1)), written as nunjucks reads them.
 */
function pythonStrings(expression) {
    return expression.replace(/(['"])((?:\\[\s\S]|(?!\1)[^\\])*)\1/g, (_, _quote, body) => {
        let value = '';
        for (let i = 0; i < body.length; i++) {
            if (body[i] !== '\\') {
                value += body[i];
                continue;
            }
            const next = body[i + 1] ?? '';
            const octal = /^[0-7]{1,3}/.exec(body.slice(i + 1))?.[0];
            const hex = /^x([0-9a-fA-F]{2})/.exec(body.slice(i + 1))?.[1];
            const uni = /^(?:u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8}))/.exec(body.slice(i + 1));
            if (octal) {
                value += String.fromCharCode(parseInt(octal, 8));
                i += octal.length;
            }
            else if (hex) {
                value += String.fromCharCode(parseInt(hex, 16));
                i += 3;
            }
            else if (uni) {
                value += String.fromCodePoint(parseInt(uni[1] ?? uni[2], 16));
                i += uni[0].length;
            }
            else if (next in SIMPLE_ESCAPES) {
                value += SIMPLE_ESCAPES[next];
                i++;
            }
            else
                value += '\\';
        }
        const escaped = value
            .replace(/\\/g, '\\\\')
            .replace(/'/g, "\\'")
            .replace(/\n/g, '\\n')
            .replace(/\r/g, '\\r')
            .replace(/\t/g, '\\t');
        return `'${escaped}'`;
    });
}

;// CONCATENATED MODULE: ./src/engine/ansible/python.ts
/**
 * Python's view of the values a Jinja2 template handles: truthiness (an empty list or dict is
 * false), `str()` of booleans, None, lists and dicts, and string methods roles call
 * (`x.split(':')`, `x.startswith('/')`). Jinja2 runs on Python; nunjucks runs on JavaScript.
 */
function isMapping(v) {
    return (typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype);
}
function truthy(v) {
    if (Array.isArray(v))
        return v.length > 0;
    if (isMapping(v))
        return Object.keys(v).length > 0;
    if (typeof v === 'object' && v !== null)
        return String(v) !== '';
    return Boolean(v);
}
/** `str(v)` in Python. */
function python_str(v) {
    if (v === undefined)
        return '';
    if (typeof v === 'string')
        return v;
    if (v === null)
        return 'None';
    if (v === true)
        return 'True';
    if (v === false)
        return 'False';
    if (typeof v === 'number')
        return Number.isInteger(v) || !Number.isFinite(v) ? String(v) : String(v);
    if (Array.isArray(v) || isMapping(v))
        return repr(v);
    return String(v);
}
/** `repr(v)` in Python, as lists and dicts print their items. */
function repr(v) {
    if (typeof v === 'string') {
        const q = v.includes("'") && !v.includes('"') ? '"' : "'";
        const body = v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\t/g, '\\t').replace(/\r/g, '\\r');
        return q + (q === "'" ? body.replace(/'/g, "\\'") : body) + q;
    }
    if (Array.isArray(v))
        return '[' + v.map(repr).join(', ') + ']';
    if (isMapping(v))
        return ('{' +
            Object.entries(v)
                .map(([k, x]) => `${repr(k)}: ${repr(x)}`)
                .join(', ') +
            '}');
    return python_str(v);
}
/** The methods of Python's str, list and dict that templates call on values. */
function pythonMethod(obj, name) {
    if (typeof obj === 'string')
        return STRING_METHODS[name]?.bind(null, obj);
    if (isMapping(obj))
        return DICT_METHODS[name]?.bind(null, obj);
    if (Array.isArray(obj))
        return LIST_METHODS[name]?.bind(null, obj);
    return undefined;
}
const WS = ' \t\n\r\x0b\x0c';
function strip(s, chars, left, right) {
    const set = chars ?? WS;
    let a = 0;
    let b = s.length;
    if (left)
        while (a < b && set.includes(s[a]))
            a++;
    if (right)
        while (b > a && set.includes(s[b - 1]))
            b--;
    return s.slice(a, b);
}
/** `str.split(sep, maxsplit)`: no separator splits on runs of whitespace. */
function split(s, sep, max) {
    const limit = typeof max === 'number' && max >= 0 ? max : Infinity;
    if (sep === undefined || sep === null) {
        const out = [];
        let rest = s.replace(/^\s+/, '');
        while (rest !== '') {
            if (out.length >= limit) {
                out.push(rest);
                break;
            }
            const m = /\s+/.exec(rest);
            if (!m) {
                out.push(rest);
                break;
            }
            out.push(rest.slice(0, m.index));
            rest = rest.slice(m.index + m[0].length);
        }
        return out;
    }
    const parts = s.split(String(sep));
    if (parts.length - 1 <= limit)
        return parts;
    return [...parts.slice(0, limit), parts.slice(limit).join(String(sep))];
}
const STRING_METHODS = {
    lower: (s) => s.toLowerCase(),
    upper: (s) => s.toUpperCase(),
    strip: (s, c) => strip(s, c, true, true),
    lstrip: (s, c) => strip(s, c, true, false),
    rstrip: (s, c) => strip(s, c, false, true),
    startswith: (s, p) => (Array.isArray(p) ? p : [p]).some((x) => s.startsWith(String(x))),
    endswith: (s, p) => (Array.isArray(p) ? p : [p]).some((x) => s.endsWith(String(x))),
    split: (s, sep, max) => split(s, sep, max),
    rsplit: (s, sep) => split(s, sep),
    replace: (s, a, b, count) => typeof count === 'number'
        ? s
            .split(String(a))
            .reduce((acc, part, i, all) => acc + part + (i < all.length - 1 ? (i < count ? String(b) : String(a)) : ''), '')
        : s.split(String(a)).join(String(b)),
    find: (s, x) => s.indexOf(String(x)),
    count: (s, x) => s.split(String(x)).length - 1,
    join: (s, items) => (Array.isArray(items) ? items.map(python_str).join(s) : ''),
    capitalize: (s) => s.charAt(0).toUpperCase() + s.slice(1).toLowerCase(),
    title: (s) => s.replace(/[A-Za-z]+/g, (w) => w[0].toUpperCase() + w.slice(1).toLowerCase()),
    isdigit: (s) => /^[0-9]+$/.test(s),
    format: (s, ...args) => {
        let i = 0;
        return s.replace(/\{(\d*)\}/g, (_, n) => python_str(args[n === '' ? i++ : Number(n)]));
    },
};
const DICT_METHODS = {
    items: (d) => Object.entries(d),
    keys: (d) => Object.keys(d),
    values: (d) => Object.values(d),
    get: (d, k, def) => (Object.hasOwn(d, String(k)) ? d[String(k)] : (def ?? null)),
};
const LIST_METHODS = {
    index: (l, x) => l.indexOf(x),
    count: (l, x) => l.filter((y) => y === x).length,
};

;// CONCATENATED MODULE: ./src/engine/ansible/filters.ts
/**
 * The Jinja2 and Ansible filters and tests roles use, with Python's semantics (Jinja2 3.1 and
 * ansible-core 2.14). A filter given an unknown value (a marker) returns the markers of its
 * unknown arguments: what depends on an unknown value stays unknown. `default` and the
 * `defined`/`undefined` tests are the exceptions: they settle an undefined variable.
 */



/** nunjucks passes keyword arguments as a last object flagged `__keywords`. */
function keywords(args) {
    const last = args[args.length - 1];
    if (isMapping(last) && last.__keywords === true) {
        const named = { ...last };
        delete named.__keywords;
        return { positional: args.slice(0, -1), named };
    }
    return { positional: args, named: {} };
}
const clean = (v) => (typeof v === 'string' ? stripSentinels(v) : v);
function pyInt(v, fallback = 0, base = 10) {
    if (typeof v === 'boolean')
        return v ? 1 : 0;
    if (typeof v === 'number')
        return Math.trunc(v);
    const s = python_str(v).trim().replace(/_/g, '');
    const prefixed = base === 16
        ? s.replace(/^0x/i, '')
        : base === 8
            ? s.replace(/^0o/i, '')
            : base === 2
                ? s.replace(/^0b/i, '')
                : s;
    const digits = base === 10
        ? /^[+-]?[0-9]+$/
        : base === 16
            ? /^[+-]?[0-9a-f]+$/i
            : base === 8
                ? /^[+-]?[0-7]+$/
                : /^[+-]?[01]+$/;
    if (digits.test(prefixed))
        return parseInt(prefixed, base);
    if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s))
        return Math.trunc(parseFloat(s));
    return fallback;
}
/** Python regular expressions, as far as roles write them, in JavaScript's syntax. */
function pyRegex(pattern, flags) {
    const source = python_str(pattern)
        .replace(/\(\?P</g, '(?<')
        .replace(/\(\?P=(\w+)\)/g, '\\k<$1>')
        .replace(/\\Z/g, '$')
        .replace(/\\A/g, '^');
    return new RegExp(source, flags);
}
function pyReplacement(replacement) {
    return python_str(replacement)
        .replace(/\$/g, '$$$$')
        .replace(/\\g<(\d+)>|\\(\d+)/g, (_, a, b) => `$${a ?? b}`)
        .replace(/\\g<(\w+)>/g, '$<$1>')
        .replace(/\\n/g, '\n')
        .replace(/\\t/g, '\t')
        .replace(/\\\\/g, '\\');
}
/** Python's `%` formatting for the conversions roles use. */
function percentFormat(format, args) {
    const list = Array.isArray(args) ? args : [args];
    let i = 0;
    return format.replace(/%(\(\w+\))?([-+ 0#]*)(\d+)?(?:\.(\d+))?([sdirfxo%])/g, (whole, key, flags, width, precision, conv) => {
        if (conv === '%')
            return '%';
        const value = key && isMapping(args) ? args[key.slice(1, -1)] : list[i++];
        let text;
        if (conv === 'd' || conv === 'i')
            text = String(pyInt(value));
        else if (conv === 'f')
            text = Number(value).toFixed(precision ? Number(precision) : 6);
        else if (conv === 'x')
            text = pyInt(value).toString(16);
        else if (conv === 'o')
            text = pyInt(value).toString(8);
        else if (conv === 'r')
            text = repr(value);
        else
            text = python_str(value);
        if (conv === 's' && precision)
            text = text.slice(0, Number(precision));
        const w = width ? Number(width) : 0;
        if (text.length < w)
            text = flags.includes('-')
                ? text.padEnd(w)
                : flags.includes('0') && conv !== 's'
                    ? text.padStart(w, '0')
                    : text.padStart(w);
        return text;
    });
}
/** Loose version comparison (Ansible's `version` test with the default `loose` type). */
function looseParts(v) {
    return (python_str(v).match(/\d+|[a-z]+|\./gi) ?? [])
        .filter((p) => p !== '.')
        .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}
function compareVersions(a, b) {
    const x = looseParts(a);
    const y = looseParts(b);
    for (let i = 0; i < Math.max(x.length, y.length); i++) {
        if (i >= x.length)
            return -1;
        if (i >= y.length)
            return 1;
        const p = x[i];
        const q = y[i];
        if (p === q)
            continue;
        if (typeof p === typeof q)
            return p < q ? -1 : 1;
        return typeof p === 'number' ? 1 : -1;
    }
    return 0;
}
const VERSION_OPS = {
    '==': (c) => c === 0,
    eq: (c) => c === 0,
    '=': (c) => c === 0,
    '!=': (c) => c !== 0,
    '<>': (c) => c !== 0,
    ne: (c) => c !== 0,
    '<': (c) => c < 0,
    lt: (c) => c < 0,
    '<=': (c) => c <= 0,
    le: (c) => c <= 0,
    '>': (c) => c > 0,
    gt: (c) => c > 0,
    '>=': (c) => c >= 0,
    ge: (c) => c >= 0,
};
function version(value, ...rest) {
    const { positional, named } = keywords(rest);
    const op = python_str(positional[1] ?? named.operator ?? 'eq');
    return (VERSION_OPS[op] ?? VERSION_OPS.eq)(compareVersions(value, positional[0] ?? named.version));
}
/** `json.dumps` as Ansible's to_json calls it. */
function toJson(v, indent, sort = false, level = 0) {
    const pad = (n) => (indent === undefined ? '' : '\n' + ' '.repeat(indent * n));
    if (typeof v === 'string')
        return JSON.stringify(v).replace(/[\u007f-\uffff]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
    if (v === null || v === undefined)
        return 'null';
    if (typeof v === 'boolean' || typeof v === 'number')
        return String(v);
    if (Array.isArray(v)) {
        if (v.length === 0)
            return '[]';
        return ('[' +
            v
                .map((x) => pad(level + 1) + toJson(x, indent, sort, level + 1))
                .join(indent === undefined ? ', ' : ',') +
            pad(level) +
            ']');
    }
    if (isMapping(v)) {
        const entries = Object.entries(v);
        if (sort)
            entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        if (entries.length === 0)
            return '{}';
        return ('{' +
            entries
                .map(([k, x]) => pad(level + 1) + toJson(k) + ': ' + toJson(x, indent, sort, level + 1))
                .join(indent === undefined ? ', ' : ',') +
            pad(level) +
            '}');
    }
    return toJson(String(v));
}
function shellQuote(v) {
    const s = python_str(v);
    if (s === '')
        return "''";
    if (/^[\w@%+=:,./-]+$/.test(s))
        return s;
    return "'" + s.replace(/'/g, `'"'"'`) + "'";
}
function attr(item, path) {
    let v = item;
    for (const key of python_str(path).split('.'))
        v = isMapping(v) ? v[key] : Array.isArray(v) ? v[Number(key)] : undefined;
    return v;
}
function installFilters(env, hooks) {
    const tests = new Map();
    const filters = new Map();
    // A filter that is unknown as soon as any argument is.
    const strict = (name, fn) => filters.set(name, (...args) => {
        const cleaned = args.map(clean);
        const unknown = hooks.unknown(cleaned);
        return unknown !== '' ? unknown : fn(...cleaned);
    });
    const strictTest = (name, fn) => tests.set(name, (...args) => {
        const unknown = hooks.unknown(args);
        return unknown !== '' ? unknown : fn(...args);
    });
    const byDefault = (value, fallback = '', boolean = false) => {
        if (hooks.isUndefined(value)) {
            hooks.consumed(value);
            return fallback;
        }
        if (truthy(boolean) && !truthy(value) && hooks.unknown([value]) === '')
            return fallback;
        return value;
    };
    filters.set('default', byDefault);
    filters.set('d', byDefault);
    filters.set('mandatory', (value) => value);
    filters.set('ternary', (value, yes, no, none) => {
        const unknown = hooks.unknown([value]);
        if (unknown !== '')
            return unknown;
        if (value === null && none !== undefined)
            return none;
        return truthy(value) ? yes : no;
    });
    strict('int', (v, d = 0, base = 10) => pyInt(v, pyInt(d), Number(base)));
    strict('float', (v, d = 0) => {
        const n = parseFloat(python_str(v));
        return Number.isNaN(n) ? d : n;
    });
    strict('string', (v) => python_str(v));
    strict('lower', (v) => python_str(v).toLowerCase());
    strict('upper', (v) => python_str(v).toUpperCase());
    strict('capitalize', (v) => {
        const s = python_str(v);
        return s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();
    });
    strict('title', (v) => python_str(v).replace(/[A-Za-z0-9]+/g, (w) => w[0].toUpperCase() + w.slice(1).toLowerCase()));
    strict('trim', (v, chars) => {
        const s = python_str(v);
        if (chars === undefined)
            return s.replace(/^\s+|\s+$/g, '');
        const set = python_str(chars);
        let a = 0;
        let b = s.length;
        while (a < b && set.includes(s[a]))
            a++;
        while (b > a && set.includes(s[b - 1]))
            b--;
        return s.slice(a, b);
    });
    strict('replace', (v, a, b, count) => {
        const parts = python_str(v).split(python_str(a));
        if (typeof count !== 'number')
            return parts.join(python_str(b));
        return parts.reduce((acc, p, i) => acc + (i === 0 ? '' : i <= count ? python_str(b) : python_str(a)) + p, '');
    });
    strict('regex_replace', (v, pattern = '', replacement = '', ...rest) => {
        const { positional, named } = keywords(rest);
        const ignorecase = truthy(positional[0] ?? named.ignorecase);
        const multiline = truthy(positional[1] ?? named.multiline);
        return python_str(v).replace(pyRegex(pattern, 'g' + (ignorecase ? 'i' : '') + (multiline ? 'm' : '')), pyReplacement(replacement));
    });
    strict('regex_search', (v, pattern, ...groups) => {
        const m = pyRegex(pattern, '').exec(python_str(v));
        if (!m)
            return null;
        const wanted = groups.filter((g) => typeof g === 'string' && g.startsWith('\\'));
        if (wanted.length === 0)
            return m[0];
        return wanted.map((g) => {
            const key = python_str(g).replace(/^\\g?<?|>$/g, '');
            return /^\d+$/.test(key) ? m[Number(key)] : m.groups?.[key];
        });
    });
    strict('regex_findall', (v, pattern) => [...python_str(v).matchAll(pyRegex(pattern, 'g'))].map((m) => (m.length > 2 ? m.slice(1) : (m[1] ?? m[0]))));
    strict('regex_escape', (v) => python_str(v).replace(/[^A-Za-z0-9_]/g, (c) => '\\' + c));
    strict('join', (v, sep = '', ...rest) => {
        const { named } = keywords(rest);
        const items = Array.isArray(v) ? v : isMapping(v) ? Object.keys(v) : [...python_str(v)];
        return items.map((x) => python_str(named.attribute ? attr(x, named.attribute) : x)).join(python_str(sep));
    });
    strict('bool', (v) => {
        if (typeof v === 'boolean')
            return v;
        if (v === null || v === undefined)
            return false;
        return ['yes', 'on', '1', 'true', 'y', 't'].includes(python_str(v).toLowerCase());
    });
    strict('basename', (v) => external_node_path_.posix.basename(python_str(v)) === '' || python_str(v).endsWith('/') ? '' : external_node_path_.posix.basename(python_str(v)));
    strict('dirname', (v) => {
        const s = python_str(v);
        const at = s.lastIndexOf('/');
        if (at === -1)
            return '';
        const head = s.slice(0, at + 1);
        return /^\/+$/.test(head) ? head : head.replace(/\/+$/, '');
    });
    strict('splitext', (v) => {
        const s = python_str(v);
        const m = /^(.*?)(\.[^./]*)?$/.exec(s);
        return m[1] === '' || m[1].endsWith('/') ? [s, ''] : [m[1], m[2] ?? ''];
    });
    strict('realpath', (v) => external_node_path_.posix.normalize(python_str(v)));
    strict('path_join', (v) => external_node_path_.posix.join(...(Array.isArray(v) ? v.map(python_str) : [python_str(v)])));
    strict('quote', shellQuote);
    strict('first', (v) => (Array.isArray(v) ? v[0] : typeof v === 'string' ? v[0] : undefined));
    strict('last', (v) => Array.isArray(v) ? v[v.length - 1] : typeof v === 'string' ? v[v.length - 1] : undefined);
    strict('length', (v) => Array.isArray(v) || typeof v === 'string' ? v.length : isMapping(v) ? Object.keys(v).length : 0);
    filters.set('count', filters.get('length'));
    strict('list', (v) => Array.isArray(v) ? v : isMapping(v) ? Object.keys(v) : typeof v === 'string' ? [...v] : []);
    strict('unique', (v) => Array.isArray(v) ? v.filter((x, i) => v.findIndex((y) => toJson(y) === toJson(x)) === i) : v);
    strict('sort', (v, ...rest) => {
        const { positional, named } = keywords(rest);
        if (!Array.isArray(v))
            return v;
        const key = (x) => (named.attribute ? attr(x, named.attribute) : x);
        const sorted = [...v].sort((a, b) => {
            const x = key(a);
            const y = key(b);
            return x < y ? -1 : x > y ? 1 : 0;
        });
        return truthy(positional[0] ?? named.reverse) ? sorted.reverse() : sorted;
    });
    strict('reverse', (v) => (Array.isArray(v) ? [...v].reverse() : [...python_str(v)].reverse().join('')));
    strict('min', (v) => (Array.isArray(v) ? v.reduce((a, b) => (b < a ? b : a)) : v));
    strict('max', (v) => (Array.isArray(v) ? v.reduce((a, b) => (b > a ? b : a)) : v));
    strict('sum', (v, ...rest) => {
        const { named } = keywords(rest);
        return Array.isArray(v)
            ? v.reduce((a, x) => a + Number(named.attribute ? attr(x, named.attribute) : x), 0)
            : 0;
    });
    strict('abs', (v) => Math.abs(Number(v)));
    strict('round', (v, precision = 0) => {
        const f = 10 ** Number(precision);
        return Math.round(Number(v) * f) / f;
    });
    strict('to_json', (v) => toJson(v));
    strict('to_nice_json', (v, ...rest) => {
        const { named } = keywords(rest);
        return toJson(v, Number(named.indent ?? 4), true);
    });
    strict('format', (fmt, ...args) => percentFormat(python_str(fmt), args));
    strict('split', (v, sep, max) => split(python_str(v), sep, max));
    strict('combine', (...args) => {
        const { positional, named } = keywords(args);
        const recursive = truthy(named.recursive);
        const merge = (a, b) => {
            const out = { ...a };
            for (const [k, v] of Object.entries(b))
                out[k] = recursive && isMapping(out[k]) && isMapping(v) ? merge(out[k], v) : v;
            return out;
        };
        return positional.flat().filter(isMapping).reduce(merge, {});
    });
    strict('dict2items', (v, ...rest) => {
        const { named } = keywords(rest);
        const k = python_str(named.key_name ?? 'key');
        const val = python_str(named.value_name ?? 'value');
        return isMapping(v) ? Object.entries(v).map(([a, b]) => ({ [k]: a, [val]: b })) : [];
    });
    strict('items2dict', (v, ...rest) => {
        const { named } = keywords(rest);
        const k = python_str(named.key_name ?? 'key');
        const val = python_str(named.value_name ?? 'value');
        return Object.fromEntries((Array.isArray(v) ? v : []).filter(isMapping).map((x) => [python_str(x[k]), x[val]]));
    });
    strict('items', (v) => (isMapping(v) ? Object.entries(v) : []));
    strict('flatten', (v, levels) => Array.isArray(v) ? v.flat(typeof levels === 'number' ? levels : Infinity) : v);
    strict('union', (a, b) => [...new Set([...a, ...b])]);
    strict('difference', (a, b) => a.filter((x) => !b.includes(x)));
    strict('intersect', (a, b) => a.filter((x) => b.includes(x)));
    strict('indent', (v, width = 4, first = false, blank = false) => {
        const pad = typeof width === 'string' ? width : ' '.repeat(Number(width));
        const lines = python_str(v).split('\n');
        return lines
            .map((line, i) => (i > 0 || truthy(first)) && (truthy(blank) || line.trim() !== '') ? pad + line : line)
            .join('\n');
    });
    strict('center', (v, width = 80) => {
        const s = python_str(v);
        const total = Number(width) - s.length;
        if (total <= 0)
            return s;
        const left = Math.floor(total / 2) + (total % 2 && Number(width) % 2 ? 1 : 0);
        return ' '.repeat(left) + s + ' '.repeat(total - left);
    });
    strict('b64encode', (v) => Buffer.from(python_str(v), 'utf8').toString('base64'));
    strict('b64decode', (v) => Buffer.from(python_str(v), 'base64').toString('utf8'));
    strict('version_compare', version);
    strict('map', (v, ...rest) => {
        const { positional, named } = keywords(rest);
        if (!Array.isArray(v))
            return [];
        if (named.attribute !== undefined)
            return v.map((x) => attr(x, named.attribute) ?? named.default);
        const filter = filters.get(python_str(positional[0]));
        return filter ? v.map((x) => filter(x, ...positional.slice(1))) : v;
    });
    const selecting = (keep, byAttribute) => (v, ...rest) => {
        if (!Array.isArray(v))
            return [];
        const [first, name, ...args] = byAttribute ? rest : [undefined, ...rest];
        const test = name === undefined
            ? (x) => truthy(x)
            : (x) => truthy(tests.get(python_str(name))?.(x, ...args));
        return v.filter((x) => test(byAttribute ? attr(x, first) : x) === keep);
    };
    strict('select', selecting(true, false));
    strict('reject', selecting(false, false));
    strict('selectattr', selecting(true, true));
    strict('rejectattr', selecting(false, true));
    for (const name of [
        'random',
        'shuffle',
        'password_hash',
        'hash',
        'checksum',
        'to_uuid',
        'comment',
        'expanduser',
        'ipaddr',
        'ansible.utils.ipaddr',
        'human_to_bytes',
    ]) {
        filters.set(name, (v) => hooks.unknownValue(`{{ … | ${name} }}`, `the ${name} filter, computed when the play runs`) +
            (hooks.unknown([v]) ?? ''));
    }
    const defined = (v) => {
        if (hooks.isUndefined(v)) {
            hooks.consumed(v);
            return false;
        }
        return true;
    };
    tests.set('defined', defined);
    tests.set('undefined', (v) => !defined(v));
    strictTest('none', (v) => v === null);
    strictTest('string', (v) => typeof v === 'string');
    strictTest('number', (v) => typeof v === 'number');
    strictTest('integer', (v) => typeof v === 'number' && Number.isInteger(v));
    strictTest('float', (v) => typeof v === 'number' && !Number.isInteger(v));
    strictTest('boolean', (v) => typeof v === 'boolean');
    strictTest('mapping', (v) => isMapping(v));
    strictTest('sequence', (v) => Array.isArray(v) || typeof v === 'string' || isMapping(v));
    strictTest('iterable', (v) => Array.isArray(v) || typeof v === 'string' || isMapping(v));
    strictTest('truthy', (v) => truthy(v));
    strictTest('falsy', (v) => !truthy(v));
    strictTest('version', version);
    strictTest('version_compare', version);
    strictTest('match', (v, p, ic = false) => pyRegex('^(?:' + python_str(p) + ')', truthy(ic) ? 'i' : '').test(python_str(v)));
    strictTest('search', (v, p, ic = false) => pyRegex(p, truthy(ic) ? 'i' : '').test(python_str(v)));
    strictTest('regex', (v, p, ic = false, kind = 'search') => pyRegex(kind === 'match' ? '^(?:' + python_str(p) + ')' : python_str(p), truthy(ic) ? 'i' : '').test(python_str(v)));
    strictTest('equalto', (a, b) => a === b);
    strictTest('eq', (a, b) => a === b);
    strictTest('ne', (a, b) => a !== b);
    strictTest('lt', (a, b) => a < b);
    strictTest('gt', (a, b) => a > b);
    strictTest('le', (a, b) => a <= b);
    strictTest('ge', (a, b) => a >= b);
    strictTest('in', (a, b) => Array.isArray(b)
        ? b.includes(a)
        : typeof b === 'string'
            ? b.includes(python_str(a))
            : isMapping(b)
                ? Object.hasOwn(b, python_str(a))
                : false);
    strictTest('divisibleby', (a, b) => Number(a) % Number(b) === 0);
    strictTest('even', (a) => Number(a) % 2 === 0);
    strictTest('odd', (a) => Number(a) % 2 === 1);
    strictTest('lower', (a) => python_str(a) === python_str(a).toLowerCase());
    strictTest('upper', (a) => python_str(a) === python_str(a).toUpperCase());
    strictTest('sameas', (a, b) => a === b);
    strictTest('subset', (a, b) => a.every((x) => b.includes(x)));
    strictTest('superset', (a, b) => b.every((x) => a.includes(x)));
    for (const name of [
        'success',
        'succeeded',
        'failed',
        'failure',
        'changed',
        'change',
        'skipped',
        'skip',
        'exists',
        'file',
        'directory',
        'link',
        'abs',
        'reachable',
        'unreachable',
    ])
        tests.set(name, () => hooks.unknownValue(`is ${name}`, `the ${name} test, known only when the play runs`));
    for (const [name, fn] of filters)
        env.addFilter(name, fn);
    for (const [name, fn] of tests)
        env.addTest(name, fn);
}

;// CONCATENATED MODULE: ./src/engine/ansible/render.ts
/**
 * Renders Jinja2 templates as Ansible's `template` module does (nunjucks with Ansible's filters,
 * `trim_blocks` on, trailing newlines kept), and keeps, for every character of the output, the
 * template span it came from. A value socklint cannot know (a variable nothing in the
 * repository defines, a `!vault` value, a fact, a lookup) renders as a marker that names it; a
 * condition or loop that depends on one marks what it controls as unknown too.
 */







class RenderError extends Error {
}
class Renderer {
    scope;
    markers;
    resolveInclude;
    options;
    env;
    pieces = [];
    files = [];
    indexes = [];
    within = [];
    cache = new Map();
    resolving = [];
    /** Unknown values read since the render started; conditions compare their count. */
    reads = [];
    undefinedByName = new Map();
    undefinedMarkers = new Set();
    openRegions = new Map();
    used = new Map();
    uncertain = [];
    currentOutputVars = [];
    outputVars = new Map();
    constructor(scope, markers, resolveInclude, options = { trimBlocks: true, lstripBlocks: false }) {
        this.scope = scope;
        this.markers = markers;
        this.resolveInclude = resolveInclude;
        this.options = options;
        const loader = {
            getSource: (name) => {
                const file = this.resolveInclude(name, this.current);
                if (!file)
                    throw new RenderError(`template ${name} is not in the repository`);
                const prepared = this.prepare(file, {
                    trimBlocks: this.options.trimBlocks,
                    lstripBlocks: this.options.lstripBlocks,
                });
                return { src: prepared.source, path: file.path, noCache: true };
            },
        };
        this.env = new (nunjucks_default()).Environment(loader, {
            autoescape: false,
            throwOnUndefined: false,
        });
        installFilters(this.env, {
            unknown: (values) => this.unknownIn(values),
            isUndefined: (v) => this.isUndefined(v),
            consumed: (v) => this.consume(v),
            unknownValue: (shown, what) => this.unknownValue(shown, what),
        });
        this.installGlobals();
    }
    /** Renders a template file; `extra` are variables of the task (`item`, `template_*`). */
    render(template, extra = {}, uncertain) {
        this.current = template.path;
        this.used = new Map();
        this.uncertain = [];
        this.reads = [];
        this.outputVars.clear();
        const prepared = this.prepare(template, this.headerOptions(template));
        let output;
        try {
            output = new (nunjucks_default()).Template(prepared.source, this.env, template.path).render(this.context(extra));
        }
        catch (error) {
            throw new RenderError(cleanError(error));
        }
        const mapped = this.unmark(output);
        // A file written only under an unknown condition: every line of it is unknown.
        if (uncertain)
            mapped.regions = mapped.regions.map((r) => r ?? uncertain);
        const have = /\n*$/.exec(mapped.text)[0].length;
        for (let n = have; n < prepared.trailingNewlines; n++) {
            mapped.text += '\n';
            mapped.sources.push(undefined);
        }
        return this.result(mapped);
    }
    /** Renders a string value (a task parameter, a variable that holds `{{ }}`), without positions. */
    renderString(text, extra = {}) {
        if (!text.includes('{{') && !text.includes('{%'))
            return text;
        const saved = this.reads;
        try {
            const prepared = this.prepare({ path: '(value)', text }, { trimBlocks: false, lstripBlocks: false });
            return this.unmark(this.env.renderString(prepared.source, this.context(extra))).text;
        }
        catch (error) {
            throw new RenderError(cleanError(error));
        }
        finally {
            this.reads = saved;
        }
    }
    /** The value of an expression (a `when:` condition, a `loop:`), Python-truthy for conditions. */
    evaluate(expression, extra = {}) {
        const before = this.reads.length;
        let value;
        try {
            const src = `{{ __v((${expression})) }}`;
            this.lastValue = undefined;
            this.env.renderString(src, this.context(extra));
            value = this.lastValue;
        }
        catch (error) {
            throw new RenderError(cleanError(error));
        }
        const unknown = [
            ...new Set([...this.reads.slice(before), ...markersIn(typeof value === 'string' ? value : '')]),
        ];
        this.reads.length = before;
        return { value, unknown };
    }
    /** Variables read by the last render or evaluation. */
    get variablesUsed() {
        return this.used;
    }
    lastValue;
    current = '';
    headerOptions(template) {
        // `#jinja2: trim_blocks: False` on the first line overrides the module's options.
        const m = /^#jinja2:(.*)\r?\n/.exec(template.text);
        const options = { ...this.options };
        if (!m)
            return options;
        for (const part of m[1].split(',')) {
            const [k, v] = part.split(':').map((s) => s.trim());
            const on = /^true$/i.test(v ?? '');
            if (k === 'trim_blocks')
                options.trimBlocks = on;
            if (k === 'lstrip_blocks')
                options.lstripBlocks = on;
        }
        return options;
    }
    prepare(file, options) {
        if (SENTINELS.test(file.text))
            throw new RenderError(`${file.path} holds control characters`);
        const index = this.files.push(file) - 1;
        this.indexes.push(new text_LineIndex(file.path, file.within?.text ?? file.text));
        this.within.push(file.within?.offsets);
        // Ansible reads a `#jinja2:` first line as options and renders the rest.
        const header = /^#jinja2:.*(?:\r?\n|$)/.exec(file.text)?.[0].length ?? 0;
        const register = (piece) => this.pieces.push(piece) - 1;
        const prepared = prepareTemplate(file.text, index, options, register, header);
        if ('error' in prepared)
            throw new RenderError(`${file.path}: ${prepared.error}`);
        return prepared;
    }
    context(extra) {
        return { ...extra, [LOOKUP_HOOK]: (name) => this.lookup(name) };
    }
    /* ---------------------------------------------------------------- variables */
    lookup(name) {
        if (this.cache.has(name)) {
            const cached = this.cache.get(name);
            for (const m of markersIn(typeof cached === 'string' ? cached : (JSON.stringify(cached) ?? '')))
                this.reads.push(m);
            return cached;
        }
        const binding = this.scope.get(name);
        this.used.set(name, binding);
        this.currentOutputVars.push(name);
        if (!binding) {
            let marker = this.undefinedByName.get(name);
            if (!marker) {
                marker = this.markers.marker(`{{ ${name} }}`, `Ansible variable ${name}, which nothing in the repository defines`);
                this.undefinedByName.set(name, marker);
                this.undefinedMarkers.add(marker);
            }
            this.reads.push(marker);
            return marker;
        }
        if (binding.unknown !== undefined) {
            const marker = this.markers.marker(`{{ ${name} }}`, binding.unknown);
            this.reads.push(marker);
            return marker;
        }
        if (this.resolving.includes(name)) {
            const marker = this.markers.marker(`{{ ${name} }}`, `Ansible variable ${name}, whose value refers to itself`);
            this.reads.push(marker);
            return marker;
        }
        this.resolving.push(name);
        try {
            const value = this.template(binding.value, name);
            this.cache.set(name, value);
            for (const m of markersIn(typeof value === 'string' ? value : (JSON.stringify(value) ?? '')))
                this.reads.push(m);
            return value;
        }
        finally {
            this.resolving.pop();
        }
    }
    /** Ansible templates variable values when they are used, recursively; `!unsafe` values never. */
    template(value, name) {
        if (value instanceof UnsafeText)
            return value.text;
        if (value instanceof VaultValue)
            return this.markers.marker(`{{ ${name} }}`, `Ansible variable ${name}, a !vault value`);
        if (typeof value === 'string') {
            if (!value.includes('{{') && !value.includes('{%'))
                return value;
            const saved = this.reads;
            try {
                const prepared = this.prepare({ path: `(value of ${name})`, text: value }, { trimBlocks: false, lstripBlocks: false });
                const rendered = this.unmark(this.env.renderString(prepared.source, this.context({}))).text;
                return nativeValue(value, rendered);
            }
            catch {
                return this.markers.marker(`{{ ${name} }}`, `Ansible variable ${name}, whose value socklint cannot render`);
            }
            finally {
                this.reads = saved;
            }
        }
        if (Array.isArray(value))
            return value.map((v) => this.template(v, name));
        if (isMapping(value))
            return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.template(v, name)]));
        return value;
    }
    unknownValue(shown, what) {
        const marker = this.markers.marker(shown, what);
        this.reads.push(marker);
        return marker;
    }
    /* ---------------------------------------------------------------- unknowns */
    isUndefined(v) {
        return v === undefined || (typeof v === 'string' && this.undefinedMarkers.has(v));
    }
    /** `default` and `is defined` settle an undefined variable: its read no longer makes a condition unknown. */
    consume(v) {
        if (typeof v !== 'string')
            return;
        const at = this.reads.lastIndexOf(v);
        if (at !== -1)
            this.reads.splice(at, 1);
    }
    /** The markers of unknown values among filter arguments, as one string (empty when all are known). */
    unknownIn(values) {
        const found = new Set();
        const visit = (v, depth) => {
            if (depth > 20)
                return;
            if (typeof v === 'string')
                for (const m of markersIn(v))
                    found.add(m);
            else if (Array.isArray(v))
                v.forEach((x) => visit(x, depth + 1));
            else if (isMapping(v))
                Object.values(v).forEach((x) => visit(x, depth + 1));
        };
        values.forEach((v) => visit(v, 0));
        return [...found].join('');
    }
    /* ---------------------------------------------------------------- render hooks */
    installGlobals() {
        const env = this.env;
        // Output: Python's str() of the value, framed by sentinels.
        env.addGlobal('__o', (id, value) => {
            const vars = this.currentOutputVars;
            this.currentOutputVars = [];
            this.outputVars.set(id, [...new Set(vars)]);
            let text;
            if (value === undefined) {
                const piece = this.pieces[id];
                text = this.unknownValue(`{{ ${piece.source} }}`, `{{ ${piece.source} }}, which the repository does not define`);
            }
            else if (value === null)
                text = ''; // Ansible's finalize writes None as nothing
            else
                text = python_str(value instanceof UnsafeText ? value.text : value);
            return S.expr + id + S.close + text + S.exprEnd;
        });
        env.addGlobal('__b', () => {
            this.currentOutputVars = [];
            return this.reads.length;
        });
        env.addGlobal('__v', (value) => {
            this.lastValue = value;
            return '';
        });
        // A condition: Python truthiness; unknown when it read an unknown value.
        env.addGlobal('__c', (id, before, value) => {
            const what = this.readsSince(before, value);
            if (what.length === 0)
                return truthy(value);
            this.noteUncertain(id, what);
            return true;
        });
        // A loop: over a dict's keys or a list; one unknown item when the sequence is unknown.
        env.addGlobal('__i', (id, before, value, targets) => {
            const what = this.readsSince(before, value);
            if (what.length > 0) {
                this.noteUncertain(id, what);
                const marker = what.join('');
                return targets > 1 ? [Array.from({ length: targets }, () => marker)] : [marker];
            }
            if (isMapping(value))
                return targets > 1 ? Object.entries(value) : Object.keys(value);
            if (typeof value === 'string')
                return [...value];
            return value ?? [];
        });
        env.addGlobal('__r', (id) => (this.openRegions.has(id) ? S.region + id + S.close : ''));
        env.addGlobal('__e', (id) => {
            if (!this.openRegions.has(id))
                return '';
            this.openRegions.delete(id);
            return S.regionEnd;
        });
        env.addGlobal('lookup', (kind, ...args) => this.unknownValue(`lookup(${[kind, ...args].map((a) => JSON.stringify(a)).join(', ')})`, `lookup('${python_str(kind)}', …), known only when the play runs`));
        env.addGlobal('query', (kind) => [
            this.unknownValue(`query('${python_str(kind)}')`, `query('${python_str(kind)}', …), known only when the play runs`),
        ]);
        env.addGlobal('q', (kind) => [
            this.unknownValue(`q('${python_str(kind)}')`, `q('${python_str(kind)}', …), known only when the play runs`),
        ]);
        env.addGlobal('range', (a, b, step = 1) => {
            const [start, stop] = b === undefined ? [0, a] : [a, b];
            const out = [];
            for (let i = start; step > 0 ? i < stop : i > stop; i += step)
                out.push(i);
            return out;
        });
        env.addGlobal('dict', (...args) => Object.assign({}, ...args.filter(isMapping)));
    }
    readsSince(before, value) {
        const what = new Set(this.reads.slice(before));
        if (typeof value === 'string')
            for (const m of markersIn(value))
                what.add(m);
        this.reads.length = Math.min(this.reads.length, before);
        return [...what];
    }
    noteUncertain(id, markers) {
        const piece = this.pieces[id];
        const marker = markers.join('');
        this.openRegions.set(id, marker);
        this.uncertain.push({
            location: this.indexes[piece.file].location(piece.start, piece.end),
            source: piece.source,
            what: markers,
        });
    }
    /* ---------------------------------------------------------------- positions */
    /** Removes the sentinels; each output character keeps the piece and offset it came from. */
    unmark(output) {
        let text = '';
        const sources = [];
        const regions = [];
        const outputs = [];
        const frames = [{ start: 0 }];
        const regionStack = [];
        let last = 0;
        const emit = (chunk) => {
            const frame = frames[frames.length - 1];
            for (const ch of chunk) {
                for (let u = 0; u < ch.length; u++) {
                    text += ch[u];
                    if (frame.text) {
                        const piece = this.pieces[frame.text.piece];
                        const offset = piece.offsets[frame.text.at++];
                        sources.push(offset === undefined ? undefined : { file: piece.file, start: offset, end: offset + 1 });
                    }
                    else if (frame.expr !== undefined) {
                        const p = this.pieces[frame.expr];
                        sources.push({ file: p.file, start: p.start, end: p.end });
                    }
                    else
                        sources.push(undefined);
                    regions.push(regionStack[regionStack.length - 1]);
                }
            }
        };
        SENTINEL_TOKEN.lastIndex = 0;
        for (let m = SENTINEL_TOKEN.exec(output); m; m = SENTINEL_TOKEN.exec(output)) {
            emit(output.slice(last, m.index));
            last = m.index + m[0].length;
            const kind = m[0][0];
            if (kind === S.text)
                frames[frames.length - 1].text = { piece: Number(m[1]), at: 0 };
            else if (kind === S.expr)
                frames.push({ expr: Number(m[1]), start: text.length });
            else if (kind === S.exprEnd && frames.length > 1) {
                const frame = frames.pop();
                const piece = this.pieces[frame.expr];
                outputs.push({ start: frame.start, end: text.length, id: frame.expr, piece });
                frames[frames.length - 1].text = undefined;
            }
            else if (kind === S.region)
                regionStack.push(this.openRegionMarker(Number(m[1])));
            else if (kind === S.regionEnd)
                regionStack.pop();
        }
        emit(output.slice(last));
        return { text, sources, regions, outputs };
    }
    openRegionMarker(id) {
        return this.uncertainMarker.get(id) ?? this.makeRegionMarker(id);
    }
    uncertainMarker = new Map();
    makeRegionMarker(id) {
        const piece = this.pieces[id];
        const entry = [...this.uncertain].reverse().find((u) => u.source === piece.source);
        const what = entry ? entry.what : [];
        const where = this.indexes[piece.file].location(piece.start, piece.end);
        const marker = this.markers.marker(`{% ${piece.source} %}`, `{% ${piece.source} %} at ${where.file}:${where.line}, which depends on ${what.length} unknown value${what.length === 1 ? '' : 's'}`);
        this.uncertainMarker.set(id, marker);
        return marker;
    }
    result(mapped) {
        const tainted = taintLines(mapped.text, mapped.sources, mapped.regions);
        const { text, sources } = tainted;
        const lineStarts = [0];
        for (let i = 0; i < text.length; i++)
            if (text[i] === '\n')
                lineStarts.push(i + 1);
        const offsetOf = (line, column) => (lineStarts[line - 1] ?? text.length) + column - 1;
        const files = this.files;
        const indexes = this.indexes;
        const within = this.within;
        const at = (file, offset) => within[file]?.[Math.min(offset, within[file].length - 1)] ?? offset;
        const locate = (span) => {
            const from = offsetOf(span.line, span.column);
            const to = offsetOf(span.endLine, span.endColumn);
            const first = sources[from] ?? (to > from ? undefined : sources[from - 1]);
            const lastSource = to > from ? sources[to - 1] : first;
            if (!first || !lastSource || first.file !== lastSource.file)
                return undefined;
            const start = to > from || sources[from] ? first.start : first.end;
            const end = to > from ? Math.max(lastSource.end, start) : start;
            const [a, b] = within[first.file]
                ? [at(first.file, start), at(first.file, Math.max(end - 1, start)) + (end > start ? 1 : 0)]
                : [start, end];
            return { ...indexes[first.file].location(a, b), file: files[first.file].path };
        };
        const outputs = mapped.outputs.map((o) => ({
            start: tainted.shift(o.start),
            end: tainted.shift(o.end),
            piece: o.piece,
            file: files[o.piece.file].path,
            variables: this.outputVars.get(o.id) ?? [],
        }));
        return { text, locate, outputs, used: new Map(this.used), uncertain: [...this.uncertain] };
    }
}
/**
 * A line rendered under a condition or loop that depends on unknown values is itself unknown:
 * its last value gets the condition's marker, so what the readers take from it is unresolved
 * (`listen = /run/app.sockǂ4ǂ`, `fastcgi_pass unix:/run/app.sockǂ4ǂ;`). Lines that only open or
 * close a block, and comments, stay as they are.
 */
function taintLines(text, sources, regions) {
    if (!regions.some((r) => r !== undefined))
        return { text, sources, shift: (o) => o };
    let out = '';
    const outSources = [];
    const inserted = [];
    let lineStart = 0;
    for (let i = 0; i <= text.length; i++) {
        if (i < text.length && text[i] !== '\n')
            continue;
        const line = text.slice(lineStart, i);
        const marker = regions.slice(lineStart, i).find((r) => r !== undefined);
        let at = -1;
        const trimmed = line.trim();
        if (marker && trimmed !== '' && !/^[#;[]/.test(trimmed) && !/[{}]$/.test(trimmed)) {
            at = line.replace(/\s+$/, '').length;
            if (line[at - 1] === ';')
                at--;
        }
        for (let k = lineStart; k < i; k++) {
            if (k - lineStart === at) {
                out += marker;
                for (let u = 0; u < marker.length; u++)
                    outSources.push(sources[k - 1]);
                inserted.push(k);
            }
            out += text[k];
            outSources.push(sources[k]);
        }
        if (at === i - lineStart) {
            out += marker;
            for (let u = 0; u < marker.length; u++)
                outSources.push(sources[i - 1]);
            inserted.push(i);
        }
        if (i < text.length) {
            out += '\n';
            outSources.push(sources[i]);
        }
        lineStart = i + 1;
    }
    const width = regions.find((r) => r !== undefined).length;
    const shift = (offset) => offset + inserted.filter((k) => k < offset).length * width;
    return { text: out, sources: outSources, shift };
}
/** The name under which the render context carries the variable lookup. */
const LOOKUP_HOOK = '__socklint_lookup';
// nunjucks resolves a name in the frame, then in the context; Ansible's variables are looked up
// lazily (they are templated when used), through the hook each render puts in its context.
const runtime = (nunjucks_default()).runtime;
nunjucks_default().installJinjaCompat();
const baseLookup = runtime.contextOrFrameLookup;
runtime.contextOrFrameLookup = function (context, frame, name) {
    const value = baseLookup(context, frame, name);
    if (value !== undefined)
        return value;
    const hook = context.ctx[LOOKUP_HOOK];
    if (name === 'True' ||
        name === 'False' ||
        name === 'None' ||
        name === 'true' ||
        name === 'false' ||
        name === 'none')
        return value;
    return typeof hook === 'function' ? hook(name) : value;
};
const baseMember = runtime.memberLookup;
runtime.memberLookup = function (obj, key) {
    if (typeof key === 'string') {
        if (isMapping(obj) && Object.hasOwn(obj, key))
            return obj[key];
        const method = pythonMethod(obj, key);
        if (method)
            return method;
    }
    return baseMember(obj, key);
};
patchCompiler();
/** Python semantics for `and`, `or`, `not`, inline `if`, `~` and `+` (nunjucks compiles JavaScript's). */
function patchCompiler() {
    const compiler = (nunjucks_default()).compiler;
    const proto = compiler.Compiler.prototype;
    runtime.pyTruthy = truthy;
    runtime.pyStr = python_str;
    runtime.pyAdd = (a, b) => Array.isArray(a) && Array.isArray(b)
        ? [...a, ...b]
        : typeof a === 'string' || typeof b === 'string'
            ? python_str(a) + python_str(b)
            : a + b;
    runtime.pyMod = (a, b) => typeof a === 'string'
        ? percentFormat(a, b)
        : ((a % b) + b) % b;
    proto.compileMod = function (node, frame) {
        this._emit('runtime.pyMod(');
        this.compile(node.left, frame);
        this._emit(', ');
        this.compile(node.right, frame);
        this._emit(')');
    };
    // A test with several arguments (`x is version('8.1', '>=')`): nunjucks 3.2.4 writes them
    // without commas. An unknown test result (a marker) stays unknown instead of becoming false.
    runtime.testResult = (v) => (typeof v === 'string' ? v : v === true);
    proto.compileIs = function (node, frame) {
        const right = node.right.name ? node.right.name.value : node.right.value;
        this._emit(`runtime.testResult(env.getTest(${JSON.stringify(right)}).call(context, `);
        this.compile(node.left, frame);
        if (node.right.args)
            this._compileAggregate(node.right.args, frame, ',', '');
        this._emit('))');
    };
    proto.compileAnd = function (node, frame) {
        this._emit('((__l) => runtime.pyTruthy(__l) ? (');
        this.compile(node.right, frame);
        this._emit(') : __l)(');
        this.compile(node.left, frame);
        this._emit(')');
    };
    proto.compileOr = function (node, frame) {
        this._emit('((__l) => runtime.pyTruthy(__l) ? __l : (');
        this.compile(node.right, frame);
        this._emit('))(');
        this.compile(node.left, frame);
        this._emit(')');
    };
    proto.compileNot = function (node, frame) {
        this._emit('!runtime.pyTruthy(');
        this.compile(node.target, frame);
        this._emit(')');
    };
    proto.compileInlineIf = function (node, frame) {
        this._emit('(runtime.pyTruthy(');
        this.compile(node.cond, frame);
        this._emit(') ? (');
        this.compile(node.body, frame);
        this._emit(') : (');
        if (node.else_ !== null)
            this.compile(node.else_, frame);
        else
            this._emit('""');
        this._emit('))');
    };
    proto.compileConcat = function (node, frame) {
        this._emit('(runtime.pyStr(');
        this.compile(node.left, frame);
        this._emit(') + runtime.pyStr(');
        this.compile(node.right, frame);
        this._emit('))');
    };
    proto.compileAdd = function (node, frame) {
        this._emit('runtime.pyAdd(');
        this.compile(node.left, frame);
        this._emit(', ');
        this.compile(node.right, frame);
        this._emit(')');
    };
}
/** A variable that is a single `{{ }}` keeps the type of its value (Ansible's native types for lists and dicts). */
function nativeValue(source, rendered) {
    if (!/^\s*\{\{[\s\S]*\}\}\s*$/.test(source))
        return rendered;
    if (/^[[{]/.test(rendered)) {
        try {
            return JSON.parse(rendered
                .replace(/'/g, '"')
                .replace(/\bTrue\b/g, 'true')
                .replace(/\bFalse\b/g, 'false')
                .replace(/\bNone\b/g, 'null'));
        }
        catch {
            return rendered;
        }
    }
    if (rendered === 'True')
        return true;
    if (rendered === 'False')
        return false;
    return rendered;
}
function cleanError(error) {
    const message = error instanceof Error ? error.message : String(error);
    return message
        .replace(/\(unknown path\)\s*/g, '')
        .replace(SENTINEL_TOKEN, '')
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
        .slice(0, 2)
        .join(': ');
}

;// CONCATENATED MODULE: ./src/engine/ansible/scope.ts
const ORDER = [
    'role defaults',
    'inventory group vars',
    'group_vars/all',
    'group_vars',
    'inventory host vars',
    'host_vars',
    'play vars',
    'vars_files',
    'role vars',
    'block vars',
    'task vars',
    'include_vars',
    'set_fact',
    'role params',
    'include params',
    'extra vars',
];
/** Layers of bindings; a later layer of a higher level wins. */
class VarScope {
    magic;
    layers = [];
    constructor(magic = () => undefined) {
        this.magic = magic;
    }
    /** A copy whose additions do not change this scope (for a role, a block, a task). */
    child() {
        const c = new VarScope(this.magic);
        c.layers.push(...this.layers);
        return c;
    }
    add(level, definitions) {
        const vars = new Map();
        for (const d of definitions)
            vars.set(d.name, { value: d.value, definition: d });
        return this.addBindings(level, vars);
    }
    addValues(level, values) {
        return this.addBindings(level, new Map(Object.entries(values).map(([k, v]) => [k, { value: v }])));
    }
    addBindings(level, vars) {
        if (vars.size === 0)
            return this;
        const rank = ORDER.indexOf(level);
        let at = this.layers.length;
        while (at > 0 && ORDER.indexOf(this.layers[at - 1].level) > rank)
            at--;
        this.layers.splice(at, 0, { level, vars });
        return this;
    }
    get(name) {
        for (let i = this.layers.length - 1; i >= 0; i--) {
            const b = this.layers[i].vars.get(name);
            if (b)
                return b;
        }
        return this.magic(name);
    }
    /** Every definition in the scope of a variable (for "defined in a single place"). */
    definitionsOf(name) {
        return this.layers.flatMap((l) => {
            const d = l.vars.get(name)?.definition;
            return d ? [d] : [];
        });
    }
}

;// CONCATENATED MODULE: ./src/engine/ansible/execute.ts
/**
 * Runs a project's plays for one host as Ansible would, without a machine: variables in
 * precedence order, roles, blocks, includes, conditions and loops; `template`/`copy` place
 * rendered files, the editing modules change files, the other modules give provisioning facts.
 * What depends on a value nobody defines is kept and marked unknown, with a note that names it.
 */









const OMIT = '__omit_place_holder__socklint';
/** Rendered files and the render that made them, for fixes that edit the template or a variable. */
const RENDERS = new WeakMap();
/** YAML values tasks write into files (`ini_file` values…), by location, for fixes. */
const TASK_VALUES = new Map();
function renderOf(file) {
    return RENDERS.get(file);
}
function taskValueAt(location) {
    return TASK_VALUES.get(`${location.file}:${location.line}:${location.column}`);
}
const execute_MAX_DEPTH = 20;
const DIRECTIVE_MODULES = new Set([
    'meta',
    'debug',
    'assert',
    'fail',
    'pause',
    'wait_for',
    'service',
    'systemd',
    'systemd_service',
    'sysvinit',
    'stat',
    'setup',
    'gather_facts',
    'ping',
    'uri',
    'get_url',
    'unarchive',
    'git',
    'cron',
    'mysql_db',
    'mysql_user',
    'ufw',
    'firewalld',
]);
class HostRunner {
    project;
    host;
    extraVars;
    placeholders;
    run = {
        facts: [],
        placed: new Map(),
        edits: [],
        notes: [],
        claimed: new Set(),
        renders: [],
    };
    /** set_fact, registered results and include_vars last for the whole run. */
    facts = new Map();
    included = new Map();
    masked = new Map();
    constructor(project, host, extraVars, placeholders) {
        this.project = project;
        this.host = host;
        this.extraVars = extraVars;
        this.placeholders = placeholders;
    }
    runEntry(plays) {
        for (const play of plays)
            this.runPlay(play);
        return this.run;
    }
    /* ---------------------------------------------------------------- scopes */
    hostScope(play) {
        const dir = dirOf(play.file);
        const scope = new VarScope((name) => this.magic(name, play));
        const inv = this.host.inventory;
        const { files, yaml } = this.project;
        const groups = this.host.groups;
        if (inv)
            for (const g of groups)
                scope.add('inventory group vars', inv.groups.get(g)?.vars ?? []);
        const dirs = [...new Set([inv?.dir, dir].filter((d) => d !== undefined))];
        for (const d of dirs)
            scope.add('group_vars/all', namedVars(join(d, 'group_vars'), 'all', files, yaml));
        for (const d of dirs)
            for (const g of groups.filter((g) => g !== 'all'))
                scope.add('group_vars', namedVars(join(d, 'group_vars'), g, files, yaml));
        if (inv && this.host.name) {
            scope.add('inventory host vars', inv.hostVars.get(this.host.name) ?? []);
            for (const d of dirs)
                scope.add('host_vars', namedVars(join(d, 'host_vars'), this.host.name, files, yaml));
        }
        scope.addBindings('include_vars', this.included);
        scope.addBindings('set_fact', this.facts);
        scope.addValues('extra vars', this.extraVars);
        return scope;
    }
    /** Variables Ansible itself provides. */
    magic(name, play) {
        switch (name) {
            case 'inventory_hostname':
            case 'inventory_hostname_short':
                return this.host.name
                    ? { value: name.endsWith('short') ? this.host.name.split('.')[0] : this.host.name }
                    : {
                        value: undefined,
                        unknown: `${name}, the name of each host of "${play.hosts}" (no inventory in the repository)`,
                    };
            case 'group_names':
                return { value: this.host.groups.filter((g) => g !== 'all' && g !== 'ungrouped') };
            case 'ansible_managed':
                return { value: 'Ansible managed' };
            case 'omit':
                return { value: OMIT };
            case 'playbook_dir':
                return { value: undefined, unknown: 'playbook_dir, the playbook directory on the controller' };
            case 'hostvars':
            case 'groups':
            case 'ansible_facts':
            case 'ansible_play_hosts':
            case 'play_hosts':
                return { value: undefined, unknown: `${name}, known only when the play runs` };
        }
        if (name.startsWith('ansible_'))
            return { value: undefined, unknown: `Ansible fact ${name}, known only on the host` };
        return undefined;
    }
    /* ---------------------------------------------------------------- plays and roles */
    runPlay(play) {
        const scope = this.hostScope(play);
        const y = play.yaml;
        const vars = play.node.get('vars', true);
        if ((0,dist.isMap)(vars))
            scope.add('play vars', mapDefinitions(vars, y));
        const ctx = { scope, file: play.file, play, uncertain: [], depth: 0 };
        const varsFiles = play.node.get('vars_files', true);
        if ((0,dist.isSeq)(varsFiles)) {
            for (const item of varsFiles.items) {
                const names = (0,dist.isSeq)(item) ? item.items : [item];
                // A list entry is the first of its files that exists.
                for (const n of names) {
                    const rendered = this.renderValue(toValue(n, y), ctx);
                    const defs = typeof rendered === 'string' ? this.varsFile(join(dirOf(play.file), rendered)) : undefined;
                    if (defs) {
                        scope.add('vars_files', defs);
                        break;
                    }
                    if (n === names[names.length - 1])
                        this.note('notice', 'ansible-vars-file-missing', `vars_files ${String(toValue(n, y))} is not in the repository: the variables it defines are unknown`, locationOf(n, y));
                }
            }
        }
        for (const key of ['pre_tasks', 'roles', 'tasks', 'post_tasks']) {
            const list = play.node.get(key, true);
            if (!(0,dist.isSeq)(list))
                continue;
            if (key === 'roles')
                for (const item of list.items)
                    this.playRole(item, ctx);
            else
                this.runTasks(list.items, y, ctx);
        }
    }
    playRole(item, ctx) {
        const y = ctx.play.yaml;
        let name;
        let params = [];
        let when;
        if ((0,dist.isScalar)(item))
            name = String(item.value);
        else if ((0,dist.isMap)(item)) {
            name = String(item.get('role') ?? item.get('name') ?? '');
            const keywords = new Set([
                'role',
                'name',
                'when',
                'tags',
                'become',
                'become_user',
                'vars',
                'delegate_to',
                'environment',
            ]);
            params = mapDefinitions(item, y).filter((d) => !keywords.has(d.name));
            const vars = item.get('vars', true);
            if ((0,dist.isMap)(vars))
                params.push(...mapDefinitions(vars, y));
            when = item.get('when', true) ?? undefined;
        }
        if (!name)
            return;
        const condition = when ? this.condition(when, y, ctx) : { run: true, uncertain: [] };
        if (!condition.run)
            return;
        this.runRole(name, 'main', params, { ...ctx, uncertain: [...ctx.uncertain, ...condition.uncertain] }, locationOf(item, y));
    }
    resolveRole(name, from) {
        if (name.startsWith('\0'))
            return name.slice(1);
        const roles = this.project.roles;
        const base = dirOf(from);
        for (const candidate of [
            join(base, `roles/${name}`),
            join(dirOf(base), `roles/${name}`),
            join(base, name),
            name,
        ]) {
            if (roles.has(external_node_path_default().posix.normalize(candidate)))
                return external_node_path_default().posix.normalize(candidate);
        }
        const last = name.split(/[./]/).pop();
        const byName = [...roles.values()].filter((r) => r.name === name || r.name === last || name.endsWith('.' + r.name));
        if (byName.length === 1)
            return byName[0].dir;
        // A role repository's tests and molecule playbooks name the role by its Galaxy name.
        if (roles.has('') && (from.startsWith('tests/') || from.startsWith('molecule/')))
            return '';
        return undefined;
    }
    runRole(name, tasksFrom, params, ctx, at) {
        const dir = this.resolveRole(name, ctx.file);
        if (dir === undefined) {
            this.note('notice', 'ansible-role-missing', `role ${name} is not in the repository: what it installs is not checked`, at);
            return;
        }
        if (ctx.depth > execute_MAX_DEPTH)
            return;
        const role = this.project.roles.get(dir);
        const scope = ctx.scope.child();
        scope.add('role defaults', role.defaults);
        scope.add('role vars', role.vars);
        scope.add('role params', params);
        scope.addValues('role params', { role_path: dir === '' ? '.' : dir, role_name: role.name });
        const roleCtx = { ...ctx, scope, role: dir, depth: ctx.depth + 1 };
        // meta/main.yml dependencies run first.
        const meta = this.project.yaml(join(dir, 'meta/main.yml'));
        const deps = meta?.docs[0]?.contents;
        if (meta && (0,dist.isMap)(deps)) {
            const list = deps.get('dependencies', true);
            if ((0,dist.isSeq)(list))
                for (const d of list.items)
                    this.playRole(d, {
                        ...roleCtx,
                        play: { ...ctx.play, yaml: meta },
                        file: join(dir, 'meta/main.yml'),
                    });
        }
        const tasks = this.taskFile(join(dir, `tasks/${tasksFrom}`));
        if (tasks)
            this.runTaskFile(tasks, roleCtx);
        // Role defaults and vars stay visible to the rest of the play (roles are not private).
        ctx.scope.add('role defaults', role.defaults);
        ctx.scope.add('role vars', role.vars);
    }
    taskFile(base) {
        for (const ext of ['', '.yml', '.yaml'])
            if (this.project.files.has(base + ext))
                return base + ext;
        return undefined;
    }
    varsFile(file) {
        const y = this.project.yaml(external_node_path_default().posix.normalize(file));
        return y ? fileDefinitions(y) : undefined;
    }
    /* ---------------------------------------------------------------- tasks */
    runTaskFile(file, ctx) {
        const y = this.project.yaml(file);
        if (!y)
            return;
        this.run.notes.push(...y.notes);
        const doc = y.docs[0];
        if (doc && (0,dist.isSeq)(doc.contents))
            this.runTasks(doc.contents.items, y, { ...ctx, file });
    }
    runTasks(items, y, ctx) {
        for (const item of items)
            if ((0,dist.isMap)(item))
                this.runTask(item, y, ctx);
    }
    runTask(task, y, ctx) {
        const scope = ctx.scope.child();
        const vars = task.get('vars', true);
        if ((0,dist.isMap)(vars))
            scope.add(task.has('block') ? 'block vars' : 'task vars', mapDefinitions(vars, y));
        const taskCtx = { ...ctx, scope };
        if (task.has('block')) {
            const when = task.get('when', true);
            const condition = when ? this.condition(when, y, taskCtx) : { run: true, uncertain: [] };
            if (!condition.run)
                return;
            const inner = { ...taskCtx, uncertain: [...ctx.uncertain, ...condition.uncertain] };
            for (const key of ['block', 'always']) {
                const list = task.get(key, true);
                if ((0,dist.isSeq)(list))
                    this.runTasks(list.items, y, inner);
            }
            return;
        }
        const found = taskModule(task, y.file, y.index);
        if (!found)
            return;
        for (const item of this.loopItems(task, y, taskCtx)) {
            const itemCtx = item.vars
                ? {
                    ...taskCtx,
                    scope: taskCtx.scope.child().addValues('include params', item.vars),
                    uncertain: [...taskCtx.uncertain, ...item.uncertain],
                }
                : taskCtx;
            const when = task.get('when', true);
            const condition = when ? this.condition(when, y, itemCtx) : { run: true, uncertain: [] };
            if (!condition.run)
                continue;
            const runCtx = { ...itemCtx, uncertain: [...itemCtx.uncertain, ...condition.uncertain] };
            this.module(found.module, found.params, found.value, found.location, task, y, runCtx);
        }
        const register = task.get('register');
        if (typeof register === 'string') {
            this.facts.set(register, {
                value: undefined,
                unknown: `${register}, the result of the task at ${y.file.path}:${found.location.line}, known only when the play runs`,
            });
        }
    }
    /** The items of `loop`/`with_*`: one run with no item when there is no loop. */
    loopItems(task, y, ctx) {
        const key = task.items
            .map((p) => ((0,dist.isScalar)(p.key) ? String(p.key.value) : ''))
            .find((k) => k === 'loop' || k.startsWith('with_'));
        if (!key)
            return [{ uncertain: [] }];
        const node = task.get(key, true);
        const control = task.get('loop_control', true);
        const loopVar = (0,dist.isMap)(control) ? String(control.get('loop_var') ?? 'item') : 'item';
        let value = this.renderValue(toValue(node, y), ctx, true);
        const unknown = this.unknownIn(value);
        if (unknown.length > 0) {
            this.note('notice', 'ansible-loop-unknown', `the items of this ${key} depend on ${this.describe(unknown)}: each file it writes is undecided`, locationOf(node, y));
            return [{ vars: { [loopVar]: unknown.join('') }, uncertain: unknown }];
        }
        if (key === 'with_dict')
            value = isMapping(value) ? Object.entries(value).map(([k, v]) => ({ key: k, value: v })) : [];
        else if (key === 'with_items')
            value = Array.isArray(value) ? value.flat(1) : [value];
        else if (key === 'with_fileglob' ||
            key === 'with_first_found' ||
            key === 'with_lines' ||
            key === 'with_sequence') {
            this.note('notice', 'ansible-loop-unknown', `${key} items are computed when the play runs: each file this task writes is undecided`, locationOf(node, y));
            return [];
        }
        const list = Array.isArray(value) ? value : value === null || value === undefined ? [] : [value];
        return list.map((v, i) => ({
            vars: {
                [loopVar]: v,
                ...((0,dist.isMap)(control) && control.get('index_var') ? { [String(control.get('index_var'))]: i } : {}),
            },
            uncertain: [],
        }));
    }
    /** `when:` (a string or a list, all true): run, skip, or unknown (run, with the markers). */
    condition(node, y, ctx) {
        const parts = (0,dist.isSeq)(node) ? node.items.map((n) => toValue(n, y)) : [toValue(node, y)];
        const uncertain = [];
        for (const part of parts) {
            if (typeof part === 'boolean') {
                if (!part)
                    return { run: false, uncertain: [] };
                continue;
            }
            const expression = String(part).replace(/^\s*\{\{([\s\S]*)\}\}\s*$/, '$1');
            let result;
            try {
                result = this.renderer(ctx.scope).evaluate(expression);
            }
            catch (error) {
                result = {
                    value: undefined,
                    unknown: [
                        this.placeholders.marker(`when: ${expression}`, `the condition "${expression}", which socklint cannot evaluate (${error.message})`),
                    ],
                };
            }
            if (result.unknown.length === 0) {
                if (!truthy(result.value))
                    return { run: false, uncertain: [] };
                continue;
            }
            const marker = this.placeholders.marker(`when: ${expression}`, `the condition "when: ${expression}" at ${y.file.path}:${locationOf(node, y).line}, which depends on ${this.describe(result.unknown)}`);
            uncertain.push(marker);
            this.note('notice', 'ansible-condition-unknown', `this runs only if ${expression}, which depends on ${this.describe(result.unknown)}: what it writes is undecided`, locationOf(node, y));
        }
        return { run: true, uncertain };
    }
    module(module, raw, value, location, task, y, ctx) {
        if (module === 'shell' || module === 'command' || module === 'raw') {
            if (ctx.uncertain.length > 0)
                return;
            const file = this.maskedFile(y.file);
            shellTask(value, raw, {
                file,
                index: y.index,
                result: { facts: this.run.facts, notes: this.run.notes },
                location,
            });
            return;
        }
        if (DIRECTIVE_MODULES.has(module))
            return;
        const params = new Map();
        const rendered = {};
        for (const [k, p] of raw) {
            const v = this.renderValue(p.value, ctx);
            if (v === OMIT)
                continue;
            rendered[k] = v;
            params.set(k, { ...p, value: v });
        }
        const freeForm = (0,dist.isScalar)(value) && typeof value.value === 'string' ? String(value.value).trim() : undefined;
        switch (module) {
            case 'template':
                return this.template(rendered, params, location, y, ctx);
            case 'copy':
                return this.copy(rendered, params, location, y, ctx);
            case 'include_tasks':
            case 'import_tasks':
            case 'include':
                return this.include(String(rendered.file ?? freeForm ?? ''), task, y, ctx, location);
            case 'include_role':
            case 'import_role': {
                const vars = task.get('vars', true);
                const params = (0,dist.isMap)(vars) ? mapDefinitions(vars, y) : [];
                return this.runRole(String(rendered.name ?? ''), String(rendered.tasks_from ?? 'main'), params, ctx, location);
            }
            case 'set_fact':
                for (const [k, v] of Object.entries(rendered))
                    if (k !== 'cacheable')
                        this.facts.set(k, { value: v, definition: definitionOf(raw.get(k), k, y) });
                return;
            case 'include_vars':
                return this.includeVars(rendered, freeForm, y, ctx, location);
            case 'ini_file':
            case 'lineinfile':
            case 'blockinfile':
            case 'replace':
                return this.edit(module, rendered, raw, location, y, ctx);
        }
        if (ctx.uncertain.length > 0)
            return;
        // Packages named by an unknown value are left out; the others are installed.
        for (const key of ['name', 'pkg']) {
            const p = params.get(key);
            if (/^(apt|yum|dnf|apk|package)$/.test(module) && p && Array.isArray(p.value))
                params.set(key, { ...p, value: p.value.filter((v) => !hasPlaceholder(JSON.stringify(v))) });
        }
        if (/^(apt|yum|dnf|apk|package)$/.test(module))
            rendered.name = params.get('name')?.value ?? params.get('pkg')?.value;
        // Accounts, groups, directories, links, packages: names that depend on unknown values give no fact.
        const named = ['name', 'path', 'dest', 'src', 'groups', 'group', 'owner'].some((k) => hasPlaceholder(JSON.stringify(rendered[k] ?? '')));
        if (named)
            return;
        if (module === 'file' && execute_str(rendered.state) === 'absent') {
            const target = normalize(String(rendered.path ?? rendered.dest ?? rendered.name ?? ''));
            for (const p of [...this.run.placed.keys()])
                if (p === target || p.startsWith(target + '/'))
                    this.run.placed.delete(p);
        }
        applyModule(module, params, {
            file: y.file,
            index: y.index,
            result: { facts: this.run.facts, notes: this.run.notes },
            location,
        });
    }
    /* ---------------------------------------------------------------- modules that place or edit files */
    template(p, params, location, y, ctx) {
        const src = execute_str(p.src);
        const dest = execute_str(p.dest);
        if (!src || !dest)
            return;
        const source = this.findSource(src, 'templates', ctx);
        if (!source) {
            this.note('notice', 'ansible-source-missing', `template ${src} is not in the repository: what it writes to ${this.placeholders.restore(dest)} is not checked`, paramLocation(params.get('src'), y) ?? location);
            return;
        }
        const target = this.destination(dest, src, params, location, y, source);
        if (!target)
            return;
        const extra = {
            template_path: source.path,
            template_fullpath: source.path,
            template_destpath: target,
            template_host: 'controller',
            template_uid: 'root',
        };
        const trim = p.trim_blocks === undefined
            ? true
            : truthy(p.trim_blocks) && !/^(no|false)$/i.test(execute_str(p.trim_blocks) ?? '');
        const lstrip = p.lstrip_blocks !== undefined && /^(yes|true|1)$/i.test(String(p.lstrip_blocks));
        let rendered;
        try {
            rendered = new Renderer(ctx.scope, this.placeholders, (name, from) => this.includeTemplate(name, from, ctx), { trimBlocks: trim, lstripBlocks: lstrip }).render(source, extra, ctx.uncertain.join('') || undefined);
        }
        catch (error) {
            if (!(error instanceof RenderError))
                throw error;
            this.note('warning', 'template-not-rendered', `${source.path} cannot be rendered (${error.message}); it is read with its placeholders unknown`, location);
            this.run.placed.set(target, this.placeholders.apply(source));
            this.run.claimed.add(source.path);
            return;
        }
        const file = {
            ...source,
            text: rendered.text,
            derived: {
                description: `rendered from ${source.path} by the template task at ${location.file}:${location.line}`,
                locate: rendered.locate,
            },
        };
        this.run.placed.set(target, file);
        this.run.claimed.add(source.path);
        const render = { template: source, file, rendered, scope: ctx.scope };
        this.run.renders.push(render);
        RENDERS.set(file, render);
        // Variables the repository leaves undefined and whose value the output depends on.
        const unknown = new Set([...markersIn(rendered.text), ...rendered.uncertain.flatMap((u) => u.what)]);
        const undefinedVars = [...rendered.used]
            .filter(([name, b]) => !b && [...unknown].some((m) => this.placeholders.restore(m) === `{{ ${name} }}`))
            .map(([n]) => n);
        if (undefinedVars.length > 0) {
            const them = undefinedVars.length === 1 ? 'it' : 'them';
            this.note('notice', 'template-variable-undefined', `${source.path} uses ${undefinedVars.map((n) => `{{ ${n} }}`).join(', ')}, which nothing in the repository defines: what depends on ${them} is undecided (define ${them} in the role's defaults/, in group_vars/, or under variables: in .socklint.yml)`, location);
        }
    }
    copy(p, params, location, y, ctx) {
        const dest = execute_str(p.dest);
        if (!dest)
            return;
        if (p.content !== undefined) {
            const content = params.get('content');
            const raw = content?.mapped;
            const text = typeof content?.value === 'string' ? content.value : String(p.content);
            const target = this.destination(dest, undefined, params, location, y, undefined);
            if (!target)
                return;
            const template = raw
                ? { path: y.file.path, text: String(raw.text), within: { text: y.file.text, offsets: raw.offsets } }
                : { path: y.file.path, text };
            try {
                const rendered = this.renderer(ctx.scope).render(template, {}, ctx.uncertain.join('') || undefined);
                const file = {
                    path: y.file.path,
                    absPath: y.file.absPath,
                    text: rendered.text,
                    hadBom: false,
                    crlf: false,
                    derived: {
                        description: `written by the copy task at ${location.file}:${location.line}`,
                        locate: rendered.locate,
                    },
                };
                this.run.placed.set(target, file);
            }
            catch {
                this.note('notice', 'config-edited-by-script', `${this.placeholders.restore(dest)} is written from content socklint cannot render`, location);
            }
            return;
        }
        const src = execute_str(p.src);
        if (!src)
            return;
        if (truthy(p.remote_src) && /^(yes|true|1|True)$/i.test(String(p.remote_src))) {
            const from = this.run.placed.get(normalize(src));
            const target = this.destination(dest, src, params, location, y, undefined);
            if (from && target)
                this.run.placed.set(target, from);
            return;
        }
        const source = this.findSource(src, 'files', ctx);
        const dir = source ? undefined : this.findSourceDir(src, ctx);
        if (!source && !dir) {
            this.note('notice', 'ansible-source-missing', `copy source ${src} is not in the repository: what it writes to ${this.placeholders.restore(dest)} is not checked`, paramLocation(params.get('src'), y) ?? location);
            return;
        }
        if (source) {
            const target = this.destination(dest, src, params, location, y, source);
            if (target) {
                this.run.placed.set(target, source);
                this.run.claimed.add(source.path);
            }
            return;
        }
        // A directory: its contents (or itself, without a trailing /) under dest.
        const base = src.endsWith('/') ? dir : dirOf(dir);
        for (const f of this.project.files.values()) {
            if (!f.path.startsWith(dir + '/'))
                continue;
            const target = normalize(external_node_path_default().posix.join(dest, f.path.slice(base === '' ? 0 : base.length + 1)));
            this.run.placed.set(target, f);
            this.run.claimed.add(f.path);
        }
    }
    /** The deployed path of a `dest:`; undefined (with a note) when it depends on an unknown directory. */
    destination(dest, src, params, location, y, source) {
        let target = dest.endsWith('/') && src ? dest + external_node_path_default().posix.basename(src) : dest;
        target = normalize(target);
        const dir = dirOf(target);
        if (hasPlaceholder(dir) || !target.startsWith('/')) {
            const what = this.placeholders.unresolvedIn(target);
            const raw = params.get('dest');
            this.note('notice', 'ansible-dest-unknown', `${source?.path ?? 'this file'} is not placed: its dest ${raw?.text ?? dest} depends on ${what.join(', ') || 'a relative path'}; define ${what.length === 1 ? 'it' : 'them'} in the role's defaults/, in group_vars/, or under variables: in .socklint.yml`, paramLocation(raw, y) ?? location);
            // The note says why it is not checked; read elsewhere, it would be judged on a guessed machine.
            if (source)
                this.run.claimed.add(source.path);
            return undefined;
        }
        return target;
    }
    edit(module, p, raw, location, y, ctx) {
        const target = execute_str(p.path ?? p.dest ?? p.name);
        if (!target)
            return;
        if (hasPlaceholder(target)) {
            this.note('notice', 'ansible-dest-unknown', `this ${module} edits ${raw.get('path')?.text ?? target}, whose path depends on ${this.placeholders.unresolvedIn(target).join(', ')}: the edit is not applied`, location);
            return;
        }
        const params = { ...p };
        // Under an unknown condition the written value is unknown too.
        const marker = ctx.uncertain.join('');
        if (marker)
            for (const k of ['value', 'line', 'block', 'replace'])
                if (typeof params[k] === 'string')
                    params[k] = String(params[k]) + marker;
        const valueKey = ['value', 'line', 'block', 'replace'].find((k) => raw.has(k));
        const value = valueKey ? definitionOf(raw.get(valueKey), valueKey, y) : undefined;
        if (value)
            TASK_VALUES.set(`${value.location.file}:${value.location.line}:${value.location.column}`, value);
        this.run.edits.push({
            path: normalize(target),
            module,
            params,
            location: paramLocation(valueKey ? raw.get(valueKey) : undefined, y) ?? location,
        });
    }
    include(file, task, y, ctx, location) {
        if (!file || hasPlaceholder(file)) {
            this.note('notice', 'ansible-include-unknown', `the tasks file ${file || '(none)'} depends on ${this.placeholders.unresolvedIn(file).join(', ') || 'nothing socklint reads'}: its tasks are not read`, location);
            return;
        }
        if (ctx.depth > execute_MAX_DEPTH)
            return;
        const candidates = [
            join(dirOf(ctx.file), file),
            ...(ctx.role !== undefined ? [join(ctx.role, `tasks/${file}`)] : []),
            join(dirOf(ctx.play.file), file),
        ];
        const found = candidates.map((c) => external_node_path_default().posix.normalize(c)).find((c) => this.project.files.has(c));
        if (!found) {
            this.note('notice', 'ansible-include-missing', `tasks file ${file} is not in the repository`, location);
            return;
        }
        this.runTaskFile(found, { ...ctx, depth: ctx.depth + 1 });
    }
    includeVars(p, freeForm, y, ctx, location) {
        const name = execute_str(p.file ?? freeForm ?? '');
        const dir = execute_str(p.dir);
        const candidates = [];
        if (name) {
            candidates.push(...(ctx.role !== undefined ? [join(ctx.role, `vars/${name}`)] : []), join(dirOf(ctx.file), name), join(dirOf(ctx.play.file), name), join(dirOf(ctx.play.file), `vars/${name}`));
        }
        let defs;
        const found = candidates.map((c) => external_node_path_default().posix.normalize(c)).find((c) => this.project.files.has(c));
        if (found)
            defs = fileDefinitions(this.project.yaml(found));
        else if (dir) {
            const base = external_node_path_default().posix.normalize(ctx.role !== undefined ? join(ctx.role, `vars/${dir}`) : join(dirOf(ctx.file), dir));
            defs = varsIn(base, this.project.files, this.project.yaml);
        }
        else {
            this.note('notice', 'ansible-vars-file-missing', `include_vars ${name} is not in the repository: the variables it defines are unknown`, location);
            return;
        }
        const namespace = execute_str(p.name);
        if (namespace)
            this.included.set(namespace, { value: Object.fromEntries(defs.map((d) => [d.name, d.value])) });
        else
            for (const d of defs)
                this.included.set(d.name, { value: d.value, definition: d });
    }
    /** A template or file source: the role's templates/ (or files/), the role, the task file's directory, the playbook's. */
    findSource(src, kind, ctx) {
        if (src.startsWith('/'))
            return undefined;
        const dirs = [
            ...(ctx.role !== undefined ? [join(ctx.role, kind), ctx.role] : []),
            dirOf(ctx.file),
            join(dirOf(ctx.file), kind),
            join(dirOf(ctx.play.file), kind),
            dirOf(ctx.play.file),
        ];
        for (const d of dirs) {
            const f = this.project.files.get(external_node_path_default().posix.normalize(join(d, src)));
            if (f)
                return f;
        }
        return undefined;
    }
    findSourceDir(src, ctx) {
        const dirs = [...(ctx.role !== undefined ? [join(ctx.role, 'files')] : []), dirOf(ctx.play.file)];
        for (const d of dirs) {
            const p = external_node_path_default().posix.normalize(join(d, src.replace(/\/$/, '')));
            if ([...this.project.files.keys()].some((f) => f.startsWith(p + '/')))
                return p;
        }
        return undefined;
    }
    includeTemplate(name, from, ctx) {
        const dirs = [
            dirOf(from),
            ...(ctx.role !== undefined ? [join(ctx.role, 'templates')] : []),
            join(dirOf(ctx.play.file), 'templates'),
        ];
        for (const d of dirs) {
            const f = this.project.files.get(external_node_path_default().posix.normalize(join(d, name)));
            if (f) {
                this.run.claimed.add(f.path);
                return f;
            }
        }
        return undefined;
    }
    /* ---------------------------------------------------------------- values */
    renderer(scope) {
        return new Renderer(scope, this.placeholders, () => undefined);
    }
    /** Templates every string of a task parameter or a variable with the task's scope. */
    renderValue(value, ctx, native = false) {
        const renderer = this.renderer(ctx.scope);
        const visit = (v) => {
            if (typeof v === 'string') {
                if (!v.includes('{{') && !v.includes('{%'))
                    return v;
                const whole = /^\s*\{\{([\s\S]*?)\}\}\s*$/.exec(v);
                try {
                    if (whole && (native || !whole[1].includes('}}'))) {
                        const { value } = renderer.evaluate(whole[1]);
                        if (native || Array.isArray(value) || isMapping(value))
                            return value;
                    }
                    return renderer.renderString(v);
                }
                catch (error) {
                    return this.placeholders.marker(v, `"${v}", which socklint cannot render (${error.message})`);
                }
            }
            if (Array.isArray(v))
                return v.map(visit);
            if (isMapping(v))
                return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, visit(x)]));
            return v;
        };
        return visit(value);
    }
    unknownIn(value) {
        return markersIn(JSON.stringify(value) ?? '');
    }
    describe(markers) {
        return [...new Set(markers.flatMap((m) => this.placeholders.unresolvedIn(m)))].join(', ');
    }
    /** The task file with `{{ }}` replaced by same-length markers, for the shell reader. */
    maskedFile(file) {
        let m = this.masked.get(file.path);
        if (!m) {
            m = this.placeholders.apply(file);
            this.masked.set(file.path, m);
        }
        return m;
    }
    note(level, code, message, location) {
        this.run.notes.push({
            level,
            code,
            message: this.placeholders.restore(message),
            ...(location ? { location } : {}),
        });
    }
}
function execute_str(v) {
    return v === undefined || v === null || typeof v === 'object' ? undefined : String(v);
}
function dirOf(p) {
    const d = external_node_path_default().posix.dirname(p);
    return d === '.' ? '' : d;
}
function join(dir, p) {
    return dir === '' ? p : `${dir}/${p}`;
}
function normalize(p) {
    return external_node_path_default().posix
        .normalize(p)
        .replace(/^\/var\/run\//, '/run/')
        .replace(/\/$/, '');
}
function paramLocation(p, y) {
    return p?.node ? locationOf(p.node, y) : undefined;
}
function definitionOf(p, name, y) {
    if (!p?.node)
        return undefined;
    const range = p.node.range;
    const raw = (0,dist.isScalar)(p.node) && range ? y.file.text.slice(range[0], range[1]).trimEnd() : undefined;
    return {
        name,
        value: p.value,
        location: locationOf(p.node, y),
        file: y.file.path,
        node: p.node,
        ...(raw !== undefined ? { raw } : {}),
    };
}

// EXTERNAL MODULE: ./node_modules/diff/libesm/diff/array.js
var array = __webpack_require__(1318);
;// CONCATENATED MODULE: ./src/engine/ansible/edits.ts
/**
 * What Ansible's file-editing modules do to a file's text: `ini_file` (community.general, as
 * shipped with ansible 2.14: a commented `;key = value` line counts as the option and is
 * replaced), `lineinfile`, `blockinfile` and `replace`. The edited text keeps, line by line,
 * where each line came from: the file before, or the task that wrote it.
 */



/** Applies one module's edit; undefined when the module or its parameters are not understood. */
function editText(module, text, p) {
    switch (module) {
        case 'ini_file':
            return iniFile(text, p);
        case 'lineinfile':
            return lineInFile(text, p);
        case 'blockinfile':
            return blockInFile(text, p);
        case 'replace':
            return replaceIn(text, p);
    }
    return undefined;
}
const edits_escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** community.general.ini_file `do_ini`, for one option (the forms roles use). */
function iniFile(text, p) {
    const section = p.section === undefined || p.section === null ? undefined : python_str(p.section);
    const option = p.option === undefined || p.option === null ? undefined : python_str(p.option);
    const state = python_str(p.state ?? 'present');
    const values = p.values !== undefined
        ? p.values.map(python_str)
        : p.value !== undefined && p.value !== null
            ? [python_str(p.value)]
            : [];
    const format = truthyParam(p.no_extra_spaces)
        ? (o, v) => `${o}=${v}\n`
        : (o, v) => `${o} = ${v}\n`;
    let lines = text === '' ? ['\n'] : (text.match(/[^\n]*\n|[^\n]+$/g) ?? []);
    if (!lines[lines.length - 1].endsWith('\n'))
        lines[lines.length - 1] += '\n';
    const fake = '[ad01e11446efb704fcdbdb21f2c43757423d91c5]';
    lines = [fake, ...lines, '['];
    const name = section ?? fake.slice(1, -1);
    let within = false;
    let start = 0;
    let end = 0;
    for (let i = 0; i < lines.length; i++) {
        if (lines[i].startsWith(`[${name}]`)) {
            within = true;
            start = i;
        }
        else if (lines[i].startsWith('[') && within) {
            end = i;
            break;
        }
    }
    const before = lines.slice(0, start);
    let sectionLines = lines.slice(start, end);
    const after = lines.slice(end);
    const opt = option ? new RegExp(`^[#;]?( |\\t)*(${edits_escape(option)})( |\\t)*(=|$)( |\\t)*(.*)`) : undefined;
    const active = option ? new RegExp(`^( |\\t)*(${edits_escape(option)})( |\\t)*(=|$)( |\\t)*(.*)`) : undefined;
    const remaining = [...new Set(values)];
    if (state === 'present' && opt) {
        const changed = sectionLines.map(() => false);
        sectionLines.forEach((line, i) => {
            const m = opt.exec(line.replace(/\n$/, ''));
            if (m && remaining.includes(m[6])) {
                sectionLines[i] = format(option, m[6]);
                changed[i] = true;
                remaining.splice(remaining.indexOf(m[6]), 1);
            }
        });
        if (p.exclusive === undefined || truthyParam(p.exclusive)) {
            for (let i = 0; i < sectionLines.length && remaining.length > 0; i++) {
                if (!changed[i] && opt.test(sectionLines[i].replace(/\n$/, ''))) {
                    sectionLines[i] = format(option, remaining.shift());
                    changed[i] = true;
                }
            }
            for (let i = sectionLines.length - 1; i > 0; i--) {
                if (!changed[i] && opt.test(sectionLines[i].replace(/\n$/, ''))) {
                    sectionLines.splice(i, 1);
                    changed.splice(i, 1);
                }
            }
        }
        for (let i = sectionLines.length; i > 0; i--) {
            if (!/^[ \t]*([#;].*)?$/.test(sectionLines[i - 1].replace(/\n$/, ''))) {
                sectionLines.splice(i, 0, ...remaining.map((v) => format(option, v)));
                remaining.length = 0;
                break;
            }
        }
    }
    if (state === 'absent') {
        if (active)
            sectionLines = sectionLines.filter((l) => !active.test(l.replace(/\n$/, '')));
        else
            sectionLines = [];
    }
    const out = [...before, ...sectionLines, ...after].slice(1, -1);
    if (!within && state === 'present') {
        out.push(`[${name}]\n`);
        for (const v of remaining)
            out.push(format(option, v));
    }
    return out.join('');
}
function truthyParam(v) {
    return v === true || (typeof v === 'string' && /^(yes|true|on|1)$/i.test(v));
}
/** Python `re` syntax roles write, in JavaScript's. */
function regex(pattern, flags = '') {
    return new RegExp(python_str(pattern)
        .replace(/\(\?P</g, '(?<')
        .replace(/\\Z/g, '$')
        .replace(/\\A/g, '^'), flags);
}
function backrefs(template, m) {
    return template.replace(/\\g<(\w+)>|\\(\d+)/g, (_, name, n) => n !== undefined
        ? (m[Number(n)] ?? '')
        : /^\d+$/.test(name)
            ? (m[Number(name)] ?? '')
            : (m.groups?.[name] ?? ''));
}
function lineInFile(text, p) {
    const eol = text.endsWith('\n') || text === '';
    const lines = text === '' ? [] : text.replace(/\n$/, '').split('\n');
    const state = python_str(p.state ?? 'present');
    const re = p.regexp !== undefined ? regex(p.regexp ?? p.regex) : undefined;
    const search = p.search_string !== undefined ? python_str(p.search_string) : undefined;
    const matches = (l) => re ? re.test(l) : search !== undefined ? l.includes(search) : l === python_str(p.line);
    if (state === 'absent')
        return edits_join(lines.filter((l) => !matches(l)), eol);
    const line = python_str(p.line ?? '');
    let found = -1;
    for (let i = 0; i < lines.length; i++)
        if (matches(lines[i]))
            found = truthyParam(p.firstmatch) && found !== -1 ? found : i;
    if (found !== -1) {
        lines[found] = re && truthyParam(p.backrefs) ? backrefs(line, regex(p.regexp).exec(lines[found])) : line;
        return edits_join(lines, eol);
    }
    if (truthyParam(p.backrefs))
        return text;
    if (lines.includes(line))
        return text;
    const at = insertionPoint(lines, p);
    lines.splice(at, 0, line);
    return edits_join(lines, true);
}
function insertionPoint(lines, p) {
    if (p.insertbefore !== undefined) {
        if (python_str(p.insertbefore) === 'BOF')
            return 0;
        const re = regex(p.insertbefore);
        const i = truthyParam(p.firstmatch)
            ? lines.findIndex((l) => re.test(l))
            : lines.map((l) => re.test(l)).lastIndexOf(true);
        return i === -1 ? lines.length : i;
    }
    if (p.insertafter !== undefined && python_str(p.insertafter) !== 'EOF') {
        const re = regex(p.insertafter);
        const i = truthyParam(p.firstmatch)
            ? lines.findIndex((l) => re.test(l))
            : lines.map((l) => re.test(l)).lastIndexOf(true);
        return i === -1 ? lines.length : i + 1;
    }
    return lines.length;
}
function edits_join(lines, eol) {
    return lines.join('\n') + (eol && lines.length > 0 ? '\n' : '');
}
function blockInFile(text, p) {
    const marker = python_str(p.marker ?? '# {mark} ANSIBLE MANAGED BLOCK');
    const begin = marker.replace('{mark}', python_str(p.marker_begin ?? 'BEGIN'));
    const end = marker.replace('{mark}', python_str(p.marker_end ?? 'END'));
    const lines = text === '' ? [] : text.replace(/\n$/, '').split('\n');
    const block = python_str(p.block ?? p.content ?? '').replace(/\n$/, '');
    const b = lines.indexOf(begin);
    const e = lines.indexOf(end);
    const wanted = python_str(p.state ?? 'present') === 'absent' || block === '' ? [] : [begin, ...block.split('\n'), end];
    if (b !== -1 && e !== -1 && e > b) {
        lines.splice(b, e - b + 1, ...wanted);
    }
    else
        lines.splice(insertionPoint(lines, p), 0, ...wanted);
    return edits_join(lines, true);
}
function replaceIn(text, p) {
    const re = regex(p.regexp, 'gm');
    const replacement = python_str(p.replace ?? '');
    return text.replace(re, (...args) => {
        const groups = args.slice(0, -2);
        const m = Object.assign([...groups], {
            index: 0,
            input: '',
            groups: undefined,
        });
        return backrefs(replacement, m);
    });
}
/**
 * The file after an edit: lines kept from before point where they did; lines the task wrote
 * point at the task.
 */
function editedFile(before, after, task, description) {
    const oldLines = before.text.split('\n');
    const newLines = after.split('\n');
    const origin = [];
    let o = 0;
    for (const part of (0,array/* diffArrays */.E)(oldLines, newLines)) {
        if (part.removed) {
            o += part.value.length;
            continue;
        }
        for (let k = 0; k < part.value.length; k++)
            origin.push(part.added ? undefined : o + k + 1);
        if (!part.added)
            o += part.value.length;
    }
    const locate = (span) => {
        const from = origin[span.line - 1];
        const to = origin[span.endLine - 1];
        if (from === undefined || to === undefined)
            return task;
        const shifted = { ...span, line: from, endLine: to };
        return before.derived
            ? before.derived.locate(shifted)
            : before.path.startsWith('(')
                ? undefined
                : locationIn(before, shifted);
    };
    return {
        ...before,
        text: after,
        derived: { description: `${before.derived?.description ?? before.path}, ${description}`, locate },
    };
}

;// CONCATENATED MODULE: ./src/engine/ansible/related.ts

/** At most this many definitions are listed per finding. */
const MAX_DEFINITIONS = 3;
function withDefinitions(finding, renders) {
    const at = finding.location;
    const added = [];
    for (const render of renders ?? []) {
        if (render.template.path !== at.file)
            continue;
        for (const output of render.rendered.outputs) {
            const loc = render.rendered.locate(spanIn(render.rendered.text, output.start, output.end));
            if (!loc || loc.line > at.endLine || loc.endLine < at.line)
                continue;
            for (const name of output.variables) {
                const definition = render.scope.get(name)?.definition;
                if (!definition)
                    continue;
                const message = `${name} = ${python_str(definition.value)} is defined here`;
                const seen = [...finding.related, ...added].some((r) => r.file === definition.location.file && r.line === definition.location.line);
                if (!seen && added.length < MAX_DEFINITIONS)
                    added.push({ ...definition.location, message });
            }
        }
    }
    return added.length === 0 ? finding : { ...finding, related: [...finding.related, ...added] };
}
/** The span of the offsets [start, end) of a text. */
function spanIn(text, start, end) {
    const pos = (offset) => {
        const before = text.slice(0, offset);
        const line = before.split('\n').length;
        return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
    };
    const a = pos(start);
    const b = pos(Math.max(end, start));
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}

;// CONCATENATED MODULE: ./src/engine/ansible/index.ts






/** Above this many hosts in one inventory, hosts are grouped by their groups instead of run one by one. */
const MAX_HOSTS = 200;
function ansibleMachines(files, variables, placeholders) {
    if (!files.some((f) => f.kind === 'ansible'))
        return { machines: [], claimed: new Set(), notes: [] };
    // Templates are rendered from the text as written, not the text with placeholder markers.
    const project = readProject(files.map((f) => placeholders.original(f)));
    const machines = [];
    const claimed = new Set();
    for (const entry of project.entries) {
        const inventories = project.inventories.filter((inv) => within(inv.dir, entry.dir));
        const runs = [];
        if (inventories.length === 0) {
            // No inventory: one machine per distinct `hosts:` pattern.
            const patterns = [...new Set(entry.plays.map((p) => p.hosts))];
            const all = patterns.filter((p) => p === 'all' || p === '*');
            const named = patterns.filter((p) => !all.includes(p));
            for (const pattern of named.length > 0 ? named : ['all']) {
                const groups = [
                    'all',
                    ...pattern
                        .split(/[:,]/)
                        .map((t) => t.trim())
                        .filter((t) => t && !/^[!&]/.test(t) && t !== 'all'),
                ];
                const host = { groups };
                const plays = entry.plays.filter((p) => p.hosts === pattern || all.includes(p.hosts));
                runs.push({
                    label: named.length > 1 ? [`hosts: ${pattern}`] : [],
                    run: new HostRunner(project, host, variables, placeholders).runEntry(plays),
                    hosts: [],
                });
            }
        }
        else {
            for (const inv of inventories) {
                const hosts = [...new Set(entry.plays.flatMap((p) => matchPattern(p.hosts, inv)))].sort();
                const representatives = hosts.length > MAX_HOSTS ? byGroups(hosts, inv) : hosts.map((h) => [h]);
                for (const group of representatives) {
                    const name = group[0];
                    const host = { name, groups: groupsOf(inv, name), inventory: inv };
                    const plays = entry.plays.filter((p) => matchPattern(p.hosts, inv).includes(name));
                    runs.push({
                        label: [],
                        run: new HostRunner(project, host, variables, placeholders).runEntry(plays),
                        hosts: group,
                        inventory: inv,
                    });
                }
            }
        }
        // Hosts with the same files and facts are one machine.
        const merged = new Map();
        for (const r of runs) {
            const key = signature(r.run, r.hosts[0]) + '\0' + (r.inventory?.path ?? '') + '\0' + r.label.join();
            const m = merged.get(key);
            if (m)
                m.hosts.push(...r.hosts);
            else
                merged.set(key, { run: r.run, hosts: [...r.hosts], label: r.label, inventory: r.inventory });
        }
        const many = merged.size > 1;
        for (const m of merged.values()) {
            for (const c of m.run.claimed)
                claimed.add(c);
            const who = m.inventory ? hostLabel(m.hosts, m.inventory) : m.label.join(', ');
            const prefix = entry.name === './' ? './' : entry.name;
            machines.push({
                id: `ansible ${prefix}${many || (m.inventory && who) ? ` [${who}${inventories.length > 1 && m.inventory ? ` in ${m.inventory.path}` : ''}]` : ''}`,
                facts: m.run.facts,
                placed: m.run.placed,
                edits: m.run.edits,
                notes: m.run.notes,
                renders: m.run.renders,
            });
        }
    }
    return { machines, claimed, notes: project.notes };
}
function within(inventoryDir, entryDir) {
    return (entryDir === '' ||
        inventoryDir === entryDir ||
        inventoryDir.startsWith(entryDir + '/') ||
        entryDir.startsWith(inventoryDir + '/') ||
        inventoryDir === '');
}
/** The names of a machine's hosts: the groups whose hosts are exactly these, else the hosts. */
function hostLabel(hosts, inv) {
    const set = new Set(hosts);
    for (const g of [...inv.groups.keys()].sort()) {
        if (g === 'all' || g === 'ungrouped')
            continue;
        const members = hostsOf(inv, g);
        if (members.size === set.size && [...members].every((h) => set.has(h)))
            return g;
    }
    const sorted = [...set].sort();
    return sorted.length > 5
        ? `${sorted.slice(0, 5).join(', ')}, … (${sorted.length} hosts)`
        : sorted.join(', ');
}
function byGroups(hosts, inv) {
    const out = new Map();
    for (const h of hosts) {
        const key = groupsOf(inv, h).join(',');
        out.set(key, [...(out.get(key) ?? []), h]);
    }
    return [...out.values()];
}
/**
 * What makes two hosts different machines. A host's own name (`server_name {{
 * inventory_hostname }}`) does not: hosts that differ only there share a machine.
 */
function signature(run, host) {
    const own = host
        ? new RegExp(`\\b${host.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b|\\b${host.split('.')[0]}\\b`, 'g')
        : undefined;
    const anonymous = (text) => (own ? text.replace(own, '\0host') : text);
    const files = [...run.placed].map(([p, f]) => anonymous(`${p}\0${f.path}\0${f.text}`)).sort();
    const facts = run.facts.map((f) => anonymous(JSON.stringify(f)));
    const edits = run.edits.map((e) => anonymous(JSON.stringify([e.path, e.module, e.params])));
    return JSON.stringify([files, facts, edits]);
}

;// CONCATENATED MODULE: ./src/engine/parse/provision/docker-heredocs.ts
/**
 * Heredocs of a Dockerfile instruction, found as BuildKit finds them (`heredocsFromLine` and
 * `ParseHeredoc` in moby/buildkit frontend/dockerfile/parser): the instruction's line is split
 * into words that keep their quotes and escapes, `<<` glues to the blanks after it, and a word
 * of the form `[fd]<<[-]NAME` opens a heredoc; a quoted or escaped `<<` does not. Each body runs
 * to the first line equal to NAME (leading tabs ignored with `<<-`). dockerfile-ast misses
 * `<< EOF` and takes a quoted `'<<EOF'` for a heredoc, so the reader uses this instead.
 */
const HEREDOC = /^(\d*)<<(-?)\s*([^<]*)$/;
/** The heredoc words of an instruction's line, in order. */
function heredocWords(line) {
    const out = [];
    for (const word of rawWords(line)) {
        const m = HEREDOC.exec(word);
        if (!m || m[3] === '')
            continue;
        const rest = m[3];
        const name = docker_heredocs_unquote(rest);
        if (name === undefined)
            continue;
        // Quoted in any part (some quote went away with quote removal): the body is not expanded.
        const quotes = (w) => (w.match(/['"]/g) ?? []).length;
        out.push({ name, expand: quotes(name) === quotes(rest), chomp: m[2] === '-' });
    }
    return out;
}
/**
 * The bodies of those heredocs in the file, one after the other from `from` (the start of the
 * line after the instruction's line). Undefined when one is never closed: the builder refuses it.
 */
function heredocBodies(text, from, words) {
    const out = [];
    let at = from;
    for (const word of words) {
        const bodyStart = at;
        for (;;) {
            if (at >= text.length)
                return undefined;
            let nl = text.indexOf('\n', at);
            if (nl === -1)
                nl = text.length;
            let line = text.slice(at, nl).replace(/\r$/, '');
            if (word.chomp)
                line = line.replace(/^\t+/, '');
            const lineStart = at;
            at = Math.min(nl + 1, text.length);
            if (line === word.name) {
                out.push({ ...word, bodyStart, bodyEnd: lineStart, end: at });
                break;
            }
        }
    }
    return out;
}
/** Words split on unquoted blanks, quotes and escapes kept as written, `<<` glued to the blanks after it. */
function rawWords(line) {
    const words = [];
    let word = '';
    let inWord = false;
    for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (c === ' ' || c === '\t') {
            if (inWord)
                words.push(word);
            word = '';
            inWord = false;
            continue;
        }
        inWord = true;
        if (c === '\\' && i + 1 < line.length) {
            word += c + line[++i];
        }
        else if (c === "'" || c === '"') {
            const close = line.indexOf(c, i + 1);
            const end = close === -1 ? line.length - 1 : close;
            word += line.slice(i, end + 1);
            i = end;
        }
        else if (c === '<' && line[i + 1] === '<') {
            word += '<<';
            i++;
            while (line[i + 1] === ' ' || line[i + 1] === '\t')
                word += line[++i];
        }
        else
            word += c;
    }
    if (inWord)
        words.push(word);
    return words;
}
/** The word with its quotes removed and escapes processed; undefined when it is not one word. */
function docker_heredocs_unquote(word) {
    let out = '';
    for (let i = 0; i < word.length; i++) {
        const c = word[i];
        if (c === '\\' && i + 1 < word.length)
            out += word[++i];
        else if (c === "'" || c === '"') {
            const close = word.indexOf(c, i + 1);
            if (close === -1)
                return undefined;
            out += word.slice(i + 1, close);
            i = close;
        }
        else if (c === ' ' || c === '\t')
            return undefined;
        else
            out += c;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/engine/parse/provision/docker-words.ts
function expandDockerWord(raw, vars, options) {
    return new Lexer(raw, vars, options).word();
}
class Lexer {
    s;
    vars;
    options;
    i = 0;
    unknown = [];
    constructor(s, vars, options) {
        this.s = s;
        this.vars = vars;
        this.options = options;
    }
    get escape() {
        return this.options.escape;
    }
    word(stop = '') {
        let value = '';
        while (this.i < this.s.length && !stop.includes(this.s[this.i])) {
            const c = this.s[this.i];
            if (c === this.escape && this.i + 1 < this.s.length) {
                value += this.s[this.i + 1];
                this.i += 2;
            }
            else if (c === "'") {
                const close = this.s.indexOf("'", this.i + 1);
                const end = close === -1 ? this.s.length : close;
                value += this.s.slice(this.i + 1, end);
                this.i = end + 1;
            }
            else if (c === '"') {
                this.i++;
                while (this.i < this.s.length && this.s[this.i] !== '"') {
                    const d = this.s[this.i];
                    if (d === this.escape && '"$'.concat(this.escape).includes(this.s[this.i + 1] ?? '')) {
                        value += this.s[this.i + 1];
                        this.i += 2;
                    }
                    else if (d === '$')
                        value += this.variable();
                    else {
                        value += d;
                        this.i++;
                    }
                }
                this.i++;
            }
            else if (c === '$')
                value += this.variable();
            else {
                value += c;
                this.i++;
            }
        }
        return { value, unknown: [...new Set(this.unknown)] };
    }
    variable() {
        const start = this.i;
        this.i++;
        if (this.s[this.i] !== '{') {
            const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(this.s.slice(this.i));
            if (!m)
                return '$';
            this.i += m[0].length;
            return this.lookup(m[0], this.s.slice(start, this.i));
        }
        this.i++;
        const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(this.s.slice(this.i));
        if (!m)
            return this.s.slice(start, (this.i = this.s.length));
        const name = m[0];
        this.i += name.length;
        const op = /^(:?[-+?])/.exec(this.s.slice(this.i))?.[1];
        if (!op) {
            if (this.s[this.i] === '}')
                this.i++;
            return this.lookup(name, '${' + name + '}');
        }
        this.i += op.length;
        const sub = new Lexer(this.s.slice(this.i), this.vars, this.options);
        const word = sub.word('}');
        this.i += sub.i + 1;
        const known = this.value(name);
        const raw = this.s.slice(start, this.i);
        if (known !== undefined && typeof known !== 'string') {
            this.unknown.push(`$${name}`);
            return raw;
        }
        const set = known !== undefined && (!op.startsWith(':') || known !== '');
        if (op.endsWith('+'))
            return set ? this.take(word) : '';
        if (set)
            return known;
        if (op.endsWith('?')) {
            this.unknown.push(`$${name}`);
            return raw;
        }
        return this.take(word);
    }
    take(word) {
        this.unknown.push(...word.unknown);
        return word.value;
    }
    value(name) {
        const value = this.vars.get(name);
        return value === undefined && this.options.unset === 'unknown' ? { unknown: [`$${name}`] } : value;
    }
    lookup(name, raw) {
        const value = this.value(name);
        if (value === undefined)
            return '';
        if (typeof value === 'string')
            return value;
        this.unknown.push(`$${name}`);
        return raw;
    }
}

;// CONCATENATED MODULE: ./src/engine/parse/provision/jsonform.ts
/** The JSON array form of Dockerfile instructions (`RUN ["sh", "-c", "…"]`), with positions. */

const ESCAPES = {
    '"': '"',
    '\\': '\\',
    '/': '/',
    b: '\b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t',
};
/** Parses a JSON array of strings; undefined when the text is not one (Docker then uses the shell form). */
function parseJsonStringArray(source) {
    const s = source.text;
    let i = skipSpace(s, 0);
    if (s[i] !== '[')
        return undefined;
    i = skipSpace(s, i + 1);
    const elements = [];
    if (s[i] === ']')
        return skipSpace(s, i + 1) === s.length ? elements : undefined;
    for (;;) {
        if (s[i] !== '"')
            return undefined;
        const start = i++;
        const builder = new MappedTextBuilder();
        while (i < s.length && s[i] !== '"') {
            if (s[i] !== '\\') {
                builder.push(s[i], source.offsets[i]);
                i++;
                continue;
            }
            const e = s[i + 1];
            if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(s.slice(i + 2, i + 6))) {
                builder.push(String.fromCharCode(parseInt(s.slice(i + 2, i + 6), 16)), source.offsets[i]);
                i += 6;
            }
            else if (e !== undefined && e in ESCAPES) {
                builder.push(ESCAPES[e], source.offsets[i]);
                i += 2;
            }
            else
                return undefined;
        }
        if (i >= s.length)
            return undefined;
        const mapped = builder.build();
        elements.push({ value: mapped.text, start, end: ++i, mapped });
        i = skipSpace(s, i);
        if (s[i] === ']')
            return skipSpace(s, i + 1) === s.length ? elements : undefined;
        if (s[i] !== ',')
            return undefined;
        i = skipSpace(s, i + 1);
    }
}
function skipSpace(s, i) {
    while (i < s.length && /\s/.test(s[i]))
        i++;
    return i;
}

;// CONCATENATED MODULE: ./src/engine/parse/provision/dockerfile.ts









let ast;
/** Loads the Dockerfile parser once, on first need (a scan without Dockerfiles never does). */
async function dockerfile_loadDockerfileParser() {
    ast ??= await __webpack_require__.e(/* import() */ 839).then(__webpack_require__.bind(__webpack_require__, 8390));
}
/** The facts of a Dockerfile; `loadDockerfileParser()` must have finished. */
function dockerfileFacts(file, options = {}) {
    return new DockerfileReader(file, options).read();
}
function dockerfile_parser() {
    if (!ast)
        throw new Error('the Dockerfile parser is not loaded (await loadDockerfileParser() first)');
    return ast;
}
/**
 * ENV of official images as far as a Dockerfile uses it (`COPY x $PHP_INI_DIR/conf.d/`); the
 * version variables depend on the tag, so they are unknown here.
 */
const UNKNOWN_VERSION = (name) => ({ unknown: [`$${name}`] });
const IMAGE_ENV = {
    php: {
        PHP_INI_DIR: '/usr/local/etc/php',
        PHP_VERSION: UNKNOWN_VERSION('PHP_VERSION'),
        PHPIZE_DEPS: UNKNOWN_VERSION('PHPIZE_DEPS'),
    },
    nginx: { NGINX_VERSION: UNKNOWN_VERSION('NGINX_VERSION') },
    'nginxinc/nginx-unprivileged': { NGINX_VERSION: UNKNOWN_VERSION('NGINX_VERSION') },
};
/** What the builder gives every RUN line when the image does not set it. */
const BUILD_ENV = {
    HOME: '/root',
    PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
};
/** Official images whose environment is known (beyond IMAGE_ENV, nothing a path would use). */
const KNOWN_IMAGES = /^(?:docker\.io\/)?(?:library\/)?(php|nginx|httpd|caddy|debian|ubuntu|alpine|fedora|rockylinux|almalinux|nginxinc\/nginx-unprivileged)(?::|@|$)/;
const dockerfile_SHELLS = /^(?:\/usr)?(?:\/bin\/)?(?:sh|bash|ash|dash)$/;
class DockerfileReader {
    file;
    options;
    index;
    lineStarts = [0];
    result = { facts: [], notes: [] };
    globalArgs = new Map();
    /** Stages by `AS` name (lower-cased) and by index. */
    stages = new Map();
    stageCount = 0;
    stage;
    escape = '\\';
    /** The escape character at the end of a line (blanks after it allowed): the line goes on. */
    continuation = /\\[ \t]*$/;
    spans = new Map();
    constructor(file, options) {
        this.file = file;
        this.options = options;
        this.index = new text_LineIndex(file.path, file.text);
        // LSP positions count \r\n, \n and \r as line ends.
        const text = file.text;
        for (let i = 0; i < text.length; i++) {
            if (text[i] === '\r' && text[i + 1] === '\n')
                i++;
            if (text[i] === '\n' || text[i] === '\r')
                this.lineStarts.push(i + 1);
        }
    }
    read() {
        const { DockerfileParser } = dockerfile_parser();
        const dockerfile = DockerfileParser.parse(this.file.text);
        this.escape = dockerfile.getEscapeCharacter();
        this.continuation = new RegExp(`${this.escape === '\\' ? '\\\\' : '`'}[ \\t]*$`);
        let instructions = dockerfile.getInstructions();
        for (let i = 0; i < instructions.length; i++) {
            const ins = instructions[i];
            const span = this.span(ins);
            if (!span.unterminated)
                this.apply(ins);
            // dockerfile-ast and BuildKit disagree on where the instruction ends (a heredoc it missed,
            // or a quoted `<<` it took for one): the rest of the file is read again from the real end.
            const astEnd = trimEnd(this.file.text, this.offset(ins.getRange().end));
            if (this.lineOf(astEnd) !== this.lineOf(span.end)) {
                const rest = DockerfileParser.parse(blankBefore(this.file.text, span.end, this.offset(instructions[0].getRange().start)));
                instructions = [
                    ...instructions.slice(0, i + 1),
                    ...rest.getInstructions().filter((x) => this.offset(x.getRange().start) >= span.end),
                ];
            }
        }
        return this.result;
    }
    apply(ins) {
        const keyword = ins.getKeyword().toUpperCase();
        if (keyword === 'FROM')
            return this.from(ins);
        if (keyword === 'ARG')
            return this.arg(ins);
        const stage = this.stage;
        if (!stage)
            return;
        switch (keyword) {
            case 'ENV':
                return this.env(ins, stage);
            case 'WORKDIR':
                return this.workdir(ins, stage);
            case 'USER':
                return this.user(ins, stage);
            case 'COPY':
            case 'ADD':
                return this.copy(ins, stage, keyword);
            case 'RUN':
                return this.run(ins, stage);
            case 'SHELL': {
                const json = parseJsonStringArray(this.argsText(ins));
                if (json && json.length > 0)
                    stage.shell = json.map((e) => e.value);
                return;
            }
            case 'ENTRYPOINT':
            case 'CMD':
                return this.command(ins, keyword === 'ENTRYPOINT' ? 'entrypoint' : 'cmd');
        }
    }
    /* ---------------------------------------------------------------- positions */
    offset(p) {
        return (this.lineStarts[p.line] ?? this.file.text.length) + p.character;
    }
    loc(range) {
        return this.index.location(this.offset(range.start), this.offset(range.end));
    }
    /** From the keyword through `end` (a file offset). */
    instructionLocation(ins, end) {
        const start = this.offset(ins.getRange().start);
        return this.index.location(start, end ?? this.logicalEnd(ins));
    }
    lineOf(offset) {
        let lo = 0;
        let hi = this.lineStarts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.lineStarts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo;
    }
    /** The end of the instruction's own lines (before any heredoc body). */
    logicalEnd(ins) {
        return this.span(ins).logicalEnd;
    }
    /**
     * Where an instruction really ends, as BuildKit reads it: its line with continuations, then the
     * bodies of its heredocs (RUN, COPY and ADD only).
     */
    span(ins) {
        const known = this.spans.get(ins);
        if (known)
            return known;
        const text = this.file.text;
        const start = this.offset(ins.getRange().start);
        let at = start;
        let logicalEnd = start;
        for (let first = true; at < text.length; first = false) {
            let nl = text.indexOf('\n', at);
            if (nl === -1)
                nl = text.length;
            const line = text.slice(at, nl).replace(/\r$/, '');
            const next = Math.min(nl + 1, text.length);
            if (!first && /^\s*(#|$)/.test(line)) {
                at = next;
                continue;
            }
            logicalEnd = at + line.length;
            at = next;
            if (!this.continuation.test(line))
                break;
        }
        logicalEnd = trimEnd(text, logicalEnd);
        const keyword = ins.getKeyword().toUpperCase();
        const line = this.joinContinuations(start, logicalEnd).text;
        const words = ['RUN', 'COPY', 'ADD'].includes(keyword) && !/^\s*\S+\s+\[/.test(line) ? heredocWords(line) : [];
        const lineEnd = text.indexOf('\n', logicalEnd);
        const after = lineEnd === -1 ? text.length : lineEnd + 1;
        const heredocs = words.length > 0 ? heredocBodies(text, after, words) : [];
        if (heredocs === undefined) {
            this.note('unterminated-heredoc', 'a heredoc of this instruction is never closed: the builder refuses the Dockerfile here', this.index.location(start, logicalEnd));
        }
        const last = heredocs?.[heredocs.length - 1];
        const span = {
            logicalEnd,
            heredocs: heredocs ?? [],
            unterminated: heredocs === undefined,
            end: last ? trimEnd(text, last.end) : logicalEnd,
        };
        this.spans.set(ins, span);
        return span;
    }
    /**
     * The arguments as the builder sees them: from the first argument (after the flags) to the end
     * of the instruction's lines, line continuations removed, comment and empty lines inside a
     * continuation skipped, every character mapped to its file offset.
     */
    argsText(ins) {
        const args = ins.getArguments();
        const flags = 'getFlags' in ins
            ? ins.getFlags()
            : [];
        const afterFlags = flags.length > 0
            ? this.offset(flags[flags.length - 1].getRange().end)
            : this.offset(ins.getInstructionRange().end);
        const first = args.map((a) => this.offset(a.getRange().start)).find((o) => o >= afterFlags);
        const end = this.logicalEnd(ins);
        if (first === undefined || first >= end)
            return { text: '', offsets: [] };
        return this.joinContinuations(first, end);
    }
    joinContinuations(from, to) {
        const text = this.file.text;
        const out = new MappedTextBuilder();
        let at = from;
        let firstLine = true;
        while (at < to) {
            let nl = text.indexOf('\n', at);
            if (nl === -1 || nl > to)
                nl = to;
            const lineEnd = text[nl - 1] === '\r' && nl > at ? nl - 1 : nl;
            const line = text.slice(at, lineEnd);
            if (!firstLine && /^\s*(#|$)/.test(line)) {
                at = nl + 1;
                continue;
            }
            firstLine = false;
            const m = this.continuation.exec(line);
            const keep = m && nl < to ? m.index : line.length;
            for (let k = 0; k < keep; k++)
                out.push(line[k], at + k);
            if (!m || nl >= to)
                break;
            at = nl + 1;
        }
        return out.build();
    }
    /* ---------------------------------------------------------------- substitution */
    /** A name nothing declared may come from the base image's environment, unless that is known. */
    expand(raw, stage) {
        const vars = stage?.vars ?? this.globalArgs;
        return expandDockerWord(raw, vars, { escape: this.escape, unset: stage?.unset ?? 'empty' });
    }
    /* ---------------------------------------------------------------- instructions */
    from(ins) {
        const args = ins.getArguments();
        if (args.length === 0)
            return;
        const image = this.expand(args[0].getValue(), undefined);
        const stageName = args.length >= 3 && args[1].getValue().toLowerCase() === 'as' ? args[2].getValue() : undefined;
        const parent = this.stages.get(image.value.toLowerCase());
        const name = /^(?:docker\.io\/)?(?:library\/)?([^:@]+)/.exec(image.value)?.[1] ?? '';
        const base = { ...BUILD_ENV, ...(IMAGE_ENV[name] ?? {}) };
        this.stage = {
            vars: new Map(parent ? [...parent.vars].filter(([k]) => parent.env.has(k)) : Object.entries(base)),
            env: new Set(parent ? parent.env : Object.keys(base)),
            workdir: parent?.workdir ?? '/',
            shell: parent?.shell ?? ['/bin/sh', '-c'],
            ...(parent?.user ? { user: parent.user } : {}),
            unset: parent ? parent.unset : KNOWN_IMAGES.test(image.value) ? 'empty' : 'unknown',
        };
        this.stages.set(String(this.stageCount++), this.stage);
        if (stageName)
            this.stages.set(stageName.toLowerCase(), this.stage);
        const last = args[stageName ? 2 : 0];
        this.push({
            kind: 'from',
            image: image.value,
            ...(stageName ? { stage: stageName } : {}),
            ...(image.unknown.length > 0 ? { unknown: image.unknown } : {}),
            location: this.instructionLocation(ins, this.offset(last.getRange().end)),
        });
    }
    /** `ARG A=1 B`: before FROM it is global; in a stage, a bare `ARG B` brings the global value in. */
    arg(ins) {
        const stage = this.stage;
        const target = stage?.vars ?? this.globalArgs;
        for (const p of propertiesOf(ins)) {
            const name = p.getName();
            const given = this.options.buildArgs && Object.hasOwn(this.options.buildArgs, name)
                ? this.options.buildArgs[name]
                : undefined;
            let value;
            if (given !== undefined)
                value = given;
            else if (p.getValue() !== null) {
                const raw = this.rawOf(p.getValueRange());
                const w = this.expand(raw, stage);
                value = w.unknown.length > 0 ? { unknown: w.unknown } : w.value;
            }
            else if (stage && this.globalArgs.has(name))
                value = this.globalArgs.get(name);
            else if (this.options.declared && Object.hasOwn(this.options.declared, name))
                value = this.options.declared[name];
            // Declared without a value: whoever builds may pass one.
            else
                value = { unknown: [`$${name}`] };
            target.set(name, value);
            stage?.env.delete(name);
        }
    }
    env(ins, stage) {
        // Every value of one ENV line is substituted with the variables as they were before it.
        const assignments = propertiesOf(ins).map((p) => {
            const raw = p.getValueRange() ? this.rawOf(p.getValueRange()) : '';
            return { p, word: this.expand(raw, stage) };
        });
        for (const { p, word } of assignments) {
            const name = p.getName();
            stage.env.add(name);
            if (word.unknown.length > 0) {
                stage.vars.set(name, { unknown: word.unknown });
                continue;
            }
            stage.vars.set(name, word.value);
            this.push({ kind: 'env', name, value: word.value, location: this.loc(p.getRange()) });
        }
    }
    workdir(ins, stage) {
        const raw = this.argsText(ins).text.trim();
        if (raw === '')
            return;
        const w = this.expand(raw, stage);
        if (w.unknown.length > 0)
            return;
        stage.workdir = external_node_path_.posix.resolve(stage.workdir, w.value);
        this.push({ kind: 'workdir', path: stage.workdir, location: this.instructionLocation(ins) });
    }
    user(ins, stage) {
        const raw = this.argsText(ins).text.trim();
        const w = this.expand(raw, stage);
        if (raw === '' || w.unknown.length > 0) {
            delete stage.user;
            return;
        }
        stage.user = w.value;
        this.push({ kind: 'user', user: w.value, location: this.instructionLocation(ins) });
    }
    copy(ins, stage, keyword) {
        const flags = new Map();
        for (const f of flagsOf(ins)) {
            const value = f.getValue();
            flags.set(f.getName().toLowerCase(), value === null ? '' : this.expand(value, stage).value);
        }
        const location = this.instructionLocation(ins);
        const heredocs = this.span(ins).heredocs;
        const text = this.argsText(ins);
        const json = parseJsonStringArray(text);
        const words = json
            ? json.map((e) => ({ raw: e.value, json: true }))
            : text.text
                .split(/[ \t]+/)
                .filter((w) => w !== '')
                .map((raw) => ({ raw, json: false }));
        if (words.length < 2)
            return;
        const destWord = words[words.length - 1];
        const dest = destWord.json ? { value: destWord.raw, unknown: [] } : this.expand(destWord.raw, stage);
        if (dest.unknown.length > 0)
            return;
        const sources = words.slice(0, -1);
        const isDir = sources.length > 1 || dest.value.endsWith('/');
        const destination = this.destination(dest.value, stage, isDir);
        let nextHeredoc = 0;
        const fileSources = [];
        for (const source of sources) {
            const heredoc = !source.json && heredocWords(source.raw).length === 1 ? heredocs[nextHeredoc++] : undefined;
            if (heredoc) {
                const path = destination.endsWith('/') ? destination + heredoc.name : destination;
                this.push({
                    kind: 'write-file',
                    path,
                    content: this.heredocContent(heredoc, stage),
                    append: false,
                    location,
                });
                continue;
            }
            const w = source.json ? { value: source.raw, unknown: [] } : this.expand(source.raw, stage);
            if (w.unknown.length > 0)
                return;
            if (keyword === 'ADD' && /^(https?:\/\/|git@|git:\/\/)/.test(w.value)) {
                const name = external_node_path_.posix.basename(w.value.replace(/[?#].*$/, ''));
                this.push({
                    kind: 'unknown-content',
                    path: destination.endsWith('/') ? destination + name : destination,
                    reason: `downloaded by ADD ${w.value}`,
                    location,
                });
                continue;
            }
            if (keyword === 'ADD' && /\.(tar|tar\.(gz|bz2|xz|zst)|tgz|tbz2?|txz)$/.test(w.value)) {
                this.note('archive-not-read', `ADD extracts the archive ${w.value} into ${destination}; socklint does not read archives, so files it brings are not checked`, location);
                continue;
            }
            fileSources.push(w.value);
        }
        if (fileSources.length === 0)
            return;
        const from = flags.get('from');
        const fromStage = from !== undefined && this.stages.has(from.toLowerCase()) ? from : undefined;
        const chown = flags.get('chown');
        const chmod = flags.get('chmod');
        this.push({
            kind: 'copy',
            sources: fileSources,
            dest: destination,
            sourceBase: from !== undefined ? 'stage' : 'build-context',
            ...(fromStage !== undefined ? { fromStage } : from !== undefined ? { fromImage: from } : {}),
            ...(stage.workdir !== '/' ? { workdir: stage.workdir } : {}),
            ...(chown ? { chown } : {}),
            ...(chmod ? { chmod } : {}),
            ...(flags.has('parents') ? { parents: true } : {}),
            location,
        });
    }
    /** Relative destinations are relative to WORKDIR (`/` when none was set). */
    destination(dest, stage, isDir) {
        let path = external_node_path_.posix.resolve(stage.workdir, dest);
        if (dest === '.' || dest.endsWith('/.') || dest.endsWith('/'))
            isDir = true;
        if (path !== '/' && isDir)
            path += '/';
        return path;
    }
    /** A COPY heredoc: the builder substitutes ARG/ENV unless the delimiter is quoted; `<<-` strips tabs. */
    heredocContent(heredoc, stage) {
        const parts = [];
        let at = heredoc.bodyStart;
        const lines = this.file.text.slice(heredoc.bodyStart, heredoc.bodyEnd).split('\n');
        if (lines[lines.length - 1] === '')
            lines.pop();
        for (const raw of lines) {
            const clean = raw.replace(/\r$/, '');
            const body = heredoc.chomp ? clean.replace(/^\t+/, '') : clean;
            const from = at + (clean.length - body.length);
            const location = this.index.location(from, from + body.length);
            if (heredoc.expand && body.includes('$')) {
                const w = this.expand(body, stage);
                appendPart(parts, w.unknown.length > 0 ? { text: body, location, unknown: w.unknown } : { text: w.value, location });
            }
            else if (body !== '')
                appendPart(parts, { text: body, location, verbatim: true });
            appendPart(parts, { text: '\n' });
            at += raw.length + 1;
        }
        return parts;
    }
    run(ins, stage) {
        if (!dockerfile_SHELLS.test(stage.shell[0] ?? ''))
            return;
        const text = this.argsText(ins);
        const env = new ShellEnv(new Map(stage.vars), stage.unset);
        for (const [name] of stage.vars)
            env.exported.add(name);
        const [user, group] = (stage.user ?? 'root').split(':');
        const runAs = user !== 'root' && user !== '0'
            ? { user, ...(group ? { group } : {}), via: `USER ${stage.user}` }
            : undefined;
        const ctx = {
            index: this.index,
            facts: this.result.facts,
            notes: this.result.notes,
            env,
            cwd: stage.workdir,
            ...(runAs ? { runAs } : {}),
        };
        const json = parseJsonStringArray(text);
        if (json)
            return this.runExec(json, text, ctx);
        const heredocs = this.span(ins).heredocs;
        if (heredocs.length > 0 &&
            heredocWords(text.text).length === 1 &&
            text.text.trim().split(/\s+/).length === 1) {
            // `RUN <<EOF`: the body is the script, run by its shebang's program or the shell.
            const body = sliceOf(this.file.text, heredocs[0].bodyStart, heredocs[0].bodyEnd);
            const shebang = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(body.text);
            const program = shebang ? (shebang[1].endsWith('/env') ? (shebang[2] ?? '') : shebang[1]) : 'sh';
            if (dockerfile_SHELLS.test(program) || dockerfile_SHELLS.test(external_node_path_.posix.basename(program)))
                interpretShell(body, ctx);
            return;
        }
        interpretShell(heredocs.length > 0 ? this.withHeredocs(text, heredocs) : text, ctx);
    }
    runExec(json, text, ctx) {
        interpretArgv(json.map((e) => mappedWord(e.mapped, this.index, e.start, e.end)), text, ctx);
    }
    /** The instruction's line followed by its heredocs as written, for the shell to read. */
    withHeredocs(args, heredocs) {
        const from = heredocs[0].bodyStart;
        const rest = sliceOf(this.file.text, from, heredocs[heredocs.length - 1].end);
        return { text: args.text + '\n' + rest.text, offsets: [...args.offsets, from - 1, ...rest.offsets] };
    }
    command(ins, kind) {
        const text = this.argsText(ins);
        const location = this.instructionLocation(ins);
        const json = parseJsonStringArray(text);
        if (json) {
            this.push({
                kind,
                argv: json.map((e) => e.value),
                words: json.map((e) => e.mapped),
                shellForm: false,
                location,
            });
            return;
        }
        const shell = this.stage?.shell ?? ['/bin/sh', '-c'];
        const at = this.offset(ins.getRange().start);
        const unwritten = (word) => ({
            text: word,
            offsets: new Array(word.length).fill(at),
        });
        this.push({
            kind,
            argv: [...shell, text.text],
            words: [...shell.map(unwritten), text],
            shellForm: true,
            location,
        });
    }
    /* ---------------------------------------------------------------- helpers */
    rawOf(range) {
        if (!range)
            return '';
        return this.joinContinuations(this.offset(range.start), this.offset(range.end)).text;
    }
    push(fact) {
        this.result.facts.push(fact);
    }
    note(code, message, location) {
        const note = { level: 'notice', code, message, location };
        this.result.notes.push(note);
    }
}
function propertiesOf(ins) {
    return ins instanceof dockerfile_parser().PropertyInstruction ? ins.getProperties() : [];
}
function flagsOf(ins) {
    return ins instanceof dockerfile_parser().ModifiableInstruction ? ins.getFlags() : [];
}
/** The text with everything from `from` up to `cut` blanked (line ends kept), so positions stay. */
function blankBefore(text, cut, from) {
    return text.slice(0, from) + text.slice(from, cut).replace(/[^\r\n]/g, ' ') + text.slice(cut);
}
function trimEnd(text, end) {
    let e = end;
    while (e > 0 && /[\s]/.test(text[e - 1]))
        e--;
    return e;
}

;// CONCATENATED MODULE: ./src/engine/resolve/image-build.ts
/**
 * Building one stage of a Dockerfile into a filesystem, instruction by instruction: the stages
 * it is built FROM first, then each fact's effect in order (`image-fs.ts`). COPY sources come
 * from the build context through the repository index; `COPY --from=stage` takes the files of
 * that stage as built; packages bring their shipped files where they are installed.
 */


function splitStages(facts) {
    const stages = [];
    for (const fact of facts) {
        if (fact.kind === 'from')
            stages.push({ from: fact, name: fact.stage?.toLowerCase(), index: stages.length, facts: [] });
        else
            stages[stages.length - 1]?.facts.push(fact);
    }
    return stages;
}
/** A stage by `AS` name or index (`--target`, `COPY --from`). */
function findStage(stages, ref, before = stages.length) {
    const key = ref.toLowerCase();
    return (stages.slice(0, before).find((s) => s.name === key) ??
        (/^\d+$/.test(key) ? stages[Number(key)] : undefined));
}
/** The stage and the stages it is built FROM, base first. */
function stageChain(stages, target) {
    const chain = [];
    for (let stage = target; stage && !chain.includes(stage);) {
        chain.unshift(stage);
        stage = findStage(stages, stage.from.image, stage.index);
    }
    return chain;
}
/** Applies the facts of a built stage chain to a fresh filesystem; memoised per stage index. */
function buildChain(chain, ctx, cache) {
    const last = chain[chain.length - 1];
    const cached = cache.get(last.index);
    if (cached)
        return cached;
    const fs = ctx.newFs();
    cache.set(last.index, fs); // a stage copying from itself finds it empty, as the builder refuses it
    const root = chain[0].from;
    const seen = [];
    ctx.seed(fs, seen, root);
    for (const stage of chain) {
        for (const fact of stage.facts) {
            seen.push(fact);
            if (fact.kind === 'install-packages')
                ctx.seed(fs, seen, root);
            else
                image_build_applyFact(fs, fact, { ...ctx, stage, cache });
        }
    }
    return fs;
}
/**
 * One fact's effect on the filesystem (facts about accounts and directories have none here).
 * Without a build context, only copies within the machine are applied (a host's scripts).
 */
function image_build_applyFact(fs, fact, ctx) {
    switch (fact.kind) {
        case 'copy':
            if (fact.sourceBase === 'machine') {
                for (const source of fact.sources)
                    fs.copy(source, fact.dest, fact.dest.endsWith('/') || fact.sources.length > 1);
            }
            else if (ctx)
                copyFact(fs, fact, ctx);
            return;
        case 'remove':
            return fs.remove(fact.path, fact.recursive);
        case 'symlink':
            return fs.link(fact.link, fact.target);
        case 'move':
            fs.copy(fact.from, fact.to, false, true);
            return;
        case 'write-file':
            return fs.write(fact.path, named(fact.content, fact.atStart), fact.append, fact.location);
        case 'edit-file':
            return fs.edit(fact.path, fact.script, fact.location);
        case 'unknown-content':
            return fs.unknown(fact.path, fact.reason, fact.location);
        case 'envsubst': {
            const parts = fs.partsOf(fact.source);
            if (parts === undefined)
                return;
            if (parts === null)
                return fs.unknown(fact.dest, `rendered from ${fact.source}, whose content is not known`, fact.location);
            const env = environmentOf(fact.environment);
            return fs.write(fact.dest, named(substituteParts(parts, env, fact.variables), fact.atStart), false, fact.location);
        }
        default:
            return;
    }
}
function copyFact(fs, fact, ctx) {
    const intoDir = fact.dest.endsWith('/') || fact.sources.length > 1;
    if (fact.fromImage !== undefined) {
        if (/^\/etc\/(nginx|php|httpd|apache2|caddy)|php-fpm/.test(fact.dest))
            note(ctx, 'copy-from-image', `${fact.dest} gets files from the image ${fact.fromImage}, which socklint does not have: they are not checked`, fact.location);
        return;
    }
    if (fact.fromStage !== undefined) {
        const from = ctx.stage ? findStage(ctx.stages, fact.fromStage, ctx.stage.index) : undefined;
        if (!from || !ctx.cache)
            return note(ctx, 'copy-from-unknown-stage', `no stage ${fact.fromStage} before this COPY`, fact.location);
        const source = buildChain(stageChain(ctx.stages, from), ctx, ctx.cache);
        // Sources of another stage are paths from its root.
        for (const src of fact.sources) {
            for (const { rel, exact, entry } of source.filesUnder(external_node_path_default().posix.resolve('/', src))) {
                fs.adopt(exact && !intoDir ? fact.dest : external_node_path_default().posix.join(fact.dest, rel), entry);
            }
        }
        return;
    }
    for (const src of fact.sources) {
        // The builder cleans a source path from the context's root: `..` cannot leave the context.
        const inContext = external_node_path_default().posix.resolve('/', src).slice(1) || '.';
        for (const m of ctx.repo.match(inContext, ctx.contextDir)) {
            const below = ctx.contextDir ? m.path.slice(ctx.contextDir.length + 1) : m.path;
            const deployed = fact.parents
                ? external_node_path_default().posix.join(fact.dest, below)
                : m.exact && !intoDir
                    ? fact.dest
                    : external_node_path_default().posix.join(fact.dest, m.rel);
            const entry = ctx.repoEntry(m.path);
            if (!entry)
                continue;
            ctx.placed.add(m.path);
            if ('link' in entry)
                fs.link(deployed, entry.link);
            else
                fs.place(deployed, entry.file);
        }
    }
}
/** Unknown values named by where they would come from: the build's variables or the container's environment. */
function named(parts, atStart) {
    const kind = atStart ? 'environment variable' : 'build variable';
    return parts.map((p) => p.unknown
        ? { ...p, unknown: p.unknown.map((u) => (/^\$[A-Za-z_]\w*$/.test(u) ? `${kind} ${u.slice(1)}` : u)) }
        : p);
}
function note(ctx, code, message, location) {
    ctx.notes.push({ level: 'notice', code, message, location });
}

;// CONCATENATED MODULE: ./src/engine/resolve/derived-text.ts
function derivedFile(options) {
    const { parts, placeholders } = options;
    const texts = parts.map((p) => p.unknown && placeholders
        ? placeholders.mark(p.text, options.describeUnknown?.(p.unknown, p.text) ?? `the value of ${p.unknown.join(', ')}`)
        : p.text);
    const text = texts.join('');
    const starts = [];
    let at = 0;
    for (const t of texts) {
        starts.push(at);
        at += t.length;
    }
    const lineStarts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1))
        lineStarts.push(i + 1);
    const offsetOf = (line, column) => (lineStarts[line - 1] ?? text.length) + column - 1;
    const partAt = (offset) => {
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo;
    };
    return {
        path: options.path,
        absPath: options.deployedPath,
        text,
        hadBom: false,
        crlf: false,
        derived: {
            description: options.description,
            locate(span) {
                if (parts.length === 0)
                    return undefined;
                const start = offsetOf(span.line, span.column);
                const end = Math.max(start, offsetOf(span.endLine, span.endColumn));
                const first = partAt(start);
                const last = partAt(Math.max(start, end - 1));
                const a = parts[first];
                const b = parts[last];
                if (!a.location)
                    return undefined;
                if (first === last && a.verbatim && texts[first] === a.text) {
                    return derived_text_within(a.location, a.text, start - starts[first], end - starts[first]);
                }
                if (b.location && b.location.file === a.location.file && after(b.location, a.location)) {
                    return { ...a.location, endLine: b.location.endLine, endColumn: b.location.endColumn };
                }
                return a.location;
            },
        },
    };
}
function after(b, a) {
    return b.endLine > a.endLine || (b.endLine === a.endLine && b.endColumn >= a.endColumn);
}
/** The location of [from, to) of a part written verbatim at `at`. */
function derived_text_within(at, text, from, to) {
    const pos = (offset) => {
        const before = text.slice(0, offset);
        const nl = before.lastIndexOf('\n');
        const lines = before.split('\n').length - 1;
        return lines === 0
            ? { line: at.line, column: at.column + offset }
            : { line: at.line + lines, column: offset - nl };
    };
    const s = pos(from);
    const e = pos(Math.max(from, to));
    return { file: at.file, line: s.line, column: s.column, endLine: e.line, endColumn: e.column };
}
/** A repository or shipped file's text as one part (located at its start, or nowhere when shipped). */
function partsOfFile(file, fromRepository) {
    if (!fromRepository)
        return [{ text: file.text }];
    return [
        {
            text: file.text,
            location: { file: file.path, line: 1, column: 1, endLine: 1, endColumn: 1 },
            verbatim: true,
        },
    ];
}
/** Splits parts into lines (without their `\n`), keeping exact locations for verbatim text. */
function splitLines(parts) {
    const lines = [[]];
    for (const part of parts) {
        const pieces = part.text.split('\n');
        let offset = 0;
        pieces.forEach((piece, i) => {
            if (i > 0)
                lines.push([]);
            if (piece !== '' || part.unknown) {
                const location = part.location && part.verbatim
                    ? derived_text_within(part.location, part.text, offset, offset + piece.length)
                    : part.location;
                lines[lines.length - 1].push({ ...part, text: piece, ...(location ? { location } : {}) });
            }
            offset += piece.length + 1;
        });
    }
    return lines;
}
/** Lines back into parts, `\n` between them. */
function joinLines(lines) {
    const out = [];
    lines.forEach((line, i) => {
        if (i > 0)
            out.push({ text: '\n' });
        out.push(...line);
    });
    return out;
}

;// CONCATENATED MODULE: ./src/engine/resolve/image-fs.ts
/**
 * An image's filesystem built as the builder builds it: every instruction's effect applied in
 * order (files the base image and packages ship, COPY/ADD, `rm`, `ln -s`, `mv`, `cp`, files
 * written by commands, `sed -i`, `envsubst`), so `rm` before a COPY keeps the copied file and a
 * COPY before `rm` loses it. Symlinks stay links until the end, as a path resolves through them
 * when a program opens it.
 */






const MAX_LINKS = 40; // as the kernel's limit on nested symlinks
class ImageFs {
    derived;
    entries = new Map();
    constructor(derived) {
        this.derived = derived;
    }
    place(deployed, file) {
        const p = normalizeDeployed(deployed);
        this.entries.set(p, { file: { ...file, deployedPath: p } });
    }
    /** A symlink; a relative target is relative to the link's directory. */
    link(link, target) {
        let at = normalizeDeployed(link);
        const resolved = target.startsWith('/')
            ? normalizeDeployed(target)
            : normalizeDeployed(external_node_path_default().posix.join(external_node_path_default().posix.dirname(at), target));
        // `ln -s TARGET DIR`: the link is DIR/basename(TARGET).
        if (link.endsWith('/') || this.isDirectory(at))
            at = external_node_path_default().posix.join(at, external_node_path_default().posix.basename(resolved));
        this.entries.set(at, { link: resolved });
    }
    /** `rm [-r] PATH`; PATH may be a glob. */
    remove(pattern, recursive) {
        const p = normalizeDeployed(pattern);
        const isMatch = /[*?[]/.test(p) ? picomatch_default()(p, { dot: false }) : (x) => x === p;
        for (const key of [...this.entries.keys()]) {
            const hit = isMatch(key) || (recursive && ancestors(key).some((d) => isMatch(d)));
            if (hit)
                this.entries.delete(key);
        }
    }
    /** `cp`/`install`/COPY --from: a file, or a directory's contents with `rel` paths. */
    copy(from, to, intoDirectory, move = false) {
        const src = normalizeDeployed(from);
        const own = this.entries.get(src);
        const dest = normalizeDeployed(to);
        if (own && 'file' in own) {
            const target = intoDirectory || this.isDirectory(dest) ? external_node_path_default().posix.join(dest, external_node_path_default().posix.basename(src)) : dest;
            this.entries.set(target, { ...own, file: { ...own.file, deployedPath: target } });
            if (move)
                this.entries.delete(src);
            return true;
        }
        const below = [...this.entries].filter(([k]) => k.startsWith(src === '/' ? '/' : src + '/'));
        if (below.length === 0)
            return false;
        // `cp -r DIR DEST`: into DEST/DIR when DEST exists, else as DEST.
        const base = this.isDirectory(dest) && !move ? external_node_path_default().posix.join(dest, external_node_path_default().posix.basename(src)) : dest;
        for (const [k, e] of below) {
            const target = external_node_path_default().posix.join(base, k.slice(src.length + 1));
            this.entries.set(target, 'file' in e ? { ...e, file: { ...e.file, deployedPath: target } } : e);
            if (move)
                this.entries.delete(k);
        }
        return true;
    }
    /** A file (`exact`), or the files below a directory with their path below it, for COPY --from. */
    filesUnder(from) {
        const src = normalizeDeployed(from);
        const own = this.fileAt(src);
        if (own)
            return [{ rel: external_node_path_default().posix.basename(src), exact: true, entry: own }];
        const prefix = src === '/' ? '/' : src + '/';
        return [...this.entries]
            .filter(([k]) => k.startsWith(prefix))
            .map(([k, entry]) => ({ rel: k.slice(prefix.length), exact: false, entry }));
    }
    /** An entry of another image's filesystem (COPY --from a stage), at a path of this one. */
    adopt(deployed, entry) {
        const p = normalizeDeployed(deployed);
        this.entries.set(p, 'file' in entry ? { ...entry, file: { ...entry.file, deployedPath: p } } : entry);
    }
    /** Text written by a command; `append` adds to what is there. */
    write(deployed, parts, append, at) {
        const p = normalizeDeployed(deployed);
        const before = append ? this.partsOf(p) : undefined;
        if (append && before === null)
            return this.unknown(p, 'appended to a file whose content is not known', at);
        const content = [...(before ?? [])];
        // Text a command makes up (echo's spaces and newline) is located at the command.
        for (const part of parts)
            appendPart(content, part.location || part.unknown ? part : { ...part, location: at });
        const existing = this.fileAt(p);
        this.entries.set(p, {
            file: { deployedPath: p, file: this.placeholderFile(existing?.file.file.path ?? at.file, p) },
            parts: content,
            description: `${append && before ? 'appended to' : 'written'} by ${at.file}:${at.line}`,
        });
    }
    /** `sed -i`: the script applied to the file's lines; changed and added lines are located at the command. */
    edit(deployed, script, at) {
        const p = normalizeDeployed(deployed);
        const parts = this.partsOf(p);
        if (parts === undefined)
            return; // sed on a file that is not there fails; nothing changes here
        if (parts === null)
            return;
        const lines = splitLines(parts).map((line) => ({ text: line.map((x) => x.text).join(''), origin: line }));
        const edited = applySed(script, lines).map((l) => l.origin ?? [{ text: l.text, location: l.by?.location ?? at }]);
        const entry = this.fileAt(p);
        const by = `edited by ${at.file}:${at.line}`;
        const from = entry.file.builtin ?? entry.description ?? entry.file.file.path;
        this.entries.set(p, {
            file: entry.file,
            parts: joinLines(edited),
            description: `${from}, ${by}`,
        });
    }
    /** A file whose content cannot be known (downloaded, edited by what socklint cannot read). */
    unknown(deployed, reason, at) {
        const p = normalizeDeployed(deployed);
        // Any span of it is reported at the command that made it unknown.
        const file = {
            ...this.placeholderFile(`(${reason})`, p),
            derived: { description: reason, locate: () => at },
        };
        this.entries.set(p, { file: { deployedPath: p, file, unreadable: reason } });
    }
    /** The parts of a file: undefined when there is none, null when its content is unknown. */
    partsOf(deployed) {
        const entry = this.fileAt(normalizeDeployed(deployed));
        if (!entry)
            return undefined;
        if (entry.file.unreadable)
            return null;
        return entry.parts ?? partsOfFile(entry.file.file, !entry.file.builtin);
    }
    has(deployed) {
        return this.fileAt(normalizeDeployed(deployed)) !== undefined;
    }
    isDirectory(deployed) {
        const p = normalizeDeployed(deployed);
        const prefix = p === '/' ? '/' : p + '/';
        for (const k of this.entries.keys())
            if (k.startsWith(prefix))
                return true;
        return false;
    }
    /** The file at a path, through symlinks. */
    fileAt(p) {
        let at = p;
        for (let i = 0; i < MAX_LINKS; i++) {
            const entry = this.entries.get(at);
            if (!entry)
                return undefined;
            if ('file' in entry)
                return entry;
            at = entry.link;
        }
        return undefined;
    }
    /** Every file, with links resolved, as the unit's filesystem. */
    toUnitFs(shipped) {
        const fs = new UnitFs(shipped);
        for (const key of this.entries.keys()) {
            const entry = this.fileAt(key);
            if (!entry)
                continue;
            fs.set({ ...this.materialize(entry), deployedPath: key });
        }
        return fs;
    }
    materialize(entry) {
        if (!entry.parts)
            return entry.file;
        const description = entry.description ?? 'written by a command';
        const file = derivedFile({
            ...this.derived,
            // In parentheses, as built-in files: not a repository file, never edited by a fix.
            path: `(${description})${entry.file.deployedPath}`,
            deployedPath: entry.file.deployedPath,
            parts: entry.parts,
            description,
        });
        return {
            deployedPath: entry.file.deployedPath,
            file,
            ...(entry.file.builtin ? { builtin: entry.file.builtin } : {}),
        };
    }
    placeholderFile(reportPath, deployed) {
        return { path: reportPath, absPath: deployed, text: '', hadBom: false, crlf: false };
    }
}
function ancestors(p) {
    const out = [];
    for (let d = external_node_path_default().posix.dirname(p); d !== '/' && d !== '.'; d = external_node_path_default().posix.dirname(d))
        out.push(d);
    return out;
}

;// CONCATENATED MODULE: ./src/engine/resolve/repo-index.ts
/**
 * Repository paths sorted once, so that a COPY source (a file, a directory or a glob) finds its
 * files by prefix instead of a walk over every file of the repository for every COPY.
 */


class RepoIndex {
    sorted;
    all;
    constructor(paths) {
        this.all = new Set(paths);
        this.sorted = [...this.all].sort();
    }
    has(p) {
        return this.all.has(p);
    }
    /** Every path below `dir` ('' is the repository root), in byte order. */
    under(dir) {
        if (dir === '')
            return this.sorted;
        const prefix = dir + '/';
        const out = [];
        for (let i = lowerBound(this.sorted, prefix); i < this.sorted.length && this.sorted[i].startsWith(prefix); i++) {
            out.push(this.sorted[i]);
        }
        return out;
    }
    /**
     * Docker COPY semantics for one source relative to `baseDir`: a file is itself, a directory
     * brings its contents, a glob brings each matching file (by basename) and the contents of each
     * matching directory.
     */
    match(source, baseDir) {
        const rel = external_node_path_default().posix
            .normalize(external_node_path_default().posix.join(baseDir, source.replace(/^\.\//, '') || '.'))
            .replace(/\/+$/, '');
        const src = rel === '.' || rel === '' ? '' : rel.replace(/^\.\//, '');
        if (src.startsWith('../'))
            return [];
        if (!/[*?[]/.test(src)) {
            if (this.all.has(src))
                return [{ path: src, rel: external_node_path_default().posix.basename(src), exact: true }];
            return this.under(src).map((p) => ({ path: p, rel: p.slice(src ? src.length + 1 : 0), exact: false }));
        }
        const scan = picomatch_default().scan(src);
        const isMatch = picomatch_default()(src, { dot: true });
        const out = [];
        for (const p of this.under(scan.base === '.' ? '' : scan.base)) {
            if (isMatch(p)) {
                out.push({ path: p, rel: external_node_path_default().posix.basename(p), exact: true });
                continue;
            }
            // A matching directory brings its contents.
            const parts = p.split('/');
            for (let k = parts.length - 1; k > 0; k--) {
                const dir = parts.slice(0, k).join('/');
                if (isMatch(dir)) {
                    out.push({ path: p, rel: p.slice(dir.length + 1), exact: false });
                    break;
                }
            }
        }
        return out;
    }
}
function lowerBound(sorted, key) {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sorted[mid] < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

;// CONCATENATED MODULE: ./src/engine/platforms/accounts.ts

const ROOT_DIRS = [
    { path: '/', mode: 0o755, owner: 'root', group: 'root' },
    { path: '/run', mode: 0o755, owner: 'root', group: 'root' },
    { path: '/tmp', mode: 0o1777, owner: 'root', group: 'root' },
    { path: '/var', mode: 0o755, owner: 'root', group: 'root' },
];
/** base-passwd's passwd.master and group.master (Debian and Ubuntu share them). */
const DEBIAN_USERS = {
    root: [0, 'root'],
    daemon: [1, 'daemon'],
    bin: [2, 'bin'],
    sys: [3, 'sys'],
    sync: [4, 'nogroup'],
    games: [5, 'games'],
    man: [6, 'man'],
    lp: [7, 'lp'],
    mail: [8, 'mail'],
    news: [9, 'news'],
    uucp: [10, 'uucp'],
    proxy: [13, 'proxy'],
    'www-data': [33, 'www-data'],
    backup: [34, 'backup'],
    list: [38, 'list'],
    irc: [39, 'irc'],
    _apt: [42, 'nogroup'],
    nobody: [65534, 'nogroup'],
};
const DEBIAN_GROUPS = {
    root: 0,
    daemon: 1,
    bin: 2,
    sys: 3,
    adm: 4,
    tty: 5,
    disk: 6,
    lp: 7,
    mail: 8,
    news: 9,
    uucp: 10,
    man: 12,
    proxy: 13,
    kmem: 15,
    dialout: 20,
    fax: 21,
    voice: 22,
    cdrom: 24,
    floppy: 25,
    tape: 26,
    sudo: 27,
    audio: 29,
    dip: 30,
    'www-data': 33,
    backup: 34,
    operator: 37,
    list: 38,
    irc: 39,
    src: 40,
    shadow: 42,
    utmp: 43,
    video: 44,
    sasl: 45,
    plugdev: 46,
    staff: 50,
    games: 60,
    users: 100,
    nogroup: 65534,
};
/** alpine-baselayout's passwd and group: www-data is the group 82, uid 33 is xfs (D1). */
const ALPINE_USERS = {
    root: [0, 'root'],
    bin: [1, 'bin'],
    daemon: [2, 'daemon'],
    adm: [3, 'adm'],
    lp: [4, 'lp'],
    sync: [5, 'root'],
    shutdown: [6, 'root'],
    halt: [7, 'root'],
    mail: [8, 'mail'],
    news: [9, 'news'],
    uucp: [10, 'uucp'],
    operator: [11, 'root'],
    man: [13, 'man'],
    postmaster: [14, 'mail'],
    cron: [16, 'cron'],
    ftp: [21, 'ftp'],
    sshd: [22, 'sshd'],
    at: [25, 'at'],
    squid: [31, 'squid'],
    xfs: [33, 'xfs'],
    games: [35, 'games'],
    postgres: [70, 'postgres'],
    cyrus: [85, 'mail'],
    vpopmail: [89, 'vpopmail'],
    ntp: [123, 'ntp'],
    smmsp: [209, 'smmsp'],
    guest: [405, 'users'],
    nobody: [65534, 'nobody'],
};
const ALPINE_GROUPS = {
    root: [0, ['root']],
    bin: [1, ['root', 'bin', 'daemon']],
    daemon: [2, ['root', 'bin', 'daemon']],
    sys: [3, ['root', 'bin']],
    adm: [4, ['root', 'daemon']],
    tty: [5, []],
    disk: [6, ['root']],
    lp: [7, ['lp']],
    kmem: [9, []],
    wheel: [10, ['root']],
    floppy: [11, ['root']],
    mail: [12, ['mail']],
    news: [13, ['news']],
    uucp: [14, ['uucp']],
    cron: [16, ['cron']],
    audio: [18, []],
    cdrom: [19, []],
    dialout: [20, ['root']],
    ftp: [21, []],
    sshd: [22, []],
    input: [23, []],
    tape: [26, ['root']],
    video: [27, ['root']],
    netdev: [28, []],
    kvm: [34, ['kvm']],
    games: [35, []],
    shadow: [42, []],
    'www-data': [82, []],
    users: [100, ['games']],
    ntp: [123, []],
    abuild: [300, []],
    utmp: [406, []],
    ping: [999, []],
    nogroup: [65533, []],
    nobody: [65534, []],
};
/** The setup package's accounts on RHEL 8+ and Fedora 28+. */
const RHEL_USERS = {
    root: [0, 'root'],
    bin: [1, 'bin'],
    daemon: [2, 'daemon'],
    adm: [3, 'adm'],
    lp: [4, 'lp'],
    sync: [5, 'root'],
    shutdown: [6, 'root'],
    halt: [7, 'root'],
    mail: [8, 'mail'],
    operator: [11, 'root'],
    games: [12, 'users'],
    ftp: [14, 'ftp'],
    nobody: [65534, 'nobody'],
};
const RHEL_GROUPS = {
    root: 0,
    bin: 1,
    daemon: 2,
    sys: 3,
    adm: 4,
    tty: 5,
    disk: 6,
    lp: 7,
    mem: 8,
    kmem: 9,
    wheel: 10,
    cdrom: 11,
    mail: 12,
    man: 15,
    dialout: 18,
    floppy: 19,
    games: 20,
    tape: 33,
    video: 39,
    ftp: 50,
    lock: 54,
    audio: 63,
    users: 100,
    nobody: 65534,
};
const accounts_groupsOf = (ids) => Object.fromEntries(Object.entries(ids).map(([name, gid]) => [name, [gid, []]]));
function base(description, family, users, groups, source) {
    return {
        description,
        family,
        users: { ...users },
        groups: Object.fromEntries(Object.entries(groups).map(([k, [gid, m]]) => [k, [gid, [...m]]])),
        directories: [...ROOT_DIRS],
        source,
        accountSources: {},
    };
}
function debianBase(description) {
    return base(description, 'debian', DEBIAN_USERS, accounts_groupsOf(DEBIAN_GROUPS), SOURCES.debianBasePasswd);
}
/** Ubuntu's images since 23.04 also have `ubuntu` 1000:1000; a host's first user is the installer's choice. */
function ubuntuImageBase(description, release) {
    const system = debianBase(description);
    if (release === undefined || Number(release) >= 23.04) {
        addAccount(system, 'ubuntu', 1000, 'ubuntu', 1000, SOURCES.ubuntuImageUser);
    }
    return system;
}
function alpineBase(description) {
    return base(description, 'alpine', ALPINE_USERS, ALPINE_GROUPS, SOURCES.alpineBaselayout);
}
function rhelBase(description) {
    return base(description, 'rhel', RHEL_USERS, accounts_groupsOf(RHEL_GROUPS), SOURCES.rhelSetup);
}
/** Adds a user and its own group unless they exist (like `getent … || useradd`). */
function addAccount(system, user, uid, group, gid, source) {
    addGroup(system, group, gid, source);
    if (!(user in system.users)) {
        system.users[user] = [uid, group];
        system.accountSources[user] = source;
    }
}
/** Adds a group unless it exists (like `getent group … || groupadd`). */
function addGroup(system, group, gid, source) {
    if (group in system.groups)
        return;
    system.groups[group] = [gid, []];
    system.accountSources[group] = source;
}
/** Adds `user` to the supplementary members of `group` (`addgroup user group`, `usermod -aG`). */
function accounts_addMember(system, group, user) {
    const entry = system.groups[group];
    if (entry && !entry[1].includes(user))
        entry[1].push(user);
}
/** The official images' `www-data`: Debian's 33 is in the base; Alpine variants add 82:82 (D1, D4). */
function withWwwData(system, source) {
    if (system.family === 'alpine')
        addAccount(system, 'www-data', 82, 'www-data', 82, source);
    return system;
}

;// CONCATENATED MODULE: ./src/engine/platforms/distributions.ts
/**
 * Distribution releases: which release a base image tag or a `platform:` value names, the PHP
 * version the unversioned `php-fpm` package installs there, and the base system of a host or an
 * image of that release.
 */


const DEBIAN = [
    { release: '10', codename: 'buster', php: '7.3' },
    { release: '11', codename: 'bullseye', php: '7.4' },
    { release: '12', codename: 'bookworm', php: '8.2' },
    { release: '13', codename: 'trixie', php: '8.4' },
];
/** `debian:stable`/`latest` since 2025-08-09. */
const DEBIAN_STABLE = '13';
const UBUNTU = [
    { release: '20.04', codename: 'focal', php: '7.4' },
    { release: '22.04', codename: 'jammy', php: '8.1' },
    { release: '24.04', codename: 'noble', php: '8.3' },
    { release: '24.10', codename: 'oracular', php: '8.3' },
    { release: '25.04', codename: 'plucky', php: '8.4' },
];
/** `ubuntu:latest` is the newest LTS. */
const UBUNTU_LATEST = '24.04';
/** `alpine:latest`, as docker-library/php's default Alpine suite names it. */
const ALPINE_LATEST = '3.24';
/** The `platform:` values of .socklint.yml; `debian` keeps meaning Debian 12. */
const PLATFORM_IDS = [
    'debian',
    ...DEBIAN.map((r) => `debian-${r.release}`),
    ...UBUNTU.map((r) => `ubuntu-${r.release}`),
    'rhel-8',
    'rhel-9',
    'rhel-10',
    'fedora',
    ...['3.18', '3.19', '3.20', '3.21', '3.22', '3.23', '3.24'].map((r) => `alpine-${r}`),
    'unknown',
];
function find(releases, tag) {
    return releases.find((r) => tag === r.release ||
        tag.startsWith(`${r.release}.`) ||
        tag.startsWith(`${r.release}-`) ||
        (r.codename !== undefined && tag.startsWith(r.codename)));
}
/** The Debian release a `debian:` tag names (`12`, `12.5-slim`, `bookworm`, `stable`). */
function debianDistro(tag) {
    const release = /^(stable|latest)(-|$)/.test(tag)
        ? DEBIAN_STABLE
        : /^oldstable(-|$)/.test(tag)
            ? '12'
            : find(DEBIAN, tag)?.release;
    return distro('debian', release, DEBIAN);
}
/** The Ubuntu release an `ubuntu:` tag names (`24.04`, `noble`, `noble-20240423`, `latest`). */
function ubuntuDistro(tag) {
    return distro('ubuntu', tag === 'latest' || tag === 'rolling' ? UBUNTU_LATEST : find(UBUNTU, tag)?.release, UBUNTU);
}
/** The Alpine release an `alpine:` tag (or an image suite like `alpine3.20`) names. */
function alpineDistro(tag) {
    const m = /^(?:alpine)?(\d+\.\d+)/.exec(tag);
    const release = m ? m[1] : tag === 'latest' ? ALPINE_LATEST : undefined;
    return {
        family: 'alpine',
        name: 'Alpine',
        release,
        description: release ? `Alpine ${release}` : 'Alpine (release unknown)',
        source: SOURCES.alpineBaselayout,
    };
}
/** A RHEL-family release (Rocky, Alma, CentOS Stream, Fedora, UBI): `name` is how the image calls itself. */
function rhelDistro(name, release) {
    return {
        family: 'rhel',
        name,
        release,
        description: release ? `${name} ${release}` : name,
        source: SOURCES.rhelSetup,
    };
}
function distro(family, release, releases) {
    const known = releases.find((r) => r.release === release);
    const name = family === 'debian' ? 'Debian' : 'Ubuntu';
    return {
        family,
        name,
        release,
        description: known ? `${name} ${known.release}` : `${name} (release unknown)`,
        defaultPhp: known?.php,
        source: SOURCES.debianDefaultPhp,
    };
}
/** The accounts of a machine of this distribution; an image of Ubuntu ≥ 23.04 also has `ubuntu`. */
function baseOf(d, description, image) {
    switch (d.family) {
        case 'debian':
            return debianBase(description);
        case 'ubuntu':
            return image ? ubuntuImageBase(description, d.release) : debianBase(description);
        case 'alpine':
            return alpineBase(description);
        case 'rhel':
            return rhelBase(description);
    }
}
/** A host of a distribution: services run under its init (systemd; OpenRC on Alpine). */
function hostPlatform(d, description = d.description) {
    return {
        distro: d,
        base: baseOf(d, description, false),
        defaultPhp: d.defaultPhp,
        init: d.family === 'alpine' ? 'openrc' : 'systemd',
    };
}
/** The distribution a `platform:` value names; undefined for `unknown`. */
function distroOfPlatformId(id) {
    if (id === 'unknown')
        return undefined;
    if (id === 'debian')
        return debianDistro('12');
    if (id === 'fedora')
        return rhelDistro('Fedora', undefined);
    const [family, release] = id.split('-');
    if (family === 'debian')
        return debianDistro(release);
    if (family === 'ubuntu')
        return ubuntuDistro(release);
    if (family === 'alpine')
        return alpineDistro(release);
    return rhelDistro('RHEL', release);
}

;// CONCATENATED MODULE: ./src/engine/platforms/nginx.ts
/**
 * The nginx each platform ships: its main file (comments dropped), the files it ships that a
 * site may include, the links its package creates, and its compiled-in user (N3, N8, N9, D2, D3).
 */

/** Files every packaging ships next to nginx.conf; none holds a socket client. */
const COMMON_SHIPPED = [
    '/etc/nginx/fastcgi_params',
    '/etc/nginx/fastcgi.conf',
    '/etc/nginx/mime.types',
    '/etc/nginx/scgi_params',
    '/etc/nginx/uwsgi_params',
    '/etc/nginx/koi-utf',
    '/etc/nginx/koi-win',
    '/etc/nginx/win-utf',
];
const DEBIAN_SHIPPED = [
    ...COMMON_SHIPPED,
    '/etc/nginx/proxy_params',
    '/etc/nginx/snippets/fastcgi-php.conf',
    '/etc/nginx/snippets/snakeoil.conf',
    '/etc/nginx/modules-enabled/*.conf',
    '/etc/nginx/modules-enabled/*',
    '/usr/share/nginx/modules/*.conf',
];
/** Debian's /etc/nginx/nginx.conf (bookworm), comments dropped. Ubuntu ships the same includes. */
const DEBIAN_NGINX_CONF = `user www-data;
worker_processes auto;
pid /run/nginx.pid;
error_log /var/log/nginx/error.log;
include /etc/nginx/modules-enabled/*.conf;

events {
\tworker_connections 768;
}

http {
\tsendfile on;
\ttcp_nopush on;
\ttypes_hash_max_size 2048;
\tinclude /etc/nginx/mime.types;
\tdefault_type application/octet-stream;
\taccess_log /var/log/nginx/access.log;
\tgzip on;
\tinclude /etc/nginx/conf.d/*.conf;
\tinclude /etc/nginx/sites-enabled/*;
}
`;
/** Debian's sites-available/default, comments dropped: its PHP example is commented out (N9). */
const DEBIAN_DEFAULT_SITE = `server {
\tlisten 80 default_server;
\tlisten [::]:80 default_server;
\troot /var/www/html;
\tindex index.html index.htm index.nginx-debian.html;
\tserver_name _;
\tlocation / {
\t\ttry_files $uri $uri/ =404;
\t}
}
`;
/** The nginx.org package's /etc/nginx/nginx.conf, as the official images ship it. */
const NGINX_ORG_CONF = `user  nginx;
worker_processes  auto;

error_log  /var/log/nginx/error.log notice;
pid        /run/nginx.pid;

events {
    worker_connections  1024;
}

http {
    include       /etc/nginx/mime.types;
    default_type  application/octet-stream;
    access_log  /var/log/nginx/access.log;
    sendfile        on;
    keepalive_timeout  65;
    include /etc/nginx/conf.d/*.conf;
}
`;
/** Alpine's /etc/nginx/nginx.conf (aports main/nginx), the directives that place files. */
const ALPINE_NGINX_CONF = `user nginx;
worker_processes auto;
pcre_jit on;
error_log /var/log/nginx/error.log warn;
include /etc/nginx/modules/*.conf;

events {
\tworker_connections 1024;
}

http {
\tinclude /etc/nginx/mime.types;
\tdefault_type application/octet-stream;
\tserver_tokens off;
\tsendfile on;
\ttcp_nopush on;
\taccess_log /var/log/nginx/access.log;
\tinclude /etc/nginx/http.d/*.conf;
}
`;
/** The RHEL-family /etc/nginx/nginx.conf: conf.d/*.conf, and a default server that includes default.d/*.conf. */
const RHEL_NGINX_CONF = `user nginx;
worker_processes auto;
error_log /var/log/nginx/error.log;
pid /run/nginx.pid;
include /usr/share/nginx/modules/*.conf;

events {
    worker_connections 1024;
}

http {
    access_log  /var/log/nginx/access.log;
    sendfile            on;
    tcp_nopush          on;
    keepalive_timeout   65;
    types_hash_max_size 4096;
    include             /etc/nginx/mime.types;
    default_type        application/octet-stream;
    include /etc/nginx/conf.d/*.conf;

    server {
        listen       80;
        listen       [::]:80;
        server_name  _;
        root         /usr/share/nginx/html;
        include /etc/nginx/default.d/*.conf;
        error_page 404 /404.html;
        location = /404.html {
        }
        error_page 500 502 503 504 /50x.html;
        location = /50x.html {
        }
    }
}
`;
/** Debian's and Ubuntu's nginx packages (nginx, nginx-light, -full, -extras, -core). */
function debianNginx(distro) {
    return {
        description: `${distro}'s nginx package`,
        main: { deployedPath: '/etc/nginx/nginx.conf', text: DEBIAN_NGINX_CONF },
        files: [{ deployedPath: '/etc/nginx/sites-available/default', text: DEBIAN_DEFAULT_SITE }],
        links: [{ link: '/etc/nginx/sites-enabled/default', target: '/etc/nginx/sites-available/default' }],
        shipped: DEBIAN_SHIPPED,
        // The Debian binary has no --user: the compiled default is nobody (N3).
        compiledUser: 'nobody',
        compiledGroup: 'nogroup',
        masterIsRoot: true,
        source: SOURCES.debianNginx,
    };
}
/** The official `nginx` images (and their -perl, -otel variants): nginx.org's package layout. */
function officialNginx(image) {
    return {
        description: `the ${image} image`,
        main: { deployedPath: '/etc/nginx/nginx.conf', text: NGINX_ORG_CONF },
        files: [],
        links: [],
        shipped: [...COMMON_SHIPPED, '/etc/nginx/conf.d/default.conf'],
        compiledUser: 'nginx',
        compiledGroup: 'nginx',
        masterIsRoot: true,
        source: SOURCES.officialNginx,
    };
}
/** nginxinc/nginx-unprivileged: the `user` line is deleted and the image runs as uid 101 (D3). */
function unprivilegedNginx(image) {
    return {
        ...officialNginx(image),
        main: { deployedPath: '/etc/nginx/nginx.conf', text: NGINX_ORG_CONF.replace('user  nginx;\n', '') },
        masterIsRoot: false,
        source: SOURCES.unprivilegedNginx,
    };
}
/** Alpine's `apk add nginx`: sites go to http.d/ (conf.d/ is not read in the http block). */
function alpineNginx(distro) {
    return {
        description: `${distro}'s nginx package`,
        main: { deployedPath: '/etc/nginx/nginx.conf', text: ALPINE_NGINX_CONF },
        files: [],
        links: [],
        shipped: [...COMMON_SHIPPED, '/etc/nginx/modules/*.conf', '/etc/nginx/http.d/default.conf'],
        compiledUser: 'nginx',
        compiledGroup: 'nginx',
        masterIsRoot: true,
        source: SOURCES.alpineNginx,
    };
}
/** The RHEL-family `dnf install nginx` (Rocky, Alma, CentOS Stream, Fedora, UBI). */
function rhelNginx(distro) {
    return {
        description: `${distro}'s nginx package`,
        main: { deployedPath: '/etc/nginx/nginx.conf', text: RHEL_NGINX_CONF },
        files: [],
        links: [],
        shipped: [...COMMON_SHIPPED, '/usr/share/nginx/modules/*.conf'],
        compiledUser: 'nginx',
        compiledGroup: 'nginx',
        masterIsRoot: true,
        source: SOURCES.rhelNginx,
    };
}

;// CONCATENATED MODULE: ./src/engine/platforms/php-fpm.ts

/** The pool settings every stock www.conf shares after its user, group and listen lines. */
const STOCK_PM = 'pm = dynamic\npm.max_children = 5\npm.start_servers = 2\npm.min_spare_servers = 1\npm.max_spare_servers = 3\n';
function directory(fact, why, source) {
    return { ...fact, origin: { kind: 'default', description: `${why} (${knownBecause(source)})` } };
}
const SYSTEMD_START = (unit, privateTmp) => ({
    by: 'systemd',
    description: `systemd starts the master (${unit})`,
    privateTmp,
});
const CONTAINER_START = {
    by: 'container',
    description: "the container's command starts the master (php-fpm -F, supervisord, s6…), not a systemd unit",
    privateTmp: false,
};
/* ------------------------------------------------------------------ Debian and Ubuntu */
/**
 * Debian's and Ubuntu's `phpX.Y-fpm` (and deb.sury.org's, laid out the same). The tmpfiles.d
 * entry makes /run/php 0755 www-data: at every boot under systemd, in an image when the postinst
 * runs systemd-tmpfiles at install (the package depends on systemd | systemd-tmpfiles). Only the
 * systemd unit creates the php-fpm.sock alias (Y4).
 */
function debianFpm(version, distro, start) {
    const etc = `/etc/php/${version}/fpm`;
    const systemd = start === 'systemd';
    return {
        description: `${distro}'s php${version}-fpm package`,
        main: {
            deployedPath: `${etc}/php-fpm.conf`,
            text: `[global]\npid = /run/php/php${version}-fpm.pid\nerror_log = /var/log/php${version}-fpm.log\ninclude=${etc}/pool.d/*.conf\n`,
        },
        pools: [
            {
                deployedPath: `${etc}/pool.d/www.conf`,
                text: `[www]\nuser = www-data\ngroup = www-data\nlisten = /run/php/php${version}-fpm.sock\n` +
                    `listen.owner = www-data\nlisten.group = www-data\n;listen.mode = 0660\n${STOCK_PM}`,
            },
        ],
        poolsReplaceable: true,
        prefix: '/usr',
        aclSupported: true,
        version,
        directories: [
            directory({ path: '/run/php', mode: 0o755, owner: 'www-data', group: 'www-data' }, systemd
                ? `tmpfiles.d/php${version}-fpm.conf makes /run/php 0755 www-data www-data at boot`
                : `the postinst of php${version}-fpm runs systemd-tmpfiles at install: /run/php 0755 www-data www-data is in the image`, SOURCES.debianFpm),
        ],
        start: systemd ? SYSTEMD_START(`php${version}-fpm.service`, false) : CONTAINER_START,
        alias: {
            path: '/run/php/php-fpm.sock',
            poolFile: `${etc}/pool.d/www.conf`,
            priority: Number(version.replace('.', '')),
            exists: systemd,
            why: systemd
                ? `php${version}-fpm.service runs php-fpm-socket-helper after start, which links /run/php/php-fpm.sock to the socket of pool.d/www.conf`
                : 'only the systemd unit runs php-fpm-socket-helper; in a container nothing creates /run/php/php-fpm.sock',
            source: SOURCES.debianFpmAlias,
        },
        source: SOURCES.debianFpm,
    };
}
function officialPhpFpm(image, build) {
    const dir = '/usr/local/etc/php-fpm.d';
    const old = build.layout === 'zz-docker';
    const docker = '[global]\nerror_log = /proc/self/fd/2\n' +
        (build.before73 ? '' : 'log_limit = 8192\n') +
        '\n[www]\naccess.log = /proc/self/fd/2\nclear_env = no\ncatch_workers_output = yes\n' +
        (build.before73 ? '' : 'decorate_workers_output = no\n') +
        (old ? '' : 'listen = 9000\n');
    const zzDocker = '[global]\ndaemonize = no\n' +
        (old ? '\n[www]\nlisten = 9000\n' : build.emptyWwwInZzDocker ? '\n[www]\n' : '');
    return {
        description: `the ${image} image`,
        main: {
            deployedPath: '/usr/local/etc/php-fpm.conf',
            // Old builds turned upstream's `include=NONE/etc/…` into a path relative to the prefix (F23).
            text: old ? '[global]\ninclude=etc/php-fpm.d/*.conf\n' : `[global]\ninclude=${dir}/*.conf\n`,
        },
        pools: [
            { deployedPath: `${dir}/docker.conf`, text: docker },
            {
                deployedPath: `${dir}/www.conf`,
                text: `[www]\nuser = www-data\ngroup = www-data\n${old ? '' : ';'}listen = 127.0.0.1:9000\n` +
                    `;listen.owner = www-data\n;listen.group = www-data\n;listen.mode = 0660\n${STOCK_PM}`,
            },
            { deployedPath: `${dir}/zz-docker.conf`, text: zzDocker },
        ],
        poolsReplaceable: false,
        prefix: '/usr/local',
        // Built without --with-fpm-acl: the listen.acl_* keys do not exist (F7).
        aclSupported: false,
        version: build.version,
        // Nothing creates /run/php in the image, and FPM does not create socket directories (F12).
        directories: [],
        start: CONTAINER_START,
        source: old ? SOURCES.officialPhpOldLayout : SOURCES.officialPhpLayout,
    };
}
/* ------------------------------------------------------------------ Alpine */
/**
 * Alpine's `phpNN-fpm` (`php83-fpm` → /etc/php83): PHP's own php-fpm.conf and www.conf, built
 * with --with-fpm-acl and no --with-fpm-user, so the pool runs as nobody on TCP 127.0.0.1:9000.
 */
function alpineFpm(suffix, distro, start) {
    const etc = `/etc/php${suffix}`;
    return {
        description: `${distro}'s php${suffix}-fpm package`,
        main: { deployedPath: `${etc}/php-fpm.conf`, text: `[global]\ninclude=${etc}/php-fpm.d/*.conf\n` },
        pools: [
            {
                deployedPath: `${etc}/php-fpm.d/www.conf`,
                text: `[www]\nuser = nobody\ngroup = nobody\nlisten = 127.0.0.1:9000\n${STOCK_PM}`,
            },
        ],
        poolsReplaceable: true,
        prefix: '/usr',
        aclSupported: true,
        version: suffix.length === 2 ? `${suffix[0]}.${suffix[1]}` : undefined,
        directories: [],
        start: start === 'openrc'
            ? {
                by: 'openrc',
                description: `OpenRC starts the master (/etc/init.d/php-fpm${suffix})`,
                privateTmp: false,
            }
            : CONTAINER_START,
        source: SOURCES.alpinePhp,
    };
}
/* ------------------------------------------------------------------ RHEL family */
/** The nginx files RHEL's php-fpm ships: an `upstream php-fpm` and a PHP location for the default server. */
const RHEL_FPM_NGINX_FILES = [
    {
        deployedPath: '/etc/nginx/conf.d/php-fpm.conf',
        text: 'upstream php-fpm {\n        server unix:/run/php-fpm/www.sock;\n}\n',
    },
    {
        deployedPath: '/etc/nginx/default.d/php.conf',
        text: 'index index.php index.html index.htm;\n\n' +
            'location ~ \\.(php|phar)(/.*)?$ {\n' +
            '    fastcgi_split_path_info ^(.+\\.(?:php|phar))(/.*)$;\n\n' +
            '    fastcgi_intercept_errors on;\n' +
            '    fastcgi_index  index.php;\n' +
            '    include        fastcgi_params;\n' +
            '    fastcgi_param  SCRIPT_FILENAME  $document_root$fastcgi_script_name;\n' +
            '    fastcgi_param  PATH_INFO $fastcgi_path_info;\n' +
            '    fastcgi_pass   php-fpm;\n' +
            '}\n',
    },
];
/**
 * RHEL's, Rocky's, Alma's, CentOS Stream's and Fedora's `php-fpm`: the socket is root's and
 * reached through `listen.acl_users = apache,nginx` (F7, D7). /run/php-fpm is a %ghost
 * directory: only systemd's RuntimeDirectory=php-fpm creates it, so in a container nothing does.
 */
function rhelFpm(distro, start, version) {
    const systemd = start === 'systemd';
    return {
        description: `${distro}'s php-fpm package`,
        main: {
            deployedPath: '/etc/php-fpm.conf',
            text: '[global]\npid = /run/php-fpm/php-fpm.pid\nerror_log = /var/log/php-fpm/error.log\ndaemonize = yes\n' +
                'include=/etc/php-fpm.d/*.conf\n',
        },
        pools: [
            {
                deployedPath: '/etc/php-fpm.d/www.conf',
                text: '[www]\nuser = apache\ngroup = apache\nlisten = /run/php-fpm/www.sock\n' +
                    'listen.acl_users = apache,nginx\nlisten.allowed_clients = 127.0.0.1\n' +
                    'pm = dynamic\npm.max_children = 50\npm.start_servers = 5\npm.min_spare_servers = 5\npm.max_spare_servers = 35\n' +
                    'slowlog = /var/log/php-fpm/www-slow.log\n' +
                    'php_admin_value[error_log] = /var/log/php-fpm/www-error.log\nphp_admin_flag[log_errors] = on\n' +
                    'php_value[session.save_handler] = files\nphp_value[session.save_path]    = /var/lib/php/session\n' +
                    'php_value[soap.wsdl_cache_dir]  = /var/lib/php/wsdlcache\n',
            },
        ],
        nginxFiles: RHEL_FPM_NGINX_FILES,
        poolsReplaceable: true,
        prefix: '/usr',
        aclSupported: true,
        version,
        directories: systemd
            ? [
                directory({ path: '/run/php-fpm', mode: 0o755, owner: 'root', group: 'root' }, 'php-fpm.service has RuntimeDirectory=php-fpm and RuntimeDirectoryMode=0755 (no User=, so root)', SOURCES.rhelPhp),
            ]
            : [],
        start: systemd ? SYSTEMD_START('php-fpm.service, PrivateTmp=true', true) : CONTAINER_START,
        source: SOURCES.rhelPhp,
    };
}

;// CONCATENATED MODULE: ./src/engine/platforms/php-image.ts
/** Branches docker-library/php builds, with the release `8` and `latest` point at. */
const MAINTAINED = ['8.2', '8.3', '8.4', '8.5', '8.6'];
const LATEST = '8.5';
/** The last patch release of each branch built with `listen = 9000` in zz-docker.conf (f26909cd). */
const LAST_ZZ_DOCKER_PATCH = { '8.2': 30, '8.3': 29, '8.4': 16, '8.5': 1 };
/** What a major-only tag (`8-fpm`, the old `7-fpm`) pointed at last. */
const MAJOR_ALIAS = { '8': LATEST, '7': '7.4', '5': '5.6' };
const VERSION = /^\d+(?:\.\d+(?:\.\d+(?:(?:alpha|beta|rc)\d+)?)?)?$/i;
const SUITE = /^(?:bookworm|trixie|bullseye|buster|stretch|jessie|alpine(?:\d+\.\d+)?)$/;
/**
 * Parses a php image tag: `[VERSION[-rc]-][VARIANT][-SUITE]` as generate-stackbrew-library.sh
 * builds them (`8.2-fpm-alpine3.20`, `8.2.12-fpm`, `fpm-alpine`, `8.2`, `latest`). Undefined when
 * the tag is not of that form.
 */
function parsePhpTag(tag) {
    const tokens = tag === 'latest' ? [] : tag.split('-');
    let i = 0;
    const version = VERSION.test(tokens[i] ?? '') ? tokens[i++] : undefined;
    const rc = tokens[i] === 'rc' ? tokens[i++] : undefined;
    const variant = ['cli', 'fpm', 'apache', 'zts'].includes(tokens[i])
        ? tokens[i++]
        : undefined;
    const suite = SUITE.test(tokens[i] ?? '') ? tokens[i++] : undefined;
    if (i !== tokens.length || (rc && !version))
        return undefined;
    const parts = version?.split('.') ?? [];
    const branch = parts.length >= 2 ? `${parts[0]}.${parts[1]}` : MAJOR_ALIAS[parts[0] ?? '8'];
    if (!branch)
        return undefined;
    const patchText = parts[2];
    return {
        variant: variant ?? 'cli',
        version,
        branch,
        patch: patchText && /^\d+$/.test(patchText) ? Number(patchText) : undefined,
        prerelease: rc !== undefined || (patchText !== undefined && !/^\d+$/.test(patchText)),
        alpine: suite?.startsWith('alpine') ?? false,
        suite,
    };
}
/**
 * The FPM layout of the build a reference pulls. A tag naming a patch release is compared with
 * the cut-offs; a floating tag of a maintained branch pulls the current build; an EOL branch's
 * tags were never rebuilt. A digest fixes a build whose date the reference does not tell, so a
 * floating tag with a digest leaves the layout unknown.
 */
function phpFpmLayout(tag, digestPinned) {
    const [major, minor] = tag.branch.split('.').map(Number);
    const ref = tag.version ?? tag.branch;
    if (major < 7 || Number.isNaN(minor)) {
        return {
            unknown: `PHP ${ref} images built their own php-fpm.conf before 2016; their FPM files are not in the catalog`,
        };
    }
    const before73 = major === 7 && minor < 3;
    const build = (layout) => ({
        build: {
            layout,
            version: ref,
            emptyWwwInZzDocker: layout === 'docker-conf' && tag.branch in LAST_ZZ_DOCKER_PATCH,
            before73,
        },
    });
    const cutoff = LAST_ZZ_DOCKER_PATCH[tag.branch];
    const maintained = MAINTAINED.includes(tag.branch);
    const eol = major < 8 || (major === 8 && minor < 2);
    if (eol)
        return build('zz-docker');
    if (!maintained)
        return { unknown: `php ${ref} is not a branch the catalog knows` };
    if (tag.patch !== undefined && !tag.prerelease) {
        return build(cutoff !== undefined && tag.patch <= cutoff ? 'zz-docker' : 'docker-conf');
    }
    if (tag.prerelease || cutoff === undefined)
        return build('docker-conf');
    if (digestPinned) {
        return {
            unknown: `the digest pins a php:${tag.branch} build of unknown date, and the FPM file layout changed with ` +
                `${tag.branch}.${cutoff + 1} (listen = 9000 moved from zz-docker.conf to docker.conf); name the patch release in the tag ` +
                `(php:${tag.branch}.N-fpm@sha256:…) to decide which`,
        };
    }
    return build('docker-conf');
}

;// CONCATENATED MODULE: ./src/engine/platforms/images.ts
/**
 * From a base image reference to what the image brings (D1-D5, N8). An image the catalog does
 * not know gives `undefined`: its accounts and files stay unknown, never "none".
 */






/** Splits `docker.io/library/nginx:1.27-alpine@sha256:…` into `nginx`, `1.27-alpine` and the digest. */
function imageName(ref) {
    const [noDigest, digest] = ref.split('@');
    const slash = noDigest.lastIndexOf('/');
    const colon = noDigest.lastIndexOf(':');
    const tag = colon > slash ? noDigest.slice(colon + 1) : 'latest';
    let name = colon > slash ? noDigest.slice(0, colon) : noDigest;
    name = name
        .replace(/^(docker\.io\/|index\.docker\.io\/|registry-1\.docker\.io\/)/, '')
        .replace(/^library\//, '');
    return { name: name.toLowerCase(), tag: tag.toLowerCase(), ...(digest ? { digest } : {}) };
}
const RHEL_IMAGES = {
    rockylinux: 'Rocky Linux',
    'rockylinux/rockylinux': 'Rocky Linux',
    'quay.io/rockylinux/rockylinux': 'Rocky Linux',
    almalinux: 'AlmaLinux',
    'quay.io/almalinuxorg/almalinux': 'AlmaLinux',
    fedora: 'Fedora',
    'quay.io/fedora/fedora': 'Fedora',
    centos: 'CentOS',
    'quay.io/centos/centos': 'CentOS Stream',
};
/** What a known base image brings; `undefined` for images socklint does not know. */
function platformOfImage(ref) {
    const image = imageName(ref);
    const { name, tag } = image;
    if (name === 'php')
        return phpImage(ref, image);
    if (name === 'nginx' || name === 'nginxinc/nginx-unprivileged')
        return nginxImage(ref, image);
    if (name === 'httpd') {
        const p = container(suiteDistro(tag, tag.includes('alpine')), ref);
        withWwwData(p.base, SOURCES.officialHttpd);
        p.apache = {
            layout: 'upstream',
            description: `the ${ref} image`,
            user: 'www-data',
            source: SOURCES.officialHttpd,
        };
        return p;
    }
    if (name === 'caddy')
        return caddyImage(ref, tag);
    if (name === 'debian')
        return container(debianDistro(tag), ref);
    if (name === 'ubuntu')
        return container(ubuntuDistro(tag), ref);
    if (name === 'alpine')
        return container(alpineDistro(tag), ref);
    const rhel = RHEL_IMAGES[name];
    if (rhel)
        return rhelImage(ref, rhel, tag);
    const ubi = /^(?:registry\.access\.redhat\.com\/|redhat\/)?ubi(\d+)(?:\/ubi(?:-minimal|-init)?|-minimal|-init)?$/.exec(name);
    if (ubi)
        return container(rhelDistro('Red Hat UBI', ubi[1]), ref);
    return undefined;
}
/**
 * The distribution an image tag's suite names (`1.27-bookworm`, `8.2-fpm-alpine3.20`); a tag
 * without one leaves the release unknown, since the default suite moves with time.
 */
function suiteDistro(tag, alpine) {
    if (alpine)
        return alpineDistro(/alpine(\d+\.\d+)/.exec(tag)?.[1] ?? '');
    return debianDistro(/bookworm|trixie|bullseye|buster|stretch/.exec(tag)?.[0] ?? '');
}
/** The suite a php tag without one pulls: maintained branches build on trixie and alpine3.24. */
function defaultSuite(tag) {
    const maintained = Number(tag.branch) >= 8.2;
    return tag.alpine ? (maintained ? 'alpine3.24' : '') : maintained ? 'trixie' : '';
}
/** A container of a distribution: its base accounts; services run as the container's command. */
function container(distro, ref) {
    return {
        distro,
        base: baseOf(distro, ref, true),
        defaultPhp: distro.defaultPhp,
        init: 'container',
        unknown: [],
    };
}
function rhelImage(ref, name, tag) {
    return container(rhelDistro(name, /^(?:stream)?(\d+)/.exec(tag)?.[1]), ref);
}
function phpImage(ref, image) {
    const tag = parsePhpTag(image.tag);
    if (!tag)
        return undefined;
    const distro = suiteDistro(tag.suite ?? defaultSuite(tag), tag.alpine);
    const p = container(distro, `${ref} (${distro.name})`);
    // The image's php is built from source; apt's php-fpm would be a second PHP.
    p.defaultPhp = undefined;
    withWwwData(p.base, SOURCES.officialPhp);
    if (tag.variant === 'fpm') {
        const layout = phpFpmLayout(tag, image.digest !== undefined);
        if ('build' in layout)
            p.fpm = officialPhpFpm(ref, layout.build);
        else
            p.unknown.push({ subject: 'php-fpm', message: `${ref}: ${layout.unknown}` });
    }
    if (tag.variant === 'apache') {
        p.apache = {
            layout: 'debian',
            description: `the ${ref} image (Debian's apache2 with mod_php)`,
            user: 'www-data',
            modPhp: true,
            source: SOURCES.officialPhp,
        };
    }
    return p;
}
function nginxImage(ref, image) {
    const alpine = image.tag.includes('alpine');
    const p = container(suiteDistro(image.tag, alpine), `${ref} (${alpine ? 'Alpine' : 'Debian'})`);
    // nginx 101:101 in every variant since docker-nginx b749353 (2019-06-04) (D2).
    addAccount(p.base, 'nginx', 101, 'nginx', 101, SOURCES.officialNginx);
    if (image.name === 'nginx') {
        p.nginx = officialNginx(ref);
    }
    else {
        p.nginx = unprivilegedNginx(ref);
        p.imageUser = { user: '101', source: SOURCES.unprivilegedNginx };
    }
    return p;
}
function caddyImage(ref, tag) {
    const p = container(suiteDistro(tag, true), `${ref} (Alpine)`);
    if (tag.includes('rootless')) {
        // adduser -D -u 1001 caddy (its own group, 1001 when free); addgroup caddy root; USER 1001 (D5).
        addAccount(p.base, 'caddy', 1001, 'caddy', 1001, SOURCES.rootlessCaddy);
        accounts_addMember(p.base, 'root', 'caddy');
        p.caddy = {
            layout: 'image-rootless',
            description: `the ${ref} image`,
            user: 'caddy',
            source: SOURCES.rootlessCaddy,
        };
        p.imageUser = { user: '1001', source: SOURCES.rootlessCaddy };
    }
    else {
        p.caddy = {
            layout: 'image',
            description: `the ${ref} image`,
            user: 'root',
            source: SOURCES.officialCaddy,
        };
    }
    return p;
}

;// CONCATENATED MODULE: ./src/engine/resolve/startup.ts
/**
 * What a container does when it starts, before its servers run: the ENTRYPOINT and CMD (the
 * image's own when the Dockerfile sets none), the scripts they run or source, the official
 * images' entrypoints (the php image's `docker-php-entrypoint`; the nginx image's
 * `/docker-entrypoint.sh` with its `/docker-entrypoint.d/` scripts and the envsubst of
 * `/etc/nginx/templates`), and supervisord's programs. It is provisioning run as the container's
 * user, with the container's environment: the image's ENV and what the caller knows of the
 * runtime environment; a variable neither sets is unknown, and so is every value built from it.
 */







/** ENTRYPOINT and CMD of the official images socklint models. */
const IMAGE_COMMANDS = {
    php: { entrypoint: ['docker-php-entrypoint'], cmd: ['php-fpm'] },
    nginx: { entrypoint: ['/docker-entrypoint.sh'], cmd: ['nginx', '-g', 'daemon off;'] },
    'nginxinc/nginx-unprivileged': {
        entrypoint: ['/docker-entrypoint.sh'],
        cmd: ['nginx', '-g', 'daemon off;'],
    },
};
function startup(input) {
    const out = { facts: [], notes: [] };
    const command = startCommand(input);
    if (!command)
        return out;
    const runner = new Runner(input, out);
    runner.argv(command.argv, command.words, command.location);
    for (const fact of out.facts)
        fact.atStart = true;
    return out;
}
/** ENTRYPOINT + CMD as the container runs them; an ENTRYPOINT set here drops the base image's CMD. */
function startCommand(input) {
    const base = IMAGE_COMMANDS[imageName(input.baseImage).name];
    const at = input.facts.find((f) => f.kind === 'from')?.location ?? {
        file: input.dockerfile.path,
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
    };
    const unwritten = (argv) => argv.map((text) => ({ text, offsets: new Array(text.length).fill(0) }));
    let entrypoint = base && {
        argv: base.entrypoint,
        words: unwritten(base.entrypoint),
        location: at,
    };
    let cmd = base && { argv: base.cmd, words: unwritten(base.cmd), location: at };
    let cmdFromBase = true;
    for (const fact of input.facts) {
        if (fact.kind === 'entrypoint') {
            entrypoint = { argv: fact.argv, words: fact.words, location: fact.location };
            if (cmdFromBase)
                cmd = undefined;
        }
        else if (fact.kind === 'cmd') {
            cmd = { argv: fact.argv, words: fact.words, location: fact.location };
            cmdFromBase = false;
        }
    }
    if (!entrypoint && !cmd)
        return undefined;
    return {
        argv: [...(entrypoint?.argv ?? []), ...(cmd?.argv ?? [])],
        words: [...(entrypoint?.words ?? []), ...(cmd?.words ?? [])],
        location: (cmd ?? entrypoint).location,
    };
}
class Runner {
    input;
    out;
    index;
    image;
    constructor(input, out) {
        this.input = input;
        this.out = out;
        this.index = new text_LineIndex(input.dockerfile.path, input.dockerfile.text);
        this.image = imageName(input.baseImage).name;
    }
    /** Runs a command given as arguments written in the Dockerfile. */
    argv(argv, words, location) {
        const source = joined(words);
        const list = [];
        let at = 0;
        words.forEach((w, i) => {
            list.push(mappedWord({
                text: argv[i],
                offsets: w.offsets.length === argv[i].length
                    ? w.offsets
                    : new Array(argv[i].length).fill(w.offsets[0] ?? 0),
            }, this.index, at, at + w.text.length));
            at += w.text.length + 1;
        });
        interpretArgv(list, source, this.context(this.input.env), location);
    }
    context(env) {
        const runAs = this.user();
        return {
            ...(runAs ? { runAs } : {}),
            index: this.index,
            facts: this.out.facts,
            notes: this.out.notes,
            env,
            cwd: '/',
            scripts: (p) => this.script(p),
            isDirectory: (p) => this.input.fs.isDirectory(p),
            external: (c) => this.external(c),
        };
    }
    /** The container's user (the last USER), when not root. */
    user() {
        const last = [...this.input.facts].reverse().find((f) => f.kind === 'user');
        if (!last || last.kind !== 'user')
            return undefined;
        const [user, group] = last.user.split(':');
        if (user === 'root' || user === '0')
            return undefined;
        return { user, ...(group ? { group } : {}), via: `USER ${last.user}` };
    }
    /** A script of the repository placed in the image at that path. */
    script(p) {
        const entry = this.input.fs.fileAt(p);
        if (!entry || entry.file.builtin || entry.file.unreadable || entry.parts)
            return undefined;
        return entry.file.file;
    }
    external(c) {
        const base = external_node_path_default().posix.basename(c.name);
        if (base === 'docker-php-entrypoint' && this.image === 'php') {
            // `set -- php-fpm "$@"` when the first argument is an option, then `exec "$@"`.
            const args = c.args[0]?.value.startsWith('-')
                ? [{ ...c.args[0], value: 'php-fpm' }, ...c.args]
                : c.args;
            return this.run(args, c.env, c.location);
        }
        if (c.name === '/docker-entrypoint.sh' &&
            (this.image === 'nginx' || this.image === 'nginxinc/nginx-unprivileged')) {
            return this.nginxEntrypoint(c);
        }
        if (base === 'supervisord')
            return this.supervisord(c);
        return false;
    }
    run(args, env, location) {
        if (args.length === 0)
            return true;
        interpretArgv(args, { text: '', offsets: [] }, this.context(env), location);
        return true;
    }
    /**
     * The nginx image's entrypoint: with `nginx` or `nginx-debug` as the command, the scripts of
     * /docker-entrypoint.d/ in version order (`*.envsh` sourced, `*.sh` run), its own
     * 20-envsubst-on-templates.sh among them; then the command.
     */
    nginxEntrypoint(c) {
        const first = c.args[0]?.value;
        if (first === 'nginx' || first === 'nginx-debug') {
            const dir = '/docker-entrypoint.d';
            const own = this.input.fs
                .filesUnder(dir)
                .filter((f) => !f.rel.includes('/') && /\.(sh|envsh)$/.test(f.rel))
                .map((f) => f.rel);
            const removed = this.input.facts.some((f) => f.kind === 'remove' &&
                (f.path === `${dir}/20-envsubst-on-templates.sh` || (f.recursive && f.path === dir)));
            const steps = [...new Set([...own, ...(removed ? [] : ['20-envsubst-on-templates.sh'])])].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
            for (const name of steps) {
                const file = this.script(`${dir}/${name}`);
                if (!file) {
                    if (name === '20-envsubst-on-templates.sh')
                        this.templates(c.env);
                    continue;
                }
                const env = name.endsWith('.envsh') ? c.env : c.env.child([]);
                interpretFile(file, { ...this.context(env) });
            }
        }
        return this.run(c.args, c.env, c.location);
    }
    /**
     * 20-envsubst-on-templates.sh: every `*.template` below /etc/nginx/templates becomes a file of
     * /etc/nginx/conf.d with the environment's variables substituted. Only variables defined in the
     * environment are (the script lists them for envsubst), so nginx's own `$host` stays; a name
     * the environment may or may not define at start is unknown, unless it is lower-case, as nginx
     * variables are and environment variables by convention are not.
     */
    templates(env) {
        const setting = (name, fallback) => {
            const v = env.lookup(name);
            return v.set === true && typeof v.value === 'string' && v.value !== '' ? v.value : fallback;
        };
        const dir = setting('NGINX_ENVSUBST_TEMPLATE_DIR', '/etc/nginx/templates');
        const suffix = setting('NGINX_ENVSUBST_TEMPLATE_SUFFIX', '.template');
        const outDir = setting('NGINX_ENVSUBST_OUTPUT_DIR', '/etc/nginx/conf.d');
        const filter = setting('NGINX_ENVSUBST_FILTER', '');
        let keep;
        try {
            keep = new RegExp(filter);
        }
        catch {
            keep = /(?:)/;
        }
        for (const { rel } of this.input.fs.filesUnder(dir)) {
            if (!rel.endsWith(suffix))
                continue;
            const source = external_node_path_default().posix.join(dir, rel);
            const parts = this.input.fs.partsOf(source);
            const file = this.input.fs.fileAt(source)?.file.file;
            const location = {
                file: file?.path ?? this.input.dockerfile.path,
                line: 1,
                column: 1,
                endLine: 1,
                endColumn: 1,
            };
            const dest = external_node_path_default().posix.join(outDir, rel.slice(0, rel.length - suffix.length));
            if (!parts) {
                this.out.facts.push({
                    kind: 'unknown-content',
                    path: dest,
                    reason: `rendered at start from ${source}, whose content is not known`,
                    location,
                });
                continue;
            }
            this.out.facts.push({
                kind: 'write-file',
                path: dest,
                content: substituteDefined(parts, env, keep),
                append: false,
                location,
            });
        }
    }
    /** supervisord's programs: `user=` starts nginx or php-fpm as that user. */
    supervisord(c) {
        const config = c.args.findIndex((w) => w.value === '-c' || w.value === '--configuration');
        const mains = config >= 0 && c.args[config + 1]
            ? [c.args[config + 1].value]
            : ['/etc/supervisord.conf', '/etc/supervisor/supervisord.conf'];
        const files = [];
        for (const main of mains) {
            const entry = this.input.fs.fileAt(main);
            if (!entry)
                continue;
            files.push(main);
            const include = /^\[include\][^[]*?^\s*files\s*=\s*(.+)$/im.exec(entry.file.file.text)?.[1];
            for (const pattern of include?.trim().split(/\s+/) ?? []) {
                const abs = external_node_path_default().posix.resolve(external_node_path_default().posix.dirname(main), pattern);
                const dir = external_node_path_default().posix.dirname(abs);
                const re = new RegExp('^' +
                    external_node_path_default().posix
                        .basename(abs)
                        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
                        .replace(/\*/g, '[^/]*')
                        .replace(/\?/g, '.') +
                    '$');
                for (const f of this.input.fs.filesUnder(dir))
                    if (!f.rel.includes('/') && re.test(f.rel))
                        files.push(external_node_path_default().posix.join(dir, f.rel));
            }
            break;
        }
        for (const p of files) {
            const file = this.input.fs.fileAt(p)?.file.file;
            if (file)
                this.programs(file);
        }
        return true;
    }
    programs(file) {
        const index = new text_LineIndex(file.path, file.text);
        let program;
        const flush = () => {
            const command = program?.command?.trim().split(/\s+/)[0];
            const user = program?.user;
            if (!command || !user || user.value === 'root')
                return;
            const name = external_node_path_default().posix.basename(command);
            if (!/^(nginx|php-fpm[0-9.]*)$/.test(name))
                return;
            this.out.facts.push({
                kind: 'run-as',
                user: user.value,
                program: name.startsWith('php-fpm') ? 'php-fpm' : 'nginx',
                via: 'supervisord user=',
                location: index.location(user.at, user.end),
            });
        };
        let offset = 0;
        for (const line of file.text.split('\n')) {
            const section = /^\s*\[([^\]]+)\]/.exec(line);
            if (section) {
                flush();
                program = section[1].startsWith('program:') ? {} : undefined;
            }
            else if (program) {
                const kv = /^\s*(command|user)\s*=\s*(.*?)\s*(?:;.*)?\r?$/.exec(line);
                if (kv?.[1] === 'command')
                    program.command = kv[2];
                else if (kv?.[1] === 'user')
                    program.user = { value: kv[2], at: offset, end: offset + line.replace(/\r$/, '').length };
            }
            offset += line.length + 1;
        }
        flush();
    }
}
function joined(words) {
    const text = words.map((w) => w.text).join(' ');
    const offsets = [];
    words.forEach((w, i) => {
        if (i > 0)
            offsets.push(w.offsets[0] ?? 0);
        offsets.push(...(w.offsets.length === w.text.length
            ? w.offsets
            : new Array(w.text.length).fill(w.offsets[0] ?? 0)));
    });
    return { text, offsets };
}
/**
 * `$NAME` and `${NAME}` replaced where the environment defines NAME (see `templates`). A line
 * that changes keeps the template line as its location; the others keep their exact columns.
 */
function substituteDefined(parts, env, keep) {
    return joinLines(splitLines(parts).map((line) => {
        const out = [];
        let changed = false;
        for (const part of line) {
            if (part.unknown) {
                out.push(part);
                continue;
            }
            const at = part.location ? { location: part.location } : {};
            let last = 0;
            for (const m of part.text.matchAll(/\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))/g)) {
                const name = m[1] ?? m[2];
                const v = env.lookup(name);
                if (!keep.test(name) || v.set === false || (v.set === undefined && /[a-z]/.test(name)))
                    continue;
                changed = true;
                appendPart(out, { text: part.text.slice(last, m.index), ...at });
                appendPart(out, typeof v.value === 'string'
                    ? { text: v.value, ...at }
                    : { text: m[0], ...at, unknown: v.value.unknown });
                last = m.index + m[0].length;
            }
            appendPart(out, last === 0 ? part : { text: part.text.slice(last), ...at });
        }
        return changed ? out : line;
    }));
}

;// CONCATENATED MODULE: ./src/engine/platforms/host-family.ts
/**
 * Which distribution a host tree (files laid out as on the machine, under `etc/`) is for, told
 * from the paths its packages use: Debian and Ubuntu put PHP-FPM under etc/php/X.Y/fpm and sites
 * under sites-available/; the RHEL family uses etc/php-fpm.d/ and etc/httpd/; Alpine uses
 * etc/phpNN/ and etc/nginx/http.d/. An etc/os-release in the tree says it outright.
 */

const SIGNS = [
    { family: 'debian', pattern: /^etc\/php\/\d+\.\d+\// },
    { family: 'debian', pattern: /^etc\/nginx\/(sites-available|sites-enabled|snippets|modules-enabled)\// },
    { family: 'debian', pattern: /^etc\/apache2\// },
    { family: 'rhel', pattern: /^etc\/php-fpm\.(d\/|conf$)/ },
    { family: 'rhel', pattern: /^etc\/nginx\/default\.d\// },
    { family: 'rhel', pattern: /^etc\/httpd\// },
    { family: 'alpine', pattern: /^etc\/php\d+\// },
    { family: 'alpine', pattern: /^etc\/nginx\/http\.d\// },
    { family: 'alpine', pattern: /^etc\/apk\// },
];
const NAMES = { debian: 'Debian/Ubuntu', rhel: 'RHEL-family', alpine: 'Alpine' };
/**
 * `paths` are the tree's files relative to its root (`etc/php/8.2/fpm/pool.d/www.conf`);
 * `osRelease` is the text of its etc/os-release, when the tree has one.
 */
function hostFamily(paths, osRelease) {
    if (osRelease !== undefined) {
        const distro = distroOfOsRelease(osRelease);
        if (distro)
            return { distro, evidence: 'etc/os-release' };
    }
    const found = new Map();
    for (const p of paths) {
        const sign = SIGNS.find((s) => s.pattern.test(p));
        if (sign && !found.has(sign.family))
            found.set(sign.family, p);
    }
    if (found.size === 1) {
        const [[family, path]] = [...found];
        const distro = family === 'debian'
            ? debianDistro('12')
            : family === 'rhel'
                ? rhelDistro('RHEL family', undefined)
                : alpineDistro('');
        // Debian and Ubuntu share accounts and layout; the release only decides what `php-fpm` means.
        const evidence = family === 'debian' ? '' : `${NAMES[family]} layout: ${path}`;
        return { distro, evidence };
    }
    if (found.size > 1) {
        return {
            unknown: `it mixes layouts of ${[...found].map(([f, p]) => `${NAMES[f]} (${p})`).join(' and ')}`,
        };
    }
    return {
        unknown: 'nothing in it tells the distribution (etc/php/X.Y/ or sites-available/ for Debian and Ubuntu, ' +
            'etc/php-fpm.d/ for the RHEL family, etc/phpNN/ or etc/nginx/http.d/ for Alpine, or an etc/os-release)',
    };
}
/** ID, ID_LIKE and VERSION_ID of an os-release file. */
function distroOfOsRelease(text) {
    const field = (key) => new RegExp(`^${key}=["']?([^"'\\n]*)`, 'm').exec(text)?.[1]?.trim().toLowerCase() ?? '';
    const id = field('ID');
    const like = field('ID_LIKE').split(/\s+/);
    const version = field('VERSION_ID');
    if (id === 'debian')
        return debianDistro(version.split('.')[0]);
    if (id === 'ubuntu')
        return ubuntuDistro(version);
    if (id === 'alpine')
        return alpineDistro(version);
    const rhel = ['rhel', 'centos', 'rocky', 'almalinux', 'fedora'];
    if (rhel.includes(id) || like.some((l) => rhel.includes(l))) {
        const name = /^NAME=["']?([^"'\n]*)/m.exec(text)?.[1] ?? id;
        return rhelDistro(name, version.split('.')[0] || undefined);
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/engine/platforms/packages.ts
/**
 * What installing packages adds to a platform: `apt-get install` on Debian and Ubuntu, `apk add`
 * on Alpine, `dnf`/`yum install` on the RHEL family. Each package brings its web server or FPM
 * flavour and the accounts its scripts create. A package the catalog does not know adds nothing
 * and is not guessed at; an FPM package it cannot place is said in `unknown`.
 */




/** `nginx=1.22.1-9`, `nginx~1.24`, `php-fpm-8.2.13`, `nginx>=1.2` → the package name. */
function packageName(spec) {
    return spec.split(/[=~<>]/)[0].toLowerCase();
}
function withPackages(platform, packages) {
    const family = platform.base?.family;
    if (!family || packages.length === 0)
        return platform;
    const out = { ...platform, unknown: [...(platform.unknown ?? [])] };
    if (out.base)
        out.base = cloneBase(out.base);
    for (const name of packages.map(packageName)) {
        if (family === 'debian')
            addDebianPackage(out, name);
        else if (family === 'alpine')
            addAlpinePackage(out, name);
        else
            addRhelPackage(out, name);
    }
    return out;
}
/** "Debian", "Rocky Linux": whose packages these are. */
function distroName(platform) {
    return platform.distro?.name ?? platform.base?.description ?? 'the distribution';
}
function serviceStart(platform) {
    return platform.init === 'container' ? 'container' : 'systemd';
}
function addDebianPackage(p, name) {
    const distro = distroName(p);
    if (/^nginx(-(full|light|extras|core))?$/.test(name))
        p.nginx ??= debianNginx(distro);
    const versioned = /^php(\d+\.\d+)-fpm$/.exec(name);
    const version = versioned?.[1] ?? (name === 'php-fpm' ? p.defaultPhp : undefined);
    if (version)
        p.fpm ??= debianFpm(version, distro, serviceStart(p));
    else if (name === 'php-fpm') {
        p.unknown.push({
            subject: 'php-fpm',
            message: `${distro}: which PHP version the php-fpm package installs is not known; install phpX.Y-fpm or name the release in the FROM tag`,
        });
    }
    if (name === 'apache2') {
        p.apache ??= {
            layout: 'debian',
            description: `${distro}'s apache2 package`,
            user: 'www-data',
            source: SOURCES.debianApache,
        };
    }
    if (/^libapache2-mod-php(\d+\.\d+)?$/.test(name) && p.apache)
        p.apache = { ...p.apache, modPhp: true };
    if (name === 'caddy' && p.base) {
        p.caddy ??= {
            layout: 'debian',
            description: `${distro}'s caddy package`,
            user: 'caddy',
            source: SOURCES.debianCaddy,
        };
        // The postinst creates a system account (id allocated at install) and adds it to www-data (C3).
        addAccount(p.base, 'caddy', undefined, 'caddy', undefined, SOURCES.debianCaddy);
        accounts_addMember(p.base, 'www-data', 'caddy');
    }
}
function addAlpinePackage(p, name) {
    const distro = distroName(p);
    if (name === 'nginx' && p.base) {
        p.nginx ??= alpineNginx(distro);
        // nginx.pre-install: www-data 82, a system nginx user and group (ids allocated at install), nginx in www-data.
        addGroup(p.base, 'www-data', 82, SOURCES.alpineNginx);
        addAccount(p.base, 'nginx', undefined, 'nginx', undefined, SOURCES.alpineNginx);
        accounts_addMember(p.base, 'www-data', 'nginx');
    }
    const versioned = /^php(\d+)-fpm$/.exec(name);
    if (versioned)
        p.fpm ??= alpineFpm(versioned[1], distro, p.init === 'container' ? 'container' : 'openrc');
    else if (name === 'php-fpm') {
        p.unknown.push({
            subject: 'php-fpm',
            message: `${distro}: php-fpm is a virtual package whose provider depends on the release; install phpNN-fpm`,
        });
    }
}
function addRhelPackage(p, name) {
    const distro = distroName(p);
    if (!p.base)
        return;
    if (name === 'nginx' || name === 'nginx-core' || name === 'nginx-filesystem') {
        if (name !== 'nginx-filesystem')
            p.nginx ??= rhelNginx(distro);
        addAccount(p.base, 'nginx', undefined, 'nginx', undefined, SOURCES.rhelNginx);
    }
    const release = Number(p.distro?.release);
    if (name === 'php-fpm' && release < 8) {
        // RHEL 7's php-fpm 5.4 predates the socket and ACL layout (Fedora, 2015).
        p.unknown.push({
            subject: 'php-fpm',
            message: `${distro} ${release}: its php-fpm package is not in the catalog`,
        });
    }
    else if (name === 'php-fpm') {
        p.fpm ??= rhelFpm(distro, serviceStart(p), p.defaultPhp);
        // php-fpm requires httpd-filesystem (apache 48:48) and nginx-filesystem (nginx, allocated ids).
        addAccount(p.base, 'apache', 48, 'apache', 48, SOURCES.rhelApacheUser);
        addAccount(p.base, 'nginx', undefined, 'nginx', undefined, SOURCES.rhelNginx);
    }
    else if (/^php\d+-php-fpm$/.test(name)) {
        p.unknown.push({
            subject: 'php-fpm',
            message: `${distro}: ${name} is a Software Collection whose files live under /etc/opt/remi or /opt, which the catalog does not describe`,
        });
    }
    if (name === 'httpd' || name === 'httpd-filesystem') {
        if (name === 'httpd') {
            p.apache ??= {
                layout: 'rhel',
                description: `${distro}'s httpd package`,
                user: 'apache',
                source: SOURCES.rhelApacheUser,
            };
        }
        addAccount(p.base, 'apache', 48, 'apache', 48, SOURCES.rhelApacheUser);
    }
}
function cloneBase(base) {
    return {
        ...base,
        users: { ...base.users },
        groups: Object.fromEntries(Object.entries(base.groups).map(([k, [gid, m]]) => [k, [gid, [...m]]])),
        accountSources: { ...base.accountSources },
    };
}

;// CONCATENATED MODULE: ./src/engine/resolve/topology.ts
/**
 * Topology: where each repository file lands when deployed, and which files form one deployment
 * unit (one machine: a Dockerfile's image, a host tree laid out under `etc/`, an Ansible
 * project, or the files mapped in `.socklint.yml`). The nginx of one unit is never paired with
 * the PHP-FPM of another.
 */
















const CONFIG_KINDS = new Set(['nginx-main', 'nginx-site', 'nginx-snippet', 'fpm-main', 'fpm-pool']);
/** Where a host tree starts: the directories a distribution's nginx and PHP-FPM packages use. */
const LAYOUT = /(^|\/)(etc\/(nginx|php\d*|php-fpm\.d|php-fpm\.conf|tmpfiles\.d|systemd\/system|uwsgi|supervisor)\b|usr\/local\/etc\/(php-fpm\.d|php-fpm\.conf))/;
function buildTopology(input) {
    const byPath = new Map(input.files.map((f) => [f.path, f]));
    for (const s of input.skipped ?? []) {
        byPath.set(s.path, {
            path: s.path,
            absPath: s.path,
            text: '',
            hadBom: false,
            crlf: false,
            kind: 'other',
            reason: s.reason,
            unreadable: s.reason,
        });
    }
    const links = new Map(input.symlinks.map((l) => [l.path, l.target]));
    const repo = { byPath, links, index: topology_indexOf(byPath, links) };
    const claimed = new Set();
    const units = [];
    const named = namedTargets(input.files);
    for (const file of input.files.filter((f) => f.kind === 'dockerfile')) {
        const facts = input.facts.get(file.path) ?? [];
        const targets = buildTargets(facts, named);
        const last = targets[targets.length - 1];
        for (const target of targets) {
            // With several images from one Dockerfile, each is named by its stage.
            const id = targets.length > 1 ? `image ${file.path} (target ${target})` : undefined;
            const build = {
                dockerfile: file,
                ...(target !== last ? { target } : {}),
                ...(id ? { id } : {}),
            };
            units.push(imageUnit(build, repo, claimed, { facts, input }));
        }
    }
    for (const unit of ansibleUnits(input, byPath, links, claimed))
        units.push(unit);
    if (Object.keys(input.config.mappings).length > 0) {
        units.push(mappedUnit(input.config, byPath, links, claimed));
    }
    const layouts = layoutUnits(input, byPath, links, claimed);
    units.push(...layouts.units);
    for (const unit of units) {
        if (unit.kind === 'image')
            continue; // built with its files in order
        if (unit.kind === 'host' || unit.kind === 'mapped')
            inferHostFlavours(unit);
        addBuiltins(unit);
        applyFileEffects(unit, input.placeholders);
        notePlatformUnknowns(unit);
    }
    const loose = input.files.filter((f) => CONFIG_KINDS.has(f.kind) && !claimed.has(f.path));
    if (loose.length > 0) {
        const unmapped = unmappedUnit(loose);
        unmapped.notes.push(...layouts.unknown);
        units.push(unmapped);
    }
    return units;
}
/* ------------------------------------------------------------------ images */
/** How a value a command writes but socklint cannot know is named in reports. */
const describeUnknown = (unknown) => `${unknown.join(', ')} (set nowhere in the repository; declare it under variables: in .socklint.yml)`;
/** The repository index of a `byPath`/`links` pair, built once per pair. */
const INDEXES = new WeakMap();
function topology_indexOf(byPath, links) {
    let index = INDEXES.get(byPath);
    if (!index) {
        index = new RepoIndex([...byPath.keys(), ...links.keys()]);
        INDEXES.set(byPath, index);
    }
    return index;
}
/**
 * The stages of a Dockerfile that are built as images: the last one, every stage no other stage
 * builds FROM or copies from (nobody writes such a stage but to build it with `--target`), and
 * every stage a workflow, Makefile or script names with `--target`.
 */
function buildTargets(facts, named) {
    const stages = splitStages(facts);
    const used = new Set();
    stages.forEach((stage, i) => {
        const parent = findStage(stages, stage.from.image, i);
        if (parent)
            used.add(parent.index);
        for (const f of stage.facts) {
            if (f.kind !== 'copy' || f.fromStage === undefined)
                continue;
            const from = findStage(stages, f.fromStage, i);
            if (from)
                used.add(from.index);
        }
    });
    const last = stages[stages.length - 1];
    const targets = stages
        .slice(0, -1)
        .filter((s) => s.name && (!used.has(s.index) || named.has(s.name)))
        .map((s) => s.name);
    // The last stage is built by default; its name (or index) stands for it.
    return [...targets, last?.name ?? String(Math.max(0, stages.length - 1))];
}
/** Stage names given to `--target` (docker build, compose, bake) or `target:` in workflows. */
function namedTargets(files) {
    const names = new Set();
    for (const f of files) {
        const ci = /(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/.test(f.path);
        if (!ci && !/(^|\/)(Makefile|[^/]+\.mk|[^/]+\.sh)$/.test(f.path) && f.kind !== 'shell')
            continue;
        for (const m of f.text.matchAll(/--target[= ]+["']?([A-Za-z0-9_.-]+)/g))
            names.add(m[1].toLowerCase());
        if (ci)
            for (const m of f.text.matchAll(/^\s*target:\s*["']?([A-Za-z0-9_.-]+)/gm))
                names.add(m[1].toLowerCase());
    }
    return names;
}
/**
 * One image: a stage of a Dockerfile (the last one unless a target is given) built with its
 * context and build arguments, then started. Its filesystem comes from applying, in order, the
 * base image's and packages' files and every instruction's effect; its start-up scripts run
 * with the image's ENV and the given environment. Compose and the other readers call this for
 * each service that builds an image.
 */
function imageUnit(build, repo, claimed, options = {}) {
    const dockerfile = build.dockerfile;
    // Values declared in .socklint.yml stand for build arguments that have none.
    const declared = options.input?.config.variables ?? {};
    const reread = build.buildArgs || Object.keys(declared).length > 0 || !options.facts;
    const read = reread
        ? dockerfileFacts(dockerfile, { ...(build.buildArgs ? { buildArgs: build.buildArgs } : {}), declared })
        : undefined;
    const facts = read?.facts ?? options.facts ?? [];
    const stages = splitStages(facts);
    const target = build.target !== undefined ? findStage(stages, build.target) : stages[stages.length - 1];
    const id = build.id ?? `image ${dockerfile.path}${build.target !== undefined ? ` (target ${build.target})` : ''}`;
    if (!target) {
        const unit = newUnit(id, 'image', {}, {
            kind: 'default',
            description: build.target !== undefined ? `no stage ${build.target}` : 'no FROM line',
        });
        if (build.target !== undefined)
            unit.notes.push({
                level: 'notice',
                code: 'unknown-target',
                message: `${dockerfile.path} has no stage ${build.target}`,
                location: { file: dockerfile.path, line: 1, column: 1, endLine: 1, endColumn: 1 },
            });
        return unit;
    }
    const chain = stageChain(stages, target);
    const root = chain[0].from;
    const known = root.unknown ? undefined : platformOfImage(root.image);
    const unitFacts = chain.flatMap((s) => s.facts);
    const platform = withPackages(known ?? {}, installedPackages(unitFacts));
    const unit = newUnit(id, 'image', platform, {
        kind: 'source',
        location: root.location,
        text: `FROM ${root.image}`,
    });
    unit.notes.push(...(read?.notes ?? []));
    if (!known) {
        unit.notes.push({
            level: 'notice',
            code: 'unknown-base-image',
            message: root.unknown
                ? `the base image ${root.image} depends on ${root.unknown.join(', ')}, which has no value here: its users and default configs are unknown`
                : `base image ${root.image} is not one socklint knows: its users and default configs are unknown`,
            location: root.location,
        });
    }
    const newFs = () => new ImageFs({
        ...(options.input?.placeholders ? { placeholders: options.input.placeholders } : {}),
        describeUnknown,
    });
    const shipped = new Map();
    const ctx = {
        stages,
        contextDir: build.context ??
            (external_node_path_default().posix.dirname(dockerfile.path) === '.' ? '' : external_node_path_default().posix.dirname(dockerfile.path)),
        repo: repo.index,
        repoEntry: (p) => repoEntry(p, repo),
        seed: (fs, seen, from) => seedPlatform(fs, from, seen, shipped),
        newFs,
        notes: unit.notes,
        placed: new Set(),
    };
    const fs = buildChain(chain, ctx, new Map());
    const start = startup({
        fs,
        facts: unitFacts,
        baseImage: root.image,
        dockerfile,
        env: startEnvironment(unitFacts, build, options.input?.config),
    });
    for (const fact of start.facts)
        image_build_applyFact(fs, fact, ctx);
    unit.notes.push(...start.notes);
    unit.facts = [...unitFacts, ...start.facts];
    unit.fs = fs.toUnitFs([...shipped].map(([pattern, description]) => ({ pattern, description })));
    unit.fpm = platform.fpm ? [platform.fpm] : [];
    for (const p of ctx.placed)
        claimed.add(p);
    setRunningUsers(unit);
    notePlatformUnknowns(unit);
    return unit;
}
/** The container's environment at start: the image's ENV, then the caller's and the user's declared values. */
function startEnvironment(facts, build, config) {
    const vars = facts.flatMap((f) => f.kind === 'env' ? [[f.name, f.value]] : []);
    vars.push(...Object.entries(config?.variables ?? {}), ...Object.entries(build.environment ?? {}));
    return ShellEnv.of(vars, 'unknown');
}
/** The files the base image and the packages installed so far ship, where nothing is yet. */
function seedPlatform(fs, from, seen, shipped) {
    const base = from.unknown ? undefined : platformOfImage(from.image);
    const { nginx, fpm } = withPackages(base ?? {}, installedPackages(seen));
    const add = (file, description) => {
        if (!fs.has(file.deployedPath))
            fs.place(file.deployedPath, builtin(file, description));
    };
    if (nginx) {
        for (const pattern of nginx.shipped)
            shipped.set(pattern, `shipped by ${nginx.description}`);
        for (const file of [nginx.main, ...nginx.files])
            add(file, nginx.description);
        for (const { link, target } of nginx.links)
            if (!fs.has(link))
                fs.link(link, target);
    }
    if (fpm) {
        for (const file of [fpm.main, ...fpm.pools, ...(fpm.nginxFiles ?? [])])
            add(file, fpm.description);
    }
}
function repoEntry(repoPath, repo) {
    let file = repo.byPath.get(repoPath);
    const linkTarget = repo.links.get(repoPath);
    // A symlink in git reads as its target; an absolute one stays a link in the image.
    if (linkTarget !== undefined) {
        if (linkTarget.startsWith('/'))
            return { link: normalizeDeployed(linkTarget) };
        file =
            repo.byPath.get(external_node_path_default().posix.normalize(external_node_path_default().posix.join(external_node_path_default().posix.dirname(repoPath), linkTarget))) ??
                file;
    }
    if (!file)
        return undefined;
    const entry = {
        deployedPath: '',
        file,
        ...(file.unreadable ? { unreadable: file.unreadable } : {}),
    };
    return { file: entry };
}
/** USER, and who start-up commands run the servers as. */
function setRunningUsers(unit) {
    const user = [...unit.facts].reverse().find((f) => f.kind === 'user');
    if (user && user.kind === 'user') {
        const [name, group] = user.user.split(':');
        if (name !== 'root' && name !== '0') {
            unit.runtimeUser = {
                user: name,
                ...(group ? { group } : {}),
                origin: { kind: 'source', location: user.location, text: `USER ${user.user}` },
            };
        }
    }
    const programs = {};
    for (const f of unit.facts) {
        if (f.kind !== 'run-as' || (f.program !== 'nginx' && f.program !== 'php-fpm') || f.maybe)
            continue;
        const group = f.group ? { group: f.group } : {};
        programs[f.program] = {
            user: f.user,
            ...group,
            origin: { kind: 'source', location: f.location, text: f.via },
        };
    }
    if (Object.keys(programs).length > 0)
        unit.programUsers = programs;
}
/**
 * Who a server's master runs as when it is not root: the user a start-up command starts it as
 * (`gosu`, `su-exec`, supervisord `user=`), else the image's USER; undefined for root.
 */
function masterUser(unit, program) {
    return unit.programUsers?.[program] ?? unit.runtimeUser;
}
/* ------------------------------------------------------------------ Ansible */
/**
 * One unit per machine of each Ansible project: the files its template/copy tasks place
 * (rendered with the project's variables), the edits its ini_file/lineinfile/… tasks make to
 * them or to the files the platform ships, and its other tasks' facts.
 */
function ansibleUnits(input, byPath, links, claimed) {
    const placeholders = input.placeholders ?? new Placeholders(input.config.variables);
    const result = ansibleMachines(input.files, input.config.variables, placeholders);
    for (const path of result.claimed)
        claimed.add(path);
    const units = [];
    for (const machine of result.machines) {
        const base = hostPlatform(debianDistro('12'), 'Debian (assumed for the Ansible hosts)');
        const unit = newUnit(machine.id, 'ansible', withPackages(base, installedPackages(machine.facts)), {
            kind: 'default',
            description: 'Debian-family hosts (Ansible targets are not declared in the repository)',
        });
        unit.facts = machine.facts;
        unit.templates = machine.renders;
        unit.notes.push(...machine.notes);
        for (const [deployed, file] of machine.placed) {
            if (byPath.get(file.path) === file)
                place(unit, file.path, deployed, byPath, links, claimed);
            else
                unit.fs.set({ deployedPath: normalizeDeployed(deployed), file });
        }
        applyAnsibleEdits(unit, machine.edits);
        units.push(unit);
    }
    if (units[0])
        units[0].notes.push(...result.notes);
    return units.filter((u) => u.fs.all().length > 0 || u.notes.length > 0);
}
/** The edits of ini_file, lineinfile, blockinfile and replace tasks, in task order. */
function applyAnsibleEdits(unit, edits) {
    const { fpm, nginx } = unit.platform;
    const shipped = [
        ...(fpm ? [fpm.main, ...fpm.pools].map((f) => builtin(f, fpm.description)) : []),
        ...(nginx ? [nginx.main, ...nginx.files].map((f) => builtin(f, nginx.description)) : []),
    ];
    for (const edit of edits) {
        const deployedPath = normalizeDeployed(edit.path);
        const before = unit.fs.get(deployedPath)?.file ?? shipped.find((f) => f.deployedPath === deployedPath)?.file;
        if (!before) {
            if (isServerConfigPath(deployedPath)) {
                unit.notes.push({
                    level: 'notice',
                    code: 'config-edited-by-script',
                    message: `${edit.path} is edited by ${edit.module} here, but neither the repository nor the platform provides it: the edit is not checked`,
                    location: edit.location,
                });
            }
            continue;
        }
        const after = editText(edit.module, before.text, edit.params);
        if (after === undefined || after === before.text)
            continue;
        const file = editedFile(before, after, edit.location, `edited by the ${edit.module} task at ${edit.location.file}:${edit.location.line}`);
        unit.fs.set({ deployedPath, file });
    }
}
/* ------------------------------------------------------------------ mappings and layouts */
function mappedUnit(config, byPath, links, claimed) {
    const declared = config.platform ? distroOfPlatformId(config.platform) : debianDistro('12');
    const platform = declared ? hostPlatform(declared) : {};
    const unit = newUnit(`mappings of ${config.source ?? '.socklint.yml'}`, 'mapped', platform, {
        kind: 'default',
        description: config.platform
            ? `platform: ${config.platform} in ${config.source ?? '.socklint.yml'}`
            : 'Debian 12 (platform default of mappings)',
    });
    for (const [from, to] of Object.entries(config.mappings)) {
        const src = from.replace(/\/+$/, '').replace(/^\.\//, '');
        for (const candidate of [...byPath.keys(), ...links.keys()]) {
            if (candidate === src)
                place(unit, candidate, to, byPath, links, claimed);
            else if (candidate.startsWith(src + '/'))
                place(unit, candidate, external_node_path_default().posix.join(to, candidate.slice(src.length + 1)), byPath, links, claimed);
        }
    }
    return unit;
}
/**
 * Host trees: each directory that holds an `etc/` laid out like a machine. Its distribution is
 * the one `platform:` declares, else the one its paths (or its etc/os-release) show. A tree whose
 * distribution cannot be told is not guessed at: its files are left to the unmapped unit, whose
 * accounts are unknown, and one note says what to declare.
 */
function layoutUnits(input, byPath, links, claimed) {
    const roots = new Map();
    const all = [...byPath.keys(), ...links.keys()];
    for (const repoPath of all.filter((p) => !claimed.has(p))) {
        const m = LAYOUT.exec(repoPath);
        if (!m)
            continue;
        const root = repoPath.slice(0, m.index + m[1].length);
        const placed = roots.get(root);
        if (placed)
            placed.push(repoPath);
        else
            roots.set(root, [repoPath]);
    }
    const units = [];
    const unknown = [];
    for (const [root, placed] of roots) {
        const where = root || './';
        const family = hostDistro(input.config, root, all, byPath);
        if ('unknown' in family) {
            if (placed.some((p) => CONFIG_KINDS.has(byPath.get(p)?.kind ?? ''))) {
                unknown.push({
                    level: 'notice',
                    code: 'host-platform-unknown',
                    message: `host tree ${where}: ${family.unknown}, so its accounts and shipped files are unknown and its files are ` +
                        'checked as unmapped files; declare the system with platform: in .socklint.yml (e.g. debian-12, ' +
                        'ubuntu-24.04, rhel-9, alpine-3.20)',
                });
            }
            continue;
        }
        const unit = newUnit(`host ${where}`, 'host', hostPlatform(family.distro), {
            kind: 'default',
            description: `${family.distro.description} (${family.because})`,
        });
        for (const repoPath of placed)
            place(unit, repoPath, '/' + repoPath.slice(root.length), byPath, links, claimed);
        // Provisioning scripts and tmpfiles.d inside the host tree describe that host.
        for (const file of input.files) {
            if ((file.kind === 'shell' || file.kind === 'tmpfiles') && file.path.startsWith(root)) {
                unit.facts.push(...(input.facts.get(file.path) ?? []));
            }
        }
        unit.platform = withPackages(unit.platform, installedPackages(unit.facts));
        units.push(unit);
    }
    return { units, unknown };
}
/** The distribution of the host tree under `root`: declared in .socklint.yml, else told by its paths. */
function hostDistro(config, root, all, byPath) {
    const file = config.source ?? '.socklint.yml';
    if (config.platform) {
        const distro = distroOfPlatformId(config.platform);
        return distro
            ? { distro, because: `platform: ${config.platform} in ${file}` }
            : { unknown: `platform: unknown in ${file}` };
    }
    const inTree = all.filter((p) => p.startsWith(root)).map((p) => p.slice(root.length));
    const found = hostFamily(inTree, byPath.get(`${root}etc/os-release`)?.text);
    const where = root || './';
    if ('unknown' in found)
        return found;
    const evidence = found.evidence ? `: ${found.evidence}` : '';
    return { distro: found.distro, because: `a host tree laid out under ${where}etc/${evidence}` };
}
/**
 * The packages a host tree's paths show are installed: nginx when it has /etc/nginx, and one
 * PHP-FPM per installation (Debian's /etc/php/X.Y/fpm, Alpine's /etc/phpNN, RHEL's
 * /etc/php-fpm.conf), each with its own master and pools (trap 33).
 */
function inferHostFlavours(unit) {
    const paths = unit.fs.all().map((f) => f.deployedPath);
    const family = unit.platform.base?.family;
    if (!family)
        return;
    const has = (re) => paths.some((p) => re.test(p));
    const packages = [];
    if (has(/^\/etc\/nginx\//))
        packages.push('nginx');
    if (family === 'rhel' && has(/^\/etc\/php-fpm\.(d\/|conf$)/))
        packages.push('php-fpm');
    if (family === 'rhel' && has(/^\/etc\/httpd\//))
        packages.push('httpd');
    unit.platform = withPackages(unit.platform, packages);
    const desc = unit.platform.distro?.name ?? unit.platform.base.description;
    const versioned = family === 'debian'
        ? /^\/etc\/php\/(\d+\.\d+)\/fpm\//
        : family === 'alpine'
            ? /^\/etc\/php(\d+)\//
            : undefined;
    const versions = new Set();
    for (const p of paths) {
        const m = versioned?.exec(p);
        if (m)
            versions.add(m[1]);
    }
    if (unit.platform.fpm?.version)
        versions.delete(unit.platform.fpm.version);
    for (const v of [...versions].sort()) {
        unit.fpm.push(family === 'debian' ? debianFpm(v, desc, 'systemd') : alpineFpm(v, desc, 'openrc'));
    }
}
function installedPackages(facts) {
    return facts.flatMap((f) => (f.kind === 'install-packages' ? f.packages : []));
}
/* ------------------------------------------------------------------ unmapped files */
/**
 * Config files that nothing places: their deployed paths are unknown. They are read as if
 * loaded (sites by a main nginx.conf, pools by a php-fpm.conf) on a machine socklint knows
 * nothing about, so identity-dependent verdicts stay unknown.
 */
function unmappedUnit(files) {
    const unit = newUnit('unmapped files', 'unmapped', {}, {
        kind: 'default',
        description: 'deployed paths unknown: add mappings to .socklint.yml',
    });
    for (const file of files)
        unit.fs.set({ deployedPath: '/' + file.path, file });
    unit.notes.push({
        level: 'notice',
        code: 'unmapped-files',
        message: `${files.length} config file(s) are not placed by a Dockerfile, an Ansible task, an etc/ layout or a mapping; they are checked as one machine whose users are unknown (add "mappings" to .socklint.yml)`,
    });
    return unit;
}
/* ------------------------------------------------------------------ helpers */
function newUnit(id, kind, platform, platformOrigin) {
    return { id, kind, platform, platformOrigin, fpm: [], fs: new UnitFs([]), facts: [], links: [], notes: [] };
}
/** Places a repository file (or a symlink in git, by its target's content) at a deployed path. */
function place(unit, repoPath, deployed, byPath, links, claimed) {
    const deployedPath = normalizeDeployed(deployed);
    let file = byPath.get(repoPath);
    const linkTarget = links.get(repoPath);
    // A symlink in git reads as its target: findings point at the target file, not the link.
    if (linkTarget !== undefined) {
        if (linkTarget.startsWith('/')) {
            unit.links.push({ link: deployedPath, target: normalizeDeployed(linkTarget) });
            claimed.add(repoPath);
            return;
        }
        file =
            byPath.get(external_node_path_default().posix.normalize(external_node_path_default().posix.join(external_node_path_default().posix.dirname(repoPath), linkTarget))) ?? file;
    }
    if (!file)
        return;
    claimed.add(repoPath);
    const unreadable = file.unreadable;
    unit.fs.set({ deployedPath, file, ...(unreadable ? { unreadable } : {}) });
}
/**
 * What provisioning does to the machine's files, in order (a host tree's scripts, Ansible shell
 * tasks): links, removals, moves and copies, files written or edited. The repository's and the
 * packages' files are in place first; symlinks (`ln -s`, absolute ones in git) resolve by path.
 */
function applyFileEffects(unit, placeholders) {
    const fs = new ImageFs({ ...(placeholders ? { placeholders } : {}), describeUnknown });
    for (const file of unit.fs.all())
        fs.place(file.deployedPath, file);
    for (const { link, target } of unit.links)
        fs.link(link, target);
    for (const fact of unit.facts)
        image_build_applyFact(fs, fact);
    unit.fs = fs.toUnitFs(unit.fs.shipped);
}
/**
 * Adds what the unit's nginx and FPM packages ship, where the repository has nothing at that
 * path: main files, pools, the nginx files an FPM package brings, and package links (Debian's
 * sites-enabled/default, which then loads whatever sits at sites-available/default).
 */
function addBuiltins(unit) {
    const shipped = [];
    const { nginx } = unit.platform;
    const fpms = [...(unit.platform.fpm ? [unit.platform.fpm] : []), ...unit.fpm];
    unit.fpm = dedupeFpm(fpms);
    const fs = new UnitFs(shipped);
    if (nginx) {
        for (const pattern of nginx.shipped)
            shipped.push({ pattern, description: `shipped by ${nginx.description}` });
        for (const file of [nginx.main, ...nginx.files])
            fs.set(builtin(file, nginx.description));
    }
    const placed = unit.fs.all().map((f) => f.deployedPath);
    for (const fpm of unit.fpm) {
        fs.set(builtin(fpm.main, fpm.description));
        for (const file of fpm.nginxFiles ?? [])
            fs.set(builtin(file, fpm.description));
        // A host tree that manages a package's pool directory owns it: the stock pool (Debian's
        // www.conf) is kept only if the tree has it. In an image, shipped files stay unless removed.
        for (const pool of fpm.pools) {
            const dir = external_node_path_default().posix.dirname(pool.deployedPath) + '/';
            const owned = unit.kind !== 'image' && fpm.poolsReplaceable && placed.some((p) => p.startsWith(dir));
            if (!owned)
                fs.set(builtin(pool, fpm.description));
        }
    }
    for (const file of unit.fs.all())
        fs.set(file);
    for (const { link, target } of nginx?.links ?? []) {
        const file = fs.get(target);
        if (file && !fs.get(link))
            fs.set({ deployedPath: link, file: file.file, builtin: file.builtin });
    }
    unit.fs = fs;
}
/** One note per thing the catalog knows it does not know about the unit's platform. */
function notePlatformUnknowns(unit) {
    const location = unit.platformOrigin.kind === 'source' ? unit.platformOrigin.location : undefined;
    for (const message of new Set((unit.platform.unknown ?? []).map((u) => u.message))) {
        unit.notes.push({
            level: 'notice',
            code: 'platform-unknown',
            message,
            ...(location ? { location } : {}),
        });
    }
}
function dedupeFpm(list) {
    const seen = new Set();
    return list.filter((f) => !seen.has(f.main.deployedPath) && seen.add(f.main.deployedPath));
}
function builtin({ deployedPath, text }, description) {
    const file = {
        path: `(${description})${deployedPath}`,
        absPath: deployedPath,
        text,
        hadBom: false,
        crlf: false,
    };
    return { deployedPath, file, builtin: description };
}

;// CONCATENATED MODULE: ./src/engine/verdict/identity.ts
/** Same id → true; both ids known and different → false; both names known (one machine) → names; else unknown. */
function samePrincipal(a, b, options = {}) {
    if (a.id !== undefined && b.id !== undefined)
        return a.id === b.id;
    if ((options.sameMachine ?? true) && a.name !== undefined && b.name !== undefined)
        return a.name === b.name;
    return 'unknown';
}
/** true if any is true; false if all are false; else unknown. */
function anyTrue(values) {
    let result = false;
    for (const v of values) {
        if (v === true)
            return true;
        if (v === 'unknown')
            result = 'unknown';
    }
    return result;
}
/** `33` → `{ id: 33 }`; anything else is a name. */
function principalOf(text) {
    return /^[0-9]+$/.test(text) ? { id: Number(text) } : { name: text };
}
/** Fills in the uid or the name of a user from the machine's database when it knows them. */
function resolveUser(db, p) {
    if (!db)
        return p;
    if (p.name !== undefined) {
        const uid = db.users.get(p.name)?.uid;
        return uid === undefined || p.id !== undefined ? p : { name: p.name, id: uid };
    }
    const account = p.id === undefined ? undefined : [...db.users.values()].find((a) => a.uid === p.id);
    return account ? { name: account.name, id: p.id } : p;
}
/** Fills in the gid or the name of a group from the machine's database when it knows them. */
function resolveGroup(db, p) {
    if (!db)
        return p;
    if (p.name !== undefined) {
        const gid = db.groups.get(p.name)?.gid;
        return gid === undefined || p.id !== undefined ? p : { name: p.name, id: gid };
    }
    const group = p.id === undefined ? undefined : [...db.groups.values()].find((g) => g.gid === p.id);
    return group ? { name: group.name, id: p.id } : p;
}
/** The name when known, else the number, else `?`. */
function showPrincipal(p) {
    return p.name ?? (p.id === undefined ? '?' : String(p.id));
}
/** uid 0, or the name root when the uid is not known. */
function isRootUser(p) {
    return p.id === undefined ? p.name === 'root' : p.id === 0;
}
/** Drops principals that are certainly equal to an earlier one. */
function distinctPrincipals(list) {
    const out = [];
    for (const p of list)
        if (!out.some((q) => samePrincipal(p, q) === true))
            out.push(p);
    return out;
}
/** The groups whose /etc/group entry lists the user: what initgroups() adds to the named group. */
function memberships(db, userName) {
    if (userName === undefined)
        return [];
    return [...db.groups.values()]
        .filter((g) => g.members.includes(userName))
        .map((g) => (g.gid === undefined ? { name: g.name } : { name: g.name, id: g.gid }));
}

;// CONCATENATED MODULE: ./src/engine/verdict/nginx-worker.ts

function nginxWorker(input) {
    const { directive, db, master } = input;
    // N3, trap 20: a non-root master ignores `user`; workers keep the master's credentials.
    if (master && !isRootUser(master.user)) {
        const user = resolveUser(db, master.user);
        const group = resolveGroup(db, master.group);
        const groups = distinctPrincipals([group, ...(master.groups ?? memberships(db, user.name))]);
        const because = `the master does not run as root, so workers keep its credentials`;
        return {
            kind: 'creds',
            user,
            group,
            groups,
            dacOverride: false,
            why: {
                user: { because, origin: master.origin },
                group: { because, origin: master.origin },
                groups: { because, origin: master.origin },
            },
            warnings: directive
                ? [
                    'the "user" directive makes sense only if the master process runs with super-user privileges, ignored',
                ]
                : [],
        };
    }
    const origin = directive ? { kind: 'source', location: directive.location } : input.fallback.origin;
    const userName = directive?.user ?? input.fallback.user;
    // Trap 18: GROUP omitted → the group named like the user, not the user's primary group.
    const groupName = directive ? (directive.group ?? directive.user) : input.fallback.group;
    // getpwnam()/getgrnam() look names up, so numeric values (`user 33;`) fail too.
    if (!db.users.has(userName))
        return { kind: 'failure', message: `getpwnam("${userName}") failed`, origin };
    if (!db.groups.has(groupName))
        return { kind: 'failure', message: `getgrnam("${groupName}") failed`, origin };
    const user = resolveUser(db, { name: userName });
    const group = resolveGroup(db, { name: groupName });
    // Trap 19: initgroups(user, group) = the named group plus every group listing the user; the
    // passwd primary group is not added.
    const groups = distinctPrincipals([group, ...memberships(db, userName)]);
    const userWhy = directive
        ? { because: `user ${userName}`, origin }
        : { because: `no user directive: the default user ${userName}`, origin };
    const groupWhy = directive
        ? directive.group === undefined
            ? { because: `user ${userName} without a group: the group named ${groupName}`, origin }
            : { because: `user ${userName} ${groupName}`, origin }
        : { because: `no user directive: the default group ${groupName}`, origin };
    return {
        kind: 'creds',
        user,
        group,
        groups,
        // Trap 21, K9: root workers keep CAP_DAC_OVERRIDE.
        dacOverride: isRootUser(user),
        why: {
            user: userWhy,
            group: groupWhy,
            groups: {
                because: `initgroups(${userName}, ${showPrincipal(group)}): ${groupName} and every group listing ${userName}`,
            },
        },
        warnings: [],
    };
}

;// CONCATENATED MODULE: ./src/engine/resolve/nginx-variables.ts
const BUILTIN = new Set(('ancient_browser args binary_remote_addr body_bytes_sent bytes_received bytes_sent connection ' +
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
    'uid_reset uid_set upstream_addr uri').split(' '));
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
const DECLARED = /\b(?:set|map|geo|geoip2|split_clients|perl_set|js_set|auth_request_set|set_by_lua\w*|set_real_ip_from)\b[^;{]*?\$([A-Za-z_][A-Za-z0-9_]*)/g;
const CAPTURE = /\(\?P?<([A-Za-z_][A-Za-z0-9_]*)>/g;
/** Adds `unknown "x" variable` problems for socket targets that use a variable nothing defines. */
function reportUnknownVariables(config) {
    const declared = new Set();
    for (const f of config.files) {
        for (const m of f.file.text.matchAll(DECLARED))
            declared.add(m[1].toLowerCase());
        for (const m of f.file.text.matchAll(CAPTURE))
            declared.add(m[1].toLowerCase());
    }
    for (const client of config.clients) {
        if (client.target.kind !== 'unresolved')
            continue;
        for (const what of client.target.unresolved.what) {
            const name = /^nginx variable \$([A-Za-z_][A-Za-z0-9_]*)$/.exec(what)?.[1]?.toLowerCase();
            if (!name || /^\d/.test(name) || declared.has(name) || BUILTIN.has(name))
                continue;
            if (PREFIXES.some((p) => name.startsWith(p)))
                continue;
            config.problems.push({ message: `unknown "${name}" variable`, location: client.targetLocation });
        }
    }
}

;// CONCATENATED MODULE: ./src/engine/parse/listeners/unit-file.ts
function readUnitFile(text) {
    const lines = text.replace(/^\uFEFF/, '').split('\n');
    const entries = [];
    let section = '';
    for (let i = 0; i < lines.length; i++) {
        const first = lines[i].replace(/\r$/, '');
        const trimmed = first.trim();
        if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith(';'))
            continue;
        const header = /^\s*\[([^\]]+)\]\s*$/.exec(first);
        if (header) {
            section = header[1];
            continue;
        }
        const eq = first.indexOf('=');
        if (eq < 0)
            continue;
        let value = first.slice(eq + 1);
        const startLine = i + 1;
        let endLine = startLine;
        let endColumn = first.length + 1;
        while (value.endsWith('\\') && i + 1 < lines.length) {
            i++;
            const next = lines[i].replace(/\r$/, '');
            value = value.slice(0, -1) + ' ' + next;
            endLine = i + 1;
            endColumn = next.length + 1;
        }
        const keyStart = first.length - first.trimStart().length;
        const lead = first.slice(eq + 1).length - first.slice(eq + 1).trimStart().length;
        const valueStart = eq + 1 + lead;
        entries.push({
            section,
            key: first.slice(keyStart, eq).trim(),
            value: value.trim(),
            span: { line: startLine, column: keyStart + 1, endLine, endColumn },
            valueSpan: {
                line: startLine,
                column: valueStart + 1,
                endLine: startLine,
                endColumn: Math.max(valueStart, first.trimEnd().length) + 1,
            },
        });
    }
    return entries;
}
/** The entries of one section (case-sensitive, as systemd's), with the given key (case-insensitive for ini dialects). */
function entriesOf(entries, section, key, ignoreCase = false) {
    const same = (a, b) => (ignoreCase ? a.toLowerCase() === b.toLowerCase() : a === b);
    return entries.filter((e) => same(e.section, section) && same(e.key, key));
}

;// CONCATENATED MODULE: ./src/engine/parse/listeners/index.ts
/**
 * Unix sockets that programs other than PHP-FPM create, read from their own configuration:
 * systemd socket units (Y1), gunicorn (G1-G4, from a unit's ExecStart or a supervisord
 * `command=`) and uWSGI (U1-U6, from its ini file). Each declaration says how the socket is
 * created, so the resolution can decide a client of it as it decides an FPM pool's.
 */


const isAbsolute = (p) => p.startsWith('/');
/* ------------------------------------------------------------------ systemd */
/** ListenStream= paths of a `.socket` unit, and gunicorn binds in a `.service`'s ExecStart. */
function systemdListeners(file) {
    const entries = readUnitFile(file.text);
    const name = file.path.replace(/^.*\//, '');
    const at = (e) => locationIn(file, e.valueSpan);
    if (name.endsWith('.socket'))
        return socketUnit(entries, name, at);
    if (!name.endsWith('.service'))
        return [];
    const user = entriesOf(entries, 'Service', 'User').pop()?.value;
    const group = entriesOf(entries, 'Service', 'Group').pop()?.value;
    return entriesOf(entries, 'Service', 'ExecStart').flatMap((e) => gunicornListeners(splitCommand(e.value.replace(/^[-@:+!]+/, '')), {
        creator: `gunicorn (ExecStart of ${name})`,
        location: at(e),
        ...(user ? { process: { user, ...(group ? { group } : {}) } } : {}),
    }));
}
/** Y1: SocketUser/SocketGroup are names (root when unset), SocketMode defaults to 0666. */
function socketUnit(entries, name, at) {
    const last = (key) => entriesOf(entries, 'Socket', key).pop();
    const user = last('SocketUser');
    const group = last('SocketGroup');
    const modeEntry = last('SocketMode');
    const mode = modeEntry ? parseInt(modeEntry.value, 8) : 0o666;
    const creator = `systemd socket unit ${name}`;
    return entriesOf(entries, 'Socket', 'ListenStream')
        .filter((e) => isAbsolute(e.value))
        .map((e) => ({
        creator,
        path: e.value,
        location: at(e),
        settings: {
            ...(user ? { owner: at(user) } : {}),
            ...(group ? { group: at(group) } : {}),
            ...(modeEntry ? { mode: at(modeEntry) } : {}),
        },
        plan: Number.isNaN(mode)
            ? {
                kind: 'fails',
                message: `${name}: SocketMode=${modeEntry.value} is not an octal mode`,
                at: at(modeEntry),
            }
            : {
                kind: 'socket',
                ...(user ? { owner: user.value } : {}),
                ...(group ? { group: group.value } : user ? { groupOfOwner: true } : {}),
                mode: mode & 0o7777,
                why: {
                    owner: user ? `SocketUser=${user.value}` : 'no SocketUser=: root',
                    group: group
                        ? `SocketGroup=${group.value}`
                        : user
                            ? `no SocketGroup=: the default group of ${user.value}`
                            : 'no SocketGroup=: root',
                    mode: modeEntry ? `SocketMode=${modeEntry.value}` : 'no SocketMode=: 0666',
                },
            },
    }));
}
/** The gunicorn binary, or `python -m gunicorn`. */
function gunicornArgs(argv) {
    const base = (s) => s.replace(/^.*\//, '');
    const i = argv.findIndex((a) => /^gunicorn3?$/.test(base(a)));
    if (i >= 0)
        return argv.slice(i + 1);
    const m = argv.findIndex((a, j) => a === '-m' && argv[j + 1] === 'gunicorn' && /^python/.test(base(argv[0])));
    return m >= 0 ? argv.slice(m + 2) : undefined;
}
/**
 * G1-G3: `--bind unix:PATH` (`unix://PATH` too); the socket is 0777 & ~umask (umask 0 by
 * default, `auto_int`: a leading 0 means octal, else decimal), chowned to --user/--group,
 * which default to the process's own ids.
 */
function gunicornListeners(argv, ctx) {
    const args = gunicornArgs(argv);
    if (!args)
        return [];
    const option = (long, short) => {
        const out = [];
        for (let i = 0; i < args.length; i++) {
            const a = args[i];
            if (a === long || a === short)
                out.push(args[++i] ?? '');
            else if (a.startsWith(`${long}=`))
                out.push(a.slice(long.length + 1));
            else if (a.startsWith(short) && a.length > short.length && !a.startsWith('--'))
                out.push(a.slice(short.length));
        }
        return out;
    };
    const umaskText = option('--umask', '-m').pop();
    const umask = umaskText === undefined ? 0 : autoInt(umaskText);
    const user = option('--user', '-u').pop();
    const group = option('--group', '-g').pop();
    const creator = ctx.creator;
    return option('--bind', '-b')
        .map((b) => /^unix:(?:\/\/)?(.*)$/.exec(b)?.[1])
        .filter((p) => p !== undefined && p !== '')
        .map((path) => ({
        creator,
        path,
        location: ctx.location,
        plan: umask === undefined
            ? { kind: 'fails', message: `gunicorn: --umask ${umaskText} is not a number` }
            : {
                kind: 'socket',
                ...(user ? { owner: user } : {}),
                ...(group ? { group } : {}),
                mode: 0o777 & ~umask,
                ...(ctx.process ? { process: ctx.process } : {}),
                why: {
                    owner: user ? `--user ${user}` : "no --user: the process's own user",
                    group: group ? `--group ${group}` : "no --group: the process's own group",
                    mode: umaskText === undefined
                        ? 'no --umask: gunicorn sets umask 0, so 0777'
                        : `--umask ${umaskText} (${umask.toString(8).padStart(4, '0')} octal)`,
                },
            },
    }));
}
/** gunicorn's auto_int(): `0<digit>…` is octal, otherwise int(x, 0) (decimal, 0o, 0x, 0b). */
function autoInt(text) {
    if (/^0[0-7]+$/.test(text))
        return parseInt(text, 8);
    if (/^[1-9][0-9]*$|^0$/.test(text))
        return parseInt(text, 10);
    const m = /^0([oxb])([0-9a-f]+)$/i.exec(text);
    if (!m)
        return undefined;
    const n = parseInt(m[2], { o: 8, x: 16, b: 2 }[m[1].toLowerCase()]);
    return Number.isNaN(n) ? undefined : n;
}
/* ------------------------------------------------------------------ supervisord */
/** `[program:x]` sections whose `command=` runs gunicorn, with their `user=`. */
function supervisordListeners(file) {
    const entries = readUnitFile(file.text);
    const programs = new Set(entries.filter((e) => e.section.startsWith('program:')).map((e) => e.section));
    return [...programs].flatMap((section) => {
        const command = entriesOf(entries, section, 'command', true).pop();
        if (!command)
            return [];
        const user = entriesOf(entries, section, 'user', true).pop()?.value;
        return gunicornListeners(splitCommand(command.value), {
            creator: `gunicorn (${section} in ${file.path.replace(/^.*\//, '')})`,
            location: locationIn(file, command.valueSpan),
            ...(user ? { process: { user } } : {}),
        });
    });
}
/* ------------------------------------------------------------------ uWSGI */
/**
 * U1-U4: `socket`/`uwsgi-socket`/`http-socket` paths of the `[uwsgi]` section. chmod-socket
 * with no value or `1` is 0666, three octal digits are the mode, anything else is fatal;
 * without it the mode is 0777 & ~umask (022 unless `umask` says). chown-socket user[:group]
 * chowns after bind; without it, `uid` makes uWSGI drop privileges before binding, so the
 * socket is the uid's (and its gid's, else root's).
 */
function uwsgiListeners(file) {
    const entries = readUnitFile(file.text).filter((e) => e.section.toLowerCase() === 'uwsgi');
    const last = (key) => entries.filter((e) => e.key === key).pop();
    const chmod = last('chmod-socket') ?? last('chmod');
    const chown = last('chown-socket');
    const uid = last('uid');
    const gid = last('gid');
    const umaskEntry = last('umask');
    const umask = umaskEntry ? parseInt(umaskEntry.value, 8) : 0o022;
    const name = file.path.replace(/^.*\//, '');
    const creator = `uWSGI (${name})`;
    let mode;
    let modeWhy;
    if (!chmod) {
        mode = 0o777 & ~umask;
        modeWhy = `no chmod-socket: 0777 & ~umask ${umask.toString(8).padStart(3, '0')}`;
    }
    else if (chmod.value === '' || chmod.value === '1') {
        mode = 0o666;
        modeWhy = `chmod-socket${chmod.value ? ' = 1' : ''}: 0666`;
    }
    else if (/^[0-7]{3}$/.test(chmod.value)) {
        mode = parseInt(chmod.value, 8);
        modeWhy = `chmod-socket = ${chmod.value}`;
    }
    else {
        mode = {
            fails: `uWSGI exits: invalid chmod value '${chmod.value}' (chmod-socket takes exactly 3 octal digits)`,
        };
        modeWhy = '';
    }
    const [chownUser, chownGroup] = chown ? chown.value.split(':') : [];
    return entries
        .filter((e) => ['socket', 'uwsgi-socket', 'http-socket', 'shared-socket'].includes(e.key))
        .filter((e) => !e.value.startsWith('@') && !/^[^/]*:\d+$/.test(e.value) && !/[%$]\(/.test(e.value))
        .map((e) => ({
        creator,
        path: e.value,
        location: locationIn(file, e.valueSpan),
        settings: {
            ...((chown ?? uid) ? { owner: locationIn(file, (chown ?? uid).valueSpan) } : {}),
            ...((chown ?? gid) ? { group: locationIn(file, (chown ?? gid).valueSpan) } : {}),
            ...(chmod ? { mode: locationIn(file, chmod.valueSpan) } : {}),
        },
        plan: typeof mode === 'object'
            ? { kind: 'fails', message: mode.fails, at: locationIn(file, chmod.valueSpan) }
            : chown
                ? {
                    kind: 'socket',
                    owner: chownUser,
                    ...(chownGroup ? { group: chownGroup } : { group: 'root' }),
                    mode,
                    why: {
                        owner: `chown-socket = ${chown.value}`,
                        group: chownGroup ? `chown-socket = ${chown.value}` : 'chown-socket without a group: root',
                        mode: modeWhy,
                    },
                }
                : {
                    kind: 'socket',
                    ...(uid ? { owner: uid.value, group: gid?.value ?? 'root' } : {}),
                    mode,
                    why: {
                        owner: uid ? `uid = ${uid.value}: uWSGI drops to it before it binds` : 'started as root',
                        group: uid ? (gid ? `gid = ${gid.value}` : 'no gid: root') : 'started as root',
                        mode: modeWhy,
                    },
                },
    }));
}
/* ------------------------------------------------------------------ helpers */
/** Splits a command line into words as a shell would for plain and quoted words. */
function splitCommand(command) {
    const words = [];
    const re = /"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g;
    for (let m = re.exec(command); m; m = re.exec(command)) {
        words.push(m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : (m[2] ?? m[3]));
    }
    return words;
}

;// CONCATENATED MODULE: ./src/engine/resolve/listeners.ts
/**
 * The Unix sockets a unit's other programs create (systemd socket units, gunicorn, uWSGI),
 * found in the configuration files placed on the machine, and the socket each one creates on
 * this machine's accounts.
 */



const SYSTEMD = /^\/(?:etc|lib|usr\/lib)\/systemd\/system\/[^/]+\.(?:socket|service)$/;
const SUPERVISORD = /^\/etc\/(?:supervisor\/(?:conf\.d\/[^/]+|supervisord\.conf)|supervisord\.conf|supervisord\.d\/[^/]+)$/;
const UWSGI_SECTION = /^\s*\[uwsgi\]\s*$/m;
/** Every socket a program other than PHP-FPM declares in this unit's files, by path. */
function unitListeners(unit) {
    const out = new Map();
    for (const file of unit.fs.all()) {
        for (const decl of declarationsIn(file, unit.kind === 'unmapped')) {
            if (!decl.path.startsWith('/'))
                continue;
            const socketPath = normalizeDeployed(decl.path);
            const known = out.get(socketPath);
            // G4: a socket unit's socket is handed to the service it activates, whatever its flags say.
            if (known && known.creator.startsWith('systemd socket unit'))
                continue;
            out.set(socketPath, { ...decl, socketPath });
        }
    }
    return out;
}
function declarationsIn(f, anywhere) {
    const p = f.deployedPath;
    const name = p.replace(/^.*\//, '');
    if (SYSTEMD.test(p) || (anywhere && /\.(?:socket|service)$/.test(name)))
        return systemdListeners(f.file);
    if (SUPERVISORD.test(p) || (anywhere && /\[program:/.test(f.file.text)))
        return supervisordListeners(f.file);
    if (/\.ini$/.test(name) && UWSGI_SECTION.test(f.file.text))
        return uwsgiListeners(f.file);
    return [];
}
/** The socket a listener creates, owner and group resolved on the machine's accounts. */
function listenerSocket(state, plan) {
    const { db } = state;
    const user = (a) => a === undefined ? undefined : resolveUser(db, principalOf(a));
    const group = (a) => a === undefined ? undefined : resolveGroup(db, principalOf(a));
    const primary = (u) => {
        const name = u === undefined ? undefined : db.users.get(u)?.primaryGroup;
        return name === undefined ? (u === undefined ? undefined : {}) : group(name);
    };
    const root = { name: 'root', id: 0 };
    const processUser = user(plan.process?.user) ?? root;
    const processGroup = group(plan.process?.group) ?? primary(plan.process?.user) ?? root;
    return {
        kind: 'socket',
        owner: user(plan.owner) ?? processUser,
        group: group(plan.group) ?? (plan.groupOfOwner ? (primary(plan.owner) ?? {}) : processGroup),
        mode: plan.mode,
        why: {
            owner: { because: plan.why.owner },
            group: { because: plan.why.group },
            mode: { because: plan.why.mode },
        },
        warnings: [],
    };
}

;// CONCATENATED MODULE: ./src/engine/resolve/graph.ts
/**
 * The socket graph of each deployment unit: the web servers' configs and their socket clients,
 * the FPM configs and their pools, who the workers run as, and which client reaches which pool.
 */










function buildGraph(unit, config) {
    const state = machineState(unit, config);
    const fpm = loadFpmInstances(unit, config.variables);
    const nginx = loadNginxInstances(unit);
    const listeners = unitListeners(unit);
    assumeReferencedAccounts(state, unit, nginx, fpm, listeners);
    const webServers = nginx.map(({ config: cfg, standalone, disabled }) => ({
        server: 'nginx',
        config: cfg,
        worker: workerOf(unit, cfg, state, config),
        ...(standalone ? { standalone } : {}),
        ...(disabled ? { disabled } : {}),
    }));
    const links = [];
    const pools = poolIndex(fpm, runsUnderSystemd(unit));
    for (const server of webServers) {
        for (const client of server.config.clients) {
            if (client.target.kind !== 'unix') {
                links.push({ client, server });
                continue;
            }
            const path = normalizeClientPath(client.target.path, unit);
            const target = pools.get(path);
            const listener = target ? undefined : listeners.get(path);
            links.push({ client, server, path, target, ...(listener ? { listener } : {}) });
        }
    }
    return { unit, state, webServers, fpm, listeners, links };
}
/**
 * nginx hands relative paths to connect() as written: they resolve against the worker's working
 * directory (N4). systemd starts nginx in `/`; an image runs it in its last WORKDIR (or `/`).
 * Elsewhere the directory is unknown and the path stays relative.
 */
function normalizeClientPath(p, unit) {
    if (p.startsWith('/'))
        return normalizeDeployed(p);
    const cwd = workingDirectory(unit);
    return cwd === undefined ? p : normalizeDeployed(`${cwd}/${p}`);
}
function workingDirectory(unit) {
    if (unit.kind === 'host')
        return '/';
    if (unit.kind !== 'image')
        return undefined;
    const workdir = unit.facts.filter((f) => f.kind === 'workdir').pop();
    return workdir?.kind === 'workdir' && workdir.path.startsWith('/') ? workdir.path : '/';
}
function poolSocketPath(pool) {
    const address = pool.listen?.address;
    return address?.kind === 'unix' ? normalizeDeployed(address.path) : undefined;
}
/**
 * Whether PHP-FPM runs as a systemd service: on a host (its packaged unit), not in a container,
 * where the image's command or supervisord starts `php-fpm -F` (Y4).
 */
function runsUnderSystemd(unit) {
    return unit.kind === 'host' || unit.kind === 'ansible' || unit.kind === 'mapped';
}
/**
 * Socket path → the pool that creates it. Debian's `/run/php/php-fpm.sock` alias exists only
 * where the packaged systemd unit runs `php-fpm-socket-helper` (Y4).
 */
function poolIndex(fpm, systemd) {
    const index = new Map();
    for (const instance of fpm) {
        for (const pool of instance.config.pools) {
            const path = poolSocketPath(pool);
            // Later pools with the same path would fail to bind; the first one owns the socket.
            if (path && !index.has(path))
                index.set(path, { pool, fpm: instance });
            const status = pool.settings.get('pm.status_listen');
            if (status && !status.unresolved && status.value.startsWith('/')) {
                const statusPath = normalizeDeployed(status.value);
                if (!index.has(statusPath))
                    index.set(statusPath, { pool, fpm: instance, status: true });
            }
        }
    }
    // php-fpm-socket-helper points /run/php/php-fpm.sock at the www pool's socket, newest PHP last.
    if (systemd && !index.has(DEBIAN_ALIAS)) {
        for (const instance of [...fpm].reverse()) {
            if (instance.flavour?.prefix !== '/usr')
                continue;
            const www = instance.config.pools.find((p) => p.name.toLowerCase() === 'www' && poolSocketPath(p));
            if (www) {
                index.set(DEBIAN_ALIAS, { pool: www, fpm: instance, alias: DEBIAN_ALIAS });
                break;
            }
        }
    }
    return index;
}
/** The alternatives symlink Debian's php-fpm-socket-helper points at the www pool's socket. */
const DEBIAN_ALIAS = '/run/php/php-fpm.sock';
const NGINX_KINDS = ['nginx-main', 'nginx-site'];
const FPM_KINDS = ['fpm-main', 'fpm-pool'];
function loadNginxInstances(unit) {
    const load = (f) => withLoadFailures(loadNginx(f, unit.fs));
    if (unit.kind === 'unmapped')
        return standaloneConfigs(unit, NGINX_KINDS, load).map((config) => ({ config }));
    const main = unit.fs.get('/etc/nginx/nginx.conf');
    if (main) {
        const config = load(main);
        return [{ config }, ...sitesNotEnabled(unit, config, load)];
    }
    // nginx's files are here but its main file is not: the base image ships it (N8), or the
    // repository places the sites for a package socklint does not know. Read them as they are.
    const why = `${unit.id} places nginx configuration, but no /etc/nginx/nginx.conf that loads it is known (${unknownMainReason(unit)})`;
    return standaloneConfigs(unit, NGINX_KINDS, load).map((config) => ({ config, standalone: why }));
}
/**
 * Debian's layout: a site in sites-available/ that nothing links from sites-enabled/ is not
 * loaded. It is usually enabled by a step outside the repository, so its clients are read and
 * left undecided with that reason rather than dropped.
 */
function sitesNotEnabled(unit, loaded, load) {
    const read = new Set(loaded.files.map((f) => f.file.path));
    return unit.fs
        .all()
        .filter((f) => !f.builtin &&
        f.deployedPath.startsWith('/etc/nginx/sites-available/') &&
        f.file.kind === 'nginx-site' &&
        !read.has(f.file.path))
        .map((f) => {
        const config = load(f);
        // nginx does not read it: what would stop nginx in it does not stop nginx now.
        config.problems = [];
        const disabled = `${f.file.path} is in sites-available/, and nothing in the repository links it from sites-enabled/: nginx loads it only once it is enabled (link it in the tree to check it)`;
        return { config, disabled };
    });
}
function unknownMainReason(unit) {
    return unit.platformOrigin.kind === 'source'
        ? `${unit.platformOrigin.text ?? 'the base image'} is not an image socklint knows`
        : unit.platformOrigin.description;
}
/**
 * What stops nginx that the reader records as notes: an include loop, and a binary file read as
 * directives. A file too large or not UTF-8 leaves the analysis incomplete there.
 */
function withLoadFailures(config) {
    // nginx follows an include loop until it runs out of stack or descriptors, and never starts.
    const loops = config.notes.filter((n) => n.code === 'include-loop' && n.location);
    for (const note of loops) {
        config.problems.push({
            message: `${note.message.replace(/\.$/, '')}: nginx never starts with it`,
            location: note.location,
        });
    }
    config.notes = config.notes.filter((n) => !loops.includes(n));
    reportUnknownVariables(config);
    for (const f of config.files) {
        if (!f.unreadable)
            continue;
        const location = locationIn(f.file, { line: 1, column: 1, endLine: 1, endColumn: 1 });
        if (f.file.derived) {
            config.notes.push(unknownContentNote('nginx', f));
        }
        else if (/binary/i.test(f.unreadable)) {
            config.problems.push({
                message: `${f.deployedPath} is a binary file, which nginx cannot read as configuration`,
                location,
            });
        }
        else {
            config.notes.push({
                level: 'notice',
                code: 'include-unreadable',
                message: `nginx loads ${f.deployedPath}, which socklint skipped (${f.unreadable}): the analysis is incomplete there`,
                location,
            });
        }
    }
    return config;
}
function loadFpmInstances(unit, environment) {
    // Unknown build: ACL keys are accepted rather than reported on a guess.
    const standalone = (why) => standaloneConfigs(unit, FPM_KINDS, (f) => withoutWholeProblems(loadFpm(f, unit.fs, { prefix: '/usr', aclSupported: true, environment }), true)).map((config) => ({ config, aclSupported: true, ...(why ? { standalone: why } : {}) }));
    if (unit.kind === 'unmapped')
        return standalone();
    if (unit.fpm.length === 0) {
        return standalone(`${unit.id} places PHP-FPM configuration, but no php-fpm.conf that loads it is known (${unknownMainReason(unit)})`);
    }
    return unit.fpm.flatMap((flavour) => {
        const main = unit.fs.get(flavour.main.deployedPath);
        if (!main)
            return [];
        const masterIsRoot = !masterUser(unit, 'php-fpm');
        const config = withUnknownFiles(withMissingIncludeDirs(unit, withoutWholeProblems(loadFpm(main, unit.fs, {
            prefix: flavour.prefix,
            aclSupported: flavour.aclSupported,
            masterIsRoot,
            environment,
        }), false)));
        return [{ flavour, config, aclSupported: flavour.aclSupported }];
    });
}
/**
 * "No pool defined", a pool without `user` or `pm`: true only of the whole configuration. A file
 * read without its main file, or a config with an include socklint could not follow (a
 * placeholder, a variable, a file outside the repository) or a file whose content is unknown may
 * get them elsewhere.
 */
function withoutWholeProblems(config, standalone) {
    const partial = standalone ||
        config.notes.some((n) => n.code === 'include-unresolved' || n.code === 'include-not-in-repo') ||
        config.files.some((f) => f.unreadable);
    if (partial)
        config.problems = config.problems.filter((p) => !p.whole);
    return config;
}
/** Main files first; then every file of the kinds that no main loaded, read on its own. */
function standaloneConfigs(unit, kinds, load) {
    const files = unit.fs.all();
    // Repository files keep their classified kind; shipped files have none.
    const kindOf = (f) => f.file.kind;
    const out = [];
    const loaded = new Set();
    for (const kind of kinds) {
        for (const file of files.filter((f) => kindOf(f) === kind && !loaded.has(f.file.path))) {
            const config = load(file);
            for (const f of config.files)
                loaded.add(f.file.path);
            out.push(config);
        }
    }
    return out;
}
/**
 * A file FPM reads whose content socklint does not know (written or edited by what it cannot
 * follow). A repository file that was skipped is already listed with its reason.
 */
function withUnknownFiles(config) {
    for (const f of config.files)
        if (f.unreadable && f.file.derived)
            config.notes.push(unknownContentNote('PHP-FPM', f));
    return config;
}
/** The note for a file a command made unknown, at that command. */
function unknownContentNote(server, f) {
    return {
        level: 'notice',
        code: 'include-unreadable',
        message: `${server} loads ${f.deployedPath}, whose content socklint does not know (${f.unreadable}): the analysis is incomplete there`,
        location: locationIn(f.file, { line: 1, column: 1, endLine: 1, endColumn: 1 }),
    };
}
/**
 * F23: an FPM include whose directory does not exist is fatal (a glob with no match in an
 * existing directory only warns). On a host tree or an image, a directory that holds no file of
 * the unit, shipped or from the repository, does not exist.
 */
function withMissingIncludeDirs(unit, config) {
    if (unit.kind !== 'host' && unit.kind !== 'image')
        return config;
    const dirs = new Set(unit.fs.all().map((f) => external_node_path_default().posix.dirname(f.deployedPath)));
    for (const note of config.notes) {
        const pattern = note.code === 'include-no-match' ? /'(.*)'$/.exec(note.message)?.[1] : undefined;
        if (!pattern || !note.location)
            continue;
        const dir = external_node_path_default().posix.dirname(pattern);
        if (/[*?[]/.test(dir) || [...dirs].some((d) => d === dir || d.startsWith(dir + '/')))
            continue;
        config.problems.push({
            message: `Unable to globalize '${pattern}' (ret=2): the directory ${dir} does not exist`,
            location: note.location,
        });
    }
    return config;
}
/* ------------------------------------------------------------------ identities */
/**
 * Every account the configs name (the nginx user and group, each pool's user and group, its
 * listen.owner, listen.group and ACL names) that nothing creates is, in an open world, assumed
 * to exist. Names the programs ignore (a non-root master ignores `user`) are not looked up.
 */
function assumeReferencedAccounts(state, unit, nginx, fpm, listeners) {
    const refs = [];
    for (const l of listeners.values()) {
        if (l.plan.kind !== 'socket')
            continue;
        const { owner, group, process } = l.plan;
        const use = `the socket of ${l.creator}`;
        for (const [kind, name, at] of [
            ['user', owner, l.settings?.owner],
            ['group', group, l.settings?.group],
            ['user', process?.user, undefined],
            ['group', process?.group, undefined],
        ]) {
            if (name !== undefined && !/^[0-9]+$/.test(name))
                refs.push({ kind, name, location: at ?? l.location, use });
        }
    }
    const nginxMasterIsRoot = !masterUser(unit, 'nginx') && unit.platform.nginx?.masterIsRoot !== false;
    for (const { config } of nginx) {
        const d = config.user;
        if (!d || !nginxMasterIsRoot)
            continue;
        refs.push({ kind: 'user', name: d.user, location: d.location, use: 'the nginx user' });
        const group = d.group ?? d.user;
        const use = d.group === undefined ? 'the nginx group, named like the user' : 'the nginx group';
        refs.push({ kind: 'group', name: group, location: d.location, use });
    }
    const keys = [
        ['listen.owner', 'user'],
        ['listen.group', 'group'],
        // A non-root master ignores the pool's user and group (F8).
        ...(masterUser(unit, 'php-fpm')
            ? []
            : [
                ['user', 'user'],
                ['group', 'group'],
            ]),
    ];
    for (const instance of fpm) {
        for (const pool of instance.config.pools) {
            for (const [key, kind] of keys) {
                const s = pool.settings.get(key);
                if (!s || s.unresolved || s.value === '' || /^[0-9]+$/.test(s.value))
                    continue;
                refs.push({ kind, name: s.value, location: s.location, use: `${key} of pool [${pool.name}]` });
            }
            if (!instance.aclSupported)
                continue;
            for (const [key, kind] of [
                ['listen.acl_users', 'user'],
                ['listen.acl_groups', 'group'],
            ]) {
                const s = pool.settings.get(key);
                if (!s || s.unresolved || s.value === '')
                    continue;
                for (const name of s.value.split(','))
                    refs.push({ kind, name, location: s.location, use: `${key} of pool [${pool.name}]` });
            }
        }
    }
    // The first use in reading order is where the assumption is stated.
    refs.sort((a, b) => a.location.file.localeCompare(b.location.file) ||
        a.location.line - b.location.line ||
        a.location.column - b.location.column);
    for (const r of refs)
        assumeAccount(state, r.kind, r.name, r.location, r.use);
}
function workerOf(unit, cfg, state, config) {
    const flavour = unit.platform.nginx;
    let fallback;
    if (flavour) {
        fallback = {
            user: flavour.compiledUser,
            group: flavour.compiledGroup,
            origin: {
                kind: 'default',
                description: `the compiled-in default of ${flavour.description} (no user directive)`,
            },
        };
    }
    else if (config.webUser) {
        fallback = {
            user: config.webUser,
            group: config.webUser,
            origin: { kind: 'declared', description: `web-user in ${config.source ?? '.socklint.yml'}` },
        };
    }
    if (!fallback && !cfg.user)
        return undefined;
    const master = masterOf(unit);
    return nginxWorker({
        directive: cfg.user,
        fallback: fallback ?? {
            user: cfg.user.user,
            group: cfg.user.group ?? cfg.user.user,
            origin: { kind: 'default', description: 'user directive' },
        },
        db: state.db,
        master,
    });
}
/** The nginx master's identity when it is not root: an image USER, or nginx-unprivileged's uid 101. */
function masterOf(unit) {
    const running = masterUser(unit, 'nginx');
    if (running) {
        const principal = (name) => (/^\d+$/.test(name) ? { id: Number(name) } : { name });
        const p = principal(running.user);
        return { user: p, group: running.group ? principal(running.group) : p, origin: running.origin };
    }
    if (unit.platform.nginx && !unit.platform.nginx.masterIsRoot) {
        return {
            user: { name: 'nginx', id: 101 },
            group: { name: 'nginx', id: 101 },
            origin: { kind: 'default', description: `${unit.platform.nginx.description} runs nginx as uid 101` },
        };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/engine/verdict/kernel.ts

/** 0o660 → `0660`. */
function formatMode(mode) {
    return (mode & 0o7777).toString(8).padStart(4, '0');
}
const WANT_BIT = { write: 2, search: 1 };
/**
 * The kernel's decision (fs/namei.c acl_permission_check, fs/posix_acl.c posix_acl_permission)
 * for writing a socket or searching a directory.
 */
function permits(c, n, want, options = {}) {
    // K9: CAP_DAC_OVERRIDE covers write on any inode and search on directories.
    if (c.dacOverride)
        return { allowed: true, want, decidedBy: 'dac-override', unknowns: [] };
    const bit = WANT_BIT[want];
    const m = n.mode & 0o777;
    const decide = (decidedBy, bits, extra = {}) => ({
        allowed: (bits & bit) === bit,
        want,
        decidedBy,
        bits,
        unknowns: [],
        ...extra,
    });
    const same = (a, b) => samePrincipal(a, b, options);
    const inGroup = (g) => anyTrue([c.group, ...c.groups].map((x) => same(x, g)));
    const memberQuestion = (g) => `whether ${showPrincipal(c.user)} is in group ${showPrincipal(g)}`;
    const notOwner = () => {
        // K10: the ACL is consulted only when the group bits (the mask) are not all zero.
        if (n.acl && (m & 0o070) !== 0)
            return aclDecision(n.acl);
        const grp = (m >> 3) & 7;
        const oth = m & 7;
        // K3: when group and other agree on the bit, membership is not looked up.
        if (((grp ^ oth) & bit) === 0)
            return decide('other', oth, { groupBitsEqualOther: true });
        return branch(inGroup(n.group), memberQuestion(n.group), () => decide('group', grp, { viaGroup: n.group }), () => decide('other', oth));
    };
    const aclDecision = (acl) => {
        const mask = acl.find((e) => e.tag === 'mask')?.perm ?? 7;
        const other = acl.find((e) => e.tag === 'other')?.perm ?? m & 7;
        const users = acl.filter((e) => e.tag === 'user' && e.who);
        // Owning group first, then named groups, in ACL order.
        const groupObj = acl.find((e) => e.tag === 'group_obj') ?? {
            tag: 'group_obj',
            perm: (m >> 3) & 7,
        };
        const groups = [
            { entry: groupObj, who: n.group },
            ...acl.filter((e) => e.tag === 'group' && e.who).map((e) => ({ entry: e, who: e.who })),
        ];
        // K10: a named-user entry matching the uid decides, ANDed with the mask.
        const byUser = (i) => i === users.length
            ? byGroup(0, undefined)
            : branch(same(c.user, users[i].who), `whether ${showPrincipal(c.user)} is ${showPrincipal(users[i].who)}`, () => decide('acl-user', users[i].perm & mask, { bits: users[i].perm, mask, entry: users[i] }), () => byUser(i + 1));
        // K10: the first matching group entry with the bit decides (with the mask); if some group
        // entry matched and none has the bit, access is denied and other is not reached.
        const byGroup = (i, matched) => {
            if (i === groups.length) {
                return matched ? decide('acl-group', 0, { viaGroup: matched, mask }) : decide('acl-other', other);
            }
            const { entry, who } = groups[i];
            const grants = (entry.perm & bit) === bit;
            return branch(inGroup(who), memberQuestion(who), () => grants
                ? decide('acl-group', entry.perm & mask, { bits: entry.perm, mask, entry, viaGroup: who })
                : byGroup(i + 1, matched ?? who), () => byGroup(i + 1, matched));
        };
        return byUser(0);
    };
    // K3: if the client owns the inode only the owner bits count, even when they deny; ACL
    // entries never apply to the owner (K10).
    return branch(same(c.user, n.owner), `whether ${showPrincipal(c.user)} is the owner ${showPrincipal(n.owner)}`, () => decide('owner', (m >> 6) & 7), () => notOwner());
}
/**
 * Follows a comparison. When it is undecidable both outcomes are evaluated: if they agree the
 * answer stands (the comparison does not matter), otherwise it is unknown.
 */
function branch(cond, question, ifTrue, ifFalse) {
    if (cond === true)
        return ifTrue();
    if (cond === false)
        return ifFalse();
    const a = ifTrue();
    const b = ifFalse();
    const unknowns = [question, ...a.unknowns, ...b.unknowns].filter((q, i, all) => all.indexOf(q) === i);
    const allowed = a.allowed !== 'unknown' && a.allowed === b.allowed ? a.allowed : 'unknown';
    return { allowed, want: a.want, unknowns };
}
/**
 * connect() to an absolute socket path (K1): search (x, not r: K5) on each ancestor whose mode
 * is known (unknown modes are skipped, not guessed), then write on the socket (K2). A missing
 * socket is ENOENT (K6); a stale one the client may write is ECONNREFUSED (K7).
 */
function connectVerdict(creds, socketPath, socket, dirs, options = {}) {
    const checks = [];
    let undecided;
    for (const path of kernel_ancestors(socketPath)) {
        const fact = dirs(path);
        if (fact?.mode === undefined) {
            checks.push({ path, kind: 'directory' });
            continue;
        }
        const inode = directoryInode(fact, options.directoryDb);
        const check = {
            path,
            kind: 'directory',
            inode,
            permission: permits(creds, inode, 'search', options),
        };
        checks.push(check);
        // Whatever an earlier undecidable directory does, a certain denial here means EACCES.
        if (check.permission.allowed === false)
            return { verdict: 'EACCES', deniedAt: path, decision: check, checks };
        if (check.permission.allowed === 'unknown')
            undecided ??= check;
    }
    if (!socket) {
        return undecided ? { verdict: 'UNKNOWN', decision: undecided, checks } : { verdict: 'ENOENT', checks };
    }
    const check = {
        path: socketPath,
        kind: 'socket',
        inode: socket,
        permission: permits(creds, socket, 'write', options),
    };
    checks.push(check);
    const allowed = check.permission.allowed;
    // A certain denial on the socket means EACCES whatever the undecided directory does.
    if (allowed === false)
        return { verdict: 'EACCES', deniedAt: socketPath, decision: check, checks };
    if (undecided)
        return { verdict: 'UNKNOWN', decision: undecided, checks };
    if (allowed === 'unknown')
        return { verdict: 'UNKNOWN', decision: check, checks };
    // K7: the write check runs before the listener check.
    return { verdict: socket.stale ? 'ECONNREFUSED' : 'OK', decision: check, checks };
}
/** `/run/php/app.sock` → `/`, `/run`, `/run/php`. A relative path has no known ancestors. */
function kernel_ancestors(path) {
    if (!path.startsWith('/'))
        return [];
    const parts = path.split('/').filter((p) => p !== '');
    return parts.map((_, i) => '/' + parts.slice(0, i).join('/'));
}
function directoryInode(fact, db) {
    return {
        owner: fact.owner === undefined ? {} : resolveUser(db, principalOf(fact.owner)),
        group: fact.group === undefined ? {} : resolveGroup(db, principalOf(fact.group)),
        mode: fact.mode,
    };
}

;// CONCATENATED MODULE: ./src/engine/verdict/explain.ts



/** 6 → `rw-`. */
function formatBits(bits) {
    return (bits & 4 ? 'r' : '-') + (bits & 2 ? 'w' : '-') + (bits & 1 ? 'x' : '-');
}
/** `www-data (groups: www-data, 3000)`. */
function describeCreds(c) {
    return `${showPrincipal(c.user)} (groups: ${c.groups.map(showPrincipal).join(', ') || 'none'})`;
}
/** `root:www-data 0660`, with `+acl` when an extended ACL applies. */
function describeInode(n) {
    return `${showPrincipal(n.owner)}:${showPrincipal(n.group)} ${formatMode(n.mode)}${n.acl ? ' +acl' : ''}`;
}
/** `user:www-data:rw-`. */
function formatAclEntry(e) {
    const tag = e.tag === 'user_obj' || e.tag === 'user'
        ? 'user'
        : e.tag === 'group_obj' || e.tag === 'group'
            ? 'group'
            : e.tag;
    return `${tag}:${e.who ? showPrincipal(e.who) : ''}:${formatBits(e.perm)}`;
}
/**
 * The socket FPM creates and where each attribute came from, e.g. `root:www-data 0660 (owner: no
 * listen.owner: the master's user root; group: listen.group = www-data; mode: …)`.
 */
function explainSocketState(s) {
    const parts = [
        `owner: ${s.why.owner.because}`,
        `group: ${s.why.group.because}`,
        `mode: ${s.why.mode.because}`,
    ];
    if (s.why.acl)
        parts.push(`ACL: ${s.why.acl.because} (${s.acl.map(formatAclEntry).join(',')})`);
    return `${describeInode(s)} (${parts.join('; ')})`;
}
/** Why the kernel allows or denies, e.g. `not the owner, not in group root, other has no write`. */
function explainPermission(c, n, p) {
    const who = showPrincipal(c.user);
    const want = p.want;
    const mode = formatMode(n.mode);
    const bits = p.bits ?? 0;
    const verb = p.allowed === true ? `allow ${want}` : 'deny';
    if (p.allowed === 'unknown')
        return `cannot tell ${p.unknowns.join(', nor ')}`;
    if (!p.decidedBy) {
        return `${p.allowed ? 'allowed' : 'denied'} whichever class applies (unknown: ${p.unknowns.join('; ')})`;
    }
    switch (p.decidedBy) {
        case 'dac-override':
            return `${who} is root with CAP_DAC_OVERRIDE, which bypasses the mode`;
        case 'owner':
            return p.allowed
                ? `${who} owns it and mode ${mode} gives the owner ${want}`
                : `owner class denies: ${who} owns it but mode ${mode} gives the owner no ${want}`;
        case 'group':
            return `not the owner; in group ${showPrincipal(p.viaGroup)}, whose bits (${mode} → ${formatBits(bits)}) ${verb}${p.allowed ? '' : ', so other is not consulted'}`;
        case 'other':
            if (p.groupBitsEqualOther) {
                return p.allowed
                    ? `not the owner; group and other both allow ${want} (${mode})`
                    : `not the owner, and neither group nor other has ${want} (${mode})`;
            }
            return `not the owner, not in group ${showPrincipal(n.group)}, other ${p.allowed ? `allows ${want}` : `has no ${want}`}`;
        case 'acl-user':
            return `ACL entry ${formatAclEntry(p.entry)} with mask ${formatBits(p.mask)} ${p.allowed ? `allows ${want}` : `gives no ${want}`}`;
        case 'acl-group':
            return p.allowed
                ? `not the owner; in group ${showPrincipal(p.viaGroup)}, ACL entry ${formatAclEntry(p.entry)} with mask ${formatBits(p.mask)} allows ${want}`
                : p.entry
                    ? `not the owner; in group ${showPrincipal(p.viaGroup)}, ACL entry ${formatAclEntry(p.entry)} is cut by mask ${formatBits(p.mask)}, so no ${want}`
                    : `not the owner; in group ${showPrincipal(p.viaGroup)}, but no matching ACL group entry grants ${want}, so other is not consulted`;
        case 'acl-other':
            return `not the owner, no ACL user or group entry matches, other ${p.allowed ? `allows ${want}` : `has no ${want}`}`;
    }
}
/**
 * The verdict in one line, e.g. `nginx worker www-data (groups: www-data) cannot write
 * /run/php/app.sock (root:root 0660): not the owner, not in group root, other has no write`.
 */
function explainConnect(c, socketPath, r, subject = 'nginx worker') {
    const client = `${subject} ${describeCreds(c)}`;
    const d = r.decision;
    if (d?.kind === 'directory') {
        const dir = `directory ${d.path} (${describeInode(d.inode)})`;
        const reason = explainPermission(c, d.inode, d.permission);
        if (r.verdict === 'EACCES') {
            return `${client} cannot reach ${socketPath}: ${dir} denies search to ${showPrincipal(c.user)} (${reason})`;
        }
        return `${client} may or may not reach ${socketPath}: for ${dir}, ${reason}`;
    }
    if (r.verdict === 'ENOENT')
        return `${client} cannot connect to ${socketPath}: no socket is created there`;
    const sock = `${socketPath} (${describeInode(d.inode)})`;
    const reason = explainPermission(c, d.inode, d.permission);
    switch (r.verdict) {
        case 'OK':
            return `${client} can write ${sock}: ${reason}`;
        case 'EACCES':
            return `${client} cannot write ${sock}: ${reason}`;
        case 'ECONNREFUSED':
            return `${client} can write ${sock}, but it is a stale socket nobody listens on: connection refused`;
        default:
            return `${client} may or may not write ${sock}: ${reason}`;
    }
}

;// CONCATENATED MODULE: ./src/engine/fix/lines.ts
function lines_splitLines(text) {
    const parts = text.split('\n');
    return parts.map((part, i) => {
        const last = i === parts.length - 1;
        if (last)
            return { text: part, eol: '' };
        return part.endsWith('\r') ? { text: part.slice(0, -1), eol: '\r\n' } : { text: part, eol: '\n' };
    });
}
/** The line ending to use for a new line written after `line`. */
function eolAfter(file, lines, line) {
    const own = lines[line - 1]?.eol;
    if (own)
        return own;
    const previous = lines[line - 2]?.eol;
    return previous || (file.crlf ? '\r\n' : '\n');
}
/**
 * Files whose text socklint read with template placeholders replaced: columns after a
 * replaced placeholder do not match the file on disk, so fixes only insert whole lines there.
 */
function isTemplate(file) {
    return /\.(j2|jinja2?|tpl|tmpl|template)$/i.test(file.path) || /\{\{|\{%|\u01c2/.test(file.text);
}

;// CONCATENATED MODULE: ./src/engine/fix/template-edits.ts
/**
 * Fixes for values that come from templates and variables, never from rendered output: a
 * `listen.*` value that is exactly one variable is changed where the definition that applies
 * is written (`defaults/main.yml`, or the `group_vars/…` that overrides it), a value an
 * `ini_file`/`lineinfile` task writes is changed in the task, and anything else is edited in
 * the template itself, whose literal text the rendered file maps back to.
 */


/** The file whose lines a fix edits: the template of a rendered file, else the file itself. */
function editableSource(file) {
    return renderOf(file)?.template ?? file;
}
/** A rendered file, whose literal template lines may be edited like any other file's. */
function isRendered(file) {
    return renderOf(file) !== undefined;
}
/**
 * The edit of the variable definition or task value a setting's value comes from, or
 * undefined when the value is template text (edited in the template) or has no single source.
 */
function valueSourceEdit(setting, file, want) {
    const task = taskValueAt(setting.valueLocation);
    if (task)
        return yamlEdit(task, want, `the ${task.name} of the task at ${task.file}:${task.location.line}`);
    const render = file && renderOf(file);
    if (!render)
        return undefined;
    const variable = soleVariable(render, setting.valueLocation);
    if (!variable)
        return undefined;
    // The definition that wins for this machine: with one definition that is the only one; with
    // an override (group_vars over the role's defaults) the override, which only this machine reads.
    const binding = render.scope.get(variable);
    const definition = binding?.definition;
    if (!definition || typeof binding.value !== 'string' || binding.value.includes('{{'))
        return undefined;
    return yamlEdit(definition, want, `${variable} in ${definition.file}:${definition.location.line}`);
}
/** The variable a value is, when the value is exactly one `{{ name }}` (filters aside, none). */
function soleVariable(render, at) {
    const outputs = render.rendered.outputs.filter((o) => {
        const loc = render.rendered.locate(spanIn(render.rendered.text, o.start, o.end));
        return loc && loc.line === at.line && loc.column >= at.column && loc.endColumn <= at.endColumn;
    });
    if (outputs.length !== 1)
        return undefined;
    const only = outputs[0];
    const loc = render.rendered.locate(spanIn(render.rendered.text, only.start, only.end));
    if (loc.column !== at.column || loc.endColumn !== at.endColumn)
        return undefined;
    return /^[A-Za-z_]\w*$/.test(only.piece.source) ? only.piece.source : undefined;
}
/** The YAML scalar rewritten with the new value, in its own quoting style. */
function yamlEdit(definition, want, where) {
    const raw = definition.raw;
    if (raw === undefined || raw.startsWith('|') || raw.startsWith('>') || raw.includes('\n'))
        return { reason: `${where} is not a one-line YAML value` };
    if (/^[&!*]/.test(raw))
        return { reason: `${where} carries a YAML tag or anchor` };
    const quote = raw.startsWith('"')
        ? '"'
        : raw.startsWith("'")
            ? "'"
            : /^[\w./@+-]+$/.test(want) && !/^(yes|no|true|false|on|off|null|~|\d.*)$/i.test(want)
                ? ''
                : '"';
    const body = quote === "'" ? want.replace(/'/g, "''") : quote === '"' ? want.replace(/["\\]/g, '\\$&') : want;
    const loc = definition.location;
    return {
        edit: {
            file: loc.file,
            line: loc.line,
            column: loc.column,
            endLine: loc.line,
            endColumn: loc.column + raw.length,
            newText: quote + body + quote,
        },
        where,
    };
}

;// CONCATENATED MODULE: ./src/engine/verdict/fpm-socket.ts


const ROOT = { user: { name: 'root', id: 0 }, group: { name: 'root', id: 0 } };
const ULONG_MAX = (1n << 64n) - 1n;
/** `strtoul(value, NULL, 8) & 0777`; '' means unset → 0660 (F6). */
function fpmModeOf(value) {
    return value === '' ? 0o660 : Number(strtoul(value, 8) & 511n);
}
/**
 * C strtoul: leading white space, an optional sign, then the longest run of digits; no digits
 * gives 0, overflow gives ULONG_MAX, a minus sign negates modulo 2^64.
 */
function strtoul(text, base) {
    const m = /^[ \t\n\v\f\r]*([+-]?)([0-9]*)/.exec(text);
    const digits = m[2].slice(0, base === 8 ? /^[0-7]*/.exec(m[2])[0].length : undefined);
    if (digits === '')
        return 0n;
    let n = 0n;
    for (const d of digits) {
        n = n * BigInt(base) + BigInt(d);
        if (n > ULONG_MAX)
            return ULONG_MAX;
    }
    return m[1] === '-' ? BigInt.asUintN(64, -n) : n;
}
/**
 * An all-digit listen.owner/listen.group: strtoul into FPM's `int` (F4, F5). The value -1 is
 * FPM's "leave as created", so 4294967295 and overflowing numbers change nothing.
 */
function fpmIdOf(digits) {
    const n = strtoul(digits, 10);
    return BigInt.asIntN(32, n) === -1n ? undefined : Number(BigInt.asUintN(32, n));
}
function fpmSocket(input) {
    const { pool, db } = input;
    const given = input.master ?? ROOT;
    const master = {
        user: resolveUser(db, given.user),
        group: resolveGroup(db, given.group),
        groups: (given.groups ?? []).map((p) => resolveGroup(db, p)),
    };
    const masterName = showPrincipal(master.user);
    const setting = (key) => settingOf(key, input.settings[key]);
    const aclUsers = setting('listen.acl_users');
    const aclGroups = setting('listen.acl_groups');
    // F7: without --with-fpm-acl the keys do not exist, and an unknown key is fatal.
    if (!input.aclSupport) {
        for (const s of [aclUsers, aclGroups]) {
            if (s)
                return { kind: 'failure', message: `unknown entry '${s.written}'`, origin: s.origin };
        }
    }
    const modeSetting = setting('listen.mode');
    const requestedMode = fpmModeOf(modeSetting?.value ?? '');
    const modeWhy = modeSetting && modeSetting.value !== ''
        ? { because: `listen.mode = ${modeSetting.value}`, origin: modeSetting.origin }
        : { because: 'no listen.mode: default 0660' };
    // F2, K12/F15: created by the master; a setgid directory gives its group instead of the egid.
    const dir = input.directory;
    const setgid = dir?.setgid ?? ((dir?.mode ?? 0) & 0o2000) !== 0;
    const setgidGroup = !setgid
        ? undefined
        : dir?.group === undefined
            ? {}
            : resolveGroup(db, principalOf(dir.group));
    const created = {
        owner: master.user,
        group: setgidGroup ?? master.group,
        ownerWhy: (reason) => ({ because: `${reason}: the master's user ${masterName}` }),
        groupWhy: (reason) => setgidGroup
            ? { because: `${reason}: the group of the setgid directory ${dir.path}`, origin: dir.origin }
            : { because: `${reason}: the master's group ${showPrincipal(master.group)}` },
    };
    // bind() with umask 0777 ^ mode (F1), then the directory's default ACL masks it (K11, F14).
    const inherited = inheritDefaultAcl(requestedMode, input.defaultAcl);
    if (inherited.mode !== requestedMode) {
        modeWhy.because += `, reduced to ${formatMode(inherited.mode)} by the default ACL of ${dir?.path ?? 'the directory'}`;
    }
    const aclValues = [aclUsers, aclGroups].filter((s) => s !== undefined && s.value !== '');
    if (aclValues.length > 0) {
        // F7: comma-separated names, looked up exactly as written (no trimming, no numbers).
        const added = [];
        for (const [s, tag] of [
            [aclUsers, 'user'],
            [aclGroups, 'group'],
        ]) {
            if (!s || s.value === '')
                continue;
            for (const name of s.value.split(',')) {
                const known = tag === 'user' ? db.users.has(name) : db.groups.has(name);
                if (!known)
                    return lookupFailure(pool, tag === 'user' ? 'uid for user' : 'gid for group', s, name);
                const who = tag === 'user' ? resolveUser(db, { name }) : resolveGroup(db, { name });
                added.push({ tag, who, perm: 6 });
            }
        }
        const warnings = ['listen.owner', 'listen.group']
            .map((key) => ({ key, s: setting(key) }))
            .filter(({ s }) => s && s.value !== '')
            .map(({ key, s }) => `[pool ${pool}] ACL set, ${key} = '${s.value}' is ignored`);
        const because = 'listen.acl_* is set, so listen.owner and listen.group are ignored';
        const base = {
            kind: 'socket',
            owner: created.owner,
            group: created.group,
            mode: inherited.mode,
            ...(inherited.acl ? { acl: inherited.acl } : {}),
            why: { owner: created.ownerWhy(because), group: created.groupWhy(because), mode: modeWhy },
            warnings,
        };
        const aclWhy = {
            because: aclValues.map((s) => `${s.key} = ${s.value}`).join(', '),
            origin: aclValues[0].origin,
        };
        const withAcl = addAclEntries(base, added, aclWhy);
        if (!withAcl) {
            // acl_valid() refuses two entries for the same user or group.
            return {
                kind: 'failure',
                message: `[pool ${pool}] failed to write the ACL of the socket '${input.path}': Invalid argument (22)`,
                origin: aclValues[0].origin,
                staleSocket: { ...base, stale: true },
            };
        }
        return withAcl;
    }
    // F3, F4: a named owner brings its primary group; a numeric one leaves the group alone.
    let owner;
    let group;
    const o = setting('listen.owner');
    if (o && o.value !== '') {
        const why = { because: `listen.owner = ${o.value}`, origin: o.origin };
        if (/^[0-9]+$/.test(o.value)) {
            const id = fpmIdOf(o.value);
            if (id !== undefined)
                owner = { who: resolveUser(db, { id }), why };
        }
        else {
            const account = db.users.get(o.value);
            // F9: an unknown name is fatal.
            if (!account)
                return lookupFailure(pool, 'uid for user', o);
            owner = { who: resolveUser(db, { name: o.value }), why };
            group = {
                who: account.primaryGroup === undefined ? {} : resolveGroup(db, { name: account.primaryGroup }),
                why: { because: `primary group of ${o.value} (listen.owner)`, origin: o.origin },
            };
        }
    }
    // F5: listen.group, a name or a number, overrides.
    const g = setting('listen.group');
    if (g && g.value !== '') {
        const why = { because: `listen.group = ${g.value}`, origin: g.origin };
        if (/^[0-9]+$/.test(g.value)) {
            const id = fpmIdOf(g.value);
            if (id !== undefined)
                group = { who: resolveGroup(db, { id }), why };
        }
        else {
            if (!db.groups.has(g.value))
                return lookupFailure(pool, 'gid for group', g);
            group = { who: resolveGroup(db, { name: g.value }), why };
        }
    }
    // Without listen.group, a set owner here is a numeric one (F4).
    const groupDefaultReason = owner
        ? 'listen.owner is numeric and there is no listen.group'
        : 'no listen.group';
    const state = {
        kind: 'socket',
        owner: owner?.who ?? created.owner,
        group: group?.who ?? created.group,
        mode: inherited.mode,
        ...(inherited.acl ? { acl: inherited.acl } : {}),
        why: {
            owner: owner?.why ?? created.ownerWhy('no listen.owner'),
            group: group?.why ?? created.groupWhy(groupDefaultReason),
            mode: modeWhy,
        },
        warnings: [],
    };
    if (!owner && !group)
        return state;
    // F8: a non-root master may only keep its own uid and choose a group it is in (or the
    // file's current group); otherwise chown() fails, FPM exits and leaves the socket (F18).
    if (isRootUser(master.user))
        return state;
    const staleSocket = {
        ...state,
        stale: true,
        owner: created.owner,
        group: created.group,
        why: {
            ...state.why,
            owner: created.ownerWhy('chown() failed'),
            group: created.groupWhy('chown() failed'),
        },
    };
    const failure = {
        kind: 'failure',
        message: `[pool ${pool}] failed to chown() the socket '${input.path}': Operation not permitted (1)`,
        origin: (g && g.value !== '' ? g : o)?.origin,
        staleSocket,
    };
    const mayChown = [];
    if (owner)
        mayChown.push(samePrincipal(owner.who, master.user));
    if (group) {
        const own = [master.group, ...(master.groups ?? []), created.group];
        mayChown.push(anyTrue(own.map((p) => samePrincipal(group.who, p))));
    }
    if (mayChown.includes(false))
        return failure;
    if (mayChown.includes('unknown')) {
        return {
            kind: 'undecided',
            question: `whether the master ${masterName} may chown the socket to ${showPrincipal(state.owner)}:${showPrincipal(state.group)}`,
            ifStarts: state,
            ifFails: failure,
        };
    }
    return state;
}
function lookupFailure(pool, what, s, name = s.value) {
    return { kind: 'failure', message: `[pool ${pool}] cannot get ${what} '${name}'`, origin: s.origin };
}
function settingOf(key, v) {
    if (v === undefined)
        return undefined;
    if (typeof v === 'string')
        return { key, written: key, value: v };
    return {
        key,
        written: v.key,
        value: v.value,
        origin: { kind: 'source', location: v.location, text: v.raw },
    };
}
/** K11: `posix_acl_create_masq()`: the new inode's ACL and mode from the directory's default ACL. */
function inheritDefaultAcl(mode, defaultAcl) {
    if (!defaultAcl || defaultAcl.length === 0)
        return { mode };
    const acl = defaultAcl.map((e) => ({ ...e }));
    let extended = false;
    let groupObj;
    let maskObj;
    for (const e of acl) {
        if (e.tag === 'user_obj') {
            e.perm &= (mode >> 6) & 7;
            mode = (mode & ~0o700) | (e.perm << 6);
        }
        else if (e.tag === 'other') {
            e.perm &= mode & 7;
            mode = (mode & ~0o007) | e.perm;
        }
        else if (e.tag === 'group_obj')
            groupObj = e;
        else {
            if (e.tag === 'mask')
                maskObj = e;
            extended = true;
        }
    }
    const g = maskObj ?? groupObj;
    if (g) {
        g.perm &= (mode >> 3) & 7;
        mode = (mode & ~0o070) | (g.perm << 3);
    }
    return extended ? { mode, acl: canonicalOrder(acl) } : { mode };
}
/**
 * F7: FPM adds one rw entry per name to the socket's access ACL, recomputes the mask (union of
 * the group class) and writes it back; stat then shows the mask as the group bits (trap 8).
 * undefined when two entries name the same user or group (acl_valid fails).
 */
function addAclEntries(state, added, why) {
    const m = state.mode;
    const current = state.acl ?? [
        { tag: 'user_obj', perm: (m >> 6) & 7 },
        { tag: 'group_obj', perm: (m >> 3) & 7 },
        { tag: 'other', perm: m & 7 },
    ];
    const entries = [...current.filter((e) => e.tag !== 'mask'), ...added];
    const named = entries.filter((e) => e.tag === 'user' || e.tag === 'group');
    const duplicate = named.some((e, i) => named.slice(i + 1).some((f) => f.tag === e.tag && samePrincipal(f.who, e.who) === true));
    if (duplicate)
        return undefined;
    const mask = entries
        .filter((e) => e.tag === 'group_obj' || e.tag === 'user' || e.tag === 'group')
        .reduce((bits, e) => bits | e.perm, 0);
    return {
        ...state,
        mode: (m & ~0o070) | (mask << 3),
        acl: canonicalOrder([...entries, { tag: 'mask', perm: mask }]),
        why: { ...state.why, acl: why },
    };
}
const TAG_ORDER = ['user_obj', 'user', 'group_obj', 'group', 'mask', 'other'];
/** The order getfacl shows and the kernel stores: owner, users, owning group, groups, mask, other. */
function canonicalOrder(acl) {
    return [...acl].sort((a, b) => TAG_ORDER.indexOf(a.tag) - TAG_ORDER.indexOf(b.tag));
}

;// CONCATENATED MODULE: ./src/engine/origins.ts
const origins_BUILTIN = /^\((.*)\)(\/.*)$/;
/** `etc/nginx/nginx.conf:1`, or `/etc/nginx/nginx.conf:1 (shipped by Debian's nginx package)`. */
function describeLocation(location) {
    const builtin = origins_BUILTIN.exec(location.file);
    return builtin
        ? `${builtin[2]}:${location.line} (shipped by ${builtin[1]})`
        : `${location.file}:${location.line}`;
}
/** Where a fact was written in the repository, if it was. */
function originLocation(origin) {
    return origin?.kind === 'source' ? origin.location : undefined;
}
function describeOrigin(origin) {
    if (!origin)
        return 'unknown';
    return origin.kind === 'source' ? describeLocation(origin.location) : origin.description;
}

;// CONCATENATED MODULE: ./src/engine/rules/evaluate.ts
/**
 * The verdict for every Unix-socket client of a unit: who the worker is, the socket FPM creates
 * for the pool it reaches, and what connect() then does. Rules and the socket table read these.
 */










const LISTEN_KEYS = [
    'listen.owner',
    'listen.group',
    'listen.mode',
    'listen.acl_users',
    'listen.acl_groups',
];
function evaluateUnit(graph) {
    const out = [];
    const socketCache = new Map();
    for (const link of graph.links) {
        if (link.client.target.kind === 'tcp')
            continue;
        out.push(evaluateLink(graph, link, socketCache));
    }
    return out;
}
function evaluateLink(graph, link, cache) {
    const { client } = link;
    if (link.server.disabled)
        return undecided(link, link.server.disabled);
    const serverProblem = link.server.config.problems[0];
    if (serverProblem)
        return fail(link, 'nginx-fails', 'nginx', serverProblem.message, serverProblem);
    const worker = link.server.worker;
    if (worker?.kind === 'failure')
        return fail(link, 'nginx-fails', 'nginx', worker.message);
    if (client.target.kind === 'unresolved') {
        return undecided(link, `the target depends on ${client.target.unresolved.what.join(', ')}`);
    }
    const socketPath = link.path;
    if (!socketPath.startsWith('/')) {
        return undecided(link, `${socketPath} is relative: nginx resolves it against the worker's working directory, which is not known here`);
    }
    const creds = worker?.kind === 'creds' ? worker : undefined;
    const fpmSide = socketSide(graph, link, socketPath, cache);
    if (fpmSide.kind !== 'socket') {
        if (fpmSide.verdict === 'undecided' || !creds)
            return fpmSide;
        // K1: the kernel walks the directories before it finds nothing: a denied search comes first.
        const walk = connectVerdict(creds, socketPath, undefined, (p) => graph.state.directories.get(p));
        if (walk.verdict !== 'EACCES')
            return fpmSide;
        return {
            ...fpmSide,
            verdict: 'directory-denied',
            reason: explainConnect(creds, socketPath, walk),
            worker: creds,
            connect: walk,
            assumptions: membershipAssumptions(graph, creds, walk),
        };
    }
    const { socket, socketResult } = fpmSide;
    if (!creds) {
        const why = link.server.standalone
            ? `${link.server.standalone}, so who its workers run as is not known (set web-user in .socklint.yml)`
            : 'nothing says which user the nginx workers run as (unknown platform: set web-user in .socklint.yml)';
        return { ...undecided(link, why), socket, socketResult };
    }
    const connect = connectVerdict(creds, socketPath, socket, (p) => graph.state.directories.get(p));
    const reason = explainConnect(creds, socketPath, connect);
    const verdict = connect.verdict === 'OK'
        ? 'connects'
        : connect.verdict === 'EACCES'
            ? connect.deniedAt === socketPath
                ? 'permission-denied'
                : 'directory-denied'
            : 'undecided';
    return {
        link,
        verdict,
        reason,
        worker: creds,
        socket,
        socketResult,
        connect,
        assumptions: verdict === 'undecided' ? [] : membershipAssumptions(graph, creds, connect),
    };
}
/**
 * The groups whose non-membership decided a permission check: `other` decided although the group
 * bits differ for the wanted bit (K3), or an ACL group entry would have granted (K10). Where that
 * non-membership is only the open-world default, the verdict rests on it.
 */
function membershipAssumptions(graph, creds, connect) {
    const user = creds.user.name;
    if (user === undefined)
        return [];
    const out = [];
    for (const check of connect.checks) {
        for (const group of groupsNotIn(check, creds)) {
            const a = nonMembership(graph.state, user, group);
            if (a && !out.some((x) => x.statement === a.statement))
                out.push(a);
        }
    }
    return out;
}
function groupsNotIn(check, creds) {
    const p = check.permission;
    const inode = check.inode;
    if (!p || !inode || p.allowed === 'unknown')
        return [];
    const bit = p.want === 'write' ? 2 : 1;
    const member = (g) => [creds.group, ...creds.groups].some((x) => samePrincipal(x, g) === true);
    const names = [];
    if (p.decidedBy === 'other' && !p.groupBitsEqualOther && inode.group.name)
        names.push(inode.group.name);
    if (p.decidedBy === 'acl-other' || p.decidedBy === 'acl-group') {
        const mask = inode.acl?.find((e) => e.tag === 'mask')?.perm ?? 7;
        for (const e of inode.acl ?? []) {
            const who = e.tag === 'group_obj' ? inode.group : e.tag === 'group' ? e.who : undefined;
            if (who?.name && !member(who) && (e.perm & mask & bit) === bit)
                names.push(who.name);
        }
    }
    return names;
}
function undecided(link, reason) {
    return { link, verdict: 'undecided', reason, assumptions: [] };
}
/** The socket PHP-FPM creates at the client's path, or why there is none (or why that is unknown). */
function socketSide(graph, link, socketPath, cache) {
    // The platform catalog may know that the unit's PHP-FPM files are unknown (a digest-pinned
    // php image, an unversioned php-fpm package): no verdict rests on them.
    const fpmUnknown = graph.unit.platform.unknown?.find((u) => u.subject === 'php-fpm');
    if (fpmUnknown && link.client.directive === 'fastcgi_pass')
        return undecided(link, fpmUnknown.message);
    const target = link.target;
    if (!target && link.listener)
        return listenerSide(link, link.listener, graph);
    if (!target) {
        if (graph.fpm.length === 0) {
            return undecided(link, `no PHP-FPM configuration of ${graph.unit.id} is in the repository`);
        }
        const open = graph.fpm
            .flatMap((f) => f.config.pools)
            .find((p) => p.listen?.address.kind === 'unresolved');
        if (open?.listen?.address.kind === 'unresolved') {
            const what = open.listen.address.unresolved.what.join(', ');
            return undecided(link, `pool [${open.name}] listens on an address that depends on ${what}`);
        }
        // Only fastcgi_pass speaks PHP-FPM's protocol: a proxy_pass, uwsgi_pass, scgi_pass… socket
        // belongs to another program (gunicorn, uWSGI, a systemd socket unit) that is not read here.
        if (link.client.directive !== 'fastcgi_pass') {
            return undecided(link, `${link.client.directive} does not speak FastCGI, so ${socketPath} is not a PHP-FPM socket: the program that creates it is not in what socklint reads`);
        }
        if (graph.unit.kind === 'unmapped') {
            return undecided(link, `no pool among the files nothing places listens on ${socketPath}; where those files are deployed is not known (add mappings to .socklint.yml)`);
        }
        if (graph.fpm.every((f) => f.config.problems.length > 0)) {
            const problem = graph.fpm[0].config.problems[0];
            return fail(link, 'fpm-fails', 'php-fpm', problem.message, problem);
        }
        return {
            link,
            verdict: 'no-socket',
            reason: `no PHP-FPM pool of ${graph.unit.id} listens on ${socketPath}`,
            assumptions: [],
        };
    }
    const { pool } = target;
    const fpmProblem = target.fpm.config.problems[0];
    if (fpmProblem)
        return fail(link, 'fpm-fails', 'php-fpm', fpmProblem.message, fpmProblem);
    const unknownSettings = LISTEN_KEYS.flatMap((k) => pool.settings.get(k)?.unresolved?.what ?? []);
    if (unknownSettings.length > 0) {
        return undecided(link, `pool [${pool.name}]'s listen.* settings depend on ${unknownSettings.join(', ')}`);
    }
    const refusal = poolRefusal(graph, pool, socketPath);
    if (refusal) {
        const failed = fail(link, 'fpm-fails', 'php-fpm', refusal.message, refusal);
        return { ...failed, assumptions: refusal.assumption ? [refusal.assumption] : [] };
    }
    const socketResult = cachedSocket(graph, target.fpm, pool, poolSocketPath(pool) ?? socketPath, cache);
    if (socketResult.kind === 'failure') {
        const location = originLocation(socketResult.origin);
        return {
            ...fail(link, 'fpm-fails', 'php-fpm', socketResult.message, location && { message: socketResult.message, location }),
            socketResult,
        };
    }
    // One pool PHP-FPM refuses stops the whole master ("FPM initialization failed"): no socket of
    // any of its pools exists.
    for (const other of target.fpm.config.pools) {
        const failure = other === pool ? undefined : poolFailure(graph, target.fpm, other, cache);
        if (!failure)
            continue;
        const message = `${failure.message}; FPM initialization failed, so pool [${pool.name}]'s socket is never created either`;
        return {
            ...fail(link, 'fpm-fails', 'php-fpm', message, failure.location && { message: failure.message, location: failure.location }),
            assumptions: failure.assumption ? [failure.assumption] : [],
        };
    }
    if (socketResult.kind === 'undecided') {
        return { ...undecided(link, `cannot tell ${socketResult.question}`), socketResult };
    }
    return { kind: 'socket', socket: socketResult, socketResult };
}
/** The socket another program creates (a systemd socket unit, gunicorn, uWSGI), or why it does not. */
function listenerSide(link, listener, graph) {
    if (listener.plan.kind === 'fails') {
        return {
            link,
            verdict: 'no-socket',
            reason: `${listener.plan.message}, so ${listener.creator} never creates ${listener.socketPath}`,
            assumptions: [],
        };
    }
    const socket = listenerSocket(graph.state, listener.plan);
    return { kind: 'socket', socket, socketResult: socket };
}
/** Why PHP-FPM refuses this pool, if it certainly does: its accounts, its socket directory, its listen.* values. */
function poolFailure(graph, fpm, pool, cache) {
    const path = poolSocketPath(pool);
    const refusal = poolRefusal(graph, pool, path);
    if (refusal)
        return refusal;
    if (!path || LISTEN_KEYS.some((k) => pool.settings.get(k)?.unresolved))
        return undefined;
    const socketResult = cachedSocket(graph, fpm, pool, path, cache);
    if (socketResult.kind !== 'failure')
        return undefined;
    return { message: socketResult.message, location: originLocation(socketResult.origin) };
}
function cachedSocket(graph, fpm, pool, path, cache) {
    let result = cache.get(pool);
    if (!result) {
        result = socketOf(graph, fpm, pool, path);
        cache.set(pool, result);
    }
    return result;
}
function poolRefusal(graph, pool, socketPath) {
    const { db } = graph.state;
    const at = (key) => pool.settings.get(key)?.location ?? pool.listen?.setting.location ?? pool.sections[0];
    const user = pool.settings.get('user')?.value;
    const group = pool.settings.get('group')?.value;
    const missing = ` (${graph.state.worldWhy.replace(/; set .*$/, '')}, and nothing creates it)`;
    if (!masterUser(graph.unit, 'php-fpm')) {
        if (user && !/^\d+$/.test(user) && !db.users.has(user)) {
            return {
                message: `[pool ${pool.name}] cannot get uid for user '${user}'${missing}`,
                location: at('user'),
            };
        }
        if (group && !/^\d+$/.test(group) && !db.groups.has(group)) {
            return {
                message: `[pool ${pool.name}] cannot get gid for group '${group}'${missing}`,
                location: at('group'),
            };
        }
        // F8 (Z1): a numeric user no passwd entry names, with no group, gives gid 0. Only a closed
        // world knows the entry is missing.
        const numeric = user !== undefined && /^\d+$/.test(user);
        if (numeric && group === undefined && graph.state.world === 'closed') {
            const named = [...db.users.values()].some((u) => u.uid === Number(user));
            if (!named) {
                return {
                    message: `[pool ${pool.name}] please specify user and group other than root (user = ${user} has no passwd entry, so without group its gid is 0)`,
                    location: at('user'),
                };
            }
        }
        const uid = user === undefined ? undefined : numeric ? Number(user) : db.users.get(user)?.uid;
        const gid = group === undefined ? undefined : /^\d+$/.test(group) ? Number(group) : db.groups.get(group)?.gid;
        if (uid === 0 || gid === 0) {
            return {
                message: `[pool ${pool.name}] please specify user and group other than root`,
                location: at(uid === 0 ? 'user' : 'group'),
            };
        }
    }
    // Only a known platform says which /run directories exist; on an unknown one this is not known.
    const dir = socketPath === undefined ? undefined : external_node_path_default().posix.dirname(socketPath);
    if (dir && graph.unit.platform.base && dir.startsWith('/run/') && !graph.state.directories.has(dir)) {
        return {
            message: `[pool ${pool.name}] unable to bind listening socket for address '${socketPath}': No such file or directory (2): nothing creates ${dir}, and /run starts empty at boot`,
            location: at('listen'),
            ...(graph.state.world === 'open'
                ? {
                    assumption: {
                        statement: `nothing outside the repository creates ${dir} either`,
                        declare: 'declare it under directories: in .socklint.yml if something does',
                    },
                }
                : {}),
        };
    }
    return undefined;
}
/** The socket as FPM creates it for this pool (10.4), on this unit's machine. */
function socketOf(graph, fpm, pool, socketPath) {
    const settings = {};
    for (const key of LISTEN_KEYS) {
        const s = pool.settings.get(key);
        if (s)
            settings[key] = s;
    }
    const directory = graph.state.directories.get(external_node_path_default().posix.dirname(socketPath));
    return fpmSocket({
        pool: pool.name,
        path: socketPath,
        settings,
        db: graph.state.db,
        master: evaluate_masterOf(graph),
        aclSupport: fpm.aclSupported,
        directory,
        ...(directory?.defaultAcl ? { defaultAcl: defaultAclOf(graph, directory) } : {}),
    });
}
/**
 * The directory's default ACL as the kernel applies it (K11): setfacl fills the base entries it
 * was not given from the directory's mode, and adds a mask when named entries exist.
 */
function defaultAclOf(graph, dir) {
    const mode = dir.mode ?? 0o755;
    const given = dir.defaultAcl ?? [];
    const base = (tag, shift) => given.find((e) => e.tag === tag && !e.name)?.perm ?? (mode >> shift) & 7;
    const named = given.filter((e) => e.name && (e.tag === 'user' || e.tag === 'group'));
    const acl = [
        { tag: 'user_obj', perm: base('user', 6) },
        { tag: 'group_obj', perm: base('group', 3) },
        { tag: 'other', perm: base('other', 0) },
        ...named.map((e) => ({
            tag: e.tag,
            who: e.tag === 'user'
                ? resolveUser(graph.state.db, principalOf(e.name))
                : resolveGroup(graph.state.db, principalOf(e.name)),
            perm: e.perm,
        })),
    ];
    const mask = given.find((e) => e.tag === 'mask')?.perm;
    if (mask !== undefined || named.length > 0) {
        acl.push({ tag: 'mask', perm: mask ?? named.reduce((m, e) => m | e.perm, acl[1].perm) });
    }
    return acl;
}
function evaluate_masterOf(graph) {
    const running = masterUser(graph.unit, 'php-fpm');
    if (!running)
        return undefined;
    const p = principalOf(running.user);
    const account = p.name ? graph.state.db.users.get(p.name) : undefined;
    const group = running.group
        ? principalOf(running.group)
        : account?.primaryGroup
            ? { name: account.primaryGroup }
            : p;
    return { user: p, group };
}
function fail(link, verdict, program, message, problem) {
    return {
        link,
        verdict,
        reason: `${program} does not start: ${message}`,
        startFailure: { program, message, problem },
        assumptions: [],
    };
}
/** `www-data (groups: www-data)` for messages and the socket table. */
function workerLabel(worker) {
    if (!worker)
        return 'unknown';
    if (worker.kind === 'failure')
        return `(${worker.message})`;
    return describeCreds(worker);
}

;// CONCATENATED MODULE: ./src/engine/fix/recheck.ts


const recheck_LISTEN_KEYS = [
    'listen.owner',
    'listen.group',
    'listen.mode',
    'listen.acl_users',
    'listen.acl_groups',
];
function currentValues(pool) {
    const out = {};
    for (const key of recheck_LISTEN_KEYS) {
        const s = pool.settings.get(key);
        if (s)
            out[key] = s.value;
    }
    return out;
}
function recheck(subject, values) {
    const { graph, fpm, pool } = subject;
    const result = socketOf(graph, fpm, withValues(pool, values), subject.socketPath);
    if (result.kind === 'failure')
        return { ok: false, failure: result.message, results: [] };
    if (result.kind === 'undecided')
        return { ok: false, failure: `cannot tell ${result.question}`, results: [] };
    const results = subject.clients.map((client) => ({
        client,
        connect: connectVerdict(client.worker, client.path, result, (p) => graph.state.directories.get(p)),
    }));
    return { ok: results.every((r) => r.connect.verdict === 'OK'), socket: result, results };
}
/** The pool as FPM would read it with these listen.* values (other settings untouched). */
function withValues(pool, values) {
    const settings = new Map(pool.settings);
    const template = pool.listen?.setting ?? pool.assignments[0];
    for (const key of recheck_LISTEN_KEYS) {
        const value = values[key];
        if (value === undefined) {
            settings.delete(key);
            continue;
        }
        const known = pool.settings.get(key);
        if (known?.value === value)
            continue;
        const base = known ?? template;
        settings.set(key, { ...base, key, value, raw: value });
    }
    return { ...pool, settings };
}

;// CONCATENATED MODULE: ./src/engine/fix/edits.ts





/** Built-in files (the platform's) carry a path in parentheses and are never edited. */
const isBuiltin = (file) => file.startsWith('(');
function editsFor(pool, files, target) {
    const places = [...pool.assignments.map((a) => a.location.file), ...pool.sections.map((l) => l.file)];
    const latin1 = places.find((file) => files.get(file)?.latin1);
    if (latin1)
        return { reason: `${latin1} is not UTF-8: socklint does not rewrite it, so that no other byte changes` };
    const sources = new Map();
    const source = (path) => {
        if (isBuiltin(path))
            return undefined;
        let s = sources.get(path);
        if (!s) {
            const found = files.get(path);
            if (!found)
                return undefined;
            // A rendered file is edited in its template, whose literal lines it maps back to.
            const file = editableSource(found);
            s = { file, lines: lines_splitLines(file.text), template: !isRendered(found) && isTemplate(file) };
            sources.set(path, s);
        }
        return s;
    };
    const edits = [];
    const changes = [];
    const inserts = new Map();
    const expected = [];
    const caveats = [];
    for (const key of recheck_LISTEN_KEYS) {
        const current = pool.settings.get(key);
        const want = target[key];
        if (want === undefined) {
            if (!current || current.value === '')
                continue;
            // Every assignment with a value goes, so that no earlier one takes over.
            for (const a of pool.assignments.filter((x) => x.key.toLowerCase() === key && x.value !== '')) {
                const s = source(a.location.file);
                if (!s)
                    return {
                        reason: `${key} of pool [${pool.name}] is also set in ${a.location.file}, which is not in the repository`,
                    };
                if (s.template)
                    return { reason: `${a.location.file} is a template: socklint does not rewrite its lines` };
                const at = a.keyLocation;
                edits.push({
                    file: at.file,
                    ...span(at.line, at.column, at.line, at.endColumn),
                    newText: ';' + s.lines[at.line - 1].text.slice(at.column - 1, at.endColumn - 1),
                });
                expected.push({ file: at.file, line: at.line, key, value: null });
            }
            changes.push(`${key} commented out (PHP-FPM ignores it next to an ACL)`);
            continue;
        }
        if (current && current.value === want)
            continue;
        const fromValue = current ? valueSourceEdit(current, files.get(current.location.file), want) : undefined;
        if (fromValue && 'reason' in fromValue)
            return fromValue;
        if (fromValue) {
            if (!yamlReads(fromValue.edit.newText, want))
                return {
                    reason: `cannot write ${key} = ${want} in ${fromValue.where} so that Ansible reads it as intended`,
                };
            edits.push(fromValue.edit);
            changes.push(`${key} = ${want} (${fromValue.where})`);
            continue;
        }
        const s = current ? source(current.location.file) : undefined;
        if (current && s) {
            if (s.template)
                return { reason: `${current.location.file} is a template: socklint does not rewrite its lines` };
            edits.push({
                file: current.location.file,
                ...spanOf(current.valueLocation),
                newText: valueText(s, current, want),
            });
            expected.push({ file: current.location.file, line: current.location.line, key, value: want });
            changes.push(`${key} = ${want}`);
            const written = s.lines[current.valueLocation.line - 1].text.slice(current.valueLocation.column - 1, current.valueLocation.endColumn - 1);
            // Every render of the template (each loop item, each machine) would get the literal value.
            if (/\{\{|\{%/.test(written))
                caveats.push(`replaces ${written} in the template`);
            continue;
        }
        const commented = current ? undefined : commentedDefault(pool, key, source);
        if (commented) {
            const { s, line, entry, prefixEnd } = commented;
            const file = s.file.path;
            const comment = s.lines[line - 1].text;
            const indent = comment.length - comment.trimStart().length;
            edits.push({ file, ...span(line, indent + 1, line, prefixEnd + 1), newText: '' });
            if (entry.value !== want) {
                const from = prefixEnd + entry.rawSpan.column;
                const to = prefixEnd + entry.rawSpan.endColumn;
                edits.push({
                    file,
                    ...span(line, from, line, to),
                    newText: bareOrQuoted(entry.raw, want, comment[from - 2] === '='),
                });
            }
            expected.push({ file, line, key, value: want });
            changes.push(`${key} = ${want} (uncommented)`);
            continue;
        }
        const anchor = anchorFor(pool, current, source);
        if (!anchor)
            return {
                reason: `pool [${pool.name}] has no line in the repository after which ${key} could be written`,
            };
        inserts.set(anchor, [...(inserts.get(anchor) ?? []), { key, value: want }]);
        changes.push(`${key} = ${want}`);
    }
    for (const [anchor, entries] of inserts) {
        const s = source(anchor.location.file);
        const line = anchor.location.line;
        const parsed = parseFpmLine(s.lines[line - 1].text, line);
        if (parsed.kind !== 'entry')
            return { reason: `cannot read the line after which ${entries[0].key} would go` };
        const text = s.lines[line - 1].text;
        const indent = text.slice(0, parsed.keySpan.column - 1);
        const before = text.slice(parsed.keySpan.endColumn - 1, parsed.eqSpan.column - 1);
        const after = text.slice(parsed.eqSpan.endColumn - 1, parsed.rawSpan.column - 1);
        const eol = eolAfter(s.file, s.lines, line);
        const written = entries.map(({ key, value }) => `${indent}${key}${before}=${after}${bareOrQuoted('', value, false)}`);
        const atNextLine = s.lines[line - 1].eol !== '';
        if (!atNextLine && s.template)
            return { reason: `${anchor.location.file} is a template: socklint does not rewrite its lines` };
        edits.push(atNextLine
            ? {
                file: anchor.location.file,
                ...span(line + 1, 1, line + 1, 1),
                newText: written.map((w) => w + eol).join(''),
            }
            : {
                file: anchor.location.file,
                ...span(line, text.length + 1, line, text.length + 1),
                newText: written.map((w) => eol + w).join(''),
            });
        entries.forEach(({ key, value }, i) => expected.push({ text: written[i], key, value }));
    }
    const problem = readBack(edits, expected, sources);
    if (problem)
        return { reason: problem };
    return { edits: sortEdits(edits), changes, ...(caveats.length > 0 ? { caveat: caveats.join(', ') } : {}) };
}
/** A YAML scalar as written reads back as the wanted string (YAML 1.1, as Ansible reads it). */
function yamlReads(scalar, want) {
    try {
        return String((0,dist.parse)(`v: ${scalar}`, { version: '1.1' }).v) === want;
    }
    catch {
        return false;
    }
}
/** The new value written the way the old one was: same quotes, a blank after a bare `=`. */
function valueText(s, current, want) {
    const line = s.lines[current.location.line - 1].text;
    const charBefore = line[current.valueLocation.column - 2];
    return bareOrQuoted(current.raw, want, current.raw === '' && charBefore === '=');
}
function bareOrQuoted(oldRaw, value, needsBlank) {
    const q = /^(["']).*\1$/.test(oldRaw) ? oldRaw[0] : /^[\w.,@+-]*$/.test(value) ? '' : '"';
    return `${needsBlank ? ' ' : ''}${q}${value}${q}`;
}
/**
 * A commented-out assignment of `key` (`;listen.owner = www-data`) inside one of the pool's
 * sections: after its `[name]` line, before the next section or include in that file (an include
 * may switch sections). The latest one wins, as FPM would read it last.
 */
function commentedDefault(pool, key, source) {
    for (const header of [...pool.sections].reverse()) {
        const s = source(header.file);
        if (!s || s.template)
            continue;
        let found;
        for (let line = header.line + 1; line <= s.lines.length; line++) {
            const text = s.lines[line - 1].text;
            const parsed = parseFpmLine(text, line);
            if (parsed.kind === 'section' || (parsed.kind === 'entry' && parsed.key === 'include'))
                break;
            if (parsed.kind !== 'comment')
                continue;
            const m = /^[ \t]*;+[ \t]*/.exec(text);
            const entry = parseFpmLine(text.slice(m[0].length), line);
            if (entry.kind === 'entry' &&
                !entry.array &&
                entry.key.toLowerCase() === key &&
                entry.unresolved.length === 0) {
                found = { s, line, entry, prefixEnd: m[0].length };
            }
        }
        if (found)
            return found;
    }
    return undefined;
}
/**
 * The line new assignments follow: the pool's effective listen line, else its last assignment
 * in the repository; in both cases after the key's current (built-in) assignment, so the new
 * one is read last.
 */
function anchorFor(pool, current, source) {
    const after = current ? pool.assignments.indexOf(current) : -1;
    const usable = pool.assignments.filter((a, i) => i > after && source(a.location.file) && !a.key.includes('['));
    const listen = pool.listen?.setting;
    if (listen && usable.includes(listen))
        return listen;
    return usable[usable.length - 1];
}
/** Applies the edits to the lines they touch and reads each line back as FPM would. */
function readBack(edits, expected, sources) {
    for (const want of expected) {
        let text;
        if ('text' in want)
            text = want.text;
        else {
            text = sources.get(want.file).lines[want.line - 1].text;
            // Whole new lines inserted at this line's start are read back on their own.
            const mine = edits.filter((e) => e.file === want.file &&
                e.line === want.line &&
                e.endLine === want.line &&
                !e.newText.includes('\n'));
            for (const e of [...mine].sort((a, b) => b.column - a.column)) {
                text = text.slice(0, e.column - 1) + e.newText + text.slice(e.endColumn - 1);
            }
        }
        const parsed = parseFpmLine(text, 1);
        const ok = want.value === null
            ? parsed.kind === 'comment'
            : parsed.kind === 'entry' &&
                !parsed.array &&
                parsed.key.toLowerCase() === want.key &&
                parsed.value === want.value &&
                parsed.unresolved.length === 0;
        if (!ok)
            return `cannot write ${want.key}${want.value === null ? '' : ` = ${want.value}`} so that PHP-FPM reads it as intended`;
    }
    return undefined;
}
/** In file order; an insertion sorts before a replacement that starts at the same place. */
function sortEdits(edits) {
    return [...edits].sort((a, b) => a.file.localeCompare(b.file) ||
        a.line - b.line ||
        a.column - b.column ||
        a.endLine - b.endLine ||
        a.endColumn - b.endColumn);
}
function span(line, column, endLine, endColumn) {
    return { line, column, endLine, endColumn };
}
function spanOf(s) {
    return span(s.line, s.column, s.endLine, s.endColumn);
}

;// CONCATENATED MODULE: ./src/engine/fix/mode.ts
/**
 * listen.mode values as a fix writes them: what an invalid mode evidently meant, and whether a
 * value is the plain octal FPM reads the way it looks (the check of socket-mode-invalid).
 */

const modes = new Map();
/** FPM's mode for a listen.mode value, remembered: the planner asks for the same few values many times. */
function mode_modeOf(value) {
    let mode = modes.get(value);
    if (mode === undefined) {
        mode = fpmModeOf(value);
        if (modes.size < 10_000)
            modes.set(value, mode);
    }
    return mode;
}
/** Octal digits that strtoul reads as written, with no bits beyond 0777 (e.g. `0660`, `660`). */
function isPlainOctal(value) {
    return /^[0-7]+$/.test(value) && parseInt(value, 8) === mode_modeOf(value);
}
const SYMBOLIC = /^[ugoa]*[-+=][rwx]*(,[ugoa]*[-+=][rwx]*)*$/;
/**
 * The mode an invalid listen.mode was evidently meant to be: `0o660` → 0o660, `4666` → 0o666,
 * chmod's symbolic `u+rw,g+rw` → 0o660 (applied to 0000, as FPM has no base mode to change).
 * undefined when nothing is evident (`999`, `yes`).
 */
function evidentMode(value) {
    const v = value.trim();
    const prefixed = /^0[oO]([0-7]{1,4})$/.exec(v);
    if (prefixed)
        return parseInt(prefixed[1], 8) & 0o777;
    if (/^[0-7]{1,4}$/.test(v))
        return parseInt(v, 8) & 0o777;
    if (SYMBOLIC.test(v))
        return symbolicMode(v);
    return undefined;
}
function symbolicMode(text) {
    let mode = 0;
    for (const clause of text.split(',')) {
        const [, who, op, perms] = /^([ugoa]*)([-+=])([rwx]*)$/.exec(clause);
        const bits = (perms.includes('r') ? 4 : 0) | (perms.includes('w') ? 2 : 0) | (perms.includes('x') ? 1 : 0);
        const classes = who === '' || who.includes('a') ? 'ugo' : who;
        for (const c of classes) {
            const shift = c === 'u' ? 6 : c === 'g' ? 3 : 0;
            if (op === '=')
                mode &= ~(7 << shift);
            if (op === '-')
                mode &= ~(bits << shift);
            else
                mode |= bits << shift;
        }
    }
    return mode;
}

;// CONCATENATED MODULE: ./src/engine/fix/plan.ts
/**
 * The fix planner: for one pool, the smallest change of its listen.* values after which every
 * web server of the unit that reaches the socket connects, "other" gains nothing, and the
 * pool's own listen.* findings are gone. Candidates are tried in order of preference and each
 * one is judged by the verdict functions themselves (recheck), never by a shortcut.
 */




/**
 * `wanted`: the listen.* rules with a reported finding on this pool. A condition whose finding
 * was suppressed or turned off (a world-writable socket on a shared development box) is
 * accepted as it is; no other may remain or appear.
 */
function planPool(given, wanted) {
    const subject = { ...given, memo: new Map() };
    const current = currentValues(subject.pool);
    const aclSupport = subject.fpm.aclSupported;
    const accepted = new Set([...conditions(current, aclSupport)].filter((rule) => !wanted.has(rule)));
    const sound = (values) => [...conditions(values, aclSupport)].every((rule) => accepted.has(rule));
    if (sound(current) && plan_recheck(subject, current).ok)
        return { kind: 'clean' };
    for (const candidate of candidates(subject, current, accepted)) {
        const values = withMode(subject, current, candidate, accepted);
        if (!values || !sound(values) || widensOther(current, values))
            continue;
        const check = plan_recheck(subject, values);
        if (check.ok)
            return { kind: 'fix', values, check };
    }
    return { kind: 'none', reason: whyNot(subject, current) };
}
function plan_recheck(subject, values) {
    const key = JSON.stringify(recheck_LISTEN_KEYS.map((k) => values[k] ?? null));
    let result = subject.memo.get(key);
    if (!result) {
        result = recheck(subject, values);
        subject.memo.set(key, result);
    }
    return result;
}
const nonEmpty = (v) => v !== undefined && v !== '';
/** What the listen.* rules besides the verdict find in these values (the same checks as the rules). */
function conditions(values, aclSupport) {
    const out = new Set();
    const mode = values['listen.mode'];
    if (nonEmpty(mode) && !isPlainOctal(mode))
        out.add('socket-mode-invalid');
    if ((mode_modeOf(mode ?? '') & 0o002) !== 0)
        out.add('socket-world-writable');
    const acl = nonEmpty(values['listen.acl_users']) || nonEmpty(values['listen.acl_groups']);
    const ownership = nonEmpty(values['listen.owner']) || nonEmpty(values['listen.group']);
    if (!acl && !ownership)
        out.add('socket-ownership-implicit');
    if (aclSupport && acl && ownership)
        out.add('socket-owner-ignored');
    return out;
}
function widensOther(before, after) {
    const was = mode_modeOf(before['listen.mode'] ?? '') & 0o007;
    const now = mode_modeOf(after['listen.mode'] ?? '') & 0o007;
    return (now & ~was) !== 0;
}
/** Ownership candidates, most preferred first; the mode is settled afterwards for each. */
function* candidates(subject, current, accepted) {
    yield current;
    const { fpm } = subject;
    const users = distinctUsers(subject.clients);
    const single = users.length === 1 ? subject.clients[0].worker : undefined;
    const owner = current['listen.owner'];
    const group = current['listen.group'];
    if (nonEmpty(current['listen.acl_users']) || nonEmpty(current['listen.acl_groups'])) {
        const added = withAclEntries(subject, current, accepted);
        const keepIgnored = accepted.has('socket-owner-ignored');
        if (added)
            yield keepIgnored ? added : withoutOwnership(added);
        return;
    }
    const userName = single && nameOf(single.user);
    const groupName = single && nameOf(single.group);
    if (!nonEmpty(owner) && !nonEmpty(group) && userName && groupName) {
        // The conventional socket: the web server's user and group (Debian's packaged www.conf).
        yield { ...current, 'listen.owner': userName, 'listen.group': groupName };
    }
    // Fill in what is unset before replacing what the configuration chose.
    if (!nonEmpty(owner) && nonEmpty(group) && userName) {
        yield { ...current, 'listen.owner': userName };
    }
    for (const shared of sharedGroups(subject, owner)) {
        if (shared !== group)
            yield { ...current, 'listen.group': shared };
    }
    if (userName && groupName) {
        yield { ...current, 'listen.owner': userName, 'listen.group': groupName };
    }
    const names = users.map(nameOf);
    if (fpm.aclSupported && users.length > 1 && names.every((n) => n && subject.graph.state.db.users.has(n))) {
        yield withoutOwnership({ ...current, 'listen.acl_users': names.join(',') });
    }
}
/**
 * The mode for an ownership candidate: the current one (what an invalid value evidently meant,
 * 0660 for a world-writable one, never more for "other"), plus rw for the class that decides
 * for each client that is still denied (the owner class even when it denies, K3).
 */
function withMode(subject, current, values, accepted) {
    const written = current['listen.mode'];
    const effective = mode_modeOf(written ?? '');
    let mode = repairedMode(written, accepted);
    for (let round = 0; round < 3; round++) {
        const check = plan_recheck(subject, { ...values, 'listen.mode': formatMode(mode) });
        if (!check.socket)
            return undefined;
        let add = 0;
        for (const { connect } of check.results) {
            if (connect.verdict !== 'EACCES' || connect.decision?.kind !== 'socket')
                continue;
            const by = connect.decision.permission?.decidedBy;
            if (by === 'owner')
                add |= 0o600;
            else if (by === 'group' || by === 'acl-group')
                add |= 0o060;
        }
        if ((mode | add) === mode)
            break;
        mode |= add;
    }
    const keep = (!nonEmpty(written) && mode === 0o660) ||
        (nonEmpty(written) &&
            effective === mode &&
            (isPlainOctal(written) || accepted.has('socket-mode-invalid')));
    return { ...values, 'listen.mode': keep ? written : formatMode(mode) };
}
/**
 * The mode to start from: the current one if it is plain octal, else what it evidently meant
 * (or 0660); 0660 instead of a world-writable one; never more "other" bits than now.
 */
function repairedMode(written, accepted) {
    const effective = mode_modeOf(written ?? '');
    let mode = !nonEmpty(written)
        ? 0o660
        : isPlainOctal(written) || accepted.has('socket-mode-invalid')
            ? effective
            : (evidentMode(written) ?? 0o660);
    if (mode & 0o002 && !accepted.has('socket-world-writable'))
        mode = 0o660;
    return (mode & ~0o007) | (mode & effective & 0o007);
}
/** Adds every client that the repaired mode leaves denied to the pool's ACL list: users to acl_users, else groups to acl_groups. */
function withAclEntries(subject, current, accepted) {
    const repaired = { ...current, 'listen.mode': formatMode(repairedMode(current['listen.mode'], accepted)) };
    const denied = plan_recheck(subject, repaired)
        .results.filter((r) => r.connect.verdict !== 'OK')
        .map((r) => r.client.worker);
    if (denied.length === 0)
        return current;
    const db = subject.graph.state.db;
    const byUser = nonEmpty(current['listen.acl_users']) || !nonEmpty(current['listen.acl_groups']);
    const key = byUser ? 'listen.acl_users' : 'listen.acl_groups';
    const list = nonEmpty(current[key]) ? current[key].split(',') : [];
    for (const worker of denied) {
        const name = nameOf(byUser ? worker.user : worker.group);
        if (!name || !(byUser ? db.users.has(name) : db.groups.has(name)))
            return undefined;
        if (!list.includes(name))
            list.push(name);
    }
    return { ...current, [key]: list.join(',') };
}
/** With an ACL FPM ignores listen.owner and listen.group: the fix comments them out. */
function withoutOwnership(values) {
    const out = { ...values };
    for (const key of ['listen.owner', 'listen.group'])
        if (nonEmpty(out[key]))
            delete out[key];
    return out;
}
/**
 * Groups every client is in, as names FPM can look up: the owner's primary group first (it keeps
 * the owner's intent), then each client's own group, then the others; never root.
 */
function sharedGroups(subject, owner) {
    const { clients } = subject;
    const db = subject.graph.state.db;
    if (clients.length === 0)
        return [];
    const ownerAccount = nonEmpty(owner) ? resolveUser(db, principalOf(owner)) : undefined;
    const ownerPrimary = ownerAccount?.name ? db.users.get(ownerAccount.name)?.primaryGroup : undefined;
    const ordered = [
        ...(ownerPrimary ? [resolveGroup(db, { name: ownerPrimary })] : []),
        ...clients.map((c) => c.worker.group),
        ...clients.flatMap((c) => c.worker.groups),
    ];
    const out = [];
    for (const g of ordered) {
        const name = nameOf(g);
        if (!name || name === 'root' || g.id === 0 || out.includes(name))
            continue;
        const inAll = clients.every((c) => [c.worker.group, ...c.worker.groups].some((x) => samePrincipal(x, g) === true));
        if (inAll && (db.groups.has(name) || /^\d+$/.test(name)))
            out.push(name);
    }
    return out;
}
function distinctUsers(clients) {
    const out = [];
    for (const c of clients)
        if (!out.some((u) => samePrincipal(u, c.worker.user) === true))
            out.push(c.worker.user);
    return out;
}
/** The name FPM would look up, else the number (listen.owner/group accept both). */
function nameOf(p) {
    return p.name ?? (p.id === undefined ? undefined : String(p.id));
}
function whyNot(subject, current) {
    const { clients, pool, socketPath, fpm } = subject;
    const denied = plan_recheck(subject, current).results.find((r) => r.connect.decision?.kind === 'directory' && r.connect.verdict === 'EACCES');
    if (denied) {
        return `the directory ${denied.connect.deniedAt} denies search to ${showPrincipal(denied.client.worker.user)}: no listen.* setting changes that`;
    }
    if (clients.length === 0) {
        return `no web server of ${subject.graph.unit.id} connects to ${socketPath}, so nothing says who should own it`;
    }
    const users = distinctUsers(clients);
    if (users.length > 1 && sharedGroups(subject, current['listen.owner']).length === 0) {
        const who = users.map(showPrincipal).join(', ');
        return fpm.aclSupported
            ? `the web servers run as ${who}, which share no group and cannot all be given access through listen.acl_users`
            : `the web servers run as ${who}, which share no group, and this PHP-FPM is built without ACL support: put them in one group and set listen.group of pool [${pool.name}] to it`;
    }
    return `no listen.* change lets ${showPrincipal(users[0])} connect to ${socketPath} without opening it to other users`;
}

;// CONCATENATED MODULE: ./src/engine/fix/attach.ts






/** The rules whose findings a listen.* change of the pool resolves. */
const FIXABLE_RULES = new Set([
    'socket-permission-denied',
    'socket-ownership-implicit',
    'socket-mode-invalid',
    'socket-world-writable',
    'socket-owner-ignored',
]);
/**
 * Plans the pools that reported listen.* findings point at (after suppressions, so a finding
 * the user suppressed is not "fixed" behind their back) and attaches the fixes to them.
 */
function attachFixes(graphs, evaluations, findings) {
    const outcomes = planFixes(graphs, evaluations, findings);
    for (const finding of findings) {
        if (finding.fix || !FIXABLE_RULES.has(finding.rule))
            continue;
        const fix = outcomeOf(outcomes, finding)?.fix;
        if (fix)
            finding.fix = { ...fix, edits: fix.edits.map((e) => ({ ...e })) };
    }
    return outcomes;
}
/** The outcome for the pool a finding is about: same unit, and the socket or a path to it. */
function outcomeOf(outcomes, finding) {
    return outcomes.find((o) => o.unit === finding.unit && finding.socket !== undefined && o.paths.has(finding.socket));
}
function planFixes(graphs, evaluations, targets) {
    const outcomes = [];
    const readers = filesByUnit(graphs);
    for (const graph of graphs) {
        const unitEvals = evaluations.filter((e) => graph.links.includes(e.link));
        const mine = targets.filter((t) => t.unit === graph.unit.id && FIXABLE_RULES.has(t.rule));
        if (mine.length === 0)
            continue;
        for (const fpm of graph.fpm) {
            for (const pool of fpm.config.pools) {
                const socketPath = poolSocketPath(pool);
                if (!socketPath)
                    continue;
                const links = unitEvals.filter((e) => e.link.target?.pool === pool);
                const paths = new Set([socketPath, ...links.map((e) => e.link.path)]);
                const wanted = new Set(mine.filter((t) => t.socket !== undefined && paths.has(t.socket)).map((t) => t.rule));
                if (wanted.size === 0)
                    continue;
                const outcome = { unit: graph.unit.id, pool, paths };
                const subject = { graph, fpm, pool, socketPath, clients: [] };
                const planned = planOne(subject, wanted, links, fpm.config.files.map((f) => f.file));
                if ('reason' in planned)
                    outcome.reason = planned.reason;
                else
                    outcome.fix = sharedFileCaveat(planned.fix, graph.unit.id, readers);
                outcomes.push(outcome);
            }
        }
    }
    return outcomes;
}
function planOne(subject, wanted, links, files) {
    const { pool, fpm, graph } = subject;
    if (pool.listen?.address.kind !== 'unix')
        return { reason: `pool [${pool.name}]'s listen address is not known` };
    const unknown = recheck_LISTEN_KEYS.flatMap((k) => pool.settings.get(k)?.unresolved?.what ?? []);
    if (unknown.length > 0)
        return {
            reason: `pool [${pool.name}]'s listen.* settings depend on ${unknown.join(', ')}: no fix on a guess`,
        };
    if (fpm.config.problems.length > 0) {
        return {
            reason: `PHP-FPM does not start with this configuration (${fpm.config.problems[0].message}): fix that first`,
        };
    }
    const clients = [];
    for (const e of links) {
        const worker = e.link.server.worker;
        if (worker?.kind !== 'creds') {
            return {
                reason: worker
                    ? `the nginx that connects at ${e.link.client.location.file}:${e.link.client.location.line} does not start (${worker.message})`
                    : `nothing says which user the nginx workers of ${graph.unit.id} run as (set web-user in .socklint.yml)`,
            };
        }
        clients.push({ evaluation: e, worker, path: e.link.path });
    }
    const full = { ...subject, clients };
    const plan = planPool(full, wanted);
    if (plan.kind === 'clean')
        return { reason: `pool [${pool.name}] needs no listen.* change` };
    if (plan.kind === 'none')
        return { reason: plan.reason };
    const built = editsFor(pool, new Map(files.map((f) => [f.path, f])), plan.values);
    if ('reason' in built)
        return built;
    if (built.edits.length === 0)
        return { reason: `pool [${pool.name}] needs no listen.* change` };
    return {
        fix: {
            // With no web server in the repository, narrowing the mode could lock out a client socklint does not see.
            safe: !built.caveat && (clients.length > 0 || !narrows(pool, plan.values['listen.mode'])),
            description: attach_describe(pool, built.changes, plan.check) + (built.caveat ? ` (${built.caveat})` : ''),
            edits: built.edits,
        },
    };
}
/** Some permission bit of the socket would go away. */
function narrows(pool, mode) {
    return (mode_modeOf(pool.settings.get('listen.mode')?.value ?? '') & ~mode_modeOf(mode ?? '')) !== 0;
}
/** How the kernel lets each client in with the new values. */
const ACCESS = {
    'dac-override': 'as root',
    owner: 'as the owner of the socket',
    group: 'through the socket group',
    other: 'as any other user',
    'acl-user': 'through the socket ACL',
    'acl-group': 'through the socket ACL',
    'acl-other': 'as any other user',
};
function attach_describe(pool, changes, check) {
    const who = check.results.map(({ client, connect }) => {
        const by = connect.decision?.permission?.decidedBy;
        return `nginx ${describeCreds(client.worker)} ${by && ACCESS[by] ? `connects ${ACCESS[by]}` : 'connects'}`;
    });
    const unique = [...new Set(who)];
    return `pool [${pool.name}]: ${changes.join(', ')}${unique.length > 0 ? `: ${unique.join('; ')}` : ''}`;
}
/** Repository files of each unit's PHP-FPM, to notice a pool file two units share. */
function filesByUnit(graphs) {
    const out = new Map();
    for (const g of graphs) {
        for (const f of g.fpm.flatMap((i) => i.config.files)) {
            out.set(f.file.path, (out.get(f.file.path) ?? new Set()).add(g.unit.id));
        }
    }
    return out;
}
/** A fix checked for one unit may change another unit reading the same file: shown, applied only on request. */
function sharedFileCaveat(fix, unit, readers) {
    const others = [...new Set(fix.edits.flatMap((e) => [...(readers.get(e.file) ?? [])]))].filter((u) => u !== unit);
    if (others.length === 0)
        return fix;
    return {
        ...fix,
        safe: false,
        description: `${fix.description} (the file is also read by ${others.join(', ')})`,
    };
}

// EXTERNAL MODULE: ./node_modules/diff/libesm/patch/create.js + 1 modules
var create = __webpack_require__(5725);
;// CONCATENATED MODULE: ./src/engine/fix/patches.ts
/**
 * Applying fixes to files: the edits of the chosen fixes, merged per file (a pool's shared
 * fix counted once), then written into the text with every other byte kept (BOM, CRLF).
 */



/** The fixes `--fix` applies (safe ones; unsafe too when asked), minus those that clash. */
function selectFixes(result, options = {}) {
    const applied = [];
    const skipped = [];
    const accepted = [];
    for (const finding of result.findings) {
        const fix = finding.fix;
        if (!fix)
            continue;
        if (!fix.safe && !options.unsafe) {
            skipped.push({ finding, reason: `unsafe fix not applied without --unsafe-fixes: ${fix.description}` });
            continue;
        }
        const same = applied.find((a) => sameEdits(a.fix.edits, fix.edits));
        if (same) {
            same.findings.push(finding);
            continue;
        }
        if (fix.edits.some((e) => e.file.startsWith('('))) {
            skipped.push({ finding, reason: 'the fix would edit a file the platform ships' });
            continue;
        }
        const fresh = fix.edits.filter((e) => !accepted.some((a) => sameEdit(a, e)));
        if (fresh.some((e) => accepted.some((a) => overlaps(a, e)))) {
            skipped.push({ finding, reason: `its edits overlap another fix's: ${fix.description}` });
            continue;
        }
        accepted.push(...fresh);
        applied.push({ fix, findings: [finding] });
    }
    return { applied, skipped };
}
/** The files the selected fixes change, read from `root`, with their content before and after. */
async function planPatches(result, root, options = {}) {
    return patchFiles(selectFixes(result, options), root);
}
async function patchFiles(selection, root) {
    const byFile = new Map();
    for (const { fix } of selection.applied) {
        for (const edit of fix.edits) {
            const list = byFile.get(edit.file) ?? [];
            if (!list.some((e) => sameEdit(e, edit)))
                list.push(edit);
            byFile.set(edit.file, list);
        }
    }
    const out = [];
    for (const [file, edits] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
        const before = await (0,promises_.readFile)(external_node_path_default().join(root, ...file.split('/')), 'utf8');
        const bom = before.startsWith('\uFEFF') ? '\uFEFF' : '';
        const after = bom + applyEdits(before.slice(bom.length), edits);
        if (after !== before)
            out.push({ path: file, before, after });
    }
    return out;
}
/**
 * Applies non-overlapping edits to a text (positions as in TextEdit: 1-based, UTF-16 columns,
 * exclusive end). At one position an insertion goes before a replacement that starts there.
 */
function applyEdits(text, edits) {
    const starts = [0];
    for (let i = 0; i < text.length; i++)
        if (text[i] === '\n')
            starts.push(i + 1);
    const offset = (line, column) => {
        if (line > starts.length)
            throw new Error(`line ${line} is past the end of the text`);
        return starts[line - 1] + column - 1;
    };
    const located = edits.map((e) => ({
        e,
        from: offset(e.line, e.column),
        to: offset(e.endLine, e.endColumn),
    }));
    // Last first, so earlier offsets stay valid; at equal starts the replacement goes first so the
    // insertion, applied after it, lands in front of it.
    located.sort((a, b) => b.from - a.from || b.to - a.to);
    let out = text;
    for (const { e, from, to } of located)
        out = out.slice(0, from) + e.newText + out.slice(to);
    return out;
}
/** A unified diff of every patched file, `a/` and `b/` prefixed as git writes them. */
function unifiedDiff(patches) {
    return patches
        .map((p) => (0,create/* createTwoFilesPatch */.ss)(`a/${p.path}`, `b/${p.path}`, p.before, p.after, undefined, undefined, {
        context: 3,
        headerOptions: create/* FILE_HEADERS_ONLY */.jr,
    }))
        .join('');
}
function sameEdit(a, b) {
    return (a.file === b.file &&
        a.line === b.line &&
        a.column === b.column &&
        a.endLine === b.endLine &&
        a.endColumn === b.endColumn &&
        a.newText === b.newText);
}
function sameEdits(a, b) {
    return a.length === b.length && a.every((e) => b.some((f) => sameEdit(e, f)));
}
/** Two edits of one file that touch the same text, or insert at the same place. */
function overlaps(a, b) {
    if (a.file !== b.file)
        return false;
    const before = (l1, c1, l2, c2) => l1 < l2 || (l1 === l2 && c1 < c2);
    const aEmpty = a.line === a.endLine && a.column === a.endColumn;
    const bEmpty = b.line === b.endLine && b.column === b.endColumn;
    if (aEmpty && bEmpty)
        return a.line === b.line && a.column === b.column;
    return before(a.line, a.column, b.endLine, b.endColumn) && before(b.line, b.column, a.endLine, a.endColumn);
}

;// CONCATENATED MODULE: ./src/engine/fix/unfixed.ts

const OUTSIDE_LISTEN = {
    'socket-directory-denied': "a directory's permissions come from the system or its provisioning, not from listen.*: give the web server search (x) on it",
    'socket-path-mismatch': "no single pool socket to point the client at: make the *_pass path and the pool's listen agree",
    'socket-target-unresolved': 'the socket is not known statically: give the values in .socklint.yml',
    'nginx-config-invalid': 'a configuration error of nginx: fixes only change listen.* settings',
    'fpm-config-invalid': 'a configuration error of PHP-FPM: fixes only change listen.* settings',
    'suppression-invalid': 'edit or remove the suppression comment',
};
function unfixedReasons(analysis) {
    const open = analysis.result.findings.filter((f) => !f.fix);
    const outcomes = planFixes(analysis.graphs, analysis.evaluations, open);
    return open.map((finding) => {
        if (finding.rule === 'socket-path-mismatch' && finding.message.includes('PHP-FPM does not start')) {
            return {
                finding,
                reason: 'PHP-FPM does not start, so nothing creates the socket: fix that error first',
            };
        }
        if (!FIXABLE_RULES.has(finding.rule))
            return { finding, reason: OUTSIDE_LISTEN[finding.rule] ?? 'no automatic fix' };
        const outcome = outcomeOf(outcomes, finding);
        return { finding, reason: outcome?.reason ?? 'no listen.* line of a pool in the repository decides it' };
    });
}

;// CONCATENATED MODULE: ./src/engine/fix/report.ts


async function prepareFixes(analysis, root, options = {}) {
    const selection = selectFixes(analysis.result, options);
    return { patches: await patchFiles(selection, root), selection, unfixed: unfixedReasons(analysis) };
}
/** A few lines for a terminal; `written` says whether the files were changed or only shown. */
function describeFixRun(run, written) {
    const out = [];
    const fixed = run.selection.applied.flatMap((a) => a.findings);
    const files = run.patches.map((p) => p.path);
    if (fixed.length === 0)
        out.push('socklint: nothing to fix automatically');
    else {
        const verb = written ? 'fixed' : 'would fix';
        out.push(`socklint: ${verb} ${plural(fixed.length, 'finding')} in ${plural(files.length, 'file')}:`);
        for (const { fix, findings } of run.selection.applied) {
            const where = [...new Set(fix.edits.map((e) => e.file))].join(', ');
            out.push(`  ${where}: ${fix.description}`);
            for (const f of findings)
                out.push(`    resolves ${f.rule} at ${at(f)}`);
        }
    }
    const left = [...run.selection.skipped, ...run.unfixed];
    if (left.length > 0) {
        out.push(`socklint: not fixed (${left.length}):`);
        for (const { finding, reason } of left)
            out.push(`  ${at(finding)} ${finding.rule}: ${reason}`);
    }
    return out.join('\n') + '\n';
}
function at(f) {
    return `${f.file}:${f.line}`;
}
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}

;// CONCATENATED MODULE: ./src/engine/fix/index.ts
/** Fixes: the minimal listen.* patch for every socket that cannot connect, and applying it. */





;// CONCATENATED MODULE: ./src/engine/parse/provision/shell.ts

function shellFacts(file) {
    const result = { facts: [], notes: [] };
    interpretFile(file, result);
    return result;
}

;// CONCATENATED MODULE: ./src/engine/parse/provision/tmpfiles.ts


/** Specifiers of system units (tmpfiles.d(5)); others make the path unknown. */
const SPECIFIERS = {
    t: '/run',
    S: '/var/lib',
    C: '/var/cache',
    L: '/var/log',
    T: '/tmp',
    V: '/var/tmp',
    '%': '%',
};
function tmpfilesFacts(file) {
    const index = new text_LineIndex(file.path, file.text);
    const result = { facts: [], notes: [] };
    let lineStart = 0;
    for (const line of file.text.split('\n')) {
        const fields = [...line.matchAll(/"(?:[^"\\]|\\.)*"|\S+/g)].map((m) => ({
            text: m[0].replace(/^"(.*)"$/, '$1'),
            start: lineStart + m.index,
            end: lineStart + m.index + m[0].length,
        }));
        lineStart += line.length + 1;
        if (fields.length < 2 || fields[0].text.startsWith('#'))
            continue;
        const [type, pathField, modeField, userField, groupField, , argField] = fields;
        const kind = type.text.replace(/[!\-=~^+]/g, '');
        const path = expand(pathField.text);
        const location = index.location(type.start, fields[fields.length - 1].end);
        if (path === undefined)
            continue;
        const given = (f) => (f && f.text !== '-' ? f.text : undefined);
        const mode = given(modeField) ? parseOctalMode(given(modeField).replace(/^[~:]+/, '')) : undefined;
        const owner = given(userField);
        const group = given(groupField);
        if (kind === 'd' || kind === 'D' || kind === 'v' || kind === 'q' || kind === 'Q') {
            result.facts.push({
                kind: 'mkdir',
                path,
                mode: mode ?? 0o755,
                owner: owner ?? 'root',
                group: group ?? 'root',
                location,
            });
        }
        else if (kind === 'L') {
            const target = given(argField);
            if (target !== undefined)
                result.facts.push({ kind: 'symlink', target, link: path, location });
        }
        else if (kind === 'z' || kind === 'Z' || kind === 'e') {
            const recursive = kind === 'Z';
            if (mode !== undefined)
                result.facts.push({ kind: 'chmod', path, mode, recursive, location });
            if (owner || group) {
                result.facts.push({
                    kind: 'chown',
                    path,
                    ...(owner ? { owner } : {}),
                    ...(group ? { group } : {}),
                    recursive,
                    location,
                });
            }
        }
    }
    return result;
}
function expand(path) {
    let unknown = false;
    const out = path.replace(/%(.)/g, (_, c) => {
        const value = SPECIFIERS[c];
        if (value === undefined)
            unknown = true;
        return value ?? '';
    });
    return unknown ? undefined : out;
}

;// CONCATENATED MODULE: ./src/engine/parse/provision/index.ts






/** The kinds of file whose reader runs shell text. */
const SHELL_KINDS = new Set(['dockerfile', 'shell', 'ansible']);
/** Loads the parsers the provisioning readers need, only when a file of theirs is there. */
async function prepareProvisionReaders(files) {
    if (files.some((f) => f.kind === 'dockerfile'))
        await dockerfile_loadDockerfileParser();
    if (files.some((f) => SHELL_KINDS.has(f.kind)))
        await shell_syntax_loadShellParser();
}
/** Both parsers, for callers that read provisioning files themselves (tests, tools). */
async function loadProvisionParsers() {
    await Promise.all([loadDockerfileParser(), loadShellParser()]);
}

;// CONCATENATED MODULE: ./src/engine/rules/anchors.ts



/** Built-in files (the distribution's or image's) carry a path in parentheses, never a repository path. */
function inRepository(location) {
    return location !== undefined && !location.file.startsWith('(');
}
/** The pool's effective line for a key, when the repository wrote it. */
function settingLocation(pool, key) {
    const loc = pool.settings.get(key)?.location;
    return inRepository(loc) ? loc : undefined;
}
/** The pool's `listen` line, else its first section header written in the repository. */
function poolLocation(pool) {
    return settingLocation(pool, 'listen') ?? pool.sections.find(inRepository);
}
function related(location, message) {
    return inRepository(location) ? [{ ...location, message }] : [];
}
/** The nginx side of a socket: the `*_pass` line, the upstream server line, the `user` line. */
function clientSide(e) {
    const { client } = e.link;
    const who = e.worker ? `nginx workers run as ${describeCreds(e.worker)}` : 'nginx';
    const out = related(client.location, `${who} connect to ${e.link.path ?? client.raw} here`);
    if (client.upstream)
        out.push(...related(client.upstream.serverLocation, `upstream ${client.upstream.name} names the socket here`));
    if (client.variable)
        out.push(...related(client.variable.location, `$${client.variable.name} is set here`));
    if (e.worker)
        out.push(...related(originLocation(e.worker.why.user.origin), `the workers' user: ${e.worker.why.user.because}`));
    return out;
}
/** Dedupe related locations that point at the same span. */
function uniqueRelated(list) {
    const seen = new Set();
    return list.filter((r) => {
        const key = `${r.file}:${r.line}:${r.column}:${r.endLine}:${r.endColumn}`;
        return !seen.has(key) && seen.add(key);
    });
}

;// CONCATENATED MODULE: ./src/engine/rules/account-assumed.ts

const accountAssumed = {
    id: 'account-assumed',
    level: 'notice',
    short: 'A user or group the configuration uses is created by nothing in the repository; socklint assumes it exists.',
    full: 'Accounts are often made outside the repository: by cloud-init, another role, a package or a base image. socklint then ' +
        'assumes the account exists, with an unknown uid and no memberships the repository does not show, and says so once per ' +
        'account. Declare it under users: or groups: in .socklint.yml to give its id and groups, or set accounts: complete when ' +
        'the repository creates every account, so that a missing one is an error.',
    tags: ['accounts'],
    check({ graph }) {
        return graph.state.assumed.flatMap((a) => {
            if (!inRepository(a.location))
                return [];
            const namedGroup = a.use.includes('named like the user')
                ? `; nginx's \`user ${a.name};\` without a group sets the group named ${a.name} (N3), so if the machine has no such group nginx does not start`
                : '';
            return [
                {
                    rule: 'account-assumed',
                    location: a.location,
                    message: `${a.kind} ${a.name} (${a.use}) is created by nothing in the repository: assumed to exist on ${graph.unit.id}, ` +
                        `with an unknown ${a.kind === 'user' ? 'uid' : 'gid'}${a.kind === 'user' ? ' and in no group the repository does not show' : ' and no members the repository does not show'}` +
                        `${namedGroup}. Declare it under ${a.kind}s: in .socklint.yml, or set accounts: complete if the repository creates every account`,
                    related: [],
                    identity: [a.kind, a.name],
                    unit: graph.unit.id,
                },
            ];
        });
    },
};

;// CONCATENATED MODULE: ./src/engine/knowledge.ts
function certaintyOf(origin) {
    switch (origin?.kind) {
        case 'source':
        case 'default':
            return 'known';
        case 'declared':
            return 'declared';
        case 'assumed':
            return 'assumed';
        default:
            return 'unknown';
    }
}
/** `…; assumed: A (declare …); B (…)` appended to a verdict's explanation. */
function withAssumptions(message, assumptions) {
    if (assumptions.length === 0)
        return message;
    return `${message}; assumed: ${assumptions.map((a) => `${a.statement} (${a.declare})`).join('; ')}`;
}

;// CONCATENATED MODULE: ./src/engine/rules/fpm-config-invalid.ts


const fpmConfigInvalid = {
    id: 'fpm-config-invalid',
    level: 'error',
    short: 'PHP-FPM refuses to start with this configuration.',
    full: 'A "#" line (not a comment in PHP-FPM), an unknown key (including listen.acl_* on builds without ACL support such as the ' +
        'official php images), a pool without user when the master is root, a ":" in a Unix listen path, an ACL list with a space ' +
        'after a comma or an unknown user: PHP-FPM exits, no socket exists and the web server answers 502.',
    tags: ['correctness', 'php-fpm'],
    check({ graph, evaluations }) {
        const out = [];
        const seen = new Set();
        const add = (location, message) => {
            if (!inRepository(location))
                return;
            const key = `${location.file}:${location.line}:${location.column}`;
            if (seen.has(key))
                return;
            seen.add(key);
            out.push({
                rule: 'fpm-config-invalid',
                location,
                message: `PHP-FPM does not start: ${message}`,
                related: [],
                identity: [message],
                unit: graph.unit.id,
            });
        };
        for (const fpm of graph.fpm)
            for (const p of fpm.config.problems)
                add(p.location, p.message);
        for (const e of evaluations) {
            const problem = e.startFailure?.program === 'php-fpm' ? e.startFailure.problem : undefined;
            if (problem)
                add(problem.location, withAssumptions(problem.message, e.assumptions));
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/engine/rules/nginx-config-invalid.ts

const nginxConfigInvalid = {
    id: 'nginx-config-invalid',
    level: 'error',
    short: 'nginx refuses to start with this configuration.',
    full: 'Syntax errors, a user directive with a number or an unknown user, a Unix socket path of 108 bytes or more: nginx stops ' +
        'with [emerg] and serves nothing.',
    tags: ['correctness', 'nginx'],
    check({ graph }) {
        const out = [];
        const seen = new Set();
        for (const instance of graph.webServers) {
            if (instance.server !== 'nginx')
                continue;
            for (const problem of instance.config.problems) {
                const key = `${problem.location.file}:${problem.location.line}:${problem.location.column}:${problem.message}`;
                if (!inRepository(problem.location) || seen.has(key))
                    continue;
                seen.add(key);
                out.push({
                    rule: 'nginx-config-invalid',
                    location: problem.location,
                    message: `nginx does not start: ${problem.message}`,
                    related: [],
                    identity: [problem.message],
                    unit: graph.unit.id,
                });
            }
            const worker = instance.worker;
            if (worker?.kind === 'failure') {
                const location = originLocation(worker.origin);
                if (inRepository(location)) {
                    out.push({
                        rule: 'nginx-config-invalid',
                        location,
                        message: `nginx does not start: [emerg] ${worker.message}: ${whyLookupFails(graph, worker.message)}`,
                        related: [],
                        identity: [worker.message],
                        unit: graph.unit.id,
                    });
                }
            }
        }
        return out;
    },
};
/** Why getpwnam()/getgrnam() fails: a number (nginx takes names only, N3), or a name the closed world lacks. */
function whyLookupFails(graph, message) {
    const isUser = message.startsWith('getpwnam');
    const name = /"(.*)"/.exec(message)?.[1] ?? '';
    if (/^[0-9]+$/.test(name))
        return `nginx looks ${isUser ? 'users' : 'groups'} up by name and takes no numbers`;
    const table = isUser ? graph.state.db.users : graph.state.db.groups;
    return `${graph.unit.id} has no ${isUser ? 'user' : 'group'} ${name} (${graph.state.worldWhy.replace(/; set .*$/, '')}; ${isUser ? 'users' : 'groups'}: ${[...table.keys()].join(', ')})`;
}

;// CONCATENATED MODULE: ./src/engine/rules/socket-directory-denied.ts


const socketDirectoryDenied = {
    id: 'socket-directory-denied',
    level: 'error',
    short: 'A directory above the PHP-FPM socket denies search permission to the web server worker.',
    full: 'Reaching a socket needs search (x) permission on every ancestor directory for the client; read (r) is not needed. ' +
        'A socket directory made 0700 or 0750 for another owner gives 502 "Permission denied" whatever the socket\'s own mode.',
    tags: ['correctness', 'php-fpm', 'nginx'],
    check({ graph, evaluations }) {
        return evaluations
            .filter((e) => e.verdict === 'directory-denied')
            .flatMap((e) => {
            const dir = e.connect.deniedAt;
            const fact = graph.state.directories.get(dir);
            const dirLoc = originLocation(fact?.origin);
            const location = inRepository(dirLoc)
                ? dirLoc
                : inRepository(e.link.client.location)
                    ? e.link.client.location
                    : undefined;
            if (!location)
                return [];
            const pool = e.link.target?.pool;
            const listener = e.link.listener;
            return [
                {
                    rule: 'socket-directory-denied',
                    location,
                    message: withAssumptions(e.reason, e.assumptions),
                    related: uniqueRelated([
                        ...(location === e.link.client.location ? [] : clientSide(e)),
                        ...(pool
                            ? related(poolLocation(pool), `pool [${pool.name}] creates ${e.link.path} inside ${dir}`)
                            : []),
                        ...(listener
                            ? related(listener.location, `${listener.creator} creates ${e.link.path} inside ${dir}`)
                            : []),
                    ]),
                    identity: [dir, e.link.path, e.link.client.location.file],
                    unit: graph.unit.id,
                    socket: e.link.path,
                },
            ];
        });
    },
};

;// CONCATENATED MODULE: ./src/engine/rules/pools.ts


/**
 * Who the pool's workers run as: a master that is not root ignores `user` (F8), so they keep
 * its identity; otherwise the pool's `user`.
 */
function workersOf(graph, pool) {
    return masterUser(graph.unit, 'php-fpm')?.user ?? (pool.settings.get('user')?.value || undefined);
}
function repositoryUnixPools(graph) {
    return graph.fpm.flatMap((fpm) => fpm.config.pools.flatMap((pool) => {
        const a = pool.listen?.address;
        return a?.kind === 'unix' && poolLocation(pool) ? [{ pool, fpm, path: a.path }] : [];
    }));
}

;// CONCATENATED MODULE: ./src/engine/rules/socket-mode-invalid.ts




const socketModeInvalid = {
    id: 'socket-mode-invalid',
    level: 'error',
    short: 'listen.mode is not an octal mode, and PHP-FPM silently uses another one.',
    full: 'PHP-FPM reads listen.mode with strtoul(value, NULL, 8) and keeps the 0777 bits, without any validation: "u+rw", "0o660" ' +
        'and "999" become 0000, "yes" becomes 0001, "4666" becomes 0666. php-fpm -t accepts them all.',
    tags: ['correctness', 'php-fpm'],
    check({ graph, evaluations }) {
        return repositoryUnixPools(graph).flatMap(({ pool, path }) => {
            const setting = pool.settings.get('listen.mode');
            const location = settingLocation(pool, 'listen.mode');
            if (!setting || !location || setting.unresolved || setting.value === '')
                return [];
            const mode = fpmModeOf(setting.value);
            if (/^[0-7]+$/.test(setting.value) && parseInt(setting.value, 8) === mode)
                return [];
            const how = setting.value !== setting.raw.trim()
                ? ` (the ini scanner turns ${setting.raw.trim()} into "${setting.value}")`
                : '';
            // An error when the mode FPM really applies breaks a connection; a warning when every
            // web server that reaches the socket still connects (e.g. 4666 → 0666).
            const clients = evaluations.filter((e) => e.link.target?.pool === pool);
            const harmless = clients.length > 0 && clients.every((e) => e.verdict === 'connects');
            return [
                {
                    rule: 'socket-mode-invalid',
                    ...(harmless ? { severity: 'warning' } : {}),
                    location,
                    message: `listen.mode = ${setting.raw.trim()} is not an octal mode${how}: PHP-FPM creates ${path} with mode ${formatMode(mode)}`,
                    related: [],
                    identity: [pool.name, path, setting.value],
                    unit: graph.unit.id,
                    socket: path,
                },
            ];
        });
    },
};

;// CONCATENATED MODULE: ./src/engine/rules/socket-owner-ignored.ts


const socketOwnerIgnored = {
    id: 'socket-owner-ignored',
    level: 'warning',
    short: 'listen.owner or listen.group is set next to listen.acl_users/listen.acl_groups, which makes PHP-FPM ignore it.',
    full: 'When listen.acl_users or listen.acl_groups is set, PHP-FPM ignores listen.owner and listen.group (it logs "ACL set, ' +
        'listen.owner = ... is ignored"): the socket stays the master\'s and access comes only from the ACL entries.',
    tags: ['correctness', 'php-fpm'],
    check({ graph }) {
        return repositoryUnixPools(graph).flatMap(({ pool, path, fpm }) => {
            if (!fpm.aclSupported)
                return [];
            const acl = ['listen.acl_users', 'listen.acl_groups'].find((k) => (pool.settings.get(k)?.value ?? '') !== '');
            if (!acl)
                return [];
            return ['listen.owner', 'listen.group'].flatMap((key) => {
                const setting = pool.settings.get(key);
                const location = settingLocation(pool, key);
                if (!setting || !location || setting.value === '')
                    return [];
                return [
                    {
                        rule: 'socket-owner-ignored',
                        location,
                        message: `${key} = ${setting.value} is ignored because ${acl} is set: ${path} stays owned by the master, and only the ACL entries grant access`,
                        related: settingLocation(pool, acl)
                            ? [{ ...settingLocation(pool, acl), message: `${acl} set here` }]
                            : [],
                        identity: [pool.name, path, key],
                        unit: graph.unit.id,
                        socket: path,
                    },
                ];
            });
        });
    },
};

;// CONCATENATED MODULE: ./src/engine/rules/socket-ownership-implicit.ts






const KEYS = ['listen.owner', 'listen.group', 'listen.acl_users', 'listen.acl_groups'];
const socketOwnershipImplicit = {
    id: 'socket-ownership-implicit',
    level: 'warning',
    short: 'A PHP-FPM pool creates its Unix socket without saying who owns it.',
    full: 'Without listen.owner, listen.group or listen.acl_*, PHP-FPM leaves the socket as the master created it: root:root 0660 when ' +
        "the master runs as root. The pool's user and group do not change that. Only root can then connect.",
    tags: ['correctness', 'php-fpm'],
    check({ graph }) {
        // A master that is not root owns the socket by design (USER, gosu, supervisord user=): nothing implicit.
        if (masterUser(graph.unit, 'php-fpm'))
            return [];
        return repositoryUnixPools(graph).flatMap(({ pool, path, fpm }) => {
            if (KEYS.some((k) => (pool.settings.get(k)?.value ?? '') !== '' || pool.settings.get(k)?.unresolved))
                return [];
            // An ACL key FPM does not know is fpm-config-invalid's finding, not a missing owner.
            if (fpm.config.problems.some((p) => /listen\.acl_/i.test(p.message)))
                return [];
            const socket = socketOf(graph, fpm, pool, normalizeDeployed(path));
            const created = socket.kind === 'socket' ? describeInode(socket) : 'root:root';
            const location = poolLocation(pool);
            // Who starts PHP-FPM is known on a known platform; elsewhere root is only the usual case.
            const root = fpm.flavour
                ? 'as it runs as root'
                : 'when it runs as root, as packages and images start it';
            const user = pool.settings.get('user')?.value;
            return [
                {
                    rule: 'socket-ownership-implicit',
                    location,
                    message: `pool [${pool.name}] sets no listen.owner, listen.group or listen.acl_*: ${path} belongs to the PHP-FPM master (${created}, ${root})${user ? `, not to the pool's user ${user}` : ''}`,
                    related: [],
                    identity: [pool.name, path],
                    unit: graph.unit.id,
                    socket: path,
                },
            ];
        });
    },
};

;// CONCATENATED MODULE: ./src/engine/rules/socket-path-mismatch.ts



const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);
const socketPathMismatch = {
    id: 'socket-path-mismatch',
    level: 'error',
    short: 'The web server connects to a socket path that no PHP-FPM pool of the same machine listens on.',
    full: 'When the path in fastcgi_pass (or another *_pass) is created by no pool, connect() fails with ENOENT and nginx answers 502 ' +
        '"(2: No such file or directory)". Typical causes: a PHP version in the path (php7.4-fpm.sock vs php8.2-fpm.sock), ' +
        'a pool that listens on TCP, or a later pool file that overrides listen.',
    tags: ['correctness', 'php-fpm', 'nginx'],
    check({ graph, evaluations }) {
        const out = [];
        const all = listeners(graph);
        for (const e of evaluations.filter((x) => x.verdict === 'no-socket')) {
            const finding = e.link.listener ? listenerFails(graph, e) : mismatch(graph, all, e.link, e.link.path);
            if (finding)
                out.push(finding);
        }
        for (const e of evaluations.filter((x) => x.verdict === 'fpm-fails')) {
            const finding = noStart(graph, e);
            if (finding)
                out.push(finding);
        }
        for (const link of graph.links) {
            if (link.client.target.kind !== 'tcp')
                continue;
            const finding = tcpMismatch(graph, all, link, link.client.target.address);
            if (finding)
                out.push(finding);
        }
        return out;
    },
};
function listeners(graph) {
    return graph.fpm.flatMap((f) => f.config.pools.flatMap((pool) => {
        const a = pool.listen?.address;
        if (a?.kind === 'unix')
            return [{ pool, address: poolSocketPath(pool), kind: 'unix' }];
        if (a?.kind === 'tcp')
            return [{ pool, address: a.address, kind: 'tcp' }];
        return [];
    }));
}
function mismatch(graph, all, link, path) {
    const location = link.client.targetLocation;
    if (!inRepository(location))
        return undefined;
    const unix = all.filter((l) => l.kind === 'unix');
    const nearest = unix.map((l) => ({ l, d: distance(l.address, path) })).sort((a, b) => a.d - b.d)[0]?.l;
    const where = all.length === 0 ? 'no pool listens anywhere' : `pools listen on ${all.map(socket_path_mismatch_describe).join(', ')}`;
    const hint = (nearest ? `; the nearest is ${nearest.address}` : '') +
        (path === DEBIAN_ALIAS
            ? `; ${DEBIAN_ALIAS} is the symlink Debian's php-fpm-socket-helper makes when systemd starts PHP-FPM, which does not happen in a container`
            : '');
    return {
        rule: 'socket-path-mismatch',
        location,
        message: `${link.client.directive} connects to ${path}, but no PHP-FPM pool of ${graph.unit.id} creates it (connect() fails with ENOENT, 502): ${where}${hint}`,
        related: uniqueRelated([
            ...(link.client.location.line !== location.line || link.client.location.file !== location.file
                ? related(link.client.location, `${link.client.directive} uses it here`)
                : []),
            ...all.flatMap((l) => related(poolLocation(l.pool), `pool [${l.pool.name}] listens on ${socket_path_mismatch_describe(l)}`)),
        ]),
        identity: [path, link.client.location.file, link.client.directive],
        unit: graph.unit.id,
        socket: path,
        ...(nearest && unix.length === 1 ? { fix: pathFix(link, path, nearest.address) } : {}),
    };
}
/** The program that would create the socket refuses its configuration: the client gets ENOENT. */
function listenerFails(graph, e) {
    const { link } = e;
    const location = link.client.targetLocation;
    if (!inRepository(location) || !link.listener)
        return undefined;
    return {
        rule: 'socket-path-mismatch',
        location,
        message: `${link.client.directive} connects to ${link.path}, but ${e.reason} (connect() fails with ENOENT, 502)`,
        related: uniqueRelated([
            ...(link.listener.plan.kind === 'fails' && link.listener.plan.at
                ? related(link.listener.plan.at, `${link.listener.creator} stops here`)
                : []),
            ...related(link.listener.location, `${link.listener.creator} declares the socket here`),
        ]),
        identity: [link.path, link.client.location.file, link.client.directive, link.listener.creator],
        unit: graph.unit.id,
        socket: link.path,
    };
}
/** PHP-FPM does not start, so the socket never exists: the 502 shows on this client. */
function noStart(graph, e) {
    const { link } = e;
    const location = link.client.targetLocation;
    if (!inRepository(location) || !link.path)
        return undefined;
    const origin = e.startFailure?.problem?.location ??
        originLocation(e.socketResult?.kind === 'failure' ? e.socketResult.origin : undefined);
    const where = inRepository(origin) ? ` (${origin.file}:${origin.line})` : '';
    return {
        rule: 'socket-path-mismatch',
        location,
        message: withAssumptions(`${link.client.directive} connects to ${link.path}, but PHP-FPM does not start, so nothing creates it (connect() fails with ENOENT, 502): ${e.startFailure?.message ?? ''}${where}`, e.assumptions),
        related: related(origin, `PHP-FPM stops here: ${e.startFailure?.message ?? ''}`),
        identity: [link.path, link.client.location.file, link.client.directive, 'fpm-fails'],
        unit: graph.unit.id,
        socket: link.path,
    };
}
function tcpMismatch(graph, all, link, address) {
    // Only fastcgi_pass talks to PHP-FPM; a proxy_pass to a local port is some HTTP application.
    if (link.client.directive !== 'fastcgi_pass')
        return undefined;
    const m = /^(.*):(\d+)$/.exec(address);
    if (!m || !LOCAL_HOSTS.has(m[1].toLowerCase()))
        return undefined;
    if (all.length === 0 || all.some((l) => l.kind === 'tcp' && portOf(l.address) === m[2]))
        return undefined;
    if (!inRepository(link.client.targetLocation))
        return undefined;
    return {
        rule: 'socket-path-mismatch',
        location: link.client.targetLocation,
        message: `${link.client.directive} connects to TCP ${address}, but no PHP-FPM pool of ${graph.unit.id} listens on port ${m[2]}: pools listen on ${all.map(socket_path_mismatch_describe).join(', ')}`,
        related: uniqueRelated(all.flatMap((l) => related(poolLocation(l.pool), `pool [${l.pool.name}] listens on ${socket_path_mismatch_describe(l)}`))),
        identity: [address, link.client.location.file, link.client.directive],
        unit: graph.unit.id,
        socket: address,
    };
}
/** Replace the path inside the client's argument; unsafe: it changes where nginx connects. */
function pathFix(link, from, to) {
    const loc = link.client.targetLocation;
    const raw = link.client.raw;
    const written = link.client.target.kind === 'unix' ? link.client.target.path : from;
    const index = raw.indexOf(written);
    if (index < 0 || loc.line !== loc.endLine)
        return undefined;
    const quoted = loc.endColumn - loc.column !== raw.length ? 1 : 0;
    const column = loc.column + quoted + index;
    return {
        safe: false,
        description: `point ${link.client.directive} at ${to}, the only socket a pool creates`,
        edits: [
            {
                file: loc.file,
                line: loc.line,
                column,
                endLine: loc.line,
                endColumn: column + written.length,
                newText: to,
            },
        ],
    };
}
function portOf(address) {
    return /(\d+)$/.exec(address)?.[1] ?? '';
}
function socket_path_mismatch_describe(l) {
    return l.kind === 'unix' ? l.address : `TCP ${l.address}`;
}
/** Levenshtein distance, for naming the nearest existing socket path. */
function distance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let prev = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const tmp = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
            prev = tmp;
        }
    }
    return row[b.length];
}

;// CONCATENATED MODULE: ./src/engine/rules/socket-permission-denied.ts


const socketPermissionDenied = {
    id: 'socket-permission-denied',
    level: 'error',
    short: 'The web server worker cannot write the PHP-FPM socket it connects to.',
    full: 'connect() to a Unix socket needs write permission on the socket inode for the worker user. ' +
        'The owner class decides when the worker owns the socket, even when it denies; then the group class; then other. ' +
        'nginx answers 502 with "connect() ... failed (13: Permission denied)".',
    tags: ['security', 'correctness', 'php-fpm', 'nginx'],
    securitySeverity: '5.0',
    check({ graph, evaluations }) {
        return evaluations
            .filter((e) => e.verdict === 'permission-denied')
            .flatMap((e) => {
            const { target, listener } = e.link;
            const anchor = target ? anchorOf(e) : listener && listenerAnchor(e, listener);
            const clientLoc = e.link.client.location;
            const location = anchor ?? (inRepository(clientLoc) ? clientLoc : undefined);
            if (!location)
                return [];
            const why = e.socket.why;
            return [
                {
                    rule: 'socket-permission-denied',
                    location,
                    message: withAssumptions(e.reason, e.assumptions),
                    related: uniqueRelated([
                        ...(location === clientLoc ? [] : clientSide(e)),
                        ...related(target ? poolLocation(target.pool) : listener?.location, `${target ? `pool [${target.pool.name}]` : listener.creator} creates ${e.link.path} (owner: ${why.owner.because}; group: ${why.group.because}; mode: ${why.mode.because})`),
                        ...membershipLines(e),
                    ]).filter((r) => !(r.file === location.file && r.line === location.line && r.column === location.column)),
                    identity: [
                        target?.pool.name ?? listener.creator,
                        e.link.path,
                        e.link.client.location.file,
                        e.link.client.directive,
                    ],
                    unit: graph.unit.id,
                    socket: e.link.path,
                },
            ];
        });
    },
};
/** As for a pool: the mode line when the owner or group class denies, else the group or owner line. */
function listenerAnchor(e, listener) {
    const decided = e.connect?.decision?.permission?.decidedBy;
    const s = listener.settings ?? {};
    if (decided === 'owner' || decided === 'group')
        return s.mode ?? listener.location;
    return s.group ?? s.owner ?? s.mode ?? listener.location;
}
/** The line whose value decides: the mode when the owner or group class denies, else the ownership lines. */
function anchorOf(e) {
    const pool = e.link.target.pool;
    const decided = e.connect?.decision?.permission?.decidedBy;
    const mode = settingLocation(pool, 'listen.mode');
    if ((decided === 'owner' || decided === 'group') && mode)
        return mode;
    if (decided === 'acl-user' || decided === 'acl-group' || decided === 'acl-other') {
        return (settingLocation(pool, 'listen.acl_users') ??
            settingLocation(pool, 'listen.acl_groups') ??
            poolLocation(pool));
    }
    return settingLocation(pool, 'listen.group') ?? settingLocation(pool, 'listen.owner') ?? poolLocation(pool);
}
function membershipLines(e) {
    const origin = e.worker?.why.group.origin;
    return origin?.kind === 'source'
        ? related(origin.location, `the workers' group: ${e.worker.why.group.because}`)
        : [];
}

;// CONCATENATED MODULE: ./src/engine/rules/socket-target-unresolved.ts

const socketTargetUnresolved = {
    id: 'socket-target-unresolved',
    level: 'notice',
    short: 'socklint cannot decide this socket statically and says what is unknown.',
    full: 'A target built from a variable or a template placeholder, an upstream that is not defined, a pool that is not in the ' +
        'repository, or a user the repository never defines leaves the verdict open. socklint reports what is unknown instead of guessing; ' +
        'give values in .socklint.yml (variables, users, web-user, mappings) to have it decided.',
    tags: ['php-fpm', 'nginx'],
    check({ graph, evaluations }) {
        const out = [];
        for (const e of evaluations) {
            if (e.verdict !== 'undecided')
                continue;
            const location = inRepository(e.link.client.targetLocation) ? e.link.client.targetLocation : undefined;
            if (!location)
                continue;
            const pool = e.link.target?.pool;
            out.push({
                rule: 'socket-target-unresolved',
                location,
                message: `cannot decide whether ${e.link.client.directive} ${e.link.client.raw} connects: ${e.reason}`,
                related: pool ? related(poolLocation(pool), `pool [${pool.name}] listens here`) : [],
                identity: [e.link.client.raw, e.link.client.location.file, e.link.client.directive],
                unit: graph.unit.id,
                socket: e.link.path ?? e.link.client.raw,
            });
        }
        // Pools whose listen address is unknown (a template placeholder or an environment variable),
        // unless a client's notice already names the same unknowns.
        const namedByClients = new Set(evaluations.flatMap((e) => e.link.client.target.kind === 'unresolved' ? e.link.client.target.unresolved.what : []));
        for (const fpm of graph.fpm) {
            for (const pool of fpm.config.pools) {
                const address = pool.listen?.address;
                const location = poolLocation(pool);
                if (address?.kind !== 'unresolved' || !location)
                    continue;
                if (address.unresolved.what.every((w) => namedByClients.has(w)))
                    continue;
                out.push({
                    rule: 'socket-target-unresolved',
                    location,
                    message: `pool [${pool.name}] listens on an address socklint cannot know: it depends on ${address.unresolved.what.join(', ')}`,
                    related: [],
                    identity: [pool.name, pool.listen.setting.raw],
                    unit: graph.unit.id,
                });
            }
        }
        return out;
    },
};

;// CONCATENATED MODULE: ./src/engine/rules/socket-world-writable.ts




const socketWorldWritable = {
    id: 'socket-world-writable',
    level: 'warning',
    short: 'listen.mode lets every local user write the PHP-FPM socket.',
    full: 'A socket that "other" may write accepts FastCGI requests from any local user, who can then run PHP code as the pool user ' +
        '(CVE-2014-0185, why PHP-FPM changed its default mode to 0660 in 5.4.28 and 5.5.12). Give the web server access through ' +
        'listen.owner, listen.group or listen.acl_* instead.',
    tags: ['security', 'php-fpm'],
    securitySeverity: '7.0',
    check({ graph }) {
        return repositoryUnixPools(graph).flatMap(({ pool, path }) => {
            const setting = pool.settings.get('listen.mode');
            const location = settingLocation(pool, 'listen.mode');
            if (!setting || !location || setting.unresolved)
                return [];
            const mode = fpmModeOf(setting.value);
            if ((mode & 0o002) === 0)
                return [];
            return [
                {
                    rule: 'socket-world-writable',
                    location,
                    message: `listen.mode = ${setting.raw} creates ${path} with mode ${formatMode(mode)}: every local user may connect and run code as the pool's workers${workerName(workersOf(graph, pool))}`,
                    related: [],
                    identity: [pool.name, path],
                    unit: graph.unit.id,
                    socket: path,
                },
            ];
        });
    },
};
function workerName(user) {
    return user ? ` (${user})` : '';
}

;// CONCATENATED MODULE: ./src/engine/rules/suppression-invalid.ts
const suppressionInvalid = {
    id: 'suppression-invalid',
    level: 'warning',
    short: 'An inline socklint-disable comment is missing a reason, names an unknown rule, or suppresses nothing.',
    full: 'Suppressions must say which rule and why: "# socklint-disable-next-line socket-world-writable -- shared dev box" in nginx ' +
        'files, "; socklint-disable-next-line ... -- ..." in PHP-FPM files. One without a reason, or one that no longer matches a ' +
        'finding, hides nothing and misleads readers.',
    tags: ['maintainability'],
    check: () => [],
};

;// CONCATENATED MODULE: ./src/engine/rules/index.ts












const RULES = [
    socketPermissionDenied,
    socketDirectoryDenied,
    socketPathMismatch,
    socketModeInvalid,
    nginxConfigInvalid,
    fpmConfigInvalid,
    socketWorldWritable,
    socketOwnershipImplicit,
    socketOwnerIgnored,
    socketTargetUnresolved,
    accountAssumed,
    suppressionInvalid,
];

;// CONCATENATED MODULE: ./src/engine/suppressions.ts
const DIRECTIVE = /^(\s*)([#;])\s*socklint-disable-next-line\b(.*)$/;
const suppressions_NGINX_KINDS = new Set(['nginx-main', 'nginx-site', 'nginx-snippet']);
const suppressions_FPM_KINDS = new Set(['fpm-main', 'fpm-pool']);
function findSuppressions(files) {
    const out = new Map();
    for (const file of files) {
        const marker = suppressions_NGINX_KINDS.has(file.kind) ? '#' : suppressions_FPM_KINDS.has(file.kind) ? ';' : undefined;
        if (!marker || !file.text.includes('socklint-disable'))
            continue;
        const lines = file.text.split('\n');
        lines.forEach((raw, index) => {
            const line = raw.replace(/\r$/, '');
            const m = DIRECTIVE.exec(line);
            if (!m || m[2] !== marker)
                return;
            const [spec, ...reasonParts] = m[3].split('--');
            const reason = reasonParts.join('--').trim();
            const rules = spec.split(/[\s,]+/).filter(Boolean);
            const location = {
                file: file.path,
                line: index + 1,
                column: m[1].length + 1,
                endLine: index + 1,
                endColumn: line.length + 1,
            };
            const list = out.get(file.path) ?? [];
            list.push({ location, rules, reason, used: false });
            out.set(file.path, list);
        });
    }
    return out;
}
/**
 * Drops the findings a valid suppression covers (on the line right after it) and returns them
 * counted, plus a `suppression-invalid` finding for each suppression that is malformed or unused.
 */
function applySuppressions(findings, suppressions, knownRules, 
/** Builds the finding; undefined when the rule is turned off. */
makeInvalid) {
    let suppressed = 0;
    const kept = [];
    for (const finding of findings) {
        const s = suppressions
            .get(finding.file)
            ?.find((x) => x.location.line + 1 === finding.line && x.reason !== '' && x.rules.includes(finding.rule));
        if (s) {
            s.used = true;
            suppressed++;
        }
        else
            kept.push(finding);
    }
    for (const list of suppressions.values()) {
        for (const s of list) {
            const problem = problemOf(s, knownRules);
            const finding = problem === undefined ? undefined : makeInvalid(s.location, problem);
            if (finding)
                kept.push(finding);
        }
    }
    return { kept, suppressed };
}
function problemOf(s, knownRules) {
    const unknown = s.rules.filter((r) => !knownRules.has(r));
    const rules = s.rules.join(',');
    if (s.rules.length === 0)
        return 'socklint-disable-next-line names no rule: write the rule id and a reason after "--"';
    if (unknown.length > 0)
        return `socklint-disable-next-line names unknown rule ${unknown.join(', ')}`;
    if (s.reason === '')
        return `socklint-disable-next-line ${rules} has no reason: add "-- why" so readers know why it is silenced`;
    if (!s.used)
        return `socklint-disable-next-line ${rules} suppresses nothing on line ${s.location.line + 1}: remove it`;
    return undefined;
}

;// CONCATENATED MODULE: ./src/engine/scan.ts
/**
 * The pipeline: discover → parse → resolve (topology, identities, sockets) → rules → findings.
 * Everything the CLI and the action report comes from `analyze()`.
 */



















const SEVERITY_RANK = { notice: 0, warning: 1, error: 2 };
async function analyze(options) {
    const repoRoot = options.repoRoot ?? options.root;
    const config = await loadConfig(options.root, options.config, repoRoot);
    if (options.failOn)
        config.failOn = options.failOn;
    if (options.maxFileBytes)
        config.maxFileBytes = options.maxFileBytes;
    const discovered = await discover(options.root, {
        maxFileBytes: config.maxFileBytes,
        ignore: config.ignore,
        prefix: repositoryPrefix(options.root, repoRoot),
    });
    const placeholders = new Placeholders(config.variables);
    const files = discovered.files.map((f) => (f.kind === 'other' ? f : placeholders.apply(f)));
    const notes = [];
    const facts = new Map();
    await prepareProvisionReaders(files);
    for (const file of files) {
        const reader = FACT_READERS[file.kind];
        if (!reader)
            continue;
        const result = reader(file);
        facts.set(file.path, result.facts);
        notes.push(...result.notes);
    }
    const units = buildTopology({
        files,
        skipped: discovered.skipped,
        symlinks: discovered.symlinks,
        facts,
        config,
        placeholders,
    });
    const texts = new SourceTexts(files);
    const graphs = units.map((unit) => {
        const graph = buildGraph(unit, config);
        markPlaceholders(graph, placeholders, texts);
        return graph;
    });
    const evaluations = [];
    const sockets = [];
    const raw = [];
    for (const graph of graphs) {
        const evals = evaluateUnit(graph);
        evaluations.push(...evals);
        sockets.push(...evals.map((e) => socketRow(graph.unit.id, e, placeholders)));
        notes.push(...graph.unit.notes);
        for (const n of graph.webServers)
            notes.push(...n.config.notes);
        for (const f of graph.fpm)
            notes.push(...f.config.notes);
        // Findings on rendered template lines also point at the variables' definitions.
        const defined = (f) => withDefinitions(f, graph.unit.templates);
        for (const rule of RULES)
            raw.push(...rule.check({ graph, evaluations: evals }).map(defined));
    }
    const findings = dedupe(raw.flatMap((r) => finalize(restoreText(r, placeholders), config)));
    const { kept, suppressed } = applySuppressions(findings, findSuppressions(files), new Set(RULES.map((r) => r.id)), (location, message) => finalize({ rule: 'suppression-invalid', location, message, related: [], identity: [message], unit: '' }, config)[0]);
    // Fixes: one listen.* patch per pool for what is still reported, re-checked with the verdict functions.
    attachFixes(graphs, evaluations, kept);
    const result = {
        version: 1,
        findings: sortFindings(kept),
        sockets,
        skipped: discovered.skipped,
        suppressed,
        notes: dedupeNotes(notes).map((n) => ({ ...n, message: placeholders.restore(n.message) })),
        configFiles: files.filter((f) => scan_CONFIG_KINDS.has(f.kind)).length,
    };
    const sources = new SourceTexts(discovered.files);
    return { result, config, graphs, evaluations, files, sources, restore: (t) => placeholders.restore(t) };
}
/** `deploy/` for a scan of `repo/deploy` in `repo`; '' at the repository root. */
function repositoryPrefix(root, repoRoot) {
    const rel = external_node_path_default().relative(external_node_path_default().resolve(repoRoot), external_node_path_default().resolve(root)).split((external_node_path_default()).sep).join('/');
    return rel === '' || rel.startsWith('..') ? '' : `${rel}/`;
}
const scan_CONFIG_KINDS = new Set([
    'nginx-main',
    'nginx-site',
    'nginx-snippet',
    'fpm-main',
    'fpm-pool',
]);
const FACT_READERS = {
    dockerfile: dockerfileFacts,
    shell: shellFacts,
    // Ansible task files are run per host by the topology (src/engine/ansible/), with their variables.
    tmpfiles: tmpfilesFacts,
};
function reachesFailOn(severity, failOn) {
    return failOn !== 'never' && SEVERITY_RANK[severity] >= SEVERITY_RANK[failOn];
}
/** Reports show the placeholders as written, and fingerprints must not depend on marker numbers. */
function restoreText(raw, placeholders) {
    const r = (t) => placeholders.restore(t);
    return {
        ...raw,
        message: r(raw.message),
        related: raw.related.map((x) => ({ ...x, message: r(x.message) })),
        identity: raw.identity.map(r),
        ...(raw.socket ? { socket: r(raw.socket) } : {}),
    };
}
/** Applies the configured level and the fingerprint; `off` drops the finding. */
function finalize(raw, config) {
    const rule = RULES.find((r) => r.id === raw.rule);
    const level = config.rules[raw.rule] ?? raw.severity ?? rule.level;
    if (level === 'off')
        return [];
    const { location } = raw;
    return [
        {
            rule: raw.rule,
            severity: level,
            file: location.file,
            line: location.line,
            column: location.column,
            endLine: location.endLine,
            endColumn: location.endColumn,
            message: raw.message,
            related: raw.related,
            fingerprint: fingerprintOf(raw.rule, location, [raw.unit, ...raw.identity]),
            ...(raw.fix ? { fix: raw.fix } : {}),
            ...(raw.unit ? { unit: raw.unit } : {}),
            ...(raw.socket ? { socket: raw.socket } : {}),
        },
    ];
}
/** Built from the rule, the file and location-independent facts, so moving lines keeps it. */
function fingerprintOf(rule, location, identity) {
    return (0,external_node_crypto_.createHash)('sha256')
        .update([rule, location.file, ...identity].join('\0'))
        .digest('hex')
        .slice(0, 32);
}
function dedupe(findings) {
    const seen = new Set();
    return findings.filter((f) => {
        const key = `${f.fingerprint}:${f.line}:${f.column}`;
        return !seen.has(key) && seen.add(key);
    });
}
function sortFindings(findings) {
    return findings.sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
        a.file.localeCompare(b.file) ||
        a.line - b.line ||
        a.column - b.column ||
        a.rule.localeCompare(b.rule));
}
function dedupeNotes(notes) {
    const seen = new Set();
    return notes.filter((n) => {
        const key = `${n.code}:${n.location?.file}:${n.location?.line}:${n.location?.column}:${n.message}`;
        return !seen.has(key) && seen.add(key);
    });
}
/**
 * Template markers in resolved values become unresolved targets and settings, and what the
 * programs would refuse on a line that holds a placeholder depends on its value: not reported.
 */
function markPlaceholders(graph, placeholders, texts) {
    // A problem naming a marker rests on an unknown value, wherever the line is (a file a start-up script writes).
    const onPlaceholderLine = (p) => hasPlaceholder(p.message) || hasPlaceholder(lineOf(texts.get(p.location.file), p.location.line));
    for (const n of graph.webServers)
        n.config.problems = n.config.problems.filter((p) => !onPlaceholderLine(p));
    for (const f of graph.fpm) {
        // FPM's post-processing reports a bad value at the pool's header, naming the key.
        const templatedKeys = f.config.files.flatMap((file) => (texts.get(file.file.path) ?? '')
            .split('\n')
            .filter((line) => hasPlaceholder(line) && line.includes('='))
            .map((line) => line.slice(0, line.indexOf('=')).trim().toLowerCase()));
        f.config.problems = f.config.problems.filter((p) => !onPlaceholderLine(p) && !templatedKeys.some((key) => p.message.toLowerCase().includes(key)));
    }
    for (const link of graph.links) {
        const t = link.client.target;
        const value = t.kind === 'unix' ? t.path : t.kind === 'tcp' ? t.address : '';
        const what = placeholders.unresolvedIn(value);
        if (what.length > 0) {
            link.client.target = { kind: 'unresolved', unresolved: { what } };
            link.path = undefined;
            link.target = undefined;
        }
    }
    for (const fpm of graph.fpm) {
        for (const pool of fpm.config.pools) {
            for (const setting of pool.settings.values())
                markSetting(setting, placeholders);
            const listen = pool.listen;
            if (!listen)
                continue;
            const a = listen.address;
            const what = placeholders.unresolvedIn(a.kind === 'unix' ? a.path : a.kind === 'tcp' ? a.address : '');
            if (what.length > 0)
                listen.address = { kind: 'unresolved', unresolved: { what } };
        }
    }
}
function lineOf(text, line) {
    return text?.split('\n')[line - 1] ?? '';
}
function markSetting(setting, placeholders) {
    const what = placeholders.unresolvedIn(setting.value);
    if (what.length > 0)
        setting.unresolved = { what: [...(setting.unresolved?.what ?? []), ...what] };
}
function socketRow(unit, e, placeholders) {
    const { link } = e;
    const worker = link.server.worker;
    const pool = link.target?.pool;
    const s = e.socket;
    const userOrigin = worker?.kind === 'creds' ? worker.why.user.origin : worker?.origin;
    return {
        unit,
        webServer: {
            server: link.server.server,
            user: worker?.kind === 'creds' ? showPrincipal(worker.user) : worker ? '(fails)' : 'unknown',
            group: worker?.kind === 'creds' ? showPrincipal(worker.group) : '',
            groups: worker?.kind === 'creds' ? worker.groups.map(showPrincipal) : [],
            origin: userOrigin ? describeOrigin(userOrigin) : workerLabel(worker),
        },
        client: {
            location: link.client.location,
            directive: link.client.directive,
            target: placeholders.restore(link.client.raw),
        },
        socket: placeholders.restore(link.path ??
            (link.client.target.kind === 'unresolved'
                ? link.client.target.unresolved.what.join(', ')
                : link.client.raw)),
        ...(pool
            ? {
                pool: {
                    name: pool.name,
                    location: pool.listen?.setting.location ?? pool.sections[0],
                    owner: s ? showPrincipal(s.owner) : '',
                    group: s ? showPrincipal(s.group) : '',
                    mode: s ? formatMode(s.mode) : '',
                    ...(s?.acl ? { acl: s.acl.map(formatAclEntry) } : {}),
                },
            }
            : {}),
        ...(link.listener && s
            ? {
                creator: {
                    description: link.listener.creator,
                    location: link.listener.location,
                    owner: showPrincipal(s.owner),
                    group: showPrincipal(s.group),
                    mode: formatMode(s.mode),
                },
            }
            : {}),
        verdict: e.verdict,
        reason: placeholders.restore(e.reason),
        ...(e.assumptions.length > 0
            ? { assumptions: e.assumptions.map((a) => placeholders.restore(`${a.statement} (${a.declare})`)) }
            : {}),
    };
}

;// CONCATENATED MODULE: ./src/engine/rules/rule.ts
function docsUrl(id) {
    return `https://github.com/socklint/socklint/blob/main/docs/rules/${id}.md`;
}

;// CONCATENATED MODULE: ./src/engine/report/sarif.ts


const LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
function renderSarif(result, options) {
    const rules = RULES.map((rule) => ({
        id: rule.id,
        name: rule.id.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase()),
        shortDescription: { text: rule.short },
        fullDescription: { text: rule.full },
        helpUri: docsUrl(rule.id),
        help: {
            text: `${rule.full} See ${docsUrl(rule.id)}`,
            markdown: `${rule.full}\n\n[Documentation](${docsUrl(rule.id)})`,
        },
        defaultConfiguration: { level: LEVEL[rule.level] },
        properties: {
            tags: rule.tags,
            precision: 'very-high',
            ...(rule.securitySeverity ? { 'security-severity': rule.securitySeverity } : {}),
        },
    }));
    const index = new Map(rules.map((r, i) => [r.id, i]));
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'socklint',
                        version: options.toolVersion,
                        informationUri: 'https://github.com/socklint/socklint',
                        rules,
                    },
                },
                automationDetails: { id: 'socklint/' },
                columnKind: 'utf16CodeUnits',
                results: result.findings.map((f) => resultOf(f, index.get(f.rule))),
            },
        ],
    };
}
function resultOf(f, ruleIndex) {
    return {
        ruleId: f.rule,
        ruleIndex,
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [sarif_location(f.file, f)],
        ...(f.related.length > 0
            ? {
                relatedLocations: f.related.map((r, id) => ({
                    id,
                    ...sarif_location(r.file, r),
                    message: { text: r.message },
                })),
            }
            : {}),
        partialFingerprints: { 'socklint/v1': f.fingerprint },
        ...(f.fix
            ? {
                fixes: [
                    {
                        description: {
                            text: `${f.fix.description}${f.fix.safe ? '' : ' (unsafe: review before applying)'}`,
                        },
                        artifactChanges: groupByFile(f.fix.edits).map(([file, edits]) => ({
                            artifactLocation: { uri: file, uriBaseId: '%SRCROOT%' },
                            replacements: edits.map((e) => ({
                                deletedRegion: region(e),
                                insertedContent: { text: e.newText },
                            })),
                        })),
                    },
                ],
            }
            : {}),
    };
}
function sarif_location(file, span) {
    return {
        physicalLocation: { artifactLocation: { uri: file, uriBaseId: '%SRCROOT%' }, region: region(span) },
    };
}
function region(s) {
    return { startLine: s.line, startColumn: s.column, endLine: s.endLine, endColumn: s.endColumn };
}
function groupByFile(items) {
    const map = new Map();
    for (const item of items)
        map.set(item.file, [...(map.get(item.file) ?? []), item]);
    return [...map];
}

;// CONCATENATED MODULE: ./src/engine/report/json.ts
function renderJson(result) {
    return JSON.stringify(result, null, 2) + '\n';
}

// EXTERNAL MODULE: ./src/engine/version.ts
var engine_version = __webpack_require__(8574);
;// CONCATENATED MODULE: ./src/engine/report/reading.ts
/** The notes a report shows: all of them (a note without a location says what the scan could not see). */
function shownNotes(result) {
    return result.notes;
}
/** `etc/php/x.conf:2:11: not valid UTF-8 (…)`. */
function describeSkipped(s) {
    return `${s.path}${s.line ? `:${s.line}:${s.column ?? 1}` : ''}: ${s.reason}`;
}
/** `etc/nginx/nginx.conf:12:3: include "…" is not in the repository; …`. */
function describeNote(n) {
    const at = n.location ? `${n.location.file}:${n.location.line}:${n.location.column}: ` : '';
    return `${at}${n.message}`;
}
/**
 * One line after the skipped files and notes, e.g. `Read with 2 files skipped and 19 notes (not
 * findings: they never change the exit code).`; undefined when there is neither.
 */
function readingSummary(result) {
    const skipped = result.skipped.length;
    const notes = shownNotes(result).length;
    if (skipped === 0 && notes === 0)
        return undefined;
    const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
    const parts = [
        ...(skipped > 0 ? [`${plural(skipped, 'file')} skipped`] : []),
        ...(notes > 0 ? [plural(notes, 'note')] : []),
    ];
    return `Read with ${parts.join(' and ')} (not findings: they never change the exit code).`;
}

;// CONCATENATED MODULE: ./src/engine/report/text.ts

const STYLE = {
    error: '\u001b[31m',
    warning: '\u001b[33m',
    notice: '\u001b[36m',
    dim: '\u001b[2m',
    bold: '\u001b[1m',
    reset: '\u001b[0m',
};
function renderText(result, options) {
    const paint = (style, text) => options.color ? STYLE[style] + text + STYLE.reset : text;
    const lines = [];
    for (const [socket, findings] of groupBySocket(result.findings)) {
        lines.push(paint('bold', socket ?? 'Configuration'));
        for (const f of findings) {
            lines.push(`  ${paint(f.severity, f.severity.padEnd(7))} ${f.file}:${f.line}:${f.column}  ${paint('dim', f.rule)}`);
            lines.push(`    ${f.message}`);
            lines.push(...codeFrame(options.sources.get(f.file), f).map((l) => `    ${paint('dim', l.trimEnd())}`));
            for (const r of f.related)
                lines.push(`    ${paint('dim', '↳')} ${r.file}:${r.line}:${r.column}  ${r.message}`);
            if (f.fix) {
                const how = f.fix.safe ? 'socklint scan --fix' : 'socklint scan --fix --unsafe-fixes';
                lines.push(`    ${paint('dim', 'fix:')} ${f.fix.description} (${how})`);
            }
        }
        lines.push('');
    }
    for (const s of result.skipped)
        lines.push(`${paint('dim', 'skipped')} ${describeSkipped(s)}`);
    for (const n of shownNotes(result))
        lines.push(`${paint('dim', 'note')} ${describeNote(n)}`);
    const reading = readingSummary(result);
    if (reading)
        lines.push(paint('dim', reading), '');
    lines.push(summaryLine(result));
    return lines.join('\n') + '\n';
}
function summaryLine(result) {
    const count = (s) => result.findings.filter((f) => f.severity === s).length;
    const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
    const sockets = result.sockets.length;
    const undecided = result.sockets.filter((s) => s.verdict === 'undecided').length;
    const parts = [
        plural(count('error'), 'error'),
        plural(count('warning'), 'warning'),
        plural(count('notice'), 'notice'),
    ];
    const extra = [
        `${plural(sockets, 'socket')} checked, ${undecided} undecided${nothingDecided(result, undecided)}`,
        ...(result.suppressed ? [`${result.suppressed} suppressed`] : []),
    ];
    return `${parts.join(', ')} (${extra.join(', ')})`;
}
/**
 * A bare "0 errors" over configuration that decided nothing would read as a pass: say why.
 */
function nothingDecided(result, undecided) {
    if (result.configFiles === 0 || result.sockets.length > undecided)
        return '';
    if (undecided > 0)
        return ': none could be decided, see the notices';
    const files = `${result.configFiles} nginx and PHP-FPM file${result.configFiles === 1 ? '' : 's'}`;
    return `: in the ${files} read, no web server connects to a Unix socket`;
}
function groupBySocket(findings) {
    const groups = new Map();
    for (const f of findings) {
        const key = f.socket ? `${f.socket}${f.unit ? `  (${f.unit})` : ''}` : undefined;
        groups.set(key, [...(groups.get(key) ?? []), f]);
    }
    // Socket groups first, in the order their most severe finding appears; configuration last.
    return [...groups].sort(([a], [b]) => (a === undefined ? 1 : 0) - (b === undefined ? 1 : 0));
}
/** The offending line with one line of context above and a caret underline. */
function codeFrame(text, f) {
    if (text === undefined)
        return [];
    const all = text.split('\n');
    const line = all[f.line - 1];
    if (line === undefined)
        return [];
    const clean = (s) => s.replace(/\r$/, '').replace(/\t/g, ' ');
    const width = String(f.line).length;
    const out = [];
    if (f.line > 1)
        out.push(`  ${String(f.line - 1).padStart(width)} | ${clean(all[f.line - 2])}`);
    out.push(`> ${String(f.line).padStart(width)} | ${clean(line)}`);
    const end = f.endLine === f.line ? f.endColumn : clean(line).length + 1;
    const carets = Math.max(1, end - f.column);
    out.push(`  ${' '.repeat(width)} | ${' '.repeat(Math.max(0, f.column - 1))}${'^'.repeat(carets)}`);
    return out;
}

;// CONCATENATED MODULE: ./src/engine/report/sockets.ts





function describeSockets(graphs, evaluations, restore = (t) => t) {
    const verdictOf = new Map(evaluations.map((e) => [e.link, e.verdict]));
    return {
        units: graphs.map((g) => ({
            unit: g.unit.id,
            kind: g.unit.kind,
            platform: g.state.db.base,
            platformFrom: describeOrigin(g.unit.platformOrigin),
            accounts: {
                world: g.state.world,
                why: g.state.worldWhy,
                assumed: g.state.assumed.map((a) => `${a.kind} ${a.name}`),
            },
            webServers: g.webServers.map((n) => {
                const w = n.worker;
                if (!w)
                    return {
                        main: n.config.mainPath,
                        user: 'unknown',
                        group: 'unknown',
                        groups: [],
                        from: 'nothing says it',
                    };
                if (w.kind === 'failure')
                    return {
                        main: n.config.mainPath,
                        user: '-',
                        group: '-',
                        groups: [],
                        from: describeOrigin(w.origin),
                        failure: w.message,
                    };
                const origin = w.why.user.origin;
                return {
                    main: n.config.mainPath,
                    user: showPrincipal(w.user),
                    group: showPrincipal(w.group),
                    groups: w.groups.map(showPrincipal),
                    from: `${w.why.user.because}${origin ? ` (${describeOrigin(origin)})` : ''}`,
                    ...(origin?.kind === 'source' ? { userLocation: origin.location } : {}),
                };
            }),
            clients: g.links.map((l) => ({
                location: l.client.location,
                directive: l.client.directive,
                target: restore(l.client.raw),
                ...(l.path ? { socket: l.path } : {}),
                ...(l.client.upstream ? { upstream: l.client.upstream.name } : {}),
                ...(l.target
                    ? {
                        reaches: {
                            pool: l.target.pool.name,
                            location: l.target.pool.listen?.setting.location,
                            ...(l.target.alias ? { via: `Debian's ${l.target.alias} alias` } : {}),
                        },
                    }
                    : {}),
                ...(verdictOf.has(l) ? { verdict: verdictOf.get(l) } : {}),
            })),
            pools: g.fpm.flatMap((f) => f.config.pools.map((p) => poolView(g, f, p, restore))),
        })),
    };
}
function poolView(g, fpm, pool, restore) {
    const configured = {};
    for (const key of [
        'listen',
        'listen.owner',
        'listen.group',
        'listen.mode',
        'listen.acl_users',
        'listen.acl_groups',
        'user',
        'group',
    ]) {
        const s = pool.settings.get(key);
        if (s)
            configured[key] = { value: restore(s.raw), location: s.location };
    }
    const a = pool.listen?.address;
    const listen = !a
        ? '(none)'
        : a.kind === 'unix'
            ? a.path
            : a.kind === 'tcp'
                ? `TCP ${a.address}`
                : `unknown: ${a.unresolved.what.join(', ')}`;
    const path = poolSocketPath(pool);
    let applied;
    if (path) {
        const r = socketOf(g, fpm, pool, path);
        if (r.kind === 'socket') {
            applied = {
                owner: showPrincipal(r.owner),
                group: showPrincipal(r.group),
                mode: formatMode(r.mode),
                ...(r.acl ? { acl: r.acl.map(formatAclEntry) } : {}),
            };
        }
        else if (r.kind === 'failure')
            applied = { failure: r.message };
    }
    return {
        name: restore(pool.name),
        location: pool.listen?.setting.location ?? pool.sections[0],
        listen: restore(listen),
        configured,
        ...(applied ? { applied } : {}),
    };
}
function renderSocketsText(view) {
    const out = [];
    const at = (l) => (l ? describeLocation(l) : '?');
    for (const u of view.units) {
        out.push(`${u.unit}  [${u.platform}; ${u.platformFrom}]`);
        const assumed = u.accounts.assumed.length ? `; assumed to exist: ${u.accounts.assumed.join(', ')}` : '';
        out.push(`  accounts: ${u.accounts.world} (${u.accounts.why})${assumed}`);
        for (const w of u.webServers) {
            out.push(w.failure
                ? `  nginx (${w.main}): does not start: ${w.failure} (${w.from})`
                : `  nginx (${w.main}): workers run as ${w.user}:${w.group} (groups: ${w.groups.join(', ') || 'none'}); ${w.from}`);
        }
        if (u.webServers.length === 0)
            out.push('  nginx: none loaded');
        out.push('  clients:');
        for (const c of u.clients) {
            const reach = c.reaches
                ? ` -> pool [${c.reaches.pool}] ${at(c.reaches.location)}${c.reaches.via ? ` (via ${c.reaches.via})` : ''}`
                : c.socket
                    ? ' -> no pool'
                    : '';
            const verdict = c.verdict ? `  [${c.verdict}]` : '';
            out.push(`    ${at(c.location)}  ${c.directive} ${c.target}${c.upstream ? ` (upstream ${c.upstream})` : ''}${reach}${verdict}`);
        }
        if (u.clients.length === 0)
            out.push('    none');
        out.push('  pools:');
        for (const p of u.pools) {
            const conf = Object.entries(p.configured)
                .filter(([k]) => k.startsWith('listen.'))
                .map(([k, v]) => `${k}=${v.value}`)
                .join(' ');
            const applied = !p.applied
                ? ''
                : 'failure' in p.applied
                    ? `  => FPM fails: ${p.applied.failure}`
                    : `  => ${p.applied.owner}:${p.applied.group} ${p.applied.mode}${p.applied.acl ? ` acl ${p.applied.acl.join(',')}` : ''}`;
            out.push(`    [${p.name}] ${at(p.location)}  listen ${p.listen}${conf ? `  (${conf})` : ''}${applied}`);
        }
        if (u.pools.length === 0)
            out.push('    none');
        out.push('');
    }
    if (view.units.length === 0)
        out.push('no nginx or PHP-FPM configuration found');
    return out.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/engine/index.ts

/** Scans a repository: findings with their fixes, the socket table, skipped files and notes. */
async function scan(options) {
    return (await analyze(options)).result;
}







// Fixes: the patches `--fix` writes and `--diff` shows (src/engine/fix).



/***/ })

};
