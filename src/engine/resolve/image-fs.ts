/**
 * An image's filesystem built as the builder builds it: every instruction's effect applied in
 * order (files the base image and packages ship, COPY/ADD, `rm`, `ln -s`, `mv`, `cp`, files
 * written by commands, `sed -i`, `envsubst`), so `rm` before a COPY keeps the copied file and a
 * COPY before `rm` loses it. Symlinks stay links until the end, as a path resolves through them
 * when a program opens it.
 */
import path from 'node:path';
import picomatch from 'picomatch';
import type { DeployedFile } from '../model.js';
import { type TextPart, appendPart } from '../parse/provision/content.js';
import { applySed, type SedEdit, type SedUnknown } from '../parse/provision/sed.js';
import type { Location, SourceFile } from '../types.js';
import { UnitFs, normalizeDeployed, type UnknownWrite } from './deployed-fs.js';
import { derivedFile, joinLines, partsOfFile, splitLines, type DerivedOptions } from './derived-text.js';

interface FileEntry {
  file: DeployedFile;
  /** The text as parts, once a command wrote or edited it. */
  parts?: TextPart[];
  /** Why the file is derived (`written by Dockerfile:12`), for reports. */
  description?: string;
}

interface LinkEntry {
  link: string;
}

type Entry = FileEntry | LinkEntry;

const MAX_LINKS = 40; // as the kernel's limit on nested symlinks

export class ImageFs {
  private readonly entries = new Map<string, Entry>();
  /** Configuration copied to paths that depend on unknown values, carried into the unit. */
  readonly unknownWrites: UnknownWrite[] = [];

  constructor(private readonly derived: Pick<DerivedOptions, 'placeholders' | 'describeUnknown'>) {}

  place(deployed: string, file: DeployedFile): void {
    const p = normalizeDeployed(deployed);
    this.entries.set(p, { file: { ...file, deployedPath: p } });
  }

  /** A symlink; a relative target is relative to the link's directory. */
  link(link: string, target: string): void {
    let at = normalizeDeployed(link);
    const resolved = target.startsWith('/')
      ? normalizeDeployed(target)
      : normalizeDeployed(path.posix.join(path.posix.dirname(at), target));
    // `ln -s TARGET DIR`: the link is DIR/basename(TARGET).
    if (link.endsWith('/') || this.isDirectory(at)) at = path.posix.join(at, path.posix.basename(resolved));
    this.entries.set(at, { link: resolved });
  }

  /** `rm [-r] PATH`; PATH may be a glob. */
  remove(pattern: string, recursive: boolean): void {
    const p = normalizeDeployed(pattern);
    const isMatch = /[*?[]/.test(p) ? picomatch(p, { dot: false }) : (x: string) => x === p;
    for (const key of [...this.entries.keys()]) {
      const hit = isMatch(key) || (recursive && ancestors(key).some((d) => isMatch(d)));
      if (hit) this.entries.delete(key);
    }
  }

  /** `cp`/`install`/COPY --from: a file, or a directory's contents with `rel` paths. */
  copy(from: string, to: string, intoDirectory: boolean, move = false): boolean {
    const src = normalizeDeployed(from);
    const own = this.entries.get(src);
    const dest = normalizeDeployed(to);
    if (own && 'file' in own) {
      const target =
        intoDirectory || this.isDirectory(dest) ? path.posix.join(dest, path.posix.basename(src)) : dest;
      this.entries.set(target, { ...own, file: { ...own.file, deployedPath: target } });
      if (move) this.entries.delete(src);
      return true;
    }
    const below = [...this.entries].filter(([k]) => k.startsWith(src === '/' ? '/' : src + '/'));
    if (below.length === 0) return false;
    // `cp -r DIR DEST`: into DEST/DIR when DEST exists, else as DEST.
    const base = this.isDirectory(dest) && !move ? path.posix.join(dest, path.posix.basename(src)) : dest;
    for (const [k, e] of below) {
      const target = path.posix.join(base, k.slice(src.length + 1));
      this.entries.set(target, 'file' in e ? { ...e, file: { ...e.file, deployedPath: target } } : e);
      if (move) this.entries.delete(k);
    }
    return true;
  }

  /** A file (`exact`), or the files below a directory with their path below it, for COPY --from. */
  filesUnder(from: string): { rel: string; exact: boolean; entry: Entry }[] {
    const src = normalizeDeployed(from);
    const own = this.fileAt(src);
    if (own) return [{ rel: path.posix.basename(src), exact: true, entry: own }];
    const prefix = src === '/' ? '/' : src + '/';
    return [...this.entries]
      .filter(([k]) => k.startsWith(prefix))
      .map(([k, entry]) => ({ rel: k.slice(prefix.length), exact: false, entry }));
  }

  /** An entry of another image's filesystem (COPY --from a stage), at a path of this one. */
  adopt(deployed: string, entry: Entry): void {
    const p = normalizeDeployed(deployed);
    this.entries.set(p, 'file' in entry ? { ...entry, file: { ...entry.file, deployedPath: p } } : entry);
  }

  /** Text written by a command; `append` adds to what is there. */
  write(deployed: string, parts: TextPart[], append: boolean, at: Location): void {
    const p = normalizeDeployed(deployed);
    const before = append ? this.partsOf(p) : undefined;
    if (append && before === null)
      return this.unknown(p, 'appended to a file whose content is not known', at);
    const content = locatedAt([...(before ?? [])], parts, at);
    const existing = this.fileAt(p);
    this.entries.set(p, {
      file: { deployedPath: p, file: this.placeholderFile(existing?.file.file.path ?? at.file, p) },
      parts: content,
      description: `${append && before ? 'appended to' : 'written'} by ${at.file}:${at.line}`,
    });
  }

  /**
   * Text a command wrote to a path that depends on unknown values: not a file of this machine at
   * any path socklint knows, but kept with the write, as a file of its own, for what it configures.
   */
  writeUnknown(write: Omit<UnknownWrite, 'what' | 'file'>, parts: TextPart[]): void {
    const at = write.location;
    const deployedPath = normalizeDeployed(write.dest);
    const description = `written by ${at.file}:${at.line} to ${write.dest}`;
    const file = derivedFile({
      ...this.derived,
      path: `(${description})`,
      deployedPath,
      parts: blankLoneUnknowns(locatedAt([], parts, at)),
      description,
    });
    this.unknownWrites.push({ ...write, what: 'text', file: { deployedPath, file } });
  }

  /** `cp`/`install` of files of the machine to a path that depends on unknown values: each kept as written text. */
  copyUnknown(sources: string[], write: Omit<UnknownWrite, 'what' | 'file'>): void {
    for (const source of sources) {
      const parts = this.partsOf(source);
      if (!parts) continue; // not there, or its content is unknown: nothing to read
      const dest = write.dest.endsWith('/') ? write.dest + path.posix.basename(source) : write.dest;
      this.writeUnknown({ ...write, dest }, parts);
    }
  }

  /** `sed -i`: the script applied to the file's lines; changed and added lines are located at the command. */
  edit(deployed: string, script: SedEdit, at: Location): void {
    const p = normalizeDeployed(deployed);
    const parts = this.partsOf(p);
    if (parts === undefined) return; // sed on a file that is not there fails; nothing changes here
    if (parts === null) return;
    const lines = splitLines(parts).map((line) => ({ text: line.map((x) => x.text).join(''), origin: line }));
    const edited = applySed(script, lines).map(
      (l) => l.origin ?? withUnknowns(l.text, l.by?.location ?? at, script.unknowns),
    );
    const entry = this.fileAt(p)!;
    const by = `edited by ${at.file}:${at.line}`;
    const from = entry.file.builtin ?? entry.description ?? entry.file.file.path;
    this.entries.set(p, {
      file: entry.file,
      parts: joinLines(edited),
      description: `${from}, ${by}`,
    });
  }

  /** A file whose content cannot be known (downloaded, edited by what socklint cannot read). */
  unknown(deployed: string, reason: string, at: Location): void {
    const p = normalizeDeployed(deployed);
    // Any span of it is reported at the command that made it unknown.
    const file: SourceFile = {
      ...this.placeholderFile(`(${reason})`, p),
      derived: { description: reason, locate: () => at },
    };
    this.entries.set(p, { file: { deployedPath: p, file, unreadable: reason } });
  }

  /** The parts of a file: undefined when there is none, null when its content is unknown. */
  partsOf(deployed: string): TextPart[] | undefined | null {
    const entry = this.fileAt(normalizeDeployed(deployed));
    if (!entry) return undefined;
    if (entry.file.unreadable) return null;
    return entry.parts ?? partsOfFile(entry.file.file, !entry.file.builtin);
  }

  has(deployed: string): boolean {
    return this.fileAt(normalizeDeployed(deployed)) !== undefined;
  }

  /** A file or a link, dangling or not, is at the path (`-e || -l`). */
  exists(deployed: string): boolean {
    return this.entries.has(normalizeDeployed(deployed));
  }

  /** The names in a directory (not below it) that end with `suffix`, in byte order, as glob(3) lists them. */
  namesIn(directory: string, suffix: string): string[] {
    const prefix = normalizeDeployed(directory) + '/';
    return [...this.entries.keys()]
      .filter((k) => k.startsWith(prefix) && !k.slice(prefix.length).includes('/') && k.endsWith(suffix))
      .map((k) => k.slice(prefix.length))
      .sort();
  }

  isDirectory(deployed: string): boolean {
    const p = normalizeDeployed(deployed);
    const prefix = p === '/' ? '/' : p + '/';
    for (const k of this.entries.keys()) if (k.startsWith(prefix)) return true;
    return false;
  }

  /** The file at a path, through symlinks. */
  fileAt(p: string): FileEntry | undefined {
    let at = p;
    for (let i = 0; i < MAX_LINKS; i++) {
      const entry = this.entries.get(at);
      if (!entry) return undefined;
      if ('file' in entry) return entry;
      at = entry.link;
    }
    return undefined;
  }

  /** Every file, with links resolved, as the unit's filesystem. */
  toUnitFs(shipped: { pattern: string; description: string }[]): UnitFs {
    const fs = new UnitFs(shipped);
    fs.unknownWrites.push(...this.unknownWrites);
    for (const key of this.entries.keys()) {
      const entry = this.fileAt(key);
      if (!entry) continue;
      fs.set({ ...this.materialize(entry), deployedPath: key });
    }
    return fs;
  }

  private materialize(entry: FileEntry): DeployedFile {
    if (!entry.parts) return entry.file;
    const description = entry.description ?? 'written by a command';
    const file = derivedFile({
      ...this.derived,
      // In parentheses, as built-in files: not a repository file, never edited by a fix.
      path: `(${description})${entry.file.deployedPath}`,
      deployedPath: entry.file.deployedPath,
      parts: entry.parts,
      description,
    });
    return {
      deployedPath: entry.file.deployedPath,
      file,
      ...(entry.file.builtin ? { builtin: entry.file.builtin } : {}),
    };
  }

  private placeholderFile(reportPath: string, deployed: string): SourceFile {
    return { path: reportPath, absPath: deployed, text: '', hadBom: false, crlf: false };
  }
}

/** `parts` after `content`; text a command makes up (echo's spaces and newline) is located at the command. */
function locatedAt(content: TextPart[], parts: TextPart[], at: Location): TextPart[] {
  for (const part of parts)
    appendPart(content, part.location || part.unknown ? part : { ...part, location: at });
  return content;
}

/**
 * A line that is only an unknown value (`$paramsTXT` in a server block a script builds) adds text
 * socklint cannot know, statements as likely as not. It is read as blank, so the known lines around
 * it still parse; what it adds stays unknown, as does where the file lands.
 */
function blankLoneUnknowns(parts: TextPart[]): TextPart[] {
  const text = parts.map((p) => p.text).join('');
  let at = 0;
  return parts.map((p) => {
    const start = at;
    at += p.text.length;
    if (!p.unknown) return p;
    const before = text.slice(text.lastIndexOf('\n', start - 1) + 1, start);
    const end = text.indexOf('\n', at);
    const after = text.slice(at, end === -1 ? text.length : end);
    if (!/^[ \t]*$/.test(before) || !/^[ \t]*$/.test(after)) return p;
    return { text: ' '.repeat(p.text.length), ...(p.location ? { location: p.location } : {}) };
  });
}

function ancestors(p: string): string[] {
  const out: string[] = [];
  for (let d = path.posix.dirname(p); d !== '/' && d !== '.'; d = path.posix.dirname(d)) out.push(d);
  return out;
}

/** A line sed wrote, its unknown values (`s/@N@/$N/` with `$N` unset) as unknown parts. */
function withUnknowns(text: string, location: Location, unknowns: SedUnknown[] | undefined): TextPart[] {
  if (!unknowns || !text.includes('\uE000')) return [{ text, location }];
  const parts: TextPart[] = [];
  let rest = text;
  for (;;) {
    const at = rest.search(/\uE000\d+\uE001/);
    if (at < 0) break;
    const token = /^\uE000\d+\uE001/.exec(rest.slice(at))![0];
    const value = unknowns.find((u) => u.token === token);
    appendPart(parts, { text: rest.slice(0, at), location });
    parts.push(value ? { text: value.shown, location, unknown: value.unknown } : { text: token, location });
    rest = rest.slice(at + token.length);
  }
  appendPart(parts, { text: rest, location });
  return parts;
}
