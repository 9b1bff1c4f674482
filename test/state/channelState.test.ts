import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ChannelState, type HaltRecord } from '../../src/state/ChannelState.js';
import { type OpenedStore, openStore } from '../../src/state/openStore.js';
import { type RedisServer, redisUnavailableReason, startRedisServer } from '../support/redisServer.js';

const halt: HaltRecord = {
  since: '2026-11-25T10:00:00.000Z',
  command: 'fast',
  userId: '111111111111111111',
  upstreamText: 'Pending mod message',
};

test('the default SQLite store creates its folder and keeps a halt across reopening the file', async () => {
  const cwd = mkdtempSync(join(tmpdir(), 'mj-state-'));
  const first = await openStore('sqlite://./data/nested/state.sqlite', () => {}, cwd);
  await new ChannelState(first.keyv).recordHalt('222222222222222222', halt);
  await first.close();

  const second = await openStore('sqlite://./data/nested/state.sqlite', () => {}, cwd);
  const state = new ChannelState(second.keyv);
  expect(second.location).toBe(join(cwd, 'data/nested/state.sqlite'));
  expect(await state.halt('222222222222222222')).toEqual(halt);
  expect(await state.halt('333333333333333333')).toBeUndefined();
  expect(await state.clearHalt('222222222222222222')).toBe(true);
  expect(await state.halt('222222222222222222')).toBeUndefined();
  await second.close();
});

describe.skipIf(redisUnavailableReason())('with a real redis-server', () => {
  let redis: RedisServer;
  let stores: OpenedStore[] = [];
  beforeAll(async () => {
    redis = await startRedisServer();
  });
  afterAll(async () => {
    await Promise.all(stores.map((store) => store.close()));
    stores = [];
    await redis.stop();
  });

  test('a freshly opened Redis store answers simultaneous reads (the first /speed status after start)', async () => {
    const store = await openStore(redis.url, () => {});
    stores.push(store);
    const state = new ChannelState(store.keyv);
    await expect(
      Promise.all([state.halt('555555555555555555'), state.lastChange('555555555555555555')]),
    ).resolves.toEqual([undefined, undefined]);
  });

  test('two bot processes sharing Redis see the same halt and the same reset', async () => {
    const a = await openStore(redis.url, () => {});
    const b = await openStore(redis.url, () => {});
    stores.push(a, b);
    expect(a.location).toBe(redis.url);
    await new ChannelState(a.keyv).recordHalt('444444444444444444', halt);
    expect(await new ChannelState(b.keyv).halt('444444444444444444')).toEqual(halt);
    await new ChannelState(b.keyv).clearHalt('444444444444444444');
    expect(await new ChannelState(a.keyv).halt('444444444444444444')).toBeUndefined();
  });
});
