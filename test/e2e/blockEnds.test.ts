import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { type RunningBot, startBot } from '../../src/bot.js';
import { createLogger } from '../../src/log.js';
import { REMINDER_FIRST_RETRY_MS } from '../../src/speed/BlockEndReminders.js';
import { permissionSets, waitFor } from '../standins/discord.js';
import { respond } from '../standins/useapi.js';
import { ALERT_WAIT_MS } from '../support/alertWatch.js';
import {
  ADMIN_ROLE_ID,
  CHANNEL_A,
  CHANNEL_B,
  GUILD_ID,
  type Harness,
  startHarness,
} from '../support/botHarness.js';
import { ManualClock } from '../support/manualClock.js';
import { redisServerForSuite, redisUnavailableReason } from '../support/redisServer.js';

const ALERTS = '810000000000000099';
const MEMBER = { id: '700000000000000301' };
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const guilds = [{ id: GUILD_ID, channels: [CHANNEL_A, CHANNEL_B, ALERTS], roles: [ADMIN_ROLE_ID] }];

/** Makes the next speed change meet a 596 whose text is `text`. */
function blockWith(harness: Harness, text: string): void {
  harness.useapi.respondOnce({ route: 'jobs' }, respond.json(596, { error: text, code: 596 }));
}

const unix = (ms: number) => Math.floor(ms / 1_000);
const reminders = (harness: Harness, channel: string) =>
  harness.discord.channelMessages(channel).filter((message) => message.content.startsWith('⏰'));
const resetAsAdmin = (harness: Harness, channelId: string) =>
  harness.run({ subcommand: 'reset', channelId, permissions: permissionSets.manager });

describe('blocks that say when they end, without an alert channel', () => {
  const clock = new ManualClock(Date.parse('2026-03-10T08:30:00Z'));
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({ clock, discord: { guilds } });
  });
  afterAll(async () => {
    await harness.close();
  });
  afterEach(() => {
    harness.useapi.clear();
  });

  test.each([
    ['You have been blocked from using Midjourney for 24 hours.', DAY],
    ['Blocked, Your access is suspended for 1 week for repeated violations', 7 * DAY],
    ['Pending mod message, you will be unblocked in 3 days', 3 * DAY],
  ])('"%s": the halt notice and /speed status show the end as a Discord timestamp', async (text, lasts) => {
    blockWith(harness, text);
    const notice = await harness.run({ subcommand: 'turbo', channelId: CHANNEL_A, user: MEMBER });
    const end = unix(clock.now() + lasts);
    const line = `The moderation text says the block ends <t:${end}:F> (<t:${end}:R>).`;
    expect(notice.content).toContain(line);
    const status = await harness.run({ subcommand: 'status', channelId: CHANNEL_A });
    expect(status.content).toContain(line);
    await resetAsAdmin(harness, CHANNEL_A);
  });

  test('"until <date>" too, and the reminder comes after a restart, in the channel where the halt was met; nothing is reset', async () => {
    blockWith(harness, 'Your account is blocked until March 12, 2026 at 9:00 AM UTC.');
    const notice = await harness.run({ subcommand: 'fast', channelId: CHANNEL_B, user: MEMBER });
    const end = Date.parse('2026-03-12T09:00:00Z');
    expect(notice.content).toContain(`the block ends <t:${unix(end)}:F>`);

    await harness.restartBot(() => clock.advance(2 * DAY));
    expect(reminders(harness, CHANNEL_B)).toEqual([]);
    clock.advance(end - clock.now());
    const reminder = await harness.discord.waitFor(() => reminders(harness, CHANNEL_B)[0], {
      description: 'the reminder',
      timeoutMs: ALERT_WAIT_MS,
    });
    expect(reminder.content).toContain(
      `⏰ The Midjourney block of Midjourney account \`${CHANNEL_B}\` ended <t:${unix(end)}:F>`,
    );
    expect(reminder.content).toContain('an admin can check it in Midjourney and run `/speed reset`');
    expect(reminder.mentions).toEqual({ everyone: false, users: [], roles: [] });
    // Never reset by the bot: still halted, and useapi.net was not asked to reset.
    const status = await harness.run({ subcommand: 'status', channelId: CHANNEL_B });
    expect(status.content).toContain('⛔ **Halted**');
    expect(harness.useapi.requestsTo('/account')).toEqual([]);
    // Reminded once: a restart does not remind again.
    await harness.restartBot(() => clock.advance(HOUR));
    await resetAsAdmin(harness, CHANNEL_B);
    expect(reminders(harness, CHANNEL_B)).toHaveLength(1);
  });

  test('a reset before the end cancels the reminder, also across a restart', async () => {
    blockWith(harness, 'Blocked for 2 days.');
    await harness.run({ subcommand: 'fast', channelId: CHANNEL_A, user: MEMBER });
    await resetAsAdmin(harness, CHANNEL_A);
    await harness.restartBot();
    clock.advance(3 * DAY);
    // The restarted bot read the store (its reconciliation ran): nothing was left to remind.
    await harness.run({ subcommand: 'status', channelId: CHANNEL_A });
    expect(reminders(harness, CHANNEL_A)).toEqual([]);
  });

  test('text without a duration changes nothing: no end shown, no reminder', async () => {
    harness.useapi.flagModeration(CHANNEL_A);
    const notice = await harness.run({ subcommand: 'fast', channelId: CHANNEL_A, user: MEMBER });
    expect(notice.content).toContain('Midjourney flagged the shared account');
    expect(notice.content).not.toContain('block ends');
    clock.advance(30 * DAY);
    await harness.run({ subcommand: 'status', channelId: CHANNEL_A });
    expect(reminders(harness, CHANNEL_A)).toEqual([]);
    await resetAsAdmin(harness, CHANNEL_A);
  });

  test('a reminder Discord refuses to post is posted later, once', async () => {
    blockWith(harness, 'Blocked for 2 days.');
    await harness.run({ subcommand: 'fast', channelId: CHANNEL_A, user: MEMBER });
    const refusal = harness.discord.failNext(
      { route: 'createChannelMessage', path: `/channels/${CHANNEL_A}/messages` },
      { status: 403, body: { message: 'Missing Permissions', code: 50013 } },
    );
    const before = reminders(harness, CHANNEL_A).length;
    clock.advance(2 * DAY);
    await harness.discord.waitFor(() => refusal.hits === 1, { description: 'the refused reminder' });
    await waitFor(() => harness.logs.some((line) => line.includes('post reminder')), {
      description: 'the failure to be logged',
    });
    expect(reminders(harness, CHANNEL_A)).toHaveLength(before);

    clock.advance(REMINDER_FIRST_RETRY_MS);
    await harness.discord.waitFor(() => reminders(harness, CHANNEL_A)[before], {
      description: 'the reminder, posted again',
      timeoutMs: ALERT_WAIT_MS,
    });
    clock.advance(DAY); // a later reading of the store finds nothing left to remind
    await harness.run({ subcommand: 'status', channelId: CHANNEL_A });
    expect(reminders(harness, CHANNEL_A)).toHaveLength(before + 1);
    await resetAsAdmin(harness, CHANNEL_A);
  });
});

describe.skipIf(redisUnavailableReason())('two bot processes on one redis-server', () => {
  const redisServer = redisServerForSuite();
  const clock = new ManualClock();
  let harness: Harness;
  let second: RunningBot | undefined;
  beforeAll(async () => {
    harness = await startHarness({
      clock,
      discord: { guilds },
      env: { STORE_URL: redisServer().url, ALERT_CHANNEL_ID: ALERTS },
    });
  });
  afterAll(async () => {
    await second?.stop();
    await harness.close();
  });

  test('a block-end reminder and a switch back are each posted once in the alert channel', async () => {
    blockWith(harness, 'You have been blocked for 24 hours.');
    await harness.run({ subcommand: 'fast', channelId: CHANNEL_A, user: MEMBER });
    await harness.run({ subcommand: 'turbo', options: { minutes: 30 }, channelId: CHANNEL_B, user: MEMBER });
    // A second process on the same Redis arms both from the store, as the first holds them.
    const logs: string[] = [];
    const logger = createLogger('debug', [], { write: (line) => logs.push(line) });
    second = await startBot(harness.config, logger, harness.cwd, { clock });
    const bot = second;
    await waitFor(() => bot.client.isReady(), { description: 'the second bot to be ready' });

    clock.advance(DAY);
    const alerts = () => harness.discord.channelMessages(ALERTS);
    await harness.discord.waitFor(
      () => alerts().some((alert) => alert.content.startsWith('⏰')),
      ALERT_WAIT_MS,
    );
    await harness.discord.waitFor(
      () => alerts().some((alert) => alert.content.startsWith('⏱️')),
      ALERT_WAIT_MS,
    );
    // Both processes have finished with them once each has stopped (a stop waits for what is running).
    await bot.stop();
    second = undefined;
    await harness.restartBot();
    expect(alerts().filter((alert) => alert.content.startsWith('⏰'))).toHaveLength(1);
    expect(alerts().filter((alert) => alert.content.startsWith('⏱️'))).toHaveLength(1);
    expect(harness.useapi.requestsTo('/jobs/relax')).toHaveLength(1);
  });
});
