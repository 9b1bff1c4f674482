import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { SHUTDOWN_NOTICE } from '../../src/useapi/discontinued.js';
import { PENDING_MOD_DETAILS, respond, UseapiStandIn } from '../standins/useapi.js';
import { USEAPI_TOKEN } from '../support/botHarness.js';
import { ACCOUNT, type DoctorWorld, lineOf, startDoctorWorld, TEAM_CHANNEL } from '../support/doctorWorld.js';

let world: DoctorWorld;
let useapi: UseapiStandIn;

beforeAll(async () => {
  world = await startDoctorWorld();
  useapi = await UseapiStandIn.start({ token: USEAPI_TOKEN, configuredChannels: [ACCOUNT] });
});
afterAll(async () => {
  await Promise.all([world.close(), useapi.close()]);
});
afterEach(() => {
  useapi.clear();
  useapi.clearScripts();
  useapi.clearModeration(ACCOUNT);
});

const run = (overrides: Record<string, string> = {}) =>
  world.run({ UPSTREAM: 'useapi', USEAPI_BASE_URL: useapi.url, USEAPI_TOKEN, ...overrides });

test('useapi.net answers with its configured Midjourney accounts, asked read-only', async () => {
  const report = await run({ CHANNEL_MAP: `${TEAM_CHANNEL}=${ACCOUNT}` });
  expect(report.ok).toBe(true);
  expect(lineOf(report, 'upstream')).toMatchObject({
    status: 'ok',
    summary: `useapi.net at ${useapi.url} answers and accepts USEAPI_TOKEN; it has 1 account`,
    details: [`${ACCOUNT}: enabled`],
  });
  expect(lineOf(report, 'channelMap').status).toBe('ok');
  // Only the account listing: no job, no /info, no reset.
  expect(useapi.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
    'GET /account/midjourney',
  ]);
});

test('useapi.net refuses the token: ✗ saying to copy it again', async () => {
  const report = await run({ USEAPI_TOKEN: 'user:1-not-the-token-00000000000000' });
  expect(lineOf(report, 'upstream')).toMatchObject({
    status: 'fail',
    summary: expect.stringContaining('useapi.net refused USEAPI_TOKEN (HTTP 401)'),
    fix: expect.stringContaining('USEAPI_TOKEN'),
  });
});

test('an account with a pending moderation message at useapi.net: ✗ quoting it', async () => {
  useapi.flagModeration(ACCOUNT);
  const report = await run();
  const line = lineOf(report, 'flaggedAccounts');
  expect(line).toMatchObject({ status: 'fail', fix: expect.stringContaining('/speed reset') });
  expect(line.details?.[0]).toContain(`${ACCOUNT}: flagged: a moderation message waits: “`);
  expect(line.details?.[0]).toContain(PENDING_MOD_DETAILS.slice(0, 40));
  expect(useapi.requests.some((request) => request.method === 'POST')).toBe(false);
});

test.each([
  ['404', respond.json(404, { error: 'Not found', code: 404 })],
  ['410', respond.json(410, { error: 'Midjourney API has been discontinued', code: 410 })],
  ['an HTML page', respond.html(200, '<html><body>useapi.net: Midjourney has moved</body></html>')],
])('useapi.net answering the account list with %s: the shutdown diagnosis', async (_what, answer) => {
  useapi.respondAlways({ method: 'GET', path: '/account/midjourney' }, answer);
  const line = lineOf(await run(), 'upstream');
  expect(line).toMatchObject({
    status: 'fail',
    summary: expect.stringContaining('useapi.net no longer lists Midjourney accounts'),
    fix: SHUTDOWN_NOTICE,
  });
  expect(line.fix).toMatch(
    /may no longer serve Midjourney.*2026-06-24.*Choosing an upstream.*docs\/upstreams\.md/,
  );
});
