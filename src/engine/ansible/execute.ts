/**
 * Runs a project's plays for one host as Ansible would, without a machine: variables in
 * precedence order, roles, blocks, includes, conditions and loops; `template`/`copy` place
 * rendered files, the editing modules change files, the other modules give provisioning facts.
 * What depends on a value nobody defines is kept and marked unknown, with a note that names it.
 */
import path from 'node:path';
import { isMap, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import type { Fact } from '../parse/provision/facts.js';
import { applyModule, type Param, shellTask, taskModule } from '../parse/provision/ansible.js';
import { hasPlaceholder, literalParts, markersIn, type Placeholders } from '../templates.js';
import type { ClassifiedFile, Location, Note, SourceFile } from '../types.js';
import type { Inventory } from './inventory.js';
import { namedVars, type Play, type Project, varsIn } from './project.js';
import { type Binding, RenderError, Renderer, type RenderedText, type TemplateFile } from './render.js';
import { VarScope } from './scope.js';
import {
  type Definition,
  fileDefinitions,
  locationOf,
  mapDefinitions,
  toValue,
  type YamlFile,
} from './yaml.js';
import type { EditParams } from './edits.js';
import { isMapping, truthy } from './python.js';

export interface Host {
  /** Inventory host name; undefined for the hosts of a pattern when no inventory is in the repository. */
  name?: string;
  /** Groups in the order their variables apply (`all` first). */
  groups: string[];
  inventory?: Inventory;
}

/** A rendered template and what it was rendered with: for related locations and fixes. */
export interface TemplateRender {
  template: SourceFile;
  file: SourceFile;
  rendered: RenderedText;
  scope: VarScope;
}

export interface FileEdit {
  path: string;
  module: string;
  params: EditParams;
  location: Location;
}

export interface MachineRun {
  facts: Fact[];
  /** Deployed path → file, in the order placed. */
  placed: Map<string, SourceFile>;
  edits: FileEdit[];
  notes: Note[];
  /** Repository files used as templates or copy sources. */
  claimed: Set<string>;
  renders: TemplateRender[];
}

interface TaskScope {
  scope: VarScope;
  /** The file whose tasks run, and its role. */
  file: string;
  role?: string;
  play: Play;
  /** Markers of unknown conditions that every task here depends on. */
  uncertain: string[];
  depth: number;
}

const OMIT = '__omit_place_holder__socklint';

/** Rendered files and the render that made them, for fixes that edit the template or a variable. */
const RENDERS = new WeakMap<SourceFile, TemplateRender>();
/** YAML values tasks write into files (`ini_file` values…), by location, for fixes. */
const TASK_VALUES = new Map<string, Definition>();

export function renderOf(file: SourceFile): TemplateRender | undefined {
  return RENDERS.get(file);
}

export function taskValueAt(location: Location): Definition | undefined {
  return TASK_VALUES.get(`${location.file}:${location.line}:${location.column}`);
}
const MAX_DEPTH = 20;
const DIRECTIVE_MODULES = new Set([
  'meta',
  'debug',
  'assert',
  'fail',
  'pause',
  'wait_for',
  'service',
  'systemd',
  'systemd_service',
  'sysvinit',
  'stat',
  'setup',
  'gather_facts',
  'ping',
  'uri',
  'get_url',
  'unarchive',
  'git',
  'cron',
  'mysql_db',
  'mysql_user',
  'ufw',
  'firewalld',
]);

export class HostRunner {
  private readonly run: MachineRun = {
    facts: [],
    placed: new Map(),
    edits: [],
    notes: [],
    claimed: new Set(),
    renders: [],
  };
  /** set_fact, registered results and include_vars last for the whole run. */
  private readonly facts = new Map<string, Binding>();
  private readonly included = new Map<string, Binding>();
  private readonly masked = new Map<string, SourceFile>();

  constructor(
    private readonly project: Project,
    private readonly host: Host,
    private readonly extraVars: Record<string, string>,
    private readonly placeholders: Placeholders,
  ) {}

  runEntry(plays: Play[]): MachineRun {
    for (const play of plays) this.runPlay(play);
    return this.run;
  }

  /* ---------------------------------------------------------------- scopes */

  private hostScope(play: Play): VarScope {
    const dir = dirOf(play.file);
    const scope = new VarScope((name) => this.magic(name, play));
    const inv = this.host.inventory;
    const { files, yaml } = this.project;
    const groups = this.host.groups;
    if (inv) for (const g of groups) scope.add('inventory group vars', inv.groups.get(g)?.vars ?? []);
    const dirs = [...new Set([inv?.dir, dir].filter((d): d is string => d !== undefined))];
    for (const d of dirs) scope.add('group_vars/all', namedVars(join(d, 'group_vars'), 'all', files, yaml));
    for (const d of dirs)
      for (const g of groups.filter((g) => g !== 'all'))
        scope.add('group_vars', namedVars(join(d, 'group_vars'), g, files, yaml));
    if (inv && this.host.name) {
      scope.add('inventory host vars', inv.hostVars.get(this.host.name) ?? []);
      for (const d of dirs)
        scope.add('host_vars', namedVars(join(d, 'host_vars'), this.host.name, files, yaml));
    }
    scope.addBindings('include_vars', this.included);
    scope.addBindings('set_fact', this.facts);
    scope.addValues('extra vars', this.extraVars);
    return scope;
  }

  /** Variables Ansible itself provides. */
  private magic(name: string, play: Play): Binding | undefined {
    switch (name) {
      case 'inventory_hostname':
      case 'inventory_hostname_short':
        return this.host.name
          ? { value: name.endsWith('short') ? this.host.name.split('.')[0] : this.host.name }
          : {
              value: undefined,
              unknown: `${name}, the name of each host of "${play.hosts}" (no inventory in the repository)`,
            };
      case 'group_names':
        return { value: this.host.groups.filter((g) => g !== 'all' && g !== 'ungrouped') };
      case 'ansible_managed':
        return { value: 'Ansible managed' };
      case 'omit':
        return { value: OMIT };
      case 'playbook_dir':
        return { value: undefined, unknown: 'playbook_dir, the playbook directory on the controller' };
      case 'hostvars':
      case 'groups':
      case 'ansible_facts':
      case 'ansible_play_hosts':
      case 'play_hosts':
        return { value: undefined, unknown: `${name}, known only when the play runs` };
    }
    if (name.startsWith('ansible_'))
      return { value: undefined, unknown: `Ansible fact ${name}, known only on the host` };
    return undefined;
  }

  /* ---------------------------------------------------------------- plays and roles */

  private runPlay(play: Play): void {
    const scope = this.hostScope(play);
    const y = play.yaml;
    const vars = play.node.get('vars', true);
    if (isMap(vars)) scope.add('play vars', mapDefinitions(vars, y));
    const ctx: TaskScope = { scope, file: play.file, play, uncertain: [], depth: 0 };
    const varsFiles = play.node.get('vars_files', true);
    if (isSeq(varsFiles)) {
      for (const item of varsFiles.items as Node[]) {
        const names = isSeq(item) ? (item.items as Node[]) : [item];
        // A list entry is the first of its files that exists.
        for (const n of names) {
          const rendered = this.renderValue(toValue(n, y), ctx);
          const defs =
            typeof rendered === 'string' ? this.varsFile(join(dirOf(play.file), rendered)) : undefined;
          if (defs) {
            scope.add('vars_files', defs);
            break;
          }
          if (n === names[names.length - 1])
            this.note(
              'notice',
              'ansible-vars-file-missing',
              `vars_files ${String(toValue(n, y))} is not in the repository: the variables it defines are unknown`,
              locationOf(n, y),
            );
        }
      }
    }
    for (const key of ['pre_tasks', 'roles', 'tasks', 'post_tasks']) {
      const list = play.node.get(key, true);
      if (!isSeq(list)) continue;
      if (key === 'roles') for (const item of list.items as Node[]) this.playRole(item, ctx);
      else this.runTasks(list.items as Node[], y, ctx);
    }
  }

  private playRole(item: Node, ctx: TaskScope): void {
    const y = ctx.play.yaml;
    let name: string | undefined;
    let params: Definition[] = [];
    let when: Node | undefined;
    if (isScalar(item)) name = String(item.value);
    else if (isMap(item)) {
      name = String(item.get('role') ?? item.get('name') ?? '');
      const keywords = new Set([
        'role',
        'name',
        'when',
        'tags',
        'become',
        'become_user',
        'vars',
        'delegate_to',
        'environment',
      ]);
      params = mapDefinitions(item, y).filter((d) => !keywords.has(d.name));
      const vars = item.get('vars', true);
      if (isMap(vars)) params.push(...mapDefinitions(vars, y));
      when = (item.get('when', true) as Node | undefined) ?? undefined;
    }
    if (!name) return;
    const condition = when ? this.condition(when, y, ctx) : { run: true, uncertain: [] };
    if (!condition.run) return;
    this.runRole(
      name,
      'main',
      params,
      { ...ctx, uncertain: [...ctx.uncertain, ...condition.uncertain] },
      locationOf(item, y),
    );
  }

  private resolveRole(name: string, from: string): string | undefined {
    if (name.startsWith('\0')) return name.slice(1);
    const roles = this.project.roles;
    const base = dirOf(from);
    for (const candidate of [
      join(base, `roles/${name}`),
      join(dirOf(base), `roles/${name}`),
      join(base, name),
      name,
    ]) {
      if (roles.has(path.posix.normalize(candidate))) return path.posix.normalize(candidate);
    }
    const last = name.split(/[./]/).pop()!;
    const byName = [...roles.values()].filter(
      (r) => r.name === name || r.name === last || name.endsWith('.' + r.name),
    );
    if (byName.length === 1) return byName[0].dir;
    // A role repository's tests and molecule playbooks name the role by its Galaxy name.
    if (roles.has('') && (from.startsWith('tests/') || from.startsWith('molecule/'))) return '';
    return undefined;
  }

  private runRole(name: string, tasksFrom: string, params: Definition[], ctx: TaskScope, at: Location): void {
    const dir = this.resolveRole(name, ctx.file);
    if (dir === undefined) {
      this.note(
        'notice',
        'ansible-role-missing',
        `role ${name} is not in the repository: what it installs is not checked`,
        at,
      );
      return;
    }
    if (ctx.depth > MAX_DEPTH) return;
    const role = this.project.roles.get(dir)!;
    const scope = ctx.scope.child();
    scope.add('role defaults', role.defaults);
    scope.add('role vars', role.vars);
    scope.add('role params', params);
    scope.addValues('role params', { role_path: dir === '' ? '.' : dir, role_name: role.name });
    const roleCtx: TaskScope = { ...ctx, scope, role: dir, depth: ctx.depth + 1 };
    // meta/main.yml dependencies run first.
    const meta = this.project.yaml(join(dir, 'meta/main.yml'));
    const deps = meta?.docs[0]?.contents;
    if (meta && isMap(deps)) {
      const list = deps.get('dependencies', true);
      if (isSeq(list))
        for (const d of list.items as Node[])
          this.playRole(d, {
            ...roleCtx,
            play: { ...ctx.play, yaml: meta },
            file: join(dir, 'meta/main.yml'),
          });
    }
    const tasks = this.taskFile(join(dir, `tasks/${tasksFrom}`));
    if (tasks) this.runTaskFile(tasks, roleCtx);
    // Role defaults and vars stay visible to the rest of the play (roles are not private).
    ctx.scope.add('role defaults', role.defaults);
    ctx.scope.add('role vars', role.vars);
  }

  private taskFile(base: string): string | undefined {
    for (const ext of ['', '.yml', '.yaml']) if (this.project.files.has(base + ext)) return base + ext;
    return undefined;
  }

  private varsFile(file: string): Definition[] | undefined {
    const y = this.project.yaml(path.posix.normalize(file));
    return y ? fileDefinitions(y) : undefined;
  }

  /* ---------------------------------------------------------------- tasks */

  private runTaskFile(file: string, ctx: TaskScope): void {
    const y = this.project.yaml(file);
    if (!y) return;
    this.run.notes.push(...y.notes);
    const doc = y.docs[0];
    if (doc && isSeq(doc.contents)) this.runTasks(doc.contents.items as Node[], y, { ...ctx, file });
  }

  private runTasks(items: Node[], y: YamlFile, ctx: TaskScope): void {
    for (const item of items) if (isMap(item)) this.runTask(item, y, ctx);
  }

  private runTask(task: YAMLMap, y: YamlFile, ctx: TaskScope): void {
    const scope = ctx.scope.child();
    const vars = task.get('vars', true);
    if (isMap(vars)) scope.add(task.has('block') ? 'block vars' : 'task vars', mapDefinitions(vars, y));
    const taskCtx: TaskScope = { ...ctx, scope };
    if (task.has('block')) {
      const when = task.get('when', true) as Node | undefined;
      const condition = when ? this.condition(when, y, taskCtx) : { run: true, uncertain: [] };
      if (!condition.run) return;
      const inner = { ...taskCtx, uncertain: [...ctx.uncertain, ...condition.uncertain] };
      for (const key of ['block', 'always']) {
        const list = task.get(key, true);
        if (isSeq(list)) this.runTasks(list.items as Node[], y, inner);
      }
      return;
    }
    const found = taskModule(task, y.file, y.index);
    if (!found) return;
    for (const item of this.loopItems(task, y, taskCtx)) {
      const itemCtx = item.vars
        ? {
            ...taskCtx,
            scope: taskCtx.scope.child().addValues('include params', item.vars),
            uncertain: [...taskCtx.uncertain, ...item.uncertain],
          }
        : taskCtx;
      const when = task.get('when', true) as Node | undefined;
      const condition = when ? this.condition(when, y, itemCtx) : { run: true, uncertain: [] };
      if (!condition.run) continue;
      const runCtx = { ...itemCtx, uncertain: [...itemCtx.uncertain, ...condition.uncertain] };
      this.module(found.module, found.params, found.value, found.location, task, y, runCtx);
    }
    const register = task.get('register');
    if (typeof register === 'string') {
      this.facts.set(register, {
        value: undefined,
        unknown: `${register}, the result of the task at ${y.file.path}:${found.location.line}, known only when the play runs`,
      });
    }
  }

  /** The items of `loop`/`with_*`: one run with no item when there is no loop. */
  private loopItems(
    task: YAMLMap,
    y: YamlFile,
    ctx: TaskScope,
  ): { vars?: Record<string, unknown>; uncertain: string[] }[] {
    const key = (task.items as { key: unknown }[])
      .map((p) => (isScalar(p.key) ? String(p.key.value) : ''))
      .find((k) => k === 'loop' || k.startsWith('with_'));
    if (!key) return [{ uncertain: [] }];
    const node = task.get(key, true) as Node;
    const control = task.get('loop_control', true);
    const loopVar = isMap(control) ? String(control.get('loop_var') ?? 'item') : 'item';
    let value = this.renderValue(toValue(node, y), ctx, true);
    const unknown = this.unknownIn(value);
    if (unknown.length > 0) {
      this.note(
        'notice',
        'ansible-loop-unknown',
        `the items of this ${key} depend on ${this.describe(unknown)}: each file it writes is undecided`,
        locationOf(node, y),
      );
      return [{ vars: { [loopVar]: unknown.join('') }, uncertain: unknown }];
    }
    if (key === 'with_dict')
      value = isMapping(value) ? Object.entries(value).map(([k, v]) => ({ key: k, value: v })) : [];
    else if (key === 'with_items') value = Array.isArray(value) ? value.flat(1) : [value];
    else if (
      key === 'with_fileglob' ||
      key === 'with_first_found' ||
      key === 'with_lines' ||
      key === 'with_sequence'
    ) {
      this.note(
        'notice',
        'ansible-loop-unknown',
        `${key} items are computed when the play runs: each file this task writes is undecided`,
        locationOf(node, y),
      );
      return [];
    }
    const list = Array.isArray(value) ? value : value === null || value === undefined ? [] : [value];
    return list.map((v, i) => ({
      vars: {
        [loopVar]: v,
        ...(isMap(control) && control.get('index_var') ? { [String(control.get('index_var'))]: i } : {}),
      },
      uncertain: [],
    }));
  }

  /** `when:` (a string or a list, all true): run, skip, or unknown (run, with the markers). */
  private condition(node: Node, y: YamlFile, ctx: TaskScope): { run: boolean; uncertain: string[] } {
    const parts = isSeq(node) ? (node.items as Node[]).map((n) => toValue(n, y)) : [toValue(node, y)];
    const uncertain: string[] = [];
    for (const part of parts) {
      if (typeof part === 'boolean') {
        if (!part) return { run: false, uncertain: [] };
        continue;
      }
      const expression = String(part).replace(/^\s*\{\{([\s\S]*)\}\}\s*$/, '$1');
      let result: { value: unknown; unknown: string[] };
      try {
        result = this.renderer(ctx.scope).evaluate(expression);
      } catch (error) {
        result = {
          value: undefined,
          unknown: [
            this.placeholders.marker(
              `when: ${expression}`,
              `the condition "${expression}", which socklint cannot evaluate (${(error as Error).message})`,
            ),
          ],
        };
      }
      if (result.unknown.length === 0) {
        if (!truthy(result.value)) return { run: false, uncertain: [] };
        continue;
      }
      const marker = this.placeholders.marker(
        `when: ${expression}`,
        `the condition "when: ${expression}" at ${y.file.path}:${locationOf(node, y).line}, which depends on ${this.describe(result.unknown)}`,
      );
      uncertain.push(marker);
      this.note(
        'notice',
        'ansible-condition-unknown',
        `this runs only if ${expression}, which depends on ${this.describe(result.unknown)}: what it writes is undecided`,
        locationOf(node, y),
      );
    }
    return { run: true, uncertain };
  }

  private module(
    module: string,
    raw: Map<string, Param>,
    value: Node | null | undefined,
    location: Location,
    task: YAMLMap,
    y: YamlFile,
    ctx: TaskScope,
  ): void {
    if (module === 'shell' || module === 'command' || module === 'raw') {
      if (ctx.uncertain.length > 0) return;
      const file = this.maskedFile(y.file);
      shellTask(value, raw, {
        file,
        index: y.index,
        result: { facts: this.run.facts, notes: this.run.notes },
        location,
      });
      return;
    }
    if (DIRECTIVE_MODULES.has(module)) return;
    const params = new Map<string, Param>();
    const rendered: Record<string, unknown> = {};
    for (const [k, p] of raw) {
      const v = this.renderValue(p.value, ctx);
      if (v === OMIT) continue;
      rendered[k] = v;
      params.set(k, { ...p, value: v });
    }
    const freeForm =
      isScalar(value) && typeof value.value === 'string' ? String(value.value).trim() : undefined;
    switch (module) {
      case 'template':
        return this.template(rendered, params, location, y, ctx);
      case 'copy':
        return this.copy(rendered, params, location, y, ctx);
      case 'include_tasks':
      case 'import_tasks':
      case 'include':
        return this.include(String(rendered.file ?? freeForm ?? ''), task, y, ctx, location);
      case 'include_role':
      case 'import_role': {
        const vars = task.get('vars', true);
        const params = isMap(vars) ? mapDefinitions(vars, y) : [];
        return this.runRole(
          String(rendered.name ?? ''),
          String(rendered.tasks_from ?? 'main'),
          params,
          ctx,
          location,
        );
      }
      case 'set_fact':
        for (const [k, v] of Object.entries(rendered))
          if (k !== 'cacheable') this.facts.set(k, { value: v, definition: definitionOf(raw.get(k), k, y) });
        return;
      case 'include_vars':
        return this.includeVars(rendered, freeForm, y, ctx, location);
      case 'ini_file':
      case 'lineinfile':
      case 'blockinfile':
      case 'replace':
        return this.edit(module, rendered, raw, location, y, ctx);
    }
    if (ctx.uncertain.length > 0) return;
    // Packages named by an unknown value are left out; the others are installed.
    for (const key of ['name', 'pkg']) {
      const p = params.get(key);
      if (/^(apt|yum|dnf|apk|package)$/.test(module) && p && Array.isArray(p.value))
        params.set(key, { ...p, value: p.value.filter((v) => !hasPlaceholder(JSON.stringify(v))) });
    }
    if (/^(apt|yum|dnf|apk|package)$/.test(module))
      rendered.name = params.get('name')?.value ?? params.get('pkg')?.value;
    // Accounts, groups, directories, links, packages: names that depend on unknown values give no fact.
    const named = ['name', 'path', 'dest', 'src', 'groups', 'group', 'owner'].some((k) =>
      hasPlaceholder(JSON.stringify(rendered[k] ?? '')),
    );
    if (named) return;
    if (module === 'file' && str(rendered.state) === 'absent') {
      const target = normalize(String(rendered.path ?? rendered.dest ?? rendered.name ?? ''));
      for (const p of [...this.run.placed.keys()])
        if (p === target || p.startsWith(target + '/')) this.run.placed.delete(p);
    }
    applyModule(module, params, {
      file: y.file,
      index: y.index,
      result: { facts: this.run.facts, notes: this.run.notes },
      location,
    });
  }

  /* ---------------------------------------------------------------- modules that place or edit files */

  private template(
    p: Record<string, unknown>,
    params: Map<string, Param>,
    location: Location,
    y: YamlFile,
    ctx: TaskScope,
  ): void {
    const src = str(p.src);
    const dest = str(p.dest);
    if (!src || !dest) return;
    const source = this.findSource(src, 'templates', ctx);
    if (!source) {
      this.note(
        'notice',
        'ansible-source-missing',
        `template ${src} is not in the repository: what it writes to ${this.placeholders.restore(dest)} is not checked`,
        paramLocation(params.get('src'), y) ?? location,
      );
      return;
    }
    const target = this.destination(dest, src, params, location, y, source);
    if (!target) return;
    const extra = {
      template_path: source.path,
      template_fullpath: source.path,
      template_destpath: target,
      template_host: 'controller',
      template_uid: 'root',
    };
    const trim =
      p.trim_blocks === undefined
        ? true
        : truthy(p.trim_blocks) && !/^(no|false)$/i.test(str(p.trim_blocks) ?? '');
    const lstrip = p.lstrip_blocks !== undefined && /^(yes|true|1)$/i.test(String(p.lstrip_blocks));
    let rendered: RenderedText;
    try {
      rendered = new Renderer(
        ctx.scope,
        this.placeholders,
        (name, from) => this.includeTemplate(name, from, ctx),
        { trimBlocks: trim, lstripBlocks: lstrip },
      ).render(source, extra, ctx.uncertain.join('') || undefined);
    } catch (error) {
      if (!(error instanceof RenderError)) throw error;
      this.note(
        'warning',
        'template-not-rendered',
        `${source.path} cannot be rendered (${error.message}); it is read with its placeholders unknown`,
        location,
      );
      this.run.placed.set(target, this.placeholders.apply(source));
      this.run.claimed.add(source.path);
      return;
    }
    const file: SourceFile = {
      ...source,
      text: rendered.text,
      derived: {
        description: `rendered from ${source.path} by the template task at ${location.file}:${location.line}`,
        locate: rendered.locate,
      },
    };
    this.run.placed.set(target, file);
    this.run.claimed.add(source.path);
    const render = { template: source, file, rendered, scope: ctx.scope };
    this.run.renders.push(render);
    RENDERS.set(file, render);
    // Variables the repository leaves undefined and whose value the output depends on.
    const unknown = new Set([...markersIn(rendered.text), ...rendered.uncertain.flatMap((u) => u.what)]);
    const undefinedVars = [...rendered.used]
      .filter(([name, b]) => !b && [...unknown].some((m) => this.placeholders.restore(m) === `{{ ${name} }}`))
      .map(([n]) => n);
    if (undefinedVars.length > 0) {
      const them = undefinedVars.length === 1 ? 'it' : 'them';
      this.note(
        'notice',
        'template-variable-undefined',
        `${source.path} uses ${undefinedVars.map((n) => `{{ ${n} }}`).join(', ')}, which nothing in the repository defines: what depends on ${them} is undecided (define ${them} in the role's defaults/, in group_vars/, or under variables: in .socklint.yml)`,
        location,
      );
    }
  }

  private copy(
    p: Record<string, unknown>,
    params: Map<string, Param>,
    location: Location,
    y: YamlFile,
    ctx: TaskScope,
  ): void {
    const dest = str(p.dest);
    if (!dest) return;
    if (p.content !== undefined) {
      const content = params.get('content');
      const raw = content?.mapped;
      const text = typeof content?.value === 'string' ? content.value : String(p.content);
      const target = this.destination(dest, undefined, params, location, y, undefined);
      if (!target) return;
      const template: TemplateFile = raw
        ? { path: y.file.path, text: String(raw.text), within: { text: y.file.text, offsets: raw.offsets } }
        : { path: y.file.path, text };
      try {
        const rendered = this.renderer(ctx.scope).render(template, {}, ctx.uncertain.join('') || undefined);
        const file: SourceFile = {
          path: y.file.path,
          absPath: y.file.absPath,
          text: rendered.text,
          hadBom: false,
          crlf: false,
          derived: {
            description: `written by the copy task at ${location.file}:${location.line}`,
            locate: rendered.locate,
          },
        };
        this.run.placed.set(target, file);
      } catch {
        this.note(
          'notice',
          'config-edited-by-script',
          `${this.placeholders.restore(dest)} is written from content socklint cannot render`,
          location,
        );
      }
      return;
    }
    const src = str(p.src);
    if (!src) return;
    if (truthy(p.remote_src) && /^(yes|true|1|True)$/i.test(String(p.remote_src))) {
      const from = this.run.placed.get(normalize(src));
      const target = this.destination(dest, src, params, location, y, undefined);
      if (from && target) this.run.placed.set(target, from);
      return;
    }
    const source = this.findSource(src, 'files', ctx);
    const dir = source ? undefined : this.findSourceDir(src, ctx);
    if (!source && !dir) {
      this.note(
        'notice',
        'ansible-source-missing',
        `copy source ${src} is not in the repository: what it writes to ${this.placeholders.restore(dest)} is not checked`,
        paramLocation(params.get('src'), y) ?? location,
      );
      return;
    }
    if (source) {
      const target = this.destination(dest, src, params, location, y, source);
      if (target) {
        this.run.placed.set(target, source);
        this.run.claimed.add(source.path);
      }
      return;
    }
    // A directory: its contents (or itself, without a trailing /) under dest.
    const base = src.endsWith('/') ? dir! : dirOf(dir!);
    for (const f of this.project.files.values()) {
      if (!f.path.startsWith(dir! + '/')) continue;
      const target = normalize(path.posix.join(dest, f.path.slice(base === '' ? 0 : base.length + 1)));
      this.run.placed.set(target, f);
      this.run.claimed.add(f.path);
    }
  }

  /** The deployed path of a `dest:`; undefined (with a note) when it depends on an unknown directory. */
  private destination(
    dest: string,
    src: string | undefined,
    params: Map<string, Param>,
    location: Location,
    y: YamlFile,
    source: SourceFile | undefined,
  ): string | undefined {
    let target = dest.endsWith('/') && src ? dest + path.posix.basename(src) : dest;
    target = normalize(target);
    const dir = dirOf(target);
    if (hasPlaceholder(dir) || !target.startsWith('/')) {
      const what = this.placeholders.unresolvedIn(target);
      const raw = params.get('dest');
      this.note(
        'notice',
        'ansible-dest-unknown',
        `${source?.path ?? 'this file'} is not placed: its dest ${raw?.text ?? dest} depends on ${what.join(', ') || 'a relative path'}; define ${what.length === 1 ? 'it' : 'them'} in the role's defaults/, in group_vars/, or under variables: in .socklint.yml`,
        paramLocation(raw, y) ?? location,
      );
      // The note says why it is not checked; read elsewhere, it would be judged on a guessed machine.
      if (source) this.run.claimed.add(source.path);
      return undefined;
    }
    return target;
  }

  private edit(
    module: string,
    p: Record<string, unknown>,
    raw: Map<string, Param>,
    location: Location,
    y: YamlFile,
    ctx: TaskScope,
  ): void {
    const target = str(p.path ?? p.dest ?? p.name);
    if (!target) return;
    if (hasPlaceholder(target)) {
      this.note(
        'notice',
        'ansible-dest-unknown',
        `this ${module} edits ${raw.get('path')?.text ?? target}, whose path depends on ${this.placeholders.unresolvedIn(target).join(', ')}: the edit is not applied`,
        location,
      );
      return;
    }
    const params = { ...p };
    // Under an unknown condition the written value is unknown too.
    const marker = ctx.uncertain.join('');
    if (marker)
      for (const k of ['value', 'line', 'block', 'replace'])
        if (typeof params[k] === 'string') params[k] = String(params[k]) + marker;
    const valueKey = ['value', 'line', 'block', 'replace'].find((k) => raw.has(k));
    const value = valueKey ? definitionOf(raw.get(valueKey), valueKey, y) : undefined;
    if (value)
      TASK_VALUES.set(`${value.location.file}:${value.location.line}:${value.location.column}`, value);
    this.run.edits.push({
      path: normalize(target),
      module,
      params,
      location: paramLocation(valueKey ? raw.get(valueKey) : undefined, y) ?? location,
    });
  }

  private include(file: string, task: YAMLMap, y: YamlFile, ctx: TaskScope, location: Location): void {
    if (!file || hasPlaceholder(file)) {
      this.note(
        'notice',
        'ansible-include-unknown',
        `the tasks file ${file || '(none)'} depends on ${this.placeholders.unresolvedIn(file).join(', ') || 'nothing socklint reads'}: its tasks are not read`,
        location,
      );
      return;
    }
    if (ctx.depth > MAX_DEPTH) return;
    const candidates = [
      join(dirOf(ctx.file), file),
      ...(ctx.role !== undefined ? [join(ctx.role, `tasks/${file}`)] : []),
      join(dirOf(ctx.play.file), file),
    ];
    const found = candidates.map((c) => path.posix.normalize(c)).find((c) => this.project.files.has(c));
    if (!found) {
      this.note('notice', 'ansible-include-missing', `tasks file ${file} is not in the repository`, location);
      return;
    }
    this.runTaskFile(found, { ...ctx, depth: ctx.depth + 1 });
  }

  /**
   * The project's files a path with unknown parts can be (`vars/{{ os_family }}.yml` →
   * vars/Debian.yml…), from the first place Ansible looks that has any.
   */
  private filesMatching(candidates: string[]): string[] {
    for (const c of candidates) {
      const literal = path.posix
        .normalize(c)
        .split(/\{\{.*?\}\}/)
        .flatMap(literalParts);
      const re = new RegExp(
        '^' + literal.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[^/]+') + '$',
      );
      const found = [...this.project.files.keys()].filter((f) => re.test(f)).sort();
      if (found.length > 0) return found;
    }
    return [];
  }

  private includeVars(
    p: Record<string, unknown>,
    freeForm: string | undefined,
    y: YamlFile,
    ctx: TaskScope,
    location: Location,
  ): void {
    const name = str(p.file ?? freeForm ?? '');
    const dir = str(p.dir);
    const candidates: string[] = [];
    if (name) {
      candidates.push(
        ...(ctx.role !== undefined ? [join(ctx.role, `vars/${name}`)] : []),
        join(dirOf(ctx.file), name),
        join(dirOf(ctx.play.file), name),
        join(dirOf(ctx.play.file), `vars/${name}`),
      );
    }
    let defs: Definition[];
    const found = candidates.map((c) => path.posix.normalize(c)).find((c) => this.project.files.has(c));
    if (found) defs = fileDefinitions(this.project.yaml(found)!);
    else if (dir) {
      const base = path.posix.normalize(
        ctx.role !== undefined ? join(ctx.role, `vars/${dir}`) : join(dirOf(ctx.file), dir),
      );
      defs = varsIn(base, this.project.files, this.project.yaml);
    } else {
      const named = name ?? '';
      const shown = this.placeholders.restore(named);
      // A name that is all placeholder (`{{ item }}`) can be any file.
      const literal = literalParts(named.replace(/\{\{.*?\}\}/g, '')).join('');
      const templated = (hasPlaceholder(named) || /\{\{.*?\}\}/.test(named)) && /[^\s/.]/.test(literal);
      const choices = templated ? this.filesMatching(candidates) : [];
      this.note(
        'notice',
        'ansible-vars-file-missing',
        choices.length > 0
          ? `include_vars ${shown} reads one of ${choices.join(', ')}, chosen by ${[...this.placeholders.unresolvedIn(named), ...(named.match(/\{\{.*?\}\}/g) ?? [])].join(', ')}: which one is not known, so the variables it defines are unknown (set the value under variables: in .socklint.yml)`
          : hasPlaceholder(named) || /\{\{.*?\}\}/.test(named)
            ? `include_vars ${shown} names its file with values socklint does not know: which file it reads, and the variables it defines, are unknown`
            : `include_vars ${shown} is not in the repository: the variables it defines are unknown`,
        location,
      );
      return;
    }
    const namespace = str(p.name);
    if (namespace)
      this.included.set(namespace, { value: Object.fromEntries(defs.map((d) => [d.name, d.value])) });
    else for (const d of defs) this.included.set(d.name, { value: d.value, definition: d });
  }

  /** A template or file source: the role's templates/ (or files/), the role, the task file's directory, the playbook's. */
  private findSource(src: string, kind: 'templates' | 'files', ctx: TaskScope): ClassifiedFile | undefined {
    if (src.startsWith('/')) return undefined;
    const dirs = [
      ...(ctx.role !== undefined ? [join(ctx.role, kind), ctx.role] : []),
      dirOf(ctx.file),
      join(dirOf(ctx.file), kind),
      join(dirOf(ctx.play.file), kind),
      dirOf(ctx.play.file),
    ];
    for (const d of dirs) {
      const f = this.project.files.get(path.posix.normalize(join(d, src)));
      if (f) return f;
    }
    return undefined;
  }

  private findSourceDir(src: string, ctx: TaskScope): string | undefined {
    const dirs = [...(ctx.role !== undefined ? [join(ctx.role, 'files')] : []), dirOf(ctx.play.file)];
    for (const d of dirs) {
      const p = path.posix.normalize(join(d, src.replace(/\/$/, '')));
      if ([...this.project.files.keys()].some((f) => f.startsWith(p + '/'))) return p;
    }
    return undefined;
  }

  private includeTemplate(name: string, from: string, ctx: TaskScope): TemplateFile | undefined {
    const dirs = [
      dirOf(from),
      ...(ctx.role !== undefined ? [join(ctx.role, 'templates')] : []),
      join(dirOf(ctx.play.file), 'templates'),
    ];
    for (const d of dirs) {
      const f = this.project.files.get(path.posix.normalize(join(d, name)));
      if (f) {
        this.run.claimed.add(f.path);
        return f;
      }
    }
    return undefined;
  }

  /* ---------------------------------------------------------------- values */

  private renderer(scope: VarScope): Renderer {
    return new Renderer(scope, this.placeholders, () => undefined);
  }

  /** Templates every string of a task parameter or a variable with the task's scope. */
  private renderValue(value: unknown, ctx: TaskScope, native = false): unknown {
    const renderer = this.renderer(ctx.scope);
    const visit = (v: unknown): unknown => {
      if (typeof v === 'string') {
        if (!v.includes('{{') && !v.includes('{%')) return v;
        const whole = /^\s*\{\{([\s\S]*?)\}\}\s*$/.exec(v);
        try {
          if (whole && (native || !whole[1].includes('}}'))) {
            const { value } = renderer.evaluate(whole[1]);
            if (native || Array.isArray(value) || isMapping(value)) return value;
          }
          return renderer.renderString(v);
        } catch (error) {
          return this.placeholders.marker(
            v,
            `"${v}", which socklint cannot render (${(error as Error).message})`,
          );
        }
      }
      if (Array.isArray(v)) return v.map(visit);
      if (isMapping(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, visit(x)]));
      return v;
    };
    return visit(value);
  }

  private unknownIn(value: unknown): string[] {
    return markersIn(JSON.stringify(value) ?? '');
  }

  private describe(markers: string[]): string {
    return [...new Set(markers.flatMap((m) => this.placeholders.unresolvedIn(m)))].join(', ');
  }

  /** The task file with `{{ }}` replaced by same-length markers, for the shell reader. */
  private maskedFile(file: SourceFile): SourceFile {
    let m = this.masked.get(file.path);
    if (!m) {
      m = this.placeholders.apply(file);
      this.masked.set(file.path, m);
    }
    return m;
  }

  private note(level: Note['level'], code: string, message: string, location?: Location): void {
    this.run.notes.push({
      level,
      code,
      message: this.placeholders.restore(message),
      ...(location ? { location } : {}),
    });
  }
}

function str(v: unknown): string | undefined {
  return v === undefined || v === null || typeof v === 'object' ? undefined : String(v);
}

function dirOf(p: string): string {
  const d = path.posix.dirname(p);
  return d === '.' ? '' : d;
}

function join(dir: string, p: string): string {
  return dir === '' ? p : `${dir}/${p}`;
}

function normalize(p: string): string {
  return path.posix
    .normalize(p)
    .replace(/^\/var\/run\//, '/run/')
    .replace(/\/$/, '');
}

function paramLocation(p: Param | undefined, y: YamlFile): Location | undefined {
  return p?.node ? locationOf(p.node, y) : undefined;
}

function definitionOf(p: Param | undefined, name: string, y: YamlFile): Definition | undefined {
  if (!p?.node) return undefined;
  const range = p.node.range;
  const raw = isScalar(p.node) && range ? y.file.text.slice(range[0], range[1]).trimEnd() : undefined;
  return {
    name,
    value: p.value,
    location: locationOf(p.node, y),
    file: y.file.path,
    node: p.node,
    ...(raw !== undefined ? { raw } : {}),
  };
}
