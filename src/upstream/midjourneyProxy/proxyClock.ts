/**
 * The proxy's time zone, learned from its own answers, so the times it writes without an offset can be
 * placed. midjourney-proxy stores `infoUpdated` as `DateTime.Now` (its host's local wall clock,
 * DiscordWebSocketService.cs:1405) and reads it back from its database as an `Unspecified` DateTime, which
 * System.Text.Json writes with no offset (audit §2.3). Its documented Docker setup runs in Asia/Shanghai
 * (`scripts/docker-compose.yml:26`), so read naively in a UTC bot every reading looks 8 hours in the future.
 *
 * Every `Result` envelope carries `timestamp = DateTime.Now.Ticks` (the same local wall clock,
 * `Midjourney.Base/Models/Result.cs:37`) and Kestrel adds the UTC `Date` header to every response: their
 * difference, rounded to the quarter hour every real zone offset is a multiple of, is the proxy's offset.
 * Both come from the proxy's own host, so a bot whose clock is off does not skew it; the bot's clock stands in
 * for the header only when something in between dropped it.
 */
import type { Clock } from '../../clock.js';
import type { RawResponse } from '../http/responseBody.js';

/** .NET ticks (100 ns since 0001-01-01) at the Unix epoch. */
const TICKS_AT_UNIX_EPOCH = 621_355_968_000_000_000n;
const TICKS_PER_MS = 10_000n;
const QUARTER_HOUR_MS = 15 * 60_000;
/** Zone offsets in use run from UTC−12 to UTC+14; anything further is not a clock reading. */
const MAX_OFFSET_MS = 14 * 3_600_000;
/** Envelopes are a few hundred bytes; an account body is far larger and carries no `timestamp`. */
const MAX_ENVELOPE_CHARS = 4_096;
/**
 * How long a learned offset is trusted without a new `Result` confirming it: a daylight-saving change moves
 * it by an hour, so it is learned again at most this long after.
 */
export const OFFSET_TRUST_MS = 60 * 60_000;
/**
 * A reading dated up to this far ahead of the bot's clock is clock skew between the two hosts and counts as
 * just taken; further ahead, its time is not shown at all.
 */
export const FUTURE_SKEW_MS = 2 * 60_000;

/** An ISO 8601 date that states its offset (`Z`, `+08:00`, `-0500`). */
const HAS_OFFSET = /(?:Z|[+-]\d{2}:?\d{2})$/i;
/** An offset-free ISO 8601 date and time, as System.Text.Json writes an `Unspecified` DateTime. */
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,7})?)?$/;

/** The wall time (as epoch ms of that wall clock read as UTC) that a .NET tick count names. */
export function ticksToWallMs(ticks: string): number | undefined {
  if (!/^\d{15,20}$/.test(ticks)) return undefined;
  return Number((BigInt(ticks) - TICKS_AT_UNIX_EPOCH) / TICKS_PER_MS);
}

/** `timestamp` of a small `Result` envelope, if the body is one. */
function envelopeTicks(raw: RawResponse): string | undefined {
  if (raw.bodyTruncated || raw.body.length > MAX_ENVELOPE_CHARS) return undefined;
  try {
    const json: unknown = JSON.parse(raw.body);
    const ticks = json && typeof json === 'object' ? (json as { timestamp?: unknown }).timestamp : undefined;
    return typeof ticks === 'string' || typeof ticks === 'number' ? String(ticks) : undefined;
  } catch {
    return undefined;
  }
}

function dateHeader(raw: RawResponse): number | undefined {
  const header = raw.headers.date;
  const value = Array.isArray(header) ? header[0] : header;
  const at = typeof value === 'string' ? Date.parse(value) : Number.NaN;
  return Number.isFinite(at) ? at : undefined;
}

/**
 * The proxy's UTC offset (ms, east positive) that one response shows, or `undefined` when it is no `Result`
 * with a `timestamp`. `fallbackUtcMs` (the bot's clock) is used only when the `Date` header is missing.
 */
export function offsetShownBy(raw: RawResponse, fallbackUtcMs: number): number | undefined {
  const ticks = envelopeTicks(raw);
  const wall = ticks === undefined ? undefined : ticksToWallMs(ticks);
  if (wall === undefined) return undefined;
  const utc = dateHeader(raw) ?? fallbackUtcMs;
  const offset = Math.round((wall - utc) / QUARTER_HOUR_MS) * QUARTER_HOUR_MS;
  // `+ 0` turns a rounded -0 into 0.
  return Math.abs(offset) <= MAX_OFFSET_MS ? offset + 0 : undefined;
}

/** The proxy's clock as far as the bot has learned it; one per proxy (one client). */
export class ProxyClock {
  #learned: { readonly offsetMs: number; readonly at: number } | undefined;

  constructor(private readonly clock: Clock) {}

  /** Learns the offset from a response, when it is a `Result`; anything else changes nothing. */
  observe(raw: RawResponse): void {
    const now = this.clock.now();
    const offsetMs = offsetShownBy(raw, now);
    if (offsetMs !== undefined) this.#learned = { offsetMs, at: now };
  }

  /** The proxy's UTC offset in ms, or `undefined` when not learned within {@link OFFSET_TRUST_MS}. */
  get offsetMs(): number | undefined {
    const learned = this.#learned;
    return learned && this.clock.now() - learned.at < OFFSET_TRUST_MS ? learned.offsetMs : undefined;
  }

  /** True when `date` is a local time the bot cannot place before it knows the offset. */
  needsOffset(date: string): boolean {
    return !HAS_OFFSET.test(date) && LOCAL_DATE_TIME.test(date) && this.offsetMs === undefined;
  }

  /**
   * The instant (epoch ms) a date of the proxy names: as stated when it carries an offset, else as the
   * proxy's local time. `undefined` when it cannot be placed (offset unknown, unparseable) or lies further
   * in the future than clock skew explains; a reading from just ahead is clamped to now.
   */
  instantOf(date: string): number | undefined {
    const at = this.#parse(date.trim());
    if (at === undefined) return undefined;
    const now = this.clock.now();
    if (at > now + FUTURE_SKEW_MS) return undefined;
    return Math.min(at, now);
  }

  #parse(date: string): number | undefined {
    if (HAS_OFFSET.test(date)) {
      const at = Date.parse(date);
      return Number.isFinite(at) ? at : undefined;
    }
    const offsetMs = this.offsetMs;
    if (offsetMs === undefined || !LOCAL_DATE_TIME.test(date)) return undefined;
    // JavaScript reads at most milliseconds; the proxy may write up to seven fraction digits.
    const wall = Date.parse(
      `${date.replace(/\.(\d+)$/, (_all, digits: string) => `.${digits.padEnd(3, '0').slice(0, 3)}`)}Z`,
    );
    return Number.isFinite(wall) ? wall - offsetMs : undefined;
  }
}
