import { afterAll, beforeAll, expect, test } from 'vitest';
import { instrumentUpstream } from '../../src/ops/instrumentUpstream.js';
import { type BotMetrics, createMetrics } from '../../src/ops/metrics.js';
import type { SpeedUpstream } from '../../src/speed/SpeedService.js';
import { UseapiClient } from '../../src/useapi/UseapiClient.js';
import { respond, UseapiStandIn } from '../standins/useapi.js';

const TOKEN = 'useapi-test-token-5b1e';
const CHANNEL = '1181234567890123456';

let useapi: UseapiStandIn;
let client: UseapiClient;

beforeAll(async () => {
  useapi = await UseapiStandIn.start({ token: TOKEN });
  client = new UseapiClient({
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
  `mj_speed_upstream_request_duration_seconds_count{verb="${verb}",status="${status}"}`;

test('each useapi.net call is measured under its verb and the status useapi.net answered', async () => {
  const metrics = createMetrics({ processMetrics: false });
  const upstream = instrumentUpstream(client, metrics);
  expect((await upstream.setSpeed('turbo', CHANNEL)).kind).toBe('success');
  expect((await upstream.getAccount(CHANNEL)).kind).toBe('success');
  expect((await upstream.resetAccount(CHANNEL)).kind).toBe('success');
  expect((await upstream.info(CHANNEL)).kind).toBe('success');
  expect(await count(metrics, durationCount('turbo', '200'))).toBe(1);
  expect(await count(metrics, durationCount('account', '200'))).toBe(1);
  expect(await count(metrics, durationCount('reset', '204'))).toBe(1);
  expect(await count(metrics, durationCount('info', '200'))).toBe(1);
});

test('outcomes reach the caller unchanged through the decorator', async () => {
  let returned: unknown;
  const upstream = instrumentUpstream(
    {
      setSpeed: async (verb, channel) => {
        returned = await client.setSpeed(verb, channel);
        return returned as Awaited<ReturnType<SpeedUpstream['setSpeed']>>;
      },
      resetAccount: (channel) => client.resetAccount(channel),
      getAccount: (channel) => client.getAccount(channel),
    },
    createMetrics({ processMetrics: false }),
  );
  expect(await upstream.setSpeed('relax', CHANNEL)).toBe(returned);
});

test('a 596 on a speed change is measured and counted as a moderation halt', async () => {
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

test('a useapi.net call that never answers is measured as a timeout', async () => {
  const metrics = createMetrics({ processMetrics: false });
  const upstream = instrumentUpstream(client, metrics);
  useapi.respondOnce({ path: '/jobs/relax' }, respond.hang());
  expect(await upstream.setSpeed('relax', CHANNEL)).toMatchObject({ kind: 'unavailable', reason: 'timeout' });
  expect(await count(metrics, durationCount('relax', 'timeout'))).toBe(1);
  expect(await count(metrics, 'mj_speed_moderation_halts_total')).toBe(0);
});

test('an upstream without info or close gets a decorator without them', async () => {
  const plain: SpeedUpstream = {
    setSpeed: (verb, channel) => client.setSpeed(verb, channel),
    resetAccount: (channel) => client.resetAccount(channel),
    getAccount: (channel) => client.getAccount(channel),
  };
  const upstream = instrumentUpstream(plain, createMetrics({ processMetrics: false }));
  expect(Object.keys(upstream).sort()).toEqual(['getAccount', 'resetAccount', 'setSpeed']);
});

test('closing the decorator closes the client it wraps', async () => {
  const own = new UseapiClient({ baseUrl: useapi.url, token: TOKEN });
  const upstream = instrumentUpstream(own, createMetrics({ processMetrics: false }));
  await upstream.close();
  expect(await own.getAccount(CHANNEL)).toMatchObject({ kind: 'unavailable', detail: 'CLIENT_CLOSED' });
});
