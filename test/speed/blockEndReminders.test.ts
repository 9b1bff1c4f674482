import Keyv from 'keyv';
import { expect, test } from 'vitest';
import { BlockEndReminders } from '../../src/speed/BlockEndReminders.js';
import { BlockEndStore } from '../../src/state/BlockEndStore.js';
import { ChannelState } from '../../src/state/ChannelState.js';
import { PROCESS_LOCAL_INDEX_LOCK } from '../../src/state/KeyIndex.js';
import { OnceClaims } from '../../src/state/OnceClaims.js';
import { ManualClock } from '../support/manualClock.js';

/** A store whose writes of block-end reminders wait until `release()`: a slow disk or a busy Redis. */
function slowReminderWrites() {
  const map = new Map<string, unknown>();
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  const store = {
    get: async (key: string) => map.get(key),
    set: async (key: string, value: unknown) => {
      if (key.includes('blockend:')) await held;
      map.set(key, value);
      return true;
    },
    delete: async (key: string) => map.delete(key),
    clear: async () => map.clear(),
    has: async (key: string) => map.has(key),
  };
  return { keyv: new Keyv({ store }), release };
}

test('a stop right after a halt waits for its block-end reminder to be stored, so a restart still reminds', async () => {
  const clock = new ManualClock(Date.parse('2026-03-10T08:30:00Z'));
  const { keyv, release } = slowReminderWrites();
  const store = new BlockEndStore(keyv, PROCESS_LOCAL_INDEX_LOCK);
  const reminders = new BlockEndReminders(
    store,
    new ChannelState(keyv),
    new OnceClaims(keyv, PROCESS_LOCAL_INDEX_LOCK),
    clock,
  );
  await reminders.start({ onDue: async () => {} });
  reminders.halted('acct', {
    since: new Date(clock.now()).toISOString(),
    command: 'fast',
    userId: 'user',
    upstreamText: 'You are blocked for 3 days',
    blockedUntil: '2026-03-13T08:30:00.000Z',
  });

  let stopped = false;
  const stopping = reminders.stop().then(() => {
    stopped = true;
  });
  // Let everything else that is ready run (no waiting on the clock): only the held write is left.
  for (let turn = 0; turn < 10; turn++) await new Promise(setImmediate);
  expect(stopped).toBe(false);
  release();
  await stopping;
  expect((await store.all()).map((reminder) => reminder.dueAt)).toEqual(['2026-03-13T08:30:00.000Z']);
});
