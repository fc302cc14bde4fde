/**
 * Ansible's YAML, read as Ansible (PyYAML, YAML 1.1) reads it: `0755` is octal, `yes` is true,
 * `<<` merge keys apply, a duplicate key is accepted and the last one wins, `!unsafe` strings
 * are never templated and `!vault` values are encrypted (unknown here).
 */
import {
  type Document,
  isMap,
  isScalar,
  isSeq,
  type Node,
  type Pair,
  parseAllDocuments,
  type ScalarTag,
  type YAMLMap,
  visit,
} from 'yaml';
import type { Location, Note, SourceFile } from '../types.js';
import { LineIndex } from '../parse/provision/text.js';

/** A string Ansible never templates (`!unsafe`). */
export class UnsafeText {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

/** A `!vault` value: encrypted in the repository, so unknown to socklint. */
export class VaultValue {
  toString(): string {
    return '!vault';
  }
}

const CUSTOM: ScalarTag[] = [
  { tag: '!unsafe', resolve: (text: string) => new UnsafeText(text) as unknown as string },
  { tag: '!vault', resolve: () => new VaultValue() as unknown as string },
];

export interface YamlFile {
  file: SourceFile;
  index: LineIndex;
  docs: Document.Parsed[];
  notes: Note[];
}

export function readYaml(file: SourceFile): YamlFile {
  const index = new LineIndex(file.path, file.text);
  const notes: Note[] = [];
  let docs: Document.Parsed[];
  try {
    const parsed = parseAllDocuments(file.text, {
      version: '1.1',
      merge: true,
      uniqueKeys: false,
      customTags: (tags) => [...tags, ...CUSTOM],
      keepSourceTokens: true,
    });
    docs = (Array.isArray(parsed) ? parsed : []) as Document.Parsed[];
  } catch {
    docs = [];
  }
  // PyYAML (and so Ansible) reads `y` and `n` as strings; YAML 1.1 as booleans.
  for (const doc of docs) {
    visit(doc, {
      Scalar(_, node) {
        const [start, end] = node.range ?? [0, 0];
        if (typeof node.value === 'boolean' && /^[yYnN]$/.test(file.text.slice(start, end)))
          node.value = file.text.slice(start, end);
      },
    });
  }
  for (const doc of docs) {
    const error = doc.errors[0];
    if (!error) continue;
    const [start, end] = error.pos;
    notes.push({
      level: 'warning',
      code: 'yaml-invalid',
      message: `not valid YAML, what follows this point is not read: ${error.message.split('\n')[0]}`,
      location: index.location(start, Math.max(end, start + 1)),
    });
  }
  return { file, index, docs, notes };
}

/** The value of a node as Ansible sees it (merge keys applied, last duplicate key wins). */
export function toValue(node: unknown, y?: YamlFile): unknown {
  if (node === null || node === undefined) return null;
  if (isScalar(node)) return node.value;
  // Aliases (`<<: *defaults`) resolve against the document the node belongs to.
  if (isMap(node) || isSeq(node))
    return y?.docs[0] ? node.toJS(y.docs[0], { maxAliasCount: 1000 }) : node.toJSON();
  return null;
}

/** A top-level variable of a vars file, with where its value is written. */
export interface Definition {
  name: string;
  value: unknown;
  /** The value as written (the node), or the key when the value is empty. */
  location: Location;
  file: string;
  /** The YAML node, for edits that keep the file's formatting. */
  node?: Node;
  /** The value exactly as written (quotes included), when it is a scalar. */
  raw?: string;
}

/** The variables of a map: every key, the last duplicate winning. */
export function mapDefinitions(map: YAMLMap, y: YamlFile): Definition[] {
  const out = new Map<string, Definition>();
  for (const pair of map.items as Pair<Node, Node | null>[]) {
    if (!isScalar(pair.key)) continue;
    const name = String(pair.key.value);
    if (name === '<<') {
      // `<<: *defaults`: the merged keys come first and the map's own keys win.
      const merged = toValue(pair.value, y);
      for (const source of Array.isArray(merged) ? merged : [merged]) {
        if (source && typeof source === 'object' && !(source instanceof UnsafeText)) {
          for (const [k, v] of Object.entries(source as Record<string, unknown>)) {
            if (!out.has(k))
              out.set(k, { name: k, value: v, location: locationOf(pair.key, y), file: y.file.path });
          }
        }
      }
      continue;
    }
    out.delete(name);
    out.set(name, {
      name,
      value: toValue(pair.value, y),
      location: locationOf(pair.value ?? pair.key, y),
      file: y.file.path,
      ...(pair.value ? { node: pair.value } : {}),
      ...(isScalar(pair.value) && pair.value.range
        ? { raw: y.file.text.slice(pair.value.range[0], pair.value.range[1]).trimEnd() }
        : {}),
    });
  }
  return [...out.values()];
}

/** The definitions of a vars file (`defaults/main.yml`, `group_vars/web.yml`). */
export function fileDefinitions(y: YamlFile): Definition[] {
  const doc = y.docs[0];
  return doc && isMap(doc.contents) ? mapDefinitions(doc.contents, y) : [];
}

export function locationOf(node: Node, y: YamlFile): Location {
  const [start, valueEnd] = node.range ?? [0, 0];
  let end = valueEnd;
  while (end > start + 1 && /\s/.test(y.file.text[end - 1])) end--;
  return y.index.location(start, Math.max(end, start));
}
