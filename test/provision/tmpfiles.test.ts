import { describe, expect, it } from '@jest/globals';
import { tmpfilesFacts } from '../../src/engine/parse/provision/tmpfiles.js';
import { source, span } from './helpers.js';

describe('tmpfilesFacts', () => {
  it('reads the Debian php-fpm tmpfiles line and its defaults', () => {
    const file = source(
      'debian/tmpfiles.d/php8.2-fpm.conf',
      [
        '# Type Path Mode User Group Age Argument',
        'd /run/php 0755 www-data www-data -',
        'd %t/app - - -',
        'L+ /run/php/php-fpm.sock - - - - /run/php/php8.2-fpm.sock',
        'Z /var/lib/app ~0750 app -',
        'd /run/%i - - -',
      ].join('\n'),
    );
    expect(tmpfilesFacts(file)).toEqual({
      facts: [
        {
          kind: 'mkdir',
          path: '/run/php',
          mode: 0o755,
          owner: 'www-data',
          group: 'www-data',
          location: span(file, 'd /run/php 0755 www-data www-data -'),
        },
        {
          kind: 'mkdir',
          path: '/run/app',
          mode: 0o755,
          owner: 'root',
          group: 'root',
          location: span(file, 'd %t/app - - -'),
        },
        {
          kind: 'symlink',
          target: '/run/php/php8.2-fpm.sock',
          link: '/run/php/php-fpm.sock',
          location: span(file, 'L+ /run/php/php-fpm.sock - - - - /run/php/php8.2-fpm.sock'),
        },
        {
          kind: 'chmod',
          path: '/var/lib/app',
          mode: 0o750,
          recursive: true,
          location: span(file, 'Z /var/lib/app ~0750 app -'),
        },
        {
          kind: 'chown',
          path: '/var/lib/app',
          owner: 'app',
          recursive: true,
          location: span(file, 'Z /var/lib/app ~0750 app -'),
        },
      ],
      notes: [],
    });
  });
});
