/**
 * ALERT_CHANNEL_ID: the bot can post there (View Channel and Send Messages, after the channel's
 * overwrites), the channel belongs to a server the bot serves, and the halt alert can ping ADMIN_ROLE_IDS.
 * Read-only: it reads the channel, the server and the bot's member, and never posts a message.
 */
import type { REST } from '@discordjs/rest';
import type { APIChannel, APIGuild, APIGuildMember, APIRole, PermissionsBitField } from 'discord.js';
import { ChannelType, PermissionFlagsBits, Routes } from 'discord.js';
import type { Config } from '../../config.js';
import { channelPermissions, permissionLabel } from './channelPermissions.js';
import { describeDiscordFailure } from './discordApi.js';
import { type CheckName, type CheckResult, failed, oneLine, passed, warned } from './report.js';

export const ALERTS: CheckName = { id: 'alertChannel', title: 'Alert channel' };

/** Channels the bot's alerts can be posted in as plain messages. */
const TEXT_CHANNELS: readonly ChannelType[] = [ChannelType.GuildText, ChannelType.GuildAnnouncement];
const NEEDED = PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages;
const COPY_ID = 'Developer Mode on, right-click the channel, Copy Channel ID';

export async function checkAlertChannel(
  rest: REST,
  config: Pick<Config, 'fixedSettings' | 'adminRoleIds' | 'allowedGuildIds' | 'discord'>,
  botUserId: string,
  signal: AbortSignal,
): Promise<CheckResult> {
  const channelId = config.fixedSettings.alertChannelId;
  // A warning, not silence: the operator learns that halts may stay in the team's channel, and that this can change.
  if (channelId === undefined) {
    return warned(
      ALERTS,
      "ALERT_CHANNEL_ID is not set: each server's alerts go to the channel its admins choose with /speed settings (docs/team-settings.md); without one, halts are announced only where they happen",
      {
        fix: 'to tell admins in one channel they read, choose one with /speed settings, or set ALERT_CHANNEL_ID for every server (docs/team-features.md#alert-channel)',
      },
    );
  }
  const unset = 'or unset ALERT_CHANNEL_ID';
  let channel: APIChannel;
  try {
    channel = (await rest.get(Routes.channel(channelId), { signal })) as APIChannel;
  } catch (error) {
    const failure = describeDiscordFailure(error, config.discord.apiUrl);
    if (failure.status === 404) {
      return failed(
        ALERTS,
        `ALERT_CHANNEL_ID ${channelId} is no channel Discord knows (deleted, or a wrong id)`,
        `set ALERT_CHANNEL_ID to the alert channel's id (${COPY_ID}), ${unset}`,
      );
    }
    if (failure.status === 403) {
      return failed(
        ALERTS,
        `the bot cannot see channel ${channelId} (ALERT_CHANNEL_ID): it is not in that channel's server, or lacks View Channel there`,
        `invite the bot to that server and give it View Channel and Send Messages in the channel, ${unset}`,
      );
    }
    return failed(ALERTS, `could not read channel ${channelId}: ${failure.summary}`, failure.fix);
  }
  const guildId = 'guild_id' in channel ? channel.guild_id : undefined;
  if (guildId === undefined || !TEXT_CHANNELS.includes(channel.type)) {
    return failed(
      ALERTS,
      `ALERT_CHANNEL_ID ${channelId} is a ${ChannelType[channel.type] ?? `type ${channel.type}`} channel, not a server's text channel`,
      `set ALERT_CHANNEL_ID to a text channel of your team's server, ${unset}`,
    );
  }
  const name = `#${oneLine(channel.name ?? channelId, 60)}`;
  const allowed = config.allowedGuildIds;
  if (allowed !== undefined && !allowed.includes(guildId)) {
    return failed(
      ALERTS,
      `${name} is in server ${guildId}, not one the bot serves (${allowed.join(', ')}): alerts name your accounts and quote Midjourney's moderation text`,
      `set ALERT_CHANNEL_ID to a channel of your team's server, ${unset}`,
    );
  }
  let guild: APIGuild;
  let member: APIGuildMember & { user: { id: string } };
  try {
    [guild, member] = (await Promise.all([
      rest.get(Routes.guild(guildId), { signal }),
      rest.get(Routes.guildMember(guildId, botUserId), { signal }),
    ])) as [APIGuild, APIGuildMember & { user: { id: string } }];
  } catch (error) {
    const failure = describeDiscordFailure(error, config.discord.apiUrl);
    return failed(
      ALERTS,
      `could not read the bot's roles in ${name}'s server: ${failure.summary}`,
      failure.fix,
    );
  }
  const where = `${name} (${oneLine(guild.name, 60)})`;
  const permissions = channelPermissions({
    guild,
    member,
    overwrites: 'permission_overwrites' in channel ? (channel.permission_overwrites ?? []) : [],
  });
  const missing = permissions.missing(NEEDED);
  if (missing.length > 0) {
    return failed(
      ALERTS,
      `the bot lacks ${missing.map(permissionLabel).join(' and ')} in ${where}: no alert can be posted`,
      `give the bot View Channel and Send Messages in ${name} (channel settings, Permissions), ${unset}`,
    );
  }
  return mentionCheck(config.adminRoleIds, guild, permissions, where, name);
}

/** ✓ when the halt alert pings every ADMIN_ROLE_IDS role; ! naming those it would only name. */
function mentionCheck(
  adminRoleIds: readonly string[],
  guild: APIGuild,
  permissions: PermissionsBitField,
  where: string,
  name: string,
): CheckResult {
  if (adminRoleIds.length === 0) return passed(ALERTS, `the bot can post in ${where}`);
  const mentionsAll = permissions.has(PermissionFlagsBits.MentionEveryone);
  const rolesById = new Map<string, APIRole>(guild.roles.map((role) => [role.id, role]));
  const foreign = adminRoleIds.filter((id) => !rolesById.has(id));
  const muted = mentionsAll
    ? []
    : adminRoleIds.flatMap((id) => {
        const role = rolesById.get(id);
        return role && !role.mentionable ? [`@${oneLine(role.name, 40)} (${id})`] : [];
      });
  if (foreign.length === 0 && muted.length === 0) {
    return passed(ALERTS, `the bot can post in ${where} and ping the ADMIN_ROLE_IDS roles`);
  }
  const details = [
    ...muted.map(
      (role) => `${role}: not mentionable, and the bot lacks Mention @everyone, @here and All Roles`,
    ),
    ...foreign.map((id) => `${id}: not a role of this server`),
  ];
  const fixes = [
    ...(muted.length > 0
      ? [
          `give the bot Mention @everyone, @here and All Roles in ${name}, or turn on “Allow anyone to @mention this role” for those roles (Server Settings, Roles)`,
        ]
      : []),
    ...(foreign.length > 0 ? ["set ADMIN_ROLE_IDS to roles of the alert channel's server"] : []),
  ];
  return warned(
    ALERTS,
    `the bot can post in ${where}, but a halt alert would not ping ${muted.length + foreign.length} of the ADMIN_ROLE_IDS roles`,
    { details, fix: fixes.join('; ') },
  );
}
