import { expect, test } from 'vitest';
import { fastTimeFigures } from '../../src/discord/replyText.js';
import { duration } from '../../src/i18n/duration.js';
import { catalogLocale } from '../../src/i18n/locales.js';
import { render, renderWithin, SHORTEST_QUOTE } from '../../src/i18n/render.js';
import { lines, listOf, msg, verbatim } from '../../src/i18n/text.js';

test.each([
  ['zh-CN', 'zh-CN'],
  ['es-419', 'es-419'],
  ['en-GB', 'en-US'],
  ['it', 'en-US'],
  ['pt-PT', 'en-US'],
  [null, 'en-US'],
  [undefined, 'en-US'],
] as const)('Discord locale %s reads the %s catalog', (discord, catalog) => {
  expect(catalogLocale(discord)).toBe(catalog);
});

test('durations read as people say them, rounded up to the second', () => {
  const english = (ms: number) => render(duration(ms), 'en-US');
  expect(english(1)).toBe('1 s');
  expect(english(42_000)).toBe('42 s');
  expect(english(250_000)).toBe('4 min 10 s');
  expect(english(240_000)).toBe('4 min');
  expect(english(7_500_000)).toBe('2 h 5 min');
  expect(english(86_400_000)).toBe('24 h');
});

test("numbers follow the reader's locale: decimal marks and percent signs", () => {
  const figures = fastTimeFigures({ remainingHours: 12.5, totalHours: 30, percent: 41.666 });
  expect(render(figures, 'en-US')).toBe('12.5 of 30 hours left (41.67%)');
  expect(render(figures, 'de')).toMatch(/12,5.*30.*41,67\s%/);
  expect(render(fastTimeFigures({ remainingHours: 1 }), 'en-US')).toBe('1 hour left');
  expect(render(fastTimeFigures({ remainingHours: 1_234.5 }), 'en-US')).toBe('1,234.5 hours left');
});

test("lists are joined the way the reader's language joins them", () => {
  const modes = listOf([msg('mode.fast'), msg('mode.turbo'), msg('mode.relax')]);
  expect(render(modes, 'en-US')).toBe('Fast, Turbo, and Relax');
  expect(render(listOf([verbatim('<#1>'), verbatim('<#2>')], 'disjunction'), 'en-US')).toBe('<#1> or <#2>');
});

test('verbatim text and Discord markup are never touched, lines keep their order', () => {
  const text = lines(verbatim('> 账号用量已经用完 <t:1700000000:R> {not a placeholder}'), msg('mode.relax'));
  expect(render(text, 'ja')).toBe('> 账号用量已经用完 <t:1700000000:R> {not a placeholder}\nRelax');
});

test('a message missing one of its values fails loudly instead of showing a hole', () => {
  expect(() => render(msg('reply.timedLabel', { mode: msg('mode.fast') }), 'en-US')).toThrow(/duration/);
});

test("a message too long for Discord shortens the quotes in it, longest first, never the bot's own words", () => {
  const shortened = (text: string, limit: number) =>
    text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
  const long = { quote: 'x'.repeat(1_500), limit: 1_500, format: shortened };
  const short = { quote: 'y'.repeat(300), limit: 300, format: shortened };
  const message = lines(msg('reply.restarting'), long, short);
  const own = render(msg('reply.restarting'), 'de');

  const fitted = renderWithin(message, 'de', 1_000);
  expect(fitted.length).toBeLessThanOrEqual(1_000);
  expect(fitted.startsWith(`${own}\n`)).toBe(true);
  expect(fitted.endsWith(`\n${'y'.repeat(300)}`)).toBe(true);

  // With no room left, quotes keep their shortest useful length and the caller cuts what is over.
  const tight = renderWithin(message, 'de', 200);
  expect(tight).toContain(`\n${'x'.repeat(SHORTEST_QUOTE - 1)}…\n`);
});
