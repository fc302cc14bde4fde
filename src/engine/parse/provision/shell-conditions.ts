/**
 * What a shell condition says, when socklint can know it: `test`, `[ … ]` and `[[ … ]]` on
 * strings whose values are known (`-z`, `-n`, `=`, `!=`, patterns, `!`). Anything about the
 * machine's state (`-f`, `-d`, a command's success) is undecided: `undefined`.
 */
import type { ShellNode } from './shell-syntax.js';
import { type Word, type WordContext, expandString } from './shell-words.js';

/** true, false, or undefined when it cannot be known. */
export type Status = boolean | undefined;

/** A `[ … ]` or `[[ … ]]` expression node. */
export function testExpression(expr: ShellNode, ctx: WordContext): Status {
  if (expr.type === 'binary_expression') {
    const op = expr.children.find((c) => !c.isNamed)?.type ?? expr.childForFieldName('operator')?.text;
    const left = expr.childForFieldName('left');
    const right = expr.childForFieldName('right');
    if (!left || !right || !op) return undefined;
    return compareStrings(expandString(left, ctx), op, expandString(right, ctx));
  }
  if (expr.type === 'unary_expression') {
    const operator = expr.children.find((c) => c.type === 'test_operator' || !c.isNamed)?.text;
    const operand = expr.namedChildren.find((c) => c.type !== 'test_operator');
    if (operator === '!' && operand) return not(testExpression(operand, ctx));
    if (!operand || (operator !== '-z' && operator !== '-n')) return undefined;
    const word = expandString(operand, ctx);
    if (!word.literal) return undefined;
    return operator === '-z' ? word.value === '' : word.value !== '';
  }
  if (expr.type === 'parenthesized_expression' && expr.namedChildren[0])
    return testExpression(expr.namedChildren[0], ctx);
  return undefined;
}

/** The `test` command's arguments (without `[`'s closing `]`). */
export function testWords(args: Word[]): Status {
  if (args[0]?.value === '!' && args.length > 1) return not(testWords(args.slice(1)));
  if (args.length === 1) return args[0].literal ? args[0].value !== '' : undefined;
  if (args.length === 2 && (args[0].value === '-z' || args[0].value === '-n')) {
    if (!args[1].literal) return undefined;
    return args[0].value === '-z' ? args[1].value === '' : args[1].value !== '';
  }
  if (args.length === 3 && ['=', '==', '!='].includes(args[1].value))
    return compareStrings(args[0], args[1].value, args[2]);
  return undefined;
}

function compareStrings(left: Word, op: string, right: Word): Status {
  if (!left.literal || !right.literal) return undefined;
  if (op !== '=' && op !== '==' && op !== '!=') return undefined;
  const equal = right.glob ? globMatch(right.value, left.value) : left.value === right.value;
  return op === '!=' ? !equal : equal;
}

function not(status: Status): Status {
  return status === undefined ? undefined : !status;
}

/** A shell pattern (`*.sh`, one alternative of a `case` item) against a string. */
export function globMatch(pattern: string, value: string): boolean {
  const re = pattern
    .split('')
    .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${re}$`, 's').test(value);
}
