import type { Locale } from 'discord.js';
import { expect, test } from 'vitest';
import speed from '../../commands/speed.js';
import { CATALOGS } from '../../src/i18n/catalogs/index.js';
import { BOT_LOCALES, SOURCE_LOCALE } from '../../src/i18n/locales.js';
import { render } from '../../src/i18n/render.js';
import { msg } from '../../src/i18n/text.js';
import { type CommandNode, commandSpecProblems, describedNodes } from '../support/commandSpec.js';

/** What `npm run deploy` sends for /speed. */
const definition = () => speed.data.toJSON() as unknown as CommandNode;

test('/speed fits every limit of Discord’s API description, its descriptions in every language registered', () => {
  expect(commandSpecProblems(definition())).toEqual([]);
});

test('the limit check names a translation over 100 characters and a locale Discord does not know', () => {
  const command = definition();
  const description_localizations = { ja: 'あ'.repeat(101), jp: '速い' };
  const options = command.options?.map((option) =>
    option.name === 'fast' ? { ...option, description_localizations } : option,
  );
  expect(commandSpecProblems({ ...command, options })).toEqual([
    '/speed fast.description_localizations.ja: 101 characters, not 1–100',
    '/speed fast.description_localizations.jp: not a Discord locale',
  ]);
});

test('each description is registered in every language whose catalog is in, and English is never filed under another language', () => {
  const nodes = describedNodes(definition());
  expect(nodes.map((node) => node.name)).toEqual([
    'speed',
    'fast',
    'minutes',
    'turbo',
    'minutes',
    'relax',
    'reset',
    'status',
    'history',
    'panel',
    'settings',
  ]);
  for (const locale of BOT_LOCALES.filter((candidate) => candidate !== SOURCE_LOCALE)) {
    for (const node of nodes) {
      const translation = node.description_localizations?.[locale];
      if (CATALOGS[locale] === undefined) expect(translation, `${node.name} in ${locale}`).toBeUndefined();
      else expect(translation, `${node.name} in ${locale}`).not.toBe(node.description);
    }
  }
  // The source language is the default description itself; British English reads it too.
  for (const node of nodes) {
    expect(node.description_localizations?.[SOURCE_LOCALE]).toBeUndefined();
    expect(node.description_localizations?.['en-GB']).toBeUndefined();
  }
});

test('names stay English in every language, so a mixed team types the same command', () => {
  for (const node of describedNodes(definition())) expect(node.name_localizations).toBeUndefined();
});

test('the English descriptions read as before, numbers without digit grouping', () => {
  const [command] = describedNodes(definition());
  const byName = new Map(command?.options?.map((option) => [option.name, option]));
  expect(command?.description).toBe("Switch or check the shared Midjourney account's speed mode");
  expect(byName.get('fast')?.options?.[0]?.description).toBe(
    'Switch back to Relax after this many minutes (1-1440)',
  );
  expect(byName.get('history')?.description).toBe(
    'Show the last 20 speed changes, resets and halts of the account',
  );
});

test('each translated description is the catalog’s own message in that language', () => {
  const command = speed.data.toJSON();
  const fast = command.options?.find((option) => option.name === 'fast');
  for (const locale of BOT_LOCALES.filter((code) => code !== SOURCE_LOCALE)) {
    const translated = render(msg('command.speed.fast'), locale);
    expect(translated, locale).not.toBe(render(msg('command.speed.fast'), SOURCE_LOCALE));
    expect(fast?.description_localizations?.[locale as Locale], locale).toBe(translated);
  }
});
