/**
 * Reads Midjourney's "Fast Time Remaining", e.g. `12.5/30.0 hours (41.67%)`, into {@link FastHours}: from
 * the value alone (midjourney-proxy keeps it as an account property) or from the whole /info card
 * (useapi.net relays it as Discord markdown, one `**Label**: value` line per fact). Tolerant: a comma
 * decimal, `h`/`hrs`, a missing total or percentage, unknown lines and optional bold are accepted;
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

/** `**Label**: value` lines of an /info card, labels lower-cased and without markdown. */
export function parseInfoLines(content: string): Map<string, string> {
  const lines = new Map<string, string>();
  for (const raw of content.split(/\r?\n/)) {
    const match = /^\s*(?:[*_]{1,2})?([^:*_]+?)(?:[*_]{1,2})?\s*:\s*(.*?)\s*$/.exec(raw);
    if (!match?.[1] || match[2] === undefined) continue;
    const label = match[1].trim().toLowerCase();
    if (!lines.has(label)) lines.set(label, match[2]);
  }
  return lines;
}

/** The hours of an /info card's Fast Time Remaining line, or `undefined` when it has no readable one. */
export function parseInfoCardFastHours(content: string): Omit<FastHours, 'readAt'> | undefined {
  const value = parseInfoLines(content).get('fast time remaining');
  // `**Label:** value` leaves the closing bold marker in front of the value.
  return value === undefined ? undefined : parseFastHours(value.replace(/^[\s*_]+/, ''));
}
