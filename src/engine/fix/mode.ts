/**
 * listen.mode values as a fix writes them: what an invalid mode evidently meant, and whether a
 * value is the plain octal FPM reads the way it looks (the check of socket-mode-invalid).
 */
import { fpmModeOf } from '../verdict/fpm-socket.js';

const modes = new Map<string, number>();

/** FPM's mode for a listen.mode value, remembered: the planner asks for the same few values many times. */
export function modeOf(value: string): number {
  let mode = modes.get(value);
  if (mode === undefined) {
    mode = fpmModeOf(value);
    if (modes.size < 10_000) modes.set(value, mode);
  }
  return mode;
}

/** Octal digits that strtoul reads as written, with no bits beyond 0777 (e.g. `0660`, `660`). */
export function isPlainOctal(value: string): boolean {
  return /^[0-7]+$/.test(value) && parseInt(value, 8) === modeOf(value);
}

const SYMBOLIC = /^[ugoa]*[-+=][rwx]*(,[ugoa]*[-+=][rwx]*)*$/;

/**
 * The mode an invalid listen.mode was evidently meant to be: `0o660` → 0o660, `4666` → 0o666,
 * chmod's symbolic `u+rw,g+rw` → 0o660 (applied to 0000, as FPM has no base mode to change).
 * undefined when nothing is evident (`999`, `yes`).
 */
export function evidentMode(value: string): number | undefined {
  const v = value.trim();
  const prefixed = /^0[oO]([0-7]{1,4})$/.exec(v);
  if (prefixed) return parseInt(prefixed[1], 8) & 0o777;
  if (/^[0-7]{1,4}$/.test(v)) return parseInt(v, 8) & 0o777;
  if (SYMBOLIC.test(v)) return symbolicMode(v);
  return undefined;
}

function symbolicMode(text: string): number {
  let mode = 0;
  for (const clause of text.split(',')) {
    const [, who, op, perms] = /^([ugoa]*)([-+=])([rwx]*)$/.exec(clause)!;
    const bits =
      (perms.includes('r') ? 4 : 0) | (perms.includes('w') ? 2 : 0) | (perms.includes('x') ? 1 : 0);
    const classes = who === '' || who.includes('a') ? 'ugo' : who;
    for (const c of classes) {
      const shift = c === 'u' ? 6 : c === 'g' ? 3 : 0;
      if (op === '=') mode &= ~(7 << shift);
      if (op === '-') mode &= ~(bits << shift);
      else mode |= bits << shift;
    }
  }
  return mode;
}
