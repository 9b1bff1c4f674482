import { setTimeout as sleep } from 'node:timers/promises';

/**
 * `promise`, or a rejection with `timeoutError()` once `ms` have passed. A dependency that is connected
 * but stops answering (a frozen Redis, a locked SQLite file) must not hold a user's interaction; should the
 * operation fail after we stopped waiting, that is not an unhandled rejection.
 */
export async function withinTime<T>(promise: Promise<T>, ms: number, timeoutError: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(timeoutError()), ms);
  });
  promise.catch(() => {});
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Starts a node-redis connection and waits for it at most `ms`. node-redis's `connect()` settles only once
 * Redis answers (it keeps retrying), and a Redis that is down must not stop the bot from starting:
 * meanwhile, with the offline queue off, commands fail at once.
 */
export async function connectInBackground(
  client: { connect(): Promise<unknown> },
  ms: number,
  onFailure: (error: unknown) => void = () => {},
): Promise<void> {
  const connecting = client.connect().catch(onFailure);
  await Promise.race([connecting, sleep(ms)]);
}
