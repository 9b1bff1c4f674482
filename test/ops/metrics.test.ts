import { expect, test } from 'vitest';
import { createMetrics, upstreamStatusLabel } from '../../src/ops/metrics.js';
import type { UpstreamOutcome } from '../../src/upstream/outcomes.js';
import type { SpeedChanged } from '../../src/upstream/port.js';

const switched: UpstreamOutcome<SpeedChanged> = {
  kind: 'success',
  value: { content: 'Done!' },
  status: 200,
  durationMs: 1_200,
  attempts: 1,
};
const timedOut: UpstreamOutcome<SpeedChanged> = {
  kind: 'unavailable',
  reason: 'timeout',
  detail: 'DEADLINE',
  durationMs: 25_000,
  attempts: 2,
};

/** The value of one sample line, e.g. `name{a="b"} 3`, or undefined when the line is absent. */
function sample(body: string, series: string): number | undefined {
  const line = body.split('\n').find((candidate) => candidate.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

test('interactions are counted per subcommand and outcome', async () => {
  const metrics = createMetrics({ processMetrics: false });
  metrics.recordInteraction('fast', 'switched');
  metrics.recordInteraction('fast', 'switched');
  metrics.recordInteraction('reset', 'refused');
  const { body } = await metrics.render();
  expect(body).toContain('# TYPE mj_speed_interactions_total counter');
  expect(sample(body, 'mj_speed_interactions_total{subcommand="fast",outcome="switched"}')).toBe(2);
  expect(sample(body, 'mj_speed_interactions_total{subcommand="reset",outcome="refused"}')).toBe(1);
});

test('an upstream call lands in the duration bucket of its verb and HTTP status', async () => {
  const metrics = createMetrics({ processMetrics: false });
  metrics.observeUpstream('fast', switched, 'useapi');
  const { body } = await metrics.render();
  const series = (suffix: string, le?: string) =>
    `mj_speed_upstream_request_duration_seconds_${suffix}{${le ? `le="${le}",` : ''}verb="fast",status="200",upstream="useapi"}`;
  expect(sample(body, series('bucket', '1'))).toBe(0);
  expect(sample(body, series('bucket', '2'))).toBe(1);
  expect(sample(body, series('bucket', '+Inf'))).toBe(1);
  expect(sample(body, series('sum'))).toBeCloseTo(1.2);
  expect(sample(body, series('count'))).toBe(1);
});

test('an upstream call that got no usable answer is filed under its reason, e.g. timeout', async () => {
  const metrics = createMetrics({ processMetrics: false });
  metrics.observeUpstream('relax', timedOut, 'midjourney-proxy');
  const { body } = await metrics.render();
  expect(
    sample(
      body,
      'mj_speed_upstream_request_duration_seconds_count{verb="relax",status="timeout",upstream="midjourney-proxy"}',
    ),
  ).toBe(1);
});

test('a body that broke after a 200 is filed under its reason, not as a 200', () => {
  expect(
    upstreamStatusLabel({
      kind: 'unavailable',
      reason: 'invalidBody',
      status: 200,
      durationMs: 40,
      attempts: 1,
    }),
  ).toBe('invalidBody');
  expect(upstreamStatusLabel({ kind: 'busy', status: 429, durationMs: 40, attempts: 2 })).toBe('429');
  expect(
    upstreamStatusLabel({ kind: 'unavailable', reason: 'status', status: 502, durationMs: 9, attempts: 2 }),
  ).toBe('502');
});

test('halts are counted and the halted-channel gauge shows the latest number the bot reported', async () => {
  const metrics = createMetrics({ processMetrics: false });
  metrics.recordHalt();
  metrics.recordHalt();
  metrics.setHaltedChannels(3);
  metrics.setHaltedChannels(1);
  metrics.setHaltedChannels(Number.NaN);
  const { body } = await metrics.render();
  expect(sample(body, 'mj_speed_moderation_halts_total')).toBe(2);
  expect(sample(body, 'mj_speed_halted_channels')).toBe(1);
});

test('two metrics instances in one process keep separate counts and include process metrics', async () => {
  const first = createMetrics();
  const second = createMetrics();
  first.recordHalt();
  const [a, b] = await Promise.all([first.render(), second.render()]);
  expect(sample(a.body, 'mj_speed_moderation_halts_total')).toBe(1);
  expect(sample(b.body, 'mj_speed_moderation_halts_total')).toBe(0);
  expect(a.body).toMatch(/^process_cpu_user_seconds_total \d/m);
  expect(a.body).toMatch(/^nodejs_eventloop_lag_seconds \d/m);
  expect(a.contentType).toMatch(/^text\/plain; version=0\.0\.4/);
});
