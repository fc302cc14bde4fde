/**
 * The Kubernetes reader: plain manifests, kustomize `configMapGenerator`s, and Helm charts,
 * which are recognised but not rendered (their workloads are only known once Helm renders
 * them, so the sockets they hold stay undecided, with that reason).
 */
import { posix } from 'node:path';
import type { Note, SourceFile } from '../../types.js';
import { get, readYaml, text, type YNode } from '../yaml/tree.js';
import { looksLikeManifest, readManifestFile } from './manifests.js';
import type {
  HelmChart,
  KubeConfigMap,
  KubeContainer,
  KubernetesReadResult,
  KubeWorkload,
  Kustomization,
} from './types.js';

export type * from './types.js';
export { looksLikeManifest } from './manifests.js';

const KUSTOMIZATION = /^(?:kustomization\.ya?ml|Kustomization)$/;
const HELM_TEMPLATE = /\{\{-?\s/;

export function readKubernetes(files: readonly SourceFile[]): KubernetesReadResult {
  // Only kustomizations look files up by path: most repositories have none.
  let byPath: Map<string, SourceFile> | undefined;
  const result: KubernetesReadResult = {
    workloads: [],
    configMaps: [],
    helmCharts: [],
    kustomizations: [],
    notes: [],
  };
  const charts = helmCharts(files, result.notes);
  result.helmCharts = charts;
  const inChart = (path: string): boolean =>
    charts.some((c) => path.startsWith(`${c.directory ? c.directory + '/' : ''}templates/`));
  for (const file of files) {
    const name = posix.basename(file.path);
    if (inChart(file.path)) continue;
    if (KUSTOMIZATION.test(name)) {
      byPath ??= new Map(files.map((f) => [f.path, f]));
      const k = readKustomization(file, byPath, result.notes);
      result.kustomizations.push(k.kustomization);
      result.configMaps.push(...k.configMaps);
      continue;
    }
    if (!looksLikeManifest(file)) continue;
    if (HELM_TEMPLATE.test(file.text)) {
      result.notes.push({
        level: 'notice',
        code: 'kubernetes-template',
        message: `${file.path} is a template ({{ … }}); socklint does not render it, so what it deploys is unknown`,
        location: { file: file.path, line: 1, column: 1, endLine: 1, endColumn: 1 },
      });
      continue;
    }
    const read = readManifestFile(file);
    result.workloads.push(...read.workloads);
    result.configMaps.push(...read.configMaps);
    result.notes.push(...read.notes);
  }
  return result;
}

function helmCharts(files: readonly SourceFile[], notes: Note[]): HelmChart[] {
  const charts: HelmChart[] = [];
  for (const file of files) {
    if (posix.basename(file.path) !== 'Chart.yaml') continue;
    const directory = posix.dirname(file.path) === '.' ? '' : posix.dirname(file.path);
    const prefix = `${directory ? directory + '/' : ''}templates/`;
    const templates = files
      .filter((f) => f.path.startsWith(prefix) && /\.(?:ya?ml|tpl|txt)$/i.test(f.path))
      .map((f) => f.path);
    const location = { file: file.path, line: 1, column: 1, endLine: 1, endColumn: 1 };
    charts.push({ directory, location, templates });
    notes.push({
      level: 'notice',
      code: 'helm-chart',
      message: `${directory || '.'} is a Helm chart: its ${templates.length} template file(s) are not rendered, so the pods and configs they define are unknown`,
      location,
    });
  }
  return charts;
}

function readKustomization(
  file: SourceFile,
  files: ReadonlyMap<string, SourceFile>,
  notes: Note[],
): { kustomization: Kustomization; configMaps: KubeConfigMap[] } {
  const yaml = readYaml(file, { version: '1.1' });
  notes.push(...yaml.notes);
  const root = yaml.documents[0]?.root;
  const dir = posix.dirname(file.path) === '.' ? '' : posix.dirname(file.path);
  const seq = (node: YNode | undefined): YNode[] => (node?.kind === 'seq' ? node.items : []);
  const kustomization: Kustomization = {
    path: file.path,
    resources: seq(get(root, 'resources'))
      .map(text)
      .filter((r): r is string => !!r)
      .map((r) => posix.normalize(posix.join(dir, r))),
    patches: [],
  };
  for (const key of ['patches', 'patchesStrategicMerge', 'patchesJson6902', 'replacements']) {
    const e = root?.kind === 'map' ? root.entries.find((x) => x.key === key) : undefined;
    if (!e) continue;
    kustomization.patches.push(e.keyLocation);
    notes.push({
      level: 'notice',
      code: 'kustomize-patches',
      message: `${file.path} has ${key}: socklint reads the resources as written, without the patches, so what they change is not checked`,
      location: e.keyLocation,
    });
  }
  const namespace = text(get(root, 'namespace'));
  const configMaps: KubeConfigMap[] = [];
  for (const generator of seq(get(root, 'configMapGenerator'))) {
    const name = text(get(generator, 'name'));
    if (!name) continue;
    const data = new Map<string, SourceFile>();
    for (const entry of seq(get(generator, 'files'))) {
      const spec = text(entry);
      if (!spec) continue;
      const eq = spec.indexOf('=');
      const key = eq === -1 ? posix.basename(spec) : spec.slice(0, eq);
      const path = posix.normalize(posix.join(dir, eq === -1 ? spec : spec.slice(eq + 1)));
      const source = files.get(path);
      if (source) data.set(key, source);
      else {
        notes.push({
          level: 'warning',
          code: 'kustomize-file-missing',
          message: `configMapGenerator ${name} reads ${path}, which is not in the repository: kustomize build fails`,
          location: entry.location,
        });
      }
    }
    configMaps.push({
      name,
      ...(namespace ? { namespace } : {}),
      location: get(generator, 'name')!.location,
      data,
      generatedBy: file.path,
    });
  }
  return { kustomization, configMaps };
}

/** A ConfigMap key mounted into a container as a file. */
export interface MountedConfigFile {
  /** Absolute path in the container. */
  path: string;
  file: SourceFile;
  configMap: string;
  key: string;
  /** The volumeMount that puts it there. */
  location: KubeContainer['volumeMounts'][number]['location'];
}

/**
 * The files the ConfigMap volumes of a workload put into one container: each key at
 * `mountPath/key` (or `mountPath/items[].path`), or the single key a `subPath` mount selects.
 * ConfigMaps are matched by name in the workload's namespace.
 */
export function mountedConfigFiles(
  workload: KubeWorkload,
  container: KubeContainer,
  configMaps: readonly KubeConfigMap[],
): MountedConfigFile[] {
  const out: MountedConfigFile[] = [];
  for (const mount of container.volumeMounts) {
    const volume = workload.pod.volumes.get(mount.volume);
    if (!volume) continue;
    const sources =
      volume.kind === 'configMap'
        ? [{ name: volume.object, items: volume.items }]
        : volume.kind === 'projected'
          ? volume.sources
              .filter((s) => s.kind === 'configMap')
              .map((s) => ({ name: s.name ?? '', items: s.items }))
          : [];
    for (const source of sources) {
      const configMap =
        configMaps.find((c) => c.name === source.name && c.namespace === workload.namespace) ??
        configMaps.find((c) => c.name === source.name);
      if (!configMap) continue;
      const entries = source.items
        ? source.items.filter((i) => configMap.data.has(i.key)).map((i) => ({ key: i.key, path: i.path }))
        : [...configMap.data.keys()].map((key) => ({ key, path: key }));
      for (const { key, path } of entries) {
        if (mount.subPath !== undefined && mount.subPath !== path) continue;
        const target = mount.subPath !== undefined ? mount.mountPath : posix.join(mount.mountPath, path);
        out.push({
          path: target,
          file: configMap.data.get(key)!,
          configMap: configMap.name,
          key,
          location: mount.location,
        });
      }
    }
  }
  return out;
}
