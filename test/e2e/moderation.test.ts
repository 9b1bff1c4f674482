import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { permissionSets } from '../standins/discord.js';
import { respond, useapiReplies } from '../standins/useapi.js';
import { ADMIN_ROLE_ID, CHANNEL_A, CHANNEL_B, type Harness, startHarness } from '../support/botHarness.js';
import { redisServerForSuite, redisUnavailableReason } from '../support/redisServer.js';

const MEMBER = { id: '700000000000000001' };
const MANAGER = { id: '700000000000000002' };
const RESET_BUTTON = { type: 'button', customId: 'speed:reset' } as const;

const halts = (harness: Harness, channel: string) =>
  harness.run({ subcommand: 'fast', channelId: channel, user: MEMBER });

function moderationSuite(storeUrl: () => string | undefined) {
  let harness: Harness;
  beforeAll(async () => {
    const url = storeUrl();
    harness = await startHarness({ env: url ? { STORE_URL: url } : {} });
  });
  afterAll(async () => {
    await harness.close();
  });

  async function haltChannel(channel: string, shape: 'job' | 'plain' = 'job') {
    harness.useapi.flagModeration(channel, shape);
    const answer = await halts(harness, channel);
    harness.useapi.clear();
    return answer;
  }

  async function resetBy(spec: { permissions?: bigint; roles?: string[]; channelId?: string }) {
    return harness.run({ subcommand: 'reset', channelId: CHANNEL_A, user: MANAGER, ...spec });
  }

  test.each(['job', 'plain'] as const)(
    'a 596 (%s body) halts the channel and posts what to do, with a Reset button for admins',
    async (shape) => {
      const answer = await haltChannel(CHANNEL_A, shape);
      expect(answer.ephemeral).toBe(false);
      expect(answer.content).toContain('Midjourney flagged the shared account');
      expect(answer.content).toMatch(/moderation message or a CAPTCHA/);
      expect(answer.content).toContain('`/imagine`');
      expect(answer.content).toContain('`/speed reset`');
      expect(answer.content).toContain(`<@&${ADMIN_ROLE_ID}>`);
      const upstreamText =
        shape === 'job' ? 'You have a pending moderation message' : 'Please address this issue';
      expect(answer.content).toContain(upstreamText);
      expect(JSON.stringify(answer.components)).toContain('"custom_id":"speed:reset"');
      // The admin role is the only mention the bot ever allows.
      expect(answer.allowedMentions).toMatchObject({ parse: [], roles: [ADMIN_ROLE_ID] });
      expect(answer.mentions).toEqual({ everyone: false, users: [], roles: [ADMIN_ROLE_ID] });

      const status = await harness.run({ subcommand: 'status', channelId: CHANNEL_A, user: MEMBER });
      expect(status.content).toContain('**Halted**');
      expect(status.content).toContain('`/speed fast` by <@700000000000000001>');
      await resetBy({ permissions: permissionSets.manager });
    },
  );

  test('a 596 met by identical requests sent together posts the instructions once, and tells the others privately', async () => {
    harness.useapi.flagModeration(CHANNEL_B);
    harness.useapi.setJobDelay(300);
    try {
      const answers = await Promise.all(
        ['700000000000000011', '700000000000000012', '700000000000000013'].map((id) =>
          harness.run({ subcommand: 'fast', channelId: CHANNEL_B, user: { id } }),
        ),
      );
      const notices = answers.filter((answer) =>
        answer.content.includes('Midjourney flagged the shared account'),
      );
      expect(notices).toHaveLength(1);
      expect(notices[0]?.ephemeral).toBe(false);
      const others = answers.filter((answer) => !notices.includes(answer));
      for (const other of others) {
        expect(other.ephemeral).toBe(true);
        expect(other.content).toContain('sent together with an identical one');
        expect(other.mentions.roles).toEqual([]);
      }
      expect(harness.useapi.requestsTo('/jobs/')).toHaveLength(1);
    } finally {
      harness.useapi.setJobDelay(0);
      harness.useapi.clear();
      await harness.run({
        subcommand: 'reset',
        channelId: CHANNEL_B,
        user: MANAGER,
        permissions: permissionSets.manager,
      });
      harness.useapi.clear();
    }
  });

  test('while halted, speed changes in that channel say why and make no upstream call', async () => {
    await haltChannel(CHANNEL_A);
    for (const mode of ['fast', 'turbo', 'relax']) {
      const answer = await harness.run({ subcommand: mode, channelId: CHANNEL_A, user: MANAGER });
      expect(answer.ephemeral).toBe(true);
      expect(answer.content).toMatch(/halted in this channel \(since <t:\d+:f>/);
      expect(answer.content).toContain('Nothing was sent to Midjourney');
      expect(answer.content).toContain('`/speed reset`');
    }
    expect(harness.useapi.requests).toHaveLength(0);
    await resetBy({ permissions: permissionSets.manager });
  });

  test('a halt in one channel leaves another channel working', async () => {
    await haltChannel(CHANNEL_A);
    const other = await harness.run({ subcommand: 'turbo', channelId: CHANNEL_B });
    expect(other.content).toContain('Done!');
    expect(harness.useapi.requestsFor(CHANNEL_B)).toHaveLength(1);
    await resetBy({ permissions: permissionSets.manager });
  });

  test('a member without admin rights is refused a reset, and nothing is sent to useapi.net', async () => {
    await haltChannel(CHANNEL_A);
    const refused = await resetBy({ permissions: permissionSets.member });
    expect(refused.ephemeral).toBe(true);
    expect(refused.content).toMatch(
      /^Only members with Manage Server or Administrator, or <@&\d+> can reset/,
    );
    const pressed = await harness.run({
      ...RESET_BUTTON,
      channelId: CHANNEL_A,
      permissions: permissionSets.member,
    });
    expect(pressed.ephemeral).toBe(true);
    expect(harness.useapi.requests).toHaveLength(0);
    expect((await harness.run({ subcommand: 'fast', channelId: CHANNEL_A })).content).toMatch(/halted/);
    await resetBy({ permissions: permissionSets.manager });
  });

  const admins = [
    ['Manage Server', { permissions: permissionSets.manager }],
    ['Administrator', { permissions: permissionSets.administrator }],
    ['the configured admin role', { permissions: permissionSets.member, roles: [ADMIN_ROLE_ID] }],
  ] as const;

  test.each(admins)(
    'an admin by %s resets the account at useapi.net and the channel works again',
    async (_how, who) => {
      await haltChannel(CHANNEL_A);
      const answer = await resetBy({ ...who, roles: 'roles' in who ? [...who.roles] : [] });
      expect(answer.ephemeral).toBe(false);
      expect(answer.content).toContain(`<@${MANAGER.id}> reset the Midjourney account`);
      expect(harness.useapi.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
        `POST /account/midjourney/${CHANNEL_A}/reset`,
        `GET /account/midjourney/${CHANNEL_A}`,
      ]);
      expect((await harness.run({ subcommand: 'fast', channelId: CHANNEL_A })).content).toContain('Done!');
      harness.useapi.clear();
    },
  );

  test('an admin pressing the Reset button clears the halt', async () => {
    await haltChannel(CHANNEL_A);
    const answer = await harness.run({
      ...RESET_BUTTON,
      channelId: CHANNEL_A,
      user: MANAGER,
      permissions: permissionSets.manager,
    });
    expect(answer.content).toContain('reset the Midjourney account');
    expect(harness.useapi.requestsTo(`/account/midjourney/${CHANNEL_A}/reset`)).toHaveLength(1);
    expect((await harness.run({ subcommand: 'relax', channelId: CHANNEL_A })).content).toContain('Done!');
    harness.useapi.clear();
  });

  test('a speed: button other than Reset is answered privately as no longer supported, and resets nothing', async () => {
    await haltChannel(CHANNEL_A);
    for (const customId of ['speed:cancel', 'speed:reset:again', 'speed:']) {
      const answer = await harness.run({
        type: 'button',
        customId,
        channelId: CHANNEL_A,
        user: MANAGER,
        permissions: permissionSets.manager,
      });
      expect(answer.ephemeral).toBe(true);
      expect(answer.content).toContain('This button is no longer supported, so nothing was done.');
    }
    expect(harness.useapi.requests).toEqual([]);
    expect((await halts(harness, CHANNEL_A)).content).toMatch(/halted/);
    expect(harness.useapi.requests).toEqual([]);
    await resetBy({ permissions: permissionSets.manager });
    harness.useapi.clear();
  });

  test('reset works when the bot recorded no halt, and says so', async () => {
    const answer = await resetBy({ permissions: permissionSets.manager, channelId: CHANNEL_B });
    expect(answer.content).toContain('had not recorded a halt');
    harness.useapi.clear();
  });

  test('reset warns when useapi.net still reports a pending moderation message', async () => {
    await haltChannel(CHANNEL_A);
    harness.useapi.respondOnce(
      { method: 'GET', pathPrefix: `/account/midjourney/${CHANNEL_A}` },
      respond.json(200, { channel: CHANNEL_A, pendingModMessage: 'Still pending: acknowledge it' }),
    );
    const answer = await resetBy({ permissions: permissionSets.manager });
    expect(answer.content).toContain('still reports a pending moderation message');
    expect(answer.content).toContain('> Still pending\\: acknowledge it');
    harness.useapi.clear();
  });

  test('status shows admins useapi.net’s pending moderation message, and members only what the bot knows', async () => {
    harness.useapi.flagModeration(CHANNEL_B, 'job');
    const member = await harness.run({ subcommand: 'status', channelId: CHANNEL_B, user: MEMBER });
    const admin = await harness.run({
      subcommand: 'status',
      channelId: CHANNEL_B,
      user: MANAGER,
      permissions: permissionSets.manager,
    });
    expect(member.ephemeral).toBe(true);
    // The fast-hours check of the member's status met the 596, so the bot recorded the halt itself.
    expect(member.content).toContain('**Halted**');
    expect(member.content).not.toContain('useapi.net account');
    expect(member.content).toMatch(/State store: (SQLite file|Redis at)/);
    expect(admin.content).toContain('useapi.net account: **pending moderation message**');
    await resetBy({ permissions: permissionSets.manager, channelId: CHANNEL_B });
    harness.useapi.clear();
  });

  test('status shows the last speed change and who made it', async () => {
    await harness.run({ subcommand: 'turbo', channelId: CHANNEL_B, user: MEMBER });
    const status = await harness.run({ subcommand: 'status', channelId: CHANNEL_B });
    expect(status.content).toMatch(/Last speed change: \*\*Turbo\*\* by <@700000000000000001> at <t:\d+:f>/);
    harness.useapi.clear();
  });

  test('a halt survives a restart of the bot on the same store', async () => {
    await haltChannel(CHANNEL_A);
    await harness.restartBot();
    const answer = await harness.run({ subcommand: 'fast', channelId: CHANNEL_A });
    expect(answer.content).toMatch(/halted in this channel/);
    expect(harness.useapi.requests).toHaveLength(0);
    await resetBy({ permissions: permissionSets.manager });
  });
}

describe('with the default SQLite store', () => {
  moderationSuite(() => undefined);
});

describe.skipIf(redisUnavailableReason())('with a real redis-server', () => {
  const redisServer = redisServerForSuite();
  moderationSuite(() => redisServer().url);
});

test('a halt recorded just before the bot is killed (SIGKILL) is still there after a restart', async () => {
  const harness = await startHarness();
  try {
    const child = await harness.switchToBotProcess();
    harness.useapi.respondOnce({ route: 'jobs' }, useapiReplies.moderationPlain(CHANNEL_A));
    const handle = harness.discord.dispatchInteraction({ subcommand: 'fast', channelId: CHANNEL_A });
    await handle.waitForReply((message) => message.content.includes('flagged'));
    child.child.kill('SIGKILL');
    await child.exited;

    harness.useapi.clear();
    await harness.restartBot();
    const answer = await harness.run({ subcommand: 'fast', channelId: CHANNEL_A });
    expect(answer.content).toMatch(/halted in this channel/);
    expect(harness.useapi.requests).toHaveLength(0);
  } finally {
    await harness.close();
  }
});
