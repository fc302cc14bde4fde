/**
 * What single commands do to accounts, directories, files and packages, given their expanded
 * words. The shell interpreter (`shell-interpreter.ts`) calls these for scripts, Dockerfile RUN
 * lines and Ansible `shell:`/`command:` tasks; it handles the shell's own builtins and the
 * commands that read or write text itself.
 */
import { posix } from 'node:path';
import type { Location } from '../../types.js';
import { type Fact, type PackageManager, isServerConfigPath, parseOctalMode, splitOwner } from './facts.js';
import { partialPath } from './unknown-dest.js';
import { apacheEnableFact } from './a2en.js';
import { type ParsedOptions, hasFlag, lastArg, parseOptions } from './options.js';
import type { Word } from './shell-words.js';

/** A fact as a handler gives it: the location and the `maybe` flag are added by the caller. */
export type FactInput = DistributiveOmit<Fact, 'location' | 'maybe'> & { location?: Location };

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export interface CommandContext {
  /** The command's span. */
  location: Location;
  /** Working directory, when known (Dockerfile WORKDIR, a literal `cd`). */
  cwd?: string;
  emit(fact: FactInput): void;
  /** Whether a path names a directory on the machine (for `ln -s TARGET DIR`). */
  isDirectory(path: string): boolean;
}

type Handler = (args: Word[], ctx: CommandContext) => void;

/** Directories that exist in every image that has the software (targets of `ln -s … DIR`). */
export const WELL_KNOWN_DIRS =
  /^\/(etc\/nginx\/(sites-enabled|sites-available|conf\.d|snippets|modules-enabled)|usr\/local\/etc\/php-fpm\.d|usr\/local\/etc\/php\/conf\.d|etc\/php\/[^/]+\/fpm\/(pool\.d|conf\.d)|etc\/php-fpm\.d|usr\/local\/bin|usr\/bin|usr\/sbin|usr\/local\/sbin)\/?$/;

const HANDLERS: Record<string, Handler> = {
  cp: copyCommand,
  install: installCommand,
  mv: moveCommand,
  mkdir: mkdirCommand,
  chmod: chmodCommand,
  chown: (args, ctx) => chownCommand(args, ctx, false),
  chgrp: (args, ctx) => chownCommand(args, ctx, true),
  ln: lnCommand,
  setfacl: setfaclCommand,
  rm: rmCommand,
  curl: (args, ctx) => downloadCommand(args, ctx, ['o', 'output']),
  wget: (args, ctx) => downloadCommand(args, ctx, ['O', 'output-document']),
  dockerize: dockerizeCommand,
  useradd: useraddCommand,
  adduser: adduserCommand,
  groupadd: groupaddCommand,
  addgroup: addgroupCommand,
  usermod: usermodCommand,
  groupmod: groupmodCommand,
  gpasswd: gpasswdCommand,
  'apt-get': (args, ctx) => packagesCommand(args, ctx, 'apt', ['install'], APT_OPTIONS),
  apt: (args, ctx) => packagesCommand(args, ctx, 'apt', ['install'], APT_OPTIONS),
  aptitude: (args, ctx) => packagesCommand(args, ctx, 'apt', ['install'], APT_OPTIONS),
  apk: (args, ctx) => packagesCommand(args, ctx, 'apk', ['add'], APK_OPTIONS),
  dnf: (args, ctx) => packagesCommand(args, ctx, 'dnf', ['install'], DNF_OPTIONS),
  microdnf: (args, ctx) => packagesCommand(args, ctx, 'dnf', ['install'], DNF_OPTIONS),
  yum: (args, ctx) => packagesCommand(args, ctx, 'yum', ['install'], DNF_OPTIONS),
  ...Object.fromEntries(
    ['a2enmod', 'a2enconf', 'a2ensite', 'a2dismod', 'a2disconf', 'a2dissite'].map((name) => [
      name,
      (args: Word[], ctx: CommandContext) => ctx.emit(apacheEnableFact(name, args)!),
    ]),
  ),
};

/** Runs the handler of a command by name (`/usr/sbin/useradd` is `useradd`); false when there is none. */
export function runCommand(name: string, args: Word[], ctx: CommandContext): boolean {
  const handler = Object.hasOwn(HANDLERS, name) ? HANDLERS[name] : undefined;
  if (!handler) return false;
  handler(args, ctx);
  return true;
}

/* ------------------------------------------------------------------ paths */

export function resolvePath(path: string, cwd: string | undefined): string {
  if (path.startsWith('/')) return posix.normalize(path);
  return cwd ? posix.join(cwd, path) : path;
}

/** Literal operands resolved against the working directory; undefined if any is not literal. */
function literalPaths(words: Word[], ctx: CommandContext): string[] | undefined {
  if (!words.every((w) => w.literal)) return undefined;
  // An empty operand (`mkdir -p "$UNSET"`) names no file: the command fails on it.
  return words.filter((w) => w.value !== '').map((w) => resolvePath(w.value, ctx.cwd));
}

/**
 * `mv "$tmp" /etc/app.conf` (a `mktemp` file): a literal destination file gets content socklint
 * cannot know, so what it held before does not stand for it.
 */
function unknownSources(operands: Word[], ctx: CommandContext, how: string): void {
  const dest = operands[operands.length - 1];
  if (operands.length !== 2 || !dest.literal || dest.value === '') return;
  const path = resolvePath(dest.value, ctx.cwd);
  if (isKnownDirectory(path, ctx)) return;
  ctx.emit({ kind: 'unknown-content', path, reason: `${how} there from a path socklint cannot know` });
}

function isKnownDirectory(path: string, ctx: CommandContext): boolean {
  return path.endsWith('/') || WELL_KNOWN_DIRS.test(path) || ctx.isDirectory(path);
}

function asDirectory(path: string): string {
  return path.endsWith('/') ? path : path + '/';
}

function literalNumber(w: Word | undefined): number | undefined {
  return w && w.literal && /^[0-9]+$/.test(w.value) ? Number(w.value) : undefined;
}

export function literalValue(w: Word | undefined): string | undefined {
  return w && w.literal && w.value !== '' ? w.value : undefined;
}

/* ------------------------------------------------------------------ files */

function copyCommand(args: Word[], ctx: CommandContext): void {
  const parsed = parseOptions(args, { shortArgs: 'tS', longArgs: ['target-directory', 'suffix', 'backup'] });
  emitCopy(parsed, ctx);
}

function emitCopy(
  parsed: ParsedOptions,
  ctx: CommandContext,
  chown?: string,
  instruction: 'cp' | 'install' = 'cp',
): void {
  const targetDir = lastArg(parsed, 't', 'target-directory');
  const operands = targetDir ? [...parsed.operands, targetDir] : parsed.operands;
  if (operands.length < 2) return;
  const destWord = operands[operands.length - 1];
  const sources = literalPaths(operands.slice(0, -1), ctx);
  if (sources && !destWord.literal) {
    // Files of the machine put where socklint cannot tell: what they configure stays open.
    const { dest, prefix, unknown } = partialPath(destWord, ctx.cwd);
    const into = targetDir !== undefined || operands.length > 2;
    ctx.emit({
      kind: 'copy-unknown-dest',
      instruction,
      sources,
      dest: into ? asDirectory(dest) : dest,
      ...(prefix !== undefined ? { prefix } : {}),
      unknown,
      sourceBase: 'machine',
    });
    return;
  }
  const paths = literalPaths(operands, ctx);
  if (!paths) return unknownSources(operands, ctx, 'copied');
  let dest = paths[paths.length - 1];
  if (targetDir || operands.length > 2) dest = asDirectory(dest);
  ctx.emit({
    kind: 'copy',
    sources: paths.slice(0, -1),
    dest,
    sourceBase: 'machine',
    ...(chown ? { chown } : {}),
  });
}

/** `mv SRC… DEST`: a file moved within the machine. */
function moveCommand(args: Word[], ctx: CommandContext): void {
  const parsed = parseOptions(args, { shortArgs: 'tS', longArgs: ['target-directory', 'suffix', 'backup'] });
  const targetDir = lastArg(parsed, 't', 'target-directory');
  const operands = targetDir ? [...parsed.operands, targetDir] : parsed.operands;
  if (operands.length < 2) return;
  const paths = literalPaths(operands, ctx);
  if (!paths) return unknownSources(operands, ctx, 'moved');
  const dest = paths[paths.length - 1];
  const intoDir = targetDir || operands.length > 2 || isKnownDirectory(dest, ctx);
  for (const from of paths.slice(0, -1)) {
    ctx.emit({ kind: 'move', from, to: intoDir ? posix.join(dest, posix.basename(from)) : dest });
  }
}

/** `curl -o FILE`, `wget -O FILE`: a file whose content comes from the network. */
function downloadCommand(args: Word[], ctx: CommandContext, names: [string, string]): void {
  const parsed = parseOptions(args, {
    shortArgs: names[0] + 'HdXuAeEr',
    longArgs: [names[1], 'header', 'data'],
  });
  const out = lastArg(parsed, ...names);
  if (!out || !out.literal || out.value === '-') return;
  const path = resolvePath(out.value, ctx.cwd);
  ctx.emit({ kind: 'unknown-content', path, reason: 'downloaded from the network' });
}

/**
 * `dockerize -template SRC:DEST`: DEST is SRC rendered as a Go template with the environment
 * the container has when it starts, which socklint does not evaluate: its content is unknown.
 */
function dockerizeCommand(args: Word[], ctx: CommandContext): void {
  for (let i = 0; i < args.length; i++) {
    const flag = /^--?template(?:=(.*))?$/.exec(args[i].value);
    if (!flag) continue;
    const word = flag[1] !== undefined ? { ...args[i], value: flag[1] } : args[++i];
    const pair = word?.literal ? /^([^:]+):(.+)$/.exec(word.value) : null;
    if (!pair) continue;
    const path = resolvePath(pair[2], ctx.cwd);
    const template = resolvePath(pair[1], ctx.cwd);
    ctx.emit({ kind: 'unknown-content', path, reason: `rendered by dockerize from ${template}`, template });
  }
}

function installCommand(args: Word[], ctx: CommandContext): void {
  const parsed = parseOptions(args, {
    shortArgs: 'mogStZ',
    longArgs: ['mode', 'owner', 'group', 'suffix', 'target-directory', 'strip-program'],
  });
  const mode = modeOf(lastArg(parsed, 'm', 'mode'));
  const owner = literalValue(lastArg(parsed, 'o', 'owner'));
  const group = literalValue(lastArg(parsed, 'g', 'group'));
  if (hasFlag(parsed, 'd', 'directory')) {
    for (const path of literalPaths(parsed.operands, ctx) ?? []) {
      ctx.emit({
        kind: 'mkdir',
        path,
        ...(typeof mode === 'number' ? { mode } : {}),
        ...(owner ? { owner } : {}),
        ...(group ? { group } : {}),
      });
    }
    return;
  }
  const chown = owner || group ? `${owner ?? ''}${group ? ':' + group : ''}` : undefined;
  emitCopy(parsed, ctx, chown, 'install');
}

function modeOf(w: Word | undefined): number | string | undefined {
  if (!w || !w.literal) return undefined;
  return parseOctalMode(w.value) ?? w.value;
}

function mkdirCommand(args: Word[], ctx: CommandContext): void {
  const parsed = parseOptions(args, { shortArgs: 'mZ', longArgs: ['mode', 'context'] });
  const mode = modeOf(lastArg(parsed, 'm', 'mode'));
  for (const path of literalPaths(parsed.operands, ctx) ?? []) {
    ctx.emit({ kind: 'mkdir', path, ...(typeof mode === 'number' ? { mode } : {}) });
  }
}

function chmodCommand(args: Word[], ctx: CommandContext): void {
  const parsed = parseOptions(args, { longArgs: ['reference'] });
  if (hasFlag(parsed, 'reference')) return;
  const modeWord = parsed.operands[0];
  // Five or more octal digits (`00770`): GNU chmod sets every bit as given, clearing setgid too.
  const long =
    modeWord?.literal && /^0+[0-7]{4,}$/.test(modeWord.value) ? parseInt(modeWord.value, 8) : undefined;
  const mode = long !== undefined && long <= 0o7777 ? long : modeOf(modeWord);
  if (mode === undefined) return;
  const keepsSpecial = typeof mode === 'number' && long === undefined;
  const recursive = hasFlag(parsed, 'R', 'recursive');
  for (const path of literalPaths(parsed.operands.slice(1), ctx) ?? []) {
    ctx.emit({
      kind: 'chmod',
      path,
      mode,
      recursive,
      ...(keepsSpecial ? { keepsSpecial: true as const } : {}),
    });
  }
}

/** `setfacl -d -m SPEC DIR` or `setfacl -m d:SPEC DIR`: only default entries matter to new sockets. */
function setfaclCommand(args: Word[], ctx: CommandContext): void {
  const parsed = parseOptions(args, { shortArgs: 'mMxX', longArgs: ['modify', 'set'] });
  const isDefault = hasFlag(parsed, 'd', 'default');
  const spec = literalValue(lastArg(parsed, 'm', 'modify', 'set'));
  if (!spec) return;
  const entries = spec.split(',').flatMap((item) => {
    const m = /^(?:(d|default):)?(u|user|g|group|m|mask|o|other):([^:]*):([rwx-]{1,3}|[0-7])$/.exec(
      item.trim(),
    );
    if (!m || !(isDefault || m[1])) return [];
    const tag = ({ u: 'user', g: 'group', m: 'mask', o: 'other' } as const)[m[2][0] as 'u' | 'g' | 'm' | 'o'];
    const perm = /^[0-7]$/.test(m[4])
      ? Number(m[4])
      : (m[4].includes('r') ? 4 : 0) | (m[4].includes('w') ? 2 : 0) | (m[4].includes('x') ? 1 : 0);
    return [{ tag, ...(m[3] ? { name: m[3] } : {}), perm }];
  });
  if (entries.length === 0) return;
  for (const path of literalPaths(parsed.operands, ctx) ?? []) {
    ctx.emit({ kind: 'default-acl', path, entries });
  }
}

function chownCommand(args: Word[], ctx: CommandContext, groupOnly: boolean): void {
  const parsed = parseOptions(args, { longArgs: ['reference', 'from'] });
  if (hasFlag(parsed, 'reference')) return;
  const spec = literalValue(parsed.operands[0]);
  if (!spec) return;
  const who = groupOnly ? { group: spec } : splitOwner(spec);
  const recursive = hasFlag(parsed, 'R', 'recursive');
  for (const path of literalPaths(parsed.operands.slice(1), ctx) ?? []) {
    ctx.emit({ kind: 'chown', path, ...who, recursive });
  }
}

function lnCommand(args: Word[], ctx: CommandContext): void {
  const parsed = parseOptions(args, { shortArgs: 'St', longArgs: ['suffix', 'target-directory', 'backup'] });
  if (!hasFlag(parsed, 's', 'symbolic')) return;
  const targets = parsed.operands;
  if (!targets.every((w) => w.literal)) return;
  const dirWord = lastArg(parsed, 't', 'target-directory');
  let dir: string | undefined;
  let linkPath: string | undefined;
  if (dirWord) {
    if (!dirWord.literal) return;
    dir = resolvePath(dirWord.value, ctx.cwd);
  } else if (targets.length === 1) {
    if (!ctx.cwd) return;
    dir = ctx.cwd;
  } else {
    const last = resolvePath(targets.pop()!.value, ctx.cwd);
    const noTargetDir = hasFlag(parsed, 'T', 'no-target-directory');
    if (targets.length > 1 || (!noTargetDir && isKnownDirectory(last, ctx))) dir = last;
    else linkPath = last;
  }
  for (const target of targets) {
    const link = linkPath ?? posix.join(dir!, posix.basename(target.value));
    ctx.emit({ kind: 'symlink', target: target.value, link });
  }
}

function rmCommand(args: Word[], ctx: CommandContext): void {
  const parsed = parseOptions(args, {});
  const recursive = hasFlag(parsed, 'r', 'R', 'recursive');
  for (const path of literalPaths(parsed.operands, ctx) ?? []) {
    if (isServerConfigPath(path)) ctx.emit({ kind: 'remove', path, recursive });
  }
}

/* ------------------------------------------------------------------ accounts */

/** The literal name of an account being created; one whose name is unknown is recorded as such. */
function accountName(
  w: Word | undefined,
  account: 'user' | 'group',
  ctx: CommandContext,
): string | undefined {
  if (w && !w.literal) ctx.emit({ kind: 'unknown-account', account, expression: w.value });
  return literalValue(w);
}

function emitMembership(user: string, groups: Word | undefined, ctx: CommandContext): string[] {
  const names =
    literalValue(groups)
      ?.split(',')
      .filter((g) => g !== '') ?? [];
  for (const group of names) ctx.emit({ kind: 'member-add', user, group });
  return names;
}

/** shadow's useradd. Without `-g`, a group named like the user is created (USERGROUPS_ENAB). */
function useraddCommand(args: Word[], ctx: CommandContext): void {
  const parsed = parseOptions(args, {
    shortArgs: 'bcdefgGkKpsuRPZ',
    longArgs: [
      'base-dir',
      'comment',
      'home-dir',
      'home',
      'expiredate',
      'inactive',
      'gid',
      'groups',
      'skel',
      'key',
      'password',
      'shell',
      'uid',
      'root',
      'prefix',
      'selinux-user',
    ],
  });
  if (hasFlag(parsed, 'D', 'defaults')) return;
  const user = accountName(parsed.operands[parsed.operands.length - 1], 'user', ctx);
  if (!user) return;
  const uid = literalNumber(lastArg(parsed, 'u', 'uid'));
  const gidWord = lastArg(parsed, 'g', 'gid');
  const system = hasFlag(parsed, 'r', 'system');
  const ownGroup = !gidWord && !hasFlag(parsed, 'N', 'no-user-group');
  const primaryGroup = ownGroup ? user : literalValue(gidWord);
  if (ownGroup) ctx.emit({ kind: 'group-add', group: user });
  const groupsWord = lastArg(parsed, 'G', 'groups');
  const groups =
    literalValue(groupsWord)
      ?.split(',')
      .filter((g) => g !== '') ?? [];
  ctx.emit({
    kind: 'user-add',
    user,
    ...(uid !== undefined ? { uid } : {}),
    ...(primaryGroup ? { primaryGroup } : {}),
    groups,
    system,
  });
  emitMembership(user, groupsWord, ctx);
}

const BUSYBOX_ADDUSER_FLAGS = /^-[hgsGSDHuk]+/;

/**
 * Debian's adduser (long options; `adduser USER GROUP` adds a member) or BusyBox's (short
 * options: `-G` is the primary group, `-g` the GECOS; `adduser USER GROUP` adds a member).
 */
function adduserCommand(args: Word[], ctx: CommandContext): void {
  const busybox = args.some((w) => BUSYBOX_ADDUSER_FLAGS.test(w.value));
  const parsed = busybox
    ? parseOptions(args, { shortArgs: 'hgsGuk' })
    : parseOptions(args, {
        longArgs: [
          'home',
          'shell',
          'gecos',
          'comment',
          'ingroup',
          'gid',
          'uid',
          'firstuid',
          'lastuid',
          'firstgid',
          'lastgid',
          'conf',
          'add_extra_groups',
          'extrausers',
        ],
      });
  const [first, second] = parsed.operands;
  const user = second ? literalValue(first) : accountName(first, 'user', ctx);
  if (!user) return;
  if (second) {
    const group = literalValue(second);
    if (group && parsed.operands.length === 2) ctx.emit({ kind: 'member-add', user, group });
    return;
  }
  const system = hasFlag(parsed, busybox ? 'S' : 'system');
  const uid = literalNumber(lastArg(parsed, busybox ? 'u' : 'uid'));
  let primaryGroup: string | undefined;
  if (busybox) {
    primaryGroup = literalValue(lastArg(parsed, 'G')) ?? (system ? 'nogroup' : user);
    if (!hasFlag(parsed, 'G') && !system) ctx.emit({ kind: 'group-add', group: user });
  } else {
    const named = literalValue(lastArg(parsed, 'ingroup')) ?? literalValue(lastArg(parsed, 'gid'));
    const ownGroup = !named && (!system || hasFlag(parsed, 'group'));
    primaryGroup = named ?? (ownGroup ? user : 'nogroup');
    if (ownGroup) ctx.emit({ kind: 'group-add', group: user });
  }
  ctx.emit({
    kind: 'user-add',
    user,
    ...(uid !== undefined ? { uid } : {}),
    primaryGroup,
    groups: [],
    system,
  });
}

function groupaddCommand(args: Word[], ctx: CommandContext): void {
  const parsed = parseOptions(args, {
    shortArgs: 'gKpR',
    longArgs: ['gid', 'key', 'password', 'root', 'prefix', 'users'],
  });
  const group = accountName(parsed.operands[parsed.operands.length - 1], 'group', ctx);
  if (!group) return;
  const gid = literalNumber(lastArg(parsed, 'g', 'gid'));
  ctx.emit({ kind: 'group-add', group, ...(gid !== undefined ? { gid } : {}) });
}

/** Debian `addgroup [--gid N] G` or BusyBox `addgroup [-g N] G`; with two operands, `USER GROUP` adds a member. */
function addgroupCommand(args: Word[], ctx: CommandContext): void {
  const parsed = parseOptions(args, { shortArgs: 'g', longArgs: ['gid', 'conf'] });
  const [first, second] = parsed.operands.map(literalValue);
  if (parsed.operands.length === 2) {
    if (first && second) ctx.emit({ kind: 'member-add', user: first, group: second });
    return;
  }
  const group = parsed.operands.length === 1 ? accountName(parsed.operands[0], 'group', ctx) : undefined;
  if (!group) return;
  const gid = literalNumber(lastArg(parsed, 'g', 'gid'));
  ctx.emit({ kind: 'group-add', group, ...(gid !== undefined ? { gid } : {}) });
}

/** `-G` with or without `-a` lists supplementary groups (without `-a` it replaces, still a membership). */
function usermodCommand(args: Word[], ctx: CommandContext): void {
  const parsed = parseOptions(args, {
    shortArgs: 'cdefgGlpsuRPZ',
    longArgs: [
      'comment',
      'home',
      'expiredate',
      'inactive',
      'gid',
      'groups',
      'login',
      'password',
      'shell',
      'uid',
      'root',
      'prefix',
      'selinux-user',
    ],
  });
  const user = literalValue(parsed.operands[parsed.operands.length - 1]);
  if (!user) return;
  emitMembership(user, lastArg(parsed, 'G', 'groups'), ctx);
  const uid = literalNumber(lastArg(parsed, 'u', 'uid'));
  const primaryGroup = literalValue(lastArg(parsed, 'g', 'gid'));
  if (uid !== undefined || primaryGroup) {
    ctx.emit({
      kind: 'user-mod',
      user,
      ...(uid !== undefined ? { uid } : {}),
      ...(primaryGroup ? { primaryGroup } : {}),
    });
  }
}

function groupmodCommand(args: Word[], ctx: CommandContext): void {
  const parsed = parseOptions(args, {
    shortArgs: 'gnpR',
    longArgs: ['gid', 'new-name', 'password', 'root', 'prefix'],
  });
  const group = literalValue(parsed.operands[parsed.operands.length - 1]);
  const gid = literalNumber(lastArg(parsed, 'g', 'gid'));
  if (group && gid !== undefined) ctx.emit({ kind: 'group-mod', group, gid });
}

function gpasswdCommand(args: Word[], ctx: CommandContext): void {
  const parsed = parseOptions(args, {
    shortArgs: 'adMAQ',
    longArgs: ['add', 'delete', 'members', 'administrators', 'root'],
  });
  const group = literalValue(parsed.operands[parsed.operands.length - 1]);
  if (!group) return;
  const added = lastArg(parsed, 'a', 'add');
  const members = lastArg(parsed, 'M', 'members');
  const user = literalValue(added);
  if (user) ctx.emit({ kind: 'member-add', user, group });
  for (const member of literalValue(members)
    ?.split(',')
    .filter((m) => m !== '') ?? []) {
    ctx.emit({ kind: 'member-add', user: member, group });
  }
}

/* ------------------------------------------------------------------ packages */

const APT_OPTIONS = { shortArgs: 'otcq', longArgs: ['option', 'target-release', 'config-file'] };
const APK_OPTIONS = {
  shortArgs: 'tXp',
  longArgs: ['virtual', 'repository', 'repositories-file', 'root', 'arch', 'cache-dir', 'keys-dir'],
};
const DNF_OPTIONS = { shortArgs: 'cdex', longArgs: ['installroot', 'releasever', 'config', 'exclude'] };

function packagesCommand(
  args: Word[],
  ctx: CommandContext,
  manager: PackageManager,
  installVerbs: string[],
  spec: { shortArgs: string; longArgs: string[] },
): void {
  const parsed = parseOptions(args, spec);
  const [verb, ...rest] = parsed.operands;
  if (!verb || !installVerbs.includes(verb.value)) return;
  const packages = rest.filter((w) => w.literal && w.value !== '').map((w) => w.value);
  if (packages.length > 0) ctx.emit({ kind: 'install-packages', manager, packages });
}
