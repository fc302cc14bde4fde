/**
 * What a container does when it starts, before its servers run: the ENTRYPOINT and CMD (the
 * image's own when the Dockerfile sets none), the scripts they run or source, the official
 * images' entrypoints (the php image's `docker-php-entrypoint`; the nginx image's
 * `/docker-entrypoint.sh` with its `/docker-entrypoint.d/` scripts and the envsubst of
 * `/etc/nginx/templates`), and supervisord's programs. It is provisioning run as the container's
 * user, with the container's environment: the image's ENV and what the caller knows of the
 * runtime environment; a variable neither sets is unknown, and so is every value built from it.
 */
import path from 'node:path';
import { type TextPart, appendPart } from '../parse/provision/content.js';
import type { Fact } from '../parse/provision/facts.js';
import { ShellEnv } from '../parse/provision/shell-env.js';
import {
  interpretArgv,
  interpretFile,
  type ExternalCommand,
  type ShellContext,
} from '../parse/provision/shell-interpreter.js';
import { mappedWord, type Word } from '../parse/provision/shell-words.js';
import { LineIndex, type MappedText } from '../parse/provision/text.js';
import type { Location, Note, SourceFile } from '../types.js';
import { joinLines, splitLines } from './derived-text.js';
import type { ImageFs } from './image-fs.js';
import { imageName } from '../platforms/images.js';
import { fpmStartOptions } from '../parse/provision/options.js';

export interface StartupInput {
  fs: ImageFs;
  /** The built stage chain's facts, in order (ENTRYPOINT, CMD, ENV…). */
  facts: Fact[];
  /** The base image the chain starts FROM. */
  baseImage: string;
  dockerfile: SourceFile;
  /** The container's environment at start, as far as it is known. */
  env: ShellEnv;
}

export interface Startup {
  facts: Fact[];
  notes: Note[];
}

/** ENTRYPOINT and CMD of the official images socklint models. */
const IMAGE_COMMANDS: Record<string, { entrypoint: string[]; cmd: string[] }> = {
  php: { entrypoint: ['docker-php-entrypoint'], cmd: ['php-fpm'] },
  nginx: { entrypoint: ['/docker-entrypoint.sh'], cmd: ['nginx', '-g', 'daemon off;'] },
  'nginxinc/nginx-unprivileged': {
    entrypoint: ['/docker-entrypoint.sh'],
    cmd: ['nginx', '-g', 'daemon off;'],
  },
};

export function startup(input: StartupInput): Startup {
  const out: Startup = { facts: [], notes: [] };
  const command = startCommand(input);
  if (!command) return out;
  const runner = new Runner(input, out);
  runner.argv(command.argv, command.words, command.location);
  for (const fact of out.facts) fact.atStart = true;
  return out;
}

interface StartCommand {
  argv: string[];
  words: MappedText[];
  location: Location;
}

/** ENTRYPOINT + CMD as the container runs them; an ENTRYPOINT set here drops the base image's CMD. */
function startCommand(input: StartupInput): StartCommand | undefined {
  const base = IMAGE_COMMANDS[imageName(input.baseImage).name];
  const at = input.facts.find((f) => f.kind === 'from')?.location ?? {
    file: input.dockerfile.path,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
  };
  const unwritten = (argv: string[]) =>
    argv.map((text) => ({ text, offsets: new Array<number>(text.length).fill(0) }));
  let entrypoint: StartCommand | undefined = base && {
    argv: base.entrypoint,
    words: unwritten(base.entrypoint),
    location: at,
  };
  let cmd: StartCommand | undefined = base && { argv: base.cmd, words: unwritten(base.cmd), location: at };
  let cmdFromBase = true;
  for (const fact of input.facts) {
    if (fact.kind === 'entrypoint') {
      entrypoint = { argv: fact.argv, words: fact.words, location: fact.location };
      if (cmdFromBase) cmd = undefined;
    } else if (fact.kind === 'cmd') {
      cmd = { argv: fact.argv, words: fact.words, location: fact.location };
      cmdFromBase = false;
    }
  }
  if (!entrypoint && !cmd) return undefined;
  return {
    argv: [...(entrypoint?.argv ?? []), ...(cmd?.argv ?? [])],
    words: [...(entrypoint?.words ?? []), ...(cmd?.words ?? [])],
    location: (cmd ?? entrypoint)!.location,
  };
}

class Runner {
  private readonly index: LineIndex;
  private readonly image: string;

  constructor(
    private readonly input: StartupInput,
    private readonly out: Startup,
  ) {
    this.index = new LineIndex(input.dockerfile.path, input.dockerfile.text);
    this.image = imageName(input.baseImage).name;
  }

  /** Runs a command given as arguments written in the Dockerfile. */
  argv(argv: string[], words: MappedText[], location: Location): void {
    const source = joined(words);
    const list: Word[] = [];
    let at = 0;
    words.forEach((w, i) => {
      list.push(
        mappedWord(
          {
            text: argv[i],
            offsets:
              w.offsets.length === argv[i].length
                ? w.offsets
                : new Array<number>(argv[i].length).fill(w.offsets[0] ?? 0),
          },
          this.index,
          at,
          at + w.text.length,
        ),
      );
      at += w.text.length + 1;
    });
    interpretArgv(list, source, this.context(this.input.env), location);
  }

  private context(env: ShellEnv): ShellContext {
    const runAs = this.user();
    return {
      ...(runAs ? { runAs } : {}),
      index: this.index,
      facts: this.out.facts,
      notes: this.out.notes,
      env,
      cwd: '/',
      scripts: (p) => this.script(p),
      isDirectory: (p) => this.input.fs.isDirectory(p),
      filesIn: (dir) =>
        this.input.fs
          .filesUnder(dir)
          .filter((f) => !f.rel.includes('/'))
          .map((f) => f.rel),
      external: (c) => this.external(c),
    };
  }

  /** The container's user (the last USER), when not root. */
  private user(): ShellContext['runAs'] {
    const last = [...this.input.facts].reverse().find((f) => f.kind === 'user');
    if (!last || last.kind !== 'user') return undefined;
    const [user, group] = last.user.split(':');
    if (user === 'root' || user === '0') return undefined;
    return { user, ...(group ? { group } : {}), via: `USER ${last.user}` };
  }

  /** A script of the repository placed in the image at that path. */
  private script(p: string): SourceFile | undefined {
    const entry = this.input.fs.fileAt(p);
    if (!entry || entry.file.builtin || entry.file.unreadable || entry.parts) return undefined;
    return entry.file.file;
  }

  private external(c: ExternalCommand): boolean {
    const base = path.posix.basename(c.name);
    if (base === 'docker-php-entrypoint' && this.image === 'php') {
      // `set -- php-fpm "$@"` when the first argument is an option, then `exec "$@"`.
      const args = c.args[0]?.value.startsWith('-')
        ? [{ ...c.args[0], value: 'php-fpm' }, ...c.args]
        : c.args;
      return this.run(args, c.env, c.location);
    }
    if (
      c.name === '/docker-entrypoint.sh' &&
      (this.image === 'nginx' || this.image === 'nginxinc/nginx-unprivileged')
    ) {
      return this.nginxEntrypoint(c);
    }
    if (base === 'supervisord') return this.supervisord(c);
    if (c.name === '/init' && this.s6Overlay()) return this.s6(c);
    return false;
  }

  private run(args: Word[], env: ShellEnv, location: Location): boolean {
    if (args.length === 0) return true;
    interpretArgv(args, { text: '', offsets: [] }, this.context(env), location);
    return true;
  }

  /**
   * The nginx image's entrypoint: with `nginx` or `nginx-debug` as the command, the scripts of
   * /docker-entrypoint.d/ in version order (`*.envsh` sourced, `*.sh` run), its own
   * 20-envsubst-on-templates.sh among them; then the command.
   */
  private nginxEntrypoint(c: ExternalCommand): boolean {
    const first = c.args[0]?.value;
    if (first === 'nginx' || first === 'nginx-debug') {
      const dir = '/docker-entrypoint.d';
      const own = this.input.fs
        .filesUnder(dir)
        .filter((f) => !f.rel.includes('/') && /\.(sh|envsh)$/.test(f.rel))
        .map((f) => f.rel);
      const removed = this.input.facts.some(
        (f) =>
          f.kind === 'remove' &&
          (f.path === `${dir}/20-envsubst-on-templates.sh` || (f.recursive && f.path === dir)),
      );
      const steps = [...new Set([...own, ...(removed ? [] : ['20-envsubst-on-templates.sh'])])].sort((a, b) =>
        a.localeCompare(b, 'en', { numeric: true }),
      );
      for (const name of steps) {
        const file = this.script(`${dir}/${name}`);
        if (!file) {
          if (name === '20-envsubst-on-templates.sh') this.templates(c.env);
          continue;
        }
        const env = name.endsWith('.envsh') ? c.env : c.env.child([]);
        interpretFile(file, { ...this.context(env) });
      }
    }
    return this.run(c.args, c.env, c.location);
  }

  /**
   * 20-envsubst-on-templates.sh: every `*.template` below /etc/nginx/templates becomes a file of
   * /etc/nginx/conf.d with the environment's variables substituted. Only variables defined in the
   * environment are (the script lists them for envsubst), so nginx's own `$host` stays; a name
   * the environment may or may not define at start is unknown, unless it is lower-case, as nginx
   * variables are and environment variables by convention are not.
   */
  private templates(env: ShellEnv): void {
    const setting = (name: string, fallback: string) => {
      const v = env.lookup(name);
      return v.set === true && typeof v.value === 'string' && v.value !== '' ? v.value : fallback;
    };
    const dir = setting('NGINX_ENVSUBST_TEMPLATE_DIR', '/etc/nginx/templates');
    const suffix = setting('NGINX_ENVSUBST_TEMPLATE_SUFFIX', '.template');
    const outDir = setting('NGINX_ENVSUBST_OUTPUT_DIR', '/etc/nginx/conf.d');
    const filter = setting('NGINX_ENVSUBST_FILTER', '');
    let keep: RegExp;
    try {
      keep = new RegExp(filter);
    } catch {
      keep = /(?:)/;
    }
    for (const { rel } of this.input.fs.filesUnder(dir)) {
      if (!rel.endsWith(suffix)) continue;
      const source = path.posix.join(dir, rel);
      const parts = this.input.fs.partsOf(source);
      const file = this.input.fs.fileAt(source)?.file.file;
      const location: Location = {
        file: file?.path ?? this.input.dockerfile.path,
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
      };
      const dest = path.posix.join(outDir, rel.slice(0, rel.length - suffix.length));
      if (!parts) {
        this.out.facts.push({
          kind: 'unknown-content',
          path: dest,
          reason: `rendered at start from ${source}, whose content is not known`,
          template: source,
          location,
        });
        continue;
      }
      this.out.facts.push({
        kind: 'write-file',
        path: dest,
        content: substituteDefined(parts, env, keep),
        append: false,
        location,
      });
    }
  }

  /** s6-overlay's /init: the image has its start-up directories. */
  private s6Overlay(): boolean {
    return S6_INIT_DIRS.some((d) => this.input.fs.filesUnder(d).length > 0);
  }

  /**
   * s6-overlay's /init: the scripts of /etc/cont-init.d in name order, each a process of its own
   * with the container's environment (`with-contenv`); then the services' run scripts, often
   * written by those scripts, which say who each server runs as (`s6-setuidgid`); then the CMD.
   */
  private s6(c: ExternalCommand): boolean {
    for (const { rel } of sortedScripts(this.input.fs.filesUnder(S6_CONT_INIT))) {
      const file = this.script(`${S6_CONT_INIT}/${rel}`);
      if (file) interpretFile(file, this.context(c.env.child([])));
    }
    const runs = new Map<string, { text: string; location: Location }>();
    for (const dir of S6_SERVICE_DIRS) {
      for (const { rel } of this.input.fs.filesUnder(dir)) {
        const file = /^[^/]+\/run$/.test(rel) ? this.script(`${dir}/${rel}`) : undefined;
        if (file) runs.set(`${dir}/${rel}`, { text: file.text, location: locationOfFile(file) });
      }
    }
    // A run script the cont-init scripts wrote replaces the image's; one with unknown text says nothing.
    for (const fact of this.out.facts) {
      if (fact.kind !== 'write-file' || !S6_SERVICE_DIRS.some((d) => isServiceRun(d, fact.path))) continue;
      if (fact.content.some((p) => p.unknown)) runs.delete(fact.path);
      else runs.set(fact.path, { text: fact.content.map((p) => p.text).join(''), location: fact.location });
    }
    for (const run of runs.values()) this.serviceRun(run.text, run.location);
    return this.run(c.args, c.env, c.location);
  }

  /**
   * A service's run script, shell or execline: the chain `s6-setuidgid USER[:GROUP] nginx …`
   * (or `su-exec`, `gosu`, `s6-applyuidgid -u UID -g GID`) before the server starts it as USER.
   */
  private serviceRun(text: string, location: Location): void {
    const words = text
      .split('\n')
      .filter((line) => !/^\s*#/.test(line))
      .join(' ')
      .match(/"[^"]*"|'[^']*'|[^\s{}]+/g);
    if (!words) return;
    let runAs: { user: string; group?: string; via: string } | undefined;
    for (let i = 0; i < words.length; i++) {
      const word = words[i];
      const base = path.posix.basename(word);
      if (base === 's6-setuidgid' || base === 'su-exec' || base === 'gosu' || base === 'setuidgid') {
        const spec = words[i + 1];
        if (!spec || /[$"'`]/.test(spec)) return;
        const [user, group] = spec.split(':');
        runAs = { user, ...(group ? { group } : {}), via: `${base} ${spec}` };
        i++;
      } else if (base === 's6-applyuidgid') {
        const user = words[words.indexOf('-u', i) + 1];
        const group = words[words.indexOf('-g', i) + 1];
        if (words.indexOf('-u', i) < 0 || !user || /[$"'`]/.test(user)) continue;
        runAs = {
          user,
          ...(words.indexOf('-g', i) >= 0 && group ? { group } : {}),
          via: `${base} -u ${user}`,
        };
      } else if (/^(nginx|php-fpm[0-9.]*)$/.test(base)) {
        const fpm = base.startsWith('php-fpm') ? fpmStartOptions(argsOf(words.slice(i + 1))) : undefined;
        if (fpm?.allowRoot || fpm?.config)
          this.out.facts.push({ kind: 'fpm-start', program: base, ...fpm, location });
        if (runAs && runAs.user !== 'root' && runAs.user !== '0') {
          this.out.facts.push({
            kind: 'run-as',
            user: runAs.user,
            ...(runAs.group ? { group: runAs.group } : {}),
            program: base.startsWith('php-fpm') ? 'php-fpm' : 'nginx',
            via: runAs.via,
            location,
          });
        }
        return;
      }
    }
  }

  /** supervisord's programs: `user=` starts nginx or php-fpm as that user. */
  private supervisord(c: ExternalCommand): boolean {
    const config = c.args.findIndex((w) => w.value === '-c' || w.value === '--configuration');
    const mains =
      config >= 0 && c.args[config + 1]
        ? [c.args[config + 1].value]
        : ['/etc/supervisord.conf', '/etc/supervisor/supervisord.conf'];
    const files: string[] = [];
    for (const main of mains) {
      const entry = this.input.fs.fileAt(main);
      if (!entry) continue;
      files.push(main);
      const include = /^\[include\][^[]*?^\s*files\s*=\s*(.+)$/im.exec(entry.file.file.text)?.[1];
      for (const pattern of include?.trim().split(/\s+/) ?? []) {
        const abs = path.posix.resolve(path.posix.dirname(main), pattern);
        const dir = path.posix.dirname(abs);
        const re = new RegExp(
          '^' +
            path.posix
              .basename(abs)
              .replace(/[.+^${}()|[\]\\]/g, '\\$&')
              .replace(/\*/g, '[^/]*')
              .replace(/\?/g, '.') +
            '$',
        );
        for (const f of this.input.fs.filesUnder(dir))
          if (!f.rel.includes('/') && re.test(f.rel)) files.push(path.posix.join(dir, f.rel));
      }
      break;
    }
    for (const p of files) {
      const file = this.input.fs.fileAt(p)?.file.file;
      if (file) this.programs(file);
    }
    return true;
  }

  private programs(file: SourceFile): void {
    const index = new LineIndex(file.path, file.text);
    let program:
      | {
          command?: { value: string; at: number; end: number };
          user?: { value: string; at: number; end: number };
        }
      | undefined;
    const flush = () => {
      const [command, ...args] = program?.command?.value.trim().split(/\s+/) ?? [];
      const name = command ? path.posix.basename(command) : '';
      if (!/^(nginx|php-fpm[0-9.]*)$/.test(name)) return;
      const fpm = name.startsWith('php-fpm') ? fpmStartOptions(args) : undefined;
      if ((fpm?.allowRoot || fpm?.config) && program?.command) {
        this.out.facts.push({
          kind: 'fpm-start',
          program: `supervisord command= ${name}`,
          ...fpm,
          location: index.location(program.command.at, program.command.end),
        });
      }
      const user = program?.user;
      if (!user || user.value === 'root') return;
      this.out.facts.push({
        kind: 'run-as',
        user: user.value,
        program: name.startsWith('php-fpm') ? 'php-fpm' : 'nginx',
        via: 'supervisord user=',
        location: index.location(user.at, user.end),
      });
    };
    let offset = 0;
    for (const line of file.text.split('\n')) {
      const section = /^\s*\[([^\]]+)\]/.exec(line);
      if (section) {
        flush();
        program = section[1].startsWith('program:') ? {} : undefined;
      } else if (program) {
        const kv = /^\s*(command|user)\s*=\s*(.*?)\s*(?:;.*)?\r?$/.exec(line);
        const at = { at: offset, end: offset + line.replace(/\r$/, '').length };
        if (kv?.[1] === 'command') program.command = { value: kv[2], ...at };
        else if (kv?.[1] === 'user') program.user = { value: kv[2], ...at };
      }
      offset += line.length + 1;
    }
    flush();
  }
}

/** A command's arguments in a run script's words: up to the next operator. */
function argsOf(words: string[]): string[] {
  const end = words.findIndex((w) => /^(;|&&|\|\||\||&)$/.test(w));
  return end < 0 ? words : words.slice(0, end);
}

const S6_CONT_INIT = '/etc/cont-init.d';
/** s6-overlay v2's services, and v3's s6-rc source definitions. */
const S6_SERVICE_DIRS = ['/etc/services.d', '/etc/s6-overlay/s6-rc.d'];
const S6_INIT_DIRS = [S6_CONT_INIT, ...S6_SERVICE_DIRS];

const isServiceRun = (dir: string, p: string) =>
  p.startsWith(dir + '/') && /^[^/]+\/run$/.test(p.slice(dir.length + 1));

/** The scripts directly in a directory, in the order s6 and run-parts take them. */
function sortedScripts(files: { rel: string }[]): { rel: string }[] {
  return files
    .filter((f) => !f.rel.includes('/'))
    .sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
}

function locationOfFile(file: SourceFile): Location {
  return { file: file.path, line: 1, column: 1, endLine: 1, endColumn: 1 };
}

function joined(words: MappedText[]): MappedText {
  const text = words.map((w) => w.text).join(' ');
  const offsets: number[] = [];
  words.forEach((w, i) => {
    if (i > 0) offsets.push(w.offsets[0] ?? 0);
    offsets.push(
      ...(w.offsets.length === w.text.length
        ? w.offsets
        : new Array<number>(w.text.length).fill(w.offsets[0] ?? 0)),
    );
  });
  return { text, offsets };
}

/**
 * `$NAME` and `${NAME}` replaced where the environment defines NAME (see `templates`). A line
 * that changes keeps the template line as its location; the others keep their exact columns.
 */
function substituteDefined(parts: TextPart[], env: ShellEnv, keep: RegExp): TextPart[] {
  return joinLines(
    splitLines(parts).map((line) => {
      const out: TextPart[] = [];
      let changed = false;
      for (const part of line) {
        if (part.unknown) {
          out.push(part);
          continue;
        }
        const at = part.location ? { location: part.location } : {};
        let last = 0;
        for (const m of part.text.matchAll(/\$(?:\{([A-Za-z_][A-Za-z0-9_]*)\}|([A-Za-z_][A-Za-z0-9_]*))/g)) {
          const name = m[1] ?? m[2];
          const v = env.lookup(name);
          if (!keep.test(name) || v.set === false || (v.set === undefined && /[a-z]/.test(name))) continue;
          changed = true;
          appendPart(out, { text: part.text.slice(last, m.index), ...at });
          appendPart(
            out,
            typeof v.value === 'string'
              ? { text: v.value, ...at }
              : { text: m[0], ...at, unknown: v.value.unknown },
          );
          last = m.index + m[0].length;
        }
        appendPart(out, last === 0 ? part : { text: part.text.slice(last), ...at });
      }
      return changed ? out : line;
    }),
  );
}
