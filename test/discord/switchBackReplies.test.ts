/**
 * The replies and announcements of a time limit that holds through failures and halts stay within
 * Discord's 2000 characters in every language, however long the upstream's words are.
 */
import { describe, expect, test } from 'vitest';
import { switchBackAlert } from '../../src/discord/alerts/alertMessages.js';
import { resetReply } from '../../src/discord/haltReplies.js';
import { switchBackAnnouncement, switchReply } from '../../src/discord/switchReplies.js';
import type { SwitchBackResult } from '../../src/speed/results.js';
import type { PendingSwitchBack } from '../../src/speed/timedSpeed.js';
import type { HaltRecord } from '../../src/state/ChannelState.js';
import type { UpstreamWords } from '../../src/upstream/messages.js';
import { MIDJOURNEY_PROXY_WORDS } from '../../src/upstream/midjourneyProxy/words.js';
import { USEAPI_WORDS } from '../../src/useapi/words.js';
import { inEveryLanguage, rendered } from '../support/rendered.js';

const DISCORD_CONTENT_LIMIT = 2_000;
// Starts as midjourney-proxy's "Blocked" reason does, so its replies carry the gloss line too.
const LONG = 'Blocked for breaking the rules, '.repeat(400);
const ADMIN_ROLES = ['900000000000000001', '900000000000000002'];
const meta = { durationMs: 2_000, attempts: 1 };

/** The longest translation of `reply`, as Discord receives it before any cut. */
function longest(reply: Parameters<typeof inEveryLanguage>[0] | undefined): number {
  return reply ? Math.max(...[...inEveryLanguage(reply).values()].map((content) => content.length)) : 0;
}

const record: PendingSwitchBack = {
  id: 'limit',
  account: '810000000000000001',
  channelId: '810000000000000001',
  mode: 'turbo',
  minutes: 1_440,
  userId: '700000000000000001',
  requestedAt: '2026-12-06T10:00:00.000Z',
  dueAt: '2026-12-07T10:00:00.000Z',
};
const halt: HaltRecord = {
  since: '2026-12-06T10:00:00.000Z',
  command: 'turbo',
  userId: record.userId,
  upstreamText: LONG,
  cause: 'captcha',
  channelId: record.channelId,
  blockedUntil: '2026-12-09T10:00:00.000Z',
};
const retry = { attempt: 1, at: '2026-12-07T10:01:00.000Z' };
const failure = {
  kind: 'unavailable',
  reason: 'status',
  status: 500,
  upstreamMessage: LONG,
  ...meta,
} as const;

/** The reply to a reset, with the upstream's longest words, that runs `switchBack`. */
function resetRunning(switchBack: PendingSwitchBack, words: UpstreamWords) {
  return resetReply(
    {
      kind: 'reset',
      clearedHalt: halt,
      cleared: ['captcha'],
      account: { flagged: true, cause: 'moderation', moderationText: LONG, enabled: false },
      switchBack,
    },
    record.userId,
    words,
  );
}

/** Announced in the channel it was asked in and in 30 more mapped to the account. */
const widelyAnnounced: PendingSwitchBack = {
  ...record,
  alsoAnnouncedIn: Array.from(
    { length: 30 },
    (_, index) => `8200000000000001${String(index).padStart(2, '0')}`,
  ),
};

describe.each<[string, UpstreamWords]>([
  ['useapi.net', USEAPI_WORDS],
  ['midjourney-proxy', MIDJOURNEY_PROXY_WORDS],
])('with %s', (_upstream, words) => {
  test.each<[string, SwitchBackResult]>([
    ['failed', { kind: 'failed', outcome: failure, lateMs: 3_600_000, retry }],
    ['held by a halt', { kind: 'halted', halt, fresh: false, lateMs: 3_600_000 }],
    ['halted by itself', { kind: 'halted', halt, fresh: true, lateMs: 0, storeProblem: 'haltNotRecorded' }],
    [
      'late after failures',
      { kind: 'switched', changed: { content: LONG }, lateMs: 86_400_000, delayedBy: 'failures' },
    ],
  ])('the switch back %s fits a message, in the channel and the alert channel', (_what, result) => {
    const announcement = switchBackAnnouncement(record, result, ADMIN_ROLES, words);
    expect(announcement).toBeDefined();
    expect(longest(announcement)).toBeLessThanOrEqual(DISCORD_CONTENT_LIMIT);
    expect(longest(switchBackAlert(record, result, words))).toBeLessThanOrEqual(DISCORD_CONTENT_LIMIT);
  });

  test('a timed change that may have gone through, and its halt, fit a message with the limit note', () => {
    const failed = switchReply(
      { kind: 'failed', outcome: failure, switchBack: record, storeProblem: 'switchBackNotStored' },
      record.userId,
      ADMIN_ROLES,
      words,
    );
    expect(rendered(failed)).toContain('limit still applies');
    expect(longest(failed)).toBeLessThanOrEqual(DISCORD_CONTENT_LIMIT);
    const halted = switchReply(
      { kind: 'halted', halt, fresh: true, switchBack: record, storeProblem: 'switchBackNotStored' },
      record.userId,
      ADMIN_ROLES,
      words,
    );
    expect(rendered(halted)).toContain('limit still applies');
    expect(longest(halted)).toBeLessThanOrEqual(DISCORD_CONTENT_LIMIT);
  });

  test('a reset that runs a held switch back fits a message', () => {
    const reply = resetRunning(record, words);
    expect(rendered(reply)).toContain('switches back to **Relax** now');
    expect(longest(reply)).toBeLessThanOrEqual(DISCORD_CONTENT_LIMIT);
  });

  test('an earlier switch back kept by a change that may have gone through, and its reset, fit a message', () => {
    for (const result of [
      { kind: 'failed', outcome: failure, switchBack: widelyAnnounced, switchBackKept: true },
      { kind: 'halted', halt, fresh: true, switchBack: widelyAnnounced, switchBackKept: true },
    ] as const) {
      const reply = switchReply(
        { ...result, storeProblem: 'switchBackNotStored' },
        record.userId,
        ADMIN_ROLES,
        words,
      );
      expect(rendered(reply)).toContain('keeps its sooner switch back');
      expect(longest(reply)).toBeLessThanOrEqual(DISCORD_CONTENT_LIMIT);
    }
    const reset = resetRunning(widelyAnnounced, words);
    expect(rendered(reset)).toContain('says so in <#');
    expect(longest(reset)).toBeLessThanOrEqual(DISCORD_CONTENT_LIMIT);
  });
});
