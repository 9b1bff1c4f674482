import { type ChannelLock, ChannelLockTimeoutError, PROCESS_LOCAL_LOCK } from './ChannelLock.js';

/** Thrown when a channel already has `maxWaiting` different requests queued, or another process held it too long. */
export class ChannelBusyError extends Error {
  override readonly name = 'ChannelBusyError';

  constructor(readonly waiting: number) {
    super(`${waiting} requests are already waiting for this channel`);
  }
}

/** Thrown for a request that had not started when the gate closed (the bot is shutting down). */
export class GateClosedError extends Error {
  override readonly name = 'GateClosedError';

  constructor() {
    super('the bot is shutting down: this request was not started');
  }
}

interface Entry {
  key: string;
  promise: Promise<unknown>;
  started: boolean;
  /** Rejects the entry's promise before it started. */
  cancel(error: Error): void;
}

/**
 * Runs at most one task at a time per channel, in arrival order. The upstream drives one Midjourney
 * session per account, so parallel calls for one channel only race each other. A request identical to the
 * last one queued (or running) shares its result instead of repeating the upstream call, and the queue is
 * bounded so a flood cannot grow memory without limit. With a shared {@link ChannelLock}, the same holds
 * across processes. On shutdown, {@link close} turns away every request that has not started.
 */
export class ChannelGate {
  private readonly lanes = new Map<string, Entry[]>();
  private readonly running = new Set<Promise<unknown>>();
  private readonly closing = new AbortController();

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
   * has the same `key`. Rejects with {@link ChannelBusyError} when the queue is full, and with
   * {@link GateClosedError} once the gate is closed and the task has not started.
   */
  run<T>(channel: string, key: string, task: () => Promise<T>): Promise<T> {
    if (this.closing.signal.aborted) return Promise.reject(new GateClosedError());
    const lane = this.lanes.get(channel) ?? [];
    const last = lane.at(-1);
    if (last?.key === key) return last.promise as Promise<T>;
    // The first entry is the running one; the rest are waiting.
    if (lane.length - 1 >= this.maxWaiting) return Promise.reject(new ChannelBusyError(lane.length - 1));

    const previous = last?.promise.catch(() => undefined) ?? Promise.resolve();
    let cancel!: (error: Error) => void;
    const cancelled = new Promise<never>((_, reject) => {
      cancel = reject;
    });
    const entry: Entry = { key, promise: Promise.resolve(), started: false, cancel };
    const start = async (): Promise<T> => {
      if (this.closing.signal.aborted) throw new GateClosedError();
      // Still waiting for another process's lock counts as not started.
      const locked = this.lock.withLock(
        channel,
        () => {
          if (this.closing.signal.aborted) throw new GateClosedError();
          entry.started = true;
          const running = task();
          this.running.add(running);
          void running.then(
            () => this.running.delete(running),
            () => this.running.delete(running),
          );
          return running;
        },
        this.closing.signal,
      );
      return locked.catch((error: unknown) => {
        if (this.closing.signal.aborted && !entry.started) throw new GateClosedError();
        throw error instanceof ChannelLockTimeoutError ? new ChannelBusyError(lane.length - 1) : error;
      });
    };
    const promise = Promise.race([previous.then(start), cancelled]).finally(() => {
      lane.splice(lane.indexOf(entry), 1);
      if (lane.length === 0) this.lanes.delete(channel);
    });
    entry.promise = promise;
    lane.push(entry);
    this.lanes.set(channel, lane);
    return promise;
  }

  /**
   * Turns away every request that has not started (and every new one) with {@link GateClosedError};
   * resolves once the tasks already running have settled.
   */
  async close(): Promise<void> {
    this.closing.abort(new GateClosedError());
    for (const lane of this.lanes.values())
      for (const entry of lane) if (!entry.started) entry.cancel(new GateClosedError());
    await Promise.allSettled([...this.running]);
  }
}

/** What a gated request answers instead of an exception when it was not run. */
export type NotRun = { kind: 'queueFull'; waiting: number } | { kind: 'restarting' };

/** `gate.run`, with a full queue or a closed gate answered as a value instead of an exception. */
export async function gatedRun<T>(
  gate: ChannelGate,
  channel: string,
  key: string,
  task: () => Promise<T>,
): Promise<T | NotRun> {
  try {
    return await gate.run(channel, key, task);
  } catch (error) {
    if (error instanceof ChannelBusyError) return { kind: 'queueFull', waiting: error.waiting };
    if (error instanceof GateClosedError) return { kind: 'restarting' };
    throw error;
  }
}
