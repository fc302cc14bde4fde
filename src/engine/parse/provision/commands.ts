/**
 * What simple shell commands do to accounts, directories, files and packages. Shared by shell
 * scripts, Dockerfile RUN instructions and Ansible `shell:`/`command:` tasks.
 */
import { posix } from 'node:path';
import type { Location, Note } from '../../types.js';
import { type Fact, type PackageManager, isServerConfigPath, parseOctalMode, splitOwner } from './facts.js';
import { type ParsedOptions, hasFlag, lastArg, parseOptions } from './options.js';
import type { SimpleCommand, Word } from './shellwords.js';
import { type LineIndex, type MappedText, mappedLocation } from './text.js';

export interface ShellContext {
  index: LineIndex;
  source: MappedText;
  /** Working directory, when known (Dockerfile WORKDIR, a literal `cd`). */
  cwd?: string;
  facts: Fact[];
  notes: Note[];
}

/** Directories that exist in every image that has the software (targets of `ln -s … DIR`). */
const WELL_KNOWN_DIRS =
  /^\/(etc\/nginx\/(sites-enabled|sites-available|conf\.d|snippets|modules-enabled)|usr\/local\/etc\/php-fpm\.d|usr\/local\/etc\/php\/conf\.d|etc\/php\/[^/]+\/fpm\/(pool\.d|conf\.d)|etc\/php-fpm\.d|usr\/local\/bin|usr\/bin|usr\/sbin|usr\/local\/sbin)\/?$/;

export function interpretCommands(commands: SimpleCommand[], ctx: ShellContext): void {
  for (const command of commands) interpretCommand(command, ctx);
}

function interpretCommand(command: SimpleCommand, ctx: ShellContext): void {
  const words = stripWrappers(command.words);
  if (words.length === 0) return;
  const start = command.words.find((w) => !isAssignment(w))?.start ?? words[0].start;
  const last = words[words.length - 1];
  const location = mappedLocation(ctx.index, ctx.source, start, Math.max(last.end, start + 1));
  noteConfigWrites(command, words, location, ctx);
  if (!words[0].literal) return;
  const name = posix.basename(words[0].value);
  const args = words.slice(1);
  const handler = HANDLERS[name];
  if (handler) handler(args, { ...ctx, location, emit: (fact) => ctx.facts.push(fact) });
  else if (name === 'cd') changeDirectory(args, ctx);
}

interface CommandContext extends ShellContext {
  location: Location;
  emit(fact: DistributiveOmit<Fact, 'location'> & { location: Location }): void;
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

type Handler = (args: Word[], ctx: CommandContext) => void;

const HANDLERS: Record<string, Handler> = {
  cp: copyCommand,
  install: installCommand,
  mkdir: mkdirCommand,
  chmod: chmodCommand,
  chown: (args, ctx) => chownCommand(args, ctx, false),
  chgrp: (args, ctx) => chownCommand(args, ctx, true),
  ln: lnCommand,
  setfacl: setfaclCommand,
  rm: rmCommand,
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
  sed: sedCommand,
  tee: teeCommand,
};

/* ------------------------------------------------------------------ prefixes */

const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;

function isAssignment(w: Word): boolean {
  return ASSIGNMENT.test(w.value);
}

/** Drops `VAR=x` prefixes and `sudo`, `env`, `exec`, `command`, `nohup`, `time` wrappers. */
function stripWrappers(words: Word[]): Word[] {
  let i = 0;
  for (;;) {
    while (i < words.length && isAssignment(words[i])) i++;
    const w = words[i]?.value;
    if (w === 'sudo' || w === 'doas') {
      i++;
      while (i < words.length && words[i].value.startsWith('-')) {
        if (/^-[ugCDhprRT]$/.test(words[i].value)) i++;
        i++;
      }
    } else if (w === 'command' && /^-[vV]$/.test(words[i + 1]?.value ?? '')) {
      return []; // `command -v x` looks x up, it does not run it
    } else if (w === 'env' || w === 'exec' || w === 'command' || w === 'nohup' || w === 'time') {
      i++;
      while (i < words.length && words[i].value.startsWith('-')) i++;
    } else return words.slice(i);
  }
}

/* ------------------------------------------------------------------ paths */

function resolvePath(path: string, cwd: string | undefined): string {
  if (path.startsWith('/')) return posix.normalize(path);
  return cwd ? posix.join(cwd, path) : path;
}

/** Literal operands resolved against the working directory; undefined if any is not literal. */
function literalPaths(words: Word[], ctx: ShellContext): string[] | undefined {
  if (!words.every((w) => w.literal)) return undefined;
  return words.map((w) => resolvePath(w.value, ctx.cwd));
}

function changeDirectory(args: Word[], ctx: ShellContext): void {
  const dir = args.find((w) => !w.value.startsWith('-'));
  if (!dir || !dir.literal) ctx.cwd = undefined;
  else ctx.cwd = resolvePath(dir.value, ctx.cwd);
}

function isKnownDirectory(path: string, ctx: ShellContext): boolean {
  if (path.endsWith('/') || WELL_KNOWN_DIRS.test(path)) return true;
  return ctx.facts.some((f) => f.kind === 'mkdir' && f.path === path);
}

function asDirectory(path: string): string {
  return path.endsWith('/') ? path : path + '/';
}

function literalNumber(w: Word | undefined): number | undefined {
  return w && w.literal && /^[0-9]+$/.test(w.value) ? Number(w.value) : undefined;
}

function literalValue(w: Word | undefined): string | undefined {
  return w && w.literal && w.value !== '' ? w.value : undefined;
}

/* ------------------------------------------------------------------ files */

function copyCommand(args: Word[], ctx: CommandContext): void {
  const parsed = parseOptions(args, { shortArgs: 'tS', longArgs: ['target-directory', 'suffix', 'backup'] });
  emitCopy(parsed, ctx);
}

function emitCopy(parsed: ParsedOptions, ctx: CommandContext, chown?: string): void {
  const targetDir = lastArg(parsed, 't', 'target-directory');
  const operands = targetDir ? [...parsed.operands, targetDir] : parsed.operands;
  if (operands.length < 2) return;
  const paths = literalPaths(operands, ctx);
  if (!paths) return;
  let dest = paths[paths.length - 1];
  if (targetDir || operands.length > 2) dest = asDirectory(dest);
  ctx.emit({
    kind: 'copy',
    sources: paths.slice(0, -1),
    dest,
    sourceBase: 'machine',
    ...(chown ? { chown } : {}),
    location: ctx.location,
  });
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
        location: ctx.location,
      });
    }
    return;
  }
  const chown = owner || group ? `${owner ?? ''}${group ? ':' + group : ''}` : undefined;
  emitCopy(parsed, ctx, chown);
}

function modeOf(w: Word | undefined): number | string | undefined {
  if (!w || !w.literal) return undefined;
  return parseOctalMode(w.value) ?? w.value;
}

function mkdirCommand(args: Word[], ctx: CommandContext): void {
  const parsed = parseOptions(args, { shortArgs: 'mZ', longArgs: ['mode', 'context'] });
  const mode = modeOf(lastArg(parsed, 'm', 'mode'));
  for (const path of literalPaths(parsed.operands, ctx) ?? []) {
    ctx.emit({ kind: 'mkdir', path, ...(typeof mode === 'number' ? { mode } : {}), location: ctx.location });
  }
}

function chmodCommand(args: Word[], ctx: CommandContext): void {
  const parsed = parseOptions(args, { longArgs: ['reference'] });
  if (hasFlag(parsed, 'reference')) return;
  const modeWord = parsed.operands[0];
  const mode = modeOf(modeWord);
  if (mode === undefined) return;
  const recursive = hasFlag(parsed, 'R', 'recursive');
  for (const path of literalPaths(parsed.operands.slice(1), ctx) ?? []) {
    ctx.emit({ kind: 'chmod', path, mode, recursive, location: ctx.location });
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
    ctx.emit({ kind: 'default-acl', path, entries, location: ctx.location });
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
    ctx.emit({ kind: 'chown', path, ...who, recursive, location: ctx.location });
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
    ctx.emit({ kind: 'symlink', target: target.value, link, location: ctx.location });
  }
}

function rmCommand(args: Word[], ctx: CommandContext): void {
  const parsed = parseOptions(args, {});
  const recursive = hasFlag(parsed, 'r', 'R', 'recursive');
  for (const path of literalPaths(parsed.operands, ctx) ?? []) {
    if (isServerConfigPath(path)) ctx.emit({ kind: 'remove', path, recursive, location: ctx.location });
  }
}

/* ------------------------------------------------------------------ accounts */

function emitMembership(user: string, groups: Word | undefined, ctx: CommandContext): string[] {
  const names =
    literalValue(groups)
      ?.split(',')
      .filter((g) => g !== '') ?? [];
  for (const group of names) ctx.emit({ kind: 'member-add', user, group, location: ctx.location });
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
  const user = literalValue(parsed.operands[parsed.operands.length - 1]);
  if (!user || hasFlag(parsed, 'D', 'defaults')) return;
  const uid = literalNumber(lastArg(parsed, 'u', 'uid'));
  const gidWord = lastArg(parsed, 'g', 'gid');
  const system = hasFlag(parsed, 'r', 'system');
  const ownGroup = !gidWord && !hasFlag(parsed, 'N', 'no-user-group');
  const primaryGroup = ownGroup ? user : literalValue(gidWord);
  if (ownGroup) ctx.emit({ kind: 'group-add', group: user, location: ctx.location });
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
    location: ctx.location,
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
  const user = literalValue(first);
  if (!user) return;
  if (second) {
    const group = literalValue(second);
    if (group && parsed.operands.length === 2)
      ctx.emit({ kind: 'member-add', user, group, location: ctx.location });
    return;
  }
  const system = hasFlag(parsed, busybox ? 'S' : 'system');
  const uid = literalNumber(lastArg(parsed, busybox ? 'u' : 'uid'));
  let primaryGroup: string | undefined;
  if (busybox) {
    primaryGroup = literalValue(lastArg(parsed, 'G')) ?? (system ? 'nogroup' : user);
    if (!hasFlag(parsed, 'G') && !system)
      ctx.emit({ kind: 'group-add', group: user, location: ctx.location });
  } else {
    const named = literalValue(lastArg(parsed, 'ingroup')) ?? literalValue(lastArg(parsed, 'gid'));
    const ownGroup = !named && (!system || hasFlag(parsed, 'group'));
    primaryGroup = named ?? (ownGroup ? user : 'nogroup');
    if (ownGroup) ctx.emit({ kind: 'group-add', group: user, location: ctx.location });
  }
  ctx.emit({
    kind: 'user-add',
    user,
    ...(uid !== undefined ? { uid } : {}),
    primaryGroup,
    groups: [],
    system,
    location: ctx.location,
  });
}

function groupaddCommand(args: Word[], ctx: CommandContext): void {
  const parsed = parseOptions(args, {
    shortArgs: 'gKpR',
    longArgs: ['gid', 'key', 'password', 'root', 'prefix', 'users'],
  });
  const group = literalValue(parsed.operands[parsed.operands.length - 1]);
  if (!group) return;
  const gid = literalNumber(lastArg(parsed, 'g', 'gid'));
  ctx.emit({ kind: 'group-add', group, ...(gid !== undefined ? { gid } : {}), location: ctx.location });
}

/** Debian `addgroup [--gid N] G` or BusyBox `addgroup [-g N] G`; with two operands, `USER GROUP` adds a member. */
function addgroupCommand(args: Word[], ctx: CommandContext): void {
  const parsed = parseOptions(args, { shortArgs: 'g', longArgs: ['gid', 'conf'] });
  const [first, second] = parsed.operands.map(literalValue);
  if (parsed.operands.length === 2) {
    if (first && second) ctx.emit({ kind: 'member-add', user: first, group: second, location: ctx.location });
    return;
  }
  if (!first || parsed.operands.length !== 1) return;
  const gid = literalNumber(lastArg(parsed, 'g', 'gid'));
  ctx.emit({
    kind: 'group-add',
    group: first,
    ...(gid !== undefined ? { gid } : {}),
    location: ctx.location,
  });
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
      location: ctx.location,
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
  if (group && gid !== undefined) ctx.emit({ kind: 'group-mod', group, gid, location: ctx.location });
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
  if (user) ctx.emit({ kind: 'member-add', user, group, location: ctx.location });
  for (const member of literalValue(members)
    ?.split(',')
    .filter((m) => m !== '') ?? []) {
    ctx.emit({ kind: 'member-add', user: member, group, location: ctx.location });
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
  if (packages.length > 0) ctx.emit({ kind: 'install-packages', manager, packages, location: ctx.location });
}

/* ------------------------------------------------------------------ edits the analysis cannot see */

function configEditNote(path: string, how: string, location: Location): Note {
  return {
    level: 'notice',
    code: 'config-edited-by-script',
    message: `${path} is ${how} here; the analysis reads the file as it is in the repository and may not see this change`,
    location,
  };
}

function sedCommand(args: Word[], ctx: CommandContext): void {
  let inPlace = false;
  let scriptGiven = false;
  const operands: Word[] = [];
  for (let i = 0; i < args.length; i++) {
    const v = args[i].value;
    if (v === '--in-place' || v.startsWith('--in-place=')) inPlace = true;
    else if (v === '-e' || v === '-f' || v === '--expression' || v === '--file') {
      scriptGiven = true;
      i++;
    } else if (v.startsWith('--expression=') || v.startsWith('--file=')) scriptGiven = true;
    else if (/^-[a-zA-Z]/.test(v)) {
      // Short flags may be bundled (`-ri`, `-Ei.bak`); `i` takes the rest as a suffix.
      const letters = /^-([nErszu]*)(i|e|f)?/.exec(v);
      if (letters?.[2] === 'i') inPlace = true;
      else if (letters?.[2] === 'e' || letters?.[2] === 'f') {
        scriptGiven = true;
        if (v.length === letters[0].length) i++;
      }
    } else operands.push(args[i]);
  }
  if (!inPlace) return;
  for (const file of scriptGiven ? operands : operands.slice(1)) {
    const path = resolvePath(file.value, ctx.cwd);
    if (isServerConfigPath(path)) ctx.notes.push(configEditNote(path, 'edited by sed', ctx.location));
  }
}

function teeCommand(args: Word[], ctx: CommandContext): void {
  for (const file of args.filter((w) => !w.value.startsWith('-'))) {
    const path = resolvePath(file.value, ctx.cwd);
    if (isServerConfigPath(path)) ctx.notes.push(configEditNote(path, 'written by tee', ctx.location));
  }
}

function noteConfigWrites(
  command: SimpleCommand,
  words: Word[],
  location: Location,
  ctx: ShellContext,
): void {
  for (const { op, target } of command.redirects) {
    const path = resolvePath(target.value, ctx.cwd);
    if (
      (op === '>' || op === '>>' || op === '>|' || op === '&>' || op === '&>>') &&
      isServerConfigPath(path)
    ) {
      const how = op.endsWith('>>') ? 'appended to by a redirection' : 'written by a redirection';
      ctx.notes.push(configEditNote(path, how, redirectLocation(location, words, target, ctx)));
    }
  }
}

/** The command through its redirection target. */
function redirectLocation(location: Location, words: Word[], target: Word, ctx: ShellContext): Location {
  if (words.length === 0 || target.end <= words[words.length - 1].end) return location;
  const end = mappedLocation(ctx.index, ctx.source, target.start, target.end);
  return { ...location, endLine: end.endLine, endColumn: end.endColumn };
}
