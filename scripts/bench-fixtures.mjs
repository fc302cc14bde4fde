// Deterministic content for `npm run bench`: a repository of ordinary source files with host trees
// and images of nginx and PHP-FPM configuration, and one large nginx file.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** mulberry32: a small seeded PRNG, so that every run writes the same bytes. */
export function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    /** Log-normal size around `median` bytes, clamped: most files small, a few large. */
    size: (median, min, max) => {
      const u = Math.max(next(), 1e-9);
      const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
      return Math.round(Math.min(max, Math.max(min, median * Math.exp(0.8 * z))));
    },
  };
}

const WORDS =
  'account order invoice customer payment report session cache queue event user profile export import billing shipment catalog product search index token message notification audit schedule tenant contract ledger balance refund address region'.split(
    ' ',
  );
const VERBS =
  'load save find build apply resolve render handle dispatch validate normalize merge fetch compute'.split(
    ' ',
  );
const PROSE =
  'the service reads the configuration once at start and keeps it for the lifetime of the worker while requests are routed to the handler that owns the resource and every change is recorded in the audit log so that operators can follow what happened'.split(
    ' ',
  );

const cap = (w) => w[0].toUpperCase() + w.slice(1);

function sentence(r, min = 8, max = 20) {
  const n = r.int(min, max);
  const out = [];
  for (let i = 0; i < n; i++) out.push(r.next() < 0.2 ? r.pick(WORDS) : r.pick(PROSE));
  return cap(out.join(' ')) + '.';
}

/* ------------------------------------------------------------------ ordinary source files */

function phpFile(r, ns, name, target) {
  const dep = r.pick(WORDS);
  let out = `<?php\n\ndeclare(strict_types=1);\n\nnamespace App\\${ns};\n\nuse App\\Support\\${cap(dep)}Repository;\nuse App\\Support\\Clock;\nuse Psr\\Log\\LoggerInterface;\n\n/**\n * ${sentence(r)}\n */\nfinal class ${name}\n{\n    private const LIMIT = ${r.int(10, 5000)};\n\n    public function __construct(\n        private readonly ${cap(dep)}Repository $${dep}s,\n        private readonly LoggerInterface $logger,\n        private readonly Clock $clock,\n    ) {\n    }\n`;
  let m = 0;
  while (out.length < target) {
    const verb = r.pick(VERBS);
    const noun = cap(r.pick(WORDS));
    out += `\n    /**\n     * ${sentence(r)}\n     *\n     * @param array<string, mixed> $input\n     * @return array<string, mixed>\n     */\n    public function ${verb}${noun}${m++}(array $input, ?int $limit = null): array\n    {\n        $result = [];\n        $limit ??= self::LIMIT;\n        foreach ($input as $key => $value) {\n            if ($value === null || $key === '') {\n                continue;\n            }\n            if (count($result) >= $limit) {\n                $this->logger->warning('${verb} ${noun} stopped at {limit}', ['limit' => $limit]);\n                break;\n            }\n            $result[$key] = $this->${dep}s->${verb}((string) $key, $value, $this->clock->now());\n        }\n\n        return $result;\n    }\n`;
  }
  return out + '}\n';
}

function jsFile(r, name, target) {
  let out = `'use strict';\n\nimport { ${r.pick(VERBS)}${cap(r.pick(WORDS))} } from '../lib/${r.pick(WORDS)}.js';\nimport { debounce } from '../lib/timing.js';\n\n// ${sentence(r)}\nconst DEFAULTS = Object.freeze({ retries: ${r.int(1, 9)}, timeout: ${r.int(100, 30000)}, name: '${name}' });\n`;
  let m = 0;
  while (out.length < target) {
    const verb = r.pick(VERBS);
    const noun = cap(r.pick(WORDS));
    out += `\n/**\n * ${sentence(r)}\n * @param {object} options\n */\nexport async function ${verb}${noun}${m++}(items, options = {}) {\n  const settings = { ...DEFAULTS, ...options };\n  const seen = new Map();\n  for (const item of items) {\n    if (!item || seen.has(item.id)) continue;\n    seen.set(item.id, { ...item, ${r.pick(WORDS)}: item.${r.pick(WORDS)} ?? null });\n  }\n  const response = await fetch(\`/api/${r.pick(WORDS)}s?limit=\${settings.retries * 10}\`, {\n    method: 'POST',\n    headers: { 'content-type': 'application/json' },\n    body: JSON.stringify([...seen.values()]),\n  });\n  if (!response.ok) throw new Error(\`${verb} failed: \${response.status}\`);\n  return response.json();\n}\n`;
  }
  return out + `\nexport const refresh = debounce(() => ${r.pick(VERBS)}${cap(r.pick(WORDS))}([]), 250);\n`;
}

function mdFile(r, title, target) {
  let out = `# ${title}\n\n${sentence(r)} ${sentence(r)}\n`;
  let s = 0;
  while (out.length < target) {
    out += `\n## ${cap(r.pick(WORDS))} ${r.pick(WORDS)} ${++s}\n\n${sentence(r)} ${sentence(r)} ${sentence(r)}\n\n- ${sentence(r, 4, 8)}\n- ${sentence(r, 4, 8)}\n- \`${r.pick(VERBS)}${cap(r.pick(WORDS))}()\` ${sentence(r, 4, 8)}\n`;
    // Documentation shows configuration: an example is not a config (the classifier must say so).
    if (r.next() < 0.15)
      out += `\n\`\`\`nginx\nlocation ~ \\.php$ {\n    include snippets/fastcgi-php.conf;\n    fastcgi_pass unix:/run/php/php8.2-fpm.sock;\n}\n\`\`\`\n`;
    else if (r.next() < 0.2)
      out += `\n\`\`\`sh\nnpm run ${r.pick(VERBS)} -- --${r.pick(WORDS)}=${r.int(1, 99)}\n\`\`\`\n`;
  }
  return out;
}

function jsonFile(r, target) {
  const rows = [];
  let length = 2;
  for (let id = 1; length < target; id++) {
    const row = {
      id,
      slug: `${r.pick(WORDS)}-${r.pick(WORDS)}-${id}`,
      title: sentence(r, 3, 7),
      status: r.pick(['active', 'pending', 'archived']),
      amount: Math.round(r.next() * 1e6) / 100,
      tags: [r.pick(WORDS), r.pick(WORDS)],
      createdAt: new Date(Date.UTC(2024, 0, 1) + id * 3_600_000).toISOString(),
    };
    const text = JSON.stringify(row, null, 2);
    length += text.length + 4;
    rows.push(row);
  }
  return JSON.stringify({ version: 1, items: rows }, null, 2) + '\n';
}

/** A few other text files of a real repository (workflows, env templates, notes): sniffed by content. */
function miscFile(r, i) {
  switch (i % 4) {
    case 0:
      return [
        `.github/workflows/job${i}.yml`,
        `name: job ${i}\non:\n  push:\n    branches: [main]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm ci && npm test\n`,
      ];
    case 1:
      return [
        `config/env/service${i}.env.example`,
        `APP_ENV=production\nAPP_DEBUG=false\nDB_HOST=db${i}.internal\nDB_PORT=5432\nCACHE_DRIVER=redis\nQUEUE_CONNECTION=${r.pick(WORDS)}\n`,
      ];
    case 2:
      return [`notes/${r.pick(WORDS)}-${i}.txt`, `${sentence(r)}\n${sentence(r)}\n${sentence(r)}\n`];
    default:
      return [
        `config/lists/${r.pick(WORDS)}-${i}.yaml`,
        `- name: ${r.pick(WORDS)}\n  value: ${r.int(1, 1000)}\n- name: ${r.pick(WORDS)}\n  value: ${r.int(1, 1000)}\n`,
      ];
  }
}

/* ------------------------------------------------------------------ nginx and PHP-FPM */

export const HOSTS = 8;
export const SITES_PER_HOST = 121;
export const IMAGES = 4;

function nginxMain() {
  return `user www-data;
worker_processes auto;
pid /run/nginx.pid;
error_log /var/log/nginx/error.log;
include /etc/nginx/modules-enabled/*.conf;

events {
    worker_connections 1024;
}

http {
    sendfile on;
    tcp_nopush on;
    types_hash_max_size 2048;
    server_tokens off;
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    ssl_protocols TLSv1.2 TLSv1.3;
    ssl_prefer_server_ciphers on;
    access_log /var/log/nginx/access.log;
    gzip on;
    gzip_types text/plain text/css application/json application/javascript;
    include /etc/nginx/conf.d/*.conf;
    include /etc/nginx/sites-enabled/*;
}
`;
}

const FASTCGI_SNIPPET = `# regex to split $uri to $fastcgi_script_name and $fastcgi_path
fastcgi_split_path_info ^(.+?\\.php)(/.*)$;

# Check that the PHP script exists before passing it
try_files $fastcgi_script_name =404;

# Bypass the fact that try_files resets $fastcgi_path_info
set $path_info $fastcgi_path_info;
fastcgi_param PATH_INFO $path_info;

fastcgi_index index.php;
include fastcgi.conf;
`;

/** Sites whose pool is reached through an upstream rather than a direct `unix:` target. */
const viaUpstream = (k) => k % 10 === 0;

function upstreams(h) {
  let out = `# Upstreams of host ${h}\n`;
  for (let k = 0; k < SITES_PER_HOST; k++) {
    if (!viaUpstream(k)) continue;
    out += `\nupstream php_${h}_${k} {\n    server unix:/run/php/site${k}.sock;\n    keepalive 8;\n}\n`;
  }
  return out;
}

function site(r, h, k, prefix = '/etc/nginx/snippets') {
  const name = `site${k}.host${h}.example.com`;
  // A few realistic mistakes, so the rules have something to say.
  const target = viaUpstream(k)
    ? `php_${h}_${k}`
    : k % 13 === 0
      ? `unix:/run/php/site${k}-fpm.sock`
      : k % 7 === 0
        ? `unix:/var/run/php/site${k}.sock`
        : `unix:/run/php/site${k}.sock`;
  const extra = [];
  for (let i = r.int(0, 4); i > 0; i--) {
    const w = r.pick(WORDS);
    extra.push(
      `    location /${w}/ {\n        alias /srv/www/site${k}/shared/${w}/;\n        expires ${r.int(1, 90)}d;\n        add_header Cache-Control "public";\n    }\n`,
    );
  }
  return `# ${name} — managed by provisioning, do not edit by hand
server {
    listen 80;
    listen [::]:80;
    server_name ${name} www.${name};
    return 301 https://$host$request_uri;
}

server {
    listen 443 ssl http2;
    listen [::]:443 ssl http2;
    server_name ${name} www.${name};
    root /srv/www/site${k}/public;
    index index.php index.html;

    ssl_certificate /etc/ssl/certs/site${k}.pem;
    ssl_certificate_key /etc/ssl/private/site${k}.key;
    access_log /var/log/nginx/site${k}.access.log;
    error_log /var/log/nginx/site${k}.error.log warn;
    client_max_body_size ${r.int(2, 64)}m;

    add_header X-Frame-Options "SAMEORIGIN" always;
    add_header X-Content-Type-Options "nosniff" always;
    add_header Referrer-Policy "strict-origin-when-cross-origin" always;

    location / {
        try_files $uri $uri/ /index.php?$query_string;
    }

    location ~* \\.(?:css|js|png|jpe?g|gif|svg|ico|woff2?)$ {
        expires 30d;
        access_log off;
    }
${extra.join('\n')}
    location ~ \\.php$ {
        include ${prefix}/fastcgi-php.conf;
        fastcgi_pass ${target};
        fastcgi_param SCRIPT_FILENAME $realpath_root$fastcgi_script_name;
        fastcgi_param DOCUMENT_ROOT $realpath_root;
        fastcgi_read_timeout ${r.int(30, 300)}s;
        fastcgi_buffers 16 16k;
        fastcgi_buffer_size 32k;
    }

    location ~ /\\.(?!well-known) {
        deny all;
    }
}
`;
}

function pool(r, k, socketDir = '/run/php') {
  const mode = k % 11 === 0 ? '0600' : '0660';
  const owner = k % 17 === 0 ? '' : `listen.owner = www-data\n`;
  const user = k % 3 === 0 ? `site${k}` : 'www-data';
  return `; PHP-FPM pool of site${k}
[site${k}]
user = ${user}
group = www-data

listen = ${socketDir}/site${k}.sock
${owner}listen.group = www-data
listen.mode = ${mode}

pm = ${r.pick(['dynamic', 'ondemand', 'static'])}
pm.max_children = ${r.int(5, 40)}
pm.start_servers = 2
pm.min_spare_servers = 1
pm.max_spare_servers = 3
pm.max_requests = ${r.int(200, 2000)}
pm.status_path = /status

request_terminate_timeout = ${r.int(30, 300)}s
slowlog = /var/log/php/site${k}.slow.log
chdir = /srv/www/site${k}
catch_workers_output = yes

php_admin_value[error_log] = /var/log/php/site${k}.error.log
php_admin_flag[log_errors] = on
php_admin_value[memory_limit] = ${r.pick(['128M', '256M', '512M'])}
php_value[session.save_path] = /var/lib/php/sessions/site${k}
env[APP_ENV] = production
env[TMP] = /tmp
`;
}

function dockerfile(i) {
  return i % 2 === 0
    ? `FROM php:8.2-fpm-bookworm

RUN apt-get update \\
    && apt-get install -y --no-install-recommends nginx \\
    && rm -rf /var/lib/apt/lists/*

COPY nginx/ /etc/nginx/conf.d/
COPY php-fpm.d/ /usr/local/etc/php-fpm.d/
RUN mkdir -p /run/php && chown www-data:www-data /run/php

WORKDIR /srv/www
CMD ["sh", "-c", "php-fpm -D && nginx -g 'daemon off;'"]
`
    : `FROM debian:bookworm-slim

RUN apt-get update \\
    && apt-get install -y --no-install-recommends nginx php8.2-fpm \\
    && rm -rf /var/lib/apt/lists/*

COPY nginx/ /etc/nginx/sites-enabled/
COPY php-fpm.d/ /etc/php/8.2/fpm/pool.d/
RUN mkdir -p /run/php

CMD ["sh", "-c", "php-fpm8.2 -D && nginx -g 'daemon off;'"]
`;
}

/**
 * The repository, as [path, text] pairs: `total` files of which `configs` are nginx, PHP-FPM
 * and Dockerfiles (8 host trees of 245 files, 4 images of 10).
 */
export function* repositoryFiles(total = 20_000) {
  const r = prng(20_000);
  let configs = 0;
  for (let h = 0; h < HOSTS; h++) {
    const root = `deploy/host${h}/etc`;
    yield [`${root}/nginx/nginx.conf`, nginxMain()];
    yield [`${root}/nginx/conf.d/upstreams.conf`, upstreams(h)];
    yield [`${root}/nginx/snippets/fastcgi-php.conf`, FASTCGI_SNIPPET];
    configs += 3;
    for (let k = 0; k < SITES_PER_HOST; k++) {
      yield [`${root}/nginx/sites-enabled/site${k}.conf`, site(r, h, k)];
      yield [`${root}/php/8.2/fpm/pool.d/site${k}.conf`, pool(r, k)];
      configs += 2;
    }
  }
  for (let i = 0; i < IMAGES; i++) {
    const dir = `docker/app${i}`;
    yield [`${dir}/Dockerfile`, dockerfile(i)];
    configs++;
    for (let k = 0; k < 5; k++) {
      const text = site(r, 100 + i, k).replace(
        /include \/etc\/nginx\/snippets\/fastcgi-php\.conf;/,
        'include fastcgi_params;',
      );
      yield [`${dir}/nginx/${k === 0 ? 'default' : `app${k}`}.conf`, text];
      configs++;
    }
    for (let k = 0; k < 4; k++) {
      yield [`${dir}/php-fpm.d/${k === 0 ? 'zz-app' : `app${k}`}.conf`, pool(r, k)];
      configs++;
    }
  }
  const others = total - configs;
  for (let i = 0; i < others; i++) {
    const module = `Module${i % 40}`;
    const sub = cap(WORDS[(i >> 3) % WORDS.length]);
    const word = cap(WORDS[i % WORDS.length]);
    const roll = i % 50;
    if (roll < 20)
      yield [
        `app/src/${module}/${sub}/${word}${sub}Service${i}.php`,
        phpFile(r, `${module}\\${sub}`, `${word}${sub}Service${i}`, r.size(3000, 300, 80_000)),
      ];
    else if (roll < 34)
      yield [
        `web/src/${module.toLowerCase()}/${sub.toLowerCase()}/${word.toLowerCase()}-${i}.js`,
        jsFile(r, `${word}${i}`, r.size(2500, 200, 120_000)),
      ];
    else if (roll < 40)
      yield [
        `docs/${sub.toLowerCase()}/${word.toLowerCase()}-${i}.md`,
        mdFile(r, `${word} ${sub}`, r.size(2000, 200, 40_000)),
      ];
    else if (roll < 47)
      yield [
        `fixtures/${module.toLowerCase()}/${word.toLowerCase()}-${i}.json`,
        jsonFile(r, r.size(1500, 100, 200_000)),
      ];
    else yield miscFile(r, i);
  }
}

/** Writes the repository under `root`; returns the file count and total bytes. */
export function writeRepository(root, total) {
  let files = 0;
  let bytes = 0;
  let configs = 0;
  const dirs = new Set();
  for (const [path, text] of repositoryFiles(total)) {
    const abs = join(root, path);
    const dir = dirname(abs);
    if (!dirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      dirs.add(dir);
    }
    writeFileSync(abs, text);
    files++;
    bytes += Buffer.byteLength(text);
    if (/^(deploy|docker)\//.test(path)) configs++;
  }
  return { files, bytes, configs };
}

/**
 * One large nginx file of about `bytes` bytes: the server blocks of a busy host and a generated
 * redirect map, the two shapes of the large configs seen in practice.
 */
export function largeNginxFile(bytes = 4 * 1024 * 1024) {
  const r = prng(4);
  const parts = [];
  let length = 0;
  const add = (text) => {
    parts.push(text);
    length += text.length;
  };
  add('map $request_uri $redirect_target {\n    default "";\n');
  for (let i = 0; length < bytes * 0.35; i++) {
    add(`    "/${r.pick(WORDS)}/${r.pick(WORDS)}-${i}" /${r.pick(WORDS)}/${i}/;\n`);
  }
  add('}\n\n');
  for (let k = 0; length < bytes; k++) add(site(r, 900, k) + '\n');
  return parts.join('');
}

/**
 * Build output a repository ignores: `count` files under `var/cache/` (listed in .gitignore),
 * which git skips and so must socklint.
 */
export function writeIgnored(root, count) {
  const r = prng(30_000);
  writeFileSync(join(root, '.gitignore'), '/var/cache/\n*.log\n');
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const path = join(root, 'var/cache', `shard${i % 100}`, `entry-${i}.${i % 3 === 0 ? 'conf' : 'php'}`);
    if (i < 100) mkdirSync(dirname(path), { recursive: true });
    const text =
      i % 3 === 0
        ? `server {\n  listen ${8000 + (i % 1000)};\n}\n`
        : `<?php return ${JSON.stringify(sentence(r))};\n`;
    writeFileSync(path, text);
    bytes += text.length;
  }
  return { files: count, bytes };
}

/**
 * One nginx.conf of about `bytes` bytes with `servers` server blocks in http, every one passing
 * PHP to the pool's socket: the shape of a large generated hosting config.
 */
export function serversNginxFile(servers = 10_000, bytes = 4 * 1024 * 1024) {
  const parts = [
    'user www-data;\nworker_processes auto;\npid /run/nginx.pid;\n\nevents {\n    worker_connections 1024;\n}\n\nhttp {\n    include mime.types;\n    default_type application/octet-stream;\n    sendfile on;\n\n',
  ];
  const per = Math.floor(bytes / servers);
  for (let k = 0; k < servers; k++) {
    let block = `    server {\n        listen 80;\n        server_name site${k}.example.com;\n        root /srv/www/site${k}/public;\n        index index.php index.html;\n\n        location / {\n            try_files $uri $uri/ /index.php?$query_string;\n        }\n\n        location ~ \\.php$ {\n            include fastcgi_params;\n            fastcgi_pass unix:/run/php/php8.2-fpm.sock;\n        }\n`;
    if (block.length + 7 < per)
      block += `        # ${'tenant notes '.repeat(Math.ceil((per - block.length) / 13)).slice(0, per - block.length - 17)}\n`;
    parts.push(block + '    }\n');
  }
  parts.push('}\n');
  return parts.join('');
}
