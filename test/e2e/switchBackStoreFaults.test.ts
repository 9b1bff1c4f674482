/**
 * Store failures around switch backs never undo a later manual change: a cancel the store refused is said
 * so and done once the store answers, a record older than the account's last change is dropped, and a
 * switch back whose record cannot be read waits for the store instead of acting blind.
 */
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { ChannelState } from '../../src/state/ChannelState.js';
import { openStore } from '../../src/state/openStore.js';
import { CHANNEL_A, CHANNEL_B, type Harness, startHarness } from '../support/botHarness.js';
import { ManualClock } from '../support/manualClock.js';
import { redisUnavailableReason } from '../support/redisServer.js';
import { holdSqliteWrites, sqliteHasKey } from '../support/sqliteFaults.js';
import { botBehindRedisProxyForSuite } from '../support/tcpProxy.js';

const MINUTE = 60_000;
const MEMBER = { id: '700000000000000001' };
const OTHER_MEMBER = { id: '700000000000000003' };

const relaxCalls = (harness: Harness) => harness.useapi.requestsTo('/jobs/relax').length;

/** Lets the bot's clock run out a timed change, then shows that nothing switched back. */
async function expectNoSwitchBack(harness: Harness, clock: ManualClock, channelId: string): Promise<void> {
  clock.advance(60 * MINUTE);
  const status = await harness.run({ subcommand: 'status', channelId });
  await sleep(300);
  expect(status.content).not.toContain('Switches back');
  expect(relaxCalls(harness)).toBe(0);
  expect(harness.discord.channelMessages(channelId)).toEqual([]);
}

describe('with the SQLite store', () => {
  const clock = new ManualClock();
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({ clock });
  });
  afterAll(async () => {
    await harness.close();
  });
  afterEach(() => {
    harness.useapi.clear();
    harness.discord.clearRequests();
  });

  test('a manual change whose cancel the store refused says so, and the switch back never runs', async () => {
    await harness.run({ subcommand: 'turbo', options: { minutes: 30 }, channelId: CHANNEL_A, user: MEMBER });
    const hold = await holdSqliteWrites(join(harness.cwd, 'data', 'mj-speed-bot.sqlite'));
    const manual = await harness.run({ subcommand: 'fast', channelId: CHANNEL_A, user: OTHER_MEMBER });
    await hold.release();
    expect(manual.content).toContain('Done!');
    expect(manual.content).not.toContain('This cancels the switch back');
    expect(manual.content).toMatch(/the pending switch back to Relax could not be cancelled/);

    // Once the store answers, reconciliation deletes it, so a restart does not bring it back.
    const file = join(harness.cwd, 'data', 'mj-speed-bot.sqlite');
    await harness.discord.waitFor(
      async () => {
        clock.advance(MINUTE);
        return !(await sqliteHasKey(file, `switchback:${CHANNEL_A}`));
      },
      { timeoutMs: 10_000, intervalMs: 100, description: 'the cancelled switch back to be deleted' },
    );
    harness.useapi.clear();
    await harness.restartBot();
    await expectNoSwitchBack(harness, clock, CHANNEL_A);
  });

  test('a stored switch back older than the account’s last change is dropped at start', async () => {
    await harness.run({ subcommand: 'turbo', options: { minutes: 30 }, channelId: CHANNEL_B, user: MEMBER });
    harness.useapi.clear();
    await harness.restartBot(async () => {
      // A later manual change whose cancel did not reach the store: the change is recorded, the record stays.
      const store = await openStore('sqlite://./data/mj-speed-bot.sqlite', () => {}, harness.cwd);
      const at = new Date(clock.now() + MINUTE).toISOString();
      await new ChannelState(store.keyv).recordChange(CHANNEL_B, {
        mode: 'fast',
        userId: OTHER_MEMBER.id,
        at,
      });
      await store.close();
    });
    await expectNoSwitchBack(harness, clock, CHANNEL_B);
  });
});

describe.skipIf(redisUnavailableReason())('with Redis unreachable when a switch back comes due', () => {
  const suite = botBehindRedisProxyForSuite(new ManualClock());

  test('nothing is sent until the store answers, then it switches back once', async () => {
    await suite.harness.run({
      subcommand: 'turbo',
      options: { minutes: 30 },
      channelId: CHANNEL_A,
      user: MEMBER,
    });
    suite.proxy.refuse();
    suite.clock.advance(30 * MINUTE);
    await suite.harness.discord.waitFor(
      () => suite.harness.logs.some((line) => line.includes('"outcome":"postponed"')),
      {
        description: 'the switch back to be postponed',
      },
    );
    expect(relaxCalls(suite.harness)).toBe(0);
    expect(suite.harness.discord.channelMessages(CHANNEL_A)).toEqual([]);

    suite.proxy.accept();
    await suite.harness.discord.waitFor(
      () => {
        suite.clock.advance(MINUTE);
        return relaxCalls(suite.harness) === 1 && suite.harness.discord.channelMessages(CHANNEL_A).at(-1);
      },
      { timeoutMs: 20_000, intervalMs: 100, description: 'the switch back once Redis is back' },
    );
    expect(suite.harness.discord.channelMessages(CHANNEL_A).at(-1)?.content).toContain(
      'switched back to **Relax mode**',
    );
    suite.clock.advance(5 * MINUTE);
    await sleep(300);
    expect(relaxCalls(suite.harness)).toBe(1);
  });
});
