/**
 * Loading the model of a compose project as compose-go's loader builds it: each file (and
 * each YAML document in it) is interpolated, its `include:`s imported, its `extends` applied,
 * then it is merged over the files before it, `!reset`/`!override` first clearing what they
 * replace. Relative paths are relative to the project directory, except in files that
 * `extends.file` or `include` bring in, whose paths are relative to their own directory
 * (they are rewritten here to be relative to the project directory).
 */
import { posix } from 'node:path';
import type { Location, Note, SourceFile } from '../../types.js';
import { get, readYaml, type YEntry, type YMap, type YNode, type YScalar } from '../yaml/tree.js';
import { readEnvFile } from './dotenv.js';
import { substitute, type Lookup } from './interpolate.js';
import { enforceUnicity, mergeMaps, mergeNodes, type ModelPath, removePath } from './merge.js';
import { isFilePath, parseShortVolume } from './volumes.js';

export interface ModelContext {
  files: ReadonlyMap<string, SourceFile>;
  lookup: Lookup;
  /** Repository-relative directory that relative paths of the project's own files start from. */
  projectDir: string;
  notes: Note[];
  /** Filled with the files that `include:` brought in. */
  included?: Set<string>;
}

interface LoadedDocument {
  root: YMap;
  /** Paths tagged `!reset` or `!override`: cleared in the files before this one. */
  resets: ModelPath[];
}

const EMPTY_MAP = (location: Location): YMap => ({ kind: 'map', entries: [], location, range: [0, 0] });

/** The merged model of `paths` (repository-relative), or undefined when compose would refuse to load it. */
export function loadModel(paths: string[], ctx: ModelContext): YMap | undefined {
  const loader = new Loader(ctx);
  let model: YMap | undefined;
  for (const path of paths) {
    const docs = loader.document(path, ctx.projectDir, ctx.lookup);
    if (!docs) return undefined;
    for (const doc of docs) {
      loader.importIncludes(doc.root, ctx.projectDir, [path]);
      loader.applyExtends(doc, ctx.projectDir, path, ctx.lookup);
      let base = model ?? EMPTY_MAP(doc.root.location);
      for (const reset of doc.resets) base = removePath(base, reset) as YMap;
      model = enforceUnicity(mergeMaps(base, doc.root, [], ctx.notes), []) as YMap;
    }
  }
  return loader.failed ? undefined : model;
}

class Loader {
  failed = false;
  private readonly cache = new Map<string, LoadedDocument[] | undefined>();

  constructor(private readonly ctx: ModelContext) {}

  private note(level: Note['level'], code: string, message: string, location?: Location): void {
    this.ctx.notes.push({ level, code, message, ...(location ? { location } : {}) });
  }

  /** The file's documents, interpolated, with `!reset` nodes removed and their paths recorded. */
  document(path: string, base: string, lookup: Lookup, from?: Location): LoadedDocument[] | undefined {
    const key = `${path}\0${base}`;
    if (this.cache.has(key)) return this.cache.get(key);
    this.cache.set(key, undefined);
    const file = this.ctx.files.get(path);
    if (!file) {
      this.failed = true;
      this.note(
        'error',
        'compose-file-missing',
        `${path} is not in the repository, so docker compose cannot load this project`,
        from,
      );
      return undefined;
    }
    const yaml = readYaml(file);
    if (yaml.documents.some((d) => d.invalid)) {
      this.failed = true;
      for (const n of yaml.notes)
        this.ctx.notes.push({
          ...n,
          level: 'error',
          message: `docker compose cannot parse ${path}: ${n.message}`,
        });
      return undefined;
    }
    this.ctx.notes.push(...yaml.notes);
    const docs: LoadedDocument[] = [];
    for (const d of yaml.documents) {
      if (!d.root) continue;
      if (d.root.kind !== 'map') {
        this.failed = true;
        this.note(
          'error',
          'compose-invalid',
          `docker compose cannot load ${path}: the top level must be a mapping`,
          d.root.location,
        );
        return undefined;
      }
      const resets: ModelPath[] = [];
      const root = this.prepare(d.root, [], resets, lookup) as YMap;
      docs.push({ root, resets });
    }
    this.cache.set(key, docs);
    return docs;
  }

  /** Interpolates every string value (never keys) and records `!reset`/`!override` paths. */
  private prepare(node: YNode, path: ModelPath, resets: ModelPath[], lookup: Lookup): YNode | undefined {
    if (node.tag === '!reset' || node.tag === '!override') {
      resets.push(path);
      if (node.tag === '!reset') return undefined;
    }
    if (node.kind === 'scalar') {
      if (typeof node.value !== 'string' || !node.value.includes('$')) return node;
      const result = substitute(node.value, lookup);
      for (const error of result.errors)
        this.note(
          'error',
          'compose-interpolation',
          `docker compose refuses ${path.join('.')}: ${error}`,
          node.location,
        );
      if (result.errors.length > 0) this.failed = true;
      const out: YScalar = { ...node, value: result.value };
      if (result.unknown.length > 0) out.unknown = result.unknown;
      if (result.assumed.length > 0) out.assumed = result.assumed;
      return out;
    }
    if (node.kind === 'seq') {
      const items: YNode[] = [];
      node.items.forEach((item, i) => {
        const v = this.prepare(item, [...path, String(i)], resets, lookup);
        if (v) items.push(v);
      });
      return { ...node, items };
    }
    const entries: YEntry[] = [];
    for (const e of node.entries) {
      const v = this.prepare(e.value, [...path, e.key], resets, lookup);
      if (v) entries.push({ ...e, value: v });
    }
    return { ...node, entries };
  }

  /* ---------------------------------------------------------------- include */

  /** `include:` (Compose Specification "Include"): each entry is its own project, imported here. */
  importIncludes(root: YMap, base: string, chain: string[]): void {
    const include = get(root, 'include');
    if (!include) return;
    const items = include.kind === 'seq' ? include.items : [include];
    for (const item of items) {
      const paths = (item.kind === 'map' ? get(item, 'path') : item) ?? item;
      const list = (paths.kind === 'seq' ? paths.items : [paths])
        .map(stringOf)
        .filter((p): p is string => !!p);
      if (list.length === 0) continue;
      const files = list.map((p) => posix.normalize(posix.join(base, p)));
      files.forEach((f) => this.ctx.included?.add(f));
      if (files.some((f) => chain.includes(f))) {
        this.failed = true;
        this.note(
          'error',
          'compose-include-loop',
          `include cycle: ${[...chain, files[0]].join(' includes ')}`,
          item.location,
        );
        continue;
      }
      const projectDirText = item.kind === 'map' ? stringOf(get(item, 'project_directory')) : undefined;
      const projectDir = projectDirText
        ? posix.normalize(posix.join(base, projectDirText))
        : posix.dirname(files[0]);
      const envText = item.kind === 'map' ? get(item, 'env_file') : undefined;
      const envFiles = envText
        ? (envText.kind === 'seq' ? envText.items : [envText])
            .map(stringOf)
            .filter((p): p is string => !!p)
            .map((p) => posix.join(base, p))
        : [posix.join(projectDir, '.env')];
      const lookup = this.withEnvFiles(envFiles, this.ctx.lookup);
      let model: YMap | undefined;
      for (const f of files) {
        const docs = this.document(f, projectDir, lookup, item.location);
        if (!docs) return;
        for (const doc of docs) {
          this.importIncludes(doc.root, projectDir, [...chain, f]);
          this.applyExtends(doc, projectDir, f, lookup);
          model = enforceUnicity(
            mergeMaps(model ?? EMPTY_MAP(doc.root.location), doc.root, [], this.ctx.notes),
            [],
          ) as YMap;
        }
      }
      if (model) this.importResources(root, rebaseModel(model, projectDir, base), item.location);
    }
    root.entries = root.entries.filter((e) => e.key !== 'include');
  }

  private withEnvFiles(paths: string[], outer: Lookup): Lookup {
    let lookup = outer;
    for (const path of paths) {
      const file = this.ctx.files.get(path);
      if (!file) continue;
      const env = readEnvFile(file, lookup);
      const previous = lookup;
      lookup = (name) => {
        const e = env.entries.get(name);
        if (e) return e.value !== undefined ? { value: e.value } : { unknown: e.unknown ?? [] };
        return previous(name);
      };
    }
    return lookup;
  }

  private importResources(root: YMap, imported: YMap, location: Location): void {
    for (const section of ['services', 'volumes', 'configs', 'secrets', 'networks']) {
      const incoming = get(imported, section);
      if (incoming?.kind !== 'map') continue;
      let target = root.entries.find((e) => e.key === section);
      if (!target || target.value.kind !== 'map') {
        target = { key: section, keyLocation: location, value: EMPTY_MAP(location) };
        root.entries = [...root.entries.filter((e) => e.key !== section), target];
      }
      const map = target.value as YMap;
      for (const e of incoming.entries) {
        if (map.entries.some((m) => m.key === e.key)) {
          this.note(
            'error',
            'compose-include-conflict',
            `docker compose refuses this include: ${section} ${e.key} is already defined in the including file`,
            location,
          );
          this.failed = true;
          continue;
        }
        map.entries = [...map.entries, e];
      }
    }
  }

  /* ---------------------------------------------------------------- extends */

  applyExtends(doc: LoadedDocument, base: string, path: string, lookup: Lookup): void {
    const services = get(doc.root, 'services');
    if (services?.kind !== 'map') return;
    const done = new Map<string, YMap>();
    for (const e of services.entries) {
      const merged = this.extendService(services, e.key, doc.resets, base, path, lookup, done, []);
      if (merged) e.value = merged;
    }
  }

  private extendService(
    services: YMap,
    name: string,
    resets: ModelPath[],
    base: string,
    path: string,
    lookup: Lookup,
    done: Map<string, YMap>,
    chain: string[],
  ): YMap | undefined {
    const cached = done.get(name);
    if (cached) return cached;
    const service = get(services, name);
    if (service?.kind !== 'map') return undefined;
    const ext = get(service, 'extends');
    if (!ext) return service;
    const link = `${path}:${name}`;
    if (chain.includes(link)) {
      this.failed = true;
      this.note(
        'error',
        'compose-extends-loop',
        `extends cycle: ${[...chain, link].join(' extends ')}`,
        ext.location,
      );
      return service;
    }
    const ref = ext.kind === 'map' ? stringOf(get(ext, 'service')) : stringOf(ext);
    const fileText = ext.kind === 'map' ? stringOf(get(ext, 'file')) : undefined;
    if (!ref) {
      this.failed = true;
      this.note('error', 'compose-extends', `extends of service ${name} names no service`, ext.location);
      return service;
    }
    let parent: YMap | undefined;
    if (fileText) {
      const other = posix.normalize(posix.join(base, fileText));
      const otherBase = posix.dirname(other);
      const docs = this.document(other, otherBase, lookup, ext.location);
      const otherServices = docs
        ?.map((d) => get(d.root, 'services'))
        .filter((s): s is YMap => s?.kind === 'map')
        .reduce<YMap | undefined>(
          (acc, s) => (acc ? mergeMaps(acc, s, ['services'], this.ctx.notes) : s),
          undefined,
        );
      const found = otherServices
        ? this.extendService(otherServices, ref, [], otherBase, other, lookup, new Map(), [...chain, link])
        : undefined;
      parent = found ? rebaseService(found, otherBase, base) : undefined;
      if (!parent && docs) {
        this.failed = true;
        this.note(
          'error',
          'compose-extends',
          `cannot extend service ${name}: service ${ref} not found in ${other}`,
          ext.location,
        );
      }
    } else {
      parent = this.extendService(services, ref, resets, base, path, lookup, done, [...chain, link]);
      if (!parent) {
        this.failed = true;
        this.note(
          'error',
          'compose-extends',
          `cannot extend service ${name} in ${path}: service ${ref} not found in this file`,
          ext.location,
        );
      }
    }
    if (!parent) return service;
    let source: YMap = parent;
    for (const reset of resets) {
      if (reset[0] === 'services' && reset[1] === name) source = removePath(source, reset.slice(2)) as YMap;
    }
    const own: YMap = { ...service, entries: service.entries.filter((e) => e.key !== 'extends') };
    const merged = mergeNodes(source, own, ['services', name], this.ctx.notes) as YMap;
    const result = { ...merged, location: service.location, range: service.range };
    done.set(name, result);
    return result;
  }
}

function stringOf(node: YNode | undefined): string | undefined {
  return node?.kind === 'scalar' && node.value !== null ? String(node.value) : undefined;
}

/* ------------------------------------------------------------------ rebasing paths */

const REMOTE = /^(?:[a-z][a-z0-9+.-]*:\/\/|git@|github\.com\/)|\.git(?:#|$)/i;

/** A path written relative to `from`, rewritten relative to `to` (both repository-relative directories). */
function rebase(path: string, from: string, to: string, keepDot = true): string {
  if (path.startsWith('/') || path.startsWith('~') || REMOTE.test(path) || from === to) return path;
  const rel = posix.relative(to || '.', posix.join(from, path)) || '.';
  return keepDot && !rel.startsWith('.') ? `./${rel}` : rel;
}

function withValue(node: YNode, value: string): YNode {
  return node.kind === 'scalar' ? { ...node, value } : node;
}

function mapEntries(node: YMap, fn: (e: YEntry) => YEntry): YMap {
  return { ...node, entries: node.entries.map(fn) };
}

/** Rewrites the relative paths of one service (build context, env_file, bind sources). */
function rebaseService(service: YMap, from: string, to: string): YMap {
  if (from === to) return service;
  const str = (n: YNode): string | undefined =>
    n.kind === 'scalar' && typeof n.value === 'string' ? n.value : undefined;
  return mapEntries(service, (e) => {
    const v = e.value;
    if (e.key === 'build') {
      if (str(v) !== undefined) return { ...e, value: withValue(v, rebase(str(v)!, from, to)) };
      if (v.kind === 'map')
        return {
          ...e,
          value: mapEntries(v, (b) =>
            b.key === 'context' && str(b.value) !== undefined
              ? { ...b, value: withValue(b.value, rebase(str(b.value)!, from, to)) }
              : b,
          ),
        };
      return e;
    }
    if (e.key === 'env_file') {
      const one = (n: YNode): YNode =>
        str(n) !== undefined
          ? withValue(n, rebase(str(n)!, from, to))
          : n.kind === 'map'
            ? mapEntries(n, (p) =>
                p.key === 'path' && str(p.value) !== undefined
                  ? { ...p, value: withValue(p.value, rebase(str(p.value)!, from, to)) }
                  : p,
              )
            : n;
      return { ...e, value: v.kind === 'seq' ? { ...v, items: v.items.map(one) } : one(v) };
    }
    if (e.key === 'volumes' && v.kind === 'seq') {
      const one = (n: YNode): YNode => {
        const s = str(n);
        if (s !== undefined) {
          const short = parseShortVolume(s);
          if (!short?.source || !isFilePath(short.source)) return n;
          const options = short.optionsAt !== undefined ? s.slice(short.optionsAt - 1) : '';
          return withValue(n, `${rebase(short.source, from, to)}:${short.target}${options}`);
        }
        if (n.kind === 'map' && str(get(n, 'type') ?? n) === 'bind')
          return mapEntries(n, (p) =>
            p.key === 'source' && str(p.value) !== undefined
              ? { ...p, value: withValue(p.value, rebase(str(p.value)!, from, to)) }
              : p,
          );
        return n;
      };
      return { ...e, value: { ...v, items: v.items.map(one) } };
    }
    return e;
  });
}

/** Rewrites every service's paths and the `file:` of configs and secrets. */
function rebaseModel(model: YMap, from: string, to: string): YMap {
  return mapEntries(model, (e) => {
    if (e.value.kind !== 'map') return e;
    if (e.key === 'services')
      return {
        ...e,
        value: mapEntries(e.value, (s) =>
          s.value.kind === 'map' ? { ...s, value: rebaseService(s.value, from, to) } : s,
        ),
      };
    if (e.key === 'configs' || e.key === 'secrets')
      return {
        ...e,
        value: mapEntries(e.value, (c) =>
          c.value.kind === 'map'
            ? {
                ...c,
                value: mapEntries(c.value, (f) =>
                  f.key === 'file' && f.value.kind === 'scalar' && typeof f.value.value === 'string'
                    ? { ...f, value: withValue(f.value, rebase(f.value.value, from, to, false)) }
                    : f,
                ),
              }
            : c,
        ),
      };
    return e;
  });
}
