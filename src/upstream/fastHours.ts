/**
 * Reads the value of Midjourney's "Fast Time Remaining" line, e.g. `12.5/30.0 hours (41.67%)`, into
 * {@link FastHours}. Tolerant: a comma decimal, `h`/`hrs`, a missing total or percentage are accepted;
 * anything else is "unknown" (`undefined`), never an error.
 */
import type { FastHours } from './port.js';

const NUMBER = String.raw`(\d+(?:[.,]\d+)?)`;
const REMAINING = new RegExp(String.raw`^\s*${NUMBER}\s*(?:/\s*${NUMBER}\s*)?(?:hours?|hrs?|h)\b`, 'i');
const PERCENT = new RegExp(String.raw`${NUMBER}\s*%`);

const toNumber = (text: string) => Number.parseFloat(text.replace(',', '.'));

/** The hours in a "Fast Time Remaining" value, or `undefined` when it has none readable. */
export function parseFastHours(value: string): Omit<FastHours, 'readAt'> | undefined {
  const hours = REMAINING.exec(value);
  if (!hours?.[1]) return undefined;
  const remainingHours = toNumber(hours[1]);
  const totalHours = hours[2] === undefined ? undefined : toNumber(hours[2]);
  const stated = PERCENT.exec(value.slice(hours[0].length))?.[1];
  const percent =
    stated !== undefined
      ? toNumber(stated)
      : totalHours !== undefined && totalHours > 0
        ? (remainingHours / totalHours) * 100
        : undefined;
  return { remainingHours, totalHours, percent };
}
