/**
 * The Ansible projects of a repository: playbooks and the plays they run, roles with their
 * defaults and vars, inventories, and the `group_vars/`/`host_vars/` directories beside them.
 */
import path from 'node:path';
import { isMap, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import type { ClassifiedFile, Note } from '../types.js';
import { type Inventory, readInventory } from './inventory.js';
import { type Definition, fileDefinitions, readYaml, type YamlFile } from './yaml.js';

export interface Role {
  name: string;
  /** Repository directory of the role ('' for a role at the root). */
  dir: string;
  defaults: Definition[];
  vars: Definition[];
}

export interface Play {
  file: string;
  yaml: YamlFile;
  node: YAMLMap;
  hosts: string;
}

export interface Project {
  /** Repository files by path. */
  files: Map<string, ClassifiedFile>;
  roles: Map<string, Role>;
  /** Entry plays in order: from playbooks no other playbook imports, then loose task lists and unused roles as plays on `all`. */
  entries: { name: string; dir: string; plays: Play[] }[];
  inventories: Inventory[];
  notes: Note[];
  /** Parsed YAML by path, read once. */
  yaml(path: string): YamlFile | undefined;
}

const YAML_EXT = ['.yml', '.yaml', '.json', ''];

export function readProject(all: ClassifiedFile[]): Project {
  const files = new Map(all.map((f) => [f.path, f]));
  const parsed = new Map<string, YamlFile>();
  const yaml = (p: string) => {
    let y = parsed.get(p);
    if (!y) {
      const file = files.get(p);
      if (!file) return undefined;
      y = readYaml(file);
      parsed.set(p, y);
    }
    return y;
  };
  const notes: Note[] = [];
  const roles = new Map<string, Role>();
  for (const f of all) {
    const m = /^(?:(.*)\/)?tasks\/main\.ya?ml$/.exec(f.path);
    if (!m) continue;
    const dir = m[1] ?? '';
    if (roles.has(dir)) continue;
    roles.set(dir, {
      name: dir === '' ? '' : path.posix.basename(dir),
      dir,
      defaults: varsIn(dir ? `${dir}/defaults` : 'defaults', files, yaml),
      vars: varsIn(dir ? `${dir}/vars` : 'vars', files, yaml),
    });
  }
  const playbooks = all.filter((f) => f.kind === 'ansible' && !isRoleFile(f.path, roles));
  const imported = new Set<string>();
  const plays = new Map<string, Play[]>();
  for (const f of playbooks) {
    const y = yaml(f.path)!;
    notes.push(...y.notes);
    const doc = y.docs[0];
    if (!doc || !isSeq(doc.contents)) continue;
    const list: Play[] = [];
    for (const item of doc.contents.items as Node[]) {
      if (!isMap(item)) continue;
      const imp = item.get('import_playbook') ?? item.get('ansible.builtin.import_playbook');
      if (typeof imp === 'string')
        imported.add(path.posix.normalize(path.posix.join(path.posix.dirname(f.path), imp)));
      if (item.has('hosts'))
        list.push({ file: f.path, yaml: y, node: item, hosts: String(item.get('hosts') ?? 'all') });
    }
    if (list.length > 0 || imp(doc.contents)) plays.set(f.path, list);
  }
  const entries: Project['entries'] = [];
  for (const [file, list] of plays) {
    if (imported.has(file)) continue;
    entries.push({
      name: file,
      dir: path.posix.dirname(file) === '.' ? '' : path.posix.dirname(file),
      plays: expandImports(file, list, plays, new Set()),
    });
  }
  // Task lists nothing includes, and roles no play uses, run as a play on all hosts.
  const used = usedRoles(entries, roles, yaml);
  const included = includedTaskFiles(all, yaml);
  for (const f of playbooks) {
    if (plays.has(f.path) || included.has(f.path)) continue;
    const dir = path.posix.dirname(f.path) === '.' ? '' : path.posix.dirname(f.path);
    entries.push({
      name: f.path,
      dir,
      plays: [
        syntheticPlay(
          f.path,
          `- hosts: all\n  tasks:\n    - import_tasks: ${path.posix.basename(f.path)}\n`,
          files,
        ),
      ],
    });
  }
  for (const role of roles.values()) {
    if (used.has(role.dir)) continue;
    const at = role.dir === '' ? '' : role.dir;
    entries.push({
      name: at === '' ? './' : `${at}/`,
      dir: at,
      plays: [
        syntheticPlay(
          at === '' ? 'tasks/main.yml' : `${at}/tasks/main.yml`,
          `- hosts: all\n  roles:\n    - role: ${JSON.stringify('\0' + role.dir)}\n`,
          files,
        ),
      ],
    });
  }
  const inventories: Inventory[] = [];
  for (const f of all) {
    if (
      f.kind === 'ansible' ||
      /(?:^|\/)(?:roles|group_vars|host_vars|templates|files|tasks|handlers|defaults|vars|meta)\//.test(
        f.path,
      )
    )
      continue;
    const inv = readInventory(f);
    if (inv) inventories.push(inv);
  }
  return { files, roles, entries, inventories, notes, yaml };
}

function imp(list: { items: unknown[] }): boolean {
  return list.items.some((i) => isMap(i) && (i as YAMLMap).has('import_playbook'));
}

function expandImports(file: string, list: Play[], plays: Map<string, Play[]>, seen: Set<string>): Play[] {
  if (seen.has(file)) return [];
  seen.add(file);
  const out: Play[] = [];
  const y = list[0]?.yaml;
  const doc = y?.docs[0];
  if (!doc || !isSeq(doc.contents)) return list;
  for (const item of doc.contents.items as Node[]) {
    if (!isMap(item)) continue;
    const target = item.get('import_playbook') ?? item.get('ansible.builtin.import_playbook');
    if (typeof target === 'string') {
      const p = path.posix.normalize(path.posix.join(path.posix.dirname(file), target));
      out.push(...expandImports(p, plays.get(p) ?? [], plays, seen));
    } else {
      const play = list.find((p) => p.node === item);
      if (play) out.push(play);
    }
  }
  return out;
}

/** A play socklint writes for a role or task list that no playbook runs. */
function syntheticPlay(at: string, text: string, files: Map<string, ClassifiedFile>): Play {
  const base = files.get(at);
  const file = { path: at, absPath: base?.absPath ?? at, text, hadBom: false, crlf: false };
  const y = readYaml(file);
  const doc = y.docs[0];
  const node = (doc.contents as { items: YAMLMap[] }).items[0];
  return { file: at, yaml: y, node, hosts: 'all' };
}

function isRoleFile(p: string, roles: Map<string, Role>): boolean {
  for (const dir of roles.keys()) {
    const prefix = dir === '' ? '' : dir + '/';
    if (
      p.startsWith(prefix) &&
      /^(?:tasks|handlers|defaults|vars|meta|molecule|tests)\//.test(p.slice(prefix.length))
    ) {
      return !/^(?:molecule|tests)\//.test(p.slice(prefix.length));
    }
  }
  return false;
}

/** `defaults/main.yml`, or every file of `defaults/main/` in name order. */
export function varsIn(
  dir: string,
  files: Map<string, ClassifiedFile>,
  yaml: (p: string) => YamlFile | undefined,
): Definition[] {
  for (const ext of YAML_EXT.filter(Boolean)) {
    const y = yaml(`${dir}/main${ext}`);
    if (y) return fileDefinitions(y);
  }
  const inDir = [...files.keys()]
    .filter((p) => p.startsWith(`${dir}/main/`) && /\.(ya?ml|json)$/.test(p))
    .sort();
  return inDir.flatMap((p) => fileDefinitions(yaml(p)!));
}

/** The vars of `group_vars/NAME` (a file, with or without extension, or a directory of files). */
export function namedVars(
  dir: string,
  name: string,
  files: Map<string, ClassifiedFile>,
  yaml: (p: string) => YamlFile | undefined,
): Definition[] {
  const base = dir === '' ? name : `${dir}/${name}`;
  for (const ext of YAML_EXT) {
    if (files.has(base + ext)) return fileDefinitions(yaml(base + ext)!);
  }
  const inDir = [...files.keys()]
    .filter(
      (p) => p.startsWith(base + '/') && !p.slice(base.length + 1).includes('/') && !/\.(j2|md|txt)$/.test(p),
    )
    .sort();
  return inDir.flatMap((p) => fileDefinitions(yaml(p)!));
}

function usedRoles(
  entries: Project['entries'],
  roles: Map<string, Role>,
  yaml: (p: string) => YamlFile | undefined,
): Set<string> {
  const used = new Set<string>();
  const names = new Set<string>();
  for (const e of entries) {
    for (const play of e.plays) {
      const list = play.node.get('roles', true);
      if (isSeq(list)) {
        for (const r of list.items) {
          const name = isScalar(r)
            ? String(r.value)
            : isMap(r)
              ? String(r.get('role') ?? r.get('name') ?? '')
              : '';
          if (name) names.add(name);
        }
      }
    }
  }
  // include_role / import_role and meta dependencies anywhere.
  for (const role of roles.values()) {
    const prefix = role.dir === '' ? '' : role.dir + '/';
    for (const p of ['tasks/main.yml', 'meta/main.yml']) {
      const text = yaml(prefix + p)?.file.text ?? '';
      for (const m of text.matchAll(/(?:name|role):\s*["']?([\w./-]+)/g))
        if (p.startsWith('meta') || /_role/.test(text)) names.add(m[1]);
      for (const m of text.matchAll(/^\s*-\s*["']?([\w.-]+)["']?\s*$/gm))
        if (p.startsWith('meta')) names.add(m[1]);
    }
  }
  for (const role of roles.values()) {
    if (
      names.has(role.name) ||
      [...names].some((n) => n.endsWith('.' + role.name) || n.endsWith('/' + role.name))
    )
      used.add(role.dir);
  }
  return used;
}

function includedTaskFiles(all: ClassifiedFile[], yaml: (p: string) => YamlFile | undefined): Set<string> {
  const out = new Set<string>();
  for (const f of all) {
    if (f.kind !== 'ansible') continue;
    const text = yaml(f.path)?.file.text ?? '';
    for (const m of text.matchAll(
      /(?:include_tasks|import_tasks|include|file):\s*["']?([^\s"'{}]+\.ya?ml)/g,
    )) {
      out.add(path.posix.normalize(path.posix.join(path.posix.dirname(f.path), m[1])));
    }
  }
  return out;
}
