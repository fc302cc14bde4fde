/**
 * Loads one Apache httpd configuration as httpd reads it, in its two passes:
 * 1. Reading (`ap_build_config()`): each line gets `${NAME}` substituted with what is defined at
 *    that point (W7: `Define` is positional), and the directives httpd runs while reading are run
 *    in order: `Include`/`IncludeOptional` (globs and directories, relative to ServerRoot),
 *    `Define`/`UnDefine`, `LoadModule`, `ServerRoot`, `DefaultRuntimeDir`, and the conditional
 *    sections `<IfModule>`, `<IfDefine>`, `<IfFile>`, `<IfVersion>`, `<IfDirective>`, `<IfSection>`.
 *    A condition the repository and the platform do not settle is read as taken, and everything
 *    in it is marked undecided with the reason (never silently dropped or taken).
 * 2. Walking (`ap_walk_config()`): `User`/`Group` (the last wins; not in `<VirtualHost>`, W1), the
 *    proxy workers of `ProxyPass`, `ProxyPassMatch`, `<Proxy>` with `ProxySet`, `BalancerMember`,
 *    and the handlers `SetHandler "proxy:…"`, with the worker-reuse rule (A4, W9).
 * What httpd refuses to start with goes to `problems` in httpd's own words; socket existence is
 * never checked (httpd does not check it either).
 */
import type {
  Address,
  ConfigProblem,
  DeployedFile,
  DeployedFs,
  SocketClient,
  UserDirective,
  WebServerConfig,
} from '../model.js';
import { locationIn, type Location, type Note, type Origin, type SourceFile, type Span } from '../types.js';
import {
  CONDITIONAL_SECTIONS,
  parseApache,
  resolveArgs,
  type ApacheArg,
  type ApacheDirective,
  type ApacheFile,
} from '../parse/apache/parser.js';
import { knownEnvironment, readEnvvars, type ApacheEnvironment } from './apache-envvars.js';
import type { ApacheFlavour } from './platforms-apache.js';
import { directiveModule, moduleIdentifier, SCHEME_MODULES, SCHEME_PORTS } from './apache-modules.js';
import {
  comparableUrl,
  ematch,
  literalPrefix,
  parseUri,
  runtimeRelative,
  splitSocketUrl,
  workerName,
} from './apache-proxy.js';

export interface LoadApacheOptions {
  /** The compiled ServerRoot (`-d`). */
  serverRoot: string;
  /** Modules compiled into the binary (`httpd -l`), by identifier. */
  staticModules: string[];
  /** DefaultRuntimeDir when none is set, relative to ServerRoot (`logs` upstream). */
  compiledRuntimeDir?: string;
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
}

/** One place where Apache connects to a socket. */
export interface ApacheClient extends SocketClient {
  server: 'apache';
  /** The `<VirtualHost>` line the directive is in. */
  virtualHost?: Location;
  /** A worker defined elsewhere that serves these requests with its own socket (A4, W9). */
  worker?: { name: string; location: Location; why: string };
  /** The requests this client serves, when not all of the directive's: e.g. `files under /srv/api/`. */
  scope?: string;
  /** Why it is not known whether this client exists; `target` is then `unresolved` with this reason. */
  undecided?: string;
  /** The address it connects to if it exists, when `undecided` is set. */
  ifApplied?: Address;
}

/** A `User` or `Group` as written, with the variable its value came from. */
export interface ApacheSetting {
  /** After `${NAME}` substitution. */
  value: string;
  /** The directive. */
  location: Location;
  /** The argument. */
  valueLocation: Location;
  /** The `${NAME}` the value came from, and where that was set (Debian's envvars). */
  variable?: { name: string; origin?: Origin };
  /** Why it is not known whether this directive applies. */
  undecided?: string;
}

/** `SetHandler "proxy:…"` where the module that speaks the scheme is not loaded: Apache serves the file itself (W12). */
export interface InertHandler {
  location: Location;
  raw: string;
  /** The module identifier that is missing. */
  missing: string;
}

export interface ApacheConfig extends WebServerConfig {
  server: 'apache';
  clients: ApacheClient[];
  /** The ServerRoot in effect at the end of reading. */
  serverRoot: string;
  /** Where relative `unix:` paths go (A2): the last DefaultRuntimeDir, else the compiled one. */
  runtimeDir: { path: string; origin: Origin };
  /** Every `User` and `Group` that applies, in walking order: the last one wins. */
  users: ApacheSetting[];
  groups: ApacheSetting[];
  /** Modules loaded at the end of reading, and whether that list is complete. */
  modules: { loaded: string[]; maybe: string[]; complete: boolean };
  inertHandlers: InertHandler[];
  /** The `<VirtualHost>` sections read: their addresses and ServerName. */
  virtualHosts: { addresses: string[]; serverName?: string; location: Location }[];
}

export function loadApache(main: DeployedFile, fs: DeployedFs, options: LoadApacheOptions): ApacheConfig {
  return new ApacheLoader(main, fs, options).load();
}

/**
 * The options a flavour starts httpd with: its compiled ServerRoot, modules and defaults, and the
 * environment its start script gives (Debian's envvars as found in `fs`, the repository's or the
 * package's).
 */
export function apacheOptions(flavour: ApacheFlavour, fs: DeployedFs): LoadApacheOptions {
  const origin: Origin = {
    kind: 'default',
    description: `set by the start script of ${flavour.description}`,
  };
  let environment = knownEnvironment(flavour.startEnvironment, origin, flavour.environmentComplete);
  if (flavour.envvarsPath !== undefined) {
    const found = fs.lookup(flavour.envvarsPath);
    if (found.status === 'found' && found.files.length > 0)
      environment = readEnvvars(found.files[0], environment);
    else environment = { ...environment, complete: false };
  }
  return {
    serverRoot: flavour.serverRoot,
    staticModules: flavour.staticModules,
    compiledRuntimeDir: flavour.compiledRuntimeDir,
    environment,
    defines: flavour.defines,
    version: flavour.version,
  };
}

/** The core containers, whose handlers check their `>` and argument. */
const CONTAINERS = new Set(
  [
    'directory',
    'directorymatch',
    'location',
    'locationmatch',
    'files',
    'filesmatch',
    'limit',
    'limitexcept',
  ].map((n) => `<${n}`),
);

/** httpd's AP_MAX_INCLUDE_DEPTH. */
const MAX_INCLUDE_DEPTH = 128;
/** Sections and includes nested deeper than this are not followed (httpd itself recurses on them). */
const MAX_NESTING = 256;

/** A directive as read: variables substituted, conditions decided. */
interface Node {
  directive: ApacheDirective;
  file: DeployedFile;
  parsed: ApacheFile;
  args: ApacheArg[];
  /** Variables in the arguments whose value is not known. */
  unknownVars: string[];
  children?: Node[];
  undecided?: string;
}

interface Worker {
  name: string;
  match: boolean;
  /** Absolute socket path, when the worker connects to a Unix socket. */
  socket?: string;
  origin: string;
  location: Location;
  directive: string;
  undecided?: string;
}

interface Server {
  /** The `<VirtualHost>` line; undefined for the main server. */
  location?: Location;
  workers: Worker[];
  info?: ApacheConfig['virtualHosts'][number];
}

/** Where the walk is: the server (main or a virtual host) and the sections around the directive. */
interface Context {
  server: Server;
  sections: Node[];
}

interface HandlerSite {
  node: Node;
  server: Server;
  /** The `<Directory>` path the handler is in, when it is in one. */
  directory?: string;
  undecided?: string;
}

type Tri = true | false | { unknown: string };

class ApacheLoader {
  private readonly files: DeployedFile[] = [];
  private readonly problems: ConfigProblem[] = [];
  private readonly problemKeys = new Set<string>();
  private readonly notes: Note[] = [];
  private readonly shippedIncludes: NonNullable<WebServerConfig['shippedIncludes']> = [];
  private readonly parseCache: Map<SourceFile, ApacheFile>;
  private serverRoot: string;
  private runtimeDir: { path: string; origin: Origin };
  /** Defined names: their value (or null without one); `maybe` when defined in an undecided block. */
  private readonly defines = new Map<string, { value: string | null; maybe: boolean }>();
  private readonly loaded = new Map<string, boolean>();
  private modulesComplete = true;
  private definesComplete = true;
  private readonly users: ApacheSetting[] = [];
  private readonly groups: ApacheSetting[] = [];
  private readonly main: Server = { workers: [] };
  private readonly vhosts: Server[] = [];
  private readonly handlers: HandlerSite[] = [];
  private readonly clients: ApacheClient[] = [];
  private readonly inertHandlers: InertHandler[] = [];

  constructor(
    private readonly mainFile: DeployedFile,
    private readonly fs: DeployedFs,
    private readonly options: LoadApacheOptions,
  ) {
    this.parseCache = options.parseCache ?? new Map();
    this.serverRoot = options.serverRoot;
    this.runtimeDir = {
      path: runtimeRelative(options.serverRoot, options.compiledRuntimeDir ?? 'logs'),
      origin: {
        kind: 'default',
        description: `no DefaultRuntimeDir: the compiled default ${options.compiledRuntimeDir ?? 'logs'} under ServerRoot`,
      },
    };
    for (const m of options.staticModules) this.loaded.set(m, false);
    for (const d of options.defines ?? []) this.defines.set(d, { value: null, maybe: false });
  }

  load(): ApacheConfig {
    const tree = this.readFile(this.mainFile, [this.mainFile.deployedPath], undefined, 0);
    this.walk(tree, { server: this.main, sections: [] });
    for (const site of this.handlers) this.handlerClients(site);
    // Handlers are resolved last (they depend on every worker); report clients in reading order.
    const order = new Map(this.files.map((f, i) => [f.file.path, i] as const));
    this.clients.sort(
      (a, b) =>
        (order.get(a.location.file) ?? 0) - (order.get(b.location.file) ?? 0) ||
        a.location.line - b.location.line ||
        a.location.column - b.location.column,
    );
    const user = this.users[this.users.length - 1];
    const group = this.groups[this.groups.length - 1];
    const userDirective: UserDirective | undefined = user
      ? {
          user: user.value,
          ...(group ? { group: group.value, groupLocation: group.location } : {}),
          location: user.location,
        }
      : undefined;
    return {
      server: 'apache',
      mainPath: this.mainFile.deployedPath,
      files: this.files,
      ...(userDirective ? { user: userDirective } : {}),
      clients: this.clients,
      problems: this.problems,
      notes: this.notes,
      shippedIncludes: this.shippedIncludes,
      serverRoot: this.serverRoot,
      runtimeDir: this.runtimeDir,
      users: this.users,
      groups: this.groups,
      modules: {
        loaded: [...this.loaded].filter(([, maybe]) => !maybe).map(([m]) => m),
        maybe: [...this.loaded].filter(([, maybe]) => maybe).map(([m]) => m),
        complete: this.modulesComplete,
      },
      inertHandlers: this.inertHandlers,
      virtualHosts: this.vhosts.flatMap((v) => (v.info ? [v.info] : [])),
    };
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
  ): Node[] {
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
  ): Node[] {
    const out: Node[] = [];
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
      const node: Node = {
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
    node: Node,
    lower: string,
    chain: string[],
    undecided: string | undefined,
    depth: number,
    out: Node[],
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
            path: runtimeRelative(this.serverRoot, values[0]).replace(/\/+$/, '') || '/',
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
    node: Node,
    optional: boolean,
    chain: string[],
    undecided: string | undefined,
    depth: number,
  ): Node[] {
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
    const out: Node[] = [];
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
  private conditional(node: Node, chain: string[], undecided: string | undefined, depth: number): Node[] {
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

  private test(kind: string, words: string[], node: Node): Tri {
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

  private moduleLoaded(id: string): Tri {
    const state = this.loaded.get(id);
    if (state === false) return true;
    if (state === true) return { unknown: `whether ${id} is loaded is not known` };
    return this.modulesComplete
      ? false
      : { unknown: `${id} may be loaded by a file that is not in the repository` };
  }

  /** `<IfVersion [op] version>` against the releases the platform may have. */
  private versionTest(words: string[], node: Node): Tri {
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

  /* ---------------------------------------------------------------- pass 2: walking */

  private walk(nodes: Node[], ctx: Context): void {
    for (const node of nodes) {
      const { directive } = node;
      const lower = (directive.section ? '<' : '') + directive.name.toLowerCase();
      const module = directiveModule(lower);
      if (module !== undefined && !this.moduleAvailable(module, node)) continue;
      if (lower === '<virtualhost') {
        if (ctx.server !== this.main) {
          this.syntax('<VirtualHost> cannot occur within <VirtualHost> section', node);
          continue;
        }
        if (!this.sectionArgs(node)) continue;
        const location = this.at(node.file, directive.span);
        const serverName = node.children?.find((c) => c.directive.name.toLowerCase() === 'servername')
          ?.args[0]?.value;
        const server: Server = {
          location,
          workers: [],
          info: { addresses: node.args.map((a) => a.value), ...(serverName ? { serverName } : {}), location },
        };
        this.vhosts.push(server);
        this.walk(node.children ?? [], { server, sections: [node] });
        continue;
      }
      if (directive.section) {
        if (CONTAINERS.has(lower) && !this.sectionArgs(node)) continue;
        if (lower === '<proxy' || lower === '<proxymatch') this.proxySection(node, ctx);
        this.walk(node.children ?? [], { server: ctx.server, sections: [...ctx.sections, node] });
        continue;
      }
      switch (lower) {
        case 'user':
        case 'group':
          this.identity(node, ctx);
          break;
        case 'sethandler':
          this.setHandler(node, ctx);
          break;
        case 'proxypass':
        case 'proxypassmatch':
          this.proxyPass(node, ctx, lower === 'proxypassmatch');
          break;
        case 'balancermember':
          this.balancerMember(node, ctx);
          break;
        case 'proxyset':
          this.proxySet(node, ctx);
          break;
      }
    }
  }

  /** A core container's `>` and argument (`unclosed_directive()`, `missing_container_arg()`). */
  private sectionArgs(node: Node): boolean {
    const name = `<${node.directive.name}>`;
    if (node.directive.missingBracket) {
      this.syntax(`${name} directive missing closing '>'`, node);
      return false;
    }
    if (node.args.length === 0) {
      this.syntax(`${name} directive requires additional arguments`, node);
      return false;
    }
    return true;
  }

  /** `ap_check_cmd_context()` and `invoke_cmd()`: where a server-wide directive may not be. */
  private contextError(node: Node, ctx: Context, globalOnly: boolean): boolean {
    const name = node.directive.section ? `<${node.directive.name}` : node.directive.name;
    const inner = ctx.sections.filter((s) => s.directive.name.toLowerCase() !== 'virtualhost');
    if (inner.length > 0) {
      const parent = inner[inner.length - 1].directive.name;
      this.syntax(`${name} not allowed in <${parent}> context`, node);
      return true;
    }
    if (globalOnly && ctx.server !== this.main) {
      this.syntax(`${name} cannot occur within <VirtualHost> section`, node);
      return true;
    }
    return false;
  }

  private identity(node: Node, ctx: Context): void {
    const lower = node.directive.name.toLowerCase();
    if (this.contextError(node, ctx, true)) return;
    if (node.args.length !== 1 || node.args[0].value === '') {
      this.syntax(
        `${node.directive.name} takes one argument, ${lower === 'user' ? 'Effective user id for this server' : 'Effective group id for this server'}`,
        node,
      );
      return;
    }
    const arg = node.args[0];
    const ref = this.variableOf(arg);
    const setting: ApacheSetting = {
      value: arg.value,
      location: this.at(node.file, node.directive.span),
      valueLocation: this.at(node.file, arg.span),
      ...(ref ? { variable: ref } : {}),
      ...(node.undecided !== undefined
        ? { undecided: node.undecided }
        : node.unknownVars.length > 0
          ? { undecided: `${node.unknownVars.map((v) => `\${${v}}`).join(', ')} is not known` }
          : {}),
    };
    (lower === 'user' ? this.users : this.groups).push(setting);
  }

  /** The `${NAME}` an argument was read from, with where its value was set. */
  private variableOf(arg: ApacheArg): ApacheSetting['variable'] {
    const ref = /^\$\{([^}]*)\}$/.exec(arg.raw.replace(/^["']|["']$/g, ''));
    if (!ref) return undefined;
    const name = ref[1];
    const defined = this.defines.get(name);
    if (defined && defined.value !== null) return { name };
    const env = this.options.environment?.vars.get(name);
    return env ? { name, origin: env.origin } : { name };
  }

  private setHandler(node: Node, ctx: Context): void {
    if (node.args.length !== 1 || node.args[0].value === '') {
      this.syntax(
        'SetHandler takes one argument, a handler name that overrides any other configured handler',
        node,
      );
      return;
    }
    if (!node.args[0].value.startsWith('proxy:')) return;
    const directory = ctx.sections.find((s) => s.directive.name.toLowerCase() === 'directory');
    this.handlers.push({
      node,
      server: ctx.server,
      ...(directory?.args[0] ? { directory: withSlash(directory.args[0].value) } : {}),
    });
  }

  private proxyPass(node: Node, ctx: Context, regex: boolean): void {
    const name = node.directive.name;
    const blocked = ctx.sections.find((s) =>
      ['directory', 'directorymatch', 'files', 'filesmatch', 'if', 'elseif', 'else'].includes(
        s.directive.name.toLowerCase(),
      ),
    );
    if (blocked) {
      this.syntax(`${name} cannot occur within <${blocked.directive.name}> section`, node);
      return;
    }
    const inLocation = ctx.sections.some((s) => /^location(match)?$/i.test(s.directive.name));
    const words = node.args.filter(
      (a) => !a.value.includes('=') && !/^(nocanon|interpolate|noquery)$/i.test(a.value),
    );
    const urlArg = inLocation ? words[0] : words.filter((w) => w.value !== '~')[1];
    if (!urlArg) {
      this.syntax('ProxyPass|ProxyPassMatch needs a path when not defined in a location', node);
      return;
    }
    const url = urlArg.value;
    if (url === '!' || /^balancer:\/\//i.test(url)) return;
    const target = splitSocketUrl(url);
    if (!target) {
      this.syntax('ProxyPass|ProxyPassMatch uses an invalid "unix:" URL', node);
      return;
    }
    const match =
      regex ||
      words[0]?.value === '~' ||
      (inLocation && ctx.sections.some((s) => /^locationmatch$/i.test(s.directive.name)));
    this.defineWorker(node, urlArg, target, ctx.server, match, name);
  }

  /** Defines a worker, or shares an earlier one whose name prefixes its URL (AH01145), and adds the client. */
  private defineWorker(
    node: Node,
    urlArg: ApacheArg,
    target: { socket?: string; origin: string },
    server: Server,
    match: boolean,
    directive: string,
  ): void {
    const name = workerName(target.origin, target.socket !== undefined);
    if (name === undefined) {
      this.syntax(`${directive} URL must be absolute!: ${urlArg.value}`, node);
      return;
    }
    const socket =
      target.socket !== undefined ? runtimeRelative(this.runtimeDir.path, target.socket) : undefined;
    const shared = findWorker(server.workers, name);
    const location = this.at(node.file, node.directive.span);
    const worker: Worker = shared ?? {
      name,
      match,
      ...(socket !== undefined ? { socket } : {}),
      origin: target.origin,
      location,
      directive,
      ...(node.undecided !== undefined ? { undecided: node.undecided } : {}),
    };
    if (!shared) server.workers.push(worker);
    if (directive === '<Proxy>' || directive === 'ProxySet') return;
    const scheme = parseUri(target.origin).scheme?.toLowerCase() ?? '';
    const missing = this.missingSchemeModule(scheme);
    if (missing === false) {
      this.note(
        'warning',
        'apache-scheme-module-missing',
        `${directive} to ${urlArg.value}: ${SCHEME_MODULES[scheme] ?? `no module for ${scheme}://`} is not loaded, so httpd has no handler for it and answers with an error, without connecting.`,
        location,
      );
      return;
    }
    this.addClient(node, urlArg, worker, server, {
      ...(shared
        ? {
            worker: {
              name: shared.name,
              location: shared.location,
              why: `httpd shares the worker ${shared.name} defined earlier (AH01145: its name is a prefix of ${name})`,
            },
          }
        : {}),
      ...(typeof missing === 'object' ? { undecided: missing.unknown } : {}),
    });
  }

  private proxySection(node: Node, ctx: Context): void {
    if (this.contextError(node, ctx, false)) return;
    const [urlArg, ...params] = node.args;
    if (!urlArg) {
      this.syntax(`<${node.directive.name} > block must specify a path`, node);
      return;
    }
    const url = urlArg.value.replace(/^proxy:/i, '');
    if (/^balancer:\/\//i.test(url)) return;
    const hasProxySet = (node.directive.children ?? []).some((c) => c.name.toLowerCase() === 'proxyset');
    // Only parameters on the section line or a ProxySet inside define a worker.
    if (params.length === 0 && !hasProxySet) return;
    if (/[*?[]/.test(url)) return;
    const target = splitSocketUrl(url);
    if (!target) {
      this.syntax('<Proxy/ProxyMatch > uses an invalid "unix:" URL', node);
      return;
    }
    this.defineWorker(
      node,
      urlArg,
      target,
      ctx.server,
      node.directive.name.toLowerCase() === 'proxymatch',
      '<Proxy>',
    );
  }

  private proxySet(node: Node, ctx: Context): void {
    // Inside <Proxy>, the section defined the worker; outside, ProxySet names an existing one.
    if (ctx.sections.some((s) => /^proxy(match)?$/i.test(s.directive.name))) return;
    const urlArg = node.args[0];
    if (!urlArg || /^balancer:\/\//i.test(urlArg.value)) return;
    const target = splitSocketUrl(urlArg.value);
    const name = target && workerName(target.origin, target.socket !== undefined);
    if (!name || !findWorker(ctx.server.workers, name)) {
      this.syntax(`ProxySet can not find '${urlArg.value}' Worker.`, node);
    }
  }

  private balancerMember(node: Node, ctx: Context): void {
    // `add_member()`: inside <Proxy> the section names the balancer; outside, the first word does.
    const proxy = ctx.sections.find((s) => /^proxy(match)?$/i.test(s.directive.name));
    const words = node.args.filter((a) => !a.value.includes('='));
    const urlArg = proxy ? words[0] : words[1];
    if (!proxy && words.length === 0) {
      this.syntax('BalancerMember must define balancer name when outside <Proxy > section', node);
      return;
    }
    if (!urlArg) {
      this.syntax('BalancerMember must define remote proxy server', node);
      return;
    }
    const target = splitSocketUrl(urlArg.value);
    if (!target) {
      this.syntax('BalancerMember uses an invalid "unix:" URL', node);
      return;
    }
    const name = workerName(target.origin, target.socket !== undefined);
    if (name === undefined) {
      this.syntax(`BalancerMember URL must be absolute!: ${urlArg.value}`, node);
      return;
    }
    const socket =
      target.socket !== undefined ? runtimeRelative(this.runtimeDir.path, target.socket) : undefined;
    // Balancer members live in their balancer, not among the server's workers: no request finds them by name.
    const worker: Worker = {
      name,
      match: false,
      ...(socket !== undefined ? { socket } : {}),
      origin: target.origin,
      location: this.at(node.file, node.directive.span),
      directive: 'BalancerMember',
    };
    const scheme = parseUri(target.origin).scheme?.toLowerCase() ?? '';
    const missing = this.missingSchemeModule(scheme);
    if (missing === false) return;
    this.addClient(
      node,
      urlArg,
      worker,
      ctx.server,
      typeof missing === 'object' ? { undecided: missing.unknown } : {},
    );
  }

  /** false when the scheme's module is certainly not loaded, `{unknown}` when that is not known, true otherwise. */
  private missingSchemeModule(scheme: string): Tri {
    const module = SCHEME_MODULES[scheme];
    if (module === undefined) return true;
    return this.moduleLoaded(module);
  }

  /* ---------------------------------------------------------------- handlers and the worker-reuse rule */

  private handlerClients(site: HandlerSite): void {
    const { node } = site;
    const arg = node.args[0];
    const url = arg.value.slice('proxy:'.length);
    const location = this.at(node.file, node.directive.span);
    const target = splitSocketUrl(url);
    if (!target) {
      this.note(
        'warning',
        'apache-handler-invalid',
        `SetHandler ${arg.value}: not a valid proxy URL; every request fails.`,
        location,
      );
      return;
    }
    const scheme = parseUri(target.origin).scheme?.toLowerCase() ?? '';
    // Without mod_proxy or the scheme's module, the handler is unknown and the file is served as it is (W12).
    for (const module of ['proxy_module', SCHEME_MODULES[scheme]]) {
      if (module === undefined) continue;
      const loaded = this.moduleLoaded(module);
      if (loaded === false) {
        this.inertHandlers.push({ location, raw: arg.value, missing: module });
        this.note(
          'error',
          'apache-handler-inert',
          `SetHandler "${arg.value}": ${module} is not loaded, so Apache ignores the handler and serves the files themselves (PHP source with HTTP 200), without connecting to any socket.`,
          location,
        );
        return;
      }
      if (typeof loaded === 'object') site.undecided ??= loaded.unknown;
    }
    if (target.socketHost !== undefined) {
      this.note(
        'warning',
        'apache-handler-invalid',
        `SetHandler "${arg.value}": the socket URL has a host ("${target.socketHost}"), so httpd answers every request with 400 (AH10292: Invalid proxy UDS filename). Write unix:/path or unix:///path.`,
        location,
      );
      return;
    }
    const origin = handlerOrigin(target.origin);
    const comparable = comparableUrl(origin);
    const servers = site.server === this.main ? [this.main, ...this.vhosts] : [site.server];
    const own: Worker | undefined =
      target.socket !== undefined
        ? {
            name: origin,
            match: false,
            socket: runtimeRelative(this.runtimeDir.path, target.socket),
            origin,
            location,
            directive: 'SetHandler',
          }
        : undefined;
    // The handler's own socket serves the requests no worker takes, in some server.
    let coveredEverywhere = true;
    const seen = new Set<Worker>();
    for (const server of servers) {
      const workers = server === this.main ? this.main.workers : [...this.main.workers, ...server.workers];
      let covered = false;
      for (const capture of comparable ? captures(workers, comparable, site.directory) : []) {
        if (capture.all) covered = true;
        if (seen.has(capture.worker)) continue;
        seen.add(capture.worker);
        const where =
          server !== site.server && server.location
            ? `requests of the <VirtualHost> at ${formatAt(server.location)}`
            : '';
        const scope = [where, capture.all ? '' : capture.scope].filter(Boolean).join(', ');
        this.addClient(node, arg, capture.worker, server, {
          worker: {
            name: capture.worker.name,
            location: capture.worker.location,
            why: `the ${capture.worker.directive} worker ${capture.worker.name} is the longest worker name that prefixes this handler's URL ${origin}<file path>, so httpd uses it and its socket`,
          },
          ...(scope ? { scope } : {}),
          ...(site.undecided !== undefined ? { undecided: site.undecided } : {}),
        });
      }
      if (!covered) coveredEverywhere = false;
    }
    if (coveredEverywhere) return;
    const fallback: Worker = own ?? {
      name: origin,
      match: false,
      origin,
      location,
      directive: 'SetHandler',
    };
    this.addClient(
      node,
      arg,
      fallback,
      site.server,
      site.undecided !== undefined ? { undecided: site.undecided } : {},
    );
  }

  /* ---------------------------------------------------------------- clients */

  private addClient(
    node: Node,
    arg: ApacheArg,
    worker: Worker,
    server: Server,
    extra: Partial<Pick<ApacheClient, 'worker' | 'scope' | 'undecided'>>,
  ): void {
    const address = workerAddress(worker);
    const unresolved = [...new Set(node.unknownVars)].map((v) => `Apache variable \${${v}}`);
    if (/%\{/.test(arg.value) && node.directive.name.toLowerCase() === 'sethandler') {
      unresolved.push(`the expression in "${arg.value}", evaluated per request`);
    }
    const undecided = node.undecided ?? worker.undecided ?? extra.undecided;
    const client: ApacheClient = {
      server: 'apache',
      directive: node.directive.name,
      context: 'http',
      location: this.at(node.file, node.directive.span),
      targetLocation: this.at(node.file, arg.span),
      raw: arg.value,
      target:
        unresolved.length > 0
          ? { kind: 'unresolved', unresolved: { what: unresolved } }
          : undecided !== undefined
            ? { kind: 'unresolved', unresolved: { what: [undecided] } }
            : address,
      ...(server.location ? { virtualHost: server.location } : {}),
      ...(extra.worker ? { worker: extra.worker } : {}),
      ...(extra.scope ? { scope: extra.scope } : {}),
      ...(undecided !== undefined && unresolved.length === 0 ? { undecided, ifApplied: address } : {}),
    };
    this.clients.push(client);
  }

  /* ---------------------------------------------------------------- helpers */

  /** Whether a directive's module is loaded; reports httpd's refusal when it certainly is not. */
  private moduleAvailable(module: string, node: Node): boolean {
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

  private syntax(message: string, node: Node): void {
    if (node.undecided !== undefined) return;
    this.problem(message, this.at(node.file, node.directive.span));
  }

  private at(file: DeployedFile, span: Span): Location {
    return locationIn(file.file, span);
  }

  private problem(message: string, at: Location): void {
    const key = `${at.file}:${at.line}:${at.column}:${message}`;
    if (this.problemKeys.has(key)) return;
    this.problemKeys.add(key);
    this.problems.push({ message, location: at });
  }

  private note(level: Note['level'], code: string, message: string, at?: Location): void {
    this.notes.push({ level, code, message, ...(at ? { location: at } : {}) });
  }
}

/* ------------------------------------------------------------------ pure helpers */

function unknownVars(names: string[]): Tri {
  return { unknown: `${names.map((n) => `\${${n}}`).join(', ')} is not known` };
}

function formatAt(at: Location): string {
  return `${at.file}:${at.line}`;
}

function withSlash(dir: string): string {
  return dir.endsWith('/') ? dir : `${dir}/`;
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

function workerAddress(worker: Worker): Address {
  if (worker.socket !== undefined) return { kind: 'unix', path: worker.socket };
  const uri = parseUri(worker.origin);
  const scheme = uri.scheme?.toLowerCase() ?? '';
  const host = uri.hostname ?? '';
  const port = uri.port ?? String(SCHEME_PORTS[scheme] ?? '');
  return { kind: 'tcp', address: port ? `${host}:${port}` : host };
}

/** `ap_proxy_get_worker_ex()` at definition time: the longest earlier worker whose name prefixes `name`. */
function findWorker(workers: Worker[], name: string): Worker | undefined {
  const comparable = comparableUrl(name);
  if (!comparable) return undefined;
  let best: Worker | undefined;
  for (const w of workers) {
    const length = w.name.length;
    if (length > comparable.url.length || length < comparable.minMatch) continue;
    if (best && length <= best.name.length) continue;
    if (w.match ? ematch(comparable.url, w.name) : comparable.url.startsWith(w.name)) best = w;
  }
  return best;
}

/**
 * The workers that take a handler's requests. The request URL is `origin` followed by the file's
 * path, and the longest worker name that prefixes it wins: a worker takes every request when its
 * name prefixes `origin`, and the requests for files under its path when `origin` prefixes its
 * name. A ProxyPassMatch worker's `$N` matches anything. Longest names first; the list ends at
 * the first worker that takes everything the handler can serve (`directory`, when known).
 */
function captures(
  workers: Worker[],
  origin: { url: string; minMatch: number },
  directory: string | undefined,
): { worker: Worker; all: boolean; scope: string }[] {
  const out: { worker: Worker; all: boolean; scope: string }[] = [];
  const sorted = [...workers].sort((a, b) => b.name.length - a.name.length);
  for (const w of sorted) {
    if (w.name.length < origin.minMatch) continue;
    const prefix = w.match ? literalPrefix(w.name) : w.name;
    // A match worker whose name ends at its first `$N` matches whatever follows its prefix.
    const open = !w.match || /^\$\d$/.test(w.name.slice(prefix.length));
    let under: string;
    if (origin.url.startsWith(prefix)) {
      under = '/';
    } else if (prefix.startsWith(origin.url)) {
      under = prefix.slice(origin.url.length);
    } else {
      continue;
    }
    if (directory !== undefined && !directory.startsWith(under) && !under.startsWith(directory)) continue;
    const all = open && (under === '/' || (directory !== undefined && directory.startsWith(under)));
    const scope = !open ? `requests whose URL matches ${w.name}` : `files under ${under}`;
    out.push({ worker: w, all, scope });
    if (all) break;
  }
  return out;
}

/**
 * The URL a handler's requests have before the file's path, as `fixup_uds_filename()` leaves it:
 * `scheme:`, `scheme://`, `scheme:/path` and `scheme:///path` get the host `localhost`.
 */
function handlerOrigin(origin: string): string {
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):(.*)$/s.exec(origin);
  if (!m) return origin;
  const [, scheme, rest] = m;
  if (rest === '' || rest === '//') return `${scheme}://localhost`;
  if (rest.startsWith('///')) return `${scheme}://localhost${rest.slice(2)}`;
  if (rest.startsWith('/') && !rest.startsWith('//')) return `${scheme}://localhost${rest}`;
  return origin;
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
