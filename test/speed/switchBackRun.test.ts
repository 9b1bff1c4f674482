import Keyv from 'keyv';
import { expect, test } from 'vitest';
import { AccountRecords } from '../../src/speed/AccountRecords.js';
import { SwitchBackRun } from '../../src/speed/SwitchBackRun.js';
import type { PendingSwitchBack } from '../../src/speed/timedSpeed.js';
import { ChannelState } from '../../src/state/ChannelState.js';
import type { Upstream } from '../../src/upstream/port.js';
import { USEAPI_WORDS } from '../../src/useapi/words.js';
import { ManualClock } from '../support/manualClock.js';

const ACCOUNT = '810000000000000001';

/** A store that notes every write in order, as a crash would cut the sequence. */
function recordingStore() {
  const map = new Map<string, unknown>();
  const writes: string[] = [];
  const store = {
    get: async (key: string) => map.get(key),
    set: async (key: string, value: unknown) => {
      writes.push(`set ${key}`);
      map.set(key, value);
      return true;
    },
    delete: async (key: string) => {
      writes.push(`delete ${key}`);
      return map.delete(key);
    },
    clear: async () => map.clear(),
    has: async (key: string) => map.has(key),
  };
  return { keyv: new Keyv({ store }), writes };
}

/** Midjourney's moderation flag, as a speed change meets it. */
const FLAGGED = {
  kind: 'moderation',
  cause: 'moderation',
  status: 596,
  upstreamMessage: 'Pending mod message',
  durationMs: 1,
  attempts: 1,
} as const;

/** An upstream whose every speed change meets Midjourney's moderation flag. */
const flaggedUpstream = {
  name: 'useapi',
  displayName: 'useapi.net',
  words: USEAPI_WORDS,
  setSpeed: async () => FLAGGED,
} as unknown as Upstream;

function dueRecord(): PendingSwitchBack {
  return {
    id: 'due',
    account: ACCOUNT,
    channelId: ACCOUNT,
    mode: 'turbo',
    minutes: 30,
    userId: '700000000000000001',
    requestedAt: '2026-12-02T09:30:00.000Z',
    dueAt: '2026-12-02T10:00:00.000Z',
  };
}

/** A store holding {@link dueRecord}, at its due time. */
async function storedDueRecord() {
  const clock = new ManualClock(Date.parse('2026-12-02T10:00:00Z'));
  const state = new ChannelState(recordingStore().keyv);
  const record = dueRecord();
  await state.recordSwitchBack(record);
  return { clock, state, record };
}

/** An upstream whose every speed change answers 500. */
const failingUpstream = {
  ...flaggedUpstream,
  setSpeed: async () => ({ kind: 'unavailable', reason: 'status', status: 500, durationMs: 1, attempts: 1 }),
} as unknown as Upstream;

test('a halt met by a switch back is stored, and the switch back is kept to run after the reset', async () => {
  const clock = new ManualClock(Date.parse('2026-12-02T10:00:00Z'));
  const { keyv, writes } = recordingStore();
  const state = new ChannelState(keyv);
  const record = dueRecord();
  await state.recordSwitchBack(record);
  writes.length = 0;

  const result = await new SwitchBackRun(flaggedUpstream, new AccountRecords(state, clock), clock).run(
    record,
  );

  if (result.kind !== 'halted') throw new Error(`expected a halt, got ${result.kind}`);
  expect(writes.some((write) => write.includes(`halt:${ACCOUNT}`))).toBe(true);
  // Midjourney keeps Turbo through the halt: dropping the switch back would leave it on for good. It
  // names the halt, so other processes wait for the reset without announcing it again.
  expect(await state.switchBack(ACCOUNT)).toEqual({ ...record, heldBy: result.halt.since });
});

test('a switch back held by a halt is told and written to the history once, however often it comes up', async () => {
  const { clock, state, record } = await storedDueRecord();
  const records = new AccountRecords(state, clock);
  await records.recordHalt(ACCOUNT, records.haltNow('turbo', record.userId, FLAGGED, ACCOUNT));
  // Another process, or this one after a restart, comes to it again while the account is still halted.
  const run = new SwitchBackRun(failingUpstream, records, clock);

  expect((await run.run(record)).kind).toBe('halted');
  clock.advance(60_000);
  expect((await run.run(record)).kind).toBe('held');

  expect((await state.history(ACCOUNT)).map((entry) => entry.outcome)).toEqual(['skippedHalted']);
});

test('a failed switch back stays stored with its next attempt, and only its first failure is written to the history', async () => {
  const { clock, state, record } = await storedDueRecord();
  const run = new SwitchBackRun(failingUpstream, new AccountRecords(state, clock), clock);

  for (const [attempt, waitMinutes] of [1, 2, 5].entries()) {
    expect((await run.run(record)).kind).toBe('failed');
    const stored = await state.switchBack(ACCOUNT);
    expect(stored).toMatchObject({ id: record.id, failedAttempts: attempt + 1 });
    expect(Date.parse(stored?.retryAt ?? '')).toBe(clock.now() + waitMinutes * 60_000);
    // Before that time, another process coming to it leaves it alone.
    expect((await run.run(record)).kind).toBe('notYet');
    clock.advance(waitMinutes * 60_000);
  }

  expect((await state.history(ACCOUNT)).map((entry) => entry.outcome)).toEqual(['failed']);
});
