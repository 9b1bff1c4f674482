/**
 * Fast hours as the speed rules keep them: what the upstream read from Midjourney's /info card (see
 * `src/upstream/fastHours.ts`, the one parser), cached per account so /info is not asked on a timer.
 */
import type { Clock } from '../clock.js';
import type { FastHours } from '../upstream/port.js';

/** The account's fast time, as Midjourney reported it at `at`. */
export interface FastTime extends Omit<FastHours, 'readAt' | 'undated'> {
  /**
   * ISO 8601 time of the reading: when the upstream read the card, else when the bot asked; absent when the
   * upstream kept it from a time the bot cannot place (then no time is shown rather than a wrong one).
   */
  readonly at?: string;
}

/** Below this share of fast time left, `/speed fast|turbo` warn. */
export const LOW_FAST_TIME_PERCENT = 10;

/** How long one /info answer is reused: /info on a timer looks like automation to Midjourney. */
export const FAST_TIME_CACHE_MS = 5 * 60_000;

/** What the bot knows about an account's fast time. */
export type FastTimeReading =
  | { readonly kind: 'known'; readonly fastTime: FastTime }
  /** /info answered but showed no readable Fast Time Remaining line. */
  | { readonly kind: 'missing'; readonly at: string };

/**
 * /info readings per account, reused for {@link FAST_TIME_CACHE_MS}; nothing is ever fetched
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
  const percent = reading?.kind === 'known' ? reading.fastTime.percent : undefined;
  return percent !== undefined && percent < LOW_FAST_TIME_PERCENT && reading?.kind === 'known'
    ? reading.fastTime
    : undefined;
}

/**
 * What the upstream read of the fast hours, as the bot keeps it: dated when the upstream read it, else
 * `askedAt` (ISO 8601, when the bot asked), and undated when the upstream's time cannot be placed.
 */
export function knownReading(
  { readAt, undated, ...hours }: FastHours,
  askedAt: string,
): Extract<FastTimeReading, { kind: 'known' }> {
  return { kind: 'known', fastTime: { ...hours, at: undated ? undefined : (readAt ?? askedAt) } };
}
