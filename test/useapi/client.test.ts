import { createServer } from 'node:net';
import { Agent } from 'undici';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { describeFailure } from '../../src/upstream/messages.js';
import type { UpstreamOutcome } from '../../src/upstream/outcomes.js';
import { UseapiClient, type UseapiClientOptions } from '../../src/useapi/UseapiClient.js';
import { USEAPI_WORDS } from '../../src/useapi/words.js';
import {
  PENDING_MOD_DETAILS,
  respond,
  UseapiStandIn,
  useapiBodies,
  useapiReplies,
} from '../standins/useapi.js';
import { expectKind } from '../support/expectKind.js';
import { rendered } from '../support/rendered.js';

const TOKEN = 'useapi-SECRET-token-7f3a9c';
const CHANNEL = '1181234567890123456';

let useapi: UseapiStandIn;
let client: UseapiClient;
/** Every outcome and message the suite produced, searched for the token at the end. */
const produced: unknown[] = [];

function newClient(options: Partial<UseapiClientOptions> = {}): UseapiClient {
  return new UseapiClient({
    baseUrl: useapi.url,
    token: TOKEN,
    deadlineMs: 2_000,
    // Short backoff keeps the suite fast; the policy's own defaults are covered in retryPolicy.test.ts.
    retry: { minBackoffMs: 10, maxBackoffMs: 20, minAttemptMs: 200 },
    ...options,
  });
}

/** What a user would be told about a failed call ('' for a success). */
function told(outcome: UpstreamOutcome<unknown>): string {
  return outcome.kind === 'success' ? '' : rendered(describeFailure(outcome, USEAPI_WORDS));
}

function seen<T extends UpstreamOutcome<unknown>>(outcome: T): T {
  produced.push(outcome, told(outcome));
  return outcome;
}

async function settled(check: () => boolean, timeoutMs = 1_000): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) return false;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return true;
}

function countResources(type: string): number {
  return process.getActiveResourcesInfo().filter((resource) => resource === type).length;
}

beforeAll(async () => {
  useapi = await UseapiStandIn.start({ token: TOKEN });
  client = newClient();
});

afterAll(async () => {
  await client.close();
  await useapi.close();
});

beforeEach(() => {
  useapi.clear();
});

test('switching to fast makes exactly one authorised POST with the channel and returns Midjourney’s reply', async () => {
  const outcome = seen(await client.setSpeed('fast', CHANNEL));

  const success = expectKind(outcome, 'success');
  expect(success.value.content).toMatch(/^Done! Note that once you exhaust your fast hours/);
  expect(success.value.jobId).toMatch(/^j\d+/);
  expect(success).toMatchObject({ status: 200, attempts: 1 });
  expect(success.durationMs).toBeGreaterThanOrEqual(0);
  expect(useapi.requests).toHaveLength(1);
  const [request] = useapi.requests;
  expect(request).toMatchObject({ method: 'POST', url: '/v2/jobs/fast', body: { channel: CHANNEL } });
  expect(request?.headers.authorization).toBe(`Bearer ${TOKEN}`);
  expect(request?.headers['content-type']).toBe('application/json');
});

test('each speed mode goes to its own route', async () => {
  for (const mode of ['fast', 'turbo', 'relax'] as const) {
    expectKind(seen(await client.setSpeed(mode, CHANNEL)), 'success');
  }
  expect(useapi.requests.map((request) => request.path)).toEqual([
    '/jobs/fast',
    '/jobs/turbo',
    '/jobs/relax',
  ]);
  expect(useapi.modeOf(CHANNEL)).toBe('relax');
});

test('a job id spelled jobId (turbo model) is read too', async () => {
  const { jobid: _dropped, ...body } = useapiBodies.job('turbo', CHANNEL);
  useapi.respondOnce({ path: '/jobs/turbo' }, respond.json(200, { ...body, jobId: 'j-camel-case' }));

  const success = expectKind(seen(await client.setSpeed('turbo', CHANNEL)), 'success');

  expect(success.value.jobId).toBe('j-camel-case');
});

test('a 596 with the job-shaped body is a moderation halt carrying useapi’s details, not retried', async () => {
  useapi.respondAlways({ route: 'jobs' }, useapiReplies.moderationJob(CHANNEL));

  const outcome = expectKind(seen(await client.setSpeed('fast', CHANNEL)), 'moderation');

  expect(outcome).toMatchObject({
    status: 596,
    shape: 'job',
    upstreamMessage: PENDING_MOD_DETAILS,
    attempts: 1,
  });
  expect(useapi.requests).toHaveLength(1);
});

test('a 596 with the plain body is a moderation halt carrying useapi’s error text', async () => {
  useapi.respondAlways({ route: 'jobs' }, useapiReplies.moderationPlain(CHANNEL));

  const outcome = expectKind(seen(await client.setSpeed('relax', CHANNEL)), 'moderation');

  expect(outcome.shape).toBe('plain');
  expect(outcome.upstreamMessage).toContain(`POST account/midjourney/${CHANNEL}/reset`);
});

test('a 596 is recognised by its status even with an unreadable body', async () => {
  useapi.respondOnce({ route: 'jobs' }, respond.html(596, '<h1>halted</h1>'));

  const outcome = expectKind(seen(await client.setSpeed('fast', CHANNEL)), 'moderation');

  expect(outcome.upstreamMessage).toBeUndefined();
});

test('a flagged account answers 596 until it is reset, then switching works again', async () => {
  useapi.flagModeration(CHANNEL, 'job');
  expectKind(seen(await client.setSpeed('fast', CHANNEL)), 'moderation');

  expectKind(seen(await client.resetAccount(CHANNEL)), 'success');

  expectKind(seen(await client.setSpeed('fast', CHANNEL)), 'success');
  expect(useapi.isFlagged(CHANNEL)).toBe(false);
});

test('a 400 is a bad request with useapi’s message', async () => {
  useapi.respondOnce({ route: 'jobs' }, useapiReplies.badRequest400());

  const outcome = expectKind(seen(await client.setSpeed('fast', CHANNEL)), 'badRequest');

  expect(outcome).toMatchObject({
    status: 400,
    upstreamMessage: 'discord, server or channel value is missing',
  });
  expect(useapi.requests).toHaveLength(1);
});

test('a wrong token is reported as unauthorized, without retrying', async () => {
  const wrong = newClient({ token: 'not-the-right-token' });
  try {
    const outcome = expectKind(seen(await wrong.setSpeed('fast', CHANNEL)), 'unauthorized');
    expect(outcome).toMatchObject({ status: 401, upstreamMessage: 'Unauthorized', attempts: 1 });
    expect(useapi.requests).toHaveLength(1);
  } finally {
    await wrong.close();
  }
});

test('a 402 says the useapi.net subscription is missing', async () => {
  useapi.respondOnce({ route: 'jobs' }, useapiReplies.noSubscription402());

  const outcome = expectKind(seen(await client.setSpeed('fast', CHANNEL)), 'noSubscription');

  expect(outcome.upstreamMessage).toBe('Account has no subscription or subscription expired');
});

test('a 404 is not found with useapi’s message', async () => {
  useapi.respondOnce({ route: 'account' }, useapiReplies.notFound404());

  const outcome = expectKind(seen(await client.getAccount(CHANNEL)), 'notFound');

  expect(outcome).toMatchObject({
    status: 404,
    upstreamMessage: 'Configuration not found for provided channel',
  });
});

test('a 412 is a bad request too', async () => {
  useapi.respondOnce({ route: 'jobs' }, useapiReplies.precondition412());

  const outcome = expectKind(seen(await client.setSpeed('fast', CHANNEL)), 'badRequest');

  expect(outcome.status).toBe(412);
  expect(useapi.requests).toHaveLength(1);
});

test('a 429 with a short Retry-After is retried once and then succeeds', async () => {
  useapi.respondOnce({ route: 'jobs' }, useapiReplies.busy429(0));

  const outcome = seen(await client.setSpeed('fast', CHANNEL));

  expect(outcome).toMatchObject({ kind: 'success', attempts: 2 });
  expect(useapi.requests).toHaveLength(2);
});

test('a 429 that persists is reported busy after exactly one retry', async () => {
  useapi.respondAlways({ route: 'jobs' }, useapiReplies.busy429(0));

  const outcome = expectKind(seen(await client.setSpeed('fast', CHANNEL)), 'busy');

  expect(outcome).toMatchObject({ status: 429, retryAfterMs: 0, attempts: 2 });
  expect(useapi.requests).toHaveLength(2);
});

test('a 429 asking for a long wait is reported at once with the wait, not retried', async () => {
  useapi.respondAlways({ route: 'jobs' }, useapiReplies.busy429(120));

  const outcome = expectKind(seen(await client.setSpeed('fast', CHANNEL)), 'busy');

  expect(outcome).toMatchObject({ retryAfterMs: 120_000, attempts: 1 });
  expect(useapi.requests).toHaveLength(1);
  expect(told(outcome)).toContain('Try again in 2 minutes');
});

test('a 429 with an HTTP-date Retry-After reports the wait until that date', async () => {
  useapi.respondAlways({ route: 'jobs' }, useapiReplies.busy429(new Date(Date.now() + 90_000).toUTCString()));

  const outcome = expectKind(seen(await client.setSpeed('fast', CHANNEL)), 'busy');

  expect(outcome.retryAfterMs).toBeGreaterThan(85_000);
  expect(outcome.retryAfterMs).toBeLessThanOrEqual(90_000);
});

test('a 502 HTML page on an account read is retried once and the retry can succeed', async () => {
  useapi.respondOnce({ route: 'account' }, useapiReplies.badGateway502Html());

  const outcome = seen(await client.getAccount(CHANNEL));

  expect(outcome).toMatchObject({ kind: 'success', attempts: 2 });
});

test('a 502 HTML page that persists on an account read is unavailable after one retry', async () => {
  useapi.respondAlways({ route: 'account' }, useapiReplies.badGateway502Html());

  const outcome = expectKind(seen(await client.getAccount(CHANNEL)), 'unavailable');

  expect(outcome).toMatchObject({ reason: 'status', status: 502, attempts: 2 });
  expect(useapi.requests).toHaveLength(2);
});

test.each([
  ['a 502 HTML page', useapiReplies.badGateway502Html()],
  ['a 503', respond.json(503, { error: 'Service Unavailable', code: 503 })],
  ['a 504', respond.empty(504)],
  ['a connection reset', respond.destroySocket()],
  ['a connection closed without a reset', respond.destroySocket(false)],
])(
  'a switch met by %s is sent once, never again: useapi.net may already have passed it on',
  async (_what, fault) => {
    useapi.respondOnce({ route: 'jobs' }, fault);

    const outcome = expectKind(seen(await client.setSpeed('turbo', CHANNEL)), 'unavailable');

    expect(outcome.attempts).toBe(1);
    expect(useapi.requestsTo('/jobs/turbo')).toHaveLength(1);
  },
);

test('a 500 is unavailable without a retry', async () => {
  useapi.respondAlways({ route: 'jobs' }, respond.json(500, { error: 'Internal error', code: 500 }));

  const outcome = expectKind(seen(await client.setSpeed('fast', CHANNEL)), 'unavailable');

  expect(outcome).toMatchObject({ reason: 'status', status: 500, attempts: 1 });
});

test('a 200 with a non-JSON body is unavailable (invalid body), not retried', async () => {
  useapi.respondAlways({ route: 'jobs' }, respond.html(200, '<html>maintenance</html>'));

  const outcome = expectKind(seen(await client.setSpeed('fast', CHANNEL)), 'unavailable');

  expect(outcome).toMatchObject({ reason: 'invalidBody', status: 200, attempts: 1 });
});

test('a 200 with malformed JSON is unavailable (invalid body)', async () => {
  useapi.respondOnce({ route: 'jobs' }, respond.malformedJson());

  expectKind(seen(await client.setSpeed('fast', CHANNEL)), 'unavailable');
});

test('a 200 whose JSON is not an object is unavailable (invalid body)', async () => {
  useapi.respondOnce({ route: 'jobs' }, respond.json(200, ['Done!']));

  const outcome = expectKind(seen(await client.setSpeed('fast', CHANNEL)), 'unavailable');

  expect(outcome.reason).toBe('invalidBody');
});

test('a 200 without content is a success with no text', async () => {
  useapi.respondOnce(
    { route: 'jobs' },
    respond.json(200, { jobid: 'j1', verb: 'fast', status: 'completed' }),
  );

  const success = expectKind(seen(await client.setSpeed('fast', CHANNEL)), 'success');

  expect(success.value).toEqual({ jobId: 'j1', verb: 'fast', jobStatus: 'completed', content: undefined });
});

test('fields of an unexpected type are ignored instead of failing the call', async () => {
  useapi.respondOnce(
    { route: 'jobs' },
    respond.json(200, { jobid: 42, content: 'Done!', code: '200', extra: {} }),
  );

  const success = expectKind(seen(await client.setSpeed('fast', CHANNEL)), 'success');

  expect(success.value).toMatchObject({ content: 'Done!', jobId: undefined });
});

test('a connection reset on every attempt of an account read is unavailable (connection) after one retry', async () => {
  useapi.respondAlways({ route: 'account' }, respond.destroySocket());

  const outcome = expectKind(seen(await client.getAccount(CHANNEL)), 'unavailable');

  expect(outcome).toMatchObject({ reason: 'connection', attempts: 2 });
  expect(useapi.requests).toHaveLength(2);
});

test('a connection reset once on an account read is hidden by the retry', async () => {
  useapi.respondOnce({ route: 'account' }, respond.destroySocket());

  expect(seen(await client.getAccount(CHANNEL))).toMatchObject({ kind: 'success', attempts: 2 });
});

test('a connection dropped in the middle of the body is unavailable (connection)', async () => {
  useapi.respondAlways({ route: 'jobs' }, respond.resetMidBody());

  const outcome = expectKind(seen(await client.setSpeed('fast', CHANNEL)), 'unavailable');

  expect(outcome).toMatchObject({ reason: 'connection', status: 200 });
});

test('a refused connection is unavailable (connection)', async () => {
  const port = await new Promise<number>((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
  const refused = newClient({ baseUrl: `http://127.0.0.1:${port}/v2` });
  try {
    const outcome = expectKind(seen(await refused.setSpeed('fast', CHANNEL)), 'unavailable');
    expect(outcome).toMatchObject({ reason: 'connection', detail: 'ECONNREFUSED', attempts: 2 });
  } finally {
    await refused.close();
  }
});

test('a server that never answers is abandoned at the deadline without leaking the socket', async () => {
  const baseline = countResources('TCPSocketWrap');
  useapi.respondAlways({ route: 'jobs' }, respond.hang());
  const slow = newClient({ deadlineMs: 300 });
  const started = Date.now();

  const outcome = expectKind(seen(await slow.setSpeed('fast', CHANNEL)), 'unavailable');

  const elapsed = Date.now() - started;
  expect(outcome).toMatchObject({ reason: 'timeout', attempts: 1 });
  expect(elapsed).toBeGreaterThanOrEqual(290);
  expect(elapsed).toBeLessThan(1_000);
  // The stand-in sees the abandoned socket closed by the client.
  await useapi.waitFor(() => useapi.requests[0]?.finishedAt !== undefined, 1_000);
  const closeStarted = Date.now();
  await slow.close();
  expect(Date.now() - closeStarted).toBeLessThan(200);
  expect(await settled(() => countResources('TCPSocketWrap') <= baseline)).toBe(true);
});

test('a finished call leaves no deadline timer running', async () => {
  const patient = newClient({ deadlineMs: 25_000 });
  expectKind(seen(await patient.setSpeed('fast', CHANNEL)), 'success');
  const baseline = countResources('Timeout');
  try {
    expectKind(seen(await patient.setSpeed('relax', CHANNEL)), 'success');
    // Checked at once: a cleared timer is gone synchronously, and waiting would let unrelated timers expire.
    expect(countResources('Timeout')).toBeLessThanOrEqual(baseline);
  } finally {
    await patient.close();
  }
});

test('an answer slower than the deadline is a timeout', async () => {
  useapi.respondAlways({ route: 'jobs' }, respond.delay(1_000, respond.useDefault()));
  const slow = newClient({ deadlineMs: 200 });
  try {
    expect(seen(await slow.setSpeed('fast', CHANNEL))).toMatchObject({
      kind: 'unavailable',
      reason: 'timeout',
    });
  } finally {
    await slow.close();
  }
});

test('a huge body is cut off at the cap and reported, not buffered', async () => {
  useapi.respondAlways({ route: 'jobs' }, respond.huge(8 * 1_024 * 1_024));

  const outcome = expectKind(seen(await client.setSpeed('fast', CHANNEL)), 'unavailable');

  expect(outcome).toMatchObject({ reason: 'bodyTooLarge', status: 200, attempts: 1 });
  // The connection is dropped rather than drained.
  await useapi.waitFor(() => useapi.requests[0]?.finishedAt !== undefined, 1_000);
});

test('a reset answered 204 with no body is a success', async () => {
  const outcome = seen(await client.resetAccount(CHANNEL));

  expect(outcome).toMatchObject({ kind: 'success', status: 204, value: { emptyBody: true } });
  expect(useapi.requests).toHaveLength(1);
  expect(useapi.requests[0]).toMatchObject({
    method: 'POST',
    url: `/v2/account/midjourney/${CHANNEL}/reset`,
    rawBody: '',
  });
  expect(useapi.requests[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
});

test('a reset answered 200 with JSON is a success', async () => {
  useapi.respondOnce({ route: 'reset' }, respond.json(200, { channel: CHANNEL, code: 200 }));

  const outcome = seen(await client.resetAccount(CHANNEL));

  expect(outcome).toMatchObject({ kind: 'success', status: 200, value: { emptyBody: false } });
});

test('the channel is URL-encoded in account paths', async () => {
  const odd = 'a/b c?d';

  expectKind(seen(await client.resetAccount(odd)), 'success');

  expect(useapi.requests[0]?.url).toBe('/v2/account/midjourney/a%2Fb%20c%3Fd/reset');
  expect(useapi.requests[0]?.channel).toBe(odd);
});

test('the account of a flagged channel exposes pendingModMessage', async () => {
  useapi.flagModeration(CHANNEL);

  const success = expectKind(seen(await client.getAccount(CHANNEL)), 'success');

  expect(success.value).toMatchObject({
    channel: CHANNEL,
    flagged: true,
    pendingModMessage: PENDING_MOD_DETAILS,
  });
  expect(useapi.requests[0]).toMatchObject({ method: 'GET', url: `/v2/account/midjourney/${CHANNEL}` });
});

test('the account of a healthy channel is not flagged', async () => {
  const success = expectKind(seen(await client.getAccount(CHANNEL)), 'success');

  expect(success.value).toMatchObject({ channel: CHANNEL, maxJobs: 3, flagged: false });
  expect(success.value.pendingModMessage).toBeUndefined();
});

test('info returns Midjourney’s /info card', async () => {
  useapi.setFastTimeRemaining(CHANNEL, 7.25, 15);

  const success = expectKind(seen(await client.info(CHANNEL)), 'success');

  expect(success.value.content).toContain('**Fast Time Remaining**: 7.3/15.0 hours (48.33%)');
  expect(useapi.requests[0]).toMatchObject({
    method: 'POST',
    url: '/v2/jobs/info',
    body: { channel: CHANNEL },
  });
});

test('a base URL with a trailing slash reaches the same routes', async () => {
  const slashed = newClient({ baseUrl: `${useapi.url}/` });
  try {
    expectKind(seen(await slashed.setSpeed('fast', CHANNEL)), 'success');
    expect(useapi.requests[0]?.url).toBe('/v2/jobs/fast');
  } finally {
    await slashed.close();
  }
});

test('close() leaves an injected dispatcher open for its owner', async () => {
  const agent = new Agent();
  const borrowed = newClient({ dispatcher: agent });
  try {
    expectKind(seen(await borrowed.setSpeed('fast', CHANNEL)), 'success');
    await borrowed.close();
    expect(agent.closed).toBe(false);
  } finally {
    await agent.close();
  }
});

test('a call after close() is unavailable instead of throwing', async () => {
  const closed = newClient();
  await closed.close();

  expect(seen(await closed.setSpeed('fast', CHANNEL))).toMatchObject({
    kind: 'unavailable',
    reason: 'connection',
  });
});

test('a malformed token is refused at construction without echoing it', () => {
  const bad = `${TOKEN}\r\nx-injected: 1`;
  let message = '';
  try {
    new UseapiClient({ baseUrl: useapi.url, token: bad });
  } catch (error) {
    message = String(error);
  }
  expect(message).toMatch(/token/);
  expect(message).not.toContain(TOKEN);
});

test('the token never appears in any outcome or message, and only in the Authorization header', async () => {
  // A last round through every failure path, so the check does not depend on the tests above.
  useapi.respondOnce({ route: 'jobs' }, useapiReplies.moderationJob(CHANNEL));
  useapi.respondOnce({ route: 'jobs' }, respond.destroySocket());
  useapi.respondOnce({ route: 'jobs' }, respond.destroySocket());
  useapi.respondOnce({ route: 'jobs' }, respond.huge(1_024 * 1_024));
  useapi.respondOnce({ route: 'jobs' }, respond.malformedJson());
  for (let i = 0; i < 4; i += 1) seen(await client.setSpeed('fast', CHANNEL));
  const wrong = newClient({ token: `${TOKEN}-old` });
  seen(await wrong.setSpeed('fast', CHANNEL));
  await wrong.close();

  expect(produced.length).toBeGreaterThan(50);
  const serialized = JSON.stringify(produced);
  expect(serialized).not.toContain(TOKEN);
  expect(serialized).not.toContain('SECRET');
  for (const request of useapi.requests) {
    expect(request.url).not.toContain(TOKEN);
    expect(request.rawBody).not.toContain(TOKEN);
  }
});
