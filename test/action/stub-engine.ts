/**
 * A stand-in engine for the in-process tests of run(): it knows the Debian fixture only, so the
 * action's own behaviour is tested apart from the engine (the end-to-end tests use the real one).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createTwoFilesPatch } from 'diff';
import type { EnginePort } from '../../src/action/engine-port.js';
import type { PatchedFile, ScanResult } from '../../src/engine/index.js';
import { implicitOwnershipFinding, permissionFinding, POOL, result, socket } from './builders.js';

function applyEdits(
  text: string,
  edits: { line: number; column: number; endLine: number; endColumn: number; newText: string }[],
): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const offset = (line: number, column: number): number => (starts[line - 1] ?? text.length) + column - 1;
  let out = text;
  for (const e of [...edits].sort((a, b) => b.line - a.line || b.column - a.column)) {
    out = out.slice(0, offset(e.line, e.column)) + e.newText + out.slice(offset(e.endLine, e.endColumn));
  }
  return out;
}

export const stubEngine: EnginePort = {
  version: '0.0.0-stub',
  async scan({ root }): Promise<ScanResult> {
    const pool = await readFile(path.join(root, POOL), 'utf8');
    if (/^listen\.owner\s*=/m.test(pool)) {
      return result(
        [],
        [
          socket({
            pool: { ...socket().pool!, owner: 'www-data', group: 'www-data' },
            verdict: 'connects',
            reason: 'www-data owns the socket',
          }),
        ],
      );
    }
    return result([permissionFinding(), implicitOwnershipFinding()], [socket()]);
  },
  renderSarif(scan, { toolVersion }) {
    return {
      version: '2.1.0',
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      runs: [
        {
          tool: { driver: { name: 'socklint', version: toolVersion, rules: [] } },
          results: scan.findings.map((f) => ({
            ruleId: f.rule,
            level: f.severity === 'notice' ? 'note' : f.severity,
            message: { text: f.message },
            locations: [
              { physicalLocation: { artifactLocation: { uri: f.file }, region: { startLine: f.line } } },
            ],
            partialFingerprints: { socklint: f.fingerprint },
          })),
        },
      ],
    };
  },
  async planPatches(scan, root): Promise<PatchedFile[]> {
    const byFile = new Map<string, PatchedFile>();
    for (const f of scan.findings) {
      for (const e of f.fix?.edits ?? []) {
        const entry = byFile.get(e.file) ?? {
          path: e.file,
          before: await readFile(path.join(root, e.file), 'utf8'),
          after: '',
        };
        byFile.set(e.file, entry);
      }
    }
    for (const entry of byFile.values()) {
      const edits = scan.findings.flatMap((f) => f.fix?.edits ?? []).filter((e) => e.file === entry.path);
      entry.after = applyEdits(entry.before, edits);
    }
    return [...byFile.values()];
  },
  unifiedDiff(patches) {
    return patches
      .map((p) =>
        createTwoFilesPatch(`a/${p.path}`, `b/${p.path}`, p.before, p.after, '', '', { context: 3 }).replace(
          /^=+\n/m,
          '',
        ),
      )
      .join('');
  },
};
