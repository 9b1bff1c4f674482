import { expect, test } from 'vitest';
import { finalAnswer, startHarness } from '../support/botHarness.js';

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
