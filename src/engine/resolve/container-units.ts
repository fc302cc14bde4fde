/**
 * Compose services and pod containers as deployment units: one container each. A compose service
 * is built from its Dockerfile (with the service's context, target, build arguments and
 * environment) or run from a pulled image, with the repository files its bind mounts and
 * `configs:` put in place, and the user `user:` names; a pod container runs its image with the
 * ConfigMap keys mounted into it and the ids its security context sets.
 * Each unit records its mounts so the graph can pair it with the containers it shares
 * directories with (`cross-links.ts`).
 */
import { posix } from 'node:path';
import type { UserConfig } from '../config.js';
import { readComposeProjects } from '../parse/compose/index.js';
import type { ComposeProject, ComposeService, Sourced } from '../parse/compose/types.js';
import type { ShellValue } from '../parse/provision/shell-env.js';
import type { Placeholders } from '../templates.js';
import type { ClassifiedFile, Note } from '../types.js';
import { normalizeDeployed } from './deployed-fs.js';
import { mountedConfigFiles, readKubernetes } from '../parse/kubernetes/index.js';
import type { KubeContainer, KubeWorkload } from '../parse/kubernetes/types.js';
import {
  composeContainerMounts,
  composeProcessIdentity,
  podContainerMounts,
  podProcessIdentity,
  podVolumeOwnership,
  type ContainerMounts,
  type ContainerPlacement,
  type PlacedDirectory,
} from './shared-dirs.js';
import { imageUnit, pulledImageUnit, type DeploymentUnit, type RepoFiles } from './topology.js';
import { modeAfterChmod, preparedVolumes, type PreparedVolume } from './init-containers.js';
import { helmUnits } from './helm-units.js';

export interface ContainerUnitsInput {
  files: ClassifiedFile[];
  config: UserConfig;
  placeholders?: Placeholders;
}

/** The units of every compose project `docker compose up` would start, and the Dockerfile stages they build. */
export function composeUnits(
  input: ContainerUnitsInput,
  repo: RepoFiles,
  claimed: Set<string>,
): { units: DeploymentUnit[]; builds: Set<string>; notes: Note[] } {
  const read = readComposeProjects(input.files, { variables: input.config.variables });
  const units: DeploymentUnit[] = [];
  const builds = new Set<string>();
  // Variants (`-f base -f override`) and included projects repeat the services of a project already read.
  const projects = read.projects.filter(
    (p) => p.valid && p.includedBy.length === 0 && (p.isDefault || p.files.length === 1),
  );
  for (const project of projects) {
    const mounts = new Map(composeContainerMounts(project).map((m) => [m.container, m]));
    for (const service of project.services.filter((s) => s.runsByDefault)) {
      const unit = serviceUnit(project, service, input, repo, claimed, builds);
      const own = mounts.get(service.name) ?? { unit: unit.id, container: service.name, mounts: [] };
      placeMounted(unit, service, own, repo, claimed);
      setServiceUser(unit, service);
      const unknown = [...new Set(own.mounts.flatMap((m) => m.root.unknown ?? []))];
      const userUnknown = service.user?.unknown;
      unit.container = {
        group: project.id,
        name: `service ${service.name}`,
        mounts: own,
        ...(service.groupAdd.length > 0 ? { groupAdd: service.groupAdd.map((g) => g.value) } : {}),
        ...(unknown.length > 0 ? { unknown } : {}),
        ...(userUnknown ? { userUnknown } : {}),
      };
      unit.notes.push(...project.notes);
      units.push(unit);
    }
  }
  return { units, builds, notes: read.notes };
}

function serviceUnit(
  project: ComposeProject,
  service: ComposeService,
  input: ContainerUnitsInput,
  repo: RepoFiles,
  claimed: Set<string>,
  builds: Set<string>,
): DeploymentUnit {
  const id = `compose ${project.files[0]} service ${service.name}`;
  const build = service.build;
  if (build?.contextInRepository && !build.dockerfileInline) {
    const dockerfilePath = posix.normalize(
      build.dockerfile?.value ?? posix.join(build.context.value || '.', 'Dockerfile'),
    );
    const dockerfile = repo.byPath.get(dockerfilePath);
    if (dockerfile) {
      builds.add(`${dockerfile.path}\0${build.target?.value.toLowerCase() ?? ''}`);
      return imageUnit(
        {
          dockerfile,
          ...(build.target ? { target: build.target.value.toLowerCase() } : {}),
          context: build.context.value === '.' ? '' : build.context.value,
          buildArgs: buildArgs(build.args),
          environment: known(service.environment),
          id,
        },
        repo,
        claimed,
        { input },
      );
    }
  }
  if (service.image && !service.image.unknown) {
    return pulledImageUnit(
      id,
      { ref: service.image.value, location: service.image.location },
      input.placeholders,
      input.config.images,
    );
  }
  // Neither a Dockerfile in the repository nor an image reference that is known.
  const why = service.image?.unknown
    ? `its image depends on ${service.image.unknown.join(', ')}, which nothing sets`
    : build
      ? `its build context ${build.context.value} or its Dockerfile is not in the repository`
      : 'it names no image';
  const unit = pulledImageUnit(id, { ref: service.image?.value ?? '(none)', location: service.location });
  unit.notes = [
    {
      level: 'notice',
      code: 'unknown-base-image',
      message: `service ${service.name}: ${why}, so its users and default configs are unknown`,
      location: service.image?.location ?? build?.location ?? service.location,
    },
  ];
  return unit;
}

/** Values compose sets; a value that depends on what nothing sets is left out (the image's own default stays). */
/**
 * `build.args` as `--build-arg` passes them: a value that depends on a variable nothing sets is
 * unknown (it replaces the Dockerfile's default all the same), never the default.
 */
function buildArgs(map: Map<string, Sourced<string | undefined>>): Record<string, ShellValue> {
  const out: Record<string, ShellValue> = {};
  for (const [name, v] of map) {
    if (v.unknown) out[name] = { unknown: v.unknown };
    else if (v.value !== undefined) out[name] = v.value;
  }
  return out;
}

function known(map: Map<string, Sourced<string | undefined>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, v] of map) if (v.value !== undefined && !v.unknown) out[name] = v.value;
  return out;
}

/**
 * Repository files a bind mount or a `configs:` entry puts in the container. A bind mount of a
 * directory hides what the image has there; a file mount replaces one file.
 */
function placeMounted(
  unit: DeploymentUnit,
  service: ComposeService,
  mounts: ContainerMounts,
  repo: RepoFiles,
  claimed: Set<string>,
): void {
  for (const mount of mounts.mounts) {
    if (mount.root.id !== 'repository' || mount.root.unknown || mount.via) continue;
    const source = mount.subPath;
    const target = normalizeDeployed(mount.target);
    const file = repo.byPath.get(source);
    if (file) {
      unit.fs.set({ deployedPath: target, file });
      claimed.add(source);
      continue;
    }
    const inside = [...repo.byPath.keys()].filter((p) => source === '' || p.startsWith(`${source}/`));
    if (inside.length === 0) continue;
    unit.fs.delete(target, true);
    for (const p of inside) {
      unit.fs.set({
        deployedPath: posix.join(target, source === '' ? p : p.slice(source.length + 1)),
        file: repo.byPath.get(p)!,
      });
      claimed.add(p);
    }
  }
  for (const config of service.configs) {
    if (config.content) unit.fs.set({ deployedPath: normalizeDeployed(config.target), file: config.content });
  }
}

/** `user: USER[:GROUP]` replaces the image's USER (root keeps the servers' own user switching). */
function setServiceUser(unit: DeploymentUnit, service: ComposeService): void {
  const identity = composeProcessIdentity(service);
  const user = identity.user;
  if (!user || user.unknown) return;
  const name = 'id' in user.value ? String(user.value.id) : user.value.name;
  if (name === 'root' || name === '0') {
    delete unit.runtimeUser;
    return;
  }
  const group =
    identity.group &&
    ('id' in identity.group.value ? String(identity.group.value.id) : identity.group.value.name);
  unit.runtimeUser = {
    user: name,
    ...(group ? { group } : {}),
    origin: { kind: 'source', location: user.location, text: `user: ${service.user!.value}` },
  };
}

/* ------------------------------------------------------------------ pods */

/** One unit per container of every workload's pod (init containers only prepare the pod). */
export function podUnits(input: ContainerUnitsInput): { units: DeploymentUnit[]; notes: Note[] } {
  const read = readKubernetes(input.files);
  const units: DeploymentUnit[] = [];
  for (const workload of read.workloads) {
    const mounts = new Map(podContainerMounts(workload).map((m) => [m.container, m]));
    const prepared = preparedVolumes(workload);
    for (const container of workload.pod.containers) {
      const id = `pod ${workload.file} ${workload.kind}/${workload.name} container ${container.name}`;
      const image = container.image && !container.image.unknown ? container.image : undefined;
      const unit = pulledImageUnit(
        id,
        { ref: image?.value ?? '(none)', location: image?.location ?? container.location },
        input.placeholders,
        input.config.images,
      );
      for (const f of mountedConfigFiles(workload, container, read.configMaps))
        unit.fs.set({ deployedPath: normalizeDeployed(f.path), file: f.file });
      const own = mounts.get(container.name) ?? { unit: id, container: container.name, mounts: [] };
      unit.container = podPlacement(workload, container, own, unit, prepared);
      units.push(unit);
    }
  }
  units.push(...helmUnits(read.helmCharts, input.files, input.placeholders));
  return { units, notes: read.notes };
}

/**
 * The pod spec's ids: `runAsUser`/`runAsGroup` over the image's USER (the gid, when not set, is
 * the uid's primary group in the image's /etc/passwd, else 0), `fsGroup` and
 * `supplementalGroups` for every container, and the emptyDir volumes as the kubelet makes them.
 */
function podPlacement(
  workload: KubeWorkload,
  container: KubeContainer,
  mounts: ContainerMounts,
  unit: DeploymentUnit,
  prepared: Map<string, PreparedVolume>,
): ContainerPlacement {
  const identity = podProcessIdentity(workload.pod, container);
  if (identity.uid) {
    const uid = identity.uid.value;
    const entry = Object.values(unit.platform.base?.users ?? {}).find(([id]) => id === uid);
    const gid =
      identity.gid?.value ??
      (entry ? unit.platform.base?.groups[entry[1]]?.[0] : undefined) ??
      (entry ? undefined : 0);
    if (uid === 0) delete unit.runtimeUser;
    else
      unit.runtimeUser = {
        user: String(uid),
        ...(gid !== undefined ? { group: String(gid) } : {}),
        origin: { kind: 'source', location: identity.uid.location, text: `runAsUser: ${uid}` },
      };
  }
  const directories = new Map<string, PlacedDirectory>();
  for (const m of container.volumeMounts) {
    if (m.subPath || m.subPathExpr) continue;
    const emptyDir = workload.pod.volumes.get(m.volume)?.kind === 'emptyDir';
    const own = podVolumeOwnership(workload.pod, m.volume);
    const kubelet =
      emptyDir && own.knowledge === 'known' && own.mode !== undefined
        ? { mode: own.mode, uid: own.uid ?? 0, gid: own.gid ?? 0, description: own.explanation }
        : undefined;
    // A hostPath or a claim has what the node or the storage gives it, unless the pod's init containers set it all.
    const base: PlacedDirectory | undefined =
      kubelet ?? (own.knowledge === 'known' ? undefined : { unknown: own.explanation });
    const init = prepared.get(m.volume);
    const directory = (init && afterInit(kubelet, init, own.explanation)) ?? base;
    if (directory) directories.set(normalizeDeployed(m.mountPath), directory);
  }
  const groups = identity.supplementaryGroups.map((g) => String(g.value));
  return {
    group: `${workload.file}#${workload.id}`,
    name: `container ${container.name}`,
    mounts,
    ...(groups.length > 0 ? { groupAdd: groups } : {}),
    directories,
  };
}

/**
 * A volume's root once the init containers ran over what the kubelet made: known when every id
 * and the mode are (a hostPath or claim the init containers chown and chmod whole), unknown when
 * what they did cannot be told, undefined when they leave part of it as it was.
 */
function afterInit(
  kubelet: Extract<PlacedDirectory, { mode: number }> | undefined,
  init: PreparedVolume,
  volume: string,
): PlacedDirectory | undefined {
  const description = `${kubelet?.description ?? volume}; then ${init.steps.join(', then ')}`;
  if ('unknown' in init) return { unknown: `${description}, and ${init.unknown}` };
  const mode =
    init.mode === undefined
      ? kubelet?.mode
      : kubelet
        ? modeAfterChmod(kubelet.mode, init.mode, init.chmodBy)
        : init.mode;
  const uid = init.uid ?? kubelet?.uid;
  const gid = init.gid ?? kubelet?.gid;
  if (mode === undefined && kubelet && init.mode !== undefined)
    return {
      unknown: `${description}: GNU chmod keeps the setgid bit fsGroup set and BusyBox chmod clears it, and which one the init container has is not known`,
    };
  if (mode === undefined || uid === undefined || gid === undefined) return undefined;
  return { mode, uid, gid, description };
}
