/** The README's reference parts that are copies of the code: they must not drift. */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { RULES } from '../../src/engine/rules/index.js';

const readme = readFileSync('README.md', 'utf8');

describe('README', () => {
  it('embeds the config schema exactly as schema/socklint.schema.json has it', () => {
    const embedded =
      /<summary>The JSON schema \(schema\/socklint\.schema\.json\)<\/summary>\n\n```json\n([\s\S]*?)\n```/.exec(
        readme,
      )?.[1];
    expect(embedded).toBe(readFileSync('schema/socklint.schema.json', 'utf8').trimEnd());
  });

  it('lists every rule with its default level', () => {
    for (const rule of RULES) {
      expect(readme).toContain(`| [${rule.id}](docs/rules/${rule.id}.md) | ${rule.level} |`);
    }
  });
});
