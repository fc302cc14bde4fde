/**
 * The Apache httpd and Caddy of a unit, as `WebServerInstance`s beside nginx's: each loaded from
 * the main file its package or image reads, with who connects (`apacheWorker`, `caddyIdentity`)
 * and the service unit it runs under (PrivateTmp hides /tmp sockets from it, W8).
 */
import type { UserConfig } from '../config.js';
import type { DeployedFs } from '../model.js';
import type { Origin } from '../types.js';
import { apacheWorker, type WorkerFailure, type WorkerUndecided } from '../verdict/apache-worker.js';
import { caddyIdentity } from '../verdict/caddy-identity.js';
import { principalOf } from '../verdict/identity.js';
import type { WorkerCreds } from '../verdict/nginx-worker.js';
import { apacheOptions, loadApache } from './apache-config.js';
import { loadCaddy } from './caddy-config.js';
import type { MachineState } from './identities.js';
import { withCaddyAccounts } from './platforms-caddy.js';
import { hiddenByPrivateTmp, serviceSettings, unitFiles, type ServiceSettings } from './service-unit.js';
import type { DeploymentUnit } from './topology.js';
import { apacheFlavourOf, caddyFlavourOf } from './web-flavours.js';
import { isApacheText, unplacedReason } from './unknown-writes.js';
import type { ApacheConfig } from './apache-config.js';
import type { CaddyConfig } from './caddy-config.js';

export interface OtherWebServer {
  server: 'apache' | 'caddy';
  config: ApacheConfig | CaddyConfig;
  worker: WorkerCreds | WorkerFailure | WorkerUndecided;
  /** The systemd service it runs under, when it is one. */
  service?: ServiceSettings;
  /** Set for configuration whose placement is not known: its clients are undecided, with this reason. */
  disabled?: string;
}

/** The Apache httpd and the Caddy the unit's platform runs, loaded from their main files. */
export function otherWebServers(
  unit: DeploymentUnit,
  state: MachineState,
  config: UserConfig,
): OtherWebServer[] {
  return [...apacheInstance(unit, state), ...unplacedApache(unit), ...caddyInstance(unit, state, config)];
}

/**
 * Apache configuration a command wrote to a path that depends on unknown values: read on its own,
 * which modules load it unknown, its clients undecided with the write named.
 */
function unplacedApache(unit: DeploymentUnit): OtherWebServer[] {
  return unit.fs.unknownWrites.flatMap((write) => {
    if (!write.file || !isApacheText(write)) return [];
    const serverRoot = /(^|\/)httpd\//.test(write.dest) ? '/etc/httpd' : '/etc/apache2';
    const config = loadApache(write.file, unit.fs, { serverRoot, staticModules: [], modulesUnknown: true });
    config.problems = [];
    // The modules are unknown only as the file is read on its own: each client as it would be if they load,
    // so a TCP backend is not taken for a socket.
    config.clients = config.clients.map((c) => (c.ifApplied ? { ...c, target: c.ifApplied } : c));
    const disabled = unplacedReason(write, 'Apache');
    return [
      {
        server: 'apache' as const,
        config,
        worker: { kind: 'undecided' as const, reason: disabled },
        disabled,
      },
    ];
  });
}

/** Why a client's socket is not the one the pool creates: PrivateTmp gives the service its own /tmp. */
export function hiddenFrom(server: OtherWebServer, socketPath: string): string | undefined {
  const setting = server.service?.privateTmp;
  if (!setting || !hiddenByPrivateTmp(server.service, socketPath)) return undefined;
  const unit = server.service?.files[0]?.deployedPath ?? 'its unit';
  const where = setting.location.file.startsWith('(')
    ? `${unit} sets PrivateTmp=${setting.value}, as ${server.config.files.find((f) => f.builtin)?.builtin ?? 'the package'} ships it`
    : `PrivateTmp=${setting.value} (${setting.location.file}:${setting.location.line})`;
  return `${where}: the ${serverWord(server.server)} service has its own /tmp and /var/tmp, so ${socketPath} there is not the socket PHP-FPM creates`;
}

function serverWord(kind: 'apache' | 'caddy'): string {
  return kind === 'apache' ? 'Apache' : 'Caddy';
}

function apacheInstance(unit: DeploymentUnit, state: MachineState): OtherWebServer[] {
  const flavour = apacheFlavourOf(unit.platform, unit.fpm);
  const main = flavour && unit.fs.get(flavour.mainPath);
  if (!flavour || !main) return [];
  const options = apacheOptions(flavour, unit.fs);
  const config = loadApache(main, unit.fs, { ...options, fileExists: existsIn(unit.fs) });
  const service = flavour.unit
    ? serviceSettings(unitFiles(unit.fs, flavour.unit.deployedPath.split('/').pop()!))
    : undefined;
  const running = unit.runtimeUser;
  const worker = apacheWorker({
    user: config.users[config.users.length - 1],
    group: config.groups[config.groups.length - 1],
    compiled: {
      user: flavour.compiledUser,
      group: flavour.compiledGroup,
      origin: { kind: 'default', description: `the compiled-in default of ${flavour.description}` },
    },
    db: state.db,
    accountsKnown: state.world === 'closed',
    binary: flavour.binary,
    ...(running ? { master: masterOf(running) } : {}),
  });
  return [{ server: 'apache', config, worker, ...(service && service.files.length > 0 ? { service } : {}) }];
}

function caddyInstance(unit: DeploymentUnit, state: MachineState, config: UserConfig): OtherWebServer[] {
  const flavour = caddyFlavourOf(unit.platform);
  const main = flavour && unit.fs.get(flavour.mainPath);
  if (!flavour || !main) return [];
  const service = flavour.unit ? serviceSettings(unitFiles(unit.fs, 'caddy.service')) : undefined;
  // systemd gives Caddy only the unit's Environment= (and the variables .socklint.yml declares);
  // an EnvironmentFile= is not read, so then the environment is not known.
  const vars = new Map(Object.entries(config.variables));
  for (const [name, setting] of service?.environment ?? []) vars.set(name, setting.value);
  const complete = flavour.environmentComplete && !service?.environmentFile;
  const workingDirectory = flavour.container
    ? ((unit.facts.filter((f) => f.kind === 'workdir').pop() as { path?: string } | undefined)?.path ??
      flavour.container.workingDirectory)
    : (service?.workingDirectory?.value ?? '/');
  const loaded = loadCaddy(main, unit.fs, {
    version: flavour.version,
    environment: { vars, complete },
    workingDirectory,
  });
  const db = withCaddyAccounts(state.db, flavour);
  const running = unit.runtimeUser;
  const worker = caddyIdentity({
    ...(service && service.files.length > 0
      ? { service }
      : {
          process: running
            ? { ...masterOf(running), origin: running.origin }
            : {
                user: { name: 'root', id: 0 },
                origin: {
                  kind: 'default',
                  description: `${flavour.description} runs Caddy as root`,
                } as Origin,
              },
        }),
    db,
    accountsKnown: state.world === 'closed',
  });
  return [
    { server: 'caddy', config: loaded, worker, ...(service && service.files.length > 0 ? { service } : {}) },
  ];
}

function masterOf(running: NonNullable<DeploymentUnit['runtimeUser']>) {
  const user = principalOf(running.user);
  return { user, group: running.group ? principalOf(running.group) : user, origin: running.origin };
}

/** `<IfFile>`: a path the unit's files show exists; otherwise not known. */
function existsIn(fs: DeployedFs): (path: string) => boolean | undefined {
  return (p) => (fs.lookup(p).status === 'found' ? true : undefined);
}
