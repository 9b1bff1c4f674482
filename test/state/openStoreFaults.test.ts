/**
 * The opened store against a real redis-server that is down or stops answering: operations fail instead of
 * waiting, so the speed rules can answer the user (see test/e2e/store-faults.test.ts for the bot's side).
 */
import { describe, expect, test } from 'vitest';
import { openStore, StoreTimeoutError } from '../../src/state/openStore.js';
import { waitFor } from '../standins/discord.js';
import { redisServerForSuite, redisUnavailableReason } from '../support/redisServer.js';
import { startTcpProxy } from '../support/tcpProxy.js';

describe.skipIf(redisUnavailableReason())('a Redis store', () => {
  const redisServer = redisServerForSuite();

  test('opened while Redis is down, it refuses every operation at once, and serves once Redis is up', async () => {
    await redisServer().kill();
    const errors: unknown[] = [];
    const store = await openStore(redisServer().url, (error) => errors.push(error));
    try {
      // Each of these used to wait out a connection attempt of its own (2 s): 12 of them overran the test.
      for (let attempt = 0; attempt < 12; attempt += 1) {
        await expect(store.keyv.get('halt:1')).rejects.toThrow();
      }
      await redisServer().restart();
      await waitFor(
        () =>
          store.keyv.set('halt:1', { since: 'now' }).then(
            () => true,
            () => false,
          ),
        10_000,
      );
      expect(await store.keyv.get('halt:1')).toEqual({ since: 'now' });
      expect(errors.length).toBeGreaterThan(0);
    } finally {
      await store.close();
    }
  });

  test('behind a link that stops passing bytes, operations give up in time and nothing is lost', async () => {
    const proxy = await startTcpProxy(redisServer().port);
    const store = await openStore(proxy.url('redis'), () => {});
    try {
      await store.keyv.set('halt:2', { since: 'before' });
      proxy.freeze();
      await expect(store.keyv.get('halt:2')).rejects.toBeInstanceOf(StoreTimeoutError);
      // After one timed out, the next ones get only a short grace instead of the full wait each.
      await expect(store.keyv.get('halt:2')).rejects.toThrow(/within 250 ms/);
      proxy.thaw();
      await waitFor(
        () =>
          store.keyv.get('halt:2').then(
            (value) => value !== undefined,
            () => false,
          ),
        10_000,
      );
      expect(await store.keyv.get('halt:2')).toEqual({ since: 'before' });
    } finally {
      proxy.thaw();
      await store.close();
      await proxy.close();
    }
  });
});
