/** What the compose reader yields: projects, their services, and each value with its location. */
import type { Location, Note, SourceFile } from '../../types.js';
import type { Sourced } from '../yaml/tree.js';

export type { Sourced };

export interface ComposeProject {
  /** The files in merge order, joined with `+`; unique among the projects of a repository. */
  id: string;
  /** The project name (`name:` or the project directory's name, as compose normalises it). */
  name: string;
  /** Repository-relative project directory (`''` for the root): relative paths start here. */
  directory: string;
  /** Repository-relative compose files, in the order they are merged. */
  files: string[];
  /** What `docker compose` run in `directory` with no `-f` loads; other projects are variants (`-f a -f b`). */
  isDefault: boolean;
  /** Why these files form this project, e.g. "compose.yaml merged with compose.override.yaml (compose's default)". */
  how: string;
  /** Files other than `files` that the project's `include:`s bring in. */
  includes: string[];
  /**
   * The projects that include this project's main file: its services run as part of those,
   * so a scan treats this project as a duplicate of what they already hold.
   */
  includedBy: string[];
  /** Profiles enabled by `COMPOSE_PROFILES` in the project's `.env`. */
  activeProfiles: string[];
  /** False when docker compose would refuse to load the project (the reason is in `notes`). */
  valid: boolean;
  services: ComposeService[];
  /** Top-level named volumes, by their key. */
  volumes: Map<string, ComposeVolume>;
  notes: Note[];
}

export interface ComposeVolume {
  key: string;
  /** The name the engine gives it: `name:`, or `<project>_<key>`; external volumes keep their name. */
  name: string;
  external: boolean;
  /** `driver: local` with `driver_opts: {o: bind, device: PATH}`: the volume is that host directory. */
  bindDevice?: HostPath;
  location: Location;
}

/** A host directory or file, relative to the repository when inside it. */
export interface HostPath {
  /** Repository-relative (`docker/php-socket`), or absolute on the host (`/var/run/php`). */
  path: string;
  inRepository: boolean;
}

export interface ComposeService {
  name: string;
  /** The service's key in the file that first defines it. */
  location: Location;
  profiles: string[];
  /** Started by a plain `docker compose up`: no profile, or a profile `COMPOSE_PROFILES` enables. */
  runsByDefault: boolean;
  image?: Sourced<string>;
  build?: ComposeBuild;
  user?: Sourced<string>;
  groupAdd: Sourced<string>[];
  /** Every mount in the container except those `volumes_from` brings (see `volumesFrom`). */
  mounts: ComposeMount[];
  volumesFrom: ComposeVolumesFrom[];
  /** The container's environment: `env_file` entries, then `environment` over them. */
  environment: Map<string, Sourced<string | undefined>>;
  envFiles: { path: string; required: boolean; found: boolean; location: Location }[];
  command?: Sourced<string | string[]>;
  entrypoint?: Sourced<string | string[]>;
  configs: ComposeConfigMount[];
  workingDir?: Sourced<string>;
  networkMode?: Sourced<string>;
  pid?: Sourced<string>;
  ipc?: Sourced<string>;
  readOnlyRootfs?: Sourced<boolean>;
}

export interface ComposeBuild {
  /** Repository-relative build context directory, or the URL/remote context as written. */
  context: Sourced<string>;
  contextInRepository: boolean;
  /** Repository-relative Dockerfile (default `Dockerfile` in the context). */
  dockerfile?: Sourced<string>;
  dockerfileInline?: Sourced<string>;
  target?: Sourced<string>;
  args: Map<string, Sourced<string | undefined>>;
  location: Location;
}

export type MountType = 'volume' | 'bind' | 'tmpfs' | 'npipe' | 'cluster' | 'image';

export interface ComposeMount {
  type: MountType;
  /** Absolute path in the container. */
  target: string;
  readOnly: boolean;
  /** `volume`: the top-level key (absent for an anonymous volume). */
  volume?: string;
  /** `volume.subpath`: the subdirectory of the volume that is mounted. */
  subpath?: string;
  nocopy?: boolean;
  /** `bind`: the host path. */
  host?: HostPath;
  /** `bind`: compose creates a missing host directory (short syntax, or `bind.create_host_path`). */
  createHostPath?: boolean;
  syntax: 'short' | 'long' | 'tmpfs';
  location: Location;
  unknown?: string[];
  assumed?: string[];
}

export interface ComposeVolumesFrom {
  /** A service of the project; absent when the source is an external `container:NAME`. */
  service?: string;
  container?: string;
  readOnly: boolean;
  location: Location;
}

/** A compose config mounted as a file. */
export interface ComposeConfigMount {
  /** The top-level config's key. */
  source: string;
  /** Absolute path in the container (default `/<source>`). */
  target: string;
  /** `file:` of the config, repository-relative when inside the repository. */
  file?: HostPath;
  /** `content:`: the text, as a derived source file whose locations are the compose file's lines. */
  content?: SourceFile;
  /** `environment:` or `external:` configs: what the content comes from, not in the repository. */
  outside?: string;
  location: Location;
}

export interface ComposeReadResult {
  projects: ComposeProject[];
  /** Notes that belong to no project (a compose file that cannot be read). */
  notes: Note[];
}
