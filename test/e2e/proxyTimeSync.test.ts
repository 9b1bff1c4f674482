/**
 * Issue 19, points 1 and 2, through the real bot: midjourney-proxy writes `infoUpdated` in its host's local
 * time with no offset, and every `account-sync` clears its anti-ban throttle. `/speed status` must date the
 * stored reading right whatever the two time zones, send nothing for a reading younger than the sync age,
 * and sync an old one at most once per 10 minutes per account across every process sharing the store.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { type RunningBot, startBot } from '../../src/bot.js';
import { createLogger } from '../../src/log.js';
import { waitFor } from '../standins/discord.js';
import {
  CHANNEL_A,
  CHANNEL_B,
  type Harness,
  proxyHarnessForSuite,
  startHarness,
} from '../support/botHarness.js';
import { ManualClock } from '../support/manualClock.js';
import { redisServerForSuite, redisUnavailableReason } from '../support/redisServer.js';

const MEMBER = { id: '700000000000000601' };
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const unix = (ms: number) => Math.floor(ms / 1_000);

/** Runs `work` with the bot's process in `timeZone` (Node reads `TZ` again when it is assigned). */
async function inTimeZone<T>(timeZone: string, work: () => Promise<T>): Promise<T> {
  const before = process.env.TZ;
  process.env.TZ = timeZone;
  try {
    return await work();
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
}

describe('the age of the proxy’s /info reading, whatever the time zones', () => {
  const clock = new ManualClock(Date.parse('2026-12-06T03:30:00Z'));
  const harness = proxyHarnessForSuite(clock);
  afterEach(() => {
    clock.advance(HOUR);
  });

  test.each([
    { proxy: 'Asia/Shanghai', bot: 'UTC', minutes: 50 },
    { proxy: 'UTC', bot: 'Asia/Shanghai', minutes: 50 },
    { proxy: 'America/New_York', bot: 'Asia/Kolkata', minutes: 5 },
  ])(
    'a proxy in $proxy and a bot in $bot: status dates a $minutes-minute-old reading right and sends no sync',
    async ({ proxy, bot, minutes }) => {
      harness().proxy.setTimeZone(proxy);
      const readAt = clock.now() - minutes * MINUTE;
      harness().proxy.account(CHANNEL_A).infoUpdated = readAt;
      const status = await inTimeZone(bot, () =>
        harness().run({ subcommand: 'status', channelId: CHANNEL_A, user: MEMBER }),
      );
      expect(status.content).toContain(
        `Fast time remaining: **12.5 of 30 hours left (41.67%)**, per Midjourney's /info <t:${unix(readAt)}:R>.`,
      );
      expect(harness().proxy.syncsOf(CHANNEL_A)).toBe(0);
    },
  );

  test('a reading dated hours ahead of the bot’s clock is shown without a time, and not synced', async () => {
    harness().proxy.account(CHANNEL_B).infoUpdated = clock.now() + 5 * HOUR;
    const status = await harness().run({ subcommand: 'status', channelId: CHANNEL_B, user: MEMBER });
    expect(status.content).toContain(
      "Fast time remaining: **12.5 of 30 hours left (41.67%)**, per Midjourney's /info (when it was read is unknown).",
    );
    expect(status.content).not.toContain('<t:');
    expect(harness().proxy.syncsOf(CHANNEL_B)).toBe(0);
  });

  test('a reading older than an hour is synced once, and status shows the new figures dated now', async () => {
    harness().proxy.account(CHANNEL_B).infoUpdated = clock.now() - 2 * HOUR;
    harness().upstream.setFastTime(CHANNEL_B, 3, 15);
    const status = await harness().run({ subcommand: 'status', channelId: CHANNEL_B, user: MEMBER });
    expect(status.content).toContain(
      `Fast time remaining: **3 of 15 hours left (20%)**, per Midjourney's /info <t:${unix(clock.now())}:R>.`,
    );
    expect(harness().proxy.syncsOf(CHANNEL_B)).toBe(1);
  });

  test('no sync while the channel is halted, however old the reading', async () => {
    harness().upstream.lockWithCaptcha(CHANNEL_A, 'https://proxy.example/cf/verify?state=t');
    await harness().run({ subcommand: 'fast', channelId: CHANNEL_A, user: MEMBER });
    // Unlocked at the proxy, but nobody ran /speed reset: the bot still holds the halt.
    Object.assign(harness().proxy.account(CHANNEL_A), { lock: false, infoUpdated: clock.now() - 5 * HOUR });
    const status = await harness().run({ subcommand: 'status', channelId: CHANNEL_A, user: MEMBER });
    expect(status.content).toContain('**Halted**');
    expect(status.content).toContain('Fast time remaining: unknown (not asked while the account is halted).');
    expect(harness().proxy.syncsOf(CHANNEL_A)).toBe(0);
  });
});

describe.skipIf(redisUnavailableReason())('two bot processes sharing a redis-server', () => {
  const redisServer = redisServerForSuite();
  const clock = new ManualClock(Date.parse('2026-12-06T08:00:00Z'));
  let harness: Harness;
  let second: RunningBot | undefined;
  const secondLogs: string[] = [];
  beforeAll(async () => {
    harness = await startHarness({
      upstream: 'midjourney-proxy',
      clock,
      env: { STORE_URL: redisServer().url },
    });
    const logger = createLogger('debug', [], { write: (line) => secondLogs.push(line) });
    second = await startBot(harness.config, logger, harness.cwd, { clock });
    const bot = second;
    await waitFor(() => bot.client.isReady(), { description: 'the second bot to be ready' });
  });
  afterAll(async () => {
    await second?.stop();
    await harness.close();
  });

  test('status every 6 minutes for an hour, with a reading that stays old, syncs at most once per 10 minutes', async () => {
    // Both processes receive each interaction (the stand-in's gateway reaches every session), so every
    // status is checked by two bots at once, each past its own 5-minute fast-time cache.
    const handled = (logs: readonly string[]) =>
      logs.filter((line) => line.includes('"msg":"interaction"')).length;
    const syncedAt: number[] = [];
    const start = clock.now();
    for (let at = start, statuses = 1; at <= start + HOUR; at += 6 * MINUTE, statuses += 1) {
      clock.advance(at - clock.now());
      // Midjourney's reply never reaches the proxy: its reading stays two hours old.
      harness.proxy.account(CHANNEL_A).infoUpdated = clock.now() - 2 * HOUR;
      const before = harness.proxy.syncsOf(CHANNEL_A);
      await harness.run({ subcommand: 'status', channelId: CHANNEL_A, user: MEMBER });
      // Both bots are done with it before time moves on.
      await waitFor(() => handled(harness.logs) >= statuses && handled(secondLogs) >= statuses, {
        description: 'both bots to have handled the status',
      });
      const synced = harness.proxy.syncsOf(CHANNEL_A) - before;
      expect(synced).toBeLessThanOrEqual(1);
      if (synced === 1) syncedAt.push(clock.now());
    }
    expect(syncedAt.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < syncedAt.length; i += 1) {
      expect((syncedAt[i] ?? 0) - (syncedAt[i - 1] ?? 0)).toBeGreaterThanOrEqual(10 * MINUTE);
    }
  });
});
