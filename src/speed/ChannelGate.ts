import { type ChannelLock, ChannelLockTimeoutError, PROCESS_LOCAL_LOCK } from './ChannelLock.js';

/** Thrown when a channel already has `maxWaiting` different requests queued, or another process held it too long. */
export class ChannelBusyError extends Error {
  override readonly name = 'ChannelBusyError';

  constructor(readonly waiting: number) {
    super(`${waiting} requests are already waiting for this channel`);
  }
}

interface Entry {
  key: string;
  promise: Promise<unknown>;
}

/**
 * Runs at most one task at a time per channel, in arrival order. useapi.net drives one Midjourney
 * session per account, so parallel calls for one channel only race each other. A request identical to the
 * last one queued (or running) shares its result instead of repeating the upstream call, and the queue is
 * bounded so a flood cannot grow memory without limit. With a shared {@link ChannelLock}, the same holds
 * across processes.
 */
export class ChannelGate {
  private readonly lanes = new Map<string, Entry[]>();

  constructor(
    private readonly maxWaiting = 20,
    private readonly lock: ChannelLock = PROCESS_LOCAL_LOCK,
  ) {}

  /** How many tasks are running or queued, across all channels. */
  get pending(): number {
    let count = 0;
    for (const lane of this.lanes.values()) count += lane.length;
    return count;
  }

  /**
   * Runs `task` once every earlier task for `channel` has settled, or joins the last queued task when it
   * has the same `key`. Rejects with {@link ChannelBusyError} when the queue is full.
   */
  run<T>(channel: string, key: string, task: () => Promise<T>): Promise<T> {
    const lane = this.lanes.get(channel) ?? [];
    const last = lane.at(-1);
    if (last?.key === key) return last.promise as Promise<T>;
    // The first entry is the running one; the rest are waiting.
    if (lane.length - 1 >= this.maxWaiting) return Promise.reject(new ChannelBusyError(lane.length - 1));

    const previous = last?.promise.catch(() => undefined) ?? Promise.resolve();
    const entry: Entry = { key, promise: Promise.resolve() };
    const locked = () =>
      this.lock.withLock(channel, task).catch((error: unknown) => {
        throw error instanceof ChannelLockTimeoutError ? new ChannelBusyError(lane.length - 1) : error;
      });
    const promise = previous.then(locked).finally(() => {
      lane.splice(lane.indexOf(entry), 1);
      if (lane.length === 0) this.lanes.delete(channel);
    });
    entry.promise = promise;
    lane.push(entry);
    this.lanes.set(channel, lane);
    return promise;
  }
}

/** `gate.run`, with a full queue answered as a value instead of an exception. */
export async function gatedRun<T>(
  gate: ChannelGate,
  channel: string,
  key: string,
  task: () => Promise<T>,
): Promise<T | { kind: 'queueFull'; waiting: number }> {
  try {
    return await gate.run(channel, key, task);
  } catch (error) {
    if (error instanceof ChannelBusyError) return { kind: 'queueFull', waiting: error.waiting };
    throw error;
  }
}
