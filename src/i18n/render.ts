/**
 * Renders {@link Text} in one language: each message through ICU MessageFormat (FormatJS's
 * intl-messageformat: plural and number rules from `Intl`), lists through `Intl.ListFormat`.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { CATALOGS } from './catalogs/index.js';
import type { BotLocale } from './locales.js';
import type { Message, Quote, Text } from './text.js';

// Compiled once per language and key: messages are few, and compiling is the costly part.
const compiled = new Map<string, IntlMessageFormat>();
const listFormats = new Map<string, Intl.ListFormat>();

function formatFor(locale: BotLocale, message: Message): IntlMessageFormat {
  const id = `${locale}\u0000${message.key}`;
  let format = compiled.get(id);
  if (!format) {
    // `ignoreTag`: a `<` in a message is a character, never markup (Discord's `<t:…>` is in values anyway).
    const source = CATALOGS[locale][message.key];
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

/** How many characters each quote may take, when fewer than its own limit. */
type QuoteLimits = ReadonlyMap<Quote, number>;

const NO_LIMITS: QuoteLimits = new Map();

/** A quote is never cut below this, however long the message around it: it would say nothing. */
export const SHORTEST_QUOTE = 100;

function renderLimited(text: Text, locale: BotLocale, limits: QuoteLimits): string {
  const inner = (item: Text) => renderLimited(item, locale, limits);
  if ('verbatim' in text) return text.verbatim;
  if ('quote' in text) return text.format(text.quote, limits.get(text) ?? text.limit);
  if ('lines' in text) return text.lines.map(inner).join('\n');
  if ('list' in text) return listFormat(locale, text.type).format(text.list.map(inner));
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(text.values ?? {}))
    values[name] = typeof value === 'string' || typeof value === 'number' ? value : inner(value);
  return String(formatFor(locale, text).format(values));
}

/** `text` in `locale`. */
export function render(text: Text, locale: BotLocale): string {
  return renderLimited(text, locale, NO_LIMITS);
}

function quotesIn(text: Text): Quote[] {
  if ('quote' in text) return [text];
  if ('verbatim' in text) return [];
  if ('lines' in text) return text.lines.flatMap(quotesIn);
  if ('list' in text) return text.list.flatMap(quotesIn);
  return Object.values(text.values ?? {}).flatMap((value) =>
    typeof value === 'object' ? quotesIn(value) : [],
  );
}

/**
 * `text` in `locale` within `max` characters where its quotes allow: while it is too long, the longest
 * quote is shortened by what is over (down to {@link SHORTEST_QUOTE}). What still does not fit is the
 * caller's to cut.
 */
export function renderWithin(text: Text, locale: BotLocale, max: number): string {
  const limits = new Map<Quote, number>();
  const quotes = quotesIn(text);
  let rendered = render(text, locale);
  while (rendered.length > max) {
    const shown = quotes
      .map((quote) => ({ quote, length: renderLimited(quote, locale, limits).length }))
      .filter(({ length }) => length > SHORTEST_QUOTE)
      .sort((a, b) => b.length - a.length)[0];
    if (!shown) break;
    limits.set(shown.quote, Math.max(SHORTEST_QUOTE, shown.length - (rendered.length - max)));
    rendered = renderLimited(text, locale, limits);
  }
  return rendered;
}
