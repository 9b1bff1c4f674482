import { afterAll, beforeAll, expect, test } from 'vitest';
import { permissionSets, waitFor } from '../standins/discord.js';
import { CHANNEL_A, CHANNEL_B, type Harness, startHarness } from '../support/botHarness.js';

let harness: Harness;
let base: string;
beforeAll(async () => {
  harness = await startHarness({ env: { METRICS_PORT: '0' } });
  base = `http://127.0.0.1:${harness.bot.metricsPort}`;
});
afterAll(async () => {
  await harness.close();
});

const scrape = async () => (await fetch(`${base}/metrics`)).text();
const sample = (metrics: string, series: string) =>
  Number(
    metrics
      .split('\n')
      .find((line) => line.startsWith(`${series} `))
      ?.split(' ')[1],
  );

test('the health and metrics listener binds 127.0.0.1 when METRICS_HOST is not set', () => {
  const listening = harness.logs
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .find((entry) => entry.msg === 'health and metrics listening');
  expect(listening).toMatchObject({ host: '127.0.0.1', port: harness.bot.metricsPort });
});

test('/healthz answers 200 while the bot is connected and its store answers', async () => {
  const response = await fetch(`${base}/healthz`);
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ status: 'ok' });
});

test('/metrics counts interactions by outcome, times useapi.net calls and tracks halts', async () => {
  await harness.run({ subcommand: 'fast', channelId: CHANNEL_B });
  harness.useapi.flagModeration(CHANNEL_A, 'plain');
  await harness.run({ subcommand: 'turbo', channelId: CHANNEL_A });

  let metrics = await scrape();
  expect(sample(metrics, 'mj_speed_interactions_total{subcommand="fast",outcome="switched"}')).toBe(1);
  expect(sample(metrics, 'mj_speed_interactions_total{subcommand="turbo",outcome="halted"}')).toBe(1);
  expect(
    sample(
      metrics,
      'mj_speed_upstream_request_duration_seconds_count{verb="fast",status="200",upstream="useapi"}',
    ),
  ).toBe(1);
  expect(
    sample(
      metrics,
      'mj_speed_upstream_request_duration_seconds_count{verb="turbo",status="596",upstream="useapi"}',
    ),
  ).toBe(1);
  expect(sample(metrics, 'mj_speed_moderation_halts_total')).toBe(1);
  expect(sample(metrics, 'mj_speed_halted_channels')).toBe(1);
  expect(metrics).toContain('process_resident_memory_bytes');

  await harness.run({ subcommand: 'reset', channelId: CHANNEL_A, permissions: permissionSets.manager });
  metrics = await scrape();
  expect(sample(metrics, 'mj_speed_halted_channels')).toBe(0);
  expect(sample(metrics, 'mj_speed_interactions_total{subcommand="reset",outcome="reset"}')).toBe(1);
});

test('each interaction is one JSON log line with who, where, the outcome and the useapi.net status and latency', async () => {
  await harness.run({ subcommand: 'relax', channelId: CHANNEL_B, user: { id: '700000000000000077' } });
  // The line is written once the reply has gone out, so it may trail the answer a little.
  const line = await waitFor(() =>
    harness.logs
      .map((entry) => JSON.parse(entry) as Record<string, unknown>)
      .find((entry) => entry.msg === 'interaction' && entry.subcommand === 'relax'),
  );
  expect(line).toMatchObject({
    subcommand: 'relax',
    guild: harness.discord.guilds[0]?.id,
    channel: CHANNEL_B,
    user: '700000000000000077',
    outcome: 'switched',
    upstream: [{ verb: 'relax', status: '200', ms: expect.any(Number) }],
  });
});

test("an admin's /speed status logs the upstream calls it made: the account read and Midjourney's /info", async () => {
  await harness.run({ subcommand: 'status', channelId: CHANNEL_B, permissions: permissionSets.manager });
  const line = await waitFor(() =>
    harness.logs
      .map((entry) => JSON.parse(entry) as Record<string, unknown>)
      .find((entry) => entry.msg === 'interaction' && entry.subcommand === 'status'),
  );
  expect(line?.upstream).toEqual(
    expect.arrayContaining([
      { verb: 'info', status: '200', ms: expect.any(Number) },
      { verb: 'account', status: '200', ms: expect.any(Number) },
    ]),
  );
});
