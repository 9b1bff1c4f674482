import { type CacheFactory, Client, GatewayIntentBits, LimitedCollection, Options } from 'discord.js';

/**
 * REST requests per second before @discordjs/rest makes the bot wait. Its default, 50, is Discord's global
 * limit for requests made with the bot token, but the library also counts interaction webhooks (edits,
 * follow-ups, deletes; only callbacks are exempt), while Discord documents that interaction endpoints are not
 * bound to the global rate limit (discord-api-docs#4416). This bot answers only through interactions, so with
 * 50 a burst of 500 commands would wait 10 s for its last replies. After login every request it makes is an
 * interaction callback or webhook, so the bot-token traffic the cap guards stays at a few requests per start.
 * Discord's own 429s (per-route buckets, a real global limit) are still honoured by the library.
 */
const REST_REQUESTS_PER_SECOND = 1_000;

/**
 * How often @discordjs/rest drops idle request handlers. It keeps one per interaction token (each webhook
 * token is its own rate-limit bucket) and by default sweeps them hourly, so an hour of interactions stays in
 * memory (~0.8 MB per 1,000, `npm run soak`). A token is useless after 15 minutes, and a handler dropped
 * while idle is simply made again on the next request.
 */
const REST_HANDLER_SWEEP_MS = 10_000;

/**
 * Managers whose cache stays empty although discord.js types do not offer it: the channels. With the Guilds
 * intent every GUILD_CREATE carries all of a guild's channels, and discord.js keeps each one twice (client
 * and guild channel managers), each with its own message, thread and permission-overwrite managers.
 */
const UNCACHED_MANAGERS: ReadonlySet<string> = new Set(['ChannelManager', 'GuildChannelManager']);

const limitedCaches = Options.cacheWithLimits({
  ...Options.DefaultMakeCacheSettings,
  ApplicationCommandManager: 0,
  AutoModerationRuleManager: 0,
  BaseGuildEmojiManager: 0,
  DMMessageManager: 0,
  EntitlementManager: 0,
  GuildBanManager: 0,
  GuildEmojiManager: 0,
  GuildForumThreadManager: 0,
  GuildInviteManager: 0,
  GuildMessageManager: 0,
  GuildScheduledEventManager: 0,
  GuildStickerManager: 0,
  GuildTextThreadManager: 0,
  // The bot's own member stays: discord.js reads it for permission checks.
  GuildMemberManager: { maxSize: 0, keepOverLimit: (member) => member.id === member.client.user.id },
  MessageManager: 0,
  PresenceManager: 0,
  ReactionManager: 0,
  ReactionUserManager: 0,
  StageInstanceManager: 0,
  ThreadManager: 0,
  ThreadMemberManager: 0,
  UserManager: { maxSize: 0, keepOverLimit: (user) => user.id === user.client.user.id },
  VoiceStateManager: 0,
});

const makeCache: CacheFactory = (managerType, holds, manager) =>
  UNCACHED_MANAGERS.has(manager.name)
    ? (new LimitedCollection({ maxSize: 0 }) as ReturnType<CacheFactory>)
    : limitedCaches(managerType, holds, manager);

/**
 * A discord.js client that asks only for the Guilds intent (no privileged intents) and keeps no caches
 * the bot never reads: interactions carry everything it needs (channel id, guild id, member permissions
 * and roles, the token its replies go through).
 *
 * Channels are not cached at all: they were four fifths of the heap after READY with 2,500 guilds of 50
 * channels (`npm run bench`). discord.js warns once per start that overriding these caches is unsupported
 * (`UnsupportedCacheOverwriteWarning`). What that breaks is whatever reads `client.channels` or
 * `guild.channels`: `interaction.channel` is null, a button's `interaction.message` stays raw data, and
 * `editReply`/`followUp` resolve to raw message data instead of a `Message`. The bot uses none of them;
 * replies go through the interaction webhook, which needs only the token.
 *
 * Guilds and roles stay cached: READY waits for every guild, and `isAdmin` reads the member's roles
 * through `guild.roles`.
 */
export function createClient(apiUrl: string): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: {
      api: apiUrl,
      globalRequestsPerSecond: REST_REQUESTS_PER_SECOND,
      handlerSweepInterval: REST_HANDLER_SWEEP_MS,
    },
    makeCache,
  });
}
