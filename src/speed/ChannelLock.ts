/**
 * Mutual exclusion per account across bot processes. The in-process {@link ChannelGate}
 * already orders requests within one process; a lock makes the "one upstream request in flight per
 * channel" rule hold when several processes share the account (shards, a failover instance).
 */
export interface ChannelLock {
  /** Runs `task` while holding the channel's lock; waiting for it ends (rejects) once `signal` aborts. */
  withLock<T>(channel: string, task: () => Promise<T>, signal?: AbortSignal): Promise<T>;
  close(): Promise<void>;
}

/** One process alone: the gate's ordering is all the exclusion needed. */
export const PROCESS_LOCAL_LOCK: ChannelLock = {
  withLock: (_channel, task) => task(),
  close: async () => {},
};

/** Thrown when another process held a channel's lock for longer than a user can wait. */
export class ChannelLockTimeoutError extends Error {
  override readonly name = 'ChannelLockTimeoutError';
}
