/** Options of {@link CachedCount}. */
export interface CachedCountOptions {
  /** How long a count is reused (default 30 s); changes made by other processes show up within this. */
  readonly maxAgeMs?: number;
  /** How long a reader waits for a count (default 2 s); a later one gets the last value meanwhile. */
  readonly timeoutMs?: number;
  /** Monotonic milliseconds (default `performance.now`). */
  readonly now?: () => number;
}

/** Defaults of {@link CachedCountOptions}. */
export const CACHED_COUNT_DEFAULTS = { maxAgeMs: 30_000, timeoutMs: 2_000 } as const;

/**
 * A number that is expensive to get (a walk over the store's keys), read by every metrics scrape. It is
 * counted at most once at a time however many scrapes arrive together, reused until it is `maxAgeMs` old
 * or {@link invalidate}d, and a reader waits at most `timeoutMs` for it, so a slow store delays no scrape
 * and a scrape flood costs one count.
 */
export class CachedCount {
  readonly #count: () => Promise<number>;
  readonly #maxAgeMs: number;
  readonly #timeoutMs: number;
  readonly #now: () => number;
  #value = Number.NaN;
  #countedAt = Number.NEGATIVE_INFINITY;
  /** Bumped by `invalidate`, so a count that started before a change is not taken as fresh. */
  #generation = 0;
  #counting: Promise<void> | undefined;

  constructor(count: () => Promise<number>, options: CachedCountOptions = {}) {
    this.#count = count;
    this.#maxAgeMs = options.maxAgeMs ?? CACHED_COUNT_DEFAULTS.maxAgeMs;
    this.#timeoutMs = options.timeoutMs ?? CACHED_COUNT_DEFAULTS.timeoutMs;
    this.#now = options.now ?? (() => performance.now());
  }

  /** The count, fresh or the last one known (`NaN` before any count succeeded). Never rejects. */
  async read(): Promise<number> {
    if (this.#now() - this.#countedAt < this.#maxAgeMs) return this.#value;
    this.#counting ??= this.#countOnce();
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, this.#timeoutMs);
      timer.unref();
    });
    await Promise.race([this.#counting, late]);
    clearTimeout(timer);
    return this.#value;
  }

  /** Makes the next read count again: this process just changed what is counted. */
  invalidate(): void {
    this.#generation += 1;
    this.#countedAt = Number.NEGATIVE_INFINITY;
  }

  async #countOnce(): Promise<void> {
    const generation = this.#generation;
    try {
      const value = await this.#count();
      // A failing or odd count leaves the last value; the next read tries again.
      if (!Number.isFinite(value) || value < 0) return;
      this.#value = value;
      if (generation === this.#generation) this.#countedAt = this.#now();
    } catch {
      // As above: the last value stays.
    } finally {
      this.#counting = undefined;
    }
  }
}
