import { expect, test } from 'vitest';
import { proxyAccountSchema } from '../../src/upstream/midjourneyProxy/schemas.js';
import {
  CARD_TRUST_MS,
  cardAndInfoDisagree,
  cardIsTrusted,
  cardSentAt,
  shownMode,
} from '../../src/upstream/midjourneyProxy/settingsCard.js';
import { snowflakeAt } from '../standins/midjourneyProxy.js';
import { ManualClock } from '../support/manualClock.js';

const AT = Date.parse('2026-12-06T02:00:00.123Z');

/** An account as the proxy serialises it, with a card stored at `cardAt` showing `active` in green. */
function account(fields: { cardAt?: number; active?: string; jobMode?: string }) {
  return proxyAccountSchema.parse({
    id: 'acc-1',
    settingsMessageId: fields.cardAt === undefined ? null : snowflakeAt(fields.cardAt, 7),
    buttons: ['Fast mode', 'Turbo mode', 'Relax mode'].map((label) => ({
      customId: `MJ::Settings::${label}`,
      label,
      style: label === fields.active ? 3 : 2,
    })),
    properties: fields.jobMode ? { 'Job Mode': fields.jobMode } : {},
  });
}

test('the card is dated from its message id, a Discord snowflake, to the millisecond', () => {
  expect(cardSentAt(account({ cardAt: AT }))).toBe(AT);
  // A real-sized id, worked out by hand: (1181234567890123456 >> 22) + 1420070400000.
  expect(
    new Date(
      cardSentAt(proxyAccountSchema.parse({ id: 'a', settingsMessageId: '1181234567890123456' })) ?? 0,
    ).toISOString(),
  ).toBe('2023-12-04T14:04:27.262Z');
});

test.each([null, '', 'not-a-snowflake', '-5'])(
  'a card id %j dates nothing, so the card is not trusted',
  (id) => {
    const parsed = proxyAccountSchema.parse({ id: 'a', settingsMessageId: id });
    expect(cardSentAt(parsed)).toBeUndefined();
    expect(cardIsTrusted(parsed, new ManualClock(AT))).toBe(false);
  },
);

test('a card is trusted up to 6 hours, not after', () => {
  const clock = new ManualClock(AT + CARD_TRUST_MS - 1);
  expect(cardIsTrusted(account({ cardAt: AT }), clock)).toBe(true);
  clock.advance(1);
  expect(cardIsTrusted(account({ cardAt: AT }), clock)).toBe(false);
});

test('"Job Mode" wins over the card only when the /info reading is newer than the card', () => {
  const swapped = account({ cardAt: AT, active: 'Fast mode', jobMode: 'Turbo' });
  expect(shownMode(swapped, { infoAt: AT + 1 })).toBe('turbo');
  expect(shownMode(swapped, { infoAt: AT - 1 })).toBe('fast');
  expect(shownMode(swapped, {})).toBe('fast');
  expect(shownMode(account({ cardAt: AT, jobMode: 'Relaxed' }), { infoAt: AT - 1 })).toBe('relax');
  expect(shownMode(account({ cardAt: AT }), { infoAt: AT + 1 })).toBeUndefined();
});

test('the bot’s own click dates the card it edited in place: "Job Mode" wins only when read after it', () => {
  // /settings at AT, /info (Relaxed) a minute later, then the bot clicked Turbo: the card turned Turbo.
  const clicked = account({ cardAt: AT, active: 'Turbo mode', jobMode: 'Relaxed' });
  expect(shownMode(clicked, { infoAt: AT + 60_000, clickedAt: AT + 120_000 })).toBe('turbo');
  expect(shownMode(clicked, { infoAt: AT + 180_000, clickedAt: AT + 120_000 })).toBe('relax');
  // A click remembered from before the card's message does not make the card older.
  expect(shownMode(clicked, { infoAt: AT - 1, clickedAt: AT - 60_000 })).toBe('turbo');
  expect(
    shownMode(account({ active: 'Turbo mode', jobMode: 'Relaxed' }), { infoAt: AT, clickedAt: AT + 1 }),
  ).toBe('turbo');
});

test('the time of the /info reading is needed only when "Job Mode" and the card name different modes', () => {
  expect(cardAndInfoDisagree(account({ cardAt: AT, active: 'Fast mode', jobMode: 'Turbo' }))).toBe(true);
  expect(cardAndInfoDisagree(account({ cardAt: AT, active: 'Relax mode', jobMode: 'Relaxed' }))).toBe(false);
  expect(cardAndInfoDisagree(account({ cardAt: AT, jobMode: 'Turbo' }))).toBe(false);
  expect(cardAndInfoDisagree(account({ cardAt: AT, active: 'Fast mode' }))).toBe(false);
});
