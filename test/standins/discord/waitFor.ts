import { setTimeout as delay } from 'node:timers/promises';

/** Thrown from a `waitFor` check to stop waiting at once instead of retrying until the timeout. */
export class WaitAbortedError extends Error {
  override readonly name = 'WaitAbortedError';
}

/** Thrown when a `waitFor` check did not pass in time; carries the last error the check threw, if any. */
export class WaitTimeoutError extends Error {
  override readonly name = 'WaitTimeoutError';
}

/** Options of {@link waitFor}. */
export interface WaitForOptions {
  /** Give up after this long (default 5 s). */
  timeoutMs?: number;
  /** Re-run the check at least this often (default 20 ms). */
  intervalMs?: number;
  /** What is being waited for, used in the timeout message. */
  description?: string;
  /** Re-run the check as soon as this notifies a change; returns an unsubscribe function. */
  subscribe?: (onChange: () => void) => () => void;
}

/** `T` without its falsy members. */
export type Truthy<T> = Exclude<T, false | null | undefined | 0 | ''>;

/**
 * Resolves with the first truthy value `check` returns. A check that throws is retried (so it may use
 * `expect`); the last thrown error is reported on timeout. Throw {@link WaitAbortedError} to fail at once.
 */
export async function waitFor<T>(
  check: () => T | Promise<T>,
  options: WaitForOptions | number = {},
): Promise<Truthy<Awaited<T>>> {
  const {
    timeoutMs = 5_000,
    intervalMs = 20,
    description,
    subscribe,
  } = typeof options === 'number' ? { timeoutMs: options } : options;
  const deadline = performance.now() + timeoutMs;
  let lastError: unknown;
  let wake: (() => void) | undefined;
  const unsubscribe = subscribe?.(() => wake?.());
  try {
    for (;;) {
      try {
        const value = await check();
        if (value) return value as Truthy<Awaited<T>>;
      } catch (error) {
        if (error instanceof WaitAbortedError) throw error;
        lastError = error;
      }
      const remaining = deadline - performance.now();
      if (remaining <= 0) {
        const what = description ?? 'condition';
        const cause = lastError instanceof Error ? `: ${lastError.message}` : '';
        throw new WaitTimeoutError(`Timed out after ${timeoutMs} ms waiting for ${what}${cause}`, {
          cause: lastError,
        });
      }
      const controller = new AbortController();
      const woken = new Promise<void>((resolve) => {
        wake = resolve;
      });
      await Promise.race([
        delay(Math.min(intervalMs, remaining), undefined, { signal: controller.signal }).catch(() => {}),
        woken,
      ]);
      controller.abort();
      wake = undefined;
    }
  } finally {
    unsubscribe?.();
  }
}
