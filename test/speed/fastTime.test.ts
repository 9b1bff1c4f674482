import { expect, test } from 'vitest';
import { FAST_TIME_CACHE_MS, FastTimeCache, lowFastTime, parseFastTime } from '../../src/speed/fastTime.js';
import { useapiBodies } from '../standins/useapi.js';
import { ManualClock } from '../support/manualClock.js';

const AT = '2026-11-25T10:00:00.000Z';

test('the fast time is read from the /info card useapi.net relays', () => {
  const content = useapiBodies.infoContent({
    mode: 'fast',
    fastHoursRemaining: 12.5,
    fastHoursTotal: 30,
    maxJobs: 3,
  });
  expect(parseFastTime(content, AT)).toEqual({
    remainingHours: 12.5,
    totalHours: 30,
    percent: 41.67,
    at: AT,
  });
});

test('the documented example line parses, whatever lines surround it', () => {
  const content =
    '**User ID**: <user id>\n**Subscription**: Mega (Active monthly, renews next on <t:1705181223>)\n' +
    'Something new: 42\n**Fast Time Remaining**: 60.0/60.0 hours (100%)\n**Lifetime Usage**: 11170 images (120.63 hours)';
  expect(parseFastTime(content, AT)).toMatchObject({ remainingHours: 60, totalHours: 60, percent: 100 });
});

test('without bold, with a comma decimal or without a percentage the line still parses', () => {
  expect(parseFastTime('Fast Time Remaining: 1,5/15 hours', AT)).toMatchObject({
    remainingHours: 1.5,
    totalHours: 15,
    percent: 10,
  });
  expect(parseFastTime('**fast time remaining:** 0.0/3.3 hours (0.00%)', AT)).toMatchObject({
    remainingHours: 0,
    percent: 0,
  });
});

test('a card without a readable Fast Time Remaining line gives no fast time', () => {
  expect(parseFastTime('**User ID**: 1\n**Subscription**: Basic', AT)).toBeUndefined();
  expect(parseFastTime('**Fast Time Remaining**: unlimited', AT)).toBeUndefined();
  expect(parseFastTime('', AT)).toBeUndefined();
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
