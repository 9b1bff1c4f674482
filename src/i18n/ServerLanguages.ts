/**
 * Who reads what, in which language: a private answer is in the member's own Discord language; whatever
 * everyone in a channel sees is in the server's language, which is `BOT_LOCALE` when the operator set it,
 * else the one the server's admins chose from Discord, else the server's Discord language (`guild_locale`).
 * English for any language without a catalog.
 */
import type { REST } from '@discordjs/rest';
import { Routes } from 'discord.js';
import type { Logger } from '../log.js';
import { type BotLocale, catalogLocale } from './locales.js';

/** The language of a reply's readers. */
export interface Readers {
  /** The member's for a private reply (`ephemeral`), the server's for one the channel sees. */
  localeFor(ephemeral: boolean): Promise<BotLocale>;
}

/** What an interaction tells about its readers. */
export interface InteractionLocales {
  readonly locale: string;
  readonly guildId: string | null;
  readonly guildLocale: string | null;
  readonly channelId: string | null;
}

export interface ServerLanguageSources {
  /** `BOT_LOCALE`: the operator's choice for every server. */
  readonly botLocale: BotLocale | undefined;
  /** The language a server's admins chose from Discord, if any. */
  readonly chosen?: (guildId: string) => Promise<BotLocale | undefined>;
  /** A guild's Discord language as this process's gateway session knows it (unknown on another shard). */
  readonly cachedGuildLocale: (guildId: string) => string | undefined;
  /** Asks Discord for what no interaction told: a channel's guild, a guild's language. */
  readonly rest: REST;
  readonly logger: Logger;
}

/** Channels and guilds remembered at most, oldest forgotten first: each is asked of Discord again. */
const REMEMBERED = 10_000;

/** How long one lookup at Discord may take before the message goes out in English. */
const LOOKUP_TIMEOUT_MS = 3_000;

function remember<K, V>(map: Map<K, V>, key: K, value: V): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > REMEMBERED) map.delete(map.keys().next().value as K);
}

export class ServerLanguages {
  readonly #channelGuilds = new Map<string, string>();
  readonly #guildLocales = new Map<string, string>();

  constructor(private readonly sources: ServerLanguageSources) {}

  /** The readers of the answers to `interaction`, which also teaches its channel's guild and language. */
  readers(interaction: InteractionLocales): Readers {
    const { guildId, guildLocale, channelId } = interaction;
    if (guildId && channelId) remember(this.#channelGuilds, channelId, guildId);
    if (guildId && guildLocale) remember(this.#guildLocales, guildId, guildLocale);
    let server: Promise<BotLocale> | undefined;
    return {
      localeFor: (ephemeral) => {
        if (ephemeral || !guildId) return Promise.resolve(catalogLocale(interaction.locale));
        server ??= this.forGuild(guildId);
        return server;
      },
    };
  }

  /** The language of a server's channel messages (English when Discord could not be asked). */
  async forGuild(guildId: string): Promise<BotLocale> {
    const known = await this.knownForGuild(guildId);
    if (known) return known;
    this.#postingInEnglish({ guild: guildId });
    return catalogLocale(undefined);
  }

  /**
   * The language of a server's channel messages, or `undefined` when it depends on the server's Discord
   * language and Discord could not be asked (the bot left the server, Discord is down): for a message
   * already posted (a live panel), which had better stay as it is than turn English.
   */
  async knownForGuild(guildId: string): Promise<BotLocale | undefined> {
    if (this.sources.botLocale) return this.sources.botLocale;
    const chosen = await this.#chosen(guildId);
    if (chosen) return chosen;
    const discordLocale = await this.#discordLocale(guildId);
    return discordLocale === undefined ? undefined : catalogLocale(discordLocale);
  }

  /** The language of a message posted in `channelId` (an alert, a switch back, a reminder). */
  async forChannel(channelId: string): Promise<BotLocale> {
    if (this.sources.botLocale) return this.sources.botLocale;
    const guildId = await this.guildOf(channelId);
    if (guildId) return this.forGuild(guildId);
    this.#postingInEnglish({ channel: channelId });
    return catalogLocale(undefined);
  }

  #postingInEnglish(context: { guild: string } | { channel: string }): void {
    this.sources.logger.warn(context, "could not learn a server's language from Discord: posting in English");
  }

  async #chosen(guildId: string): Promise<BotLocale | undefined> {
    try {
      return await this.sources.chosen?.(guildId);
    } catch (error) {
      this.sources.logger.warn({ err: error, guild: guildId }, "could not read the server's chosen language");
      return undefined;
    }
  }

  async #discordLocale(guildId: string): Promise<string | undefined> {
    const known = this.sources.cachedGuildLocale(guildId) ?? this.#guildLocales.get(guildId);
    if (known) return known;
    const guild = (await this.#ask(Routes.guild(guildId))) as { preferred_locale?: string } | undefined;
    if (guild?.preferred_locale) remember(this.#guildLocales, guildId, guild.preferred_locale);
    return guild?.preferred_locale;
  }

  /**
   * The server `channelId` belongs to, as interactions taught it or else as Discord says (also where its
   * alerts go); `undefined` when Discord does not say (a DM channel, or a failure, logged at debug level).
   */
  async guildOf(channelId: string): Promise<string | undefined> {
    try {
      return await this.channelGuild(channelId);
    } catch (error) {
      this.#lookupFailed(error, Routes.channel(channelId));
      return undefined;
    }
  }

  /**
   * As {@link guildOf}, but a lookup Discord did not answer (in {@link LOOKUP_TIMEOUT_MS}) throws, for a
   * caller that must tell "not a server's channel" from "Discord could not be asked".
   */
  async channelGuild(channelId: string): Promise<string | undefined> {
    const known = this.#channelGuilds.get(channelId);
    if (known) return known;
    const channel = (await this.#get(Routes.channel(channelId))) as { guild_id?: string };
    if (channel.guild_id) remember(this.#channelGuilds, channelId, channel.guild_id);
    return channel.guild_id;
  }

  #get(route: `/${string}`): Promise<unknown> {
    return this.sources.rest.get(route, { signal: AbortSignal.timeout(LOOKUP_TIMEOUT_MS) });
  }

  /** A GET at Discord, or `undefined` when it fails (logged): the caller says what it does without. */
  async #ask(route: `/${string}`): Promise<unknown> {
    try {
      return await this.#get(route);
    } catch (error) {
      this.#lookupFailed(error, route);
      return undefined;
    }
  }

  /** Debug only: whoever asked says at warning level what it does without the answer. */
  #lookupFailed(error: unknown, route: string): void {
    this.sources.logger.debug({ err: error, route }, 'Discord did not answer a lookup');
  }
}
