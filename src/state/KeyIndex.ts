import type Keyv from 'keyv';

/**
 * Mutual exclusion across processes sharing the store, by name; `ChannelLock` provides it. An index is one
 * value that several processes may update, so each read-modify-write holds the index's name.
 */
export interface IndexLock {
  withLock<T>(name: string, task: () => Promise<T>): Promise<T>;
}

/** One process alone (a SQLite file): the in-process queue of {@link KeyIndex} is all the exclusion needed. */
export const PROCESS_LOCAL_INDEX_LOCK: IndexLock = { withLock: (_name, task) => task() };

/**
 * A set of ids kept as one store value (a sorted array), so "every account with X" is one read instead of a
 * walk over every key. Updates are read-modify-write, queued in this process and held under `lock` across
 * processes. Writers add an id after writing the record it points to and remove it after deleting the
 * record, so a record is unindexed only if that second write failed (and its writer says so); an index
 * may name a record that is gone, which readers drop with {@link KeyIndex.removeIf}.
 */
export class KeyIndex {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly keyv: Keyv,
    private readonly key: string,
    private readonly lock: IndexLock,
  ) {}

  /** The ids, or `undefined` when the index was never written (a store from before indexes existed). */
  async members(): Promise<string[] | undefined> {
    return (await this.keyv.get<string[]>(this.key)) ?? undefined;
  }

  add(...ids: string[]): Promise<void> {
    return this.update((members) => {
      for (const id of ids) members.add(id);
    });
  }

  remove(id: string): Promise<void> {
    return this.update((members) => {
      members.delete(id);
    });
  }

  /** Removes `id` if `gone()` still holds once the index is held: a writer may have just recreated it. */
  removeIf(id: string, gone: () => Promise<boolean>): Promise<void> {
    return this.update(async (members) => {
      if (await gone()) members.delete(id);
    });
  }

  /**
   * The record of each id, read with `read`; ids whose record is gone are dropped from the index (best
   * effort, and only if still gone once the index is held).
   */
  async records<T>(read: (id: string) => Promise<T | undefined>): Promise<T[]> {
    const records: T[] = [];
    for (const id of (await this.members()) ?? []) {
      const record = await read(id);
      if (record !== undefined) records.push(record);
      else await this.removeIf(id, async () => (await read(id)) === undefined).catch(() => {});
    }
    return records;
  }

  private update(change: (members: Set<string>) => void | Promise<void>): Promise<void> {
    const run = () =>
      this.lock.withLock(this.key, async () => {
        const stored = await this.members();
        const members = new Set(stored ?? []);
        await change(members);
        // An index that was never written is written even unchanged: "empty" differs from "not built".
        if (stored === undefined || members.size !== stored.length)
          await this.keyv.set(this.key, [...members].sort());
      });
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }
}
