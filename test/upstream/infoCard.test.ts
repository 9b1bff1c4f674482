import { expect, test } from 'vitest';
import { parseInfoCardFastHours } from '../../src/upstream/fastHours.js';
import { useapiBodies } from '../standins/useapi.js';

test('the fast time is read from the /info card useapi.net relays', () => {
  const content = useapiBodies.infoContent({
    mode: 'fast',
    fastHoursRemaining: 12.5,
    fastHoursTotal: 30,
    maxJobs: 3,
  });
  expect(parseInfoCardFastHours(content)).toEqual({
    remainingHours: 12.5,
    totalHours: 30,
    percent: 41.67,
  });
});

test('the documented example line parses, whatever lines surround it', () => {
  const content =
    '**User ID**: <user id>\n**Subscription**: Mega (Active monthly, renews next on <t:1705181223>)\n' +
    'Something new: 42\n**Fast Time Remaining**: 60.0/60.0 hours (100%)\n**Lifetime Usage**: 11170 images (120.63 hours)';
  expect(parseInfoCardFastHours(content)).toMatchObject({ remainingHours: 60, totalHours: 60, percent: 100 });
});

test('without bold, with a comma decimal or without a percentage the line still parses', () => {
  expect(parseInfoCardFastHours('Fast Time Remaining: 1,5/15 hours')).toMatchObject({
    remainingHours: 1.5,
    totalHours: 15,
    percent: 10,
  });
  expect(parseInfoCardFastHours('**fast time remaining:** 0.0/3.3 hours (0.00%)')).toMatchObject({
    remainingHours: 0,
    percent: 0,
  });
});

test('a card without a readable Fast Time Remaining line gives no fast time', () => {
  expect(parseInfoCardFastHours('**User ID**: 1\n**Subscription**: Basic')).toBeUndefined();
  expect(parseInfoCardFastHours('**Fast Time Remaining**: unlimited')).toBeUndefined();
  expect(parseInfoCardFastHours('')).toBeUndefined();
});
