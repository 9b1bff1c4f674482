/**
 * `/speed status` as a member reads it: the channel's state, fast time, the upstream's view for admins,
 * the routing and the store; and within Discord's 2,000 characters in every language.
 */
import { describe, expect, test } from 'vitest';
import { modesLine } from '../../src/discord/modeAccess.js';
import { MESSAGE_LIMIT } from '../../src/discord/replies.js';
import { type StatusContext, statusReply } from '../../src/discord/statusReplies.js';
import { lines, msg } from '../../src/i18n/text.js';
import type { ChannelStatus, FastTimeStatus } from '../../src/speed/results.js';
import type { PendingSwitchBack } from '../../src/speed/timedSpeed.js';
import type { HaltRecord } from '../../src/state/ChannelState.js';
import type { UpstreamWords } from '../../src/upstream/messages.js';
import { MIDJOURNEY_PROXY_WORDS } from '../../src/upstream/midjourneyProxy/words.js';
import type { UpstreamOutcome } from '../../src/upstream/outcomes.js';
import type { AccountReport } from '../../src/upstream/port.js';
import { USEAPI_WORDS } from '../../src/useapi/words.js';
import { inEveryLanguage, rendered } from '../support/rendered.js';

const MEMBER = '700000000000000001';
const CHANNEL = '810000000000000001';
const meta = { durationMs: 1_000, attempts: 1 };
const SQLITE = msg('status.store.sqlite', { location: './data/state.sqlite' });

/** A Discord timestamp as the bot writes it. */
const stamp = (iso: string, style: 'f' | 'R') => `<t:${Date.parse(iso) / 1_000}:${style}>`;
const at = (iso: string) => `${stamp(iso, 'f')} (${stamp(iso, 'R')})`;

const NOTHING: ChannelStatus = { halt: undefined, lastChange: undefined };

function status(channel: Partial<ChannelStatus>, context: Partial<StatusContext> = {}): string {
  return rendered(
    statusReply({ ...NOTHING, ...channel }, { storeDescription: SQLITE, words: USEAPI_WORDS, ...context }),
  );
}

const halt: HaltRecord = {
  since: '2026-12-06T10:00:00.000Z',
  command: 'turbo',
  userId: MEMBER,
  upstreamText: 'Pending mod message',
  cause: 'moderation',
  channelId: CHANNEL,
};

const switchBack: PendingSwitchBack = {
  id: 'sb',
  account: CHANNEL,
  channelId: CHANNEL,
  mode: 'turbo',
  minutes: 30,
  userId: MEMBER,
  requestedAt: '2026-12-06T10:00:00.000Z',
  dueAt: '2026-12-06T10:30:00.000Z',
};

describe('the channel’s state', () => {
  test('a quiet account: not halted, no change, and where the state lives', () => {
    expect(status({})).toBe(
      [
        '✅ Not halted: speed changes are allowed.',
        'Last speed change: none recorded.',
        'State store: SQLite file ./data/state.sqlite.',
      ].join('\n'),
    );
  });

  test('a Redis store is named with its location', () => {
    const redis = msg('status.store.redis', { location: 'redis://cache.internal:6379/0' });
    expect(status({}, { storeDescription: redis })).toContain(
      'State store: Redis at redis://cache.internal:6379/0.',
    );
  });

  test('the last change says who made it, or whom an automatic switch back was for', () => {
    const change = { mode: 'turbo', userId: MEMBER, at: '2026-12-06T09:00:00.000Z' } as const;
    expect(status({ lastChange: change })).toContain(
      `Last speed change: **Turbo** by <@${MEMBER}> at ${at(change.at)}.`,
    );
    expect(status({ lastChange: { ...change, mode: 'relax', automatic: true } })).toContain(
      `Last speed change: **Relax** (automatic switch back) for <@${MEMBER}> at ${at(change.at)}.`,
    );
  });

  test('a halt says since when and what met it, quotes the upstream, and says when the block ends', () => {
    const blockedUntil = '2026-12-09T10:00:00.000Z';
    const shown = status({ halt: { ...halt, blockedUntil } });
    expect(shown).toContain(
      `⛔ **Halted** since ${at(halt.since)}; \`/speed turbo\` by <@${MEMBER}> met it.\n> Pending mod message\n`,
    );
    expect(shown).toContain(
      `🗓️ The moderation text says the block ends <t:${Date.parse(blockedUntil) / 1_000}:F> (${stamp(blockedUntil, 'R')}).`,
    );
    expect(shown).not.toContain('Not halted');
  });

  test('a halt only the upstream’s flag told of names the upstream', () => {
    expect(status({ halt: { ...halt, command: 'unknown', upstreamText: '' } })).toContain(
      `⛔ **Halted** since ${at(halt.since)}; useapi.net flagged the account.\nLast speed change`,
    );
  });

  test('a pending switch back: when it is due, or overdue while halted or retrying', () => {
    expect(status({ switchBack })).toContain(
      `⏱️ Switches back to **Relax** at ${at(switchBack.dueAt)}: **Turbo** for 30 min set by <@${MEMBER}>.`,
    );
    expect(status({ switchBack, switchBackOverdue: true, halt })).toContain(
      `⏱️ Switch back to **Relax** overdue since ${stamp(switchBack.dueAt, 'R')}: **Turbo** for 30 min set by <@${MEMBER}>. The account may still be in Turbo mode; it switches back right after \`/speed reset\`.`,
    );
    expect(status({ switchBack, switchBackOverdue: true })).toContain(
      `⏱️ Switch back to **Relax** overdue since ${stamp(switchBack.dueAt, 'R')}, retrying: **Turbo** for 30 min set by <@${MEMBER}>. The account may still be in Turbo mode; \`/speed relax\` switches now.`,
    );
  });

  test('a store that does not answer leaves only its note, then what could still be read', () => {
    const shown = status({
      storeProblem: 'haltUnreadable',
      halt,
      switchBack,
      fastTime: { kind: 'unchecked' },
    });
    expect(shown).toBe(
      [
        "⚠️ The bot's state store is not answering, so it could not check for a moderation halt; useapi.net still blocks a halted account. Tell the bot's operator.",
        'Fast time remaining: unknown (not asked while the bot cannot check for a halt).',
        'State store: SQLite file ./data/state.sqlite.',
      ].join('\n'),
    );
  });

  test('a channel routed to another account by CHANNEL_MAP names that account', () => {
    expect(status({}, { mappedAccount: '810000000000000009' })).toContain(
      'useapi.net channel: `810000000000000009` (set by CHANNEL_MAP).',
    );
    expect(status({})).not.toContain('CHANNEL_MAP');
  });
});

describe('fast time', () => {
  const readAt = '2026-12-06T09:58:00.000Z';
  test.each<[string, FastTimeStatus, string]>([
    [
      'known, with when it was read',
      { kind: 'known', fastTime: { remainingHours: 12.5, totalHours: 30, percent: 41.67, at: readAt } },
      `Fast time remaining: **12.5 of 30 hours left (41.67%)**, per Midjourney's /info ${stamp(readAt, 'R')}.`,
    ],
    [
      'running low',
      { kind: 'known', fastTime: { remainingHours: 1, totalHours: 30, percent: 3.33, at: readAt } },
      `Fast time remaining: **1 of 30 hours left (3.33%)** ⚠️ running low, per Midjourney's /info ${stamp(readAt, 'R')}.`,
    ],
    [
      'known, undated',
      { kind: 'known', fastTime: { remainingHours: 1, percent: 5 } },
      "Fast time remaining: **1 hour left** ⚠️ running low, per Midjourney's /info (when it was read is unknown).",
    ],
    [
      'missing from /info',
      { kind: 'missing', at: readAt },
      "Fast time remaining: unknown (Midjourney's /info did not show it).",
    ],
    [
      'not asked while halted',
      { kind: 'halted' },
      'Fast time remaining: unknown (not asked while the account is halted).',
    ],
    [
      'not asked while busy',
      { kind: 'busy' },
      'Fast time remaining: unknown (too many requests are waiting for this account; try again in a minute).',
    ],
    [
      'not asked while restarting',
      { kind: 'restarting' },
      'Fast time remaining: unknown (the bot is restarting; try again in a moment).',
    ],
    [
      'asked, and the upstream failed',
      { kind: 'failed', outcome: { kind: 'unavailable', reason: 'status', status: 502, ...meta } },
      'Fast time remaining: unknown. useapi.net had a problem (HTTP 502). Try again in a few minutes.',
    ],
  ])('%s', (_what, fastTime, line) => {
    expect(status({ fastTime }).split('\n')).toContain(line);
  });
});

describe('the upstream’s view of the account, for admins', () => {
  const CAPTCHA_URL = 'https://proxy.test/cf/verify?state=ticket';
  const admin = (account: UpstreamOutcome<AccountReport>, words: UpstreamWords = USEAPI_WORDS) =>
    status({}, { account, words });
  const report = (value: AccountReport) => ({ kind: 'success', value, ...meta }) as const;

  test('a CAPTCHA lock gives its link, without a preview, and the job mode', () => {
    expect(
      admin(
        report({ flagged: true, cause: 'captcha', captchaUrl: CAPTCHA_URL, enabled: true, jobMode: 'Turbo' }),
        MIDJOURNEY_PROXY_WORDS,
      ),
    ).toContain(
      `midjourney-proxy account: **locked by a CAPTCHA**. Solve it at <${CAPTCHA_URL}> while logged in to the Discord account that runs Midjourney, then run \`/speed reset\`. (Only admins see this.) Job mode: Turbo.`,
    );
  });

  test('a CAPTCHA lock without a usable link says where else to solve it', () => {
    expect(
      admin(report({ flagged: true, cause: 'captcha', captchaUrl: 'javascript:alert(1)', enabled: true })),
    ).toContain(
      "useapi.net account: **locked by a CAPTCHA**. It gives no link: solve it in the Discord account that runs Midjourney or on useapi.net's account page, then run `/speed reset`. (Only admins see this.)\n",
    );
  });

  test('a pending moderation message is quoted', () => {
    expect(
      admin(report({ flagged: true, cause: 'moderation', moderationText: 'Rule *3*', enabled: true })),
    ).toContain('useapi.net account: **pending moderation message**\n> Rule \\*3\\*\n');
  });

  test('an account switched off says it is no halt, with its job mode and reason', () => {
    expect(
      admin(report({ flagged: false, enabled: false, jobMode: 'Relax', moderationText: 'Plan Cancelled' })),
    ).toContain(
      'useapi.net account: **switched off** (not a moderation halt). Job mode: Relax.\n> Plan Cancelled\n',
    );
  });

  test('a clear account, with and without a job mode', () => {
    expect(admin(report({ flagged: false, enabled: true, jobMode: 'Fast' }))).toContain(
      'useapi.net account: no pending moderation message. Job mode: Fast.\n',
    );
    expect(admin(report({ flagged: false, enabled: true }))).toContain(
      'useapi.net account: no pending moderation message.\n',
    );
  });

  test('an account that could not be read says why, with the upstream’s notice when it has one', () => {
    expect(admin({ kind: 'noSubscription', ...meta })).toContain(
      "useapi.net account: could not be read. useapi.net says the bot's subscription is missing or has expired. Ask the bot's operator to renew the useapi.net subscription.\n⚠️ useapi.net may no longer serve Midjourney: it announced the end of its Midjourney API on 2026-06-24.",
    );
    expect(admin({ kind: 'busy', ...meta }, MIDJOURNEY_PROXY_WORDS)).not.toContain('⚠️');
  });

  test('the account’s text is not quoted again under a halt that quotes it, and kept short beside another', () => {
    const moderation = (moderationText: string) =>
      report({ flagged: true, cause: 'moderation', moderationText, enabled: true });
    expect(status({ halt }, { account: moderation(` ${halt.upstreamText}\n`) })).toContain(
      'useapi.net account: **pending moderation message**\n(The same text as the halt above.)\n',
    );
    const other = `Rule 3. ${'x'.repeat(1_000)}`;
    const quoted = (shown: string) => shown.split('\n').find((line) => line.startsWith('> Rule 3.')) ?? '';
    expect(quoted(status({ halt }, { account: moderation(other) })).length).toBeLessThanOrEqual(150);
    expect(quoted(status({}, { account: moderation(other) })).length).toBeGreaterThan(150);
  });

  test('midjourney-proxy’s reason is quoted exactly as it came, with its gloss beside it', () => {
    const reason = '账号用量已经用完';
    const gloss = "↳ The account's Midjourney usage is used up.";
    const proxyStatus = (channel: Partial<ChannelStatus>, account?: UpstreamOutcome<AccountReport>) =>
      status(channel, { words: MIDJOURNEY_PROXY_WORDS, ...(account && { account }) });

    expect(proxyStatus({}, report({ flagged: false, enabled: false, moderationText: reason }))).toContain(
      `midjourney-proxy account: **switched off** (not a moderation halt).\n> ${reason}\n${gloss}\n`,
    );
    expect(proxyStatus({ halt: { ...halt, upstreamText: reason } })).toContain(`\n> ${reason}\n${gloss}\n`);
    // useapi.net relays Midjourney's English: nothing to explain.
    expect(status({ halt: { ...halt, upstreamText: reason } })).not.toContain('↳');
  });
});

describe('the longest status an admin can get, modes line included, fits a Discord message in every language', () => {
  const long = 'Blocked for breaking the rules, '.repeat(400);
  const roles = ['900000000000000001', '900000000000000002', '900000000000000003'];
  const modes = modesLine(
    { admin: false, roleIds: [] },
    { roles: { turbo: roles, fast: roles }, maxMinutes: { turbo: 1_440, fast: 1_440 } },
  );

  const storeDescription = msg('status.store.redis', { location: 'redis.internal.example:6379/0' });
  const storeLine = msg('status.store', { store: storeDescription });
  // Halted (so fast time is not asked) with the upstream's longest words, the account's own view of it,
  // a switch back overdue, on a mapped channel, and a member refused two modes.
  test.each([
    ['the same text', long],
    ['another text', `Subscription paused. ${long}`],
  ])('the account reports %s as the halt', (_what, accountText) => {
    const reply = statusReply(
      {
        halt: {
          ...halt,
          upstreamText: long,
          blockedUntil: '2026-12-09T10:00:00.000Z',
          command: 'switchBack',
        },
        lastChange: { mode: 'turbo', userId: MEMBER, at: '2026-12-06T09:00:00.000Z', automatic: true },
        switchBack,
        switchBackOverdue: true,
        fastTime: { kind: 'halted' },
      },
      {
        storeDescription,
        words: MIDJOURNEY_PROXY_WORDS,
        account: {
          kind: 'success',
          value: { flagged: true, cause: 'moderation', enabled: false, moderationText: accountText },
          ...meta,
        },
        mappedAccount: '810000000000000009',
      },
    );
    // As `/speed status` sends it: the status, then the member's modes line.
    for (const [locale, shown] of inEveryLanguage(lines(reply.content, modes))) {
      expect(shown.length, locale).toBeLessThanOrEqual(MESSAGE_LIMIT);
      // The last line of the status is still there, above the modes line: only the quotes were shortened.
      expect(shown, locale).toContain(`${rendered(storeLine, locale)}\n${rendered(modes, locale)}`);
    }
    expect(rendered(reply)).toContain('State store: Redis at redis.internal.example:6379/0.');
  });
});
