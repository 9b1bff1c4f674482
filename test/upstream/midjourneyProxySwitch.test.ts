import { expect, test } from 'vitest';
import type { SpeedMode } from '../../src/speedModes.js';
import { UNSENT_TIMEOUT_DETAILS } from '../../src/upstream/outcomes.js';
import { modeCustomId } from '../standins/midjourneyProxy.js';
import { expectKind } from '../support/expectKind.js';
import { CHANNEL, proxyFixture, TOKEN } from './proxyFixture.js';

const fx = proxyFixture();

const switches: readonly [from: SpeedMode, to: SpeedMode, jobMode: string][] = [
  ['relax', 'fast', 'Fast'],
  ['fast', 'turbo', 'Turbo'],
  ['turbo', 'relax', 'Relax'],
];

test.each(switches)(
  'switching from %s to %s clicks that /settings button once and reports the confirmed mode',
  async (from, to, jobMode) => {
    fx.proxy.addAccount({ channelId: CHANNEL, mode: from });
    const outcome = fx.seen(await fx.client().setSpeed(to, CHANNEL));

    const success = expectKind(outcome, 'success');
    expect(success.value.confirmation).toEqual({
      confirmed: true,
      jobMode,
      fastHours: expect.objectContaining({ remainingHours: 12.5, totalHours: 30, percent: 41.67 }),
    });
    const clicks = fx.proxy.requestsTo('action');
    expect(clicks).toHaveLength(1);
    expect(clicks[0]?.query).toEqual({ customId: modeCustomId(to), botType: 'MID_JOURNEY' });
    expect(fx.proxy.account(CHANNEL).mode).toBe(to);
  },
);

test('the admin token is sent raw in the Authorization header, as the proxy compares it', async () => {
  fx.proxy.addAccount({ channelId: CHANNEL });
  fx.seen(await fx.client().getAccount(CHANNEL));
  for (const request of fx.proxy.requests) expect(request.headers.authorization).toBe(TOKEN);
});

test('a mode change that shows a few reads after the click is still confirmed', async () => {
  fx.proxy.addAccount({ channelId: CHANNEL, mode: 'relax' });
  fx.proxy.setModeLag(3);
  const outcome = fx.seen(await fx.client().setSpeed('turbo', CHANNEL));
  expect(expectKind(outcome, 'success').value.confirmation).toMatchObject({
    confirmed: true,
    jobMode: 'Turbo',
  });
  expect(fx.proxy.requestsTo('action')).toHaveLength(1);
});

test('a mode change that never shows is reported as sent but unconfirmed, after exactly one click', async () => {
  fx.proxy.addAccount({ channelId: CHANNEL, mode: 'relax' });
  fx.proxy.setModeLag('never');
  const outcome = fx.seen(await fx.client().setSpeed('fast', CHANNEL));

  const success = expectKind(outcome, 'success');
  expect(success.value.confirmation?.confirmed).toBe(false);
  expect(success.value.confirmation?.jobMode).toBeUndefined();
  expect(fx.proxy.requestsTo('action')).toHaveLength(1);
  // Several reads back, then the answer it has: the deadline ends the waiting, not the test's timeout.
  expect(fx.proxy.requestsTo('account').length).toBeGreaterThan(2);
});

test('an account without a stored /settings card is synced first, then clicked once', async () => {
  fx.proxy.addAccount({ channelId: CHANNEL, mode: 'fast', settingsCard: false });
  fx.proxy.setSyncLag(2);
  const outcome = fx.seen(await fx.client().setSpeed('relax', CHANNEL));

  expect(expectKind(outcome, 'success').value.confirmation).toMatchObject({
    confirmed: true,
    jobMode: 'Relax',
  });
  const routes = fx.proxy.requests.map((request) => request.route);
  expect(routes.indexOf('sync')).toBeLessThan(routes.indexOf('action'));
  expect(fx.proxy.requestsTo('sync')).toHaveLength(1);
  expect(fx.proxy.requestsTo('action')).toHaveLength(1);
});

test('a card that never arrives after the sync ends within the deadline and clicks nothing', async () => {
  fx.proxy.addAccount({ channelId: CHANNEL, settingsCard: false });
  fx.proxy.setSyncLag('never');
  const outcome = fx.seen(await fx.client().setSpeed('turbo', CHANNEL));

  expect(expectKind(outcome, 'unavailable')).toMatchObject({
    reason: 'timeout',
    detail: UNSENT_TIMEOUT_DETAILS.cardNotRefreshed,
  });
  expect(fx.proxy.requestsTo('action')).toHaveLength(0);
});

test('a CAPTCHA lock is a moderation halt carrying the CAPTCHA link, and nothing is clicked', async () => {
  const cfUrl = 'https://editor.midjourney.com/captcha/challenge/index.html?hash=abc&token=def';
  fx.proxy.addAccount({ channelId: CHANNEL, lock: true, cfUrl, disabledReason: 'CF 人工验证...' });
  const outcome = fx.seen(await fx.client().setSpeed('fast', CHANNEL));

  expect(expectKind(outcome, 'moderation')).toMatchObject({
    cause: 'captcha',
    captchaUrl: cfUrl,
    upstreamMessage: 'CF 人工验证...',
  });
  expect(fx.proxy.requestsTo('action')).toHaveLength(0);
  expect(fx.proxy.requestsTo('sync')).toHaveLength(0);
});

test.each([
  'Pending mod message, You have a pending moderation message. Please acknowledge it.',
  'Blocked, Your account has been blocked.',
])(
  'an account disabled with "%s" is a moderation halt quoting the reason, and nothing is clicked',
  async (reason) => {
    fx.proxy.addAccount({ channelId: CHANNEL, enable: false, disabledReason: reason });
    const outcome = fx.seen(await fx.client().setSpeed('turbo', CHANNEL));

    expect(expectKind(outcome, 'moderation')).toMatchObject({ cause: 'moderation', upstreamMessage: reason });
    expect(fx.proxy.requestsTo('action')).toHaveLength(0);
  },
);

test.each([
  'Subscription paused, Your subscription is paused.',
  'Plan Cancelled, Your plan was cancelled.',
  '账号用量已经用完',
  null,
])(
  'an account disabled for a non-moderation reason (%s) is a failure, not a halt, and nothing is clicked',
  async (reason) => {
    fx.proxy.addAccount({ channelId: CHANNEL, enable: false, disabledReason: reason });
    const outcome = fx.seen(await fx.client().setSpeed('fast', CHANNEL));

    expect(expectKind(outcome, 'accountDisabled').upstreamMessage).toBe(reason ?? undefined);
    expect(fx.proxy.requestsTo('action')).toHaveLength(0);
  },
);

test('a channel the proxy has no account for is notFound, and nothing but the search is sent', async () => {
  fx.proxy.addAccount({ channelId: '999999999999999999' });
  const outcome = fx.seen(await fx.client().setSpeed('fast', CHANNEL));

  expectKind(outcome, 'notFound');
  expect(fx.proxy.requests.map((request) => request.route)).toEqual(['search']);
  expect(fx.proxy.requests[0]?.body).toMatchObject({ search: { channelId: CHANNEL } });
});

test('the account id is searched once and reused until the cache time has passed', async () => {
  fx.proxy.addAccount({ channelId: CHANNEL, mode: 'relax' });
  const client = fx.client();
  fx.seen(await client.setSpeed('fast', CHANNEL));
  fx.seen(await client.setSpeed('relax', CHANNEL));
  expect(fx.proxy.requestsTo('search')).toHaveLength(1);

  fx.clock.advance(61_000);
  fx.seen(await client.getAccount(CHANNEL));
  expect(fx.proxy.requestsTo('search')).toHaveLength(2);
});

test('an account recreated at the proxy under a new id is found again without a failure', async () => {
  fx.proxy.addAccount({ channelId: CHANNEL });
  const client = fx.client();
  fx.seen(await client.getAccount(CHANNEL));
  fx.proxy.clear();
  fx.proxy.addAccount({ channelId: CHANNEL, mode: 'relax' });

  const outcome = fx.seen(await client.setSpeed('turbo', CHANNEL));
  expect(expectKind(outcome, 'success').value.confirmation?.confirmed).toBe(true);
  expect(fx.proxy.requestsTo('search')).toHaveLength(1);
});
