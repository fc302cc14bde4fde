/**
 * Word expansion against the shells themselves: each line of words is expanded by bash and by
 * dash (`printf '<%s>'` of the fields, globbing off) with the same variables and arguments, and
 * by the reader; the fields must be equal.
 */
import { beforeAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { ShellEnv } from '../../src/engine/parse/provision/shell-env.js';
import { loadShellParser, parseShell } from '../../src/engine/parse/provision/shell-syntax.js';
import { expandWord } from '../../src/engine/parse/provision/shell-words.js';
import { LineIndex, sliceOf } from '../../src/engine/parse/provision/text.js';

beforeAll(() => loadShellParser());

const VARS: Record<string, string> = {
  X: 'x',
  S: 'a  b\tc',
  E: '',
  P: '/etc/nginx/conf.d/site.conf',
  SOCK: '/run/php/php8.2-fpm.sock',
};
const ARGS = ['php-fpm', '-F', 'two words'];

function shell(program: 'bash' | 'dash', words: string): string[] {
  const script = `set -f; set -- ${ARGS.map((a) => `'${a}'`).join(' ')}; printf '<%s>\\n' ${words}`;
  const out = execFileSync(program, ['-c', script], {
    env: { ...VARS, PATH: process.env.PATH },
    encoding: 'utf8',
  });
  return out === '<>\n' && !/\S/.test(words)
    ? []
    : out
        .split('\n')
        .filter((l) => l !== '')
        .map((l) => l.slice(1, -1));
}

function reader(words: string): string[] {
  const text = `: ${words}`;
  const command = parseShell(text).namedChildren[0];
  const env = new ShellEnv(new Map(Object.entries(VARS)), 'empty', [...ARGS]);
  const ctx = { source: sliceOf(text, 0, text.length), index: new LineIndex('t.sh', text), env };
  return command.namedChildren
    .filter((n) => n.type !== 'command_name')
    .flatMap((n) => expandWord(n, ctx))
    .map((w) => {
      expect(w.literal).toBe(true);
      return w.value;
    });
}

describe('word expansion, against bash and dash', () => {
  it.each([
    `a"b"'c'$X`,
    `"a\\$b\\"c\\\\d\\e" 'it'"'"'s' a\\ b`,
    `$S "$S" x$S"y"`,
    `$E "$E" "" ''`,
    `\${X} \${X:-d} \${U:-d} \${E:-d} \${E-d} \${U-d}`,
    `\${X:+alt} \${E:+alt} \${E+alt} \${U+alt} "\${U:-a b}" \${U:-a  b}`,
    `\${#X} \${#P} \${P#*/} \${P##*/} \${P%/*} \${P%%/*} \${P%.conf}`,
    // bash only (dash says "Bad substitution").
    `\${P/conf/CONF} \${P//conf/CONF} \${SOCK/8.2/8.3}`,
    `"$1" $3 "$3" "$@" $# "\${2}"`,
    `"x$@y" $@`,
    `"php\${SOCK#/run/php/php}"`,
  ])('%s', (words) => {
    const bash = shell('bash', words);
    expect(reader(words)).toEqual(bash);
    if (!words.includes('/CONF')) expect(shell('dash', words)).toEqual(bash);
  });

  it('names what it cannot know instead of expanding it', () => {
    const text = ': $(id -u) `hostname` $((1+2)) ~/x $RANDOM_UNSET "${UNSET:-$(date)}"';
    const command = parseShell(text).namedChildren[0];
    const env = new ShellEnv(new Map(), 'unknown');
    const ctx = { source: sliceOf(text, 0, text.length), index: new LineIndex('t.sh', text), env };
    const words = command.namedChildren
      .filter((n) => n.type !== 'command_name')
      .flatMap((n) => expandWord(n, ctx));
    expect(words.map((w) => [w.value, w.literal])).toEqual([
      ['$(id -u)', false],
      ['`hostname`', false],
      ['$((1+2))', false],
      ['~/x', false],
      ['$RANDOM_UNSET', false],
      ['${UNSET:-$(date)}', false],
    ]);
    expect(words[4].parts).toEqual([
      {
        text: '$RANDOM_UNSET',
        location: {
          file: 't.sh',
          line: 1,
          column: text.indexOf('$RANDOM') + 1,
          endLine: 1,
          endColumn: text.indexOf('$RANDOM') + 14,
        },
        unknown: ['$RANDOM_UNSET'],
      },
    ]);
  });
});
