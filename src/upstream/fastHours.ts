/**
 * Reads Midjourney's "Fast Time Remaining", e.g. `12.5/30.0 hours (41.67%)`, into {@link FastHours}: from
 * the value alone (midjourney-proxy keeps it as an account property) or from the whole /info card
 * (useapi.net relays it as Discord markdown, one `**Label**: value` line per fact). Tolerant: a comma
 * decimal, `h`/`hrs`, a missing total or percentage, unknown lines and optional bold are accepted;
 * anything else is "unknown" (`undefined`), never an error.
 *
 * The text comes from the upstream, so its size and shape are not ours to choose (a 64 KiB card, a 1 MiB
 * account body). Linear by construction: lines are split at their first colon by hand rather than by a
 * regex whose blanks and label compete (that one took hours on a line of blanks), a value is cut to
 * {@link VALUE_CHARS} before any regex sees it, and every quantifier there is bounded.
 */
import type { FastHours } from './port.js';

/** A real value is about 30 characters; what a longer one adds is not a number of hours. */
const VALUE_CHARS = 200;

const NUMBER = String.raw`(\d{1,6}(?:[.,]\d{1,4})?)`;
const REMAINING = new RegExp(
  String.raw`^${NUMBER}[ \t]{0,8}(?:/[ \t]{0,8}${NUMBER}[ \t]{0,8})?(?:hours?|hrs?|h)\b`,
  'i',
);
// Not preceded by a digit, so the end of a longer number is never read as the percentage.
const PERCENT = new RegExp(String.raw`(?<![\d.,])${NUMBER}[ \t]{0,8}%`);

const toNumber = (text: string) => Number.parseFloat(text.replace(',', '.'));

/** The hours in a "Fast Time Remaining" value, or `undefined` when it has none readable. */
export function parseFastHours(value: string): Omit<FastHours, 'readAt'> | undefined {
  const text = value.trim().slice(0, VALUE_CHARS);
  const hours = REMAINING.exec(text);
  if (!hours?.[1]) return undefined;
  const remainingHours = toNumber(hours[1]);
  const totalHours = hours[2] === undefined ? undefined : toNumber(hours[2]);
  const stated = PERCENT.exec(text.slice(hours[0].length))?.[1];
  const percent =
    stated !== undefined
      ? toNumber(stated)
      : totalHours !== undefined && totalHours > 0
        ? (remainingHours / totalHours) * 100
        : undefined;
  return { remainingHours, totalHours, percent };
}

const isMarkup = (char: string | undefined) => char === '*' || char === '_' || char?.trim() === '';

/** `text` without the blanks and bold/italic markers around it (one pass from each end). */
function stripMarkup(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isMarkup(text[start])) start += 1;
  while (end > start && isMarkup(text[end - 1])) end -= 1;
  return text.slice(start, end);
}

/** `**Label**: value` lines of an /info card, labels lower-cased and without markdown. */
export function parseInfoLines(content: string): Map<string, string> {
  const lines = new Map<string, string>();
  for (const line of content.split('\n')) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const label = stripMarkup(line.slice(0, colon)).toLowerCase();
    // `**Label:** value` leaves the closing bold marker in front of the value.
    const value = stripMarkup(line.slice(colon + 1));
    if (label && !lines.has(label)) lines.set(label, value);
  }
  return lines;
}

/** The hours of an /info card's Fast Time Remaining line, or `undefined` when it has no readable one. */
export function parseInfoCardFastHours(content: string): Omit<FastHours, 'readAt'> | undefined {
  const value = parseInfoLines(content).get('fast time remaining');
  return value === undefined ? undefined : parseFastHours(value);
}
