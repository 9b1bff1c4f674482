import { expect, test } from 'vitest';
import { offsetShownBy, ProxyClock } from '../../src/upstream/midjourneyProxy/proxyClock.js';
import { localDateTime, localTicks } from '../standins/midjourneyProxy/serverTime.js';
import { ManualClock } from '../support/manualClock.js';

const HOUR = 3_600_000;

/** A `Result` as a proxy in `timeZone` answers it at `utcMs`. */
function resultAt(utcMs: number, timeZone: string, date: string | undefined = new Date(utcMs).toUTCString()) {
  return {
    status: 200,
    headers: date === undefined ? {} : { date },
    body: JSON.stringify({
      success: false,
      code: -1,
      message: '账号不存在',
      timestamp: localTicks(utcMs, timeZone),
    }),
  };
}

test.each([
  ['Asia/Shanghai', '2026-12-06T03:58:00Z', 8 * HOUR],
  ['UTC', '2026-12-06T03:58:00Z', 0],
  ['America/New_York', '2026-12-06T03:58:00Z', -5 * HOUR],
  ['America/New_York', '2026-07-06T03:58:00Z', -4 * HOUR],
  ['Asia/Kolkata', '2026-12-06T03:58:00Z', 5.5 * HOUR],
  ['Asia/Kathmandu', '2026-12-06T03:58:00Z', 5.75 * HOUR],
  ['Pacific/Kiritimati', '2026-12-06T03:58:00Z', 14 * HOUR],
])('a Result from a proxy in %s at %s shows its offset', (timeZone, at, offset) => {
  expect(offsetShownBy(resultAt(Date.parse(at), timeZone), 0)).toBe(offset);
});

test('the Date header and the ticks a few seconds apart still give the quarter hour', () => {
  const at = Date.parse('2026-12-06T03:58:00Z');
  const response = resultAt(at, 'Asia/Shanghai', new Date(at - 7_000).toUTCString());
  expect(offsetShownBy(response, 0)).toBe(8 * HOUR);
});

test("without a Date header the bot's clock stands in; an account body or a page shows nothing", () => {
  const at = Date.parse('2026-12-06T03:58:00Z');
  expect(offsetShownBy(resultAt(at, 'Asia/Shanghai', undefined), at + 30_000)).toBe(8 * HOUR);
  expect(
    offsetShownBy({ status: 200, headers: {}, body: '{"id":"a","infoUpdated":null}' }, at),
  ).toBeUndefined();
  expect(offsetShownBy({ status: 502, headers: {}, body: '<html>Bad Gateway</html>' }, at)).toBeUndefined();
  expect(offsetShownBy({ status: 200, headers: {}, body: '{"timestamp":"12"}' }, at)).toBeUndefined();
});

test('an offset-free time is placed with the learned offset, one with an offset as stated', () => {
  const clock = new ManualClock(Date.parse('2026-12-06T04:00:00Z'));
  const proxyClock = new ProxyClock(clock);
  const readAt = Date.parse('2026-12-06T03:00:00.123Z');
  const local = localDateTime(readAt, 'Asia/Shanghai');
  expect(local).toBe('2026-12-06T11:00:00.123');
  expect(proxyClock.needsOffset(local)).toBe(true);
  expect(proxyClock.instantOf(local)).toBeUndefined();
  expect(proxyClock.instantOf('2026-12-06T03:00:00.1230000+00:00')).toBe(readAt);

  proxyClock.observe(resultAt(clock.now(), 'Asia/Shanghai'));
  expect(proxyClock.needsOffset(local)).toBe(false);
  expect(proxyClock.instantOf(local)).toBe(readAt);
  expect(proxyClock.instantOf('2026-12-06T11:00:00.1234567')).toBe(readAt);
  // Learned an hour ago and not confirmed since: learned again before it is used.
  clock.advance(HOUR);
  expect(proxyClock.offsetMs).toBeUndefined();
});

test('a reading from the future is clamped to now within clock skew, and not placed beyond it', () => {
  const clock = new ManualClock(Date.parse('2026-12-06T04:00:00Z'));
  const proxyClock = new ProxyClock(clock);
  expect(proxyClock.instantOf('2026-12-06T04:01:00Z')).toBe(clock.now());
  expect(proxyClock.instantOf('2026-12-06T12:00:00Z')).toBeUndefined();
});
