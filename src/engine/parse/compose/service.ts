/**
 * Reading the services of a merged compose model into typed values, each with the location of
 * the line that set it (in whichever file of the project that is).
 */
import { posix } from 'node:path';
import type { Location, Note, SourceFile } from '../../types.js';
import { LineIndex } from '../provision/text.js';
import { derivedFile } from '../yaml/derived.js';
import { get, type YMap, type YNode, type YScalar } from '../yaml/tree.js';
import { readEnvFile } from './dotenv.js';
import type { Lookup } from './interpolate.js';
import type {
  ComposeBuild,
  ComposeConfigMount,
  ComposeMount,
  ComposeService,
  ComposeVolume,
  ComposeVolumesFrom,
  HostPath,
  MountType,
  Sourced,
} from './types.js';
import { isFilePath, parseShortVolume } from './volumes.js';

export interface ServiceContext {
  files: ReadonlyMap<string, SourceFile>;
  lookup: Lookup;
  projectDir: string;
  volumes: Map<string, ComposeVolume>;
  configs: YMap | undefined;
  activeProfiles: string[];
  notes: Note[];
}

export function sourced(node: YNode | undefined): Sourced<string> | undefined {
  if (node?.kind !== 'scalar' || node.value === null) return undefined;
  const value =
    typeof node.value === 'string' ? node.value : node.style === 'plain' ? node.source : String(node.value);
  return {
    value,
    location: node.location,
    ...(node.unknown ? { unknown: node.unknown } : {}),
    ...(node.assumed ? { assumed: node.assumed } : {}),
  };
}

function list(node: YNode | undefined): YNode[] {
  if (!node) return [];
  if (node.kind === 'seq') return node.items;
  return node.kind === 'scalar' && node.value === null ? [] : [node];
}

/** A host path written in the project, relative to the project directory. */
export function hostPath(path: string, projectDir: string): HostPath {
  if (path.startsWith('/'))
    return { path: posix.normalize(path).replace(/(.)\/$/, '$1'), inRepository: false };
  if (path.startsWith('~')) return { path, inRepository: false };
  const joined = posix.normalize(posix.join(projectDir || '.', path)).replace(/\/$/, '');
  if (joined === '..' || joined.startsWith('../')) return { path: joined, inRepository: false };
  return { path: joined === '.' ? '' : joined, inRepository: true };
}

function containerPath(path: string): string {
  return posix.normalize(path).replace(/(.)\/$/, '$1');
}

export function readService(
  name: string,
  keyLocation: Location,
  node: YMap,
  ctx: ServiceContext,
): ComposeService {
  const profiles = list(get(node, 'profiles'))
    .map((p) => sourced(p)?.value)
    .filter((p): p is string => p !== undefined);
  const command = commandOf(get(node, 'command'));
  const entrypoint = commandOf(get(node, 'entrypoint'));
  const image = sourced(get(node, 'image'));
  const build = readBuild(get(node, 'build'), ctx);
  const user = sourced(get(node, 'user'));
  const workingDir = sourced(get(node, 'working_dir'));
  const networkMode = sourced(get(node, 'network_mode'));
  const pid = sourced(get(node, 'pid'));
  const ipc = sourced(get(node, 'ipc'));
  const readOnly = get(node, 'read_only');
  const { environment, envFiles } = readEnvironment(node, ctx);
  if (!image && !build) {
    ctx.notes.push({
      level: 'error',
      code: 'compose-invalid',
      message: `docker compose refuses service ${name}: it has neither an image nor a build context`,
      location: keyLocation,
    });
  }
  return {
    name,
    location: keyLocation,
    profiles,
    runsByDefault:
      profiles.length === 0 ||
      profiles.some((p) => ctx.activeProfiles.includes(p) || ctx.activeProfiles.includes('*')),
    ...(image ? { image } : {}),
    ...(build ? { build } : {}),
    ...(user ? { user } : {}),
    groupAdd: list(get(node, 'group_add'))
      .map(sourced)
      .filter((g): g is Sourced<string> => g !== undefined),
    mounts: [...readVolumes(name, get(node, 'volumes'), ctx), ...readTmpfs(get(node, 'tmpfs'))],
    volumesFrom: readVolumesFrom(get(node, 'volumes_from')),
    environment,
    envFiles,
    ...(command ? { command } : {}),
    ...(entrypoint ? { entrypoint } : {}),
    configs: readConfigs(get(node, 'configs'), ctx),
    ...(workingDir ? { workingDir } : {}),
    ...(networkMode ? { networkMode } : {}),
    ...(pid ? { pid } : {}),
    ...(ipc ? { ipc } : {}),
    ...(readOnly?.kind === 'scalar' && readOnly.value !== null
      ? {
          readOnlyRootfs: {
            value: readOnly.value === true || readOnly.value === 'true',
            location: readOnly.location,
          },
        }
      : {}),
  };
}

function commandOf(node: YNode | undefined): Sourced<string | string[]> | undefined {
  if (!node) return undefined;
  if (node.kind === 'seq') {
    const words = node.items.map((i) => sourced(i));
    const unknown = words.flatMap((w) => w?.unknown ?? []);
    const assumed = words.flatMap((w) => w?.assumed ?? []);
    return {
      value: words.map((w) => w?.value ?? ''),
      location: node.location,
      ...(unknown.length ? { unknown } : {}),
      ...(assumed.length ? { assumed } : {}),
    };
  }
  return sourced(node);
}

/* ------------------------------------------------------------------ build */

function readBuild(node: YNode | undefined, ctx: ServiceContext): ComposeBuild | undefined {
  if (!node || (node.kind === 'scalar' && node.value === null)) return undefined;
  const map: YMap | undefined = node.kind === 'map' ? node : undefined;
  const contextNode = map ? get(map, 'context') : node;
  const written = sourced(contextNode) ?? { value: '.', location: node.location };
  const remote = /^(?:[a-z][a-z0-9+.-]*:\/\/|git@|github\.com\/)|\.git(?:#|$)/i.test(written.value);
  const host = remote ? undefined : hostPath(written.value, ctx.projectDir);
  const context: Sourced<string> = { ...written, value: host ? host.path : written.value };
  const dockerfileWritten = map ? sourced(get(map, 'dockerfile')) : undefined;
  const dockerfile =
    dockerfileWritten && host
      ? { ...dockerfileWritten, value: hostPath(dockerfileWritten.value, host.path).path }
      : dockerfileWritten;
  const inline = map ? sourced(get(map, 'dockerfile_inline')) : undefined;
  const target = map ? sourced(get(map, 'target')) : undefined;
  return {
    context,
    contextInRepository: host?.inRepository ?? false,
    ...(dockerfile ? { dockerfile } : {}),
    ...(inline ? { dockerfileInline: inline } : {}),
    ...(target ? { target } : {}),
    args: keyValues(map ? get(map, 'args') : undefined, ctx.lookup),
    location: node.location,
  };
}

/**
 * `K=V` lists and `{K: V}` maps; `K` alone (or `K:` with no value) takes the value the
 * project environment gives K (its `.env`), unknown when nothing in the repository sets it.
 */
function keyValues(node: YNode | undefined, lookup: Lookup): Map<string, Sourced<string | undefined>> {
  const out = new Map<string, Sourced<string | undefined>>();
  const fromEnvironment = (key: string, location: Location): Sourced<string | undefined> => {
    const found = lookup(key);
    if (found && 'value' in found) return { value: found.value, location };
    return {
      value: undefined,
      location,
      unknown: found ? found.unknown : [`${key} takes its value from the environment docker compose runs in`],
    };
  };
  if (node?.kind === 'map') {
    for (const e of node.entries) {
      const v = sourced(e.value);
      out.set(
        e.key,
        v
          ? {
              ...v,
              location: { ...e.keyLocation, endLine: v.location.endLine, endColumn: v.location.endColumn },
            }
          : fromEnvironment(e.key, e.keyLocation),
      );
    }
    return out;
  }
  for (const item of list(node)) {
    const s = sourced(item);
    if (!s) continue;
    const eq = s.value.indexOf('=');
    if (eq === -1) out.set(s.value, fromEnvironment(s.value, s.location));
    else out.set(s.value.slice(0, eq), { ...s, value: s.value.slice(eq + 1) });
  }
  return out;
}

function readEnvironment(
  node: YMap,
  ctx: ServiceContext,
): { environment: Map<string, Sourced<string | undefined>>; envFiles: ComposeService['envFiles'] } {
  const environment = new Map<string, Sourced<string | undefined>>();
  const envFiles: ComposeService['envFiles'] = [];
  for (const item of list(get(node, 'env_file'))) {
    const pathNode = item.kind === 'map' ? get(item, 'path') : item;
    const written = sourced(pathNode);
    if (!written) continue;
    const requiredNode = item.kind === 'map' ? get(item, 'required') : undefined;
    const required = !(
      requiredNode?.kind === 'scalar' &&
      (requiredNode.value === false || requiredNode.value === 'false')
    );
    const host = hostPath(written.value, ctx.projectDir);
    const file = host.inRepository ? ctx.files.get(host.path) : undefined;
    envFiles.push({ path: host.path, required, found: !!file, location: item.location });
    if (!file) {
      ctx.notes.push({
        level: required ? 'warning' : 'notice',
        code: 'compose-env-file-missing',
        message: required
          ? `env_file ${written.value} is not in the repository: docker compose refuses to start without it, and the variables it sets are unknown`
          : `env_file ${written.value} is not in the repository (optional): the variables it may set are unknown`,
        location: item.location,
      });
      continue;
    }
    const env = readEnvFile(file, ctx.lookup);
    ctx.notes.push(...env.notes);
    for (const [k, e] of env.entries) {
      environment.set(k, {
        value: e.value,
        location: e.location,
        ...(e.unknown ? { unknown: e.unknown } : {}),
        ...(e.assumed ? { assumed: e.assumed } : {}),
      });
    }
  }
  for (const [k, v] of keyValues(get(node, 'environment'), ctx.lookup)) environment.set(k, v);
  return { environment, envFiles };
}

/* ------------------------------------------------------------------ volumes */

function readVolumes(service: string, node: YNode | undefined, ctx: ServiceContext): ComposeMount[] {
  const mounts: ComposeMount[] = [];
  for (const item of list(node)) {
    const mount = item.kind === 'map' ? longVolume(item, ctx) : shortVolume(item, ctx);
    if (!mount) {
      ctx.notes.push({
        level: 'error',
        code: 'compose-invalid',
        message: `docker compose refuses this volume of service ${service}: not a valid volume`,
        location: item.location,
      });
      continue;
    }
    if (mount.type === 'volume' && mount.volume && !ctx.volumes.has(mount.volume)) {
      ctx.notes.push({
        level: 'error',
        code: 'compose-undefined-volume',
        message: `docker compose refuses service ${service}: it mounts volume ${mount.volume}, which the top-level volumes: section does not declare`,
        location: item.location,
      });
    }
    mounts.push(mount);
  }
  return mounts;
}

function unknownOf(node: YScalar | undefined): Pick<ComposeMount, 'unknown' | 'assumed'> {
  return {
    ...(node?.unknown ? { unknown: node.unknown } : {}),
    ...(node?.assumed ? { assumed: node.assumed } : {}),
  };
}

function shortVolume(item: YNode, ctx: ServiceContext): ComposeMount | undefined {
  const spec = sourced(item);
  const parsed = spec ? parseShortVolume(spec.value) : undefined;
  if (!spec || !parsed) return undefined;
  const base: ComposeMount = {
    type: parsed.type,
    target: containerPath(parsed.target),
    readOnly: parsed.readOnly,
    syntax: 'short',
    location: spec.location,
    ...unknownOf(item as YScalar),
  };
  if (parsed.type === 'bind')
    return { ...base, host: hostPath(parsed.source!, ctx.projectDir), createHostPath: true };
  return {
    ...base,
    ...(parsed.source ? { volume: parsed.source } : {}),
    ...(parsed.nocopy ? { nocopy: true } : {}),
  };
}

function bool(node: YNode | undefined): boolean {
  return node?.kind === 'scalar' && (node.value === true || node.value === 'true');
}

function longVolume(item: YMap, ctx: ServiceContext): ComposeMount | undefined {
  const target = sourced(get(item, 'target'));
  const source = sourced(get(item, 'source'));
  const typeText = sourced(get(item, 'type'))?.value;
  const type = (typeText ?? (source && isFilePath(source.value) ? 'bind' : 'volume')) as MountType;
  if (!target) return undefined;
  const base: ComposeMount = {
    type,
    target: containerPath(target.value),
    readOnly: bool(get(item, 'read_only')),
    syntax: 'long',
    location: item.location,
    ...(target.unknown || source?.unknown
      ? { unknown: [...(target.unknown ?? []), ...(source?.unknown ?? [])] }
      : {}),
    ...(target.assumed || source?.assumed
      ? { assumed: [...(target.assumed ?? []), ...(source?.assumed ?? [])] }
      : {}),
  };
  if (type === 'bind') {
    if (!source) return undefined;
    const create = get(get(item, 'bind'), 'create_host_path');
    return {
      ...base,
      host: hostPath(source.value, ctx.projectDir),
      createHostPath: create ? bool(create) : false,
    };
  }
  if (type === 'volume') {
    const volume = get(item, 'volume');
    const subpath = sourced(get(volume, 'subpath'))?.value;
    return {
      ...base,
      ...(source ? { volume: source.value } : {}),
      ...(subpath ? { subpath: posix.normalize(subpath).replace(/\/$/, '') } : {}),
      ...(bool(get(volume, 'nocopy')) ? { nocopy: true } : {}),
    };
  }
  return base;
}

/** `tmpfs: /run` or a list; each entry may carry options after a colon. */
function readTmpfs(node: YNode | undefined): ComposeMount[] {
  return list(node)
    .map(sourced)
    .filter((s): s is Sourced<string> => s !== undefined)
    .map((s) => ({
      type: 'tmpfs' as const,
      target: containerPath(s.value.split(':')[0]),
      readOnly: false,
      syntax: 'tmpfs' as const,
      location: s.location,
    }));
}

function readVolumesFrom(node: YNode | undefined): ComposeVolumesFrom[] {
  return list(node)
    .map(sourced)
    .filter((s): s is Sourced<string> => s !== undefined)
    .map((s) => {
      const parts = s.value.split(':');
      const mode = parts.length > 1 && /^(ro|rw)$/.test(parts[parts.length - 1]) ? parts.pop() : undefined;
      const readOnly = mode === 'ro';
      if (parts[0] === 'container')
        return { container: parts.slice(1).join(':'), readOnly, location: s.location };
      if (parts[0] === 'service')
        return { service: parts.slice(1).join(':'), readOnly, location: s.location };
      return { service: parts.join(':'), readOnly, location: s.location };
    });
}

/* ------------------------------------------------------------------ configs */

function readConfigs(node: YNode | undefined, ctx: ServiceContext): ComposeConfigMount[] {
  const out: ComposeConfigMount[] = [];
  for (const item of list(node)) {
    const source = sourced(item.kind === 'map' ? get(item, 'source') : item)?.value;
    if (!source) continue;
    const targetText = item.kind === 'map' ? sourced(get(item, 'target'))?.value : undefined;
    const target = containerPath(
      targetText ? (targetText.startsWith('/') ? targetText : `/${targetText}`) : `/${source}`,
    );
    const definition = get(ctx.configs, source);
    const mount: ComposeConfigMount = { source, target, location: item.location };
    const file = sourced(get(definition, 'file'));
    const content = get(definition, 'content');
    if (file) mount.file = hostPath(file.value, ctx.projectDir);
    else if (content?.kind === 'scalar' && typeof content.value === 'string') {
      if (content.unknown) {
        // nginx variables ($uri, $document_root) are compose variables too: compose replaces them.
        ctx.notes.push({
          level: 'warning',
          code: 'compose-config-interpolated',
          message: `docker compose interpolates the content of config ${source}: ${content.unknown.join('; ')}; an unset variable becomes empty, so write $$ for a literal $ (e.g. $$uri)`,
          location: content.location,
        });
      }
      const manifest = ctx.files.get(content.location.file);
      if (manifest) {
        mount.content = derivedFile(
          manifest,
          indexFor(manifest),
          content,
          `configs/${source}`,
          `content of config ${source} (${content.location.file}:${content.location.line})`,
        );
      }
    } else if (get(definition, 'environment'))
      mount.outside = `the environment variable ${sourced(get(definition, 'environment'))?.value}`;
    else if (get(definition, 'external')) mount.outside = `the external config ${source}`;
    else {
      ctx.notes.push({
        level: 'error',
        code: 'compose-undefined-config',
        message: `docker compose refuses this: config ${source} is not declared in the top-level configs: section`,
        location: item.location,
      });
      continue;
    }
    out.push(mount);
  }
  return out;
}

const indexes = new WeakMap<SourceFile, LineIndex>();
function indexFor(file: SourceFile): LineIndex {
  let index = indexes.get(file);
  if (!index) indexes.set(file, (index = new LineIndex(file.path, file.text)));
  return index;
}
