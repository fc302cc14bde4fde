/**
 * Loads a Caddyfile as `caddy adapt` reads it (caddyconfig/httpcaddyfile): the global options
 * block, site blocks and named routes, snippets and imports, and every upstream of `php_fastcgi`
 * and `reverse_proxy`, inside `handle`, `handle_path`, `route` and `handle_errors` too. An
 * upstream `unix//path` dials the absolute path; `unix/path` is relative to Caddy's working
 * directory (C1, W6); `unix:/path` (nginx style) is accepted and fails every request. What Caddy
 * refuses to adapt goes to `problems` in Caddy's words. `{$NAME}` is read from the environment
 * when the file is read; `{env.NAME}` when a request is served.
 */
import type { ConfigProblem, DeployedFile, DeployedFs, SocketClient, WebServerConfig } from '../model.js';
import { locationIn, type Location, type Note } from '../types.js';
import { LineIndex } from '../parse/nginx/line-index.js';
import { lexCaddyfile, type CaddyVersion, type EnvLookup } from '../parse/caddy/lexer.js';
import {
  onNewLine,
  parseCaddyfile,
  type ImportResult,
  type ServerBlock,
  type Tok,
} from '../parse/caddy/parser.js';
import { isMap, isScalar, isSeq, parseDocument, type YAMLMap } from 'yaml';
import { normalizeDeployed } from './deployed-fs.js';
import {
  DIRECTIVES_2_6,
  DIRECTIVES_CURRENT,
  FASTCGI_TRANSPORT,
  GLOBALS_2_6,
  GLOBALS_CURRENT,
  PHP_FASTCGI,
  REVERSE_PROXY_2_6,
  ROUTES,
  TRANSPORTS,
} from './caddy-directives.js';
import { parseUpstream } from './caddy-upstream.js';

export interface LoadCaddyOptions {
  version: CaddyVersion;
  /** Caddy's environment; undefined when not known (`{$NAME}` and `{env.NAME}` then stay unknown). */
  environment?: { vars: ReadonlyMap<string, string>; complete: boolean };
  /** Caddy's working directory, against which `unix/relative` paths resolve; undefined when not known. */
  workingDirectory?: string;
}

export interface CaddyClient extends SocketClient {
  server: 'caddy';
  /** The dial address as `caddy adapt` writes it (`unix//run/php/x.sock`). */
  dial: string;
  /** The site addresses of the block, or `&(name)` for a named route. */
  site: string[];
  /** Set when a `reverse_proxy` speaks FastCGI (`transport fastcgi`); `php_fastcgi` always does. */
  transport?: 'fastcgi';
  /** Why the address depends on something not known (a relative path, a placeholder). */
  undecided?: string;
}

/** An upstream Caddy accepts but can never dial (W6): every request fails with 502. */
export interface BrokenUpstream {
  location: Location;
  raw: string;
  dial: string;
  /** Caddy's error at each request. */
  error: string;
  /** Why the address is what Caddy dials, when the line does not show it. */
  why?: string;
}

export interface CaddyConfig extends WebServerConfig {
  server: 'caddy';
  clients: CaddyClient[];
  brokenUpstreams: BrokenUpstream[];
  /** The site blocks: their addresses and where they start. */
  sites: { keys: string[]; location: Location }[];
}

type T = Tok<DeployedFile>;

/** Routes nested deeper are certainly generated or hostile; Caddy itself recurses on them. */
const MAX_ROUTE_DEPTH = 64;

/** Where a list of directives is: at a site's top (unknown directives are said so), or in a route. */
interface Where {
  top: boolean;
  noBraces: boolean;
  parent?: string;
  depth: number;
}

export function loadCaddy(main: DeployedFile, fs: DeployedFs, options: LoadCaddyOptions): CaddyConfig {
  return new CaddyLoader(main, fs, options).load();
}

/**
 * Loads Caddy's native JSON config (`caddy run --config caddy.json`): every `reverse_proxy`
 * handler's `upstreams[].dial`, read as Caddy reads a network address.
 */
export function loadCaddyJson(main: DeployedFile, options: LoadCaddyOptions): CaddyConfig {
  return new CaddyLoader(main, { lookup: () => ({ status: 'missing' }) }, options).loadJson();
}

class CaddyLoader {
  private readonly files: DeployedFile[] = [];
  private readonly problems: ConfigProblem[] = [];
  private readonly notes: Note[] = [];
  private readonly clients: CaddyClient[] = [];
  private readonly broken: BrokenUpstream[] = [];
  private readonly sites: CaddyConfig['sites'] = [];
  private readonly shippedIncludes: NonNullable<WebServerConfig['shippedIncludes']> = [];
  private readonly indexes = new Map<DeployedFile, LineIndex>();

  constructor(
    private readonly main: DeployedFile,
    private readonly fs: DeployedFs,
    private readonly options: LoadCaddyOptions,
  ) {}

  load(): CaddyConfig {
    const tokens = this.tokensOf(this.main);
    if (tokens !== undefined) {
      const result = parseCaddyfile(tokens, {
        version: this.options.version,
        importFiles: (pattern, from) => this.importFiles(pattern, from),
        fileName: (file) => file.deployedPath,
      });
      for (const w of result.warnings)
        this.note('warning', 'caddy-import-no-match', w.message, this.at(w.at));
      if (result.error) {
        this.problems.push({
          message: result.error.message,
          location: result.error.at ? this.at(result.error.at) : this.whole(this.main),
        });
      } else {
        this.blocks(result.blocks);
      }
    }
    return this.result();
  }

  private result(): CaddyConfig {
    return {
      server: 'caddy',
      mainPath: this.main.deployedPath,
      files: this.files,
      clients: this.clients,
      problems: this.problems,
      notes: this.notes,
      shippedIncludes: this.shippedIncludes,
      brokenUpstreams: this.broken,
      sites: this.sites,
    };
  }

  loadJson(): CaddyConfig {
    const file = this.main;
    this.files.push(file);
    const doc = parseDocument(file.file.text, { uniqueKeys: false });
    const error = doc.errors[0];
    if (error) {
      this.problems.push({
        message: `invalid JSON: ${error.message.split('\n')[0]}`,
        location: this.span(file, error.pos[0], error.pos[1]),
      });
    } else {
      // Depth first, without recursion: a config may nest deeply. The keys of `servers` name them.
      const stack: { node: unknown; server?: string; servers?: boolean }[] = [{ node: doc.contents }];
      while (stack.length > 0) {
        const { node, server, servers } = stack.pop()!;
        if (isSeq(node)) {
          for (const item of [...node.items].reverse()) stack.push({ node: item, server });
        } else if (isMap(node)) {
          if (node.get('handler') === 'reverse_proxy') this.jsonProxy(node, server);
          for (const pair of [...node.items].reverse()) {
            const key = isScalar(pair.key) ? String(pair.key.value) : '';
            stack.push({ node: pair.value, server: servers ? key : server, servers: key === 'servers' });
          }
        }
      }
    }
    return this.result();
  }

  private jsonProxy(handler: YAMLMap, server: string | undefined): void {
    const upstreams = handler.get('upstreams', true);
    if (!isSeq(upstreams)) return;
    const [start, , end] = handler.range ?? [0, 0, 0];
    for (const up of upstreams.items) {
      if (!isMap(up)) continue;
      const dial = up.get('dial', true);
      if (!isScalar(dial) || typeof dial.value !== 'string' || !dial.range) continue;
      const parsed = parseUpstream(dial.value);
      if ('error' in parsed) continue;
      this.dialClient(parsed, {
        directive: 'reverse_proxy',
        location: this.span(this.main, start, end),
        targetLocation: this.span(this.main, dial.range[0], dial.range[1]),
        raw: dial.value,
        site: server ? [server] : [],
      });
    }
  }

  /* ---------------------------------------------------------------- reading */

  private envLookup(): EnvLookup {
    const env = this.options.environment;
    return (name) => {
      const v = env?.vars.get(name);
      if (v !== undefined) return v;
      return env?.complete ? undefined : null;
    };
  }

  /**
   * The repository writes the Caddyfile's own directory, so a file it lacks below it is a fact,
   * as a site missing from sites-enabled/ is; a path elsewhere may be the machine's own.
   */
  private holdsDirectoryOf(path: string): boolean {
    const main = this.main.deployedPath;
    return this.main.builtin === undefined && path.startsWith(main.slice(0, main.lastIndexOf('/') + 1));
  }

  /** The tokens of a file, or undefined when Caddy cannot read it (the problem is recorded). */
  private tokensOf(file: DeployedFile): T[] | undefined {
    if (!this.files.includes(file)) this.files.push(file);
    if (file.unreadable !== undefined) {
      this.note('warning', 'file-unreadable', `${file.deployedPath} is not read: ${file.unreadable}.`);
      return [];
    }
    const lexed = lexCaddyfile(file.file.text, { version: this.options.version, env: this.envLookup() });
    for (const ref of lexed.env.filter((e) => !e.known)) {
      this.note(
        'notice',
        'caddy-env-unknown',
        `{$${ref.name}} is read from Caddy's environment when the Caddyfile is loaded; its value is not known here.`,
        this.span(file, ref.start, ref.end),
      );
    }
    if (lexed.error) {
      this.problems.push({
        message: lexed.error.message,
        location: this.span(file, lexed.error.start, lexed.error.end),
      });
      return undefined;
    }
    return lexed.tokens.map((token) => ({ token, text: token.text, file }));
  }

  /** `doImport()` for files: relative to the importing file, at most one wildcard. */
  private importFiles(pattern: string, from: T): ImportResult<DeployedFile> {
    const dir = from.file.deployedPath.slice(0, from.file.deployedPath.lastIndexOf('/')) || '/';
    const glob = normalizeDeployed(pattern.startsWith('/') ? pattern : `${dir}/${pattern}`);
    const count = (c: string) => glob.split(c).length - 1;
    if (count('*') > 1 || count('?') > 1 || (glob.includes('[') && glob.includes(']'))) {
      return { error: `Glob pattern may only contain one wildcard (*), but has others: ${glob}` };
    }
    const wildcard = /[*?[\]]/.test(glob);
    const result = this.fs.lookup(glob);
    if (result.status === 'missing' && !wildcard && this.holdsDirectoryOf(glob)) {
      const dir = this.main.deployedPath.slice(0, this.main.deployedPath.lastIndexOf('/') + 1);
      return {
        error: `File to import not found: ${pattern} (the repository holds ${dir}, where the Caddyfile is, but not this file)`,
      };
    }
    if (result.status !== 'found') {
      const at = this.at(from);
      if (result.status === 'shipped')
        this.shippedIncludes.push({ path: glob, description: result.description, location: at });
      this.note(
        'notice',
        'include-not-in-repo',
        `import ${pattern} (${glob}) is not in the repository; if it is missing on the machine too, Caddy refuses to start ("File to import not found"). The analysis is incomplete here.`,
        at,
      );
      return { tokens: [], nodes: [] };
    }
    if (result.files.length === 0) {
      if (wildcard)
        return { tokens: [], nodes: [], warning: `No files matching import glob pattern: ${pattern}` };
      return { error: `File to import not found: ${pattern}` };
    }
    const tokens: T[] = [];
    for (const file of result.files) {
      const read = this.tokensOf(file);
      if (read === undefined) return { error: `Could not read tokens while importing ${file.deployedPath}` };
      tokens.push(...read);
    }
    return { tokens, nodes: result.files.map((f) => f.deployedPath) };
  }

  /* ---------------------------------------------------------------- blocks */

  private blocks(blocks: ServerBlock<DeployedFile>[]): void {
    const v26 = this.options.version === '2.6';
    const globals = new Set(v26 ? GLOBALS_2_6 : GLOBALS_CURRENT);
    blocks.forEach((block, i) => {
      if (block.keys.length === 0) {
        if (i > 0) {
          this.problem(
            'server block without any key is global configuration, and if used, it must be first',
            block.segments[0]?.[0],
          );
          return;
        }
        for (const segment of block.segments) {
          if (!globals.has(segment[0].text))
            this.problem(`unrecognized global option: ${segment[0].text}`, segment[0]);
        }
        return;
      }
      if (block.keys[0].text.startsWith('@')) {
        this.problem(
          `cannot define a matcher outside of a site block: '${block.keys[0].text}'`,
          block.keys[0],
        );
        return;
      }
      // A stray `}` ends up as a site address, which no certificate can be had for.
      const brace = block.keys.find((k) => k.text === '}' || k.text === '{');
      if (brace) {
        this.problem(`subject does not qualify for certificate: '${brace.text}'`, brace);
        return;
      }
      const keys = block.keys.map((k) => k.text);
      this.sites.push({ keys, location: this.at(block.keys[0]) });
      if (block.namedRoute) {
        this.directives(splitBlock(block.segments[0], v26), keys, { top: false, noBraces: false, depth: 1 });
        return;
      }
      this.directives(block.segments, keys, { top: true, noBraces: !block.hasBraces, depth: 0 });
    });
  }

  private directives(segments: T[][], site: string[], where: Where): void {
    if (where.depth > MAX_ROUTE_DEPTH) {
      const first = segments[0]?.[0];
      this.note(
        'warning',
        'nesting-too-deep',
        `routes nest more than ${MAX_ROUTE_DEPTH} levels deep; not read further.`,
        first ? this.at(first) : undefined,
      );
      return;
    }
    const known = new Set(this.options.version === '2.6' ? DIRECTIVES_2_6 : DIRECTIVES_CURRENT);
    for (const segment of segments) {
      const name = segment[0].text;
      if (name.startsWith('@')) continue;
      if (!known.has(name)) {
        const message = where.top
          ? `unrecognized directive: ${name}${where.noBraces ? '\nDid you mean to define a second site? If so, you must use curly braces around each site to separate their configurations.' : ''}`
          : `parsing caddyfile tokens for '${where.parent}': unrecognized directive: ${name} - are you sure your Caddyfile structure (nesting and braces) is correct?`;
        this.problem(message, segment[0]);
        continue;
      }
      if (ROUTES.has(name))
        this.directives(splitBlock(segment, this.options.version === '2.6'), site, {
          top: false,
          noBraces: false,
          parent: name,
          depth: where.depth + 1,
        });
      else if (name === 'php_fastcgi' || name === 'reverse_proxy') this.proxy(segment, site);
    }
  }

  /* ---------------------------------------------------------------- php_fastcgi and reverse_proxy */

  private proxy(segment: T[], site: string[]): void {
    const directive = segment[0].text;
    const v26 = this.options.version === '2.6';
    const { args, block } = argsAndBlock(segment, v26);
    // A first argument that is a matcher (`*`, `/path`, `@name`) is not an upstream.
    const upstreams = isMatcher(args[0]?.text) ? args.slice(1) : args;
    let fastcgi = false;
    for (const sub of splitBlock(segment, v26)) {
      const name = sub[0].text;
      if (name.startsWith('@')) continue;
      if (directive === 'php_fastcgi' && PHP_FASTCGI.has(name)) continue;
      if (name === 'to') upstreams.push(...sub.slice(1));
      else if (name === 'transport') fastcgi = this.transport(sub, directive) || fastcgi;
      else if (v26 && !REVERSE_PROXY_2_6.has(name))
        this.problem(
          `parsing caddyfile tokens for '${directive}': unrecognized subdirective ${name}`,
          sub[0],
        );
    }
    if (upstreams.length === 0 && block === undefined) {
      this.problem(
        `parsing caddyfile tokens for '${directive}': Wrong argument count or unexpected line ending after '${directive}'`,
        segment[0],
      );
      return;
    }
    for (const up of upstreams) this.upstream(segment, up, site, fastcgi);
  }

  /** Reads a `transport` block; true when it is `fastcgi`. */
  private transport(sub: T[], directive: string): boolean {
    const name = sub[1]?.text;
    if (name === undefined || !TRANSPORTS.has(name)) {
      this.problem(
        `parsing caddyfile tokens for '${directive}': getting module named 'http.reverse_proxy.transport.${name ?? ''}': module not registered: http.reverse_proxy.transport.${name ?? ''}`,
        sub[1] ?? sub[0],
      );
      return false;
    }
    if (name !== 'fastcgi') return false;
    for (const inner of splitBlock(sub, this.options.version === '2.6')) {
      if (!FASTCGI_TRANSPORT.has(inner[0].text)) {
        this.problem(
          `parsing caddyfile tokens for '${directive}': unrecognized subdirective ${inner[0].text}`,
          inner[0],
        );
      }
    }
    return true;
  }

  private upstream(segment: T[], up: T, site: string[], fastcgi: boolean): void {
    const parsed = parseUpstream(up.text);
    if ('error' in parsed) {
      this.problem(`parsing caddyfile tokens for '${segment[0].text}': ${parsed.error}`, up);
      return;
    }
    this.dialClient(parsed, {
      directive: segment[0].text,
      location: this.segmentLocation(segment),
      targetLocation: this.at(up),
      raw: up.text,
      written: up.file.file.text.slice(up.token.start, up.token.end),
      site,
      ...(fastcgi ? { transport: 'fastcgi' as const } : {}),
      ...(up.token.unknownEnv ? { unknownEnv: up.token.unknownEnv } : {}),
    });
  }

  /** The client of one dial address, or the broken upstream it is. */
  private dialClient(
    parsed: { network: string; address: string; dial: string },
    where: {
      directive: string;
      location: Location;
      targetLocation: Location;
      raw: string;
      /** The address as the file writes it, `{$VAR}` references included. */
      written?: string;
      site: string[];
      transport?: 'fastcgi';
      unknownEnv?: string[];
    },
  ): void {
    const { unknownEnv, written, ...rest } = where;
    const base = { server: 'caddy' as const, context: 'http' as const, ...rest };
    const at = where.targetLocation;
    const { network, address, dial } = parsed;
    if (unknownEnv) {
      const what = unknownEnv.map(
        (n) => `environment variable {$${n}} (read when Caddy loads the Caddyfile)`,
      );
      this.clients.push({ ...base, dial, target: { kind: 'unresolved', unresolved: { what } } });
      return;
    }
    if (
      network !== '' &&
      network !== 'unix' &&
      network !== 'tcp' &&
      network !== 'udp' &&
      !network.startsWith('tcp') &&
      !network.startsWith('udp')
    ) {
      const error = `dial ${network}: unknown network ${network}`;
      this.broken.push({ location: at, raw: where.raw, dial, error });
      this.note(
        'error',
        'caddy-upstream-network',
        `${where.directive} ${where.raw}: Caddy starts, then every request to this upstream fails with 502 ("${error}"). A Unix socket is written unix//path.`,
        at,
      );
      return;
    }
    const placeholders = [...address.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1]);
    const resolved = this.placeholders(address, placeholders);
    if (typeof resolved !== 'string') {
      this.clients.push({
        ...base,
        dial,
        target: { kind: 'unresolved', unresolved: { what: resolved.unknown } },
      });
      return;
    }
    if (network !== 'unix') {
      this.clients.push({ ...base, dial, target: { kind: 'tcp', address: resolved } });
      return;
    }
    if (resolved === '') {
      // Known empty: an unset {$VAR} becomes nothing when the Caddyfile is read (W6); Caddy starts.
      const source = written ?? where.raw;
      const unset = [...source.matchAll(/\{\$([^}:]+)\}/g)].map((m) => `{$${m[1]}}`);
      this.broken.push({
        location: at,
        raw: source,
        dial,
        error: 'dial unix: missing address',
        why:
          unset.length > 0
            ? `${unset.join(', ')} ${unset.length > 1 ? 'are' : 'is'} not set in Caddy's environment, so the address after unix/ is empty`
            : 'the address after unix/ is empty',
      });
      return;
    }
    if (resolved.startsWith('/')) {
      this.clients.push({ ...base, dial, target: { kind: 'unix', path: normalizePath(resolved) } });
      return;
    }
    const cwd = this.options.workingDirectory;
    const why = `unix/${resolved} is the relative path ${resolved}: Caddy resolves it against its working directory (write unix//path for an absolute path)`;
    if (cwd === undefined) {
      this.clients.push({
        ...base,
        dial,
        undecided: why,
        target: { kind: 'unresolved', unresolved: { what: [`${why}, which is not known`] } },
      });
      return;
    }
    this.note('warning', 'caddy-relative-socket', `${why}; it is ${cwd} here.`, at);
    this.clients.push({ ...base, dial, target: { kind: 'unix', path: normalizePath(`${cwd}/${resolved}`) } });
  }

  /** `{env.NAME}` from the environment when it is known; any other placeholder is per request. */
  private placeholders(address: string, names: string[]): string | { unknown: string[] } {
    const unknown: string[] = [];
    let out = address;
    for (const name of names) {
      const env = /^env\.(.+)$/.exec(name);
      const value = env ? this.envLookup()(env[1]) : null;
      if (typeof value === 'string') out = out.replace(`{${name}}`, value);
      else if (env && value === undefined) out = out.replace(`{${name}}`, '');
      else
        unknown.push(
          env
            ? `environment variable {env.${env[1]}} (read at each request)`
            : `placeholder {${name}}, evaluated per request`,
        );
    }
    return unknown.length > 0 ? { unknown } : out;
  }

  /* ---------------------------------------------------------------- positions and reporting */

  private span(file: DeployedFile, start: number, end: number): Location {
    let index = this.indexes.get(file);
    if (!index) this.indexes.set(file, (index = new LineIndex(file.file.text)));
    return locationIn(file.file, index.span(start, end));
  }

  private at(t: T): Location {
    return this.span(t.file, t.token.start, t.token.end);
  }

  private whole(file: DeployedFile): Location {
    return this.span(file, 0, 0);
  }

  /** From the directive to its last token in the same file. */
  private segmentLocation(segment: T[]): Location {
    const first = segment[0];
    const last =
      [...segment].reverse().find((t) => t.file === first.file && t.token.start >= first.token.start) ??
      first;
    return this.span(first.file, first.token.start, last.token.end);
  }

  private problem(message: string, at: T | undefined): void {
    this.problems.push({ message, location: at ? this.at(at) : this.whole(this.main) });
  }

  private note(level: Note['level'], code: string, message: string, location?: Location): void {
    this.notes.push({ level, code, message, ...(location ? { location } : {}) });
  }
}

/* ------------------------------------------------------------------ segments */

/** `Helper.MatcherToken()`: `*`, a path, or a named matcher. */
function isMatcher(text: string | undefined): boolean {
  return text !== undefined && (text === '*' || text.startsWith('/') || text.startsWith('@'));
}

/** The arguments on a directive's first line, and its block's tokens (between its braces), if any. */
function argsAndBlock(segment: T[], v26: boolean): { args: T[]; block?: T[] } {
  const open = segment.findIndex((t, i) => i > 0 && isBrace(t, '{', v26));
  if (open === -1) return { args: segment.slice(1) };
  return { args: segment.slice(1, open), block: segment.slice(open + 1, -1) };
}

function isBrace(t: T, brace: '{' | '}', v26: boolean): boolean {
  return t.text === brace && (v26 || t.token.quote === '');
}

/** The directives inside a segment's block: each starts a line at the block's first level. */
function splitBlock(segment: T[], v26: boolean): T[][] {
  const { block } = argsAndBlock(segment, v26);
  if (!block) return [];
  const version = v26 ? '2.6' : 'current';
  const out: T[][] = [];
  let nesting = 0;
  block.forEach((t, i) => {
    if (nesting === 0 && onNewLine(block[i - 1], t, version)) out.push([t]);
    else out[out.length - 1]?.push(t);
    if (isBrace(t, '{', v26)) nesting++;
    else if (isBrace(t, '}', v26)) nesting--;
  });
  return out;
}

function normalizePath(path: string): string {
  return path.replace(/\/{2,}/g, '/');
}
