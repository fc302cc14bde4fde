/**
 * Unix sockets that programs other than PHP-FPM create, read from their own configuration:
 * systemd socket units (Y1), gunicorn (G1-G4, from a unit's ExecStart or a supervisord
 * `command=`) and uWSGI (U1-U6, from its ini file). Each declaration says how the socket is
 * created, so the resolution can decide a client of it as it decides an FPM pool's.
 */
import { locationIn, type Location, type SourceFile } from '../../types.js';
import { entriesOf, readUnitFile, type UnitEntry } from './unit-file.js';

/** An account as written: a name, or a number. */
export type AccountRef = string;

/** How a program creates its socket, as far as its configuration says. */
export interface SocketPlan {
  kind: 'socket';
  /** The owner; undefined: the creating process (root unless `process` says otherwise). */
  owner?: AccountRef;
  /** The group; undefined: the owner's primary group when `groupOfOwner`, else the process's group. */
  group?: AccountRef;
  groupOfOwner?: boolean;
  mode: number;
  /** The process that creates the socket when no owner is given (a service's `User=`). */
  process?: { user: AccountRef; group?: AccountRef };
  why: { owner: string; group: string; mode: string };
}

export interface ListenerDecl {
  /** e.g. `systemd socket unit gunicorn.socket`, `gunicorn (ExecStart of app.service)`. */
  creator: string;
  /** The path as written (absolute, or relative to the program's working directory). */
  path: string;
  /** The declaration of the path. */
  location: Location;
  /** The lines that set the owner, group and mode, when they are other lines. */
  settings?: { owner?: Location; group?: Location; mode?: Location };
  plan: SocketPlan | { kind: 'fails'; message: string; at?: Location };
}

const isAbsolute = (p: string) => p.startsWith('/');

/* ------------------------------------------------------------------ systemd */

/** ListenStream= paths of a `.socket` unit, and gunicorn binds in a `.service`'s ExecStart. */
export function systemdListeners(file: SourceFile): ListenerDecl[] {
  const entries = readUnitFile(file.text);
  const name = file.path.replace(/^.*\//, '');
  const at = (e: UnitEntry) => locationIn(file, e.valueSpan);
  if (name.endsWith('.socket')) return socketUnit(entries, name, at);
  if (!name.endsWith('.service')) return [];
  const user = entriesOf(entries, 'Service', 'User').pop()?.value;
  const group = entriesOf(entries, 'Service', 'Group').pop()?.value;
  return entriesOf(entries, 'Service', 'ExecStart').flatMap((e) =>
    gunicornListeners(splitCommand(e.value.replace(/^[-@:+!]+/, '')), {
      creator: `gunicorn (ExecStart of ${name})`,
      location: at(e),
      ...(user ? { process: { user, ...(group ? { group } : {}) } } : {}),
    }),
  );
}

/** Y1: SocketUser/SocketGroup are names (root when unset), SocketMode defaults to 0666. */
function socketUnit(entries: UnitEntry[], name: string, at: (e: UnitEntry) => Location): ListenerDecl[] {
  const last = (key: string) => entriesOf(entries, 'Socket', key).pop();
  const user = last('SocketUser');
  const group = last('SocketGroup');
  const modeEntry = last('SocketMode');
  const mode = modeEntry ? parseInt(modeEntry.value, 8) : 0o666;
  const creator = `systemd socket unit ${name}`;
  return entriesOf(entries, 'Socket', 'ListenStream')
    .filter((e) => isAbsolute(e.value))
    .map((e) => ({
      creator,
      path: e.value,
      location: at(e),
      settings: {
        ...(user ? { owner: at(user) } : {}),
        ...(group ? { group: at(group) } : {}),
        ...(modeEntry ? { mode: at(modeEntry) } : {}),
      },
      plan: Number.isNaN(mode)
        ? {
            kind: 'fails',
            message: `${name}: SocketMode=${modeEntry!.value} is not an octal mode`,
            at: at(modeEntry!),
          }
        : {
            kind: 'socket',
            ...(user ? { owner: user.value } : {}),
            ...(group ? { group: group.value } : user ? { groupOfOwner: true } : {}),
            mode: mode & 0o7777,
            why: {
              owner: user ? `SocketUser=${user.value}` : 'no SocketUser=: root',
              group: group
                ? `SocketGroup=${group.value}`
                : user
                  ? `no SocketGroup=: the default group of ${user.value}`
                  : 'no SocketGroup=: root',
              mode: modeEntry ? `SocketMode=${modeEntry.value}` : 'no SocketMode=: 0666',
            },
          },
    }));
}

/* ------------------------------------------------------------------ gunicorn */

interface CommandContext {
  creator: string;
  location: Location;
  process?: { user: AccountRef; group?: AccountRef };
}

/** The gunicorn binary, or `python -m gunicorn`. */
function gunicornArgs(argv: string[]): string[] | undefined {
  const base = (s: string) => s.replace(/^.*\//, '');
  const i = argv.findIndex((a) => /^gunicorn3?$/.test(base(a)));
  if (i >= 0) return argv.slice(i + 1);
  const m = argv.findIndex(
    (a, j) => a === '-m' && argv[j + 1] === 'gunicorn' && /^python/.test(base(argv[0])),
  );
  return m >= 0 ? argv.slice(m + 2) : undefined;
}

/**
 * G1-G3: `--bind unix:PATH` (`unix://PATH` too); the socket is 0777 & ~umask (umask 0 by
 * default, `auto_int`: a leading 0 means octal, else decimal), chowned to --user/--group,
 * which default to the process's own ids.
 */
export function gunicornListeners(argv: string[], ctx: CommandContext): ListenerDecl[] {
  const args = gunicornArgs(argv);
  if (!args) return [];
  const option = (long: string, short: string): string[] => {
    const out: string[] = [];
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      if (a === long || a === short) out.push(args[++i] ?? '');
      else if (a.startsWith(`${long}=`)) out.push(a.slice(long.length + 1));
      else if (a.startsWith(short) && a.length > short.length && !a.startsWith('--'))
        out.push(a.slice(short.length));
    }
    return out;
  };
  const umaskText = option('--umask', '-m').pop();
  const umask = umaskText === undefined ? 0 : autoInt(umaskText);
  const user = option('--user', '-u').pop();
  const group = option('--group', '-g').pop();
  const creator = ctx.creator;
  return option('--bind', '-b')
    .map((b) => /^unix:(?:\/\/)?(.*)$/.exec(b)?.[1])
    .filter((p): p is string => p !== undefined && p !== '')
    .map((path) => ({
      creator,
      path,
      location: ctx.location,
      plan:
        umask === undefined
          ? { kind: 'fails', message: `gunicorn: --umask ${umaskText} is not a number` }
          : {
              kind: 'socket',
              ...(user ? { owner: user } : {}),
              ...(group ? { group } : {}),
              mode: 0o777 & ~umask,
              ...(ctx.process ? { process: ctx.process } : {}),
              why: {
                owner: user ? `--user ${user}` : "no --user: the process's own user",
                group: group ? `--group ${group}` : "no --group: the process's own group",
                mode:
                  umaskText === undefined
                    ? 'no --umask: gunicorn sets umask 0, so 0777'
                    : `--umask ${umaskText} (${umask.toString(8).padStart(4, '0')} octal)`,
              },
            },
    }));
}

/** gunicorn's auto_int(): `0<digit>…` is octal, otherwise int(x, 0) (decimal, 0o, 0x, 0b). */
function autoInt(text: string): number | undefined {
  if (/^0[0-7]+$/.test(text)) return parseInt(text, 8);
  if (/^[1-9][0-9]*$|^0$/.test(text)) return parseInt(text, 10);
  const m = /^0([oxb])([0-9a-f]+)$/i.exec(text);
  if (!m) return undefined;
  const n = parseInt(m[2], { o: 8, x: 16, b: 2 }[m[1].toLowerCase() as 'o' | 'x' | 'b']);
  return Number.isNaN(n) ? undefined : n;
}

/* ------------------------------------------------------------------ supervisord */

/** `[program:x]` sections whose `command=` runs gunicorn, with their `user=`. */
export function supervisordListeners(file: SourceFile): ListenerDecl[] {
  const entries = readUnitFile(file.text);
  const programs = new Set(entries.filter((e) => e.section.startsWith('program:')).map((e) => e.section));
  return [...programs].flatMap((section) => {
    const command = entriesOf(entries, section, 'command', true).pop();
    if (!command) return [];
    const user = entriesOf(entries, section, 'user', true).pop()?.value;
    return gunicornListeners(splitCommand(command.value), {
      creator: `gunicorn (${section} in ${file.path.replace(/^.*\//, '')})`,
      location: locationIn(file, command.valueSpan),
      ...(user ? { process: { user } } : {}),
    });
  });
}

/* ------------------------------------------------------------------ uWSGI */

/**
 * U1-U4: `socket`/`uwsgi-socket`/`http-socket` paths of the `[uwsgi]` section. chmod-socket
 * with no value or `1` is 0666, three octal digits are the mode, anything else is fatal;
 * without it the mode is 0777 & ~umask (022 unless `umask` says). chown-socket user[:group]
 * chowns after bind; without it, `uid` makes uWSGI drop privileges before binding, so the
 * socket is the uid's (and its gid's, else root's).
 */
export function uwsgiListeners(file: SourceFile): ListenerDecl[] {
  const entries = readUnitFile(file.text).filter((e) => e.section.toLowerCase() === 'uwsgi');
  const last = (key: string) => entries.filter((e) => e.key === key).pop();
  const chmod = last('chmod-socket') ?? last('chmod');
  const chown = last('chown-socket');
  const uid = last('uid');
  const gid = last('gid');
  const umaskEntry = last('umask');
  const umask = umaskEntry ? parseInt(umaskEntry.value, 8) : 0o022;
  const name = file.path.replace(/^.*\//, '');
  const creator = `uWSGI (${name})`;
  let mode: number | { fails: string };
  let modeWhy: string;
  if (!chmod) {
    mode = 0o777 & ~umask;
    modeWhy = `no chmod-socket: 0777 & ~umask ${umask.toString(8).padStart(3, '0')}`;
  } else if (chmod.value === '' || chmod.value === '1') {
    mode = 0o666;
    modeWhy = `chmod-socket${chmod.value ? ' = 1' : ''}: 0666`;
  } else if (/^[0-7]{3}$/.test(chmod.value)) {
    mode = parseInt(chmod.value, 8);
    modeWhy = `chmod-socket = ${chmod.value}`;
  } else {
    mode = {
      fails: `uWSGI exits: invalid chmod value '${chmod.value}' (chmod-socket takes exactly 3 octal digits)`,
    };
    modeWhy = '';
  }
  const [chownUser, chownGroup] = chown ? chown.value.split(':') : [];
  return entries
    .filter((e) => ['socket', 'uwsgi-socket', 'http-socket', 'shared-socket'].includes(e.key))
    .filter((e) => !e.value.startsWith('@') && !/^[^/]*:\d+$/.test(e.value) && !/[%$]\(/.test(e.value))
    .map((e) => ({
      creator,
      path: e.value,
      location: locationIn(file, e.valueSpan),
      settings: {
        ...((chown ?? uid) ? { owner: locationIn(file, (chown ?? uid)!.valueSpan) } : {}),
        ...((chown ?? gid) ? { group: locationIn(file, (chown ?? gid)!.valueSpan) } : {}),
        ...(chmod ? { mode: locationIn(file, chmod.valueSpan) } : {}),
      },
      plan:
        typeof mode === 'object'
          ? { kind: 'fails', message: mode.fails, at: locationIn(file, chmod!.valueSpan) }
          : chown
            ? {
                kind: 'socket',
                owner: chownUser,
                ...(chownGroup ? { group: chownGroup } : { group: 'root' }),
                mode,
                why: {
                  owner: `chown-socket = ${chown.value}`,
                  group: chownGroup ? `chown-socket = ${chown.value}` : 'chown-socket without a group: root',
                  mode: modeWhy,
                },
              }
            : {
                kind: 'socket',
                ...(uid ? { owner: uid.value, group: gid?.value ?? 'root' } : {}),
                mode,
                why: {
                  owner: uid ? `uid = ${uid.value}: uWSGI drops to it before it binds` : 'started as root',
                  group: uid ? (gid ? `gid = ${gid.value}` : 'no gid: root') : 'started as root',
                  mode: modeWhy,
                },
              },
    }));
}

/* ------------------------------------------------------------------ helpers */

/** Splits a command line into words as a shell would for plain and quoted words. */
export function splitCommand(command: string): string[] {
  const words: string[] = [];
  const re = /"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g;
  for (let m = re.exec(command); m; m = re.exec(command)) {
    words.push(m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : (m[2] ?? m[3]));
  }
  return words;
}
