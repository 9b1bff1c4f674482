/**
 * Renders {@link Text} in one language: each message through ICU MessageFormat (FormatJS's
 * intl-messageformat: plural and number rules from `Intl`), lists through `Intl.ListFormat`.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { enUS } from './catalogs/en-US.js';
import { CATALOGS } from './catalogs/index.js';
import type { BotLocale } from './locales.js';
import type { Message, MessageValue, Text } from './text.js';

// Compiled once per language and key: messages are few, and compiling is the costly part.
const compiled = new Map<string, IntlMessageFormat>();
const listFormats = new Map<string, Intl.ListFormat>();

function formatFor(locale: BotLocale, message: Message): IntlMessageFormat {
  const id = `${locale}\u0000${message.key}`;
  let format = compiled.get(id);
  if (!format) {
    // `ignoreTag`: a `<` in a message is a character, never markup (Discord's `<t:…>` is in values anyway).
    const source = CATALOGS[locale]?.[message.key] ?? enUS[message.key];
    format = new IntlMessageFormat(source, locale, undefined, { ignoreTag: true });
    compiled.set(id, format);
  }
  return format;
}

function listFormat(locale: BotLocale, type: Intl.ListFormatType): Intl.ListFormat {
  const id = `${locale}\u0000${type}`;
  let format = listFormats.get(id);
  if (!format) {
    format = new Intl.ListFormat(locale, { type, style: 'long' });
    listFormats.set(id, format);
  }
  return format;
}

function renderValue(value: MessageValue, locale: BotLocale): string | number {
  return typeof value === 'string' || typeof value === 'number' ? value : render(value, locale);
}

/** `text` in `locale`. */
export function render(text: Text, locale: BotLocale): string {
  if ('verbatim' in text) return text.verbatim;
  if ('lines' in text) return text.lines.map((line) => render(line, locale)).join('\n');
  if ('list' in text)
    return listFormat(locale, text.type).format(text.list.map((item) => render(item, locale)));
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(text.values ?? {})) values[name] = renderValue(value, locale);
  return String(formatFor(locale, text).format(values));
}
