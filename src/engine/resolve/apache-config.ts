/**
 * Loads one Apache httpd configuration as httpd reads it, in its two passes: the reader
 * (apache-read.ts) reads the files, `Define`s, modules and conditions; this module then walks
 * what was read (`ap_walk_config()`): `User`/`Group` (the last wins; not in `<VirtualHost>`, W1),
 * the proxy workers of `ProxyPass`, `ProxyPassMatch`, `<Proxy>` with `ProxySet`,
 * `BalancerMember`, and the handlers `SetHandler "proxy:…"`, with the worker-reuse rule (A4, W9).
 * What httpd refuses to start with goes to `problems` in httpd's own words; socket existence is
 * never checked (httpd does not check it either).
 */
import type {
  Address,
  DeployedFile,
  DeployedFs,
  SocketClient,
  UserDirective,
  WebServerConfig,
} from '../model.js';
import type { Location, Origin } from '../types.js';
import type { ApacheArg } from '../parse/apache/parser.js';
import { knownEnvironment, readEnvvars } from './apache-envvars.js';
import { directiveModule, SCHEME_MODULES } from './apache-modules.js';
import {
  captures,
  comparableUrl,
  findWorker,
  handlerOrigin,
  parseUri,
  runtimeRelative,
  splitSocketUrl,
  workerAddress,
  workerName,
  type Worker,
} from './apache-proxy.js';
import { ApacheReader, formatAt, type ApacheNode, type LoadApacheOptions, type Tri } from './apache-read.js';
import type { ApacheFlavour } from './platforms-apache.js';

export type { LoadApacheOptions } from './apache-read.js';

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
  return new ApacheWalker(new ApacheReader(main, fs, options), main).load();
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
    ...(flavour.links ? { links: flavour.links } : {}),
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

interface Server {
  /** The `<VirtualHost>` line; undefined for the main server. */
  location?: Location;
  workers: Worker[];
  info?: ApacheConfig['virtualHosts'][number];
}

/** Where the walk is: the server (main or a virtual host) and the sections around the directive. */
interface Context {
  server: Server;
  sections: ApacheNode[];
}

interface HandlerSite {
  node: ApacheNode;
  server: Server;
  /** The `<Directory>` path the handler is in, when it is in one. */
  directory?: string;
  undecided?: string;
}

/** The second pass (`ap_walk_config()`), over what the reader read. */
class ApacheWalker {
  private readonly users: ApacheSetting[] = [];
  private readonly groups: ApacheSetting[] = [];
  private readonly main: Server = { workers: [] };
  private readonly vhosts: Server[] = [];
  private readonly handlers: HandlerSite[] = [];
  private readonly clients: ApacheClient[] = [];
  private readonly inertHandlers: InertHandler[] = [];

  constructor(
    private readonly read: ApacheReader,
    private readonly mainFile: DeployedFile,
  ) {}

  load(): ApacheConfig {
    const tree = this.read.read();
    this.walk(tree, { server: this.main, sections: [] });
    for (const site of this.handlers) this.handlerClients(site);
    // Handlers are resolved last (they depend on every worker); report clients in reading order.
    const order = new Map(this.read.files.map((f, i) => [f.file.path, i] as const));
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
      files: this.read.files,
      ...(userDirective ? { user: userDirective } : {}),
      clients: this.clients,
      problems: this.read.problems,
      notes: this.read.notes,
      shippedIncludes: this.read.shippedIncludes,
      serverRoot: this.read.serverRoot,
      runtimeDir: this.read.runtimeDir,
      users: this.users,
      groups: this.groups,
      modules: {
        loaded: [...this.read.loaded].filter(([, maybe]) => !maybe).map(([m]) => m),
        maybe: [...this.read.loaded].filter(([, maybe]) => maybe).map(([m]) => m),
        complete: this.read.modulesComplete,
      },
      inertHandlers: this.inertHandlers,
      virtualHosts: this.vhosts.flatMap((v) => (v.info ? [v.info] : [])),
    };
  }
  /* ---------------------------------------------------------------- pass 2: walking */

  private walk(nodes: ApacheNode[], ctx: Context): void {
    for (const node of nodes) {
      const { directive } = node;
      const lower = (directive.section ? '<' : '') + directive.name.toLowerCase();
      const module = directiveModule(lower);
      if (module !== undefined && !this.read.moduleAvailable(module, node)) continue;
      if (lower === '<virtualhost') {
        if (ctx.server !== this.main) {
          this.read.syntax('<VirtualHost> cannot occur within <VirtualHost> section', node);
          continue;
        }
        if (!this.sectionArgs(node)) continue;
        const location = this.read.at(node.file, directive.span);
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
  private sectionArgs(node: ApacheNode): boolean {
    const name = `<${node.directive.name}>`;
    if (node.directive.missingBracket) {
      this.read.syntax(`${name} directive missing closing '>'`, node);
      return false;
    }
    if (node.args.length === 0) {
      this.read.syntax(`${name} directive requires additional arguments`, node);
      return false;
    }
    return true;
  }

  /** `ap_check_cmd_context()` and `invoke_cmd()`: where a server-wide directive may not be. */
  private contextError(node: ApacheNode, ctx: Context, globalOnly: boolean): boolean {
    const name = node.directive.section ? `<${node.directive.name}` : node.directive.name;
    const inner = ctx.sections.filter((s) => s.directive.name.toLowerCase() !== 'virtualhost');
    if (inner.length > 0) {
      const parent = inner[inner.length - 1].directive.name;
      this.read.syntax(`${name} not allowed in <${parent}> context`, node);
      return true;
    }
    if (globalOnly && ctx.server !== this.main) {
      this.read.syntax(`${name} cannot occur within <VirtualHost> section`, node);
      return true;
    }
    return false;
  }

  private identity(node: ApacheNode, ctx: Context): void {
    const lower = node.directive.name.toLowerCase();
    if (this.contextError(node, ctx, true)) return;
    if (node.args.length !== 1 || node.args[0].value === '') {
      this.read.syntax(
        `${node.directive.name} takes one argument, ${lower === 'user' ? 'Effective user id for this server' : 'Effective group id for this server'}`,
        node,
      );
      return;
    }
    const arg = node.args[0];
    const ref = this.variableOf(arg);
    const setting: ApacheSetting = {
      value: arg.value,
      location: this.read.at(node.file, node.directive.span),
      valueLocation: this.read.at(node.file, arg.span),
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
    const defined = this.read.defines.get(name);
    if (defined && defined.value !== null) return { name };
    const env = this.read.options.environment?.vars.get(name);
    return env ? { name, origin: env.origin } : { name };
  }

  private setHandler(node: ApacheNode, ctx: Context): void {
    if (node.args.length !== 1 || node.args[0].value === '') {
      this.read.syntax(
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

  private proxyPass(node: ApacheNode, ctx: Context, regex: boolean): void {
    const name = node.directive.name;
    const blocked = ctx.sections.find((s) =>
      ['directory', 'directorymatch', 'files', 'filesmatch', 'if', 'elseif', 'else'].includes(
        s.directive.name.toLowerCase(),
      ),
    );
    if (blocked) {
      this.read.syntax(`${name} cannot occur within <${blocked.directive.name}> section`, node);
      return;
    }
    const inLocation = ctx.sections.some((s) => /^location(match)?$/i.test(s.directive.name));
    const words = node.args.filter(
      (a) => !a.value.includes('=') && !/^(nocanon|interpolate|noquery)$/i.test(a.value),
    );
    const urlArg = inLocation ? words[0] : words.filter((w) => w.value !== '~')[1];
    if (!urlArg) {
      this.read.syntax('ProxyPass|ProxyPassMatch needs a path when not defined in a location', node);
      return;
    }
    const url = urlArg.value;
    if (url === '!' || /^balancer:\/\//i.test(url)) return;
    const target = splitSocketUrl(url);
    if (!target) {
      this.read.syntax('ProxyPass|ProxyPassMatch uses an invalid "unix:" URL', node);
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
    node: ApacheNode,
    urlArg: ApacheArg,
    target: { socket?: string; origin: string },
    server: Server,
    match: boolean,
    directive: string,
  ): void {
    const name = workerName(target.origin, target.socket !== undefined);
    if (name === undefined) {
      this.read.syntax(`${directive} URL must be absolute!: ${urlArg.value}`, node);
      return;
    }
    const socket =
      target.socket !== undefined ? runtimeRelative(this.read.runtimeDir.path, target.socket) : undefined;
    const shared = findWorker(server.workers, name);
    const location = this.read.at(node.file, node.directive.span);
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
      this.read.note(
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

  private proxySection(node: ApacheNode, ctx: Context): void {
    if (this.contextError(node, ctx, false)) return;
    const [urlArg, ...params] = node.args;
    if (!urlArg) {
      this.read.syntax(`<${node.directive.name} > block must specify a path`, node);
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
      this.read.syntax('<Proxy/ProxyMatch > uses an invalid "unix:" URL', node);
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

  private proxySet(node: ApacheNode, ctx: Context): void {
    // Inside <Proxy>, the section defined the worker; outside, ProxySet names an existing one.
    if (ctx.sections.some((s) => /^proxy(match)?$/i.test(s.directive.name))) return;
    const urlArg = node.args[0];
    if (!urlArg || /^balancer:\/\//i.test(urlArg.value)) return;
    const target = splitSocketUrl(urlArg.value);
    const name = target && workerName(target.origin, target.socket !== undefined);
    if (!name || !findWorker(ctx.server.workers, name)) {
      this.read.syntax(`ProxySet can not find '${urlArg.value}' Worker.`, node);
    }
  }

  private balancerMember(node: ApacheNode, ctx: Context): void {
    // `add_member()`: inside <Proxy> the section names the balancer; outside, the first word does.
    const proxy = ctx.sections.find((s) => /^proxy(match)?$/i.test(s.directive.name));
    const words = node.args.filter((a) => !a.value.includes('='));
    const urlArg = proxy ? words[0] : words[1];
    if (!proxy && words.length === 0) {
      this.read.syntax('BalancerMember must define balancer name when outside <Proxy > section', node);
      return;
    }
    if (!urlArg) {
      this.read.syntax('BalancerMember must define remote proxy server', node);
      return;
    }
    const target = splitSocketUrl(urlArg.value);
    if (!target) {
      this.read.syntax('BalancerMember uses an invalid "unix:" URL', node);
      return;
    }
    const name = workerName(target.origin, target.socket !== undefined);
    if (name === undefined) {
      this.read.syntax(`BalancerMember URL must be absolute!: ${urlArg.value}`, node);
      return;
    }
    const socket =
      target.socket !== undefined ? runtimeRelative(this.read.runtimeDir.path, target.socket) : undefined;
    // Balancer members live in their balancer, not among the server's workers: no request finds them by name.
    const worker: Worker = {
      name,
      match: false,
      ...(socket !== undefined ? { socket } : {}),
      origin: target.origin,
      location: this.read.at(node.file, node.directive.span),
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
    return this.read.moduleLoaded(module);
  }

  /* ---------------------------------------------------------------- handlers and the worker-reuse rule */

  private handlerClients(site: HandlerSite): void {
    const { node } = site;
    const arg = node.args[0];
    const url = arg.value.slice('proxy:'.length);
    const location = this.read.at(node.file, node.directive.span);
    const target = splitSocketUrl(url);
    if (!target) {
      this.read.note(
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
      const loaded = this.read.moduleLoaded(module);
      if (loaded === false) {
        this.inertHandlers.push({ location, raw: arg.value, missing: module });
        this.read.note(
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
      this.read.note(
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
            socket: runtimeRelative(this.read.runtimeDir.path, target.socket),
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
    node: ApacheNode,
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
      location: this.read.at(node.file, node.directive.span),
      targetLocation: this.read.at(node.file, arg.span),
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
}

/* ------------------------------------------------------------------ helpers */

function withSlash(dir: string): string {
  return dir.endsWith('/') ? dir : `${dir}/`;
}
