/** The action's inputs, read once and validated: a bad value is a usage error, reported before any scan. */
import type { FailOn } from '../engine/findings.js';

export interface ActionInputs {
  path: string;
  config: string;
  failOn: FailOn;
  annotations: boolean;
  onlyChanged: boolean;
  summary: boolean;
  sarifFile: string;
  checkName: string;
  suggestions: boolean;
  commitPatches: boolean;
  commitMessage: string;
  token: string;
}

/** Defaults as declared in action.yml (the runner passes them; these apply when run by hand). */
export const INPUT_DEFAULTS = {
  path: '.',
  config: '.socklint.yml',
  'fail-on': 'error',
  annotations: 'true',
  'only-changed': 'false',
  summary: 'true',
  'sarif-file': '',
  'check-name': '',
  suggestions: 'true',
  'commit-patches': 'false',
  'commit-message': 'socklint: apply safe fixes',
  token: '',
} as const;

export type InputName = keyof typeof INPUT_DEFAULTS;

export class UsageError extends Error {}

const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'notice', 'never'];
// The YAML 1.2 core schema booleans, as @actions/core's getBooleanInput accepts them.
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];

/** Reads the runner's `INPUT_<NAME>` variables (upper-cased, dashes kept). */
export function envInput(env: NodeJS.ProcessEnv): (name: InputName) => string | undefined {
  return (name) => env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
}

export function readInputs(get: (name: InputName) => string | undefined): ActionInputs {
  const problems: string[] = [];
  const text = (name: InputName): string => {
    const value = get(name)?.trim();
    return value === undefined || value === '' ? INPUT_DEFAULTS[name] : value;
  };
  const bool = (name: InputName): boolean => {
    const value = text(name);
    if (TRUE.includes(value)) return true;
    if (!FALSE.includes(value)) problems.push(`input '${name}' must be true or false, got '${value}'`);
    return false;
  };
  const failOn = text('fail-on').toLowerCase() as FailOn;
  if (!FAIL_ON.includes(failOn)) {
    problems.push(`input 'fail-on' must be one of ${FAIL_ON.join(', ')}, got '${text('fail-on')}'`);
  }
  const inputs: ActionInputs = {
    path: text('path'),
    config: text('config'),
    failOn,
    annotations: bool('annotations'),
    onlyChanged: bool('only-changed'),
    summary: bool('summary'),
    sarifFile: text('sarif-file'),
    checkName: text('check-name'),
    suggestions: bool('suggestions'),
    commitPatches: bool('commit-patches'),
    commitMessage: text('commit-message'),
    // The token keeps its exact value: never trimmed into something else, never printed.
    token: get('token') ?? '',
  };
  if (problems.length > 0) throw new UsageError(problems.join('; '));
  return inputs;
}
