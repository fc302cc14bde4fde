/**
 * The environment httpd reads `${NAME}` from. Debian's `apache2ctl` (and the apache2.service that
 * runs it) sources `/etc/apache2/envvars` with `APACHE_CONFDIR` set, then starts httpd; the
 * official image starts httpd with the image's environment only. The envvars file is run by the
 * provisioning shell interpreter as `.` runs it: assignments, `export`, `unset`, and the `if` on
 * `APACHE_CONFDIR` decided on its value (the stock file's `SUFFIX=` for /etc/apache2); a value
 * built from something unknown makes the variable unknown, and a file it sources makes the rest
 * of the environment unknown.
 */
import type { DeployedFile } from '../model.js';
import { locationIn, type Location, type Note, type Origin } from '../types.js';
import { interpretFile } from '../parse/provision/shell-interpreter.js';
import { ShellEnv, isUnknown } from '../parse/provision/shell-env.js';

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

/** An environment of known values. */
export function knownEnvironment(
  values: Record<string, string>,
  origin: Origin,
  complete: boolean,
): ApacheEnvironment {
  const vars = new Map(Object.entries(values).map(([name, value]) => [name, { value, origin }] as const));
  return { vars, unknown: new Set(), complete };
}

/** The environment after sourcing an envvars file, starting from `start` (the shell parser must be loaded). */
export function readEnvvars(file: DeployedFile, start: ApacheEnvironment): ApacheEnvironment {
  if (file.unreadable !== undefined)
    return { vars: new Map(start.vars), unknown: new Set(start.unknown), complete: false };
  const env = ShellEnv.of(
    [...start.vars].map(([name, v]) => [name, v.value] as const),
    start.complete ? 'empty' : 'unknown',
  );
  for (const name of start.unknown) env.assign(name, { unknown: [`$${name}`] });
  const written = new Map<string, Location>();
  let complete = start.complete;
  const notes: Note[] = [];
  interpretFile(file.file, {
    facts: [],
    notes,
    env,
    assigned: (name, at) => written.set(name, locationIn(file.file, at)),
    unknownSource: () => (complete = false),
  });
  // Text the shell cannot read (or a parser not loaded) tells nothing: what it sets is not known.
  if (notes.some((n) => n.code === 'shell-unreadable'))
    return { vars: new Map(start.vars), unknown: new Set(start.unknown), complete: false };
  const vars = new Map<string, ApacheVariable>();
  const unknown = new Set<string>();
  for (const [name, value] of env.vars) {
    if (isUnknown(value)) unknown.add(name);
    else {
      const at = written.get(name);
      // A loop or `read` assigns without an assignment word: the variable is the file's.
      const origin: Origin = at
        ? { kind: 'source', location: at }
        : (start.vars.get(name)?.origin ?? { kind: 'default', description: `set by ${file.deployedPath}` });
      vars.set(name, { value, origin });
    }
  }
  return { vars, unknown, complete };
}
