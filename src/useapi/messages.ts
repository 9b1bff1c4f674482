/**
 * useapi.net's failures in words, for the Discord replies that still take useapi.net's own outcomes. The
 * sentences live in `src/upstream/messages.ts`; this bridge goes once the replies take neutral outcomes.
 */
import { describeFailure as describeNeutral, unconfirmedMessage } from '../upstream/messages.js';
import type { FailureOutcome } from './outcomes.js';
import { toNeutral } from './toNeutral.js';
import { USEAPI_WORDS } from './words.js';

/** Shown when a jobs call succeeded but useapi.net sent no Midjourney text to relay. */
export const MISSING_CONTENT_MESSAGE = unconfirmedMessage(USEAPI_WORDS);

/** A user-facing sentence (or two) for a failed useapi.net call. */
export function describeFailure(outcome: FailureOutcome): string {
  const neutral = toNeutral(outcome, () => undefined);
  if (neutral.kind === 'success') throw new TypeError('Not a failure.');
  return describeNeutral(neutral, USEAPI_WORDS);
}
