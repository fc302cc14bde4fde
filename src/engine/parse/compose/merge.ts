/**
 * Merging compose files as docker compose merges them (Compose Specification "Merge and
 * override"; compose-go `override.Merge` and `override.EnforceUnicity`):
 *
 * - mappings merge key by key, sequences append, scalars are replaced;
 * - `command`, `entrypoint` and `healthcheck.test` are replaced, not appended;
 * - `build` as a string is `{context: …}`;
 * - `environment`, `labels`, `build.args`… (maps or `K=V` lists) become `K=V` lists, and then
 *   the last entry of each key wins, in the place of the first;
 * - `volumes`, `configs` and `secrets` are unique by target: a later entry replaces the
 *   earlier one in its place; `env_file` is unique by path, `tmpfs` and `profiles` by value.
 */
import type { Location, Note } from '../../types.js';
import type { YEntry, YMap, YNode, YScalar, YSeq } from '../yaml/tree.js';
import { parseShortVolume } from './volumes.js';

/** A path in the model, e.g. `['services', 'web', 'volumes']`. */
export type ModelPath = string[];

const OVERRIDDEN = new Set(['services.*.command', 'services.*.entrypoint', 'services.*.healthcheck.test']);
const TO_SEQUENCE = new Set([
  'services.*.annotations',
  'services.*.build.args',
  'services.*.build.additional_contexts',
  'services.*.build.labels',
  'services.*.deploy.labels',
  'services.*.dns',
  'services.*.dns_opt',
  'services.*.dns_search',
  'services.*.env_file',
  'services.*.label_file',
  'services.*.environment',
  'services.*.labels',
  'services.*.sysctls',
  'services.*.tmpfs',
  'volumes.*.labels',
  'networks.*.labels',
]);
const TO_MAPPING = new Set(['services.*.depends_on', 'services.*.networks']);

/** Matches a path against the patterns above (`*` is any one key). */
function pattern(path: ModelPath): string {
  return path
    .map((p, i) => (i === 1 && (path[0] === 'services' || path[0] === 'volumes') ? '*' : p))
    .join('.');
}

export function mergeNodes(base: YNode | undefined, over: YNode, path: ModelPath, notes: Note[]): YNode {
  const key = pattern(path);
  if (base === undefined) return over;
  if (OVERRIDDEN.has(key)) return over;
  if (key === 'services.*.build') return mergeMaps(asBuild(base), asBuild(over), path, notes);
  if (TO_SEQUENCE.has(key)) {
    const items = [...toSequence(base), ...toSequence(over)];
    return { kind: 'seq', items, location: over.location, range: over.range };
  }
  if (TO_MAPPING.has(key)) return mergeMaps(toMapping(base), toMapping(over), path, notes);
  if (base.kind === 'map' && over.kind === 'map') return mergeMaps(base, over, path, notes);
  if (base.kind === 'seq' && over.kind === 'seq') {
    return { kind: 'seq', items: [...base.items, ...over.items], location: over.location, range: over.range };
  }
  if (base.kind !== 'scalar' && base.kind !== over.kind && !(over.kind === 'scalar' && over.value === null)) {
    notes.push({
      level: 'error',
      code: 'compose-merge',
      message: `docker compose cannot merge ${path.join('.')}: a ${describe(over)} cannot override a ${describe(base)}`,
      location: over.location,
    });
  }
  return over.kind === 'scalar' && over.value === null ? base : over;
}

function describe(node: YNode): string {
  return node.kind === 'map' ? 'mapping' : node.kind === 'seq' ? 'sequence' : 'scalar';
}

export function mergeMaps(base: YMap, over: YMap, path: ModelPath, notes: Note[]): YMap {
  const entries: YEntry[] = [...base.entries];
  for (const e of over.entries) {
    const at = entries.findIndex((b) => b.key === e.key);
    if (at === -1) entries.push(e);
    else
      entries[at] = {
        ...entries[at],
        value: mergeNodes(entries[at].value, e.value, [...path, e.key], notes),
      };
  }
  return { kind: 'map', entries, location: base.location, range: base.range };
}

function asBuild(node: YNode): YMap {
  if (node.kind === 'map') return node;
  return {
    kind: 'map',
    entries: [{ key: 'context', keyLocation: node.location, value: node }],
    location: node.location,
    range: node.range,
  };
}

/** A `{K: V}` map as `K=V` scalars (`K` alone for a null value); lists as they are. */
function toSequence(node: YNode): YNode[] {
  if (node.kind === 'seq') return node.items;
  if (node.kind === 'scalar') return node.value === null ? [] : [node];
  return node.entries.map((e): YNode => {
    if (e.value.kind !== 'scalar') {
      // `env_file: [{path: …}]` and other structured items stay as they are.
      return e.value;
    }
    const v = e.value;
    const text =
      v.value === null
        ? e.key
        : `${e.key}=${v.kind === 'scalar' && typeof v.value === 'string' ? v.value : v.style === 'plain' ? v.source : String(v.value)}`;
    const location: Location = {
      ...e.keyLocation,
      endLine: v.value === null ? e.keyLocation.endLine : v.location.endLine,
      endColumn: v.value === null ? e.keyLocation.endColumn : v.location.endColumn,
    };
    const item: YScalar = {
      kind: 'scalar',
      value: text,
      source: text,
      style: 'plain',
      location,
      range: [e.value.range[0], e.value.range[1]],
      ...(v.unknown ? { unknown: v.unknown } : {}),
      ...(v.assumed ? { assumed: v.assumed } : {}),
    };
    return item;
  });
}

function toMapping(node: YNode): YMap {
  if (node.kind === 'map') return node;
  const items = node.kind === 'seq' ? node.items : [];
  return {
    kind: 'map',
    entries: items
      .filter((i): i is YScalar => i.kind === 'scalar' && i.value !== null)
      .map((i) => ({
        key: String(i.value),
        keyLocation: i.location,
        value: {
          kind: 'scalar',
          value: null,
          source: '',
          style: 'plain',
          location: i.location,
          range: i.range,
        },
      })),
    location: node.location,
    range: node.range,
  };
}

/* ------------------------------------------------------------------ unicity */

type Indexer = (item: YNode) => string | undefined;

const scalarText = (n: YNode): string | undefined =>
  n.kind === 'scalar' && n.value !== null ? String(n.value) : undefined;
const keyOf: Indexer = (n) => scalarText(n)?.split('=')[0];
const wholeValue: Indexer = (n) => scalarText(n);
const targetOf =
  (defaultDir: string): Indexer =>
  (n) => {
    if (n.kind === 'scalar') return `${defaultDir}/${scalarText(n)}`;
    if (n.kind !== 'map') return undefined;
    const target = n.entries.find((e) => e.key === 'target')?.value;
    if (target) return scalarText(target);
    const source = n.entries.find((e) => e.key === 'source')?.value;
    return source ? `${defaultDir}/${scalarText(source)}` : undefined;
  };
const volumeTarget: Indexer = (n) => {
  if (n.kind === 'scalar' && typeof n.value === 'string') return parseShortVolume(n.value)?.target;
  return n.kind === 'map' ? scalarText(n.entries.find((e) => e.key === 'target')?.value ?? n) : undefined;
};
const envFilePath: Indexer = (n) =>
  n.kind === 'map' ? scalarText(n.entries.find((e) => e.key === 'path')?.value ?? n) : scalarText(n);

const UNIQUE: Record<string, Indexer> = {
  'services.*.annotations': keyOf,
  'services.*.build.args': keyOf,
  'services.*.build.labels': keyOf,
  'services.*.environment': keyOf,
  'services.*.labels': keyOf,
  'services.*.sysctls': keyOf,
  'services.*.dns': keyOf,
  'services.*.cap_add': keyOf,
  'services.*.cap_drop': keyOf,
  'services.*.profiles': wholeValue,
  'services.*.tmpfs': keyOf,
  'services.*.ports': wholeValue,
  'services.*.env_file': envFilePath,
  'services.*.volumes': volumeTarget,
  'services.*.configs': targetOf(''),
  'services.*.secrets': targetOf('/run/secrets'),
};

/** Keeps one entry per unique key in each sequence that has one: the last, in the place of the first. */
export function enforceUnicity(node: YNode, path: ModelPath): YNode {
  if (node.kind === 'map') {
    return {
      ...node,
      entries: node.entries.map((e) => ({ ...e, value: enforceUnicity(e.value, [...path, e.key]) })),
    };
  }
  if (node.kind !== 'seq') return node;
  const indexer = UNIQUE[pattern(path)];
  if (!indexer) return node;
  const items: YNode[] = [];
  const at = new Map<string, number>();
  for (const item of node.items) {
    const key = indexer(item);
    if (key === undefined) {
      items.push(item);
      continue;
    }
    const previous = at.get(key);
    if (previous === undefined) {
      at.set(key, items.length);
      items.push(item);
    } else items[previous] = item;
  }
  return { ...node, items } satisfies YSeq;
}

/* ------------------------------------------------------------------ !reset and !override */

/** Removes the value at `path` (a `!reset`/`!override` of a later file clears what earlier files set). */
export function removePath(node: YNode, path: ModelPath): YNode {
  if (path.length === 0 || node.kind !== 'map') return node;
  const [head, ...rest] = path;
  if (rest.length === 0) return { ...node, entries: node.entries.filter((e) => e.key !== head) };
  return {
    ...node,
    entries: node.entries.map((e) => (e.key === head ? { ...e, value: removePath(e.value, rest) } : e)),
  };
}
