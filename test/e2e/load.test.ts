/**
 * Load and concurrency: a burst of interactions across many channels, one useapi.net request in flight per
 * channel, identical requests sharing one call, and a bounded queue per channel. The bot runs compiled in
 * its own process, as in production: in the test process it would share one event loop with both
 * stand-ins, which then cost it more than its own work and skew when acknowledgements go out.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { InteractionHandle } from '../standins/discord.js';
import { respond } from '../standins/useapi.js';
import { visibleAnswers } from '../support/answers.js';
import {
  DISCORD_TOKEN,
  finalAnswer,
  type Harness,
  startHarness,
  USEAPI_TOKEN,
} from '../support/botHarness.js';
import { type BotProcess, startBotProcess } from '../support/botProcess.js';

const CHANNELS = 20;
const BURST = 200;
const MODES = ['fast', 'turbo', 'relax'] as const;

let harness: Harness;
let bot: BotProcess;
let channels: readonly string[];
beforeAll(async () => {
  harness = await startHarness({ discord: { guilds: { count: 1, channelsPerGuild: CHANNELS } } });
  await harness.bot.stop();
  bot = await startBotProcess(harness.cwd, {
    DISCORD_TOKEN,
    USEAPI_TOKEN,
    DISCORD_API_URL: harness.discord.apiUrl,
    USEAPI_BASE_URL: harness.useapi.url,
  });
  channels = harness.discord.guilds[0]?.channelIds ?? [];
});
afterAll(async () => {
  if (bot && bot.child.exitCode === null) {
    bot.child.kill('SIGTERM');
    await bot.exited;
  }
  await harness?.discord.close();
  await harness?.useapi.close();
  if (harness) rmSync(harness.cwd, { recursive: true, force: true });
});

const dispatch = (
  subcommand: string,
  channelId: string,
  user = `7000000000000${String(channelId).slice(-5)}`,
) => harness.discord.dispatchInteraction({ subcommand, channelId, user: { id: user } });

test(`a burst of ${BURST} interactions across ${CHANNELS} channels is acknowledged in time and each gets one answer`, async () => {
  harness.useapi.setJobDelay(20);
  try {
    const handles: InteractionHandle[] = [];
    for (let index = 0; index < BURST; index += 1) {
      handles.push(dispatch(MODES[(index * 7) % 3] ?? 'fast', channels[index % CHANNELS] ?? ''));
    }
    // The stand-in rejects `acknowledged` for an interaction left unanswered for Discord's 3 s.
    const acks = await Promise.allSettled(handles.map((handle) => handle.acknowledged));
    expect(acks.filter((ack) => ack.status === 'rejected')).toEqual([]);
    // One waiter at a time: hundreds polling at once would take the stand-ins' CPU from the bot.
    for (const handle of handles) {
      const answer = await finalAnswer(handle, 30_000);
      expect(answer.content).toContain('Done!');
      expect(visibleAnswers(handle)).toHaveLength(1);
    }
  } finally {
    harness.useapi.setJobDelay(0);
  }
}, 45_000);

test('per channel, at most one useapi.net request is in flight at any time', () => {
  // Measured over the burst above, which queued up to 10 requests per channel.
  expect(channels.map((channel) => harness.useapi.maxInFlight(channel))).toEqual(channels.map(() => 1));
  expect(harness.useapi.maxInFlightOverall).toBeGreaterThan(1);
});

test('identical requests arriving while one is running share its single useapi.net call and its answer', async () => {
  harness.useapi.clear();
  const channel = channels[0] ?? '';
  harness.useapi.respondOnce({ route: 'jobs', channel }, respond.delay(500, respond.useDefault()));
  const first = dispatch('fast', channel, '700000000000000201');
  await harness.useapi.waitForRequests(1);
  const joined = [1, 2, 3, 4, 5].map((index) => dispatch('fast', channel, `70000000000000021${index}`));
  const answers = await Promise.all([first, ...joined].map((handle) => finalAnswer(handle)));
  expect(harness.useapi.requestsFor(channel)).toHaveLength(1);
  for (const answer of answers) expect(answer.content).toContain('**Fast mode** requested');
});

test('a different mode asked meanwhile waits for the running call, then makes its own', async () => {
  harness.useapi.clear();
  const channel = channels[1] ?? '';
  harness.useapi.respondOnce({ route: 'jobs', channel }, respond.delay(500, respond.useDefault()));
  const first = dispatch('fast', channel);
  await harness.useapi.waitForRequests(1);
  const second = dispatch('relax', channel);
  const [fast, relax] = await Promise.all([finalAnswer(first), finalAnswer(second)]);
  expect(fast.content).toContain('**Fast mode**');
  expect(relax.content).toContain('**Relax mode**');
  const [running, queued] = harness.useapi.requestsFor(channel);
  expect(queued?.verb).toBe('relax');
  expect(queued?.receivedAt).toBeGreaterThanOrEqual(running?.finishedAt ?? Number.POSITIVE_INFINITY);
  expect(harness.useapi.maxInFlight(channel)).toBe(1);
});

test('beyond 20 waiting requests in a channel, the next ones are told it is busy instead of being queued', async () => {
  harness.useapi.clear();
  const channel = channels[2] ?? '';
  harness.useapi.respondOnce({ route: 'jobs', channel }, respond.delay(1_500, respond.useDefault()));
  const first = dispatch('fast', channel);
  await harness.useapi.waitForRequests(1);
  // Alternating modes so that requests are not identical to the one queued just before them.
  const flood = Array.from({ length: 40 }, (_, index) =>
    dispatch(
      index % 2 === 0 ? 'turbo' : 'relax',
      channel,
      `7000000000000003${String(index).padStart(2, '0')}`,
    ),
  );
  const answers = await Promise.all([first, ...flood].map((handle) => finalAnswer(handle, 20_000)));
  const busy = answers.filter((answer) => /already has \d+ speed requests waiting/.test(answer.content));
  expect(busy.length).toBeGreaterThan(0);
  for (const answer of busy) {
    expect(answer.ephemeral).toBe(true);
    expect(answer.content).toMatch(/already has 20 speed requests waiting\. Nothing was sent; try again/);
  }
  for (const answer of answers) expect(visibleAnswers(answer.handle)).toHaveLength(1);
  // One running and exactly 20 waiting reached useapi.net, one after the other.
  expect(harness.useapi.requestsFor(channel)).toHaveLength(21);
  expect(harness.useapi.maxInFlight(channel)).toBe(1);
}, 30_000);
