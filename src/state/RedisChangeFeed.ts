import { randomUUID } from 'node:crypto';
import { createClient } from '@keyv/redis';
import type { Logger } from '../log.js';
import { connectInBackground } from '../timeLimit.js';
import type { Change, ChangeFeed } from './AccountChanges.js';

/** The Redis channel the bot processes sharing a store tell each other their changes on. */
const CHANNEL = 'mj-speed:changes';
const CONNECT_WAIT_MS = 2_000;

/**
 * A change as published: who published it (so a process skips its own), and which account or which
 * server changed.
 */
type Published = { from: string } & ({ account: string } | { guildId: string });

function parse(message: string): { from: string; change: Change } | undefined {
  try {
    const value = JSON.parse(message) as { from?: unknown; account?: unknown; guildId?: unknown };
    if (typeof value.from !== 'string') return undefined;
    if (typeof value.account === 'string') return { from: value.from, change: { account: value.account } };
    if (typeof value.guildId === 'string') return { from: value.from, change: { guildId: value.guildId } };
    return undefined;
  } catch {
    return undefined;
  }
}

/**
 * Changes between the bot processes sharing a Redis, by Redis pub/sub: one connection publishes, another
 * (a subscribed connection can do nothing else) listens, and node-redis subscribes it again after every
 * reconnect. Pub/sub keeps nothing for a process that was not listening: a message lost to a Redis that was
 * down is made up for by the live panels' own periodic look at the store.
 */
export class RedisChangeFeed implements ChangeFeed {
  readonly #id = randomUUID();
  readonly #publisher;
  readonly #subscriber;

  private constructor(
    url: string,
    private readonly logger: Logger,
  ) {
    this.#publisher = createClient({
      url,
      disableOfflineQueue: true,
      socket: {
        connectTimeout: 2_000,
        reconnectStrategy: (attempt: number) => Math.min(250 * 2 ** attempt, 5_000),
      },
    });
    // Queued while disconnected, so the subscription is made as soon as Redis answers.
    this.#subscriber = this.#publisher.duplicate({ disableOfflineQueue: false });
    for (const client of [this.#publisher, this.#subscriber])
      client.on('error', (error: unknown) =>
        this.logger.debug({ err: error }, 'change feed connection error'),
      );
  }

  /** Connects both connections; a Redis that is down does not stop the bot (they keep reconnecting). */
  static async connect(url: string, logger: Logger): Promise<RedisChangeFeed> {
    const feed = new RedisChangeFeed(url, logger);
    const unreachable = (error: unknown) => logger.warn({ err: error }, 'change feed: Redis unreachable');
    await Promise.all([
      connectInBackground(feed.#publisher, CONNECT_WAIT_MS, unreachable),
      connectInBackground(feed.#subscriber, CONNECT_WAIT_MS, () => {}),
    ]);
    return feed;
  }

  publish(change: Change): void {
    const message: Published = { from: this.#id, ...change };
    this.#publisher
      .publish(CHANNEL, JSON.stringify(message))
      .catch((error: unknown) => this.logger.debug({ err: error }, 'change not published'));
  }

  subscribe(listener: (change: Change) => void): void {
    this.#subscriber
      .subscribe(CHANNEL, (message: string) => {
        const published = parse(message);
        if (published && published.from !== this.#id) listener(published.change);
      })
      .catch((error: unknown) => this.logger.warn({ err: error }, 'change feed: could not subscribe'));
  }

  async close(): Promise<void> {
    await Promise.allSettled(
      [this.#subscriber, this.#publisher].map((client) => (client.isOpen ? client.close() : undefined)),
    );
  }
}
