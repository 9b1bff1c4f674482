/**
 * Offline and failing syncs the proxy explains only by its timing or its account (audit §3.5, §3.8): the
 * daily gap after the proxy's local midnight, placed with the UTC offset the proxy's own answers show
 * (the stand-in runs in Asia/Shanghai, as the proxy's documented Docker setup does), and a `同步失败` that
 * disabled the account.
 */
import { expect, test } from 'vitest';
import { describeFailure } from '../../src/upstream/messages.js';
import { inDailyGap } from '../../src/upstream/midjourneyProxy/clickRefusals.js';
import { MIDJOURNEY_PROXY_WORDS } from '../../src/upstream/midjourneyProxy/words.js';
import { OFFLINE_DETAILS } from '../../src/upstream/outcomes.js';
import { proxyFaults } from '../standins/midjourneyProxy.js';
import { expectKind } from '../support/expectKind.js';
import { rendered } from '../support/rendered.js';
import { CHANNEL, proxyFixture } from './proxyFixture.js';

const fx = proxyFixture();
const HOUR = 3_600_000;

/** Moves the test clock forward to the next `hour`:`minute` UTC. */
function advanceToUtc(hour: number, minute: number): void {
  const day = new Date(fx.clock.now());
  day.setUTCHours(hour, minute, 0, 0);
  const at = day.getTime() <= fx.clock.now() ? day.getTime() + 24 * HOUR : day.getTime();
  fx.clock.advance(at - fx.clock.now());
}

test('a click refused just after the proxy’s local midnight is its daily restart: try again in a minute', async () => {
  // 16:01 UTC is 00:01 in Shanghai: the refusal's own `Result` shows the proxy's +08:00.
  advanceToUtc(16, 1);
  fx.proxy.addAccount({ channelId: CHANNEL, mode: 'relax' });
  fx.proxy.startMidnightGap('never');
  const outcome = fx.seen(await fx.client().setSpeed('fast', CHANNEL));

  const offline = expectKind(outcome, 'unavailable');
  expect(offline).toMatchObject({ reason: 'accountOffline', detail: OFFLINE_DETAILS.dailyRestart });
  const said = rendered(describeFailure(offline, MIDJOURNEY_PROXY_WORDS));
  expect(said).toContain('restarts its accounts just after midnight on its own clock');
  expect(said).not.toContain('operator');
});

test('the same refusal at the same instant from a proxy on UTC (16:01 there) is a plain offline account', async () => {
  advanceToUtc(16, 1);
  fx.proxy.setTimeZone('UTC');
  fx.proxy.addAccount({ channelId: CHANNEL, mode: 'relax' });
  fx.proxy.startMidnightGap('never');
  const outcome = fx.seen(await fx.client().setSpeed('fast', CHANNEL));

  const offline = expectKind(outcome, 'unavailable');
  expect(offline.reason).toBe('accountOffline');
  expect(offline.detail).toBeUndefined();
});

test('a refused click at another hour of the proxy’s day is a plain offline account', async () => {
  advanceToUtc(18, 0);
  fx.proxy.addAccount({ channelId: CHANNEL, mode: 'relax', online: false });
  const outcome = fx.seen(await fx.client().setSpeed('fast', CHANNEL));
  expect(expectKind(outcome, 'unavailable').detail).toBeUndefined();
});

test('without a known offset there is no midnight rule; with one, only the first minutes of the proxy’s day count', () => {
  const shanghaiMidnight = Date.parse('2026-12-06T16:00:00Z');
  expect(inDailyGap(shanghaiMidnight + 60_000, undefined)).toBe(false);
  expect(inDailyGap(shanghaiMidnight + 60_000, 8 * HOUR)).toBe(true);
  expect(inDailyGap(shanghaiMidnight - 60_000, 8 * HOUR)).toBe(false);
  // Kolkata's midnight is 18:30 UTC.
  expect(inDailyGap(Date.parse('2026-12-06T18:31:00Z'), 5.5 * HOUR)).toBe(true);
});

test('a sync that fails ("同步失败") and disabled the account says the account is switched off, not busy', async () => {
  fx.proxy.addAccount({ channelId: CHANNEL, infoUpdated: fx.clock.now() - 2 * HOUR });
  fx.proxy.fail(proxyFaults.syncFailedOverLimit(), { route: 'sync' });
  const outcome = fx.seen(await fx.client().fastTime(CHANNEL));

  expect(expectKind(outcome, 'accountDisabled').upstreamMessage).toBe('同步失败超过限制');
});

test('a sync that fails ("同步失败") on an account still enabled stays busy', async () => {
  fx.proxy.addAccount({ channelId: CHANNEL, infoUpdated: fx.clock.now() - 2 * HOUR });
  fx.proxy.fail(proxyFaults.refuse('同步失败，请稍后重试'), { route: 'sync' });
  const outcome = fx.seen(await fx.client().fastTime(CHANNEL));
  expectKind(outcome, 'busy');
});
