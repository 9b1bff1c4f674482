/**
 * The live panel (`/speed panel`), end to end through the real bot and discord.js: posted as a pinned
 * channel message, its mode buttons are each member's own request under every rule of the command, and it
 * stays true to the account through every kind of change, a restart included. One bot for the file, on
 * a manual clock.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { RESET_BUTTON_ID } from '../../src/discord/haltReplies.js';
import { PANEL_RECONCILE_MS } from '../../src/discord/panel/LivePanels.js';
import { panelButtonId } from '../../src/discord/panel/panelMessage.js';
import { SETTINGS_IDS } from '../../src/discord/settings/settingsView.js';
import { parseChannelMap } from '../../src/speed/channelMap.js';
import type { SpeedMode } from '../../src/speedModes.js';
import { type ChannelButtonClickSpec, permissionBits, permissionSets } from '../standins/discord.js';
import { finalAnswer } from '../standins/finalAnswer.js';
import { watchAlerts } from '../support/alertWatch.js';
import { ADMIN_ROLE_ID, CHANNEL_A, CHANNEL_B, GUILD_ID, harnessForSuite } from '../support/botHarness.js';
import { ManualClock } from '../support/manualClock.js';
import {
  panelButtonLabel,
  panelButtons,
  panelEdits,
  panelShowing,
  panelsIn,
  panelsLookedAt,
  panelText,
} from '../support/panels.js';
import { settingsControls } from '../support/settingsControls.js';
import { holdSqliteWrites } from '../support/sqliteFaults.js';

const ALERTS = '810000000000000099';
const TURBO_ROLE = '900000000000000077';
const MEMBER = { id: '700000000000000301' };
const TURBO_MEMBER = { id: '700000000000000302' };
const ADMIN = { id: '700000000000000303' };
const MINUTE = 60_000;

describe('the live panel', () => {
  const clock = new ManualClock(Date.parse('2026-12-09T18:00:00Z'));
  const suite = harnessForSuite({
    clock,
    discord: {
      guilds: [
        { id: GUILD_ID, channels: [CHANNEL_A, CHANNEL_B, ALERTS], roles: [ADMIN_ROLE_ID, TURBO_ROLE] },
      ],
    },
    env: { ALERT_CHANNEL_ID: ALERTS, TURBO_ROLE_IDS: TURBO_ROLE, TURBO_MAX_MINUTES: '30' },
    // A change writes its records within milliseconds: a short gather keeps the file quick.
    panelCoalesceMs: 150,
  });
  const discord = () => suite().discord;
  const { of: alertOf, all: alerts } = watchAlerts(suite, ALERTS);
  const controls = settingsControls(suite);
  let panelId = '';

  beforeAll(() => {
    const botRole = discord().guild(GUILD_ID)?.botRoleId ?? '';
    discord().updateRole(GUILD_ID, botRole, { permissions: permissionSets.bot | permissionBits.PinMessages });
  });

  const postPanel = (channelId = CHANNEL_A) =>
    suite().run({ subcommand: 'panel', channelId, user: ADMIN, permissions: permissionSets.manager });
  const click = (mode: SpeedMode, spec: ChannelButtonClickSpec = { user: MEMBER }, messageId = panelId) =>
    finalAnswer(discord().clickButton(CHANNEL_A, messageId, panelButtonId(mode), spec));
  const panel = () => discord().channelMessage(panelId);
  /** A slash command in `channelId`; resolves, once the bot looked at that account's panels for it, to how many. */
  const changeAndLook = async (subcommand: SpeedMode, channelId: string) => {
    const from = suite().logs.length;
    await suite().run({ subcommand, channelId, user: MEMBER });
    await discord().waitFor(() => panelsLookedAt(suite().logs, from, channelId) !== undefined);
    return panelsLookedAt(suite().logs, from, channelId);
  };

  test('a member who is not an admin cannot post it; nothing is posted', async () => {
    const answer = await suite().run({ subcommand: 'panel', channelId: CHANNEL_A, user: MEMBER });

    expect(answer.ephemeral).toBe(true);
    expect(answer.content).toBe(
      `Only members with Manage Server or Administrator, or <@&${ADMIN_ROLE_ID}>, can post the speed panel. Nothing was posted.`,
    );
    expect(discord().channelMessages(CHANNEL_A)).toEqual([]);
  });

  test('an admin posts it as a pinned channel message and is answered privately; it pings nobody', async () => {
    const answer = await postPanel();

    expect(answer.ephemeral).toBe(true);
    expect(answer.content).toContain('The speed panel is posted here and pinned.');
    const [posted] = panelsIn(discord(), CHANNEL_A);
    panelId = posted?.id ?? '';
    expect(posted).toMatchObject({ pinned: true, mentions: { everyone: false, users: [], roles: [] } });
    expect(panelText(posted ?? { components: [] })).toContain('Speed mode not set through the bot yet');
    expect(panelButtons(posted ?? { components: [] })).toEqual({
      [panelButtonId('fast')]: false,
      [panelButtonId('turbo')]: false,
      [panelButtonId('relax')]: false,
    });
  });

  test('a mode button is that member’s request, answered privately; the panel shows the change to everyone', async () => {
    const answer = await click('fast');

    expect(answer.ephemeral).toBe(true);
    expect(answer.content).toContain(`**Fast mode** requested by <@${MEMBER.id}>. Midjourney says:`);
    expect(suite().upstream.switches(CHANNEL_A)).toEqual(['fast']);
    const shown = await panelShowing(discord(), panelId, '## ⚡ Fast mode');
    expect(panelText(shown)).toContain(`Set by <@${MEMBER.id}>`);
    expect(shown.mentions).toEqual({ everyone: false, users: [], roles: [] });
    // Nothing else is posted: the panel is the channel's news.
    expect(discord().channelMessages(CHANNEL_A)).toEqual([]);

    await click('relax');
    await panelShowing(discord(), panelId, '## 🌙 Relax mode');
  });

  test('Turbo needs the role, as with the command: refused privately, nothing sent, the panel unchanged', async () => {
    const answer = await click('turbo');

    expect(answer.ephemeral).toBe(true);
    expect(answer.content).toContain(
      `Only members with <@&${TURBO_ROLE}> (or admins) may switch to **Turbo**`,
    );
    expect(suite().upstream.switches(CHANNEL_A)).toEqual([]);
    expect(panelEdits(discord(), CHANNEL_A, panelId)).toEqual([]);
  });

  test('Turbo with the role is timed by TURBO_MAX_MINUTES; the switch back updates the panel', async () => {
    const answer = await click('turbo', { user: TURBO_MEMBER, roles: [TURBO_ROLE] });

    expect(answer.content).toContain('switches back to **Relax**');
    expect(answer.content).toContain('Turbo is limited to 30 min at a time here.');
    await panelShowing(discord(), panelId, '⏱️ Back to **Relax**');
    expect(panelButtons(panel() ?? { components: [] })[panelButtonId('turbo')]).toBe(false);

    clock.advance(30 * MINUTE);
    const shown = await panelShowing(discord(), panelId, 'Switched back automatically');
    expect(panelText(shown)).toContain('## 🌙 Relax mode');
    expect(panelText(shown)).not.toContain('Back to **Relax**');
  });

  test('a halt disables the mode buttons and shows Reset; the reset re-enables them', async () => {
    suite().upstream.flagModeration(CHANNEL_A);
    const answer = await click('fast');

    // The member is told privately; the instructions, with their Reset, are posted for everyone.
    expect(answer.ephemeral).toBe(true);
    expect(answer.content).toContain('The instructions are posted in the channel');
    const notice = await answer.handle.waitForFollowUp((message) => !message.ephemeral);
    expect(notice.content).toContain('Midjourney flagged the shared account');
    const halted = await panelShowing(discord(), panelId, '## ⛔ Halted');
    expect(panelText(halted)).toContain('useapi.net said:');
    expect(panelButtons(halted)).toEqual({
      [RESET_BUTTON_ID]: false,
      [panelButtonId('fast')]: true,
      [panelButtonId('turbo')]: true,
      [panelButtonId('relax')]: true,
    });
    expect(() => discord().clickButton(CHANNEL_A, panelId, panelButtonId('relax'))).toThrow(/disabled/);

    suite().useapi.clearModeration(CHANNEL_A);
    const reset = await finalAnswer(
      discord().clickButton(CHANNEL_A, panelId, RESET_BUTTON_ID, {
        user: ADMIN,
        permissions: permissionSets.manager,
      }),
    );
    expect(reset.content).toContain(`<@${ADMIN.id}> reset the Midjourney account`);
    const again = await panelShowing(discord(), panelId, '## 🌙 Relax mode');
    expect(panelButtons(again)[panelButtonId('fast')]).toBe(false);
    expect(panelButtons(again)[RESET_BUTTON_ID]).toBeUndefined();
  });

  test('a slash command updates it, and so does /speed status reading the fast time', async () => {
    suite().upstream.setFastTime(CHANNEL_A, 12.5, 30);
    await suite().run({ subcommand: 'fast', channelId: CHANNEL_A, user: MEMBER });
    await panelShowing(discord(), panelId, '## ⚡ Fast mode');

    await suite().run({ subcommand: 'status', channelId: CHANNEL_A, user: MEMBER });
    await panelShowing(discord(), panelId, '⛽ Fast time left: **12.5 of 30 h');
  });

  test('after a restart it keeps updating', async () => {
    await suite().restartBot();
    await click('relax');
    await panelShowing(discord(), panelId, '## 🌙 Relax mode');
  });

  test('a burst of clicks makes few edits', async () => {
    await Promise.all([click('fast'), click('fast', { user: ADMIN }), click('fast', { user: TURBO_MEMBER })]);
    await panelShowing(discord(), panelId, '## ⚡ Fast mode');
    // The three requests shared one call; one change, one edit (a second if its writes straddled the gather).
    expect(panelEdits(discord(), CHANNEL_A, panelId).length).toBeLessThanOrEqual(2);
  });

  test('an edit Discord rate-limits (429) is made once the wait is over, with the changes made meanwhile', async () => {
    discord().rateLimitNext({ route: 'editChannelMessage' }, { retryAfterMs: 300 });
    await click('relax');
    // Ends in another mode than the panel showed before, so an edit is due however the changes are gathered.
    await suite().run({ subcommand: 'turbo', channelId: CHANNEL_A, user: TURBO_MEMBER, roles: [TURBO_ROLE] });

    const shown = await panelShowing(discord(), panelId, 'Turbo mode');
    expect(panelText(shown)).toContain(`Set by <@${TURBO_MEMBER.id}>`);
    const edits = panelEdits(discord(), CHANNEL_A, panelId);
    expect(edits.filter((edit) => edit.status === 429)).toHaveLength(1);
    expect(edits.filter((edit) => edit.status === 200).length).toBeLessThanOrEqual(2);
  });

  test('a change of the team settings shows: the Fast button then says how long a click lasts', async () => {
    const admin = { user: ADMIN, permissions: permissionSets.manager, channelId: CHANNEL_A };
    const view = await controls.open(admin);
    const fastLabel = () => panelButtonLabel(panel() ?? { components: [] }, panelButtonId('fast'));
    expect(fastLabel()).toBe('Fast');

    await controls.submit(SETTINGS_IDS.limits, { 'fast-max-minutes': '45' }, { ...admin, view });
    await discord().waitFor(() => fastLabel() === 'Fast · 45 min', {
      description: 'the Fast button to say 45 min',
    });

    await controls.submit(SETTINGS_IDS.limits, { 'fast-max-minutes': '' }, { ...admin, view });
    await discord().waitFor(() => fastLabel() === 'Fast', {
      description: 'the Fast button to be untimed again',
    });
  });

  test('posting again replaces it: the old one is deleted and only the new one updates', async () => {
    const old = panelId;
    const answer = await postPanel();

    expect(answer.content).toContain('The panel posted here before was deleted.');
    expect(discord().channelMessage(old)?.deleted).toBe(true);
    panelId = panelsIn(discord(), CHANNEL_A).at(-1)?.id ?? '';
    expect(panelId).not.toBe(old);
    await click('relax');
    await panelShowing(discord(), panelId, '## 🌙 Relax mode');
    expect(panelEdits(discord(), CHANNEL_A, old)).toEqual([]);
  });

  test('a panel deleted in Discord is forgotten at the first Unknown Message, never tried again', async () => {
    discord().deleteChannelMessage(CHANNEL_A, panelId);
    expect(await changeAndLook('fast', CHANNEL_A)).toBe(1);
    expect(panelEdits(discord(), CHANNEL_A, panelId).map((edit) => edit.status)).toEqual([404]);
    expect(suite().logs.filter((line) => line.includes('live panel deleted in Discord'))).toHaveLength(1);

    clock.advance(5 * MINUTE);
    expect(await changeAndLook('relax', CHANNEL_A)).toBe(0);
    expect(panelEdits(discord(), CHANNEL_A, panelId)).toHaveLength(1);
  });

  test('where the bot may not pin, it is posted unpinned; where it may not post, nothing is; the admin is told', async () => {
    const botRole = discord().guild(GUILD_ID)?.botRoleId ?? '';
    discord().setChannelOverwrites(CHANNEL_B, [
      { id: botRole, type: 'role', deny: permissionBits.PinMessages },
    ]);
    const unpinned = await postPanel(CHANNEL_B);
    expect(unpinned.content).toContain('The bot could not pin it: it needs the Pin Messages permission');
    expect(panelsIn(discord(), CHANNEL_B).at(-1)?.pinned).toBe(false);

    discord().setChannelOverwrites(CHANNEL_B, [
      { id: botRole, type: 'role', deny: permissionBits.SendMessages },
    ]);
    const refused = await postPanel(CHANNEL_B);
    discord().setChannelOverwrites(CHANNEL_B, []);
    expect(refused.content).toBe(
      'The bot could not post the panel here: it needs View Channel and Send Messages in this channel. Nothing was posted.',
    );
    expect(panelsIn(discord(), CHANNEL_B)).toHaveLength(1);
  });

  test("a post that cannot reach Discord is explained in the admin's language, not the HTTP client's English", async () => {
    discord().failNext({ route: 'createChannelMessage' }, { reset: true, times: 10 });
    const answer = await postPanel(CHANNEL_B).finally(() => discord().clearFaults());

    expect(answer.content).toBe(
      'The bot could not reach Discord, so nothing was posted. Try again in a minute.',
    );
    expect(panelsIn(discord(), CHANNEL_B)).toEqual([]);
  });

  test('a panel the store cannot keep is taken down again: it would never update', async () => {
    const hold = await holdSqliteWrites(join(suite().cwd, 'data', 'mj-speed-bot.sqlite'));
    const answer = await postPanel(CHANNEL_B).finally(() => hold.release());

    expect(answer.content).toContain("The bot's state store is not answering, so the panel was not posted");
    // Posted, then deleted once the store refused it.
    expect(discord().requests({ route: 'createChannelMessage' })).toHaveLength(1);
    expect(discord().requests({ route: 'deleteChannelMessage' })).toHaveLength(1);
    expect(panelsIn(discord(), CHANNEL_B)).toEqual([]);
  });

  test('a panel the bot can no longer reach is reported once, in the log and the alert channel', async () => {
    await postPanel(CHANNEL_B);
    const unreachable = panelsIn(discord(), CHANNEL_B).at(-1)?.id ?? '';
    const botRole = discord().guild(GUILD_ID)?.botRoleId ?? '';
    discord().setChannelOverwrites(CHANNEL_B, [
      { id: botRole, type: 'role', deny: permissionBits.ViewChannel },
    ]);

    const alert = await alertOf(
      () => suite().run({ subcommand: 'fast', channelId: CHANNEL_B, user: MEMBER }),
      '⚠️ The speed panel',
    );
    expect(alert.content).toBe(
      `⚠️ The speed panel in <#${CHANNEL_B}> can no longer be updated: Discord refuses the bot access to it (Missing Access). Give the bot View Channel there, or post a new panel with \`/speed panel\`.`,
    );
    await changeAndLook('relax', CHANNEL_B);
    const refused = panelEdits(discord(), CHANNEL_B, unreachable).filter((edit) => edit.status === 403);
    expect(refused).toHaveLength(2);
    const reports = suite().logs.filter((line) =>
      line.includes('Discord refuses the bot access to a live panel'),
    );
    expect(reports).toHaveLength(1);

    discord().setChannelOverwrites(CHANNEL_B, []);
    await suite().run({ subcommand: 'fast', channelId: CHANNEL_B, user: MEMBER });
    await panelShowing(discord(), unreachable, '## ⚡ Fast mode');
    expect(alerts().filter((message) => message.content.startsWith('⚠️ The speed panel'))).toHaveLength(1);
  });

  test('after the operator maps its channel to another account, a click is refused privately and nothing is sent', async () => {
    await postPanel();
    panelId = panelsIn(discord(), CHANNEL_A).at(-1)?.id ?? '';
    const remapped = parseChannelMap(`${CHANNEL_A}=${CHANNEL_B}`);
    if (!('map' in remapped)) throw new Error(remapped.problems.join('; '));
    // As an operator does: CHANNEL_MAP edited, the bot restarted.
    await suite().restartBot(() => {
      suite().config.channelMap = remapped.map;
    });

    const answer = await click('fast');

    expect(answer.ephemeral).toBe(true);
    expect(answer.content).toBe(
      'This panel shows an account this channel no longer uses, so nothing was sent to Midjourney. Ask an admin to run `/speed panel` here again to post a panel for the account the channel uses now.',
    );
    expect(suite().upstream.switches(CHANNEL_A)).toEqual([]);
    expect(suite().upstream.switches(CHANNEL_B)).toEqual([]);
  });
});

describe('a live panel whose server language Discord no longer gives (the bot left the server)', () => {
  const clock = new ManualClock(Date.parse('2026-12-09T18:00:00Z'));
  const suite = harnessForSuite({
    clock,
    discord: {
      guilds: [{ id: GUILD_ID, channels: [CHANNEL_A], roles: [ADMIN_ROLE_ID], preferredLocale: 'fr' }],
    },
    panelCoalesceMs: 150,
  });
  /** Resolves once the bot has made `count` periodic checks of its panels since log line `from`. */
  const checked = (from: number, count: number) =>
    suite().discord.waitFor(
      () =>
        suite()
          .logs.slice(from)
          .filter((line) => line.includes('"live panels checked"')).length >= count,
      { description: `${count} periodic panel checks` },
    );

  test('is kept as it is, not rewritten in English, and the minute check stops asking Discord', async () => {
    const discord = suite().discord;
    await suite().run({
      subcommand: 'panel',
      channelId: CHANNEL_A,
      user: ADMIN,
      permissions: permissionSets.manager,
    });
    const panelId = panelsIn(discord, CHANNEL_A).at(-1)?.id ?? '';
    const shown = () => panelText(discord.channelMessage(panelId) ?? { components: [] });
    const french = shown();
    expect(french).toContain('## Mode de vitesse pas encore défini');

    // After a restart (nothing remembered), the bot is removed from the server: Discord no longer says its language.
    const restarted = suite().logs.length;
    await suite().restartBot();
    await checked(restarted, 1);
    discord.failNext(
      { route: 'getGuild' },
      { status: 403, body: { message: 'Missing Access', code: 50001 }, times: 100 },
    );
    discord.dispatchGatewayEvent('GUILD_DELETE', { id: GUILD_ID }, GUILD_ID);
    await discord.waitFor(() => !suite().bot.client.guilds.cache.has(GUILD_ID), {
      description: 'the guild to be gone',
    });
    discord.clearRequests();

    const from = suite().logs.length;
    clock.advance(PANEL_RECONCILE_MS);
    await checked(from, 1);
    expect(panelEdits(discord, CHANNEL_A, panelId)).toEqual([]);
    expect(shown()).toBe(french);

    clock.advance(PANEL_RECONCILE_MS);
    await checked(from, 2);
    expect(discord.requests({ route: 'getGuild' })).toHaveLength(1);
    const warnings = suite()
      .logs.slice(from)
      .filter((line) => line.includes('"level":40'));
    // Told once, and not again at the next check.
    expect(warnings).toHaveLength(1);
  });
});
