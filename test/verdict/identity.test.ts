import { describe, expect, it } from '@jest/globals';
import {
  anyTrue,
  distinctPrincipals,
  isRootUser,
  principalOf,
  resolveGroup,
  resolveUser,
  samePrincipal,
} from '../../src/engine/verdict/identity.js';
import type { Principal, Tri } from '../../src/engine/verdict/identity.js';
import { debian } from './fixtures.js';

describe('samePrincipal', () => {
  it.each<[Principal, Principal, Tri]>([
    [{ id: 33 }, { id: 33 }, true],
    [{ id: 33, name: 'a' }, { id: 33, name: 'b' }, true],
    [{ id: 33 }, { id: 101 }, false],
    [{ id: 33, name: 'www-data' }, { id: 82, name: 'www-data' }, false],
    [{ name: 'www-data' }, { name: 'www-data' }, true],
    [{ name: 'www-data' }, { name: 'nginx' }, false],
    [{ name: 'www-data', id: 33 }, { name: 'www-data' }, true],
    [{ name: 'www-data' }, { id: 33 }, 'unknown'],
    [{}, { id: 0 }, 'unknown'],
    [{}, {}, 'unknown'],
  ])('%j vs %j → %s', (a, b, expected) => {
    expect(samePrincipal(a, b)).toBe(expected);
    expect(samePrincipal(b, a)).toBe(expected);
  });
  it('across machines names are not comparable, numbers are', () => {
    expect(samePrincipal({ name: 'www-data' }, { name: 'www-data' }, { sameMachine: false })).toBe('unknown');
    expect(
      samePrincipal({ name: 'www-data', id: 33 }, { name: 'www-data', id: 82 }, { sameMachine: false }),
    ).toBe(false);
  });
});

describe('anyTrue', () => {
  it.each<[Tri[], Tri]>([
    [[], false],
    [[false, false], false],
    [[false, 'unknown'], 'unknown'],
    [['unknown', true], true],
  ])('%j → %s', (values, expected) => {
    expect(anyTrue(values)).toBe(expected);
  });
});

describe('resolving through the machine database', () => {
  it('fills in numbers and names', () => {
    expect(resolveUser(debian, { name: 'www-data' })).toEqual({ name: 'www-data', id: 33 });
    expect(resolveUser(debian, { id: 65534 })).toEqual({ name: 'nobody', id: 65534 });
    expect(resolveGroup(debian, { id: 65534 })).toEqual({ name: 'nogroup', id: 65534 });
    expect(resolveGroup(debian, { name: 'www-data' })).toEqual({ name: 'www-data', id: 33 });
  });
  it('leaves what it does not know', () => {
    expect(resolveUser(debian, { id: 4242 })).toEqual({ id: 4242 });
    expect(resolveUser(debian, { name: 'ghost' })).toEqual({ name: 'ghost' });
    expect(resolveUser(undefined, { name: 'www-data' })).toEqual({ name: 'www-data' });
  });
  it('principalOf: digits are numbers, anything else a name', () => {
    expect(principalOf('33')).toEqual({ id: 33 });
    expect(principalOf('www-data')).toEqual({ name: 'www-data' });
  });
  it('isRootUser, distinctPrincipals', () => {
    expect(isRootUser({ id: 0 })).toBe(true);
    expect(isRootUser({ name: 'root' })).toBe(true);
    expect(isRootUser({ name: 'root', id: 5 })).toBe(false);
    expect(distinctPrincipals([{ id: 1 }, { id: 1, name: 'a' }, { name: 'b' }, { name: 'b' }])).toEqual([
      { id: 1 },
      { name: 'b' },
    ]);
  });
});
