/**
 * The first of httpd's two passes over its configuration (`ap_build_config()`): each line gets
 * `${NAME}` substituted with what is defined at that point (W7: `Define` is positional), and the
 * directives httpd runs while reading are run in order: `Include`/`IncludeOptional` (globs and
 * directories, relative to ServerRoot), `Define`/`UnDefine`, `LoadModule`, `ServerRoot`,
 * `DefaultRuntimeDir`, and the conditional sections `<IfModule>`, `<IfDefine>`, `<IfFile>`,
 * `<IfVersion>`, `<IfDirective>`, `<IfSection>`. A condition the repository and the platform do
 * not settle is read as taken, and everything in it is marked undecided with the reason (never
 * silently dropped or taken). The reader also keeps what both passes report.
 */
import type { ConfigProblem, DeployedFile, DeployedFs, WebServerConfig } from '../model.js';
import { locationIn, type Location, type Note, type Origin, type SourceFile, type Span } from '../types.js';
import {
  CONDITIONAL_SECTIONS,
  parseApache,
  resolveArgs,
  type ApacheArg,
  type ApacheDirective,
  type ApacheFile,
} from '../parse/apache/parser.js';
import type { ApacheEnvironment } from './apache-envvars.js';
import { directiveModule, moduleIdentifier } from './apache-modules.js';
import { runtimeRelative } from './apache-proxy.js';

export interface LoadApacheOptions {
  /** The compiled ServerRoot (`-d`). */
  serverRoot: string;
  /** Modules compiled into the binary (`httpd -l`), by identifier. */
  staticModules: string[];
  /** DefaultRuntimeDir when none is set, relative to ServerRoot (`logs` upstream). */
  compiledRuntimeDir?: string;
  /** Directories the package ships as symlinks (RHEL's /etc/httpd/run → /run/httpd): the paths the kernel reaches. */
  links?: Record<string, string>;
  /** The environment httpd starts with; default: nothing known. */
  environment?: ApacheEnvironment;
  /** `-D NAME` on the command line (`-DFOREGROUND` in the httpd image). */
  defines?: string[];
  /** Releases the binary may be, for `<IfVersion>`; default: unknown. */
  version?: { min: string; max: string };
  /** Whether a path exists on the machine, for `<IfFile>`; undefined when not known. */
  fileExists?: (path: string) => boolean | undefined;
  /** Parsed files, shared between loads. */
  parseCache?: Map<SourceFile, ApacheFile>;
  /**
   * Read without the main file that loads the modules (text a script writes to a path socklint
   * cannot know): which modules are loaded is not known.
   */
  modulesUnknown?: true;
}

/** true, false, or not known and why. */
export type Tri = true | false | { unknown: string };

/** A directive as read: variables substituted, conditions decided. */
export interface ApacheNode {
  directive: ApacheDirective;
  file: DeployedFile;
  parsed: ApacheFile;
  args: ApacheArg[];
  /** Variables in the arguments whose value is not known. */
  unknownVars: string[];
  children?: ApacheNode[];
  undecided?: string;
}

/** httpd's AP_MAX_INCLUDE_DEPTH. */
const MAX_INCLUDE_DEPTH = 128;
/** Sections and includes nested deeper than this are not followed (httpd itself recurses on them). */
const MAX_NESTING = 256;

export class ApacheReader {
  readonly files: DeployedFile[] = [];
  readonly problems: ConfigProblem[] = [];
  private readonly problemKeys = new Set<string>();
  readonly notes: Note[] = [];
  readonly shippedIncludes: NonNullable<WebServerConfig['shippedIncludes']> = [];
  private readonly parseCache: Map<SourceFile, ApacheFile>;
  /** The ServerRoot in effect: the compiled one, then the last `ServerRoot` read. */
  serverRoot: string;
  /** Where relative `unix:` paths go (A2): the last DefaultRuntimeDir, else the compiled one. */
  runtimeDir: { path: string; origin: Origin };
  /** Defined names: their value (or null without one); `maybe` when defined in an undecided block. */
  readonly defines = new Map<string, { value: string | null; maybe: boolean }>();
  /** Modules loaded, by identifier: true when only maybe (loaded in an undecided block). */
  readonly loaded = new Map<string, boolean>();
  modulesComplete = true;
  private definesComplete = true;

  constructor(
    private readonly mainFile: DeployedFile,
    private readonly fs: DeployedFs,
    readonly options: LoadApacheOptions,
  ) {
    this.parseCache = options.parseCache ?? new Map();
    this.serverRoot = options.serverRoot;
    this.runtimeDir = {
      path: this.throughLinks(runtimeRelative(options.serverRoot, options.compiledRuntimeDir ?? 'logs')),
      origin: {
        kind: 'default',
        description: `no DefaultRuntimeDir: the compiled default ${options.compiledRuntimeDir ?? 'logs'} under ServerRoot`,
      },
    };
    for (const m of options.staticModules) this.loaded.set(m, false);
    if (options.modulesUnknown) this.modulesComplete = false;
    for (const d of options.defines ?? []) this.defines.set(d, { value: null, maybe: false });
  }

  /** A directory as the kernel resolves it: through a link the package ships at it or above it. */
  private throughLinks(dir: string): string {
    for (const [link, target] of Object.entries(this.options.links ?? {})) {
      if (dir === link || dir.startsWith(link + '/')) return target + dir.slice(link.length);
    }
    return dir;
  }

  /** The configuration as httpd reads it, from the main file. */
  read(): ApacheNode[] {
    return this.readFile(this.mainFile, [this.mainFile.deployedPath], undefined, 0);
  }

  /* ---------------------------------------------------------------- pass 1: reading */

  private parse(file: DeployedFile): ApacheFile {
    let parsed = this.parseCache.get(file.file);
    if (!parsed) {
      parsed = parseApache(file.file.text);
      this.parseCache.set(file.file, parsed);
    }
    if (!this.files.includes(file)) this.files.push(file);
    return parsed;
  }

  private readFile(
    file: DeployedFile,
    chain: string[],
    undecided: string | undefined,
    depth: number,
  ): ApacheNode[] {
    if (file.unreadable !== undefined) {
      this.note('warning', 'file-unreadable', `${file.deployedPath} is not read: ${file.unreadable}.`);
      this.modulesComplete = this.definesComplete = false;
      return [];
    }
    const parsed = this.parse(file);
    for (const error of parsed.errors) {
      // httpd names the file and line of a section left open.
      const message = error.message.endsWith(' was not closed.')
        ? `${file.deployedPath}:${error.span.line}: ${error.message}`
        : error.message;
      this.problem(message, this.at(file, error.span));
    }
    return this.readList(parsed.directives, file, parsed, chain, undecided, depth);
  }

  private readList(
    directives: ApacheDirective[],
    file: DeployedFile,
    parsed: ApacheFile,
    chain: string[],
    undecided: string | undefined,
    depth: number,
  ): ApacheNode[] {
    const out: ApacheNode[] = [];
    if (depth > MAX_NESTING) {
      const first = directives[0];
      if (first) {
        this.note(
          'warning',
          'nesting-too-deep',
          `sections and includes nest more than ${MAX_NESTING} levels; not followed further.`,
          this.at(file, first.span),
        );
      }
      return out;
    }
    for (const directive of directives) {
      const lower = directive.name.toLowerCase();
      const { args, refs } = resolveArgs(parsed, directive, (name) => this.lookupVariable(name));
      for (const ref of refs) {
        if (ref.state === 'undefined' && !ref.name.includes(':') && undecided === undefined) {
          this.note(
            'warning',
            'apache-variable-undefined',
            `AH00111: Config variable \${${ref.name}} is not defined; httpd keeps it as written.`,
            this.at(file, ref.span),
          );
        }
      }
      const node: ApacheNode = {
        directive,
        file,
        parsed,
        args,
        unknownVars: refs.filter((r) => r.state === 'unknown').map((r) => r.name),
        ...(undecided !== undefined ? { undecided } : {}),
      };
      if (directive.section && CONDITIONAL_SECTIONS.has(lower)) {
        out.push(...this.conditional(node, chain, undecided, depth));
        continue;
      }
      if (!directive.section && this.readTimeDirective(node, lower, chain, undecided, depth, out)) continue;
      if (directive.section) {
        node.children = this.readList(directive.children ?? [], file, parsed, chain, undecided, depth + 1);
      }
      out.push(node);
    }
    return out;
  }

  /** Runs a directive httpd runs while reading; true when it was one. */
  private readTimeDirective(
    node: ApacheNode,
    lower: string,
    chain: string[],
    undecided: string | undefined,
    depth: number,
    out: ApacheNode[],
  ): boolean {
    const maybe = undecided !== undefined;
    const values = node.args.map((a) => a.value);
    const at = this.at(node.file, node.directive.span);
    switch (lower) {
      case 'include':
      case 'includeoptional': {
        if (values.length !== 1) {
          this.syntax(`${node.directive.name} takes one argument`, node);
          return true;
        }
        out.push(...this.include(node, lower === 'includeoptional', chain, undecided, depth));
        return true;
      }
      case 'define': {
        if (values.length < 1 || values.length > 2) {
          this.syntax('Define takes one or two arguments', node);
        } else if (values[0].includes(':')) {
          this.syntax("Variable name must not contain ':'", node);
        } else {
          // `Define X` keeps the value an earlier `Define X v` gave (set_define()).
          const previous = this.defines.get(values[0]);
          this.defines.set(values[0], { value: values[1] ?? previous?.value ?? null, maybe });
        }
        return true;
      }
      case 'undefine': {
        if (values.length !== 1) this.syntax('UnDefine takes one argument', node);
        else if (maybe) {
          const previous = this.defines.get(values[0]);
          if (previous) previous.maybe = true;
        } else this.defines.delete(values[0]);
        return true;
      }
      case 'loadmodule': {
        if (!this.moduleAvailable('so_module', node)) return true;
        if (values.length !== 2) {
          this.syntax('LoadModule takes two arguments', node);
          return true;
        }
        const id = values[0];
        if (this.loaded.get(id) === false) {
          this.note(
            'notice',
            'apache-module-loaded-twice',
            `AH01574: module ${id} is already loaded, skipping`,
            at,
          );
        } else {
          this.loaded.set(id, maybe);
        }
        return true;
      }
      case 'serverroot': {
        if (values.length === 1 && !maybe) this.serverRoot = values[0].replace(/\/+$/, '') || '/';
        return true;
      }
      case 'defaultruntimedir': {
        // `${NAME}` left as written (AH00111) names a directory that does not exist.
        if (values.length === 1 && /\$\{[^}]*\}/.test(values[0]) && node.unknownVars.length === 0) {
          this.syntax(
            'DefaultRuntimeDir must be a valid directory, absolute or relative to ServerRoot',
            node,
          );
          return true;
        }
        if (values.length === 1 && !maybe && node.unknownVars.length === 0) {
          this.runtimeDir = {
            path: this.throughLinks(runtimeRelative(this.serverRoot, values[0]).replace(/\/+$/, '') || '/'),
            origin: { kind: 'source', location: at },
          };
        }
        return true;
      }
      case 'use':
        this.note(
          'notice',
          'apache-macro-not-expanded',
          `mod_macro's "Use ${values[0] ?? ''}" is not expanded: sockets inside macros are not seen.`,
          at,
        );
        return false;
      default:
        return false;
    }
  }

  private include(
    node: ApacheNode,
    optional: boolean,
    chain: string[],
    undecided: string | undefined,
    depth: number,
  ): ApacheNode[] {
    const written = node.args[0].value;
    const at = this.at(node.file, node.directive.span);
    if (node.unknownVars.length > 0) {
      this.note(
        'notice',
        'include-unresolved',
        `${node.directive.name} "${written}" depends on ${node.unknownVars.map((v) => `\${${v}}`).join(', ')}, whose value is not known; the analysis is incomplete here.`,
        at,
      );
      this.modulesComplete = this.definesComplete = false;
      return [];
    }
    const path = normalize(runtimeRelative(this.serverRoot, written));
    if (chain.length > MAX_INCLUDE_DEPTH || chain.includes(path)) {
      this.problem(
        `Exceeded maximum include depth of ${MAX_INCLUDE_DEPTH}, There appears to be a recursion.`,
        at,
      );
      return [];
    }
    const wildcard = /[*?[]/.test(path);
    let result = this.fs.lookup(path);
    // A directory includes every file below it (`ap_process_resource_config_nofnmatch()`).
    if (!wildcard && result.status === 'missing') {
      const below = this.fs.lookup(`${path}/**`);
      if (below.status === 'found' && below.files.length > 0) result = below;
    }
    if (result.status === 'shipped') {
      this.shippedIncludes.push({ path, description: result.description, location: at });
      this.modulesComplete = this.definesComplete = false;
      return [];
    }
    if (result.status === 'missing') {
      if (!optional) {
        this.note(
          'notice',
          'include-not-in-repo',
          `Include "${written}" (${path}) is not in the repository; if it is missing on the machine too, httpd refuses to start ("Could not open configuration file"). The analysis is incomplete here.`,
          at,
        );
      } else {
        this.note(
          'notice',
          'include-not-in-repo',
          `IncludeOptional "${written}" (${path}) is not in the repository; the analysis is incomplete here.`,
          at,
        );
      }
      this.modulesComplete = this.definesComplete = false;
      return [];
    }
    if (result.files.length === 0 && !optional) {
      if (wildcard) {
        const slash = path.lastIndexOf('/');
        this.problem(
          `Include/IncludeOptional: No matches for the wildcard '${path.slice(slash + 1)}' in '${path.slice(0, slash) || '/'}', failing`,
          at,
        );
      }
      return [];
    }
    const out: ApacheNode[] = [];
    for (const file of result.files) {
      if (chain.includes(file.deployedPath)) {
        this.problem(
          `Exceeded maximum include depth of ${MAX_INCLUDE_DEPTH}, There appears to be a recursion.`,
          at,
        );
        continue;
      }
      out.push(...this.readFile(file, [...chain, file.deployedPath], undecided, depth + 1));
    }
    return out;
  }

  /** A conditional section: its children as read when taken, none when not. */
  private conditional(
    node: ApacheNode,
    chain: string[],
    undecided: string | undefined,
    depth: number,
  ): ApacheNode[] {
    const { directive } = node;
    const name = `<${directive.name}>`;
    if (directive.missingBracket) {
      this.syntax(`${name} directive missing closing '>'`, node);
      return [];
    }
    let words = node.args.map((a) => a.value);
    let negate = false;
    if (words[0]?.startsWith('!')) {
      negate = true;
      words = [words[0].slice(1), ...words.slice(1)].filter((w, i) => i > 0 || w !== '');
    }
    const lower = directive.name.toLowerCase();
    if (lower === 'ifversion') {
      if (!this.moduleAvailable('version_module', node)) return [];
    } else if (words.length === 0 || words[0] === '') {
      this.syntax(`${name} directive requires additional arguments`, node);
      return [];
    }
    let result = node.unknownVars.length > 0 ? unknownVars(node.unknownVars) : this.test(lower, words, node);
    if (negate && typeof result === 'boolean') result = !result;
    const taken = result === true || typeof result === 'object';
    if (!taken) {
      if (directive.unclosed) this.syntax(`Expected </${directive.name}> before end of configuration`, node);
      return [];
    }
    // httpd closes a taken conditional only on a line that is exactly `</Name>`.
    if (directive.closeExact === false && directive.closeSpan && directive.closeWord) {
      const word = directive.closeWord;
      this.problem(
        `${word} without matching <${word.slice(2)} section`,
        this.at(node.file, directive.closeSpan),
      );
    }
    const reason =
      typeof result === 'object'
        ? `${name.slice(0, -1)} ${directive.args.map((a) => a.raw).join(' ')}> at ${formatAt(this.at(node.file, directive.span))}: ${result.unknown}`
        : undefined;
    return this.readList(
      directive.children ?? [],
      node.file,
      node.parsed,
      chain,
      undecided ?? reason,
      depth + 1,
    );
  }

  private test(kind: string, words: string[], node: ApacheNode): Tri {
    const arg = words[0];
    switch (kind) {
      case 'ifmodule':
        return this.moduleLoaded(moduleIdentifier(arg));
      case 'ifdefine': {
        const d = this.defines.get(arg);
        if (d) return d.maybe ? { unknown: `whether ${arg} is defined is not known` } : true;
        return this.definesComplete
          ? false
          : { unknown: `${arg} may be defined in a file that is not in the repository` };
      }
      case 'iffile': {
        const path = runtimeRelative(this.serverRoot, arg);
        if (this.fs.lookup(path).status === 'found') return true;
        const exists = this.options.fileExists?.(path);
        return exists ?? { unknown: `whether ${path} exists on the machine is not known` };
      }
      case 'ifversion':
        return this.versionTest(words, node);
      case 'ifdirective':
      case 'ifsection': {
        const module = directiveModule((kind === 'ifsection' ? '<' : '') + arg.toLowerCase());
        if (module === undefined) return { unknown: `whether this httpd knows ${arg} is not known` };
        return this.moduleLoaded(module);
      }
      default:
        return { unknown: 'not decided' };
    }
  }

  moduleLoaded(id: string): Tri {
    const state = this.loaded.get(id);
    if (state === false) return true;
    if (state === true) return { unknown: `whether ${id} is loaded is not known` };
    return this.modulesComplete
      ? false
      : { unknown: `${id} may be loaded by a file that is not in the repository` };
  }

  /** `<IfVersion [op] version>` against the releases the platform may have. */
  private versionTest(words: string[], node: ApacheNode): Tri {
    const [op, version] =
      words.length >= 2 ? [words[0] === '==' ? '=' : words[0], words[1]] : ['=', words[0]];
    if (version === undefined) {
      this.syntax('<IfVersion> directive requires additional arguments', node);
      return false;
    }
    const range = this.options.version;
    if (!range) return { unknown: 'the version of httpd is not known' };
    const exact = range.min === range.max;
    const regex = op === '~' ? version : /^\/.*\/$/.test(version) ? version.slice(1, -1) : undefined;
    if (regex !== undefined) {
      const re = safeRegExp(regex);
      if (re && exact) return re.test(range.min);
      return { unknown: `httpd may be any release from ${range.min} to ${range.max}` };
    }
    const compare = VERSION_OPERATORS[op];
    if (compare === undefined) return { unknown: `the operator ${op} is not read` };
    const holds = (v: string) => compare(compareVersions(v, version));
    const low = holds(range.min);
    const high = holds(range.max);
    if (op === '=') {
      if (exact) return low;
      if (compareVersions(version, range.min) < 0 || compareVersions(version, range.max) > 0) return false;
    } else if (low === high) {
      return low;
    }
    return { unknown: `httpd may be any release from ${range.min} to ${range.max}` };
  }

  private lookupVariable(name: string): string | undefined | null {
    const d = this.defines.get(name);
    if (d && d.value !== null) return d.maybe ? null : d.value;
    if (d?.maybe) return null;
    const env = this.options.environment;
    const v = env?.vars.get(name);
    if (v) return v.value;
    if (!env || env.unknown.has(name) || !env.complete || !this.definesComplete) return null;
    return undefined;
  }

  /* ---------------------------------------------------------------- helpers */

  /** Whether a directive's module is loaded; reports httpd's refusal when it certainly is not. */
  moduleAvailable(module: string, node: ApacheNode): boolean {
    const loaded = this.moduleLoaded(module);
    if (loaded === false) {
      const name = node.directive.section ? `<${node.directive.name}` : node.directive.name;
      this.syntax(
        `Invalid command '${name}', perhaps misspelled or defined by a module not included in the server configuration`,
        node,
      );
      return false;
    }
    if (typeof loaded === 'object' && node.undecided === undefined) node.undecided = loaded.unknown;
    return true;
  }

  syntax(message: string, node: ApacheNode): void {
    if (node.undecided !== undefined) return;
    this.problem(message, this.at(node.file, node.directive.span));
  }

  at(file: DeployedFile, span: Span): Location {
    return locationIn(file.file, span);
  }

  problem(message: string, at: Location): void {
    const key = `${at.file}:${at.line}:${at.column}:${message}`;
    if (this.problemKeys.has(key)) return;
    this.problemKeys.add(key);
    this.problems.push({ message, location: at });
  }

  note(level: Note['level'], code: string, message: string, at?: Location): void {
    this.notes.push({ level, code, message, ...(at ? { location: at } : {}) });
  }
}

/* ------------------------------------------------------------------ helpers */

function unknownVars(names: string[]): Tri {
  return { unknown: `${names.map((n) => `\${${n}}`).join(', ')} is not known` };
}

/** `file:line`, for messages. */
export function formatAt(at: Location): string {
  return `${at.file}:${at.line}`;
}

function normalize(path: string): string {
  const parts: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  return '/' + parts.join('/');
}

/** mod_version's comparisons, applied to the sign of a version comparison. */
const VERSION_OPERATORS: Record<string, (c: number) => boolean> = {
  '=': (c) => c === 0,
  '>': (c) => c > 0,
  '>=': (c) => c >= 0,
  '<': (c) => c < 0,
  '<=': (c) => c <= 0,
};

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map((n) => Number.parseInt(n, 10) || 0);
  const pb = b.split('.').map((n) => Number.parseInt(n, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function safeRegExp(pattern: string): RegExp | undefined {
  try {
    return new RegExp(pattern);
  } catch {
    return undefined;
  }
}
