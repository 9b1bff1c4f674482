import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { REST } from '@discordjs/rest';
import {
  type APIApplicationCommand,
  Client,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  type Interaction,
  MessageFlags,
  Routes,
} from 'discord.js';
import { afterEach, expect, test } from 'vitest';
import { WebSocket } from 'ws';
import { DiscordStandIn, type DiscordStandInOptions, permissionBits, permissionSets } from './discord.js';

const TOKEN = 'stand-in-test-token';
const cleanups: (() => unknown)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function startStandIn(options: DiscordStandInOptions = {}): Promise<DiscordStandIn> {
  const standIn = await DiscordStandIn.start({ botToken: TOKEN, ...options });
  cleanups.push(() => standIn.close());
  return standIn;
}

/** The client options every test against the stand-in should use. */
function createClient(standIn: DiscordStandIn): Client {
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: { api: standIn.apiUrl },
    // Guilds arrive right after READY; do not wait 15 s for missing ones.
    waitGuildTimeout: 1_000,
    // @discordjs/ws spaces IDENTIFYs 5 s apart (plus jitter); a re-identify after a drop would wait for it.
    ws: { buildIdentifyThrottler: () => ({ waitForIdentify: async () => {} }) },
  });
  cleanups.push(() => client.destroy());
  return client;
}

async function readyClient(
  standIn: DiscordStandIn,
  onInteraction?: (interaction: Interaction) => Promise<unknown>,
): Promise<{ client: Client; errors: unknown[] }> {
  const client = createClient(standIn);
  const errors: unknown[] = [];
  if (onInteraction) {
    client.on(Events.InteractionCreate, (interaction) => {
      onInteraction(interaction).catch((error: unknown) => errors.push(error));
    });
  }
  const ready = once(client, Events.ClientReady);
  await client.login(TOKEN);
  await ready;
  return { client, errors };
}

test('the client logs in and becomes ready with every configured guild', async () => {
  const standIn = await startStandIn({ guilds: { count: 3, channelsPerGuild: 4, rolesPerGuild: 2 } });

  const { client } = await readyClient(standIn);

  expect(client.user?.id).toBe(standIn.botUserId);
  expect([...client.guilds.cache.keys()].sort()).toEqual(standIn.guilds.map((guild) => guild.id).sort());
  const [first] = standIn.guilds;
  const guild = client.guilds.cache.get(first?.id ?? '');
  expect(guild?.channels.cache.map((channel) => channel.id).sort()).toEqual(
    [...(first?.channelIds ?? [])].sort(),
  );
  expect(guild?.roles.everyone.id).toBe(first?.id);
  expect(guild?.members.me?.permissions.has('SendMessages')).toBe(true);
  expect(standIn.identifies.map((identify) => identify.intents)).toEqual([GatewayIntentBits.Guilds]);
});

test('deferReply then editReply is seen as a type 5 ack followed by an edit of the original', async () => {
  const standIn = await startStandIn();
  await readyClient(standIn, async (interaction) => {
    if (!interaction.isChatInputCommand()) return;
    await interaction.deferReply();
    await interaction.editReply('x');
  });

  const handle = standIn.dispatchInteraction({ subcommand: 'fast' });

  expect((await handle.acknowledged).type).toBe(5);
  expect((await handle.waitForReply()).content).toBe('x');
  const [edit] = standIn.requests({ route: 'editOriginal' });
  expect(edit?.path).toBe(`/webhooks/${standIn.applicationId}/${handle.token}/messages/@original`);
  expect(edit?.auth).toBe('missing');
  expect(standIn.unexpectedRequests()).toEqual([]);
});

test('the bot reads the subcommand, options, permissions and channel the spec chose', async () => {
  const standIn = await startStandIn();
  const seen: unknown[] = [];
  await readyClient(standIn, async (interaction) => {
    if (!interaction.isChatInputCommand()) return;
    seen.push({
      command: interaction.commandName,
      subcommand: interaction.options.getSubcommand(),
      minutes: interaction.options.getInteger('minutes'),
      admin: interaction.memberPermissions?.has('Administrator'),
      manager: interaction.memberPermissions?.has('ManageGuild'),
      channelId: interaction.channelId,
      cachedChannel: interaction.channel?.id,
      userId: interaction.user.id,
    });
    await interaction.reply({ content: 'ok', flags: MessageFlags.Ephemeral });
  });
  const channelId = standIn.guilds[0]?.channelIds[1] ?? '';

  const handle = standIn.dispatchInteraction({
    subcommand: 'relax',
    options: { minutes: 30 },
    channelId,
    user: { id: '123456789012345678', username: 'alice' },
    permissions: permissionBits.ManageGuild | permissionSets.member,
  });

  expect((await handle.waitForReply()).ephemeral).toBe(true);
  expect(seen).toEqual([
    {
      command: 'speed',
      subcommand: 'relax',
      minutes: 30,
      admin: false,
      manager: true,
      channelId,
      cachedChannel: channelId,
      userId: '123456789012345678',
    },
  ]);
});

test('a reply later than the ack deadline is refused with 10062 and the user sees no response', async () => {
  const standIn = await startStandIn({ ackDeadlineMs: 100 });
  const { errors } = await readyClient(standIn, async (interaction) => {
    if (!interaction.isChatInputCommand()) return;
    await sleep(200);
    await interaction.reply('too late');
  });

  const handle = standIn.dispatchInteraction({ subcommand: 'fast' });

  await expect(handle.acknowledged).rejects.toThrow(/not acknowledged within 100 ms/);
  const error = await standIn.waitFor(() => errors[0]);
  expect(error).toBeInstanceOf(DiscordAPIError);
  expect((error as DiscordAPIError).code).toBe(10_062);
  expect(handle.status).toBe('did-not-respond');
});

test('a second acknowledgement is refused with 40060', async () => {
  const standIn = await startStandIn();
  const { errors } = await readyClient(standIn, async (interaction) => {
    if (!interaction.isChatInputCommand()) return;
    await interaction.reply('first');
    // Bypass discord.js's own "already replied" guard to reach Discord's.
    await interaction.client.rest.post(Routes.interactionCallback(interaction.id, interaction.token), {
      body: { type: 4, data: { content: 'second' } },
      auth: false,
    });
  });

  const handle = standIn.dispatchInteraction({ subcommand: 'fast' });

  const error = await standIn.waitFor(() => errors[0]);
  expect((error as DiscordAPIError).code).toBe(40_060);
  expect(handle.original?.content).toBe('first');
  expect(handle.refusedCallbacks).toBe(1);
});

test('a 429 on the edit is retried by discord.js and the edit lands', async () => {
  const standIn = await startStandIn();
  await readyClient(standIn, async (interaction) => {
    if (!interaction.isChatInputCommand()) return;
    await interaction.deferReply();
    await interaction.editReply('x');
  });
  standIn.rateLimitNext({ route: 'editOriginal' }, { retryAfterMs: 50 });

  const handle = standIn.dispatchInteraction({ subcommand: 'turbo' });

  expect((await handle.waitForReply()).content).toBe('x');
  expect(standIn.requests({ route: 'editOriginal' }).map((request) => request.status)).toEqual([429, 200]);
});

test('an edit after the interaction token expired is refused with 10015', async () => {
  const standIn = await startStandIn();
  const { errors } = await readyClient(standIn, async (interaction) => {
    if (!interaction.isChatInputCommand()) return;
    await interaction.deferReply();
    standIn.expireInteraction(interaction.token);
    await interaction.editReply('never seen');
  });

  const handle = standIn.dispatchInteraction({ subcommand: 'fast' });

  const error = await standIn.waitFor(() => errors[0]);
  expect((error as DiscordAPIError).code).toBe(10_015);
  expect(handle.status).toBe('thinking');
});

test('after the gateway connection drops, discord.js identifies again and still receives interactions', async () => {
  const standIn = await startStandIn();
  await readyClient(standIn, async (interaction) => {
    if (interaction.isChatInputCommand()) await interaction.reply('still here');
  });

  standIn.closeGatewayConnections(4_000);
  await standIn.waitFor(() => standIn.readyCount === 2 && standIn.readySessions === 1);
  const handle = standIn.dispatchInteraction({ subcommand: 'status' });

  expect((await handle.waitForReply()).content).toBe('still here');
  expect(standIn.resumes.map((resume) => resume.accepted)).toEqual([false]);
  expect(standIn.identifyCount).toBe(2);
});

test('with acceptResume, an interaction sent while disconnected is replayed after RESUME', async () => {
  const standIn = await startStandIn({ acceptResume: true });
  await readyClient(standIn, async (interaction) => {
    if (interaction.isChatInputCommand()) await interaction.reply('resumed');
  });

  standIn.closeGatewayConnections(4_000);
  await standIn.waitFor(() => standIn.connectedClients === 0);
  const handle = standIn.dispatchInteraction({ subcommand: 'status' });

  expect((await handle.waitForReply()).content).toBe('resumed');
  expect(standIn.resumes).toMatchObject([{ accepted: true, replayed: 1 }]);
  expect(standIn.identifyCount).toBe(1);
});

test('login with a wrong token is rejected', async () => {
  const standIn = await startStandIn();
  const client = createClient(standIn);

  await expect(client.login('not-the-token')).rejects.toMatchObject({ code: 'TokenInvalid' });
  expect(standIn.requests({ route: 'getGatewayBot' })).toMatchObject([{ auth: 'invalid', status: 401 }]);
});

test('IDENTIFY with a wrong token is closed with 4004', async () => {
  const standIn = await startStandIn();
  const socket = new WebSocket(`${standIn.gatewayUrl}?v=10&encoding=json`);
  cleanups.push(() => socket.terminate());
  await once(socket, 'message');

  socket.send(JSON.stringify({ op: 2, d: { token: 'wrong', intents: 1, properties: {} } }));

  const [code] = (await once(socket, 'close')) as [number];
  expect(code).toBe(4_004);
  expect(standIn.identifies).toMatchObject([{ accepted: false, closeCode: 4_004 }]);
});

test('a bulk overwrite of guild commands through REST is recorded and echoed with ids', async () => {
  const standIn = await startStandIn();
  const guildId = standIn.guilds[0]?.id ?? '';
  const body = [
    {
      name: 'speed',
      description: 'Switch the speed mode',
      options: [{ type: 1, name: 'fast', description: 'Fast mode' }],
    },
  ];

  const result = (await new REST({ api: standIn.apiUrl })
    .setToken(TOKEN)
    .put(Routes.applicationGuildCommands(standIn.applicationId, guildId), {
      body,
    })) as APIApplicationCommand[];

  expect(standIn.requests({ route: 'putGuildCommands' })).toMatchObject([
    {
      method: 'PUT',
      auth: 'valid',
      body,
      path: `/applications/${standIn.applicationId}/guilds/${guildId}/commands`,
    },
  ]);
  expect(result).toMatchObject([{ name: 'speed', guild_id: guildId, application_id: standIn.applicationId }]);
  expect(standIn.registeredCommands(guildId).map((command) => command.id)).toEqual([result[0]?.id]);
});

test('translated descriptions are kept at every level and listed only with with_localizations, as Discord does', async () => {
  const standIn = await startStandIn();
  const guildId = standIn.guilds[0]?.id ?? '';
  const route = Routes.applicationGuildCommands(standIn.applicationId, guildId);
  const rest = new REST({ api: standIn.apiUrl, retries: 0 }).setToken(TOKEN);
  const fast = { type: 1, name: 'fast', description: 'Fast mode', description_localizations: { ja: '高速' } };
  await rest.put(route, {
    body: [
      { name: 'speed', description: 'Speed', description_localizations: { ja: '速度' }, options: [fast] },
    ],
  });

  const [plain] = (await rest.get(route)) as APIApplicationCommand[];
  expect(plain).not.toHaveProperty('description_localizations');
  expect(plain?.options?.[0]).not.toHaveProperty('description_localizations');
  const query = new URLSearchParams({ with_localizations: 'true' });
  const [full] = (await rest.get(route, { query })) as APIApplicationCommand[];
  expect(full).toMatchObject({ description_localizations: { ja: '速度' }, name_localizations: null });
  expect(full?.options?.[0]).toMatchObject({ description_localizations: { ja: '高速' } });
});

test('a translated description over 100 characters or under a locale Discord lacks is refused with 50035', async () => {
  const standIn = await startStandIn();
  const rest = new REST({ api: standIn.apiUrl, retries: 0 }).setToken(TOKEN);
  const route = Routes.applicationCommands(standIn.applicationId);
  const option = (description_localizations: Record<string, string>) => ({
    type: 1,
    name: 'fast',
    description: 'Fast mode',
    description_localizations,
  });
  const put = (localizations: Record<string, string>) =>
    rest.put(route, { body: [{ name: 'speed', description: 'Speed', options: [option(localizations)] }] });

  await expect(put({ ja: 'あ'.repeat(101) })).rejects.toMatchObject({
    status: 400,
    code: 50_035,
    rawError: {
      errors: {
        0: { options: { 0: { description_localizations: { ja: { _errors: [expect.anything()] } } } } },
      },
    },
  });
  await expect(put({ jp: '高速' })).rejects.toMatchObject({ status: 400, code: 50_035 });
  await expect(put({ ja: 'あ'.repeat(100) })).resolves.toHaveLength(1);
});

test('a guild’s preferred locale and the member’s locale reach GUILD_CREATE, GET /guilds and interactions', async () => {
  const guildId = '900000000000000001';
  const channelId = '900000000000000011';
  const standIn = await startStandIn({
    guilds: [{ id: guildId, channels: [channelId], preferredLocale: 'ja' }],
  });
  const seen: unknown[] = [];
  const { client } = await readyClient(standIn, async (interaction) => {
    seen.push({ locale: interaction.locale, guildLocale: interaction.guildLocale });
    if (interaction.isRepliable()) await interaction.reply({ content: 'ok' });
  });
  expect(client.guilds.cache.get(guildId)?.preferredLocale).toBe('ja');
  const rest = new REST({ api: standIn.apiUrl, retries: 0 }).setToken(TOKEN);
  expect(await rest.get(Routes.guild(guildId))).toMatchObject({ preferred_locale: 'ja' });
  expect(await rest.get(Routes.channel(channelId))).toMatchObject({ guild_id: guildId });

  await standIn.dispatchInteraction({ subcommand: 'status', locale: 'pt-BR' }).waitForReply();
  await standIn.dispatchInteraction({ subcommand: 'status' }).waitForReply();
  expect(seen).toEqual([
    { locale: 'pt-BR', guildLocale: 'ja' },
    { locale: 'en-US', guildLocale: 'ja' },
  ]);
});

test('a button click answered with update() changes the message the user sees', async () => {
  const standIn = await startStandIn();
  await readyClient(standIn, async (interaction) => {
    if (interaction.isButton())
      await interaction.update({ content: `picked ${interaction.customId}`, components: [] });
  });

  const handle = standIn.dispatchInteraction({
    type: 'button',
    customId: 'speed:turbo',
    message: { content: 'pick' },
  });

  expect((await handle.acknowledged).type).toBe(7);
  expect(await handle.waitForReply()).toMatchObject({ content: 'picked speed:turbo', components: [] });
});

test('a role or channel select reaches discord.js with its values, resolved only where the guild has them', async () => {
  const standIn = await startStandIn({ guilds: { count: 1, channelsPerGuild: 2, rolesPerGuild: 1 } });
  const [guild] = standIn.guilds;
  const [role = ''] = guild?.roleIds ?? [];
  const [, channel = ''] = guild?.channelIds ?? [];
  const seen: unknown[] = [];
  await readyClient(standIn, async (interaction) => {
    if (interaction.isRoleSelectMenu()) seen.push([interaction.values, [...interaction.roles.keys()]]);
    if (interaction.isChannelSelectMenu())
      seen.push([interaction.values, interaction.channels.map((resolved) => [resolved.id, resolved.type])]);
    if (interaction.isAnySelectMenu()) await interaction.deferUpdate();
  });
  const elsewhere = '123456789012345678';
  await standIn.dispatchInteraction({
    type: 'select',
    customId: 'r',
    select: 'role',
    values: [role, elsewhere],
  }).acknowledged;
  await standIn.dispatchInteraction({ type: 'select', customId: 'c', select: 'channel', values: [channel] })
    .acknowledged;
  expect(seen).toEqual([
    [[role, elsewhere], [role]],
    [[channel], [[channel, 0]]],
  ]);
});

test('a modal submission carries each text input in its label; a modal cannot answer it', async () => {
  const standIn = await startStandIn();
  let typed: unknown;
  await readyClient(standIn, async (interaction) => {
    if (!interaction.isModalSubmit()) return;
    typed = interaction.fields.getTextInputValue('minutes');
    // discord.js offers no showModal here; sent anyway, Discord refuses it.
    const modal = { type: 9, data: { custom_id: 'again', title: 'Again', components: [] } };
    const rest = new REST({ api: standIn.apiUrl });
    await rest
      .post(Routes.interactionCallback(interaction.id, interaction.token), { body: modal, auth: false })
      .catch(() => {});
    await interaction.reply({ content: 'no modal here', flags: MessageFlags.Ephemeral });
  });
  const handle = standIn.dispatchInteraction({
    type: 'modalSubmit',
    customId: 'limits',
    fields: { minutes: '45' },
  });
  expect(await handle.waitForReply()).toMatchObject({ content: 'no modal here', ephemeral: true });
  expect(typed).toBe('45');
  expect(standIn.requests({ route: 'interactionCallback' }).map((request) => request.status)).toEqual([
    400, 204,
  ]);
});

test('a DM invocation reaches the bot without a guild or member', async () => {
  const standIn = await startStandIn();
  await readyClient(standIn, async (interaction) => {
    if (!interaction.isChatInputCommand()) return;
    await interaction.reply({
      content: interaction.inGuild() ? 'guild' : 'servers only',
      flags: MessageFlags.Ephemeral,
    });
  });

  const handle = standIn.dispatchInteraction({ subcommand: 'fast', context: 'botDm' });

  expect(await handle.waitForReply()).toMatchObject({ content: 'servers only', ephemeral: true });
  expect(handle.payload).not.toHaveProperty('member');
});

test('allowed_mentions of each message decides who would be pinged', async () => {
  const standIn = await startStandIn();
  await readyClient(standIn, async (interaction) => {
    if (!interaction.isChatInputCommand()) return;
    await interaction.reply({ content: '<@111111111111111111> @everyone', allowedMentions: { parse: [] } });
    await interaction.followUp({ content: '<@222222222222222222>', flags: MessageFlags.Ephemeral });
  });

  const handle = standIn.dispatchInteraction({ subcommand: 'fast' });

  const followUp = await handle.waitForFollowUp();
  expect(handle.original).toMatchObject({
    allowedMentions: { parse: [] },
    mentions: { everyone: false, users: [], roles: [] },
  });
  expect(followUp).toMatchObject({ ephemeral: true, mentions: { users: ['222222222222222222'] } });
});

test('calls to routes the stand-in does not serve are answered 404 and listed as unexpected', async () => {
  const standIn = await startStandIn();
  const rest = new REST({ api: standIn.apiUrl }).setToken(TOKEN);

  await expect(rest.get(Routes.guildRoles('1'))).rejects.toMatchObject({ status: 404 });
  expect(standIn.unexpectedRequests()).toMatchObject([{ method: 'GET', path: '/guilds/1/roles' }]);
});

test('messages posted to a channel are logged per channel', async () => {
  const standIn = await startStandIn();
  const channelId = standIn.guilds[0]?.channelIds[0] ?? '';
  const rest = new REST({ api: standIn.apiUrl }).setToken(TOKEN);

  await rest.post(Routes.channelMessages(channelId), { body: { content: 'Speed is now relax' } });

  expect(standIn.channelMessages(channelId)).toMatchObject([{ content: 'Speed is now relax' }]);
});

test('a post repeating an enforced nonce returns the first message and creates none; a nonce over 25 characters is refused', async () => {
  const standIn = await startStandIn();
  const channelId = standIn.guilds[0]?.channelIds[0] ?? '';
  const rest = new REST({ api: standIn.apiUrl }).setToken(TOKEN);
  const post = (content: string, nonce: string, enforce = true) =>
    rest.post(Routes.channelMessages(channelId), { body: { content, nonce, enforce_nonce: enforce } });

  const first = (await post('first', 'event-1')) as { id: string };
  const again = (await post('again', 'event-1')) as { id: string; content: string };
  await post('not enforced', 'event-1', false);

  expect(again).toMatchObject({ id: first.id, content: 'first' });
  expect(standIn.channelMessages(channelId).map((message) => message.content)).toEqual([
    'first',
    'not enforced',
  ]);
  await expect(post('long', 'n'.repeat(26))).rejects.toMatchObject({ status: 400, code: 50_035 });
});

test('with a global limit, bot-token requests past it in a second get a 429', async () => {
  const standIn = await startStandIn({ globalRequestsPerSecond: 2 });
  const channelId = standIn.guilds[0]?.channelIds[0] ?? '';
  // No retries: the test reads Discord's answer itself.
  const rest = new REST({ api: standIn.apiUrl, retries: 0, rejectOnRateLimit: () => true }).setToken(TOKEN);
  const post = () => rest.post(Routes.channelMessages(channelId), { body: { content: 'hi' } });

  const answers = await Promise.allSettled([post(), post(), post()]);

  expect(answers.map((answer) => answer.status)).toEqual(['fulfilled', 'fulfilled', 'rejected']);
  const refused = standIn
    .requests({ route: 'createChannelMessage' })
    .filter((request) => request.status === 429);
  expect(refused).toHaveLength(1);
});

test('GET /users/@me/guilds pages through the bot’s guilds by id, as Discord does', async () => {
  const standIn = await startStandIn({ guilds: { count: 5 } });
  const rest = new REST({ api: standIn.apiUrl, retries: 0 }).setToken(TOKEN);
  const ids = standIn.guilds.map((guild) => guild.id).sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : 1));
  const first = (await rest.get(Routes.userGuilds(), { query: new URLSearchParams({ limit: '3' }) })) as {
    id: string;
    name: string;
  }[];
  expect(first.map((guild) => guild.id)).toEqual(ids.slice(0, 3));
  const after = (await rest.get(Routes.userGuilds(), {
    query: new URLSearchParams({ after: ids[2] ?? '' }),
  })) as { id: string }[];
  expect(after.map((guild) => guild.id)).toEqual(ids.slice(3));
});

test('roles and overwrites set by a test reach GUILD_CREATE, the REST reads and the bot’s posts alike', async () => {
  const standIn = await startStandIn({
    guilds: [{ id: '900000000000000001', channels: ['900000000000000011'] }],
  });
  const [guild] = standIn.guilds;
  const channelId = '900000000000000011';
  if (!guild) throw new Error('no guild');
  standIn.setChannelOverwrites(channelId, [
    { id: guild.id, type: 'role', deny: permissionBits.SendMessages },
    { id: standIn.botUserId, type: 'member', allow: permissionBits.EmbedLinks },
  ]);
  standIn.updateRole(guild.id, guild.botRoleId, { mentionable: true });
  const { client } = await readyClient(standIn);
  // discord.js works the permissions out from GUILD_CREATE; Discord refuses the post for the same reason.
  const cached = client.channels.cache.get(channelId);
  const seen = cached && 'permissionsFor' in cached ? cached.permissionsFor(standIn.botUserId) : null;
  expect(seen?.has(permissionBits.ViewChannel)).toBe(true);
  expect(seen?.has(permissionBits.SendMessages)).toBe(false);
  const rest = new REST({ api: standIn.apiUrl, retries: 0 }).setToken(TOKEN);
  await expect(
    rest.post(Routes.channelMessages(channelId), { body: { content: 'hi' } }),
  ).rejects.toMatchObject({
    status: 403,
    code: 50_013,
  });

  expect(await rest.get(Routes.channel(channelId))).toMatchObject({
    id: channelId,
    type: 0,
    guild_id: guild.id,
    permission_overwrites: [
      { id: guild.id, type: 0, allow: '0', deny: String(permissionBits.SendMessages) },
      { id: standIn.botUserId, type: 1, allow: String(permissionBits.EmbedLinks), deny: '0' },
    ],
  });
  const read = (await rest.get(Routes.guild(guild.id))) as Record<string, unknown>;
  expect(read).toMatchObject({ id: guild.id, owner_id: guild.ownerId });
  expect(read.roles).toContainEqual(expect.objectContaining({ id: guild.botRoleId, mentionable: true }));
  expect(read).not.toHaveProperty('members');
  expect(await rest.get(Routes.guildMember(guild.id, standIn.botUserId))).toMatchObject({
    user: { id: standIn.botUserId },
    roles: [guild.botRoleId],
  });
  await expect(rest.get(Routes.guildMember(guild.id, '900000000000000099'))).rejects.toMatchObject({
    status: 404,
    code: 10_007,
  });
  // Without View Channel the channel is Missing Access; a server the bot is not in, too.
  standIn.setChannelOverwrites(channelId, [{ id: guild.id, type: 'role', deny: permissionBits.ViewChannel }]);
  await expect(rest.get(Routes.channel(channelId))).rejects.toMatchObject({ status: 403, code: 50_001 });
  await expect(rest.get(Routes.guild('900000000000000002'))).rejects.toMatchObject({
    status: 403,
    code: 50_001,
  });
});
