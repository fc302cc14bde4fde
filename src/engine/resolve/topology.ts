/**
 * Topology: where each repository file lands when deployed, and which files form one deployment
 * unit (one machine: a Dockerfile's image, a host tree laid out under `etc/`, an Ansible
 * project, or the files mapped in `.socklint.yml`). The nginx of one unit is never paired with
 * the PHP-FPM of another.
 */
import path from 'node:path';
import type { UserConfig } from '../config.js';
import type { DeployedFile } from '../model.js';
import {
  ansibleMachines,
  editedFile,
  editText,
  type FileEdit,
  type TemplateRender,
} from '../ansible/index.js';
import { dockerfileFacts } from '../parse/provision/dockerfile.js';
import { isServerConfigPath, type Fact } from '../parse/provision/facts.js';
import { yunohostMachines } from '../packaging/yunohost.js';
import { ShellEnv, type ShellValue } from '../parse/provision/shell-env.js';
import { Placeholders } from '../templates.js';
import type { ClassifiedFile, Location, Note, Origin, SkippedFile, SourceFile } from '../types.js';
import type { ContainerPlacement } from './shared-dirs.js';
import { UnitFs, normalizeDeployed } from './deployed-fs.js';
import {
  applyFact,
  buildChain,
  findStage,
  splitStages,
  stageChain,
  type BuildContext,
  type RepoEntry,
  type Stage,
} from './image-build.js';
import { ImageFs } from './image-fs.js';
import { RepoIndex } from './repo-index.js';
import { startup } from './startup.js';
import { debianDistro, distroOfPlatformId, hostPlatform } from '../platforms/distributions.js';
import { hostFamily } from '../platforms/host-family.js';
import { platformOfImage } from '../platforms/images.js';
import { withPackages } from '../platforms/packages.js';
import { alpineFpm, debianFpm } from '../platforms/php-fpm.js';
import { webServerBuiltins } from './web-flavours.js';
import type { BuiltinFile, Distro, FpmFlavour, Platform } from '../platforms/types.js';
import { phpVersionChoice, type PhpVersionChoice } from './php-version-choice.js';

export type UnitKind = 'image' | 'host' | 'ansible' | 'mapped' | 'script' | 'unmapped';

export interface DeploymentUnit {
  /** Human-readable and stable, e.g. `image docker/app/Dockerfile`, `host deploy/`. */
  id: string;
  kind: UnitKind;
  platform: Platform;
  /** Where the platform came from (a FROM line, a default). */
  platformOrigin: Origin;
  /** FPM installations of the unit (one per PHP version on a host). */
  fpm: FpmFlavour[];
  fs: UnitFs;
  /** Provisioning facts that apply to this machine, in order. */
  facts: Fact[];
  /**
   * Symlinks in git whose target is absolute, or relative but outside the repository (a file a
   * package ships): resolved in deployed space once every file is placed.
   */
  links: { link: string; target: string }[];
  /** Ansible: the templates rendered for this machine, for related locations and fixes. */
  templates?: TemplateRender[];
  /** An image whose base socklint knows only from `images:` in .socklint.yml, which may add accounts. */
  baseDeclared?: true;
  /** Set when the image's processes run as a non-root `USER` (`group` when written `USER u:g`). */
  runtimeUser?: { user: string; group?: string; origin: Origin };
  /**
   * Who a start-up command runs each server as, when not the container's user (`gosu`,
   * `su-exec`, `s6-setuidgid`, supervisord `user=`): a non-root master (semantics F8).
   */
  programUsers?: Partial<Record<'nginx' | 'php-fpm', { user: string; group?: string; origin: Origin }>>;
  /** Where a start-up command gives php-fpm `-R`, so that its pools may run as root (F8). */
  fpmAllowRoot?: Origin;
  /** The main file a start-up command gives php-fpm with `-y` (`--fpm-config`), and where. */
  fpmConfig?: { path: string; origin: Origin };
  /** Set for a container of a compose project or a pod: what it mounts, to pair it with the others. */
  container?: ContainerPlacement;
  /** A host tree whose per-version PHP trees an installer copies only for the versions a user chooses. */
  phpVersions?: PhpVersionChoice;
  notes: Note[];
}

export interface TopologyInput {
  files: ClassifiedFile[];
  /** Files discovery could not read: they still land somewhere, and a program may load them. */
  skipped?: SkippedFile[];
  symlinks: { path: string; target: string }[];
  facts: Map<string, Fact[]>;
  config: UserConfig;
  /**
   * The scan's template placeholders: Ansible renders with them, and values only known when a
   * container starts become markers in the same registry.
   */
  placeholders?: Placeholders;
  /**
   * The container units (compose services, pod containers), built with the same repository
   * index; `builds` holds the Dockerfile stages they build (`path\0target`, `path\0` for the
   * last stage), which are then not also read as images on their own.
   */
  containers?: (repo: RepoFiles, claimed: Set<string>) => { units: DeploymentUnit[]; builds: Set<string> };
}

/** The repository's files, indexed once for every unit that places them. */
export interface RepoFiles {
  byPath: Map<string, ClassifiedFile & { unreadable?: string }>;
  links: Map<string, string>;
  index: RepoIndex;
}

/** One image to build: `docker build [--target T] [--build-arg …] CONTEXT -f DOCKERFILE`. */
export interface ImageBuild {
  dockerfile: ClassifiedFile;
  /** The stage to build; the last one when absent. */
  target?: string;
  /** Repository directory of the build context; the Dockerfile's directory when absent. */
  context?: string;
  buildArgs?: Record<string, ShellValue>;
  /** The container's environment at start beyond the image's ENV (compose `environment`). */
  environment?: Record<string, string>;
  /** The unit's id; `image <dockerfile>[ (target <t>)]` when absent. */
  id?: string;
}

const CONFIG_KINDS = new Set(['nginx-main', 'nginx-site', 'nginx-snippet', 'fpm-main', 'fpm-pool']);
/** Where a host tree starts: the directories a distribution's web server and PHP-FPM packages use. */
const LAYOUT =
  /(^|\/)(etc\/(nginx|apache2|httpd|caddy|php\d*|php-fpm\.d|php-fpm\.conf|tmpfiles\.d|systemd\/system|uwsgi|supervisor)\b|usr\/local\/etc\/(php-fpm\.d|php-fpm\.conf))/;

export function buildTopology(input: TopologyInput): DeploymentUnit[] {
  const byPath = new Map<string, ClassifiedFile & { unreadable?: string }>(
    input.files.map((f) => [f.path, f]),
  );
  for (const s of input.skipped ?? []) {
    byPath.set(s.path, {
      path: s.path,
      absPath: s.path,
      text: '',
      hadBom: false,
      crlf: false,
      kind: 'other',
      reason: s.reason,
      unreadable: s.reason,
    });
  }
  const links = new Map(input.symlinks.map((l) => [l.path, l.target]));
  const repo: RepoFiles = { byPath, links, index: indexOf(byPath, links) };
  const claimed = new Set<string>();
  const units: DeploymentUnit[] = [];

  const containers = input.containers?.(repo, claimed);
  units.push(...(containers?.units ?? []));
  const named = namedTargets(input.files);
  for (const file of input.files.filter((f) => f.kind === 'dockerfile')) {
    const facts = input.facts.get(file.path) ?? [];
    const targets = buildTargets(facts, named);
    const last = targets[targets.length - 1];
    const built = (t: string) =>
      containers?.builds.has(`${file.path}\0${t}`) ||
      (t === last && containers?.builds.has(`${file.path}\0`));
    for (const target of targets.filter((t) => !built(t))) {
      // With several images from one Dockerfile, each is named by its stage.
      const id = targets.length > 1 ? `image ${file.path} (target ${target})` : undefined;
      const build: ImageBuild = {
        dockerfile: file,
        ...(target !== last ? { target } : {}),
        ...(id ? { id } : {}),
      };
      units.push(imageUnit(build, repo, claimed, { facts, input }));
    }
  }
  for (const unit of ansibleUnits(input, byPath, links, claimed)) units.push(unit);
  for (const unit of yunohostUnits(input, claimed)) units.push(unit);
  if (Object.keys(input.config.mappings).length > 0) {
    units.push(mappedUnit(input.config, byPath, links, claimed));
  }
  const layouts = layoutUnits(input, byPath, links, claimed);
  units.push(...layouts.units);
  units.push(...scriptUnits(input, claimed));
  for (const unit of units) {
    if (unit.kind === 'image') continue; // built with its files in order
    if (unit.kind === 'host' || unit.kind === 'mapped' || unit.kind === 'script') inferHostFlavours(unit);
    addBuiltins(unit);
    applyFileEffects(unit, input.placeholders);
    notePlatformUnknowns(unit);
  }
  const loose = input.files.filter((f) => CONFIG_KINDS.has(f.kind) && !claimed.has(f.path));
  if (loose.length > 0) {
    const unmapped = unmappedUnit(loose);
    unmapped.notes.push(...layouts.unknown);
    units.push(unmapped);
  }
  return units;
}

/* ------------------------------------------------------------------ images */

/** How a value a command writes but socklint cannot know is named in reports. */
const describeUnknown = (unknown: string[]): string =>
  `${unknown.join(', ')} (set nowhere in the repository; declare it under variables: in .socklint.yml)`;

/** The repository index of a `byPath`/`links` pair, built once per pair. */
const INDEXES = new WeakMap<Map<string, unknown>, RepoIndex>();

function indexOf(byPath: Map<string, unknown>, links: Map<string, string>): RepoIndex {
  let index = INDEXES.get(byPath);
  if (!index) {
    index = new RepoIndex([...byPath.keys(), ...links.keys()]);
    INDEXES.set(byPath, index);
  }
  return index;
}

/**
 * The stages of a Dockerfile that are built as images: the last one, every stage no other stage
 * builds FROM or copies from (nobody writes such a stage but to build it with `--target`), and
 * every stage a workflow, Makefile or script names with `--target`.
 */
export function buildTargets(facts: Fact[], named: Set<string>): string[] {
  const stages = splitStages(facts);
  const used = new Set<number>();
  stages.forEach((stage, i) => {
    const parent = findStage(stages, stage.from.image, i);
    if (parent) used.add(parent.index);
    for (const f of stage.facts) {
      if (f.kind !== 'copy' || f.fromStage === undefined) continue;
      const from = findStage(stages, f.fromStage, i);
      if (from) used.add(from.index);
    }
  });
  const last = stages[stages.length - 1];
  const targets = stages
    .slice(0, -1)
    .filter((s) => s.name && (!used.has(s.index) || named.has(s.name)))
    .map((s) => s.name!);
  // The last stage is built by default; its name (or index) stands for it.
  return [...targets, last?.name ?? String(Math.max(0, stages.length - 1))];
}

/** Stage names given to `--target` (docker build, compose, bake) or `target:` in workflows. */
function namedTargets(files: ClassifiedFile[]): Set<string> {
  const names = new Set<string>();
  for (const f of files) {
    const ci = /(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/.test(f.path);
    if (!ci && !/(^|\/)(Makefile|[^/]+\.mk|[^/]+\.sh)$/.test(f.path) && f.kind !== 'shell') continue;
    for (const m of f.text.matchAll(/--target[= ]+["']?([A-Za-z0-9_.-]+)/g)) names.add(m[1].toLowerCase());
    if (ci)
      for (const m of f.text.matchAll(/^\s*target:\s*["']?([A-Za-z0-9_.-]+)/gm))
        names.add(m[1].toLowerCase());
  }
  return names;
}

/**
 * The build context when nothing names it: the Dockerfile's directory, unless the files its COPY
 * and ADD lines name are not there but are all in a directory above it (a Dockerfile under
 * `src/variations/fpm/` that a bake file or script builds with the repository root as context).
 */
function defaultContext(dockerfile: ClassifiedFile, facts: Fact[], repo: RepoFiles): string {
  const own = path.posix.dirname(dockerfile.path) === '.' ? '' : path.posix.dirname(dockerfile.path);
  const sources = facts.flatMap((f) =>
    f.kind === 'copy' && f.sourceBase === 'build-context' && !f.fromStage && !f.fromImage ? f.sources : [],
  );
  const literal = sources.filter((s) => !/[*?[$]/.test(s));
  if (literal.length === 0) return own;
  const holdsAll = (dir: string) =>
    literal.every((s) => {
      const p = path.posix
        .join(dir, s)
        .replace(/^\.?\/+/, '')
        .replace(/\/+$/, '');
      return p === '' || p === '.' || repo.index.has(p) || repo.index.under(p).length > 0;
    });
  for (let dir = own; ; dir = path.posix.dirname(dir) === '.' ? '' : path.posix.dirname(dir)) {
    if (holdsAll(dir)) return dir;
    if (dir === '') return own;
  }
}

/**
 * One image: a stage of a Dockerfile (the last one unless a target is given) built with its
 * context and build arguments, then started. Its filesystem comes from applying, in order, the
 * base image's and packages' files and every instruction's effect; its start-up scripts run
 * with the image's ENV and the given environment. Compose and the other readers call this for
 * each service that builds an image.
 */
export function imageUnit(
  build: ImageBuild,
  repo: RepoFiles,
  claimed: Set<string>,
  options: { facts?: Fact[]; input?: Pick<TopologyInput, 'config' | 'placeholders'> } = {},
): DeploymentUnit {
  const dockerfile = build.dockerfile;
  // Values declared in .socklint.yml stand for build arguments that have none.
  const declared = options.input?.config.variables ?? {};
  // A RUN line that bind-mounts the context runs scripts from it: read with the context at hand.
  const binds = /--mount=\S*type=bind/.test(dockerfile.text);
  const reread = build.buildArgs || Object.keys(declared).length > 0 || !options.facts || binds;
  const context = build.context ?? defaultContext(dockerfile, options.facts ?? [], repo);
  const contextFile = (p: string) => {
    const file = repo.byPath.get(path.posix.join(context, p).replace(/^\.\//, ''));
    return file && !file.unreadable ? file : undefined;
  };
  const contextFilesIn = (dir: string) => {
    const joined = path.posix.join(context, dir);
    const prefix = joined === '.' ? '' : joined + '/';
    return [...repo.byPath.keys()]
      .filter((p) => p.startsWith(prefix) && !p.slice(prefix.length).includes('/'))
      .map((p) => p.slice(prefix.length));
  };
  const read = reread
    ? dockerfileFacts(dockerfile, {
        ...(build.buildArgs ? { buildArgs: build.buildArgs } : {}),
        declared,
        ...(binds ? { contextFile, contextFilesIn } : {}),
      })
    : undefined;
  const facts = read?.facts ?? options.facts ?? [];
  const stages = splitStages(facts);
  const target = build.target !== undefined ? findStage(stages, build.target) : stages[stages.length - 1];
  const id =
    build.id ?? `image ${dockerfile.path}${build.target !== undefined ? ` (target ${build.target})` : ''}`;
  if (!target) {
    const unit = newUnit(
      id,
      'image',
      {},
      {
        kind: 'default',
        description: build.target !== undefined ? `no stage ${build.target}` : 'no FROM line',
      },
    );
    if (build.target !== undefined)
      unit.notes.push({
        level: 'notice',
        code: 'unknown-target',
        message: `${dockerfile.path} has no stage ${build.target}`,
        location: { file: dockerfile.path, line: 1, column: 1, endLine: 1, endColumn: 1 },
      });
    return unit;
  }
  const chain = stageChain(stages, target);
  const root = chain[0].from;
  const images = options.input?.config.images ?? {};
  const rootImage = declaredImage(root.image, images) ?? root.image;
  const known = root.unknown ? undefined : platformOfImage(rootImage);
  const unitFacts = chain.flatMap((s) => s.facts);
  const platform = withPackages(known ?? {}, installedPackages(unitFacts));
  const unit = newUnit(id, 'image', platform, {
    kind: 'source',
    location: root.location,
    text: `FROM ${root.image}${rootImage !== root.image ? ` (built from ${rootImage}, as .socklint.yml declares)` : ''}`,
  });
  if (rootImage !== root.image) unit.baseDeclared = true;
  unit.notes.push(...(read?.notes ?? []));
  if (!known) {
    unit.notes.push({
      level: 'notice',
      code: 'unknown-base-image',
      message: root.unknown
        ? `the base image ${root.image} depends on ${root.unknown.join(', ')}, which has no value here: its users and default configs are unknown`
        : `base image ${root.image} is not one socklint knows: its users and default configs are unknown (declare the known image it is built from under images: in .socklint.yml)`,
      location: root.location,
    });
  }
  const newFs = () =>
    new ImageFs({
      ...(options.input?.placeholders ? { placeholders: options.input.placeholders } : {}),
      describeUnknown,
    });
  const shipped = new Map<string, string>();
  const ctx: BuildContext = {
    stages,
    contextDir: context === '.' ? '' : context,
    repo: repo.index,
    repoEntry: (p) => repoEntry(p, repo),
    seed: (fs, seen, from) => seedPlatform(fs, from, seen, shipped, images),
    newFs,
    notes: unit.notes,
    placed: new Set(),
  };
  const fs = buildChain(chain, ctx, new Map());
  const start = startup({
    fs,
    facts: unitFacts,
    baseImage: rootImage,
    dockerfile,
    env: startEnvironment(unitFacts, build, options.input?.config),
  });
  for (const fact of start.facts) applyFact(fs, fact, ctx);
  unit.notes.push(...start.notes);
  unit.facts = [...unitFacts, ...start.facts];
  unit.fs = fs.toUnitFs([...shipped].map(([pattern, description]) => ({ pattern, description })));
  unit.fpm = platform.fpm ? [platform.fpm] : [];
  for (const p of ctx.placed) claimed.add(p);
  setRunningUsers(unit);
  notePlatformUnknowns(unit);
  return unit;
}

/**
 * A container run from an image nothing in the repository builds (compose `image:`): the files
 * and accounts of that image as the catalog knows them, or nothing for an image it does not know.
 */
export function pulledImageUnit(
  id: string,
  image: { ref: string; location: Location },
  placeholders?: Placeholders,
  images: Record<string, string> = {},
): DeploymentUnit {
  const declared = declaredImage(image.ref, images);
  const known = platformOfImage(declared ?? image.ref);
  const unit = newUnit(id, 'image', known ?? {}, {
    kind: 'source',
    location: image.location,
    text: `image: ${image.ref}${declared ? ` (built from ${declared}, as .socklint.yml declares)` : ''}`,
  });
  if (declared) unit.baseDeclared = true;
  if (!known) {
    unit.notes.push({
      level: 'notice',
      code: 'unknown-base-image',
      message: `image ${image.ref} is not one socklint knows: its users and default configs are unknown (declare the known image it is built from under images: in .socklint.yml)`,
      location: image.location,
    });
  }
  const fs = new ImageFs({ ...(placeholders ? { placeholders } : {}), describeUnknown });
  const shipped = new Map<string, string>();
  seedPlatform(fs, { kind: 'from', image: image.ref, location: image.location }, [], shipped, images);
  unit.fs = fs.toUnitFs([...shipped].map(([pattern, description]) => ({ pattern, description })));
  unit.fpm = known?.fpm ? [known.fpm] : [];
  notePlatformUnknowns(unit);
  return unit;
}

/** The container's environment at start: the image's ENV, then the caller's and the user's declared values. */
function startEnvironment(facts: Fact[], build: ImageBuild, config: UserConfig | undefined): ShellEnv {
  const vars: [string, ShellValue][] = facts.flatMap((f): [string, ShellValue][] =>
    f.kind === 'env' ? [[f.name, f.value]] : [],
  );
  vars.push(...Object.entries(config?.variables ?? {}), ...Object.entries(build.environment ?? {}));
  return ShellEnv.of(vars, 'unknown');
}

/** The files the base image and the packages installed so far ship, where nothing is yet. */
function seedPlatform(
  fs: ImageFs,
  from: Stage['from'],
  seen: Fact[],
  shipped: Map<string, string>,
  images: Record<string, string>,
): void {
  const base = from.unknown ? undefined : platformOfImage(declaredImage(from.image, images) ?? from.image);
  const platform = withPackages(base ?? {}, installedPackages(seen));
  const { nginx, fpm } = platform;
  const add = (file: BuiltinFile, description: string) => {
    if (!fs.has(file.deployedPath)) fs.place(file.deployedPath, builtin(file, description));
  };
  if (nginx) {
    for (const pattern of nginx.shipped) shipped.set(pattern, `shipped by ${nginx.description}`);
    for (const file of [nginx.main, ...nginx.files]) add(file, nginx.description);
    for (const { link, target } of nginx.links) if (!fs.has(link)) fs.link(link, target);
  }
  if (fpm) {
    for (const file of [fpm.main, ...fpm.pools, ...(fpm.nginxFiles ?? [])]) add(file, fpm.description);
  }
  for (const { file, description } of webServerBuiltins(platform, fpm ? [fpm] : [], [], false))
    add(file, description);
}

/**
 * The known image `.socklint.yml` declares an unknown one is built from: by the full reference,
 * else by its name without tag or digest (`ghcr.io/acme/php:2.1` → `ghcr.io/acme/php`).
 */
export function declaredImage(ref: string, images: Record<string, string>): string | undefined {
  if (Object.hasOwn(images, ref)) return images[ref];
  const name = ref.replace(/@.*$/, '').replace(/:[^/:]*$/, '');
  return Object.hasOwn(images, name) ? images[name] : undefined;
}

function repoEntry(repoPath: string, repo: RepoFiles): RepoEntry | undefined {
  let file: (SourceFile & { unreadable?: string }) | undefined = repo.byPath.get(repoPath);
  const linkTarget = repo.links.get(repoPath);
  // A symlink in git reads as its target; an absolute one stays a link in the image.
  if (linkTarget !== undefined) {
    if (linkTarget.startsWith('/')) return { link: normalizeDeployed(linkTarget) };
    file =
      repo.byPath.get(path.posix.normalize(path.posix.join(path.posix.dirname(repoPath), linkTarget))) ??
      file;
  }
  if (!file) return undefined;
  const entry: DeployedFile = {
    deployedPath: '',
    file,
    ...(file.unreadable ? { unreadable: file.unreadable } : {}),
  };
  return { file: entry };
}

/** USER, and who start-up commands run the servers as. */
function setRunningUsers(unit: DeploymentUnit): void {
  const user = [...unit.facts].reverse().find((f) => f.kind === 'user');
  if (user && user.kind === 'user') {
    const [name, group] = user.user.split(':');
    if (name !== 'root' && name !== '0') {
      unit.runtimeUser = {
        user: name,
        ...(group ? { group } : {}),
        origin: { kind: 'source', location: user.location, text: `USER ${user.user}` },
      };
    }
  }
  const programs: NonNullable<DeploymentUnit['programUsers']> = {};
  for (const f of unit.facts) {
    if (f.kind !== 'run-as' || (f.program !== 'nginx' && f.program !== 'php-fpm') || f.maybe) continue;
    const group = f.group ? { group: f.group } : {};
    programs[f.program] = {
      user: f.user,
      ...group,
      origin: { kind: 'source', location: f.location, text: f.via },
    };
  }
  if (Object.keys(programs).length > 0) unit.programUsers = programs;
  for (const f of unit.facts) {
    if (f.kind !== 'fpm-start' || f.maybe) continue;
    if (f.allowRoot)
      unit.fpmAllowRoot = { kind: 'source', location: f.location, text: `${f.program} ${f.allowRoot}` };
    if (f.config?.startsWith('/')) {
      const text = `${f.program} --fpm-config ${f.config}`;
      unit.fpmConfig = {
        path: path.posix.normalize(f.config),
        origin: { kind: 'source', location: f.location, text },
      };
    }
  }
}

export type RunningUser = NonNullable<DeploymentUnit['runtimeUser']>;

/**
 * Who a server's master runs as when it is not root: the user a start-up command starts it as
 * (`gosu`, `su-exec`, supervisord `user=`), else the image's USER; undefined for root.
 */
export function masterUser(unit: DeploymentUnit, program: 'nginx' | 'php-fpm'): RunningUser | undefined {
  return unit.programUsers?.[program] ?? unit.runtimeUser;
}

/* ------------------------------------------------------------------ Ansible */

/**
 * One unit per machine of each Ansible project: the files its template/copy tasks place
 * (rendered with the project's variables), the edits its ini_file/lineinfile/… tasks make to
 * them or to the files the platform ships, and its other tasks' facts.
 */
/** YunoHost apps: each on a Debian 12 host with nginx and the manifest's PHP-FPM. */
function yunohostUnits(input: TopologyInput, claimed: Set<string>): DeploymentUnit[] {
  const placeholders = input.placeholders ?? new Placeholders(input.config.variables);
  return yunohostMachines(input.files, placeholders, claimed).map((machine) => {
    const base = hostPlatform(debianDistro('12'), 'Debian 12 (YunoHost)');
    const unit = newUnit(machine.id, 'host', withPackages(base, machine.packages), {
      kind: 'default',
      description: machine.description,
    });
    for (const file of machine.files) unit.fs.set(file);
    unit.facts = machine.facts;
    unit.notes = machine.notes;
    return unit;
  });
}

function ansibleUnits(
  input: TopologyInput,
  byPath: Map<string, ClassifiedFile>,
  links: Map<string, string>,
  claimed: Set<string>,
): DeploymentUnit[] {
  const placeholders = input.placeholders ?? new Placeholders(input.config.variables);
  const result = ansibleMachines(input.files, input.config.variables, placeholders);
  for (const path of result.claimed) claimed.add(path);
  const units: DeploymentUnit[] = [];
  for (const machine of result.machines) {
    const base = hostPlatform(debianDistro('12'), 'Debian (assumed for the Ansible hosts)');
    const unit = newUnit(machine.id, 'ansible', withPackages(base, installedPackages(machine.facts)), {
      kind: 'default',
      description: 'Debian-family hosts (Ansible targets are not declared in the repository)',
    });
    unit.facts = machine.facts;
    unit.templates = machine.renders;
    unit.notes.push(...machine.notes);
    for (const [deployed, file] of machine.placed) {
      if (byPath.get(file.path) === file) place(unit, file.path, deployed, byPath, links, claimed);
      else unit.fs.set({ deployedPath: normalizeDeployed(deployed), file });
    }
    applyAnsibleEdits(unit, machine.edits);
    units.push(unit);
  }
  if (units[0]) units[0].notes.push(...result.notes);
  return units.filter((u) => u.fs.all().length > 0 || u.notes.length > 0);
}

/** The edits of ini_file, lineinfile, blockinfile and replace tasks, in task order. */
function applyAnsibleEdits(unit: DeploymentUnit, edits: FileEdit[]): void {
  const { fpm, nginx } = unit.platform;
  const shipped = [
    ...(fpm ? [fpm.main, ...fpm.pools].map((f) => builtin(f, fpm.description)) : []),
    ...(nginx ? [nginx.main, ...nginx.files].map((f) => builtin(f, nginx.description)) : []),
  ];
  for (const edit of edits) {
    const deployedPath = normalizeDeployed(edit.path);
    const before =
      unit.fs.get(deployedPath)?.file ?? shipped.find((f) => f.deployedPath === deployedPath)?.file;
    if (!before) {
      if (isServerConfigPath(deployedPath)) {
        unit.notes.push({
          level: 'notice',
          code: 'config-edited-by-script',
          message: `${edit.path} is edited by ${edit.module} here, but neither the repository nor the platform provides it: the edit is not checked`,
          location: edit.location,
        });
      }
      continue;
    }
    const after = editText(edit.module, before.text, edit.params);
    if (after === undefined || after === before.text) continue;
    const file = editedFile(
      before,
      after,
      edit.location,
      `edited by the ${edit.module} task at ${edit.location.file}:${edit.location.line}`,
    );
    unit.fs.set({ deployedPath, file });
  }
}

/* ------------------------------------------------------------------ mappings and layouts */

function mappedUnit(
  config: UserConfig,
  byPath: Map<string, ClassifiedFile>,
  links: Map<string, string>,
  claimed: Set<string>,
): DeploymentUnit {
  const declared = config.platform ? distroOfPlatformId(config.platform) : debianDistro('12');
  const platform = declared ? hostPlatform(declared) : {};
  const unit = newUnit(`mappings of ${config.source ?? '.socklint.yml'}`, 'mapped', platform, {
    kind: 'default',
    description: config.platform
      ? `platform: ${config.platform} in ${config.source ?? '.socklint.yml'}`
      : 'Debian 12 (platform default of mappings)',
  });
  for (const [from, to] of Object.entries(config.mappings)) {
    const src = from.replace(/\/+$/, '').replace(/^\.\//, '');
    for (const candidate of [...byPath.keys(), ...links.keys()]) {
      if (candidate === src) place(unit, candidate, to, byPath, links, claimed);
      else if (candidate.startsWith(src + '/'))
        place(unit, candidate, path.posix.join(to, candidate.slice(src.length + 1)), byPath, links, claimed);
    }
  }
  return unit;
}

/**
 * Host trees: each directory that holds an `etc/` laid out like a machine. Its distribution is
 * the one `platform:` declares, else the one its paths (or its etc/os-release) show. A tree whose
 * distribution cannot be told is not guessed at: its files are left to the unmapped unit, whose
 * accounts are unknown, and one note says what to declare.
 */
function layoutUnits(
  input: TopologyInput,
  byPath: Map<string, ClassifiedFile>,
  links: Map<string, string>,
  claimed: Set<string>,
): { units: DeploymentUnit[]; unknown: Note[] } {
  const roots = new Map<string, string[]>();
  const all = [...byPath.keys(), ...links.keys()];
  for (const repoPath of all.filter((p) => !claimed.has(p))) {
    // Every layout directory is under an etc/: most paths of a repository are not.
    const m = repoPath.includes('etc/') ? LAYOUT.exec(repoPath) : null;
    if (!m) continue;
    const root = repoPath.slice(0, m.index + m[1].length);
    const placed = roots.get(root);
    if (placed) placed.push(repoPath);
    else roots.set(root, [repoPath]);
  }
  const units: DeploymentUnit[] = [];
  const unknown: Note[] = [];
  for (const [root, placed] of roots) {
    const where = root || './';
    const family = hostDistro(input.config, root, all, byPath);
    // Provisioning scripts inside a host tree describe that host, whether or not it is told.
    const scripts = input.files.filter(
      (f) => (f.kind === 'shell' || f.kind === 'tmpfiles') && f.path.startsWith(root),
    );
    for (const file of scripts) claimed.add(file.path);
    if ('unknown' in family) {
      if (placed.some((p) => CONFIG_KINDS.has(byPath.get(p)?.kind ?? ''))) {
        unknown.push({
          level: 'notice',
          code: 'host-platform-unknown',
          message:
            `host tree ${where}: ${family.unknown}, so its accounts and shipped files are unknown and its files are ` +
            'checked as unmapped files; declare the system with platform: in .socklint.yml (e.g. debian-12, ' +
            'ubuntu-24.04, rhel-9, alpine-3.20)',
        });
      }
      continue;
    }
    const unit = newUnit(`host ${where}`, 'host', hostPlatform(family.distro), {
      kind: 'default',
      description: `${family.distro.description} (${family.because})`,
    });
    for (const repoPath of placed)
      place(unit, repoPath, '/' + repoPath.slice(root.length), byPath, links, claimed);
    for (const file of scripts) unit.facts.push(...(input.facts.get(file.path) ?? []));
    unit.platform = withPackages(unit.platform, installedPackages(unit.facts));
    const choice = phpVersionChoice(
      scripts.filter((f) => f.kind === 'shell'),
      input.files,
      input.config,
    );
    if (choice) unit.phpVersions = choice;
    units.push(unit);
  }
  return { units, unknown };
}

/** The distribution of the host tree under `root`: declared in .socklint.yml, else told by its paths. */
function hostDistro(
  config: UserConfig,
  root: string,
  all: string[],
  byPath: Map<string, ClassifiedFile>,
): { distro: Distro; because: string } | { unknown: string } {
  const file = config.source ?? '.socklint.yml';
  if (config.platform) {
    const distro = distroOfPlatformId(config.platform);
    return distro
      ? { distro, because: `platform: ${config.platform} in ${file}` }
      : { unknown: `platform: unknown in ${file}` };
  }
  const inTree = all.filter((p) => p.startsWith(root)).map((p) => p.slice(root.length));
  const found = hostFamily(inTree, byPath.get(`${root}etc/os-release`)?.text);
  const where = root || './';
  if ('unknown' in found) return found;
  const evidence = found.evidence ? `: ${found.evidence}` : '';
  return { distro: found.distro, because: `a host tree laid out under ${where}etc/${evidence}` };
}

/**
 * The packages a host tree's paths show are installed: nginx when it has /etc/nginx, and one
 * PHP-FPM per installation (Debian's /etc/php/X.Y/fpm, Alpine's /etc/phpNN, RHEL's
 * /etc/php-fpm.conf), each with its own master and pools (trap 33).
 */
function inferHostFlavours(unit: DeploymentUnit): void {
  // A script's files exist only once its facts apply; the paths it writes or edits show its packages.
  const paths = [
    ...unit.fs.all().map((f) => f.deployedPath),
    ...(unit.kind === 'script' ? scriptTouches(unit.facts) : []),
  ];
  const family = unit.platform.base?.family;
  if (!family) return;
  const has = (re: RegExp) => paths.some((p) => re.test(p));
  const packages: string[] = [];
  if (has(/^\/etc\/nginx\//)) packages.push('nginx');
  if (family === 'rhel' && has(/^\/etc\/php-fpm\.(d\/|conf$)/)) packages.push('php-fpm');
  if (family === 'rhel' && has(/^\/etc\/httpd\//)) packages.push('httpd');
  if (family === 'debian' && has(/^\/etc\/apache2\//)) packages.push('apache2');
  if (family === 'debian' && has(/^\/etc\/caddy\//)) packages.push('caddy');
  unit.platform = withPackages(unit.platform, packages);
  const desc = unit.platform.distro?.name ?? unit.platform.base!.description;
  const versioned =
    family === 'debian'
      ? /^\/etc\/php\/(\d+\.\d+)\/fpm\//
      : family === 'alpine'
        ? /^\/etc\/php(\d+)\//
        : undefined;
  const versions = new Set<string>();
  for (const p of paths) {
    const m = versioned?.exec(p);
    if (m) versions.add(m[1]);
  }
  if (unit.platform.fpm?.version) versions.delete(unit.platform.fpm.version);
  for (const v of [...versions].sort()) {
    unit.fpm.push(family === 'debian' ? debianFpm(v, desc, 'systemd') : alpineFpm(v, desc, 'openrc'));
  }
}

/**
 * The packages the facts install. Once the facts add nginx.org's apt repository to the sources,
 * `apt-get install nginx` installs nginx.org's package, named `nginx.org:nginx` here.
 */
function installedPackages(facts: Fact[]): string[] {
  const nginxOrg = facts.some(
    (f) =>
      f.kind === 'write-file' &&
      /^\/etc\/apt\/sources\.list/.test(f.path) &&
      f.content.some((part) => part.text.includes('nginx.org/packages')),
  );
  return facts.flatMap((f) =>
    f.kind !== 'install-packages'
      ? []
      : f.packages.map((name) => (nginxOrg && /^nginx([=~<>]|$)/.test(name) ? `nginx.org:${name}` : name)),
  );
}

/* ------------------------------------------------------------------ installer scripts */

/**
 * A shell script that nothing else runs (no image, host tree or Ansible play) and that writes
 * web server or PHP-FPM configuration provisions a machine of its own: the files it writes land
 * at their paths there. Scripts that are alternatives (one per distribution or per app) are
 * separate machines. The distribution is the one `platform:` declares, else the one the paths it
 * writes show, as for a host tree; a package manager alone does not tell it.
 */
function scriptUnits(input: TopologyInput, claimed: Set<string>): DeploymentUnit[] {
  const file = input.config.source ?? '.socklint.yml';
  const declared = input.config.platform ? distroOfPlatformId(input.config.platform) : undefined;
  const units: DeploymentUnit[] = [];
  for (const script of input.files) {
    if (script.kind !== 'shell' || claimed.has(script.path)) continue;
    const facts = input.facts.get(script.path) ?? [];
    const written = scriptWrites(facts);
    if (written.length === 0) continue;
    const found = declared ? undefined : hostFamily(scriptTouches(facts).map((p) => p.replace(/^\/+/, '')));
    const distro = declared ?? (found && 'distro' in found ? found.distro : undefined);
    const because = declared
      ? `platform: ${input.config.platform} in ${file}`
      : found && 'distro' in found
        ? `the paths ${script.path} writes${found.evidence ? `: ${found.evidence}` : ''}`
        : `${script.path} does not show which distribution it runs on (${found && 'unknown' in found ? found.unknown : ''}); declare it with platform: in ${file}`;
    const unit = newUnit(`machine ${script.path} provisions`, 'script', distro ? hostPlatform(distro) : {}, {
      kind: 'default',
      description: distro ? `${distro.description} (${because})` : because,
    });
    unit.facts = facts;
    unit.platform = withPackages(unit.platform, installedPackages(facts));
    claimed.add(script.path);
    units.push(unit);
  }
  return units;
}

/**
 * The web server and PHP-FPM config files a script writes (`cat > /etc/nginx/… <<EOF`, `echo … >`,
 * `envsubst`), also with content it cannot know, which then stays undecided rather than silent.
 */
function scriptWrites(facts: Fact[]): string[] {
  const config = (p: string) => isServerConfigPath(p) || /^\/etc\/caddy\//.test(p);
  const paths = facts.flatMap((f) =>
    (f.kind === 'write-file' || f.kind === 'unknown-content') && config(f.path)
      ? [f.path]
      : f.kind === 'envsubst' && config(f.dest)
        ? [f.dest]
        : // Kept by the reader only when its text configures a server.
          f.kind === 'write-unknown-dest'
          ? [f.dest]
          : [],
  );
  return [...new Set(paths)];
}

/** Every path a script writes, copies to or edits (the known directory of a path that is not known). */
function scriptTouches(facts: Fact[]): string[] {
  return facts.flatMap((f) =>
    f.kind === 'write-file' || f.kind === 'edit-file'
      ? [f.path]
      : f.kind === 'copy'
        ? [f.dest]
        : f.kind === 'write-unknown-dest' && f.prefix !== undefined
          ? [f.prefix === '/' ? '/' : `${f.prefix}/`]
          : [],
  );
}

/* ------------------------------------------------------------------ unmapped files */

/**
 * Config files that nothing places: their deployed paths are unknown. They are read as if
 * loaded (sites by a main nginx.conf, pools by a php-fpm.conf) on a machine socklint knows
 * nothing about, so identity-dependent verdicts stay unknown.
 */
function unmappedUnit(files: ClassifiedFile[]): DeploymentUnit {
  const unit = newUnit(
    'unmapped files',
    'unmapped',
    {},
    {
      kind: 'default',
      description: 'deployed paths unknown: add mappings to .socklint.yml',
    },
  );
  for (const file of files) unit.fs.set({ deployedPath: '/' + file.path, file });
  unit.notes.push({
    level: 'notice',
    code: 'unmapped-files',
    message: `${files.length} config file(s) are not placed by a Dockerfile, an Ansible task, an etc/ layout or a mapping; they are checked as one machine whose users are unknown (add "mappings" to .socklint.yml)`,
  });
  return unit;
}

/* ------------------------------------------------------------------ helpers */

function newUnit(id: string, kind: UnitKind, platform: Platform, platformOrigin: Origin): DeploymentUnit {
  return { id, kind, platform, platformOrigin, fpm: [], fs: new UnitFs([]), facts: [], links: [], notes: [] };
}

/** Places a repository file (or a symlink in git, by its target's content) at a deployed path. */
function place(
  unit: DeploymentUnit,
  repoPath: string,
  deployed: string,
  byPath: Map<string, ClassifiedFile>,
  links: Map<string, string>,
  claimed: Set<string>,
): void {
  const deployedPath = normalizeDeployed(deployed);
  let file: SourceFile | undefined = byPath.get(repoPath);
  const linkTarget = links.get(repoPath);
  // A symlink in git reads as its target: findings point at the target file, not the link.
  if (linkTarget !== undefined) {
    if (linkTarget.startsWith('/')) {
      unit.links.push({ link: deployedPath, target: normalizeDeployed(linkTarget) });
      claimed.add(repoPath);
      return;
    }
    const inRepo = byPath.get(
      path.posix.normalize(path.posix.join(path.posix.dirname(repoPath), linkTarget)),
    );
    // A link to a file the packages ship (Debian's mods-enabled/X.load → ../mods-available/X.load)
    // resolves in deployed space once the shipped files are in place.
    if (!inRepo && !byPath.has(repoPath)) {
      unit.links.push({ link: deployedPath, target: linkTarget });
      claimed.add(repoPath);
      return;
    }
    file = inRepo ?? file;
  }
  if (!file) return;
  claimed.add(repoPath);
  const unreadable = (file as { unreadable?: string }).unreadable;
  unit.fs.set({ deployedPath, file, ...(unreadable ? { unreadable } : {}) });
}

/**
 * What provisioning does to the machine's files, in order (a host tree's scripts, Ansible shell
 * tasks): links, removals, moves and copies, files written or edited. The repository's and the
 * packages' files are in place first; symlinks (`ln -s`, absolute ones in git) resolve by path.
 */
function applyFileEffects(unit: DeploymentUnit, placeholders: Placeholders | undefined): void {
  const fs = new ImageFs({ ...(placeholders ? { placeholders } : {}), describeUnknown });
  for (const file of unit.fs.all()) fs.place(file.deployedPath, file);
  for (const { link, target } of unit.links) fs.link(link, target);
  for (const fact of unit.facts) applyFact(fs, fact);
  unit.fs = fs.toUnitFs(unit.fs.shipped);
}

/**
 * Adds what the unit's nginx and FPM packages ship, where the repository has nothing at that
 * path: main files, pools, the nginx files an FPM package brings, and package links (Debian's
 * sites-enabled/default, which then loads whatever sits at sites-available/default).
 */
function addBuiltins(unit: DeploymentUnit): void {
  const shipped: { pattern: string; description: string }[] = [];
  const { nginx } = unit.platform;
  const fpms = [...(unit.platform.fpm ? [unit.platform.fpm] : []), ...unit.fpm];
  unit.fpm = dedupeFpm(fpms);
  const fs = new UnitFs(shipped);
  if (nginx) {
    for (const pattern of nginx.shipped)
      shipped.push({ pattern, description: `shipped by ${nginx.description}` });
    for (const file of [nginx.main, ...nginx.files]) fs.set(builtin(file, nginx.description));
  }
  const placed = unit.fs.all().map((f) => f.deployedPath);
  for (const fpm of unit.fpm) {
    fs.set(builtin(fpm.main, fpm.description));
    for (const file of fpm.nginxFiles ?? []) fs.set(builtin(file, fpm.description));
    // A host tree that manages a package's pool directory owns it: the stock pool (Debian's
    // www.conf) is kept only if the tree has it. In an image, shipped files stay unless removed.
    for (const pool of fpm.pools) {
      const dir = path.posix.dirname(pool.deployedPath) + '/';
      const owned = unit.kind !== 'image' && fpm.poolsReplaceable && placed.some((p) => p.startsWith(dir));
      if (!owned) fs.set(builtin(pool, fpm.description));
    }
  }
  const repositoryPaths = [...placed, ...unit.links.map((l) => l.link)];
  for (const { file, description } of webServerBuiltins(unit.platform, unit.fpm, repositoryPaths))
    fs.set(builtin(file, description));
  for (const file of unit.fs.all()) fs.set(file);
  for (const { link, target } of nginx?.links ?? []) {
    const file = fs.get(target);
    if (file && !fs.get(link)) fs.set({ deployedPath: link, file: file.file, builtin: file.builtin });
  }
  unit.fs = fs;
}

/** One note per thing the catalog knows it does not know about the unit's platform. */
function notePlatformUnknowns(unit: DeploymentUnit): void {
  const location = unit.platformOrigin.kind === 'source' ? unit.platformOrigin.location : undefined;
  for (const message of new Set((unit.platform.unknown ?? []).map((u) => u.message))) {
    unit.notes.push({
      level: 'notice',
      code: 'platform-unknown',
      message,
      ...(location ? { location } : {}),
    });
  }
}

function dedupeFpm(list: FpmFlavour[]): FpmFlavour[] {
  const seen = new Set<string>();
  return list.filter((f) => !seen.has(f.main.deployedPath) && seen.add(f.main.deployedPath));
}

function builtin({ deployedPath, text }: BuiltinFile, description: string) {
  const file: SourceFile = {
    path: `(${description})${deployedPath}`,
    absPath: deployedPath,
    text,
    hadBom: false,
    crlf: false,
  };
  return { deployedPath, file, builtin: description };
}
