/**
 * The keys PHP-FPM 8.2 knows: the option tables of sapi/fpm/fpm/fpm_conf.c
 * (ini_fpm_global_options, ini_fpm_pool_options) and the array names of
 * fpm_conf_ini_parser_array(). Scalar keys match case-insensitively, array names exactly.
 */

/** How FPM parses the value (the fpm_conf_set_* function of the table entry). */
export type FpmValueType =
  'string' | 'integer' | 'time' | 'boolean' | 'pm' | 'log_level' | 'rlimit_core' | 'syslog_facility';

export interface FpmKey {
  type: FpmValueType;
  /** Present only in builds configured `--with-fpm-acl` (Debian yes, official php images no). */
  acl?: true;
}

/**
 * `syslog.*` need syslog.h and `systemd_interval` a systemd build, `apparmor_hat` an AppArmor
 * build; they are accepted unconditionally so that no valid key is ever reported.
 */
export const GLOBAL_KEYS: ReadonlyMap<string, FpmKey> = new Map<string, FpmKey>([
  ['pid', { type: 'string' }],
  ['error_log', { type: 'string' }],
  ['syslog.ident', { type: 'string' }],
  ['syslog.facility', { type: 'syslog_facility' }],
  ['log_buffering', { type: 'boolean' }],
  ['log_level', { type: 'log_level' }],
  ['log_limit', { type: 'integer' }],
  ['emergency_restart_threshold', { type: 'integer' }],
  ['emergency_restart_interval', { type: 'time' }],
  ['process_control_timeout', { type: 'time' }],
  ['process.max', { type: 'integer' }],
  ['process.priority', { type: 'integer' }],
  ['daemonize', { type: 'boolean' }],
  ['rlimit_files', { type: 'integer' }],
  ['rlimit_core', { type: 'rlimit_core' }],
  ['events.mechanism', { type: 'string' }],
  ['systemd_interval', { type: 'time' }],
]);

export const POOL_KEYS: ReadonlyMap<string, FpmKey> = new Map<string, FpmKey>([
  ['prefix', { type: 'string' }],
  ['user', { type: 'string' }],
  ['group', { type: 'string' }],
  ['listen', { type: 'string' }],
  ['listen.backlog', { type: 'integer' }],
  ['listen.acl_users', { type: 'string', acl: true }],
  ['listen.acl_groups', { type: 'string', acl: true }],
  ['listen.owner', { type: 'string' }],
  ['listen.group', { type: 'string' }],
  ['listen.mode', { type: 'string' }],
  ['listen.allowed_clients', { type: 'string' }],
  ['process.priority', { type: 'integer' }],
  ['process.dumpable', { type: 'boolean' }],
  ['pm', { type: 'pm' }],
  ['pm.max_children', { type: 'integer' }],
  ['pm.start_servers', { type: 'integer' }],
  ['pm.min_spare_servers', { type: 'integer' }],
  ['pm.max_spare_servers', { type: 'integer' }],
  ['pm.max_spawn_rate', { type: 'integer' }],
  ['pm.process_idle_timeout', { type: 'time' }],
  ['pm.max_requests', { type: 'integer' }],
  ['pm.status_path', { type: 'string' }],
  ['pm.status_listen', { type: 'string' }],
  ['ping.path', { type: 'string' }],
  ['ping.response', { type: 'string' }],
  ['access.log', { type: 'string' }],
  ['access.format', { type: 'string' }],
  ['slowlog', { type: 'string' }],
  ['request_slowlog_timeout', { type: 'time' }],
  ['request_slowlog_trace_depth', { type: 'integer' }],
  ['request_terminate_timeout', { type: 'time' }],
  ['request_terminate_timeout_track_finished', { type: 'boolean' }],
  ['rlimit_files', { type: 'integer' }],
  ['rlimit_core', { type: 'rlimit_core' }],
  ['chroot', { type: 'string' }],
  ['chdir', { type: 'string' }],
  ['catch_workers_output', { type: 'boolean' }],
  ['decorate_workers_output', { type: 'boolean' }],
  ['clear_env', { type: 'boolean' }],
  ['security.limit_extensions', { type: 'string' }],
  ['apparmor_hat', { type: 'string' }],
]);

/** `name[key] = value` arrays of a pool; `php_flag`/`php_admin_flag` take booleans. */
export const POOL_ARRAYS: ReadonlyMap<string, { boolean: boolean }> = new Map([
  ['php_value', { boolean: false }],
  ['php_admin_value', { boolean: false }],
  ['php_flag', { boolean: true }],
  ['php_admin_flag', { boolean: true }],
  ['env', { boolean: false }],
  ['access.suppress_path', { boolean: false }],
]);

const SYSLOG_FACILITIES = new Set(
  'auth authpriv cron daemon ftp kern lpr mail news syslog user uucp local0 local1 local2 local3 local4 local5 local6 local7'.split(
    ' ',
  ),
);
const LOG_LEVELS = new Set(['debug', 'notice', 'warning', 'warn', 'error', 'alert']);

const FPM_BOOLEANS = new Set(['1', 'yes', 'true', 'on', '0', 'no', 'false', 'off', 'none', '']);

/** FPM's complaint about a value of the given type (fpm_conf_set_*()), or undefined when accepted. */
export function checkValue(type: FpmValueType, value: string): string | undefined {
  const lower = value.toLowerCase();
  switch (type) {
    case 'string':
      return undefined;
    case 'boolean':
      // fpm_conf_set_boolean(): these words exactly, lower case (a quoted or ${VAR} value is not
      // converted by the ini scanner first; checked on php-fpm8.2 -t).
      return FPM_BOOLEANS.has(value) ? undefined : 'invalid boolean value';
    case 'integer':
      return /^-?[0-9]*$/.test(value) ? undefined : 'is not a valid number (greater or equal than zero)';
    case 'rlimit_core':
      if (lower === 'unlimited') return undefined;
      if (!/^-?[0-9]*$/.test(value)) return 'is not a valid number (greater or equal than zero)';
      return Number(value || '0') < 0 ? "must be greater than zero or 'unlimited'" : undefined;
    case 'time':
      if (value === '') return 'invalid time value';
      return /[0-9smhd]$/.test(value) ? undefined : 'unknown suffix used in time value';
    case 'pm':
      return ['static', 'dynamic', 'ondemand'].includes(lower)
        ? undefined
        : 'invalid process manager (static, dynamic or ondemand)';
    case 'log_level':
      return LOG_LEVELS.has(lower) ? undefined : "invalid value for 'log_level'";
    case 'syslog_facility':
      return SYSLOG_FACILITIES.has(lower) ? undefined : 'invalid value';
  }
}
