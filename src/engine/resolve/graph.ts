/**
 * The socket graph of each deployment unit: the web servers' configs and their socket clients,
 * the FPM configs and their pools, who the workers run as, and which client reaches which pool.
 */
import path from 'node:path';
import type { UserConfig } from '../config.js';
import type {
  DeployedFile,
  FpmConfig,
  FpmPool,
  NginxConfig,
  SocketClient,
  UserDirective,
  WebServerConfig,
  WebServerKind,
} from '../model.js';
import { classify } from '../discover/classify.js';
import { hasPlaceholder } from '../templates.js';
import { locationIn, type Location, type Note, type Origin } from '../types.js';
import { loadFpm } from './fpm-config.js';
import { assumeAccount, machineState, type MachineState } from './identities.js';
import { loadNginx } from './nginx-config.js';
import type { FpmFlavour } from '../platforms/types.js';
import { masterUser, type DeploymentUnit } from './topology.js';
import { isRootUser } from '../verdict/identity.js';
import { nginxWorker, type NginxFailure, type WorkerCreds } from '../verdict/nginx-worker.js';
import { normalizeDeployed } from './deployed-fs.js';
import { reportUnknownVariables } from './nginx-variables.js';
import { unitListeners, type Listener } from './listeners.js';
import { hiddenFrom, otherWebServers } from './web-instances.js';
import { versionPresence, type VersionPresence } from './php-version-choice.js';
import type { WorkerUndecided } from '../verdict/apache-worker.js';
import { isApacheText, unknownWriteKind, unplacedReason } from './unknown-writes.js';

export interface FpmInstance {
  flavour?: FpmFlavour;
  config: FpmConfig;
  aclSupported: boolean;
  /**
   * Set when the pools were read without the main file that loads them (the base image that
   * ships php-fpm.conf is not one socklint knows): whether and how they load is unknown.
   */
  standalone?: string;
  /** Set when an installer copies this version's files only if the user chooses it. */
  presence?: VersionPresence;
}

/** One web server of a unit: its configuration and who its workers run as. */
export interface WebServerInstance {
  server: WebServerKind;
  config: WebServerConfig;
  /**
   * undefined when nothing says who the workers run as (an unknown platform); a failure when the
   * server does not start with its credentials; undecided with the reason (Apache, Caddy).
   */
  worker?: WorkerCreds | NginxFailure | WorkerUndecided;
  /**
   * Set when the files were read without the main file that loads them (the base image that
   * ships it is not one socklint knows): whether they load is unknown.
   */
  standalone?: string;
  /**
   * Set for a site nginx does not load as the repository has it (in sites-available/, linked
   * from nowhere): its clients are undecided, with this reason.
   */
  disabled?: string;
}

/** A pool that listens where a client connects. */
export interface PoolTarget {
  pool: FpmPool;
  fpm: FpmInstance;
  /** Set when the client reaches the pool through Debian's `/run/php/php-fpm.sock` alias (Y4). */
  alias?: string;
  /** Set when the client reaches the pool's `pm.status_listen` socket, which has the pool's listen.* (F16). */
  status?: true;
}

export interface Link {
  client: SocketClient;
  server: WebServerInstance;
  /** Unix path the client connects to, normalised (`/var/run` → `/run`); absent for TCP and unresolved targets. */
  path?: string;
  target?: PoolTarget;
  /** Set when no pool listens there but another program of the unit creates the socket. */
  listener?: Listener;
  /** Why the server cannot see the file at `path` (PrivateTmp gives its service its own /tmp, W8). */
  hidden?: string;
  /** Set when the path lies in a directory the client's container shares with another (`cross-links.ts`). */
  across?: Across;
}

/** A client's socket path in a shared directory, as the other container sees it. */
export interface Across {
  peer: UnitGraph;
  /** The path in the peer container. */
  path: string;
  /** The shared directory, e.g. `named volume php-socket`. */
  shared: string;
  /** Where each side mounts it. */
  clientMount: string;
  peerMount: string;
}

export interface UnitGraph {
  unit: DeploymentUnit;
  state: MachineState;
  webServers: WebServerInstance[];
  fpm: FpmInstance[];
  /** Sockets other programs of the unit create (systemd socket units, gunicorn, uWSGI). */
  listeners: Map<string, Listener>;
  links: Link[];
  /** The other containers of the unit's compose project or pod, once paired (`cross-links.ts`). */
  peers?: UnitGraph[];
}

export function buildGraph(unit: DeploymentUnit, config: UserConfig): UnitGraph {
  const state = machineState(unit, config);
  const fpm = loadFpmInstances(unit, config.variables);
  const nginx = loadNginxInstances(unit);
  const listeners = unitListeners(unit);
  assumeReferencedAccounts(state, unit, nginx, fpm, listeners);
  const mains = nginx.map((n) => n.config);
  const webServers: WebServerInstance[] = nginx.map(({ config: cfg, standalone, disabled }) => ({
    server: 'nginx',
    config: cfg,
    worker: workerOf(unit, cfg, state, config, nearestMainUser(mains, cfg)),
    ...(standalone ? { standalone } : {}),
    ...(disabled ? { disabled } : {}),
  }));
  const others = otherWebServers(unit, state, config);
  webServers.push(
    ...others.map(({ server, config: cfg, worker, disabled }) => ({
      server,
      config: cfg,
      worker,
      ...(disabled ? { disabled } : {}),
    })),
  );
  const links: Link[] = [];
  const pools = poolIndex(fpm, runsUnderSystemd(unit));
  for (const server of webServers) {
    const other = others.find((o) => o.config === server.config);
    for (const client of server.config.clients) {
      if (client.target.kind !== 'unix') {
        links.push({ client, server });
        continue;
      }
      const path = normalizeClientPath(client.target.path, unit);
      const hidden = other && hiddenFrom(other, path);
      const target = hidden ? undefined : pools.get(path);
      const listener = target || hidden ? undefined : listeners.get(path);
      links.push({
        client,
        server,
        path,
        target,
        ...(listener ? { listener } : {}),
        ...(hidden ? { hidden } : {}),
      });
    }
  }
  return { unit, state, webServers, fpm, listeners, links };
}

/**
 * nginx hands relative paths to connect() as written: they resolve against the worker's working
 * directory (N4). systemd starts nginx in `/`; an image runs it in its last WORKDIR (or `/`).
 * Elsewhere the directory is unknown and the path stays relative.
 */
function normalizeClientPath(p: string, unit: DeploymentUnit): string {
  if (p.startsWith('/')) return normalizeDeployed(p);
  const cwd = workingDirectory(unit);
  return cwd === undefined ? p : normalizeDeployed(`${cwd}/${p}`);
}

function workingDirectory(unit: DeploymentUnit): string | undefined {
  if (unit.kind === 'host' || unit.kind === 'script') return '/';
  if (unit.kind !== 'image') return undefined;
  const workdir = unit.facts.filter((f) => f.kind === 'workdir').pop();
  return workdir?.kind === 'workdir' && workdir.path.startsWith('/') ? workdir.path : '/';
}

export function poolSocketPath(pool: FpmPool): string | undefined {
  const address = pool.listen?.address;
  return address?.kind === 'unix' ? normalizeDeployed(address.path) : undefined;
}

/**
 * Whether PHP-FPM runs as a systemd service: on a host (its packaged unit), not in a container,
 * where the image's command or supervisord starts `php-fpm -F` (Y4).
 */
function runsUnderSystemd(unit: DeploymentUnit): boolean {
  return unit.kind === 'host' || unit.kind === 'ansible' || unit.kind === 'mapped' || unit.kind === 'script';
}

/**
 * Socket path → the pool that creates it. Debian's `/run/php/php-fpm.sock` alias exists only
 * where the packaged systemd unit runs `php-fpm-socket-helper` (Y4).
 */
function poolIndex(fpm: FpmInstance[], systemd: boolean): Map<string, PoolTarget> {
  const index = new Map<string, PoolTarget>();
  for (const instance of fpm) {
    for (const pool of instance.config.pools) {
      const path = poolSocketPath(pool);
      // Later pools with the same path would fail to bind; the first one owns the socket.
      if (path && !index.has(path)) index.set(path, { pool, fpm: instance });
      const status = pool.settings.get('pm.status_listen');
      if (status && !status.unresolved && status.value.startsWith('/')) {
        const statusPath = normalizeDeployed(status.value);
        if (!index.has(statusPath)) index.set(statusPath, { pool, fpm: instance, status: true });
      }
    }
  }
  // php-fpm-socket-helper points /run/php/php-fpm.sock at the www pool's socket, newest PHP last.
  if (systemd && !index.has(DEBIAN_ALIAS)) {
    for (const instance of [...fpm].reverse()) {
      if (instance.flavour?.prefix !== '/usr') continue;
      const www = instance.config.pools.find((p) => p.name.toLowerCase() === 'www' && poolSocketPath(p));
      if (www) {
        index.set(DEBIAN_ALIAS, { pool: www, fpm: instance, alias: DEBIAN_ALIAS });
        break;
      }
    }
  }
  return index;
}

/** The alternatives symlink Debian's php-fpm-socket-helper points at the www pool's socket. */
export const DEBIAN_ALIAS = '/run/php/php-fpm.sock';

/* ------------------------------------------------------------------ loading */

interface Loaded<T> {
  config: T;
  standalone?: string;
  disabled?: string;
}

const NGINX_KINDS: [string, string] = ['nginx-main', 'nginx-site'];
const FPM_KINDS: [string, string] = ['fpm-main', 'fpm-pool'];

function loadNginxInstances(unit: DeploymentUnit): Loaded<NginxConfig>[] {
  const load = (f: DeployedFile) => withLoadFailures(loadNginx(f, unit.fs));
  if (unit.kind === 'unmapped')
    return [...standaloneConfigs(unit, NGINX_KINDS, load).map((config) => ({ config })), ...unplaced(unit)];
  const main = unit.fs.get('/etc/nginx/nginx.conf');
  if (main) {
    const config = load(main);
    const sites = sitesNotEnabled(unit, config, load).filter(({ config: site }) =>
      loadable(unit, [config], site),
    );
    return [{ config }, ...sites, ...renderedTemplates(unit, config, load), ...unplaced(unit)];
  }
  // nginx's files are here but its main file is not: the base image ships it (N8), or the
  // repository places the sites for a package socklint does not know. Read them as they are.
  const why = `${unit.id} places nginx configuration, but no /etc/nginx/nginx.conf that loads it is known (${unknownMainReason(unit)})`;
  const configs = standaloneConfigs(unit, NGINX_KINDS, load);
  return [
    ...configs
      .filter((config) => loadable(unit, configs, config))
      .map((config) => ({ config, standalone: why })),
    ...unplaced(unit),
  ];
}

/**
 * A file in a directory that a loaded config includes only through a wildcard its name does not
 * match (`include sites-available/*.conf` and `app.conf.example`) is never loaded by nginx: it is
 * a sample, not configuration, and a note says so instead of leaving its clients undecided.
 */
function loadable(unit: DeploymentUnit, loaded: NginxConfig[], config: NginxConfig): boolean {
  const dir = path.posix.dirname(config.mainPath);
  const glob = loaded
    .filter((c) => c !== config)
    .flatMap((c) => c.globIncludes ?? [])
    .find((g) => path.posix.dirname(g.pattern) === dir);
  if (!glob) return true;
  // Not loaded, so nothing it says matters; only a socket it names is worth a word.
  if (config.clients.some((c) => c.target.kind !== 'tcp')) {
    const file = config.files[0].file;
    unit.notes.push({
      level: 'notice',
      code: 'site-not-loaded',
      message: `nginx never loads ${file.path} (${config.mainPath}): include ${glob.pattern} at ${glob.location.file}:${glob.location.line} does not match its name, so its sockets are not checked (copy it to a name the include matches to check it)`,
      location: locationIn(file, { line: 1, column: 1, endLine: 1, endColumn: 1 }),
    });
  }
  return false;
}

/**
 * nginx configuration a command wrote to a path that depends on unknown values: its clients are
 * read from the text and left undecided, naming the write, rather than dropped with the path.
 */
function unplaced(unit: DeploymentUnit): Loaded<NginxConfig>[] {
  // Wherever the file lands, nginx resolves its relative includes against its own directory.
  const load = (f: DeployedFile) => withLoadFailures(loadNginx(f, unit.fs, { confDir: '/etc/nginx' }));
  return unit.fs.unknownWrites.flatMap((write) => {
    const kind = unknownWriteKind(write);
    // Text the sniffer does not take for nginx's (a statement it cannot read) is still nginx's under nginx/.
    const nginx = NGINX_KINDS.includes(kind ?? '') || (kind === 'other' && /(^|\/)nginx\//.test(write.dest));
    if (!write.file || !nginx || isApacheText(write)) return [];
    const config = load(write.file);
    config.problems = [];
    return [{ config, disabled: unplacedReason(write, 'nginx') }];
  });
}

/**
 * Debian's layout: a site in sites-available/ that nothing links from sites-enabled/ is not
 * loaded. It is usually enabled by a step outside the repository, so its clients are read and
 * left undecided with that reason rather than dropped.
 */
function sitesNotEnabled(
  unit: DeploymentUnit,
  loaded: NginxConfig,
  load: (f: DeployedFile) => NginxConfig,
): Loaded<NginxConfig>[] {
  const read = new Set(loaded.files.map((f) => f.file.path));
  return unit.fs
    .all()
    .filter(
      (f) =>
        !f.builtin &&
        f.deployedPath.startsWith('/etc/nginx/sites-available/') &&
        kindOf(f) === 'nginx-site' &&
        !read.has(f.file.path),
    )
    .map((f) => {
      const config = load(f);
      // nginx does not read it: what would stop nginx in it does not stop nginx now.
      config.problems = [];
      // A file the build edited has no repository path of its own: name where it is deployed.
      const name = f.file.derived ? f.deployedPath : f.file.path;
      const disabled = `${name} is in sites-available/, and nothing in the repository links it from sites-enabled/: nginx loads it only once it is enabled (link it in the tree to check it)`;
      return { config, disabled };
    });
}

/**
 * A file nginx loads that a start-up step renders from a template of the machine (`dockerize
 * -template t:f`, the nginx image's templates) with values socklint cannot know: the template's
 * clients are what the rendered file holds, each left undecided with that reason rather than
 * dropped with the file.
 */
function renderedTemplates(
  unit: DeploymentUnit,
  loaded: NginxConfig,
  load: (f: DeployedFile) => NginxConfig,
): Loaded<NginxConfig>[] {
  const unknown = new Set(loaded.files.filter((f) => f.unreadable).map((f) => f.deployedPath));
  // Where what nginx loads is unknown, a file rendered into its directory may be loaded too.
  const reads = (p: string) => unknown.has(p) || (unknown.size > 0 && p.startsWith('/etc/nginx/'));
  const out: Loaded<NginxConfig>[] = [];
  const seen = new Set<string>();
  for (const f of unit.facts) {
    if (f.kind !== 'unknown-content' || !f.template || !reads(normalizeDeployed(f.path))) continue;
    const template = unit.fs.get(f.template);
    if (!template || template.unreadable || template.builtin || seen.has(template.deployedPath)) continue;
    seen.add(template.deployedPath);
    const config = load(template);
    config.problems = [];
    const disabled = `this template becomes ${normalizeDeployed(f.path)} when the container starts (${f.reason}, ${locationText(f.location)}), with values socklint does not know, so what nginx reads there is not known`;
    out.push({ config, disabled });
  }
  return out;
}

const locationText = (l: Location) => `${l.file}:${l.line}`;

function unknownMainReason(unit: DeploymentUnit): string {
  return unit.platformOrigin.kind === 'source'
    ? `${unit.platformOrigin.text ?? 'the base image'} is not an image socklint knows`
    : unit.platformOrigin.description;
}

/**
 * What stops nginx that the reader records as notes: an include loop, and a binary file read as
 * directives. A file too large or not UTF-8 leaves the analysis incomplete there.
 */
function withLoadFailures(config: NginxConfig): NginxConfig {
  // nginx follows an include loop until it runs out of stack or descriptors, and never starts.
  const loops = config.notes.filter((n) => n.code === 'include-loop' && n.location);
  for (const note of loops) {
    config.problems.push({
      message: `${note.message.replace(/\.$/, '')}: nginx never starts with it`,
      location: note.location!,
    });
  }
  config.notes = config.notes.filter((n) => !loops.includes(n));
  reportUnknownVariables(config);
  for (const f of config.files) {
    if (!f.unreadable) continue;
    const location = locationIn(f.file, { line: 1, column: 1, endLine: 1, endColumn: 1 });
    if (f.file.derived) {
      config.notes.push(unknownContentNote('nginx', f));
    } else if (/binary/i.test(f.unreadable)) {
      config.problems.push({
        message: `${f.deployedPath} is a binary file, which nginx cannot read as configuration`,
        location,
      });
    } else {
      config.notes.push({
        level: 'notice',
        code: 'include-unreadable',
        message: `nginx loads ${f.deployedPath}, which socklint skipped (${f.unreadable}): the analysis is incomplete there`,
        location,
      });
    }
  }
  return config;
}

function loadFpmInstances(unit: DeploymentUnit, environment: Record<string, string>): FpmInstance[] {
  // Unknown build: ACL keys are accepted rather than reported on a guess.
  const standalone = (why?: string) =>
    standaloneConfigs(unit, FPM_KINDS, (f) =>
      withoutWholeProblems(loadFpm(f, unit.fs, { prefix: '/usr', aclSupported: true, environment }), true),
    ).map((config) => ({ config, aclSupported: true, ...(why ? { standalone: why } : {}) }));
  if (unit.kind === 'unmapped') return standalone();
  if (unit.fpm.length === 0) {
    return standalone(
      `${unit.id} places PHP-FPM configuration, but no php-fpm.conf that loads it is known (${unknownMainReason(unit)})`,
    );
  }
  // `php-fpm -y FILE` reads FILE instead of the built-in php-fpm.conf, and only what it includes.
  const given = unit.fpm.length === 1 && unit.fpmConfig ? unit.fs.get(unit.fpmConfig.path) : undefined;
  return unit.fpm.flatMap((flavour) => {
    const main = given ?? unit.fs.get(flavour.main.deployedPath);
    if (!main) return [];
    const masterIsRoot = !masterUser(unit, 'php-fpm');
    const allowRoot = unit.fpmAllowRoot !== undefined;
    const config = withUnknownFiles(
      withMissingIncludeDirs(
        unit,
        withoutWholeProblems(
          loadFpm(main, unit.fs, {
            prefix: flavour.prefix,
            aclSupported: flavour.aclSupported,
            masterIsRoot,
            allowRoot,
            environment,
          }),
          false,
        ),
      ),
    );
    const presence =
      unit.phpVersions && flavour.version ? versionPresence(unit.phpVersions, flavour.version) : undefined;
    return [{ flavour, config, aclSupported: flavour.aclSupported, ...(presence ? { presence } : {}) }];
  });
}

/**
 * "No pool defined", a pool without `user` or `pm`: true only of the whole configuration. A file
 * read without its main file, or a config with an include socklint could not follow (a
 * placeholder, a variable, a file outside the repository) or a file whose content is unknown may
 * get them elsewhere.
 */
function withoutWholeProblems(config: FpmConfig, standalone: boolean): FpmConfig {
  const partial =
    standalone ||
    config.notes.some((n) => n.code === 'include-unresolved' || n.code === 'include-not-in-repo') ||
    config.files.some((f) => f.unreadable);
  if (partial) config.problems = config.problems.filter((p) => !p.whole);
  return config;
}

/**
 * Repository files keep their classified kind; a file a command wrote or rendered is classified
 * by the text it holds; shipped files have none.
 */
function kindOf(f: DeployedFile): string | undefined {
  const own = (f.file as { kind?: string }).kind;
  if (own || f.builtin || !f.file.derived || f.unreadable) return own;
  return classify(f.deployedPath, f.file.text).kind;
}

/**
 * Files a command copies or renders to another path of the machine (`sed … /tpls/www.conf >
 * /etc/php83/php-fpm.d/www.conf`, `envsubst < t > f`): templates, which the servers read only
 * as their rendered copy.
 */
function templateSources(unit: DeploymentUnit): Set<string> {
  const out = new Set<string>();
  for (const f of unit.facts) {
    if (f.kind === 'envsubst') out.add(normalizeDeployed(f.source));
    else if (f.kind === 'copy' && f.sourceBase === 'machine')
      for (const source of f.sources) if (source !== f.dest) out.add(normalizeDeployed(source));
  }
  return out;
}

/** Main files first; then every file of the kinds that no main loaded, read on its own. */
function standaloneConfigs<T extends { files: DeployedFile[] }>(
  unit: DeploymentUnit,
  kinds: [string, string],
  load: (file: DeployedFile) => T,
): T[] {
  const templates = templateSources(unit);
  const files = unit.fs.all().filter((f) => !templates.has(f.deployedPath));
  const out: T[] = [];
  const loaded = new Set<string>();
  for (const kind of kinds) {
    for (const file of files.filter((f) => kindOf(f) === kind && !loaded.has(f.file.path))) {
      const config = load(file);
      for (const f of config.files) loaded.add(f.file.path);
      out.push(config);
    }
  }
  return out;
}

/**
 * A file FPM reads whose content socklint does not know (written or edited by what it cannot
 * follow). A repository file that was skipped is already listed with its reason.
 */
function withUnknownFiles(config: FpmConfig): FpmConfig {
  for (const f of config.files)
    if (f.unreadable && f.file.derived) config.notes.push(unknownContentNote('PHP-FPM', f));
  return config;
}

/** The note for a file a command made unknown, at that command. */
function unknownContentNote(server: string, f: DeployedFile): Note {
  return {
    level: 'notice',
    code: 'include-unreadable',
    message: `${server} loads ${f.deployedPath}, whose content socklint does not know (${f.unreadable}): the analysis is incomplete there`,
    location: locationIn(f.file, { line: 1, column: 1, endLine: 1, endColumn: 1 }),
  };
}

/**
 * F23: an FPM include whose directory does not exist is fatal (a glob with no match in an
 * existing directory only warns). On a host tree or an image, a directory that holds no file of
 * the unit, shipped or from the repository, does not exist.
 */
function withMissingIncludeDirs(unit: DeploymentUnit, config: FpmConfig): FpmConfig {
  if (unit.kind !== 'host' && unit.kind !== 'image') return config;
  const dirs = new Set(unit.fs.all().map((f) => path.posix.dirname(f.deployedPath)));
  for (const note of config.notes) {
    const pattern = note.code === 'include-no-match' ? /'(.*)'$/.exec(note.message)?.[1] : undefined;
    if (!pattern || !note.location) continue;
    const dir = path.posix.dirname(pattern);
    if (/[*?[]/.test(dir) || [...dirs].some((d) => d === dir || d.startsWith(dir + '/'))) continue;
    config.problems.push({
      message: `Unable to globalize '${pattern}' (ret=2): the directory ${dir} does not exist`,
      location: note.location,
    });
  }
  return config;
}

/* ------------------------------------------------------------------ identities */

/**
 * Every account the configs name (the nginx user and group, each pool's user and group, its
 * listen.owner, listen.group and ACL names) that nothing creates is, in an open world, assumed
 * to exist. Names the programs ignore (a non-root master ignores `user`) are not looked up.
 */
function assumeReferencedAccounts(
  state: MachineState,
  unit: DeploymentUnit,
  nginx: Loaded<NginxConfig>[],
  fpm: FpmInstance[],
  listeners: Map<string, Listener>,
): void {
  const refs: { kind: 'user' | 'group'; name: string; location: Location; use: string }[] = [];
  for (const l of listeners.values()) {
    if (l.plan.kind !== 'socket') continue;
    const { owner, group, process } = l.plan;
    const use = `the socket of ${l.creator}`;
    for (const [kind, name, at] of [
      ['user', owner, l.settings?.owner],
      ['group', group, l.settings?.group],
      ['user', process?.user, undefined],
      ['group', process?.group, undefined],
    ] as const) {
      if (name !== undefined && !/^[0-9]+$/.test(name))
        refs.push({ kind, name, location: at ?? l.location, use });
    }
  }
  const nginxMasterIsRoot = !masterUser(unit, 'nginx') && unit.platform.nginx?.masterIsRoot !== false;
  for (const { config } of nginx) {
    const d = config.user;
    if (!d || !nginxMasterIsRoot) continue;
    refs.push({ kind: 'user', name: d.user, location: d.location, use: 'the nginx user' });
    const group = d.group ?? d.user;
    const use = d.group === undefined ? 'the nginx group, named like the user' : 'the nginx group';
    refs.push({ kind: 'group', name: group, location: d.location, use });
  }
  const keys: [string, 'user' | 'group'][] = [
    ['listen.owner', 'user'],
    ['listen.group', 'group'],
    // A non-root master ignores the pool's user and group (F8).
    ...(masterUser(unit, 'php-fpm')
      ? []
      : ([
          ['user', 'user'],
          ['group', 'group'],
        ] as [string, 'user' | 'group'][])),
  ];
  for (const instance of fpm) {
    for (const pool of instance.config.pools) {
      for (const [key, kind] of keys) {
        const s = pool.settings.get(key);
        if (!s || s.unresolved || s.value === '' || /^[0-9]+$/.test(s.value)) continue;
        refs.push({ kind, name: s.value, location: s.location, use: `${key} of pool [${pool.name}]` });
      }
      if (!instance.aclSupported) continue;
      for (const [key, kind] of [
        ['listen.acl_users', 'user'],
        ['listen.acl_groups', 'group'],
      ] as const) {
        const s = pool.settings.get(key);
        if (!s || s.unresolved || s.value === '') continue;
        for (const name of s.value.split(','))
          refs.push({ kind, name, location: s.location, use: `${key} of pool [${pool.name}]` });
      }
    }
  }
  // The first use in reading order is where the assumption is stated.
  refs.sort(
    (a, b) =>
      a.location.file.localeCompare(b.location.file) ||
      a.location.line - b.location.line ||
      a.location.column - b.location.column,
  );
  for (const r of refs) assumeAccount(state, r.kind, r.name, r.location, r.use);
}

/**
 * Among configs read on their own (a site whose placement is unknown, next to the repository's
 * nginx.conf), the `user` of the nginx.conf nearest the site in the repository's tree: the one
 * whose directory shares the longest leading path with it, when no other shares as much and
 * says otherwise. The site is assumed to be loaded by it, and the message says so.
 */
function nearestMainUser(configs: NginxConfig[], site: NginxConfig): UserDirective | undefined {
  if (site.user) return undefined;
  const file = site.files[0]?.file.path;
  if (!file) return undefined;
  const shared = (other: string) => {
    const a = file.split('/').slice(0, -1);
    const b = other.split('/').slice(0, -1);
    let n = 0;
    while (n < a.length && n < b.length && a[n] === b[n]) n++;
    return n;
  };
  const ranked = configs
    .flatMap((c) => (c.user ? [{ user: c.user, depth: shared(c.user.location.file) }] : []))
    .sort((x, y) => y.depth - x.depth);
  if (ranked.length === 0) return undefined;
  const best = ranked.filter((r) => r.depth === ranked[0].depth);
  const distinct = new Set(best.map((r) => `${r.user.user}:${r.user.group ?? r.user.user}`));
  return distinct.size === 1 ? best[0].user : undefined;
}

function workerOf(
  unit: DeploymentUnit,
  cfg: NginxConfig,
  state: MachineState,
  config: UserConfig,
  mainUser?: UserDirective,
): WorkerCreds | NginxFailure | undefined {
  // `user {{ nginx_user }};`: who the workers are is a value socklint does not know, not a missing account.
  if (cfg.user && (hasPlaceholder(cfg.user.user) || hasPlaceholder(cfg.user.group ?? ''))) return undefined;
  const flavour = unit.platform.nginx;
  let fallback: { user: string; group: string; origin: Origin } | undefined;
  if (config.webUser && !flavour) {
    fallback = {
      user: config.webUser,
      group: config.webUser,
      origin: { kind: 'declared', description: `web-user in ${config.source ?? '.socklint.yml'}` },
    };
  } else if (mainUser && !flavour && !cfg.user) {
    const where = `${mainUser.location.file}:${mainUser.location.line}`;
    fallback = {
      user: mainUser.user,
      group: mainUser.group ?? mainUser.user,
      origin: {
        kind: 'assumed',
        description: `the nginx.conf at ${where} loads this file (\`user ${mainUser.user}${mainUser.group ? ' ' + mainUser.group : ''};\`), the nginx.conf nearest it in the repository`,
        declare: 'place the file under mappings: or set web-user in .socklint.yml',
        location: mainUser.location,
      },
    };
  } else if (flavour) {
    fallback = {
      user: flavour.compiledUser,
      group: flavour.compiledGroup,
      origin: {
        kind: 'default',
        description: `the compiled-in default of ${flavour.description} (no user directive)`,
      },
    };
  }
  const master = masterOf(unit);
  // A master that is not root needs neither: its workers keep its credentials.
  if (!fallback && !cfg.user && (!master || isRootUser(master.user))) return undefined;
  return nginxWorker({
    directive: cfg.user,
    fallback: fallback ?? {
      user: cfg.user?.user ?? '',
      group: cfg.user?.group ?? cfg.user?.user ?? '',
      origin: { kind: 'default', description: 'user directive' },
    },
    db: state.db,
    master,
  });
}

/** The nginx master's identity when it is not root: an image USER, or nginx-unprivileged's uid 101. */
function masterOf(unit: DeploymentUnit): Parameters<typeof nginxWorker>[0]['master'] {
  const running = masterUser(unit, 'nginx');
  if (running) {
    const principal = (name: string) => (/^\d+$/.test(name) ? { id: Number(name) } : { name });
    const p = principal(running.user);
    return { user: p, group: running.group ? principal(running.group) : p, origin: running.origin };
  }
  if (unit.platform.nginx && !unit.platform.nginx.masterIsRoot) {
    return {
      user: { name: 'nginx', id: 101 },
      group: { name: 'nginx', id: 101 },
      origin: { kind: 'default', description: `${unit.platform.nginx.description} runs nginx as uid 101` },
    };
  }
  return undefined;
}
