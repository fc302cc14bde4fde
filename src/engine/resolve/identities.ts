/**
 * The users, groups and directories of one deployed machine: the base system's, then what the
 * repository's provisioning adds (RUN lines, scripts, Ansible tasks), then `.socklint.yml`.
 * Each fact keeps where it came from, which says how sure it is (`knowledge.ts`).
 *
 * A machine is a closed world when the repository shows all of it: an image whose base image
 * socklint knows, or any unit when `.socklint.yml` says `accounts: complete`. Elsewhere it is
 * open: accounts may be made by cloud-init, another role, a package or a base image, so a name
 * nothing creates is assumed to exist (with no uid, and no memberships the repository does not
 * show), and the verdicts say so.
 */
import { webServerDirectories } from './web-flavours.js';
import type { UserConfig } from '../config.js';
import type { Assumption } from '../knowledge.js';
import type { Account, DirectoryFact, Group, IdentityDb } from '../model.js';
import type { Fact } from '../parse/provision/facts.js';
import type { Location, Origin } from '../types.js';
import { normalizeDeployed } from './deployed-fs.js';
import { knownBecause } from '../platforms/sources.js';
import type { DeploymentUnit } from './topology.js';

export interface MachineState {
  db: IdentityDb;
  directories: Map<string, DirectoryFact>;
  /** closed: a name nothing creates does not exist; open: it is assumed to exist. */
  world: 'open' | 'closed';
  /** Why the world is closed or open, in words. */
  worldWhy: string;
  /** The accounts assumed to exist, each with its first use, in the order they were met. */
  assumed: AssumedAccount[];
}

export interface AssumedAccount {
  kind: 'user' | 'group';
  name: string;
  /** The first place the repository uses it. */
  location: Location;
  /** How it is used there, e.g. `the pool's user`, `listen.group`. */
  use: string;
  /** Set when a command may create it (a loop or a variable socklint cannot know). */
  maybeAt?: Location;
}

export function machineState(unit: DeploymentUnit, config: UserConfig): MachineState {
  const base = unit.platform.base;
  const db: IdentityDb = { base: base?.description ?? 'unknown system', users: new Map(), groups: new Map() };
  const directories = new Map<string, DirectoryFact>();
  if (base) {
    const baseOrigin: Origin = { kind: 'default', description: `${base.description} base system` };
    // Accounts a package or the image adds say where they come from.
    const origin = (name: string): Origin => {
      const source = base.accountSources[name];
      return source ? { kind: 'default', description: knownBecause(source) } : baseOrigin;
    };
    for (const [name, [uid, primaryGroup]] of Object.entries(base.users))
      db.users.set(name, { name, uid, primaryGroup, origin: origin(name) });
    for (const [name, [gid, members]] of Object.entries(base.groups))
      db.groups.set(name, { name, gid, members: [...members], origin: origin(name) });
    for (const dir of base.directories) directories.set(dir.path, { ...dir, origin: baseOrigin });
  }
  // The directories each FPM package or its service creates (Debian's /run/php, RHEL's /run/php-fpm).
  for (const dir of unit.fpm.flatMap((f) => f.directories)) directories.set(dir.path, dir);
  for (const dir of webServerDirectories(unit.platform))
    if (!directories.has(dir.path)) directories.set(dir.path, dir);
  for (const fact of unit.facts) applyFact(db, directories, fact);
  applyConfig(db, directories, config);
  const world = worldOf(unit, config);
  return { db, directories, ...world, assumed: [] };
}

/** Whether the repository shows every account of the machine (see the module comment). */
function worldOf(unit: DeploymentUnit, config: UserConfig): Pick<MachineState, 'world' | 'worldWhy'> {
  const file = config.source ?? '.socklint.yml';
  if (config.accounts === 'complete') return { world: 'closed', worldWhy: `accounts: complete in ${file}` };
  if (unit.kind === 'image' && unit.platform.base && !unit.baseDeclared) {
    return {
      world: 'closed',
      worldWhy: `the image's Dockerfile and its base image (${unit.platform.base.description}) are both known`,
    };
  }
  const where =
    unit.kind === 'image'
      ? unit.baseDeclared
        ? `its base image is known only as built from another, which it may add accounts to`
        : `its base image is not one socklint knows`
      : `a ${unit.kind === 'host' ? 'host tree' : unit.kind === 'ansible' ? 'set of Ansible hosts' : unit.kind === 'script' ? 'machine a script provisions' : 'machine'} is rarely all in the repository`;
  return { world: 'open', worldWhy: `${where}; set accounts: complete in ${file} if it is` };
}

/** Account names as the system tools accept them: no spaces, colons, commas, not all digits. */
const ACCOUNT_NAME = /^(?![0-9]+$)[A-Za-z0-9_][A-Za-z0-9_.-]*\$?$/;

/**
 * Adds an account the repository uses but nothing creates. In an open world it is assumed to
 * exist, with no uid and no memberships; in a closed world nothing is added, so the lookup fails
 * as the program's would. A name no system could have (` nginx`, `a,b`) is never assumed.
 */
export function assumeAccount(
  state: MachineState,
  kind: 'user' | 'group',
  name: string,
  location: Location,
  use: string,
): void {
  const table = kind === 'user' ? state.db.users : state.db.groups;
  if (table.has(name) || state.world === 'closed' || !ACCOUNT_NAME.test(name)) return;
  const origin: Origin = {
    kind: 'assumed',
    description: `nothing in the repository creates ${kind} ${name}: assumed to exist`,
    declare: `declare it under ${kind}s: in .socklint.yml, or set accounts: complete if the repository creates every account`,
    location,
  };
  if (kind === 'user') state.db.users.set(name, { name, origin });
  else state.db.groups.set(name, { name, members: [], origin });
  // root exists on every system, so there is nothing to say. Its id stays unknown like any
  // assumed account's: uid 0 would refuse a `user = root` pool, and nothing here shows whether
  // php-fpm runs with --allow-to-run-as-root.
  if (name !== 'root') state.assumed.push({ kind, name, location, use });
}

/**
 * Whether `user` not being in `group` is known, or only the open-world default: known in a
 * closed world, for two accounts of the base system (its /etc/group is documented), and where
 * `.socklint.yml` lists the group's members or the user's groups.
 */
export function nonMembership(state: MachineState, user: string, group: string): Assumption | undefined {
  if (state.world === 'closed') return undefined;
  const u = state.db.users.get(user);
  const g = state.db.groups.get(group);
  if (u?.origin.kind === 'default' && g?.origin.kind === 'default') return undefined;
  if (g?.origin.kind === 'declared' || u?.origin.kind === 'declared') return undefined;
  return {
    statement: `${user} is not in group ${group}: nothing in the repository adds it`,
    declare: 'declare the members under groups: in .socklint.yml',
    ...(g?.origin.kind === 'source' ? { location: g.origin.location } : {}),
  };
}

function applyFact(db: IdentityDb, dirs: Map<string, DirectoryFact>, fact: Fact): void {
  const maybe = (fact.kind === 'user-add' || fact.kind === 'group-add') && fact.maybe;
  const origin: Origin = maybe
    ? {
        kind: 'assumed',
        description: `${describeFact(fact)} may create it (its value is not known): assumed to exist`,
        declare: 'declare it under users: or groups: in .socklint.yml',
        location: fact.location,
      }
    : { kind: 'source', location: fact.location };
  switch (fact.kind) {
    case 'group-add':
      if (!db.groups.has(fact.group))
        db.groups.set(fact.group, { name: fact.group, gid: fact.gid, members: [], origin });
      break;
    case 'group-mod': {
      const group = db.groups.get(fact.group);
      if (group && fact.gid !== undefined) db.groups.set(fact.group, { ...group, gid: fact.gid, origin });
      break;
    }
    case 'user-add': {
      // useradd/adduser create a group named like the user unless told otherwise (USERGROUPS_ENAB).
      let primaryGroup = fact.primaryGroup;
      if (primaryGroup && /^\d+$/.test(primaryGroup)) {
        primaryGroup =
          [...db.groups.values()].find((g) => g.gid === Number(primaryGroup))?.name ?? primaryGroup;
      }
      if (!primaryGroup) {
        primaryGroup = fact.user;
        if (!db.groups.has(fact.user)) db.groups.set(fact.user, { name: fact.user, members: [], origin });
      }
      if (!db.users.has(fact.user))
        db.users.set(fact.user, { name: fact.user, uid: fact.uid, primaryGroup, origin });
      for (const group of fact.groups) addMember(db, group, fact.user, origin);
      break;
    }
    case 'user-mod': {
      const user = db.users.get(fact.user);
      if (user) {
        db.users.set(fact.user, {
          ...user,
          uid: fact.uid ?? user.uid,
          primaryGroup: fact.primaryGroup ?? user.primaryGroup,
          origin,
        });
      }
      break;
    }
    case 'member-add':
      addMember(db, fact.group, fact.user, origin);
      break;
    case 'mkdir':
    case 'chmod':
    case 'chown': {
      const p = normalizeDeployed(fact.path);
      const known = dirs.get(p) ?? { path: p, origin };
      const next: DirectoryFact = { ...known, origin };
      if (fact.kind === 'mkdir') {
        if (fact.mode !== undefined) next.mode = fact.mode;
        else if (!dirs.has(p)) next.mode = 0o755; // umask 022 (Docker and Debian default)
        if (fact.owner) next.owner = fact.owner;
        else if (!dirs.has(p)) next.owner = 'root';
        if (fact.group) next.group = fact.group;
        else if (!dirs.has(p)) next.group = 'root';
      } else if (fact.kind === 'chmod') {
        // symbolic: no guess. A short octal mode keeps the directory's setuid and setgid bits.
        const kept = known.mode !== undefined ? known.mode & 0o6000 : known.setgid ? 0o2000 : 0;
        next.mode =
          typeof fact.mode !== 'number' ? undefined : fact.keepsSpecial ? fact.mode | kept : fact.mode;
      } else {
        if (fact.owner) next.owner = fact.owner;
        if (fact.group) next.group = fact.group;
      }
      if (next.mode !== undefined) next.setgid = (next.mode & 0o2000) !== 0;
      dirs.set(p, next);
      break;
    }
    case 'default-acl': {
      const p = normalizeDeployed(fact.path);
      const known = dirs.get(p) ?? { path: p, origin };
      // setfacl -m adds to the existing default ACL; later entries of the same tag and name win.
      const merged = [...(known.defaultAcl ?? [])];
      for (const e of fact.entries) {
        const i = merged.findIndex((x) => x.tag === e.tag && x.name === e.name);
        if (i >= 0) merged[i] = e;
        else merged.push(e);
      }
      dirs.set(p, { ...known, defaultAcl: merged, origin });
      break;
    }
    default:
      break;
  }
}

function addMember(db: IdentityDb, groupName: string, user: string, origin: Origin): void {
  let group: Group | undefined = db.groups.get(groupName);
  if (!group) {
    // Membership in a group the repository never creates: the group's id stays unknown.
    group = { name: groupName, members: [], origin };
    db.groups.set(groupName, group);
  }
  if (!group.members.includes(user)) group.members.push(user);
  group.memberOrigins ??= new Map();
  group.memberOrigins.set(user, origin);
}

function describeFact(fact: Fact): string {
  return `the command at ${fact.location.file}:${fact.location.line}`;
}

function applyConfig(db: IdentityDb, dirs: Map<string, DirectoryFact>, config: UserConfig): void {
  const file = config.source ?? '.socklint.yml';
  const origin: Origin = { kind: 'declared', description: file };
  for (const [name, g] of Object.entries(config.groups)) {
    const known = db.groups.get(name);
    db.groups.set(name, { name, gid: g.gid ?? known?.gid, members: [...(known?.members ?? [])], origin });
    for (const member of g.members ?? []) addMember(db, name, member, origin);
  }
  for (const [name, u] of Object.entries(config.users)) {
    const known: Account | undefined = db.users.get(name);
    db.users.set(name, {
      name,
      uid: u.uid ?? known?.uid,
      primaryGroup: u.group ?? known?.primaryGroup ?? name,
      origin,
    });
    if (!db.groups.has(u.group ?? name))
      db.groups.set(u.group ?? name, { name: u.group ?? name, members: [], origin });
    for (const group of u.groups ?? []) addMember(db, group, name, origin);
  }
  for (const [dir, d] of Object.entries(config.directories)) {
    const p = normalizeDeployed(dir);
    const mode = d.mode;
    dirs.set(p, {
      path: p,
      mode,
      owner: d.owner ?? 'root',
      group: d.group ?? 'root',
      ...(mode !== undefined ? { setgid: (mode & 0o2000) !== 0 } : {}),
      origin,
    });
  }
}
