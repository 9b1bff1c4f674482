/**
 * Time as the bot sees it: the current time and one-shot timers. Everything time-dependent (timed speed,
 * the fast-hours cache, cooldowns, timestamps in the store) takes a `Clock`, so the wiring decides which
 * one runs: {@link systemClock} in production, a manual clock in tests, without patching globals.
 */
export interface Clock {
  /** Milliseconds since the Unix epoch, like `Date.now()`. */
  now(): number;
  /** Calls `callback` once after `ms` milliseconds; the returned function cancels it. */
  setTimer(callback: () => void, ms: number): () => void;
}

/** The real clock: `Date.now()` and Node timers, unref'd so a pending timer never keeps a process alive. */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimer(callback, ms) {
    const timer = setTimeout(callback, ms);
    timer.unref();
    return () => clearTimeout(timer);
  },
};
