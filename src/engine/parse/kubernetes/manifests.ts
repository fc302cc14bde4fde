/**
 * Plain Kubernetes manifests: every YAML document with `apiVersion` and `kind`, items of a
 * `List`, in multi-document files. Workloads (Pod, Deployment, StatefulSet, DaemonSet,
 * ReplicaSet, ReplicationController, Job, CronJob) yield their pod spec; ConfigMaps yield
 * each `data` key as a file.
 */
import type { Location, Note, SourceFile } from '../../types.js';
import { derivedFile } from '../yaml/derived.js';
import {
  get,
  readYaml,
  text,
  type Sourced,
  type YMap,
  type YNode,
  type YamlFile,
  type YScalar,
} from '../yaml/tree.js';
import {
  type ContainerSecurityContext,
  type KeyToPath,
  type KubeConfigMap,
  type KubeContainer,
  type KubeVolume,
  type KubeVolumeMount,
  type KubeVolumeSource,
  type KubeWorkload,
  type PodSecurityContext,
  type PodSpec,
  WORKLOAD_KINDS,
  type WorkloadKind,
} from './types.js';

export interface ManifestFileResult {
  workloads: KubeWorkload[];
  configMaps: KubeConfigMap[];
  notes: Note[];
}

/** A YAML file that holds at least one Kubernetes object. */
export function looksLikeManifest(file: SourceFile): boolean {
  if (!/\.ya?ml$/i.test(file.path)) return false;
  const head = file.text.slice(0, 64 * 1024);
  return /^\s*apiVersion:/m.test(head) && /^\s*kind:/m.test(head);
}

/** Kubernetes reads manifests as YAML 1.1 (sigs.k8s.io/yaml): `defaultMode: 0644` is octal 420. */
export function readManifestFile(file: SourceFile): ManifestFileResult {
  const yaml = readYaml(file, { version: '1.1' });
  const out: ManifestFileResult = { workloads: [], configMaps: [], notes: [...yaml.notes] };
  for (const doc of yaml.documents) {
    if (doc.root) readObject(doc.root, yaml, out);
  }
  return out;
}

function readObject(node: YNode, yaml: YamlFile, out: ManifestFileResult): void {
  const kind = text(get(node, 'kind'));
  if (!kind || node.kind !== 'map') return;
  if (kind === 'List' || kind.endsWith('List')) {
    const items = get(node, 'items');
    if (items?.kind === 'seq') for (const item of items.items) readObject(item, yaml, out);
    return;
  }
  const metadata = get(node, 'metadata');
  const nameNode = get(metadata, 'name');
  const name = text(nameNode) ?? '';
  const namespace = text(get(metadata, 'namespace'));
  const location = nameNode?.location ?? get(node, 'kind')!.location;
  if (kind === 'ConfigMap') {
    out.configMaps.push(readConfigMap(node, yaml, name, namespace, location));
    return;
  }
  if (!(WORKLOAD_KINDS as readonly string[]).includes(kind)) return;
  const podNode = podSpecNode(node, kind as WorkloadKind);
  if (podNode?.kind !== 'map') {
    out.notes.push({
      level: 'notice',
      code: 'kubernetes-no-pod-spec',
      message: `${kind}/${name} has no pod spec where Kubernetes reads it`,
      location,
    });
    return;
  }
  out.workloads.push({
    kind: kind as WorkloadKind,
    name,
    ...(namespace ? { namespace } : {}),
    id: `${kind}/${name}`,
    file: yaml.file.path,
    location,
    pod: readPodSpec(podNode, out.notes, yaml),
  });
}

function podSpecNode(node: YMap, kind: WorkloadKind): YNode | undefined {
  const spec = get(node, 'spec');
  if (kind === 'Pod') return spec;
  if (kind === 'CronJob') return get(get(get(get(spec, 'jobTemplate'), 'spec'), 'template'), 'spec');
  return get(get(spec, 'template'), 'spec');
}

function readConfigMap(
  node: YMap,
  yaml: YamlFile,
  name: string,
  namespace: string | undefined,
  location: Location,
): KubeConfigMap {
  const data = new Map<string, SourceFile>();
  const dataNode = get(node, 'data');
  if (dataNode?.kind === 'map') {
    for (const e of dataNode.entries) {
      if (e.value.kind !== 'scalar' || e.value.value === null) continue;
      const scalar = typeof e.value.value === 'string' ? e.value : { ...e.value, value: text(e.value) ?? '' };
      data.set(
        e.key,
        derivedFile(
          yaml.file,
          yaml.index,
          scalar,
          `ConfigMap/${name}/${e.key}`,
          `key ${e.key} of ConfigMap ${name} (${yaml.file.path}:${e.keyLocation.line})`,
        ),
      );
    }
  }
  return { name, ...(namespace ? { namespace } : {}), location, data };
}

/* ------------------------------------------------------------------ pod spec */

function num(node: YNode | undefined, what: string, notes: Note[]): Sourced<number> | undefined {
  if (node?.kind !== 'scalar' || node.value === null) return undefined;
  if (typeof node.value === 'number' && Number.isInteger(node.value))
    return { value: node.value, location: node.location };
  notes.push({
    level: 'warning',
    code: 'kubernetes-invalid',
    message: `${what} must be an integer; Kubernetes rejects ${node.source}`,
    location: node.location,
  });
  return undefined;
}

function bool(node: YNode | undefined): Sourced<boolean> | undefined {
  if (node?.kind !== 'scalar' || typeof node.value !== 'boolean') return undefined;
  return { value: node.value, location: node.location };
}

function str(node: YNode | undefined): Sourced<string> | undefined {
  const value = text(node);
  return value === undefined ? undefined : { value, location: node!.location };
}

function strings(node: YNode | undefined): Sourced<string[]> | undefined {
  if (node?.kind !== 'seq') return undefined;
  return { value: node.items.map((i) => text(i) ?? ''), location: node.location };
}

function items(node: YNode | undefined): YNode[] {
  return node?.kind === 'seq' ? node.items : [];
}

function readPodSpec(node: YMap, notes: Note[], yaml: YamlFile): PodSpec {
  const sc = get(node, 'securityContext');
  const securityContext: PodSecurityContext = {
    supplementalGroups: items(get(sc, 'supplementalGroups'))
      .map((g) => num(g, 'supplementalGroups', notes))
      .filter((g): g is Sourced<number> => g !== undefined),
  };
  const set = <K extends keyof PodSecurityContext>(
    key: K,
    value: PodSecurityContext[K] | undefined,
  ): void => {
    if (value !== undefined) securityContext[key] = value;
  };
  set('runAsUser', num(get(sc, 'runAsUser'), 'runAsUser', notes));
  set('runAsGroup', num(get(sc, 'runAsGroup'), 'runAsGroup', notes));
  set('runAsNonRoot', bool(get(sc, 'runAsNonRoot')));
  set('fsGroup', num(get(sc, 'fsGroup'), 'fsGroup', notes));
  set('fsGroupChangePolicy', str(get(sc, 'fsGroupChangePolicy')));
  set('supplementalGroupsPolicy', str(get(sc, 'supplementalGroupsPolicy')));
  const volumes = new Map<string, KubeVolume>();
  for (const v of items(get(node, 'volumes'))) {
    const volume = readVolume(v);
    if (volume) volumes.set(volume.name, volume);
  }
  return {
    location: node.location,
    securityContext,
    initContainers: items(get(node, 'initContainers')).flatMap(
      (c) => readContainer(c, true, notes, yaml) ?? [],
    ),
    containers: items(get(node, 'containers')).flatMap((c) => readContainer(c, false, notes, yaml) ?? []),
    volumes,
  };
}

function readContainer(node: YNode, init: boolean, notes: Note[], yaml: YamlFile): KubeContainer | undefined {
  const name = text(get(node, 'name'));
  if (!name || node.kind !== 'map') return undefined;
  const env = new Map<string, Sourced<string | undefined>>();
  for (const e of items(get(node, 'env'))) {
    const envName = text(get(e, 'name'));
    if (!envName) continue;
    const value = get(e, 'value');
    const from = get(e, 'valueFrom');
    env.set(
      envName,
      from
        ? {
            value: undefined,
            location: e.location,
            unknown: [`${envName} comes from valueFrom, which the cluster resolves`],
          }
        : { value: text(value) ?? '', location: (value ?? e).location },
    );
  }
  const sc = get(node, 'securityContext');
  const securityContext: ContainerSecurityContext = {};
  const runAsUser = num(get(sc, 'runAsUser'), 'runAsUser', notes);
  const runAsGroup = num(get(sc, 'runAsGroup'), 'runAsGroup', notes);
  const runAsNonRoot = bool(get(sc, 'runAsNonRoot'));
  const readOnlyRootFilesystem = bool(get(sc, 'readOnlyRootFilesystem'));
  if (runAsUser) securityContext.runAsUser = runAsUser;
  if (runAsGroup) securityContext.runAsGroup = runAsGroup;
  if (runAsNonRoot) securityContext.runAsNonRoot = runAsNonRoot;
  if (readOnlyRootFilesystem) securityContext.readOnlyRootFilesystem = readOnlyRootFilesystem;
  const image = str(get(node, 'image'));
  const command = strings(get(node, 'command'));
  const args = strings(get(node, 'args'));
  const workingDir = str(get(node, 'workingDir'));
  const script = shellScript([...items(get(node, 'command')), ...items(get(node, 'args'))]);
  return {
    name,
    init,
    location: get(node, 'name')!.location,
    ...(image ? { image } : {}),
    ...(command ? { command } : {}),
    ...(args ? { args } : {}),
    env,
    ...(workingDir ? { workingDir } : {}),
    ...(script
      ? {
          script: derivedFile(
            yaml.file,
            yaml.index,
            script,
            `${init ? 'initContainers' : 'containers'}/${name}/script`,
            `the shell script container ${name} runs (${yaml.file.path}:${script.location.line})`,
          ),
        }
      : {}),
    volumeMounts: items(get(node, 'volumeMounts')).flatMap((m): KubeVolumeMount[] => {
      const volume = text(get(m, 'name'));
      const mountPath = text(get(m, 'mountPath'));
      if (!volume || !mountPath) return [];
      const subPath = text(get(m, 'subPath'));
      const subPathExpr = text(get(m, 'subPathExpr'));
      return [
        {
          volume,
          mountPath: mountPath.replace(/(.)\/+$/, '$1'),
          ...(subPath ? { subPath: subPath.replace(/\/+$/, '') } : {}),
          ...(subPathExpr ? { subPathExpr } : {}),
          readOnly: bool(get(m, 'readOnly'))?.value ?? false,
          location: m.location,
        },
      ];
    }),
    securityContext,
  };
}

const SHELL = /^(?:\/usr)?(?:\/bin\/)?(?:ba|da|a)?sh$/;

/** The SCRIPT of `[sh, -c, SCRIPT, …]`; the shell's other options may be joined to `-c` (`-ec`). */
function shellScript(words: YNode[]): YScalar | undefined {
  const [shell, flag, script] = words;
  if (!SHELL.test(text(shell) ?? '') || !/^-[a-z]*c[a-z]*$/.test(text(flag) ?? '')) return undefined;
  return script?.kind === 'scalar' && typeof script.value === 'string' ? script : undefined;
}

function keyToPaths(node: YNode | undefined): KeyToPath[] | undefined {
  if (node?.kind !== 'seq') return undefined;
  return node.items.flatMap((i) => {
    const key = text(get(i, 'key'));
    const path = text(get(i, 'path'));
    const mode = get(i, 'mode');
    return key && path
      ? [
          {
            key,
            path,
            ...(mode?.kind === 'scalar' && typeof mode.value === 'number' ? { mode: mode.value } : {}),
          },
        ]
      : [];
  });
}

function readVolume(node: YNode): KubeVolume | undefined {
  const name = text(get(node, 'name'));
  if (!name || node.kind !== 'map') return undefined;
  const location = node.location;
  const source = ((): KubeVolumeSource => {
    const emptyDir = get(node, 'emptyDir');
    if (emptyDir) {
      const medium = text(get(emptyDir, 'medium'));
      return { kind: 'emptyDir', ...(medium ? { medium } : {}) };
    }
    const hostPath = get(node, 'hostPath');
    if (hostPath) {
      const type = text(get(hostPath, 'type'));
      return { kind: 'hostPath', path: text(get(hostPath, 'path')) ?? '', ...(type ? { type } : {}) };
    }
    for (const kind of ['configMap', 'secret'] as const) {
      const v = get(node, kind);
      if (!v) continue;
      const items = keyToPaths(get(v, 'items'));
      const mode = get(v, 'defaultMode');
      return {
        kind,
        object: text(get(v, kind === 'configMap' ? 'name' : 'secretName')) ?? '',
        ...(items ? { items } : {}),
        ...(mode?.kind === 'scalar' && typeof mode.value === 'number' ? { defaultMode: mode.value } : {}),
        optional:
          get(v, 'optional')?.kind === 'scalar' && (get(v, 'optional') as { value: unknown }).value === true,
      };
    }
    const pvc = get(node, 'persistentVolumeClaim');
    if (pvc)
      return {
        kind: 'persistentVolumeClaim',
        claimName: text(get(pvc, 'claimName')) ?? '',
        readOnly: bool(get(pvc, 'readOnly'))?.value ?? false,
      };
    const projected = get(node, 'projected');
    if (projected) {
      return {
        kind: 'projected',
        sources: items(get(projected, 'sources')).map((s) => {
          for (const kind of ['configMap', 'secret'] as const) {
            const v = get(s, kind);
            if (!v) continue;
            const its = keyToPaths(get(v, 'items'));
            return { kind, name: text(get(v, 'name')) ?? '', ...(its ? { items: its } : {}) };
          }
          return { kind: 'other' as const };
        }),
      };
    }
    const type = node.entries.find((e) => e.key !== 'name')?.key ?? 'unknown';
    return { kind: 'other', type };
  })();
  return { ...source, name, location };
}
