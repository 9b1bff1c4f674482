import { createServer } from 'node:net';
import { expect, test } from 'vitest';
import { MidjourneyProxyClient } from '../../src/upstream/midjourneyProxy/MidjourneyProxyClient.js';
import { proxyFaults } from '../standins/midjourneyProxy.js';
import { expectKind } from '../support/expectKind.js';
import { CHANNEL, proxyFixture, TOKEN } from './proxyFixture.js';

const fx = proxyFixture();
/** Failures must end within the deadline; the margin is for a loaded machine, not a timing claim. */

test('a wrong token is unauthorized, with the proxy’s plain-text answer kept', async () => {
  fx.proxy.addAccount({ channelId: CHANNEL });
  const outcome = fx.seen(await fx.client({ token: 'not-the-admin-token' }).setSpeed('fast', CHANNEL));
  expect(expectKind(outcome, 'unauthorized')).toMatchObject({ status: 401, upstreamMessage: '账号无权限' });
});

test('an account with no live Discord session is unavailable (accountOffline) with the proxy’s words', async () => {
  fx.proxy.addAccount({ channelId: CHANNEL, online: false, mode: 'relax' });
  const outcome = fx.seen(await fx.client().setSpeed('fast', CHANNEL));
  expect(expectKind(outcome, 'unavailable')).toMatchObject({
    reason: 'accountOffline',
    status: 200,
    upstreamMessage: '无可用的账号实例',
  });
  expect(fx.proxy.requestsTo('action')).toHaveLength(1);
});

test('another refusal of the click is badRequest with the proxy’s message, and it is not clicked again', async () => {
  fx.proxy.addAccount({ channelId: CHANNEL, mode: 'relax' });
  // Not Discord's `NotFound:`/`BadRequest:` about a stale card, which gets a sync and one more click.
  fx.proxy.fail(proxyFaults.refuse('InternalServerError: {"type":3}'), { route: 'action' });
  const outcome = fx.seen(await fx.client().setSpeed('fast', CHANNEL));
  expect(expectKind(outcome, 'badRequest').upstreamMessage).toBe('InternalServerError: {"type":3}');
  expect(fx.proxy.requestsTo('action')).toHaveLength(1);
});

test('a refused sync ("同步失败，请稍后重试") is busy with the proxy’s message', async () => {
  fx.proxy.addAccount({ channelId: CHANNEL, infoUpdated: null });
  fx.proxy.fail(proxyFaults.refuse('同步失败，请稍后重试'), { route: 'sync' });
  const outcome = fx.seen(await fx.client().fastTime(CHANNEL));
  expect(expectKind(outcome, 'busy').upstreamMessage).toBe('同步失败，请稍后重试');
});

test('HTTP 500 is unavailable (status) with the proxy’s message', async () => {
  fx.proxy.fail(proxyFaults.serverError(), { route: 'search' });
  const outcome = fx.seen(await fx.client().setSpeed('fast', CHANNEL));
  expect(expectKind(outcome, 'unavailable')).toMatchObject({
    reason: 'status',
    status: 500,
    upstreamMessage: '操作失败',
  });
});

test('an HTML page instead of JSON is unavailable: invalidBody on 200, status on 502', async () => {
  fx.proxy.addAccount({ channelId: CHANNEL });
  fx.proxy.fail(proxyFaults.html(200), { route: 'account' });
  const ok = fx.seen(await fx.client().getAccount(CHANNEL));
  expect(expectKind(ok, 'unavailable')).toMatchObject({ reason: 'invalidBody', status: 200 });

  fx.proxy.fail(proxyFaults.html(502), { route: 'search' });
  const gateway = fx.seen(await fx.client().getAccount(CHANNEL));
  expect(expectKind(gateway, 'unavailable')).toMatchObject({ reason: 'status', status: 502 });
});

test('a proxy that is not listening is unavailable (connection)', async () => {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));

  const outcome = fx.seen(await fx.client({ baseUrl: `http://127.0.0.1:${port}` }).setSpeed('fast', CHANNEL));
  expect(expectKind(outcome, 'unavailable')).toMatchObject({ reason: 'connection', detail: 'ECONNREFUSED' });
});

test('a dropped connection is unavailable (connection)', async () => {
  fx.proxy.fail(proxyFaults.drop(), { route: 'search' });
  const outcome = fx.seen(await fx.client().getAccount(CHANNEL));
  expect(expectKind(outcome, 'unavailable').reason).toBe('connection');
});

test('a proxy that never answers is unavailable (timeout) within the deadline', async () => {
  fx.proxy.addAccount({ channelId: CHANNEL, mode: 'relax' });
  fx.proxy.fail(proxyFaults.hang(), { route: 'action' });
  const outcome = fx.seen(await fx.client().setSpeed('fast', CHANNEL));
  expect(expectKind(outcome, 'unavailable')).toMatchObject({ reason: 'timeout', detail: 'DEADLINE' });
});

test('a read that hangs after the click reports the change as sent but unconfirmed, within the deadline', async () => {
  fx.proxy.addAccount({ channelId: CHANNEL, mode: 'relax' });
  fx.proxy.setModeLag('never');
  // The read before the click goes through; the reads back after it hang.
  fx.proxy.fail(proxyFaults.hang(), { route: 'account', skip: 1, times: 10 });
  const outcome = fx.seen(await fx.client().setSpeed('fast', CHANNEL));

  expect(expectKind(outcome, 'success').value.confirmation?.confirmed).toBe(false);
  expect(fx.proxy.requestsTo('action')).toHaveLength(1);
});

test('neither the token nor the account’s Discord token appears in outcomes or constructor errors', async () => {
  fx.proxy.addAccount({ channelId: CHANNEL, lock: true, cfUrl: 'https://editor.midjourney.com/captcha' });
  const client = fx.client();
  fx.seen(await client.getAccount(CHANNEL));
  fx.seen(await client.setSpeed('fast', CHANNEL));
  fx.seen(await client.listAccounts());
  const secret = `${TOKEN} with a space`;
  const error = (() => {
    try {
      new MidjourneyProxyClient({ baseUrl: fx.proxy.url, token: secret });
    } catch (caught) {
      return caught as Error;
    }
    return undefined;
  })();
  expect(error?.message).toMatch(/midjourney-proxy token/);
  expect(String(error?.message)).not.toContain(TOKEN);
  fx.seen(error);
  // The suite's afterAll checks everything seen for both secrets.
});
