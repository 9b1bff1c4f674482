import type { Clock } from '../clock.js';
import type { PendingSwitchBack } from './timedSpeed.js';

/** What the scheduler keeps time for: one record per account, replaced by a newer one (by id). */
export interface TimedRecord {
  readonly id: string;
  readonly account: string;
  /** ISO 8601: when it comes due. */
  readonly dueAt: string;
}

// Node timers overflow past 2^31-1 ms (about 24.8 days); longer waits are re-armed in steps.
const MAX_TIMER_MS = 2_147_483_647;

/**
 * One timer per account for its pending switch back (or another {@link TimedRecord}, such as a block-end
 * reminder), on an injected {@link Clock}. It only keeps time: the records live in the store, and `onDue`
 * decides what a due record does. A record that is already due when armed (the bot was down at the time)
 * fires at once.
 */
export class SwitchBackScheduler<R extends TimedRecord = PendingSwitchBack> {
  private readonly timers = new Map<string, { id: string; cancel: () => void }>();
  /** Switch backs that came due and are running, by record id. */
  private readonly running = new Map<string, Promise<void>>();
  private isStopped = false;

  constructor(
    private readonly clock: Clock,
    private readonly onDue: (record: R) => Promise<void>,
    private readonly onError: (error: unknown, record: R) => void = () => {},
  ) {}

  /** Switch backs waiting for their time. */
  get armed(): number {
    return this.timers.size;
  }

  /** Whether `record` (this very one, by id) is armed or running. */
  holds(record: R): boolean {
    return this.timers.get(record.account)?.id === record.id || this.running.has(record.id);
  }

  /** Whether `record` (by id) came due and is running now. */
  isRunning(record: R): boolean {
    return this.running.has(record.id);
  }

  /** Whether {@link stop} was called: nothing is armed any more. */
  get stopped(): boolean {
    return this.isStopped;
  }

  /**
   * Arms `record`, replacing whatever was armed for its account, to fire at its due time or at `notBefore`
   * (epoch ms), whichever is later: a retry after a failed attempt waits for its backoff.
   */
  arm(record: R, notBefore = Date.parse(record.dueAt)): void {
    if (this.isStopped) return;
    this.disarm(record.account);
    const at = Math.max(notBefore, Date.parse(record.dueAt));
    const wait = Math.min(Math.max(0, at - this.clock.now()), MAX_TIMER_MS);
    const cancel = this.clock.setTimer(() => this.fire(record, at), wait);
    this.timers.set(record.account, { id: record.id, cancel });
  }

  /** Arms this newer version of an armed record (same id) in its place; nothing once it fired or was replaced. */
  update(record: R): void {
    if (this.timers.get(record.account)?.id === record.id) this.arm(record);
  }

  /** Cancels the timer of `account` (only if it is still `id`, when given). */
  disarm(account: string, id?: string): void {
    const timer = this.timers.get(account);
    if (!timer || (id !== undefined && timer.id !== id)) return;
    timer.cancel();
    this.timers.delete(account);
  }

  /** Cancels every timer and waits for switch backs already running. */
  async stop(): Promise<void> {
    this.isStopped = true;
    for (const timer of this.timers.values()) timer.cancel();
    this.timers.clear();
    await Promise.allSettled([...this.running.values()]);
  }

  private fire(record: R, at: number): void {
    if (this.isStopped || this.timers.get(record.account)?.id !== record.id) return;
    if (this.clock.now() < at) {
      this.arm(record, at);
      return;
    }
    this.timers.delete(record.account);
    const run = this.onDue(record)
      .catch((error: unknown) => this.onError(error, record))
      .finally(() => this.running.delete(record.id));
    this.running.set(record.id, run);
  }
}
