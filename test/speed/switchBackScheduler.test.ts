import { expect, test } from 'vitest';
import { SwitchBackScheduler } from '../../src/speed/SwitchBackScheduler.js';
import type { PendingSwitchBack } from '../../src/speed/timedSpeed.js';
import { ManualClock } from '../support/manualClock.js';

function pending(clock: ManualClock, minutes: number, id = 'sb-1'): PendingSwitchBack {
  return {
    id,
    account: 'acct',
    channelId: 'chan',
    mode: 'turbo',
    minutes,
    userId: 'user',
    requestedAt: new Date(clock.now()).toISOString(),
    dueAt: new Date(clock.now() + minutes * 60_000).toISOString(),
  };
}

function recorder() {
  const fired: string[] = [];
  return { fired, onDue: async (record: PendingSwitchBack) => void fired.push(record.id) };
}

test('a switch back runs once its minutes have passed, not before', () => {
  const clock = new ManualClock();
  const { fired, onDue } = recorder();
  const scheduler = new SwitchBackScheduler(clock, onDue);
  scheduler.arm(pending(clock, 30));
  clock.advance(30 * 60_000 - 1);
  expect(fired).toEqual([]);
  clock.advance(1);
  expect(fired).toEqual(['sb-1']);
  expect(scheduler.armed).toBe(0);
});

test('a newer timed change for the same account replaces the older one', () => {
  const clock = new ManualClock();
  const { fired, onDue } = recorder();
  const scheduler = new SwitchBackScheduler(clock, onDue);
  scheduler.arm(pending(clock, 10, 'old'));
  scheduler.arm(pending(clock, 20, 'new'));
  clock.advance(60 * 60_000);
  expect(fired).toEqual(['new']);
});

test('a disarmed switch back never runs', () => {
  const clock = new ManualClock();
  const { fired, onDue } = recorder();
  const scheduler = new SwitchBackScheduler(clock, onDue);
  scheduler.arm(pending(clock, 10));
  scheduler.disarm('acct');
  clock.advance(60 * 60_000);
  expect(fired).toEqual([]);
});

test('a switch back already due when armed (the bot was down) runs at once', async () => {
  const clock = new ManualClock();
  const record = pending(clock, 10);
  clock.advance(45 * 60_000);
  const ran = new Promise<string>((resolve) => {
    new SwitchBackScheduler(clock, async (due) => resolve(due.id)).arm(record);
  });
  expect(await ran).toBe('sb-1');
});

test('after stop nothing runs any more', async () => {
  const clock = new ManualClock();
  const { fired, onDue } = recorder();
  const scheduler = new SwitchBackScheduler(clock, onDue);
  scheduler.arm(pending(clock, 10));
  await scheduler.stop();
  scheduler.arm(pending(clock, 5, 'late'));
  clock.advance(60 * 60_000);
  expect(fired).toEqual([]);
});

test('a failing switch back is reported, not thrown into the timer', async () => {
  const clock = new ManualClock();
  const errors: unknown[] = [];
  const scheduler = new SwitchBackScheduler(
    clock,
    async () => {
      throw new Error('store down');
    },
    (error) => errors.push(error),
  );
  scheduler.arm(pending(clock, 1));
  clock.advance(60_000);
  await scheduler.stop();
  expect(errors).toEqual([new Error('store down')]);
});
