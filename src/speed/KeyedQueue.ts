/**
 * Runs tasks one after another per key: a task starts once the key's previous one has settled, whatever its
 * outcome, and its own outcome reaches its caller unchanged. A key with nothing queued keeps no memory.
 */
export class KeyedQueue {
  /** Per key, the last task queued, settled or not; never rejects. */
  readonly #tails = new Map<string, Promise<void>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const result = (this.#tails.get(key) ?? Promise.resolve()).then(task);
    const tail = result.then(
      () => {},
      () => {},
    );
    this.#tails.set(key, tail);
    void tail.then(() => {
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
    });
    return result;
  }

  /** Settles once the tasks queued for `key` so far have settled. */
  async settled(key: string): Promise<void> {
    await this.#tails.get(key);
  }

  /** Settles once every task queued so far has settled. */
  async allSettled(): Promise<void> {
    await Promise.all(this.#tails.values());
  }
}
