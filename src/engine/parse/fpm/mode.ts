/** `listen.mode` as FPM applies it (fpm_unix_resolve_socket_permissions(), F6). */

/** FPM's mode when `listen.mode` is unset or empty (since 5.4.28 / 5.5.12). */
export const DEFAULT_LISTEN_MODE = 0o660;

const ULONG_MAX = (1n << 64n) - 1n;

/**
 * `strtoul(value, NULL, 8)` masked to the permission bits the kernel keeps: parsing stops at
 * the first non-octal character without complaint ('u+rw' → 0, '0o660' → 0, '999' → 0,
 * '4666' → 0o666). Bare keywords are converted before this ('yes' arrives as '1').
 */
export function parseListenMode(value: string): number {
  const m = /^[ \t\n\v\f\r]*([+-]?)([0-7]*)/.exec(value) as RegExpExecArray;
  const [, sign, digits] = m;
  if (digits === '') return 0;
  let n = BigInt('0o' + digits);
  if (n > ULONG_MAX) n = ULONG_MAX;
  else if (sign === '-') n = (ULONG_MAX + 1n - n) & ULONG_MAX;
  return Number(n & 0o777n);
}

/** The mode the socket is created with: an unset or empty `listen.mode` means the default. */
export function effectiveListenMode(value: string | undefined): number {
  return value === undefined || value === '' ? DEFAULT_LISTEN_MODE : parseListenMode(value);
}
