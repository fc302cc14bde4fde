/**
 * Which compose files form which project, decided as `docker compose` decides it when run in
 * the file's directory, plus the variants a repository keeps beside them:
 *
 * 1. `COMPOSE_FILE` in the directory's `.env` (or declared) names the files of the default
 *    project, in order (`COMPOSE_PATH_SEPARATOR`, default `:`).
 * 2. Otherwise the first of `compose.yaml`, `compose.yml`, `docker-compose.yml`,
 *    `docker-compose.yaml`, merged with the first of `compose.override.yml`,
 *    `compose.override.yaml`, `docker-compose.override.yml`, `docker-compose.override.yaml`.
 * 3. Every other compose file of the directory (`docker-compose.prod.yml`, `compose.dev.yaml`,
 *    or any YAML file whose top level has `services:` with an `image` or `build`) is read by
 *    content: if one of its services could not run alone (no `image`, `build` or `extends`)
 *    and the base file defines that service, it is an override, and the variant is
 *    `-f BASE -f FILE`; otherwise it is a project of its own.
 */
import { posix } from 'node:path';
import type { Note, SourceFile } from '../../types.js';
import { get, readYaml, type YMap } from '../yaml/tree.js';
import { readEnvFile } from './dotenv.js';
import type { Lookup } from './interpolate.js';
import { loadModel } from './load.js';
import { hostPath, readService, sourced } from './service.js';
import type { ComposeProject, ComposeReadResult, ComposeVolume } from './types.js';

export interface ComposeReadOptions {
  /** Variables declared for the environment compose runs in (`.socklint.yml` `variables:`); they win over `.env`. */
  variables?: Record<string, string>;
}

const DEFAULT_FILES = ['compose.yaml', 'compose.yml', 'docker-compose.yml', 'docker-compose.yaml'];
const DEFAULT_OVERRIDES = [
  'compose.override.yml',
  'compose.override.yaml',
  'docker-compose.override.yml',
  'docker-compose.override.yaml',
];
const COMPOSE_NAME = /^(?:docker-)?compose(?:\.[^/]*)?\.ya?ml$/i;
const YAML_NAME = /\.ya?ml$/i;

/** A compose file by its name, or a YAML file whose top-level `services:` holds images or builds. */
export function isComposeFile(file: SourceFile): boolean {
  const name = posix.basename(file.path);
  if (COMPOSE_NAME.test(name)) return true;
  if (!YAML_NAME.test(name) || /(?:^|\/)templates\//.test(file.path)) return false;
  const head = file.text.slice(0, 64 * 1024);
  return (
    /^services:[ \t]*(?:#.*)?$/m.test(head) &&
    /^[ \t]+(?:image|build):/m.test(head) &&
    !/^(?:apiVersion|kind|hosts|jobs|stages):/m.test(head)
  );
}

export function readComposeProjects(
  files: readonly SourceFile[],
  options: ComposeReadOptions = {},
): ComposeReadResult {
  const notes: Note[] = [];
  const byDir = new Map<string, SourceFile[]>();
  for (const f of files) {
    if (!isComposeFile(f)) continue;
    const dir = posix.dirname(f.path) === '.' ? '' : posix.dirname(f.path);
    byDir.set(dir, [...(byDir.get(dir) ?? []), f]);
  }
  // Most repositories have no compose file: no map of every file for them.
  if (byDir.size === 0) return { projects: [], notes };
  const byPath = new Map(files.map((f) => [f.path, f]));
  const projects: ComposeProject[] = [];
  for (const [dir, candidates] of [...byDir].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const { lookup, envNotes } = projectEnvironment(dir, byPath, options.variables ?? {});
    notes.push(...envNotes);
    for (const plan of planProjects(dir, candidates, lookup, byPath)) {
      projects.push(buildProject(plan, dir, lookup, byPath));
    }
  }
  for (const project of projects) {
    project.includedBy = projects.filter((p) => p.includes.includes(project.files[0])).map((p) => p.id);
  }
  return { projects, notes };
}

interface ProjectPlan {
  files: string[];
  isDefault: boolean;
  how: string;
  notes: Note[];
}

function projectEnvironment(
  dir: string,
  files: ReadonlyMap<string, SourceFile>,
  declared: Record<string, string>,
): { lookup: Lookup; envNotes: Note[] } {
  const envFile = files.get(posix.join(dir, '.env'));
  const env = envFile
    ? readEnvFile(envFile, (name) => (name in declared ? { value: declared[name] } : undefined))
    : undefined;
  const lookup: Lookup = (name) => {
    if (name in declared) return { value: declared[name] };
    const e = env?.entries.get(name);
    if (!e) return undefined;
    return e.value !== undefined ? { value: e.value } : { unknown: e.unknown ?? [] };
  };
  return { lookup, envNotes: env?.notes ?? [] };
}

function value(lookup: Lookup, name: string): string | undefined {
  const found = lookup(name);
  return found && 'value' in found ? found.value : undefined;
}

/** Per service of a file: can it run alone (has `image`, `build` or `extends`)? */
function serviceShapes(file: SourceFile): Map<string, boolean> | undefined {
  const root = readYaml(file).documents[0]?.root;
  const services = get(root, 'services');
  if (services?.kind !== 'map') return root?.kind === 'map' ? new Map() : undefined;
  return new Map(
    services.entries.map((e) => [
      e.key,
      ['image', 'build', 'extends'].some((k) => get(e.value, k) !== undefined),
    ]),
  );
}

function planProjects(
  dir: string,
  candidates: SourceFile[],
  lookup: Lookup,
  files: ReadonlyMap<string, SourceFile>,
): ProjectPlan[] {
  const at = (name: string): string => posix.join(dir, name);
  const present = (names: string[]): string[] => names.map(at).filter((p) => files.has(p));
  const plans: ProjectPlan[] = [];
  const used = new Set<string>();
  const composeFile = value(lookup, 'COMPOSE_FILE');
  let base: string | undefined;
  if (composeFile) {
    const separator = value(lookup, 'COMPOSE_PATH_SEPARATOR') || ':';
    const listed = composeFile
      .split(separator)
      .filter((p) => p !== '')
      .map((p) => (p.startsWith('/') ? p : posix.normalize(at(p))));
    plans.push({
      files: listed,
      isDefault: true,
      how: `COMPOSE_FILE=${composeFile} in ${at('.env')}`,
      notes: [],
    });
    listed.forEach((p) => used.add(p));
    base = listed[0];
  } else {
    const mains = present(DEFAULT_FILES);
    if (mains.length > 0) {
      const notes: Note[] = [];
      if (mains.length > 1) {
        notes.push({
          level: 'notice',
          code: 'compose-several-defaults',
          message: `docker compose finds several default files here (${mains.join(', ')}) and uses ${mains[0]} alone`,
        });
      }
      const overrides = present(DEFAULT_OVERRIDES);
      const chosen = [mains[0], ...overrides.slice(0, 1)];
      plans.push({
        files: chosen,
        isDefault: true,
        how:
          chosen.length > 1
            ? `${posix.basename(chosen[0])} merged with ${posix.basename(chosen[1])} (what docker compose loads by default)`
            : `${posix.basename(chosen[0])} (what docker compose loads by default)`,
        notes,
      });
      base = mains[0];
      chosen.forEach((p) => used.add(p));
      // The other default names are neither loaded nor variants of their own.
      [...mains, ...overrides].forEach((p) => used.add(p));
    }
  }
  const rest = candidates.filter((f) => !used.has(f.path));
  const shapes = new Map(rest.map((f) => [f.path, serviceShapes(f)]));
  const standalone = rest.filter((f) => {
    const s = shapes.get(f.path);
    return s !== undefined && s.size > 0 && [...s.values()].every(Boolean);
  });
  const baseShapes = base && rest.length > 0 && files.has(base) ? serviceShapes(files.get(base)!) : undefined;
  for (const f of rest) {
    const s = shapes.get(f.path);
    if (s === undefined) continue; // not a mapping: compose would not load it
    if (standalone.includes(f)) {
      plans.push({
        files: [f.path],
        isDefault: false,
        how: `${posix.basename(f.path)} alone (its services all have an image or a build)`,
        notes: [],
      });
      continue;
    }
    const incomplete = [...s].filter(([, complete]) => !complete).map(([name]) => name);
    const host =
      baseShapes && incomplete.every((n) => baseShapes.has(n))
        ? base
        : standalone.find((o) => incomplete.every((n) => shapes.get(o.path)?.has(n)))?.path;
    if (host) {
      plans.push({
        files: [host, f.path],
        isDefault: false,
        how: `${posix.basename(host)} with ${posix.basename(f.path)} over it (docker compose -f ${posix.basename(host)} -f ${posix.basename(f.path)}): ${f.path} defines ${incomplete.join(', ')} without an image or a build, as an override does`,
        notes: [],
      });
    } else {
      plans.push({
        files: [f.path],
        isDefault: false,
        how: `${posix.basename(f.path)} alone: no compose file beside it defines ${incomplete.join(', ')}`,
        notes: [],
      });
    }
  }
  return plans;
}

function buildProject(
  plan: ProjectPlan,
  dir: string,
  lookup: Lookup,
  files: ReadonlyMap<string, SourceFile>,
): ComposeProject {
  const notes: Note[] = [...plan.notes];
  const projectDir = plan.files[0] ? posix.dirname(plan.files[0]).replace(/^\.$/, '') : dir;
  const included = new Set<string>();
  const model = loadModel(plan.files, { files, lookup, projectDir, notes, included });
  const declaredName = sourced(get(model, 'name'))?.value ?? value(lookup, 'COMPOSE_PROJECT_NAME');
  const directoryName = posix.basename(
    projectDir || posix.dirname(files.get(plan.files[0])?.absPath ?? '/project'),
  );
  const name = normalizeProjectName(declaredName ?? directoryName);
  const activeProfiles = (value(lookup, 'COMPOSE_PROFILES') ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const volumes = readTopLevelVolumes(get(model, 'volumes'), name, projectDir);
  const services = get(model, 'services');
  const configs = get(model, 'configs');
  const project: ComposeProject = {
    id: plan.files.join('+'),
    name,
    directory: projectDir,
    files: plan.files,
    isDefault: plan.isDefault,
    how: plan.how,
    includes: [...included],
    includedBy: [],
    activeProfiles,
    valid: model !== undefined,
    services:
      services?.kind === 'map'
        ? services.entries
            .filter((e): e is typeof e & { value: YMap } => e.value.kind === 'map')
            .map((e) =>
              readService(e.key, e.keyLocation, e.value, {
                files,
                lookup,
                projectDir,
                volumes,
                configs: configs?.kind === 'map' ? configs : undefined,
                activeProfiles,
                notes,
              }),
            )
        : [],
    volumes,
    notes,
  };
  for (const service of project.services) {
    for (const from of service.volumesFrom) {
      if (from.service && !project.services.some((s) => s.name === from.service)) {
        notes.push({
          level: 'error',
          code: 'compose-invalid',
          message: `docker compose refuses service ${service.name}: volumes_from names ${from.service}, which is not a service of this project`,
          location: from.location,
        });
      }
    }
  }
  return project;
}

/** compose-go `NormalizeProjectName`: lower case, only `a-z0-9_-`, no leading `_`/`-`. */
function normalizeProjectName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9_-]/g, '')
    .replace(/^[_-]+/, '');
}

function readTopLevelVolumes(
  node: ReturnType<typeof get>,
  project: string,
  projectDir: string,
): Map<string, ComposeVolume> {
  const volumes = new Map<string, ComposeVolume>();
  if (node?.kind !== 'map') return volumes;
  for (const e of node.entries) {
    const external = get(e.value, 'external');
    const isExternal =
      external?.kind === 'scalar'
        ? external.value === true || external.value === 'true'
        : external?.kind === 'map';
    const explicit =
      sourced(get(e.value, 'name'))?.value ??
      (external?.kind === 'map' ? sourced(get(external, 'name'))?.value : undefined);
    const opts = get(e.value, 'driver_opts');
    const o = sourced(get(opts, 'o'))?.value ?? '';
    const device = sourced(get(opts, 'device'))?.value;
    const driver = sourced(get(e.value, 'driver'))?.value ?? 'local';
    const bindDevice =
      driver === 'local' && device && /(?:^|,)r?bind(?:,|$)/.test(o)
        ? hostPath(device, projectDir)
        : undefined;
    volumes.set(e.key, {
      key: e.key,
      name: explicit ?? (isExternal ? e.key : `${project}_${e.key}`),
      external: isExternal,
      ...(bindDevice ? { bindDevice } : {}),
      location: e.keyLocation,
    });
  }
  return volumes;
}
