import { REST } from '@discordjs/rest';
import { Routes } from 'discord.js';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { permissionBits } from '../standins/discord.js';
import { DISCORD_TOKEN, GUILD_ID } from '../support/botHarness.js';
import {
  ALERT_CHANNEL,
  type DoctorWorld,
  lineOf,
  startDoctorWorld,
  TEAM_CHANNEL,
} from '../support/doctorWorld.js';

const OTHER_GUILD = '800000000000000777';
const OTHER_CHANNEL = '810000000000000777';
const ADMIN_ROLE = '820000000000000001';
const { SendMessages, ViewChannel, Administrator, MentionEveryone } = permissionBits;

let world: DoctorWorld;
let botRole: string;

beforeEach(async () => {
  world = await startDoctorWorld({
    guilds: [
      { id: GUILD_ID, name: 'The Team', channels: [TEAM_CHANNEL, ALERT_CHANNEL], roles: [ADMIN_ROLE] },
      { id: OTHER_GUILD, name: 'Somebody Else', channels: [OTHER_CHANNEL] },
    ],
  });
  botRole = world.discord.guild(GUILD_ID)?.botRoleId ?? '';
});
afterEach(async () => {
  await world.close();
});

const alertLine = async (overrides: Record<string, string> = {}) =>
  lineOf(await world.run(overrides), 'alertChannel');

/** What Discord does with a post there: the doctor's verdict must match it. */
async function tryPosting(): Promise<number> {
  const rest = new REST({ api: world.discord.apiUrl, retries: 0 }).setToken(DISCORD_TOKEN);
  try {
    await rest.post(Routes.channelMessages(ALERT_CHANNEL), { body: { content: 'test post' } });
    return 200;
  } catch (error) {
    return (error as { status: number }).status;
  }
}

test('a channel the bot can post in: ✓, found with GET requests only (nothing is posted)', async () => {
  world.discord.clearRequests();
  expect(await alertLine()).toMatchObject({
    status: 'ok',
    summary: 'the bot can post in #channel-2 (The Team)',
  });
  expect(world.discord.requests().filter((request) => request.method !== 'GET')).toEqual([]);
  expect(world.discord.channelMessages(ALERT_CHANNEL)).toEqual([]);
});

test('a channel that does not exist: ✗, set the right id or unset ALERT_CHANNEL_ID', async () => {
  expect(await alertLine({ ALERT_CHANNEL_ID: '810000000000000999' })).toMatchObject({
    status: 'fail',
    summary: 'ALERT_CHANNEL_ID 810000000000000999 is no channel Discord knows (deleted, or a wrong id)',
    fix: expect.stringMatching(/Copy Channel ID.*or unset ALERT_CHANNEL_ID$/),
  });
});

test('Send Messages taken away by an overwrite: ✗ naming it and what to do', async () => {
  world.discord.setChannelOverwrites(ALERT_CHANNEL, [{ id: GUILD_ID, type: 'role', deny: SendMessages }]);
  const line = await alertLine();
  expect(line).toMatchObject({
    status: 'fail',
    summary: 'the bot lacks Send Messages in #channel-2 (The Team): no alert can be posted',
    fix: 'give the bot View Channel and Send Messages in #channel-2 (channel settings, Permissions), or unset ALERT_CHANNEL_ID',
  });
  expect(await tryPosting()).toBe(403);
  // An overwrite for the bot's own role outranks @everyone's.
  world.discord.setChannelOverwrites(ALERT_CHANNEL, [
    { id: GUILD_ID, type: 'role', deny: SendMessages },
    { id: botRole, type: 'role', allow: SendMessages },
  ]);
  expect((await alertLine()).status).toBe('ok');
  expect(await tryPosting()).toBe(200);
  // And one for the bot itself outranks its roles'.
  world.discord.setChannelOverwrites(ALERT_CHANNEL, [
    { id: botRole, type: 'role', allow: SendMessages },
    { id: world.discord.botUserId, type: 'member', deny: SendMessages },
  ]);
  expect((await alertLine()).status).toBe('fail');
});

test('a channel the bot cannot see: ✗ saying so', async () => {
  world.discord.setChannelOverwrites(ALERT_CHANNEL, [{ id: GUILD_ID, type: 'role', deny: ViewChannel }]);
  expect(await alertLine()).toMatchObject({
    status: 'fail',
    summary: expect.stringContaining(`the bot cannot see channel ${ALERT_CHANNEL} (ALERT_CHANNEL_ID)`),
    fix: expect.stringContaining(
      'give it View Channel and Send Messages in the channel, or unset ALERT_CHANNEL_ID',
    ),
  });
});

test('Administrator overrides the channel’s overwrites: ✓', async () => {
  world.discord.setChannelOverwrites(ALERT_CHANNEL, [
    { id: GUILD_ID, type: 'role', deny: ViewChannel | SendMessages },
    { id: world.discord.botUserId, type: 'member', deny: SendMessages },
  ]);
  world.discord.updateRole(GUILD_ID, botRole, { permissions: Administrator });
  expect((await alertLine()).status).toBe('ok');
  expect(await tryPosting()).toBe(200);
});

test('a channel in a server the bot does not serve: ✗, alerts would go to another server', async () => {
  const line = await alertLine({ ALERT_CHANNEL_ID: OTHER_CHANNEL });
  expect(line).toMatchObject({
    status: 'fail',
    summary: expect.stringContaining(
      `#general is in server ${OTHER_GUILD}, not one the bot serves (${GUILD_ID})`,
    ),
    fix: "set ALERT_CHANNEL_ID to a channel of your team's server, or unset ALERT_CHANNEL_ID",
  });
  // With every server allowed, it is fine.
  expect((await alertLine({ ALERT_CHANNEL_ID: OTHER_CHANNEL, DISCORD_GUILD_ID: '' })).status).toBe('ok');
});

test('ADMIN_ROLE_IDS the halt alert cannot ping: ! naming them; mentionable, or Mention @everyone: ✓', async () => {
  world.discord.updateRole(GUILD_ID, ADMIN_ROLE, { name: 'admins' });
  const foreign = '820000000000000999';
  const line = await alertLine({ ADMIN_ROLE_IDS: `${ADMIN_ROLE},${foreign}` });
  expect(line).toMatchObject({
    status: 'warn',
    summary:
      'the bot can post in #channel-2 (The Team), but a halt alert would not ping 2 of the ADMIN_ROLE_IDS roles',
    details: [
      `@admins (${ADMIN_ROLE}): not mentionable, and the bot lacks Mention @everyone, @here and All Roles`,
      `${foreign}: not a role of this server`,
    ],
    fix: expect.stringContaining('“Allow anyone to @mention this role”'),
  });
  world.discord.updateRole(GUILD_ID, ADMIN_ROLE, { mentionable: true });
  expect(await alertLine({ ADMIN_ROLE_IDS: ADMIN_ROLE })).toMatchObject({
    status: 'ok',
    summary: 'the bot can post in #channel-2 (The Team) and ping the ADMIN_ROLE_IDS roles',
  });
  world.discord.updateRole(GUILD_ID, ADMIN_ROLE, { mentionable: false });
  world.discord.setChannelOverwrites(ALERT_CHANNEL, [{ id: botRole, type: 'role', allow: MentionEveryone }]);
  expect((await alertLine({ ADMIN_ROLE_IDS: ADMIN_ROLE })).status).toBe('ok');
});

test('no ALERT_CHANNEL_ID: ! saying each server chooses its own, else halts are announced only where they happen; the run still passes', async () => {
  const report = await world.run({ ALERT_CHANNEL_ID: '' });
  expect(lineOf(report, 'alertChannel')).toMatchObject({
    status: 'warn',
    summary:
      "ALERT_CHANNEL_ID is not set: each server's alerts go to the channel its admins choose with /speed settings (docs/team-settings.md); without one, halts are announced only where they happen",
  });
  expect(report.ok).toBe(true);
});
