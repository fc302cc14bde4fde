import { mountedConfigFiles, readKubernetes } from '../../src/engine/parse/kubernetes/index.js';
import type { KubernetesReadResult, KubeWorkload } from '../../src/engine/parse/kubernetes/index.js';
import { loadProvisionParsers, shellFacts } from '../../src/engine/parse/provision/index.js';
import { locationIn, type SourceFile } from '../../src/engine/types.js';
import { find, fixtureFiles } from '../compose/helpers.js';

beforeAll(() => loadProvisionParsers());

async function read(dir: string): Promise<{ result: KubernetesReadResult; files: Map<string, SourceFile> }> {
  const files = await fixtureFiles(`kubernetes/${dir}`);
  return { result: readKubernetes(files), files: new Map(files.map((f) => [f.path, f])) };
}

function workload(result: KubernetesReadResult, id: string): KubeWorkload {
  const w = result.workloads.find((x) => x.id === id);
  if (!w) throw new Error(`no ${id}`);
  return w;
}

/** Where `needle` is in a derived file's text, as a span of that text. */
function spanOf(file: SourceFile, needle: string) {
  const offset = file.text.indexOf(needle);
  const before = file.text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - (before.lastIndexOf('\n') + 1) + 1;
  return { line, column, endLine: line, endColumn: column + needle.length };
}

describe('a Deployment with nginx and PHP-FPM sharing an emptyDir', () => {
  test('pod security context, containers, init containers, volumes', async () => {
    const { result, files } = await read('shop');
    const manifest = files.get('deployment.yaml')!;
    const shop = workload(result, 'Deployment/shop');
    expect(shop).toMatchObject({ namespace: 'shop', file: 'deployment.yaml' });
    const sc = shop.pod.securityContext;
    expect(sc.fsGroup).toEqual({ value: 82, location: find(manifest, '82', 0) });
    expect(sc.fsGroupChangePolicy?.value).toBe('OnRootMismatch');
    expect(sc.supplementalGroups.map((g) => g.value)).toEqual([1000]);
    expect(sc.runAsNonRoot?.value).toBe(false);
    expect(shop.pod.initContainers.map((c) => c.name)).toEqual(['socket-dir']);
    expect(shop.pod.containers.map((c) => c.name)).toEqual(['nginx', 'php']);
    const nginx = shop.pod.containers[0];
    expect(nginx.securityContext.runAsUser).toEqual({ value: 101, location: find(manifest, '101') });
    expect(nginx.volumeMounts[1]).toMatchObject({
      volume: 'nginx-conf',
      subPath: 'default.conf',
      readOnly: true,
    });
    const php = shop.pod.containers[1];
    expect(php.env.get('APP_ENV')?.value).toBe('production');
    expect(php.env.get('DB_PASSWORD')).toMatchObject({
      value: undefined,
      unknown: [expect.stringContaining('valueFrom')],
    });
    expect(shop.pod.volumes.get('php-socket')).toMatchObject({ kind: 'emptyDir' });
    // YAML 1.1, as Kubernetes reads it: 0644 is octal.
    expect(shop.pod.volumes.get('fpm-pool')).toMatchObject({
      kind: 'configMap',
      name: 'fpm-pool',
      object: 'fpm-pool',
      defaultMode: 0o644,
    });
  });

  test('the init container script is a file mapped to the manifest, read by the shell reader', async () => {
    const { result, files } = await read('shop');
    const manifest = files.get('deployment.yaml')!;
    const script = workload(result, 'Deployment/shop').pod.initContainers[0].script!;
    expect(script.text).toBe('chown 82:82 /sock && chmod 0770 /sock');
    const facts = shellFacts(script).facts;
    expect(facts.map((f) => f.kind)).toEqual(['chown', 'chmod']);
    expect(facts[1]).toMatchObject({ path: '/sock', mode: 0o770 });
    expect(locationIn(script, spanOf(script, 'chmod 0770 /sock'))).toEqual(
      find(manifest, 'chmod 0770 /sock'),
    );
  });

  test('ConfigMap keys mounted with subPath are files whose findings land on the block scalar', async () => {
    const { result, files } = await read('shop');
    const manifest = files.get('deployment.yaml')!;
    const shop = workload(result, 'Deployment/shop');
    const [nginx, php] = shop.pod.containers;
    const nginxFiles = mountedConfigFiles(shop, nginx, result.configMaps);
    expect(nginxFiles.map((f) => [f.path, f.configMap, f.key])).toEqual([
      ['/etc/nginx/conf.d/default.conf', 'nginx-conf', 'default.conf'],
    ]);
    const conf = nginxFiles[0].file;
    expect(conf.text.startsWith('server {\n    listen 8080;')).toBe(true);
    expect(conf.derived?.description).toBe('key default.conf of ConfigMap nginx-conf (deployment.yaml:7)');
    const target = 'unix:/var/run/php/php-fpm.sock';
    expect(locationIn(conf, spanOf(conf, target))).toEqual(find(manifest, target));
    const pool = mountedConfigFiles(shop, php, result.configMaps)[0];
    expect(pool.path).toBe('/usr/local/etc/php-fpm.d/zz-socket.conf');
    expect(pool.file.text).toBe('[www]\nlisten = /sock/php-fpm.sock\nlisten.mode = 0660');
    expect(locationIn(pool.file, spanOf(pool.file, '0660'))).toEqual(find(manifest, '0660'));
    const flow = result.configMaps.find((c) => c.name === 'nginx-conf')!.data.get('unused.conf')!;
    expect(locationIn(flow, spanOf(flow, 'listen 81'))).toEqual(find(manifest, 'listen 81'));
  });

  test('List items, CronJob and StatefulSet pod specs, emptyDir Memory, hostPath, PVC, subPathExpr', async () => {
    const { result } = await read('shop');
    expect(result.workloads.map((w) => w.id).sort()).toEqual([
      'CronJob/cleanup',
      'Deployment/shop',
      'StatefulSet/cache',
    ]);
    expect(workload(result, 'CronJob/cleanup').pod.containers[0]).toMatchObject({
      workingDir: { value: '/app' },
      command: { value: ['php', 'bin/cleanup.php'] },
    });
    const cache = workload(result, 'StatefulSet/cache');
    expect(cache.pod.volumes.get('run')).toMatchObject({ kind: 'emptyDir', medium: 'Memory' });
    expect(cache.pod.volumes.get('host-sock')).toMatchObject({
      kind: 'hostPath',
      path: '/var/run/php',
      type: 'DirectoryOrCreate',
    });
    expect(cache.pod.volumes.get('data')).toMatchObject({
      kind: 'persistentVolumeClaim',
      claimName: 'cache-data',
    });
    expect(cache.pod.containers[0].volumeMounts[1]).toMatchObject({ subPathExpr: '$(POD_NAME)' });
    expect(result.notes).toEqual([]);
  });
});

describe('kustomize, Helm, malformed manifests', () => {
  test('configMapGenerator files are the repository files; patches are reported, not applied', async () => {
    const { result, files } = await read('kustomize');
    const generated = result.configMaps.find((c) => c.name === 'site')!;
    expect(generated).toMatchObject({ namespace: 'web', generatedBy: 'base/kustomization.yaml' });
    expect([...generated.data.keys()]).toEqual(['site.conf', 'pool.conf']);
    expect(generated.data.get('pool.conf')).toBe(files.get('base/conf/www.conf'));
    const pod = workload(result, 'Pod/web');
    const [nginx, fpm] = pod.pod.containers;
    expect(mountedConfigFiles(pod, nginx, result.configMaps).map((f) => f.path)).toEqual([
      '/etc/nginx/conf.d/default.conf',
      '/etc/nginx/conf.d/pool.conf',
    ]);
    expect(mountedConfigFiles(pod, fpm, result.configMaps).map((f) => [f.path, f.file.path])).toEqual([
      ['/usr/local/etc/php-fpm.d/www.conf', 'base/conf/www.conf'],
    ]);
    expect(result.kustomizations[0]).toMatchObject({ resources: ['base/pod.yaml'], patches: [{ line: 11 }] });
    expect(result.notes.map((n) => n.code)).toEqual(['kustomize-patches']);
  });

  test('a Helm chart is recognised and its templates are not read', async () => {
    const { result } = await read('helm');
    expect(result.workloads).toEqual([]);
    expect(result.helmCharts).toEqual([
      {
        directory: 'shop',
        location: { file: 'shop/Chart.yaml', line: 1, column: 1, endLine: 1, endColumn: 1 },
        templates: ['shop/templates/_helpers.tpl', 'shop/templates/deployment.yaml'],
      },
    ]);
    expect(result.notes[0]).toMatchObject({
      code: 'helm-chart',
      message: expect.stringContaining('not rendered'),
    });
  });

  test('malformed YAML and an alias into its own ancestors are notes with locations', async () => {
    const { result } = await read('malformed');
    const codes = result.notes.map((n) => `${n.code}@${n.location?.line}`);
    expect(codes).toContain('yaml-invalid@10');
    expect(codes).toContain('yaml-alias@18');
  });
});

describe('inline manifests', () => {
  const source = (path: string, text: string): SourceFile => ({
    path,
    absPath: `/r/${path}`,
    text,
    hadBom: false,
    crlf: text.includes('\r\n'),
  });

  test('a CRLF ConfigMap keeps exact columns; projected and secret volumes are read', () => {
    const text = [
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata: {name: conf}',
      'data:',
      '  www.conf: |',
      '    [www]',
      '',
      '    listen = /run/php/fpm.sock',
      '---',
      'apiVersion: apps/v1',
      'kind: ReplicaSet',
      'metadata: {name: rs}',
      'spec:',
      '  template:',
      '    spec:',
      '      containers:',
      '        - name: php',
      '          image: php:8.3-fpm',
      '          securityContext: {runAsUser: "82"}',
      '          volumeMounts: [{name: all, mountPath: /usr/local/etc/php-fpm.d}]',
      '      volumes:',
      '        - name: all',
      '          projected:',
      '            sources:',
      '              - configMap: {name: conf, items: [{key: www.conf, path: zz.conf}]}',
      '              - secret: {name: keys}',
      '        - name: tls',
      '          secret: {secretName: tls, defaultMode: 0400}',
    ].join('\r\n');
    const manifest = source('k.yaml', text);
    const result = readKubernetes([manifest]);
    const rs = result.workloads[0];
    expect(rs.id).toBe('ReplicaSet/rs');
    const pool = result.configMaps[0].data.get('www.conf')!;
    expect(pool.text).toBe('[www]\n\nlisten = /run/php/fpm.sock\n');
    expect(locationIn(pool, { line: 3, column: 10, endLine: 3, endColumn: 27 })).toEqual(
      find(manifest, '/run/php/fpm.sock'),
    );
    expect(rs.pod.volumes.get('tls')).toMatchObject({ kind: 'secret', name: 'tls', defaultMode: 0o400 });
    const files = mountedConfigFiles(rs, rs.pod.containers[0], result.configMaps);
    expect(files.map((f) => f.path)).toEqual(['/usr/local/etc/php-fpm.d/zz.conf']);
    // A quoted runAsUser is rejected by Kubernetes: a note, no uid.
    expect(rs.pod.containers[0].securityContext.runAsUser).toBeUndefined();
    expect(result.notes.map((n) => n.code)).toEqual(['kubernetes-invalid']);
  });
});
