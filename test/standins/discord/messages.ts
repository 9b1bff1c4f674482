import type { APIAllowedMentions, APIEmbed, APIMessage, APIUser } from 'discord-api-types/v10';
import { type DiscordErrorResponse, discordErrors, invalidFormBody } from './errors.js';
import { messageFlags, messagePayload, resolveMentions } from './payloads.js';
import type { RecordedFile, ResolvedMentions, VisibleMessage } from './types.js';

/** A message the stand-in keeps (interaction responses, follow-ups, channel messages). */
export interface StoredMessage {
  id: string;
  channelId: string;
  type: number;
  content: string;
  embeds: APIEmbed[];
  components: unknown[];
  flags: number;
  attachments: { filename: string; size: number; contentType?: string }[];
  allowedMentions: APIAllowedMentions | undefined;
  mentions: ResolvedMentions;
  createdAt: number;
  updatedAt: number;
  editedAt: number | null;
  editCount: number;
  deleted: boolean;
}

/** The message fields of a request body, loosely typed as they arrive. */
interface MessageBody {
  content?: unknown;
  embeds?: unknown;
  components?: unknown;
  flags?: unknown;
  allowed_mentions?: unknown;
  attachments?: unknown;
  poll?: unknown;
  sticker_ids?: unknown;
}

const LIMITS = {
  content: 2_000,
  embeds: 10,
  embedTotal: 6_000,
  title: 256,
  description: 4_096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1_024,
  footer: 2_048,
  authorName: 256,
  actionRows: 5,
  /** "Messages allow up to 40 total components" with IS_COMPONENTS_V2 (docs, components/reference.mdx:18). */
  componentsV2Total: 40,
} as const;

/** The value as a record if it is a JSON object, else an empty record. */
export function asObject(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function textLength(value: unknown): number {
  return typeof value === 'string' ? value.length : 0;
}

function checkEmbeds(embeds: unknown): DiscordErrorResponse | undefined {
  if (embeds === undefined || embeds === null) return undefined;
  if (!Array.isArray(embeds)) return invalidFormBody('embeds', 'BASE_TYPE_BAD_TYPE', 'Must be an array.');
  if (embeds.length > LIMITS.embeds) {
    return invalidFormBody('embeds', 'BASE_TYPE_MAX_LENGTH', `Must be ${LIMITS.embeds} or fewer in length.`);
  }
  let total = 0;
  for (const [index, raw] of embeds.entries()) {
    const embed = asObject(raw);
    const fields = Array.isArray(embed.fields) ? embed.fields.map(asObject) : [];
    const checks: [string, number, number][] = [
      ['title', textLength(embed.title), LIMITS.title],
      ['description', textLength(embed.description), LIMITS.description],
      ['footer.text', textLength(asObject(embed.footer).text), LIMITS.footer],
      ['author.name', textLength(asObject(embed.author).name), LIMITS.authorName],
      ['fields', fields.length, LIMITS.fields],
      ...fields.flatMap((field, fieldIndex): [string, number, number][] => [
        [`fields.${fieldIndex}.name`, textLength(field.name), LIMITS.fieldName],
        [`fields.${fieldIndex}.value`, textLength(field.value), LIMITS.fieldValue],
      ]),
    ];
    for (const [field, length, limit] of checks) {
      if (length > limit) {
        return invalidFormBody(
          `embeds.${index}.${field}`,
          'BASE_TYPE_MAX_LENGTH',
          `Must be ${limit} or fewer in length.`,
        );
      }
    }
    total +=
      textLength(embed.title) +
      textLength(embed.description) +
      textLength(asObject(embed.footer).text) +
      textLength(asObject(embed.author).name) +
      fields.reduce((sum, field) => sum + textLength(field.name) + textLength(field.value), 0);
  }
  if (total > LIMITS.embedTotal) {
    return invalidFormBody(
      'embeds',
      'MAX_EMBED_SIZE_EXCEEDED',
      `Embed size exceeds maximum size of ${LIMITS.embedTotal}`,
    );
  }
  return undefined;
}

function checkAllowedMentions(value: unknown): DiscordErrorResponse | undefined {
  if (value === undefined || value === null) return undefined;
  const allowed = asObject(value);
  const parse = Array.isArray(allowed.parse) ? allowed.parse : [];
  for (const kind of ['users', 'roles'] as const) {
    if (parse.includes(kind) && Array.isArray(allowed[kind]) && allowed[kind].length > 0) {
      return invalidFormBody(
        `allowed_mentions.${kind}`,
        'MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE',
        `parse:["${kind}"] and ${kind}: [ids...] are mutually exclusive.`,
      );
    }
  }
  return undefined;
}

/** Components nested in `components` (a container's, a row's, a section's and its accessory), counted. */
function countComponents(components: readonly unknown[]): number {
  return components.reduce<number>((count, raw) => {
    const component = asObject(raw);
    const children = Array.isArray(component.components) ? component.components : [];
    const accessory = component.accessory === undefined ? 0 : 1;
    return count + 1 + accessory + countComponents(children);
  }, 0);
}

/** The text of every Text Display in `components`, nested ones included, in order. */
export function componentsText(components: readonly unknown[]): string[] {
  return components.flatMap((raw) => {
    const component = asObject(raw);
    const own = component.type === 10 && typeof component.content === 'string' ? [component.content] : [];
    const children = Array.isArray(component.components) ? component.components : [];
    return [...own, ...componentsText(children)];
  });
}

/**
 * With IS_COMPONENTS_V2 "the `content` and `embeds` fields will no longer work" and "messages allow up to 40
 * total components" (docs, components/reference.mdx:13-18): the bot must not rely on either.
 */
function checkComponentsV2(message: MessageBody): DiscordErrorResponse | undefined {
  const legacy = (['content', 'embeds'] as const).find((field) => {
    const value = message[field];
    return typeof value === 'string' ? value !== '' : Array.isArray(value) && value.length > 0;
  });
  if (legacy)
    return invalidFormBody(
      legacy,
      'MESSAGE_CANNOT_USE_LEGACY_FIELDS_WITH_COMPONENTS_V2',
      'The content and embeds fields cannot be used when using components v2',
    );
  const components = Array.isArray(message.components) ? message.components : [];
  if (countComponents(components) > LIMITS.componentsV2Total)
    return invalidFormBody(
      'components',
      'BASE_TYPE_MAX_LENGTH',
      `Must be ${LIMITS.componentsV2Total} or fewer in length.`,
    );
  return undefined;
}

/**
 * Checks a message body against Discord's limits (content 2000 characters, 10 embeds of at most 6000
 * characters in total with per-field limits, 5 action rows or, with Components v2, 40 components and no
 * content or embeds, exclusive `allowed_mentions` fields).
 */
export function validateMessageBody(body: unknown): DiscordErrorResponse | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return invalidFormBody('_root', 'DICT_TYPE_CONVERT', 'Only dictionaries may be used in a DictType');
  }
  const message = body as MessageBody;
  if (message.content !== undefined && message.content !== null && typeof message.content !== 'string') {
    return invalidFormBody('content', 'BASE_TYPE_BAD_TYPE', 'Must be a string.');
  }
  if (textLength(message.content) > LIMITS.content) {
    return invalidFormBody(
      'content',
      'BASE_TYPE_MAX_LENGTH',
      `Must be ${LIMITS.content} or fewer in length.`,
    );
  }
  const isComponentsV2 = (Number(message.flags ?? 0) & messageFlags.IsComponentsV2) !== 0;
  if (isComponentsV2) {
    const problem = checkComponentsV2(message);
    if (problem) return problem;
  } else if (Array.isArray(message.components) && message.components.length > LIMITS.actionRows) {
    return invalidFormBody(
      'components',
      'BASE_TYPE_MAX_LENGTH',
      `Must be ${LIMITS.actionRows} or fewer in length.`,
    );
  }
  return checkEmbeds(message.embeds) ?? checkAllowedMentions(message.allowed_mentions);
}

function isEmpty(message: StoredMessage, extra: MessageBody): boolean {
  return (
    message.content.trim() === '' &&
    message.embeds.length === 0 &&
    message.components.length === 0 &&
    message.attachments.length === 0 &&
    extra.poll === undefined &&
    !(Array.isArray(extra.sticker_ids) && extra.sticker_ids.length > 0)
  );
}

/** Context for a new message. */
export interface NewMessageContext {
  id: string;
  channelId: string;
  type: number;
  at: number;
  files: readonly RecordedFile[];
  /** Start from these fields (the message a component sits on, or a deferred placeholder). */
  base?: Partial<Pick<StoredMessage, 'content' | 'embeds' | 'components' | 'flags'>>;
}

/** Builds a stored message from a create body; an empty result is Discord's 50006. */
export function createMessage(
  body: unknown,
  context: NewMessageContext,
  { allowEmpty = false } = {},
): StoredMessage | DiscordErrorResponse {
  const problem = validateMessageBody(body ?? {});
  if (problem) return problem;
  const message: StoredMessage = {
    id: context.id,
    channelId: context.channelId,
    type: context.type,
    content: context.base?.content ?? '',
    embeds: context.base?.embeds ?? [],
    components: context.base?.components ?? [],
    flags: context.base?.flags ?? 0,
    attachments: [],
    allowedMentions: undefined,
    mentions: { everyone: false, users: [], roles: [] },
    createdAt: context.at,
    updatedAt: context.at,
    editedAt: null,
    editCount: 0,
    deleted: false,
  };
  applyFields(message, asObject(body), context.files);
  if (!allowEmpty && isEmpty(message, asObject(body))) return discordErrors.cannotSendEmptyMessage;
  return message;
}

function applyFields(message: StoredMessage, body: MessageBody, files: readonly RecordedFile[]): void {
  if ('content' in body) message.content = typeof body.content === 'string' ? body.content : '';
  if ('embeds' in body) message.embeds = Array.isArray(body.embeds) ? (body.embeds as APIEmbed[]) : [];
  if ('components' in body) message.components = Array.isArray(body.components) ? body.components : [];
  if (typeof body.flags === 'number') {
    // Ephemeral and loading are fixed at creation; only the other flags (e.g. SuppressEmbeds) change.
    const fixed = messageFlags.Ephemeral | messageFlags.Loading;
    // "Once a message has been sent with this flag, it can't be removed" (components/reference.mdx:13).
    const kept = fixed | (message.flags & messageFlags.IsComponentsV2);
    message.flags = (message.flags & kept) | (body.flags & ~fixed);
  }
  if ('attachments' in body || files.length > 0) {
    const described = Array.isArray(body.attachments) ? body.attachments.map(asObject) : [];
    message.attachments = files.map((file, index) => ({
      filename: typeof described[index]?.filename === 'string' ? described[index].filename : file.filename,
      size: file.size,
      contentType: file.contentType,
    }));
  }
  // Discord re-parses mentions on every write with that write's allowed_mentions (default: parse all),
  // from the text displays of a Components v2 message (resources/message.mdx, Edit Message).
  message.allowedMentions = body.allowed_mentions ? (body.allowed_mentions as APIAllowedMentions) : undefined;
  const text =
    message.flags & messageFlags.IsComponentsV2
      ? componentsText(message.components).join('\n')
      : message.content;
  message.mentions = resolveMentions(text, message.allowedMentions);
}

/** Applies an edit body; an edit that would leave the message empty is Discord's 50006. */
export function editMessage(
  message: StoredMessage,
  body: unknown,
  at: number,
  files: readonly RecordedFile[],
): DiscordErrorResponse | undefined {
  const problem = validateMessageBody(body ?? {});
  if (problem) return problem;
  const draft: StoredMessage = { ...message };
  const fields = asObject(body);
  const wasLoading = (draft.flags & messageFlags.Loading) !== 0;
  applyFields(draft, fields, files);
  if (wasLoading) draft.flags &= ~messageFlags.Loading;
  if (isEmpty(draft, fields)) return discordErrors.cannotSendEmptyMessage;
  Object.assign(message, draft, {
    updatedAt: at,
    // Filling a deferred placeholder is not shown as an edit.
    editedAt: wasLoading ? null : at,
    editCount: message.editCount + 1,
  });
  return undefined;
}

/** A copy of the message as the user sees it. */
export function visibleMessage(message: StoredMessage): VisibleMessage {
  return {
    id: message.id,
    content: message.content,
    embeds: structuredClone(message.embeds),
    components: structuredClone(message.components),
    flags: message.flags,
    ephemeral: (message.flags & messageFlags.Ephemeral) !== 0,
    loading: (message.flags & messageFlags.Loading) !== 0,
    deleted: message.deleted,
    allowedMentions: message.allowedMentions ? structuredClone(message.allowedMentions) : undefined,
    mentions: structuredClone(message.mentions),
    attachments: message.attachments.map(({ filename, size }) => ({ filename, size })),
    createdAt: message.createdAt,
    updatedAt: message.updatedAt,
    editCount: message.editCount,
  };
}

/** The REST representation of a stored message. */
export function apiMessage(
  message: StoredMessage,
  author: APIUser,
  extra: { applicationId?: string; interactionMetadata?: APIMessage['interaction_metadata'] } = {},
): APIMessage {
  return messagePayload({ ...message, author, ...extra });
}
