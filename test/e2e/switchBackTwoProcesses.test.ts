/**
 * Two bot processes on one Redis (a failover instance, a rolling deploy): a switch back that fails is
 * kept and tried again, and its attempts are stored, so between them each attempt is one request to the
 * upstream, written to the history and announced by the process that made it (issue 20 item 2 review).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type RunningBot, startBot } from '../../src/bot.js';
import { createLogger } from '../../src/log.js';
import { configSecrets } from '../../src/secrets.js';
import { waitFor } from '../standins/discord.js';
import { respond } from '../standins/useapi.js';
import { CHANNEL_A, type Harness, startHarness } from '../support/botHarness.js';
import { ManualClock } from '../support/manualClock.js';
import { redisServerForSuite, redisUnavailableReason } from '../support/redisServer.js';

const MINUTE = 60_000;
const MEMBER = { id: '700000000000000601' };
const FAILED = 'switching back to Relax failed';
const SWITCHED_BACK = 'switched back to **Relax mode**';

describe.skipIf(redisUnavailableReason())('a failing switch back with two processes on one Redis', () => {
  const redis = redisServerForSuite();
  const clock = new ManualClock(Date.parse('2026-12-09T18:00:00Z'));
  let harness: Harness;
  let second: RunningBot;
  const secondLogs: string[] = [];

  beforeAll(async () => {
    harness = await startHarness({ clock, env: { STORE_URL: redis().url } });
    const logger = createLogger(harness.config.logLevel, configSecrets(harness.config), {
      write: (line) => secondLogs.push(line),
    });
    second = await startBot(harness.config, logger, harness.cwd, { clock });
    await waitFor(() => harness.discord.readySessions === 2, { description: 'both sessions to be ready' });
  });
  afterAll(async () => {
    await second?.stop();
    await harness?.close();
  });

  const messages = (containing: string) =>
    harness.discord.channelMessages(CHANNEL_A).filter((message) => message.content.includes(containing));

  test('each attempt is one request, one failure line in the history and one announcement', async () => {
    await harness.run({ subcommand: 'turbo', options: { minutes: 5 }, channelId: CHANNEL_A, user: MEMBER });
    // Both processes keep time for it: the one that answered, and the other once it reads the store.
    clock.advance(MINUTE);
    await waitFor(
      () => [...harness.logs, ...secondLogs].some((line) => line.includes('armed stored switch backs')),
      { description: 'the other process to arm the switch back' },
    );
    // Two failed attempts (a 500 each), then Midjourney answers. Each request notes the bots' time.
    const requestedAt: number[] = [];
    harness.useapi.script(
      { path: '/jobs/relax' },
      () => {
        requestedAt.push(clock.now());
        return requestedAt.length <= 2 ? respond.json(500, { error: 'Internal error' }) : { type: 'default' };
      },
      { times: 3 },
    );

    clock.advance(4 * MINUTE);
    await waitFor(() => messages(FAILED).length > 0, { description: 'the failure to be announced' });
    await waitFor(
      () => {
        if (messages(SWITCHED_BACK).length > 0) return true;
        clock.advance(MINUTE);
        return false;
      },
      { timeoutMs: 20_000, intervalMs: 100, description: 'the switch back to go through' },
    );

    expect(harness.useapi.requestsTo('/jobs/relax')).toHaveLength(3);
    expect(harness.useapi.modeOf(CHANNEL_A)).toBe('relax');
    // One request per attempt, each at least the backoff the attempt before it stored (1, then 2 min)
    // after it: the other process never sends /relax again right behind one that just failed.
    const gaps = requestedAt.slice(1).map((at, index) => at - (requestedAt[index] ?? at));
    expect(gaps[0]).toBeGreaterThanOrEqual(MINUTE);
    expect(gaps[1]).toBeGreaterThanOrEqual(2 * MINUTE);
    const history = await harness.run({ subcommand: 'history', channelId: CHANNEL_A, user: MEMBER });
    const automatic = history.content.split('\n').filter((line) => line.includes('automatically after'));
    expect(automatic.filter((line) => line.includes('unavailable'))).toHaveLength(1);
    expect(automatic).toHaveLength(2);
    expect(messages(FAILED)).toHaveLength(1);
    expect(messages(SWITCHED_BACK)).toHaveLength(1);
    // Whichever process made the last attempt knows the earlier ones failed.
    expect(messages(SWITCHED_BACK)[0]?.content).toContain('late: the earlier attempts failed');
  });
});
