/** Verdicts that depend on what is known of the machine, on variables, and on the kernel's order. */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../../src/engine/scan.js';
import { scratchDirs } from '../helpers/scratch.js';

const scratch = scratchDirs('socklint-verdict-');
afterAll(scratch.cleanup);

function tree(files: Record<string, string>): string {
  const dir = scratch.make();
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

const site = (target: string) => `server {\n  location ~ \\.php$ {\n    fastcgi_pass ${target};\n  }\n}\n`;
const pool = (lines: string) => `[app]\n${lines}\npm = ondemand\npm.max_children = 4\n`;
const SITE = 'etc/nginx/sites-enabled/app';
const POOL = 'etc/php/8.2/fpm/pool.d/app.conf';

async function findings(files: Record<string, string>, config?: string) {
  const dir = tree(config ? { ...files, '.socklint.yml': config } : files);
  const { result } = await analyze({ root: dir });
  return {
    rules: result.findings.map((f) => `${f.rule} ${f.severity} ${f.file}:${f.line}`),
    messages: result.findings.map((f) => f.message),
    verdicts: result.sockets.map((s) => s.verdict),
  };
}

describe('nginx variables', () => {
  it('reports a variable nothing defines, as nginx refuses it', async () => {
    const r = await findings({
      [SITE]: site('unix:/run/php/$pool.sock'),
      [POOL]: pool('user = www-data\nlisten = /run/php/app.sock\nlisten.owner = www-data'),
    });
    expect(r.rules).toContain(`nginx-config-invalid error ${SITE}:3`);
    expect(r.messages.join('\n')).toContain('nginx does not start: unknown "pool" variable');
    expect(r.verdicts).toEqual(['nginx-fails']);
  });

  it('keeps a variable that a set defines as a notice when its value is not literal', async () => {
    const r = await findings({
      [SITE]: 'server {\n  set $sock $http_x_sock;\n  location / {\n    fastcgi_pass unix:$sock;\n  }\n}\n',
      [POOL]: pool('user = www-data\nlisten = /run/php/app.sock\nlisten.owner = www-data'),
    });
    expect(r.rules).toEqual([`socket-target-unresolved notice ${SITE}:4`]);
  });
});

describe('PHP-FPM environment references', () => {
  const files = {
    [SITE]: site('unix:/run/php/app.sock'),
    [POOL]: pool('user = www-data\nlisten = /run/php/${SOCK}.sock\nlisten.owner = www-data'),
  };
  it('stay unknown without a value', async () => {
    const r = await findings(files);
    expect(r.verdicts).toEqual(['unknown']);
    expect(r.rules).toEqual([
      `socket-target-unresolved notice ${SITE}:3`,
      `socket-target-unresolved notice ${POOL}:3`,
    ]);
    expect(r.messages[0]).toContain('environment variable ${SOCK}');
  });
  it('take the value given in variables', async () => {
    expect((await findings(files, 'variables:\n  SOCK: app\n')).verdicts).toEqual(['connects']);
    const wrong = await findings(files, 'variables:\n  SOCK: ""\n');
    expect(wrong.verdicts).toEqual(['no-socket']);
    expect(wrong.messages[0]).toContain('the nearest is /run/php/.sock');
  });
});

describe('what is known of the machine', () => {
  const setup = '#!/bin/sh\ngroupadd web\n';
  it('an unknown pool user stops PHP-FPM on a host tree, and stays unknown for mapped files', async () => {
    const files = {
      [SITE]: site('unix:/run/php/app.sock'),
      [POOL]: pool('user = deploy\nlisten = /run/php/app.sock\nlisten.owner = www-data'),
    };
    const host = await findings(files);
    expect(host.rules).toEqual([
      `socket-path-mismatch error ${SITE}:3`,
      `fpm-config-invalid error ${POOL}:2`,
    ]);
    expect(host.messages[1]).toBe(
      "PHP-FPM does not start: [pool app] cannot get uid for user 'deploy' (nothing in the repository creates it; if the machine has it, declare it in .socklint.yml)",
    );
    // The same files placed by mappings, with no provisioning: the account may exist there.
    const mapped = await findings(
      { 'deploy/site.conf': files[SITE], 'deploy/pool.conf': files[POOL] },
      'mappings:\n  deploy/site.conf: /etc/nginx/sites-enabled/app\n  deploy/pool.conf: /etc/php/8.2/fpm/pool.d/app.conf\n',
    );
    expect(mapped.rules.filter((r) => r.includes(' error '))).toEqual([]);
    // Declared in .socklint.yml, the account exists.
    expect((await findings(files, 'users:\n  deploy: {}\n')).verdicts).toEqual(['connects']);
  });

  it('a pool running as root stops PHP-FPM', async () => {
    const r = await findings({
      [SITE]: site('unix:/run/php/app.sock'),
      [POOL]: pool('user = root\nlisten = /run/php/app.sock\nlisten.owner = www-data'),
      'setup.sh': setup,
    });
    expect(r.messages).toContain(
      'PHP-FPM does not start: [pool app] please specify user and group other than root',
    );
  });

  it('a socket directory under /run that nothing creates stops PHP-FPM', async () => {
    const files = {
      [SITE]: site('unix:/run/app/php.sock'),
      [POOL]: pool('user = www-data\nlisten = /run/app/php.sock\nlisten.owner = www-data'),
    };
    const r = await findings({ ...files, 'setup.sh': setup });
    expect(r.verdicts).toEqual(['fpm-fails']);
    expect(r.messages[0]).toContain('nothing creates /run/app, and /run starts empty at boot');
    const created = await findings({ ...files, 'setup.sh': `${setup}mkdir -p /run/app\n` });
    expect(created.verdicts).toEqual(['connects']);
  });

  it('a directory that denies search answers before the missing socket (K1)', async () => {
    const r = await findings({
      [SITE]: site('unix:/run/app/typo.sock'),
      [POOL]: pool('user = www-data\nlisten = /run/app/php.sock\nlisten.owner = www-data'),
      'setup.sh': `${setup}mkdir -m 0700 /run/app\n`,
    });
    expect(r.verdicts).toEqual(['directory-denied']);
    expect(r.rules).toContain('socket-directory-denied error setup.sh:3');
  });
});

describe('PHP-FPM includes', () => {
  it('an include of a directory that does not exist stops PHP-FPM (F23)', async () => {
    const r = await findings({
      [SITE]: site('unix:/run/php/app.sock'),
      'etc/php/8.2/fpm/php-fpm.conf':
        '[global]\ninclude=/etc/php/8.2/fpm/pool.d/*.conf\ninclude=/etc/php/8.2/fpm/missing.d/*.conf\n',
      [POOL]: pool('user = www-data\nlisten = /run/php/app.sock\nlisten.owner = www-data'),
    });
    expect(r.verdicts).toEqual(['fpm-fails']);
    expect(r.rules).toContain('fpm-config-invalid error etc/php/8.2/fpm/php-fpm.conf:3');
  });
});

describe('a default ACL on the socket directory (K11, F14)', () => {
  it('shrinks listen.mode 0660 to 0640, so the group route fails', async () => {
    const r = await findings({
      [SITE]: site('unix:/run/app/php.sock'),
      [POOL]: pool(
        'user = www-data\nlisten = /run/app/php.sock\nlisten.group = www-data\nlisten.mode = 0660',
      ),
      'setup.sh': '#!/bin/sh\nmkdir -m 0755 /run/app\nsetfacl -d -m u::rwx,g::r-x,o::--- /run/app\n',
    });
    expect(r.verdicts).toEqual(['permission-denied']);
    expect(r.messages[0]).toContain('(root:www-data 0640)');
  });
});

describe('socket-mode-invalid severity follows the effect', () => {
  it('is a warning when every web server still connects (4666 → 0666)', async () => {
    const r = await findings({
      [SITE]: site('unix:/run/php/app.sock'),
      [POOL]: pool('user = www-data\nlisten = /run/php/app.sock\nlisten.mode = 4666'),
    });
    expect(r.verdicts).toEqual(['connects']);
    expect(r.rules).toContain(`socket-mode-invalid warning ${POOL}:4`);
  });
  it('is an error when the real mode denies (0o660 → 0000)', async () => {
    const r = await findings({
      [SITE]: site('unix:/run/php/app.sock'),
      [POOL]: pool(
        'user = www-data\nlisten = /run/php/app.sock\nlisten.owner = www-data\nlisten.mode = 0o660',
      ),
    });
    expect(r.rules).toContain(`socket-mode-invalid error ${POOL}:5`);
  });
});
