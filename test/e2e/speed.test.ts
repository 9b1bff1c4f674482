import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { SPEED_MODES } from '../../src/speedModes.js';
import { respond, useapiReplies } from '../standins/useapi.js';
import { CHANNEL_A, CHANNEL_B, type Harness, startHarness, USEAPI_TOKEN } from '../support/botHarness.js';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness.close();
});
afterEach(() => {
  harness.useapi.clear();
});

test.each(SPEED_MODES)(
  '/speed %s is acknowledged at once, calls useapi.net once for the invoking channel and quotes its answer',
  async (mode) => {
    const answer = await harness.run({
      subcommand: mode,
      channelId: CHANNEL_B,
      user: { id: '700000000000000042' },
    });

    const ack = answer.handle.acknowledgement;
    expect(ack?.type).toBe(5);
    expect(ack?.latencyMs).toBeLessThan(3_000);
    const calls = harness.useapi.requests;
    expect(calls).toHaveLength(1);
    expect(calls[0]?.method).toBe('POST');
    expect(calls[0]?.path).toBe(`/jobs/${mode}`);
    expect(calls[0]?.headers.authorization).toBe(`Bearer ${USEAPI_TOKEN}`);
    expect(calls[0]?.body).toEqual({ channel: CHANNEL_B });
    expect(answer.ephemeral).toBe(false);
    expect(answer.content).toContain('<@700000000000000042>');
    expect(answer.content).toContain('> Done! Note that once you exhaust your fast hours');
    expect(answer.allowedMentions?.parse).toEqual([]);
  },
);

test('a useapi.net answer slower than Discord’s 3 s limit still gets an in-time acknowledgement and then the reply', async () => {
  harness.useapi.setJobDelay(3_500);
  try {
    const handle = harness.discord.dispatchInteraction({ subcommand: 'relax' });
    const ack = await handle.acknowledged;
    expect(ack.latencyMs).toBeLessThan(3_000);
    const reply = await handle.waitForReply(() => true, 8_000);
    expect(reply.content).toContain('Done!');
    expect(performance.timeOrigin + performance.now() - handle.dispatchedAt).toBeGreaterThan(3_400);
  } finally {
    harness.useapi.setJobDelay(0);
  }
});

test('a success without Midjourney text says the change is unconfirmed', async () => {
  harness.useapi.respondOnce(
    { route: 'jobs' },
    respond.json(200, { jobid: 'j1', verb: 'fast', status: 'completed' }),
  );
  const answer = await harness.run({ subcommand: 'fast' });
  expect(answer.content).toContain('sent back no reply from Midjourney');
});

const failures = [
  ['400', useapiReplies.badRequest400(), /rejected the request as invalid/],
  ['401', useapiReplies.unauthorized401(), /rejected the bot's API token/],
  ['402', useapiReplies.noSubscription402(), /subscription is missing or has expired/],
  ['404', useapiReplies.notFound404(), /no Midjourney account configured for this channel/],
  ['412', useapiReplies.precondition412(), /rejected the request as invalid/],
  ['429', useapiReplies.busy429(30), /busy.*Try again in 30 s/],
  [
    '502 with an HTML page',
    useapiReplies.badGateway502Html(),
    /useapi.net had a problem \(HTTP 502\), so the change may or may not have reached Midjourney\. Check with `\/speed status`/,
  ],
  [
    '500',
    respond.json(500, { error: 'Internal', code: 500 }),
    /useapi.net had a problem \(HTTP 500\), so the change may or may not have reached Midjourney/,
  ],
  ['200 with a body that is not JSON', respond.text(200, 'OK!'), /could not read/],
  [
    'a reset connection',
    respond.destroySocket(),
    /Could not reach useapi.net, or the connection broke before it answered, so the change may or may not have reached Midjourney\. Check with `\/speed status`/,
  ],
] as const;

test.each(failures)(
  'a useapi.net %s gets a private explanation, halts nothing, and the bot keeps answering',
  async (_name, behaviour, explanation) => {
    harness.useapi.respondAlways({ route: 'jobs' }, behaviour);
    const answer = await harness.run({ subcommand: 'fast' });
    harness.useapi.clearScripts();
    expect(answer.ephemeral).toBe(true);
    expect(answer.content).toMatch(explanation);
    expect(answer.handle.original?.deleted).toBe(true);

    const next = await harness.run({ subcommand: 'turbo' });
    expect(next.content).toContain('Done!');
    expect(next.ephemeral).toBe(false);
  },
);

test('a useapi.net that never answers gets a reply before Discord’s 30 s, and the bot keeps answering', async () => {
  const quick = await startHarness({ env: { USEAPI_DEADLINE_MS: '1500' } });
  try {
    quick.useapi.respondOnce({ route: 'jobs' }, respond.hang());
    const answer = await quick.run({ subcommand: 'fast' });
    expect(answer.content).toMatch(/did not answer in time/);
    expect((await quick.run({ subcommand: 'fast' })).content).toContain('Done!');
  } finally {
    await quick.close();
  }
});

test('the useapi.net token never reaches Discord, and neither token reaches the logs', async () => {
  await harness.run({ subcommand: 'fast' });
  const sent = JSON.stringify(harness.discord.requests().map((request) => request.body));
  expect(sent).not.toContain(USEAPI_TOKEN);
  const logs = harness.logs.join('');
  expect(logs).not.toContain(USEAPI_TOKEN);
  expect(logs).not.toContain(harness.config.discord.token);
  expect(logs).toContain('"subcommand":"fast"');
});

test('the gateway asks only for the Guilds intent', () => {
  expect(harness.discord.identifies.map((identify) => identify.intents)).toEqual([1]);
});

test('in a direct message the bot refuses politely without calling useapi.net', async () => {
  const answer = await harness.run({ subcommand: 'fast', context: 'botDm' });
  expect(answer.ephemeral).toBe(true);
  expect(answer.content).toMatch(/server channels only/);
  expect(harness.useapi.requests).toHaveLength(0);
});

test('another channel of the same server uses its own id as the useapi.net channel', async () => {
  await harness.run({ subcommand: 'fast', channelId: CHANNEL_A });
  expect(harness.useapi.requests[0]?.body).toEqual({ channel: CHANNEL_A });
});
