import type {
  APIGuild,
  APIInteractionDataResolvedChannel,
  APIOverwrite,
  APIRole,
  APITextChannel,
  APIUser,
  GatewayGuildCreateDispatchData,
} from 'discord-api-types/v10';
import { type DiscordErrorResponse, discordErrors } from './errors.js';
import {
  type GuildContents,
  guildCreatePayload,
  knownUserPayload,
  memberPayload,
  rolePayload,
  textChannelPayload,
} from './payloads.js';
import { allPermissions, permissionBits, permissionSets } from './permissions.js';
import type { OverwriteSpec, RolePatch, StandInGuild } from './types.js';

/** A REST answer: a resource, or the error Discord gives instead. */
export type Resource<T> = { status: 200; body: T } | DiscordErrorResponse;

/** Fields of GUILD_CREATE that `GET /guilds/{id}` does not have (they come only over the gateway). */
const GATEWAY_ONLY = [
  'joined_at',
  'large',
  'unavailable',
  'member_count',
  'voice_states',
  'members',
  'channels',
  'threads',
  'presences',
  'stage_instances',
  'guild_scheduled_events',
  'soundboard_sounds',
] as const;

const OVERWRITE_TYPE = { role: 0, member: 1 } as const;

/**
 * Who may see and post where in the stand-in's guilds: each guild's roles (`@everyone` with a regular
 * member's permissions, the test's roles likewise, the bot's managed role with a typical invite's), the
 * members' roles (the bot has its managed role) and each channel's permission overwrites. Tests change
 * them; the REST routes and GUILD_CREATE read them, and channel posts are refused as Discord refuses them.
 */
export class GuildAccess {
  readonly #guilds: ReadonlyMap<string, StandInGuild>;
  readonly #roles = new Map<string, APIRole[]>();
  /** Role ids by `guildId:userId`; a key present is a member. */
  readonly #memberRoles = new Map<string, string[]>();
  readonly #overwrites = new Map<string, APIOverwrite[]>();
  readonly #channelGuild = new Map<string, StandInGuild>();

  constructor(
    guilds: readonly StandInGuild[],
    private readonly bot: APIUser,
    private readonly joinedAt: string,
  ) {
    this.#guilds = new Map(guilds.map((guild) => [guild.id, guild]));
    for (const guild of guilds) {
      this.#roles.set(guild.id, [
        rolePayload(guild.everyoneRoleId, '@everyone', 0, permissionSets.member),
        ...guild.roleIds.map((id, index) =>
          rolePayload(id, `role-${index + 1}`, index + 1, permissionSets.member),
        ),
        rolePayload(guild.botRoleId, bot.username, guild.roleIds.length + 1, permissionSets.bot, bot.id),
      ]);
      this.#memberRoles.set(`${guild.id}:${bot.id}`, [guild.botRoleId]);
      for (const channelId of guild.channelIds) this.#channelGuild.set(channelId, guild);
    }
  }

  // ---- what tests change ----------------------------------------------------------------------------

  /** Replaces a channel's permission overwrites. */
  setOverwrites(channelId: string, overwrites: readonly OverwriteSpec[]): StandInGuild {
    const guild = this.#guildOfChannel(channelId);
    this.#overwrites.set(
      channelId,
      overwrites.map(({ id, type, allow = 0n, deny = 0n }) => ({
        id,
        type: OVERWRITE_TYPE[type],
        allow: allow.toString(),
        deny: deny.toString(),
      })),
    );
    return guild;
  }

  /** Makes `userId` a member of the guild with these roles (besides `@everyone`). */
  setMemberRoles(guildId: string, userId: string, roleIds: readonly string[]): void {
    const roles = this.#rolesOf(guildId);
    const unknown = roleIds.filter((id) => !roles.some((role) => role.id === id));
    if (unknown.length > 0)
      throw new Error(`DiscordStandIn: no role ${unknown.join(', ')} in guild ${guildId}`);
    this.#memberRoles.set(`${guildId}:${userId}`, [...roleIds]);
  }

  updateRole(guildId: string, roleId: string, patch: RolePatch): void {
    const role = this.#rolesOf(guildId).find((candidate) => candidate.id === roleId);
    if (!role) throw new Error(`DiscordStandIn: no role ${roleId} in guild ${guildId}`);
    if (patch.permissions !== undefined) role.permissions = patch.permissions.toString();
    if (patch.mentionable !== undefined) role.mentionable = patch.mentionable;
    if (patch.name !== undefined) role.name = patch.name;
  }

  // ---- what Discord answers -------------------------------------------------------------------------

  /** What GUILD_CREATE lists: roles, the bot as the only member, text channels with their overwrites. */
  contents(guild: StandInGuild): GuildContents {
    return {
      roles: structuredClone(this.#rolesOf(guild.id)),
      members: [
        memberPayload(this.bot, this.#memberRoles.get(`${guild.id}:${this.bot.id}`) ?? [], this.joinedAt),
      ],
      channels: guild.channelIds.map((id) => this.#channelPayload(guild, id)),
    };
  }

  /** GUILD_CREATE for the guild as it is now. */
  gatewayGuild(guild: StandInGuild): GatewayGuildCreateDispatchData {
    return guildCreatePayload(guild, this.joinedAt, this.contents(guild));
  }

  /** `GET /guilds/{id}`: the guild without its gateway-only fields; Missing Access where the bot is not. */
  guild(guildId: string): Resource<APIGuild> {
    const guild = this.#guilds.get(guildId);
    if (!guild) return discordErrors.missingAccess;
    const body: Record<string, unknown> = { ...this.gatewayGuild(guild) };
    for (const field of GATEWAY_ONLY) delete body[field];
    return { status: 200, body: body as unknown as APIGuild };
  }

  /** `GET /guilds/{id}/members/{user}`. */
  member(guildId: string, userId: string): Resource<ReturnType<typeof memberPayload>> {
    if (!this.#guilds.has(guildId)) return discordErrors.missingAccess;
    const roles = this.#memberRoles.get(`${guildId}:${userId}`);
    if (!roles) return discordErrors.unknownMember;
    const user = userId === this.bot.id ? this.bot : knownUserPayload(userId);
    return { status: 200, body: memberPayload(user, roles, this.joinedAt) };
  }

  /** `GET /channels/{id}` as the bot: Missing Access without View Channel, as on Discord. */
  channel(channelId: string): Resource<APITextChannel> {
    const guild = this.#channelGuild.get(channelId);
    if (!guild) return discordErrors.unknownChannel;
    if (!this.#botMay(guild, channelId, permissionBits.ViewChannel)) return discordErrors.missingAccess;
    return { status: 200, body: this.#channelPayload(guild, channelId) };
  }

  /** A role of the guild, as an interaction's resolved data carries it; `undefined` if it has none such. */
  role(guildId: string, roleId: string): APIRole | undefined {
    const role = this.#roles.get(guildId)?.find((candidate) => candidate.id === roleId);
    return role && structuredClone(role);
  }

  /**
   * A channel of the guild as an interaction's resolved data carries it: a partial channel (id, name, type)
   * with the invoker's `permissions` there; `undefined` for a channel of another guild, or none.
   */
  resolvedChannel(
    guildId: string,
    channelId: string,
    permissions: string,
  ): APIInteractionDataResolvedChannel | undefined {
    const guild = this.#channelGuild.get(channelId);
    if (guild?.id !== guildId) return undefined;
    const { id, name, type } = this.#channelPayload(guild, channelId);
    return { id, name: name ?? '', type, permissions };
  }

  /**
   * Why Discord would refuse the bot something needing `permissions` in a guild channel, if it would (DMs
   * are not checked): 403 Missing Access without View Channel, 403 Missing Permissions without the others.
   */
  refuses(channelId: string, ...permissions: bigint[]): DiscordErrorResponse | undefined {
    const guild = this.#channelGuild.get(channelId);
    if (!guild) return undefined;
    if (!this.#botMay(guild, channelId, permissionBits.ViewChannel)) return discordErrors.missingAccess;
    if (permissions.some((permission) => !this.#botMay(guild, channelId, permission)))
      return discordErrors.missingPermissions;
    return undefined;
  }

  /** Why Discord would refuse the bot's post in a guild channel, if it would. */
  refusesPost(channelId: string): DiscordErrorResponse | undefined {
    return this.refuses(channelId, permissionBits.SendMessages);
  }

  // ---- internals ------------------------------------------------------------------------------------

  #rolesOf(guildId: string): APIRole[] {
    const roles = this.#roles.get(guildId);
    if (!roles) throw new Error(`DiscordStandIn: no guild ${guildId}`);
    return roles;
  }

  #guildOfChannel(channelId: string): StandInGuild {
    const guild = this.#channelGuild.get(channelId);
    if (!guild) throw new Error(`DiscordStandIn: no guild channel ${channelId}`);
    return guild;
  }

  #channelPayload(guild: StandInGuild, channelId: string): APITextChannel {
    const position = guild.channelIds.indexOf(channelId);
    return textChannelPayload(channelId, guild.id, position, this.#overwrites.get(channelId) ?? []);
  }

  #botMay(guild: StandInGuild, channelId: string, permission: bigint): boolean {
    return (this.#permissions(guild, channelId, this.bot.id) & permission) === permission;
  }

  /** Discord's documented order: the owner; roles (Administrator ends it); @everyone, role, member overwrites. */
  #permissions(guild: StandInGuild, channelId: string, userId: string): bigint {
    if (guild.ownerId === userId) return allPermissions;
    const held = new Set([guild.everyoneRoleId, ...(this.#memberRoles.get(`${guild.id}:${userId}`) ?? [])]);
    const base = this.#rolesOf(guild.id)
      .filter((role) => held.has(role.id))
      .reduce((bits, role) => bits | BigInt(role.permissions), 0n);
    if (base & permissionBits.Administrator) return allPermissions;
    const overwrites = this.#overwrites.get(channelId) ?? [];
    const layers = [
      overwrites.filter((overwrite) => overwrite.id === guild.everyoneRoleId),
      overwrites.filter(
        (overwrite) => overwrite.type === 0 && overwrite.id !== guild.id && held.has(overwrite.id),
      ),
      overwrites.filter((overwrite) => overwrite.type === 1 && overwrite.id === userId),
    ];
    return layers.reduce((bits, layer) => {
      const allow = layer.reduce((sum, overwrite) => sum | BigInt(overwrite.allow), 0n);
      const deny = layer.reduce((sum, overwrite) => sum | BigInt(overwrite.deny), 0n);
      return (bits & ~deny) | allow;
    }, base);
  }
}
