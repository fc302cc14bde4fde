/**
 * Topology: where each repository file lands when deployed, and which files form one deployment
 * unit (one machine: a Dockerfile's image, a host tree laid out under `etc/`, an Ansible
 * project, or the files mapped in `.socklint.yml`). The nginx of one unit is never paired with
 * the PHP-FPM of another.
 */
import path from 'node:path';
import type { UserConfig } from '../config.js';
import type { DeployedFile } from '../model.js';
import { dockerfileFacts } from '../parse/provision/dockerfile.js';
import type { Fact } from '../parse/provision/facts.js';
import { ShellEnv, type ShellValue } from '../parse/provision/shell-env.js';
import type { Placeholders } from '../templates.js';
import type { ClassifiedFile, Note, Origin, SkippedFile, SourceFile } from '../types.js';
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
import { platformOfImage, withPackages, type Platform } from './images.js';
import { debianFpm, debianHost, nginxFlavours, type FpmFlavour } from './platforms.js';
import { RepoIndex } from './repo-index.js';
import { startup } from './startup.js';

export type UnitKind = 'image' | 'host' | 'ansible' | 'mapped' | 'unmapped';

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
  /** Symlinks in git with an absolute target: resolved in deployed space once every file is placed. */
  links: { link: string; target: string }[];
  /** Set when the image's processes run as a non-root `USER` (`group` when written `USER u:g`). */
  runtimeUser?: { user: string; group?: string; origin: Origin };
  /**
   * Who a start-up command runs each server as, when not the container's user (`gosu`,
   * `su-exec`, `s6-setuidgid`, supervisord `user=`): a non-root master (semantics F8).
   */
  programUsers?: Partial<Record<'nginx' | 'php-fpm', { user: string; group?: string; origin: Origin }>>;
  notes: Note[];
}

export interface TopologyInput {
  files: ClassifiedFile[];
  /** Files discovery could not read: they still land somewhere, and a program may load them. */
  skipped?: SkippedFile[];
  symlinks: { path: string; target: string }[];
  facts: Map<string, Fact[]>;
  config: UserConfig;
  /** Markers for values only known when a container starts; without it they stay as written. */
  placeholders?: Placeholders;
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
  buildArgs?: Record<string, string>;
  /** The container's environment at start beyond the image's ENV (compose `environment`). */
  environment?: Record<string, string>;
  /** The unit's id; `image <dockerfile>[ (target <t>)]` when absent. */
  id?: string;
}

const CONFIG_KINDS = new Set(['nginx-main', 'nginx-site', 'nginx-snippet', 'fpm-main', 'fpm-pool']);
const LAYOUT =
  /(^|\/)(etc\/(nginx|php|php-fpm\.d|php-fpm\.conf|tmpfiles\.d)\b|usr\/local\/etc\/(php-fpm\.d|php-fpm\.conf))/;

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

  const named = namedTargets(input.files);
  for (const file of input.files.filter((f) => f.kind === 'dockerfile')) {
    const facts = input.facts.get(file.path) ?? [];
    const targets = buildTargets(facts, named);
    const last = targets[targets.length - 1];
    for (const target of targets) {
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
  if (Object.keys(input.config.mappings).length > 0) {
    units.push(mappedUnit(input.config, byPath, links, claimed));
  }
  for (const unit of layoutUnits(input, byPath, links, claimed)) units.push(unit);
  for (const unit of units) {
    if (unit.kind === 'image') continue; // built with its files in order
    if (unit.kind === 'host' || unit.kind === 'mapped') inferHostFlavours(unit);
    addBuiltins(unit);
    applyFileEffects(unit, input.placeholders);
  }
  const loose = input.files.filter((f) => CONFIG_KINDS.has(f.kind) && !claimed.has(f.path));
  if (loose.length > 0) units.push(unmappedUnit(loose));
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
  const reread = build.buildArgs || Object.keys(declared).length > 0 || !options.facts;
  const read = reread
    ? dockerfileFacts(dockerfile, { ...(build.buildArgs ? { buildArgs: build.buildArgs } : {}), declared })
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
  const known = root.unknown ? undefined : platformOfImage(root.image);
  const unitFacts = chain.flatMap((s) => s.facts);
  const platform = withPackages(known ?? {}, installedPackages(unitFacts));
  const unit = newUnit(id, 'image', platform, {
    kind: 'source',
    location: root.location,
    text: `FROM ${root.image}`,
  });
  unit.notes.push(...(read?.notes ?? []));
  if (!known) {
    unit.notes.push({
      level: 'notice',
      code: 'unknown-base-image',
      message: root.unknown
        ? `the base image ${root.image} depends on ${root.unknown.join(', ')}, which has no value here: its users and default configs are unknown`
        : `base image ${root.image} is not one socklint knows: its users and default configs are unknown`,
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
    contextDir:
      build.context ??
      (path.posix.dirname(dockerfile.path) === '.' ? '' : path.posix.dirname(dockerfile.path)),
    repo: repo.index,
    repoEntry: (p) => repoEntry(p, repo),
    seed: (fs, seen, from) => seedPlatform(fs, from, seen, shipped),
    newFs,
    notes: unit.notes,
    placed: new Set(),
  };
  const fs = buildChain(chain, ctx, new Map());
  const start = startup({
    fs,
    facts: unitFacts,
    baseImage: root.image,
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
function seedPlatform(fs: ImageFs, from: Stage['from'], seen: Fact[], shipped: Map<string, string>): void {
  const base = from.unknown ? undefined : platformOfImage(from.image);
  const platform = withPackages(base ?? {}, installedPackages(seen));
  const { nginx, fpm } = platform;
  const add = (deployedPath: string, text: string, description: string) => {
    if (!fs.has(deployedPath)) fs.place(deployedPath, builtin(deployedPath, text, description));
  };
  if (nginx) {
    for (const pattern of nginx.shipped) shipped.set(pattern, `shipped by ${nginx.description}`);
    add(nginx.main.deployedPath, nginx.main.text, nginx.description);
  }
  if (fpm) {
    add(fpm.main.deployedPath, fpm.main.text, fpm.description);
    for (const pool of fpm.pools) add(pool.deployedPath, pool.text, fpm.description);
  }
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
}

export type RunningUser = NonNullable<DeploymentUnit['runtimeUser']>;

/**
 * Who a server's master runs as when it is not root: the user a start-up command starts it as
 * (`gosu`, `su-exec`, supervisord `user=`), else the image's USER; undefined for root.
 */
export function masterUser(unit: DeploymentUnit, program: 'nginx' | 'php-fpm'): RunningUser | undefined {
  return unit.programUsers?.[program] ?? unit.runtimeUser;
}

/** Docker COPY semantics (see `RepoIndex.match`): repository paths and where they land. */
function mapCopy(
  sources: string[],
  dest: string,
  baseDir: string,
  byPath: Map<string, ClassifiedFile>,
  links: Map<string, string>,
): [string, string][] {
  const destIsDir = dest.endsWith('/') || sources.length > 1;
  const index = indexOf(byPath, links);
  return sources.flatMap((source) =>
    index
      .match(source, baseDir === '.' ? '' : baseDir)
      .map((m): [string, string] => [m.path, m.exact && !destIsDir ? dest : path.posix.join(dest, m.rel)]),
  );
}

/* ------------------------------------------------------------------ Ansible */

function ansibleUnits(
  input: TopologyInput,
  byPath: Map<string, ClassifiedFile>,
  links: Map<string, string>,
  claimed: Set<string>,
): DeploymentUnit[] {
  const byProject = new Map<string, DeploymentUnit>();
  for (const file of input.files.filter((f) => f.kind === 'ansible')) {
    const facts = input.facts.get(file.path) ?? [];
    if (facts.length === 0) continue;
    const roleDir = /^(.*?)(?:^|\/)tasks\/[^/]+$/.exec(file.path)?.[1];
    const projectDir =
      roleDir !== undefined ? roleDir.replace(/(^|\/)roles\/[^/]+$/, '') : path.posix.dirname(file.path);
    let unit = byProject.get(projectDir);
    if (!unit) {
      unit = newUnit(
        `ansible ${projectDir === '.' || projectDir === '' ? './' : projectDir + '/'}`,
        'ansible',
        withPackages({ base: debianHost('Debian (assumed for the Ansible hosts)'), defaultPhp: '8.2' }, []),
        {
          kind: 'default',
          description: 'Debian-family hosts (Ansible targets are not declared in the repository)',
        },
      );
      byProject.set(projectDir, unit);
    }
    unit.facts.push(...facts);
    for (const fact of facts) {
      if (fact.kind !== 'copy' || (fact.sourceBase ?? 'ansible') !== 'ansible') continue;
      const dirs =
        roleDir !== undefined
          ? [`${roleDir}/templates`, `${roleDir}/files`, roleDir]
          : [path.posix.dirname(file.path)];
      for (const dir of dirs) {
        const mapped = mapCopy(fact.sources, fact.dest, dir, byPath, links);
        if (mapped.length === 0) continue;
        for (const [repoPath, deployed] of mapped) place(unit, repoPath, deployed, byPath, links, claimed);
        break;
      }
    }
  }
  for (const unit of byProject.values()) {
    unit.platform = withPackages(unit.platform, installedPackages(unit.facts));
  }
  return [...byProject.values()].filter((u) => u.fs.all().length > 0);
}

/* ------------------------------------------------------------------ mappings and layouts */

function mappedUnit(
  config: UserConfig,
  byPath: Map<string, ClassifiedFile>,
  links: Map<string, string>,
  claimed: Set<string>,
): DeploymentUnit {
  const platform = config.platform === 'unknown' ? {} : { base: debianHost(), defaultPhp: '8.2' };
  const unit = newUnit(`mappings of ${config.source ?? '.socklint.yml'}`, 'mapped', platform, {
    kind: 'default',
    description:
      config.platform === 'unknown' ? 'platform: unknown' : 'Debian 12 (platform default of mappings)',
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

function layoutUnits(
  input: TopologyInput,
  byPath: Map<string, ClassifiedFile>,
  links: Map<string, string>,
  claimed: Set<string>,
): DeploymentUnit[] {
  const roots = new Map<string, DeploymentUnit>();
  const candidates = [...byPath.keys(), ...links.keys()].filter((p) => !claimed.has(p));
  for (const repoPath of candidates) {
    const m = LAYOUT.exec(repoPath);
    if (!m) continue;
    const root = repoPath.slice(0, m.index + m[1].length);
    let unit = roots.get(root);
    if (!unit) {
      unit = newUnit(
        `host ${root || './'}`,
        'host',
        { base: debianHost(), defaultPhp: '8.2' },
        {
          kind: 'default',
          description: `Debian 12 (a host tree laid out under ${root || './'}etc/)`,
        },
      );
      roots.set(root, unit);
    }
    place(unit, repoPath, '/' + repoPath.slice(root.length), byPath, links, claimed);
  }
  for (const [root, unit] of roots) {
    // Provisioning scripts and tmpfiles.d inside the host tree describe that host.
    for (const file of input.files) {
      if ((file.kind === 'shell' || file.kind === 'tmpfiles') && file.path.startsWith(root)) {
        unit.facts.push(...(input.facts.get(file.path) ?? []));
      }
    }
    unit.platform = withPackages(unit.platform, installedPackages(unit.facts));
  }
  return [...roots.values()];
}

/** A host with Debian's nginx and php-fpm paths runs Debian's packages (trap 33). */
function inferHostFlavours(unit: DeploymentUnit): void {
  const paths = unit.fs.all().map((f) => f.deployedPath);
  if (!unit.platform.nginx && unit.platform.base && paths.some((p) => p.startsWith('/etc/nginx/'))) {
    unit.platform = { ...unit.platform, nginx: nginxFlavours.debian() };
  }
  const versions = new Set<string>();
  for (const p of paths) {
    const m = /^\/etc\/php\/(\d+\.\d+)\/fpm\//.exec(p);
    if (m) versions.add(m[1]);
  }
  if (unit.platform.fpm) versions.delete(unit.platform.fpm.version ?? '');
  if (unit.platform.base) unit.fpm.push(...[...versions].sort().map((v) => debianFpm(v)));
}

function installedPackages(facts: Fact[]): string[] {
  return facts.flatMap((f) => (f.kind === 'install-packages' ? f.packages : []));
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
    file =
      byPath.get(path.posix.normalize(path.posix.join(path.posix.dirname(repoPath), linkTarget))) ?? file;
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

/** Adds the main files and shipped pools of the unit's nginx and FPM, where the repository has none. */
function addBuiltins(unit: DeploymentUnit): void {
  const shipped: { pattern: string; description: string }[] = [];
  const { nginx } = unit.platform;
  const fpms = [...(unit.platform.fpm ? [unit.platform.fpm] : []), ...unit.fpm];
  unit.fpm = dedupeFpm(fpms);
  const fs = new UnitFs(shipped);
  if (nginx) {
    for (const pattern of nginx.shipped)
      shipped.push({ pattern, description: `shipped by ${nginx.description}` });
    fs.set(builtin(nginx.main.deployedPath, nginx.main.text, nginx.description));
  }
  const placed = unit.fs.all().map((f) => f.deployedPath);
  for (const fpm of unit.fpm) {
    fs.set(builtin(fpm.main.deployedPath, fpm.main.text, fpm.description));
    // A repository that manages a package's pool directory owns it: the package's stock pool
    // (Debian's www.conf) is then kept only if the repository has it. Image files stay.
    for (const pool of fpm.pools) {
      const dir = path.posix.dirname(pool.deployedPath) + '/';
      if (fpm.prefix === '/usr' && placed.some((p) => p.startsWith(dir))) continue;
      fs.set(builtin(pool.deployedPath, pool.text, fpm.description));
    }
  }
  for (const file of unit.fs.all()) fs.set(file);
  unit.fs = fs;
}

function dedupeFpm(list: FpmFlavour[]): FpmFlavour[] {
  const seen = new Set<string>();
  return list.filter((f) => !seen.has(f.main.deployedPath) && seen.add(f.main.deployedPath));
}

function builtin(deployedPath: string, text: string, description: string) {
  const file: SourceFile = {
    path: `(${description})${deployedPath}`,
    absPath: deployedPath,
    text,
    hadBom: false,
    crlf: false,
  };
  return { deployedPath, file, builtin: description };
}
