/**
 * Topology: where each repository file lands when deployed, and which files form one deployment
 * unit (one machine: a Dockerfile's image, a host tree laid out under `etc/`, an Ansible
 * project, or the files mapped in `.socklint.yml`). The nginx of one unit is never paired with
 * the PHP-FPM of another.
 */
import path from 'node:path';
import picomatch from 'picomatch';
import type { UserConfig } from '../config.js';
import {
  ansibleMachines,
  editedFile,
  editText,
  type FileEdit,
  type TemplateRender,
} from '../ansible/index.js';
import { isServerConfigPath, type Fact } from '../parse/provision/facts.js';
import { yunohostUnits } from '../packaging/yunohost.js';
import { Placeholders } from '../templates.js';
import type { ClassifiedFile, Note, Origin, SkippedFile, SourceFile } from '../types.js';
import { UnitFs, normalizeDeployed } from './deployed-fs.js';
import { platformOfImage, withPackages, type Platform } from './images.js';
import { debianFpm, debianHost, nginxFlavours, type FpmFlavour } from './platforms.js';

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
  /** Ansible: the templates rendered for this machine, for related locations and fixes. */
  templates?: TemplateRender[];
  /** Set when the image's processes run as a non-root `USER`. */
  runtimeUser?: { user: string; origin: Origin };
  notes: Note[];
}

export interface TopologyInput {
  files: ClassifiedFile[];
  /** Files discovery could not read: they still land somewhere, and a program may load them. */
  skipped?: SkippedFile[];
  symlinks: { path: string; target: string }[];
  facts: Map<string, Fact[]>;
  config: UserConfig;
  /** The scan's template placeholders: Ansible renders with them, so unknown values keep one registry. */
  placeholders?: Placeholders;
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
  const claimed = new Set<string>();
  const units: DeploymentUnit[] = [];

  for (const file of input.files.filter((f) => f.kind === 'dockerfile')) {
    units.push(imageUnit(file, input.facts.get(file.path) ?? [], byPath, links, claimed));
  }
  for (const unit of ansibleUnits(input, byPath, links, claimed)) units.push(unit);
  const placeholders = input.placeholders ?? new Placeholders(input.config.variables);
  for (const unit of yunohostUnits(input.files, placeholders, claimed)) units.push(unit);
  if (Object.keys(input.config.mappings).length > 0) {
    units.push(mappedUnit(input.config, byPath, links, claimed));
  }
  for (const unit of layoutUnits(input, byPath, links, claimed)) units.push(unit);
  for (const unit of units) {
    if (unit.kind === 'host' || unit.kind === 'mapped') inferHostFlavours(unit);
    addBuiltins(unit);
    applySymlinkFacts(unit);
  }
  const loose = input.files.filter((f) => CONFIG_KINDS.has(f.kind) && !claimed.has(f.path));
  if (loose.length > 0) units.push(unmappedUnit(loose));
  return units;
}

/* ------------------------------------------------------------------ images */

function imageUnit(
  dockerfile: ClassifiedFile,
  facts: Fact[],
  byPath: Map<string, ClassifiedFile>,
  links: Map<string, string>,
  claimed: Set<string>,
): DeploymentUnit {
  const stages = splitStages(facts);
  const final = stages[stages.length - 1];
  // A stage built FROM an earlier stage inherits that stage's facts.
  const chain: Stage[] = [];
  for (let stage: Stage | undefined = final; stage && !chain.includes(stage);) {
    chain.unshift(stage);
    const parentName = stage.from.image.toLowerCase();
    stage = stages.find((s) => s.name === parentName);
  }
  const fromFact = chain[0]?.from;
  const known = fromFact ? platformOfImage(fromFact.image) : undefined;
  const unitFacts = chain.flatMap((s) => s.facts);
  let platform: Platform = known ?? {};
  const packages = unitFacts.flatMap((f) => (f.kind === 'install-packages' ? f.packages : []));
  platform = withPackages(platform, packages);

  const unit = newUnit(
    `image ${dockerfile.path}`,
    'image',
    platform,
    fromFact
      ? {
          kind: 'source',
          location: fromFact.location,
          text: `FROM ${fromFact.image}`,
        }
      : { kind: 'default', description: 'no FROM line' },
  );
  unit.facts = unitFacts;
  if (fromFact && !known) {
    unit.notes.push({
      level: 'notice',
      code: 'unknown-base-image',
      message: `base image ${fromFact.image} is not one socklint knows: its users and default configs are unknown`,
      location: fromFact.location,
    });
  }
  const contextDir = path.posix.dirname(dockerfile.path);
  for (const fact of unitFacts) {
    // Only sources from the build context are repository files (not COPY --from, not a RUN cp).
    if (fact.kind !== 'copy' || fact.fromStage || (fact.sourceBase ?? 'build-context') !== 'build-context')
      continue;
    for (const [repoPath, deployed] of mapCopy(fact.sources, fact.dest, contextDir, byPath, links)) {
      place(unit, repoPath, deployed, byPath, links, claimed);
    }
  }
  const user = [...unitFacts].reverse().find((f) => f.kind === 'user');
  if (user && user.kind === 'user') {
    const name = user.user.split(':')[0];
    if (name !== 'root' && name !== '0') {
      unit.runtimeUser = {
        user: name,
        origin: { kind: 'source', location: user.location, text: `USER ${user.user}` },
      };
    }
  }
  return unit;
}

interface Stage {
  from: Extract<Fact, { kind: 'from' }>;
  name?: string;
  facts: Fact[];
}

function splitStages(facts: Fact[]): Stage[] {
  const stages: Stage[] = [];
  for (const fact of facts) {
    if (fact.kind === 'from') stages.push({ from: fact, name: fact.stage?.toLowerCase(), facts: [] });
    else stages[stages.length - 1]?.facts.push(fact);
  }
  return stages;
}

/** Docker COPY semantics: a directory source copies its contents; a `/`-ended or multi-source dest is a directory. */
function mapCopy(
  sources: string[],
  dest: string,
  baseDir: string,
  byPath: Map<string, ClassifiedFile>,
  links: Map<string, string>,
): [string, string][] {
  const out: [string, string][] = [];
  const destIsDir = dest.endsWith('/') || sources.length > 1;
  const candidates = [...byPath.keys(), ...links.keys()];
  for (const source of sources) {
    const rel = path.posix
      .normalize(path.posix.join(baseDir, source.replace(/^\.\//, '') || '.'))
      .replace(/\/+$/, '');
    const srcPath = rel === '.' || rel === '' ? '' : rel;
    const glob = /[*?[]/.test(source);
    const matcher = glob ? picomatch(srcPath) : undefined;
    for (const candidate of candidates) {
      if (matcher) {
        if (matcher(candidate)) out.push([candidate, path.posix.join(dest, path.posix.basename(candidate))]);
      } else if (candidate === srcPath) {
        out.push([candidate, destIsDir ? path.posix.join(dest, path.posix.basename(candidate)) : dest]);
      } else if (srcPath === '' || candidate.startsWith(srcPath + '/')) {
        out.push([candidate, path.posix.join(dest, candidate.slice(srcPath ? srcPath.length + 1 : 0))]);
      }
    }
  }
  return out;
}

/* ------------------------------------------------------------------ Ansible */

/**
 * One unit per machine of each Ansible project: the files its template/copy tasks place
 * (rendered with the project's variables), the edits its ini_file/lineinfile/… tasks make to
 * them or to the files the platform ships, and its other tasks' facts.
 */
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
    const base = { base: debianHost('Debian (assumed for the Ansible hosts)'), defaultPhp: '8.2' };
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
    ...(fpm ? [fpm.main, ...fpm.pools].map((f) => builtin(f.deployedPath, f.text, fpm.description)) : []),
    ...(nginx ? [builtin(nginx.main.deployedPath, nginx.main.text, nginx.description)] : []),
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

/** `ln -s` in a Dockerfile or script, and absolute symlinks in git, resolved in deployed space. */
function applySymlinkFacts(unit: DeploymentUnit): void {
  const links = [...unit.links];
  for (const fact of unit.facts) {
    if (fact.kind !== 'symlink') continue;
    const target = normalizeDeployed(fact.target);
    let link = normalizeDeployed(fact.link);
    // `ln -s TARGET DIR/` or an existing directory: the link is DIR/basename(TARGET).
    if (fact.link.endsWith('/') || unit.fs.all().some((f) => f.deployedPath.startsWith(link + '/'))) {
      link = path.posix.join(link, path.posix.basename(target));
    }
    links.push({ link, target });
  }
  for (const fact of unit.facts) {
    if (fact.kind === 'remove') unit.fs.delete(normalizeDeployed(fact.path), fact.recursive);
  }
  for (const { link, target } of links) {
    const file = unit.fs.get(target);
    if (file) unit.fs.set({ deployedPath: link, file: file.file, builtin: file.builtin });
  }
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
