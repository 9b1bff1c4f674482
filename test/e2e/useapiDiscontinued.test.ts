/**
 * useapi.net announced the end of its Midjourney API on 2026-06-24. Whatever its Midjourney routes answer
 * since, the team gets one plain sentence, and admins and the log learn what it may mean.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { permissionSets } from '../standins/discord.js';
import {
  type Behaviour,
  type RecordedRequest,
  respond,
  useapiBodies,
  useapiReplies,
} from '../standins/useapi.js';
import { CHANNEL_A, CHANNEL_B, type Harness, startHarness } from '../support/botHarness.js';
import { ManualClock } from '../support/manualClock.js';

const ADMIN = { permissions: permissionSets.manager, user: { id: '700000000000000002' } };
const GONE =
  /useapi\.net may no longer serve Midjourney \(it announced the end of its Midjourney API on 2026-06-24\)/;
const NOTICE =
  'useapi.net may no longer serve Midjourney: it announced the end of its Midjourney API on 2026-06-24';
const NOT_CONFIGURED = /useapi\.net has no Midjourney account configured for this channel/;

const SHUTDOWN_PAGE =
  '<!DOCTYPE html><html><body><h1>Midjourney API</h1><p>Midjourney support was discontinued on June 24, 2026.</p></body></html>';

let harness: Harness;
beforeAll(async () => {
  // A short deadline, so a list that never answers ends within the test.
  harness = await startHarness({ env: { USEAPI_DEADLINE_MS: '3000' } });
});
afterAll(async () => {
  await harness.close();
});
afterEach(() => {
  harness.useapi.clear();
});

/** Every Midjourney route (jobs, account, the account list) answers with `behaviour`. */
function midjourneyRoutesAnswer(behaviour: Behaviour) {
  harness.useapi.script((request: RecordedRequest) => request.route !== 'unknown', behaviour);
}

const noticeLogged = () => harness.logs.filter((line) => line.includes(NOTICE));

describe('when the Midjourney routes are gone', () => {
  test.each([
    ['404 on every route, the account list included', respond.json(404, { error: 'Not found', code: 404 })],
    ['410 Gone', respond.json(410, { error: 'Gone' })],
    ['a web page where the JSON belongs', respond.html(200, SHUTDOWN_PAGE)],
    ['an error that speaks of the shutdown', respond.json(400, { error: 'Midjourney API discontinued' })],
  ])('%s: the member reads one plain sentence, and the log says why', async (_what, behaviour) => {
    const before = noticeLogged().length;
    midjourneyRoutesAnswer(behaviour);
    const answer = await harness.run({ subcommand: 'fast', channelId: CHANNEL_A });
    expect(answer.ephemeral).toBe(true);
    expect(answer.content).toMatch(GONE);
    expect(answer.content).toContain('Choosing an upstream');
    expect(answer.content).not.toMatch(NOT_CONFIGURED);
    // Logged at most once per kind of answer every 10 minutes, so a dead API does not flood the log.
    expect(noticeLogged().length).toBeLessThanOrEqual(before + 1);
  });

  test('admins see in /speed status what the failure may mean', async () => {
    midjourneyRoutesAnswer(respond.json(410, { error: 'Gone' }));
    const status = await harness.run({ subcommand: 'status', channelId: CHANNEL_A, ...ADMIN });
    expect(status.content).toContain(NOTICE);
    expect(status.content).toContain('Choosing an upstream');
  });
});

describe('when only this channel is unknown to useapi.net', () => {
  test('a 404 for the channel while the account list answers still reads "not configured"', async () => {
    await harness.restartBot(); // forgets what the account list said while the routes were gone
    harness.useapi.script({ path: '/jobs/fast' }, useapiReplies.notFound404());
    const answer = await harness.run({ subcommand: 'fast', channelId: CHANNEL_A });
    expect(answer.content).toMatch(NOT_CONFIGURED);
    expect(answer.content).not.toMatch(GONE);
    expect(harness.useapi.requestsTo('/account/midjourney')).not.toHaveLength(0);
  });
});

describe('when 404s arrive together and the account list does not answer', () => {
  test('one list request settles them all, and each member still gets an answer', async () => {
    await harness.restartBot(); // forgets any earlier verdict on the account list
    harness.useapi.script({ route: 'jobs' }, useapiReplies.notFound404());
    harness.useapi.script({ route: 'accounts' }, respond.hang());
    const answers = await Promise.all([
      harness.run({ subcommand: 'fast', channelId: CHANNEL_A }),
      harness.run({ subcommand: 'fast', channelId: CHANNEL_B }),
    ]);
    for (const answer of answers) expect(answer.content).toMatch(NOT_CONFIGURED);
    expect(harness.useapi.requestsTo('/account/midjourney')).toHaveLength(1);
  });
});

describe('when useapi.net refuses the token or the subscription, or does not answer', () => {
  test.each([
    ['401', useapiReplies.unauthorized401(), /rejected the bot's API token/],
    ['402', useapiReplies.noSubscription402(), /subscription is missing or has expired/],
    ['no answer (the connection drops)', respond.destroySocket(), /Could not reach useapi\.net/],
  ])(
    '%s: the member gets the usual sentence; admins and the log also hear of the shutdown',
    async (_status, behaviour, usual) => {
      midjourneyRoutesAnswer(behaviour);
      const answer = await harness.run({ subcommand: 'relax', channelId: CHANNEL_A });
      expect(answer.content).toMatch(usual);
      const status = await harness.run({ subcommand: 'status', channelId: CHANNEL_A, ...ADMIN });
      expect(status.content).toContain(NOTICE);
      expect(noticeLogged().length).toBeGreaterThan(0);
    },
  );
});

describe('when Midjourney itself speaks of "deprecated" or "sunset"', () => {
  const clock = new ManualClock();
  let timed: Harness;
  beforeAll(async () => {
    timed = await startHarness({ clock });
  });
  afterAll(async () => {
    await timed.close();
  });

  test('a timed switch Midjourney answered with "deprecated" is a change, recorded and switched back', async () => {
    const done = 'Done! Turbo mode turned on. Note: --v 5 is deprecated, the sunset is on 2027-01-01.';
    timed.useapi.respondOnce(
      { path: '/jobs/turbo' },
      respond.json(200, useapiBodies.job('turbo', CHANNEL_A, done)),
    );
    const answer = await timed.run({ subcommand: 'turbo', options: { minutes: 30 }, channelId: CHANNEL_A });
    expect(answer.content).not.toMatch(GONE);
    expect(answer.content).toContain('--v 5 is deprecated');
    const status = await timed.run({ subcommand: 'status', channelId: CHANNEL_A });
    expect(status.content).toContain('Last speed change: **Turbo**');
    clock.advance(31 * 60_000);
    await vi.waitFor(() => expect(timed.useapi.requestsTo('/jobs/relax')).toHaveLength(1));
  });

  test('a pending moderation message quoting a "sunset" prompt is shown to the admin as the flag it is', async () => {
    const flag = 'Your prompt "a sunset over the harbour" was flagged. Please acknowledge it in Discord.';
    timed.useapi.respondAlways(
      { path: `/account/midjourney/${CHANNEL_B}` },
      respond.json(200, { channel: CHANNEL_B, pendingModMessage: flag }),
    );
    const status = await timed.run({ subcommand: 'status', channelId: CHANNEL_B, ...ADMIN });
    expect(status.content).toContain('**pending moderation message**');
    expect(status.content).toContain('a sunset over the harbour');
    expect(status.content).not.toContain('could not be read');
    expect(status.content).not.toContain(NOTICE);
  });
});
