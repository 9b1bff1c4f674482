import { randomBytes } from 'node:crypto';
import type { APIInteraction, APIUser, ChannelFlags, Locale } from 'discord-api-types/v10';
import { apiMessage, type StoredMessage } from './messages.js';
import {
  DEFAULT_LOCALE,
  memberPayload,
  optionPayloads,
  textChannelPayload,
  userPayload,
} from './payloads.js';
import { permissionSets, resolvePermissions } from './permissions.js';
import type { InteractionSpec, StandInGuild } from './types.js';

const ATTACHMENT_SIZE_LIMIT = 10_485_760;

/** What the builder needs to know about the stand-in. */
export interface InteractionWorld {
  applicationId: string;
  botUser: APIUser;
  defaultUserId: string;
  defaultGuild: StandInGuild | undefined;
  joinedAt: string;
  now: () => number;
  nextId: () => string;
  guild: (id: string) => StandInGuild | undefined;
  dmChannelFor: (userId: string) => string;
  commandIdFor: (name: string, guildId: string | undefined) => { id: string; guildId?: string };
}

/** An INTERACTION_CREATE payload and what the stand-in must remember about it. */
export interface BuiltInteraction {
  payload: APIInteraction;
  kind: 'chatInput' | 'button';
  channelId: string;
  /** For a button: the message it sits on. */
  componentMessage: StoredMessage | undefined;
  /** Routes the dispatch to the guild's shard; undefined for DMs. */
  guildId: string | undefined;
}

/** A token shaped like Discord's: base64 of `interaction:<id>:<random>`. */
function interactionToken(id: string): string {
  return Buffer.from(`interaction:${id}:${randomBytes(48).toString('base64url')}`).toString('base64url');
}

function placement(
  spec: InteractionSpec,
  world: InteractionWorld,
  user: APIUser,
): { fields: Partial<APIInteraction>; channelId: string; guildId: string | undefined } {
  const context = spec.context ?? 'guild';
  if (context !== 'guild') {
    const channelId = spec.channelId ?? world.dmChannelFor(user.id);
    return {
      channelId,
      guildId: undefined,
      fields: {
        user,
        channel: {
          id: channelId,
          type: 1,
          last_message_id: null,
          flags: 0 as ChannelFlags,
          recipients: [user],
        },
        channel_id: channelId,
        // A guild-installed app in the bot's DM reports guild "0"; elsewhere it is a user install.
        authorizing_integration_owners: context === 'botDm' ? { 0: '0' } : { 1: user.id },
        context: context === 'botDm' ? 1 : 2,
      },
    };
  }
  const guildId = spec.guildId ?? world.defaultGuild?.id ?? world.nextId();
  const guild = world.guild(guildId);
  const guildLocale = (guild?.preferredLocale ?? DEFAULT_LOCALE) as Locale;
  const channelId = spec.channelId ?? guild?.channelIds[0] ?? world.nextId();
  const position = Math.max(0, guild?.channelIds.indexOf(channelId) ?? 0);
  const permissions = resolvePermissions(spec.permissions ?? permissionSets.member);
  // Discord adds the invoker's resolved `permissions` to the channel, which the type does not list.
  const channel = { ...textChannelPayload(channelId, guildId, position), permissions };
  return {
    channelId,
    guildId,
    fields: {
      guild: { id: guildId, locale: guildLocale, features: [] },
      guild_id: guildId,
      guild_locale: guildLocale,
      channel,
      channel_id: channelId,
      member: { ...memberPayload(user, spec.roles ?? [], world.joinedAt), permissions },
      authorizing_integration_owners: { 0: guildId },
      context: 0,
    },
  };
}

/** Builds INTERACTION_CREATE for a slash command or a button click, as Discord shapes it. */
export function buildInteraction(spec: InteractionSpec, world: InteractionWorld): BuiltInteraction {
  const id = world.nextId();
  const username = spec.user?.username ?? 'tester';
  const user = userPayload(spec.user?.id ?? world.defaultUserId, username, {
    global_name: spec.user?.globalName ?? username,
  });
  const { fields, channelId, guildId } = placement(spec, world, user);
  const common = {
    id,
    application_id: world.applicationId,
    token: interactionToken(id),
    version: 1 as const,
    app_permissions: resolvePermissions(spec.appPermissions ?? permissionSets.bot),
    locale: (spec.locale ?? DEFAULT_LOCALE) as Locale,
    entitlements: [],
    attachment_size_limit: ATTACHMENT_SIZE_LIMIT,
    ...fields,
  };

  if (spec.type === 'button') {
    const at = world.now();
    const componentMessage: StoredMessage = {
      id: spec.message?.id ?? world.nextId(),
      channelId,
      type: 0,
      content: spec.message?.content ?? '',
      embeds: spec.message?.embeds ?? [],
      components: spec.message?.components ?? [
        { type: 1, components: [{ type: 2, style: 1, label: 'Button', custom_id: spec.customId }] },
      ],
      flags: spec.message?.flags ?? 0,
      attachments: [],
      allowedMentions: undefined,
      mentions: { everyone: false, users: [], roles: [] },
      createdAt: at,
      updatedAt: at,
      editedAt: null,
      editCount: 0,
      deleted: false,
    };
    const payload = {
      ...common,
      type: 3,
      data: { custom_id: spec.customId, component_type: 2 },
      message: apiMessage(componentMessage, world.botUser, { applicationId: world.applicationId }),
    } as APIInteraction;
    return { payload, kind: 'button', channelId, componentMessage, guildId };
  }

  const commandName = spec.commandName ?? 'speed';
  const command = spec.commandId ? { id: spec.commandId } : world.commandIdFor(commandName, guildId);
  const options = optionPayloads(spec.options);
  const payload = {
    ...common,
    type: 2,
    data: {
      id: command.id,
      name: commandName,
      type: 1,
      ...('guildId' in command && command.guildId ? { guild_id: command.guildId } : {}),
      ...(spec.subcommand
        ? { options: [{ type: 1, name: spec.subcommand, options }] }
        : options.length > 0
          ? { options }
          : {}),
    },
  } as APIInteraction;
  return { payload, kind: 'chatInput', channelId, componentMessage: undefined, guildId };
}
