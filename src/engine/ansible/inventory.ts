/**
 * Ansible inventories kept in the repository, INI and YAML, as Ansible reads them: groups, their
 * hosts, child groups and variables (host lines and `[group:vars]`), the implicit `all` and
 * `ungrouped` groups, and host patterns (`web:&prod:!web3`, `web*`).
 */
import { isMap, isScalar, type Node, type Pair, type YAMLMap } from 'yaml';
import picomatch from 'picomatch';
import type { SourceFile } from '../types.js';
import { LineIndex } from '../parse/provision/text.js';
import { type Definition, mapDefinitions, readYaml, type YamlFile } from './yaml.js';

export interface InventoryGroup {
  name: string;
  hosts: Set<string>;
  children: Set<string>;
  vars: Definition[];
}

export interface Inventory {
  /** Repository path of the inventory file. */
  path: string;
  /** Its directory: `group_vars/` and `host_vars/` beside it belong to it. */
  dir: string;
  groups: Map<string, InventoryGroup>;
  /** Host → variables written on its own line or entry. */
  hostVars: Map<string, Definition[]>;
}

const INVENTORY_NAME =
  /(?:^|\/)(?:hosts|inventory|inventory\.ini|hosts\.ini|[^/]+\.ini|hosts\.ya?ml|inventory\.ya?ml)$|(?:^|\/)inventor(?:y|ies)\/(?:[^/]+\/)*[^/]+$/i;

/** Is this file an inventory? By its name and, to be sure, by its content. */
export function readInventory(file: SourceFile): Inventory | undefined {
  if (/(?:^|\/)(?:group_vars|host_vars)\//.test(file.path) || !INVENTORY_NAME.test(file.path))
    return undefined;
  if (/\.ya?ml$/i.test(file.path) || /^\s*(?:---|all\s*:)/m.test(file.text.slice(0, 2000)))
    return readYamlInventory(file);
  if (/\.(?:php|conf|cfg|j2|py|sh)$/i.test(file.path)) return undefined;
  return readIniInventory(file);
}

function newInventory(file: SourceFile): Inventory {
  const dir = file.path.includes('/') ? file.path.slice(0, file.path.lastIndexOf('/')) : '';
  const groups = new Map<string, InventoryGroup>();
  groups.set('all', { name: 'all', hosts: new Set(), children: new Set(), vars: [] });
  groups.set('ungrouped', { name: 'ungrouped', hosts: new Set(), children: new Set(), vars: [] });
  return { path: file.path, dir, groups, hostVars: new Map() };
}

function group(inv: Inventory, name: string): InventoryGroup {
  let g = inv.groups.get(name);
  if (!g) {
    g = { name, hosts: new Set(), children: new Set(), vars: [] };
    inv.groups.set(name, g);
  }
  return g;
}

/** `web[01:03].example.com` → web01…web03. */
function expandHostRange(name: string): string[] {
  const m = /\[([0-9a-z]+):([0-9a-z]+)(?::(\d+))?\]/i.exec(name);
  if (!m) return [name];
  const [, a, b, step] = m;
  const out: string[] = [];
  const numeric = /^\d+$/.test(a);
  const from = numeric ? parseInt(a, 10) : a.charCodeAt(0);
  const to = numeric ? parseInt(b, 10) : b.charCodeAt(0);
  for (let i = from; i <= to && out.length < 1000; i += Number(step ?? 1)) {
    const part = numeric ? String(i).padStart(a.length, '0') : String.fromCharCode(i);
    out.push(...expandHostRange(name.slice(0, m.index) + part + name.slice(m.index + m[0].length)));
  }
  return out;
}

function readIniInventory(file: SourceFile): Inventory | undefined {
  const inv = newInventory(file);
  const index = new LineIndex(file.path, file.text);
  let section = 'ungrouped';
  let kind: 'hosts' | 'vars' | 'children' = 'hosts';
  let offset = 0;
  let sawSomething = false;
  for (const raw of file.text.split('\n')) {
    const lineStart = offset;
    offset += raw.length + 1;
    const line = raw.replace(/\r$/, '');
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith(';')) continue;
    const header = /^\[([^\]:]+)(?::(vars|children))?\]\s*$/.exec(trimmed);
    if (header) {
      section = header[1];
      kind = (header[2] as 'vars' | 'children' | undefined) ?? 'hosts';
      group(inv, section);
      sawSomething = true;
      continue;
    }
    // Not an inventory: Ansible refuses `[name:other]` ("has unknown type"), tox.ini has them.
    if (trimmed.startsWith('[') || !/^[\w.[\]:-]/.test(trimmed)) return undefined;
    const words = splitIniWords(line, lineStart);
    if (kind === 'children') {
      group(inv, section).children.add(words[0].text);
      group(inv, words[0].text);
      continue;
    }
    if (kind === 'vars') {
      const m = /^([^=\s]+)\s*=\s*(.*)$/.exec(trimmed);
      if (!m) continue;
      const valueAt = lineStart + line.indexOf(m[2], line.indexOf('='));
      group(inv, section).vars.push(iniDefinition(m[1], m[2].trim(), valueAt, index, file, false));
      continue;
    }
    const [host, ...assignments] = words;
    const vars: Definition[] = [];
    for (const a of assignments) {
      const eq = a.text.indexOf('=');
      if (eq <= 0) continue;
      vars.push(
        iniDefinition(a.text.slice(0, eq), a.text.slice(eq + 1), a.start + eq + 1, index, file, true),
      );
    }
    for (const name of expandHostRange(host.text)) {
      group(inv, section).hosts.add(name);
      inv.hostVars.set(name, [...(inv.hostVars.get(name) ?? []), ...vars]);
    }
    sawSomething = true;
  }
  return sawSomething ? inv : undefined;
}

function splitIniWords(line: string, lineStart: number): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  const re = /(?:[^\s"'#]|"[^"]*"|'[^']*')+/g;
  for (const m of line.matchAll(re)) out.push({ text: m[0], start: lineStart + m.index });
  return out;
}

/** Values on a host line are Python literals; in `[group:vars]` they are strings (Ansible's INI docs). */
function iniDefinition(
  name: string,
  text: string,
  at: number,
  index: LineIndex,
  file: SourceFile,
  literal: boolean,
): Definition {
  let value: unknown = text;
  const quoted = /^(["'])(.*)\1$/.exec(text);
  if (quoted) value = quoted[2];
  else if (literal && /^-?\d+$/.test(text)) value = Number(text);
  else if (literal && /^(True|False)$/.test(text)) value = text === 'True';
  return { name, value, location: index.location(at, at + text.length), file: file.path };
}

function readYamlInventory(file: SourceFile): Inventory | undefined {
  const y = readYaml(file);
  const doc = y.docs[0];
  if (!doc || !isMap(doc.contents)) return undefined;
  const inv = newInventory(file);
  let found = false;
  for (const pair of doc.contents.items as Pair<Node, Node | null>[]) {
    if (!isScalar(pair.key) || !isMap(pair.value)) continue;
    if (!['hosts', 'children', 'vars'].some((k) => (pair.value as YAMLMap).has(k))) continue;
    found = true;
    readYamlGroup(inv, String(pair.key.value), pair.value, y);
  }
  return found ? inv : undefined;
}

function readYamlGroup(inv: Inventory, name: string, node: YAMLMap, y: YamlFile): void {
  const g = group(inv, name);
  const hosts = node.get('hosts', true);
  if (isMap(hosts)) {
    for (const pair of hosts.items as Pair<Node, Node | null>[]) {
      if (!isScalar(pair.key)) continue;
      const vars = isMap(pair.value) ? mapDefinitions(pair.value, y) : [];
      for (const host of expandHostRange(String(pair.key.value))) {
        g.hosts.add(host);
        inv.hostVars.set(host, [...(inv.hostVars.get(host) ?? []), ...vars]);
      }
    }
  }
  const vars = node.get('vars', true);
  if (isMap(vars)) g.vars.push(...mapDefinitions(vars, y));
  const children = node.get('children', true);
  if (isMap(children)) {
    for (const pair of children.items as Pair<Node, Node | null>[]) {
      if (!isScalar(pair.key)) continue;
      const child = String(pair.key.value);
      g.children.add(child);
      if (isMap(pair.value)) readYamlGroup(inv, child, pair.value, y);
      else group(inv, child);
    }
  }
}

/** Every host of the inventory. */
export function allHosts(inv: Inventory): string[] {
  const out = new Set<string>();
  for (const g of inv.groups.values()) for (const h of g.hosts) out.add(h);
  return [...out].sort();
}

/** The hosts of a group, its children's included. */
export function hostsOf(inv: Inventory, name: string, seen = new Set<string>()): Set<string> {
  if (name === 'all') return new Set(allHosts(inv));
  const g = inv.groups.get(name);
  const out = new Set<string>();
  if (!g || seen.has(name)) return out;
  seen.add(name);
  for (const h of g.hosts) out.add(h);
  for (const c of g.children) for (const h of hostsOf(inv, c, seen)) out.add(h);
  return out;
}

/**
 * The groups of a host, ordered as Ansible applies their variables: `all` first, then by depth
 * (parents before children), then by name; a later group's value wins.
 */
export function groupsOf(inv: Inventory, host: string): string[] {
  const depth = new Map<string, number>();
  const depthOf = (name: string, seen: Set<string>): number => {
    if (name === 'all') return 0;
    if (depth.has(name)) return depth.get(name)!;
    if (seen.has(name)) return 1;
    seen.add(name);
    const parents = [...inv.groups.values()].filter((g) => g.children.has(name)).map((g) => g.name);
    const d = 1 + Math.max(0, ...parents.map((p) => depthOf(p, seen)));
    depth.set(name, d);
    return d;
  };
  const mine = [...inv.groups.keys()].filter((g) => g !== 'all' && hostsOf(inv, g).has(host));
  const explicit = mine.filter((g) => g !== 'ungrouped');
  const groups = explicit.length > 0 ? explicit : mine;
  return ['all', ...groups.sort((a, b) => depthOf(a, new Set()) - depthOf(b, new Set()) || (a < b ? -1 : 1))];
}

/** The hosts a play's `hosts:` pattern selects (`a:b`, `a,b`, `a:&b`, `a:!b`, globs). */
export function matchPattern(pattern: string, inv: Inventory): string[] {
  let selected = new Set<string>();
  const hosts = allHosts(inv);
  const terms = pattern
    .split(/[:,]/)
    .map((t) => t.trim())
    .filter(Boolean);
  const resolve = (term: string): Set<string> => {
    if (term === 'all' || term === '*') return new Set(hosts);
    if (inv.groups.has(term)) return hostsOf(inv, term);
    if (hosts.includes(term)) return new Set([term]);
    if (/[*?[]/.test(term)) {
      const match = picomatch(term);
      const out = new Set(hosts.filter((h) => match(h)));
      for (const g of inv.groups.keys()) if (match(g)) for (const h of hostsOf(inv, g)) out.add(h);
      return out;
    }
    return new Set();
  };
  for (const term of terms.filter((t) => !t.startsWith('&') && !t.startsWith('!')))
    for (const h of resolve(term)) selected.add(h);
  for (const term of terms.filter((t) => t.startsWith('&'))) {
    const keep = resolve(term.slice(1));
    selected = new Set([...selected].filter((h) => keep.has(h)));
  }
  for (const term of terms.filter((t) => t.startsWith('!')))
    for (const h of resolve(term.slice(1))) selected.delete(h);
  return [...selected].sort();
}
