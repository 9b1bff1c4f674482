/**
 * Every parser of upstream text stays linear on hostile input. The text comes from useapi.net (a 64 KiB
 * body) or midjourney-proxy (1 MiB), so a regex that backtracks quadratically on it stops the bot: the
 * /info card parser took 5.4 s on 3,200 blanks and hours on a 64 KiB card. Each parser gets 64 KiB of
 * every shape that makes a careless quantifier backtrack; the bound is far from what a quadratic parser
 * needs (seconds to hours) and far above what a linear one does (milliseconds).
 */
import { describe, expect, test } from 'vitest';
import { quoteUntrusted } from '../../src/discord/replies.js';
import { parseBlockEnd } from '../../src/speed/blockEnd.js';
import { parseFastHours, parseInfoCardFastHours, parseInfoLines } from '../../src/upstream/fastHours.js';
import { inlineUntrusted } from '../../src/upstream/messages.js';
import { fastHoursOf } from '../../src/upstream/midjourneyProxy/accountState.js';
import { classifyProxyResponse } from '../../src/upstream/midjourneyProxy/classify.js';
import { readAccountBody, readJobBody } from '../../src/useapi/bodyReaders.js';
import { classifyResponse } from '../../src/useapi/classifyResponse.js';
import { parseRetryAfter } from '../../src/useapi/retryAfter.js';

const SIZE = 64 * 1_024;
/** Generous: a linear parser needs a few milliseconds for 64 KiB, a quadratic one seconds to hours. */
const BOUND_MS = 1_000;

// Runs a quantifier can spend itself on, and the words the parsers look for, each repeated to SIZE.
const SEEDS = [
  ' ',
  '\t',
  '\n',
  ' \n',
  '1',
  '1.',
  '1 ',
  '1/',
  '1 h ',
  ':',
  '*',
  '_',
  '**a',
  '%',
  '/',
  '-',
  '<',
  '> ',
  'a',
  'for ',
  'for 1',
  'ends in ',
  'until ',
  'until 1',
  'until Dec ',
  'until 2026-',
  '12:',
  'no longer ',
  'shut ',
];
const ENDINGS = ['', 'x', ':', '%'];

function* hostileTexts(): Generator<string> {
  for (const seed of SEEDS) {
    const run = seed.repeat(Math.ceil(SIZE / seed.length)).slice(0, SIZE);
    for (const ending of ENDINGS) yield run + ending;
  }
}

/** The hostile shapes that `parse` took longer than {@link BOUND_MS} on, with the time it took. */
function slowShapes(parse: (text: string) => unknown): string[] {
  const slow: string[] = [];
  for (const text of hostileTexts()) {
    const started = performance.now();
    parse(text);
    const ms = performance.now() - started;
    if (ms > BOUND_MS)
      slow.push(`${JSON.stringify(text.slice(0, 12))}…${JSON.stringify(text.slice(-2))}: ${ms} ms`);
  }
  return slow;
}

const job = (content: string) => JSON.stringify({ status: 'completed', content });

describe.each<[string, (text: string) => unknown]>([
  ['a Fast Time Remaining value (midjourney-proxy)', (text) => parseFastHours(text)],
  ['a value after a readable number of hours', (text) => parseFastHours(`1 h ${text}`)],
  ['an /info card (useapi.net)', (text) => parseInfoCardFastHours(text)],
  ['an /info card with the line', (text) => parseInfoCardFastHours(`**Fast Time Remaining**: ${text}`)],
  [
    'an /info card relayed in a job body',
    (text) => readJobBody({ status: 200, headers: {}, body: job(text) }),
  ],
  [
    'a midjourney-proxy account',
    (text) => fastHoursOf({ id: 'a', buttons: [], fastTimeRemaining: text, infoUpdated: text }),
  ],
  ['a block end in moderation text', (text) => parseBlockEnd(text, 0)],
  [
    'a useapi.net error body',
    (text) => classifyResponse({ status: 400, headers: {}, body: text }, readJobBody, 0),
  ],
  [
    'a useapi.net success body',
    (text) => classifyResponse({ status: 200, headers: {}, body: text }, readJobBody, 0),
  ],
  [
    'a useapi.net account',
    (text) =>
      readAccountBody({ status: 200, headers: {}, body: JSON.stringify({ pendingModMessage: text }) }),
  ],
  [
    'a midjourney-proxy body',
    (text) => classifyProxyResponse({ status: 200, headers: {}, body: text }, () => undefined),
  ],
  [
    'a midjourney-proxy refusal',
    (text) =>
      classifyProxyResponse(
        { status: 200, headers: {}, body: JSON.stringify({ success: false, message: text }) },
        () => undefined,
      ),
  ],
  ['a Retry-After header', (text) => parseRetryAfter(text, 0)],
  ['upstream words quoted in a sentence', (text) => inlineUntrusted(text)],
  ['upstream words quoted as a block', (text) => quoteUntrusted(text, 1_000)],
])('%s', (_name, parse) => {
  test('64 KiB of hostile text is read in linear time', () => {
    expect(slowShapes(parse)).toEqual([]);
  });
});

test('an /info card line of 64 KiB blanks is no line, and the real line after it is still read', () => {
  const card = `${' '.repeat(SIZE)}a\n**Fast Time Remaining**: 12.5/30.0 hours (41.67%)`;
  expect(parseInfoLines(card).size).toBe(1);
  expect(parseInfoCardFastHours(card)).toEqual({ remainingHours: 12.5, totalHours: 30, percent: 41.67 });
});

test('a value followed by 64 KiB of digits keeps its hours and finds no percentage in the digits', () => {
  expect(parseFastHours(`1 h ${'9'.repeat(SIZE)}%`)).toEqual({
    remainingHours: 1,
    totalHours: undefined,
    percent: undefined,
  });
});
