import { expect, test } from 'vitest';
import { expectKind } from '../support/expectKind.js';
import { CHANNEL, proxyFixture } from './proxyFixture.js';

const fx = proxyFixture();
const CF_URL = 'https://editor.midjourney.com/captcha/challenge/index.html?hash=abc&token=def';
const MOD_REASON = 'Pending mod message, You have a pending moderation message. Please acknowledge it.';

test('resetting a CAPTCHA lock marks the CAPTCHA solved, after which the account reads unflagged', async () => {
  const account = fx.proxy.addAccount({ channelId: CHANNEL, lock: true, cfUrl: CF_URL });
  const client = fx.client();
  const reset = fx.seen(await client.reset(CHANNEL));

  expect(expectKind(reset, 'success').value).toEqual({ cleared: ['captcha'] });
  expect(fx.proxy.requestsTo('captchaSolved').map((request) => request.accountId)).toEqual([account.id]);
  expect(fx.proxy.requestsTo('enable')).toHaveLength(0);
  const after = fx.seen(await client.getAccount(CHANNEL));
  expect(expectKind(after, 'success').value).toMatchObject({ flagged: false, enabled: true });
});

test('resetting an account disabled for moderation re-enables it through accounts-enable', async () => {
  const account = fx.proxy.addAccount({ channelId: CHANNEL, enable: false, disabledReason: MOD_REASON });
  const client = fx.client();
  const reset = fx.seen(await client.reset(CHANNEL));

  expect(expectKind(reset, 'success').value).toEqual({ cleared: ['disabled'] });
  expect(fx.proxy.requestsTo('enable').map((request) => request.body)).toEqual([[account.id]]);
  // The proxy keeps the old reason until it reconnects; an enabled account is not flagged by it.
  const after = fx.seen(await client.getAccount(CHANNEL));
  expect(expectKind(after, 'success').value).toMatchObject({ flagged: false, enabled: true });
});

test('resetting an account with nothing to clear sends no reset request', async () => {
  fx.proxy.addAccount({ channelId: CHANNEL });
  const reset = fx.seen(await fx.client().reset(CHANNEL));
  expect(expectKind(reset, 'success').value).toEqual({ cleared: [] });
  expect(fx.proxy.requests.map((request) => request.route)).toEqual(['search', 'account']);
});

test('the account report shows a CAPTCHA lock with its link, and a moderation disable with its text', async () => {
  fx.proxy.addAccount({ channelId: CHANNEL, lock: true, cfUrl: CF_URL, disabledReason: 'CF 人工验证...' });
  fx.proxy.addAccount({ channelId: '222222222222222222', enable: false, disabledReason: MOD_REASON });
  const client = fx.client();

  const locked = fx.seen(await client.getAccount(CHANNEL));
  expect(expectKind(locked, 'success').value).toEqual({
    flagged: true,
    cause: 'captcha',
    moderationText: 'CF 人工验证...',
    captchaUrl: CF_URL,
    enabled: true,
    jobMode: 'Fast',
  });
  const disabled = fx.seen(await client.getAccount('222222222222222222'));
  expect(expectKind(disabled, 'success').value).toMatchObject({
    flagged: true,
    cause: 'moderation',
    moderationText: MOD_REASON,
    enabled: false,
  });
});

test('fast time comes from the stored /info reading while it is younger than 5 minutes, without a sync', async () => {
  fx.proxy.addAccount({ channelId: CHANNEL, infoUpdated: fx.clock.now() - 4 * 60_000 });
  const outcome = fx.seen(await fx.client().fastTime(CHANNEL));

  expect(expectKind(outcome, 'success').value).toMatchObject({
    remainingHours: 12.5,
    totalHours: 30,
    percent: 41.67,
  });
  expect(fx.proxy.requestsTo('sync')).toHaveLength(0);
});

test('fast time older than 5 minutes is refreshed with one account sync and dated by the new reading', async () => {
  const account = fx.proxy.addAccount({ channelId: CHANNEL, infoUpdated: fx.clock.now() - 6 * 60_000 });
  fx.proxy.setSyncLag(2);
  account.fastTime = { remaining: 3, total: 30 };
  const outcome = fx.seen(await fx.client().fastTime(CHANNEL));

  expect(expectKind(outcome, 'success').value).toEqual({
    remainingHours: 3,
    totalHours: 30,
    percent: 10,
    readAt: new Date(fx.clock.now()).toISOString(),
  });
  expect(fx.proxy.requestsTo('sync')).toHaveLength(1);
});

test('an /info reading never taken is synced; a card without a fast time line reads as unknown', async () => {
  fx.proxy.addAccount({ channelId: CHANNEL, infoUpdated: null, fastTime: null });
  const outcome = fx.seen(await fx.client().fastTime(CHANNEL));
  expect(expectKind(outcome, 'success').value).toBeUndefined();
  expect(fx.proxy.requestsTo('sync')).toHaveLength(1);
});

test('fast time of a flagged account is the moderation outcome, and no sync is sent', async () => {
  fx.proxy.addAccount({ channelId: CHANNEL, enable: false, disabledReason: MOD_REASON, infoUpdated: null });
  const outcome = fx.seen(await fx.client().fastTime(CHANNEL));
  expectKind(outcome, 'moderation');
  expect(fx.proxy.requestsTo('sync')).toHaveLength(0);
});

test('listing accounts names every account by channel, disabled and locked ones included', async () => {
  fx.proxy.addAccount({ channelId: CHANNEL, remark: 'team A' });
  fx.proxy.addAccount({ channelId: '222222222222222222', enable: false, disabledReason: MOD_REASON });
  fx.proxy.addAccount({ channelId: '333333333333333333', lock: true });
  fx.proxy.addAccount({
    channelId: '444444444444444444',
    enable: false,
    disabledReason: 'Plan Cancelled, x',
  });
  const outcome = fx.seen(await fx.client().listAccounts());

  const accounts = expectKind(outcome, 'success').value;
  expect(accounts).toHaveLength(4);
  expect(accounts).toEqual(
    expect.arrayContaining([
      { account: CHANNEL, name: 'team A', enabled: true, flagged: false },
      { account: '222222222222222222', enabled: false, flagged: true },
      { account: '333333333333333333', enabled: true, flagged: true },
      { account: '444444444444444444', enabled: false, flagged: false },
    ]),
  );
});
