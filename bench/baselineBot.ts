/**
 * The benchmark's floor: the smallest discord.js bot that does the same job with no features. A client with
 * default options and the Guilds intent; on `/speed <mode>` it defers, makes one undici request to useapi.net
 * and edits the reply with the upstream `content`. No store, no queueing, no coalescing, no logging per
 * interaction. Configured by the same variables as the bot (`DISCORD_TOKEN`, `DISCORD_API_URL`, `USEAPI_TOKEN`,
 * `USEAPI_BASE_URL`); prints `{"msg":"ready"}` on ClientReady.
 */
import { Client, Events, GatewayIntentBits } from 'discord.js';
import { request } from 'undici';

const { DISCORD_TOKEN, DISCORD_API_URL, USEAPI_TOKEN, USEAPI_BASE_URL } = process.env;
if (!DISCORD_TOKEN || !DISCORD_API_URL || !USEAPI_TOKEN || !USEAPI_BASE_URL) {
  console.error('baselineBot: DISCORD_TOKEN, DISCORD_API_URL, USEAPI_TOKEN and USEAPI_BASE_URL are required');
  process.exit(1);
}

// Only the REST base differs from the defaults: it points at the local stand-in.
const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: DISCORD_API_URL } });

client.on(Events.InteractionCreate, async (interaction) => {
  if (!interaction.isChatInputCommand()) return;
  try {
    await interaction.deferReply();
    const { body } = await request(`${USEAPI_BASE_URL}/jobs/${interaction.options.getSubcommand()}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${USEAPI_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ channel: interaction.channelId }),
    });
    const answer = (await body.json()) as { content?: string; error?: string };
    await interaction.editReply({ content: answer.content ?? answer.error ?? 'No content.' });
  } catch (error) {
    console.error(JSON.stringify({ msg: 'interaction failed', err: String(error) }));
  }
});
client.once(Events.ClientReady, (ready) => {
  console.log(JSON.stringify({ msg: 'ready', guilds: ready.guilds.cache.size }));
});
client.on(Events.Error, (error) =>
  console.error(JSON.stringify({ msg: 'client error', err: String(error) })),
);

const stop = async () => {
  await client.destroy();
  process.exit(0);
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);

await client.login(DISCORD_TOKEN);
