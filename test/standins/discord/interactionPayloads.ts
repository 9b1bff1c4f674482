import { randomBytes } from 'node:crypto';
import type {
  APIInteraction,
  APIInteractionDataResolved,
  APIInteractionDataResolvedChannel,
  APIRole,
  APIUser,
  ChannelFlags,
  Locale,
} from 'discord-api-types/v10';
import { apiMessage, type StoredMessage } from './messages.js';
import {
  DEFAULT_LOCALE,
  memberPayload,
  optionPayloads,
  textChannelPayload,
  userPayload,
} from './payloads.js';
import { permissionSets, resolvePermissions } from './permissions.js';
import type {
  ButtonInteractionSpec,
  InteractionSpec,
  ModalSubmitInteractionSpec,
  SelectInteractionSpec,
  StandInGuild,
} from './types.js';

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
  /** A role of the guild as Discord resolves it in a role select; `undefined` for one it does not have. */
  resolvedRole: (guildId: string, roleId: string) => APIRole | undefined;
  /** A channel of the guild as Discord resolves it in a channel select (a partial channel). */
  resolvedChannel: (
    guildId: string,
    channelId: string,
    permissions: string,
  ) => APIInteractionDataResolvedChannel | undefined;
}

/** An INTERACTION_CREATE payload and what the stand-in must remember about it. */
export interface BuiltInteraction {
  payload: APIInteraction;
  kind: 'chatInput' | 'button' | 'select' | 'modalSubmit';
  channelId: string;
  /** For a component, or a modal one opened: the message it sits on. */
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

  if (spec.type === 'button' || spec.type === 'select' || spec.type === 'modalSubmit') {
    return componentInteraction(spec, world, common, { channelId, guildId });
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

/** The select's component type (discord-api-types payloads/v10/message.d.ts, ComponentType). */
const SELECT_TYPES = { string: 3, role: 6, channel: 8 } as const;

/** The bot message a component sits on, as the interaction carries it. */
function componentMessageOf(
  spec: ButtonInteractionSpec | SelectInteractionSpec | ModalSubmitInteractionSpec,
  world: InteractionWorld,
  channelId: string,
): StoredMessage {
  const at = world.now();
  const component =
    spec.type === 'select'
      ? {
          type: SELECT_TYPES[spec.select],
          custom_id: spec.customId,
          ...(spec.select === 'string' && { options: [] }),
        }
      : { type: 2, style: 1, label: 'Button', custom_id: spec.customId };
  return {
    id: spec.message?.id ?? world.nextId(),
    channelId,
    type: 0,
    content: spec.message?.content ?? '',
    embeds: spec.message?.embeds ?? [],
    components: spec.message?.components ?? [{ type: 1, components: [component] }],
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
}

/**
 * What Discord resolves of a role or channel select's values: only what the guild has (Discord docs,
 * Interactions, "Resolved Data Structure"; discord-api-types payloads/v10/_interactions/base.d.ts:194-217:
 * a channel is partial, with `permissions` the invoker's there).
 */
function resolvedOf(
  spec: SelectInteractionSpec,
  world: InteractionWorld,
  guildId: string | undefined,
  permissions: string,
): APIInteractionDataResolved | undefined {
  if (spec.select === 'string' || guildId === undefined) return undefined;
  if (spec.select === 'role') {
    const roles = spec.values.flatMap((id) => world.resolvedRole(guildId, id) ?? []);
    return { roles: Object.fromEntries(roles.map((role) => [role.id, role])) };
  }
  const channels = spec.values.flatMap((id) => world.resolvedChannel(guildId, id, permissions) ?? []);
  return { channels: Object.fromEntries(channels.map((channel) => [channel.id, channel])) };
}

/**
 * A component interaction as Discord sends it: a button click or a select choice (type 3, discord-api-types
 * payloads/v10/_interactions/messageComponents.d.ts:9-38: `custom_id`, `component_type`, and for selects
 * `values` and `resolved`), or a modal submission (type 5, modalSubmit.d.ts:42-62: each text input inside
 * its label), with the message the component (or the button that opened the modal) sits on.
 */
function componentInteraction(
  spec: ButtonInteractionSpec | SelectInteractionSpec | ModalSubmitInteractionSpec,
  world: InteractionWorld,
  common: Record<string, unknown>,
  where: { channelId: string; guildId: string | undefined },
): BuiltInteraction {
  const componentMessage =
    spec.type === 'modalSubmit' && !spec.message
      ? undefined
      : componentMessageOf(spec, world, where.channelId);
  const message = componentMessage && {
    message: apiMessage(componentMessage, world.botUser, { applicationId: world.applicationId }),
  };
  let data: Record<string, unknown>;
  if (spec.type === 'button') data = { custom_id: spec.customId, component_type: 2 };
  else if (spec.type === 'select') {
    const invoker = resolvePermissions(spec.permissions ?? permissionSets.member);
    const resolved = resolvedOf(spec, world, where.guildId, invoker);
    data = {
      custom_id: spec.customId,
      component_type: SELECT_TYPES[spec.select],
      values: [...spec.values],
      ...(resolved && { resolved }),
    };
  } else {
    data = {
      custom_id: spec.customId,
      components: Object.entries(spec.fields).map(([customId, value], index) => ({
        type: 18,
        id: 2 * index + 1,
        component: { type: 4, id: 2 * index + 2, custom_id: customId, value },
      })),
    };
  }
  const payload = {
    ...common,
    type: spec.type === 'modalSubmit' ? 5 : 3,
    data,
    ...message,
  } as unknown as APIInteraction;
  const kind = spec.type === 'button' ? 'button' : spec.type;
  return { payload, kind, channelId: where.channelId, componentMessage, guildId: where.guildId };
}
