import type { Reply } from '../../src/discord/replies.js';
import { BOT_LOCALES, type BotLocale } from '../../src/i18n/locales.js';
import { render } from '../../src/i18n/render.js';
import type { Text } from '../../src/i18n/text.js';

/** What a reader in `locale` sees of a reply (or of text), before Discord's length cut. */
export function rendered(reply: Pick<Reply, 'content'> | Text, locale: BotLocale = 'en-US'): string {
  return render('content' in reply ? reply.content : reply, locale);
}

/** The reply as read in every language the bot speaks: for limits every translation must keep. */
export function inEveryLanguage(reply: Pick<Reply, 'content'> | Text): Map<BotLocale, string> {
  return new Map(BOT_LOCALES.map((locale) => [locale, rendered(reply, locale)]));
}
