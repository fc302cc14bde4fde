/**
 * Loads one nginx configuration as nginx reads it: includes spliced in place (N2), the `user`
 * directive (N3), every place where a worker connects to a socket (N4), and what `nginx -t`
 * would refuse. Socket existence is never checked: `nginx -t` does not either (N7).
 */
import type {
  ConfigProblem,
  DeployedFile,
  DeployedFs,
  LookupResult,
  NginxClientDirective,
  NginxConfig,
  NginxUserDirective,
  SocketClient,
} from '../model.js';
import { locationIn, type Location, type Note, type SourceFile, type Span } from '../types.js';
import { mayNameUnix, parsePassTarget, parseServerAddress, type PassTarget } from '../parse/nginx/address.js';
import { parseNginx, type NginxArg, type NginxDirective, type NginxFile } from '../parse/nginx/parser.js';
import { findVariables } from '../parse/nginx/variables.js';
import { hasGlobMagic } from './glob.js';

export interface LoadNginxOptions {
  /** Parsed files, shared between loads so that a file included by several mains is parsed once. */
  parseCache?: Map<SourceFile, NginxFile>;
  /**
   * `main`: the file is nginx.conf. `http`: the file is read as if inside `http { }` (a site file
   * read on its own). Default: `http` when the file has no `http`, `stream` or `events` block and
   * has a `server` or `upstream` block at its top level, else `main`.
   */
  context?: 'main' | 'http';
  /**
   * Directory that relative includes resolve against (nginx: the directory of the main file).
   * Default: the main file's directory; for a file read as `http`, its nearest ancestor directory
   * named `nginx` when there is one (a site file is included from /etc/nginx/nginx.conf).
   */
  confDir?: string;
}

/**
 * nginx reads nested blocks and included files with recursive calls (`ngx_conf_parse()`) and has
 * no limit of its own: it dies of a stack overflow (SIGSEGV) past about 13,089 nested blocks or
 * 11,639 nested includes with the usual 8 MB stack (Debian's nginx 1.22, see
 * docs/verified-behaviour.md). A level costs its share of that stack.
 */
const STACK_BYTES = 8 * 1024 * 1024;
const BLOCK_FRAME_BYTES = STACK_BYTES / 13_089;
const INCLUDE_FRAME_BYTES = STACK_BYTES / 11_639;
/** nginx keeps every file of an include chain open: under a limit of 1,024 open files, 1,019 of them. */
const MAX_OPEN_CHAIN = 1_019;
/** Beyond this many combinations of variable values, the target is reported as unresolved. */
const MAX_VARIABLE_COMBINATIONS = 64;

const HTTP_CLIENTS = new Set<string>([
  'fastcgi_pass',
  'uwsgi_pass',
  'scgi_pass',
  'grpc_pass',
  'memcached_pass',
  'proxy_pass',
]);
/** Blocks whose entries are data (`key value;`), not directives. */
const DATA_BLOCKS = new Set(['map', 'geo', 'types', 'split_clients', 'charset_map', 'match']);
/** The directives without a block that the walk reads outside data blocks. */
const WALKED_LEAVES = new Set(['user', 'set', ...HTTP_CLIENTS]);

type Module = 'main' | 'http' | 'stream' | 'other';

/** A directive in the configuration as nginx sees it, with includes spliced in. */
interface Node {
  directive: NginxDirective;
  /** The directive's name, read once. */
  name: string;
  file: DeployedFile;
  children?: Node[];
  /** Preorder number and the last number inside it, given by the walk: `a` contains `b` in O(1). */
  enter: number;
  exit: number;
}

/** A list of directives being expanded: a file's top level, a block, or an included file. */
interface ExpandFrame {
  directives: NginxDirective[];
  next: number;
  file: DeployedFile;
  out: Node[];
  /** Nested blocks and included files above this list, and their share of nginx's stack. */
  levels: number;
  stackBytes: number;
  /** Files of the include chain open while nginx reads this list. */
  openFiles: number;
  /** Inside a block whose entries are data (`map`, `upstream`, …): every entry is kept. */
  data: boolean;
  /** The included file this frame reads: open in the chain from its first directive to its end. */
  opens?: string;
  started?: boolean;
}

/** A list of nodes being walked, in one module's context. */
interface WalkFrame {
  nodes: Node[];
  next: number;
  module: Module;
  /** The enclosing block, if any. */
  parent?: Node;
  /** The nearest enclosing block that is not an `if`: where a `set` takes effect. */
  scope?: Node;
}

interface Upstream {
  name: string;
  servers: { node: Node; target: PassTarget }[];
}

interface SetDirective {
  node: Node;
  /** The server or location block the `set` belongs to (`if` blocks run inside it). */
  scope: Node;
}

const contains = (outer: Node, inner: Node): boolean =>
  outer.enter <= inner.enter && inner.exit <= outer.exit;

interface MapValue {
  value: string;
  node: Node;
}

interface ClientSite {
  node: Node;
  directive: NginxClientDirective;
  module: 'http' | 'stream';
}

interface Candidate {
  value: string;
  variable?: { name: string; location: Location };
}

export function loadNginx(main: DeployedFile, fs: DeployedFs, options: LoadNginxOptions = {}): NginxConfig {
  return new NginxLoader(main, fs, options).load();
}

function location(file: DeployedFile, span: Span): Location {
  return locationIn(file.file, span);
}

function dirname(p: string): string {
  const slash = p.lastIndexOf('/');
  return slash <= 0 ? '/' : p.slice(0, slash);
}

/** Joins and normalises posix paths; undefined when `..` climbs above `/`. */
function resolvePath(dir: string, relative: string): string | undefined {
  const parts: string[] = [];
  for (const seg of (relative.startsWith('/') ? relative : `${dir}/${relative}`).split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg !== '..') parts.push(seg);
    else if (parts.pop() === undefined) return undefined;
  }
  return '/' + parts.join('/');
}

/** A site, or a `location` snippet that a server includes (an installer's or app package's). */
function isFragment(file: NginxFile): boolean {
  const top = new Set(file.directives.filter((d) => d.block).map((d) => d.name));
  return (
    !top.has('http') &&
    !top.has('stream') &&
    !top.has('events') &&
    (top.has('server') || top.has('upstream') || top.has('location'))
  );
}

function nginxAncestorDir(path: string): string | undefined {
  const segments = path.split('/');
  const index = segments.lastIndexOf('nginx', segments.length - 2);
  return index > 0 ? segments.slice(0, index + 1).join('/') : undefined;
}

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

class NginxLoader {
  private readonly files: DeployedFile[] = [];
  private readonly seenFiles = new Set<DeployedFile>();
  /** Include patterns already looked up: a config of 10,000 servers includes `fastcgi_params` 10,000 times. */
  private readonly lookups = new Map<string, LookupResult>();
  private readonly patterns = new Map<string, string | undefined>();
  /** Files of the include chain being read, with how often each is open (a loop opens one twice). */
  private readonly openChain = new Map<string, number>();
  private readonly problems: ConfigProblem[] = [];
  private readonly problemKeys = new Set<string>();
  private readonly notes: Note[] = [];
  private readonly shippedIncludes: NonNullable<NginxConfig['shippedIncludes']> = [];
  private readonly globs: NonNullable<NginxConfig['globIncludes']> = [];
  private readonly parseCache: Map<SourceFile, NginxFile>;
  private confDir = '/';
  private user?: NginxUserDirective;
  private readonly upstreams = { http: new Map<string, Upstream>(), stream: new Map<string, Upstream>() };
  private readonly sets: SetDirective[] = [];
  private readonly maps = {
    http: new Map<string, MapValue[] | null>(),
    stream: new Map<string, MapValue[] | null>(),
  };
  private readonly sites: ClientSite[] = [];
  /** Why the upstreams read may not be all of them, when they may not be. */
  private partial: string | undefined;

  constructor(
    private readonly main: DeployedFile,
    private readonly fs: DeployedFs,
    private readonly options: LoadNginxOptions,
  ) {
    this.parseCache = options.parseCache ?? new Map();
  }

  load(): NginxConfig {
    const parsed = this.parse(this.main);
    const context = this.options.context ?? (isFragment(parsed) ? 'http' : 'main');
    this.confDir =
      this.options.confDir ??
      (context === 'http' ? nginxAncestorDir(this.main.deployedPath) : undefined) ??
      dirname(this.main.deployedPath);
    const tree = this.expand(parsed.directives);
    this.walk(tree, context);
    // A site read on its own, or a config with includes socklint does not have, may get its
    // upstreams from files it has not read.
    this.partial =
      context === 'http'
        ? 'this file is read on its own'
        : this.notes.some((n) => n.code === 'include-not-in-repo')
          ? 'some of the files it includes are not in the repository'
          : undefined;
    const clients = this.sites.flatMap((site) => this.clientsOf(site));
    return {
      server: 'nginx',
      mainPath: this.main.deployedPath,
      files: this.files,
      ...(this.user ? { user: this.user } : {}),
      clients,
      problems: this.problems,
      notes: this.notes,
      shippedIncludes: this.shippedIncludes,
      globIncludes: this.globs,
      ...(this.partial ? { partial: this.partial } : {}),
    };
  }

  /* ---------------------------------------------------------------- reading and includes */

  private parse(file: DeployedFile): NginxFile {
    let parsed = this.parseCache.get(file.file);
    if (!parsed) {
      parsed = parseNginx(file.file.text);
      this.parseCache.set(file.file, parsed);
    }
    if (!this.seenFiles.has(file)) {
      this.seenFiles.add(file);
      this.files.push(file);
      for (const error of parsed.errors) this.problem(error.message, location(file, error.span));
      if (file.file.hadBom) this.problem(bomProblem(file.file.text), location(file, FIRST_CHARACTER));
    }
    return parsed;
  }

  /**
   * The main file's directives with every include spliced in place, read with an explicit stack:
   * nesting as deep as a hostile file makes it never overflows ours.
   */
  private expand(directives: NginxDirective[]): Node[] {
    const top: Node[] = [];
    const base = this.main.deployedPath;
    this.openChain.set(base, 1);
    const stack: ExpandFrame[] = [
      { directives, next: 0, file: this.main, out: top, levels: 0, stackBytes: 0, openFiles: 1, data: false },
    ];
    while (stack.length > 0) {
      const frame = stack[stack.length - 1];
      if (frame.opens !== undefined && !frame.started) {
        frame.started = true;
        this.openChain.set(frame.opens, (this.openChain.get(frame.opens) ?? 0) + 1);
      }
      if (frame.next === frame.directives.length) {
        stack.pop();
        if (frame.opens !== undefined) this.close(frame.opens);
        continue;
      }
      const directive = frame.directives[frame.next++];
      const name = directive.name;
      if (name === 'include' && !directive.block) {
        // Pushed last-first, so that the files are read in glob order, each before what follows the include.
        const files = this.include(directive, frame);
        for (let i = files.length - 1; i >= 0; i--) stack.push(files[i]);
        continue;
      }
      // Of the other leaves, the walk reads only these: a config of 10,000 servers has 100,000 others.
      if (!directive.block && !frame.data && !WALKED_LEAVES.has(name)) continue;
      const node: Node = { directive, name, file: frame.file, enter: 0, exit: 0 };
      frame.out.push(node);
      if (!directive.block) continue;
      node.children = [];
      const stackBytes = frame.stackBytes + BLOCK_FRAME_BYTES;
      if (stackBytes > STACK_BYTES) {
        this.tooDeep(frame.levels + 1, location(node.file, directive.nameSpan));
        continue;
      }
      stack.push({
        directives: directive.block,
        next: 0,
        file: frame.file,
        out: node.children,
        levels: frame.levels + 1,
        stackBytes,
        openFiles: frame.openFiles,
        data: frame.data || DATA_BLOCKS.has(name) || name === 'upstream',
      });
    }
    this.openChain.delete(base);
    return top;
  }

  private close(path: string): void {
    const count = this.openChain.get(path)! - 1;
    if (count === 0) this.openChain.delete(path);
    else this.openChain.set(path, count);
  }

  /** nginx has no limit of its own here: it crashes. What lies deeper is not read. */
  private tooDeep(levels: number, at: Location): void {
    this.problem(
      `nested ${levels.toLocaleString('en-US')} levels deep (blocks and includes): nginx reads each level with a recursive call and crashes with a stack overflow (SIGSEGV) past about 13,089 nested blocks or 11,639 nested includes with the usual 8 MB stack`,
      at,
    );
  }

  /** The frames that read the files an include names, or none (with a note or problem saying why). */
  private include(directive: NginxDirective, frame: ExpandFrame): ExpandFrame[] {
    const at = location(frame.file, directive.span);
    if (directive.args.length !== 1) {
      this.problem('invalid number of arguments in "include" directive', at);
      return [];
    }
    const written = directive.args[0].value;
    // Relative to the main file's directory, not the including file's (N2).
    const pattern = this.patterns.get(written) ?? resolvePath(this.confDir, written);
    this.patterns.set(written, pattern);
    if (pattern === undefined) {
      this.note(
        'notice',
        'include-outside-root',
        `include "${written}" climbs above "/"; it is not followed.`,
        at,
      );
      return [];
    }
    let result = this.lookups.get(pattern);
    if (!result) {
      this.lookups.set(pattern, (result = this.fs.lookup(pattern)));
      if (hasGlobMagic(pattern)) this.globs.push({ pattern, location: at });
    }
    if (result.status === 'missing') {
      this.note(
        'notice',
        'include-not-in-repo',
        `include "${written}" (${pattern}) is not in the repository; the analysis is incomplete here.`,
        at,
      );
      return [];
    }
    if (result.status === 'shipped') {
      this.shippedIncludes.push({ path: pattern, description: result.description, location: at });
      return [];
    }
    const stackBytes = frame.stackBytes + INCLUDE_FRAME_BYTES;
    const openFiles = frame.openFiles + 1;
    const frames: ExpandFrame[] = [];
    for (const included of result.files) {
      if (this.openChain.has(included.deployedPath)) {
        this.note(
          'warning',
          'include-loop',
          `include "${written}" includes ${included.deployedPath} again, in a loop.`,
          at,
        );
        continue;
      }
      if (stackBytes > STACK_BYTES) {
        this.tooDeep(frame.levels + 1, at);
        break;
      }
      if (openFiles === MAX_OPEN_CHAIN + 1) {
        this.note(
          'warning',
          'include-depth',
          `include "${written}" is the ${openFiles}th file of one include chain: nginx keeps them all open, so under the limit of 1,024 open files that systemd gives a service by default it fails with "open() "${included.deployedPath}" failed (24: Too many open files)".`,
          at,
        );
      }
      const parsed = this.parse(included);
      frames.push({
        directives: parsed.directives,
        next: 0,
        file: included,
        out: frame.out,
        levels: frame.levels + 1,
        stackBytes,
        openFiles,
        data: frame.data,
        opens: included.deployedPath,
      });
    }
    return frames;
  }

  /* ---------------------------------------------------------------- walking the tree */

  /** Every directive in its module's context, with an explicit stack (see `expand`). */
  private walk(tree: Node[], context: Module): void {
    let order = 0;
    const stack: WalkFrame[] = [{ nodes: tree, next: 0, module: context }];
    while (stack.length > 0) {
      const frame = stack[stack.length - 1];
      if (frame.next === frame.nodes.length) {
        stack.pop();
        if (frame.parent) frame.parent.exit = order - 1;
        continue;
      }
      const node = frame.nodes[frame.next++];
      node.enter = node.exit = order++;
      const { directive, name } = node;
      const { module, parent } = frame;
      const topLevel = module === 'main' && parent === undefined;
      if (name === 'user' && !directive.block) {
        if (topLevel) this.setUser(node);
        else this.problem('"user" directive is not allowed here', location(node.file, directive.span));
        continue;
      }
      if (!node.children) {
        if (module === 'http' || module === 'stream') this.leaf(node, module, frame.scope);
        continue;
      }
      let inner = module;
      if (topLevel) {
        inner = name === 'http' ? 'http' : name === 'stream' ? 'stream' : 'other';
      } else if (module === 'http' || module === 'stream') {
        if (name === 'upstream') this.addUpstream(node, module);
        else if (name === 'map') this.addMap(node, module);
        if (DATA_BLOCKS.has(name) || name === 'upstream') continue;
      }
      const scope = name === 'if' ? frame.scope : node;
      stack.push({ nodes: node.children, next: 0, module: inner, parent: node, scope });
    }
  }

  private leaf(node: Node, module: 'http' | 'stream', scope: Node | undefined): void {
    const name = node.name;
    if (name === 'set') {
      if (scope) this.sets.push({ node, scope });
      return;
    }
    const isClient = module === 'http' ? HTTP_CLIENTS.has(name) : name === 'proxy_pass';
    if (isClient && node.directive.args.length === 1) {
      this.sites.push({ node, directive: name as NginxClientDirective, module });
    }
  }

  private setUser(node: Node): void {
    const { directive } = node;
    const at = location(node.file, directive.span);
    if (this.user) {
      this.problem('"user" directive is duplicate', at);
      return;
    }
    if (directive.args.length < 1 || directive.args.length > 2) {
      this.problem('invalid number of arguments in "user" directive', at);
      return;
    }
    const [user, group] = directive.args.map((a) => a.value);
    // getpwnam()/getgrnam() take names only: no account is named "33" (N3).
    if (/^\d+$/.test(user))
      this.problem(`getpwnam("${user}") failed`, location(node.file, directive.args[0].span));
    if (group !== undefined && /^\d+$/.test(group)) {
      this.problem(`getgrnam("${group}") failed`, location(node.file, directive.args[1].span));
    }
    this.user = { user, ...(group !== undefined ? { group } : {}), location: at };
  }

  private addUpstream(node: Node, module: 'http' | 'stream'): void {
    const { directive } = node;
    if (directive.args.length !== 1) return;
    const name = directive.args[0].value;
    const key = name.toLowerCase();
    if (this.upstreams[module].has(key)) {
      this.problem(`duplicate upstream "${name}"`, location(node.file, directive.nameSpan));
      return;
    }
    const upstream: Upstream = { name, servers: [] };
    for (const child of node.children ?? []) {
      if (child.name !== 'server' || child.directive.block || child.directive.args.length === 0) continue;
      const arg = child.directive.args[0];
      const target = parseServerAddress(arg.value);
      if (target.kind === 'invalid') this.problem(target.message, location(child.file, arg.span));
      else upstream.servers.push({ node: child, target });
    }
    this.upstreams[module].set(key, upstream);
  }

  private addMap(node: Node, module: 'http' | 'stream'): void {
    const { directive } = node;
    if (directive.args.length !== 2) return;
    const variable = findVariables(directive.args[1].value)[0];
    if (!variable) return;
    let values: MapValue[] | null = [];
    for (const entry of node.children ?? []) {
      const name = entry.name;
      if ((name === 'hostnames' || name === 'volatile') && entry.directive.args.length === 0) continue;
      const value = entry.directive.args[0]?.value;
      if (value === undefined || entry.directive.args.length !== 1 || findVariables(value).length > 0) {
        values = null;
        break;
      }
      values.push({ value, node: entry });
    }
    this.maps[module].set(variable.name, values);
  }

  /* ---------------------------------------------------------------- socket clients */

  private clientsOf(site: ClientSite): SocketClient[] {
    const { node } = site;
    const arg = node.directive.args[0];
    const base = {
      directive: site.directive,
      context: site.module,
      location: location(node.file, node.directive.span),
      targetLocation: location(node.file, arg.span),
      raw: arg.value,
    };
    // Object literals, not spreads of `base`: a config of 10,000 servers makes 10,000 clients, and
    // spreading takes V8's slow path. The keys keep the order the reports have always shown.
    const client = (
      target: SocketClient['target'],
      variable: Candidate['variable'],
      targetLocation = base.targetLocation,
    ): SocketClient => {
      const { directive, context, location, raw } = base;
      return variable
        ? { server: 'nginx', directive, context, location, targetLocation, raw, variable, target }
        : { server: 'nginx', directive, context, location, targetLocation, raw, target };
    };
    // memcached_pass takes no variables: a `$` is part of the address.
    const literal = site.directive === 'memcached_pass' || findVariables(arg.value).length === 0;
    if (!literal && !this.mayNameUnix(site, arg.value)) return [];
    const candidates = literal ? [{ value: arg.value }] : this.substitute(arg.value, site);
    if (!Array.isArray(candidates))
      return [client({ kind: 'unresolved', unresolved: { what: candidates.unresolved } }, undefined)];

    const clients: SocketClient[] = [];
    for (const candidate of candidates) {
      const { variable } = candidate;
      const target = parsePassTarget(site.directive, site.module, candidate.value);
      if (target.kind === 'invalid') {
        // nginx checks a literal address when it reads the config; a variable one per request.
        if (literal) this.problem(target.message, base.targetLocation);
        else clients.push(client({ kind: 'unresolved', unresolved: { what: [target.message] } }, variable));
        continue;
      }
      if (target.kind === 'unix') {
        clients.push(client({ kind: 'unix', path: target.path }, variable));
        continue;
      }
      const upstream = this.upstreams[site.module].get(target.host.toLowerCase());
      if (upstream && target.port === undefined) {
        for (const server of upstream.servers) {
          const serverArg = server.node.directive.args[0];
          const through = client(
            server.target.kind === 'unix'
              ? { kind: 'unix', path: server.target.path }
              : { kind: 'tcp', address: serverArg.value },
            variable,
            location(server.node.file, serverArg.span),
          );
          through.upstream = {
            name: upstream.name,
            serverLocation: location(server.node.file, server.node.directive.span),
          };
          clients.push(through);
        }
        continue;
      }
      if (upstream && literal) {
        this.problem(`upstream "${target.host}" may not have port ${target.port}`, base.targetLocation);
        continue;
      }
      const address = target.port !== undefined ? `${target.host}:${target.port}` : target.host;
      // Only proxy_pass has a default port (80 or 443): the others need one or an upstream.
      const defaultPort = site.directive === 'proxy_pass' && site.module === 'http';
      if (
        target.port !== undefined ||
        (defaultPort &&
          (IPV4.test(target.host) || target.host.startsWith('[') || target.host === 'localhost'))
      ) {
        clients.push(client({ kind: 'tcp', address }, variable));
        continue;
      }
      if (literal && !defaultPort && !this.partial) {
        this.problem(`no port in upstream "${target.host}"`, base.targetLocation);
      }
      const missing = this.partial
        ? `upstream "${target.host}", which none of the files read defines (${this.partial})`
        : `no upstream named "${target.host}"`;
      const unresolved = { what: [missing], ...(this.partial ? { upstream: target.host } : {}) };
      clients.push(client({ kind: 'unresolved', unresolved }, variable));
    }
    return clients;
  }

  /** Whether a target with variables can become a Unix socket at all (see `mayNameUnix`). */
  private mayNameUnix(site: ClientSite, value: string): boolean {
    const first = findVariables(value)[0];
    const unixUpstreams = [...this.upstreams[site.module]]
      .filter(([, u]) => u.servers.some((s) => s.target.kind === 'unix'))
      .map(([name]) => name.toLowerCase());
    return mayNameUnix(site.directive, site.module, value.slice(0, first.start), first.name, unixUpstreams);
  }

  /** Every value the argument can take from literal `set`s and `map`s, or what is unknown. */
  private substitute(value: string, site: ClientSite): Candidate[] | { unresolved: string[] } {
    const refs = findVariables(value);
    const unknown: string[] = [];
    const choices: Candidate[][] = [];
    for (const ref of refs) {
      const defined = this.valuesOf(ref.name, site);
      if (defined === undefined) unknown.push(`nginx variable $${ref.name}`);
      else choices.push(defined);
    }
    if (unknown.length > 0) return { unresolved: [...new Set(unknown)] };
    const combinations = choices.reduce((n, c) => n * c.length, 1);
    if (combinations > MAX_VARIABLE_COMBINATIONS) {
      return {
        unresolved: refs.map(
          (r) => `nginx variable $${r.name} (more than ${MAX_VARIABLE_COMBINATIONS} combinations of values)`,
        ),
      };
    }
    let partial: Candidate[] = [{ value: '' }];
    refs.forEach((ref, i) => {
      const before = value.slice(i === 0 ? 0 : refs[i - 1].end, ref.start);
      partial = partial.flatMap((p) =>
        choices[i].map((c) => ({ value: p.value + before + c.value, variable: p.variable ?? c.variable })),
      );
    });
    const tail = value.slice(refs[refs.length - 1].end);
    const seen = new Set<string>();
    return partial
      .map((p) => ({ ...p, value: p.value + tail }))
      .filter((p) => !seen.has(p.value) && seen.add(p.value));
  }

  /** The literal values of a variable where the client is: its `set`s in scope, else its `map`. */
  private valuesOf(name: string, site: ClientSite): Candidate[] | undefined {
    const sets = this.sets.filter(
      (s) =>
        contains(s.scope, site.node) &&
        s.node.directive.args.length === 2 &&
        findVariables(s.node.directive.args[0].value)[0]?.name === name,
    );
    if (sets.length > 0) {
      const values = sets.map((s) => s.node.directive.args[1]);
      if (values.some((v: NginxArg) => findVariables(v.value).length > 0)) return undefined;
      return sets.map((s) => ({
        value: s.node.directive.args[1].value,
        variable: { name: `$${name}`, location: location(s.node.file, s.node.directive.span) },
      }));
    }
    const mapped = this.maps[site.module].get(name);
    if (!mapped) return undefined;
    return mapped.map((m) => ({
      value: m.value,
      variable: { name: `$${name}`, location: location(m.node.file, m.node.directive.span) },
    }));
  }

  /* ---------------------------------------------------------------- reporting */

  private problem(message: string, at: Location): void {
    // A file included twice would report the same problem twice.
    const key = `${at.file}:${at.line}:${at.column}:${message}`;
    if (this.problemKeys.has(key)) return;
    this.problemKeys.add(key);
    this.problems.push({ message, location: at });
  }

  private note(level: Note['level'], code: string, message: string, at: Location): void {
    this.notes.push({ level, code, message, location: at });
  }
}

const FIRST_CHARACTER = { line: 1, column: 1, endLine: 1, endColumn: 2 };

/**
 * nginx reads a UTF-8 byte-order mark as part of the first word (only blanks, `;`, `{`, `}` and
 * quotes end one), so the first directive is unknown and nginx does not start.
 */
function bomProblem(text: string): string {
  const word = /^[^\s;{}"']*/.exec(text)![0];
  return word === '' && text.trim() === ''
    ? 'unexpected end of file, expecting ";" or "}"'
    : `unknown directive "\uFEFF${word}" (the file starts with a UTF-8 byte-order mark)`;
}
