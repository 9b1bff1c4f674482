import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { FAST_TIME_CACHE_MS } from '../../src/speed/fastTime.js';
import { DiscordStandIn, permissionSets } from '../standins/discord.js';
import { respond, useapiBodies, useapiReplies } from '../standins/useapi.js';
import {
  ADMIN_ROLE_ID,
  CHANNEL_A,
  CHANNEL_B,
  DISCORD_TOKEN,
  GUILD_ID,
  type Harness,
  startHarness,
} from '../support/botHarness.js';
import { ManualClock } from '../support/manualClock.js';
import { redisServerForSuite, redisUnavailableReason } from '../support/redisServer.js';
import { runCompiled } from '../support/runScript.js';

const MEMBER = { id: '700000000000000001' };
const OTHER_MEMBER = { id: '700000000000000003' };
const ADMIN = { id: '700000000000000002' };
const MINUTE = 60_000;
/** A channel of the server that CHANNEL_MAP leaves out. */
const CHANNEL_C = '810000000000000003';
/** The useapi.net channel (the Midjourney account's configuration) the team's channels are mapped to. */
const ACCOUNT = '820000000000000009';

const threeChannels = {
  guilds: [{ id: GUILD_ID, channels: [CHANNEL_A, CHANNEL_B, CHANNEL_C], roles: [ADMIN_ROLE_ID] }],
};

const paths = (harness: Harness) => harness.useapi.requests.map((request) => request.path);

function timedSpeedSuite(storeUrl: () => string | undefined) {
  const clock = new ManualClock();
  let harness: Harness;
  beforeAll(async () => {
    const url = storeUrl();
    harness = await startHarness({ clock, env: url ? { STORE_URL: url } : {} });
  });
  afterAll(async () => {
    await harness.close();
  });
  afterEach(() => {
    harness.useapi.clear();
    harness.discord.clearRequests();
  });

  /** The next message the bot posts in `channel`. */
  const posted = (channel: string) =>
    harness.discord.waitFor(() => harness.discord.channelMessages(channel).at(-1), {
      description: `a message posted in ${channel}`,
    });

  test('/speed turbo minutes:30 switches now, says when it switches back, and announces Relax in the channel when the time is up', async () => {
    const answer = await harness.run({
      subcommand: 'turbo',
      options: { minutes: 30 },
      channelId: CHANNEL_A,
      user: MEMBER,
    });
    expect(answer.ephemeral).toBe(false);
    expect(answer.content).toContain('**Turbo mode** requested by <@700000000000000001>');
    const due = Math.floor((clock.now() + 30 * MINUTE) / 1_000);
    expect(answer.content).toContain(
      `switches back to **Relax** at <t:${due}:t> (<t:${due}:R>), after 30 min`,
    );
    expect(paths(harness)).toEqual(['/jobs/turbo']);

    clock.advance(30 * MINUTE);
    const announcement = await posted(CHANNEL_A);
    expect(announcement.content).toContain(
      '⏱️ Time is up for **Turbo** for 30 min (asked by <@700000000000000001>): switched back to **Relax mode**',
    );
    expect(announcement.content).toContain('> Done!');
    expect(announcement.content).not.toContain('late');
    expect(announcement.allowedMentions).toMatchObject({ parse: [] });
    expect(announcement.mentions.users).toEqual([]);
    expect(harness.useapi.requests.map((request) => [request.path, request.body])).toEqual([
      ['/jobs/turbo', { channel: CHANNEL_A }],
      ['/jobs/relax', { channel: CHANNEL_A }],
    ]);
    expect(harness.useapi.modeOf(CHANNEL_A)).toBe('relax');
  });

  test('/speed status shows a pending switch back, and the automatic one once it happened', async () => {
    await harness.run({ subcommand: 'fast', options: { minutes: 90 }, channelId: CHANNEL_A, user: MEMBER });
    const pending = await harness.run({ subcommand: 'status', channelId: CHANNEL_A });
    expect(pending.content).toMatch(
      /⏱️ Switches back to \*\*Relax\*\* at <t:\d+:f> \(<t:\d+:R>\): \*\*Fast\*\* for 1 h 30 min set by <@700000000000000001>/,
    );

    clock.advance(90 * MINUTE);
    await posted(CHANNEL_A);
    const after = await harness.run({ subcommand: 'status', channelId: CHANNEL_A });
    expect(after.content).not.toContain('Switches back');
    expect(after.content).toMatch(
      /Last speed change: \*\*Relax\*\* \(automatic switch back\) for <@700000000000000001>/,
    );
  });

  test('a later manual change cancels the pending switch back', async () => {
    await harness.run({ subcommand: 'turbo', options: { minutes: 30 }, channelId: CHANNEL_A, user: MEMBER });
    const manual = await harness.run({ subcommand: 'fast', channelId: CHANNEL_A, user: OTHER_MEMBER });
    expect(manual.content).toMatch(
      /\(This cancels the switch back to Relax that was due <t:\d+:R>, set by <@700000000000000001>\.\)/,
    );

    clock.advance(60 * MINUTE);
    const status = await harness.run({ subcommand: 'status', channelId: CHANNEL_A });
    expect(status.content).not.toContain('Switches back');
    expect(harness.discord.channelMessages(CHANNEL_A)).toEqual([]);
    expect(paths(harness).filter((path) => path.startsWith('/jobs/'))).toEqual([
      '/jobs/turbo',
      '/jobs/fast',
      '/jobs/info',
    ]);
  });

  test('a switch back that came due while the bot was down runs when it starts again, and says it is late', async () => {
    await harness.run({ subcommand: 'turbo', options: { minutes: 30 }, channelId: CHANNEL_B, user: MEMBER });
    await harness.restartBot(() => clock.advance(45 * MINUTE));

    const announcement = await posted(CHANNEL_B);
    expect(announcement.content).toContain('switched back to **Relax mode**');
    expect(announcement.content).toContain('(15 min late: the bot was not running when the time was up.)');
    expect(paths(harness)).toEqual(['/jobs/turbo', '/jobs/relax']);
  });

  test('a switch back due while the account is halted sends nothing to useapi.net and says so in the channel', async () => {
    await harness.run({ subcommand: 'turbo', options: { minutes: 30 }, channelId: CHANNEL_A, user: MEMBER });
    harness.useapi.flagModeration(CHANNEL_A);
    await harness.run({ subcommand: 'fast', channelId: CHANNEL_A, user: OTHER_MEMBER });
    harness.useapi.clear();

    clock.advance(30 * MINUTE);
    const announcement = await posted(CHANNEL_A);
    expect(announcement.content).toContain('but speed changes are halted');
    expect(announcement.content).toContain('sent nothing to Midjourney and did **not** switch back to Relax');
    expect(announcement.content).toContain('may still be in Turbo mode');
    expect(harness.useapi.requests).toEqual([]);

    await harness.run({
      subcommand: 'reset',
      channelId: CHANNEL_A,
      user: ADMIN,
      permissions: permissionSets.manager,
    });
    const history = await harness.run({ subcommand: 'history', channelId: CHANNEL_A });
    expect(history.content).toContain(
      '**Relax**, automatically after **Turbo** for 30 min by <@700000000000000001>: ⏸️ not sent: the account was halted',
    );
  });

  test('a switch back that meets a 596 halts the account and posts the moderation instructions', async () => {
    await harness.run({ subcommand: 'turbo', options: { minutes: 30 }, channelId: CHANNEL_B, user: MEMBER });
    harness.useapi.flagModeration(CHANNEL_B);

    clock.advance(30 * MINUTE);
    const announcement = await posted(CHANNEL_B);
    expect(announcement.content).toContain('switching back to Relax met a moderation halt');
    expect(announcement.content).toContain(
      "The automatic switch back to Relax after <@700000000000000001>'s timed change was refused",
    );
    expect(announcement.content).toContain('**What to do**');
    expect(JSON.stringify(announcement.components)).toContain('speed:reset');
    expect(announcement.mentions).toEqual({ everyone: false, users: [], roles: [ADMIN_ROLE_ID] });
    const next = await harness.run({ subcommand: 'fast', channelId: CHANNEL_B });
    expect(next.content).toMatch(/halted in this channel/);
    await harness.run({ subcommand: 'reset', channelId: CHANNEL_B, permissions: permissionSets.manager });
    // The halt held the switch back; it runs right after the reset, so the time limit still ends.
    await harness.discord.waitFor(
      () =>
        harness.discord
          .channelMessages(CHANNEL_B)
          .some((message) => message.content.includes('switched back to **Relax mode**')),
      { description: 'the held switch back announced after the reset' },
    );
    // The one that met the 596, and the one after the reset.
    expect(harness.useapi.requests.filter((request) => request.path === '/jobs/relax')).toHaveLength(2);
  });

  test('minutes outside 1 to 1440 are refused without calling useapi.net', async () => {
    for (const minutes of [0, 1_441]) {
      const answer = await harness.run({ subcommand: 'turbo', options: { minutes }, channelId: CHANNEL_A });
      expect(answer.ephemeral).toBe(true);
      expect(answer.content).toContain('`minutes` must be a whole number from 1 to 1440');
    }
    expect(harness.useapi.requests).toEqual([]);
  });
}

describe('timed speed, with the default SQLite store', () => {
  timedSpeedSuite(() => undefined);
});

describe.skipIf(redisUnavailableReason())('timed speed, with a real redis-server', () => {
  const redisServer = redisServerForSuite();
  timedSpeedSuite(() => redisServer().url);
});

describe('fast hours, history and cooldown', () => {
  const clock = new ManualClock();
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({ clock, env: { COOLDOWN_SECONDS: '600' } });
  });
  afterAll(async () => {
    await harness.close();
  });
  beforeEach(() => {
    // Past the fast-hours cache and every member's cooldown, so each test starts fresh.
    clock.advance(Math.max(FAST_TIME_CACHE_MS, 600_000));
  });
  afterEach(() => {
    harness.useapi.clear();
  });

  const infoCalls = () => harness.useapi.requestsTo('/jobs/info').length;

  test('/speed status shows the fast time remaining that Midjourney’s /info reports', async () => {
    harness.useapi.setFastTimeRemaining(CHANNEL_A, 12.5, 30);
    const status = await harness.run({ subcommand: 'status', channelId: CHANNEL_A });
    expect(status.ephemeral).toBe(true);
    expect(status.content).toMatch(
      /Fast time remaining: \*\*12\.5 of 30 hours left \(41\.67%\)\*\*, per Midjourney's \/info <t:\d+:R>\./,
    );
    expect(harness.useapi.requestsTo('/jobs/info').map((request) => request.body)).toEqual([
      { channel: CHANNEL_A },
    ]);
  });

  test('/info is asked at most once per 5 minutes, and only when someone asks for the status', async () => {
    await harness.run({ subcommand: 'status', channelId: CHANNEL_A });
    clock.advance(FAST_TIME_CACHE_MS - 1);
    await harness.run({ subcommand: 'status', channelId: CHANNEL_A, user: OTHER_MEMBER });
    expect(infoCalls()).toBe(1);

    clock.advance(1);
    await harness.run({ subcommand: 'status', channelId: CHANNEL_A });
    expect(infoCalls()).toBe(2);

    // Time passing and speed changes never trigger /info by themselves.
    clock.advance(24 * 60 * MINUTE);
    await harness.run({ subcommand: 'fast', channelId: CHANNEL_A, user: OTHER_MEMBER });
    expect(infoCalls()).toBe(2);
  });

  test('the fast time is unknown when /info shows no Fast Time Remaining line', async () => {
    harness.useapi.respondOnce(
      { route: 'info' },
      respond.json(
        200,
        useapiBodies.job('info', CHANNEL_A, '**Subscription**: Basic\n**Visibility Mode**: Public'),
      ),
    );
    const status = await harness.run({ subcommand: 'status', channelId: CHANNEL_A });
    expect(status.content).toContain("Fast time remaining: unknown (Midjourney's /info did not show it).");
  });

  test('/speed fast and turbo warn when the fast time last seen is under 10%', async () => {
    harness.useapi.setFastTimeRemaining(CHANNEL_B, 2, 30);
    await harness.run({ subcommand: 'status', channelId: CHANNEL_B });
    const turbo = await harness.run({ subcommand: 'turbo', channelId: CHANNEL_B, user: MEMBER });
    expect(turbo.content).toMatch(
      /⚠️ Fast hours are running low: 2 of 30 hours left \(6\.67%\) as of <t:\d+:R>\. `\/speed relax` saves what is left\./,
    );
    const relax = await harness.run({
      subcommand: 'relax',
      channelId: CHANNEL_B,
      user: ADMIN,
      permissions: permissionSets.manager,
    });
    expect(relax.content).not.toContain('running low');
    expect(infoCalls()).toBe(1);
  });

  test('without a recent /info there is no fast-hours warning, and no /info call', async () => {
    const fast = await harness.run({ subcommand: 'fast', channelId: CHANNEL_B, user: MEMBER });
    expect(fast.content).toContain('**Fast mode**');
    expect(fast.content).not.toContain('running low');
    expect(infoCalls()).toBe(0);
  });

  test('status does not ask /info while the account is halted', async () => {
    harness.useapi.flagModeration(CHANNEL_B);
    await harness.run({ subcommand: 'relax', channelId: CHANNEL_B, user: MEMBER });
    const status = await harness.run({ subcommand: 'status', channelId: CHANNEL_B });
    expect(status.content).toContain('Fast time remaining: unknown (not asked while the account is halted).');
    expect(infoCalls()).toBe(0);
    await harness.run({ subcommand: 'reset', channelId: CHANNEL_B, permissions: permissionSets.manager });
  });

  test('a 596 on the fast-hours check halts the account like any other', async () => {
    harness.useapi.flagModeration(CHANNEL_B, 'plain');
    const status = await harness.run({ subcommand: 'status', channelId: CHANNEL_B, user: MEMBER });
    expect(status.content).toContain('⛔ **Halted** since');
    expect(status.content).toContain(
      'the fast-hours check of `/speed status` by <@700000000000000001> met it',
    );
    const fast = await harness.run({ subcommand: 'fast', channelId: CHANNEL_B, user: MEMBER });
    expect(fast.content).toContain('Nothing was sent to Midjourney');
    expect(paths(harness)).toEqual(['/jobs/info']);
    await harness.run({ subcommand: 'reset', channelId: CHANNEL_B, permissions: permissionSets.manager });
  });

  test('/speed history lists changes, resets and halts: who, what, when and the outcome, newest first', async () => {
    const channel = CHANNEL_A;
    await harness.run({ subcommand: 'turbo', options: { minutes: 45 }, channelId: channel, user: MEMBER });
    harness.useapi.respondOnce({ route: 'jobs' }, useapiReplies.noSubscription402());
    await harness.run({
      subcommand: 'relax',
      channelId: channel,
      user: ADMIN,
      permissions: permissionSets.manager,
    });
    harness.useapi.flagModeration(channel);
    await harness.run({
      subcommand: 'relax',
      channelId: channel,
      user: ADMIN,
      permissions: permissionSets.manager,
    });
    await harness.run({
      subcommand: 'reset',
      channelId: channel,
      user: ADMIN,
      permissions: permissionSets.manager,
    });

    const history = await harness.run({ subcommand: 'history', channelId: channel, user: OTHER_MEMBER });
    expect(history.ephemeral).toBe(true);
    const lines = history.content.split('\n');
    expect(lines[0]).toMatch(
      /^\*\*Last \d+ speed changes, resets and halts\*\* of this Midjourney account \(newest first\):$/,
    );
    expect(lines.slice(1, 5)).toEqual([
      expect.stringMatching(/^<t:\d+:f> \*\*Reset\*\* by <@700000000000000002>: ✅$/),
      expect.stringMatching(/^<t:\d+:f> \*\*Relax\*\* by <@700000000000000002>: ⛔ met a moderation halt$/),
      expect.stringMatching(
        /^<t:\d+:f> \*\*Relax\*\* by <@700000000000000002>: ❌ failed \(no useapi\.net subscription\)$/,
      ),
      expect.stringMatching(/^<t:\d+:f> \*\*Turbo\*\* for 45 min by <@700000000000000001>: ✅$/),
    ]);
    expect(history.mentions.users).toEqual([]);
    // Cancels the pending switch back, so it cannot fire during later tests.
    await harness.run({
      subcommand: 'relax',
      channelId: channel,
      user: ADMIN,
      permissions: permissionSets.manager,
    });
  });

  test('/speed history keeps only the last 20', async () => {
    const channel = '810000000000000004';
    for (let index = 0; index < 22; index += 1) {
      await harness.run({
        subcommand: index % 2 ? 'fast' : 'relax',
        channelId: channel,
        user: ADMIN,
        permissions: permissionSets.manager,
      });
    }
    const history = await harness.run({ subcommand: 'history', channelId: channel });
    expect(history.content.split('\n')).toHaveLength(21);
    expect(history.content).toContain('**Last 20 speed changes');
  });

  test('a member who just switched must wait for the cooldown, and is told how long is left', async () => {
    await harness.run({ subcommand: 'fast', channelId: CHANNEL_A, user: MEMBER });
    clock.advance(4 * MINUTE);
    const refused = await harness.run({ subcommand: 'turbo', channelId: CHANNEL_A, user: MEMBER });
    expect(refused.ephemeral).toBe(true);
    expect(refused.content).toMatch(
      /^⏳ You changed the speed <t:\d+:R>; members wait 10 min between changes\. Try again in 6 min \(<t:\d+:R>\)\. Nothing was sent to Midjourney\.$/,
    );
    expect(paths(harness)).toEqual(['/jobs/fast']);

    const someoneElse = await harness.run({ subcommand: 'turbo', channelId: CHANNEL_A, user: OTHER_MEMBER });
    expect(someoneElse.content).toContain('**Turbo mode**');
  });

  test('the cooldown ends after COOLDOWN_SECONDS', async () => {
    await harness.run({ subcommand: 'fast', channelId: CHANNEL_A, user: MEMBER });
    clock.advance(10 * MINUTE);
    const again = await harness.run({ subcommand: 'relax', channelId: CHANNEL_A, user: MEMBER });
    expect(again.content).toContain('**Relax mode**');
  });

  test('admins are not held back by the cooldown', async () => {
    const admin = { user: ADMIN, permissions: permissionSets.manager, channelId: CHANNEL_A };
    await harness.run({ subcommand: 'fast', ...admin });
    const again = await harness.run({ subcommand: 'turbo', ...admin });
    expect(again.content).toContain('**Turbo mode**');
    const byRole = { user: OTHER_MEMBER, roles: [ADMIN_ROLE_ID], channelId: CHANNEL_A };
    await harness.run({ subcommand: 'fast', ...byRole });
    expect((await harness.run({ subcommand: 'relax', ...byRole })).content).toContain('**Relax mode**');
  });
});

describe('channel routing with CHANNEL_MAP', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({
      discord: threeChannels,
      env: { CHANNEL_MAP: `${CHANNEL_A}=${ACCOUNT},${CHANNEL_B}=${ACCOUNT}` },
    });
  });
  afterAll(async () => {
    await harness.close();
  });
  afterEach(() => {
    harness.useapi.clear();
  });

  test('a listed channel switches the useapi.net account it is mapped to', async () => {
    const answer = await harness.run({ subcommand: 'turbo', channelId: CHANNEL_A });
    expect(answer.content).toContain('> Done!');
    expect(harness.useapi.requests.map((request) => request.body)).toEqual([{ channel: ACCOUNT }]);
    const status = await harness.run({ subcommand: 'status', channelId: CHANNEL_B });
    expect(status.content).toContain(`useapi.net channel: \`${ACCOUNT}\` (set by CHANNEL_MAP).`);
    expect(status.content).toMatch(/Last speed change: \*\*Turbo\*\*/);
  });

  test('a channel CHANNEL_MAP leaves out is told it is not set up there, and nothing reaches useapi.net', async () => {
    for (const subcommand of ['fast', 'status', 'history', 'reset']) {
      const answer = await harness.run({
        subcommand,
        channelId: CHANNEL_C,
        permissions: permissionSets.manager,
      });
      expect(answer.ephemeral).toBe(true);
      expect(answer.content).toContain('`/speed` is not set up in this channel');
      // The channels are a choice: use it in one of them.
      expect(answer.content).toContain(`Use it in <#${CHANNEL_A}> or <#${CHANNEL_B}>.`);
    }
    expect(harness.useapi.requests).toEqual([]);
  });

  test('two channels mapped to one account share its halt and its history', async () => {
    harness.useapi.flagModeration(ACCOUNT);
    const halted = await harness.run({ subcommand: 'fast', channelId: CHANNEL_A, user: MEMBER });
    expect(halted.content).toContain('Midjourney flagged the shared account');
    harness.useapi.clear();

    const other = await harness.run({ subcommand: 'relax', channelId: CHANNEL_B });
    expect(other.content).toMatch(/halted in this channel/);
    expect(harness.useapi.requests).toEqual([]);
    const history = await harness.run({ subcommand: 'history', channelId: CHANNEL_B });
    expect(history.content).toContain('**Fast** by <@700000000000000001>: ⛔ met a moderation halt');

    const reset = await harness.run({
      subcommand: 'reset',
      channelId: CHANNEL_B,
      permissions: permissionSets.manager,
    });
    expect(reset.content).toContain('reset the Midjourney account');
    expect(harness.useapi.requests[0]?.path).toBe(`/account/midjourney/${ACCOUNT}/reset`);
    expect((await harness.run({ subcommand: 'fast', channelId: CHANNEL_A })).content).toContain('Done!');
  });
});

test('CHANNEL_MAP=*=<account> sends every channel to that account', async () => {
  const harness = await startHarness({
    discord: threeChannels,
    env: { CHANNEL_MAP: `*=${ACCOUNT}`, ALLOWED_GUILD_IDS: GUILD_ID },
  });
  try {
    await harness.run({ subcommand: 'fast', channelId: CHANNEL_C });
    await harness.run({ subcommand: 'relax', channelId: CHANNEL_A });
    expect(harness.useapi.requests.map((request) => request.body)).toEqual([
      { channel: ACCOUNT },
      { channel: ACCOUNT },
    ]);
  } finally {
    await harness.close();
  }
});

test('npm run deploy registers minutes (1 to 1440) on fast and turbo, and /speed history', async () => {
  const applicationId = '100000000000000002';
  const discord = await DiscordStandIn.start({
    botToken: DISCORD_TOKEN,
    applicationId,
    guilds: [{ id: GUILD_ID }],
  });
  try {
    const run = await runCompiled(
      'deploy.js',
      {
        DISCORD_TOKEN,
        DISCORD_APPLICATION_ID: applicationId,
        DISCORD_API_URL: discord.apiUrl,
        DISCORD_GUILD_ID: GUILD_ID,
      },
      mkdtempSync(join(tmpdir(), 'mj-deploy-team-')),
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('history');
    const [speed] = discord.registeredCommands(GUILD_ID) as unknown as {
      options: {
        name: string;
        options?: { name: string; type: number; min_value?: number; max_value?: number }[];
      }[];
    }[];
    const optionsOf = (name: string) => speed?.options.find((option) => option.name === name)?.options ?? [];
    const minutes = { name: 'minutes', type: 4, min_value: 1, max_value: 1_440, required: false };
    expect(optionsOf('fast')).toEqual([expect.objectContaining(minutes)]);
    expect(optionsOf('turbo')).toEqual([expect.objectContaining(minutes)]);
    expect(optionsOf('relax')).toEqual([]);
    expect(speed?.options.map((option) => option.name)).toEqual([
      'fast',
      'turbo',
      'relax',
      'reset',
      'status',
      'history',
      'panel',
      'settings',
    ]);
  } finally {
    await discord.close();
  }
});
