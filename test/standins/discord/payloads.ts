import type {
  APIAllowedMentions,
  APIApplicationCommandInteractionDataBasicOption,
  APIAttachment,
  APIEmbed,
  APIGuildMember,
  APIMessage,
  APIMessageTopLevelComponent,
  APIOverwrite,
  APIRole,
  APITextChannel,
  APIUser,
  ChannelFlags,
  GatewayGuildCreateDispatchData,
  GuildMemberFlags,
  GuildSystemChannelFlags,
  Locale,
  RoleFlags,
  UserFlags,
} from 'discord-api-types/v10';
import type { GuildsSpec, InteractionOptionsSpec, ResolvedMentions, StandInGuild } from './types.js';

/** A new server's language, and a user's unless a test says otherwise. */
export const DEFAULT_LOCALE = 'en-US';

/** Discord's MessageFlags used here. */
export const messageFlags = { Ephemeral: 1 << 6, Loading: 1 << 7, IsComponentsV2: 1 << 15 } as const;

/** Builds the guild catalogue from the options; generated ids come from `nextId`. */
export function buildGuildCatalogue(spec: GuildsSpec, nextId: () => string): StandInGuild[] {
  if ('count' in spec) {
    const { count, channelsPerGuild = 2, rolesPerGuild = 1, memberCount = 10 } = spec;
    return Array.from({ length: count }, (_, index) => {
      const id = nextId();
      return {
        id,
        name: `Stand-in Guild ${index + 1}`,
        ownerId: nextId(),
        memberCount,
        channelIds: Array.from({ length: channelsPerGuild }, nextId),
        roleIds: Array.from({ length: rolesPerGuild }, nextId),
        everyoneRoleId: id,
        botRoleId: nextId(),
        preferredLocale: DEFAULT_LOCALE,
      };
    });
  }
  return spec.map((guild, index) => ({
    id: guild.id,
    name: guild.name ?? `Stand-in Guild ${index + 1}`,
    ownerId: guild.ownerId ?? nextId(),
    memberCount: guild.memberCount ?? 10,
    channelIds: guild.channels?.length ? [...guild.channels] : [nextId()],
    roleIds: [...(guild.roles ?? [])],
    everyoneRoleId: guild.id,
    botRoleId: nextId(),
    preferredLocale: guild.preferredLocale ?? DEFAULT_LOCALE,
  }));
}

/** A user object as Discord sends it. */
export function userPayload(id: string, username: string, extra: Partial<APIUser> = {}): APIUser {
  return {
    id,
    username,
    global_name: extra.bot ? null : username,
    discriminator: extra.bot ? '0000' : '0',
    avatar: null,
    public_flags: 0 as UserFlags,
    avatar_decoration_data: null,
    ...extra,
  };
}

/** A placeholder for users the stand-in only knows by id (mentions). */
export function knownUserPayload(id: string): APIUser {
  return userPayload(id, `user-${id.slice(-6)}`);
}

/** A role as Discord sends it; `botId` makes it the bot's managed role. */
export function rolePayload(
  id: string,
  name: string,
  position: number,
  permissions: bigint,
  botId?: string,
): APIRole {
  return {
    id,
    name,
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position,
    permissions: permissions.toString(),
    managed: botId !== undefined,
    mentionable: false,
    flags: 0 as RoleFlags,
    ...(botId === undefined ? {} : { tags: { bot_id: botId } }),
  };
}

/** A guild member as `GET /guilds/{id}/members/{user}` and GUILD_CREATE carry it. */
export function memberPayload(user: APIUser, roles: readonly string[], joinedAt: string): APIGuildMember {
  return {
    user,
    roles: [...roles],
    nick: null,
    avatar: null,
    banner: null,
    premium_since: null,
    joined_at: joinedAt,
    deaf: false,
    mute: false,
    pending: false,
    flags: 0 as GuildMemberFlags,
    communication_disabled_until: null,
  };
}

/** A guild text channel as GUILD_CREATE, `GET /channels/{id}` and interactions carry it; the first is `general`. */
export function textChannelPayload(
  id: string,
  guildId: string,
  position: number,
  overwrites: readonly APIOverwrite[] = [],
): APITextChannel {
  return {
    id,
    type: 0,
    guild_id: guildId,
    name: position === 0 ? 'general' : `channel-${position + 1}`,
    position,
    parent_id: null,
    topic: null,
    nsfw: false,
    last_message_id: null,
    rate_limit_per_user: 0,
    permission_overwrites: [...overwrites],
    flags: 0 as ChannelFlags,
  };
}

/** What a guild's GUILD_CREATE lists besides its own fields (see `GuildAccess`). */
export interface GuildContents {
  roles: APIRole[];
  members: APIGuildMember[];
  channels: APITextChannel[];
}

/**
 * The GUILD_CREATE payload for a guild: realistic fields, kept small (only the bot as a member, text
 * channels, roles), so thousands of guilds go out quickly.
 */
export function guildCreatePayload(
  guild: StandInGuild,
  joinedAt: string,
  { roles, members, channels }: GuildContents,
): GatewayGuildCreateDispatchData {
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    splash: null,
    discovery_splash: null,
    banner: null,
    description: null,
    owner_id: guild.ownerId,
    afk_channel_id: null,
    afk_timeout: 300,
    widget_enabled: false,
    widget_channel_id: null,
    verification_level: 1,
    default_message_notifications: 1,
    explicit_content_filter: 2,
    roles,
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    application_id: null,
    system_channel_id: guild.channelIds[0] ?? null,
    system_channel_flags: 0 as GuildSystemChannelFlags,
    rules_channel_id: null,
    public_updates_channel_id: null,
    safety_alerts_channel_id: null,
    max_presences: null,
    max_members: 500_000,
    max_video_channel_users: 25,
    max_stage_video_channel_users: 50,
    vanity_url_code: null,
    premium_tier: 0,
    premium_subscription_count: 0,
    premium_progress_bar_enabled: false,
    preferred_locale: guild.preferredLocale as Locale,
    nsfw_level: 0,
    hub_type: null,
    incidents_data: null,
    joined_at: joinedAt,
    large: guild.memberCount > 250,
    unavailable: false,
    member_count: guild.memberCount,
    voice_states: [],
    members,
    channels,
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

const USER_MENTION = /<@!?(\d{17,20})>/g;
const ROLE_MENTION = /<@&(\d{17,20})>/g;

/**
 * Applies Discord's mention rules: without `allowed_mentions` every mention in the content counts; with
 * it, only the kinds listed in `parse` and the ids listed in `users`/`roles`.
 */
export function resolveMentions(content: string, allowed: APIAllowedMentions | undefined): ResolvedMentions {
  const users = [...new Set([...content.matchAll(USER_MENTION)].map((match) => match[1] ?? ''))];
  const roles = [...new Set([...content.matchAll(ROLE_MENTION)].map((match) => match[1] ?? ''))];
  const everyone = /@(everyone|here)\b/.test(content);
  if (allowed === undefined) return { everyone, users, roles };
  const parse = allowed.parse ?? [];
  return {
    everyone: everyone && parse.includes('everyone' as never),
    users: parse.includes('users' as never) ? users : users.filter((id) => allowed.users?.includes(id)),
    roles: parse.includes('roles' as never) ? roles : roles.filter((id) => allowed.roles?.includes(id)),
  };
}

/** The parts of a message the stand-in tracks. */
export interface MessageParts {
  id: string;
  channelId: string;
  author: APIUser;
  content: string;
  embeds: APIEmbed[];
  components: unknown[];
  flags: number;
  /** 0 default, 20 chat input command response, 19 reply. */
  type: number;
  attachments: { filename: string; size: number; contentType?: string }[];
  mentions: ResolvedMentions;
  createdAt: number;
  editedAt: number | null;
  pinned?: boolean;
  applicationId?: string;
  interactionMetadata?: APIMessage['interaction_metadata'];
}

/** A message object as the REST API returns it. */
export function messagePayload(parts: MessageParts): APIMessage {
  const attachments: APIAttachment[] = parts.attachments.map((file, index) => {
    const id = `${parts.id.slice(0, -2)}${String(index).padStart(2, '0')}`;
    return {
      id,
      filename: file.filename,
      size: file.size,
      url: `https://cdn.discordapp.com/attachments/${parts.channelId}/${id}/${file.filename}`,
      proxy_url: `https://media.discordapp.net/attachments/${parts.channelId}/${id}/${file.filename}`,
      ...(file.contentType ? { content_type: file.contentType } : {}),
    };
  });
  return {
    id: parts.id,
    channel_id: parts.channelId,
    author: parts.author,
    content: parts.content,
    timestamp: new Date(parts.createdAt).toISOString(),
    edited_timestamp: parts.editedAt === null ? null : new Date(parts.editedAt).toISOString(),
    tts: false,
    mention_everyone: parts.mentions.everyone,
    mentions: parts.mentions.users.map(knownUserPayload),
    mention_roles: parts.mentions.roles,
    attachments,
    embeds: parts.embeds,
    pinned: parts.pinned ?? false,
    type: parts.type,
    flags: parts.flags,
    components: parts.components as APIMessageTopLevelComponent[],
    ...(parts.applicationId ? { application_id: parts.applicationId, webhook_id: parts.applicationId } : {}),
    ...(parts.interactionMetadata ? { interaction_metadata: parts.interactionMetadata } : {}),
  };
}

const OPTION_TYPE = { string: 3, integer: 4, boolean: 5, number: 10 } as const;

/** Turns `{ minutes: 5 }` into Discord's option objects, inferring each option's type from its value. */
export function optionPayloads(
  options: InteractionOptionsSpec | undefined,
): APIApplicationCommandInteractionDataBasicOption[] {
  if (options === undefined) return [];
  if (Array.isArray(options)) return [...(options as APIApplicationCommandInteractionDataBasicOption[])];
  return Object.entries(options).map(([name, value]) => {
    if (typeof value === 'string') return { name, type: OPTION_TYPE.string, value };
    if (typeof value === 'boolean') return { name, type: OPTION_TYPE.boolean, value };
    return { name, type: Number.isInteger(value) ? OPTION_TYPE.integer : OPTION_TYPE.number, value };
  });
}
