/**
 * Reading the alert channel (ALERT_CHANNEL_ID) in end-to-end tests. Alerts are posted in the background,
 * after the member's answer, so a test waits for the alert an action posts rather than counting at once.
 */
import type { ChannelMessage } from '../standins/discord.js';
import type { Harness } from './botHarness.js';

/** Generous: the machine running the suite is shared and can be slow. */
export const ALERT_WAIT_MS = 20_000;

export interface AlertWatch {
  /** Every alert so far, oldest first. */
  all(): ChannelMessage[];
  /** The alert posted after the `count` already there. */
  next(count: number): Promise<ChannelMessage>;
  /** Runs `action` and waits for the first alert it posts that starts with `starting`. */
  of(action: () => unknown, starting?: string): Promise<ChannelMessage>;
}

export function watchAlerts(harness: () => Harness, channelId: string): AlertWatch {
  const all = () => harness().discord.channelMessages(channelId);
  const waitFor = (check: () => ChannelMessage | undefined, description: string) =>
    harness().discord.waitFor(check, { description, timeoutMs: ALERT_WAIT_MS });
  return {
    all,
    next: (count) => waitFor(() => all()[count], `alert number ${count + 1}`),
    async of(action, starting = '') {
      const count = all().length;
      await action();
      return waitFor(
        () =>
          all()
            .slice(count)
            .find((alert) => alert.content.startsWith(starting)),
        `an alert starting ${starting || 'with anything'}`,
      );
    },
  };
}
