import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { createUpstream } from '../../src/upstream/createUpstream.js';
import { MidjourneyProxyClient } from '../../src/upstream/midjourneyProxy/MidjourneyProxyClient.js';
import { UseapiUpstream } from '../../src/useapi/UseapiUpstream.js';
import { DONE_CONTENT, PENDING_MOD_DETAILS, respond, UseapiStandIn } from '../standins/useapi.js';
import { expectKind } from '../support/expectKind.js';

const TOKEN = 'useapi-SECRET-token-7f3a9c';
const CHANNEL = '1181234567890123456';
const OTHER = '1181234567890123457';

let useapi: UseapiStandIn;
let upstream: UseapiUpstream;

beforeAll(async () => {
  useapi = await UseapiStandIn.start({ token: TOKEN });
  upstream = new UseapiUpstream({ baseUrl: useapi.url, token: TOKEN, deadlineMs: 2_000 });
});

afterAll(async () => {
  await upstream.close();
  await useapi.close();
});

beforeEach(() => useapi.clear());

test('a switch reports Midjourney’s own reply as the confirmation', async () => {
  const outcome = expectKind(await upstream.setSpeed('turbo', CHANNEL), 'success');
  expect(outcome.value).toEqual({ content: DONE_CONTENT });
  expect(useapi.modeOf(CHANNEL)).toBe('turbo');
});

test('a 596 is a moderation flag carrying useapi.net’s words', async () => {
  useapi.flagModeration(CHANNEL);
  const outcome = expectKind(await upstream.setSpeed('fast', CHANNEL), 'moderation');
  expect(outcome).toMatchObject({ cause: 'moderation', status: 596, upstreamMessage: PENDING_MOD_DETAILS });
  expect(useapi.requests).toHaveLength(1);
});

test('the account report shows the pending moderation message, and clears after a reset', async () => {
  useapi.flagModeration(CHANNEL);
  expect(expectKind(await upstream.getAccount(CHANNEL), 'success').value).toEqual({
    flagged: true,
    cause: 'moderation',
    moderationText: PENDING_MOD_DETAILS,
    enabled: true,
  });

  expect(expectKind(await upstream.reset(CHANNEL), 'success').value).toEqual({ cleared: [] });

  expect(expectKind(await upstream.getAccount(CHANNEL), 'success').value).toMatchObject({
    flagged: false,
    enabled: true,
  });
  expect(useapi.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
    `GET /account/midjourney/${CHANNEL}`,
    `POST /account/midjourney/${CHANNEL}/reset`,
    `GET /account/midjourney/${CHANNEL}`,
  ]);
});

test('fast time is read from the /info card', async () => {
  useapi.setFastTimeRemaining(CHANNEL, 12.5, 30);
  const outcome = expectKind(await upstream.fastTime(CHANNEL), 'success');
  expect(outcome.value).toEqual({ remainingHours: 12.5, totalHours: 30, percent: 41.67 });
  expect(useapi.requests[0]).toMatchObject({
    method: 'POST',
    path: '/jobs/info',
    body: { channel: CHANNEL },
  });
});

test('an /info card without a readable fast time line is unknown, not an error', async () => {
  useapi.respondOnce(
    { route: 'info' },
    respond.json(200, { jobid: 'j1', verb: 'info', status: 'completed', content: '**Job Mode**: Fast' }),
  );
  expect(expectKind(await upstream.fastTime(CHANNEL), 'success').value).toBeUndefined();
});

test('every configured account is listed with its flag', async () => {
  useapi.flagModeration(OTHER);
  useapi.channelState(CHANNEL);
  const outcome = expectKind(await upstream.listAccounts(), 'success');
  expect(outcome.value).toEqual([
    { account: OTHER, enabled: true, flagged: true },
    { account: CHANNEL, enabled: true, flagged: false },
  ]);
  expect(useapi.requests[0]).toMatchObject({ method: 'GET', path: '/account/midjourney' });
});

test('createUpstream picks the backend UPSTREAM names', async () => {
  const discord = { DISCORD_TOKEN: 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GAbCdE.s3cr3t-discord-token-value_0123456789' };
  const viaUseapi = createUpstream(parseConfig({ ...discord, USEAPI_TOKEN: TOKEN }).upstream);
  const viaProxy = createUpstream(
    parseConfig({
      ...discord,
      UPSTREAM: 'midjourney-proxy',
      MJ_PROXY_URL: 'http://127.0.0.1:8080',
      MJ_PROXY_TOKEN: 'mjproxy-admin-token',
    }).upstream,
  );
  expect(viaUseapi).toBeInstanceOf(UseapiUpstream);
  expect(viaUseapi).toMatchObject({ name: 'useapi', displayName: 'useapi.net' });
  expect(viaProxy).toBeInstanceOf(MidjourneyProxyClient);
  expect(viaProxy).toMatchObject({ name: 'midjourney-proxy', displayName: 'midjourney-proxy' });
  await Promise.all([viaUseapi.close(), viaProxy.close()]);
});
