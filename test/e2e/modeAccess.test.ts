import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { permissionSets } from '../standins/discord.js';
import {
  ADMIN_ROLE_ID,
  CHANNEL_A,
  CHANNEL_B,
  GUILD_ID,
  type Harness,
  startHarness,
} from '../support/botHarness.js';
import { ManualClock } from '../support/manualClock.js';

const TURBO_ROLE = '900000000000000011';
const FAST_ROLE = '900000000000000012';
const MEMBER = { id: '700000000000000101' };
const TURBO_MEMBER = { id: '700000000000000102' };
const ADMIN = { id: '700000000000000103' };
const MINUTE = 60_000;

const guilds = [
  { id: GUILD_ID, channels: [CHANNEL_A, CHANNEL_B], roles: [ADMIN_ROLE_ID, TURBO_ROLE, FAST_ROLE] },
];

describe('TURBO_ROLE_IDS, FAST_ROLE_IDS and TURBO_MAX_MINUTES', () => {
  const clock = new ManualClock();
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness({
      clock,
      discord: { guilds },
      env: { TURBO_ROLE_IDS: TURBO_ROLE, FAST_ROLE_IDS: FAST_ROLE, TURBO_MAX_MINUTES: '60' },
    });
  });
  afterAll(async () => {
    await harness.close();
  });
  afterEach(async () => {
    // Back to Relax between tests, so no switch back is left pending.
    await harness.run({ subcommand: 'relax', channelId: CHANNEL_A, user: MEMBER });
    harness.useapi.clear();
    harness.discord.clearRequests();
  });

  const sent = () => harness.useapi.requests.map((request) => request.path);

  test('a member who lost the role since their last command is refused: each command reads their roles anew', async () => {
    const member = { id: '700000000000000104' };
    const turbo = (roles: string[]) =>
      harness.run({ subcommand: 'turbo', channelId: CHANNEL_A, user: member, roles });
    expect((await turbo([TURBO_ROLE])).content).toContain('Done!');
    expect((await turbo([])).content).toContain(
      `Only members with <@&${TURBO_ROLE}> (or admins) may switch to`,
    );
    expect((await turbo([TURBO_ROLE])).content).toContain('Done!');
  });

  test.each([
    ['turbo', {}, TURBO_ROLE],
    ['turbo', { minutes: 30 }, TURBO_ROLE],
    ['fast', {}, FAST_ROLE],
    ['fast', { minutes: 30 }, FAST_ROLE],
  ])(
    '/speed %s %o without the role is refused privately, naming the role without pinging it; nothing is sent',
    async (subcommand, options, role) => {
      const answer = await harness.run({ subcommand, options, channelId: CHANNEL_A, user: MEMBER });
      expect(answer.ephemeral).toBe(true);
      expect(answer.content).toContain(`Only members with <@&${role}> (or admins) may switch to`);
      expect(answer.content).toContain('Nothing was sent to Midjourney; `/speed relax` is open to everyone.');
      expect(answer.allowedMentions).toMatchObject({ parse: [], roles: [] });
      expect(answer.mentions.roles).toEqual([]);
      expect(sent()).toEqual([]);
    },
  );

  test('a member with the role switches; without minutes, Turbo becomes timed with the limit and switches back', async () => {
    const answer = await harness.run({
      subcommand: 'turbo',
      channelId: CHANNEL_A,
      user: TURBO_MEMBER,
      roles: [TURBO_ROLE],
    });
    expect(answer.ephemeral).toBe(false);
    const due = Math.floor((clock.now() + 60 * MINUTE) / 1_000);
    expect(answer.content).toContain(`switches back to **Relax** at <t:${due}:t> (<t:${due}:R>), after 1 h`);
    expect(answer.content).toContain('(Turbo is limited to 1 h at a time here.)');
    expect(sent()).toEqual(['/jobs/turbo']);

    clock.advance(60 * MINUTE);
    const announcement = await harness.discord.waitFor(() =>
      harness.discord.channelMessages(CHANNEL_A).at(-1),
    );
    expect(announcement.content).toContain('Time is up for **Turbo** for 1 h');
    expect(sent()).toEqual(['/jobs/turbo', '/jobs/relax']);
  });

  test('minutes above TURBO_MAX_MINUTES are refused privately with the limit; up to it they are kept', async () => {
    const tooLong = await harness.run({
      subcommand: 'turbo',
      options: { minutes: 90 },
      channelId: CHANNEL_A,
      user: TURBO_MEMBER,
      roles: [TURBO_ROLE],
    });
    expect(tooLong.ephemeral).toBe(true);
    expect(tooLong.content).toBe(
      '**Turbo** is limited to 1 h at a time here: ask for `minutes` up to 60, or leave it out to get 60. Nothing was sent to Midjourney.',
    );
    expect(sent()).toEqual([]);

    const within = await harness.run({
      subcommand: 'turbo',
      options: { minutes: 45 },
      channelId: CHANNEL_A,
      user: TURBO_MEMBER,
      roles: [TURBO_ROLE],
    });
    expect(within.content).toContain('after 45 min');
    expect(within.content).not.toContain('limited');
    expect(sent()).toEqual(['/jobs/turbo']);
  });

  test.each([
    ['Manage Server', { permissions: permissionSets.manager }],
    ['an ADMIN_ROLE_IDS role', { roles: [ADMIN_ROLE_ID] }],
  ])(
    'an admin by %s may use both modes without their roles, but not beyond the limit',
    async (_how, admin) => {
      const fast = await harness.run({ subcommand: 'fast', channelId: CHANNEL_A, user: ADMIN, ...admin });
      expect(fast.content).toContain('**Fast mode** requested by <@700000000000000103>');
      // FAST_MAX_MINUTES is not set: fast stays on until someone changes it.
      expect(fast.content).not.toContain('switches back');
      const turbo = await harness.run({
        subcommand: 'turbo',
        options: { minutes: 20 },
        channelId: CHANNEL_A,
        user: ADMIN,
        ...admin,
      });
      expect(turbo.content).toContain('**Turbo mode** requested by <@700000000000000103>');
      const tooLong = await harness.run({
        subcommand: 'turbo',
        options: { minutes: 61 },
        channelId: CHANNEL_A,
        user: ADMIN,
        ...admin,
      });
      expect(tooLong.content).toContain('**Turbo** is limited to 1 h at a time here');
      expect(sent()).toEqual(['/jobs/fast', '/jobs/turbo']);
    },
  );

  test('Relax is open to everyone', async () => {
    const relax = await harness.run({ subcommand: 'relax', channelId: CHANNEL_B, user: MEMBER });
    expect(relax.content).toContain('**Relax mode** requested by <@700000000000000101>');
    expect(sent()).toEqual(['/jobs/relax']);
  });

  test('/speed status tells each member which modes they may use', async () => {
    const member = await harness.run({ subcommand: 'status', channelId: CHANNEL_B, user: MEMBER });
    expect(member.content).toContain(
      `Modes you may use: **Relax**. Not for you: Fast (needs <@&${FAST_ROLE}>) and Turbo (needs <@&${TURBO_ROLE}>).`,
    );
    expect(member.mentions.roles).toEqual([]);
    const turbo = await harness.run({
      subcommand: 'status',
      channelId: CHANNEL_B,
      user: TURBO_MEMBER,
      roles: [TURBO_ROLE],
    });
    expect(turbo.content).toContain(
      `Modes you may use: **Turbo** (up to 1 h) and **Relax**. Not for you: Fast (needs <@&${FAST_ROLE}>).`,
    );
    const admin = await harness.run({
      subcommand: 'status',
      channelId: CHANNEL_B,
      user: ADMIN,
      permissions: permissionSets.manager,
    });
    expect(admin.content).toContain('Modes you may use: **Fast**, **Turbo** (up to 1 h), and **Relax**.');
  });
});

test('without the settings every member may use every mode, untimed', async () => {
  const harness = await startHarness();
  try {
    const turbo = await harness.run({ subcommand: 'turbo', channelId: CHANNEL_A, user: MEMBER });
    expect(turbo.content).toContain('**Turbo mode** requested by');
    expect(turbo.content).not.toContain('switches back');
    const status = await harness.run({ subcommand: 'status', channelId: CHANNEL_A, user: MEMBER });
    expect(status.content).toContain('Modes you may use: **Fast**, **Turbo**, and **Relax**.');
  } finally {
    await harness.close();
  }
});
