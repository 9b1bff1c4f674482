import type { REST } from '@discordjs/rest';
import type { Logger } from '../../log.js';
import type { OnceClaims } from '../../state/OnceClaims.js';
import type { Reply } from '../replies.js';
import { postToChannel } from '../switchBackAnnouncer.js';

/** Longest time one alert may take, claim and Discord's rate limits included. */
export const ALERT_POST_TIMEOUT_MS = 10_000;

/** Why a post failed, as one short key: each is logged once until a post succeeds again. */
function causeOf(error: unknown): string {
  if (!(error instanceof Error)) return 'unknown';
  if (error.name === 'AbortError' || error.name === 'TimeoutError') return 'timeout';
  // Read by shape: discord.js may carry its own copy of @discordjs/rest, whose error classes differ.
  const { status, code } = error as { status?: unknown; code?: unknown };
  if (typeof status === 'number') return `discord-${status}${code === undefined ? '' : `-${String(code)}`}`;
  return error.name;
}

/**
 * Plain messages in one channel (`POST /channels/{id}/messages`), best effort: nobody waits for them, each
 * is bounded in time, and a failure is logged once per cause (a missing permission would otherwise log on
 * every speed change). Each event id is posted once across the processes sharing the store ({@link
 * OnceClaims}); if the store cannot tell, the alert is posted anyway: twice beats never.
 */
export class AlertChannel {
  private readonly inFlight = new Set<Promise<void>>();
  private readonly loggedCauses = new Set<string>();

  constructor(
    private readonly rest: REST,
    readonly channelId: string,
    private readonly claims: OnceClaims,
    private readonly logger: Logger,
    private readonly timeoutMs = ALERT_POST_TIMEOUT_MS,
  ) {}

  /** Posts `reply` for `eventId` in the background. */
  post(eventId: string, reply: Reply): void {
    const posting = this.postNow(eventId, reply).finally(() => this.inFlight.delete(posting));
    this.inFlight.add(posting);
  }

  /** Resolves once the posts under way have finished, or after `timeoutMs` (for a shutdown). */
  async settle(timeoutMs: number): Promise<void> {
    const giveUp = AbortSignal.timeout(timeoutMs);
    const timedOut = new Promise<void>((resolve) => giveUp.addEventListener('abort', () => resolve()));
    await Promise.race([Promise.allSettled([...this.inFlight]), timedOut]);
  }

  private async postNow(eventId: string, reply: Reply): Promise<void> {
    const signal = AbortSignal.timeout(this.timeoutMs);
    try {
      if (!(await this.claim(eventId))) return;
      await postToChannel(this.rest, this.channelId, reply, signal);
      this.loggedCauses.clear();
    } catch (error) {
      const cause = causeOf(error);
      const context = { err: error, channel: this.channelId, event: eventId, cause };
      if (this.loggedCauses.has(cause)) {
        this.logger.debug(context, 'alert not posted');
        return;
      }
      this.loggedCauses.add(cause);
      this.logger.warn(
        context,
        'could not post in ALERT_CHANNEL_ID (does the bot have View Channel and Send Messages there?); logged once per cause',
      );
    }
  }

  private async claim(eventId: string): Promise<boolean> {
    try {
      return await this.claims.claim(`alert:${eventId}`);
    } catch (error) {
      this.logger.debug({ err: error, event: eventId }, 'alert claim failed: posting anyway');
      return true;
    }
  }
}
