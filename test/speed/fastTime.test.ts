import { expect, test } from 'vitest';
import { FAST_TIME_CACHE_MS, FastTimeCache, lowFastTime } from '../../src/speed/fastTime.js';
import { ManualClock } from '../support/manualClock.js';

const AT = '2026-11-25T10:00:00.000Z';

test('a reading without the plan’s total or percentage never counts as low', () => {
  expect(lowFastTime({ kind: 'known', fastTime: { remainingHours: 0.5, at: AT } })).toBeUndefined();
});

test('only a known fast time under 10% counts as low', () => {
  const reading = (percent: number) =>
    ({ kind: 'known', fastTime: { remainingHours: 1, totalHours: 10, percent, at: AT } }) as const;
  expect(lowFastTime(reading(9.99))).toMatchObject({ percent: 9.99 });
  expect(lowFastTime(reading(10))).toBeUndefined();
  expect(lowFastTime({ kind: 'missing', at: AT })).toBeUndefined();
  expect(lowFastTime(undefined)).toBeUndefined();
});

test('a cached reading is reused for 5 minutes, then forgotten', () => {
  const clock = new ManualClock();
  const cache = new FastTimeCache(clock);
  cache.store('c1', { kind: 'missing', at: AT });
  clock.advance(FAST_TIME_CACHE_MS - 1);
  expect(cache.fresh('c1')).toEqual({ kind: 'missing', at: AT });
  clock.advance(1);
  expect(cache.fresh('c1')).toBeUndefined();
});

test('readings of accounts nobody asks about again do not pile up', () => {
  const clock = new ManualClock();
  const cache = new FastTimeCache(clock);
  for (let account = 0; account < 1_000; account += 1)
    cache.store(`account-${account}`, { kind: 'missing', at: AT });
  clock.advance(FAST_TIME_CACHE_MS);
  cache.store('asked-now', { kind: 'missing', at: AT });
  expect(cache.size).toBe(1);
});
