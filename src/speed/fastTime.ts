/**
 * Fast hours, read from Midjourney's /info card that useapi.net relays in `POST /jobs/info` `content`:
 * Discord markdown, one `**Label**: value` line per fact, e.g.
 * `**Fast Time Remaining**: 12.5/30.0 hours (41.67%)`. Parsing is tolerant: unknown lines are ignored,
 * bold markers and spacing are optional, and a missing or unreadable line is "unknown", never an error.
 */
import type { Clock } from '../clock.js';

/** The account's fast time, as Midjourney reported it at `at`. */
export interface FastTime {
  readonly remainingHours: number;
  readonly totalHours: number;
  /** 0–100; computed from the hours when Midjourney's own percentage is missing. */
  readonly percent: number;
  /** ISO 8601 time of the /info call. */
  readonly at: string;
}

/** Below this share of fast time left, `/speed fast|turbo` warn. */
export const LOW_FAST_TIME_PERCENT = 10;

/** How long one /info answer is reused: /info on a timer looks like automation to Midjourney. */
export const FAST_TIME_CACHE_MS = 5 * 60_000;

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

const NUMBER = String.raw`(\d+(?:[.,]\d+)?)`;
const HOURS = new RegExp(String.raw`${NUMBER}\s*/\s*${NUMBER}\s*(?:hours?|hrs?|h)\b`, 'i');
const PERCENT = new RegExp(String.raw`${NUMBER}\s*%`);

const toNumber = (text: string) => Number.parseFloat(text.replace(',', '.'));

/**
 * The Fast Time Remaining line of an /info card, or `undefined` when the card has no readable one.
 * `at` is when the card was fetched.
 */
export function parseFastTime(content: string, at: string): FastTime | undefined {
  const value = parseInfoLines(content).get('fast time remaining');
  if (value === undefined) return undefined;
  const hours = HOURS.exec(value);
  if (!hours?.[1] || !hours[2]) return undefined;
  const remainingHours = toNumber(hours[1]);
  const totalHours = toNumber(hours[2]);
  if (!Number.isFinite(remainingHours) || !Number.isFinite(totalHours)) return undefined;
  const stated = PERCENT.exec(value.slice((hours.index ?? 0) + hours[0].length))?.[1];
  const percent =
    stated !== undefined ? toNumber(stated) : totalHours > 0 ? (remainingHours / totalHours) * 100 : 0;
  return { remainingHours, totalHours, percent, at };
}

/** What the bot knows about an account's fast time. */
export type FastTimeReading =
  | { readonly kind: 'known'; readonly fastTime: FastTime }
  /** /info answered but showed no readable Fast Time Remaining line. */
  | { readonly kind: 'missing'; readonly at: string };

/**
 * /info readings per useapi.net channel, reused for {@link FAST_TIME_CACHE_MS}; nothing is ever fetched
 * here. Expired readings are dropped whenever one is stored, so the cache holds at most the accounts
 * asked about within the cache time.
 */
export class FastTimeCache {
  private readonly entries = new Map<string, { reading: FastTimeReading; fetchedAt: number }>();

  constructor(
    private readonly clock: Clock,
    private readonly ttlMs = FAST_TIME_CACHE_MS,
  ) {}

  /** The reading for `account` if it is younger than the cache time. */
  fresh(account: string): FastTimeReading | undefined {
    const entry = this.entries.get(account);
    if (!entry) return undefined;
    if (this.clock.now() - entry.fetchedAt < this.ttlMs) return entry.reading;
    this.entries.delete(account);
    return undefined;
  }

  /** Keeps `reading` for `account`, and drops every expired one: accounts nobody asks about again. */
  store(account: string, reading: FastTimeReading): void {
    const now = this.clock.now();
    for (const [other, entry] of this.entries)
      if (now - entry.fetchedAt >= this.ttlMs) this.entries.delete(other);
    this.entries.set(account, { reading, fetchedAt: now });
  }

  /** How many readings are kept. */
  get size(): number {
    return this.entries.size;
  }

  /** Forgets `account` (a halt makes what /info said moot). */
  forget(account: string): void {
    this.entries.delete(account);
  }
}

/** The cached fast time of `account` if it is under {@link LOW_FAST_TIME_PERCENT}. */
export function lowFastTime(reading: FastTimeReading | undefined): FastTime | undefined {
  return reading?.kind === 'known' && reading.fastTime.percent < LOW_FAST_TIME_PERCENT
    ? reading.fastTime
    : undefined;
}
