/**
 * A member's permissions in one channel, computed from REST answers the way Discord documents it
 * (Topics → Permissions, "Permission Hierarchy"): the doctor has no gateway cache for discord.js's own
 * `permissionsFor` to read from.
 */
import type { APIGuildMember, APIOverwrite, APIRole } from 'discord.js';
import { OverwriteType, PermissionFlagsBits, PermissionsBitField } from 'discord.js';

/** What Discord answered for the server, the member and the channel. */
export interface PermissionSources {
  readonly guild: { readonly id: string; readonly owner_id: string; readonly roles: readonly APIRole[] };
  readonly member: Pick<APIGuildMember, 'roles'> & { readonly user: { readonly id: string } };
  readonly overwrites: readonly APIOverwrite[];
}

/** The member's effective permissions in the channel; every permission for the owner or an Administrator. */
export function channelPermissions({ guild, member, overwrites }: PermissionSources): PermissionsBitField {
  const userId = member.user.id;
  const memberRoles = new Set(member.roles);
  if (guild.owner_id === userId) return new PermissionsBitField(PermissionsBitField.All);

  // Server-wide: @everyone (its id is the server's) and every role the member has.
  let bits = 0n;
  for (const role of guild.roles) {
    if (role.id === guild.id || memberRoles.has(role.id)) bits |= BigInt(role.permissions);
  }
  if ((bits & PermissionFlagsBits.Administrator) !== 0n)
    return new PermissionsBitField(PermissionsBitField.All);

  // Then the channel: @everyone's overwrite, the member's roles' overwrites together, the member's own.
  const apply = (allow: bigint, deny: bigint) => {
    bits = (bits & ~deny) | allow;
  };
  const everyone = overwrites.find((overwrite) => overwrite.id === guild.id);
  if (everyone) apply(BigInt(everyone.allow), BigInt(everyone.deny));
  let roleAllow = 0n;
  let roleDeny = 0n;
  for (const overwrite of overwrites) {
    if (overwrite.type !== OverwriteType.Role || !memberRoles.has(overwrite.id)) continue;
    roleAllow |= BigInt(overwrite.allow);
    roleDeny |= BigInt(overwrite.deny);
  }
  apply(roleAllow, roleDeny);
  const own = overwrites.find(
    (overwrite) => overwrite.type === OverwriteType.Member && overwrite.id === userId,
  );
  if (own) apply(BigInt(own.allow), BigInt(own.deny));
  return new PermissionsBitField(bits);
}

/** `SendMessages` → `Send Messages`, as Discord's settings name it. */
export const permissionLabel = (name: string): string => name.replace(/(?<=[a-z])(?=[A-Z])/g, ' ');
