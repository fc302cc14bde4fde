/**
 * systemd tmpfiles.d lines (`d /run/php 0755 www-data www-data -`): the runtime directories
 * that exist before the services start. Omitted fields (`-`) take the documented defaults
 * of tmpfiles.d(5) for directories: mode 0755, owned by root (systemd-tmpfiles runs as root).
 */
import type { SourceFile } from '../../types.js';
import { type ProvisionResult, parseOctalMode } from './facts.js';
import { LineIndex } from './text.js';

/** Specifiers of system units (tmpfiles.d(5)); others make the path unknown. */
const SPECIFIERS: Record<string, string> = {
  t: '/run',
  S: '/var/lib',
  C: '/var/cache',
  L: '/var/log',
  T: '/tmp',
  V: '/var/tmp',
  '%': '%',
};

interface Field {
  text: string;
  start: number;
  end: number;
}

export function tmpfilesFacts(file: SourceFile): ProvisionResult {
  const index = new LineIndex(file.path, file.text);
  const result: ProvisionResult = { facts: [], notes: [] };
  let lineStart = 0;
  for (const line of file.text.split('\n')) {
    const fields = [...line.matchAll(/"(?:[^"\\]|\\.)*"|\S+/g)].map((m): Field => ({
      text: m[0].replace(/^"(.*)"$/, '$1'),
      start: lineStart + m.index,
      end: lineStart + m.index + m[0].length,
    }));
    lineStart += line.length + 1;
    if (fields.length < 2 || fields[0].text.startsWith('#')) continue;
    const [type, pathField, modeField, userField, groupField, , argField] = fields;
    const kind = type.text.replace(/[!\-=~^+]/g, '');
    const path = expand(pathField.text);
    const location = index.location(type.start, fields[fields.length - 1].end);
    if (path === undefined) continue;
    const given = (f: Field | undefined): string | undefined => (f && f.text !== '-' ? f.text : undefined);
    const mode = given(modeField) ? parseOctalMode(given(modeField)!.replace(/^[~:]+/, '')) : undefined;
    const owner = given(userField);
    const group = given(groupField);
    if (kind === 'd' || kind === 'D' || kind === 'v' || kind === 'q' || kind === 'Q') {
      result.facts.push({
        kind: 'mkdir',
        path,
        mode: mode ?? 0o755,
        owner: owner ?? 'root',
        group: group ?? 'root',
        location,
      });
    } else if (kind === 'L') {
      const target = given(argField);
      if (target !== undefined) result.facts.push({ kind: 'symlink', target, link: path, location });
    } else if (kind === 'z' || kind === 'Z' || kind === 'e') {
      const recursive = kind === 'Z';
      if (mode !== undefined) result.facts.push({ kind: 'chmod', path, mode, recursive, location });
      if (owner || group) {
        result.facts.push({
          kind: 'chown',
          path,
          ...(owner ? { owner } : {}),
          ...(group ? { group } : {}),
          recursive,
          location,
        });
      }
    }
  }
  return result;
}

function expand(path: string): string | undefined {
  let unknown = false;
  const out = path.replace(/%(.)/g, (_, c: string) => {
    const value = SPECIFIERS[c];
    if (value === undefined) unknown = true;
    return value ?? '';
  });
  return unknown ? undefined : out;
}
