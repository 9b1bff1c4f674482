import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { createClient } from '@keyv/redis';
import type { Logger } from '../log.js';
import { connectInBackground, withinTime } from '../timeLimit.js';
import { type ChannelLock, ChannelLockTimeoutError } from './ChannelLock.js';

/** Tunables of {@link RedisChannelLock}. */
export interface RedisChannelLockOptions {
  /** Expiry of a held lock, so a crashed holder frees the channel: above one upstream deadline plus the store writes. */
  ttlMs: number;
  /** Longest wait for another process's lock before giving up with a "busy" answer. */
  waitMs: number;
  /** Pause between attempts while another process holds the lock. */
  retryMs: number;
}

export const REDIS_CHANNEL_LOCK_DEFAULTS = {
  ttlMs: 35_000,
  waitMs: 60_000,
  retryMs: 50,
} as const satisfies RedisChannelLockOptions;

const CONNECT_WAIT_MS = 2_000;
const COMMAND_TIMEOUT_MS = 2_000;

// Deletes the key only if this holder still owns it: an expired lock taken over by another process stays.
const RELEASE =
  "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";
// Pushes the expiry back only if this holder still owns the key, for as long as its task runs.
const EXTEND =
  "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end";

/**
 * A per-channel lock in Redis (`SET key token NX PX ttl`, released by a compare-and-delete script), on its
 * own connection so lock waits never queue behind state reads. While the task runs the holder renews the
 * lock every ttl/3 (compare-and-extend), so a task longer than the TTL (a reset: two upstream calls) keeps
 * it, and only a holder that died lets it expire. If Redis is unreachable the task runs
 * unlocked and a warning is logged: the upstream drives one session per account anyway, and speed changes must keep
 * working while the store is down.
 */
export class RedisChannelLock implements ChannelLock {
  private readonly client;
  private readonly options: RedisChannelLockOptions;

  private constructor(
    url: string,
    private readonly logger: Logger,
    options: Partial<RedisChannelLockOptions> = {},
  ) {
    this.options = { ...REDIS_CHANNEL_LOCK_DEFAULTS, ...options };
    this.client = createClient({
      url,
      disableOfflineQueue: true,
      socket: {
        connectTimeout: 2_000,
        reconnectStrategy: (attempt: number) => Math.min(250 * 2 ** attempt, 5_000),
      },
    });
    this.client.on('error', (error: unknown) =>
      this.logger.debug({ err: error }, 'channel lock connection error'),
    );
  }

  /** Creates a lock and connects it; a Redis that is down does not stop the bot (the client keeps reconnecting). */
  static async connect(
    url: string,
    logger: Logger,
    options: Partial<RedisChannelLockOptions> = {},
  ): Promise<RedisChannelLock> {
    const lock = new RedisChannelLock(url, logger, options);
    await connectInBackground(lock.client, CONNECT_WAIT_MS, (error) =>
      logger.warn({ err: error }, 'channel lock: Redis unreachable'),
    );
    return lock;
  }

  async withLock<T>(channel: string, task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    const key = `mj-speed:lock:${channel}`;
    const token = randomUUID();
    let held: boolean;
    try {
      held = await this.acquire(key, token, signal);
    } catch (error) {
      if (signal?.aborted) throw error; // Stopped waiting (shutdown), not a Redis problem.
      this.logger.warn(
        { err: error, channel },
        'channel lock unavailable: running without cross-process exclusion',
      );
      return task();
    }
    if (!held) throw new ChannelLockTimeoutError(`channel ${channel} stayed locked by another process`);
    const renewal = setInterval(() => void this.renew(key, token, channel), this.options.ttlMs / 3);
    renewal.unref();
    try {
      return await task();
    } finally {
      clearInterval(renewal);
      await this.bounded(this.release(key, token)).catch((error: unknown) =>
        this.logger.warn({ err: error, channel }, 'channel lock release failed; it expires by itself'),
      );
    }
  }

  private async acquire(key: string, token: string, signal: AbortSignal | undefined): Promise<boolean> {
    const giveUpAt = Date.now() + this.options.waitMs;
    for (;;) {
      signal?.throwIfAborted();
      const attempt = this.client.set(key, token, {
        condition: 'NX',
        expiration: { type: 'PX', value: this.options.ttlMs },
      });
      const set = await this.bounded(attempt).catch((error: unknown) => {
        // Should the SET still land after we stopped waiting, free the lock at once rather than leave the
        // channel locked by nobody until it expires.
        attempt.then((late) => (late === 'OK' ? this.release(key, token) : undefined)).catch(() => {});
        throw error;
      });
      if (set === 'OK') return true;
      if (Date.now() >= giveUpAt) return false;
      await sleep(this.options.retryMs, undefined, { signal });
    }
  }

  private async renew(key: string, token: string, channel: string): Promise<void> {
    try {
      const extended = await this.bounded(
        this.client.eval(EXTEND, { keys: [key], arguments: [token, String(this.options.ttlMs)] }),
      );
      if (extended !== 1) this.logger.warn({ channel }, 'channel lock lost while its task was running');
    } catch (error) {
      this.logger.warn({ err: error, channel }, 'channel lock renewal failed; retrying');
    }
  }

  private release(key: string, token: string): Promise<unknown> {
    return this.client.eval(RELEASE, { keys: [key], arguments: [token] });
  }

  /** A Redis that stops answering must not hold the channel for ever (node-redis stops timing once a command is written). */
  private bounded<T>(command: Promise<T>): Promise<T> {
    return withinTime(
      command,
      COMMAND_TIMEOUT_MS,
      () => new Error(`Redis did not answer within ${COMMAND_TIMEOUT_MS} ms`),
    );
  }

  async close(): Promise<void> {
    if (this.client.isOpen) await this.client.close();
  }
}
