/**
 * A finding on a rendered line also points at where the values on that line are defined
 * (`roles/php/defaults/main.yml:3`, `group_vars/web.yml:2`): that is where a user changes them.
 */
import type { RelatedLocation } from '../findings.js';
import type { Location } from '../types.js';
import type { TemplateRender } from './execute.js';
import { str } from './python.js';

/** At most this many definitions are listed per finding. */
const MAX_DEFINITIONS = 3;

export function withDefinitions<T extends { location: Location; related: RelatedLocation[] }>(
  finding: T,
  renders: TemplateRender[] | undefined,
): T {
  const at = finding.location;
  const added: RelatedLocation[] = [];
  for (const render of renders ?? []) {
    if (render.template.path !== at.file) continue;
    for (const output of render.rendered.outputs) {
      const loc = render.rendered.locate(spanIn(render.rendered.text, output.start, output.end));
      if (!loc || loc.line > at.endLine || loc.endLine < at.line) continue;
      for (const name of output.variables) {
        const definition = render.scope.get(name)?.definition;
        if (!definition) continue;
        const message = `${name} = ${str(definition.value)} is defined here`;
        const seen = [...finding.related, ...added].some(
          (r) => r.file === definition.location.file && r.line === definition.location.line,
        );
        if (!seen && added.length < MAX_DEFINITIONS) added.push({ ...definition.location, message });
      }
    }
  }
  return added.length === 0 ? finding : { ...finding, related: [...finding.related, ...added] };
}

/** The span of the offsets [start, end) of a text. */
export function spanIn(text: string, start: number, end: number) {
  const pos = (offset: number) => {
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
  };
  const a = pos(start);
  const b = pos(Math.max(end, start));
  return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}
