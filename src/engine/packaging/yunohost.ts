/**
 * YunoHost app packages (packaging format 2, helpers 2.1). An app is a `manifest.toml`, a
 * `conf/` of `__VAR__` templates and `scripts/`. Its nginx `conf/nginx.conf` is a set of
 * `location` blocks that `ynh_config_add_nginx` places in `/etc/nginx/conf.d/DOMAIN.d/APP.conf`,
 * which the server YunoHost writes for the domain includes. Its PHP-FPM pool is not in the
 * repository: `ynh_config_add_phpfpm` writes it from fixed lines (listen
 * `/var/run/php/php__PHP_VERSION__-fpm-__APP__.sock`, owned by www-data) followed by
 * `conf/extra_php-fpm.conf`. One unit per app: a Debian host with nginx and the PHP version of
 * the manifest's apt packages, values from the manifest.
 */
import path from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { LineIndex } from '../parse/provision/text.js';
import type { Fact } from '../parse/provision/facts.js';
import type { DeployedFile } from '../model.js';
import { normalizeDeployed } from '../resolve/deployed-fs.js';
import type { Placeholders, TemplateValue } from '../templates.js';
import {
  locationIn,
  type ClassifiedFile,
  type Location,
  type Note,
  type SourceFile,
  type Span,
} from '../types.js';

export interface YunohostApp {
  /** Directory of `manifest.toml` ('' at the repository root). */
  root: string;
  id: string;
  manifest: SourceFile;
  /** Placeholder values the manifest gives: `APP`, `PHP_VERSION`, the install questions' defaults. */
  values: Map<string, TemplateValue>;
  phpVersion?: string;
}

/** The app a `manifest.toml` describes, or undefined when it is not a YunoHost v2 manifest. */
export function yunohostApp(manifest: SourceFile): YunohostApp | undefined {
  let data: Record<string, unknown>;
  try {
    data = parseToml(manifest.text) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  const id = data.id;
  if (typeof id !== 'string' || Number(data.packaging_format) < 2) return undefined;
  const lines = new LineIndex(manifest.path, manifest.text);
  const lineOf = (pattern: RegExp) => {
    const m = pattern.exec(manifest.text);
    return m ? lines.location(m.index, m.index).line : 1;
  };
  const from = (pattern: RegExp) => `${manifest.path}:${lineOf(pattern)}`;
  const values = new Map<string, TemplateValue>();
  values.set('APP', { value: id, from: from(/^id\s*=/m) });
  const resources = record(data.resources);
  const apt = record(resources?.apt)?.packages;
  const packages = typeof apt === 'string' ? apt.split(',') : Array.isArray(apt) ? apt.map(String) : [];
  const phpVersion = packages.map((p) => /^\s*php(\d+\.\d+)-/.exec(p)?.[1]).find(Boolean);
  if (phpVersion) {
    // The apt resource sets php_version from the phpX.Y-* packages (older apps say __PHPVERSION__).
    const php = { value: phpVersion, from: from(/php\d+\.\d+-/) };
    values.set('PHP_VERSION', php);
    values.set('PHPVERSION', php);
  }
  const installDir = record(resources?.install_dir)?.dir;
  values.set('INSTALL_DIR', {
    value: (typeof installDir === 'string' ? installDir : '/var/www/__APP__').replace(/__APP__/g, id),
    from: from(/^\s*\[resources\.install_dir\]|^id\s*=/m),
  });
  for (const [question, spec] of Object.entries(record(data.install) ?? {})) {
    const value = record(spec)?.default;
    if (['string', 'number', 'boolean'].includes(typeof value))
      values.set(question.toUpperCase(), {
        value: String(value),
        from: from(new RegExp(`^\\s*\\[install\\.${question}\\]`, 'm')),
      });
  }
  return { root: dirOf(manifest.path), id, manifest, values, ...(phpVersion ? { phpVersion } : {}) };
}

/** The lines `ynh_config_add_phpfpm` writes before the app's `conf/extra_php-fpm.conf` (helpers 2.1). */
function helperPool(app: YunohostApp, group: string, maxChildren: string): string {
  return [
    `[${app.id}]`,
    `user = ${app.id}`,
    `group = ${group}`,
    `chdir = ${app.values.get('INSTALL_DIR')!.value}`,
    `listen = /var/run/php/php${app.phpVersion}-fpm-${app.id}.sock`,
    'listen.owner = www-data',
    'listen.group = www-data',
    'pm = ondemand',
    `pm.max_children = ${maxChildren}`,
    'pm.max_requests = 500',
    'request_terminate_timeout = 1d',
    'pm.process_idle_timeout = 10s',
    '',
  ].join('\n');
}

/** The server YunoHost writes for a domain includes the apps' nginx files of that domain. */
const DOMAIN_DIR = '/etc/nginx/conf.d/__DOMAIN__.d';
const DOMAIN_SERVER = `server {\n    listen 443 ssl;\n    server_name __DOMAIN__;\n    include ${DOMAIN_DIR}/*.conf;\n}\n`;

/** A machine a YunoHost app is installed on, as the helpers its install script calls leave it. */
export interface YunohostMachine {
  id: string;
  /** The Debian packages of the machine: nginx and the manifest's PHP-FPM. */
  packages: string[];
  /** What the platform rests on, for reports. */
  description: string;
  files: DeployedFile[];
  facts: Fact[];
  notes: Note[];
}

/**
 * One machine per YunoHost app whose install script uses the helpers 2.1 that write its nginx
 * file and pool. The files it places are claimed, so they are not read as unmapped.
 */
export function yunohostMachines(
  files: ClassifiedFile[],
  placeholders: Placeholders,
  claimed: Set<string>,
): YunohostMachine[] {
  const manifests = files.filter((f) => path.posix.basename(f.path) === 'manifest.toml');
  // Most repositories are no YunoHost app: no map of every file for them.
  if (manifests.length === 0) return [];
  const byPath = new Map(files.map((f) => [f.path, f]));
  const machines: YunohostMachine[] = [];
  for (const manifest of manifests) {
    const app = yunohostApp(manifest);
    const install = app && byPath.get(join(app.root, 'scripts/install'));
    if (!app || !install) continue;
    const nginxCall = helperCall(install, 'ynh_config_add_nginx');
    const fpmCall = helperCall(install, 'ynh_config_add_phpfpm');
    if (!nginxCall && !fpmCall) continue;
    const machine: YunohostMachine = {
      id: `yunohost app ${app.id}`,
      packages: ['nginx', ...(app.phpVersion ? [`php${app.phpVersion}-fpm`] : [])],
      description: `YunoHost (Debian 12) with the packages of ${manifest.path}`,
      files: [],
      facts: accountFacts(app),
      notes: [],
    };
    const site = byPath.get(join(app.root, 'conf/nginx.conf'));
    if (nginxCall && site) {
      machine.files.push(
        { deployedPath: `${DOMAIN_DIR}/${app.id}.conf`, file: site },
        {
          deployedPath: '/etc/nginx/conf.d/__DOMAIN__.conf',
          file: shippedFile('/etc/nginx/conf.d/__DOMAIN__.conf', DOMAIN_SERVER),
          builtin: "YunoHost's server for the app's domain",
        },
      );
      claimed.add(site.path);
    }
    if (fpmCall && app.phpVersion) {
      const extra = byPath.get(join(app.root, 'conf/extra_php-fpm.conf'));
      const maxChildren = placeholders.marker(
        '__PHP_MAX_CHILDREN__',
        "pm.max_children, which ynh_config_add_phpfpm computes from the machine's memory",
      );
      const pool = poolFile(helperPool(app, fpmCall.group ?? app.id, maxChildren), extra, fpmCall.location);
      machine.files.push({
        deployedPath: normalizeDeployed(`/etc/php/${app.phpVersion}/fpm/pool.d/${app.id}.conf`),
        file: pool,
      });
      if (extra) claimed.add(extra.path);
    } else if (fpmCall) {
      machine.notes.push({
        level: 'notice',
        code: 'template-placeholder-undefined',
        message: `ynh_config_add_phpfpm writes the app's pool under /etc/php/__PHP_VERSION__/, but ${manifest.path} installs no phpX.Y-* package that would give __PHP_VERSION__: the pool is not placed`,
        location: fpmCall.location,
      });
    }
    machines.push(machine);
  }
  return machines;
}

/** The app's system user and group (`[resources.system_user]`, which YunoHost creates). */
function accountFacts(app: YunohostApp): Fact[] {
  const at = /^\s*\[resources\.system_user\]/m.exec(app.manifest.text);
  if (!at) return [];
  const location = new LineIndex(app.manifest.path, app.manifest.text).location(
    at.index,
    at.index + at[0].length,
  );
  return [
    { kind: 'group-add', group: app.id, location },
    { kind: 'user-add', user: app.id, primaryGroup: app.id, groups: [], system: true, location },
  ];
}

/** Where a helper is called in the install script, and its `--group=` argument. */
function helperCall(script: SourceFile, name: string): { location: Location; group?: string } | undefined {
  const m = new RegExp(`^[ \\t]*${name}\\b([^\\n]*)`, 'm').exec(script.text);
  if (!m) return undefined;
  const start = m.index + m[0].indexOf(name);
  const location = new LineIndex(script.path, script.text).location(start, start + name.length);
  const group = /--group[= ]["']?([\w.-]+)/.exec(m[1])?.[1] ?? /-g\s+["']?([\w.-]+)/.exec(m[1])?.[1];
  return { location, ...(group ? { group } : {}) };
}

/**
 * The pool the helper writes: its own lines are located at the helper's call, the appended
 * `extra_php-fpm.conf` at that file's lines.
 */
function poolFile(header: string, extra: SourceFile | undefined, call: Location): SourceFile {
  const headerLines = header.split('\n').length - 1;
  return {
    path: extra?.path ?? call.file,
    absPath: extra?.absPath ?? call.file,
    text: header + (extra?.text ?? ''),
    hadBom: false,
    crlf: false,
    derived: {
      description: `written by ynh_config_add_phpfpm at ${call.file}:${call.line}`,
      locate(span: Span): Location {
        if (!extra || span.line <= headerLines) return call;
        const shift = (line: number) => line - headerLines;
        return locationIn(extra, { ...span, line: shift(span.line), endLine: shift(span.endLine) });
      },
    },
  };
}

function shippedFile(deployedPath: string, text: string): SourceFile {
  return { path: `(YunoHost)${deployedPath}`, absPath: deployedPath, text, hadBom: false, crlf: false };
}

function record(v: unknown): Record<string, unknown> | undefined {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

function dirOf(p: string): string {
  const d = path.posix.dirname(p);
  return d === '.' ? '' : d;
}

function join(dir: string, p: string): string {
  return dir === '' ? p : `${dir}/${p}`;
}
