/** `/speed history` as a member reads it: one line per entry, newest first, within Discord's limit. */
import { describe, expect, test } from 'vitest';
import { MESSAGE_LIMIT } from '../../src/discord/replies.js';
import { historyReply } from '../../src/discord/statusReplies.js';
import { HISTORY_LIMIT, type HistoryEntry } from '../../src/state/History.js';
import type { UpstreamWords } from '../../src/upstream/messages.js';
import { MIDJOURNEY_PROXY_WORDS } from '../../src/upstream/midjourneyProxy/words.js';
import { USEAPI_WORDS } from '../../src/useapi/words.js';
import { inEveryLanguage, rendered } from '../support/rendered.js';

const MEMBER = '700000000000000001';
const AT = '2026-12-06T10:00:00.000Z';
const WHEN = `<t:${Date.parse(AT) / 1_000}:f>`;
const entry = (fields: Partial<HistoryEntry>): HistoryEntry => ({
  at: AT,
  userId: MEMBER,
  action: 'fast',
  outcome: 'done',
  ...fields,
});

/** The one line of a history holding only `fields`' entry. */
const line = (fields: Partial<HistoryEntry>, words: UpstreamWords = USEAPI_WORDS) =>
  rendered(historyReply([entry(fields)], words)).split('\n')[1];

test('without entries, or without a store, it says so', () => {
  expect(rendered(historyReply([], USEAPI_WORDS))).toBe(
    'No speed changes, resets or halts recorded for this Midjourney account yet.',
  );
  expect(rendered(historyReply(undefined, USEAPI_WORDS))).toBe(
    "The bot's state store is not answering, so the history cannot be shown. Tell the bot's operator.",
  );
});

test('the heading counts the entries, in the singular for one', () => {
  expect(rendered(historyReply([entry({})], USEAPI_WORDS)).split('\n')[0]).toBe(
    '**Last 1 speed change, reset or halt** of this Midjourney account (newest first):',
  );
  const three = rendered(historyReply([entry({}), entry({}), entry({})], USEAPI_WORDS)).split('\n');
  expect(three[0]).toBe(
    '**Last 3 speed changes, resets and halts** of this Midjourney account (newest first):',
  );
  expect(three).toHaveLength(4);
});

test.each<[string, Partial<HistoryEntry>, string]>([
  ['an untimed change', { action: 'turbo' }, `**Turbo** by <@${MEMBER}>: ✅`],
  ['a timed change', { action: 'fast', minutes: 90 }, `**Fast** for 1 h 30 min by <@${MEMBER}>: ✅`],
  ['a reset', { action: 'reset' }, `**Reset** by <@${MEMBER}>: ✅`],
  [
    'a fast-hours check that met a halt',
    { action: 'info', outcome: 'halted' },
    `Fast-hours check by <@${MEMBER}>: ⛔ met a moderation halt`,
  ],
  [
    'a mode already active',
    { action: 'relax', outcome: 'alreadyActive' },
    `**Relax** by <@${MEMBER}>: ✅ already active`,
  ],
  [
    'a switch back on time',
    { action: 'relax', after: { mode: 'turbo', minutes: 30 } },
    `**Relax**, automatically after **Turbo** for 30 min by <@${MEMBER}>: ✅`,
  ],
  [
    'a switch back late',
    { action: 'relax', after: { mode: 'turbo', minutes: 30 }, lateMs: 125_000 },
    `**Relax**, automatically after **Turbo** for 30 min by <@${MEMBER}>: ✅, 2 min 5 s late`,
  ],
  [
    'a switch back a few seconds late (not worth saying)',
    { action: 'relax', after: { mode: 'turbo', minutes: 30 }, lateMs: 59_000 },
    `**Relax**, automatically after **Turbo** for 30 min by <@${MEMBER}>: ✅`,
  ],
  [
    'a switch back held by a halt',
    { action: 'relax', after: { mode: 'fast', minutes: 60 }, outcome: 'skippedHalted', lateMs: 3_600_000 },
    `**Relax**, automatically after **Fast** for 1 h by <@${MEMBER}>: ⏸️ not sent: the account was halted, 1 h late`,
  ],
  ['a failure of no known kind', { outcome: 'failed' }, `**Fast** by <@${MEMBER}>: ❌ failed`],
])('%s', (_what, fields, expected) => {
  expect(line(fields)).toBe(`${WHEN} ${expected}`);
});

describe.each([
  ['useapi.net', USEAPI_WORDS, 'API token'],
  ['midjourney-proxy', MIDJOURNEY_PROXY_WORDS, 'admin token'],
] as const)('failures at %s', (name, words, token) => {
  test.each<[NonNullable<HistoryEntry['failure']>, string]>([
    ['busy', `${name} busy`],
    ['unauthorized', `${token} rejected`],
    ['noSubscription', `no ${name} subscription`],
    ['badRequest', 'request rejected as invalid'],
    ['notFound', 'no account configured'],
    ['accountDisabled', `account switched off at ${name}`],
    ['discontinued', `${name} no longer serves Midjourney`],
    ['unavailable', `${name} unavailable`],
  ])('%s', (failure, phrase) => {
    expect(line({ outcome: 'failed', failure }, words)).toBe(
      `${WHEN} **Fast** by <@${MEMBER}>: ❌ failed (${phrase})`,
    );
  });
});

test('a full history of timed changes fits a Discord message in every language', () => {
  const timed = entry({ action: 'turbo', minutes: 1_439, outcome: 'alreadyActive' });
  const reply = historyReply(Array(HISTORY_LIMIT).fill(timed), USEAPI_WORDS);
  for (const [locale, text] of inEveryLanguage(reply))
    expect(text.length, locale).toBeLessThanOrEqual(MESSAGE_LIMIT);
});
