/**
 * Fixes for values that come from templates and variables, never from rendered output: a
 * `listen.*` value that is exactly one variable is changed where the definition that applies
 * is written (`defaults/main.yml`, or the `group_vars/…` that overrides it), a value an
 * `ini_file`/`lineinfile` task writes is changed in the task, and anything else is edited in
 * the template itself, whose literal text the rendered file maps back to.
 */
import { renderOf, taskValueAt, type TemplateRender } from '../ansible/index.js';
import { spanIn } from '../ansible/related.js';
import type { Definition } from '../ansible/yaml.js';
import type { TextEdit } from '../findings.js';
import type { FpmSetting } from '../model.js';
import type { Location, SourceFile } from '../types.js';

/** The file whose lines a fix edits: the template of a rendered file, else the file itself. */
export function editableSource(file: SourceFile): SourceFile {
  return renderOf(file)?.template ?? file;
}

/** A rendered file, whose literal template lines may be edited like any other file's. */
export function isRendered(file: SourceFile): boolean {
  return renderOf(file) !== undefined;
}

export interface ValueEdit {
  edit: TextEdit;
  /** Where the change is made, in words: `php_fpm_listen_group in group_vars/legacy.yml:3`. */
  where: string;
}

/**
 * The edit of the variable definition or task value a setting's value comes from, or
 * undefined when the value is template text (edited in the template) or has no single source.
 */
export function valueSourceEdit(
  setting: FpmSetting,
  file: SourceFile | undefined,
  want: string,
): ValueEdit | { reason: string } | undefined {
  const task = taskValueAt(setting.valueLocation);
  if (task) return yamlEdit(task, want, `the ${task.name} of the task at ${task.file}:${task.location.line}`);
  const render = file && renderOf(file);
  if (!render) return undefined;
  const variable = soleVariable(render, setting.valueLocation);
  if (!variable) return undefined;
  // The definition that wins for this machine: with one definition that is the only one; with
  // an override (group_vars over the role's defaults) the override, which only this machine reads.
  const binding = render.scope.get(variable);
  const definition = binding?.definition;
  if (!definition || typeof binding.value !== 'string' || binding.value.includes('{{')) return undefined;
  return yamlEdit(definition, want, `${variable} in ${definition.file}:${definition.location.line}`);
}

/** The variable a value is, when the value is exactly one `{{ name }}` (filters aside, none). */
function soleVariable(render: TemplateRender, at: Location): string | undefined {
  const outputs = render.rendered.outputs.filter((o) => {
    const loc = render.rendered.locate(spanIn(render.rendered.text, o.start, o.end));
    return loc && loc.line === at.line && loc.column >= at.column && loc.endColumn <= at.endColumn;
  });
  if (outputs.length !== 1) return undefined;
  const only = outputs[0];
  const loc = render.rendered.locate(spanIn(render.rendered.text, only.start, only.end))!;
  if (loc.column !== at.column || loc.endColumn !== at.endColumn) return undefined;
  return /^[A-Za-z_]\w*$/.test(only.piece.source) ? only.piece.source : undefined;
}

/** The YAML scalar rewritten with the new value, in its own quoting style. */
function yamlEdit(definition: Definition, want: string, where: string): ValueEdit | { reason: string } {
  const raw = definition.raw;
  if (raw === undefined || raw.startsWith('|') || raw.startsWith('>') || raw.includes('\n'))
    return { reason: `${where} is not a one-line YAML value` };
  if (/^[&!*]/.test(raw)) return { reason: `${where} carries a YAML tag or anchor` };
  const quote = raw.startsWith('"')
    ? '"'
    : raw.startsWith("'")
      ? "'"
      : /^[\w./@+-]+$/.test(want) && !/^(yes|no|true|false|on|off|null|~|\d.*)$/i.test(want)
        ? ''
        : '"';
  const body =
    quote === "'" ? want.replace(/'/g, "''") : quote === '"' ? want.replace(/["\\]/g, '\\$&') : want;
  const loc = definition.location;
  return {
    edit: {
      file: loc.file,
      line: loc.line,
      column: loc.column,
      endLine: loc.line,
      endColumn: loc.column + raw.length,
      newText: quote + body + quote,
    },
    where,
  };
}
