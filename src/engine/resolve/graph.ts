/**
 * The socket graph of each deployment unit: the nginx configs and their socket clients, the
 * FPM configs and their pools, who the workers run as, and which client reaches which pool.
 */
import path from 'node:path';
import type { UserConfig } from '../config.js';
import type { DeployedFile, FpmConfig, FpmPool, NginxConfig, SocketClient } from '../model.js';
import type { Origin } from '../types.js';
import { loadFpm } from './fpm-config.js';
import { machineState, type MachineState } from './identities.js';
import { loadNginx } from './nginx-config.js';
import type { FpmFlavour } from '../platforms/types.js';
import type { DeploymentUnit } from './topology.js';
import { nginxWorker, type NginxFailure, type WorkerCreds } from '../verdict/nginx-worker.js';
import { normalizeDeployed } from './deployed-fs.js';
import { reportUnknownVariables } from './nginx-variables.js';

export interface FpmInstance {
  flavour?: FpmFlavour;
  config: FpmConfig;
  aclSupported: boolean;
}

export interface NginxInstance {
  config: NginxConfig;
  /** undefined when nothing says who the workers run as (an unknown platform). */
  worker?: WorkerCreds | NginxFailure;
}

/** A pool that listens where a client connects. */
export interface PoolTarget {
  pool: FpmPool;
  fpm: FpmInstance;
  /** Set when the client reaches the pool through Debian's `/run/php/php-fpm.sock` alias (Y4). */
  alias?: string;
}

export interface Link {
  client: SocketClient;
  nginx: NginxInstance;
  /** Unix path the client connects to, normalised (`/var/run` → `/run`); absent for TCP and unresolved targets. */
  path?: string;
  target?: PoolTarget;
}

export interface UnitGraph {
  unit: DeploymentUnit;
  state: MachineState;
  nginx: NginxInstance[];
  fpm: FpmInstance[];
  links: Link[];
}

export function buildGraph(unit: DeploymentUnit, config: UserConfig): UnitGraph {
  const state = machineState(unit, config);
  const fpm = loadFpmInstances(unit, config.variables);
  const nginx = loadNginxInstances(unit).map((cfg) => ({
    config: cfg,
    worker: workerOf(unit, cfg, state, config),
  }));
  const links: Link[] = [];
  const pools = poolIndex(fpm);
  for (const instance of nginx) {
    for (const client of instance.config.clients) {
      if (client.target.kind !== 'unix') {
        links.push({ client, nginx: instance });
        continue;
      }
      const path = normalizeClientPath(client.target.path, unit);
      links.push({ client, nginx: instance, path, target: pools.get(path) });
    }
  }
  return { unit, state, nginx, fpm, links };
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
  if (unit.kind === 'host') return '/';
  if (unit.kind !== 'image') return undefined;
  const workdir = unit.facts.filter((f) => f.kind === 'workdir').pop();
  return workdir?.kind === 'workdir' && workdir.path.startsWith('/') ? workdir.path : '/';
}

export function poolSocketPath(pool: FpmPool): string | undefined {
  const address = pool.listen?.address;
  return address?.kind === 'unix' ? normalizeDeployed(address.path) : undefined;
}

/** Socket path → the pool that creates it; Debian's `php-fpm.sock` alias included (Y4). */
function poolIndex(fpm: FpmInstance[]): Map<string, PoolTarget> {
  const index = new Map<string, PoolTarget>();
  for (const instance of fpm) {
    for (const pool of instance.config.pools) {
      const path = poolSocketPath(pool);
      // Later pools with the same path would fail to bind; the first one owns the socket.
      if (path && !index.has(path)) index.set(path, { pool, fpm: instance });
    }
  }
  // php-fpm-socket-helper points /run/php/php-fpm.sock at the www pool's socket, newest PHP last.
  const alias = '/run/php/php-fpm.sock';
  if (!index.has(alias)) {
    for (const instance of [...fpm].reverse()) {
      if (instance.flavour?.prefix !== '/usr') continue;
      const www = instance.config.pools.find((p) => p.name.toLowerCase() === 'www' && poolSocketPath(p));
      if (www) {
        index.set(alias, { pool: www, fpm: instance, alias });
        break;
      }
    }
  }
  return index;
}

/* ------------------------------------------------------------------ loading */

function loadNginxInstances(unit: DeploymentUnit): NginxConfig[] {
  if (unit.kind === 'unmapped')
    return standaloneConfigs(unit, ['nginx-main', 'nginx-site'], (f) =>
      withLoadFailures(loadNginx(f, unit.fs)),
    );
  const main = unit.fs.get('/etc/nginx/nginx.conf');
  return main ? [withLoadFailures(loadNginx(main, unit.fs))] : [];
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
    const location = { file: f.file.path, line: 1, column: 1, endLine: 1, endColumn: 1 };
    if (/binary/i.test(f.unreadable)) {
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
  if (unit.kind === 'unmapped') {
    // Unknown build: ACL keys are accepted rather than reported on a guess.
    return standaloneConfigs(unit, ['fpm-main', 'fpm-pool'], (f) =>
      loadFpm(f, unit.fs, { prefix: '/usr', aclSupported: true, environment }),
    ).map((config) => ({ config, aclSupported: true }));
  }
  return unit.fpm.flatMap((flavour) => {
    const main = unit.fs.get(flavour.main.deployedPath);
    if (!main) return [];
    const masterIsRoot = !unit.runtimeUser;
    const config = withMissingIncludeDirs(
      unit,
      loadFpm(main, unit.fs, {
        prefix: flavour.prefix,
        aclSupported: flavour.aclSupported,
        masterIsRoot,
        environment,
      }),
    );
    return [{ flavour, config, aclSupported: flavour.aclSupported }];
  });
}

/** Main files first; then every file of the kinds that no main loaded, read on its own. */
function standaloneConfigs<T extends { files: DeployedFile[] }>(
  unit: DeploymentUnit,
  kinds: [string, string],
  load: (file: DeployedFile) => T,
): T[] {
  const files = unit.fs.all();
  // The unmapped unit holds the classified files themselves, so their kind is at hand.
  const kindOf = (f: DeployedFile) => (f.file as { kind?: string }).kind;
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

function workerOf(
  unit: DeploymentUnit,
  cfg: NginxConfig,
  state: MachineState,
  config: UserConfig,
): WorkerCreds | NginxFailure | undefined {
  const flavour = unit.platform.nginx;
  let fallback: { user: string; group: string; origin: Origin } | undefined;
  if (flavour) {
    fallback = {
      user: flavour.compiledUser,
      group: flavour.compiledGroup,
      origin: {
        kind: 'default',
        description: `the compiled-in default of ${flavour.description} (no user directive)`,
      },
    };
  } else if (config.webUser) {
    fallback = {
      user: config.webUser,
      group: config.webUser,
      origin: { kind: 'default', description: `web-user in ${config.source ?? '.socklint.yml'}` },
    };
  }
  if (!fallback && !cfg.user) return undefined;
  const master = masterOf(unit);
  return nginxWorker({
    directive: cfg.user,
    fallback: fallback ?? {
      user: cfg.user!.user,
      group: cfg.user!.group ?? cfg.user!.user,
      origin: { kind: 'default', description: 'user directive' },
    },
    db: state.db,
    master,
  });
}

/** The nginx master's identity when it is not root: an image USER, or nginx-unprivileged's uid 101. */
function masterOf(unit: DeploymentUnit): Parameters<typeof nginxWorker>[0]['master'] {
  if (unit.runtimeUser) {
    const name = unit.runtimeUser.user;
    const p = /^\d+$/.test(name) ? { id: Number(name) } : { name };
    return { user: p, group: p, origin: unit.runtimeUser.origin };
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
