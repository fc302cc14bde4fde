import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { envInput, INPUT_DEFAULTS, readInputs, UsageError, type InputName } from '../../src/action/inputs.js';

const from = (values: Partial<Record<InputName, string>>) => (name: InputName) => values[name];

describe('inputs', () => {
  it('applies the defaults of action.yml', () => {
    expect(readInputs(from({}))).toEqual({
      path: '.',
      config: '.socklint.yml',
      failOn: 'error',
      annotations: true,
      onlyChanged: false,
      summary: true,
      sarifFile: '',
      checkName: '',
      suggestions: true,
      commitPatches: false,
      commitMessage: 'socklint: apply safe fixes',
      token: '',
    });
  });

  it('reads INPUT_ variables the way the runner names them (upper case, dashes kept)', () => {
    const get = envInput({ 'INPUT_FAIL-ON': 'Warning', 'INPUT_ONLY-CHANGED': 'TRUE', INPUT_TOKEN: 't0k' });
    const inputs = readInputs(get);
    expect(inputs.failOn).toBe('warning');
    expect(inputs.onlyChanged).toBe(true);
    expect(inputs.token).toBe('t0k');
  });

  it('reports every bad value in one usage error', () => {
    expect(() => readInputs(from({ 'fail-on': 'critical', summary: 'yes' }))).toThrow(
      new UsageError(
        "input 'fail-on' must be one of error, warning, notice, never, got 'critical'; input 'summary' must be true or false, got 'yes'",
      ),
    );
  });

  it('declares in action.yml exactly the inputs and defaults the code knows', () => {
    const action = parse(readFileSync('action.yml', 'utf8')) as {
      description: string;
      inputs: Record<string, { description: string; default: string }>;
      outputs: Record<string, { description: string }>;
      runs: { using: string; main: string };
    };
    const defaults = Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, v.default]));
    expect(defaults).toEqual({ ...INPUT_DEFAULTS, token: '${{ github.token }}' });
    for (const input of Object.values(action.inputs)) expect(input.description.length).toBeGreaterThan(10);
    expect(Object.keys(action.outputs)).toEqual([
      'findings',
      'errors',
      'warnings',
      'notices',
      'sarif-file',
      'patch-file',
      'commit-sha',
    ]);
    expect(action.description.length).toBeLessThan(125);
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });
});
