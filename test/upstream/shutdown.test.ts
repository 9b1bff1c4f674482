import { afterAll, beforeAll, expect, test } from 'vitest';
import { createUpstream } from '../../src/upstream/createUpstream.js';
import { describeFailure } from '../../src/upstream/messages.js';
import type { Upstream } from '../../src/upstream/port.js';
import { expectKind } from '../support/expectKind.js';
import { rendered } from '../support/rendered.js';
import {
  MJ_PROXY_TOKEN,
  startUpstreamDouble,
  UPSTREAMS,
  type UpstreamDouble,
  USEAPI_TOKEN,
} from '../support/upstreamDouble.js';

const ACCOUNT = '1181234567890123456';
const doubles: UpstreamDouble[] = [];

beforeAll(async () => {
  for (const kind of UPSTREAMS) doubles.push(await startUpstreamDouble(kind, [ACCOUNT]));
});
afterAll(async () => {
  await Promise.all(doubles.map((double) => double.close()));
});

function upstreamFor(double: UpstreamDouble, shutdownSignal: AbortSignal): Upstream {
  const env = double.env();
  return createUpstream(
    double.kind === 'useapi'
      ? { kind: 'useapi', baseUrl: env.USEAPI_BASE_URL ?? '', token: USEAPI_TOKEN, deadlineMs: 20_000 }
      : {
          kind: 'midjourney-proxy',
          url: env.MJ_PROXY_URL ?? '',
          token: MJ_PROXY_TOKEN,
          deadlineMs: 20_000,
          syncMinAgeMinutes: 60,
        },
    { shutdownSignal },
  );
}

test.each(UPSTREAMS)(
  'a %s call cut short by the shutdown says the change may or may not have gone through, and later calls end at once',
  async (kind) => {
    const double = doubles.find((candidate) => candidate.kind === kind);
    if (!double) throw new Error('no double');
    const shutdown = new AbortController();
    const upstream = upstreamFor(double, shutdown.signal);
    double.hang();
    const pending = upstream.setSpeed('turbo', ACCOUNT);
    await new Promise((resolve) => setTimeout(resolve, 300));
    shutdown.abort();
    const cut = expectKind(await pending, 'unavailable');
    expect(cut).toMatchObject({ reason: 'connection', detail: 'SHUTDOWN' });
    expect(cut.durationMs).toBeLessThan(15_000);
    expect(rendered(describeFailure(cut, upstream.words))).toContain(
      `The bot is restarting and stopped waiting for ${upstream.displayName}`,
    );

    const before = double.requestCount();
    expect(await upstream.setSpeed('fast', ACCOUNT)).toMatchObject({
      kind: 'unavailable',
      detail: 'SHUTDOWN',
    });
    expect(double.requestCount()).toBe(before);
    await upstream.close();
  },
);
