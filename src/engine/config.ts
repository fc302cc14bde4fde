/** `.socklint.yml`: reading and validating the user's configuration. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { parse as parseYaml } from 'yaml';
import schema from '../../schema/socklint.schema.json' with { type: 'json' };
import type { FailOn, Level, RuleId } from './findings.js';
import type { PlatformId } from './platforms/distributions.js';

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
const validate = new Ajv({ allErrors: true, allowUnionTypes: true }).compile(schema);

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
 * Reads the config at `configPath` (relative to root, or absolute). A missing default file is
 * fine; a missing file the user named, invalid YAML or a schema violation is a ConfigError.
 */
export function loadConfig(root: string, configPath: string | undefined): UserConfig {
  const named = configPath !== undefined;
  const file = path.resolve(root, configPath ?? '.socklint.yml');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (!named && (error as NodeJS.ErrnoException).code === 'ENOENT') return defaultConfig();
    throw new ConfigError(`cannot read config ${configPath ?? file}: ${(error as Error).message}`);
  }
  const shown = path.relative(root, file).split(path.sep).join('/');
  let data: unknown;
  try {
    data = parseYaml(text) ?? {};
  } catch (error) {
    throw new ConfigError(`${shown}: invalid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  if (!validate(data)) {
    const first = validate.errors?.[0];
    const where = first?.instancePath ? first.instancePath.slice(1).replaceAll('/', '.') : 'top level';
    throw new ConfigError(`${shown}: ${where}: ${first?.message ?? 'invalid'}`);
  }
  const raw = data as Record<string, unknown>;
  const config = defaultConfig();
  config.source = shown;
  if (raw['fail-on']) config.failOn = raw['fail-on'] as FailOn;
  if (raw.rules) config.rules = raw.rules as UserConfig['rules'];
  if (raw.mappings) config.mappings = raw.mappings as Record<string, string>;
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
  if (raw.ignore) config.ignore = raw.ignore as string[];
  if (raw.variables) {
    config.variables = Object.fromEntries(
      Object.entries(raw.variables as Record<string, string | number>).map(([k, v]) => [k, String(v)]),
    );
  }
  if (raw['max-file-size']) config.maxFileBytes = raw['max-file-size'] as number;
  return config;
}
