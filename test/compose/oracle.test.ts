/**
 * The compose reader against the real `docker-compose config` (the legacy v1 CLI, the only
 * compose implementation installable here; Debian package docker-compose). It needs no engine.
 * v1 and the Compose Specification (v2) differ on a few merge rules (see
 * docs/verified-behaviour.md); the fixtures and generated scenarios here stay where they agree.
 */
import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse } from 'yaml';
import { readComposeProjects } from '../../src/engine/parse/compose/index.js';
import type { ComposeProject } from '../../src/engine/parse/compose/index.js';
import { FIXTURES, fixtureFiles } from './helpers.js';

const available = spawnSync('docker-compose', ['version'], { encoding: 'utf8' }).status === 0;
if (!available) console.warn('docker-compose (v1) is not installed: the compose oracle tests are skipped');
const oracle = available ? describe : describe.skip;

interface Comparable {
  image?: string;
  user?: string;
  command?: unknown;
  entrypoint?: unknown;
  environment: Record<string, string>;
  volumes: string[];
  build?: string;
}

const run = promisify(execFile);

/** `config` prints a `$` of a value as `$$`, so that its output loads again. */
function unescape(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(/\$\$/g, '$');
  if (Array.isArray(value)) return value.map(unescape);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, unescape(v)]));
  return value;
}

/** What `docker-compose config` prints, per service, in the repository-relative terms socklint uses. */
async function fromV1(dir: string): Promise<Record<string, Comparable>> {
  const { stdout } = await run('docker-compose', ['config'], { cwd: dir, encoding: 'utf8' });
  const model = unescape(parse(stdout)) as { services: Record<string, Record<string, unknown>> };
  const rel = (p: string): string => (p === dir ? '' : p.startsWith(`${dir}/`) ? p.slice(dir.length + 1) : p);
  const result: Record<string, Comparable> = {};
  for (const [name, s] of Object.entries(model.services)) {
    const build = s.build as { context: string; dockerfile?: string; target?: string } | undefined;
    result[name] = {
      ...(s.image !== undefined ? { image: String(s.image) } : {}),
      ...(s.user !== undefined ? { user: String(s.user) } : {}),
      ...(s.command !== undefined ? { command: s.command } : {}),
      ...(s.entrypoint !== undefined ? { entrypoint: s.entrypoint } : {}),
      environment: Object.fromEntries(
        Object.entries((s.environment as Record<string, unknown>) ?? {}).map(([k, v]) => [
          k,
          String(v ?? ''),
        ]),
      ),
      volumes: ((s.volumes as string[]) ?? [])
        .map((v) => {
          const [src, target, mode] = v.split(':');
          return `${src.startsWith('/') ? `./${rel(src)}` : src}:${target}:${mode === 'ro' ? 'ro' : 'rw'}`;
        })
        .sort(),
      ...(build ? { build: `${rel(build.context)}|${build.target ?? ''}` } : {}),
    };
  }
  return result;
}

function fromSocklint(project: ComposeProject): Record<string, Comparable> {
  const result: Record<string, Comparable> = {};
  for (const s of project.services) {
    result[s.name] = {
      ...(s.image ? { image: s.image.value } : {}),
      ...(s.user ? { user: s.user.value } : {}),
      ...(s.command ? { command: s.command.value } : {}),
      ...(s.entrypoint ? { entrypoint: s.entrypoint.value } : {}),
      environment: Object.fromEntries([...s.environment].map(([k, v]) => [k, v.value ?? ''])),
      volumes: s.mounts
        .filter((m) => m.type !== 'tmpfs')
        .map((m) =>
          `${m.type === 'bind' ? `./${m.host!.path}` : (m.volume ?? '')}:${m.target}:${m.readOnly ? 'ro' : 'rw'}`.replace(
            /^:/,
            '',
          ),
        )
        .sort(),
      ...(s.build ? { build: `${s.build.context.value}|${s.build.target?.value ?? ''}` } : {}),
    };
  }
  return result;
}

interface GeneratedService {
  image: string;
  user?: string;
  env: Record<string, string>;
  envAsList: boolean;
  binds: [string, string, boolean][];
  volume?: string;
  command?: string;
}

const FIXTURE_DIRS = ['separate-containers', 'extends', 'profiles', 'anchors', 'override-merge'];

oracle('docker-compose config as the oracle', () => {
  // One python start per run is seconds: start them all at once, before the tests.
  const expected = new Map<string, Record<string, Comparable>>();
  beforeAll(async () => {
    const outputs = await Promise.all(FIXTURE_DIRS.map((d) => fromV1(`${FIXTURES}compose/${d}`)));
    FIXTURE_DIRS.forEach((d, i) => expected.set(d, outputs[i]));
  }, 300_000);

  test.each(FIXTURE_DIRS)(
    'fixture %s',
    async (dir) => {
      const project = readComposeProjects(await fixtureFiles(`compose/${dir}`)).projects.find(
        (p) => p.isDefault,
      )!;
      expect(fromSocklint(project)).toEqual(expected.get(dir));
    },
    60_000,
  );

  test('generated base and override files with a .env', async () => {
    const name = fc.constantFrom('web', 'php', 'worker');
    const target = fc.constantFrom('/run/php', '/var/run/php', '/sock', '/etc/nginx/conf.d', '/app');
    const envKey = fc.constantFrom('A', 'B', 'MODE');
    const value = fc.constantFrom('1', 'x y', '${V}', '${MISSING:-d}', '${V:-z}', '$${LITERAL}');
    const serviceArb: fc.Arbitrary<GeneratedService> = fc.record({
      image: fc.constantFrom('nginx:${TAG}', 'php:8.2-fpm', 'php:${PHP:-8.3}-fpm-alpine'),
      user: fc.option(fc.constantFrom('33', '82:82', '${UID}:${GID:-82}'), { nil: undefined }),
      env: fc.dictionary(envKey, value, { maxKeys: 2 }),
      envAsList: fc.boolean(),
      binds: fc.uniqueArray(fc.tuple(fc.constantFrom('./conf', './sock', './src'), target, fc.boolean()), {
        maxLength: 2,
        selector: (t) => t[1],
      }),
      volume: fc.option(target, { nil: undefined }),
      command: fc.option(fc.constantFrom('php-fpm -F', '["nginx", "-g", "daemon off;"]'), { nil: undefined }),
    });
    const scenario = fc.record({
      base: fc.dictionary(name, serviceArb, { minKeys: 1, maxKeys: 2 }),
      override: fc.dictionary(name, serviceArb, { maxKeys: 2 }),
    });
    const render = (services: Record<string, GeneratedService>, isBase: boolean): string => {
      const lines = ['services:'];
      for (const [svc, s] of Object.entries(services)) {
        lines.push(`  ${svc}:`);
        if (isBase) lines.push(`    image: "${s.image}"`);
        if (s.user) lines.push(`    user: "${s.user}"`);
        if (s.command) lines.push(`    command: ${s.command.startsWith('[') ? s.command : `"${s.command}"`}`);
        if (Object.keys(s.env).length > 0) {
          lines.push('    environment:');
          for (const [k, v] of Object.entries(s.env))
            lines.push(s.envAsList ? `      - "${k}=${v}"` : `      ${k}: "${v}"`);
        }
        // Binds only, or the one named volume in the base: v1 and v2 agree there (docs/verified-behaviour.md).
        const vols = s.binds
          .filter(([, t]) => !(isBase && s.volume === t))
          .map(([src, t, ro]) => `      - "${src}:${t}${ro ? ':ro' : ''}"`);
        if (isBase && s.volume) vols.push(`      - "shared:${s.volume}"`);
        if (vols.length > 0) lines.push('    volumes:', ...vols);
      }
      if (isBase) lines.push('volumes:', '  shared:');
      return lines.join('\n') + '\n';
    };
    const root = mkdtempSync(join(tmpdir(), 'socklint-compose-'));
    try {
      const dirs = fc.sample(scenario, { numRuns: 6, seed: 20261203 }).map((sample, i) => {
        const dir = join(root, String(i));
        mkdirSync(join(dir, 'conf'), { recursive: true });
        // The override names only services of the base, as an override does, and leaves the named volume's target alone.
        const override = Object.fromEntries(
          Object.entries(sample.override).filter(([svc]) => svc in sample.base),
        );
        for (const [svc, s] of Object.entries(override))
          s.binds = s.binds.filter(([, t]) => t !== sample.base[svc].volume);
        writeFileSync(join(dir, 'compose.yaml'), render(sample.base, true));
        if (Object.keys(override).length > 0)
          writeFileSync(join(dir, 'compose.override.yaml'), render(override, false));
        writeFileSync(join(dir, '.env'), 'TAG=1.27-alpine\nV=from-env\nUID=1000\n');
        return dir;
      });
      const oracleOutputs = await Promise.all(dirs.map(fromV1));
      for (const [i, dir] of dirs.entries()) {
        const project = readComposeProjects(await fixtureFiles(dir)).projects[0];
        expect({ run: i, services: fromSocklint(project) }).toEqual({ run: i, services: oracleOutputs[i] });
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 300_000);
});
