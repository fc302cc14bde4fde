/**
 * The `[Service]` settings systemd runs a service with: the unit file (the first of
 * /etc/systemd/system, /run/systemd/system, /lib/systemd/system, /usr/lib/systemd/system that has
 * it), then its drop-ins `NAME.service.d/*.conf` from those directories, ordered by file name (a
 * drop-in in /etc hides one of the same name in /lib). A later assignment replaces an earlier one;
 * `SupplementaryGroups=` adds to the list and an empty assignment clears it (systemd.exec(5)).
 */
import type { DeployedFile, DeployedFs } from '../model.js';
import { locationIn, type Location } from '../types.js';
import { parseUnit } from '../parse/systemd/unit.js';

const UNIT_DIRS = [
  '/etc/systemd/system',
  '/run/systemd/system',
  '/lib/systemd/system',
  '/usr/lib/systemd/system',
];

export interface UnitSetting {
  value: string;
  location: Location;
}

export interface ServiceSettings {
  /** The unit file and drop-ins read, in order. */
  files: DeployedFile[];
  user?: UnitSetting;
  group?: UnitSetting;
  /** Every group named by the `SupplementaryGroups=` lines in effect. */
  supplementaryGroups: UnitSetting[];
  workingDirectory?: UnitSetting;
  privateTmp?: UnitSetting;
  /** `Environment=` assignments in effect, by name (a later one wins; an empty line clears them). */
  environment: Map<string, UnitSetting>;
  /** An `EnvironmentFile=`: variables socklint does not read. */
  environmentFile?: UnitSetting;
}

/** The files of a service, in the order systemd applies them; empty when the unit is nowhere. */
export function unitFiles(fs: DeployedFs, unit: string): DeployedFile[] {
  let main: DeployedFile | undefined;
  for (const dir of UNIT_DIRS) {
    const found = fs.lookup(`${dir}/${unit}`);
    if (found.status === 'found' && found.files.length > 0) {
      main = found.files[0];
      break;
    }
  }
  const dropIns = new Map<string, DeployedFile>();
  for (const dir of UNIT_DIRS) {
    const found = fs.lookup(`${dir}/${unit}.d/*.conf`);
    if (found.status !== 'found') continue;
    for (const file of found.files) {
      const name = file.deployedPath.slice(file.deployedPath.lastIndexOf('/') + 1);
      if (!dropIns.has(name)) dropIns.set(name, file);
    }
  }
  const ordered = [...dropIns.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, f]) => f);
  return main ? [main, ...ordered] : ordered;
}

/** The settings of a service from its files. */
export function serviceSettings(files: DeployedFile[]): ServiceSettings {
  const settings: ServiceSettings = { files, supplementaryGroups: [], environment: new Map() };
  for (const file of files) {
    if (file.unreadable !== undefined) continue;
    for (const a of parseUnit(file.file.text)) {
      if (a.section !== 'Service') continue;
      const setting = { value: a.value, location: locationIn(file.file, a.span) };
      switch (a.key) {
        case 'User':
          settings.user = a.value === '' ? undefined : setting;
          break;
        case 'Group':
          settings.group = a.value === '' ? undefined : setting;
          break;
        case 'WorkingDirectory':
          settings.workingDirectory = a.value === '' ? undefined : setting;
          break;
        case 'PrivateTmp':
          settings.privateTmp = setting;
          break;
        case 'Environment':
          if (a.value === '') settings.environment.clear();
          for (const [name, value] of environmentAssignments(a.value))
            settings.environment.set(name, { ...setting, value });
          break;
        case 'EnvironmentFile':
          settings.environmentFile = a.value === '' ? undefined : setting;
          break;
        case 'SupplementaryGroups':
          if (a.value === '') settings.supplementaryGroups = [];
          else
            for (const name of a.value.split(/\s+/))
              settings.supplementaryGroups.push({ ...setting, value: name });
          break;
      }
    }
  }
  return settings;
}

/**
 * `Environment="A=1" B=2`: space-separated assignments, each possibly in double or single quotes
 * (systemd.exec(5)); an assignment without `=` is ignored, as systemd does.
 */
function environmentAssignments(value: string): [string, string][] {
  const out: [string, string][] = [];
  for (const m of value.matchAll(/"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g)) {
    const word = m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : (m[2] ?? m[3]);
    const eq = word.indexOf('=');
    if (eq > 0) out.push([word.slice(0, eq), word.slice(eq + 1)]);
  }
  return out;
}

/** systemd's booleans: 1, yes, y, true, t, on. */
export function unitBoolean(setting: UnitSetting | undefined): boolean {
  return setting !== undefined && /^(1|yes|y|true|t|on)$/i.test(setting.value);
}

/** Whether a socket path is hidden from a service with `PrivateTmp=true` (W8, Y5): it has its own /tmp and /var/tmp. */
export function hiddenByPrivateTmp(settings: ServiceSettings | undefined, socketPath: string): boolean {
  return (
    unitBoolean(settings?.privateTmp) &&
    (socketPath === '/tmp' ||
      socketPath.startsWith('/tmp/') ||
      socketPath === '/var/tmp' ||
      socketPath.startsWith('/var/tmp/'))
  );
}
