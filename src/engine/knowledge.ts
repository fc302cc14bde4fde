/**
 * How sure socklint is of a fact. Every fact the verdicts use carries an `Origin`, and its kind
 * says the level:
 *
 * - **known**: the repository says it, or it is a documented default of a known platform or image;
 * - **declared**: the user's `.socklint.yml` says it;
 * - **assumed**: an open-world default (an account nothing creates exists; a user is in no group
 *   the repository does not show). A verdict that rests on one names it and how to change it;
 * - **unknown**: nothing says it. A verdict that needs it is not given: the socket is undecided,
 *   with what is unknown and how to supply it.
 */
import type { Location, Origin } from './types.js';

export type Certainty = 'known' | 'declared' | 'assumed' | 'unknown';

export function certaintyOf(origin: Origin | undefined): Certainty {
  switch (origin?.kind) {
    case 'source':
    case 'default':
      return 'known';
    case 'declared':
      return 'declared';
    case 'assumed':
      return 'assumed';
    default:
      return 'unknown';
  }
}

/** An open-world default a verdict rests on, stated in its message with what would replace it. */
export interface Assumption {
  /** e.g. `www-data is not in group app: nothing in the repository adds it`. */
  statement: string;
  /** e.g. `declare members under groups: in .socklint.yml`. */
  declare: string;
  /** Where the fact it stands for would be, when it has a place (the group's creation). */
  location?: Location;
}

/** `…; assumed: A (declare …); B (…)` appended to a verdict's explanation. */
export function withAssumptions(message: string, assumptions: readonly Assumption[]): string {
  if (assumptions.length === 0) return message;
  return `${message}; assumed: ${assumptions.map((a) => `${a.statement} (${a.declare})`).join('; ')}`;
}
