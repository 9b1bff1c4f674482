import { MESSAGE_LIMIT, type Reply } from '../../src/discord/replies.js';
import { BOT_LOCALES, type BotLocale } from '../../src/i18n/locales.js';
import { renderWithin } from '../../src/i18n/render.js';
import type { Text } from '../../src/i18n/text.js';

/**
 * What a reader in `locale` sees of a reply (or of text) as the bot sends it, its quotes shortened to fit
 * Discord's 2,000 characters, but before the last-resort cut: a length over 2,000 here is the bot's own
 * words not fitting.
 */
export function rendered(reply: Pick<Reply, 'content'> | Text, locale: BotLocale = 'en-US'): string {
  return renderWithin('content' in reply ? reply.content : reply, locale, MESSAGE_LIMIT);
}

/** The reply as read in every language the bot speaks: for limits every translation must keep. */
export function inEveryLanguage(reply: Pick<Reply, 'content'> | Text): Map<BotLocale, string> {
  return new Map(BOT_LOCALES.map((locale) => [locale, rendered(reply, locale)]));
}
