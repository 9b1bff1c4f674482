/** Individual Discord permission flags (a subset; values as in the Discord API documentation). */
export const permissionBits = {
  CreateInstantInvite: 1n << 0n,
  KickMembers: 1n << 1n,
  BanMembers: 1n << 2n,
  Administrator: 1n << 3n,
  ManageChannels: 1n << 4n,
  ManageGuild: 1n << 5n,
  AddReactions: 1n << 6n,
  ViewAuditLog: 1n << 7n,
  ViewChannel: 1n << 10n,
  SendMessages: 1n << 11n,
  ManageMessages: 1n << 13n,
  EmbedLinks: 1n << 14n,
  AttachFiles: 1n << 15n,
  ReadMessageHistory: 1n << 16n,
  MentionEveryone: 1n << 17n,
  UseExternalEmojis: 1n << 18n,
  Connect: 1n << 20n,
  Speak: 1n << 21n,
  ChangeNickname: 1n << 26n,
  ManageRoles: 1n << 28n,
  UseApplicationCommands: 1n << 31n,
  SendMessagesInThreads: 1n << 38n,
  ModerateMembers: 1n << 40n,
  /** Pinning and unpinning, split from Manage Messages (topics/permissions.mdx:93). */
  PinMessages: 1n << 51n,
} as const satisfies Record<string, bigint>;

const {
  Administrator,
  ManageGuild,
  ViewChannel,
  SendMessages,
  ReadMessageHistory,
  AddReactions,
  EmbedLinks,
  AttachFiles,
  UseExternalEmojis,
  UseApplicationCommands,
  CreateInstantInvite,
  ChangeNickname,
  Connect,
  Speak,
  SendMessagesInThreads,
} = permissionBits;

/**
 * Every permission bit Discord currently defines; what Discord reports as the resolved permissions of a
 * member who has Administrator.
 */
export const allPermissions = (1n << 53n) - 1n;

/** Ready-made permission sets for interaction invokers and the bot. */
export const permissionSets = {
  /** A regular member without moderation rights. */
  member:
    ViewChannel |
    SendMessages |
    ReadMessageHistory |
    AddReactions |
    EmbedLinks |
    AttachFiles |
    UseExternalEmojis |
    UseApplicationCommands |
    CreateInstantInvite |
    ChangeNickname |
    Connect |
    Speak |
    SendMessagesInThreads,
  /** A member with Manage Server but not Administrator. */
  manager:
    ViewChannel |
    SendMessages |
    ReadMessageHistory |
    AddReactions |
    EmbedLinks |
    AttachFiles |
    UseApplicationCommands |
    ManageGuild,
  /** An administrator, as Discord resolves it: every bit set. */
  administrator: allPermissions | Administrator,
  /** What a typical bot invite grants. */
  bot: ViewChannel | SendMessages | EmbedLinks | AttachFiles | ReadMessageHistory | UseApplicationCommands,
} as const satisfies Record<string, bigint>;

/**
 * Normalises a permission value to Discord's wire form (a decimal string); Administrator expands to every
 * bit, as Discord does when it resolves a member's permissions.
 */
export function resolvePermissions(value: bigint | string | number): string {
  const bits = BigInt(value);
  return ((bits & Administrator) === Administrator ? bits | allPermissions : bits).toString();
}
