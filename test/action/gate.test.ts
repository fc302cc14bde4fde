import { describe, expect, it } from '@jest/globals';
import { evaluateGate, reaches } from '../../src/action/gate.js';
import { many } from './builders.js';

describe('gate', () => {
  const findings = [...many(1, 'error'), ...many(2, 'warning'), ...many(3, 'notice')];

  it('fails when a finding reaches fail-on and says why in one line', () => {
    expect(evaluateGate(findings, 'error')).toEqual({
      failed: true,
      counts: { findings: 6, errors: 1, warnings: 2, notices: 3 },
      message:
        "socklint found 1 error, 2 warnings, 3 notices: 1 of them reaches fail-on 'error', so the step fails.",
    });
    expect(evaluateGate(findings, 'warning').message).toBe(
      "socklint found 1 error, 2 warnings, 3 notices: 3 of them reach fail-on 'warning', so the step fails.",
    );
  });

  it('passes below the threshold, with never, and without findings', () => {
    expect(evaluateGate(many(2, 'warning'), 'error')).toMatchObject({
      failed: false,
      message: "socklint passed: 0 errors, 2 warnings, 0 notices, none at or above fail-on 'error'.",
    });
    expect(evaluateGate(findings, 'never').message).toBe(
      "socklint passed: 1 error, 2 warnings, 3 notices (fail-on is 'never').",
    );
    expect(evaluateGate([], 'notice').message).toBe('socklint passed: no findings.');
  });

  it('orders severities', () => {
    expect([reaches('notice', 'warning'), reaches('error', 'warning'), reaches('error', 'never')]).toEqual([
      false,
      true,
      false,
    ]);
  });
});
