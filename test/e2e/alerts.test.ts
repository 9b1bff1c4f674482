import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { ALERT_FIRST_RETRY_MS } from '../../src/discord/alerts/AlertChannel.js';
import { discordErrors, permissionSets } from '../standins/discord.js';
import { respond } from '../standins/useapi.js';
import { watchAlerts } from '../support/alertWatch.js';
import {
  ADMIN_ROLE_ID,
  CHANNEL_A,
  CHANNEL_B,
  GUILD_ID,
  type Harness,
  startHarness,
} from '../support/botHarness.js';
import { ManualClock } from '../support/manualClock.js';

const ALERTS = '810000000000000099';
const MEMBER = { id: '700000000000000201' };
const ADMIN = { id: '700000000000000202' };
const MINUTE = 60_000;
const BLOCKED_TEXT =
  'You have been blocked from using Midjourney for 3 days for breaking the community guidelines. @everyone';

describe('ALERT_CHANNEL_ID', () => {
  const clock = new ManualClock();
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({
      clock,
      discord: {
        guilds: [{ id: GUILD_ID, channels: [CHANNEL_A, CHANNEL_B, ALERTS], roles: [ADMIN_ROLE_ID] }],
      },
      env: { ALERT_CHANNEL_ID: ALERTS },
    });
  });
  afterAll(async () => {
    await harness.close();
  });
  afterEach(() => {
    harness.useapi.clear();
  });

  const { all: alerts, next: nextAlert, of: alertOf } = watchAlerts(() => harness, ALERTS);
  const resetByAdmin = (channelId: string) =>
    harness.run({ subcommand: 'reset', channelId, user: ADMIN, permissions: permissionSets.manager });

  test('every speed change gets one line, timed or not, pinging nobody', async () => {
    const before = alerts().length;
    await harness.run({ subcommand: 'turbo', options: { minutes: 30 }, channelId: CHANNEL_A, user: MEMBER });
    const timed = await nextAlert(before);
    const due = Math.floor((clock.now() + 30 * MINUTE) / 1_000);
    expect(timed.content).toBe(
      `🔁 <@${MEMBER.id}> switched Midjourney account \`${CHANNEL_A}\` to **Turbo** in <#${CHANNEL_A}> for 30 min (back to Relax <t:${due}:F> (<t:${due}:R>)).`,
    );
    expect(timed.allowedMentions).toMatchObject({ parse: [], roles: [] });
    expect(timed.mentions).toEqual({ everyone: false, users: [], roles: [] });

    await harness.run({ subcommand: 'fast', channelId: CHANNEL_B, user: MEMBER });
    const untimed = await nextAlert(before + 1);
    expect(untimed.content).toBe(
      `🔁 <@${MEMBER.id}> switched Midjourney account \`${CHANNEL_B}\` to **Fast** in <#${CHANNEL_B}>, untimed.`,
    );
    // The timed change's switch back is a change too, posted when it happens.
    clock.advance(30 * MINUTE);
    const back = await nextAlert(before + 2);
    expect(back.content).toBe(
      `⏱️ Automatic switch back of Midjourney account \`${CHANNEL_A}\` in <#${CHANNEL_A}> to **Relax**, after <@${MEMBER.id}>'s **Turbo** for 30 min.`,
    );
  });

  test('a halt names the account, who met it, where, quotes the text safely, says when the block ends, and is the only alert that pings the admins', async () => {
    const before = alerts().length;
    harness.useapi.respondOnce({ route: 'jobs' }, respond.json(596, { error: BLOCKED_TEXT, code: 596 }));
    await harness.run({ subcommand: 'fast', channelId: CHANNEL_A, user: MEMBER });
    const halt = await nextAlert(before);
    const end = Math.floor((clock.now() + 3 * 24 * 60 * MINUTE) / 1_000);
    expect(halt.content).toContain(
      `⛔ **Halt** on Midjourney account \`${CHANNEL_A}\`: \`/speed fast\` by <@${MEMBER.id}> met a moderation halt in <#${CHANNEL_A}>.`,
    );
    // Quoted as typed: the @ is escaped, so it shows as text (and could not ping anyway).
    expect(halt.content).toContain(`useapi.net said:\n> ${BLOCKED_TEXT.replace('@', '\\@')}`);
    expect(halt.content).toContain(`the block ends <t:${end}:F> (<t:${end}:R>)`);
    expect(halt.content).toContain(`<@&${ADMIN_ROLE_ID}>: resolve it in the Midjourney account, then run`);
    expect(halt.allowedMentions).toMatchObject({ parse: [], roles: [ADMIN_ROLE_ID] });
    expect(halt.mentions).toEqual({ everyone: false, users: [], roles: [ADMIN_ROLE_ID] });

    const reset = await resetByAdmin(CHANNEL_A);
    expect(reset.content).toContain('reset the Midjourney account');
    const resetAlert = await nextAlert(before + 1);
    expect(resetAlert.content).toBe(
      `✅ <@${ADMIN.id}> reset Midjourney account \`${CHANNEL_A}\` in <#${CHANNEL_A}>. useapi.net reports no flag any more.`,
    );
    expect(resetAlert.mentions.roles).toEqual([]);
    const pinging = alerts().filter((alert) => alert.mentions.roles.length > 0);
    expect(pinging.map((alert) => alert.content.split('\n')[0])).toEqual([
      expect.stringContaining('⛔ **Halt**'),
    ]);
  });

  test('a reset while the upstream still reports the flag says so', async () => {
    harness.useapi.flagModeration(CHANNEL_B);
    await alertOf(() => harness.run({ subcommand: 'relax', channelId: CHANNEL_B, user: MEMBER }));
    const before = alerts().length;
    // The reset goes through, but Midjourney's message is still pending when the bot checks.
    harness.useapi.respondOnce({ route: 'reset' }, respond.empty());
    await harness.run({ subcommand: 'reset', channelId: CHANNEL_B, user: ADMIN, roles: [ADMIN_ROLE_ID] });
    const alert = await nextAlert(before);
    expect(alert.content).toContain(
      '⚠️ useapi.net still reports a pending moderation message: the next speed change will halt again.',
    );
    harness.useapi.clearModeration(CHANNEL_B);
  });

  test('a reset whose reply Discord refuses still tells the alert channel who lifted the halt', async () => {
    clock.advance(MINUTE); // a halt of its own, not the one the test before met at this same instant
    harness.useapi.flagModeration(CHANNEL_B);
    await alertOf(() => harness.run({ subcommand: 'relax', channelId: CHANNEL_B, user: MEMBER }), '⛔');
    harness.useapi.clearModeration(CHANNEL_B);
    harness.discord.failNext({ route: 'editOriginal' }, discordErrors.unknownWebhook);
    const alert = await alertOf(async () => {
      const answer = await resetByAdmin(CHANNEL_B);
      expect(answer.content).toContain('Something went wrong inside the bot');
    }, '✅');
    expect(alert.content).toBe(
      `✅ <@${ADMIN.id}> reset Midjourney account \`${CHANNEL_B}\` in <#${CHANNEL_B}>. useapi.net reports no flag any more.`,
    );
  });

  test('switch backs that fail or are held by a halt are alerts', async () => {
    await alertOf(() =>
      harness.run({ subcommand: 'turbo', options: { minutes: 10 }, channelId: CHANNEL_B, user: MEMBER }),
    );
    const before = alerts().length;
    harness.useapi.respondOnce({ route: 'jobs' }, respond.json(500, { error: 'boom', code: 500 }));
    clock.advance(10 * MINUTE);
    const failed = await nextAlert(before);
    expect(failed.content).toContain(
      `❌ The switch back to Relax of Midjourney account \`${CHANNEL_B}\` in <#${CHANNEL_B}>, after <@${MEMBER.id}>'s **Turbo** for 10 min, failed:`,
    );
    expect(failed.content).toContain('The account may still be in Turbo mode. The bot tries again <t:');

    await harness.run({ subcommand: 'fast', options: { minutes: 10 }, channelId: CHANNEL_B, user: MEMBER });
    harness.useapi.flagModeration(CHANNEL_B);
    await harness.run({ subcommand: 'status', channelId: CHANNEL_B, user: MEMBER });
    const afterHalt = alerts().length;
    clock.advance(10 * MINUTE);
    const skipped = await harness.discord.waitFor(() =>
      alerts()
        .slice(afterHalt - 1)
        .find((alert) => alert.content.startsWith('⏸️')),
    );
    expect(skipped.content).toContain(
      'is held: the account is halted, so nothing was sent. The account may still be in Fast mode. It runs right after `/speed reset`.',
    );
    await harness.run({ subcommand: 'reset', channelId: CHANNEL_B, permissions: permissionSets.manager });
  });

  test('a post Discord refuses (403 Missing Permissions) is logged once, members are answered as usual, and it is posted once allowed', async () => {
    const before = alerts().length;
    const timers = clock.pendingTimers;
    const refusal = harness.discord.failNext(
      { route: 'createChannelMessage', path: `/channels/${ALERTS}/messages` },
      { status: 403, body: { message: 'Missing Permissions', code: 50013 }, times: 3 },
    );
    const warnings = () =>
      harness.logs.filter((line) => line.includes('could not post in the alert channel'));
    for (const user of [MEMBER, ADMIN, MEMBER]) {
      const answer = await harness.run({ subcommand: 'fast', channelId: CHANNEL_A, user });
      expect(answer.content).toContain('**Fast mode** requested by');
    }
    await harness.discord.waitFor(() => refusal.hits === 3, { description: 'three refused alerts' });
    await harness.discord.waitFor(
      () => harness.logs.filter((line) => line.includes('alert not posted')).length === 2,
    );
    expect(warnings()).toHaveLength(1);
    expect(JSON.parse(warnings()[0] ?? '{}')).toMatchObject({ level: 40, cause: 'discord-403-50013' });

    // Their claims were given back: once Discord accepts posts again, the retries post each alert once.
    await harness.discord.waitFor(() => clock.pendingTimers === timers + 3, { description: 'three retries' });
    clock.advance(ALERT_FIRST_RETRY_MS);
    // Only the change alerts: an alert of the test before (its reset's) may still arrive meanwhile.
    const changeAlerts = () =>
      alerts()
        .slice(before)
        .filter((alert) => alert.content.startsWith('🔁'));
    await harness.discord.waitFor(() => changeAlerts().length >= 3, {
      description: 'the three change alerts',
    });
    const changes = changeAlerts().map((alert) => alert.content.split(' to ')[0]);
    expect(changes.sort()).toEqual(
      [MEMBER, ADMIN, MEMBER]
        .map((user) => `🔁 <@${user.id}> switched Midjourney account \`${CHANNEL_A}\``)
        .sort(),
    );
  });
});
