/**
 * Each rule against a fixture where it must fire (at the stated line, with a message that
 * explains the decision) and one where it must stay silent.
 */
import { describe, expect, it } from '@jest/globals';
import path from 'node:path';
import type { RuleId } from '../../src/engine/findings.js';
import { analyze } from '../../src/engine/scan.js';
import { RULES } from '../../src/engine/rules/index.js';

interface Case {
  failing: string;
  at: string;
  message: RegExp;
  passing: string;
}

const CASES: Record<RuleId, Case> = {
  'socket-permission-denied': {
    failing: 'trap-owner-class-denies',
    at: 'etc/php/8.2/fpm/pool.d/www.conf',
    message: /owner class denies: www-data owns it but mode 0060 gives the owner no write/,
    passing: 'debian-php82',
  },
  'socket-directory-denied': {
    failing: 'trap-socket-dir-denied',
    at: 'setup.sh',
    message: /directory \/run\/php-app \(root:root 0700\) denies search to www-data/,
    passing: 'debian-php82',
  },
  'socket-path-mismatch': {
    failing: 'trap-php74-path',
    at: 'etc/nginx/sites-available/default',
    message: /php7\.4-fpm\.sock.*the nearest is \/run\/php\/php8\.2-fpm\.sock/,
    passing: 'trap-debian-alias',
  },
  'socket-mode-invalid': {
    failing: 'trap-mode-u-rw',
    at: 'etc/php/8.2/fpm/pool.d/www.conf',
    message: /listen\.mode = u\+rw is not an octal mode: PHP-FPM creates .* with mode 0000/,
    passing: 'trap-owner-class-denies',
  },
  'nginx-config-invalid': {
    failing: 'adversarial-unterminated',
    at: 'etc/nginx/sites-available/app',
    message: /nginx does not start: unexpected end of file/,
    passing: 'debian-php82',
  },
  'apache-config-invalid': {
    failing: 'apache-debian-no-proxy-fcgi',
    at: 'etc/apache2/sites-available/shop.conf',
    message:
      /proxy_fcgi_module is not loaded, so no handler takes the request and Apache sends the PHP file as it is/,
    passing: 'apache-debian-php82',
  },
  'caddy-config-invalid': {
    failing: 'caddy-debian-nginx-address',
    at: 'etc/caddy/Caddyfile',
    message: /Caddy cannot dial unix:\/run\/php\/php8\.2-fpm\.sock: .*unknown network unix:/,
    passing: 'caddy-debian-php82',
  },
  'fpm-config-invalid': {
    failing: 'trap-hash-line',
    at: 'etc/php/8.2/fpm/pool.d/www.conf',
    message: /PHP-FPM does not start/,
    passing: 'debian-php82',
  },
  'socket-world-writable': {
    failing: 'trap-world-writable',
    at: 'etc/php/8.2/fpm/pool.d/www.conf',
    message: /mode 0666: every local user may connect/,
    passing: 'debian-php82',
  },
  'socket-ownership-implicit': {
    failing: 'debian-broken-socket',
    at: 'etc/php/8.2/fpm/pool.d/www.conf',
    message: /belongs to the PHP-FPM master \(root:root 0660, as it runs as root\)/,
    passing: 'debian-php82',
  },
  'socket-owner-ignored': {
    failing: 'trap-acl-overrides-owner',
    at: 'etc/php/8.2/fpm/pool.d/www.conf',
    message: /listen\.owner = .* is ignored because listen\.acl_users is set/,
    passing: 'multi-pool-host',
  },
  'socket-target-unresolved': {
    failing: 'ansible-templates',
    at: 'roles/php_app/templates/nginx-site.conf.j2',
    message: /Ansible variable app_name, which nothing in the repository defines/,
    passing: 'ansible-templates-vars',
  },
  'account-assumed': {
    failing: 'open-world-accounts',
    at: 'etc/php/8.2/fpm/pool.d/shop.conf',
    message: /user shop \(user of pool \[shop\]\) is created by nothing in the repository: assumed to exist/,
    passing: 'multi-pool-host',
  },
  'suppression-invalid': {
    failing: 'suppressions',
    at: 'etc/php/8.2/fpm/pool.d/www.conf',
    message: /has no reason/,
    passing: 'debian-php82',
  },
};

const scan = async (name: string) => (await analyze({ root: path.resolve('__fixtures__', name) })).result;

describe.each(RULES.map((r) => r.id))('%s', (id) => {
  const c = CASES[id];
  it(`fires on ${c.failing}`, async () => {
    const hits = (await scan(c.failing)).findings.filter((f) => f.rule === id);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.some((f) => f.file === c.at && c.message.test(f.message))).toBe(true);
  });
  it(`stays silent on ${c.passing}`, async () => {
    expect((await scan(c.passing)).findings.filter((f) => f.rule === id)).toEqual([]);
  });
});
