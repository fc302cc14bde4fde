import { readComposeProjects } from '../../src/engine/parse/compose/index.js';
import { readKubernetes } from '../../src/engine/parse/kubernetes/index.js';
import {
  composeContainerMounts,
  composeProcessIdentity,
  composeSameNetwork,
  type ContainerMounts,
  mapPath,
  podContainerMounts,
  podProcessIdentity,
  podVolumeOwnership,
  sharedDirectories,
} from '../../src/engine/resolve/shared-dirs.js';
import { at, fixtureFiles } from '../compose/helpers.js';

async function composeMounts(dir: string, which = 0): Promise<ContainerMounts[]> {
  const { projects } = readComposeProjects(await fixtureFiles(`compose/${dir}`));
  return composeContainerMounts(projects[which]);
}

const byName = (all: ContainerMounts[], name: string): ContainerMounts =>
  all.find((c) => c.container === name)!;

describe('compose', () => {
  test('a named volume at different targets is one directory; socket paths map both ways', async () => {
    const all = await composeMounts('separate-containers');
    const [web, php] = [byName(all, 'web'), byName(all, 'php')];
    const shared = sharedDirectories(all);
    const volume = shared.find((d) => d.id === 'volume:separate-containers_php-socket')!;
    expect(volume.description).toBe('named volume php-socket');
    expect(volume.mounts.map((m) => `${m.container}:${m.target}@${at(m.location)}`)).toEqual([
      'web:/var/run/php@compose.yaml:10:9',
      'php:/sock@compose.yaml:24:9',
    ]);
    expect(mapPath(php, '/sock/php-fpm.sock', web)?.path).toBe('/var/run/php/php-fpm.sock');
    expect(mapPath(web, '/var/run/php/php-fpm.sock', php)?.path).toBe('/sock/php-fpm.sock');
    // Within the nginx container /run is /var/run (the image's symlink); across containers only the volume counts.
    expect(mapPath(web, '/run/php/php-fpm.sock', php)?.path).toBe('/sock/php-fpm.sock');
    expect(mapPath(web, '/run/php/php-fpm.sock', php, { varRunIsRun: () => false })).toBeUndefined();
    // Not on a shared mount: the client's own file system.
    expect(mapPath(web, '/tmp/php-fpm.sock', php)).toBeUndefined();
    // The repository bind `.:/var/www/html` in php holds nginx's `./public` bind: one directory too.
    const code = shared.find(
      (d) => d.root.id === 'repository' && d.mounts.some((m) => m.target === '/var/www/html'),
    )!;
    expect(code.mounts.map((m) => m.target).sort()).toEqual(
      [
        '/var/www/html',
        '/var/www/html/public',
        '/etc/nginx/conf.d/default.conf',
        '/usr/local/etc/php-fpm.d/zz-socket.conf',
      ].sort(),
    );
    expect(mapPath(web, '/var/www/html/public/index.php', php)?.path).toBe('/var/www/html/public/index.php');
  });

  test('the same volume at /var/run/php and /run/php maps through the volume, not through the symlink', async () => {
    const all = await composeMounts('override-env');
    const [nginx, app] = [byName(all, 'nginx'), byName(all, 'app')];
    expect(mapPath(app, '/run/php/app.sock', nginx)?.path).toBe('/var/run/php/app.sock');
  });

  test('volumes_from brings the source mounts (read-only with :ro), anonymous volumes included', async () => {
    const all = await composeMounts('volumes-from');
    const nginx = byName(all, 'nginx');
    expect(nginx.mounts.map((m) => [m.target, m.readOnly, m.via])).toEqual([
      ['/var/run/php', true, 'volumes_from php:ro'],
      ['/var/www', true, 'volumes_from php:ro'],
    ]);
    const cron = byName(all, 'cron');
    expect(cron.mounts.map((m) => m.via)).toEqual(['volumes_from nginx', 'volumes_from nginx']);
    const anon = sharedDirectories(all).find((d) => d.root.id.startsWith('anonymous:'))!;
    expect(anon.mounts.map((m) => m.container)).toEqual(['php', 'nginx', 'cron']);
    expect(mapPath(byName(all, 'php'), '/var/run/php/www.sock', nginx)?.path).toBe('/var/run/php/www.sock');
  });

  test('subpaths and bind-device volumes narrow the shared subtree', async () => {
    const all = await composeMounts('long-syntax');
    const [nginx, fpm] = [byName(all, 'nginx'), byName(all, 'fpm')];
    // fpm mounts fpm-data/php at /sock; nginx the whole fpm-data at /var/run/php.
    expect(mapPath(fpm, '/sock/www.sock', nginx)?.path).toBe('/var/run/php/php/www.sock');
    expect(mapPath(nginx, '/var/run/php/other/x.sock', fpm)).toBeUndefined();
    // ./run in nginx holds ./run/php, which fpm mounts at /host-run.
    expect(mapPath(fpm, '/host-run/a.sock', nginx)?.path).toBe('/run/app/php/a.sock');
  });

  test('process identity: user, group and group_add as written, numbers or names', async () => {
    const { projects } = readComposeProjects(await fixtureFiles('compose/extends'));
    const web = projects[0].services.find((s) => s.name === 'web')!;
    const id = composeProcessIdentity(web);
    expect([id.user?.value, id.group?.value, id.groupAdd.map((g) => g.value)]).toEqual([
      { id: 33 },
      { id: 33 },
      [{ id: 82 }, { name: 'www-data' }],
    ]);
  });
});

describe('kubernetes', () => {
  test('an emptyDir shared by nginx, php and the init container; fsGroup ownership; ids per container', async () => {
    const result = readKubernetes(await fixtureFiles('kubernetes/shop'));
    const shop = result.workloads.find((w) => w.id === 'Deployment/shop')!;
    const all = podContainerMounts(shop);
    const dir = sharedDirectories(all).find((d) => d.description.startsWith('emptyDir php-socket'))!;
    expect(dir.mounts.map((m) => `${m.container}:${m.target}`)).toEqual([
      'socket-dir:/sock',
      'nginx:/var/run/php',
      'php:/sock',
    ]);
    expect(mapPath(byName(all, 'php'), '/sock/php-fpm.sock', byName(all, 'nginx'))?.path).toBe(
      '/var/run/php/php-fpm.sock',
    );
    expect(podVolumeOwnership(shop.pod, 'php-socket')).toMatchObject({
      uid: 0,
      gid: 82,
      mode: 0o2777,
      knowledge: 'known',
    });
    const [nginx, php] = shop.pod.containers;
    const nginxId = podProcessIdentity(shop.pod, nginx);
    expect([nginxId.uid?.value, nginxId.gid?.value, nginxId.supplementaryGroups.map((g) => g.value)]).toEqual(
      [101, 101, [82, 1000]],
    );
    const phpId = podProcessIdentity(shop.pod, php);
    expect(phpId.uid).toBeUndefined(); // the image's USER decides
    expect(phpId.imageGroupsMerged).toBe(true);
  });

  test('emptyDir Memory, hostPath subPath, PVC and subPathExpr', async () => {
    const result = readKubernetes(await fixtureFiles('kubernetes/shop'));
    const cache = result.workloads.find((w) => w.id === 'StatefulSet/cache')!;
    const all = podContainerMounts(cache);
    const [app, web] = [byName(all, 'app'), byName(all, 'web')];
    expect(podVolumeOwnership(cache.pod, 'run')).toMatchObject({ mode: 0o1777, gid: 0 });
    expect(podVolumeOwnership(cache.pod, 'host-sock')).toMatchObject({ mode: 0o755, knowledge: 'assumed' });
    expect(podVolumeOwnership(cache.pod, 'data').knowledge).toBe('unknown');
    expect(mapPath(app, '/run/app/app.sock', web)?.path).toBe('/run/app/app.sock');
    // web mounts /var/run/php/app of the node at /run/php; app the whole /var/run/php at /host/run/php.
    expect(mapPath(web, '/run/php/fpm.sock', app)?.path).toBe('/host/run/php/app/fpm.sock');
    expect(mapPath(app, '/host/run/php/other.sock', web)).toBeUndefined();
    const data = app.mounts.find((m) => m.target === '/data')!;
    expect(data.root.unknown?.[0]).toContain('subPathExpr');
    const uid = podProcessIdentity(cache.pod, cache.pod.containers[1]).uid;
    expect(uid?.value).toBe(33); // the container's runAsUser over the pod's 1000
  });

  test('deeper mounts hide shallower ones', () => {
    const loc = { file: 'x', line: 1, column: 1, endLine: 1, endColumn: 1 };
    const root = (id: string) => ({ id, description: id });
    const a: ContainerMounts = {
      unit: 'u',
      container: 'a',
      mounts: [{ root: root('v'), subPath: '', target: '/s', readOnly: false, location: loc }],
    };
    const b: ContainerMounts = {
      unit: 'u',
      container: 'b',
      mounts: [
        { root: root('v'), subPath: '', target: '/run', readOnly: false, location: loc },
        { root: root('t'), subPath: '', target: '/run/php', readOnly: false, location: loc },
      ],
    };
    expect(mapPath(a, '/s/x.sock', b)?.path).toBe('/run/x.sock');
    expect(mapPath(a, '/s/php/x.sock', b)).toBeUndefined();
  });
});

describe('identities and namespaces from inline projects', () => {
  const source = (path: string, text: string) => ({
    path,
    absPath: `/r/${path}`,
    text,
    hadBom: false,
    crlf: false,
  });

  test('only the part of user: that holds an unknown variable is unknown', () => {
    const { projects } = readComposeProjects([
      source('compose.yaml', 'services:\n  php:\n    image: php:8.3-fpm\n    user: "${UID}:82"\n'),
    ]);
    const id = composeProcessIdentity(projects[0].services[0]);
    expect(id.user).toMatchObject({
      value: { name: '${UID}' },
      unknown: ['${UID} is not set in the repository'],
    });
    expect(id.group?.value).toEqual({ id: 82 });
    expect(id.group?.unknown).toBeUndefined();
  });

  test('abstract sockets cross only a shared network namespace', () => {
    const { projects } = readComposeProjects([
      source(
        'compose.yaml',
        [
          'services:',
          '  app: {image: a}',
          '  web: {image: nginx, network_mode: "service:app"}',
          '  side: {image: s, network_mode: "service:app"}',
          '  other: {image: o}',
        ].join('\n'),
      ),
    ]);
    const s = (n: string) => projects[0].services.find((x) => x.name === n)!;
    expect(composeSameNetwork(s('app'), s('web'))).toBe(true);
    expect(composeSameNetwork(s('web'), s('side'))).toBe(true);
    expect(composeSameNetwork(s('app'), s('other'))).toBe(false);
  });
});
