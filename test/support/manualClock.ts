import type { Clock } from '../../src/clock.js';

interface Timer {
  at: number;
  seq: number;
  callback: () => void;
}

/**
 * A {@link Clock} that moves only when told to: `advance(ms)` runs, in order, every timer that comes due.
 * The bot is wired with it through `startBot`'s `clock` option, exactly as it is with the system clock, so
 * a test can let 30 minutes pass without waiting or patching global timers. A timer set for a time that
 * has already come (0 ms) runs on the next turn of the event loop, as a real one would.
 */
export class ManualClock implements Clock {
  #now: number;
  #seq = 0;
  readonly #timers = new Set<Timer>();

  constructor(start = Date.now()) {
    this.#now = start;
  }

  now(): number {
    return this.#now;
  }

  setTimer(callback: () => void, ms: number): () => void {
    const timer: Timer = { at: this.#now + Math.max(0, ms), seq: ++this.#seq, callback };
    this.#timers.add(timer);
    if (ms <= 0) setImmediate(() => this.#run(timer));
    return () => this.#timers.delete(timer);
  }

  /** Timers waiting to come due. */
  get pendingTimers(): number {
    return this.#timers.size;
  }

  /** Moves time forward by `ms`, running every timer that comes due on the way. */
  advance(ms: number): void {
    const target = this.#now + ms;
    for (;;) {
      const next = [...this.#timers]
        .filter((timer) => timer.at <= target)
        .sort((a, b) => a.at - b.at || a.seq - b.seq)[0];
      if (!next) break;
      this.#now = Math.max(this.#now, next.at);
      this.#run(next);
    }
    this.#now = target;
  }

  #run(timer: Timer): void {
    if (!this.#timers.delete(timer)) return;
    timer.callback();
  }
}
