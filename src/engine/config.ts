/** `.socklint.yml`: reading and validating the user's configuration. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import schema from '../../schema/socklint.schema.json' with { type: 'json' };
import type { FailOn, Level, RuleId } from './findings.js';
import type { PlatformId } from './platforms/distributions.js';
import { didYouMean } from './nearest.js';

export interface UserConfig {
  failOn: FailOn;
  rules: Partial<Record<RuleId, Level>>;
  mappings: Record<string, string>;
  platform?: PlatformId;
  webUser?: string;
  users: Record<string, { uid?: number; group?: string; groups?: string[] }>;
  groups: Record<string, { gid?: number; members?: string[] }>;
  /** `complete`: the repository (and this file) create every account, so a name nothing creates does not exist. */
  accounts: 'open' | 'complete';
  /** Directories the repository does not create: path → mode, owner, group. */
  directories: Record<string, { mode?: number; owner?: string; group?: string }>;
  ignore: string[];
  variables: Record<string, string>;
  maxFileBytes: number;
  /** Repository-relative path of the file read, when there was one. */
  source?: string;
}

export class ConfigError extends Error {}

const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;
const CONFIG_NAME = '.socklint.yml';
/** Loaded and compiled on first use: most scans have no config file, and both cost start-up time. */
let validator: ValidateFunction | undefined;

export function defaultConfig(): UserConfig {
  return {
    failOn: 'error',
    rules: {},
    mappings: {},
    users: {},
    groups: {},
    accounts: 'open',
    directories: {},
    ignore: [],
    variables: {},
    maxFileBytes: DEFAULT_MAX_FILE_BYTES,
  };
}

/**
 * The `.socklint.yml` nearest to `root`, looking up to `repoRoot` (which contains `root`), or
 * undefined.
 */
export function findConfig(root: string, repoRoot: string): string | undefined {
  for (let dir = path.resolve(root); ; dir = path.dirname(dir)) {
    const file = path.join(dir, CONFIG_NAME);
    if (existsSync(file)) return file;
    const rel = path.relative(repoRoot, dir);
    if (rel === '' || rel.startsWith('..') || path.dirname(dir) === dir) return undefined;
  }
}

/**
 * Reads the config at `configPath` (relative to root, or absolute), or else the nearest
 * `.socklint.yml` from `root` up to `repoRoot`. A missing default file is fine; a missing file the
 * user named, invalid YAML or a schema violation is a ConfigError. Paths in the file (mappings,
 * ignore) are relative to its directory; they come back relative to `repoRoot`, as every path of
 * a scan is.
 */
export async function loadConfig(
  root: string,
  configPath: string | undefined,
  repoRoot = root,
): Promise<UserConfig> {
  const named = configPath !== undefined;
  const file = named ? path.resolve(root, configPath) : findConfig(root, repoRoot);
  if (file === undefined) return defaultConfig();
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    const why = e.code === 'ENOENT' ? 'no such file' : e.code === 'EISDIR' ? 'it is a directory' : e.message;
    throw new ConfigError(`cannot read config ${configPath ?? file}: ${why}`);
  }
  const shown = toPosix(path.relative(repoRoot, file));
  const shownName = shown.startsWith('..') ? file : shown;
  const [{ parse: parseYaml }, ajv] = await Promise.all([import('yaml'), import('ajv')]);
  // Bundled, ajv's CommonJS module arrives only as `default` (its `module.exports` is the class).
  const Ajv = ajv.Ajv ?? ajv.default;
  let data: unknown;
  try {
    data = parseYaml(text) ?? {};
  } catch (error) {
    throw new ConfigError(`${shownName}: invalid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  validator ??= new Ajv({ allErrors: true, allowUnionTypes: true, verbose: true }).compile(schema);
  if (!validator(data)) {
    const lines = [...new Set((validator.errors ?? []).map((e) => explain(e, data)).filter((l) => l !== ''))];
    throw new ConfigError(lines.map((l) => `${shownName}: ${l}`).join('\n'));
  }
  const raw = data as Record<string, unknown>;
  const config = defaultConfig();
  config.source = shownName;
  // The file's directory, relative to the repository root ('' at the root).
  const base = shown.startsWith('..') ? '' : toPosix(path.dirname(shown)).replace(/^\.$/, '');
  const rebase = (p: string) => (base === '' ? p : `${base}/${p.replace(/^\.\/?/, '')}`.replace(/\/$/, ''));
  if (raw['fail-on']) config.failOn = raw['fail-on'] as FailOn;
  if (raw.rules) config.rules = raw.rules as UserConfig['rules'];
  if (raw.mappings) {
    config.mappings = Object.fromEntries(
      Object.entries(raw.mappings as Record<string, string>).map(([k, v]) => [rebase(k), v]),
    );
  }
  if (raw.platform) config.platform = raw.platform as UserConfig['platform'];
  if (raw['web-user']) config.webUser = raw['web-user'] as string;
  if (raw.users) config.users = raw.users as UserConfig['users'];
  if (raw.groups) config.groups = raw.groups as UserConfig['groups'];
  if (raw.accounts) config.accounts = raw.accounts as UserConfig['accounts'];
  if (raw.directories) {
    const dirs = raw.directories as Record<string, { mode?: string; owner?: string; group?: string }>;
    config.directories = Object.fromEntries(
      Object.entries(dirs).map(([p, d]) => [
        p,
        { ...d, mode: d.mode === undefined ? undefined : parseInt(d.mode, 8) },
      ]),
    );
  }
  if (raw.ignore) config.ignore = (raw.ignore as string[]).map(rebase);
  if (raw.variables) {
    config.variables = Object.fromEntries(
      Object.entries(raw.variables as Record<string, string | number>).map(([k, v]) => [k, String(v)]),
    );
  }
  if (raw['max-file-size']) config.maxFileBytes = raw['max-file-size'] as number;
  return config;
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

/** `rules.socket-permision-denied: unknown rule; did you mean socket-permission-denied?` */
function explain(error: ErrorObject, data: unknown): string {
  const keys = error.instancePath
    .split('/')
    .slice(1)
    .map((k) => k.replaceAll('~1', '/').replaceAll('~0', '~'));
  const where = (extra: string[] = []) => [...keys, ...extra].join('.') || 'top level';
  const value = keys.reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], data);
  const shownValue = JSON.stringify(value);
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = (error.params as { additionalProperty: string }).additionalProperty;
      const known = Object.keys((error.parentSchema as { properties?: object }).properties ?? {});
      const hint = didYouMean(key, known);
      return `${where([key])}: unknown key${hint || (known.length > 0 ? ` (known: ${known.join(', ')})` : '')}`;
    }
    case 'propertyNames':
      // Said by the `enum` error that comes with it, which knows the allowed names.
      return '';
    case 'enum': {
      const allowed = (error.params as { allowedValues: string[] }).allowedValues;
      if (error.propertyName !== undefined) {
        const what = keys[keys.length - 1] === 'rules' ? 'unknown rule' : 'unknown key';
        return `${where([error.propertyName])}: ${what}${didYouMean(error.propertyName, allowed)}`;
      }
      const hint = typeof value === 'string' ? didYouMean(value, allowed) : '';
      return `${where()}: ${shownValue} is not one of ${allowed.join(', ')}${hint}`;
    }
    case 'type':
      return `${where()}: ${shownValue} must be ${article((error.params as { type: string }).type)}`;
    case 'pattern':
      return (error.params as { pattern: string }).pattern === '^/'
        ? `${where()}: ${shownValue} must be an absolute path (starting with /)`
        : `${where()}: ${shownValue} ${error.message}`;
    default:
      return `${where()}: ${shownValue} ${error.message ?? 'is invalid'}`;
  }
}

function article(type: string): string {
  const types = type.split(',');
  return types
    .map((t) => (t === 'integer' || t === 'object' || t === 'array' ? `an ${t}` : `a ${t}`))
    .join(' or ');
}
