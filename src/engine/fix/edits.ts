/**
 * Turning new listen.* values into edits of the user's own files: a value replaced in place
 * (indentation, spacing, quotes and trailing comment kept), a commented default of the pool's
 * section uncommented, or new lines inserted after the pool's listen line with its
 * indentation, spacing and line ending. Each edited line is read back with the FPM line reader
 * to make sure FPM will see exactly the intended key and value.
 */
import type { TextEdit } from '../findings.js';
import type { FpmPool, FpmSetting } from '../model.js';
import { parseFpmLine, type EntryLine } from '../parse/fpm/lines.js';
import type { SourceFile, Span } from '../types.js';
import type { ListenKey } from '../verdict/fpm-socket.js';
import { parse as parseYaml } from 'yaml';
import { eolAfter, isTemplate, splitLines, type TextLine } from './lines.js';
import { editableSource, isRendered, valueSourceEdit } from './template-edits.js';
import { LISTEN_KEYS, type ListenValues } from './recheck.js';

export interface PoolEdits {
  edits: TextEdit[];
  /** What changes, in words: `listen.owner = www-data (uncommented)`. */
  changes: string[];
  /** Set when the edit changes more than this pool (a template expression): shown, applied only on request. */
  caveat?: string;
}

/** Built-in files (the platform's) carry a path in parentheses and are never edited. */
const isBuiltin = (file: string): boolean => file.startsWith('(');

interface Source {
  file: SourceFile;
  lines: TextLine[];
  template: boolean;
}

export function editsFor(
  pool: FpmPool,
  files: Map<string, SourceFile>,
  target: ListenValues,
): PoolEdits | { reason: string } {
  const places = [...pool.assignments.map((a) => a.location.file), ...pool.sections.map((l) => l.file)];
  const latin1 = places.find((file) => files.get(file)?.latin1);
  if (latin1)
    return { reason: `${latin1} is not UTF-8: socklint does not rewrite it, so that no other byte changes` };
  const sources = new Map<string, Source>();
  const source = (path: string): Source | undefined => {
    if (isBuiltin(path)) return undefined;
    let s = sources.get(path);
    if (!s) {
      const found = files.get(path);
      if (!found) return undefined;
      // A rendered file is edited in its template, whose literal lines it maps back to.
      const file = editableSource(found);
      s = { file, lines: splitLines(file.text), template: !isRendered(found) && isTemplate(file) };
      sources.set(path, s);
    }
    return s;
  };
  const edits: TextEdit[] = [];
  const changes: string[] = [];
  const inserts = new Map<FpmSetting, { key: ListenKey; value: string }[]>();
  const expected: Expected[] = [];
  const caveats: string[] = [];

  for (const key of LISTEN_KEYS) {
    const current = pool.settings.get(key);
    const want = target[key];
    if (want === undefined) {
      if (!current || current.value === '') continue;
      // Every assignment with a value goes, so that no earlier one takes over.
      for (const a of pool.assignments.filter((x) => x.key.toLowerCase() === key && x.value !== '')) {
        const s = source(a.location.file);
        if (!s)
          return {
            reason: `${key} of pool [${pool.name}] is also set in ${a.location.file}, which is not in the repository`,
          };
        if (s.template)
          return { reason: `${a.location.file} is a template: socklint does not rewrite its lines` };
        const at = a.keyLocation;
        edits.push({
          file: at.file,
          ...span(at.line, at.column, at.line, at.endColumn),
          newText: ';' + s.lines[at.line - 1].text.slice(at.column - 1, at.endColumn - 1),
        });
        expected.push({ file: at.file, line: at.line, key, value: null });
      }
      changes.push(`${key} commented out (PHP-FPM ignores it next to an ACL)`);
      continue;
    }
    if (current && current.value === want) continue;
    const fromValue = current ? valueSourceEdit(current, files.get(current.location.file), want) : undefined;
    if (fromValue && 'reason' in fromValue) return fromValue;
    if (fromValue) {
      if (!yamlReads(fromValue.edit.newText, want))
        return {
          reason: `cannot write ${key} = ${want} in ${fromValue.where} so that Ansible reads it as intended`,
        };
      edits.push(fromValue.edit);
      changes.push(`${key} = ${want} (${fromValue.where})`);
      continue;
    }
    const s = current ? source(current.location.file) : undefined;
    if (current && s) {
      if (s.template)
        return { reason: `${current.location.file} is a template: socklint does not rewrite its lines` };
      edits.push({
        file: current.location.file,
        ...spanOf(current.valueLocation),
        newText: valueText(s, current, want),
      });
      expected.push({ file: current.location.file, line: current.location.line, key, value: want });
      changes.push(`${key} = ${want}`);
      const written = s.lines[current.valueLocation.line - 1].text.slice(
        current.valueLocation.column - 1,
        current.valueLocation.endColumn - 1,
      );
      // Every render of the template (each loop item, each machine) would get the literal value.
      if (/\{\{|\{%/.test(written)) caveats.push(`replaces ${written} in the template`);
      continue;
    }
    const commented = current ? undefined : commentedDefault(pool, key, source);
    if (commented) {
      const { s, line, entry, prefixEnd } = commented;
      const file = s.file.path;
      const comment = s.lines[line - 1].text;
      const indent = comment.length - comment.trimStart().length;
      edits.push({ file, ...span(line, indent + 1, line, prefixEnd + 1), newText: '' });
      if (entry.value !== want) {
        const from = prefixEnd + entry.rawSpan.column;
        const to = prefixEnd + entry.rawSpan.endColumn;
        edits.push({
          file,
          ...span(line, from, line, to),
          newText: bareOrQuoted(entry.raw, want, comment[from - 2] === '='),
        });
      }
      expected.push({ file, line, key, value: want });
      changes.push(`${key} = ${want} (uncommented)`);
      continue;
    }
    const anchor = anchorFor(pool, current, source);
    if (!anchor)
      return {
        reason: `pool [${pool.name}] has no line in the repository after which ${key} could be written`,
      };
    inserts.set(anchor, [...(inserts.get(anchor) ?? []), { key, value: want }]);
    changes.push(`${key} = ${want}`);
  }

  for (const [anchor, entries] of inserts) {
    const s = source(anchor.location.file)!;
    const line = anchor.location.line;
    const parsed = parseFpmLine(s.lines[line - 1].text, line);
    if (parsed.kind !== 'entry')
      return { reason: `cannot read the line after which ${entries[0].key} would go` };
    const text = s.lines[line - 1].text;
    const indent = text.slice(0, parsed.keySpan.column - 1);
    const before = text.slice(parsed.keySpan.endColumn - 1, parsed.eqSpan.column - 1);
    const after = text.slice(parsed.eqSpan.endColumn - 1, parsed.rawSpan.column - 1);
    const eol = eolAfter(s.file, s.lines, line);
    const written = entries.map(
      ({ key, value }) => `${indent}${key}${before}=${after}${bareOrQuoted('', value, false)}`,
    );
    const atNextLine = s.lines[line - 1].eol !== '';
    if (!atNextLine && s.template)
      return { reason: `${anchor.location.file} is a template: socklint does not rewrite its lines` };
    edits.push(
      atNextLine
        ? {
            file: anchor.location.file,
            ...span(line + 1, 1, line + 1, 1),
            newText: written.map((w) => w + eol).join(''),
          }
        : {
            file: anchor.location.file,
            ...span(line, text.length + 1, line, text.length + 1),
            newText: written.map((w) => eol + w).join(''),
          },
    );
    entries.forEach(({ key, value }, i) => expected.push({ text: written[i], key, value }));
  }

  const problem = readBack(edits, expected, sources);
  if (problem) return { reason: problem };
  return { edits: sortEdits(edits), changes, ...(caveats.length > 0 ? { caveat: caveats.join(', ') } : {}) };
}

/** A YAML scalar as written reads back as the wanted string (YAML 1.1, as Ansible reads it). */
function yamlReads(scalar: string, want: string): boolean {
  try {
    return String(parseYaml(`v: ${scalar}`, { version: '1.1' }).v) === want;
  } catch {
    return false;
  }
}

/** The new value written the way the old one was: same quotes, a blank after a bare `=`. */
function valueText(s: Source, current: FpmSetting, want: string): string {
  const line = s.lines[current.location.line - 1].text;
  const charBefore = line[current.valueLocation.column - 2];
  return bareOrQuoted(current.raw, want, current.raw === '' && charBefore === '=');
}

function bareOrQuoted(oldRaw: string, value: string, needsBlank: boolean): string {
  const q = /^(["']).*\1$/.test(oldRaw) ? oldRaw[0] : /^[\w.,@+-]*$/.test(value) ? '' : '"';
  return `${needsBlank ? ' ' : ''}${q}${value}${q}`;
}

interface Commented {
  s: Source;
  line: number;
  entry: EntryLine;
  /** Length of the indentation, the `;` and the blanks before the key. */
  prefixEnd: number;
}

/**
 * A commented-out assignment of `key` (`;listen.owner = www-data`) inside one of the pool's
 * sections: after its `[name]` line, before the next section or include in that file (an include
 * may switch sections). The latest one wins, as FPM would read it last.
 */
function commentedDefault(
  pool: FpmPool,
  key: ListenKey,
  source: (path: string) => Source | undefined,
): Commented | undefined {
  for (const header of [...pool.sections].reverse()) {
    const s = source(header.file);
    if (!s || s.template) continue;
    let found: Commented | undefined;
    for (let line = header.line + 1; line <= s.lines.length; line++) {
      const text = s.lines[line - 1].text;
      const parsed = parseFpmLine(text, line);
      if (parsed.kind === 'section' || (parsed.kind === 'entry' && parsed.key === 'include')) break;
      if (parsed.kind !== 'comment') continue;
      const m = /^[ \t]*;+[ \t]*/.exec(text)!;
      const entry = parseFpmLine(text.slice(m[0].length), line);
      if (
        entry.kind === 'entry' &&
        !entry.array &&
        entry.key.toLowerCase() === key &&
        entry.unresolved.length === 0
      ) {
        found = { s, line, entry, prefixEnd: m[0].length };
      }
    }
    if (found) return found;
  }
  return undefined;
}

/**
 * The line new assignments follow: the pool's effective listen line, else its last assignment
 * in the repository; in both cases after the key's current (built-in) assignment, so the new
 * one is read last.
 */
function anchorFor(
  pool: FpmPool,
  current: FpmSetting | undefined,
  source: (path: string) => Source | undefined,
): FpmSetting | undefined {
  const after = current ? pool.assignments.indexOf(current) : -1;
  const usable = pool.assignments.filter(
    (a, i) => i > after && source(a.location.file) && !a.key.includes('['),
  );
  const listen = pool.listen?.setting;
  if (listen && usable.includes(listen)) return listen;
  return usable[usable.length - 1];
}

/** A line the edits write: an edited line of a file, or a new line with its text. */
type Expected = ({ file: string; line: number } | { text: string }) & {
  key: ListenKey;
  value: string | null;
};

/** Applies the edits to the lines they touch and reads each line back as FPM would. */
function readBack(edits: TextEdit[], expected: Expected[], sources: Map<string, Source>): string | undefined {
  for (const want of expected) {
    let text: string;
    if ('text' in want) text = want.text;
    else {
      text = sources.get(want.file)!.lines[want.line - 1].text;
      // Whole new lines inserted at this line's start are read back on their own.
      const mine = edits.filter(
        (e) =>
          e.file === want.file &&
          e.line === want.line &&
          e.endLine === want.line &&
          !e.newText.includes('\n'),
      );
      for (const e of [...mine].sort((a, b) => b.column - a.column)) {
        text = text.slice(0, e.column - 1) + e.newText + text.slice(e.endColumn - 1);
      }
    }
    const parsed = parseFpmLine(text, 1);
    const ok =
      want.value === null
        ? parsed.kind === 'comment'
        : parsed.kind === 'entry' &&
          !parsed.array &&
          parsed.key.toLowerCase() === want.key &&
          parsed.value === want.value &&
          parsed.unresolved.length === 0;
    if (!ok)
      return `cannot write ${want.key}${want.value === null ? '' : ` = ${want.value}`} so that PHP-FPM reads it as intended`;
  }
  return undefined;
}

/** In file order; an insertion sorts before a replacement that starts at the same place. */
function sortEdits(edits: TextEdit[]): TextEdit[] {
  return [...edits].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      a.endLine - b.endLine ||
      a.endColumn - b.endColumn,
  );
}

function span(line: number, column: number, endLine: number, endColumn: number): Span {
  return { line, column, endLine, endColumn };
}

function spanOf(s: Span): Span {
  return span(s.line, s.column, s.endLine, s.endColumn);
}
