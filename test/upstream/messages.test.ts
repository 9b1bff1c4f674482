import { describe, expect, test } from 'vitest';
import { describeFailure, type UpstreamWords, unconfirmedMessage } from '../../src/upstream/messages.js';
import { MIDJOURNEY_PROXY_WORDS } from '../../src/upstream/midjourneyProxy/words.js';
import { type FailureOutcome, OUTCOME_KINDS, type UnavailableReason } from '../../src/upstream/outcomes.js';
import { USEAPI_WORDS } from '../../src/useapi/words.js';
import { rendered } from '../support/rendered.js';

const meta = { durationMs: 25_000, attempts: 1 };
const CAPTCHA_URL = 'https://proxy.test/cf/verify?state=s3cr3t-captcha-ticket';

describe.each([
  ['useapi.net', USEAPI_WORDS],
  ['midjourney-proxy', MIDJOURNEY_PROXY_WORDS],
] as const)('replies about %s', (name, words: UpstreamWords) => {
  test('every failure kind and reason has a message that names the upstream', () => {
    const reasons: UnavailableReason[] = [
      'status',
      'invalidBody',
      'bodyTooLarge',
      'connection',
      'timeout',
      'accountOffline',
    ];
    const failures: FailureOutcome[] = [
      { kind: 'moderation', cause: 'moderation', ...meta },
      { kind: 'moderation', cause: 'captcha', ...meta },
      { kind: 'busy', ...meta },
      { kind: 'unauthorized', ...meta },
      { kind: 'noSubscription', ...meta },
      { kind: 'badRequest', ...meta },
      { kind: 'notFound', ...meta },
      { kind: 'accountDisabled', ...meta },
      { kind: 'discontinued', ...meta },
      ...reasons.map((reason): FailureOutcome => ({ kind: 'unavailable', reason, ...meta })),
    ];
    expect(new Set(failures.map((failure) => failure.kind))).toEqual(
      new Set(OUTCOME_KINDS.filter((kind) => kind !== 'success')),
    );
    for (const failure of failures) {
      const message = rendered(describeFailure(failure, words));
      expect(message, failure.kind).toContain(name);
      expect(message).toMatch(/[.!]$/);
    }
  });

  test('the upstream’s own words are quoted after its name, disarmed', () => {
    const message = rendered(
      describeFailure({ kind: 'badRequest', upstreamMessage: 'bad *thing*\n# loud', ...meta }, words),
    );
    expect(message).toContain(`${name} said: bad \\*thing\\* \\# loud`);
  });

  test('a moderation halt says what to do, and never shows a CAPTCHA link', () => {
    const message = rendered(
      describeFailure(
        {
          kind: 'moderation',
          cause: 'captcha',
          captchaUrl: CAPTCHA_URL,
          upstreamMessage: 'Captcha',
          ...meta,
        },
        words,
      ),
    );
    expect(message).toContain('CAPTCHA');
    expect(message).toContain('`/speed reset`');
    expect(message).not.toContain('proxy.test');
    expect(message).not.toContain('s3cr3t-captcha-ticket');
  });

  test('a disabled account is a failure that says it is not a moderation halt, with the reason', () => {
    const message = rendered(
      describeFailure({ kind: 'accountDisabled', upstreamMessage: 'Subscription paused', ...meta }, words),
    );
    expect(message).toContain('not a moderation halt');
    expect(message).toContain(`${name} said: Subscription paused`);
    expect(message).not.toContain('/speed reset');
  });

  test('the busy message says when to try again', () => {
    const busy = (retryAfterMs?: number) =>
      rendered(describeFailure({ kind: 'busy', retryAfterMs, ...meta }, words));
    expect(busy(7_200)).toContain('Try again in 8 s');
    // A sync refused for the rest of its 10 minutes says minutes, not hundreds of seconds.
    expect(busy(6 * 60_000 + 1)).toContain('Try again in 7 minutes');
    expect(busy(undefined)).toContain('Try again in about 30 s');
    expect(busy(0)).toContain('Try again in a few seconds');
  });
});

test('useapi.net’s sentences are unchanged', () => {
  expect(rendered(describeFailure({ kind: 'unauthorized', status: 401, ...meta }, USEAPI_WORDS))).toBe(
    "useapi.net rejected the bot's API token. Ask the bot's operator to check USEAPI_TOKEN.",
  );
  expect(
    rendered(
      describeFailure(
        { kind: 'moderation', cause: 'moderation', upstreamMessage: 'Pending mod message', ...meta },
        USEAPI_WORDS,
      ),
    ),
  ).toBe(
    'Midjourney has flagged the shared account with a pending moderation message or a CAPTCHA, so ' +
      'useapi.net has halted it. Someone with access to the Midjourney Discord account must resolve it there; ' +
      'after that, an admin runs `/speed reset` in this channel. useapi.net said: Pending mod message',
  );
  expect(rendered(unconfirmedMessage(USEAPI_WORDS))).toBe(
    'useapi.net accepted the request but sent back no reply from Midjourney, so the change is unconfirmed. ' +
      'Run `/info` in Midjourney to check the current mode.',
  );
});

test('midjourney-proxy’s own cases read plainly and name its variables', () => {
  const proxy = (failure: FailureOutcome) => rendered(describeFailure(failure, MIDJOURNEY_PROXY_WORDS));
  expect(proxy({ kind: 'notFound', ...meta })).toBe(
    'midjourney-proxy has no account for this channel; add it there or map the channel.',
  );
  expect(proxy({ kind: 'unauthorized', status: 401, ...meta })).toBe(
    "midjourney-proxy rejected the bot's admin token. Ask the bot's operator to check MJ_PROXY_TOKEN.",
  );
  expect(proxy({ kind: 'unavailable', reason: 'connection', ...meta })).toContain('MJ_PROXY_URL');
  expect(
    proxy({ kind: 'unavailable', reason: 'accountOffline', upstreamMessage: '无可用的账号实例', ...meta }),
  ).toMatch(/^midjourney-proxy has no live connection to the Midjourney account's Discord right now/);
});

test('a discontinued useapi.net says so in one sentence and points to the README', () => {
  const message = rendered(describeFailure({ kind: 'discontinued', status: 410, ...meta }, USEAPI_WORDS));
  expect(message).toContain('useapi.net may no longer serve Midjourney');
  expect(message).toContain('2026-06-24');
  expect(message).toContain('docs/upstreams.md');
  expect(message.split('. ')).toHaveLength(1);
});
