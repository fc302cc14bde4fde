/**
 * An inline suppression without a reason, naming an unknown rule, or suppressing nothing. The
 * check itself runs in suppressions.ts, after every other rule; this file is its metadata.
 */
import type { Rule } from './rule.js';

export const suppressionInvalid: Rule = {
  id: 'suppression-invalid',
  level: 'warning',
  short:
    'An inline socklint-disable comment is missing a reason, names an unknown rule, or suppresses nothing.',
  full:
    'Suppressions must say which rule and why: "# socklint-disable-next-line socket-world-writable -- shared dev box" in nginx ' +
    'files, "; socklint-disable-next-line ... -- ..." in PHP-FPM files. One without a reason, or one that no longer matches a ' +
    'finding, hides nothing and misleads readers.',
  tags: ['maintainability'],
  check: () => [],
};
