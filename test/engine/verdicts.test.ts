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

  it('leaves a variable undecided in a file read on its own, where a file not read may define it', async () => {
    const common = 'provision/nginx/wp-common.conf';
    const r = await findings({
      [common]: 'location ~ \\.php$ {\n    include fastcgi_params;\n    fastcgi_pass $upstream;\n}\n',
    });
    expect(r.rules).toEqual([`socket-target-unresolved notice ${common}:3`]);
    expect(r.messages[0]).toContain(
      'nginx variable $upstream, which none of the files read defines (this file is read on its own)',
    );
  });

  it('keeps a variable that a set defines as a notice when its value is not literal', async () => {
    const r = await findings({
      [SITE]: 'server {\n  set $sock $http_x_sock;\n  location / {\n    fastcgi_pass unix:$sock;\n  }\n}\n',
      [POOL]: pool('user = www-data\nlisten = /run/php/app.sock\nlisten.owner = www-data'),
    });
    expect(r.rules).toEqual([`socket-target-unresolved notice ${SITE}:4`]);
  });
});

describe('clients that are not PHP-FPM clients', () => {
  const proxy = (target: string) => `server {\n  location / {\n    proxy_pass ${target};\n  }\n}\n`;
  const fpm = pool('user = www-data\nlisten = /run/php/app.sock\nlisten.owner = www-data');

  it('leave a proxy_pass to a Unix socket no pool creates undecided, naming the protocol', async () => {
    const r = await findings({ [SITE]: proxy('http://unix:/run/gunicorn.sock'), [POOL]: fpm });
    expect(r.verdicts).toEqual(['undecided']);
    expect(r.rules).toEqual([`socket-target-unresolved notice ${SITE}:3`]);
    expect(r.messages[0]).toContain(
      'proxy_pass does not speak FastCGI, so /run/gunicorn.sock is not a PHP-FPM socket',
    );
  });

  it('never compare a proxy_pass to a local port with the pools', async () => {
    const r = await findings({ [SITE]: proxy('http://127.0.0.1:3000'), [POOL]: fpm });
    expect(r.rules).toEqual([]);
  });

  it('still compare a fastcgi_pass to a local port with the pools', async () => {
    const r = await findings({ [SITE]: site('127.0.0.1:9001'), [POOL]: fpm });
    expect(r.rules).toEqual([`socket-path-mismatch error ${SITE}:3`]);
  });
});

describe('files nothing places', () => {
  it('leave a socket no pool among them creates undecided: their machine is not known', async () => {
    const r = await findings({
      'deploy/site.conf': site('unix:/run/php/other.sock'),
      'deploy/pool.conf': pool('user = www-data\nlisten = /run/php/app.sock\nlisten.owner = www-data'),
    });
    expect(r.verdicts).toEqual(['undecided']);
    expect(r.messages.join('\n')).toContain(
      'no pool among the files nothing places listens on /run/php/other.sock; where those files are deployed is not known',
    );
    expect(r.rules.filter((x) => x.includes(' error '))).toEqual([]);
  });
});

describe('PHP-FPM environment references', () => {
  const files = {
    [SITE]: site('unix:/run/php/app.sock'),
    [POOL]: pool('user = www-data\nlisten = /run/php/${SOCK}.sock\nlisten.owner = www-data'),
  };
  it('stay undecided without a value', async () => {
    const r = await findings(files);
    expect(r.verdicts).toEqual(['undecided']);
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

  it('in typed keys are expanded before the type is checked, as PHP-FPM does', async () => {
    const typed = {
      [SITE]: site('unix:/run/php/app.sock'),
      [POOL]:
        '[app]\nuser = www-data\nlisten = /run/php/app.sock\nlisten.owner = www-data\n' +
        'pm = ${PM}\npm.max_children = ${CHILDREN}\ncatch_workers_output = ${CATCH}\n',
    };
    // Unknown values are unknown, not invalid: php-fpm -t accepts the file.
    const open = await findings(typed);
    expect(open.rules).toEqual([]);
    expect(open.verdicts).toEqual(['connects']);
    // Known values are checked like written ones.
    const given = await findings(typed, 'variables:\n  PM: sometimes\n  CHILDREN: "0"\n  CATCH: "yes"\n');
    expect(given.messages.join('\n')).toContain(
      "unable to parse value for entry 'pm': invalid process manager (static, dynamic or ondemand)",
    );
    // fpm_conf_set_boolean() takes `yes` from the environment as it is (checked on php-fpm8.2 -t).
    expect(given.messages.join('\n')).not.toContain('catch_workers_output');
    const upper = await findings(typed, 'variables:\n  PM: static\n  CHILDREN: "2"\n  CATCH: "YES"\n');
    expect(upper.messages.join('\n')).toContain(
      "unable to parse value for entry 'catch_workers_output': invalid boolean value",
    );
  });
});

describe('a configuration read in part', () => {
  it('does not claim what only the whole configuration could show', async () => {
    // A pool fragment nothing places: its main file and the pool's other files are not known.
    const r = await findings({
      'deploy/site.conf': site('unix:/run/php/app.sock'),
      'deploy/zz-socket.conf': '[www]\nlisten = /run/php/app.sock\nlisten.mode = 0666\n',
    });
    expect(r.rules.filter((x) => x.includes('fpm-config-invalid'))).toEqual([]);
  });
});

describe('an upstream no file defines', () => {
  const image = {
    Dockerfile: 'FROM docker.io/example/nginx-base:1.4\nCOPY install /\n',
    'install/etc/nginx/snippets/php.conf':
      'fastcgi_pass php-upstream;\nfastcgi_index index.php;\ninclude /etc/nginx/fastcgi_params;\n',
    'install/etc/nginx/sites.available/default.conf':
      'server {\n  location ~ \\.php$ {\n    include /etc/nginx/snippets/php.conf;\n  }\n}\n',
  };

  it('names the script line that writes it', async () => {
    const r = await findings({
      ...image,
      'install/init/10-upstream':
        '#!/command/with-contenv bash\nprintf "upstream php-upstream {\\n server unix:%s;\\n}\\n" "$SOCK" > /etc/nginx/conf.d/up.conf\n',
    });
    expect(r.verdicts).toEqual(['undecided']);
    expect(r.messages.join('\n')).toContain(
      'upstream "php-upstream" is in no file the configuration loads: install/init/10-upstream:2 writes it (printf',
    );
  });

  it('names a line of a sourced library whose name does not say shell', async () => {
    const r = await findings({
      ...image,
      'install/inc/upstream.inc':
        'write_upstream() {\n  echo "upstream php-upstream { server unix:/run/php/app.sock; }" > /etc/nginx/conf.d/up.conf\n}\n',
    });
    expect(r.messages.join('\n')).toContain(
      'upstream "php-upstream" is in no file the configuration loads: install/inc/upstream.inc:2 writes it (echo',
    );
  });

  it('does not read source files for it: a PHP file that prints the block is not a writer', async () => {
    const r = await findings({
      ...image,
      'app/setup.php': '<?php\necho "upstream php-upstream { server unix:/run/php/app.sock; }";\n',
    });
    expect(r.messages.join('\n')).not.toContain('writes it');
  });

  it('says that the unknown base image may define it, when no script of the repository does', async () => {
    const r = await findings(image);
    expect(r.verdicts).toEqual(['undecided']);
    expect(r.messages.join('\n')).toContain(
      'the base image (FROM docker.io/example/nginx-base:1.4) is not one socklint knows, and a file it ships or a script it runs at start may define it',
    );
  });
});

describe('what is known of the machine', () => {
  const setup = '#!/bin/sh\ngroupadd web\n';
  it('an account nothing creates is assumed on a host tree, and missing where the accounts are complete', async () => {
    const files = {
      [SITE]: site('unix:/run/php/app.sock'),
      [POOL]: pool('user = deploy\nlisten = /run/php/app.sock\nlisten.owner = www-data'),
    };
    // A host tree is rarely the whole machine: deploy may come from cloud-init or another role.
    const host = await findings(files);
    expect(host.rules).toEqual([`account-assumed notice ${POOL}:2`]);
    expect(host.messages[0]).toBe(
      'user deploy (user of pool [app]) is created by nothing in the repository: assumed to exist on host ./, with an unknown uid and in no group the repository does not show. Declare it under users: in .socklint.yml, or set accounts: complete if the repository creates every account',
    );
    expect(host.verdicts).toEqual(['connects']);
    // Declared complete, the same name is certainly missing, and PHP-FPM refuses the pool.
    const complete = await findings(files, 'accounts: complete\n');
    expect(complete.rules).toEqual([
      `socket-path-mismatch error ${SITE}:3`,
      `fpm-config-invalid error ${POOL}:2`,
    ]);
    expect(complete.messages[1]).toBe(
      "PHP-FPM does not start: [pool app] cannot get uid for user 'deploy' (accounts: complete in .socklint.yml, and nothing creates it)",
    );
    // Declared in .socklint.yml, the account exists and no notice is given.
    const declared = await findings(files, 'users:\n  deploy: {}\n');
    expect(declared.rules).toEqual([]);
    expect(declared.verdicts).toEqual(['connects']);
  });

  it('a denial that rests on a membership nothing shows states the assumption', async () => {
    const r = await findings({
      [SITE]: site('unix:/run/php/app.sock'),
      [POOL]: pool('user = app\nlisten = /run/php/app.sock\nlisten.owner = app\nlisten.group = app'),
      'setup.sh': '#!/bin/sh\nuseradd --system app\n',
    });
    expect(r.rules).toEqual([`socket-permission-denied error ${POOL}:5`]);
    expect(r.messages[0]).toBe(
      'nginx worker www-data (groups: www-data) cannot write /run/php/app.sock (app:app 0660): not the owner, not in group app, other has no write; assumed: www-data is not in group app: nothing in the repository adds it (declare the members under groups: in .socklint.yml)',
    );
    // Declaring the members replaces the assumption by a fact.
    const declared = await findings(
      {
        [SITE]: site('unix:/run/php/app.sock'),
        [POOL]: pool('user = app\nlisten = /run/php/app.sock\nlisten.owner = app\nlisten.group = app'),
        'setup.sh': '#!/bin/sh\nuseradd --system app\n',
      },
      'groups:\n  app:\n    members: [www-data]\n',
    );
    expect(declared.verdicts).toEqual(['connects']);
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

describe('more sockets PHP-FPM creates, or fails to', () => {
  it("gives pm.status_listen the pool's listen.* (F16)", async () => {
    const statusSite = site('unix:/run/php/status.sock');
    const owned = await findings({
      [SITE]: statusSite,
      [POOL]: pool(
        'user = www-data\nlisten = /run/php/app.sock\nlisten.owner = www-data\npm.status_listen = /run/php/status.sock',
      ),
    });
    expect(owned.verdicts).toEqual(['connects']);
    const implicit = await findings({
      [SITE]: statusSite,
      [POOL]: pool('user = www-data\nlisten = /run/php/app.sock\npm.status_listen = /run/php/status.sock'),
    });
    expect(implicit.verdicts).toEqual(['permission-denied']);
  });

  it('refuses a numeric user without a passwd entry and no group, where the accounts are complete (F8)', async () => {
    const files = {
      [SITE]: site('unix:/run/php/app.sock'),
      [POOL]: pool('user = 4242\nlisten = /run/php/app.sock\nlisten.owner = www-data'),
    };
    const complete = await findings(files, 'accounts: complete\n');
    expect(complete.verdicts).toEqual(['fpm-fails']);
    expect(complete.messages.join('\n')).toContain(
      '[pool app] please specify user and group other than root (user = 4242 has no passwd entry',
    );
    expect((await findings(files)).verdicts).toEqual(['connects']);
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
