/**
 * Ansible projects as machines: each entry playbook (or role no playbook runs) is run for every
 * host of the inventories in the repository; hosts that end up with the same files and facts
 * are one machine, named after them. Without an inventory the hosts of each `hosts:` pattern
 * are one machine whose group variables come from `group_vars/` of the groups it names.
 */
import type { Fact } from '../parse/provision/facts.js';
import type { Placeholders } from '../templates.js';
import type { ClassifiedFile, Note, SourceFile } from '../types.js';
import { type FileEdit, type Host, HostRunner, type MachineRun, type TemplateRender } from './execute.js';
import { groupsOf, hostsOf, type Inventory, matchPattern } from './inventory.js';
import { readProject } from './project.js';

export { renderOf, taskValueAt, type FileEdit, type TemplateRender } from './execute.js';
export { editText, editedFile } from './edits.js';
export { withDefinitions } from './related.js';

export interface AnsibleMachine {
  /** e.g. `ansible site.yml`, `ansible site.yml [web]`, `ansible site.yml [web1, web2]`. */
  id: string;
  facts: Fact[];
  placed: Map<string, SourceFile>;
  edits: FileEdit[];
  notes: Note[];
  renders: TemplateRender[];
}

export interface AnsibleResult {
  machines: AnsibleMachine[];
  /** Repository files the machines use as templates or copy sources. */
  claimed: Set<string>;
  notes: Note[];
}

/** Above this many hosts in one inventory, hosts are grouped by their groups instead of run one by one. */
const MAX_HOSTS = 200;

export function ansibleMachines(
  files: ClassifiedFile[],
  variables: Record<string, string>,
  placeholders: Placeholders,
): AnsibleResult {
  if (!files.some((f) => f.kind === 'ansible')) return { machines: [], claimed: new Set(), notes: [] };
  // Templates are rendered from the text as written, not the text with placeholder markers.
  const project = readProject(files.map((f) => placeholders.original(f)));
  const machines: AnsibleMachine[] = [];
  const claimed = new Set<string>();
  for (const entry of project.entries) {
    const inventories = project.inventories.filter((inv) => within(inv.dir, entry.dir));
    const runs: { label: string[]; run: MachineRun; hosts: string[]; inventory?: Inventory }[] = [];
    if (inventories.length === 0) {
      // No inventory: one machine per distinct `hosts:` pattern.
      const patterns = [...new Set(entry.plays.map((p) => p.hosts))];
      const all: string[] = patterns.filter((p) => p === 'all' || p === '*');
      const named = patterns.filter((p) => !all.includes(p));
      for (const pattern of named.length > 0 ? named : ['all']) {
        const groups = [
          'all',
          ...pattern
            .split(/[:,]/)
            .map((t) => t.trim())
            .filter((t) => t && !/^[!&]/.test(t) && t !== 'all'),
        ];
        const host: Host = { groups };
        const plays = entry.plays.filter((p) => p.hosts === pattern || all.includes(p.hosts));
        runs.push({
          label: named.length > 1 ? [`hosts: ${pattern}`] : [],
          run: new HostRunner(project, host, variables, placeholders).runEntry(plays),
          hosts: [],
        });
      }
    } else {
      for (const inv of inventories) {
        const hosts = [...new Set(entry.plays.flatMap((p) => matchPattern(p.hosts, inv)))].sort();
        const representatives = hosts.length > MAX_HOSTS ? byGroups(hosts, inv) : hosts.map((h) => [h]);
        for (const group of representatives) {
          const name = group[0];
          const host: Host = { name, groups: groupsOf(inv, name), inventory: inv };
          const plays = entry.plays.filter((p) => matchPattern(p.hosts, inv).includes(name));
          runs.push({
            label: [],
            run: new HostRunner(project, host, variables, placeholders).runEntry(plays),
            hosts: group,
            inventory: inv,
          });
        }
      }
    }
    // Hosts with the same files and facts are one machine.
    const merged = new Map<
      string,
      { run: MachineRun; hosts: string[]; label: string[]; inventory?: Inventory }
    >();
    for (const r of runs) {
      const key = signature(r.run, r.hosts[0]) + '\0' + (r.inventory?.path ?? '') + '\0' + r.label.join();
      const m = merged.get(key);
      if (m) m.hosts.push(...r.hosts);
      else merged.set(key, { run: r.run, hosts: [...r.hosts], label: r.label, inventory: r.inventory });
    }
    const many = merged.size > 1;
    for (const m of merged.values()) {
      for (const c of m.run.claimed) claimed.add(c);
      const who = m.inventory ? hostLabel(m.hosts, m.inventory) : m.label.join(', ');
      const prefix = entry.name === './' ? './' : entry.name;
      machines.push({
        id: `ansible ${prefix}${many || (m.inventory && who) ? ` [${who}${inventories.length > 1 && m.inventory ? ` in ${m.inventory.path}` : ''}]` : ''}`,
        facts: m.run.facts,
        placed: m.run.placed,
        edits: m.run.edits,
        notes: m.run.notes,
        renders: m.run.renders,
      });
    }
  }
  return { machines, claimed, notes: project.notes };
}

function within(inventoryDir: string, entryDir: string): boolean {
  return (
    entryDir === '' ||
    inventoryDir === entryDir ||
    inventoryDir.startsWith(entryDir + '/') ||
    entryDir.startsWith(inventoryDir + '/') ||
    inventoryDir === ''
  );
}

/** The names of a machine's hosts: the groups whose hosts are exactly these, else the hosts. */
function hostLabel(hosts: string[], inv: Inventory): string {
  const set = new Set(hosts);
  for (const g of [...inv.groups.keys()].sort()) {
    if (g === 'all' || g === 'ungrouped') continue;
    const members = hostsOf(inv, g);
    if (members.size === set.size && [...members].every((h) => set.has(h))) return g;
  }
  const sorted = [...set].sort();
  return sorted.length > 5
    ? `${sorted.slice(0, 5).join(', ')}, … (${sorted.length} hosts)`
    : sorted.join(', ');
}

function byGroups(hosts: string[], inv: Inventory): string[][] {
  const out = new Map<string, string[]>();
  for (const h of hosts) {
    const key = groupsOf(inv, h).join(',');
    out.set(key, [...(out.get(key) ?? []), h]);
  }
  return [...out.values()];
}

/**
 * What makes two hosts different machines. A host's own name (`server_name {{
 * inventory_hostname }}`) does not: hosts that differ only there share a machine.
 */
function signature(run: MachineRun, host: string | undefined): string {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const own = host ? new RegExp(`\\b${escape(host)}\\b|\\b${escape(host.split('.')[0])}\\b`, 'g') : undefined;
  const anonymous = (text: string) => (own ? text.replace(own, '\0host') : text);
  const files = [...run.placed].map(([p, f]) => anonymous(`${p}\0${f.path}\0${f.text}`)).sort();
  const facts = run.facts.map((f) => anonymous(JSON.stringify(f)));
  const edits = run.edits.map((e) => anonymous(JSON.stringify([e.path, e.module, e.params])));
  return JSON.stringify([files, facts, edits]);
}
