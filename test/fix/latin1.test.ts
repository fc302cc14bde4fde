/** A file that is not UTF-8 is read as the servers read it, byte by byte, and never rewritten. */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../../src/engine/scan.js';
import { unfixedReasons } from '../../src/engine/fix/unfixed.js';
import { scratchDirs } from '../helpers/scratch.js';

const scratch = scratchDirs('socklint-latin1-');
afterAll(scratch.cleanup);

describe('a pool file with a Latin-1 byte', () => {
  it('is checked like any other, with exact columns, and gets no automatic fix', async () => {
    const dir = scratch.make();
    const write = (p: string, text: string | Buffer) => {
      mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
      writeFileSync(path.join(dir, p), text);
    };
    write(
      'etc/nginx/sites-enabled/app',
      'server {\n  location ~ \\.php$ {\n    fastcgi_pass unix:/run/php/app.sock;\n  }\n}\n',
    );
    write(
      'etc/php/8.2/fpm/pool.d/app.conf',
      Buffer.concat([
        Buffer.from('; caf'),
        Buffer.from([0xe9]),
        Buffer.from(
          ' \u00e0 la carte\n[app]\nuser = www-data\nlisten = /run/php/app.sock\npm = ondemand\npm.max_children = 2\n',
          'latin1',
        ),
      ]),
    );
    const analysis = await analyze({ root: dir });
    const { result } = analysis;
    expect(result.skipped).toEqual([]);
    const implicit = result.findings.find((f) => f.rule === 'socket-ownership-implicit')!;
    expect(implicit).toMatchObject({ file: 'etc/php/8.2/fpm/pool.d/app.conf', line: 4, column: 1 });
    expect(implicit.fix).toBeUndefined();
    expect(unfixedReasons(analysis).find((u) => u.finding === implicit)?.reason).toBe(
      'etc/php/8.2/fpm/pool.d/app.conf is not UTF-8: socklint does not rewrite it, so that no other byte changes',
    );
  });
});
