/**
 * The halt notices and reset answers as members read them: who met the flag in a sentence of its own,
 * the upstream's words quoted untouched with its gloss, the CAPTCHA step naming the button it offers.
 */
import { describe, expect, test } from 'vitest';
import {
  moderationInstructions,
  resetPrivateNote,
  resetReply,
  solveCaptchaFirst,
} from '../../src/discord/haltReplies.js';
import { quoteUntrusted } from '../../src/discord/replies.js';
import { render } from '../../src/i18n/render.js';
import type { ResetOutcome } from '../../src/speed/results.js';
import type { HaltRecord } from '../../src/state/ChannelState.js';
import { MIDJOURNEY_PROXY_WORDS } from '../../src/upstream/midjourneyProxy/words.js';
import { USEAPI_WORDS } from '../../src/useapi/words.js';
import { inEveryLanguage, rendered } from '../support/rendered.js';

const ADMIN_ROLES = ['900000000000000001'];
const MEMBER = '700000000000000001';
/**
 * The reason midjourney-proxy gives when it disables an account after too many failed syncs, in its own
 * Chinese (DiscordService.cs:4311-4320, see shared/reference/midjourney-proxy-as-it-runs.md §2.5), with
 * markdown after it that must stay disarmed.
 */
const SYNC_FAILURES = '同步失败超过限制，账号已禁用 **请联系** [管理员](https://evil.example)';
const SYNC_FAILURES_GLOSS =
  '↳ midjourney-proxy switched the account off after more than 10 failed syncs in an hour.';
/** The reason as a block quote, markdown disarmed: short enough to be quoted whole. */
const SYNC_FAILURES_QUOTED = quoteUntrusted(SYNC_FAILURES, 1_000);

function haltMetBy(command: HaltRecord['command'], cause: HaltRecord['cause']): HaltRecord {
  return {
    since: '2026-12-06T10:00:00.000Z',
    command,
    userId: MEMBER,
    upstreamText: '',
    ...(cause && { cause }),
    channelId: '810000000000000001',
  };
}

/** The line of the public instructions that says what was refused. */
const refusalLine = (halt: HaltRecord) =>
  rendered(moderationInstructions(halt, ADMIN_ROLES, USEAPI_WORDS)).split('\n')[1];

describe('the public instructions say what was refused in a sentence of its own', () => {
  test.each<[HaltRecord['command'], string]>([
    ['turbo', `<@${MEMBER}>'s \`/speed turbo\` was refused`],
    ['status', `The fast-hours check of \`/speed status\` by <@${MEMBER}> was refused`],
    ['switchBack', `The automatic switch back to Relax after <@${MEMBER}>'s timed change was refused`],
    ['unknown', 'A request was refused'],
  ])('met by %s', (command, refused) => {
    expect(refusalLine(haltMetBy(command, 'captcha'))).toBe(
      `${refused} because Midjourney asked the account to solve a CAPTCHA.`,
    );
    for (const cause of ['moderation', undefined] as const)
      expect(refusalLine(haltMetBy(command, cause))).toBe(
        `${refused} because Midjourney sent the account a pending moderation message or a CAPTCHA.`,
      );
  });
});

test("a midjourney-proxy reason is quoted untouched in the public instructions, with the proxy's gloss below", () => {
  const halt = { ...haltMetBy('turbo', 'moderation'), upstreamText: SYNC_FAILURES };
  const reply = moderationInstructions(halt, ADMIN_ROLES, MIDJOURNEY_PROXY_WORDS);
  expect(reply.ephemeral).toBe(false);
  expect(rendered(reply)).toContain(
    `midjourney-proxy said:\n${SYNC_FAILURES_QUOTED}\n${SYNC_FAILURES_GLOSS}\n`,
  );
  // The quote keeps the proxy's words (its markdown disarmed), never a translation of them.
  expect(rendered(reply)).toContain('> 同步失败超过限制，账号已禁用 \\*\\*请联系\\*\\* \\[管理员\\]');
});

test('words an upstream has no gloss for are quoted alone', () => {
  const halt = { ...haltMetBy('turbo', 'moderation'), upstreamText: 'Pending mod message' };
  const content = rendered(moderationInstructions(halt, ADMIN_ROLES, USEAPI_WORDS));
  expect(content).toContain('useapi.net said:\n> Pending mod message\n**What to do**');
});

/** A reset that the upstream confirmed, reading the account back as `account`. */
function resetWith(account: Extract<ResetOutcome, { kind: 'reset' }>['account']): ResetOutcome {
  return { kind: 'reset', clearedHalt: haltMetBy('turbo', 'moderation'), cleared: [], account };
}

test("a reset that finds midjourney-proxy's account still switched off quotes its reason with the gloss", () => {
  const reply = resetReply(
    resetWith({ flagged: false, enabled: false, moderationText: SYNC_FAILURES }),
    MEMBER,
    MIDJOURNEY_PROXY_WORDS,
  );
  expect(rendered(reply).split('\n').slice(1)).toEqual([
    '⚠️ midjourney-proxy still has the account switched off; the next speed change will fail.',
    ...SYNC_FAILURES_QUOTED.split('\n'),
    SYNC_FAILURES_GLOSS,
  ]);
});

test('a clean reset is one line, without an empty line for what there is nothing to say about', () => {
  const content = rendered(resetReply(resetWith({ flagged: false, enabled: true }), MEMBER, USEAPI_WORDS));
  expect(content).toBe(
    `✅ <@${MEMBER}> reset the Midjourney account at useapi.net: speed changes are allowed again in this channel.`,
  );
});

test('the CAPTCHA step names the button it offers by its label, in every language', () => {
  const reply = solveCaptchaFirst('<https://proxy.test/cf/verify>', MIDJOURNEY_PROXY_WORDS);
  const button = reply.buttons?.[0];
  if (!button) throw new Error('no Reset button under the CAPTCHA step');
  for (const [locale, content] of inEveryLanguage(reply)) {
    expect(content, locale).toContain(`**${render(button.label, locale)}**`);
    expect(content, locale).toContain('<https://proxy.test/cf/verify>');
  }
  expect(rendered(reply)).toContain('press **Solved: reset** below');
  expect(reply.ephemeral).toBe(true);
});

test('only the admin who reset is told the CAPTCHA link, and told how to go on without one', () => {
  const locked = (captchaUrl?: string) =>
    resetPrivateNote(
      resetWith({ flagged: true, cause: 'captcha', enabled: true, ...(captchaUrl && { captchaUrl }) }),
      MIDJOURNEY_PROXY_WORDS,
    );
  const withLink = locked('https://proxy.test/cf/verify?state=ticket');
  expect(withLink && rendered(withLink)).toContain('Solve it at <https://proxy.test/cf/verify?state=ticket>');
  const withoutLink = locked();
  expect(withoutLink && rendered(withoutLink)).toContain('gives no link: solve it in the Discord account');
  expect(resetPrivateNote(resetWith({ flagged: false, enabled: true }), MIDJOURNEY_PROXY_WORDS)).toBe(
    undefined,
  );
  // The public answer to the same reset never carries the link.
  const publicReply = resetReply(
    resetWith({ flagged: true, cause: 'captcha', enabled: true, captchaUrl: 'https://proxy.test/cf/verify' }),
    MEMBER,
    MIDJOURNEY_PROXY_WORDS,
  );
  expect(rendered(publicReply)).not.toContain('proxy.test');
});
