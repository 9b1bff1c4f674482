import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import sqlite3 from 'sqlite3';
import { afterAll, afterEach, describe, expect, test } from 'vitest';
import { createLogger } from '../../src/log.js';
import { RedisChannelLock } from '../../src/speed/RedisChannelLock.js';
import type { PendingSwitchBack } from '../../src/speed/timedSpeed.js';
import { ChannelState, type HaltRecord } from '../../src/state/ChannelState.js';
import { type OpenedStore, openStore } from '../../src/state/openStore.js';
import { redisServerForSuite, redisUnavailableReason } from '../support/redisServer.js';

const halt: HaltRecord = {
  since: '2026-12-02T10:00:00.000Z',
  command: 'fast',
  userId: '1',
  upstreamText: '',
};

function switchBack(account: string): PendingSwitchBack {
  return {
    id: `id-${account}`,
    account,
    channelId: account,
    mode: 'turbo',
    minutes: 30,
    userId: '700000000000000001',
    requestedAt: '2026-12-02T10:00:00.000Z',
    dueAt: '2026-12-02T10:30:00.000Z',
  };
}

const opened: OpenedStore[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((store) => store.close()));
});

async function sqliteStore(): Promise<{ store: OpenedStore; file: string }> {
  const cwd = mkdtempSync(join(tmpdir(), 'mj-index-'));
  const store = await openStore('sqlite://./state.sqlite', () => {}, cwd);
  opened.push(store);
  return { store, file: join(cwd, 'state.sqlite') };
}

/** Twelve members' cooldowns that expire at once, as `COOLDOWN_SECONDS` leaves them behind. */
async function expiredCooldowns(state: ChannelState): Promise<void> {
  for (let user = 0; user < 12; user += 1)
    await state.recordMemberSwitch('acct', `member-${user}`, new Date().toISOString(), 50);
}

test('a pending switch back stored after expired cooldown rows is still found', async () => {
  const { store } = await sqliteStore();
  const state = new ChannelState(store.keyv);
  await expiredCooldowns(state);
  await state.recordSwitchBack(switchBack('acct'));
  await sleep(100);
  expect(await state.switchBacks()).toEqual([switchBack('acct')]);
});

test('a halt stored after expired cooldown rows is counted', async () => {
  const { store } = await sqliteStore();
  const state = new ChannelState(store.keyv);
  await expiredCooldowns(state);
  await state.recordHalt('acct', halt);
  await sleep(100);
  expect(await state.countHalts()).toBe(1);
  await state.clearHalt('acct');
  expect(await state.countHalts()).toBe(0);
});

test('expired cooldown rows are deleted from the SQLite file, live rows are kept', async () => {
  const { store, file } = await sqliteStore();
  const state = new ChannelState(store.keyv);
  await expiredCooldowns(state);
  await state.recordMemberSwitch('acct', 'still-cooling', new Date().toISOString(), 60_000);
  await state.recordHalt('acct', halt);
  await sleep(100);
  expect(await store.pruneExpired()).toBe(12);

  const db = new sqlite3.Database(file);
  const keys = await new Promise<string[]>((resolve, reject) =>
    db.all<{ key: string }>('SELECT key FROM keyv ORDER BY key', (error, rows) =>
      error ? reject(error) : resolve(rows.map((row) => row.key)),
    ),
  );
  await new Promise((resolve) => db.close(resolve));
  expect(keys.filter((key) => key.includes('cooldown:'))).toEqual(['mj-speed:cooldown:acct:still-cooling']);
  expect(keys).toContain('mj-speed:halt:acct');
});

test('halts and switch backs stored by a version without indexes are found after the upgrade', async () => {
  const { store } = await sqliteStore();
  // What the previous version wrote: the records alone.
  await store.keyv.set('switchback:old-acct', switchBack('old-acct'));
  await store.keyv.set('halt:old-acct', halt);
  const state = new ChannelState(store.keyv);
  await state.recordSwitchBack(switchBack('new-acct'));
  expect((await state.switchBacks()).map((record) => record.account).sort()).toEqual([
    'new-acct',
    'old-acct',
  ]);
  expect(await state.countHalts()).toBe(1);
});

describe.skipIf(redisUnavailableReason())(
  'indexes shared by two processes through a real redis-server',
  () => {
    const redis = redisServerForSuite();
    const locks: RedisChannelLock[] = [];
    afterAll(async () => {
      await Promise.all(locks.map((lock) => lock.close()));
    });

    async function processState(): Promise<ChannelState> {
      const store = await openStore(redis().url, () => {});
      opened.push(store);
      const lock = await RedisChannelLock.connect(redis().url, createLogger('silent'));
      locks.push(lock);
      return new ChannelState(store.keyv, lock);
    }

    test('switch backs and halts recorded at the same time by two processes are all indexed', async () => {
      const [a, b] = [await processState(), await processState()];
      // Past the one-time upgrade walk, so only the indexes themselves can answer.
      await a.countHalts();
      const accounts = Array.from({ length: 40 }, (_, index) => `account-${index}`);
      await Promise.all(
        accounts.map((account, index) => {
          const state = index % 2 ? a : b;
          return Promise.all([state.recordSwitchBack(switchBack(account)), state.recordHalt(account, halt)]);
        }),
      );
      const reader = await processState();
      expect((await reader.switchBacks()).map((record) => record.account).sort()).toEqual(accounts.sort());
      expect(await reader.countHalts()).toBe(40);
    });
  },
);
