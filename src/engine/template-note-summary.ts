/**
 * Templates that use a filter the renderer does not have (an Ansible collection's own filters)
 * are each read with their placeholders unknown; one note per such template buries the others
 * (a collection has hundreds). They are said once per filter, naming how many and the first.
 * None of them is a warning: what socklint cannot render is its limit, not the repository's fault.
 */
import type { Note } from './types.js';

const MISSING_FILTER = /filter not found: ([\w.]+)/;

export function summariseUnrenderedTemplates(notes: Note[]): Note[] {
  const byFilter = new Map<string, Note[]>();
  for (const n of notes) {
    const filter = n.code === 'template-not-rendered' ? MISSING_FILTER.exec(n.message)?.[1] : undefined;
    if (filter) byFilter.set(filter, [...(byFilter.get(filter) ?? []), n]);
  }
  const out: Note[] = [];
  for (const n of notes) {
    const filter = n.code === 'template-not-rendered' ? MISSING_FILTER.exec(n.message)?.[1] : undefined;
    const group = filter === undefined ? undefined : byFilter.get(filter);
    if (!group || group.length === 1) {
      out.push(n.code === 'template-not-rendered' ? { ...n, level: 'notice' } : n);
      continue;
    }
    if (group[0] !== n) continue;
    const files = new Set(group.map((g) => g.message.split(' ')[0]));
    out.push({
      level: 'notice',
      code: 'template-not-rendered',
      message: `${files.size} templates use the filter ${filter}, which socklint does not have (a filter of the collection or a plugin), so they are read with their placeholders unknown; the first is ${[...files][0]}`,
      ...(n.location ? { location: n.location } : {}),
    });
  }
  return out;
}
