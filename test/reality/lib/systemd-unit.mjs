// The few settings of a packaged systemd unit that decide who a web server runs as and what it
// sees, with the drop-ins a tree adds (`etc/systemd/system/<unit>.service.d/*.conf`, in name order)
// or a whole unit file that replaces the packaged one (`etc/systemd/system/<unit>.service`).
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * @typedef {{ User?: string, Group?: string, SupplementaryGroups: string[], WorkingDirectory: string,
 *   PrivateTmp: boolean, Environment: Record<string, string> }} UnitSettings
 */

/** Debian's packaged units (apache2.service, caddy.service), as far as these settings go. */
export const PACKAGED_UNITS = {
  apache2: { SupplementaryGroups: [], WorkingDirectory: '/', PrivateTmp: true, Environment: {} },
  caddy: {
    User: 'caddy',
    Group: 'caddy',
    SupplementaryGroups: [],
    WorkingDirectory: '/',
    PrivateTmp: true,
    Environment: {},
  },
};

const TRUE = new Set(['1', 'yes', 'true', 'on']);

/**
 * The unit's settings after the tree's drop-ins.
 * @param {string} tree
 * @param {'apache2' | 'caddy'} unit
 * @returns {UnitSettings}
 */
export function unitSettings(tree, unit) {
  const dir = path.join(tree, 'etc/systemd/system');
  const whole = path.join(dir, `${unit}.service`);
  /** @type {UnitSettings} */
  let s = structuredClone(PACKAGED_UNITS[unit]);
  const files = [];
  if (fs.existsSync(whole)) {
    s = { SupplementaryGroups: [], WorkingDirectory: '/', PrivateTmp: false, Environment: {} };
    files.push(whole);
  }
  const dropins = path.join(dir, `${unit}.service.d`);
  if (fs.existsSync(dropins))
    files.push(
      ...fs
        .readdirSync(dropins)
        .filter((f) => f.endsWith('.conf'))
        .sort()
        .map((f) => path.join(dropins, f)),
    );
  for (const f of files) apply(s, fs.readFileSync(f, 'utf8'));
  return s;
}

/** Apply the [Service] assignments of one unit file or drop-in. */
function apply(s, text) {
  let section = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#') || line.startsWith(';')) continue;
    const sec = /^\[(.+)\]$/.exec(line);
    if (sec) {
      section = sec[1];
      continue;
    }
    if (section !== 'Service') continue;
    const m = /^(\w+)\s*=\s*(.*)$/.exec(line);
    if (!m) continue;
    const [, key, value] = m;
    if (key === 'User') s.User = value || undefined;
    else if (key === 'Group') s.Group = value || undefined;
    else if (key === 'SupplementaryGroups')
      s.SupplementaryGroups = value ? [...s.SupplementaryGroups, ...value.split(/\s+/)] : [];
    else if (key === 'WorkingDirectory') s.WorkingDirectory = value || '/';
    else if (key === 'PrivateTmp') s.PrivateTmp = TRUE.has(value.toLowerCase());
    else if (key === 'Environment') {
      if (!value) s.Environment = {};
      for (const pair of value.match(/"[^"]*"|\S+/g) ?? []) {
        const kv = pair.replace(/^"|"$/g, '');
        const eq = kv.indexOf('=');
        if (eq > 0) s.Environment[kv.slice(0, eq)] = kv.slice(eq + 1);
      }
    }
  }
}
