/**
 * Offline and failing syncs the proxy explains only by its timing or its account (audit §3.5, §3.8): the
 * daily gap after the proxy's local midnight, told apart only once its UTC offset is known, and a
 * `同步失败` that disabled the account.
 */
import { expect, test } from 'vitest';
import { describeFailure } from '../../src/upstream/messages.js';
import { MIDJOURNEY_PROXY_WORDS } from '../../src/upstream/midjourneyProxy/words.js';
import { OFFLINE_DETAILS } from '../../src/upstream/outcomes.js';
import { proxyFaults } from '../standins/midjourneyProxy.js';
import { expectKind } from '../support/expectKind.js';
import { CHANNEL, proxyFixture } from './proxyFixture.js';

const fx = proxyFixture();
const HOUR = 3_600_000;
/** A proxy on Asia/Shanghai time, as its documented Docker setup runs (scripts/docker-compose.yml:26). */
const SHANGHAI = 8 * HOUR;

/** Moves the test clock forward to the next `hour`:`minute` UTC. */
function advanceToUtc(hour: number, minute: number): void {
  const day = new Date(fx.clock.now());
  day.setUTCHours(hour, minute, 0, 0);
  const at = day.getTime() <= fx.clock.now() ? day.getTime() + 24 * HOUR : day.getTime();
  fx.clock.advance(at - fx.clock.now());
}

test('a click refused just after the proxy’s local midnight is its daily restart: try again in a minute', async () => {
  // 16:01 UTC is 00:01 in Shanghai.
  advanceToUtc(16, 1);
  fx.proxy.addAccount({ channelId: CHANNEL, mode: 'relax' });
  fx.proxy.startMidnightGap('never');
  const outcome = fx.seen(await fx.client({ proxyUtcOffsetMs: () => SHANGHAI }).setSpeed('fast', CHANNEL));

  const offline = expectKind(outcome, 'unavailable');
  expect(offline).toMatchObject({ reason: 'accountOffline', detail: OFFLINE_DETAILS.dailyRestart });
  const said = describeFailure(offline, MIDJOURNEY_PROXY_WORDS);
  expect(said).toContain('restarts its accounts just after midnight on its own clock');
  expect(said).not.toContain('operator');
});

test('without the proxy’s offset there is no midnight rule: the same refusal is a plain offline account', async () => {
  advanceToUtc(16, 1);
  fx.proxy.addAccount({ channelId: CHANNEL, mode: 'relax' });
  fx.proxy.startMidnightGap('never');
  const outcome = fx.seen(await fx.client().setSpeed('fast', CHANNEL));

  const offline = expectKind(outcome, 'unavailable');
  expect(offline.reason).toBe('accountOffline');
  expect(offline.detail).toBeUndefined();
});

test('a refused click at another hour is a plain offline account, offset known or not', async () => {
  advanceToUtc(18, 0);
  fx.proxy.addAccount({ channelId: CHANNEL, mode: 'relax', online: false });
  const outcome = fx.seen(await fx.client({ proxyUtcOffsetMs: () => SHANGHAI }).setSpeed('fast', CHANNEL));
  expect(expectKind(outcome, 'unavailable').detail).toBeUndefined();
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
