/** What the Kubernetes reader yields: workloads with their pod spec, ConfigMaps, Helm charts, kustomizations. */
import type { Location, Note, SourceFile } from '../../types.js';
import type { Sourced } from '../yaml/tree.js';

export const WORKLOAD_KINDS = [
  'Pod',
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'ReplicaSet',
  'ReplicationController',
  'Job',
  'CronJob',
] as const;
export type WorkloadKind = (typeof WORKLOAD_KINDS)[number];

export interface KubeWorkload {
  kind: WorkloadKind;
  name: string;
  namespace?: string;
  /** `kind/name` in its file, e.g. `Deployment/shop`; unique with `file`. */
  id: string;
  file: string;
  /** The `metadata.name` value, or the document's start when it has none. */
  location: Location;
  pod: PodSpec;
}

export interface PodSpec {
  /** The pod spec mapping (`spec`, `spec.template.spec`, or `spec.jobTemplate.spec.template.spec`). */
  location: Location;
  securityContext: PodSecurityContext;
  initContainers: KubeContainer[];
  containers: KubeContainer[];
  volumes: Map<string, KubeVolume>;
}

export interface PodSecurityContext {
  runAsUser?: Sourced<number>;
  runAsGroup?: Sourced<number>;
  runAsNonRoot?: Sourced<boolean>;
  fsGroup?: Sourced<number>;
  fsGroupChangePolicy?: Sourced<string>;
  supplementalGroups: Sourced<number>[];
  /** `Merge` (default: the groups of the image's /etc/group are added) or `Strict`. */
  supplementalGroupsPolicy?: Sourced<string>;
}

export interface ContainerSecurityContext {
  runAsUser?: Sourced<number>;
  runAsGroup?: Sourced<number>;
  runAsNonRoot?: Sourced<boolean>;
  readOnlyRootFilesystem?: Sourced<boolean>;
}

export interface KubeContainer {
  name: string;
  init: boolean;
  location: Location;
  image?: Sourced<string>;
  command?: Sourced<string[]>;
  args?: Sourced<string[]>;
  /** `value:` entries; `valueFrom:` entries are unknown (their value is in the cluster). */
  env: Map<string, Sourced<string | undefined>>;
  workingDir?: Sourced<string>;
  /**
   * The script of `sh -c SCRIPT` (or bash, `-ec`…) in `command`/`args`, as a file whose
   * locations are the manifest's: what an init container runs to provision shared volumes.
   */
  script?: SourceFile;
  volumeMounts: KubeVolumeMount[];
  securityContext: ContainerSecurityContext;
}

export interface KubeVolumeMount {
  volume: string;
  mountPath: string;
  subPath?: string;
  /** `subPathExpr` (expanded from the container's environment at run time). */
  subPathExpr?: string;
  readOnly: boolean;
  location: Location;
}

export interface KeyToPath {
  key: string;
  path: string;
  mode?: number;
}

export type KubeVolumeSource =
  | { kind: 'emptyDir'; medium?: string }
  | { kind: 'hostPath'; path: string; type?: string }
  /** `object`: the ConfigMap's or Secret's name (the volume's own name is `name`). */
  | { kind: 'configMap'; object: string; items?: KeyToPath[]; defaultMode?: number; optional: boolean }
  | { kind: 'secret'; object: string; items?: KeyToPath[]; defaultMode?: number; optional: boolean }
  | { kind: 'persistentVolumeClaim'; claimName: string; readOnly: boolean }
  | {
      kind: 'projected';
      sources: { kind: 'configMap' | 'secret' | 'other'; name?: string; items?: KeyToPath[] }[];
    }
  | { kind: 'other'; type: string };

export type KubeVolume = KubeVolumeSource & { name: string; location: Location };

export interface KubeConfigMap {
  name: string;
  namespace?: string;
  location: Location;
  /** Each `data` key as a file whose text is the value; locations map back to the manifest. */
  data: Map<string, SourceFile>;
  /** From a kustomize `configMapGenerator`: the name before kustomize adds its hash. */
  generatedBy?: string;
}

export interface HelmChart {
  /** Repository-relative chart directory (holds `Chart.yaml`). */
  directory: string;
  location: Location;
  /** Template files that are not read: their content is only known once Helm renders them. */
  templates: string[];
}

export interface Kustomization {
  path: string;
  resources: string[];
  /** Patches socklint does not apply, with where they are. */
  patches: Location[];
}

export interface KubernetesReadResult {
  workloads: KubeWorkload[];
  configMaps: KubeConfigMap[];
  helmCharts: HelmChart[];
  kustomizations: Kustomization[];
  notes: Note[];
}
