/**
 * useapi.net's classified outcomes in the upstream-neutral vocabulary: a 596 is a moderation flag
 * (useapi.net cannot tell a CAPTCHA from a moderation message, so the cause is `moderation`), every other
 * kind means the same on both sides.
 */
import type { UpstreamOutcome } from '../upstream/outcomes.js';
import type { UseapiOutcome } from './outcomes.js';

/** `outcome` as a neutral outcome, its success value turned by `value`. */
export function toNeutral<T, U>(outcome: UseapiOutcome<T>, value: (found: T) => U): UpstreamOutcome<U> {
  switch (outcome.kind) {
    case 'success':
      return { ...outcome, value: value(outcome.value) };
    case 'moderation':
      return { ...outcome, cause: 'moderation' };
    default:
      return outcome;
  }
}
