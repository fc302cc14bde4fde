// How a server process is started: directly, or in a mount namespace of its own (a container's
// view of the file system, or systemd's PrivateTmp), as root or under other credentials.
//
// A private mount namespace is what Docker gives each container and what systemd gives a unit with
// PrivateTmp=true: bind mounts made in it are seen by that process tree only, and vanish with it.
// The namespace is made by unshare(1); the mounts are made by a fixed sh script that receives every
// path as a positional argument (nothing from a tree is ever interpolated into shell text); then the
// script execs the server, optionally through setpriv(1), so the server keeps the pid we spawned.

/** The fixed script: `n` triples (source, target, ro|rw), then the command. */
const SCRIPT = `set -e
n=$1; shift
while [ "$n" -gt 0 ]; do
  mount --bind "$1" "$2"
  if [ "$3" = ro ]; then mount -o remount,bind,ro "$2"; fi
  shift 3; n=$((n - 1))
done
exec "$@"`;

/**
 * @typedef {{ source: string, target: string, readOnly?: boolean }} Bind
 * @typedef {{ uid: number, gid: number, groups: number[] }} Creds
 */

/**
 * The program and arguments that run `file args` with the given bind mounts (in a new private
 * mount namespace, when there are any) and credentials (through setpriv, when given).
 * @param {{ file: string, args: string[], binds?: Bind[], creds?: Creds | null }} o
 * @returns {{ file: string, args: string[] }}
 */
export function launchCommand({ file, args, binds = [], creds = null }) {
  let cmd = [file, ...args];
  if (creds) cmd = ['/usr/bin/setpriv', ...credArgs(creds), '--', ...cmd];
  if (!binds.length) return { file: cmd[0], args: cmd.slice(1) };
  const triples = binds.flatMap((b) => [b.source, b.target, b.readOnly ? 'ro' : 'rw']);
  return {
    file: '/usr/bin/unshare',
    args: [
      '--mount',
      '--propagation',
      'private',
      '--',
      '/bin/sh',
      '-c',
      SCRIPT,
      'sh',
      String(binds.length),
      ...triples,
      ...cmd,
    ],
  };
}

/** setpriv arguments for exactly these ids (no lookup in any account database). */
export function credArgs(c) {
  return [
    `--reuid=${c.uid}`,
    `--regid=${c.gid}`,
    c.groups.length ? `--groups=${[...new Set(c.groups)].join(',')}` : '--clear-groups',
  ];
}
