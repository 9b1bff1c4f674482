import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Clock } from '../clock.js';
import type { ChannelState, HaltRecord, SpeedChange } from '../state/ChannelState.js';
import type { HistoryEntry } from '../state/History.js';
import type { ClassifiedOutcome } from '../upstream/outcomes.js';
import { parseBlockEnd } from './blockEnd.js';
import type { FastTimeReading } from './fastTime.js';
import { KeyedQueue } from './KeyedQueue.js';
import type { StoreProblem } from './results.js';
import type { SpeedObserver } from './SpeedObserver.js';

/** What a halt keeps of the upstream's moderation outcome (never its CAPTCHA link: that is for admins). */
export type ModerationFlag = Pick<
  Extract<ClassifiedOutcome<unknown>, { kind: 'moderation' }>,
  'cause' | 'upstreamMessage'
>;

/**
 * The writes every speed operation shares (a halt, a history line, the time they carry), with the store's
 * failures turned into what the user is told instead of exceptions.
 */
export class AccountRecords {
  /** Each account's history and change writes, one after another (see {@link inOrder}). */
  private readonly writes = new KeyedQueue();

  constructor(
    readonly state: ChannelState,
    private readonly clock: Clock,
    /** Told about every halt before it is stored (what /info said is moot once the account is halted). */
    private readonly onHalt: (channel: string) => void = () => {},
    /** Told about every halt once it is stored (or failed to be): alerts, block-end reminders. */
    private readonly observer: SpeedObserver = {},
  ) {}

  /** Now, as stored in records. */
  iso(): string {
    return new Date(this.clock.now()).toISOString();
  }

  /** Best effort: history is a courtesy, never a reason to fail a change. */
  remember(channel: string, entry: HistoryEntry): Promise<boolean> {
    return this.inOrder(channel, () => this.state.appendHistory(channel, entry));
  }

  /**
   * Keeps `reading` as the account's last fast time, which its live panels show with its age (they never
   * ask Midjourney themselves). Best effort, like the history.
   */
  rememberFastTime(channel: string, reading: FastTimeReading): Promise<boolean> {
    return this.inOrder(channel, () => this.state.recordFastTime(channel, reading));
  }

  /**
   * Records a successful change as the account's last one, with its history line: one trip to the store,
   * the two writes side by side. Resolves to whether both were stored.
   *
   * The writes start on the next turn of the event loop, so the reply announcing the change is sent first
   * and this work (reading and extending the history, serialising, the trip to the store) follows it
   * instead of holding it up.
   */
  recordSwitch(channel: string, change: SpeedChange, entry: HistoryEntry): Promise<boolean> {
    return this.inOrder(channel, async () => {
      await nextTurn();
      // Both settle before the account's next write starts, even when one fails early.
      const writes = await Promise.allSettled([
        this.state.recordChange(channel, change),
        this.state.appendHistory(channel, entry),
      ]);
      for (const write of writes) if (write.status === 'rejected') throw write.reason;
    });
  }

  /** Settles once the account's history and change writes started so far have settled. */
  written(channel: string): Promise<void> {
    return this.writes.settled(channel);
  }

  /** Settles once every account's writes started so far have settled (for a shutdown, before the store closes). */
  allWritten(): Promise<void> {
    return this.writes.allSettled();
  }

  /**
   * Runs an account's history and change writes one after another, resolving to whether `write` succeeded.
   * A change's records may still be on their way when the account's next request starts (its reply does not
   * wait for them), and a history line is read, extended and written whole: started before the previous
   * write settled, it could read the history without that line and drop it, and two last-change records
   * could land in the wrong order.
   */
  private inOrder(channel: string, write: () => Promise<void>): Promise<boolean> {
    return this.writes.run(channel, () =>
      write().then(
        () => true,
        () => false,
      ),
    );
  }

  /** Stores a halt; resolves to the problem if the store did not take it. */
  async recordHalt(channel: string, halt: HaltRecord): Promise<StoreProblem | undefined> {
    this.onHalt(channel);
    let problem: StoreProblem | undefined;
    try {
      await this.state.recordHalt(channel, halt);
    } catch {
      problem = 'haltNotRecorded';
    }
    this.observer.halted?.(channel, halt);
    return problem;
  }

  /**
   * A halt met just now by `command` of `userId` in the Discord channel `channelId`, keeping what the
   * upstream said and why it flagged, with the end of the block when that text names one.
   */
  haltNow(
    command: HaltRecord['command'],
    userId: string,
    flag: ModerationFlag,
    channelId?: string,
  ): HaltRecord {
    const since = this.clock.now();
    const text = flag.upstreamMessage ?? '';
    const blockEnd = parseBlockEnd(text, since);
    return {
      since: new Date(since).toISOString(),
      command,
      userId,
      upstreamText: text,
      cause: flag.cause,
      ...(channelId !== undefined && { channelId }),
      ...(blockEnd !== undefined && { blockedUntil: new Date(blockEnd).toISOString() }),
    };
  }
}
