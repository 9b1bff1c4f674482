import type { UpstreamFailure } from './results.js';
import type { PendingSwitchBack } from './timedSpeed.js';

/**
 * Waits before trying a failed switch back again: after the first failure, the second, …; the last one
 * repeats until it works. Short at first (a 500 or a reconnecting proxy passes quickly), then every 10 min:
 * often enough that the time limit is overrun by minutes, rarely enough not to look like automation.
 */
const SWITCH_BACK_RETRY_MS = [1, 2, 5, 10].map((minutes) => minutes * 60_000);
/** A longer Retry-After than this is not waited for in full: the limit matters more than one answer. */
const MAX_RETRY_WAIT_MS = 30 * 60_000;

/** When to try a switch back again after its `attempt`-th failure (from 1). */
function retryDelayMs(attempt: number, retryAfterMs: number | undefined): number {
  const step = SWITCH_BACK_RETRY_MS[Math.min(attempt, SWITCH_BACK_RETRY_MS.length) - 1] ?? 0;
  return Math.min(Math.max(step, retryAfterMs ?? 0), MAX_RETRY_WAIT_MS);
}

/**
 * `record` after one more failed attempt at `now` (epoch ms): the attempts counted and the next one
 * planned with backoff ({@link SWITCH_BACK_RETRY_MS}, longer if the upstream's Retry-After says so).
 */
export function afterFailure(
  record: PendingSwitchBack,
  now: number,
  failure?: UpstreamFailure,
): PendingSwitchBack {
  const failedAttempts = (record.failedAttempts ?? 0) + 1;
  const retryAfterMs = failure && 'retryAfterMs' in failure ? failure.retryAfterMs : undefined;
  const retryAt = new Date(now + retryDelayMs(failedAttempts, retryAfterMs)).toISOString();
  return { ...record, failedAttempts, retryAt };
}

/** Why a switch back that went through ran late, besides the bot being down: the latest cause. */
export function delayOf(record: PendingSwitchBack): 'failures' | 'halt' | undefined {
  // A halt starts the attempts afresh, so failures counted now came after any halt.
  if (record.failedAttempts) return 'failures';
  return record.heldBy === undefined ? undefined : 'halt';
}
