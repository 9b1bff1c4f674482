import type { Clock } from '../clock.js';
import type { BlockEndReminder, BlockEndStore } from '../state/BlockEndStore.js';
import type { ChannelState, HaltRecord } from '../state/ChannelState.js';
import type { OnceClaims } from '../state/OnceClaims.js';
import type { SpeedObserver } from './SpeedObserver.js';
import { SwitchBackScheduler } from './SwitchBackScheduler.js';
import { RECONCILE_INTERVAL_MS } from './SwitchBacks.js';

/** The wait before a failed reminder is posted again, doubling after each failure up to the maximum. */
export const REMINDER_FIRST_RETRY_MS = 10_000;
export const REMINDER_MAX_RETRY_MS = 10 * RECONCILE_INTERVAL_MS;

/** What {@link BlockEndReminders} reports as it works. */
export interface BlockEndEvents {
  /** A block ended while its halt is still there: remind the admins (they reset; the bot never does). */
  onDue(reminder: BlockEndReminder): Promise<void>;
  /** Storing, reading or running a reminder failed. */
  onError?(error: unknown, what: string): void;
}

/**
 * When the moderation text said how long Midjourney blocks the account, a reminder for the end of the
 * block: stored with an index (so a restart finds it), armed on the clock, read again from the store every
 * {@link RECONCILE_INTERVAL_MS} (a reminder stored by another process, or while the store was down), and
 * cancelled by a reset. When it comes due and the same halt is still there, the admins are reminded once,
 * whichever process gets there first (a claim in the shared store). The account is never reset here.
 */
export class BlockEndReminders implements SpeedObserver {
  private readonly scheduler: SwitchBackScheduler<BlockEndReminder>;
  private events: BlockEndEvents | undefined;
  private cancelTick: (() => void) | undefined;
  /** Store writes under way: a stop waits for them, so a halt met just before it keeps its reminder. */
  private readonly writes = new Set<Promise<void>>();
  /** Failed posts so far, by reminder id, for the backoff of its next attempt. */
  private readonly failures = new Map<string, number>();

  constructor(
    private readonly store: BlockEndStore,
    private readonly state: ChannelState,
    private readonly claims: OnceClaims,
    private readonly clock: Clock,
  ) {
    this.scheduler = new SwitchBackScheduler<BlockEndReminder>(
      clock,
      (reminder) => this.run(reminder),
      (error) => this.events?.onError?.(error, 'block-end reminder'),
    );
  }

  /** Arms the stored reminders (those already due run at once) and keeps reading the store. */
  async start(events: BlockEndEvents): Promise<void> {
    this.events = events;
    await this.reconcile();
  }

  /** Stops arming and waits for the store writes under way; the reminders stay stored for the next start. */
  async stop(): Promise<void> {
    this.cancelTick?.();
    await Promise.all([this.scheduler.stop(), ...this.writes]);
  }

  halted(account: string, halt: HaltRecord): void {
    if (halt.blockedUntil === undefined) return;
    const reminder: BlockEndReminder = {
      id: `${account}:${halt.since}`,
      account,
      haltSince: halt.since,
      userId: halt.userId,
      dueAt: halt.blockedUntil,
      ...(halt.channelId !== undefined && { channelId: halt.channelId }),
    };
    this.scheduler.arm(reminder);
    this.write(this.store.record(reminder), 'store reminder');
  }

  reset(account: string): void {
    this.scheduler.disarm(account);
    for (const id of this.failures.keys()) if (id.startsWith(`${account}:`)) this.failures.delete(id);
    this.write(this.store.clear(account), 'cancel reminder');
  }

  /** Nobody waits for `write` (observers never delay a member), but a stop does. */
  private write(write: Promise<void>, what: string): void {
    const tracked = write
      .catch((error: unknown) => this.events?.onError?.(error, what))
      .finally(() => this.writes.delete(tracked));
    this.writes.add(tracked);
  }

  private async reconcile(): Promise<void> {
    if (this.scheduler.stopped) return;
    try {
      for (const reminder of await this.store.all()) {
        if (!this.scheduler.holds(reminder)) this.scheduler.arm(reminder);
      }
    } catch (error) {
      this.events?.onError?.(error, 'read reminders');
    }
    if (this.scheduler.stopped) return;
    this.cancelTick = this.clock.setTimer(() => void this.reconcile(), RECONCILE_INTERVAL_MS);
  }

  private async run(reminder: BlockEndReminder): Promise<void> {
    const halt = await this.state.halt(reminder.account);
    const claim = `blockend:${reminder.id}`;
    // Reset meanwhile (or halted again since): this block's reminder has nothing left to say.
    if (halt?.since === reminder.haltSince && (await this.claims.claim(claim))) {
      try {
        await this.events?.onDue(reminder);
      } catch (error) {
        this.events?.onError?.(
          error,
          'post reminder (does the bot have View Channel and Send Messages there?)',
        );
        await this.retryLater(reminder, claim);
        return;
      }
    }
    this.failures.delete(reminder.id);
    await this.store.clear(reminder.account, reminder.id);
  }

  /**
   * A reminder whose post failed is not lost: armed again here with backoff, its claim given back and the
   * record kept in the store (another process may have cleared it meanwhile), so whichever process runs
   * it next posts it.
   */
  private async retryLater(reminder: BlockEndReminder, claim: string): Promise<void> {
    const failures = (this.failures.get(reminder.id) ?? 0) + 1;
    this.failures.set(reminder.id, failures);
    const wait = Math.min(REMINDER_FIRST_RETRY_MS * 2 ** (failures - 1), REMINDER_MAX_RETRY_MS);
    this.scheduler.arm({ ...reminder, dueAt: new Date(this.clock.now() + wait).toISOString() });
    await this.claims.release(claim);
    await this.store.record(reminder);
  }
}
