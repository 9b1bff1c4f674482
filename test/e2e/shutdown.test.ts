import { expect, test } from 'vitest';
import { ChannelState } from '../../src/state/ChannelState.js';
import { openStore } from '../../src/state/openStore.js';
import { respond, useapiReplies } from '../standins/useapi.js';
import { CHANNEL_A, CHANNEL_B, finalAnswer, startHarness } from '../support/botHarness.js';

test('SIGTERM lets a running speed change finish, turns new ones away, and exits 0', async () => {
  const harness = await startHarness({ jobDelayMs: 1_500 });
  try {
    const bot = await harness.switchToBotProcess();
    const running = harness.discord.dispatchInteraction({ subcommand: 'fast' });
    await running.acknowledged;
    bot.child.kill('SIGTERM');
    await harness.discord.waitFor(() => bot.output().includes('shutting down'));

    const late = await finalAnswer(harness.discord.dispatchInteraction({ subcommand: 'relax' }));
    expect(late.ephemeral).toBe(true);
    expect(late.content).toMatch(/restarting/);

    expect((await finalAnswer(running)).content).toContain('Done!');
    expect(await bot.exited).toBe(0);
    expect(harness.useapi.requests.map((request) => request.path)).toEqual(['/jobs/fast']);
  } finally {
    await harness.close();
  }
});

test('SIGTERM while the bot is still starting stops it cleanly once started, with exit code 0', async () => {
  const harness = await startHarness();
  try {
    // The health listener is up before the bot logs in: a supervisor may stop it from then on.
    const bot = await harness.switchToBotProcess({
      env: { METRICS_PORT: '0' },
      until: 'health and metrics listening',
    });
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    expect(bot.output()).toContain('"msg":"stopped"');
  } finally {
    await harness.close();
  }
});

/** The halt the bot's SQLite file holds for `channel`, read after the bot closed it. */
async function storedHalt(cwd: string, channel: string) {
  const store = await openStore('sqlite://./data/mj-speed-bot.sqlite', () => {}, cwd);
  try {
    return await new ChannelState(store.keyv).halt(channel);
  } finally {
    await store.close();
  }
}

test('on stop, a 596 arriving for a change already sent is recorded, and a change queued behind another is never sent', async () => {
  const harness = await startHarness();
  try {
    harness.useapi.respondOnce(
      { route: 'jobs', channel: CHANNEL_B },
      respond.delay(2_000, useapiReplies.moderationJob(CHANNEL_B)),
    );
    harness.useapi.respondOnce(
      { route: 'jobs', channel: CHANNEL_A },
      respond.delay(2_000, respond.useDefault()),
    );
    const halting = harness.discord.dispatchInteraction({ subcommand: 'fast', channelId: CHANNEL_B });
    const running = harness.discord.dispatchInteraction({ subcommand: 'fast', channelId: CHANNEL_A });
    await harness.useapi.waitFor(() => harness.useapi.requests.length === 2);
    const queued = harness.discord.dispatchInteraction({ subcommand: 'turbo', channelId: CHANNEL_A });
    await queued.acknowledged;

    const stopped = harness.bot.stop();
    const late = await finalAnswer(queued);
    expect(late.ephemeral).toBe(true);
    expect(late.content).toContain('The bot is restarting, so this request was not sent to Midjourney');
    expect((await finalAnswer(running)).content).toContain('Done!');
    expect((await finalAnswer(halting)).content).toContain('Midjourney flagged the shared account');
    await stopped;

    expect(harness.useapi.requestsTo('/jobs/turbo')).toEqual([]);
    expect(await storedHalt(harness.cwd, CHANNEL_B)).toMatchObject({ command: 'fast' });
  } finally {
    await harness.close();
  }
});

test('on stop, a change still waiting for useapi.net when the drain time is up is cut short, and its user told', async () => {
  const harness = await startHarness({ shutdown: { drainMs: 500 } });
  try {
    harness.useapi.respondOnce(
      { route: 'jobs', channel: CHANNEL_A },
      respond.delay(10_000, useapiReplies.moderationJob(CHANNEL_A)),
    );
    const waiting = harness.discord.dispatchInteraction({ subcommand: 'fast', channelId: CHANNEL_A });
    await harness.useapi.waitFor(() => harness.useapi.requests.length === 1);
    const stopped = harness.bot.stop();
    const answer = await finalAnswer(waiting);
    expect(answer.ephemeral).toBe(true);
    expect(answer.content).toMatch(
      /restarting and stopped waiting for useapi\.net, so the change may or may not/,
    );
    await stopped;
    expect(harness.logs.join('\n')).not.toContain('SQLITE_MISUSE');
  } finally {
    await harness.close();
  }
});
