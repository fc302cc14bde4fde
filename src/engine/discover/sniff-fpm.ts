/** Recognises PHP-FPM configuration (main file or pool) by its sections and keys. */
import type { Classification } from './classification.js';

const POOL_KEYS = new Set([
  'listen',
  'listen.owner',
  'listen.group',
  'listen.mode',
  'listen.backlog',
  'listen.acl_users',
  'listen.acl_groups',
  'listen.allowed_clients',
  'listen.setfib',
  'pm',
  'pm.max_children',
  'pm.start_servers',
  'pm.min_spare_servers',
  'pm.max_spare_servers',
  'pm.max_spawn_rate',
  'pm.max_requests',
  'pm.process_idle_timeout',
  'pm.status_path',
  'pm.status_listen',
  'ping.path',
  'ping.response',
  'user',
  'group',
  'chdir',
  'chroot',
  'catch_workers_output',
  'decorate_workers_output',
  'clear_env',
  'security.limit_extensions',
  'request_terminate_timeout',
  'request_terminate_timeout_track_finished',
  'request_slowlog_timeout',
  'request_slowlog_trace_depth',
  'slowlog',
  'access.log',
  'access.format',
  'access.suppress_path',
  'rlimit_files',
  'rlimit_core',
  'process.priority',
  'process.dumpable',
  'prefix',
  'apparmor_hat',
]);
/** Pool keys that other INI dialects use too. */
const COMMON_KEYS = new Set(['user', 'group', 'chdir', 'chroot', 'prefix', 'slowlog']);
/** Keys that only a pool has (`user`, `group` alone are too common elsewhere). */
const DISTINCT_POOL_KEY =
  /^(?:listen(?:\..+)?|pm(?:\..+)?|(?:php_admin_value|php_value|php_flag|php_admin_flag|env)\[.*\])$/;
const GLOBAL_KEYS = new Set([
  'pid',
  'error_log',
  'syslog.facility',
  'syslog.ident',
  'log_level',
  'log_limit',
  'log_buffering',
  'emergency_restart_threshold',
  'emergency_restart_interval',
  'process_control_timeout',
  'process.max',
  'process.priority',
  'daemonize',
  'rlimit_files',
  'rlimit_core',
  'events.mechanism',
  'systemd_interval',
  'include',
]);
/** Keys of php.ini, which shares the syntax. */
const PHP_INI_KEY =
  /^(?:memory_limit|extension|zend_extension|upload_max_filesize|post_max_size|display_errors|display_startup_errors|error_reporting|log_errors|max_execution_time|max_input_time|short_open_tag|date\.timezone|opcache\..+|session\..+|expose_php|engine|output_buffering|realpath_cache_.+)$/;

const SECTION = /^\[([^\]\n]+)\]\s*(?:;.*)?$/;
const KEY = /^([A-Za-z_][\w.-]*(?:\[[^\]]*\])?)\s*=/;

interface IniShape {
  /** Lower-cased keys per section; '' holds the keys before any section. */
  sections: Map<string, Set<string>>;
  order: string[];
  lines: number;
  other: number;
}

function readIniShape(head: string): IniShape {
  const sections = new Map<string, Set<string>>([['', new Set()]]);
  const order: string[] = [];
  let current = sections.get('')!;
  let lines = 0;
  let other = 0;
  for (const raw of head.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith(';') || line.startsWith('#') || /^\{[{%#]/.test(line)) continue;
    lines++;
    const section = SECTION.exec(line);
    const key = section ? undefined : KEY.exec(line);
    if (section) {
      const name = section[1].trim().toLowerCase();
      order.push(name);
      current = sections.get(name) ?? new Set();
      sections.set(name, current);
    } else if (key) current.add(key[1].toLowerCase());
    else other++;
  }
  return { sections, order, lines, other };
}

export function sniffFpm(head: string): Classification | undefined {
  if (!head.includes('=')) return undefined;
  const shape = readIniShape(head);
  if (shape.lines === 0 || shape.other * 4 > shape.lines) return undefined;
  if (shape.sections.has('php')) return undefined;
  const all = [...shape.sections.values()].flatMap((keys) => [...keys]);
  if (all.some((k) => PHP_INI_KEY.test(k))) return undefined;

  // A real PHP-FPM file has no key PHP-FPM does not know (it refuses to start on one), so other
  // programs' INI files (pip, Subversion, Glances, fio) are told apart by their foreign keys:
  // at least two thirds of the keys must be PHP-FPM's.
  const known = all.filter((k) => POOL_KEYS.has(k) || GLOBAL_KEYS.has(k) || DISTINCT_POOL_KEY.test(k)).length;
  if (known === 0 || (all.length - known) * 2 > known) return undefined;

  const top = shape.sections.get('')!;
  const global = shape.sections.get('global');
  const mainKeys = new Set([...top, ...(global ?? [])]);
  const pool = shape.order.find((name) => {
    if (name === 'global') return false;
    const keys = [...shape.sections.get(name)!];
    // user, group, chdir and prefix name things in many INI dialects; a pool says more.
    const specific = keys.filter((k) => POOL_KEYS.has(k) && !COMMON_KEYS.has(k));
    return (
      keys.some((k) => DISTINCT_POOL_KEY.test(k)) ||
      (specific.length >= 1 && keys.filter((k) => POOL_KEYS.has(k)).length >= 2)
    );
  });

  // An included file may hold [global] settings too (the php image's docker.conf): only
  // `include` or `pid` make an entry point.
  const otherGlobalKeys = [...mainKeys].some((k) => k !== 'include' && GLOBAL_KEYS.has(k));
  if (mainKeys.has('include') && (global || pool || otherGlobalKeys))
    return { kind: 'fpm-main', reason: 'has PHP-FPM global settings with include =' };
  if (mainKeys.has('pid') && (global || pool))
    return { kind: 'fpm-main', reason: 'has PHP-FPM global settings with pid =' };
  if (pool) return { kind: 'fpm-pool', reason: `has a [${pool}] section with PHP-FPM pool keys` };
  if (global) return { kind: 'fpm-main', reason: 'has a [global] section' };
  const topGlobalKeys = [...top].filter((k) => GLOBAL_KEYS.has(k));
  if (
    (top.has('pid') || top.has('error_log')) &&
    topGlobalKeys.length >= 2 &&
    topGlobalKeys.length === top.size
  ) {
    return { kind: 'fpm-main', reason: `has PHP-FPM global keys (${topGlobalKeys.slice(0, 3).join(', ')})` };
  }
  return undefined;
}
