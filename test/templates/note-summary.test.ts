/** Templates socklint cannot render: said once per missing filter, never as warnings. */
import { describe, expect, it } from '@jest/globals';
import { summariseUnrenderedTemplates } from '../../src/engine/template-note-summary.js';
import type { Note } from '../../src/engine/types.js';

const at = (line: number) => ({ file: 'site.yml', line, column: 1, endLine: line, endColumn: 9 });
const unrendered = (file: string, error: string): Note => ({
  level: 'warning',
  code: 'template-not-rendered',
  message: `${file} cannot be rendered ((${file}) [Line 2, Column 28]: ${error}); it is read with its placeholders unknown`,
  location: at(file.length),
});

describe('summariseUnrenderedTemplates', () => {
  it('says once per filter how many templates use it, and keeps the other notes', () => {
    const other: Note = { level: 'notice', code: 'include-not-in-repo', message: 'x' };
    const notes = [
      unrendered('roles/a/templates/a.j2', 'Error: filter not found: acme.tools.parse_kv'),
      other,
      unrendered('roles/b/templates/b.j2', 'Error: filter not found: acme.tools.parse_kv'),
      unrendered('roles/c/templates/c.j2', 'Error: filter not found: acme.tools.parse_kv'),
      unrendered('roles/d/templates/d.j2', 'unexpected token: }'),
    ];
    const out = summariseUnrenderedTemplates(notes);
    expect(out.map((n) => [n.level, n.code])).toEqual([
      ['notice', 'template-not-rendered'],
      ['notice', 'include-not-in-repo'],
      ['notice', 'template-not-rendered'],
    ]);
    expect(out[0].message).toBe(
      '3 templates use the filter acme.tools.parse_kv, which socklint does not have (a filter of the collection or a plugin), so they are read with their placeholders unknown; the first is roles/a/templates/a.j2',
    );
    expect(out[2].message).toContain('roles/d/templates/d.j2 cannot be rendered');
  });
});
