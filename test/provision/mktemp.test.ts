/** A file rendered into a `mktemp` file and moved into place, as start-up scripts do. */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { loadShellParser } from '../../src/engine/parse/provision/shell-syntax.js';
import { shellFacts } from '../../src/engine/parse/provision/shell.js';
import { ShellEnv } from '../../src/engine/parse/provision/shell-env.js';
import { substituteParts } from '../../src/engine/parse/provision/shell-text.js';
import { source } from './helpers.js';

beforeAll(() => loadShellParser());

const ALL_EXPORTED = `"$(env | cut -d= -f1 | sed -e 's/^/$/')"`;

describe('mktemp, envsubst of the environment, mv', () => {
  it('follows the file through the temporary name to its destination', () => {
    const script = [
      '#!/bin/sh',
      'export SOCKET_OWNER=nginx',
      'tmpfile=$(mktemp)',
      `cat /etc/php83/php-fpm.d/www.conf | envsubst ${ALL_EXPORTED} | tee "$tmpfile" > /dev/null`,
      'mv "$tmpfile" /etc/php83/php-fpm.d/www.conf',
      'other=$(mktemp)',
      'echo "[x]" > "$other"',
      '',
    ].join('\n');
    const facts = shellFacts(source('entrypoint.sh', script)).facts;
    const rendered = facts.find((f) => f.kind === 'envsubst');
    const moved = facts.find((f) => f.kind === 'move');
    expect(rendered).toMatchObject({ source: '/etc/php83/php-fpm.d/www.conf', variables: ['SOCKET_OWNER'] });
    expect(moved).toMatchObject({ to: '/etc/php83/php-fpm.d/www.conf' });
    expect(rendered?.kind === 'envsubst' && moved?.kind === 'move' && moved.from === rendered.dest).toBe(
      true,
    );
    expect(facts.some((f) => f.kind === 'unknown-content')).toBe(false);
    // Each mktemp is its own file.
    const written = facts.find((f) => f.kind === 'write-file');
    expect(written?.kind === 'write-file' && written.path.startsWith('/tmp/')).toBe(true);
    expect(written?.kind === 'write-file' && moved?.kind === 'move' && written.path !== moved.from).toBe(
      true,
    );
  });

  it('leaves a file in a `mktemp -d` directory unknown', () => {
    const script =
      'd=$(mktemp -d)\necho "[x]" > "$d/www.conf"\nmv "$d/www.conf" /etc/php83/php-fpm.d/www.conf\n';
    const facts = shellFacts(source('entrypoint.sh', script)).facts;
    expect(facts.filter((f) => f.kind === 'unknown-content').map((f) => 'path' in f && f.path)).toEqual([
      '/etc/php83/php-fpm.d/www.conf',
    ]);
  });

  it('substitutes exported variables only, as the real envsubst with that format does', () => {
    const template = 'listen.owner = $OWNER\nlisten.group = ${GROUP}\nx = $uri $LOCAL\n';
    const real = execFileSync(
      'sh',
      ['-c', `LOCAL=l; export OWNER=nginx GROUP=www; printf '%s' "$T" | envsubst ${ALL_EXPORTED}`],
      { env: { PATH: process.env.PATH, T: template }, encoding: 'utf8' },
    );
    const env = ShellEnv.of(
      [
        ['OWNER', 'nginx'],
        ['GROUP', 'www'],
        ['LOCAL', 'l'],
        ['PATH', process.env.PATH ?? ''],
        ['T', template],
      ],
      'empty',
    );
    env.exported.delete('LOCAL');
    const ours = substituteParts([{ text: template }], env, [...env.exported])
      .map((p) => p.text)
      .join('');
    expect(ours).toBe(real);
    expect(real).toBe('listen.owner = nginx\nlisten.group = www\nx = $uri $LOCAL\n');
  });
});
