/**
 * What Ansible's file-editing modules do to a file's text: `ini_file` (community.general, as
 * shipped with ansible 2.14: a commented `;key = value` line counts as the option and is
 * replaced), `lineinfile`, `blockinfile` and `replace`. The edited text keeps, line by line,
 * where each line came from: the file before, or the task that wrote it.
 */
import { diffArrays } from 'diff';
import type { Location, SourceFile, Span } from '../types.js';
import { locationIn } from '../types.js';
import { str } from './python.js';

export type EditParams = Record<string, unknown>;

/** Applies one module's edit; undefined when the module or its parameters are not understood. */
export function editText(module: string, text: string, p: EditParams): string | undefined {
  switch (module) {
    case 'ini_file':
      return iniFile(text, p);
    case 'lineinfile':
      return lineInFile(text, p);
    case 'blockinfile':
      return blockInFile(text, p);
    case 'replace':
      return replaceIn(text, p);
  }
  return undefined;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** community.general.ini_file `do_ini`, for one option (the forms roles use). */
function iniFile(text: string, p: EditParams): string {
  const section = p.section === undefined || p.section === null ? undefined : str(p.section);
  const option = p.option === undefined || p.option === null ? undefined : str(p.option);
  const state = str(p.state ?? 'present');
  const values =
    p.values !== undefined
      ? (p.values as unknown[]).map(str)
      : p.value !== undefined && p.value !== null
        ? [str(p.value)]
        : [];
  const format = truthyParam(p.no_extra_spaces)
    ? (o: string, v: string) => `${o}=${v}\n`
    : (o: string, v: string) => `${o} = ${v}\n`;
  let lines = text === '' ? ['\n'] : (text.match(/[^\n]*\n|[^\n]+$/g) ?? []);
  if (!lines[lines.length - 1].endsWith('\n')) lines[lines.length - 1] += '\n';
  const fake = '[ad01e11446efb704fcdbdb21f2c43757423d91c5]';
  lines = [fake, ...lines, '['];
  const name = section ?? fake.slice(1, -1);
  let within = false;
  let start = 0;
  let end = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].startsWith(`[${name}]`)) {
      within = true;
      start = i;
    } else if (lines[i].startsWith('[') && within) {
      end = i;
      break;
    }
  }
  const before = lines.slice(0, start);
  let sectionLines = lines.slice(start, end);
  const after = lines.slice(end);
  const opt = option ? new RegExp(`^[#;]?( |\\t)*(${escape(option)})( |\\t)*(=|$)( |\\t)*(.*)`) : undefined;
  const active = option ? new RegExp(`^( |\\t)*(${escape(option)})( |\\t)*(=|$)( |\\t)*(.*)`) : undefined;
  const remaining = [...new Set(values)];
  if (state === 'present' && opt) {
    const changed = sectionLines.map(() => false);
    sectionLines.forEach((line, i) => {
      const m = opt.exec(line.replace(/\n$/, ''));
      if (m && remaining.includes(m[6])) {
        sectionLines[i] = format(option!, m[6]);
        changed[i] = true;
        remaining.splice(remaining.indexOf(m[6]), 1);
      }
    });
    if (p.exclusive === undefined || truthyParam(p.exclusive)) {
      for (let i = 0; i < sectionLines.length && remaining.length > 0; i++) {
        if (!changed[i] && opt.test(sectionLines[i].replace(/\n$/, ''))) {
          sectionLines[i] = format(option!, remaining.shift()!);
          changed[i] = true;
        }
      }
      for (let i = sectionLines.length - 1; i > 0; i--) {
        if (!changed[i] && opt.test(sectionLines[i].replace(/\n$/, ''))) {
          sectionLines.splice(i, 1);
          changed.splice(i, 1);
        }
      }
    }
    for (let i = sectionLines.length; i > 0; i--) {
      if (!/^[ \t]*([#;].*)?$/.test(sectionLines[i - 1].replace(/\n$/, ''))) {
        sectionLines.splice(i, 0, ...remaining.map((v) => format(option!, v)));
        remaining.length = 0;
        break;
      }
    }
  }
  if (state === 'absent') {
    if (active) sectionLines = sectionLines.filter((l) => !active.test(l.replace(/\n$/, '')));
    else sectionLines = [];
  }
  const out = [...before, ...sectionLines, ...after].slice(1, -1);
  if (!within && state === 'present') {
    out.push(`[${name}]\n`);
    for (const v of remaining) out.push(format(option!, v));
  }
  return out.join('');
}

function truthyParam(v: unknown): boolean {
  return v === true || (typeof v === 'string' && /^(yes|true|on|1)$/i.test(v));
}

/** Python `re` syntax roles write, in JavaScript's. */
function regex(pattern: unknown, flags = ''): RegExp {
  return new RegExp(
    str(pattern)
      .replace(/\(\?P</g, '(?<')
      .replace(/\\Z/g, '$')
      .replace(/\\A/g, '^'),
    flags,
  );
}

function backrefs(template: string, m: RegExpExecArray): string {
  return template.replace(/\\g<(\w+)>|\\(\d+)/g, (_, name?: string, n?: string) =>
    n !== undefined
      ? (m[Number(n)] ?? '')
      : /^\d+$/.test(name!)
        ? (m[Number(name)] ?? '')
        : (m.groups?.[name!] ?? ''),
  );
}

function lineInFile(text: string, p: EditParams): string {
  const eol = text.endsWith('\n') || text === '';
  const lines = text === '' ? [] : text.replace(/\n$/, '').split('\n');
  const state = str(p.state ?? 'present');
  const re = p.regexp !== undefined ? regex(p.regexp ?? p.regex) : undefined;
  const search = p.search_string !== undefined ? str(p.search_string) : undefined;
  const matches = (l: string) =>
    re ? re.test(l) : search !== undefined ? l.includes(search) : l === str(p.line);
  if (state === 'absent')
    return join(
      lines.filter((l) => !matches(l)),
      eol,
    );
  const line = str(p.line ?? '');
  let found = -1;
  for (let i = 0; i < lines.length; i++)
    if (matches(lines[i])) found = truthyParam(p.firstmatch) && found !== -1 ? found : i;
  if (found !== -1) {
    lines[found] = re && truthyParam(p.backrefs) ? backrefs(line, regex(p.regexp).exec(lines[found])!) : line;
    return join(lines, eol);
  }
  if (truthyParam(p.backrefs)) return text;
  if (lines.includes(line)) return text;
  const at = insertionPoint(lines, p);
  lines.splice(at, 0, line);
  return join(lines, true);
}

function insertionPoint(lines: string[], p: EditParams): number {
  if (p.insertbefore !== undefined) {
    if (str(p.insertbefore) === 'BOF') return 0;
    const re = regex(p.insertbefore);
    const i = truthyParam(p.firstmatch)
      ? lines.findIndex((l) => re.test(l))
      : lines.map((l) => re.test(l)).lastIndexOf(true);
    return i === -1 ? lines.length : i;
  }
  if (p.insertafter !== undefined && str(p.insertafter) !== 'EOF') {
    const re = regex(p.insertafter);
    const i = truthyParam(p.firstmatch)
      ? lines.findIndex((l) => re.test(l))
      : lines.map((l) => re.test(l)).lastIndexOf(true);
    return i === -1 ? lines.length : i + 1;
  }
  return lines.length;
}

function join(lines: string[], eol: boolean): string {
  return lines.join('\n') + (eol && lines.length > 0 ? '\n' : '');
}

function blockInFile(text: string, p: EditParams): string {
  const marker = str(p.marker ?? '# {mark} ANSIBLE MANAGED BLOCK');
  const begin = marker.replace('{mark}', str(p.marker_begin ?? 'BEGIN'));
  const end = marker.replace('{mark}', str(p.marker_end ?? 'END'));
  const lines = text === '' ? [] : text.replace(/\n$/, '').split('\n');
  const block = str(p.block ?? p.content ?? '').replace(/\n$/, '');
  const b = lines.indexOf(begin);
  const e = lines.indexOf(end);
  const wanted =
    str(p.state ?? 'present') === 'absent' || block === '' ? [] : [begin, ...block.split('\n'), end];
  if (b !== -1 && e !== -1 && e > b) {
    lines.splice(b, e - b + 1, ...wanted);
  } else lines.splice(insertionPoint(lines, p), 0, ...wanted);
  return join(lines, true);
}

function replaceIn(text: string, p: EditParams): string {
  const re = regex(p.regexp, 'gm');
  const replacement = str(p.replace ?? '');
  return text.replace(re, (...args: unknown[]) => {
    const groups = args.slice(0, -2) as string[];
    const m = Object.assign([...groups], {
      index: 0,
      input: '',
      groups: undefined,
    }) as unknown as RegExpExecArray;
    return backrefs(replacement, m);
  });
}

/**
 * The file after an edit: lines kept from before point where they did; lines the task wrote
 * point at the task.
 */
export function editedFile(
  before: SourceFile,
  after: string,
  task: Location,
  description: string,
): SourceFile {
  const oldLines = before.text.split('\n');
  const newLines = after.split('\n');
  const origin: (number | undefined)[] = [];
  let o = 0;
  for (const part of diffArrays(oldLines, newLines)) {
    if (part.removed) {
      o += part.value.length;
      continue;
    }
    for (let k = 0; k < part.value.length; k++) origin.push(part.added ? undefined : o + k + 1);
    if (!part.added) o += part.value.length;
  }
  const locate = (span: Span): Location | undefined => {
    const from = origin[span.line - 1];
    const to = origin[span.endLine - 1];
    if (from === undefined || to === undefined) return task;
    const shifted = { ...span, line: from, endLine: to };
    return before.derived
      ? before.derived.locate(shifted)
      : before.path.startsWith('(')
        ? undefined
        : locationIn(before, shifted);
  };
  return {
    ...before,
    text: after,
    derived: { description: `${before.derived?.description ?? before.path}, ${description}`, locate },
  };
}
