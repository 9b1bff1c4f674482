/**
 * Discord misbehaving towards the real bot: rate limits and server errors on the acknowledgement and on
 * the edit that carries the answer, an interaction token that expired, and the gateway dropping the
 * connection. The process stays up, logs what happened and keeps answering.
 */
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { discordErrors } from '../standins/discord.js';
import { visibleAnswers } from '../support/answers.js';
import { CHANNEL_A, CHANNEL_B, type Harness, startHarness } from '../support/botHarness.js';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({ discord: { acceptResume: true } });
});
afterAll(async () => {
  await harness.close();
});
afterEach(() => {
  harness.discord.clearFaults();
  harness.useapi.clear();
});

const logEntries = () => harness.logs.map((line) => JSON.parse(line) as Record<string, unknown>);

async function expectStillAnswering() {
  const next = await harness.run({ subcommand: 'turbo', channelId: CHANNEL_B });
  expect(next.content).toContain('Done!');
}

test('an acknowledgement answered 429 is retried after Discord’s wait, within the 3 s limit', async () => {
  const fault = harness.discord.rateLimitNext({ route: 'interactionCallback' }, { retryAfterMs: 300 });
  const answer = await harness.run({ subcommand: 'fast', channelId: CHANNEL_A });
  expect(fault.hits).toBe(1);
  expect(answer.handle.acknowledgement?.latencyMs).toBeLessThan(3_000);
  expect(answer.content).toContain('Done!');
  expect(visibleAnswers(answer.handle)).toHaveLength(1);
});

test('the switch goes to the upstream while Discord holds the acknowledgement back, not after it', async () => {
  harness.discord.rateLimitNext({ route: 'interactionCallback' }, { retryAfterMs: 1_000 });
  const answer = await harness.run({ subcommand: 'turbo', channelId: CHANNEL_A });
  const [call] = harness.useapi.requestsTo('/jobs/turbo');
  const acknowledgedAt = answer.handle.acknowledgement?.at ?? Number.NaN;
  // The stand-in stamps calls in whole milliseconds: a call made after the acknowledgement can never be
  // stamped before the millisecond the acknowledgement arrived in.
  expect(call?.receivedAt).toBeLessThan(Math.floor(acknowledgedAt));
  expect(answer.content).toContain('Done!');
});

test('an acknowledgement Discord refuses still leaves the change the upstream made in /speed status', async () => {
  harness.discord.failNext({ route: 'interactionCallback' }, discordErrors.unknownInteraction);
  const handle = harness.discord.dispatchInteraction({ subcommand: 'turbo', channelId: CHANNEL_B });
  const logged = await harness.discord.waitFor(
    () =>
      logEntries().find(
        (entry) => entry.msg === 'interaction failed' && JSON.stringify(entry.err).includes('10062'),
      ),
    5_000,
  );
  expect(logged).toMatchObject({ subcommand: 'turbo', channel: CHANNEL_B });
  // The bot's error answer sends the member to /speed status, which tells the truth.
  expect(JSON.stringify((await handle.acknowledged).body)).toContain('Check `/speed status`');
  const status = await harness.run({ subcommand: 'status', channelId: CHANNEL_B });
  expect(status.content).toContain(`Last speed change: **Turbo** by <@${harness.discord.defaultUserId}>`);
});

test('an acknowledgement answered 500 is retried and the user gets the answer', async () => {
  const fault = harness.discord.failNext({ route: 'interactionCallback' }, discordErrors.internalServerError);
  const answer = await harness.run({ subcommand: 'relax', channelId: CHANNEL_A });
  expect(fault.hits).toBe(1);
  expect(answer.content).toContain('Done!');
  expect(visibleAnswers(answer.handle)).toHaveLength(1);
});

test('the edit carrying the answer, answered 429, is retried after Discord’s wait', async () => {
  const fault = harness.discord.rateLimitNext({ route: 'editOriginal' }, { retryAfterMs: 500 });
  const answer = await harness.run({ subcommand: 'fast', channelId: CHANNEL_A });
  expect(fault.hits).toBe(1);
  expect(answer.content).toContain('Done!');
  expect(visibleAnswers(answer.handle)).toHaveLength(1);
});

test.each([
  ['502', discordErrors.badGateway],
  ['503', discordErrors.serviceUnavailable],
])('the edit carrying the answer, answered %s, is retried and arrives once', async (_status, error) => {
  const fault = harness.discord.failNext({ route: 'editOriginal' }, { ...error, times: 2 });
  const answer = await harness.run({ subcommand: 'turbo', channelId: CHANNEL_A });
  expect(fault.hits).toBe(2);
  expect(answer.content).toContain('Done!');
  expect(visibleAnswers(answer.handle)).toHaveLength(1);
});

test('an edit Discord keeps refusing with 500 is logged, the process stays up and keeps answering', async () => {
  harness.discord.failNext({ route: 'editOriginal' }, { ...discordErrors.internalServerError, times: 100 });
  const handle = harness.discord.dispatchInteraction({ subcommand: 'fast', channelId: CHANNEL_A });
  const failed = await harness.discord.waitFor(
    () =>
      logEntries().find(
        (entry) => entry.msg === 'could not tell the user about the failure' && entry.channel === CHANNEL_A,
      ),
    10_000,
  );
  expect(failed).toBeTruthy();
  expect(handle.status).toBe('thinking');
  harness.discord.clearFaults();
  await expectStillAnswering();
});

test('an interaction whose token expired before the answer is logged, and the bot keeps answering', async () => {
  harness.useapi.setJobDelay(400);
  try {
    const handle = harness.discord.dispatchInteraction({ subcommand: 'relax', channelId: CHANNEL_A });
    await handle.acknowledged;
    harness.discord.expireInteraction(handle);
    const logged = await harness.discord.waitFor(
      () =>
        logEntries().find(
          (entry) =>
            entry.msg === 'interaction failed' &&
            entry.channel === CHANNEL_A &&
            JSON.stringify(entry.err).includes('10015'),
        ),
      5_000,
    );
    expect(logged).toMatchObject({ subcommand: 'relax', level: 50 });
  } finally {
    harness.useapi.setJobDelay(0);
  }
  await expectStillAnswering();
});

test('an edit refused with Unknown Webhook is logged without the interaction token or the reply sent', async () => {
  harness.discord.failNext({ route: 'editOriginal' }, { ...discordErrors.unknownWebhook, times: 2 });
  const from = harness.logs.length;
  const handle = harness.discord.dispatchInteraction({ subcommand: 'fast', channelId: CHANNEL_A });
  const failed = await harness.discord.waitFor(
    () =>
      logEntries()
        .slice(from)
        .find((entry) => entry.msg === 'could not tell the user about the failure'),
    10_000,
  );
  const logged = harness.logs.join('\n');
  expect(logged).not.toContain(handle.token);
  expect(logged).not.toContain('requestBody');
  // What is left still says which request failed.
  expect(JSON.stringify(failed)).toContain(
    `/webhooks/${harness.discord.applicationId}/:token/messages/%40original`,
  );
  expect(JSON.stringify(failed)).toContain('Unknown Webhook');
  await expectStillAnswering();
});

test('an interaction running while the gateway drops still gets its answer, and the bot answers again after it reconnects', async () => {
  harness.useapi.setJobDelay(300);
  let running: ReturnType<typeof harness.discord.dispatchInteraction>;
  try {
    running = harness.discord.dispatchInteraction({ subcommand: 'fast', channelId: CHANNEL_A });
    await running.acknowledged;
    const resumesBefore = harness.discord.resumes.length;
    harness.discord.closeGatewayConnections(4_000, 'stand-in restart');
    await harness.discord.waitFor(
      () => harness.discord.resumes.length > resumesBefore && harness.discord.readySessions > 0,
      10_000,
    );
  } finally {
    harness.useapi.setJobDelay(0);
  }
  const answer = await running.waitForReply(() => true, 5_000);
  expect(answer.content).toContain('Done!');
  await expectStillAnswering();
  const entries = logEntries();
  expect(
    entries.some((entry) => entry.msg === 'gateway disconnected' || entry.msg === 'gateway reconnecting'),
  ).toBe(true);
  expect(entries.some((entry) => entry.msg === 'gateway resumed')).toBe(true);
});

test('after the gateway refuses to resume, the bot identifies again and answers', async () => {
  const identifiesBefore = harness.discord.identifyCount;
  harness.discord.invalidateSessions();
  await harness.discord.waitFor(
    () => harness.discord.identifyCount > identifiesBefore && harness.discord.readySessions > 0,
    15_000,
  );
  await expectStillAnswering();
}, 25_000);
