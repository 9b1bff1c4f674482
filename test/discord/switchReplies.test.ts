/**
 * The answers to `/speed fast|turbo|relax` and the switch-back announcements as members read them: the
 * headline that introduces Midjourney's quote, what the upstream read back, and the variants that were
 * single sentences glued together before they became catalog messages.
 */
import { expect, test } from 'vitest';
import { notSetUpReply, switchBackAnnouncement, switchReply } from '../../src/discord/switchReplies.js';
import type { SwitchBackResult, SwitchResult } from '../../src/speed/results.js';
import type { PendingSwitchBack } from '../../src/speed/timedSpeed.js';
import type { UpstreamWords } from '../../src/upstream/messages.js';
import { MIDJOURNEY_PROXY_WORDS } from '../../src/upstream/midjourneyProxy/words.js';
import type { SpeedChanged } from '../../src/upstream/port.js';
import { USEAPI_WORDS } from '../../src/useapi/words.js';
import { rendered } from '../support/rendered.js';

const MEMBER = '700000000000000001';
const FAST_TIME = { remainingHours: 0.15, totalHours: 30, percent: 0.5 };

/** The answer to `/speed turbo` whose upstream reported `changed`, as the channel reads it. */
function turboAnswer(changed: SpeedChanged, words: UpstreamWords = MIDJOURNEY_PROXY_WORDS): string {
  const result: SwitchResult = {
    kind: 'switched',
    mode: 'turbo',
    changed,
    recorded: Promise.resolve(undefined),
  };
  return rendered(switchReply(result, MEMBER, [], words));
}

test("Midjourney's words follow the headline that introduces them, each line of them quoted", () => {
  const lines = turboAnswer({ content: 'Done!\nTurbo mode is **on**' }, USEAPI_WORDS).split('\n');
  expect(lines).toEqual([
    `**Turbo mode** requested by <@${MEMBER}>. Midjourney says:`,
    '> Done!',
    '> Turbo mode is \\*\\*on\\*\\*',
  ]);
});

test('without words of Midjourney, the headline ends its sentence and the read-back follows', () => {
  expect(turboAnswer({ confirmation: { confirmed: true, jobMode: 'Turbo' } })).toBe(
    `**Turbo mode** requested by <@${MEMBER}>.\nmidjourney-proxy now reports job mode **Turbo**.`,
  );
  // Blank words from Midjourney are none: no "Midjourney says:" over an empty quote.
  expect(turboAnswer({ content: ' \n ' }, USEAPI_WORDS)).toBe(
    `**Turbo mode** requested by <@${MEMBER}>.\nuseapi.net accepted the request but sent back no reply from Midjourney, so the change is unconfirmed. Run \`/info\` in Midjourney to check the current mode.`,
  );
});

test('the read-back names the fast time when the upstream gave it, and warns of its auto-relax', () => {
  const lines = turboAnswer({
    alreadyActive: true,
    confirmation: { confirmed: true, fastHours: FAST_TIME, mayRevertToRelax: true },
  }).split('\n');
  expect(lines.slice(1)).toEqual([
    'midjourney-proxy shows the account already in **Turbo** mode, 0.15 of 30 hours left (0.5%) of fast time, so nothing was clicked (clicking the active mode could switch it off).',
    '⚠️ With this little fast time left, midjourney-proxy may switch the account to Relax by itself (it does so at 0.2 hours or less when its auto-relax is on).',
  ]);
  expect(turboAnswer({ confirmation: { confirmed: false, fastHours: FAST_TIME } })).toContain(
    'could not be confirmed in time (last reading 0.15 of 30 hours left (0.5%) of fast time). Run `/info`',
  );
  expect(turboAnswer({ confirmation: { confirmed: false } })).toContain(
    'could not be confirmed in time. Run `/info`',
  );
});

test('a job mode the upstream reports in its own words is shown as typed, never as markdown', () => {
  expect(turboAnswer({ confirmation: { confirmed: true, jobMode: 'Turbo** @everyone' } })).toContain(
    'now reports job mode **Turbo\\*\\* \\@everyone**.',
  );
});

test('a channel without the bot lists where it works as a choice', () => {
  const routes = new Map([
    ['111111111111111111', 'a'],
    ['222222222222222222', 'b'],
  ]);
  expect(rendered(notSetUpReply({ routes, fallback: undefined }))).toContain(
    'nothing was sent. Use it in <#111111111111111111> or <#222222222222222222>. (The bot',
  );
  expect(rendered(notSetUpReply({ routes: new Map(), fallback: undefined }))).toContain(
    'nothing was sent. (The bot',
  );
});

test('a full queue counts the requests waiting', () => {
  const full = (waiting: number) =>
    rendered(switchReply({ kind: 'queueFull', waiting }, MEMBER, [], USEAPI_WORDS));
  expect(full(1)).toContain('already has 1 speed request waiting.');
  expect(full(20)).toContain('already has 20 speed requests waiting.');
});

const record: PendingSwitchBack = {
  id: 'limit',
  account: '810000000000000001',
  channelId: '810000000000000001',
  mode: 'turbo',
  minutes: 30,
  userId: MEMBER,
  requestedAt: '2026-12-06T10:00:00.000Z',
  dueAt: '2026-12-06T10:30:00.000Z',
};
const announced = (result: SwitchBackResult) =>
  rendered(switchBackAnnouncement(record, result, [], USEAPI_WORDS) ?? { verbatim: '(nothing)' });

test('a switch back quotes Midjourney under its headline and says on a line of its own why it ran late', () => {
  expect(
    announced({ kind: 'switched', changed: { content: 'Relax mode on' }, lateMs: 900_000 }).split('\n'),
  ).toEqual([
    `⏱️ Time is up for **Turbo** for 30 min (asked by <@${MEMBER}>): switched back to **Relax mode**. Midjourney says:`,
    '> Relax mode on',
    '(15 min late: the bot was not running when the time was up.)',
  ]);
  expect(
    announced({ kind: 'switched', changed: { content: 'ok' }, lateMs: 59_000, delayedBy: 'failures' }),
  ).not.toContain('late');
});

test('a failed switch back says what failed and when it is tried again on one line, and is said once', () => {
  const failed = (attempt: number): SwitchBackResult => ({
    kind: 'failed',
    outcome: { kind: 'unavailable', reason: 'status', status: 503, durationMs: 1, attempts: 1 },
    lateMs: 0,
    retry: { attempt, at: '2026-12-06T10:31:00.000Z' },
  });
  expect(announced(failed(1))).toMatch(
    /^⏱️ Time is up for .*, but switching back to Relax failed: useapi\.net had a problem \(HTTP 503\)\. Try again in a few minutes\. The account may still be in Turbo mode: the bot tries again <t:\d+:R> and keeps trying/,
  );
  expect(announced(failed(1))).not.toContain('\n');
  expect(switchBackAnnouncement(record, failed(2), [], USEAPI_WORDS)).toBeUndefined();
});
