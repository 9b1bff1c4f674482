/**
 * Word that what the team sees changed: an account's state (its halt, last change, switch back, fast time)
 * or everything a server shows (its language or settings). Told to every listener in this process and, when
 * several bot processes share the store, to theirs through a {@link ChangeFeed}: a change made by any of
 * them reaches the live panels of all. A server's change must reach the others too: they cache a server's
 * settings for a few seconds, and a panel refreshed from that cache would be edited back to the old
 * settings; told of the change, they drop their cache first ({@link AccountChanges.listen}).
 */

/** What changed. */
export type Change = { readonly account: string } | { readonly guildId: string };

/** Carries changes between the bot processes sharing a store. */
export interface ChangeFeed {
  /** Tells the other processes; best effort (a process that misses one catches up on its own). */
  publish(change: Change): void;
  /** Calls `listener` with every change another process publishes from now on. */
  subscribe(listener: (change: Change) => void): void;
  close(): Promise<void>;
}

/** One process alone on its store (a SQLite file): there is nobody else to tell. */
export const NO_OTHER_PROCESSES: ChangeFeed = {
  publish: () => {},
  subscribe: () => {},
  close: async () => {},
};

export type ChangeListener = (change: Change) => void;

export class AccountChanges {
  readonly #listeners = new Set<ChangeListener>();
  #subscribed = false;

  constructor(private readonly feed: ChangeFeed = NO_OTHER_PROCESSES) {}

  /** An account's state changed here (a `ChannelState` write): told here and to the other processes. */
  readonly accountChanged = (account: string): void => {
    this.#tell({ account });
    this.feed.publish({ account });
  };

  /** Everything a server shows may have changed here (its language or settings): told here and to the others. */
  guildChanged(guildId: string): void {
    this.#tell({ guildId });
    this.feed.publish({ guildId });
  }

  /**
   * Calls `listener` with each change, made here or by another process; returns how to stop. Listeners
   * are called in the order they were added: one that drops a cache goes before those that read it.
   */
  listen(listener: ChangeListener): () => void {
    if (!this.#subscribed) {
      this.#subscribed = true;
      this.feed.subscribe((change) => this.#tell(change));
    }
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  close(): Promise<void> {
    this.#listeners.clear();
    return this.feed.close();
  }

  #tell(change: Change): void {
    for (const listener of this.#listeners) listener(change);
  }
}
