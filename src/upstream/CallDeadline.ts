/**
 * The time budget of one upstream call, shared by every request, poll and wait the call makes, so a call
 * that polls still ends within the deadline the bot promised the user.
 */
import { setMaxListeners } from 'node:events';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';

/** `detail` of an `unavailable` outcome whose call was cut short because the bot is shutting down. */
export const SHUTDOWN_DETAIL = 'SHUTDOWN';

/**
 * The controller whose signal tells every call under way that the bot is shutting down. Each call listens to
 * it while it runs, so a burst of calls adds one listener each: Node's default of 10 per signal would print a
 * MaxListenersExceededWarning (a "possible leak") on a healthy bot under load.
 */
export function shutdownController(): AbortController {
  const controller = new AbortController();
  setMaxListeners(0, controller.signal);
  return controller;
}

/** One call's deadline. Create it at the start of the call and {@link dispose} it in `finally`. */
export class CallDeadline {
  readonly #controller = new AbortController();
  readonly #startedAt = performance.now();
  readonly #endsAt: number;
  readonly #timer: NodeJS.Timeout;
  readonly #shutdown: AbortSignal | undefined;
  readonly #onShutdown = () => this.#controller.abort(SHUTDOWN_DETAIL);

  /**
   * @param budgetMs - the whole call's time
   * @param shutdown - aborts the call early (a shutdown that cannot wait any longer); see {@link stopped}
   */
  constructor(budgetMs: number, shutdown?: AbortSignal) {
    this.#endsAt = this.#startedAt + budgetMs;
    this.#timer = setTimeout(() => this.#controller.abort(), budgetMs);
    this.#shutdown = shutdown;
    if (shutdown?.aborted) this.#onShutdown();
    else shutdown?.addEventListener('abort', this.#onShutdown, { once: true });
  }

  /** True when the call was cut short by the shutdown signal rather than by its own deadline. */
  get stopped(): boolean {
    return this.#controller.signal.reason === SHUTDOWN_DETAIL;
  }

  /** Aborts when the deadline is reached; give it to every request of the call. */
  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  get expired(): boolean {
    return this.#controller.signal.aborted;
  }

  /** Milliseconds left, 0 once expired. */
  remainingMs(): number {
    return Math.max(0, this.#endsAt - performance.now());
  }

  /** Milliseconds since the call started, rounded. */
  elapsedMs(): number {
    return Math.round(performance.now() - this.#startedAt);
  }

  /** Waits `ms`; resolves `false` at once if the deadline comes first. */
  async wait(ms: number): Promise<boolean> {
    if (this.remainingMs() <= ms) return false;
    return sleep(ms, true, { signal: this.#controller.signal }).catch(() => false);
  }

  dispose(): void {
    clearTimeout(this.#timer);
    this.#shutdown?.removeEventListener('abort', this.#onShutdown);
  }
}
