/**
 * Whether to colour the report, by the usual conventions: `--no-color` always wins; then
 * `FORCE_COLOR` (`0` or `false` turns colour off, any other value, empty included, turns it on);
 * then `NO_COLOR` when set and not empty (no-color.org); then `TERM=dumb`; else only on a terminal.
 */
export function useColor(options: {
  flag: boolean;
  isTty: boolean;
  env: Record<string, string | undefined>;
}): boolean {
  if (options.flag) return false;
  const force = options.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (options.env.NO_COLOR !== undefined && options.env.NO_COLOR !== '') return false;
  if (options.env.TERM === 'dumb') return false;
  return options.isTty;
}
