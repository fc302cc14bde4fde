/**
 * YAML documents as a small positioned tree, for the readers of compose files and Kubernetes
 * manifests. The `yaml` library parses; this module keeps, for every scalar, map and sequence,
 * its file location, resolves aliases and `<<` merge keys as YAML 1.1 merge keys are applied
 * (explicit keys win, then the merged maps in order), and turns parse errors into notes.
 *
 * Aliases are expanded node by node with a budget, so a "billion laughs" document or an
 * alias that points into its own ancestors ends as a note, never as a hang.
 */
import {
  Alias,
  type Document,
  isAlias,
  isMap,
  isScalar,
  isSeq,
  type Node,
  type Pair,
  parseAllDocuments,
  type Scalar,
  visit,
} from 'yaml';
import { LineIndex } from '../provision/text.js';
import type { Location, Note, SourceFile } from '../../types.js';

export type YNode = YScalar | YMap | YSeq;

/**
 * A value read from a YAML file, with its location. `unknown` lists why the value is not
 * known (a variable nothing in the repository sets): `value` then holds the text with the
 * reference kept as written. `assumed` lists what the value rests on (a default taken because
 * nothing sets its variable).
 */
export interface Sourced<T> {
  value: T;
  location: Location;
  unknown?: string[];
  assumed?: string[];
}

interface YBase {
  location: Location;
  /** File offsets [start, end) of the node's text. */
  range: [number, number];
  /** A local tag as written (`!reset`, `!override`, `!Ref`…); absent for untagged nodes. */
  tag?: string;
}

export type ScalarStyle = 'plain' | 'single' | 'double' | 'literal' | 'folded';

export interface YScalar extends YBase {
  kind: 'scalar';
  /** As the YAML 1.2 core schema reads it (YAML 1.1 where the file is read as 1.1). */
  value: string | number | boolean | null;
  /** The scalar's source text (with quotes or block header). */
  source: string;
  style: ScalarStyle;
  /** Set by readers that substitute variables into the value: why it is unknown. */
  unknown?: string[];
  /** Set by readers that substitute variables into the value: what it rests on. */
  assumed?: string[];
}

export interface YEntry {
  key: string;
  keyLocation: Location;
  value: YNode;
}

export interface YMap extends YBase {
  kind: 'map';
  entries: YEntry[];
}

export interface YSeq extends YBase {
  kind: 'seq';
  items: YNode[];
}

export interface YamlDocument {
  /** Undefined for an empty document. */
  root?: YNode;
  /** The document had a syntax error: `root` is what the parser recovered, not what a program reads. */
  invalid: boolean;
}

export interface YamlFile {
  file: SourceFile;
  index: LineIndex;
  documents: YamlDocument[];
  notes: Note[];
}

/** Nodes expanded through aliases per file; far above any real file, far below what a hang needs. */
const ALIAS_BUDGET = 20_000;

/** Parsed files by version: a compose file is read by the project planner, its loader and `extends` alike. */
const parsed = new WeakMap<SourceFile, Map<string, YamlFile>>();

/** The file's documents; the result is shared between callers and must not be changed. */
export function readYaml(file: SourceFile, options: { version?: '1.1' | '1.2' } = {}): YamlFile {
  const version = options.version ?? '1.2';
  const cached = parsed.get(file)?.get(version);
  if (cached) return cached;
  const result = parseYaml(file, version);
  parsed.set(file, (parsed.get(file) ?? new Map<string, YamlFile>()).set(version, result));
  return result;
}

function parseYaml(file: SourceFile, version: '1.1' | '1.2'): YamlFile {
  const index = new LineIndex(file.path, file.text);
  const notes: Note[] = [];
  let docs: Document.Parsed[] = [];
  try {
    const all = parseAllDocuments(file.text, { version, uniqueKeys: true, prettyErrors: false });
    docs = Array.isArray(all) ? (all as Document.Parsed[]) : [];
  } catch (error) {
    notes.push({
      level: 'warning',
      code: 'yaml-invalid',
      message: `not readable as YAML: ${(error as Error).message.split('\n')[0]}`,
      location: index.location(0, 0),
    });
  }
  const converter = new Converter(file, index, notes);
  const documents = docs.map((doc): YamlDocument => {
    for (const error of doc.errors.slice(0, 1)) {
      const [start, end] = error.pos;
      notes.push({
        level: 'warning',
        code: 'yaml-invalid',
        message: `not valid YAML: ${error.message.split('\n')[0]}`,
        location: index.location(start, Math.max(end, start + 1)),
      });
    }
    const root = doc.contents ? converter.convert(doc.contents as Node, doc) : undefined;
    return { ...(root ? { root } : {}), invalid: doc.errors.length > 0 };
  });
  return { file, index, documents, notes };
}

class Converter {
  private budget = ALIAS_BUDGET;
  private exhausted = false;
  /** How many aliases are being expanded around the current node. */
  private aliasDepth = 0;
  /** Nodes being expanded, to stop aliases into their own ancestors. */
  private readonly active = new Set<Node>();

  constructor(
    private readonly file: SourceFile,
    private readonly index: LineIndex,
    private readonly notes: Note[],
  ) {}

  convert(node: Node, doc: Document.Parsed): YNode | undefined {
    if (this.aliasDepth > 0 && --this.budget < 0) {
      if (!this.exhausted) {
        this.exhausted = true;
        this.notes.push({
          level: 'warning',
          code: 'yaml-too-large',
          message: `aliases expand to more than ${ALIAS_BUDGET} nodes; the rest of the file is not read`,
          location: this.locate(node),
        });
      }
      return undefined;
    }
    if (isAlias(node)) return this.alias(node, doc);
    if (this.active.has(node)) return undefined;
    this.active.add(node);
    try {
      if (isScalar(node)) return this.scalar(node);
      if (isMap(node)) return this.map(node.items as Pair<Node, Node>[], node, doc);
      if (isSeq(node)) {
        const items = (node.items as Node[])
          .map((item) => this.convert(item, doc))
          .filter((n): n is YNode => n !== undefined);
        return { kind: 'seq', items, ...this.base(node) };
      }
      return undefined;
    } finally {
      this.active.delete(node);
    }
  }

  private alias(node: Alias, doc: Document.Parsed): YNode | undefined {
    const target = this.anchorFor(node, doc);
    if (!target || this.active.has(target)) {
      this.notes.push({
        level: 'warning',
        code: 'yaml-alias',
        message: target
          ? `alias *${node.source} refers to a node that contains it; it is not expanded`
          : `alias *${node.source} has no anchor before it`,
        location: this.locate(node),
      });
      return undefined;
    }
    this.aliasDepth++;
    try {
      return this.convert(target, doc);
    } finally {
      this.aliasDepth--;
    }
  }

  /** Anchors of the current document by name, in document order (`Alias.resolve` walks the whole document each time). */
  private anchors?: { doc: Document.Parsed; byName: Map<string, Node[]> };

  /** The node an alias refers to: the last node with its anchor before it, as YAML defines. */
  private anchorFor(alias: Alias, doc: Document.Parsed): Node | undefined {
    if (this.anchors?.doc !== doc) {
      const byName = new Map<string, Node[]>();
      visit(doc, {
        Node: (_key, n) => {
          if (n.anchor) byName.set(n.anchor, [...(byName.get(n.anchor) ?? []), n]);
        },
      });
      this.anchors = { doc, byName };
    }
    const at = alias.range?.[0] ?? Infinity;
    const candidates = this.anchors.byName.get(alias.source) ?? [];
    let found: Node | undefined;
    for (const n of candidates) if ((n.range?.[0] ?? Infinity) < at) found = n;
    return found;
  }

  private scalar(node: Scalar): YScalar {
    const value = node.value;
    const plain =
      value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
        ? value
        : typeof value === 'bigint'
          ? Number(value)
          : String(value);
    const base = this.base(node);
    return {
      kind: 'scalar',
      value: plain,
      source: this.file.text.slice(base.range[0], base.range[1]),
      style: STYLES[node.type ?? 'PLAIN'] ?? 'plain',
      ...base,
    };
  }

  private map(pairs: Pair<Node, Node>[], node: Node, doc: Document.Parsed): YMap {
    const entries: YEntry[] = [];
    const merged: YEntry[][] = [];
    for (const pair of pairs) {
      const key = pair.key as Node | null;
      const keyText = isScalar(key) ? keyString(key.value) : undefined;
      if (keyText === undefined) continue; // complex keys carry no configuration
      if (keyText === '<<' && (key as Scalar).type === 'PLAIN') {
        merged.push(...this.mergeSources(pair.value, doc));
        continue;
      }
      const keyLocation = this.locate(key as Node);
      const value = pair.value ? this.convert(pair.value, doc) : this.nullAfter(key as Node);
      if (value) entries.push({ key: keyText, keyLocation, value });
    }
    // `<<`: explicit keys win, then the merged maps in the order they are listed.
    const seen = new Set(entries.map((e) => e.key));
    for (const source of merged) {
      for (const entry of source) {
        if (seen.has(entry.key)) continue;
        seen.add(entry.key);
        entries.push(entry);
      }
    }
    return { kind: 'map', entries, ...this.base(node) };
  }

  private mergeSources(value: Node | null, doc: Document.Parsed): YEntry[][] {
    if (!value) return [];
    const sources = isSeq(value) ? (value.items as Node[]) : [value];
    const out: YEntry[][] = [];
    for (const source of sources) {
      const converted = this.convert(source, doc);
      if (converted?.kind === 'map') out.push(converted.entries);
      else if (converted) {
        this.notes.push({
          level: 'warning',
          code: 'yaml-merge-key',
          message: 'a << merge key takes a map or a list of maps; this value is ignored',
          location: converted.location,
        });
      }
    }
    return out;
  }

  /** `key:` with no value is null, located just after the key. */
  private nullAfter(key: Node): YScalar {
    const end = key.range?.[1] ?? 0;
    return {
      kind: 'scalar',
      value: null,
      source: '',
      style: 'plain',
      location: this.index.location(end, end),
      range: [end, end],
    };
  }

  private base(node: Node): { location: Location; range: [number, number]; tag?: string } {
    const [start, end] = this.trimmedRange(node);
    const tag = node.tag && node.tag.startsWith('!') && !node.tag.startsWith('!!') ? node.tag : undefined;
    return { location: this.index.location(start, end), range: [start, end], ...(tag ? { tag } : {}) };
  }

  private locate(node: Node): Location {
    const [start, end] = this.trimmedRange(node);
    return this.index.location(start, end);
  }

  /** A block node's range runs into the next line: end it at its last character. */
  private trimmedRange(node: Node): [number, number] {
    const start = node.range?.[0] ?? 0;
    let end = node.range?.[1] ?? start;
    while (end > start && /\s/.test(this.file.text[end - 1])) end--;
    return [start, end];
  }
}

const STYLES: Record<string, ScalarStyle> = {
  PLAIN: 'plain',
  QUOTE_SINGLE: 'single',
  QUOTE_DOUBLE: 'double',
  BLOCK_LITERAL: 'literal',
  BLOCK_FOLDED: 'folded',
};

function keyString(value: unknown): string | undefined {
  if (value === null) return 'null';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return String(value);
  return undefined;
}

/* ------------------------------------------------------------------ access helpers */

function entry(map: YNode | undefined, key: string): YEntry | undefined {
  return map?.kind === 'map' ? map.entries.find((e) => e.key === key) : undefined;
}

export function get(map: YNode | undefined, key: string): YNode | undefined {
  return entry(map, key)?.value;
}

/** A scalar's value as a string (numbers and booleans as written); undefined for null and collections. */
export function text(node: YNode | undefined): string | undefined {
  if (node?.kind !== 'scalar' || node.value === null) return undefined;
  if (typeof node.value === 'string') return node.value;
  return node.style === 'plain' ? node.source : String(node.value);
}
