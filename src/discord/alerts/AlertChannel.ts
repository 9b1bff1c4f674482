import type { Clock } from '../../clock.js';
import type { Logger } from '../../log.js';
import type { OnceClaims } from '../../state/OnceClaims.js';
import type { ChannelPoster } from '../ChannelPoster.js';
import type { Reply } from '../replies.js';

/** Longest time one attempt at posting an alert may take, Discord's rate limits included. */
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

/** Attempts per alert, the first included, and the wait before the first retry (doubling after each). */
export const ALERT_ATTEMPTS = 6;
export const ALERT_FIRST_RETRY_MS = 2_000;

/**
 * Plain messages in the alert channel of each event (`POST /channels/{id}/messages`; ALERT_CHANNEL_ID, or
 * the one the event's server chose), best effort: nobody waits for them, each
 * attempt is bounded in time, and a failure is logged once per cause (a missing permission would otherwise
 * log on every speed change). Each event id is posted once across the processes sharing the store ({@link
 * OnceClaims}); if the store cannot tell, the alert is posted anyway: twice beats never. A post that fails
 * gives its claim back and is tried again with backoff ({@link ALERT_ATTEMPTS} in all, about a minute), so
 * an alert is not lost to one refused or timed-out post; the event's nonce keeps a post whose answer was
 * lost from showing twice.
 */
export class AlertChannel {
  private readonly inFlight = new Set<Promise<void>>();
  private readonly loggedCauses = new Set<string>();
  /** Retries waiting for their time; a shutdown ends them (the store is about to close). */
  private readonly waiting = new Set<() => void>();
  private stopping = false;

  constructor(
    private readonly poster: ChannelPoster,
    private readonly claims: OnceClaims,
    private readonly logger: Logger,
    private readonly clock: Clock,
    private readonly timeoutMs = ALERT_POST_TIMEOUT_MS,
  ) {}

  /**
   * Posts `reply` for `eventId` in the background, in `channel` once it is known (finding a server's alert
   * channel may take a store read); nothing when there is none.
   */
  post(channel: string | Promise<string | undefined>, eventId: string, reply: Reply): void {
    const posting = Promise.resolve(channel)
      .then(async (channelId) => {
        if (channelId) await this.deliver(channelId, eventId, reply);
      })
      .catch((error: unknown) =>
        this.logger.warn({ err: error, event: eventId }, 'could not find where to post an alert'),
      )
      .finally(() => this.inFlight.delete(posting));
    this.inFlight.add(posting);
  }

  /**
   * Stops retrying and resolves once the posts under way have finished, or after `timeoutMs` (for a
   * shutdown).
   */
  async settle(timeoutMs: number): Promise<void> {
    this.stopping = true;
    for (const wake of this.waiting) wake();
    const giveUp = AbortSignal.timeout(timeoutMs);
    const timedOut = new Promise<void>((resolve) => giveUp.addEventListener('abort', () => resolve()));
    await Promise.race([Promise.allSettled([...this.inFlight]), timedOut]);
  }

  private async deliver(channelId: string, eventId: string, reply: Reply): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      if (await this.attempt(channelId, eventId, reply)) return;
      if (attempt >= ALERT_ATTEMPTS || this.stopping) {
        this.logger.warn(
          { channel: channelId, event: eventId, attempts: attempt },
          'gave up posting an alert in the alert channel',
        );
        return;
      }
      await this.pause(ALERT_FIRST_RETRY_MS * 2 ** (attempt - 1));
    }
  }

  /** Resolves to whether the alert is done with: posted (by this process or another), or not to retry. */
  private async attempt(channelId: string, eventId: string, reply: Reply): Promise<boolean> {
    const claim = `alert:${eventId}`;
    if (!(await this.claim(claim))) return true;
    try {
      await this.poster.post(channelId, reply, {
        signal: AbortSignal.timeout(this.timeoutMs),
        eventId: claim,
      });
      this.loggedCauses.clear();
      return true;
    } catch (error) {
      this.logFailure(error, channelId, eventId);
      await this.claims
        .release(claim)
        .catch((releaseError: unknown) =>
          this.logger.debug({ err: releaseError, event: eventId }, 'alert claim not released'),
        );
      return false;
    }
  }

  private logFailure(error: unknown, channelId: string, eventId: string): void {
    const cause = causeOf(error);
    const context = { err: error, channel: channelId, event: eventId, cause };
    if (this.loggedCauses.has(cause)) {
      this.logger.debug(context, 'alert not posted');
      return;
    }
    this.loggedCauses.add(cause);
    this.logger.warn(
      context,
      'could not post in the alert channel (does the bot have View Channel and Send Messages there?); logged once per cause, retrying',
    );
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const wake = () => {
        this.waiting.delete(wake);
        cancel();
        resolve();
      };
      const cancel = this.clock.setTimer(wake, ms);
      this.waiting.add(wake);
    });
  }

  private async claim(claim: string): Promise<boolean> {
    try {
      return await this.claims.claim(claim);
    } catch (error) {
      this.logger.debug({ err: error, claim }, 'alert claim failed: posting anyway');
      return true;
    }
  }
}
