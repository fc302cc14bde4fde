import { describe, expect, it } from '@jest/globals';
import { isServerConfigPath, parseOctalMode, splitOwner } from '../../src/engine/parse/provision/facts.js';

describe('isServerConfigPath', () => {
  it.each([
    ['/etc/nginx/nginx.conf', true],
    ['/etc/nginx/sites-enabled/default', true],
    ['/etc/php/8.2/fpm/pool.d/www.conf', true],
    ['/usr/local/etc/php-fpm.d/zz-docker.conf', true],
    ['/usr/local/etc/php-fpm.conf', true],
    ['/etc/php82/php-fpm.d/www.conf', true],
    ['php-fpm.d/docker.conf', true],
    ['/etc/httpd/conf.d/php.conf', true],
    ['/var/log/nginx/access.log', false],
    ['/usr/local/etc/php/conf.d/uploads.ini', false],
    ['/etc/hosts', false],
    ['/etc/passwd', false],
  ])('%s → %s', (path, expected) => {
    expect(isServerConfigPath(path)).toBe(expected);
  });
});

describe('parseOctalMode and splitOwner', () => {
  it('parses octal modes and leaves symbolic ones', () => {
    expect([
      parseOctalMode('0755'),
      parseOctalMode('2770'),
      parseOctalMode('0o660'),
      parseOctalMode('u+rw'),
    ]).toEqual([0o755, 0o2770, 0o660, undefined]);
  });

  it('splits owner and group', () => {
    expect([splitOwner('www-data:nginx'), splitOwner('app'), splitOwner(':web'), splitOwner('app:')]).toEqual(
      [{ owner: 'www-data', group: 'nginx' }, { owner: 'app' }, { group: 'web' }, { owner: 'app' }],
    );
  });
});
