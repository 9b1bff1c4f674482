import { createConnection, createServer, type Socket } from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import { type Harness, startHarness } from './botHarness.js';
import type { ManualClock } from './manualClock.js';
import { type RedisServer, startRedisServer } from './redisServer.js';

/** A TCP relay on 127.0.0.1 in front of a real server, that can stop passing bytes (a network partition). */
export interface TcpProxy {
  url(scheme: string): string;
  port: number;
  /** Stops relaying in both directions; connections stay open, so requests hang as behind a dead link. */
  freeze(): void;
  /** Relays again, including what was held back. */
  thaw(): void;
  /** Drops every connection and refuses new ones at once, as a server that is down would. */
  refuse(): void;
  /** Takes connections again after `refuse`. */
  accept(): void;
  close(): Promise<void>;
}

/** Starts a relay from a free port of 127.0.0.1 to `targetPort` on 127.0.0.1. */
export async function startTcpProxy(targetPort: number): Promise<TcpProxy> {
  const pairs = new Set<[Socket, Socket]>();
  let frozen = false;
  let refusing = false;
  const server = createServer((client) => {
    if (refusing) {
      client.resetAndDestroy();
      return;
    }
    const upstream = createConnection({ host: '127.0.0.1', port: targetPort });
    const pair: [Socket, Socket] = [client, upstream];
    pairs.add(pair);
    if (frozen) for (const socket of pair) socket.pause();
    client.pipe(upstream);
    upstream.pipe(client);
    const drop = () => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    url: (scheme) => `${scheme}://127.0.0.1:${port}`,
    freeze() {
      frozen = true;
      for (const pair of pairs) for (const socket of pair) socket.pause();
    },
    thaw() {
      frozen = false;
      for (const pair of pairs) for (const socket of pair) socket.resume();
    },
    refuse() {
      refusing = true;
      for (const pair of pairs) for (const socket of pair) socket.resetAndDestroy();
    },
    accept() {
      refusing = false;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const pair of pairs) for (const socket of pair) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** What {@link botBehindRedisProxyForSuite} sets up; filled in once the suite's hooks have run. */
export interface BotBehindRedisProxy {
  clock: ManualClock;
  harness: Harness;
  proxy: TcpProxy;
}

/**
 * For a `describe` block: the bot on `clock`, its state in a real redis-server reached through a
 * {@link TcpProxy} the tests can make refuse or hang.
 */
export function botBehindRedisProxyForSuite(clock: ManualClock): BotBehindRedisProxy {
  let redis: RedisServer | undefined;
  const suite = { clock } as BotBehindRedisProxy;
  beforeAll(async () => {
    redis = await startRedisServer();
    suite.proxy = await startTcpProxy(redis.port);
    suite.harness = await startHarness({ clock, env: { STORE_URL: suite.proxy.url('redis') } });
  });
  afterAll(async () => {
    suite.proxy?.accept();
    await suite.harness?.close();
    await suite.proxy?.close();
    await redis?.stop();
  });
  return suite;
}
