import { describe, expect, it } from '@jest/globals';
import { evidentMode, isPlainOctal } from '../../src/engine/fix/mode.js';

describe('evidentMode', () => {
  it.each([
    ['0o660', 0o660],
    ['0O640', 0o640],
    ['4666', 0o666],
    ['u+rw', 0o600],
    ['u=rw,g=rw', 0o660],
    ['ug+rw', 0o660],
    ['a+rw', 0o666],
    ['999', undefined],
    ['1', 0o001],
    ['rw-rw----', undefined],
  ])('%s → %s', (value, mode) => {
    expect(evidentMode(value)).toBe(mode);
  });
});

describe('isPlainOctal', () => {
  it.each([
    ['0660', true],
    ['660', true],
    ['4666', false],
    ['0o660', false],
    ['u+rw', false],
    ['999', false],
  ])('%s → %s', (value, plain) => {
    expect(isPlainOctal(value)).toBe(plain);
  });
});
