import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createLogger } from '../../src/log.js';
import { ChannelBusyError, ChannelGate } from '../../src/speed/ChannelGate.js';
import { RedisChannelLock, type RedisChannelLockOptions } from '../../src/speed/RedisChannelLock.js';
import { SpeedService } from '../../src/speed/SpeedService.js';
import { ChannelState } from '../../src/state/ChannelState.js';
import { type OpenedStore, openStore } from '../../src/state/openStore.js';
import { UseapiUpstream } from '../../src/useapi/UseapiUpstream.js';
import { respond, UseapiStandIn } from '../standins/useapi.js';
import { type RedisServer, redisUnavailableReason, startRedisServer } from '../support/redisServer.js';

const logger = createLogger('silent');

describe.skipIf(redisUnavailableReason())('the per-channel lock shared through a real redis-server', () => {
  let redis: RedisServer;
  const locks: RedisChannelLock[] = [];
  beforeAll(async () => {
    redis = await startRedisServer();
  });
  afterAll(async () => {
    await Promise.all(locks.map((lock) => lock.close()));
    await redis.stop();
  });

  async function processGate(options: Partial<RedisChannelLockOptions> = {}) {
    const lock = await RedisChannelLock.connect(redis.url, logger, options);
    locks.push(lock);
    return new ChannelGate(20, lock);
  }

  /** A task that takes `ms` and remembers how many copies of it ever ran at once. */
  function overlapProbe(ms: number) {
    let running = 0;
    let mostAtOnce = 0;
    const task = async () => {
      running += 1;
      mostAtOnce = Math.max(mostAtOnce, running);
      await sleep(ms);
      running -= 1;
    };
    return { task, mostAtOnce: () => mostAtOnce };
  }

  test('two processes never run a task for the same channel at the same time', async () => {
    const [a, b] = [await processGate(), await processGate()];
    const probe = overlapProbe(20);
    await Promise.all(
      Array.from({ length: 6 }, (_, index) =>
        (index % 2 ? a : b).run('shared-channel', `verb-${index}`, probe.task),
      ),
    );
    expect(probe.mostAtOnce()).toBe(1);
  });

  test('different channels are not held up by each other’s locks', async () => {
    const [a, b] = [await processGate(), await processGate()];
    const probe = overlapProbe(50);
    await Promise.all([a.run('channel-1', 'fast', probe.task), b.run('channel-2', 'fast', probe.task)]);
    expect(probe.mostAtOnce()).toBe(2);
  });

  test('a lock left by a crashed process expires, and a process that waits too long is told the channel is busy', async () => {
    const crashed = await RedisChannelLock.connect(redis.url, logger, { ttlMs: 300 });
    locks.push(crashed);
    // Take the lock, then lose the connection without releasing it, as a killed process would.
    void crashed.withLock('abandoned', () => new Promise(() => {}));
    await sleep(50);
    await crashed.close();

    const impatient = await processGate({ waitMs: 100 });
    await expect(impatient.run('abandoned', 'fast', async () => 'ran')).rejects.toBeInstanceOf(
      ChannelBusyError,
    );
    const patient = await processGate({ waitMs: 2_000 });
    await expect(patient.run('abandoned', 'fast', async () => 'ran')).resolves.toBe('ran');
  });

  test('a reset that takes longer than the lock’s expiry keeps the account to itself until it is done', async () => {
    const useapi = await UseapiStandIn.start({ token: 'standin-token' });
    const opened: OpenedStore[] = [];
    const clients: UseapiUpstream[] = [];
    // One bot process: its own store connection, lock and useapi.net client. The lock expires after 600 ms.
    const processSpeed = async () => {
      const store = await openStore(redis.url, () => {});
      const lock = await RedisChannelLock.connect(redis.url, logger, { ttlMs: 600 });
      const client = new UseapiUpstream({ baseUrl: useapi.url, token: 'standin-token' });
      opened.push(store);
      locks.push(lock);
      clients.push(client);
      return new SpeedService(client, new ChannelState(store.keyv, lock), new ChannelGate(20, lock));
    };
    try {
      const [a, b] = [await processSpeed(), await processSpeed()];
      // Two upstream calls of 1 s each: the reset, then the account check.
      useapi.respondAlways({ route: 'reset' }, respond.delay(1_000, respond.useDefault()));
      useapi.respondAlways({ route: 'account' }, respond.delay(1_000, respond.useDefault()));
      const reset = a.reset('slow-account', { userId: 'admin' });
      await useapi.waitFor(() => useapi.requestsFor('slow-account').length === 1);
      const change = b.switchSpeed('slow-account', 'fast', { userId: 'member' });
      expect((await reset).kind).toBe('reset');
      expect((await change).kind).toBe('switched');
      expect(useapi.maxInFlight('slow-account')).toBe(1);
    } finally {
      await Promise.all([
        ...opened.map((store) => store.close()),
        ...clients.map((client) => client.close()),
      ]);
      await useapi.close();
    }
  });

  test('with Redis down, speed changes still run (without cross-process exclusion)', async () => {
    const gate = await processGate();
    await redis.kill();
    try {
      await expect(gate.run('channel-down', 'fast', async () => 'ran anyway')).resolves.toBe('ran anyway');
    } finally {
      await redis.restart();
    }
  });
});
