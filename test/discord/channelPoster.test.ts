/**
 * Channel posts (alerts, switch backs, reminders) come long after any interaction, so the bot learns each
 * channel's server and that server's language from Discord itself, once, and posts in it; when Discord
 * cannot tell, the post still goes out, in English, and the log says why.
 */
import { REST } from '@discordjs/rest';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { ChannelPoster } from '../../src/discord/ChannelPoster.js';
import { render } from '../../src/i18n/render.js';
import { ServerLanguages } from '../../src/i18n/ServerLanguages.js';
import { msg } from '../../src/i18n/text.js';
import { createLogger } from '../../src/log.js';
import { DiscordStandIn } from '../standins/discord.js';
import { DISCORD_TOKEN } from '../support/botHarness.js';

const JAPANESE_GUILD = '800000000000000011';
const UNKNOWN_GUILD = '800000000000000012';
const JAPANESE_CHANNEL = '810000000000000011';
const OTHER_CHANNEL = '810000000000000012';
const WORDS = msg('status.notHalted');

let discord: DiscordStandIn;
beforeAll(async () => {
  discord = await DiscordStandIn.start({
    botToken: DISCORD_TOKEN,
    guilds: [
      { id: JAPANESE_GUILD, channels: [JAPANESE_CHANNEL], preferredLocale: 'ja' },
      { id: UNKNOWN_GUILD, channels: [OTHER_CHANNEL], preferredLocale: 'it' },
    ],
  });
});
afterAll(async () => {
  await discord.close();
});
afterEach(() => {
  discord.clearRequests();
});

function poster(logs: string[] = [], botLocale?: 'de') {
  const rest = new REST({ api: discord.apiUrl, retries: 0 }).setToken(DISCORD_TOKEN);
  const logger = createLogger('debug', [], { write: (line) => logs.push(line) });
  const languages = new ServerLanguages({ botLocale, cachedGuildLocale: () => undefined, rest, logger });
  return new ChannelPoster(rest, languages);
}

const lastPost = (channelId: string) => discord.channelMessages(channelId).at(-1)?.content;

test("a post reads in its server's language, which the bot asks Discord for once per channel and server", async () => {
  const posts = poster();
  await posts.post(JAPANESE_CHANNEL, { content: WORDS, ephemeral: false });
  await posts.post(JAPANESE_CHANNEL, { content: WORDS, ephemeral: false });

  expect(lastPost(JAPANESE_CHANNEL)).toBe(render(WORDS, 'ja'));
  expect(render(WORDS, 'ja')).not.toBe(render(WORDS, 'en-US'));
  const lookups = discord.requests({ method: 'GET' }).map((request) => request.route);
  expect(lookups).toEqual(['getChannel', 'getGuild']);
});

test('a server whose language has no catalog, or BOT_LOCALE, decides without asking more than needed', async () => {
  await poster().post(OTHER_CHANNEL, { content: WORDS, ephemeral: false });
  expect(lastPost(OTHER_CHANNEL)).toBe(render(WORDS, 'en-US'));

  discord.clearRequests();
  await poster([], 'de').post(JAPANESE_CHANNEL, { content: WORDS, ephemeral: false });
  expect(lastPost(JAPANESE_CHANNEL)).toBe(render(WORDS, 'de'));
  expect(discord.requests({ method: 'GET' })).toEqual([]);
});

test('when Discord cannot say which server a channel is in, the post goes out in English and the log says so', async () => {
  const logs: string[] = [];
  discord.failNext({ route: 'getChannel' }, { status: 500, body: { message: '500: Internal Server Error' } });
  await poster(logs).post(JAPANESE_CHANNEL, { content: WORDS, ephemeral: false });

  expect(lastPost(JAPANESE_CHANNEL)).toBe(render(WORDS, 'en-US'));
  expect(logs.join('\n')).toContain("could not learn a server's language from Discord: posting in English");
});
