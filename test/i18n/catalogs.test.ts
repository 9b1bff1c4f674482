/**
 * Every language speaks every message the bot has, with the same named values: a catalog that lacks a
 * key, has one the source does not, or uses a placeholder the English message does not have (or drops
 * one) fails here, naming the language and the key. Adding a language is one catalog file plus its line in
 * catalogs/index.ts; this test then holds it to the source.
 */
import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { describe, expect, test } from 'vitest';
import { enUS, type MessageKey } from '../../src/i18n/catalogs/en-US.js';
import { CATALOGS } from '../../src/i18n/catalogs/index.js';
import { BOT_LOCALES, SOURCE_LOCALE } from '../../src/i18n/locales.js';

const sourceKeys = Object.keys(enUS).sort() as MessageKey[];

/** Every named value a message uses, with how it is formatted: `name` or `name:plural`, `name:number`… */
function placeholders(message: string): string[] {
  const found = new Set<string>();
  const walk = (elements: readonly MessageFormatElement[]) => {
    for (const element of elements) {
      switch (element.type) {
        case TYPE.argument:
          found.add(element.value);
          break;
        case TYPE.number:
          found.add(`${element.value}:number`);
          break;
        case TYPE.date:
        case TYPE.time:
          found.add(`${element.value}:datetime`);
          break;
        case TYPE.plural:
        case TYPE.select:
          found.add(`${element.value}:${element.type === TYPE.plural ? 'plural' : 'select'}`);
          for (const option of Object.values(element.options)) walk(option.value);
          break;
        case TYPE.tag:
          walk(element.children);
          break;
        default:
          break;
      }
    }
  };
  walk(parse(message, { ignoreTag: true, requiresOtherClause: true }));
  return [...found].sort();
}

/** Code spans a member types or reads in Midjourney (`/speed reset`, `/info`), kept as they are. */
const codeSpans = (message: string) => (message.match(/`[^`]+`/g) ?? []).sort();

test('every language of BOT_LOCALES has a catalog', () => {
  expect(Object.keys(CATALOGS).sort()).toEqual([...BOT_LOCALES].sort());
});

describe.each(BOT_LOCALES.filter((locale) => locale !== SOURCE_LOCALE))('the %s catalog', (locale) => {
  const catalog: Readonly<Record<string, string>> = CATALOGS[locale] ?? {};

  test('has exactly the keys of the English source', () => {
    const keys = Object.keys(catalog);
    expect({ missing: sourceKeys.filter((key) => !(key in catalog)) }).toEqual({ missing: [] });
    expect({ extra: keys.filter((key) => !(key in enUS)) }).toEqual({ extra: [] });
  });

  test('uses the same named values as English in every message, and parses', () => {
    const differing = sourceKeys
      .filter((key) => key in catalog)
      .map((key) => ({ key, english: placeholders(enUS[key]), translated: placeholders(catalog[key] ?? '') }))
      .filter(({ english, translated }) => english.join() !== translated.join());
    expect(differing).toEqual([]);
  });

  test('keeps commands and Midjourney terms in code spans exactly as English has them', () => {
    const differing = sourceKeys
      .filter((key) => key in catalog && codeSpans(enUS[key]).length > 0)
      .filter((key) => codeSpans(enUS[key]).join() !== codeSpans(catalog[key] ?? '').join());
    expect(differing).toEqual([]);
  });

  test('is a translation: no message longer than a few words is left in English', () => {
    const untranslated = sourceKeys.filter(
      (key) => enUS[key].split(' ').length > 4 && catalog[key] === enUS[key],
    );
    expect(untranslated).toEqual([]);
  });
});

test('the English source parses, and every message is a whole string', () => {
  for (const key of sourceKeys) expect(() => placeholders(enUS[key]), key).not.toThrow();
});
