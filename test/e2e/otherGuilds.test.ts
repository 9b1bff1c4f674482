/**
 * The bot serves only its team's servers (ALLOWED_GUILD_IDS). New Discord applications are public, so
 * anyone can add the bot to a server of their own, where they are admin: from there, nothing may reach
 * the team's Midjourney account or the store.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { permissionSets } from '../standins/discord.js';
import { ADMIN_ROLE_ID, CHANNEL_A, GUILD_ID, type Harness, startHarness } from '../support/botHarness.js';

const STRANGER_GUILD = '800000000000000009';
const STRANGER_CHANNEL = '820000000000000001';
/** The useapi.net channel every channel is mapped to with `*`. */
const ACCOUNT = '830000000000000001';
const REFUSAL = "This bot serves only its own team's servers";

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({
    discord: {
      guilds: [
        { id: GUILD_ID, channels: [CHANNEL_A], roles: [ADMIN_ROLE_ID] },
        { id: STRANGER_GUILD, channels: [STRANGER_CHANNEL] },
      ],
    },
    env: { CHANNEL_MAP: `*=${ACCOUNT}`, ALLOWED_GUILD_IDS: GUILD_ID },
  });
});
afterAll(async () => {
  await harness.close();
});

/** The SQLite file's bytes, hashed: any write by the bot changes them. */
const storeFingerprint = () =>
  createHash('sha256')
    .update(readFileSync(join(harness.cwd, 'data', 'mj-speed-bot.sqlite')))
    .digest('hex');

test("another server's admin cannot reset the team's halt, and its members cannot switch the speed", async () => {
  harness.useapi.flagModeration(ACCOUNT, 'job');
  const halted = await harness.run({ subcommand: 'turbo', channelId: CHANNEL_A });
  expect(halted.content).toContain('Midjourney flagged');
  harness.useapi.clear();
  const before = storeFingerprint();

  const stranger = { guildId: STRANGER_GUILD, channelId: STRANGER_CHANNEL };
  const answers = [
    await harness.run({ ...stranger, subcommand: 'reset', permissions: permissionSets.manager }),
    await harness.run({ ...stranger, subcommand: 'turbo', options: { minutes: 1440 } }),
    await harness.run({
      ...stranger,
      type: 'button',
      customId: 'speed:reset',
      permissions: permissionSets.manager,
    }),
    await harness.run({ ...stranger, subcommand: 'status', permissions: permissionSets.manager }),
  ];
  for (const answer of answers) {
    expect(answer.ephemeral).toBe(true);
    expect(answer.content).toContain(REFUSAL);
  }
  expect(harness.useapi.requests).toEqual([]);
  expect(storeFingerprint()).toBe(before);

  const status = await harness.run({ subcommand: 'status', channelId: CHANNEL_A });
  expect(status.content).toMatch(/halted/i);
  const stillRefused = await harness.run({ subcommand: 'fast', channelId: CHANNEL_A });
  expect(stillRefused.content).toMatch(/halted/);
  expect(harness.useapi.requests).toEqual([]);
});

test('the team is warned once, in the log, that the bot is in a server not on its list', () => {
  const warnings = harness.logs.filter((line) => line.includes('not in ALLOWED_GUILD_IDS'));
  expect(warnings).toHaveLength(1);
  expect(JSON.parse(warnings[0] ?? '{}')).toMatchObject({ level: 40, guild: STRANGER_GUILD });
});
