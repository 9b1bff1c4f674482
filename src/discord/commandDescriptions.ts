/**
 * What Discord's command picker shows of a command: its description in English, the default every Discord
 * language without its own entry falls back to, and in `description_localizations` the same description
 * in each language whose catalog is in. Names stay English (no `name_localizations`), so a team whose
 * members use different languages types the same `/speed fast`.
 */
import type { LocaleString, LocalizationMap, SharedNameAndDescription } from 'discord.js';
import { CATALOGS } from '../i18n/catalogs/index.js';
import { BOT_LOCALES, type BotLocale, SOURCE_LOCALE } from '../i18n/locales.js';
import { render } from '../i18n/render.js';
import type { Text } from '../i18n/text.js';

/**
 * The languages registered besides the source. One without its catalog yet is left out rather than given
 * English under its own code: Discord then shows it the English default, which is the same words, and an
 * English entry would hide that the language is still missing. British English (`en-GB`) needs no entry:
 * it reads the default.
 */
function translatedLocales(): BotLocale[] {
  return BOT_LOCALES.filter((locale) => locale !== SOURCE_LOCALE && CATALOGS[locale] !== undefined);
}

/** `text` in each translated language, by Discord locale code (BOT_LOCALES are Discord's codes). */
export function descriptionLocalizations(text: Text): LocalizationMap {
  return Object.fromEntries(
    translatedLocales().map((locale) => [locale satisfies LocaleString, render(text, locale)]),
  );
}

/** Sets the description of a command, subcommand or option to `text`, in English and every translation. */
export function describedAs<Builder extends SharedNameAndDescription>(builder: Builder, text: Text): Builder {
  return builder
    .setDescription(render(text, SOURCE_LOCALE))
    .setDescriptionLocalizations(descriptionLocalizations(text));
}
