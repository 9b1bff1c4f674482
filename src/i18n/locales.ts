/**
 * The languages the bot speaks, named by Discord's own locale codes (the `locale` and `guild_locale` of an
 * interaction, a guild's `preferred_locale`), and how any Discord locale maps onto one of them.
 */

/** Every language with a catalog; the first is the source all others translate. */
export const BOT_LOCALES = [
  'en-US',
  'zh-CN',
  'zh-TW',
  'ja',
  'ko',
  'es-ES',
  'es-419',
  'pt-BR',
  'fr',
  'de',
  'ru',
] as const;

export type BotLocale = (typeof BOT_LOCALES)[number];

/** The source language, and the one for any locale without a catalog. */
export const SOURCE_LOCALE: BotLocale = 'en-US';

const SUPPORTED: ReadonlySet<string> = new Set(BOT_LOCALES);

/** Discord locales that read a catalog under another code: British English reads the source. */
const ALIASES: Readonly<Record<string, BotLocale>> = { 'en-GB': 'en-US' };

export function isBotLocale(locale: string): locale is BotLocale {
  return SUPPORTED.has(locale);
}

/** The catalog for a Discord locale; English for one without a catalog, or none at all. */
export function catalogLocale(discordLocale: string | null | undefined): BotLocale {
  if (!discordLocale) return SOURCE_LOCALE;
  if (isBotLocale(discordLocale)) return discordLocale;
  return ALIASES[discordLocale] ?? SOURCE_LOCALE;
}
