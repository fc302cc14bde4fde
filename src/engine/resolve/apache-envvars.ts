/**
 * The environment httpd reads `${NAME}` from. Debian's `apache2ctl` (and the apache2.service that
 * runs it) sources `/etc/apache2/envvars` with `APACHE_CONFDIR` set, then starts httpd; the
 * official image starts httpd with the image's environment only. The envvars file is read with
 * the shell tokenizer of the provisioning readers: `export NAME=value`, `NAME=value` and `unset`
 * in text order (both branches of an `if` are read in order, which gives the stock file's
 * `SUFFIX=` for /etc/apache2); a value built from something unknown makes the variable unknown.
 */
import type { DeployedFile } from '../model.js';
import { locationIn, type Origin } from '../types.js';
import { LineIndex } from '../parse/nginx/line-index.js';
import { tokenizeShell } from '../parse/provision/shellwords.js';
import { sliceOf } from '../parse/provision/text.js';

export interface ApacheVariable {
  value: string;
  origin: Origin;
}

export interface ApacheEnvironment {
  vars: Map<string, ApacheVariable>;
  /** Set by the start script to a value socklint cannot tell. */
  unknown: Set<string>;
  /**
   * Whether a variable that is neither in `vars` nor `unknown` is certainly unset. False when the
   * environment is not known (a container started with `-e`, an envvars file socklint cannot read).
   */
  complete: boolean;
}

const ASSIGNMENT = /^([A-Za-z_][A-Za-z0-9_]*)=/;

/** An environment of known values. */
export function knownEnvironment(
  values: Record<string, string>,
  origin: Origin,
  complete: boolean,
): ApacheEnvironment {
  const vars = new Map(Object.entries(values).map(([name, value]) => [name, { value, origin }] as const));
  return { vars, unknown: new Set(), complete };
}

/** The environment after sourcing an envvars file, starting from `start`. */
export function readEnvvars(file: DeployedFile, start: ApacheEnvironment): ApacheEnvironment {
  const vars = new Map(start.vars);
  const unknown = new Set(start.unknown);
  let complete = start.complete;
  if (file.unreadable !== undefined) return { vars, unknown, complete: false };
  const text = file.file.text;
  const lines = new LineIndex(text);
  const env = new Map([...vars].map(([name, v]) => [name, v.value] as const));
  for (const command of tokenizeShell(sliceOf(text, 0, text.length), env)) {
    const [first, ...rest] = command.words;
    if (!first) continue;
    if (first.value === 'unset' && first.literal) {
      for (const w of rest) {
        vars.delete(w.value);
        unknown.delete(w.value);
      }
      continue;
    }
    if ((first.value === '.' || first.value === 'source') && first.literal) {
      // Another file is sourced: what it sets is not known here.
      complete = false;
      continue;
    }
    const words = first.value === 'export' || first.value === 'readonly' ? rest : command.words;
    if (words.length === 0 || !words.every((w) => ASSIGNMENT.test(w.value))) continue;
    for (const w of words) {
      const name = ASSIGNMENT.exec(w.value)![1];
      if (!w.literal) {
        vars.delete(name);
        unknown.add(name);
        continue;
      }
      const location = locationIn(file.file, lines.span(w.start, w.end));
      vars.set(name, { value: w.value.slice(name.length + 1), origin: { kind: 'source', location } });
      unknown.delete(name);
    }
  }
  return { vars, unknown, complete };
}
