/**
 * The useapi.net fault matrix, end to end: the real bot against a useapi.net stand-in that misbehaves the
 * way a real server or network does. Each fault gets exactly one final answer, halts nothing (except 596),
 * and the bot keeps serving. The statuses already covered by speed.test.ts are not repeated here.
 */
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { permissionSets } from '../standins/discord.js';
import { respond, useapiReplies } from '../standins/useapi.js';
import { visibleAnswers } from '../support/answers.js';
import { CHANNEL_A, CHANNEL_B, finalAnswer, type Harness, startHarness } from '../support/botHarness.js';

let harness: Harness;
let quick: Harness;
beforeAll(async () => {
  [harness, quick] = await Promise.all([
    startHarness(),
    startHarness({ env: { USEAPI_DEADLINE_MS: '1500' } }),
  ]);
});
afterAll(async () => {
  await Promise.all([harness?.close(), quick?.close()]);
});
afterEach(() => {
  harness.useapi.clear();
  quick.useapi.clear();
});

/** The channel still works: the next speed change reaches useapi.net and is confirmed publicly. */
async function expectChannelStillWorks(bot: Harness, channelId: string) {
  const next = await bot.run({ subcommand: 'turbo', channelId });
  expect(next.ephemeral).toBe(false);
  expect(next.content).toContain('Done!');
}

describe('a useapi.net deadline of 1.5 s', () => {
  test('an answer just inside the deadline is relayed as usual', async () => {
    quick.useapi.respondOnce({ route: 'jobs' }, respond.delay(900, respond.useDefault()));
    const answer = await quick.run({ subcommand: 'fast', channelId: CHANNEL_A });
    expect(answer.ephemeral).toBe(false);
    expect(answer.content).toContain('Done!');
    expect(visibleAnswers(answer.handle)).toHaveLength(1);
  });

  test('an answer just past the deadline gets one private "did not answer in time" reply, and the channel is not halted', async () => {
    quick.useapi.respondOnce({ route: 'jobs' }, respond.delay(2_000, respond.useDefault()));
    const answer = await quick.run({ subcommand: 'fast', channelId: CHANNEL_A });
    expect(answer.ephemeral).toBe(true);
    expect(answer.content).toMatch(/did not answer in time \(gave up after 2 s\)/);
    expect(answer.content).toContain('may still go through');
    expect(visibleAnswers(answer.handle)).toHaveLength(1);
    await expectChannelStillWorks(quick, CHANNEL_A);
  });
});

const faults = [
  [
    'connection reset in the middle of the body',
    respond.resetMidBody(),
    /Could not reach useapi\.net, or the connection broke before it answered, so the change may or may not have reached Midjourney/,
  ],
  ['8 MiB body', respond.huge(), /unexpectedly large answer, which the bot ignored/],
  ['200 with malformed JSON', respond.malformedJson(), /sent an answer the bot could not read/],
  ['200 whose JSON is an array', respond.json(200, ['Done!']), /sent an answer the bot could not read/],
  [
    '503',
    respond.json(503, { error: 'Service Unavailable', code: 503 }),
    /had a problem \(HTTP 503\), so the change may or may not have reached Midjourney/,
  ],
  [
    '504 with an empty body',
    respond.empty(504),
    /had a problem \(HTTP 504\), so the change may or may not have reached Midjourney/,
  ],
  ['301 redirect', respond.empty(301, { location: 'http://127.0.0.1:1/v2/jobs/fast' }), /HTTP 301/],
  ['429 without Retry-After', useapiReplies.busy429(), /busy.*Try again in about 30 s/],
] as const;

test.each(faults)(
  'a useapi.net %s gets exactly one private explanation and halts nothing',
  async (_name, behaviour, explanation) => {
    harness.useapi.respondAlways({ route: 'jobs', channel: CHANNEL_A }, behaviour);
    const answer = await harness.run({ subcommand: 'fast', channelId: CHANNEL_A });
    harness.useapi.clearScripts();
    expect(answer.ephemeral).toBe(true);
    expect(answer.content).toMatch(explanation);
    expect(visibleAnswers(answer.handle)).toHaveLength(1);
    const status = await harness.run({ subcommand: 'status', channelId: CHANNEL_A });
    expect(status.content).toContain('Not halted');
    await expectChannelStillWorks(harness, CHANNEL_A);
  },
);

test('a body larger than the cap is cut off, not read to the end', async () => {
  harness.useapi.respondOnce({ route: 'jobs' }, respond.huge(64 * 1_024 * 1_024));
  const answer = await harness.run({ subcommand: 'relax', channelId: CHANNEL_B });
  expect(answer.content).toMatch(/unexpectedly large answer/);
  // Not retried: the bot read up to its cap, dropped the connection and answered.
  expect(harness.useapi.requestsFor(CHANNEL_B)).toHaveLength(1);
});

test('a connection reset once in the middle of the body is not sent again: the member learns the outcome is unknown and how to check', async () => {
  harness.useapi.respondOnce({ route: 'jobs' }, respond.resetMidBody());
  const answer = await harness.run({ subcommand: 'relax', channelId: CHANNEL_B });
  expect(answer.ephemeral).toBe(true);
  expect(answer.content).toContain('the change may or may not have reached Midjourney');
  expect(answer.content).toContain('Check with `/speed status` in a moment or `/info` in Midjourney');
  expect(harness.useapi.requestsFor(CHANNEL_B)).toHaveLength(1);
});

test('requests waiting behind a request that meets a 596 get the halt answer without calling useapi.net', async () => {
  harness.useapi.respondOnce(
    { route: 'jobs', channel: CHANNEL_A },
    respond.delay(1_000, useapiReplies.moderationJob(CHANNEL_A)),
  );
  const first = harness.discord.dispatchInteraction({ subcommand: 'fast', channelId: CHANNEL_A });
  await harness.useapi.waitForRequests(1);
  const waiting = (['turbo', 'relax', 'turbo'] as const).map((subcommand) =>
    harness.discord.dispatchInteraction({ subcommand, channelId: CHANNEL_A }),
  );
  const answers = await Promise.all([first, ...waiting].map((handle) => finalAnswer(handle)));

  // Every one of them was waiting while useapi.net was still answering the first.
  const upstream = harness.useapi.requests[0];
  for (const handle of waiting) expect(handle.acknowledgement?.at).toBeLessThan(upstream?.finishedAt ?? 0);
  expect(harness.useapi.requests).toHaveLength(1);
  const [halted, ...refused] = answers;
  expect(halted?.content).toContain('Midjourney flagged the shared account');
  for (const answer of refused) {
    expect(answer.ephemeral).toBe(true);
    expect(answer.content).toMatch(/halted in this channel.*Nothing was sent to Midjourney/s);
  }
  for (const answer of answers) expect(visibleAnswers(answer.handle)).toHaveLength(1);
  await harness.run({ subcommand: 'reset', channelId: CHANNEL_A, permissions: permissionSets.manager });
});

test('useapi.net going away (connection refused) is explained privately and halts nothing', async () => {
  await quick.useapi.close();
  const answer = await quick.run({ subcommand: 'fast', channelId: CHANNEL_B });
  expect(answer.ephemeral).toBe(true);
  expect(answer.content).toMatch(/Could not reach useapi\.net/);
  expect(visibleAnswers(answer.handle)).toHaveLength(1);
  const status = await quick.run({ subcommand: 'status', channelId: CHANNEL_B });
  expect(status.content).toContain('Not halted');
});
