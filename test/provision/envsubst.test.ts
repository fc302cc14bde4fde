/** envsubst as the reader applies it, against GNU gettext's envsubst on the same text and environment. */
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { ShellEnv } from '../../src/engine/parse/provision/shell-env.js';
import { substituteParts } from '../../src/engine/parse/provision/shell-text.js';

const TEMPLATE = [
  'upstream php { server ${PHP_HOST}:$PHP_PORT; }',
  'server {',
  '    listen ${NGINX_PORT};',
  '    location ~ \\.php$ {',
  '        fastcgi_pass unix:${SOCK_DIR}/php-fpm.sock;',
  '        fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;',
  '        set $x ${UNSET:-default} $$ $1;',
  '    }',
  '}',
  '',
].join('\n');

const ENV = { PHP_HOST: 'php', PHP_PORT: '9000', NGINX_PORT: '8080', SOCK_DIR: '/run/php' };

function real(format: string | undefined): string {
  return execFileSync('envsubst', format === undefined ? [] : [format], {
    input: TEMPLATE,
    env: ENV,
    encoding: 'utf8',
  });
}

function ours(format: string | undefined): string {
  const env = ShellEnv.of(Object.entries(ENV), 'empty');
  const only = format === undefined ? undefined : [...format.matchAll(/\$\{?(\w+)\}?/g)].map((m) => m[1]);
  return substituteParts([{ text: TEMPLATE }], env, only)
    .map((p) => p.text)
    .join('');
}

describe('envsubst, against the real envsubst', () => {
  it.each([undefined, '${PHP_HOST} ${PHP_PORT}', '$SOCK_DIR,$NGINX_PORT', ''])('format %p', (format) => {
    expect(ours(format)).toBe(real(format));
  });

  it('keeps a value that is not known as it is written, naming it', () => {
    const env = ShellEnv.of([['PHP_PORT', '9000']], 'unknown');
    const parts = substituteParts([{ text: 'server ${PHP_HOST}:$PHP_PORT;' }], env, undefined);
    expect(parts).toEqual([
      { text: 'server ' },
      { text: '${PHP_HOST}', unknown: ['$PHP_HOST'] },
      { text: ':9000;' },
    ]);
  });
});
