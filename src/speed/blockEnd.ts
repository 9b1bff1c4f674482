/**
 * When a Midjourney block ends, read from the moderation text (useapi.net's 596 body, or midjourney-proxy's
 * disabled reason): "blocked for 3 days", "unblocked in 24 hours", "until <t:1767225600:F>", "until
 * 2026-12-05 14:00 UTC", "until December 5, 2026". Pure, so every phrasing is tested without a bot. Text
 * that names no end (or one already past) gives `undefined`, and the halt stays as it always was.
 */

const UNIT_MS = {
  minute: 60_000,
  hour: 3_600_000,
  day: 86_400_000,
  week: 604_800_000,
} as const;

const UNITS: Record<string, keyof typeof UNIT_MS> = {
  m: 'minute',
  min: 'minute',
  mins: 'minute',
  minute: 'minute',
  minutes: 'minute',
  h: 'hour',
  hr: 'hour',
  hrs: 'hour',
  hour: 'hour',
  hours: 'hour',
  d: 'day',
  day: 'day',
  days: 'day',
  w: 'week',
  wk: 'week',
  wks: 'week',
  week: 'week',
  weeks: 'week',
};

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
  fourteen: 14,
  thirty: 30,
};

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

/** A block longer than this is not a block that ends (or a misreading): no reminder. */
const LONGEST_BLOCK_MS = 366 * UNIT_MS.day;

const AMOUNT = `(\\d{1,4}|${Object.keys(NUMBER_WORDS).join('|')})`;
const UNIT = `(${Object.keys(UNITS).join('|')})`;
// "for 3 days", "for 24 hours", "for a week"; "unblocked in 24 hours", "expires in 3 days".
const DURATION = new RegExp(
  `\\b(?:for|(?:expires?|ends?|lifted|unblocked|over|back)\\s+in)\\s+(?:the\\s+next\\s+)?${AMOUNT}[\\s-]*${UNIT}\\b`,
  'giu',
);
const UNTIL = /\buntil\s+(.{1,80})/giu;
const DISCORD_TIMESTAMP = /^<t:(-?\d{1,13})(?::[tTdDfFR])?>/u;
const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:(?:T|\s+(?:at\s+)?)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?/iu;
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const CLOCK =
  '(?:,?\\s+(?:at\\s+)?(\\d{1,2})(?::(\\d{2}))?\\s*(am|pm)?)?\\s*(?:\\(?(UTC|GMT|Z|[+-]\\d{2}:?\\d{2})\\)?)?';
// "December 5, 2026 at 2:00 PM UTC", "Dec 5", "5 December 2026 14:00".
const MONTH_FIRST = new RegExp(`^${MONTH}\\s+${DAY}(?:,?\\s+(\\d{4}))?${CLOCK}`, 'iu');
const DAY_FIRST = new RegExp(`^${DAY}\\s+(?:of\\s+)?${MONTH}(?:,?\\s+(\\d{4}))?${CLOCK}`, 'iu');

interface Found {
  index: number;
  endsAt: number;
}

/**
 * The time the block described by `text` ends, in epoch milliseconds, or `undefined` when the text does
 * not say (or says a time that is not after `since`). `since` is when the halt was met: durations count
 * from it, and a date without a year is its next occurrence after it. Times without a zone are UTC.
 */
export function parseBlockEnd(text: string, since: number): number | undefined {
  const found: Found[] = [];
  for (const match of text.matchAll(DURATION)) {
    const amount = amountOf(match[1] ?? '');
    const unit = UNITS[(match[2] ?? '').toLowerCase()];
    if (amount !== undefined && unit)
      found.push({ index: match.index, endsAt: since + amount * UNIT_MS[unit] });
  }
  for (const match of text.matchAll(UNTIL)) {
    const endsAt = dateAt(match[1] ?? '', since);
    if (endsAt !== undefined) found.push({ index: match.index, endsAt });
  }
  // The first end the text names is the block's; a later one is more likely about something else.
  const first = found.sort((a, b) => a.index - b.index)[0];
  if (!first || first.endsAt <= since || first.endsAt - since > LONGEST_BLOCK_MS) return undefined;
  return first.endsAt;
}

function amountOf(word: string): number | undefined {
  const amount = /^\d+$/u.test(word) ? Number(word) : NUMBER_WORDS[word.toLowerCase()];
  return amount !== undefined && amount > 0 ? amount : undefined;
}

/** The time written at the start of `text` (after "until"), if it is one this module reads. */
function dateAt(text: string, since: number): number | undefined {
  const discord = DISCORD_TIMESTAMP.exec(text);
  if (discord) return Number(discord[1]) * 1_000;
  const iso = ISO_DATE.exec(text);
  if (iso) {
    const [, year, month, day, hour, minute, second, zone] = iso;
    return utc(Number(year), Number(month) - 1, Number(day), clock(hour, minute, second), zone);
  }
  const monthFirst = MONTH_FIRST.exec(text);
  const named = monthFirst ?? DAY_FIRST.exec(text);
  if (!named) return undefined;
  const [, a, b, year, hour, minute, meridiem, zone] = named;
  const monthName = (monthFirst ? a : b) ?? '';
  const day = Number(monthFirst ? b : a);
  const month = MONTHS.indexOf(monthName.slice(0, 3).toLowerCase() as (typeof MONTHS)[number]);
  const minutes = clock(twelveHour(hour, meridiem), minute, undefined);
  if (year !== undefined) return utc(Number(year), month, day, minutes, zone);
  // No year: the next such date after the halt.
  const sinceYear = new Date(since).getUTCFullYear();
  const thisYear = utc(sinceYear, month, day, minutes, zone);
  return thisYear !== undefined && thisYear > since
    ? thisYear
    : utc(sinceYear + 1, month, day, minutes, zone);
}

function twelveHour(hour: string | undefined, meridiem: string | undefined): string | undefined {
  if (hour === undefined || meridiem === undefined) return hour;
  const value = Number(hour) % 12;
  return String(meridiem.toLowerCase() === 'pm' ? value + 12 : value);
}

/** Minutes since midnight (seconds kept as a fraction); 0 when no time was written. */
function clock(hour: string | undefined, minute: string | undefined, second: string | undefined): number {
  if (hour === undefined) return 0;
  return Number(hour) * 60 + Number(minute ?? 0) + Number(second ?? 0) / 60;
}

/** The UTC time of that day plus `minutes`, shifted by `zone`; `undefined` for a date that does not exist. */
function utc(
  year: number,
  month: number,
  day: number,
  minutes: number,
  zone: string | undefined,
): number | undefined {
  if (month < 0 || month > 11 || day < 1 || day > 31 || minutes >= 24 * 60) return undefined;
  const midnight = Date.UTC(year, month, day);
  if (new Date(midnight).getUTCDate() !== day) return undefined;
  return midnight + minutes * 60_000 - offsetMinutes(zone) * 60_000;
}

function offsetMinutes(zone: string | undefined): number {
  const offset = zone ? /^([+-])(\d{2}):?(\d{2})$/u.exec(zone) : null;
  if (!offset) return 0;
  const minutes = Number(offset[2]) * 60 + Number(offset[3]);
  return offset[1] === '-' ? -minutes : minutes;
}
