/**
 * The team's behaviour, the same whichever upstream serves the account: every test runs against the
 * useapi.net stand-in and the midjourney-proxy stand-in, through the real bot and discord.js.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { panelButtonId } from '../../src/discord/panel/panelMessage.js';
import { SPEED_MODES } from '../../src/speedModes.js';
import { permissionSets } from '../standins/discord.js';
import { finalAnswer } from '../standins/finalAnswer.js';
import {
  ADMIN_ROLE_ID,
  CHANNEL_A,
  CHANNEL_B,
  DISCORD_TOKEN,
  GUILD_ID,
  type Harness,
  startHarness,
  UPSTREAMS,
} from '../support/botHarness.js';
import { ManualClock } from '../support/manualClock.js';
import { panelShowing, panelsIn, panelText } from '../support/panels.js';

const MINUTE = 60_000;
const ADMIN = { id: '700000000000000002' };
/** A channel of the server that CHANNEL_MAP leaves out. */
const CHANNEL_C = '810000000000000003';
/** The account CHANNEL_A is mapped to (CHANNEL_B is its own account). */
const ACCOUNT = '820000000000000009';

/** How each upstream confirms a change in the public reply. */
const CONFIRMED = {
  useapi: /Midjourney says:\n> Done! Note that once you exhaust your fast hours/,
  'midjourney-proxy':
    /\nmidjourney-proxy now reports job mode \*\*(Fast|Turbo|Relax)\*\*, 12\.5 of 30 hours left/,
} as const;

let nextUser = 700_000_000_000_000_100n;
/** A member nobody has used yet, so the cooldown of one test never holds back another. */
const member = () => ({ id: String(nextUser++) });

describe.each(UPSTREAMS)('with %s', (kind) => {
  const clock = new ManualClock();
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({
      upstream: kind,
      clock,
      discord: {
        guilds: [{ id: GUILD_ID, channels: [CHANNEL_A, CHANNEL_B, CHANNEL_C], roles: [ADMIN_ROLE_ID] }],
      },
      env: {
        CHANNEL_MAP: `${CHANNEL_A}=${ACCOUNT},${CHANNEL_B}=${CHANNEL_B}`,
        COOLDOWN_SECONDS: '60',
      },
    });
  });
  afterAll(async () => {
    await harness.close();
  });
  afterEach(() => {
    harness.upstream.clear();
    harness.upstream.addAccount(ACCOUNT);
    harness.discord.clearRequests();
  });
  const upstream = () => harness.upstream;

  test.each(SPEED_MODES)('/speed %s switches the account once and says so in the channel', async (mode) => {
    upstream().addAccount(ACCOUNT);
    upstream().startIn(CHANNEL_B, mode === 'relax' ? 'fast' : 'relax');
    const user = member();
    const answer = await harness.run({ subcommand: mode, channelId: CHANNEL_B, user });
    expect(answer.ephemeral).toBe(false);
    expect(answer.content).toContain(`mode** requested by <@${user.id}>.`);
    expect(answer.content).toMatch(CONFIRMED[kind]);
    expect(answer.allowedMentions?.parse).toEqual([]);
    expect(upstream().switches(CHANNEL_B)).toEqual([mode]);
    expect(upstream().modeOf(CHANNEL_B)).toBe(mode);
  });

  test('a moderation flag halts the account: stored, explained with a Reset button, then nothing is sent until an admin resets', async () => {
    const flagText = upstream().flagModeration(CHANNEL_B);
    const halted = await harness.run({ subcommand: 'fast', channelId: CHANNEL_B, user: member() });
    expect(halted.ephemeral).toBe(false);
    expect(halted.content).toContain('Midjourney flagged the shared account');
    expect(halted.content).toContain(`${upstream().name} said:`);
    expect(halted.content).toContain(flagText.slice(0, 40));
    expect(JSON.stringify(halted.components)).toContain('"custom_id":"speed:reset"');
    // useapi.net met the flag on the switch itself (596); midjourney-proxy's account read stopped it first.
    expect(upstream().switches()).toEqual(kind === 'useapi' ? ['fast'] : []);

    const before = upstream().requestCount();
    const again = await harness.run({ subcommand: 'turbo', channelId: CHANNEL_B, user: member() });
    expect(again.ephemeral).toBe(true);
    expect(again.content).toMatch(/halted in this channel/);
    expect(upstream().requestCount()).toBe(before);

    const reset = await harness.run({
      subcommand: 'reset',
      channelId: CHANNEL_B,
      user: ADMIN,
      permissions: permissionSets.manager,
    });
    expect(reset.ephemeral).toBe(false);
    expect(reset.content).toContain(`<@${ADMIN.id}> reset the Midjourney account at ${upstream().name}`);
    expect(reset.content).not.toContain('still');
    expect(upstream().isFlagged(CHANNEL_B)).toBe(false);

    upstream().startIn(CHANNEL_B, 'fast');
    const works = await harness.run({ subcommand: 'relax', channelId: CHANNEL_B, user: member() });
    expect(works.content).toMatch(CONFIRMED[kind]);
    expect(upstream().switches(CHANNEL_B).at(-1)).toBe('relax');
  });

  test('status shows the last change and the fast time; admins also see the upstream’s view', async () => {
    const user = member();
    upstream().setFastTime(CHANNEL_B, 12.5, 30);
    await harness.run({ subcommand: 'turbo', channelId: CHANNEL_B, user });
    const status = await harness.run({ subcommand: 'status', channelId: CHANNEL_B, user: member() });
    expect(status.ephemeral).toBe(true);
    expect(status.content).toContain('✅ Not halted');
    expect(status.content).toMatch(new RegExp(`Last speed change: \\*\\*Turbo\\*\\* by <@${user.id}>`));
    expect(status.content).toContain('Fast time remaining: **12.5 of 30 hours left (41.67%)**');
    expect(status.content).not.toContain(`${upstream().name} account`);

    const admin = await harness.run({
      subcommand: 'status',
      channelId: CHANNEL_B,
      user: ADMIN,
      permissions: permissionSets.manager,
    });
    expect(admin.content).toContain(`${upstream().name} account: no pending moderation message.`);
  });

  test('history lists changes with who, what and the outcome', async () => {
    const user = member();
    await harness.run({ subcommand: 'fast', channelId: CHANNEL_B, user });
    const history = await harness.run({ subcommand: 'history', channelId: CHANNEL_B, user });
    expect(history.content).toMatch(new RegExp(`\\*\\*Fast\\*\\* by <@${user.id}>: ✅`));
  });

  test('the cooldown refuses a member’s second change without sending it', async () => {
    const user = member();
    await harness.run({ subcommand: 'fast', channelId: CHANNEL_B, user });
    const refused = await harness.run({ subcommand: 'turbo', channelId: CHANNEL_B, user });
    expect(refused.ephemeral).toBe(true);
    expect(refused.content).toContain('members wait 1 min between changes');
    expect(upstream().switches()).toEqual(['fast']);
  });

  test('a timed change switches back to Relax when the time is up and says so in the channel', async () => {
    const user = member();
    const answer = await harness.run({
      subcommand: 'turbo',
      options: { minutes: 30 },
      channelId: CHANNEL_B,
      user,
    });
    expect(answer.content).toContain('switches back to **Relax**');
    clock.advance(30 * MINUTE);
    const announcement = await harness.discord.waitFor(
      () => harness.discord.channelMessages(CHANNEL_B).at(-1),
      { description: 'the switch back announcement' },
    );
    expect(announcement.content).toContain('switched back to **Relax mode**');
    expect(announcement.content).toMatch(CONFIRMED[kind]);
    expect(upstream().switches(CHANNEL_B)).toEqual(['turbo', 'relax']);
  });

  test('CHANNEL_MAP routes a channel to its account, and an unlisted channel sends nothing', async () => {
    const mapped = await harness.run({ subcommand: 'fast', channelId: CHANNEL_A, user: member() });
    expect(mapped.content).toMatch(CONFIRMED[kind]);
    expect(upstream().switches(ACCOUNT)).toEqual(['fast']);

    const unlisted = await harness.run({ subcommand: 'fast', channelId: CHANNEL_C, user: member() });
    expect(unlisted.ephemeral).toBe(true);
    expect(unlisted.content).toContain('`/speed` is not set up in this channel');
    expect(upstream().switches()).toEqual(['fast']);
  });

  test('identical requests arriving together share one switch', async () => {
    upstream().slow(1_500);
    const answers = await Promise.all(
      Array.from({ length: 5 }, () =>
        harness.run({ subcommand: 'fast', channelId: CHANNEL_B, user: member() }),
      ),
    );
    for (const answer of answers) expect(answer.content).toMatch(CONFIRMED[kind]);
    expect(upstream().switches()).toEqual(['fast']);
  });

  test('a live panel’s button switches the account; the panel shows the change and any fast time read', async () => {
    // CHANNEL_A's account has had no `/speed status`, so no /info reading.
    const post = {
      subcommand: 'panel',
      channelId: CHANNEL_A,
      user: ADMIN,
      permissions: permissionSets.manager,
    };
    await harness.run(post);
    const panelId = panelsIn(harness.discord, CHANNEL_A).at(-1)?.id ?? '';
    const answer = await finalAnswer(
      harness.discord.clickButton(CHANNEL_A, panelId, panelButtonId('turbo'), { user: member() }),
    );

    expect(answer.ephemeral).toBe(true);
    expect(answer.content).toMatch(CONFIRMED[kind]);
    expect(upstream().switches(ACCOUNT)).toEqual(['turbo']);
    const shown = await panelShowing(harness.discord, panelId, '## 🚀 Turbo mode');
    // midjourney-proxy reads the fast time back with the switch; the panel never asks useapi.net's /info.
    expect(panelText(shown)).toContain(
      kind === 'midjourney-proxy'
        ? '⛽ Fast time left: **12.5 of 30 h (41.67%)**'
        : 'Fast time left: not read yet',
    );
  });

  test('the upstream’s token never reaches Discord or the logs', async () => {
    await harness.run({ subcommand: 'fast', channelId: CHANNEL_B, user: member() });
    const sent = JSON.stringify(harness.discord.requests().map((request) => request.body));
    expect(sent).not.toContain(upstream().token);
    const logs = harness.logs.join('');
    expect(logs).not.toContain(upstream().token);
    expect(logs).not.toContain(DISCORD_TOKEN);
    expect(logs).toContain(`"upstreamName":"${kind}"`);
  });
});
