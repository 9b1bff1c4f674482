import { type DiscordErrorResponse, discordErrors, isDiscordError } from './errors.js';
import { editMessage, type StoredMessage, visibleMessage } from './messages.js';
import type { ChannelMessage, RecordedFile } from './types.js';

/** A channel message as the stand-in keeps it: the message, the last body written to it, its pin. */
export interface StoredChannelMessage extends StoredMessage {
  body: unknown;
  pinned: boolean;
}

/**
 * The bot's channel messages (`POST /channels/{id}/messages`) as Discord keeps them: each can be read,
 * edited, pinned and deleted by id until it is deleted, after which every route answers 10008 Unknown
 * Message (resources/message.mdx, Edit Message, Delete Message, Pin Message; topics/opcodes-and-status-codes
 * .mdx:148). Messages outlive `clearRequests`; only the list of what was posted since is cleared.
 */
export class ChannelMessageStore {
  readonly #messages = new Map<string, StoredChannelMessage>();
  /** Per channel, the ids posted since the last `clearLog`, oldest first. */
  readonly #posted = new Map<string, string[]>();

  add(message: StoredMessage, body: unknown): StoredChannelMessage {
    const stored = { ...message, body, pinned: false };
    this.#messages.set(message.id, stored);
    this.#posted.set(message.channelId, [...(this.#posted.get(message.channelId) ?? []), message.id]);
    return stored;
  }

  /** The message `messageId` of `channelId` unless it was deleted (or is in another channel). */
  get(channelId: string, messageId: string): StoredChannelMessage | undefined {
    const message = this.#messages.get(messageId);
    return message && !message.deleted && message.channelId === channelId ? message : undefined;
  }

  /** `PATCH /channels/{id}/messages/{id}`: the message as edited, or Discord's refusal. */
  edit(
    channelId: string,
    messageId: string,
    write: { body: unknown; files: readonly RecordedFile[]; at: number },
  ): StoredChannelMessage | DiscordErrorResponse {
    const message = this.get(channelId, messageId);
    if (!message) return discordErrors.unknownMessage;
    const problem = editMessage(message, write.body, write.at, write.files);
    if (isDiscordError(problem)) return problem;
    message.body = write.body;
    return message;
  }

  /** `DELETE /channels/{id}/messages/{id}`, by the bot or (`deleteChannelMessage`) by a member. */
  delete(channelId: string, messageId: string, at: number): DiscordErrorResponse | undefined {
    const message = this.get(channelId, messageId);
    if (!message) return discordErrors.unknownMessage;
    message.deleted = true;
    message.pinned = false;
    message.updatedAt = at;
    return undefined;
  }

  /** `PUT` (true) or `DELETE` (false) `/channels/{id}/messages/pins/{id}`. */
  setPinned(channelId: string, messageId: string, pinned: boolean): DiscordErrorResponse | undefined {
    const message = this.get(channelId, messageId);
    if (!message) return discordErrors.unknownMessage;
    message.pinned = pinned;
    return undefined;
  }

  /** The messages posted in `channelId` since the last `clearLog` and not deleted, as they look now. */
  posted(channelId: string): ChannelMessage[] {
    return (this.#posted.get(channelId) ?? [])
      .map((id) => this.#messages.get(id))
      .filter((message): message is StoredChannelMessage => message !== undefined && !message.deleted)
      .map(snapshot);
  }

  /** A message as it looks now, deleted or not. */
  snapshot(messageId: string): (ChannelMessage & { deleted: boolean }) | undefined {
    const message = this.#messages.get(messageId);
    return message && { ...snapshot(message), deleted: message.deleted };
  }

  clearLog(): void {
    this.#posted.clear();
  }
}

function snapshot(message: StoredChannelMessage): ChannelMessage {
  const visible = visibleMessage(message);
  return {
    id: message.id,
    channelId: message.channelId,
    at: message.createdAt,
    content: visible.content,
    embeds: visible.embeds,
    components: visible.components,
    flags: visible.flags,
    allowedMentions: visible.allowedMentions,
    mentions: visible.mentions,
    body: structuredClone(message.body),
    pinned: message.pinned,
    editCount: message.editCount,
  };
}
