/**
 * The stand-in's channel messages beyond posting: edits, deletes and pins as Discord answers them, with
 * Components v2 bodies checked against Discord's own schemas, and members' clicks on their buttons.
 */
import { once } from 'node:events';
import { REST } from '@discordjs/rest';
import { Client, Events, GatewayIntentBits, type Interaction, MessageFlags, Routes } from 'discord.js';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DiscordStandIn, permissionBits, permissionSets } from './discord.js';

const TOKEN = 'stand-in-channel-messages-token';
const USER = '222222222222222222';
let standIn: DiscordStandIn;
let rest: REST;
let client: Client;
const clicks: Interaction[] = [];
let channelId = '';
let guildId = '';
let botRoleId = '';

beforeAll(async () => {
  standIn = await DiscordStandIn.start({ botToken: TOKEN, guilds: { count: 1, channelsPerGuild: 2 } });
  const [guild] = standIn.guilds;
  guildId = guild?.id ?? '';
  channelId = guild?.channelIds[0] ?? '';
  botRoleId = guild?.botRoleId ?? '';
  rest = new REST({ api: standIn.apiUrl, retries: 0 }).setToken(TOKEN);
  client = new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: { api: standIn.apiUrl },
    waitGuildTimeout: 1_000,
  });
  client.on(Events.InteractionCreate, (interaction) => {
    clicks.push(interaction);
  });
  const ready = once(client, Events.ClientReady);
  await client.login(TOKEN);
  await ready;
});

afterAll(async () => {
  await client.destroy();
  await standIn.close();
});

/** A Components v2 message: a container with a line of text and a row of two buttons. */
const panelBody = (text: string, disabled = false) => ({
  flags: MessageFlags.IsComponentsV2,
  allowed_mentions: { parse: [] },
  components: [
    {
      type: 17,
      accent_color: 0x57f287,
      components: [
        { type: 10, content: text },
        {
          type: 1,
          components: [
            { type: 2, style: 1, custom_id: 'demo:one', label: 'One', disabled },
            { type: 2, style: 2, custom_id: 'demo:two', label: 'Two' },
          ],
        },
      ],
    },
  ],
});

const post = async (body: unknown) =>
  (await rest.post(Routes.channelMessages(channelId), { body })) as { id: string };

test('a Components v2 message is edited in place; mentions are parsed from its text with each edit’s allowed_mentions', async () => {
  const { id } = await post(panelBody(`Set by <@${USER}>`));

  const edited = (await rest.patch(Routes.channelMessage(channelId, id), {
    body: { ...panelBody(`Now by <@${USER}>`), allowed_mentions: undefined },
  })) as { components: unknown[] };

  expect(JSON.stringify(edited.components)).toContain('Now by');
  // Without allowed_mentions an edit parses every mention in the text displays (Edit Message docs).
  expect(standIn.channelMessage(id)).toMatchObject({
    editCount: 1,
    flags: MessageFlags.IsComponentsV2,
    mentions: { users: [USER] },
  });
  await rest.patch(Routes.channelMessage(channelId, id), { body: panelBody(`Again by <@${USER}>`) });
  expect(standIn.channelMessage(id)?.mentions.users).toEqual([]);
});

test('Components v2 bodies are held to Discord’s schema: no content beside them, labels of at most 80', async () => {
  await expect(post({ ...panelBody('text'), content: 'legacy' })).rejects.toMatchObject({
    status: 400,
    code: 50_035,
  });
  const long = panelBody('text');
  const row = long.components[0]?.components[1] as { components: { label: string }[] };
  (row.components[0] as { label: string }).label = 'x'.repeat(81);
  await expect(post(long)).rejects.toMatchObject({ status: 400, code: 50_035 });
});

test('a deleted message is Unknown Message (10008) to edits and deletes; it leaves the posted list', async () => {
  const { id } = await post(panelBody('to delete'));
  standIn.deleteChannelMessage(channelId, id);

  await expect(
    rest.patch(Routes.channelMessage(channelId, id), { body: panelBody('x') }),
  ).rejects.toMatchObject({ status: 404, code: 10_008 });
  await expect(rest.delete(Routes.channelMessage(channelId, id))).rejects.toMatchObject({ code: 10_008 });
  expect(standIn.channelMessages(channelId).map((message) => message.id)).not.toContain(id);
  expect(standIn.channelMessage(id)?.deleted).toBe(true);
});

test('pinning needs Pin Messages (50013 without it); without View Channel every route is Missing Access', async () => {
  const { id } = await post(panelBody('pin me'));
  await expect(rest.put(Routes.channelMessagesPin(channelId, id))).rejects.toMatchObject({
    status: 403,
    code: 50_013,
  });

  standIn.updateRole(guildId, botRoleId, { permissions: permissionSets.bot | permissionBits.PinMessages });
  await rest.put(Routes.channelMessagesPin(channelId, id));
  expect(standIn.channelMessage(id)?.pinned).toBe(true);

  standIn.setChannelOverwrites(channelId, [
    { id: botRoleId, type: 'role', deny: permissionBits.ViewChannel },
  ]);
  try {
    await expect(
      rest.patch(Routes.channelMessage(channelId, id), { body: panelBody('x') }),
    ).rejects.toMatchObject({ status: 403, code: 50_001 });
  } finally {
    standIn.setChannelOverwrites(channelId, []);
    standIn.updateRole(guildId, botRoleId, { permissions: permissionSets.bot });
  }
});

test('messages outlive clearRequests: the bot can still edit one posted before', async () => {
  const { id } = await post(panelBody('kept'));
  standIn.clearRequests();

  await rest.patch(Routes.channelMessage(channelId, id), { body: panelBody('still here') });

  expect(JSON.stringify(standIn.channelMessage(id)?.components)).toContain('still here');
  expect(standIn.channelMessages(channelId)).toEqual([]);
});

test('a click on a button of a channel message carries the message as it is; a disabled or missing button cannot be clicked', async () => {
  const { id } = await post(panelBody('click me', true));

  expect(() => standIn.clickButton(channelId, id, 'demo:one')).toThrow(/disabled/);
  expect(() => standIn.clickButton(channelId, id, 'demo:three')).toThrow(/no button/);
  standIn.clickButton(channelId, id, 'demo:two', { user: { id: USER }, roles: [] });

  const click = await standIn.waitFor(() => clicks.find((interaction) => interaction.isButton()));
  expect(click.isButton() && click.message.id).toBe(id);
  expect(click.isButton() && click.customId).toBe('demo:two');
  expect(click.channelId).toBe(channelId);
  expect(click.user.id).toBe(USER);
});
