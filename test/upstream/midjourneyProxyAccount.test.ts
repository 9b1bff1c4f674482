import { expect, test } from 'vitest';
import { proxyFaults } from '../standins/midjourneyProxy.js';
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

const MINUTE = 60_000;

test.each([
  ['Asia/Shanghai', 59],
  ['UTC', 59],
  ['America/New_York', 1],
])(
  'a proxy in %s: a reading %i minutes old is reported as that old, without a sync',
  async (timeZone, minutes) => {
    fx.proxy.setTimeZone(timeZone);
    fx.proxy.addAccount({ channelId: CHANNEL, infoUpdated: fx.clock.now() - minutes * MINUTE });
    const outcome = fx.seen(await fx.client().fastTime(CHANNEL));

    expect(expectKind(outcome, 'success').value).toEqual({
      remainingHours: 12.5,
      totalHours: 30,
      percent: 41.67,
      readAt: new Date(fx.clock.now() - minutes * MINUTE).toISOString(),
    });
    expect(fx.proxy.syncsOf(CHANNEL)).toBe(0);
  },
);

test('a reading older than the sync age is refreshed with one account sync and dated by the new reading', async () => {
  const account = fx.proxy.addAccount({ channelId: CHANNEL, infoUpdated: fx.clock.now() - 61 * MINUTE });
  account.fastTime = { remaining: 3, total: 30 };
  const outcome = fx.seen(await fx.client().fastTime(CHANNEL));

  expect(expectKind(outcome, 'success').value).toEqual({
    remainingHours: 3,
    totalHours: 30,
    percent: 10,
    readAt: new Date(fx.clock.now()).toISOString(),
  });
  expect(fx.proxy.syncsOf(CHANNEL)).toBe(1);
});

test('the sync age is configurable: a 30-minute reading is synced with syncMinAgeMs of 30 minutes', async () => {
  fx.proxy.addAccount({ channelId: CHANNEL, infoUpdated: fx.clock.now() - 30 * MINUTE });
  expectKind(fx.seen(await fx.client({ syncMinAgeMs: 30 * MINUTE }).fastTime(CHANNEL)), 'success');
  expect(fx.proxy.syncsOf(CHANNEL)).toBe(1);
});

test('within 10 minutes of a sync the account is not synced again: the stored reading comes with its age', async () => {
  const account = fx.proxy.addAccount({ channelId: CHANNEL, infoUpdated: fx.clock.now() - 40 * MINUTE });
  const client = fx.client({ syncMinAgeMs: 30 * MINUTE });
  expectKind(fx.seen(await client.fastTime(CHANNEL)), 'success');
  expect(fx.proxy.syncsOf(CHANNEL)).toBe(1);

  // Nine minutes later the proxy shows an old reading again (say Midjourney's reply went astray).
  fx.clock.advance(9 * MINUTE);
  const oldReading = fx.clock.now() - 45 * MINUTE;
  account.infoUpdated = oldReading;
  const refused = fx.seen(await client.fastTime(CHANNEL));
  expect(expectKind(refused, 'success').value?.readAt).toBe(new Date(oldReading).toISOString());
  expect(fx.proxy.syncsOf(CHANNEL)).toBe(1);

  fx.clock.advance(MINUTE);
  expectKind(fx.seen(await client.fastTime(CHANNEL)), 'success');
  expect(fx.proxy.syncsOf(CHANNEL)).toBe(2);
});

test('a reading dated further ahead than clock skew is shown without a time, and not synced', async () => {
  fx.proxy.addAccount({ channelId: CHANNEL, infoUpdated: fx.clock.now() + 3 * 60 * MINUTE });
  const outcome = fx.seen(await fx.client().fastTime(CHANNEL));
  expect(expectKind(outcome, 'success').value).toEqual({
    remainingHours: 12.5,
    totalHours: 30,
    percent: 41.67,
    undated: true,
  });
  expect(fx.proxy.syncsOf(CHANNEL)).toBe(0);
});

test('when the proxy never says its time, the reading is shown without a time rather than a wrong one', async () => {
  fx.proxy.addAccount({ channelId: CHANNEL, infoUpdated: fx.clock.now() - 5 * MINUTE });
  // The probe's answer is an HTML page in front of the proxy: no `Result`, no timestamp.
  fx.proxy.fail(proxyFaults.html(502), { route: 'account', skip: 1 });
  const outcome = fx.seen(await fx.client().fastTime(CHANNEL));
  expect(expectKind(outcome, 'success').value).toMatchObject({ remainingHours: 12.5, undated: true });
  expect(fx.proxy.syncsOf(CHANNEL)).toBe(0);
});

test('an /info reading never taken is synced; a card without a fast time line reads as unknown', async () => {
  fx.proxy.addAccount({ channelId: CHANNEL, infoUpdated: null, fastTime: null });
  const outcome = fx.seen(await fx.client().fastTime(CHANNEL));
  expect(expectKind(outcome, 'success').value).toBeUndefined();
  expect(fx.proxy.syncsOf(CHANNEL)).toBe(1);
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
      expect.objectContaining({ account: CHANNEL, name: 'team A', enabled: true, flagged: false }),
      expect.objectContaining({ account: '222222222222222222', enabled: false, flagged: true }),
      expect.objectContaining({ account: '333333333333333333', enabled: true, flagged: true }),
      expect.objectContaining({ account: '444444444444444444', enabled: false, flagged: false }),
    ]),
  );
});
