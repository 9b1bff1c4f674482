/**
 * The port's promise: one switch request upstream per call, never two that could both reach Midjourney.
 * Every fault a switch can meet is played once against each backend's stand-in, and the stand-in counts
 * the switch requests it received. A request is sent again only when the upstream provably did not take
 * it: useapi.net answering 429 (it refused to queue the job) or a connection that was never made.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { UpstreamOutcome } from '../../src/upstream/outcomes.js';
import type { SpeedChanged } from '../../src/upstream/port.js';
import { UseapiUpstream } from '../../src/useapi/UseapiUpstream.js';
import { proxyFaults } from '../standins/midjourneyProxy.js';
import { type Behaviour, respond, UseapiStandIn, useapiReplies } from '../standins/useapi.js';
import { freeConsecutivePorts } from '../support/freePorts.js';
import { CHANNEL, proxyFixture } from './proxyFixture.js';

const TOKEN = 'useapi-SECRET-token-5e2b1d';
const DEADLINE_MS = 1_500;

describe('useapi.net', () => {
  let useapi: UseapiStandIn;
  beforeAll(async () => {
    useapi = await UseapiStandIn.start({ token: TOKEN });
  });
  afterAll(async () => {
    await useapi.close();
  });
  beforeEach(() => {
    useapi.clear();
  });

  async function switchOnce(baseUrl = useapi.url): Promise<UpstreamOutcome<SpeedChanged>> {
    const upstream = new UseapiUpstream({
      baseUrl,
      token: TOKEN,
      deadlineMs: DEADLINE_MS,
      retry: { minBackoffMs: 10, maxBackoffMs: 20, minAttemptMs: 200 },
    });
    try {
      return await upstream.setSpeed('turbo', CHANNEL);
    } finally {
      await upstream.close();
    }
  }

  test.each<[string, Behaviour]>([
    ['a 500', respond.json(500, { error: 'Internal error', code: 500 })],
    ['a 502 page from the gateway', useapiReplies.badGateway502Html()],
    ['a 503', respond.json(503, { error: 'Service Unavailable', code: 503 })],
    ['a 503 with Retry-After', respond.json(503, { error: 'Service Unavailable' }, { 'retry-after': '0' })],
    ['a 504', respond.empty(504)],
    ['a connection reset', respond.destroySocket()],
    ['a connection closed without an answer', respond.destroySocket(false)],
    ['a connection dropped in the middle of the body', respond.resetMidBody()],
    ['no answer until the deadline', respond.hang()],
    ['a 200 that is not JSON', respond.malformedJson()],
    ['a body past the size cap', respond.huge(1_024 * 1_024)],
    ['a 596', useapiReplies.moderationJob(CHANNEL, 'turbo')],
  ])('%s: the switch is sent once, and the call fails', async (_fault, fault) => {
    useapi.respondOnce({ route: 'jobs' }, fault);

    const outcome = await switchOnce();

    expect(outcome.kind).not.toBe('success');
    expect(useapi.requestsTo('/jobs/turbo')).toHaveLength(1);
  });

  test('a 429 proves the switch was not taken: it is sent again, and goes through', async () => {
    useapi.respondOnce({ route: 'jobs' }, useapiReplies.busy429());

    const outcome = await switchOnce();

    expect(outcome.kind).toBe('success');
    expect(useapi.requestsTo('/jobs/turbo')).toHaveLength(2);
  });

  test('a refused connection proves the switch was not sent: it is tried once more, and fails', async () => {
    // Free a moment ago, so nothing listens there.
    const port = await freeConsecutivePorts(1);

    const outcome = await switchOnce(`http://127.0.0.1:${port}/v2`);

    expect(outcome).toMatchObject({ kind: 'unavailable', reason: 'connection', attempts: 2 });
  });
});

describe('midjourney-proxy', () => {
  const fx = proxyFixture();

  test.each([
    ['a 500 (an exception in the proxy)', proxyFaults.serverError()],
    ['a 502 page from a reverse proxy', proxyFaults.html(502)],
    ['a 503 page', proxyFaults.html(503)],
    ['a dropped connection', proxyFaults.drop()],
    ['no answer until the deadline', proxyFaults.hang()],
    ['a refusal', proxyFaults.refuse('BadRequest')],
  ])('%s on the click: the button is clicked once, and the call fails', async (_fault, fault) => {
    fx.proxy.addAccount({ channelId: CHANNEL, mode: 'relax' });
    fx.proxy.fail(fault, { route: 'action' });

    const outcome = fx.seen(await fx.client().setSpeed('turbo', CHANNEL));

    expect(outcome.kind).not.toBe('success');
    expect(fx.proxy.requestsTo('action')).toHaveLength(1);
  });
});
