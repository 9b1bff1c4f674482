/**
 * The rules for the team settings that are whole numbers (TURBO_/FAST_MAX_MINUTES, COOLDOWN_SECONDS), in
 * one place: the environment variables (`configFields.ts`, English for the operator) and the fields admins
 * fill in from Discord (`/speed settings`, in the catalog) read a value the same way and refuse the same
 * values, each in its own words.
 */
import { TIMED_MINUTES } from '../speed/timedSpeed.js';

/** The bounds of a whole-number setting. */
export interface WholeNumberRule {
  readonly min: number;
  readonly max: number;
}

/** Longest time in Turbo or Fast: the same bounds as a timed change's `minutes`. */
export const MAX_MINUTES_RULE: WholeNumberRule = TIMED_MINUTES;

/** Seconds between a member's speed changes: 0 (off) up to a day. */
export const COOLDOWN_SECONDS_RULE: WholeNumberRule = { min: 0, max: 86_400 };

/** Why a value was refused. */
export type NumberProblem = 'notNumber' | 'notWhole' | 'tooSmall' | 'tooLarge';

/**
 * `text` (already trimmed, not empty) as a number within `rule`, or why not. Read as JavaScript reads a
 * number (`Number`), which is what the environment variables always accepted.
 */
export function readWholeNumber(
  text: string,
  rule: WholeNumberRule,
): { value: number } | { problem: NumberProblem } {
  const value = Number(text);
  if (Number.isNaN(value)) return { problem: 'notNumber' };
  if (!Number.isSafeInteger(value)) return { problem: 'notWhole' };
  if (value < rule.min) return { problem: 'tooSmall' };
  if (value > rule.max) return { problem: 'tooLarge' };
  return { value };
}
