/**
 * Which directories containers share, and how a path in one container reads in another.
 *
 * A mount puts a subtree of a *root* into a container at a target: a named volume, the host's
 * file system (a bind), a pod's emptyDir… Two mounts of the same root whose subtrees overlap
 * are one directory: a socket PHP-FPM creates at `/sock/php-fpm.sock` in one container is
 * `/var/run/php/php-fpm.sock` in another that mounts the same volume there. Across containers
 * only numeric ids count (names resolve in each container's own /etc/passwd, semantics D6),
 * so the ownership the kubelet gives a pod volume and each container's ids are numbers here.
 *
 * Pure functions over the readers' output; nothing here reads files.
 */
import { posix } from 'node:path';
import type { ComposeProject, ComposeService } from '../parse/compose/types.js';
import type { KubeContainer, KubeVolume, KubeWorkload, PodSpec } from '../parse/kubernetes/types.js';
import type { Sourced } from '../parse/yaml/tree.js';
import type { Location } from '../types.js';

/** Where a mount's content lives. Mounts of one root with overlapping subpaths see the same files. */
export interface MountRoot {
  /** `volume:NAME`, `host`, `repository`, `emptyDir:FILE#KIND/NAME/VOLUME`, `configMap:NS/NAME`… */
  id: string;
  /** e.g. `named volume php-socket`, `emptyDir sock of Deployment/shop`, `host directory ./sock`. */
  description: string;
  /** The container cannot create files there (ConfigMap, Secret, projected volumes). */
  readOnlyVolume?: boolean;
  /** The root is only known at run time (a path from an unknown variable, a `subPathExpr`): why. */
  unknown?: string[];
}

export interface ContainerMount {
  root: MountRoot;
  /** The subtree of the root that is mounted (`''` for all of it). */
  subPath: string;
  /** Absolute path in the container. */
  target: string;
  /**
   * A read-only mount stops PHP-FPM creating its socket there (EROFS), not a client's
   * connect() to a socket already there (semantics K13).
   */
  readOnly: boolean;
  location: Location;
  /** How the mount got there when not written on the container itself, e.g. `volumes_from php`. */
  via?: string;
}

/** The mounts of one container (a compose service, or a container of a pod). */
export interface ContainerMounts {
  /** The deployment unit: the compose project id and service, or the manifest and workload. */
  unit: string;
  container: string;
  init?: boolean;
  mounts: ContainerMount[];
}

/** Where a deployment unit runs as one container among others that may share directories with it. */
export interface ContainerPlacement {
  /** The compose project (or pod) the container belongs to: only containers of one group share. */
  group: string;
  /** `service web`, `container nginx`: how messages name it. */
  name: string;
  mounts: ContainerMounts;
  /**
   * Supplementary groups of the container's processes (compose `group_add`, a pod's `fsGroup`
   * and `supplementalGroups`), by number or by a name of the container's /etc/group.
   */
  groupAdd?: string[];
  /**
   * Mounted directories whose owner and mode the platform or the pod's init containers set (a
   * pod's emptyDir), by target; `unknown` says why what they set cannot be told.
   */
  directories?: Map<string, PlacedDirectory>;
  /** Values of the container's setup that depend on what nothing sets (compose variables). */
  unknown?: string[];
  /** What the container's `user:` depends on that nothing sets: who runs its servers is unknown. */
  userUnknown?: string[];
  /** Set for a Helm chart's directives (`helm-units.ts`): why every socket there is undecided. */
  unrendered?: string;
}

export type PlacedDirectory =
  { mode: number; uid: number; gid: number; description: string } | { unknown: string };

export interface SharedDirectory {
  id: string;
  description: string;
  root: MountRoot;
  /** At least two containers; each with the subtree of the root it mounts. */
  mounts: (ContainerMount & { unit: string; container: string })[];
}

/* ------------------------------------------------------------------ compose */

/** The mounts of every service of a compose project; `volumes_from` brings the source's mounts. */
export function composeContainerMounts(project: ComposeProject): ContainerMounts[] {
  const own = new Map(project.services.map((s) => [s.name, ownComposeMounts(project, s)]));
  const resolved = new Map<string, ContainerMount[]>();
  const resolve = (service: ComposeService, chain: string[]): ContainerMount[] => {
    const done = resolved.get(service.name);
    if (done) return done;
    const mounts = [...(own.get(service.name) ?? [])];
    for (const from of service.volumesFrom) {
      const source = from.service ? project.services.find((s) => s.name === from.service) : undefined;
      if (!source || chain.includes(source.name)) continue;
      for (const m of resolve(source, [...chain, service.name])) {
        if (mounts.some((x) => x.target === m.target)) continue; // the service's own mount wins
        mounts.push({
          ...m,
          readOnly: m.readOnly || from.readOnly,
          location: from.location,
          via: `volumes_from ${source.name}${from.readOnly ? ':ro' : ''}`,
        });
      }
    }
    resolved.set(service.name, mounts);
    return mounts;
  };
  return project.services.map((s) => ({
    unit: `${project.id}#${s.name}`,
    container: s.name,
    mounts: resolve(s, []),
  }));
}

function ownComposeMounts(project: ComposeProject, service: ComposeService): ContainerMount[] {
  const out: ContainerMount[] = [];
  for (const m of service.mounts) {
    const base = { target: m.target, readOnly: m.readOnly, location: m.location };
    const unknown = m.unknown ? { unknown: m.unknown } : {};
    if (m.type === 'bind' && m.host) {
      out.push({
        ...base,
        ...hostRoot(
          m.host.path,
          m.host.inRepository,
          `host ${m.host.inRepository ? 'directory' : 'path'} ${m.host.inRepository ? `./${m.host.path}` : m.host.path} (bind mount)`,
          m.unknown,
        ),
      });
    } else if (m.type === 'volume' && m.volume) {
      const volume = project.volumes.get(m.volume);
      const subPath = m.subpath ?? '';
      if (volume?.bindDevice) {
        const dev = volume.bindDevice;
        const r = hostRoot(
          dev.path,
          dev.inRepository,
          `named volume ${m.volume} (a bind of ${dev.path})`,
          m.unknown,
        );
        out.push({ ...base, root: r.root, subPath: posix.join(r.subPath, subPath).replace(/^\.$/, '') });
      } else {
        const name = volume?.name ?? `${project.name}_${m.volume}`;
        out.push({
          ...base,
          root: { id: `volume:${name}`, description: `named volume ${m.volume}`, ...unknown },
          subPath,
        });
      }
    } else if (m.type === 'volume') {
      out.push({
        ...base,
        root: {
          id: `anonymous:${project.id}#${service.name}:${m.target}`,
          description: `anonymous volume at ${m.target} of ${service.name}`,
        },
        subPath: '',
      });
    } else if (m.type === 'tmpfs') {
      out.push({
        ...base,
        root: {
          id: `tmpfs:${project.id}#${service.name}:${m.target}`,
          description: `tmpfs at ${m.target} of ${service.name}`,
        },
        subPath: '',
      });
    }
  }
  for (const c of service.configs) {
    if (c.file) {
      out.push({
        target: c.target,
        readOnly: true,
        location: c.location,
        ...hostRoot(c.file.path, c.file.inRepository, `config ${c.source} (${c.file.path})`),
      });
    }
  }
  return out;
}

/**
 * Bind sources all live in one file system: the repository for paths inside it (its
 * checkout is where compose runs), the host for absolute paths. Nested binds then overlap.
 */
function hostRoot(
  path: string,
  inRepository: boolean,
  description: string,
  unknown?: string[],
): { root: MountRoot; subPath: string } {
  return {
    root: { id: inRepository ? 'repository' : 'host', description, ...(unknown ? { unknown } : {}) },
    subPath: inRepository ? path : path.replace(/^\/+/, ''),
  };
}

/* ------------------------------------------------------------------ kubernetes */

/** The mounts of every container and init container of a workload's pod. */
export function podContainerMounts(workload: KubeWorkload): ContainerMounts[] {
  const unit = `${workload.file}#${workload.id}`;
  const containers = [...workload.pod.initContainers, ...workload.pod.containers];
  return containers.map((c) => ({
    unit,
    container: c.name,
    ...(c.init ? { init: true } : {}),
    mounts: c.volumeMounts.flatMap((m): ContainerMount[] => {
      const volume = workload.pod.volumes.get(m.volume);
      if (!volume) return [];
      const root = podVolumeRoot(workload, volume);
      const unknown = m.subPathExpr
        ? [`subPathExpr ${m.subPathExpr} is expanded from the container's environment at run time`]
        : undefined;
      const base = volume.kind === 'hostPath' ? volume.path.replace(/^\/+/, '') : '';
      return [
        {
          root: unknown ? { ...root, unknown: [...(root.unknown ?? []), ...unknown] } : root,
          subPath: posix.join(base, m.subPath ?? '').replace(/^\.$/, ''),
          target: m.mountPath,
          readOnly: m.readOnly || (volume.kind === 'persistentVolumeClaim' && volume.readOnly),
          location: m.location,
        },
      ];
    }),
  }));
}

function podVolumeRoot(workload: KubeWorkload, volume: KubeVolume): MountRoot {
  const ns = workload.namespace ?? 'default';
  const of = `${workload.kind}/${workload.name}`;
  switch (volume.kind) {
    case 'emptyDir':
      return {
        id: `emptyDir:${workload.file}#${workload.id}/${volume.name}`,
        description: `emptyDir ${volume.name} of ${of}`,
      };
    case 'hostPath':
      return { id: 'host', description: `hostPath ${volume.path} (volume ${volume.name} of ${of})` };
    case 'configMap':
      return {
        id: `configMap:${ns}/${volume.object}`,
        description: `ConfigMap ${volume.object}`,
        readOnlyVolume: true,
      };
    case 'secret':
      return {
        id: `secret:${ns}/${volume.object}`,
        description: `Secret ${volume.object}`,
        readOnlyVolume: true,
      };
    case 'persistentVolumeClaim':
      return {
        id: `pvc:${ns}/${volume.claimName}`,
        description: `PersistentVolumeClaim ${volume.claimName}`,
      };
    case 'projected':
      return {
        id: `projected:${workload.file}#${workload.id}/${volume.name}`,
        description: `projected volume ${volume.name} of ${of}`,
        readOnlyVolume: true,
      };
    default:
      return {
        id: `other:${workload.file}#${workload.id}/${volume.name}`,
        description: `${volume.type} volume ${volume.name} of ${of}`,
        unknown: [`${volume.type} volumes are not modelled`],
      };
  }
}

/* ------------------------------------------------------------------ sharing */

function overlaps(a: string, b: string): boolean {
  return a === '' || b === '' || a === b || b.startsWith(`${a}/`) || a.startsWith(`${b}/`);
}

/**
 * The directories two or more containers share: mounts of one root whose subtrees overlap,
 * grouped. A bind of `./app` and one of `./app/sock` are one directory; binds of `./a` and
 * `./b` are not.
 */
export function sharedDirectories(containers: readonly ContainerMounts[]): SharedDirectory[] {
  const all = containers.flatMap((c) =>
    c.mounts.map((m) => ({ ...m, unit: c.unit, container: c.container })),
  );
  const byRoot = new Map<string, typeof all>();
  for (const m of all) byRoot.set(m.root.id, [...(byRoot.get(m.root.id) ?? []), m]);
  const out: SharedDirectory[] = [];
  for (const [rootId, mounts] of byRoot) {
    // Connected groups of overlapping subtrees (union-find over a handful of mounts).
    const parent = mounts.map((_, i) => i);
    const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
    for (let i = 0; i < mounts.length; i++)
      for (let j = i + 1; j < mounts.length; j++)
        if (overlaps(mounts[i].subPath, mounts[j].subPath)) parent[find(i)] = find(j);
    const groups = new Map<number, typeof all>();
    mounts.forEach((m, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), m]));
    for (const group of groups.values()) {
      const distinct = new Set(group.map((m) => `${m.unit}\0${m.container}`));
      if (distinct.size < 2) continue;
      const top = group.reduce((a, b) => (a.subPath.length <= b.subPath.length ? a : b));
      out.push({
        id: `${rootId}${top.subPath ? `/${top.subPath}` : ''}`,
        description: top.root.description,
        root: top.root,
        mounts: group,
      });
    }
  }
  return out;
}

export interface MappedPath {
  /** The path in the other container. */
  path: string;
  /** The mount of the other container it goes through. */
  mount: ContainerMount;
  /** The mount of the first container the path was under. */
  from: ContainerMount;
}

export interface MapOptions {
  /**
   * Whether `/var/run` is a link to `/run` in a container (true for the Debian and Alpine
   * based images; the default). It folds paths only within that container: mounts at
   * `/var/run/php` and `/run/php` of two containers are related through their volume alone.
   */
  varRunIsRun?: (container: ContainerMounts) => boolean;
}

function fold(path: string, folds: boolean): string {
  const p = posix.normalize(path);
  return folds && (p === '/var/run' || p.startsWith('/var/run/')) ? p.slice(4) : p;
}

function under(path: string, dir: string): string | undefined {
  if (path === dir) return '';
  if (dir === '/') return path.slice(1);
  return path.startsWith(`${dir}/`) ? path.slice(dir.length + 1) : undefined;
}

/** The mount a path is on in a container: the deepest target above it (deeper mounts hide shallower ones). */
function visibleMount(
  container: ContainerMounts,
  path: string,
  folds: boolean,
): { mount: ContainerMount; rest: string } | undefined {
  let best: { mount: ContainerMount; rest: string; depth: number } | undefined;
  for (const mount of container.mounts) {
    const rest = under(fold(path, folds), fold(mount.target, folds));
    if (rest === undefined) continue;
    const depth = fold(mount.target, folds).length;
    if (!best || depth > best.depth) best = { mount, rest, depth };
  }
  return best;
}

/**
 * `path` in container `from`, as it reads in container `to`: through the mount `path` is on
 * in `from`, and a mount of the same root in `to` whose subtree holds it. Undefined when the
 * path is in `from`'s own file system, or `to` does not see that part of the root (or sees it
 * hidden under a deeper mount): a socket there is invisible to `to`, whose connect() gets
 * ENOENT (semantics K17). Also undefined when the mount's root is unknown.
 */
export function mapPath(
  from: ContainerMounts,
  path: string,
  to: ContainerMounts,
  options: MapOptions = {},
): MappedPath | undefined {
  const folds = options.varRunIsRun ?? (() => true);
  const source = visibleMount(from, path, folds(from));
  if (!source || source.mount.root.unknown) return undefined;
  const rootPath = posix.join(source.mount.subPath, source.rest).replace(/^\.$/, '');
  for (const mount of to.mounts) {
    if (mount.root.id !== source.mount.root.id || mount.root.unknown) continue;
    const inside = mount.subPath === '' ? rootPath : under(`/${rootPath}`, `/${mount.subPath}`);
    if (inside === undefined) continue;
    const candidate = inside === '' ? mount.target : posix.join(mount.target, inside);
    const visible = visibleMount(to, candidate, folds(to));
    if (visible?.mount !== mount) continue;
    return { path: candidate, mount, from: source.mount };
  }
  return undefined;
}

/* ------------------------------------------------------------------ identities */

/** What a pod spec says of a container's process ids; what it leaves out, the image decides. */
export interface ProcessIdentity {
  /** `runAsUser`, the container's over the pod's; absent: the image's `USER` (root when none). */
  uid?: Sourced<number>;
  /**
   * `runAsGroup`, the container's over the pod's; absent: the primary group of the user in the
   * image's /etc/passwd, or 0 when the image has no entry for the uid.
   */
  gid?: Sourced<number>;
  /** `fsGroup` and `supplementalGroups`, which every container of the pod gets. */
  supplementaryGroups: Sourced<number>[];
  /** `supplementalGroupsPolicy: Merge` (the default): the user's groups in the image's /etc/group are added too. */
  imageGroupsMerged: boolean;
  /** With `true`, the kubelet refuses to start a container whose uid is 0 (by `runAsUser` or the image's USER). */
  runAsNonRoot?: Sourced<boolean>;
}

export function podProcessIdentity(pod: PodSpec, container: KubeContainer): ProcessIdentity {
  const podSc = pod.securityContext;
  const sc = container.securityContext;
  const uid = sc.runAsUser ?? podSc.runAsUser;
  const gid = sc.runAsGroup ?? podSc.runAsGroup;
  const runAsNonRoot = sc.runAsNonRoot ?? podSc.runAsNonRoot;
  return {
    ...(uid ? { uid } : {}),
    ...(gid ? { gid } : {}),
    supplementaryGroups: [...(podSc.fsGroup ? [podSc.fsGroup] : []), ...podSc.supplementalGroups],
    imageGroupsMerged: podSc.supplementalGroupsPolicy?.value !== 'Strict',
    ...(runAsNonRoot ? { runAsNonRoot } : {}),
  };
}

/** The owner and mode of a pod volume's root directory when the pod starts, as the kubelet sets them. */
export interface VolumeOwnership {
  uid?: number;
  gid?: number;
  mode?: number;
  /** Whether the values above are set by the kubelet (known), or only when a condition holds (assumed). */
  knowledge: 'known' | 'assumed' | 'unknown';
  /** How the kubelet arrives at it, for messages. */
  explanation: string;
  /** The `fsGroup` that sets the group, when one does. */
  fsGroup?: Sourced<number>;
}

const FS_GROUP_BITS = 0o2000 | 0o660 | 0o110; // SetVolumeOwnership: setgid, rw and x for the group and owner

export function podVolumeOwnership(pod: PodSpec, volumeName: string): VolumeOwnership {
  const volume = pod.volumes.get(volumeName);
  const fsGroup = pod.securityContext.fsGroup;
  const withGroup = (mode: number, base: string): VolumeOwnership =>
    fsGroup
      ? {
          uid: 0,
          gid: fsGroup.value,
          mode: mode | FS_GROUP_BITS,
          knowledge: 'known',
          explanation: `${base}; fsGroup ${fsGroup.value} makes it group ${fsGroup.value}, setgid and group-writable (0${(mode | FS_GROUP_BITS).toString(8)})`,
          fsGroup,
        }
      : { uid: 0, gid: 0, mode, knowledge: 'known', explanation: base };
  if (!volume) return { knowledge: 'unknown', explanation: `the pod has no volume ${volumeName}` };
  switch (volume.kind) {
    case 'emptyDir':
      return volume.medium === 'Memory'
        ? withGroup(0o1777, 'the kubelet mounts a tmpfs for emptyDir medium Memory: root:root 1777')
        : withGroup(0o777, 'the kubelet creates an emptyDir as root:root 0777');
    case 'hostPath':
      return volume.type === 'DirectoryOrCreate'
        ? {
            uid: 0,
            gid: 0,
            mode: 0o755,
            knowledge: 'assumed',
            explanation: `hostPath ${volume.path} is created root:root 0755 by the kubelet when missing; an existing directory keeps its own owner and mode, and fsGroup does not apply to hostPath`,
          }
        : {
            knowledge: 'unknown',
            explanation: `hostPath ${volume.path} has the owner and mode it has on the node, which the repository does not show (fsGroup does not apply to hostPath)`,
          };
    case 'persistentVolumeClaim':
      return fsGroup
        ? {
            gid: fsGroup.value,
            knowledge: 'assumed',
            explanation: `PersistentVolumeClaim ${volume.claimName}: fsGroup ${fsGroup.value} owns it when its volume driver supports ownership management (most block volumes do; NFS does not)`,
            fsGroup,
          }
        : {
            knowledge: 'unknown',
            explanation: `PersistentVolumeClaim ${volume.claimName} has the owner and mode its storage gives it`,
          };
    default:
      return {
        uid: 0,
        ...(fsGroup ? { gid: fsGroup.value, fsGroup } : { gid: 0 }),
        knowledge: 'known',
        explanation: `${volume.kind} volumes are mounted read-only: no socket can be created in them`,
      };
  }
}

/** A user or group as compose writes it: a number, or a name the container's own /etc/passwd or /etc/group resolves. */
export type IdRef = { id: number } | { name: string };

/** What a compose service says of its process ids; what it leaves out, the image decides. */
export interface ComposeIdentity {
  /** `user: USER[:GROUP]`; absent: the image's `USER`. */
  user?: Sourced<IdRef>;
  group?: Sourced<IdRef>;
  /** `group_add`: supplementary groups, by number or by a name of the container's /etc/group. */
  groupAdd: Sourced<IdRef>[];
}

function idRef(text: string): IdRef {
  return /^[0-9]+$/.test(text) ? { id: Number(text) } : { name: text };
}

export function composeProcessIdentity(service: ComposeService): ComposeIdentity {
  const out: ComposeIdentity = {
    groupAdd: service.groupAdd.map((g) => ({ ...g, value: idRef(g.value) })),
  };
  if (service.user) {
    const { value, location, unknown, assumed } = service.user;
    const [user, group] = value.split(':');
    // A part that still holds a `$` reference is the unknown one; the other part is known.
    const part = (text: string): Sourced<IdRef> => ({
      value: idRef(text),
      location,
      ...(unknown && text.includes('$') ? { unknown } : {}),
      ...(assumed ? { assumed } : {}),
    });
    if (user) out.user = part(user);
    if (group) out.group = part(group);
  }
  return out;
}

/**
 * Whether two containers share a network namespace, where abstract sockets (`@name`) live
 * (semantics K15): every container of a pod does; compose services only through
 * `network_mode: service:NAME` (or both `host`).
 */
export function composeSameNetwork(a: ComposeService, b: ComposeService): boolean {
  const [ma, mb] = [a.networkMode?.value, b.networkMode?.value];
  if (ma === `service:${b.name}` || mb === `service:${a.name}`) return true;
  // Both join the same third container, or both use the host's namespace.
  return ma !== undefined && ma === mb && (ma === 'host' || /^(?:service|container):/.test(ma));
}
