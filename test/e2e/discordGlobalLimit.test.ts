/**
 * Discord's global rate limit: 50 requests a second with the bot token, interaction endpoints exempt
 * (docs.discord.com/developers/topics/rate-limits#global-rate-limit), enforced here by the stand-in as
 * Discord does. Alerts, switch-back announcements and reminders are channel posts with the bot token, so a
 * burst of them must be paced by the bot, not refused by Discord: each 429 also counts toward the limit of
 * invalid requests that gets a bot's IP banned.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { finalAnswer, type Harness } from '../support/botHarness.js';
import { ManualClock } from '../support/manualClock.js';
import { startMappedHarness } from '../support/mappedAccount.js';

/** More channels than Discord takes posts a second. */
const CHANNELS = Array.from({ length: 60 }, (_, index) => String(811_000_000_000_000_000n + BigInt(index)));
const MINUTE = 60_000;

const clock = new ManualClock();
let harness: Harness;
beforeAll(async () => {
  harness = await startMappedHarness(clock, CHANNELS, {
    globalRequestsPerSecond: 50,
    // The burst is about the posts after it: a loaded test machine must not fail it on the 3 s deadline.
    ackDeadlineMs: 30_000,
  });
});
afterAll(async () => {
  await harness.close();
});

const announced = (channel: string) =>
  harness.discord.channelMessages(channel).filter((message) => message.content.includes('Relax'));

test(`a switch back promised in ${CHANNELS.length} channels is posted in each without a 429 from Discord`, async () => {
  // One timed change from every channel at once: they share the call, and the switch back is each one's.
  const answers = await Promise.all(
    CHANNELS.map((channelId) =>
      finalAnswer(
        harness.discord.dispatchInteraction({ subcommand: 'turbo', options: { minutes: 30 }, channelId }),
        30_000,
      ),
    ),
  );
  expect(answers.filter((answer) => answer.content.includes('and says so here'))).toHaveLength(
    CHANNELS.length,
  );

  clock.advance(30 * MINUTE);
  await harness.discord.waitFor(() => CHANNELS.every((channel) => announced(channel).length === 1), {
    description: `the switch back announced in all ${CHANNELS.length} channels`,
    timeoutMs: 20_000,
  });
  expect(harness.discord.requests().filter((request) => request.status === 429)).toEqual([]);
});
