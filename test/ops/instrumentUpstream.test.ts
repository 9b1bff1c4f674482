import { afterAll, beforeAll, expect, test } from 'vitest';
import { instrumentUpstream } from '../../src/ops/instrumentUpstream.js';
import { type BotMetrics, createMetrics } from '../../src/ops/metrics.js';
import type { Upstream } from '../../src/upstream/port.js';
import { UseapiUpstream } from '../../src/useapi/UseapiUpstream.js';
import { respond, UseapiStandIn } from '../standins/useapi.js';

const TOKEN = 'useapi-test-token-5b1e';
const CHANNEL = '1181234567890123456';

let useapi: UseapiStandIn;
let client: UseapiUpstream;

beforeAll(async () => {
  useapi = await UseapiStandIn.start({ token: TOKEN });
  client = new UseapiUpstream({
    baseUrl: useapi.url,
    token: TOKEN,
    deadlineMs: 300,
    retry: { minBackoffMs: 10, maxBackoffMs: 20, minAttemptMs: 50 },
  });
});

afterAll(async () => {
  await client.close();
  await useapi.close();
});

async function count(metrics: BotMetrics, series: string): Promise<number | undefined> {
  const { body } = await metrics.render();
  const line = body.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

const durationCount = (verb: string, status: string) =>
  `mj_speed_upstream_request_duration_seconds_count{verb="${verb}",status="${status}",upstream="useapi"}`;

test('each upstream call is measured under its verb, the status the upstream answered and the upstream', async () => {
  const metrics = createMetrics({ processMetrics: false });
  const upstream = instrumentUpstream(client, metrics);
  expect((await upstream.setSpeed('turbo', CHANNEL)).kind).toBe('success');
  expect((await upstream.getAccount(CHANNEL)).kind).toBe('success');
  expect((await upstream.reset(CHANNEL)).kind).toBe('success');
  expect((await upstream.fastTime(CHANNEL)).kind).toBe('success');
  expect((await upstream.listAccounts?.())?.kind).toBe('success');
  expect(await count(metrics, durationCount('turbo', '200'))).toBe(1);
  expect(await count(metrics, durationCount('account', '200'))).toBe(1);
  expect(await count(metrics, durationCount('reset', '204'))).toBe(1);
  expect(await count(metrics, durationCount('info', '200'))).toBe(1);
  expect(await count(metrics, durationCount('list', '200'))).toBe(1);
});

test('outcomes and the upstream’s names reach the caller unchanged through the decorator', async () => {
  let returned: unknown;
  const spy: Upstream = {
    name: client.name,
    displayName: client.displayName,
    words: client.words,
    setSpeed: async (mode, account) => {
      const outcome = await client.setSpeed(mode, account);
      returned = outcome;
      return outcome;
    },
    reset: (account) => client.reset(account),
    getAccount: (account) => client.getAccount(account),
    fastTime: (account) => client.fastTime(account),
    close: async () => {},
  };
  const upstream = instrumentUpstream(spy, createMetrics({ processMetrics: false }));
  expect(await upstream.setSpeed('relax', CHANNEL)).toBe(returned);
  expect(upstream).toMatchObject({ name: 'useapi', displayName: 'useapi.net', words: client.words });
  expect(upstream.listAccounts).toBeUndefined();
});

test('a moderation flag on a speed change is measured and counted as a halt', async () => {
  const metrics = createMetrics({ processMetrics: false });
  const upstream = instrumentUpstream(client, metrics);
  useapi.flagModeration(CHANNEL);
  try {
    expect((await upstream.setSpeed('fast', CHANNEL)).kind).toBe('moderation');
  } finally {
    useapi.clearModeration(CHANNEL);
  }
  expect(await count(metrics, durationCount('fast', '596'))).toBe(1);
  expect(await count(metrics, 'mj_speed_moderation_halts_total')).toBe(1);
});

test('an upstream call that never answers is measured as a timeout', async () => {
  const metrics = createMetrics({ processMetrics: false });
  const upstream = instrumentUpstream(client, metrics);
  useapi.respondOnce({ path: '/jobs/relax' }, respond.hang());
  expect(await upstream.setSpeed('relax', CHANNEL)).toMatchObject({ kind: 'unavailable', reason: 'timeout' });
  expect(await count(metrics, durationCount('relax', 'timeout'))).toBe(1);
  expect(await count(metrics, 'mj_speed_moderation_halts_total')).toBe(0);
});

test('closing the decorator closes the upstream it wraps', async () => {
  const own = new UseapiUpstream({ baseUrl: useapi.url, token: TOKEN });
  const upstream = instrumentUpstream(own, createMetrics({ processMetrics: false }));
  await upstream.close();
  expect(await own.getAccount(CHANNEL)).toMatchObject({ kind: 'unavailable', detail: 'CLIENT_CLOSED' });
});
