import { readComposeProjects } from '../../src/engine/parse/compose/index.js';
import type { ComposeProject, ComposeService } from '../../src/engine/parse/compose/index.js';
import { readEnvFile } from '../../src/engine/parse/compose/dotenv.js';
import { substitute } from '../../src/engine/parse/compose/interpolate.js';
import { parseShortVolume } from '../../src/engine/parse/compose/volumes.js';
import { locationIn, type SourceFile } from '../../src/engine/types.js';
import { at, find, fixtureFiles } from './helpers.js';

async function projects(
  dir: string,
): Promise<{ projects: ComposeProject[]; files: Map<string, SourceFile> }> {
  const files = await fixtureFiles(`compose/${dir}`);
  return { projects: readComposeProjects(files).projects, files: new Map(files.map((f) => [f.path, f])) };
}

function service(project: ComposeProject, name: string): ComposeService {
  const s = project.services.find((x) => x.name === name);
  if (!s) throw new Error(`no service ${name}`);
  return s;
}

const mountsOf = (s: ComposeService): string[] =>
  s.mounts.map((m) => `${m.type}:${m.volume ?? m.host?.path ?? ''}->${m.target}${m.readOnly ? ':ro' : ''}`);

describe('separate containers sharing a named volume', () => {
  test('each service with its image, build and mounts, located', async () => {
    const {
      projects: [project],
      files,
    } = await projects('separate-containers');
    const compose = files.get('compose.yaml')!;
    expect(project).toMatchObject({
      id: 'compose.yaml',
      isDefault: true,
      valid: true,
      name: 'separate-containers',
    });
    const web = service(project, 'web');
    expect(web.image?.value).toBe('nginx:1.27-alpine');
    expect(web.image?.location).toEqual(find(compose, 'nginx:1.27-alpine'));
    expect(mountsOf(web)).toEqual([
      'bind:nginx/default.conf->/etc/nginx/conf.d/default.conf:ro',
      'bind:public->/var/www/html/public:ro',
      'volume:php-socket->/var/run/php',
    ]);
    expect(web.mounts[2].location).toEqual(find(compose, 'php-socket:/var/run/php'));
    const php = service(project, 'php');
    expect(php.build).toMatchObject({
      context: { value: 'php' },
      target: { value: 'fpm' },
      contextInRepository: true,
    });
    expect(php.build?.args.get('PHP_VERSION')?.value).toBe('8.3');
    expect(mountsOf(php)).toContain('volume:php-socket->/sock');
    expect(project.volumes.get('php-socket')).toMatchObject({
      name: 'separate-containers_php-socket',
      external: false,
    });
    expect(project.notes).toEqual([]);
  });
});

describe('overrides, .env and variants', () => {
  test('the override merges over the base: volumes by target, !reset, !override, environment by key', async () => {
    const { projects: all, files } = await projects('override-env');
    const project = all.find((p) => p.isDefault)!;
    expect(project.files).toEqual(['docker-compose.yml', 'docker-compose.override.yml']);
    const nginx = service(project, 'nginx');
    expect(mountsOf(nginx)).toEqual([
      'bind:docker/nginx/dev.conf->/etc/nginx/conf.d/default.conf',
      'volume:sockets->/var/run/php',
    ]);
    expect(at(nginx.mounts[0].location)).toBe('docker-compose.override.yml:5:9');
    expect(nginx.image).toMatchObject({
      value: 'nginx:1.27-alpine',
      assumed: [expect.stringContaining('NGINX_VERSION')],
    });
    expect(nginx.environment.get('TZ')?.value).toBe('Europe/Berlin');
    expect(nginx.environment.get('APP_ENV')?.value).toBe('dev'); // a bare name takes the .env value
    const app = service(project, 'app');
    expect(app.command?.value).toEqual(['php-fpm', '-F', '-R']);
    expect(app.user).toMatchObject({
      value: '1000:82',
      location: find(files.get('docker-compose.yml')!, '"${APP_UID}:${APP_GID:-82}"'),
    });
    expect([...app.environment.keys()]).toEqual(['APP_ENV', 'PHP_FPM_SOCKET', 'XDEBUG_MODE']);
  });

  test('a variant shaped like an override is merged over the base file, not the default override', async () => {
    const { projects: all } = await projects('override-env');
    const prod = all.find((p) => p.files.includes('docker-compose.prod.yml'))!;
    expect(prod.isDefault).toBe(false);
    expect(prod.files).toEqual(['docker-compose.yml', 'docker-compose.prod.yml']);
    expect(prod.how).toMatch(/-f docker-compose.yml -f docker-compose.prod.yml/);
    const app = service(prod, 'app');
    expect(mountsOf(app)).toEqual(['bind:/srv/shop/sockets->/run/php', 'bind:->/var/www/app']);
    expect(app.mounts[0].host?.inRepository).toBe(false);
    expect(app.environment.get('APP_ENV')?.value).toBe('production');
    expect(service(prod, 'nginx').mounts.map((m) => m.target)).toContain('/etc/nginx/conf.d/default.conf');
  });
});

describe('extends', () => {
  test('a service of another file brings its paths relative to that file; same-file extends chains', async () => {
    const {
      projects: [project],
    } = await projects('extends');
    const php = service(project, 'php');
    expect(php.build).toMatchObject({
      context: { value: 'shared/php' },
      dockerfile: { value: 'shared/php/Dockerfile.fpm' },
    });
    expect(mountsOf(php)).toEqual([
      'bind:shared/pool.d->/usr/local/etc/php-fpm.d:ro',
      'volume:socket->/var/run/php-fpm',
    ]);
    expect(at(php.mounts[0].location)).toBe('shared/php.yml:7:9');
    const worker = service(project, 'php-worker');
    expect(worker.command?.value).toEqual(['php', 'artisan', 'queue:work']);
    expect(mountsOf(worker)).toEqual(mountsOf(php));
    expect(worker.environment.get('PHP_MEMORY_LIMIT')?.value).toBe('256M');
    expect(project.volumes.get('socket')?.name).toBe('shop-php-socket');
    expect(service(project, 'web').groupAdd.map((g) => g.value)).toEqual(['82', 'www-data']);
  });
});

describe('profiles', () => {
  test('services in a profile run by default only when COMPOSE_PROFILES enables it', async () => {
    const {
      projects: [project],
    } = await projects('profiles');
    expect(project.activeProfiles).toEqual(['debug']);
    const running = project.services.filter((s) => s.runsByDefault).map((s) => s.name);
    expect(running).toEqual(['web', 'php', 'php-debug']);
    expect(service(project, 'adminer').profiles).toEqual(['tools']);
  });
});

describe('long syntax, tmpfs, volumes_from, anchors', () => {
  test('long-syntax binds and volumes keep their options', async () => {
    const {
      projects: [project],
    } = await projects('long-syntax');
    const nginx = service(project, 'nginx');
    expect(
      nginx.mounts.map((m) => [m.type, m.target, m.readOnly, m.createHostPath ?? null, m.nocopy ?? null]),
    ).toEqual([
      ['bind', '/etc/nginx/nginx.conf', true, false, null],
      ['bind', '/run/app', false, false, null],
      ['volume', '/var/run/php', false, null, true],
      ['tmpfs', '/var/cache/nginx', false, null, null],
      ['tmpfs', '/tmp', false, null, null],
    ]);
    expect(nginx.readOnlyRootfs?.value).toBe(true);
    const fpm = service(project, 'fpm');
    expect(fpm.mounts[0]).toMatchObject({ volume: 'fpm', subpath: 'php', target: '/sock' });
    expect(fpm.mounts[2]).toMatchObject({ type: 'volume', target: '/var/lib/app' });
    expect(fpm.mounts[2].volume).toBeUndefined();
    expect(project.volumes.get('fpm')?.bindDevice).toEqual({ path: 'fpm-data', inRepository: true });
  });

  test('volumes_from names services and containers, with :ro', async () => {
    const {
      projects: [project],
    } = await projects('volumes-from');
    expect(
      service(project, 'nginx').volumesFrom.map((v) => [v.service ?? null, v.container ?? null, v.readOnly]),
    ).toEqual([
      ['php', null, true],
      [null, 'legacy-data', false],
    ]);
    expect(service(project, 'cron').volumesFrom[0]).toMatchObject({ service: 'nginx', readOnly: false });
  });

  test('anchors and << merge keys: explicit keys win, values keep the anchor line', async () => {
    const {
      projects: [project],
      files,
    } = await projects('anchors');
    const text = files.get('docker-compose.yml')!;
    const php = service(project, 'php');
    expect(php.user?.value).toBe('82:82');
    expect(php.user?.location).toEqual(find(text, '"82:82"'));
    expect(php.environment.get('LOG_LEVEL')?.value).toBe('debug');
    expect(php.environment.get('APP_ENV')?.value).toBe('prod');
    expect(service(project, 'queue').user?.value).toBe('1000');
    expect(mountsOf(service(project, 'nginx'))).toEqual(['volume:sock->/var/run/php', 'bind:src->/app']);
  });
});

describe('configs and include', () => {
  test('config content is a file whose locations are the compose file lines; nginx $variables are flagged', async () => {
    const {
      projects: [project],
      files,
    } = await projects('configs');
    const compose = files.get('compose.yaml')!;
    const web = service(project, 'web');
    const site = web.configs.find((c) => c.source === 'site')!;
    expect(site.target).toBe('/etc/nginx/conf.d/default.conf');
    const content = site.content!;
    expect(content.text).toContain('fastcgi_pass unix:/run/php/php-fpm.sock;');
    const offset = content.text.indexOf('unix:/run');
    const line = content.text.slice(0, offset).split('\n').length;
    const column = offset - content.text.lastIndexOf('\n', offset - 1);
    const mapped = locationIn(content, {
      line,
      column,
      endLine: line,
      endColumn: column + 'unix:/run/php/php-fpm.sock'.length,
    });
    expect(mapped).toEqual(find(compose, 'unix:/run/php/php-fpm.sock'));
    expect(web.configs.find((c) => c.source === 'nginx_main')).toMatchObject({
      target: '/nginx_main',
      file: { path: 'nginx.conf' },
    });
    expect(project.notes.map((n) => n.code)).toEqual(['compose-config-interpolated']);
    expect(project.notes[0].message).toContain('$$uri');
  });

  test('an included project brings its services, with paths and .env of its own directory', async () => {
    const { projects: all } = await projects('include');
    const project = all.find((p) => p.files[0] === 'compose.yaml')!;
    const php = service(project, 'php');
    expect(php.image?.value).toBe('shop/php:1.4');
    expect(php.build?.context.value).toBe('php');
    expect(mountsOf(php)).toEqual([
      'volume:fpm-socket->/run/php',
      'bind:php/pool.conf->/usr/local/etc/php-fpm.d/zz-pool.conf:ro',
    ]);
    expect(project.volumes.has('fpm-socket')).toBe(true);
    expect(project.notes).toEqual([]);
    expect(project.includes).toEqual(['php/compose.yaml']);
    // php/compose.yaml is a project of its own too (docker compose run in php/), included by the root one.
    expect(all.find((p) => p.files[0] === 'php/compose.yaml')?.includedBy).toEqual(['compose.yaml']);
  });
});

describe('bad input', () => {
  test('malformed YAML is a located error note, and the project is invalid', async () => {
    const {
      projects: [project],
    } = await projects('malformed');
    expect(project.valid).toBe(false);
    expect(project.services).toEqual([]);
    expect(project.notes[0]).toMatchObject({
      level: 'error',
      code: 'yaml-invalid',
      location: { file: 'compose.yaml', line: 6 },
    });
  });

  test('binary-ish, huge and looping input never throws', () => {
    const file = (path: string, text: string): SourceFile => ({
      path,
      absPath: `/r/${path}`,
      text,
      hadBom: false,
      crlf: false,
    });
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 12; i++)
      bomb.push(
        `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`,
      );
    bomb.push('services: {web: {image: nginx, volumes: *m}}');
    const inputs = [
      file('compose.yaml', bomb.join('\n')),
      file('a/compose.yaml', 'services:\n  a: {extends: b, image: x}\n  b: {extends: a}\n'),
      file('b/compose.yaml', 'include: [compose.yaml]\nservices: {a: {image: x}}\n'),
      file('c/compose.yaml', '\u0000\u0001\u0002 services'),
      file(
        'd/compose.yaml',
        'services:\r\n  web:\r\n    image: "${X:?need X}"\r\n    volumes: ["${DIR}:/x"]\r\n',
      ),
      file('e/docker-compose.yml', '- just\n- a list\n'),
    ];
    const result = readComposeProjects(inputs);
    const byDir = new Map(result.projects.map((p) => [p.directory, p]));
    expect(byDir.get('a')?.notes.map((n) => n.code)).toContain('compose-extends-loop');
    expect(byDir.get('b')?.notes.map((n) => n.code)).toContain('compose-include-loop');
    const d = byDir.get('d')!.services[0];
    expect(d.image).toMatchObject({ value: '${X:?need X}', unknown: [expect.stringContaining('need X')] });
    expect(d.mounts[0].unknown).toEqual(['${DIR} is not set in the repository']);
    expect(result.projects.find((p) => p.directory === '')?.notes.map((n) => n.code)).toContain(
      'yaml-too-large',
    );
  });
});

describe('interpolation, .env and the short volume syntax', () => {
  const known = (vars: Record<string, string>) => (name: string) =>
    name in vars ? { value: vars[name] } : undefined;

  test.each([
    ['${A}', { A: 'x' }, 'x', 0, 0],
    ['$A/b', { A: 'x' }, 'x/b', 0, 0],
    ['$$A', {}, '$A', 0, 0],
    ['${A:-d}', {}, 'd', 0, 1],
    ['${A:-d}', { A: '' }, 'd', 0, 0],
    ['${A-d}', { A: '' }, '', 0, 0],
    ['${A:-${B:-x}}', {}, 'x', 0, 2],
    ['${A:?err}', {}, '${A:?err}', 1, 0],
    ['${A:+alt}', { A: '1' }, 'alt', 0, 0],
    ['${A}', {}, '${A}', 1, 0],
    ['price $ 5', {}, 'price $ 5', 0, 0],
  ])('%s with %j', (template, vars, value, unknown, assumed) => {
    const r = substitute(template, known(vars));
    expect([r.value, r.unknown.length, r.assumed.length, r.errors]).toEqual([value, unknown, assumed, []]);
  });

  test('an unterminated ${ is what compose refuses', () => {
    expect(substitute('${A', known({})).errors).toHaveLength(1);
  });

  test('.env: quotes, export, comments, expansion, shell-inherited keys', () => {
    const text = [
      '# c',
      'export A=1',
      'B="x\\ny ${A}"',
      "C='$A'",
      'D=plain value # note',
      'E',
      'F: yaml',
    ].join('\n');
    const env = readEnvFile(
      { path: '.env', absPath: '/r/.env', text, hadBom: false, crlf: false },
      () => undefined,
    );
    expect(Object.fromEntries([...env.entries].map(([k, e]) => [k, e.value ?? null]))).toEqual({
      A: '1',
      B: 'x\ny 1',
      C: '$A',
      D: 'plain value',
      E: null,
      F: 'yaml',
    });
    expect(env.entries.get('D')?.location).toMatchObject({ line: 5, column: 1, endColumn: 14 });
  });

  test.each([
    ['./a:/b:ro', { source: './a', target: '/b', type: 'bind', readOnly: true }],
    ['data:/var/lib/x', { source: 'data', target: '/var/lib/x', type: 'volume' }],
    ['/var/run/php', { target: '/var/run/php', type: 'volume' }],
    ['${DIR:-./x}:/y', { source: '${DIR:-./x}', target: '/y', type: 'volume' }],
    ['c:\\data:/data', { source: 'c:\\data', target: '/data', type: 'bind' }],
    ['vol:/x:nocopy,ro', { source: 'vol', nocopy: true, readOnly: true }],
  ])('short volume %s', (spec, expected) => {
    expect(parseShortVolume(spec)).toMatchObject(expected);
  });
});

describe('env_file', () => {
  const source = (path: string, text: string): SourceFile => ({
    path,
    absPath: `/r/${path}`,
    text,
    hadBom: false,
    crlf: false,
  });

  test('string, list and path/required forms, environment over env_file, missing files reported', () => {
    const { projects } = readComposeProjects([
      source(
        'app/compose.yaml',
        [
          'services:',
          '  php:',
          '    image: php:8.3-fpm',
          '    env_file:',
          '      - ./php.env',
          '      - path: ./local.env',
          '        required: false',
          '      - ./missing.env',
          '    environment:',
          '      SOCKET: /run/php/override.sock',
        ].join('\n'),
      ),
      source('app/php.env', 'SOCKET=/run/php/php.sock\nPOOL_USER="www-data"\nHOME_DIR=${HOME}\n'),
    ]);
    const php = projects[0].services[0];
    expect(php.envFiles.map((e) => [e.path, e.required, e.found])).toEqual([
      ['app/php.env', true, true],
      ['app/local.env', false, false],
      ['app/missing.env', true, false],
    ]);
    expect(php.environment.get('SOCKET')?.value).toBe('/run/php/override.sock');
    expect(php.environment.get('POOL_USER')).toMatchObject({
      value: 'www-data',
      location: { file: 'app/php.env', line: 2 },
    });
    expect(php.environment.get('HOME_DIR')?.unknown).toEqual(['${HOME} is not set in the repository']);
    expect(projects[0].notes.map((n) => `${n.level}:${n.code}`)).toEqual([
      'notice:compose-env-file-missing',
      'warning:compose-env-file-missing',
    ]);
  });
});
