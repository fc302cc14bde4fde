/**
 * Values of template placeholders where the tools that render them keep them in the
 * repository: a `.env` or `defaults.env` (dotenv), a `defaults.yml` (a flat YAML map of
 * literal values), and a YunoHost app's `manifest.toml`. A values file applies to the
 * templates in its directory and below; the nearest one wins. Values that a tool computes at
 * run time (a panel's per-domain values, an installer's Python) are not here: their
 * placeholders stay unknown.
 */
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { readEnvFile } from './parse/compose/dotenv.js';
import { LineIndex } from './parse/provision/text.js';
import { yunohostApp } from './packaging/yunohost.js';
import type { TemplateValue, ValuesFor } from './templates.js';
import type { SourceFile } from './types.js';

const DOTENV = /^(?:\.env|defaults\.env)$/;
const DEFAULTS_YAML = /^defaults\.ya?ml$/;

/** The values every directory's files see, from the values files of the repository. */
export function repositoryValues(files: SourceFile[]): ValuesFor {
  const byDir = new Map<string, Map<string, TemplateValue>>();
  const add = (dir: string, values: Map<string, TemplateValue>) => {
    if (values.size === 0) return;
    byDir.set(dir, new Map([...(byDir.get(dir) ?? []), ...values]));
  };
  for (const file of files) {
    const name = path.posix.basename(file.path);
    const dir = dirOf(file.path);
    if (DOTENV.test(name)) add(dir, dotenvValues(file));
    else if (DEFAULTS_YAML.test(name)) add(dir, yamlValues(file));
    else if (name === 'manifest.toml') add(dir, yunohostApp(file)?.values ?? new Map());
  }
  if (byDir.size === 0) return () => EMPTY;
  const cache = new Map<string, ReadonlyMap<string, TemplateValue>>();
  const valuesOf = (dir: string): ReadonlyMap<string, TemplateValue> => {
    let values = cache.get(dir);
    if (!values) {
      const parent = dir === '' ? EMPTY : valuesOf(dirOf(dir));
      const own = byDir.get(dir);
      values = own ? new Map([...parent, ...own]) : parent;
      cache.set(dir, values);
    }
    return values;
  };
  return (file) => valuesOf(dirOf(file));
}

const EMPTY: ReadonlyMap<string, TemplateValue> = new Map();

function dirOf(p: string): string {
  const d = path.posix.dirname(p);
  return d === '.' ? '' : d;
}

function dotenvValues(file: SourceFile): Map<string, TemplateValue> {
  const out = new Map<string, TemplateValue>();
  for (const entry of readEnvFile(file, () => undefined).entries.values()) {
    if (entry.value === undefined || entry.unknown) continue;
    out.set(entry.name, { value: entry.value, from: `${file.path}:${entry.location.line}` });
  }
  return out;
}

/** A flat map of literal scalars; anything else in it is not a placeholder value. */
function yamlValues(file: SourceFile): Map<string, TemplateValue> {
  const out = new Map<string, TemplateValue>();
  let data: unknown;
  try {
    data = parseYaml(file.text);
  } catch {
    return out;
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return out;
  const index = new LineIndex(file.path, file.text);
  for (const [name, value] of Object.entries(data as Record<string, unknown>)) {
    if (!['string', 'number', 'boolean'].includes(typeof value)) continue;
    const at = new RegExp(`^[ \\t]*['"]?${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['"]?\\s*:`, 'm').exec(
      file.text,
    );
    const line = at ? index.location(at.index, at.index).line : 1;
    out.set(name, { value: String(value), from: `${file.path}:${line}` });
  }
  return out;
}
