/**
 * Compose variable interpolation (Compose Specification, "Interpolation"; compose-go's
 * template package): `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:?error}`,
 * `${VAR?error}`, `${VAR:+alt}`, `${VAR+alt}`, nested defaults, and `$$` for a literal `$`.
 *
 * Compose substitutes an unset variable with the empty string. socklint does not: the shell
 * environment compose runs in is not in the repository, so a variable nothing sets makes the
 * value unknown (the reference stays in the text, and the variable is listed), and a default
 * is taken only as an assumption that the shell does not set the variable.
 */

/** A variable's value, or why it is unknown. */
export type Lookup = (name: string) => { value: string } | { unknown: string[] } | undefined;

export interface Substituted {
  /** The text with every known reference substituted; unknown references are kept as written. */
  value: string;
  /** Why the value is unknown (empty when it is known). */
  unknown: string[];
  /** Assumptions the value rests on (a default taken because nothing sets the variable). */
  assumed: string[];
  /** What compose itself refuses ("invalid interpolation format"). */
  errors: string[];
}

const NAME = /^[_a-z][_a-z0-9]*/i;

export function substitute(template: string, lookup: Lookup): Substituted {
  const out: Substituted = { value: '', unknown: [], assumed: [], errors: [] };
  let i = 0;
  while (i < template.length) {
    const dollar = template.indexOf('$', i);
    if (dollar === -1) {
      out.value += template.slice(i);
      break;
    }
    out.value += template.slice(i, dollar);
    const next = template[dollar + 1];
    if (next === '$') {
      out.value += '$';
      i = dollar + 2;
      continue;
    }
    if (next === '{') {
      const close = closingBrace(template, dollar + 1);
      if (close === -1) {
        out.errors.push(`invalid interpolation format in "${template}" (a $ must be written $$)`);
        out.value += template.slice(dollar);
        break;
      }
      braced(template.slice(dollar + 2, close), template.slice(dollar, close + 1), lookup, out);
      i = close + 1;
      continue;
    }
    const name = NAME.exec(template.slice(dollar + 1))?.[0];
    if (!name) {
      // A `$` before anything but a name, a brace or a `$` is literal to compose.
      out.value += '$';
      i = dollar + 1;
      continue;
    }
    reference(name, `$${name}`, lookup, out);
    i = dollar + 1 + name.length;
  }
  return out;
}

/** Index of the `}` closing the `{` at `open`, counting nested `${`. */
function closingBrace(s: string, open: number): number {
  let depth = 0;
  for (let k = open; k < s.length; k++) {
    if (s[k] === '{') depth++;
    else if (s[k] === '}' && --depth === 0) return k;
  }
  return -1;
}

const OPERATORS = [':?', '?', ':-', '-', ':+', '+'] as const;

function braced(body: string, whole: string, lookup: Lookup, out: Substituted): void {
  const name = NAME.exec(body)?.[0];
  const rest = name ? body.slice(name.length) : body;
  const op = OPERATORS.find((o) => rest.startsWith(o));
  if (!name || (rest !== '' && !op)) {
    out.errors.push(`invalid interpolation format "${whole}"`);
    out.value += whole;
    return;
  }
  if (!op) {
    reference(name, whole, lookup, out);
    return;
  }
  const arg = rest.slice(op.length);
  const found = lookup(name);
  const known = found && 'value' in found ? found.value : undefined;
  const nested = (): void => {
    const inner = substitute(arg, lookup);
    out.value += inner.value;
    out.unknown.push(...inner.unknown);
    out.assumed.push(...inner.assumed);
    out.errors.push(...inner.errors);
  };
  const emptyCounts = op.startsWith(':');
  if (op === ':-' || op === '-') {
    if (known !== undefined && !(emptyCounts && known === '')) {
      out.value += known;
    } else if (found && 'unknown' in found) {
      out.value += whole;
      out.unknown.push(...found.unknown);
    } else if (found === undefined) {
      out.assumed.push(
        `\${${name}} is not set in the environment docker compose runs in, so its default applies`,
      );
      nested();
    } else nested();
    return;
  }
  if (op === ':?' || op === '?') {
    if (known !== undefined && !(emptyCounts && known === '')) out.value += known;
    else if (known !== undefined) {
      out.errors.push(`required variable ${name} is empty: ${arg}`);
      out.value += whole;
    } else {
      out.value += whole;
      out.unknown.push(
        ...(found && 'unknown' in found
          ? found.unknown
          : [`\${${name}} must be set in the environment docker compose runs in${arg ? ` (${arg})` : ''}`]),
      );
    }
    return;
  }
  // `:+` / `+`: the alternative when the variable is set (and not empty).
  if (known !== undefined) {
    if (!(emptyCounts && known === '')) nested();
    return;
  }
  out.value += whole;
  out.unknown.push(
    ...(found && 'unknown' in found ? found.unknown : [`\${${name}} is not set in the repository`]),
  );
}

function reference(name: string, whole: string, lookup: Lookup, out: Substituted): void {
  const found = lookup(name);
  if (found && 'value' in found) {
    out.value += found.value;
    return;
  }
  out.value += whole;
  out.unknown.push(...(found ? found.unknown : [`\${${name}} is not set in the repository`]));
}
