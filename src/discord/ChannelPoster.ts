import { createHash } from 'node:crypto';
import type { REST } from '@discordjs/rest';
import { Routes } from 'discord.js';
import type { ServerLanguages } from '../i18n/ServerLanguages.js';
import { type Reply, renderReply } from './replies.js';

/** How a channel post is sent. */
export interface PostOptions {
  signal?: AbortSignal;
  /**
   * The event the message is about. Discord creates at most one message per `nonce` from the bot within a
   * few minutes when `enforce_nonce` is set (it returns the first instead), so a retry after a post whose
   * answer was lost, by this process or another, never shows the message twice.
   */
  eventId?: string;
}

/** Discord's nonce: at most 25 characters (discord-api-spec, MessageCreateRequest.nonce). */
function nonceFor(eventId: string): string {
  return createHash('sha256').update(eventId).digest('base64url').slice(0, 25);
}

/**
 * Posts replies as plain channel messages (`POST /channels/{id}/messages`), in the language of the server
 * the channel belongs to: a switch back or an alert comes long after any interaction token (15 min)
 * expired, and everyone in the channel reads it. Needs View Channel and Send Messages in that channel.
 */
export class ChannelPoster {
  constructor(
    private readonly rest: REST,
    private readonly languages: Pick<ServerLanguages, 'forChannel'>,
  ) {}

  async post(channelId: string, reply: Reply, { signal, eventId }: PostOptions = {}): Promise<void> {
    const { content, components } = renderReply(reply, await this.languages.forChannel(channelId));
    await this.rest.post(Routes.channelMessages(channelId), {
      ...(signal && { signal }),
      body: {
        content,
        components: components.map((row) => row.toJSON()),
        allowed_mentions: { parse: [], roles: [...(reply.mentionRoles ?? [])] },
        ...(eventId !== undefined && { nonce: nonceFor(eventId), enforce_nonce: true }),
      },
    });
  }
}
