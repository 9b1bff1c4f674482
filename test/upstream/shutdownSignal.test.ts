/**
 * Every upstream call in flight listens to the bot's one shutdown signal. A burst of calls on a healthy bot
 * must not make Node print a MaxListenersExceededWarning (found by the full benchmark's 500-request warm-up).
 */
import { expect, test } from 'vitest';
import { CallDeadline, shutdownController } from '../../src/upstream/CallDeadline.js';

test('fifty calls under way on one shutdown signal print no warning, and the shutdown still stops each', async () => {
  const warnings: Error[] = [];
  const onWarning = (warning: Error) => warnings.push(warning);
  process.on('warning', onWarning);
  try {
    const shutdown = shutdownController();
    const calls = Array.from({ length: 50 }, () => new CallDeadline(60_000, shutdown.signal));
    // Node emits process warnings on the next tick.
    await new Promise((resolve) => setImmediate(resolve));
    expect(warnings.map((warning) => warning.name)).not.toContain('MaxListenersExceededWarning');

    shutdown.abort();
    expect(calls.every((call) => call.stopped)).toBe(true);
    for (const call of calls) call.dispose();
  } finally {
    process.off('warning', onWarning);
  }
});
