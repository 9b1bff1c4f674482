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
  /^(\d{4})-(\d{2})-(\d{2})(?:(?:T|\s+(?:at\s+)?)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(?!\d)/iu;
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
// Not followed by a digit: "January 2028" names a month, and its year is no day ("20").
const DAY = '(\\d{1,2})(?!\\d)(?:st|nd|rd|th)?';
const CLOCK = '(?:,?\\s+(?:at\\s+)?(\\d{1,2})(?::(\\d{2}))?(?!\\d)\\s*(am|pm)?)?';
// "December 5, 2026 at 2:00 PM UTC", "Dec 5", "5 December 2026 14:00".
const MONTH_FIRST = new RegExp(`^${MONTH}\\s+${DAY}(?:,?\\s+(\\d{4}))?${CLOCK}`, 'iu');
const DAY_FIRST = new RegExp(`^${DAY}\\s+(?:of\\s+)?${MONTH}(?:,?\\s+(\\d{4}))?${CLOCK}`, 'iu');
// What may follow a date: an offset ("+02:00"), or a zone word with an optional offset ("UTC+8", "PST").
const ZONE =
  /^\s{0,3}\(?\s{0,3}(?:([+-]\d{2}:?\d{2})|([A-Za-z]{1,5})([+-]\d{1,2}(?::?\d{2})?)?)(?![A-Za-z\d])/u;

/**
 * Zone abbreviations read as one offset from UTC, in minutes. Any other upper-case word after a time makes
 * the end unknown rather than a guess: IST (India, Israel, Ireland), CST (US Central, China, Cuba), BST
 * (British Summer, Bangladesh) and AST (Atlantic, Arabia) name several zones hours apart, and reading one
 * as UTC could remind the admins before the block ends.
 */
const ZONE_OFFSETS: Readonly<Record<string, number>> = {
  Z: 0,
  UTC: 0,
  GMT: 0,
  HST: -600,
  AKST: -540,
  AKDT: -480,
  PST: -480,
  PDT: -420,
  MST: -420,
  MDT: -360,
  CDT: -300,
  EST: -300,
  EDT: -240,
  WET: 0,
  WEST: 60,
  CET: 60,
  CEST: 120,
  EET: 120,
  EEST: 180,
  JST: 540,
  KST: 540,
  AEST: 600,
  AEDT: 660,
  NZST: 720,
  NZDT: 780,
};

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

/**
 * The time written at the start of `text` (after "until"), if it is one this module reads exactly: a month
 * without a day ("January 2028"), an impossible time ("14:99", "25:00", "Feb 30") or a zone it cannot
 * place give `undefined`, so no reminder can come before the block ends.
 */
function dateAt(text: string, since: number): number | undefined {
  const discord = DISCORD_TIMESTAMP.exec(text);
  if (discord) return Number(discord[1]) * 1_000;
  const iso = ISO_DATE.exec(text);
  if (iso) {
    const [read, year, month, day, hour, minute, second] = iso;
    const zone = zoneOffsetAt(text.slice(read.length));
    return utc(Number(year), Number(month) - 1, Number(day), clock(hour, minute, second), zone);
  }
  const monthFirst = MONTH_FIRST.exec(text);
  const named = monthFirst ?? DAY_FIRST.exec(text);
  if (!named) return undefined;
  const [read, a, b, year, hour, minute, meridiem] = named;
  const zone = zoneOffsetAt(text.slice(read.length));
  const monthName = (monthFirst ? a : b) ?? '';
  const day = Number(monthFirst ? b : a);
  const month = MONTHS.indexOf(monthName.slice(0, 3).toLowerCase() as (typeof MONTHS)[number]);
  const minutes = clock(hour, minute, undefined, meridiem);
  if (year !== undefined) return utc(Number(year), month, day, minutes, zone);
  // No year: the next such date after the halt.
  const sinceYear = new Date(since).getUTCFullYear();
  const thisYear = utc(sinceYear, month, day, minutes, zone);
  return thisYear !== undefined && thisYear > since
    ? thisYear
    : utc(sinceYear + 1, month, day, minutes, zone);
}

/**
 * Minutes since midnight (seconds kept as a fraction), from a 24-hour time or a 12-hour one with its
 * `meridiem`; 0 when no time was written, `undefined` for a time no clock shows ("25:00", "14:99", "13 PM").
 */
function clock(
  hour: string | undefined,
  minute: string | undefined,
  second: string | undefined,
  meridiem?: string,
): number | undefined {
  if (hour === undefined) return 0;
  let hours = Number(hour);
  const [minutes, seconds] = [Number(minute ?? 0), Number(second ?? 0)];
  if (meridiem !== undefined) {
    if (hours < 1 || hours > 12) return undefined;
    hours = (hours % 12) + (meridiem.toLowerCase() === 'pm' ? 12 : 0);
  }
  if (hours > 23 || minutes > 59 || seconds > 59) return undefined;
  return hours * 60 + minutes + seconds / 60;
}

/**
 * The offset from UTC, in minutes, of the zone written at the start of `rest` (right after a date or time):
 * 0 when none is written (times without a zone are UTC), `undefined` for an upper-case word that is no zone
 * of {@link ZONE_OFFSETS}, or one of them with an offset added.
 */
function zoneOffsetAt(rest: string): number | undefined {
  const zone = ZONE.exec(rest);
  if (!zone) return 0;
  const [, offset, word, added] = zone;
  if (offset !== undefined) return offsetMinutes(offset);
  const name = (word ?? '').toUpperCase();
  const universal = name === 'UTC' || name === 'GMT';
  // A lower-case word ("and", "at") is the sentence going on; zones are written in capitals.
  if (word !== name && !universal) return 0;
  if (added !== undefined) return universal ? offsetMinutes(added) : undefined;
  return ZONE_OFFSETS[name];
}

/** Minutes of `+02:00`, `-0500`, `+8`. */
function offsetMinutes(offset: string): number {
  const [, sign, hours, minutes] = /^([+-])(\d{1,2}):?(\d{2})?$/u.exec(offset) ?? [];
  const total = Number(hours ?? 0) * 60 + Number(minutes ?? 0);
  return sign === '-' ? -total : total;
}

/**
 * The UTC time of that day plus `minutes`, shifted by the zone's `offset`; `undefined` for a date or time
 * that does not exist, or a zone that could not be placed.
 */
function utc(
  year: number,
  month: number,
  day: number,
  minutes: number | undefined,
  offset: number | undefined,
): number | undefined {
  if (minutes === undefined || offset === undefined) return undefined;
  if (month < 0 || month > 11 || day < 1 || day > 31) return undefined;
  const midnight = Date.UTC(year, month, day);
  if (new Date(midnight).getUTCDate() !== day) return undefined;
  return midnight + (minutes - offset) * 60_000;
}
