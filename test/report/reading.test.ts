/** Notes and skipped files are worded apart from findings and their severities, in one place. */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readingSummary } from '../../src/engine/report/reading.js';
import { renderText } from '../../src/engine/report/text.js';
import { analyze } from '../../src/engine/scan.js';
import { scratchDirs } from '../helpers/scratch.js';

const scratch = scratchDirs('socklint-reading-');
afterAll(scratch.cleanup);

describe('notes and skipped files in the text report', () => {
  it('lists them, then says in its own line that they are not findings', async () => {
    const dir = scratch.make();
    const write = (p: string, text: string | Buffer) => {
      mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
      writeFileSync(path.join(dir, p), text);
    };
    write(
      'etc/nginx/sites-enabled/app',
      'server {\n  include /etc/nginx/extra/*.conf;\n  include /opt/site/php.conf;\n  location ~ \\.php$ {\n    fastcgi_pass unix:/run/php/php8.2-fpm.sock;\n  }\n}\n',
    );
    write(
      'etc/php/8.2/fpm/pool.d/www.conf',
      '[www]\nuser = www-data\nlisten = /run/php/php8.2-fpm.sock\nlisten.owner = www-data\nlisten.group = www-data\npm = ondemand\npm.max_children = 2\n',
    );
    write('etc/php/8.2/fpm/pool.d/old.conf', Buffer.from([0x5b, 0x77, 0x00, 0x5d]));
    const { result, sources } = await analyze({ root: dir });
    const lines = renderText(result, { color: false, sources }).trimEnd().split('\n');
    expect(lines).toEqual([
      'skipped etc/php/8.2/fpm/pool.d/old.conf: binary (a NUL byte in the first 8 KB)',
      'note etc/nginx/sites-enabled/app:3:3: include "/opt/site/php.conf" (/opt/site/php.conf) is not in the repository; the analysis is incomplete here.',
      'Read with 1 file skipped and 1 note (not findings: they never change the exit code).',
      '',
      '0 errors, 0 warnings, 0 notices (1 socket checked, 0 undecided)',
    ]);
  });

  it('has nothing to say when nothing was skipped or noted, and counts every note', () => {
    expect(readingSummary({ notes: [], skipped: [] })).toBeUndefined();
    expect(
      readingSummary({
        notes: [{ level: 'notice', code: 'x', message: 'unplaced' }],
        skipped: [
          { path: 'a', reason: 'r' },
          { path: 'b', reason: 'r' },
        ],
      }),
    ).toBe('Read with 2 files skipped and 1 note (not findings: they never change the exit code).');
  });
});

describe('the summary when nothing connects to a socket', () => {
  it('names the programs whose files were read, Apache and Caddy included', async () => {
    const dir = scratch.make();
    const write = (p: string, text: string) => {
      mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
      writeFileSync(path.join(dir, p), text);
    };
    write(
      'etc/apache2/sites-enabled/000-default.conf',
      '<VirtualHost *:80>\n    DocumentRoot /var/www/html\n</VirtualHost>\n',
    );
    write(
      'etc/php/8.2/fpm/pool.d/www.conf',
      '[www]\nuser = www-data\nlisten = /run/php/php8.2-fpm.sock\nlisten.owner = www-data\nlisten.group = www-data\npm = ondemand\npm.max_children = 2\n',
    );
    write('etc/caddy/Caddyfile', ':80 {\n\troot * /srv\n\tfile_server\n}\n');
    const { result, sources } = await analyze({ root: dir });
    const last = renderText(result, { color: false, sources }).trimEnd().split('\n').at(-1);
    expect(last).toBe(
      '0 errors, 0 warnings, 0 notices (0 sockets checked, 0 undecided: in the 3 Apache, Caddy and PHP-FPM files read, no web server connects to a Unix socket)',
    );
  });
});

describe('the summary when every socket is undecided', () => {
  it('says so for sockets in configs a script writes, where no config file is read', async () => {
    const dir = scratch.make();
    writeFileSync(
      path.join(dir, 'install.sh'),
      [
        '#!/bin/bash',
        'apt-get install -y nginx php8.2-fpm',
        "cat > /etc/nginx/sites-available/default <<'EOF'",
        'server {',
        '  location ~ \\.php$ {',
        '    fastcgi_pass unix:/run/php/app.sock;',
        '  }',
        '}',
        'EOF',
        '',
      ].join('\n'),
    );
    const { result, sources } = await analyze({ root: dir });
    expect(result.configFiles).toBe(0);
    const last = renderText(result, { color: false, sources }).trimEnd().split('\n').at(-1);
    expect(last).toBe(
      '0 errors, 0 warnings, 1 notice (1 socket checked, 1 undecided: none could be decided, see the notices)',
    );
  });
});

describe('the summary when a loaded file is unknown', () => {
  it('does not let "no web server connects" stand alone', async () => {
    const dir = scratch.make();
    const write = (p: string, text: string) => {
      mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
      writeFileSync(path.join(dir, p), text);
    };
    write(
      'etc/nginx/sites-enabled/app',
      'server {\n  location / {\n    proxy_pass http://127.0.0.1:8000;\n  }\n}\n',
    );
    write('etc/setup.sh', '#!/bin/sh\nmv "$RENDERED" /etc/nginx/conf.d/php.conf\n');
    const { result, sources } = await analyze({ root: dir });
    const last = renderText(result, { color: false, sources }).trimEnd().split('\n').at(-1);
    expect(last).toBe(
      '0 errors, 0 warnings, 0 notices (0 sockets checked, 0 undecided: in the 1 nginx file read, no web server connects to a Unix socket, but 1 file they load has content socklint does not know (see the notes))',
    );
  });
});
