import type { REST } from '@discordjs/rest';
import { Routes } from 'discord.js';

/** Longest time one request about a channel message may take, Discord's rate limits included. */
export const CHANNEL_MESSAGE_TIMEOUT_MS = 10_000;

/** A message body as Discord takes it (already in its readers' language). */
export type MessageBody = object;

/** Discord's answer to a refused request, read by shape: discord.js may carry its own copy of @discordjs/rest. */
export interface DiscordRefusal {
  status: number | undefined;
  code: number | undefined;
  /** Discord's own words ("Missing Access"), or the error's. */
  message: string;
}

export function discordRefusal(error: unknown): DiscordRefusal {
  const { status, code, message } = (error ?? {}) as { status?: unknown; code?: unknown; message?: unknown };
  return {
    status: typeof status === 'number' ? status : undefined,
    code: typeof code === 'number' ? code : undefined,
    message: typeof message === 'string' ? message : String(error),
  };
}

/**
 * Why a request to Discord failed, as an admin is told it: Discord's own words when it answered, else
 * that it did not answer in time or could not be reached (never the HTTP client's English error text).
 */
export type RequestFailure =
  | { readonly kind: 'discord'; readonly message: string }
  | { readonly kind: 'timeout' }
  | { readonly kind: 'network' };

export function requestFailure(error: unknown): RequestFailure {
  const refusal = discordRefusal(error);
  if (refusal.status !== undefined) return { kind: 'discord', message: refusal.message };
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'AbortError' || name === 'TimeoutError' ? { kind: 'timeout' } : { kind: 'network' };
}

/** Discord's codes for a message or channel that no longer exists (topics/opcodes-and-status-codes). */
export const UNKNOWN_CHANNEL = 10_003;
export const UNKNOWN_MESSAGE = 10_008;

/**
 * The bot's own channel messages that live on (the live panels): posted, edited, deleted and pinned through
 * the channel REST client, which keeps Discord's global rate limit and waits out its 429s. Each request is
 * bounded in time, so a Discord that stops answering holds nothing up for long.
 */
export class ChannelMessages {
  constructor(
    private readonly rest: REST,
    private readonly timeoutMs = CHANNEL_MESSAGE_TIMEOUT_MS,
  ) {}

  /** Posts `body` in `channelId`; resolves to the new message's id. */
  async post(channelId: string, body: MessageBody): Promise<string> {
    const created = (await this.rest.post(Routes.channelMessages(channelId), {
      body,
      signal: this.#signal(),
    })) as { id: string };
    return created.id;
  }

  async edit(channelId: string, messageId: string, body: MessageBody): Promise<void> {
    await this.rest.patch(Routes.channelMessage(channelId, messageId), { body, signal: this.#signal() });
  }

  async delete(channelId: string, messageId: string): Promise<void> {
    await this.rest.delete(Routes.channelMessage(channelId, messageId), { signal: this.#signal() });
  }

  /** Pins the message (Discord's current route; it needs the Pin Messages permission). */
  async pin(channelId: string, messageId: string): Promise<void> {
    await this.rest.put(Routes.channelMessagesPin(channelId, messageId), { signal: this.#signal() });
  }

  #signal(): AbortSignal {
    return AbortSignal.timeout(this.timeoutMs);
  }
}
