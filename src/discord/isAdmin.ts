import { GuildMemberRoleManager, type Interaction, PermissionFlagsBits } from 'discord.js';

/** The invoker's role ids as the interaction carries them (none outside a server). */
export function memberRoleIds(interaction: Interaction): readonly string[] {
  const roles = interaction.member?.roles;
  if (!roles) return [];
  return roles instanceof GuildMemberRoleManager ? [...roles.cache.keys()] : roles;
}

/**
 * Whether the invoker may reset the account: Manage Server, Administrator, or one of the configured roles.
 * Checked from the interaction itself, because a guild's command-permission settings can be changed by
 * its admins and must not be the only guard.
 */
export function isAdmin(interaction: Interaction, adminRoleIds: readonly string[]): boolean {
  // `has` treats Administrator as having every permission.
  if (interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) return true;
  if (adminRoleIds.length === 0) return false;
  return memberRoleIds(interaction).some((id) => adminRoleIds.includes(id));
}
