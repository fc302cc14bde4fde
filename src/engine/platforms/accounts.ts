/**
 * The accounts and root directories of each base system, and the accounts packages and images
 * add on top. Numbers are what the packaging fixes; an account whose number is allocated at
 * install (`useradd -r`, `adduser -S` without `-u`) is known to exist with no number.
 */
import type { DirectoryFact } from '../model.js';
import { SOURCES } from './sources.js';
import type { BaseSystem, Source } from './types.js';

type Users = BaseSystem['users'];
type Groups = BaseSystem['groups'];

const ROOT_DIRS: Omit<DirectoryFact, 'origin'>[] = [
  { path: '/', mode: 0o755, owner: 'root', group: 'root' },
  { path: '/run', mode: 0o755, owner: 'root', group: 'root' },
  { path: '/tmp', mode: 0o1777, owner: 'root', group: 'root' },
  { path: '/var', mode: 0o755, owner: 'root', group: 'root' },
];

/** base-passwd's passwd.master and group.master (Debian and Ubuntu share them). */
const DEBIAN_USERS: Users = {
  root: [0, 'root'],
  daemon: [1, 'daemon'],
  bin: [2, 'bin'],
  sys: [3, 'sys'],
  sync: [4, 'nogroup'],
  games: [5, 'games'],
  man: [6, 'man'],
  lp: [7, 'lp'],
  mail: [8, 'mail'],
  news: [9, 'news'],
  uucp: [10, 'uucp'],
  proxy: [13, 'proxy'],
  'www-data': [33, 'www-data'],
  backup: [34, 'backup'],
  list: [38, 'list'],
  irc: [39, 'irc'],
  _apt: [42, 'nogroup'],
  nobody: [65534, 'nogroup'],
};
const DEBIAN_GROUPS: Record<string, number> = {
  root: 0,
  daemon: 1,
  bin: 2,
  sys: 3,
  adm: 4,
  tty: 5,
  disk: 6,
  lp: 7,
  mail: 8,
  news: 9,
  uucp: 10,
  man: 12,
  proxy: 13,
  kmem: 15,
  dialout: 20,
  fax: 21,
  voice: 22,
  cdrom: 24,
  floppy: 25,
  tape: 26,
  sudo: 27,
  audio: 29,
  dip: 30,
  'www-data': 33,
  backup: 34,
  operator: 37,
  list: 38,
  irc: 39,
  src: 40,
  shadow: 42,
  utmp: 43,
  video: 44,
  sasl: 45,
  plugdev: 46,
  staff: 50,
  games: 60,
  users: 100,
  nogroup: 65534,
};

/** alpine-baselayout's passwd and group (its APKBUILD writes both): www-data is the group 82, uid 33 is xfs with its own group xfs 33 (D1). */
const ALPINE_USERS: Users = {
  root: [0, 'root'],
  bin: [1, 'bin'],
  daemon: [2, 'daemon'],
  adm: [3, 'adm'],
  lp: [4, 'lp'],
  sync: [5, 'root'],
  shutdown: [6, 'root'],
  halt: [7, 'root'],
  mail: [8, 'mail'],
  news: [9, 'news'],
  uucp: [10, 'uucp'],
  operator: [11, 'root'],
  man: [13, 'man'],
  postmaster: [14, 'mail'],
  cron: [16, 'cron'],
  ftp: [21, 'ftp'],
  sshd: [22, 'sshd'],
  at: [25, 'at'],
  squid: [31, 'squid'],
  xfs: [33, 'xfs'],
  games: [35, 'games'],
  postgres: [70, 'postgres'],
  cyrus: [85, 'mail'],
  vpopmail: [89, 'vpopmail'],
  ntp: [123, 'ntp'],
  smmsp: [209, 'smmsp'],
  guest: [405, 'users'],
  nobody: [65534, 'nobody'],
};
const ALPINE_GROUPS: Groups = {
  root: [0, ['root']],
  bin: [1, ['root', 'bin', 'daemon']],
  daemon: [2, ['root', 'bin', 'daemon']],
  sys: [3, ['root', 'bin']],
  adm: [4, ['root', 'daemon']],
  tty: [5, []],
  disk: [6, ['root']],
  lp: [7, ['lp']],
  kmem: [9, []],
  wheel: [10, ['root']],
  floppy: [11, ['root']],
  mail: [12, ['mail']],
  news: [13, ['news']],
  uucp: [14, ['uucp']],
  man: [15, ['man']],
  cron: [16, ['cron']],
  console: [17, []],
  audio: [18, []],
  cdrom: [19, []],
  dialout: [20, ['root']],
  ftp: [21, []],
  sshd: [22, []],
  input: [23, []],
  at: [25, ['at']],
  tape: [26, ['root']],
  video: [27, ['root']],
  netdev: [28, []],
  readproc: [30, []],
  squid: [31, ['squid']],
  xfs: [33, ['xfs']],
  kvm: [34, ['kvm']],
  games: [35, []],
  shadow: [42, []],
  cdrw: [80, []],
  'www-data': [82, []],
  usb: [85, []],
  vpopmail: [89, []],
  users: [100, ['games']],
  ntp: [123, []],
  nofiles: [200, []],
  smmsp: [209, ['smmsp']],
  locate: [245, []],
  abuild: [300, []],
  utmp: [406, []],
  ping: [999, []],
  nogroup: [65533, []],
  nobody: [65534, []],
};

/** The setup package's accounts on RHEL 8+ and Fedora 28+. */
const RHEL_USERS: Users = {
  root: [0, 'root'],
  bin: [1, 'bin'],
  daemon: [2, 'daemon'],
  adm: [3, 'adm'],
  lp: [4, 'lp'],
  sync: [5, 'root'],
  shutdown: [6, 'root'],
  halt: [7, 'root'],
  mail: [8, 'mail'],
  operator: [11, 'root'],
  games: [12, 'users'],
  ftp: [14, 'ftp'],
  nobody: [65534, 'nobody'],
};
const RHEL_GROUPS: Record<string, number> = {
  root: 0,
  bin: 1,
  daemon: 2,
  sys: 3,
  adm: 4,
  tty: 5,
  disk: 6,
  lp: 7,
  mem: 8,
  kmem: 9,
  wheel: 10,
  cdrom: 11,
  mail: 12,
  man: 15,
  dialout: 18,
  floppy: 19,
  games: 20,
  tape: 33,
  video: 39,
  ftp: 50,
  lock: 54,
  audio: 63,
  users: 100,
  nobody: 65534,
};

const groupsOf = (ids: Record<string, number>): Groups =>
  Object.fromEntries(Object.entries(ids).map(([name, gid]) => [name, [gid, []]]));

function base(
  description: string,
  family: BaseSystem['family'],
  users: Users,
  groups: Groups,
  source: Source,
): BaseSystem {
  return {
    description,
    family,
    users: { ...users },
    groups: Object.fromEntries(Object.entries(groups).map(([k, [gid, m]]) => [k, [gid, [...m]]])),
    directories: [...ROOT_DIRS],
    source,
    accountSources: {},
  };
}

export function debianBase(description: string): BaseSystem {
  return base(description, 'debian', DEBIAN_USERS, groupsOf(DEBIAN_GROUPS), SOURCES.debianBasePasswd);
}

/** Ubuntu's images since 23.04 also have `ubuntu` 1000:1000; a host's first user is the installer's choice. */
export function ubuntuImageBase(description: string, release: string | undefined): BaseSystem {
  const system = debianBase(description);
  if (release === undefined || Number(release) >= 23.04) {
    addAccount(system, 'ubuntu', 1000, 'ubuntu', 1000, SOURCES.ubuntuImageUser);
  }
  return system;
}

export function alpineBase(description: string): BaseSystem {
  return base(description, 'alpine', ALPINE_USERS, ALPINE_GROUPS, SOURCES.alpineBaselayout);
}

export function rhelBase(description: string): BaseSystem {
  return base(description, 'rhel', RHEL_USERS, groupsOf(RHEL_GROUPS), SOURCES.rhelSetup);
}

/** Adds a user and its own group unless they exist (like `getent … || useradd`). */
export function addAccount(
  system: BaseSystem,
  user: string,
  uid: number | undefined,
  group: string,
  gid: number | undefined,
  source: Source,
): void {
  addGroup(system, group, gid, source);
  if (!(user in system.users)) {
    system.users[user] = [uid, group];
    system.accountSources[user] = source;
  }
}

/** Adds a group unless it exists (like `getent group … || groupadd`). */
export function addGroup(system: BaseSystem, group: string, gid: number | undefined, source: Source): void {
  if (group in system.groups) return;
  system.groups[group] = [gid, []];
  system.accountSources[group] = source;
}

/** Adds `user` to the supplementary members of `group` (`addgroup user group`, `usermod -aG`). */
export function addMember(system: BaseSystem, group: string, user: string): void {
  const entry = system.groups[group];
  if (entry && !entry[1].includes(user)) entry[1].push(user);
}

/** The official images' `www-data`: Debian's 33 is in the base; Alpine variants add 82:82 (D1, D4). */
export function withWwwData(system: BaseSystem, source: Source): BaseSystem {
  if (system.family === 'alpine') addAccount(system, 'www-data', 82, 'www-data', 82, source);
  return system;
}
