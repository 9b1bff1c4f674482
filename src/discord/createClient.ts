import { REST } from '@discordjs/rest';
import { type CacheFactory, Client, GatewayIntentBits, LimitedCollection, Options } from 'discord.js';

/**
 * REST requests per second before the client's @discordjs/rest makes the bot wait. Its default, 50, is
 * Discord's global limit for requests made with the bot token, but the library also counts interaction
 * webhooks (edits, follow-ups, deletes; only callbacks are exempt), while Discord documents that interaction
 * endpoints are not bound to the global rate limit (discord-api-docs#4416). With 50 a burst of 500 commands
 * would wait 10 s for its last replies. So the client's REST carries only the interactions and the few
 * requests of a login, and everything else the bot sends with its token, the channel posts (alerts,
 * switch-back announcements, block-end reminders), goes through {@link createChannelRest}, which keeps
 * Discord's limit. Discord's own 429s (per-route buckets, a real global limit) are honoured by both.
 */
const REST_REQUESTS_PER_SECOND = 1_000;

/** Discord's global limit on the bot token: "All bots can make up to 50 requests per second to our API." */
const DISCORD_GLOBAL_REQUESTS_PER_SECOND = 50;

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

const CACHE_OVERWRITE_WARNING = 'UnsupportedCacheOverwriteWarning';
// discord.js 14: `Overriding the cache handling for ${manager} is unsupported and breaks functionality.`
const UNCACHED_MANAGER_WARNING = new RegExp(
  `^Overriding the cache handling for (${[...UNCACHED_MANAGERS].join('|')}) is unsupported`,
);
let channelCacheWarningSilenced = false;

/**
 * Drops discord.js' `UnsupportedCacheOverwriteWarning` for the two channel managers, and nothing else.
 *
 * discord.js emits it (once per process and manager) for any limited ChannelManager or GuildChannelManager
 * cache, because code reading `client.channels`, `guild.channels` or `interaction.channel` then finds
 * nothing. This bot reads none of them, by design: an interaction carries its channel id, guild id, member
 * permissions and roles, and every reply goes through the interaction webhook with the interaction's token
 * (`createClient` below lists what the empty caches change). The whole e2e suite runs the real discord.js
 * client with these caches. So on this bot the warning would only tell the operator of a healthy bot that
 * something is broken, on every start (the runtime contract: a start prints no warnings when nothing is
 * wrong). There is no supported cache setting that drops the channels (no channel sweeper exists, and a
 * default cache keeps 125,000 channels for 2,500 guilds, ~130 MB), and Node's own `--disable-warning`
 * would have to be on every command line that starts the bot, so the filter sits here, next to the
 * override it belongs to. Any other warning, including this type for any other manager, is still printed.
 */
function silenceChannelCacheWarning(): void {
  if (channelCacheWarningSilenced) return;
  channelCacheWarningSilenced = true;
  const emitWarning = process.emitWarning;
  process.emitWarning = function emitWarningExceptChannelCaches(warning: string | Error, ...rest: unknown[]) {
    const [typeOrOptions] = rest;
    const type =
      typeof typeOrOptions === 'string'
        ? typeOrOptions
        : (typeOrOptions as { type?: string } | undefined)?.type;
    if (
      type === CACHE_OVERWRITE_WARNING &&
      typeof warning === 'string' &&
      UNCACHED_MANAGER_WARNING.test(warning)
    )
      return;
    (emitWarning as (...args: unknown[]) => void).call(process, warning, ...rest);
  } as typeof process.emitWarning;
}

/** Members kept per guild, and users kept in all, after their interactions (see below). */
const RETURNING_MEMBERS_PER_GUILD = 50;
const RETURNING_USERS = 500;

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
  // The members and users who use the bot are few and come back: kept, discord.js updates them from each
  // interaction's data instead of building a new GuildMember and User for every one (measurably less work
  // and garbage in a burst of commands). A handful per guild, a few hundred users: well under a megabyte.
  // The bot's own member and user always stay: discord.js reads them for permission checks.
  GuildMemberManager: {
    maxSize: RETURNING_MEMBERS_PER_GUILD,
    keepOverLimit: (member) => member.id === member.client.user.id,
  },
  MessageManager: 0,
  PresenceManager: 0,
  ReactionManager: 0,
  ReactionUserManager: 0,
  StageInstanceManager: 0,
  ThreadManager: 0,
  ThreadMemberManager: 0,
  UserManager: { maxSize: RETURNING_USERS, keepOverLimit: (user) => user.id === user.client.user.id },
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
 * channels (`npm run bench`). discord.js calls overriding these caches unsupported. What that breaks is
 * whatever reads `client.channels` or `guild.channels`: `interaction.channel` is null, a button's
 * `interaction.message` stays raw data, and `editReply`/`followUp` resolve to raw message data instead of a
 * `Message`. The bot uses none of them; replies go through the interaction webhook, which needs only the
 * token. Its warning about it is therefore silenced ({@link silenceChannelCacheWarning}).
 *
 * Guilds and roles stay cached: READY waits for every guild, and `isAdmin` reads the member's roles
 * through `guild.roles`. So do the few members and users who use the bot, refreshed by every interaction.
 */
export function createClient(apiUrl: string): Client {
  silenceChannelCacheWarning();
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

/**
 * The REST client for what the bot posts in channels with its token (alerts, switch-back announcements,
 * block-end reminders): those requests count against Discord's global limit, so a burst of them is paced at
 * 50 a second here instead of being refused by Discord with 429s, which also count toward the limit of
 * invalid requests that gets an IP banned. It has its own queues, so the paced posts never hold back the
 * interaction replies of the client's REST.
 */
export function createChannelRest(apiUrl: string, token: string): REST {
  return new REST({
    api: apiUrl,
    globalRequestsPerSecond: DISCORD_GLOBAL_REQUESTS_PER_SECOND,
    handlerSweepInterval: REST_HANDLER_SWEEP_MS,
  }).setToken(token);
}
