import { describe, expect, test } from 'vitest';
import { parseBlockEnd } from '../../src/speed/blockEnd.js';

const SINCE = Date.parse('2026-03-10T08:30:00Z');
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const endOf = (text: string) => {
  const end = parseBlockEnd(text, SINCE);
  return end === undefined ? undefined : new Date(end).toISOString();
};

describe('a duration counts from when the halt was met', () => {
  test.each([
    ['You have been blocked from using Midjourney for 3 days.', SINCE + 3 * DAY],
    ['Blocked, You have been temporarily blocked for 24 hours for breaking the rules', SINCE + 24 * HOUR],
    ['Your access is suspended for 1 week.', SINCE + 7 * DAY],
    ['suspended for 2 weeks', SINCE + 14 * DAY],
    ['You are blocked for a day', SINCE + DAY],
    ['Timed out for an hour.', SINCE + HOUR],
    ['timed out for 30 minutes', SINCE + 30 * 60_000],
    ['Blocked for 12h', SINCE + 12 * HOUR],
    ['You will be unblocked in 48 hours.', SINCE + 48 * HOUR],
    ['This block expires in three days.', SINCE + 3 * DAY],
    ['Pending mod message, You have been BLOCKED FOR 7 DAYS', SINCE + 7 * DAY],
    ['a 24-hour block: blocked for 24-hours', SINCE + 24 * HOUR],
  ])('%s', (text, end) => {
    expect(parseBlockEnd(text, SINCE)).toBe(end);
  });
});

describe('"until" a date, in the forms Midjourney and the upstreams write', () => {
  test.each([
    ['Blocked until <t:1773504000:F>.', '2026-03-14T16:00:00.000Z'],
    ['blocked until <t:1773504000>', '2026-03-14T16:00:00.000Z'],
    ['Your account is suspended until 2026-03-15T12:00:00Z.', '2026-03-15T12:00:00.000Z'],
    ['Your account is suspended until 2026-03-15T12:00:00.000+02:00', '2026-03-15T10:00:00.000Z'],
    ['suspended until 2026-03-15 14:00 UTC', '2026-03-15T14:00:00.000Z'],
    ['suspended until 2026-03-15', '2026-03-15T00:00:00.000Z'],
    ['You are blocked until March 17, 2026 at 2:00 PM UTC.', '2026-03-17T14:00:00.000Z'],
    ['blocked until Mar 17, 2026', '2026-03-17T00:00:00.000Z'],
    ['blocked until 17 March 2026 09:15', '2026-03-17T09:15:00.000Z'],
    ['blocked until December 5th', '2026-12-05T00:00:00.000Z'],
    ['blocked until January 2', '2027-01-02T00:00:00.000Z'],
  ])('%s', (text, end) => {
    expect(endOf(text)).toBe(end);
  });
});

describe('text that names no end changes nothing', () => {
  test.each([
    ['You have a pending moderation message. Please acknowledge it before using the bot further.'],
    [
      'Your Discord account has received a pending moderation message from Midjourney. Please address this issue and POST account/midjourney/123/reset before making any new API calls.',
    ],
    [
      'All API calls will be halted until you clear this field by posting to account/midjourney/channel/reset.',
    ],
    ['CF 人工验证...'],
    ['You have been permanently banned for breaking the rules.'],
    ['blocked until 2026-03-01'], // already past when the halt was met
    ['blocked until February 30, 2026'], // no such day
    ['blocked for 0 days'],
    ['blocked for 5000 days'], // longer than any block that ends
    [''],
  ])('%s', (text) => {
    expect(parseBlockEnd(text, SINCE)).toBeUndefined();
  });
});

test('the first end the text names is the block’s', () => {
  expect(endOf('Blocked for 2 days. Repeated violations: blocked for 2 weeks.')).toBe(
    new Date(SINCE + 2 * DAY).toISOString(),
  );
});

describe('an end the text does not pin down is no end, so no reminder comes before the block ends', () => {
  test.each([
    ['suspended until March 2027.'], // a month, not a day: the year is no "20th"
    ['blocked until January 2028.'],
    ['suspended until 2026-03-15 14:00 IST.'], // India, Israel or Ireland: hours apart
    ['suspended until 2026-03-15 14:00 CST'], // US Central or China
    ['suspended until March 17, 2026 at 2:00 PM XYZ.'], // no zone the bot knows
    ['suspended until 2026-03-15 14:99 UTC.'],
    ['suspended until 2026-03-15 25:00'],
    ['suspended until 2026-03-15T23:59:60Z'],
    ['blocked until March 17, 2026 at 13:00 PM'],
    ['blocked until February 30, 2026 at 10:00'],
  ])('%s', (text) => {
    expect(parseBlockEnd(text, SINCE)).toBeUndefined();
  });
});

describe('a zone written after the time is honoured', () => {
  test.each([
    ['suspended until 2026-03-15 14:00 PST.', '2026-03-15T22:00:00.000Z'],
    ['suspended until 2026-03-15 14:00 PDT', '2026-03-15T21:00:00.000Z'],
    ['blocked until March 17, 2026 at 2:00 PM EST', '2026-03-17T19:00:00.000Z'],
    ['blocked until March 17, 2026 at 2:00 PM (CET)', '2026-03-17T13:00:00.000Z'],
    ['blocked until 17 March 2026 09:15 JST', '2026-03-17T00:15:00.000Z'],
    ['blocked until 2026-03-15 14:00 UTC+8', '2026-03-15T06:00:00.000Z'],
    ['blocked until 2026-03-15 14:00 GMT-05:00', '2026-03-15T19:00:00.000Z'],
    ['blocked until 2026-03-15 14:00 utc', '2026-03-15T14:00:00.000Z'],
    ['blocked until 2026-03-15 14:00  ( PST )', '2026-03-15T22:00:00.000Z'],
    ['blocked until 2026-03-15 14:00 and then reviewed', '2026-03-15T14:00:00.000Z'], // no zone: UTC
    ['blocked until December 5 at 12:30 AM', '2026-12-05T00:30:00.000Z'],
  ])('%s', (text, end) => {
    expect(endOf(text)).toBe(end);
  });
});
