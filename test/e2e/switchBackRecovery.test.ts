/**
 * Pending switch backs are never lost: not to rows the store leaves behind, not to a store that is down
 * when the bot starts. Whatever `/speed status` shows as pending does run.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { CHANNEL_A, type Harness, startHarness } from '../support/botHarness.js';
import { ManualClock } from '../support/manualClock.js';
import { redisUnavailableReason } from '../support/redisServer.js';
import { botBehindRedisProxyForSuite } from '../support/tcpProxy.js';

const MINUTE = 60_000;
const MEMBER = { id: '700000000000000001' };

const relaxCalls = (harness: Harness) => harness.useapi.requestsTo('/jobs/relax').length;

/** Lets bot time pass a minute per poll (reconciliation runs on the bot's clock) until `check` holds. */
function passTimeUntil(harness: Harness, clock: ManualClock, check: () => boolean, description: string) {
  return harness.discord.waitFor(
    () => {
      clock.advance(MINUTE);
      return check();
    },
    { timeoutMs: 20_000, intervalMs: 100, description },
  );
}

describe('with cooldown rows left behind in the SQLite file', () => {
  const clock = new ManualClock();
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({ clock, env: { COOLDOWN_SECONDS: '1' } });
  });
  afterAll(async () => {
    await harness.close();
  });

  test('a switch back stored after them is resumed after a restart and runs on time', async () => {
    for (let member = 0; member < 12; member += 1)
      await harness.run({
        subcommand: 'relax',
        channelId: CHANNEL_A,
        user: { id: `70000000000000010${member}` },
      });
    await harness.run({ subcommand: 'turbo', options: { minutes: 30 }, channelId: CHANNEL_A, user: MEMBER });
    // The cooldown rows expire (keyv keeps time with the real clock).
    await sleep(1_200);
    await harness.restartBot();
    expect(harness.logs.join('\n')).toContain('pending switch backs resumed');

    clock.advance(30 * MINUTE);
    const announcement = await harness.discord.waitFor(
      () => harness.discord.channelMessages(CHANNEL_A).at(-1),
      {
        description: 'the switch back announcement',
      },
    );
    expect(announcement.content).toContain('switched back to **Relax mode**');
    expect(relaxCalls(harness)).toBe(13);
  });
});

describe.skipIf(redisUnavailableReason())('with Redis down while the bot starts', () => {
  const suite = botBehindRedisProxyForSuite(new ManualClock());
  afterEach(() => {
    suite.proxy.accept();
    suite.harness.useapi.clear();
    suite.harness.discord.clearRequests();
  });

  async function timedChangeThenRestartWithRedisDown(): Promise<void> {
    await suite.harness.run({
      subcommand: 'turbo',
      options: { minutes: 30 },
      channelId: CHANNEL_A,
      user: MEMBER,
    });
    suite.harness.useapi.clear();
    await suite.harness.restartBot(() => suite.proxy.refuse());
    expect(suite.harness.logs.join('\n')).toContain('could not read the pending switch backs');
    suite.proxy.accept();
  }

  test('the switch back is armed once Redis is back, and runs when due', async () => {
    await timedChangeThenRestartWithRedisDown();
    await passTimeUntil(
      suite.harness,
      suite.clock,
      () => relaxCalls(suite.harness) === 1,
      'the switch back to Relax',
    );
    const announcement = await suite.harness.discord.waitFor(
      () => suite.harness.discord.channelMessages(CHANNEL_A).at(-1),
      {
        description: 'the switch back announcement',
      },
    );
    expect(announcement.content).toContain('switched back to **Relax mode**');
    const status = await suite.harness.run({ subcommand: 'status', channelId: CHANNEL_A });
    expect(status.content).not.toContain('Switches back');
  });

  test('a switch back that /speed status shows as pending does run when due', async () => {
    await timedChangeThenRestartWithRedisDown();
    const status = await suite.harness.discord.waitFor(
      async () => {
        const answer = await suite.harness.run({ subcommand: 'status', channelId: CHANNEL_A });
        return answer.content.includes('Switches back') && answer;
      },
      { timeoutMs: 15_000, intervalMs: 200, description: '/speed status to read the store again' },
    );
    expect(status.content).toMatch(/Switches back to \*\*Relax\*\*/);
    suite.clock.advance(30 * MINUTE);
    await suite.harness.useapi.waitFor(() => relaxCalls(suite.harness) === 1, 10_000);
  });
});
