/**
 * Provisioning facts of Ansible task files and playbooks: template/copy, user, group, file,
 * package modules, shell/command, and in-place edits of server configs. Values are read as
 * Ansible reads them (YAML 1.1: `0755` is octal, `yes` is true); `{{ … }}` placeholders are
 * kept as written.
 */
import {
  type Document,
  isMap,
  isScalar,
  isSeq,
  type Node,
  type Pair,
  parseAllDocuments,
  type YAMLMap,
} from 'yaml';
import type { Location, SourceFile } from '../../types.js';
import { type PackageManager, type ProvisionResult, isServerConfigPath, parseOctalMode } from './facts.js';
import { interpretArgv, interpretShell } from './shell-interpreter.js';
import type { Word } from './shell-words.js';
import { LineIndex, type MappedText } from './text.js';

/** Task keywords that are not the module. */
export const TASK_KEYWORDS = new Set([
  'name',
  'when',
  'become',
  'become_user',
  'become_method',
  'become_flags',
  'register',
  'loop',
  'loop_control',
  'notify',
  'tags',
  'vars',
  'args',
  'environment',
  'ignore_errors',
  'ignore_unreachable',
  'changed_when',
  'failed_when',
  'delegate_to',
  'delegate_facts',
  'run_once',
  'until',
  'retries',
  'delay',
  'no_log',
  'check_mode',
  'diff',
  'listen',
  'any_errors_fatal',
  'throttle',
  'timeout',
  'collections',
  'module_defaults',
  'debugger',
  'connection',
  'async',
  'poll',
  'remote_user',
  'local_action',
  'action',
  'block',
  'rescue',
  'always',
]);
const NESTED_TASK_LISTS = new Set([
  'tasks',
  'pre_tasks',
  'post_tasks',
  'handlers',
  'block',
  'rescue',
  'always',
]);
const COLLECTION_PREFIX = /^(?:ansible\.(?:builtin|legacy|posix)|community\.general)\./;
const PACKAGE_MODULES: Record<string, PackageManager> = { apt: 'apt', apk: 'apk', dnf: 'dnf', yum: 'yum' };
const EDIT_MODULES = new Set(['lineinfile', 'replace', 'blockinfile', 'ini_file']);

export interface Param {
  value: unknown;
  /** The value as written in the source, for placeholders and diagnostics. */
  text: string;
  /** Plain, unquoted scalar (where YAML 1.1 reads `755` as a decimal number). */
  plain: boolean;
  mapped?: MappedText;
  node?: Node;
}

export interface TaskContext {
  file: SourceFile;
  index: LineIndex;
  result: ProvisionResult;
  location: Location;
}

export function ansibleFacts(file: SourceFile): ProvisionResult {
  const index = new LineIndex(file.path, file.text);
  const result: ProvisionResult = { facts: [], notes: [] };
  let docs: Document.Parsed[];
  try {
    docs = parseAllDocuments(file.text, { version: '1.1', keepSourceTokens: true }) as Document.Parsed[];
  } catch {
    docs = [];
  }
  for (const doc of Array.isArray(docs) ? docs : []) {
    for (const error of doc.errors.slice(0, 1)) {
      const [start, end] = error.pos;
      result.notes.push({
        level: 'warning',
        code: 'yaml-invalid',
        message: `not valid YAML, facts after this point may be missing: ${error.message.split('\n')[0]}`,
        location: index.location(start, Math.max(end, start + 1)),
      });
    }
    if (isSeq(doc.contents)) walkTaskList(doc.contents.items as Node[], file, index, result);
  }
  return result;
}

function walkTaskList(items: Node[], file: SourceFile, index: LineIndex, result: ProvisionResult): void {
  for (const item of items) {
    if (!isMap(item)) continue;
    let nested = false;
    for (const { key, value } of item.items as Pair<Node, Node>[]) {
      if (isScalar(key) && NESTED_TASK_LISTS.has(String(key.value)) && isSeq(value)) {
        nested = true;
        walkTaskList(value.items as Node[], file, index, result);
      }
    }
    if (!nested && !item.has('hosts') && !item.has('import_playbook')) readTask(item, file, index, result);
  }
}

/** The module of a task: its key (FQCN prefix removed), its parameters and the task's location. */
export interface TaskModule {
  module: string;
  /** The key as written (`ansible.builtin.template`). */
  key: string;
  value: Node | null | undefined;
  params: Map<string, Param>;
  /** From the module key to the end of its value. */
  location: Location;
}

export function taskModule(task: YAMLMap, file: SourceFile, index: LineIndex): TaskModule | undefined {
  const pair = (task.items as Pair<Node, Node>[]).find(
    (p) =>
      isScalar(p.key) && !TASK_KEYWORDS.has(String(p.key.value)) && !String(p.key.value).startsWith('with_'),
  );
  if (!pair || !isScalar(pair.key) || !pair.key.range) return undefined;
  const key = String(pair.key.value);
  // A block value's range runs to the next line: end the location at its last character.
  let end = pair.value?.range?.[1] ?? pair.key.range[1];
  while (end > pair.key.range[1] && /\s/.test(file.text[end - 1])) end--;
  const params = moduleParams(pair.value, file);
  const args = task.get('args', true);
  if (isMap(args)) for (const [k, v] of mapParams(args, file)) if (!params.has(k)) params.set(k, v);
  return {
    module: key.replace(COLLECTION_PREFIX, ''),
    key,
    value: pair.value,
    params,
    location: index.location(pair.key.range[0], end),
  };
}

function readTask(task: YAMLMap, file: SourceFile, index: LineIndex, result: ProvisionResult): void {
  const found = taskModule(task, file, index);
  if (!found) return;
  const ctx: TaskContext = { file, index, result, location: found.location };
  if (found.module === 'shell' || found.module === 'command')
    return shellTask(found.value, found.params, ctx);
  for (const itemParams of expandLoop(task, found.params)) applyModule(found.module, itemParams, ctx);
}

/** The provisioning facts of one module call with these (already rendered) parameters. */
export function applyModule(module: string, params: Map<string, Param>, ctx: TaskContext): void {
  const handler = MODULES[module];
  if (handler) handler(params, ctx);
  else if (module in PACKAGE_MODULES) packagesTask(params, PACKAGE_MODULES[module], ctx);
  else if (EDIT_MODULES.has(module)) editTask(params, module, ctx);
}

const ITEM = /\{\{\s*item(?:\.(\w+)|\[\s*['"](\w+)['"]\s*\])?\s*\}\}/g;

/**
 * One parameter set per item of a literal `loop:`/`with_items:` list, with `{{ item }}` and
 * `{{ item.key }}` substituted; the parameters as written when the list is not literal.
 */
function expandLoop(task: YAMLMap, params: Map<string, Param>): Map<string, Param>[] {
  const loop = task.get('loop', true) ?? task.get('with_items', true) ?? task.get('with_list', true);
  if (!isSeq(loop)) return [params];
  const items: unknown[] = (loop.toJSON() as unknown[]).flat();
  if (items.some((item) => typeof item === 'string' && item.includes('{{'))) return [params];
  return items.map((item) => {
    const substitute = (text: string): string =>
      text.replace(ITEM, (whole, dotKey?: string, bracketKey?: string) => {
        const key = dotKey ?? bracketKey;
        const value = key === undefined ? item : (item as Record<string, unknown> | null)?.[key];
        return value === undefined || value === null || typeof value === 'object' ? whole : String(value);
      });
    const expanded = new Map<string, Param>();
    for (const [name, p] of params) {
      const value =
        typeof p.value === 'string'
          ? substitute(p.value)
          : Array.isArray(p.value)
            ? p.value.map((v) => (typeof v === 'string' ? substitute(v) : v))
            : p.value;
      expanded.set(name, { ...p, value });
    }
    return expanded;
  });
}

/* ------------------------------------------------------------------ parameters */

export function moduleParams(value: Node | null | undefined, file: SourceFile): Map<string, Param> {
  if (isMap(value)) return mapParams(value, file);
  if (isScalar(value) && typeof value.value === 'string') return freeFormParams(scalarParam(value, file));
  return new Map();
}

export function mapParams(map: YAMLMap, file: SourceFile): Map<string, Param> {
  const params = new Map<string, Param>();
  for (const p of map.items as Pair<Node, Node>[]) {
    if (isScalar(p.key) && p.value) params.set(String(p.key.value), nodeParam(p.value, file));
  }
  return params;
}

function nodeParam(node: Node, file: SourceFile): Param {
  if (isScalar(node)) return scalarParam(node, file);
  const text = node.range ? file.text.slice(node.range[0], node.range[1]) : '';
  return { value: node.toJSON(), text, plain: false, node };
}

export function scalarParam(node: Node & { value?: unknown; type?: string }, file: SourceFile): Param {
  const [start, end] = node.range ?? [0, 0];
  const text = file.text.slice(start, end);
  const value = node.value;
  const mapped = typeof value === 'string' ? alignToSource(value, file.text, start, end) : undefined;
  return { value, text, plain: node.type === 'PLAIN', ...(mapped ? { mapped } : {}), node };
}

/**
 * Maps each character of a decoded scalar to the source character it came from, skipping
 * quotes, escapes, block indentation and folded line breaks.
 */
function alignToSource(value: string, source: string, start: number, end: number): MappedText {
  const offsets: number[] = [];
  let j = start;
  for (const ch of value) {
    let k = j;
    while (k < end && source[k] !== ch && !(ch === ' ' && source[k] === '\n')) k++;
    if (k >= end) k = Math.min(j, end - 1);
    for (let u = 0; u < ch.length; u++) offsets.push(k + u);
    j = k + ch.length;
  }
  return { text: value, offsets };
}

/** `src=a.j2 dest=/etc/x mode=0644` (Ansible's key=value form). */
function freeFormParams(param: Param): Map<string, Param> {
  const params = new Map<string, Param>();
  const text = String(param.value);
  for (const m of text.matchAll(/([A-Za-z_]+)=((?:\{\{.*?\}\}|"[^"]*"|'[^']*'|[^\s{]|\{(?!\{))+)/g)) {
    const raw = m[2];
    const unquoted = /^(["']).*\1$/.test(raw) ? raw.slice(1, -1) : raw;
    const at = m.index + m[1].length + 1;
    const offsets = param.mapped?.offsets.slice(at, at + raw.length);
    params.set(m[1], {
      value: unquoted,
      text: raw,
      plain: raw === unquoted,
      ...(offsets ? { mapped: { text: raw, offsets } } : {}),
    });
  }
  return params;
}

function str(p: Param | undefined): string | undefined {
  if (!p || p.value === null || p.value === undefined || typeof p.value === 'object') return undefined;
  return String(p.value);
}

function bool(p: Param | undefined): boolean {
  const v = p?.value;
  return v === true || (typeof v === 'string' && /^(yes|true|on|1)$/i.test(v));
}

function list(p: Param | undefined): string[] {
  if (!p) return [];
  if (Array.isArray(p.value)) return p.value.map(String);
  return (str(p) ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Ansible modes: an octal string, or a YAML number applied as is (`755` unquoted is decimal). */
function mode(p: Param | undefined, ctx: TaskContext): number | string | undefined {
  if (!p) return undefined;
  if (typeof p.value === 'number') {
    if (p.plain && !p.text.startsWith('0')) {
      ctx.result.notes.push({
        level: 'warning',
        code: 'ansible-mode-decimal',
        message: `mode ${p.text} is a decimal number in YAML, so the mode set is 0${p.value.toString(8)}; write '0${p.text}' (quoted, with a leading 0)`,
        location: ctx.location,
      });
    }
    return p.value;
  }
  const text = str(p);
  return text === undefined ? undefined : (parseOctalMode(text) ?? text);
}

function numberParam(p: Param | undefined): number | undefined {
  const text = str(p);
  return text !== undefined && /^[0-9]+$/.test(text) ? Number(text) : undefined;
}

/* ------------------------------------------------------------------ modules */

type ModuleHandler = (params: Map<string, Param>, ctx: TaskContext) => void;

const MODULES: Record<string, ModuleHandler> = {
  template: copyTask,
  copy: copyTask,
  file: fileTask,
  user: userTask,
  group: groupTask,
};

function copyTask(params: Map<string, Param>, ctx: TaskContext): void {
  const dest = str(params.get('dest'));
  if (!dest) return;
  if (params.has('content')) {
    if (isServerConfigPath(dest)) {
      ctx.result.notes.push({
        level: 'notice',
        code: 'config-edited-by-script',
        message: `${dest} is written from inline content here; the analysis does not read that content`,
        location: ctx.location,
      });
    }
    return;
  }
  const src = str(params.get('src'));
  if (!src) return;
  const owner = str(params.get('owner'));
  const group = str(params.get('group'));
  const chown = owner || group ? `${owner ?? ''}${group ? ':' + group : ''}` : undefined;
  ctx.result.facts.push({
    kind: 'copy',
    sources: [src],
    dest,
    sourceBase: bool(params.get('remote_src')) ? 'machine' : 'ansible',
    ...(chown ? { chown } : {}),
    location: ctx.location,
  });
}

function fileTask(params: Map<string, Param>, ctx: TaskContext): void {
  const path = str(params.get('path') ?? params.get('dest') ?? params.get('name'));
  if (!path) return;
  const state = str(params.get('state')) ?? 'file';
  const owner = str(params.get('owner'));
  const group = str(params.get('group'));
  const m = mode(params.get('mode'), ctx);
  const recursive = bool(params.get('recurse'));
  const { facts } = ctx.result;
  if (state === 'absent') {
    if (isServerConfigPath(path))
      facts.push({ kind: 'remove', path, recursive: true, location: ctx.location });
    return;
  }
  if (state === 'link') {
    const target = str(params.get('src'));
    if (target) facts.push({ kind: 'symlink', target, link: path, location: ctx.location });
    return;
  }
  if (state === 'directory') {
    facts.push({
      kind: 'mkdir',
      path,
      ...(typeof m === 'number' ? { mode: m } : {}),
      ...(owner ? { owner } : {}),
      ...(group ? { group } : {}),
      location: ctx.location,
    });
    if (typeof m === 'string')
      facts.push({ kind: 'chmod', path, mode: m, recursive, location: ctx.location });
    if (recursive && (owner || group)) {
      facts.push({
        kind: 'chown',
        path,
        ...(owner ? { owner } : {}),
        ...(group ? { group } : {}),
        recursive,
        location: ctx.location,
      });
    }
    return;
  }
  if (m !== undefined) facts.push({ kind: 'chmod', path, mode: m, recursive, location: ctx.location });
  if (owner || group) {
    facts.push({
      kind: 'chown',
      path,
      ...(owner ? { owner } : {}),
      ...(group ? { group } : {}),
      recursive,
      location: ctx.location,
    });
  }
}

/** `user: name=nginx groups=www-data append=yes` (nothing else) only adds a membership. */
function userTask(params: Map<string, Param>, ctx: TaskContext): void {
  const user = str(params.get('name'));
  if (!user || str(params.get('state')) === 'absent') return;
  const groups = list(params.get('groups'));
  const uid = numberParam(params.get('uid'));
  const primaryGroup = str(params.get('group'));
  const system = bool(params.get('system'));
  const membershipOnly = bool(params.get('append')) && uid === undefined && !primaryGroup && !system;
  if (!membershipOnly) {
    ctx.result.facts.push({
      kind: 'user-add',
      user,
      ...(uid !== undefined ? { uid } : {}),
      ...(primaryGroup ? { primaryGroup } : {}),
      groups,
      system,
      location: ctx.location,
    });
  }
  for (const group of groups)
    ctx.result.facts.push({ kind: 'member-add', user, group, location: ctx.location });
}

function groupTask(params: Map<string, Param>, ctx: TaskContext): void {
  const group = str(params.get('name'));
  if (!group || str(params.get('state')) === 'absent') return;
  const gid = numberParam(params.get('gid'));
  ctx.result.facts.push({
    kind: 'group-add',
    group,
    ...(gid !== undefined ? { gid } : {}),
    location: ctx.location,
  });
}

function packagesTask(params: Map<string, Param>, manager: PackageManager, ctx: TaskContext): void {
  const state = str(params.get('state'));
  if (state === 'absent' || state === 'removed') return;
  const packages = list(params.get('name') ?? params.get('pkg') ?? params.get('package'));
  if (packages.length > 0)
    ctx.result.facts.push({ kind: 'install-packages', manager, packages, location: ctx.location });
}

function editTask(params: Map<string, Param>, module: string, ctx: TaskContext): void {
  const path = str(params.get('path') ?? params.get('dest') ?? params.get('name'));
  if (!path || !isServerConfigPath(path)) return;
  ctx.result.notes.push({
    level: 'notice',
    code: 'config-edited-by-script',
    message: `${path} is edited by ${module} here; the analysis reads the file as it is in the repository and may not see this change`,
    location: ctx.location,
  });
}

/** `shell: cmd`, `command: {cmd: …}` or `command: {argv: […]}`: the command line is read as shell. */
export function shellTask(
  value: Node | null | undefined,
  params: Map<string, Param>,
  ctx: TaskContext,
): void {
  const commandParam = isScalar(value) ? scalarParam(value, ctx.file) : params.get('cmd');
  const facts = ctx.result;
  if (commandParam?.mapped) {
    const source = commandParam.mapped;
    interpretShell(source, { index: ctx.index, ...facts });
    return;
  }
  const argv = params.get('argv')?.node;
  if (!isSeq(argv)) return;
  const items = (argv.items as Node[]).filter(isScalar).map((n) => scalarParam(n, ctx.file));
  if (items.length === 0 || !items.every((p) => p.mapped && p.mapped.offsets.length > 0)) return;
  // One text over the file, so that every argument keeps its own source range.
  const first = items[0].mapped!.offsets[0];
  const source: MappedText = { text: ctx.file.text.slice(first), offsets: [] };
  source.offsets = Array.from({ length: source.text.length }, (_, i) => first + i);
  const words: Word[] = items.map((p) => {
    const offs = p.mapped!.offsets;
    const start = offs[0] - first;
    return {
      value: String(p.value),
      literal: true,
      glob: false,
      start,
      end: offs[offs.length - 1] - first + 1,
    };
  });
  interpretArgv(words, source, { index: ctx.index, ...facts });
}
