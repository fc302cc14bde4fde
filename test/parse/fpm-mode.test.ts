import { describe, expect, it } from '@jest/globals';
import { listenAddress, tcpPort } from '../../src/engine/parse/fpm/address.js';
import {
  DEFAULT_LISTEN_MODE,
  effectiveListenMode,
  parseListenMode,
} from '../../src/engine/parse/fpm/mode.js';
import { parseFpmLine, type EntryLine } from '../../src/engine/parse/fpm/lines.js';

describe('F6: listen.mode is strtoul(value, NULL, 8) & 0777', () => {
  // Each row was checked against the socket php-fpm 8.2 creates (stat after `php-fpm -F`).
  it.each([
    ['666', 0o666],
    ['0666', 0o666],
    ['0777', 0o777],
    ['4666', 0o666],
    ['1777', 0o777],
    ['u+rw', 0],
    ['0o660', 0],
    ['999', 0],
    ['0640', 0o640],
    [' 0640', 0o640],
    ['+0600', 0o600],
    ['-1', 0o777],
    ['66x', 0o66],
    ['1', 0o001],
  ])('%j → %o', (value, mode) => {
    expect(parseListenMode(value)).toBe(mode);
  });

  it('saturates on overflow like strtoul (ULONG_MAX & 0777)', () => {
    expect(parseListenMode('7'.repeat(30))).toBe(0o777);
  });

  it('uses the default 0660 only for an unset or empty value', () => {
    expect(DEFAULT_LISTEN_MODE).toBe(0o660);
    expect(effectiveListenMode(undefined)).toBe(0o660);
    expect(effectiveListenMode('')).toBe(0o660);
    expect(effectiveListenMode('0600')).toBe(0o600);
  });

  it('sees bare keywords after the ini scanner converted them (yes → 0001, none → default)', () => {
    const mode = (text: string) =>
      effectiveListenMode((parseFpmLine(`listen.mode = ${text}`, 1) as EntryLine).value);
    expect(mode('yes')).toBe(0o001);
    expect(mode('on')).toBe(0o001);
    expect(mode('none')).toBe(0o660);
    expect(mode('off')).toBe(0o660);
    expect(mode('"yes"')).toBe(0);
  });
});

describe('F11: listen address kinds', () => {
  it.each([
    ['/run/php/php8.2-fpm.sock', { kind: 'unix', path: '/run/php/php8.2-fpm.sock' }],
    ['php.sock', { kind: 'unix', path: 'php.sock' }],
    ['9000', { kind: 'tcp', address: '9000' }],
    ['127.0.0.1:9000', { kind: 'tcp', address: '127.0.0.1:9000' }],
    ['[::1]:9000', { kind: 'tcp', address: '[::1]:9000' }],
    ['localhost:9000', { kind: 'tcp', address: 'localhost:9000' }],
    ['/tmp/a:b.sock', { kind: 'tcp', address: '/tmp/a:b.sock' }],
  ])('%s', (value, address) => {
    expect(listenAddress(value)).toEqual(address);
  });

  it('finds the port FPM binds or the text it rejects', () => {
    expect(tcpPort('127.0.0.1:9000')).toEqual({ port: 9000 });
    expect(tcpPort('9001')).toEqual({ port: 9001 });
    expect(tcpPort('/tmp/a:b.sock')).toEqual({ invalid: 'b.sock' });
    expect(tcpPort('127.0.0.1:70000')).toEqual({ invalid: '70000' });
    expect(tcpPort('0')).toEqual({ invalid: '0' });
  });
});
