/** A placeholder in the host of a host:port target leaves it TCP: not a socket to decide. */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../../src/engine/scan.js';
import { scratchDirs } from '../helpers/scratch.js';

const scratch = scratchDirs('socklint-tcp-placeholders-');
afterAll(scratch.cleanup);

describe('templated targets', () => {
  it('reads {{ host }}:9002 as TCP, and keeps a templated port or socket path undecided', async () => {
    const dir = scratch.make();
    mkdirSync(path.join(dir, 'templates'), { recursive: true });
    writeFileSync(
      path.join(dir, 'templates/site.conf.j2'),
      [
        'server {',
        '  listen 80;',
        '  location /a { fastcgi_pass {{ PHPFPMHOST }}:9002; }',
        '  location /b { fastcgi_pass php:{{ PORT }}; }',
        '  location /c { fastcgi_pass unix:/run/php/{{ app }}.sock; }',
        '}',
        '',
      ].join('\n'),
    );
    const { result } = await analyze({ root: dir });
    expect(result.sockets.map((s) => [s.client.location.line, s.verdict])).toEqual([
      [4, 'undecided'],
      [5, 'undecided'],
    ]);
  });
});
