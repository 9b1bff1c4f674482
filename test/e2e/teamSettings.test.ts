/**
 * Team settings from Discord (`/speed settings`), through the real bot: admins choose who may use Turbo,
 * the limits, the cooldown and the alert channel of their server; the operator's variables stay fixed;
 * every interaction is checked again, whatever the view showed.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { SETTINGS_IDS } from '../../src/discord/settings/settingsView.js';
import { permissionSets } from '../standins/discord.js';
import { watchAlerts } from '../support/alertWatch.js';
import {
  ADMIN_ROLE_ID,
  CHANNEL_A,
  CHANNEL_B,
  GUILD_ID,
  type Harness,
  startHarness,
} from '../support/botHarness.js';
import { specProblems } from '../support/discordSpec.js';
import { ManualClock } from '../support/manualClock.js';
import { redisUnavailableReason } from '../support/redisServer.js';
import { settingsControls } from '../support/settingsControls.js';
import { botBehindRedisProxyForSuite } from '../support/tcpProxy.js';

const OTHER_GUILD = '800000000000000002';
const ALERTS = '810000000000000091';
const OTHER_ALERTS = '810000000000000092';
/** A channel of the first server no interaction came from: the bot asks Discord which server it is in. */
const UNSEEN = '810000000000000093';
const TURBO_ROLE = '900000000000000021';
const OTHER_GUILD_ROLE = '900000000000000031';
const ADMIN = { id: '700000000000000301' };
const MEMBER = { id: '700000000000000302' };
const TURBO_MEMBER = { id: '700000000000000303' };
const MINUTE = 60_000;

// Two servers, each with its own channel of the Midjourney account and its own alert channel.
const guilds = [
  { id: GUILD_ID, channels: [CHANNEL_A, ALERTS, UNSEEN], roles: [ADMIN_ROLE_ID, TURBO_ROLE] },
  { id: OTHER_GUILD, channels: [CHANNEL_B, OTHER_ALERTS], roles: [OTHER_GUILD_ROLE] },
];

describe('/speed settings', () => {
  const clock = new ManualClock();
  let harness: Harness;
  beforeAll(async () => {
    // The operator fixes who may use Fast and for how long; everything else is left to each server's admins.
    harness = await startHarness({
      clock,
      discord: { guilds },
      env: { FAST_ROLE_IDS: TURBO_ROLE, FAST_MAX_MINUTES: '30' },
    });
  });
  afterAll(async () => {
    await harness.close();
  });
  afterEach(async () => {
    await harness.run({
      subcommand: 'relax',
      channelId: CHANNEL_A,
      user: ADMIN,
      permissions: permissionSets.manager,
    });
    harness.useapi.clear();
  });

  const controls = settingsControls(() => harness);
  const admin = { user: ADMIN, permissions: permissionSets.manager, channelId: CHANNEL_A };
  const otherAdmin = {
    user: ADMIN,
    permissions: permissionSets.manager,
    guildId: OTHER_GUILD,
    channelId: CHANNEL_B,
  };
  const alerts = watchAlerts(() => harness, ALERTS);
  /** The alert in the first server's alert channel that contains `text` (alerts are posted in the background). */
  const alertAbout = (text: string) =>
    harness.discord.waitFor(() => alerts.all().find((message) => message.content.includes(text)), {
      description: `an alert about ${text}`,
    });
  const turbo = (user: { id: string }, roles: string[] = []) =>
    harness.run({ subcommand: 'turbo', channelId: CHANNEL_A, user, roles });
  const fast = (user: { id: string }, roles: string[] = []) =>
    harness.run({ subcommand: 'fast', channelId: CHANNEL_A, user, roles });

  test('an admin sees every setting with where it comes from, and controls Discord takes; the operator’s is disabled', async () => {
    const view = await controls.open(admin);
    expect(view.ephemeral).toBe(true);
    expect(view.content).toContain('**Who may use Turbo**: everyone — default');
    expect(view.content).toContain(
      '**Longest time in Fast**: 30 min — set by the operator (FAST_MAX_MINUTES)',
    );
    expect(view.content).toContain('**Alert channel**: none — default');
    const rows = view.components as { components: { custom_id: string; disabled?: boolean }[] }[];
    expect(
      rows.flatMap((row) => row.components.map((control) => [control.custom_id, control.disabled])),
    ).toEqual([
      [SETTINGS_IDS.turboRoles, false],
      // Fixed by FAST_ROLE_IDS.
      [SETTINGS_IDS.fastRoles, true],
      [SETTINGS_IDS.alertChannel, false],
      [SETTINGS_IDS.language, false],
      [SETTINGS_IDS.limits, false],
      // No alert channel to clear yet.
      [SETTINGS_IDS.clearAlertChannel, true],
    ]);
    const [callback] = view.handle.writes;
    expect(specProblems('CreateMessageInteractionCallbackRequest', callback?.body)).toEqual([]);

    const member = await controls.open({ user: MEMBER, channelId: CHANNEL_A });
    expect(member.ephemeral).toBe(true);
    expect(member.content).toBe(
      `Only members with Manage Server or Administrator, or <@&${ADMIN_ROLE_ID}>, can see and change the team settings. Nothing was changed.`,
    );
    expect(member.components).toEqual([]);
  });

  test('an admin picks the Turbo roles: a member without one is refused, one with it switches; it is in the history and the alert channel', async () => {
    const view = await controls.open(admin);
    const withAlerts = await controls.pick(SETTINGS_IDS.alertChannel, 'channel', [ALERTS], {
      ...admin,
      view,
    });
    expect(withAlerts.content).toContain(`**Alert channel**: none → <#${ALERTS}>`);
    expect(withAlerts.id).toBe(view.id);

    const updated = await controls.pick(SETTINGS_IDS.turboRoles, 'role', [TURBO_ROLE], {
      ...admin,
      view: withAlerts,
    });
    expect(updated.content).toContain(
      `✅ Saved; it applies now:\n**Who may use Turbo**: everyone → <@&${TURBO_ROLE}> (and admins)`,
    );
    expect(updated.content).toContain(`**Who may use Turbo**: <@&${TURBO_ROLE}> (and admins) — chosen here`);
    // Updated in place: a deferred update, then the edit of the view, both as Discord takes them.
    const [deferral, edit] = updated.handle.writes;
    expect(specProblems('UpdateMessageInteractionCallbackRequest', deferral?.body)).toEqual([]);
    expect(edit?.route).toBe('editOriginal');
    expect(specProblems('IncomingWebhookUpdateRequestPartial', edit?.body)).toEqual([]);

    expect((await turbo(MEMBER)).content).toContain(
      `Only members with <@&${TURBO_ROLE}> (or admins) may switch to`,
    );
    expect((await turbo(TURBO_MEMBER, [TURBO_ROLE])).content).toContain('**Turbo mode** requested by');
    expect(harness.useapi.requests.map((request) => request.path)).toEqual(['/jobs/turbo']);

    const alert = await alertAbout('**Who may use Turbo**');
    expect(alert.content).toBe(
      `⚙️ <@${ADMIN.id}> changed the team settings of this server:\n**Who may use Turbo**: everyone → <@&${TURBO_ROLE}> (and admins)`,
    );
    expect(alert.allowedMentions).toMatchObject({ parse: [], roles: [] });
    expect(alert.mentions).toEqual({ everyone: false, users: [], roles: [] });

    const history = await harness.run({ subcommand: 'history', channelId: CHANNEL_A, user: MEMBER });
    expect(history.content).toContain('**Team settings changes** of this server (newest first):');
    expect(history.content).toMatch(
      new RegExp(
        `<t:\\d+:f> \\*\\*Who may use Turbo\\*\\* changed by <@${ADMIN.id}>: everyone → <@&${TURBO_ROLE}> \\(and admins\\)`,
      ),
    );
    expect(history.content).toMatch(
      new RegExp(`\\*\\*Alert channel\\*\\* changed by <@${ADMIN.id}>: none → <#${ALERTS}>`),
    );
  });

  test('each server has its own settings: the other server’s members and alerts are not affected', async () => {
    // The first server restricts Turbo (previous test); the other one does not, and has no alert channel yet.
    const open = await harness.run({
      subcommand: 'turbo',
      guildId: OTHER_GUILD,
      channelId: CHANNEL_B,
      user: MEMBER,
    });
    expect(open.content).toContain('**Turbo mode** requested by');
    const view = await controls.open(otherAdmin);
    expect(view.content).toContain('**Who may use Turbo**: everyone — default');
    expect(view.content).toContain('**Alert channel**: none — default');
    // A channel of the first server cannot become the other server's alert channel.
    const foreign = await controls.pick(SETTINGS_IDS.alertChannel, 'channel', [ALERTS], {
      ...otherAdmin,
      view,
    });
    expect(foreign.content).toBe(
      'The alert channel must be a text channel of this server, so nothing was changed.',
    );
    await controls.pick(SETTINGS_IDS.alertChannel, 'channel', [OTHER_ALERTS], { ...otherAdmin, view });

    const otherAlert = await watchAlerts(() => harness, OTHER_ALERTS).of(
      () => harness.run({ subcommand: 'relax', guildId: OTHER_GUILD, channelId: CHANNEL_B, user: MEMBER }),
      '🔁',
    );
    expect(otherAlert.content).toContain(
      `switched Midjourney account \`${CHANNEL_B}\` to **Relax** in <#${CHANNEL_B}>`,
    );
    // The first server's alert channel only ever heard of the first server.
    expect(alerts.all().filter((message) => message.content.includes(CHANNEL_B))).toEqual([]);
  });

  test('a channel never seen is acknowledged before Discord is asked about it; a failed lookup says so and changes nothing', async () => {
    const view = await controls.open(admin);
    const lookup = { route: 'getChannel', path: `/channels/${UNSEEN}` } as const;
    const failing = harness.discord.failNext(lookup, { status: 500, times: 10 });
    const answer = await controls.pick(SETTINGS_IDS.alertChannel, 'channel', [UNSEEN], { ...admin, view });
    failing.cancel();
    expect(answer.content).toContain(
      'The bot could not check the channel with Discord, so nothing was changed. Try again.',
    );
    expect(answer.content).toContain(`**Alert channel**: <#${ALERTS}> — chosen here`);
    // Discord's 3 s run from the interaction: the lookup, which may take that long, waits for the acknowledgement.
    const [acknowledgement] = answer.handle.writes;
    const [asked] = harness.discord.requests(lookup);
    expect(acknowledgement?.at).toBeLessThan(asked?.receivedAt ?? 0);
  });

  test('a member’s forged settings interactions change nothing and say so; so do roles of another server', async () => {
    const view = await controls.open(admin);
    for (const forged of [
      controls.pick(SETTINGS_IDS.turboRoles, 'role', [], { user: MEMBER, channelId: CHANNEL_A, view }),
      controls.pick(SETTINGS_IDS.alertChannel, 'channel', [], { user: MEMBER, channelId: CHANNEL_A, view }),
      controls.submit(
        SETTINGS_IDS.limits,
        { 'turbo-max-minutes': '1' },
        { user: MEMBER, channelId: CHANNEL_A, view },
      ),
    ]) {
      const refusal = await forged;
      expect(refusal.ephemeral).toBe(true);
      expect(refusal.content).toContain('can see and change the team settings. Nothing was changed.');
    }
    const press = await controls.press(SETTINGS_IDS.clearAlertChannel, {
      user: MEMBER,
      channelId: CHANNEL_A,
      view,
    }).acknowledged;
    expect(press.type).toBe(4);

    const foreignRole = await controls.pick(SETTINGS_IDS.turboRoles, 'role', [OTHER_GUILD_ROLE], {
      ...admin,
      view,
    });
    expect(foreignRole.content).toBe('Only roles of this server can be chosen, so nothing was changed.');

    const after = await controls.open(admin);
    expect(after.content).toContain(`**Who may use Turbo**: <@&${TURBO_ROLE}> (and admins) — chosen here`);
    expect(after.content).toContain(`**Alert channel**: <#${ALERTS}> — chosen here`);
    expect((await turbo(MEMBER)).content).toContain(
      `Only members with <@&${TURBO_ROLE}> (or admins) may switch to`,
    );
  });

  test('the limits modal: the operator’s Fast limit is not in it and a forged field for it changes nothing; the others apply at once', async () => {
    const view = await controls.open(admin);
    const opened = await controls.press(SETTINGS_IDS.limits, { ...admin, view }).acknowledged;
    expect(opened.type).toBe(9);
    expect(specProblems('ModalInteractionCallbackRequest', opened.body)).toEqual([]);
    const fields = (opened.body as { data: { components: { component: { custom_id: string } }[] } }).data
      .components;
    expect(fields.map((field) => field.component.custom_id)).toEqual([
      'turbo-max-minutes',
      'cooldown-seconds',
    ]);

    const forged = await controls.submit(
      SETTINGS_IDS.limits,
      { 'turbo-max-minutes': '45', 'fast-max-minutes': '' },
      { ...admin, view },
    );
    expect(forged.content).toBe(
      "Longest time in Fast is set by the operator in the bot's environment, so it cannot be changed from Discord. Nothing was changed.",
    );
    const invalid = await controls.submit(
      SETTINGS_IDS.limits,
      { 'turbo-max-minutes': '1441', 'cooldown-seconds': 'soon' },
      { ...admin, view },
    );
    expect(invalid.content).toBe(
      [
        '**Longest time in Turbo** must be at most 1,440 (a day).',
        '**Cooldown between changes** must be a number of seconds (0 turns the cooldown off).',
        'Nothing was changed: press **Limits and cooldown…** again to correct it.',
      ].join('\n'),
    );
    const fastOnly = await fast(TURBO_MEMBER, [TURBO_ROLE]);
    expect(fastOnly.content).toContain('after 30 min');

    const saved = await controls.submit(
      SETTINGS_IDS.limits,
      { 'turbo-max-minutes': '45', 'cooldown-seconds': '600' },
      { ...admin, view },
    );
    expect(saved.content).toContain('**Longest time in Turbo**: no limit → 45 min');
    expect(saved.content).toContain('**Cooldown between changes**: off → 10 min');
    const limited = await turbo(TURBO_MEMBER, [TURBO_ROLE]);
    expect(limited.content).toContain('(Turbo is limited to 45 min at a time here.)');
    const cooling = await harness.run({ subcommand: 'relax', channelId: CHANNEL_A, user: TURBO_MEMBER });
    expect(cooling.content).toContain('members wait 10 min between changes');
    clock.advance(10 * MINUTE);

    // Back to no limit and no cooldown: empty fields.
    await controls.submit(
      SETTINGS_IDS.limits,
      { 'turbo-max-minutes': '', 'cooldown-seconds': '' },
      { ...admin, view },
    );
  });

  test('a setting fixed by the operator cannot be changed from Discord, even with a stale or forged control', async () => {
    const view = await controls.open(admin);
    const stale = await controls.submit(
      SETTINGS_IDS.limits,
      { 'fast-max-minutes': '90' },
      { ...admin, view },
    );
    expect(stale.content).toContain('Longest time in Fast is set by the operator');
    expect((await fast(TURBO_MEMBER, [TURBO_ROLE])).content).toContain('after 30 min');
    const roles = await controls.pick(SETTINGS_IDS.fastRoles, 'role', [], { ...admin, view });
    expect(roles.content).toBe(
      "Who may use Fast is set by the operator in the bot's environment, so it cannot be changed from Discord. Nothing was changed.",
    );
    expect((await fast(MEMBER)).content).toContain(
      `Only members with <@&${TURBO_ROLE}> (or admins) may switch to`,
    );
  });

  test('the public language is chosen from a list of languages by their own names', async () => {
    const view = await controls.open(admin);
    const chosen = await controls.pick(SETTINGS_IDS.language, 'string', ['ja'], { ...admin, view });
    expect(chosen.content).toContain("**Public language**: the server's Discord language → 日本語");
    const forged = await controls.pick(SETTINGS_IDS.language, 'string', ['tlh'], { ...admin, view });
    expect(forged.content).toBe('That is not a language the bot speaks, so nothing was changed.');
    const back = await controls.pick(SETTINGS_IDS.language, 'string', ['discord'], { ...admin, view });
    expect(back.content).toContain("**Public language**: 日本語 → the server's Discord language");
  });
});

describe.skipIf(redisUnavailableReason())('team settings the store cannot give', () => {
  const suite = botBehindRedisProxyForSuite(new ManualClock());
  const controls = settingsControls(() => suite.harness);
  const admin = { user: ADMIN, permissions: permissionSets.manager, channelId: CHANNEL_A };

  test('just after a restart, a store that fails refuses Turbo to a member rather than lift the server’s limit', async () => {
    const { harness, proxy } = suite;
    const view = await controls.open(admin);
    const saved = await controls.submit(
      SETTINGS_IDS.limits,
      { 'turbo-max-minutes': '30' },
      { ...admin, view },
    );
    expect(saved.content).toContain('**Longest time in Turbo**: no limit → 30 min');
    // The new process has never read this server's settings when the store stops answering.
    await harness.restartBot();
    proxy.refuse();
    const refused = await harness.run({ subcommand: 'turbo', channelId: CHANNEL_A, user: MEMBER });
    expect(refused.ephemeral).toBe(true);
    expect(refused.content).toBe(
      "The bot could not read this server's team settings just now, so it cannot tell whether you may use **Turbo** and for how long. Nothing was sent to Midjourney; try again in a minute. `/speed relax` is open to everyone.",
    );
    expect(harness.useapi.requests).toEqual([]);
  });
});
