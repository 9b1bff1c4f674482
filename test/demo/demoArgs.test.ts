import { expect, test } from 'vitest';
import { DEMO_USAGE, parseDemoArgs } from '../../demo/demoArgs.js';

test('without flags the demo plays against useapi.net in English', () => {
  expect(parseDemoArgs([])).toEqual({ options: { upstream: 'useapi', locale: 'en-US' } });
});

test('--locale and --upstream are read in either order', () => {
  const expected = { options: { upstream: 'midjourney-proxy', locale: 'ja' } };
  expect(parseDemoArgs(['--locale', 'ja', '--upstream', 'midjourney-proxy'])).toEqual(expected);
  expect(parseDemoArgs(['--upstream', 'midjourney-proxy', '--locale', 'ja'])).toEqual(expected);
  expect(parseDemoArgs(['--locale', 'es-419'])).toEqual({
    options: { upstream: 'useapi', locale: 'es-419' },
  });
});

test('a locale the bot has no language for is named with the ones it has', () => {
  expect(parseDemoArgs(['--locale', 'jp'])).toEqual({
    problem:
      'unknown locale "jp": use one of en-US, zh-CN, zh-TW, ja, ko, es-ES, es-419, pt-BR, fr, de, ru (Discord\'s locale codes)',
  });
  // Discord's British English reads the English catalog, but the demo plays only the bot's own languages.
  expect(parseDemoArgs(['--locale', 'en-GB'])).toMatchObject({ problem: expect.stringContaining('"en-GB"') });
});

test('a flag without its value, twice, or unknown is refused', () => {
  expect(parseDemoArgs(['--locale'])).toEqual({ problem: '--locale needs a value' });
  expect(parseDemoArgs(['--locale', '--upstream', 'useapi'])).toEqual({ problem: '--locale needs a value' });
  expect(parseDemoArgs(['--locale', 'ja', '--locale', 'fr'])).toEqual({
    problem: 'unexpected arguments: --locale ja --locale fr',
  });
  expect(parseDemoArgs(['--lang', 'ja'])).toEqual({ problem: 'unexpected arguments: --lang ja' });
  expect(parseDemoArgs(['--upstream', 'useapi.com'])).toEqual({ problem: 'unknown upstream "useapi.com"' });
});

test('the usage line lists both flags and every value they take', () => {
  expect(DEMO_USAGE).toBe(
    'usage: npm run demo [-- --upstream useapi|midjourney-proxy] [--locale en-US|zh-CN|zh-TW|ja|ko|es-ES|es-419|pt-BR|fr|de|ru]',
  );
});
