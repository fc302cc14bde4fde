/** Sockets that programs other than PHP-FPM create, as their own rules say (semantics §7, §8). */
import { describe, expect, it } from '@jest/globals';
import {
  gunicornListeners,
  splitCommand,
  systemdListeners,
  uwsgiListeners,
  type ListenerDecl,
} from '../../src/engine/parse/listeners/index.js';
import type { SourceFile } from '../../src/engine/types.js';

const file = (path: string, text: string): SourceFile => ({
  path,
  absPath: path,
  text,
  hadBom: false,
  crlf: false,
});
const at = { file: 'x', line: 1, column: 1, endLine: 1, endColumn: 2 };
const plan = (d: ListenerDecl) => d.plan;

describe('systemd socket units (Y1)', () => {
  it('default to root:root 0666', () => {
    const [l] = systemdListeners(
      file('etc/systemd/system/app.socket', '[Socket]\nListenStream=/run/app.sock\n'),
    );
    expect(l.path).toBe('/run/app.sock');
    expect(plan(l)).toMatchObject({ kind: 'socket', mode: 0o666 });
    expect(plan(l)).not.toHaveProperty('owner');
  });

  it('take SocketUser, SocketGroup and SocketMode, and the user default group without SocketGroup', () => {
    const text = '[Socket]\nListenStream=/run/a.sock\nSocketUser=www-data\nSocketMode=0660\n';
    expect(plan(systemdListeners(file('a.socket', text))[0])).toMatchObject({
      owner: 'www-data',
      groupOfOwner: true,
      mode: 0o660,
    });
  });

  it('skip abstract and TCP addresses, and keep every ListenStream', () => {
    const text =
      '[Socket]\nListenStream=@abstract\nListenStream=127.0.0.1:8000\nListenStream=/run/b.sock\nListenStream=/run/c.sock\n';
    expect(systemdListeners(file('b.socket', text)).map((l) => l.path)).toEqual([
      '/run/b.sock',
      '/run/c.sock',
    ]);
  });

  it('find gunicorn in a service ExecStart, as the service User', () => {
    const text =
      '[Service]\nUser=app\nGroup=www-data\nExecStart=/srv/venv/bin/gunicorn --bind unix:/run/app.sock wsgi:app\n';
    const [l] = systemdListeners(file('app.service', text));
    expect(l).toMatchObject({ creator: 'gunicorn (ExecStart of app.service)', path: '/run/app.sock' });
    expect(plan(l)).toMatchObject({ mode: 0o777, process: { user: 'app', group: 'www-data' } });
  });
});

describe('gunicorn (G1-G3)', () => {
  const bind = (args: string) =>
    plan(gunicornListeners(splitCommand(`gunicorn ${args} app:app`), { creator: 'g', location: at })[0]);
  it('is 0777 with the default umask 0', () =>
    expect(bind('-b unix:/run/g.sock')).toMatchObject({ mode: 0o777 }));
  it('reads --umask 117 as decimal (0612) and 0117 as octal (0660)', () => {
    expect(bind('--bind unix:/run/g.sock --umask 117')).toMatchObject({ mode: 0o612 });
    expect(bind('--bind unix:/run/g.sock --umask 0117')).toMatchObject({ mode: 0o660 });
    expect(bind('--bind=unix:/run/g.sock --umask=0o117')).toMatchObject({ mode: 0o660 });
  });
  it('accepts unix:// and chowns to --user/--group', () => {
    expect(bind('-b unix:///run/g.sock -u www-data -g www-data')).toMatchObject({
      owner: 'www-data',
      group: 'www-data',
    });
  });
  it('ignores TCP binds and other programs', () => {
    expect(
      gunicornListeners(splitCommand('gunicorn -b 0.0.0.0:8000 a:b'), { creator: 'g', location: at }),
    ).toEqual([]);
    expect(
      gunicornListeners(splitCommand('uvicorn --uds /run/u.sock a:b'), { creator: 'g', location: at }),
    ).toEqual([]);
    expect(
      gunicornListeners(splitCommand('python3 -m gunicorn -b unix:/run/m.sock a:b'), {
        creator: 'g',
        location: at,
      }),
    ).toHaveLength(1);
  });
});

describe('uWSGI (U2-U4)', () => {
  const read = (text: string) =>
    uwsgiListeners(file('app.ini', `[uwsgi]\nsocket = /run/uwsgi/app.sock\n${text}`));
  it('takes exactly three octal digits; 0660 is fatal', () => {
    expect(plan(read('chmod-socket = 660\n')[0])).toMatchObject({ mode: 0o660 });
    expect(plan(read('chmod-socket = 0660\n')[0])).toMatchObject({ kind: 'fails' });
  });
  it('gives 0666 for chmod-socket without a value, 0755 without chmod-socket', () => {
    expect(plan(read('chmod-socket =\n')[0])).toMatchObject({ mode: 0o666 });
    expect(plan(read('')[0])).toMatchObject({ mode: 0o755 });
  });
  it('leaves the group root with chown-socket of a user alone, and binds as uid without it', () => {
    expect(plan(read('chown-socket = www-data\n')[0])).toMatchObject({ owner: 'www-data', group: 'root' });
    expect(plan(read('uid = app\ngid = www-data\n')[0])).toMatchObject({ owner: 'app', group: 'www-data' });
  });
  it('skips abstract sockets, TCP addresses and values with references', () => {
    const text = '[uwsgi]\nsocket = @abstract\nsocket = 127.0.0.1:3031\nsocket = %(base)/x.sock\n';
    expect(uwsgiListeners(file('a.ini', text))).toEqual([]);
  });
});
