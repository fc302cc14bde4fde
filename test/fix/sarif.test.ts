/** SARIF carries each fix as `fixes` with `artifactChanges`, and applying them gives the same patch. */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../../src/engine/scan.js';
import { applyEdits, planPatches } from '../../src/engine/fix/index.js';
import { renderSarif } from '../../src/engine/report/sarif.js';
import { FIXTURES } from './helpers.js';

describe('SARIF fixes', () => {
  it.each(['debian-broken-socket', 'trap-world-writable', 'trap-acl-overrides-owner', 'trap-php74-path'])(
    '%s',
    async (name) => {
      const root = path.join(FIXTURES, name);
      const { result } = await analyze({ root });
      const results = renderSarif(result, { toolVersion: '0' }).runs[0].results!;
      const withFix = results.filter((r) => r.fixes);
      expect(withFix.length).toBe(result.findings.filter((f) => f.fix).length);
      const [patch] = await planPatches(result, root, { unsafe: true });
      const change = withFix[0].fixes![0].artifactChanges[0];
      expect(change.artifactLocation.uri).toBe(patch.path);
      const edits = change.replacements.map((r) => ({
        file: patch.path,
        line: r.deletedRegion.startLine!,
        column: r.deletedRegion.startColumn!,
        endLine: r.deletedRegion.endLine!,
        endColumn: r.deletedRegion.endColumn!,
        newText: r.insertedContent?.text ?? '',
      }));
      expect(applyEdits(readFileSync(path.join(root, patch.path), 'utf8'), edits)).toBe(patch.after);
    },
  );
});
