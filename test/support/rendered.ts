import type { Reply } from '../../src/discord/replies.js';
import { BOT_LOCALES, type BotLocale } from '../../src/i18n/locales.js';
import { render } from '../../src/i18n/render.js';
import { type Text, verbatim } from '../../src/i18n/text.js';

// TRANSITIONAL (issue 21): a string is English not yet in the catalogs.
const asText = (content: Text | string): Text => (typeof content === 'string' ? verbatim(content) : content);

/** What a reader in `locale` sees of a reply (or of text), before Discord's length cut. */
export function rendered(reply: Pick<Reply, 'content'> | Text | string, locale: BotLocale = 'en-US'): string {
  const content = typeof reply === 'object' && 'content' in reply ? reply.content : reply;
  return render(asText(content), locale);
}

/** The reply as read in every language the bot speaks: for limits every translation must keep. */
export function inEveryLanguage(reply: Pick<Reply, 'content'> | Text | string): Map<BotLocale, string> {
  return new Map(BOT_LOCALES.map((locale) => [locale, rendered(reply, locale)]));
}
