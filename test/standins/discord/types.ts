import type {
  APIAllowedMentions,
  APIApplicationCommandInteractionDataBasicOption,
  APIEmbed,
  APIMessageTopLevelComponent,
} from 'discord-api-types/v10';

/** Guilds described one by one; ids are the test's own. */
export interface GuildSpec {
  id: string;
  name?: string;
  /** Text channel ids (type 0); the first is where interactions happen by default. */
  channels?: readonly string[];
  /** Extra role ids besides `@everyone` (whose id is the guild id). */
  roles?: readonly string[];
  memberCount?: number;
  ownerId?: string;
  /**
   * The server's Discord language: GUILD_CREATE's and `GET /guilds/{id}`'s `preferred_locale`, and the
   * `guild_locale` of interactions in it. Default `en-US`, as for a new server.
   */
  preferredLocale?: string;
}

/** A channel permission overwrite to set (`setChannelOverwrites`); `id` is a role id or a user id. */
export interface OverwriteSpec {
  id: string;
  type: 'role' | 'member';
  allow?: bigint;
  deny?: bigint;
}

/** What `updateRole` changes in a role. */
export interface RolePatch {
  /** The role's server-wide permissions (Administrator = `permissionBits.Administrator`). */
  permissions?: bigint;
  /** Whether anyone may @mention it ("Allow anyone to @mention this role"). */
  mentionable?: boolean;
  name?: string;
}

/** Many generated guilds, for load tests: ids are snowflakes made up at start. */
export interface GeneratedGuildsSpec {
  count: number;
  channelsPerGuild?: number;
  rolesPerGuild?: number;
  memberCount?: number;
}

/** Which guilds the bot is in. */
export type GuildsSpec = GeneratedGuildsSpec | readonly GuildSpec[];

/** A guild as the stand-in knows it, with every id a test may need. */
export interface StandInGuild {
  readonly id: string;
  readonly name: string;
  readonly ownerId: string;
  readonly memberCount: number;
  /** Text channels, in position order. */
  readonly channelIds: readonly string[];
  /** Roles besides `@everyone` and the bot's managed role. */
  readonly roleIds: readonly string[];
  /** Always the guild id, as on Discord. */
  readonly everyoneRoleId: string;
  /** The managed role Discord creates for the bot on invite. */
  readonly botRoleId: string;
  /** The server's Discord language (`preferred_locale`). */
  readonly preferredLocale: string;
}

/** Options of {@link DiscordStandIn}. */
export interface DiscordStandInOptions {
  /** Token the bot must present (`Authorization: Bot <token>`, IDENTIFY `d.token`). */
  botToken?: string;
  applicationId?: string;
  /** Defaults to `applicationId`, as for applications created since 2020. */
  botUserId?: string;
  botUsername?: string;
  /** Default: one guild with two text channels. */
  guilds?: GuildsSpec;
  /** How long an interaction may wait for its initial response (default 3000 ms, as on Discord). */
  ackDeadlineMs?: number;
  /** How long the interaction token accepts edits and follow-ups (default 15 min, as on Discord). */
  tokenLifetimeMs?: number;
  /** Sent in HELLO (default 41 250 ms, Discord's usual value). */
  heartbeatIntervalMs?: number;
  /**
   * `false` (default): RESUME is answered with INVALID_SESSION `d: false`, forcing a fresh IDENTIFY.
   * `true`: sessions survive a dropped connection; RESUME replays missed dispatches, then RESUMED.
   */
  acceptResume?: boolean;
  /**
   * Whether IDENTIFY may ask for privileged intents (GuildMembers, GuildPresences, MessageContent).
   * Default `false`, like a fresh application: asking closes the gateway with 4014.
   */
  allowPrivilegedIntents?: boolean;
  /**
   * Discord's global rate limit on the bot token (50 requests a second on Discord; interaction endpoints
   * are exempt), enforced with 429 `global: true` answers. Default: not enforced.
   */
  globalRequestsPerSecond?: number;
}

/** Names of the REST routes the stand-in serves, usable in {@link RequestMatcher}. */
export type RouteName =
  | 'getGateway'
  | 'getGatewayBot'
  | 'getCurrentUser'
  | 'getCurrentUserGuilds'
  | 'getCurrentApplication'
  | 'createDm'
  | 'interactionCallback'
  | 'getOriginal'
  | 'editOriginal'
  | 'deleteOriginal'
  | 'createFollowUp'
  | 'getFollowUp'
  | 'editFollowUp'
  | 'deleteFollowUp'
  | 'createChannelMessage'
  | 'getChannelMessage'
  | 'editChannelMessage'
  | 'deleteChannelMessage'
  | 'pinMessage'
  | 'unpinMessage'
  | 'getChannel'
  | 'getGuild'
  | 'getGuildMember'
  | 'getGlobalCommands'
  | 'putGlobalCommands'
  | 'getGuildCommands'
  | 'putGuildCommands';

/** A file part of a multipart request. */
export interface RecordedFile {
  field: string;
  filename: string;
  contentType: string;
  size: number;
}

/** One REST request as the stand-in received it. */
export interface RecordedRequest {
  /** Arrival order, from 1. */
  readonly seq: number;
  readonly method: string;
  /** Percent-decoded path relative to `/api/v10`, e.g. `/webhooks/1/tok/messages/@original`. */
  readonly path: string;
  /** The request target exactly as sent. */
  readonly rawUrl: string;
  /** The route it matched, `null` if none (answered 404/405 and listed by `unexpectedRequests()`). */
  readonly route: RouteName | null;
  readonly params: Readonly<Record<string, string>>;
  readonly query: Readonly<Record<string, string>>;
  /** Lower-case header names; the `authorization` value is redacted. */
  readonly headers: Readonly<Record<string, string>>;
  readonly auth: 'valid' | 'invalid' | 'missing';
  /** Parsed JSON (multipart: the `payload_json` part); a string if it was not JSON; undefined if empty. */
  readonly body: unknown;
  readonly files: readonly RecordedFile[];
  /** `performance.timeOrigin + performance.now()` when the request arrived (comparable with Date.now()). */
  readonly receivedAt: number;
  /** Status the stand-in answered with, once answered. */
  status?: number;
  respondedAt?: number;
  /** Whether an injected fault produced the answer. */
  faulted?: boolean;
}

/** Selects requests (for faults and queries); every given field must match. */
export interface RequestMatcher {
  method?: string;
  route?: RouteName;
  /** Exact decoded path relative to `/api/v10`, or a pattern tested against it. */
  path?: string | RegExp;
}

/** An injected failure. */
export interface FaultSpec {
  /** Answer with this status instead of handling the request; omit to only delay it. */
  status?: number;
  body?: unknown;
  headers?: Readonly<Record<string, string>>;
  /** How many matching requests to fail (default 1). */
  times?: number;
  /** Wait this long before answering. */
  delayMs?: number;
  /** Destroy the connection instead of answering (after `delayMs`). */
  reset?: boolean;
}

/** Options of `rateLimitNext`. */
export interface RateLimitSpec {
  /** `retry_after` to announce (default 100 ms); the header carries it in (fractional) seconds. */
  retryAfterMs?: number;
  global?: boolean;
  scope?: 'user' | 'global' | 'shared';
  times?: number;
}

/** Control over an injected fault. */
export interface FaultHandle {
  /** How many requests it has answered so far. */
  readonly hits: number;
  /** Whether it will still answer a matching request. */
  readonly active: boolean;
  cancel(): void;
}

/** Who invokes an interaction, and where. */
export interface InteractionContextSpec {
  /** Default: the first configured guild (ignored for DMs). */
  guildId?: string;
  /** Default: the guild's first channel, or the user's DM channel. */
  channelId?: string;
  user?: { id?: string; username?: string; globalName?: string | null };
  /** The member's role ids (besides `@everyone`). */
  roles?: readonly string[];
  /** The invoker's resolved permissions (default `permissionSets.member`); Administrator expands to all. */
  permissions?: bigint | string;
  /** The bot's permissions in the channel (default `permissionSets.bot`). */
  appPermissions?: bigint | string;
  /** The invoker's Discord language, the interaction's `locale` (default `en-US`). */
  locale?: string;
  /** `guild` (default), `botDm` (context 1, DM with the bot), `privateChannel` (context 2, user install). */
  context?: 'guild' | 'botDm' | 'privateChannel';
}

/** Option values by name (types inferred), or the raw option objects. */
export type InteractionOptionsSpec =
  | Readonly<Record<string, string | number | boolean>>
  | readonly APIApplicationCommandInteractionDataBasicOption[];

/** A slash command invocation (interaction type 2). */
export interface ChatInputInteractionSpec extends InteractionContextSpec {
  type?: 'chatInput';
  /** Default `speed`. */
  commandName?: string;
  /** Default: the id the command was registered with, else a stable made-up id. */
  commandId?: string;
  subcommand?: string;
  /** The subcommand's options, or the command's when there is no subcommand. */
  options?: InteractionOptionsSpec;
}

/** The bot message a component sits on, as a component interaction carries it. */
export interface ComponentMessageSpec {
  id?: string;
  content?: string;
  embeds?: APIEmbed[];
  components?: APIMessageTopLevelComponent[];
  flags?: number;
}

/** A button click (interaction type 3). */
export interface ButtonInteractionSpec extends InteractionContextSpec {
  type: 'button';
  customId: string;
  /** The message the button sits on (default: a bot message carrying that button). */
  message?: ComponentMessageSpec;
}

/**
 * A choice in a select menu (interaction type 3, `data.values`): a string select's option values, or the
 * ids picked in a role or channel select, which Discord also resolves into `data.resolved` (ids the guild
 * does not have are left out there, as a forged choice would be).
 */
export interface SelectInteractionSpec extends InteractionContextSpec {
  type: 'select';
  customId: string;
  select: 'string' | 'role' | 'channel';
  values: readonly string[];
  /** The message the select sits on (default: a bot message carrying a select with that id). */
  message?: ComponentMessageSpec;
}

/** A submitted modal (interaction type 5) whose fields are text inputs, each inside a label. */
export interface ModalSubmitInteractionSpec extends InteractionContextSpec {
  type: 'modalSubmit';
  customId: string;
  /** What was typed, by the text input's custom id. */
  fields: Readonly<Record<string, string>>;
  /** The message whose button opened the modal; absent for a modal opened by a command. */
  message?: ComponentMessageSpec;
}

/** What `dispatchInteraction` accepts. */
export type InteractionSpec =
  | ChatInputInteractionSpec
  | ButtonInteractionSpec
  | SelectInteractionSpec
  | ModalSubmitInteractionSpec;

/** The initial response to an interaction. */
export interface Acknowledgement {
  at: number;
  /** Time since dispatch. */
  latencyMs: number;
  /** Interaction callback type: 4 reply, 5 deferred, 6 deferred update, 7 update, 9 modal. */
  type: number;
  body: unknown;
}

/** Who a message highlights and notifies, after Discord applied `allowed_mentions` to its content. */
export interface ResolvedMentions {
  everyone: boolean;
  users: string[];
  roles: string[];
}

/** A message as the user sees it now (a snapshot). */
export interface VisibleMessage {
  id: string;
  content: string;
  embeds: APIEmbed[];
  components: unknown[];
  flags: number;
  /** Only the invoker sees it (flag 64). */
  ephemeral: boolean;
  /** The "Bot is thinking…" placeholder of a deferred reply (flag 128). */
  loading: boolean;
  deleted: boolean;
  /**
   * `allowed_mentions` of the last write to this message (undefined: Discord's default, every mention in
   * the content counts; Discord re-parses mentions on each edit with that edit's `allowed_mentions`).
   */
  allowedMentions: APIAllowedMentions | undefined;
  mentions: ResolvedMentions;
  attachments: { filename: string; size: number }[];
  createdAt: number;
  updatedAt: number;
  editCount: number;
}

/** Every write the bot made for an interaction, in order. */
export interface InteractionWrite {
  at: number;
  route: RouteName;
  /**
   * `@original` or a follow-up id. A `createFollowUp` right after a deferral shows `@original`: Discord
   * fills the deferred placeholder instead of creating a message (documented legacy behaviour).
   */
  messageId: string;
  body: unknown;
  allowedMentions: APIAllowedMentions | undefined;
}

/**
 * What the user sees: `pending` (no answer yet, deadline not passed), `did-not-respond` (Discord shows
 * "The application did not respond"), `thinking` (deferred, placeholder shown), `answered`, `deleted`.
 */
export type UserViewStatus = 'pending' | 'did-not-respond' | 'thinking' | 'answered' | 'deleted';

/** Snapshot of an interaction from the user's side. */
export interface UserView {
  status: UserViewStatus;
  original: VisibleMessage | null;
  followUps: VisibleMessage[];
}

/** A message the bot posted with `POST /channels/{id}/messages`. */
export interface ChannelMessage {
  id: string;
  channelId: string;
  at: number;
  content: string;
  embeds: APIEmbed[];
  components: unknown[];
  flags: number;
  allowedMentions: APIAllowedMentions | undefined;
  mentions: ResolvedMentions;
  /** The body of the post, or of the last edit. */
  body: unknown;
  pinned: boolean;
  /** How many times the bot edited it. */
  editCount: number;
}

/** A member's click on a button of one of the bot's channel messages (`clickButton`). */
export type ChannelButtonClickSpec = Omit<InteractionContextSpec, 'channelId' | 'context' | 'guildId'>;

/** An IDENTIFY the gateway received. */
export interface IdentifyRecord {
  at: number;
  intents: number;
  shard: [number, number];
  properties: unknown;
  /** Whether it led to READY. */
  accepted: boolean;
  /** Close code when refused. */
  closeCode?: number;
}

/** A RESUME the gateway received. */
export interface ResumeRecord {
  at: number;
  sessionId: string;
  seq: number;
  accepted: boolean;
  /** Dispatches replayed before RESUMED. */
  replayed: number;
}
