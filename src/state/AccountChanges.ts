/**
 * Word that what the team sees changed: an account's state (its halt, last change, switch back, fast time)
 * or everything a server shows (its language or settings). Told to every listener in this process; an
 * account's change also, when several bot processes share the store, to theirs through a {@link ChangeFeed}:
 * a change made by any of them reaches the live panels of all. A server's change is this process's alone:
 * the others read a server's settings through a short cache, so the process that made the change is the
 * one that shows it.
 */

/** What changed. */
export type Change = { readonly account: string } | { readonly guildId: string };

/** Carries accounts' changes between the bot processes sharing a store. */
export interface ChangeFeed {
  /** Tells the other processes; best effort (a process that misses one catches up on its own). */
  publish(account: string): void;
  /** Calls `listener` with every account another process publishes a change of from now on. */
  subscribe(listener: (account: string) => void): void;
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
    this.feed.publish(account);
  };

  /** Everything a server shows may have changed here (its language or settings): told here only. */
  guildChanged(guildId: string): void {
    this.#tell({ guildId });
  }

  /** Calls `listener` with each change, made here or by another process; returns how to stop. */
  listen(listener: ChangeListener): () => void {
    if (!this.#subscribed) {
      this.#subscribed = true;
      this.feed.subscribe((account) => this.#tell({ account }));
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
