/**
 * What the alert channel reads, message by message: halts (the only pings), resets, changes, switch backs
 * and block-end reminders, within Discord's 2,000 characters in every language.
 */
import { describe, expect, test } from 'vitest';
import {
  blockEndReminder,
  changeAlert,
  haltAlert,
  resetAlert,
  switchBackAlert,
} from '../../src/discord/alerts/alertMessages.js';
import { MESSAGE_LIMIT, type Reply } from '../../src/discord/replies.js';
import type { SwitchBackResult } from '../../src/speed/results.js';
import type { PendingSwitchBack } from '../../src/speed/timedSpeed.js';
import type { HaltRecord } from '../../src/state/ChannelState.js';
import { MIDJOURNEY_PROXY_WORDS } from '../../src/upstream/midjourneyProxy/words.js';
import type { AccountReport } from '../../src/upstream/port.js';
import { USEAPI_WORDS } from '../../src/useapi/words.js';
import { inEveryLanguage, rendered } from '../support/rendered.js';

const ACCOUNT = '810000000000000001';
const CHANNEL = '810000000000000002';
const MEMBER = '700000000000000001';
const ADMIN = '700000000000000002';
const ADMIN_ROLES = ['900000000000000001', '900000000000000002'];
const LONG = 'Blocked for breaking the rules, '.repeat(400);
const meta = { durationMs: 1_000, attempts: 1 };

const stamp = (iso: string, style: 'F' | 'R') => `<t:${Date.parse(iso) / 1_000}:${style}>`;
const fullAndRelative = (iso: string) => `${stamp(iso, 'F')} (${stamp(iso, 'R')})`;

const halt: HaltRecord = {
  since: '2026-12-06T10:00:00.000Z',
  command: 'fast',
  userId: MEMBER,
  upstreamText: 'Pending mod message',
  cause: 'moderation',
  channelId: CHANNEL,
};

const fitsEverywhere = (reply: Reply | undefined) => {
  if (!reply) return;
  for (const [locale, text] of inEveryLanguage(reply))
    expect(text.length, locale).toBeLessThanOrEqual(MESSAGE_LIMIT);
};

describe('a halt', () => {
  test('names the account, who met it and where, quotes the upstream, and pings the admin roles', () => {
    const alert = haltAlert(ACCOUNT, halt, ADMIN_ROLES, USEAPI_WORDS);
    expect(rendered(alert)).toBe(
      [
        `⛔ **Halt** on Midjourney account \`${ACCOUNT}\`: \`/speed fast\` by <@${MEMBER}> met a moderation halt in <#${CHANNEL}>. Speed changes of the account are blocked.`,
        'useapi.net said:',
        '> Pending mod message',
        `<@&${ADMIN_ROLES[0]}> <@&${ADMIN_ROLES[1]}>: resolve it in the Midjourney account, then run \`/speed reset\` in <#${CHANNEL}>.`,
      ].join('\n'),
    );
    expect(alert.mentionRoles).toEqual(ADMIN_ROLES);
    expect(alert.ephemeral).toBe(false);
  });

  test('a CAPTCHA met where nobody knows, without admin roles: the upstream’s flag, and where the link is', () => {
    const blockedUntil = '2026-12-09T10:00:00.000Z';
    const captcha: HaltRecord = {
      since: halt.since,
      command: 'unknown',
      userId: MEMBER,
      upstreamText: '',
      cause: 'captcha',
      blockedUntil,
    };
    expect(rendered(haltAlert(ACCOUNT, captcha, [], MIDJOURNEY_PROXY_WORDS))).toBe(
      [
        `⛔ **Halt** on Midjourney account \`${ACCOUNT}\`: midjourney-proxy's account flag met a CAPTCHA. Speed changes of the account are blocked.`,
        `🗓️ The moderation text says the block ends ${fullAndRelative(blockedUntil)}. The bot reminds the admins then; it never resets the account by itself.`,
        'Admins: solve the CAPTCHA in the Midjourney account (the link is in `/speed status`, for admins only), then run `/speed reset`.',
      ].join('\n'),
    );
  });

  test('midjourney-proxy’s reason is quoted exactly as it came, with its gloss beside it', () => {
    const reason = '账号用量已经用完';
    expect(
      rendered(haltAlert(ACCOUNT, { ...halt, upstreamText: reason }, ADMIN_ROLES, MIDJOURNEY_PROXY_WORDS)),
    ).toContain(`midjourney-proxy said:\n> ${reason}\n↳ The account's Midjourney usage is used up.\n`);
  });

  test('with the longest text, it fits a Discord message in every language', () => {
    fitsEverywhere(
      haltAlert(
        ACCOUNT,
        { ...halt, command: 'switchBack', upstreamText: `Blocked ${LONG}`, blockedUntil: halt.since },
        Array.from({ length: 10 }, (_, index) => `90000000000000010${index}`),
        MIDJOURNEY_PROXY_WORDS,
      ),
    );
  });
});

describe('a reset', () => {
  const by = { userId: ADMIN, channelId: CHANNEL };
  const head = `✅ <@${ADMIN}> reset Midjourney account \`${ACCOUNT}\` in <#${CHANNEL}>.`;
  test.each<[string, AccountReport | undefined, string]>([
    ['not read back', undefined, 'Could not confirm with useapi.net that the flag is gone.'],
    [
      'still locked by a CAPTCHA',
      { flagged: true, cause: 'captcha', captchaUrl: 'https://proxy.test/cf', enabled: true },
      '⚠️ useapi.net still reports a CAPTCHA: the next speed change will halt again.',
    ],
    [
      'still flagged',
      { flagged: true, cause: 'moderation', enabled: true },
      '⚠️ useapi.net still reports a pending moderation message: the next speed change will halt again.',
    ],
    [
      'still switched off',
      { flagged: false, enabled: false },
      '⚠️ useapi.net still has the account switched off: the next speed change will fail.',
    ],
    ['clear', { flagged: false, enabled: true }, 'useapi.net reports no flag any more.'],
  ])('%s', (_what, report, flag) => {
    const alert = resetAlert(ACCOUNT, by, report, USEAPI_WORDS);
    expect(rendered(alert)).toBe(`${head} ${flag}`);
    expect(rendered(alert)).not.toContain('proxy.test');
    expect(alert.mentionRoles).toBeUndefined();
  });
});

test('a change, timed or not', () => {
  const change = { mode: 'turbo', userId: MEMBER, channelId: CHANNEL } as const;
  expect(rendered(changeAlert(ACCOUNT, change))).toBe(
    `🔁 <@${MEMBER}> switched Midjourney account \`${ACCOUNT}\` to **Turbo** in <#${CHANNEL}>, untimed.`,
  );
  const dueAt = '2026-12-06T11:30:00.000Z';
  expect(rendered(changeAlert(ACCOUNT, { ...change, minutes: 90, dueAt }))).toBe(
    `🔁 <@${MEMBER}> switched Midjourney account \`${ACCOUNT}\` to **Turbo** in <#${CHANNEL}> for 1 h 30 min (back to Relax ${fullAndRelative(dueAt)}).`,
  );
});

describe('a switch back', () => {
  const record: PendingSwitchBack = {
    id: 'sb',
    account: ACCOUNT,
    channelId: CHANNEL,
    mode: 'fast',
    minutes: 30,
    userId: MEMBER,
    requestedAt: '2026-12-06T10:00:00.000Z',
    dueAt: '2026-12-06T10:30:00.000Z',
  };
  const retry = { attempt: 1, at: '2026-12-06T10:31:00.000Z' };
  const head = `Midjourney account \`${ACCOUNT}\` in <#${CHANNEL}>`;
  const after = `after <@${MEMBER}>'s **Fast** for 30 min`;
  const alert = (result: SwitchBackResult) => {
    const reply = switchBackAlert(record, result, USEAPI_WORDS);
    return reply && rendered(reply);
  };

  test('done, failed, held by a halt, or late', () => {
    expect(alert({ kind: 'switched', changed: {}, lateMs: 0 })).toBe(
      `⏱️ Automatic switch back of ${head} to **Relax**, ${after}.`,
    );
    expect(alert({ kind: 'failed', outcome: { kind: 'busy', ...meta }, lateMs: 0, retry })).toBe(
      `❌ The switch back to Relax of ${head}, ${after}, failed: useapi.net is busy (Midjourney's job queue is full or Discord is rate-limiting). Try again in about 30 s. The account may still be in Fast mode. The bot tries again ${stamp(retry.at, 'R')} and keeps trying until it works; a success is posted here.`,
    );
    expect(alert({ kind: 'halted', halt, fresh: false, lateMs: 0 })).toBe(
      `⏸️ The switch back to Relax of ${head}, ${after}, is held: the account is halted, so nothing was sent. The account may still be in Fast mode. It runs right after \`/speed reset\`.`,
    );
    expect(alert({ kind: 'queueFull', waiting: 20, retry })).toBe(
      `⏸️ The switch back to Relax of ${head}, ${after}, is late: too many requests were waiting. The account may still be in Fast mode. The bot tries again ${stamp(retry.at, 'R')}.`,
    );
  });

  test('nothing for what another alert tells, or what is being retried', () => {
    expect(alert({ kind: 'halted', halt, fresh: true, lateMs: 0 })).toBeUndefined();
    expect(
      alert({
        kind: 'failed',
        outcome: { kind: 'busy', ...meta },
        lateMs: 0,
        retry: { ...retry, attempt: 2 },
      }),
    ).toBeUndefined();
  });

  test('a failure with the upstream’s longest words fits a Discord message in every language', () => {
    const outcome = { kind: 'badRequest', upstreamMessage: LONG, ...meta } as const;
    fitsEverywhere(
      switchBackAlert(record, { kind: 'failed', outcome, lateMs: 0, retry }, MIDJOURNEY_PROXY_WORDS),
    );
  });
});

test('a block’s end: when, and who met it where when known', () => {
  const dueAt = '2026-12-09T10:00:00.000Z';
  const tail =
    'The account is still halted: an admin can check it in Midjourney and run `/speed reset`. The bot never resets it by itself.';
  const reminder = {
    id: 'r',
    account: ACCOUNT,
    haltSince: halt.since,
    dueAt,
    userId: MEMBER,
    channelId: CHANNEL,
  };
  expect(rendered(blockEndReminder(reminder))).toBe(
    `⏰ The Midjourney block of Midjourney account \`${ACCOUNT}\` ended ${fullAndRelative(dueAt)}, per the moderation text of its halt, met in <#${CHANNEL}> by <@${MEMBER}>. ${tail}`,
  );
  const { channelId: _unknown, ...nowhere } = reminder;
  expect(rendered(blockEndReminder(nowhere))).toBe(
    `⏰ The Midjourney block of Midjourney account \`${ACCOUNT}\` ended ${fullAndRelative(dueAt)}, per the moderation text of its halt. ${tail}`,
  );
});
