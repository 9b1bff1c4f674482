/**
 * The alert channel's retries against the Discord stand-in: an alert whose post failed is posted again,
 * and a post whose answer was lost (Discord created the message, the bot stopped waiting) never shows twice.
 */
import { REST } from '@discordjs/rest';
import Keyv from 'keyv';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ALERT_FIRST_RETRY_MS, AlertChannel } from '../../src/discord/alerts/AlertChannel.js';
import { ChannelPoster } from '../../src/discord/ChannelPoster.js';
import { verbatim } from '../../src/i18n/text.js';
import { createLogger } from '../../src/log.js';
import { PROCESS_LOCAL_INDEX_LOCK } from '../../src/state/KeyIndex.js';
import { OnceClaims } from '../../src/state/OnceClaims.js';
import { DiscordStandIn } from '../standins/discord.js';
import { DISCORD_TOKEN, GUILD_ID } from '../support/botHarness.js';
import { ManualClock } from '../support/manualClock.js';

const ALERTS = '810000000000000099';
/** Far shorter than the bot's 10 s, so a slow answer counts as lost without a slow test. */
const ATTEMPT_TIMEOUT_MS = 300;

let discord: DiscordStandIn;
beforeAll(async () => {
  discord = await DiscordStandIn.start({
    botToken: DISCORD_TOKEN,
    guilds: [{ id: GUILD_ID, channels: [ALERTS] }],
  });
});
afterAll(async () => {
  await discord.close();
});

function alertChannel(
  logs: string[],
  clock: ManualClock,
  claims = new OnceClaims(new Keyv(), PROCESS_LOCAL_INDEX_LOCK),
) {
  const rest = new REST({ api: discord.apiUrl, retries: 0 }).setToken(DISCORD_TOKEN);
  const logger = createLogger('debug', [], { write: (line) => logs.push(line) });
  const poster = new ChannelPoster(rest, { forChannel: async () => 'en-US' });
  return new AlertChannel(poster, claims, logger, clock, ATTEMPT_TIMEOUT_MS);
}

test('a post whose answer is lost is retried, and Discord shows the alert once (enforce_nonce)', async () => {
  const logs: string[] = [];
  const clock = new ManualClock();
  const channel = alertChannel(logs, clock);
  const before = discord.channelMessages(ALERTS).length;
  // Discord creates the message, but answers only after the bot stopped waiting.
  discord.failNext({ route: 'createChannelMessage' }, { delayMs: 4 * ATTEMPT_TIMEOUT_MS });

  channel.post(ALERTS, 'change:lost-answer', { content: verbatim('🔁 a change'), ephemeral: false });
  await discord.waitFor(() => clock.pendingTimers === 1, { description: 'the retry to be armed' });
  clock.advance(ALERT_FIRST_RETRY_MS);
  const posts = () => discord.requests({ route: 'createChannelMessage' }).slice(-2);
  await discord.waitFor(() => posts().length === 2 && posts().every((post) => post.status === 200), {
    description: 'both attempts to be answered',
  });

  expect(
    discord
      .channelMessages(ALERTS)
      .slice(before)
      .map((message) => message.content),
  ).toEqual(['🔁 a change']);
});

test('an alert another process holds the claim of is left to it', async () => {
  const logs: string[] = [];
  const claims = new OnceClaims(new Keyv(), PROCESS_LOCAL_INDEX_LOCK);
  await claims.claim('alert:halt:elsewhere');
  const before = discord.requests({ route: 'createChannelMessage' }).length;
  const channel = alertChannel(logs, new ManualClock(), claims);

  channel.post(ALERTS, 'halt:elsewhere', { content: verbatim('⛔ a halt'), ephemeral: false });
  await channel.settle(5_000);

  expect(discord.requests({ route: 'createChannelMessage' })).toHaveLength(before);
});
