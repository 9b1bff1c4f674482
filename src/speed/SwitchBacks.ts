import { randomUUID } from 'node:crypto';
import type { Clock } from '../clock.js';
import type { SpeedChange } from '../state/ChannelState.js';
import type { Upstream } from '../upstream/port.js';
import type { AccountRecords } from './AccountRecords.js';
import { type ChannelGate, gatedRun } from './ChannelGate.js';
import { KeyedQueue } from './KeyedQueue.js';
import type { Invoker, StoreProblem, SwitchBackListener } from './results.js';
import { SwitchBackRun } from './SwitchBackRun.js';
import { SwitchBackScheduler } from './SwitchBackScheduler.js';
import { announcementChannels, type PendingSwitchBack, type TimedMode } from './timedSpeed.js';

/** What a manual change did to the account's switch back. */
export interface SwitchBackChange {
  /** The switch back this timed change set. */
  switchBack?: PendingSwitchBack;
  /** The one that was pending and is now cancelled (or replaced). */
  cancelled?: PendingSwitchBack;
  storeProblem?: StoreProblem;
}

/** A timed change asking for its switch back. */
export interface TimedRequest {
  mode: TimedMode;
  minutes: number;
  invoker: Invoker;
  /** The Discord channel to announce it in. */
  replyChannel: string;
  /** ISO 8601 time of the change. */
  at: string;
}

/** What {@link SwitchBacks} reports as it works. */
export interface SwitchBackEvents {
  /** A switch back came due, and this is what became of it (e.g. to announce it). */
  onResult: SwitchBackListener;
  /** Running a switch back threw (the listener failed, or a bug). */
  onError?(error: unknown, record: PendingSwitchBack): void;
  /** The stored switch backs were read and `armed` of them were armed (at start: every one found). */
  onReconciled?(armed: number, atStart: boolean): void;
  /** The stored switch backs could not be read; the next try is in `retryInMs`. */
  onReconcileFailed?(error: unknown, retryInMs: number): void;
}

/** How often the stored switch backs are read again to arm any this process does not hold. */
export const RECONCILE_INTERVAL_MS = 60_000;
/** The first retry after a failed read; it doubles up to {@link RECONCILE_INTERVAL_MS}. */
const RECONCILE_RETRY_MS = 1_000;

/**
 * Timed speed's second half: the stored switch backs to Relax, armed on the clock, cancelled or replaced
 * by later changes, and run through the account's gate when they come due. The store is the truth: it is
 * read at start and again every {@link RECONCILE_INTERVAL_MS} (sooner, with backoff, after a failure), and
 * every stored switch back this process does not hold yet is armed, so none is lost to a store that was
 * down at start or to a record written by another process.
 */
export class SwitchBacks {
  private readonly scheduler: SwitchBackScheduler;
  private readonly runner: SwitchBackRun;
  private events: SwitchBackEvents | undefined;
  private cancelTick: (() => void) | undefined;
  private failures = 0;
  /** Switch backs a change cancelled while the store would not delete them: deleted again when it does. */
  private readonly cancelledIds = new Set<string>();
  /** Channels are added to a switch back one at a time per account ({@link alsoAnnounceIn}). */
  private readonly announcements = new KeyedQueue();
  /** The latest version of each account's switch back that had channels added, by account. */
  private readonly extended = new Map<string, PendingSwitchBack>();

  constructor(
    upstream: Upstream,
    private readonly gate: ChannelGate,
    private readonly records: AccountRecords,
    private readonly clock: Clock,
  ) {
    this.runner = new SwitchBackRun(upstream, records, clock);
    this.scheduler = new SwitchBackScheduler(
      clock,
      (record) => this.run(record),
      (error, record) => this.events?.onError?.(error, record),
    );
  }

  /**
   * Arms every stored switch back (those already due run at once, late), reports each one that comes due
   * to `events`, and keeps reconciling with the store. Resolves after the first read, failed or not.
   */
  async start(events: SwitchBackEvents): Promise<void> {
    this.events = events;
    await this.reconcile(true);
  }

  /**
   * Stops arming and reconciling (the records stay stored; the next start resumes them) and waits for
   * switch backs already running, announcements included.
   */
  stop(): Promise<void> {
    this.cancelTick?.();
    return this.scheduler.stop();
  }

  /**
   * `record` as `/speed status` may show it: armed here first if it was not (so what is shown is what will
   * run), unless this process has stopped.
   */
  visible(record: PendingSwitchBack, lastChange: SpeedChange | undefined): PendingSwitchBack | undefined {
    if (!this.events || this.scheduler.holds(record)) return record;
    if (this.scheduler.stopped || this.obsolete(record, lastChange)) return undefined;
    this.scheduler.arm(record);
    return record;
  }

  private async reconcile(atStart: boolean): Promise<void> {
    if (this.scheduler.stopped) return;
    let next: number;
    try {
      const armed = await this.armStored();
      this.failures = 0;
      next = RECONCILE_INTERVAL_MS;
      this.events?.onReconciled?.(armed, atStart);
    } catch (error) {
      this.failures += 1;
      next = Math.min(RECONCILE_RETRY_MS * 2 ** (this.failures - 1), RECONCILE_INTERVAL_MS);
      this.events?.onReconcileFailed?.(error, next);
    }
    if (this.scheduler.stopped) return;
    this.cancelTick = this.clock.setTimer(() => void this.reconcile(false), next);
  }

  /** Cancelled here (while the store would not delete it), or requested before the account's last change. */
  private obsolete(record: PendingSwitchBack, lastChange: SpeedChange | undefined): boolean {
    if (this.cancelledIds.has(record.id)) return true;
    return lastChange !== undefined && Date.parse(lastChange.at) > Date.parse(record.requestedAt);
  }

  /**
   * Arms each stored switch back this process does not hold; resolves to how many. A record that a later
   * change made obsolete (one this process cancelled, or requested before the account's last change) is
   * deleted instead: arming it would undo that change (the record stays until a delete succeeds).
   */
  private async armStored(): Promise<number> {
    const { state } = this.records;
    let armed = 0;
    for (const record of await state.switchBacks()) {
      if (this.scheduler.holds(record)) continue;
      if (this.obsolete(record, await state.lastChange(record.account))) {
        if (await this.runner.clearIfCurrent(record)) this.cancelledIds.delete(record.id);
        continue;
      }
      this.scheduler.arm(record);
      armed += 1;
    }
    return armed;
  }

  /**
   * After a successful change: any pending switch back is cancelled, and a timed change stores and arms
   * its own. The timer is armed even when the store fails, so only a restart would forget it.
   */
  async replace(channel: string, timed: TimedRequest | undefined): Promise<SwitchBackChange> {
    const state = this.records.state;
    let pending: PendingSwitchBack | undefined;
    let unreadable = false;
    try {
      pending = await state.switchBack(channel);
    } catch {
      unreadable = true;
    }
    this.scheduler.disarm(channel);
    if (!timed) {
      if (!pending && !unreadable) return {};
      // Unreadable: there may be one, so it is deleted blind.
      const deleted = await state.clearSwitchBack(channel).then(
        () => true,
        () => false,
      );
      if (deleted) return { ...(pending && { cancelled: pending }) };
      if (pending) this.cancelledIds.add(pending.id);
      return { storeProblem: 'switchBackNotCancelled' };
    }
    const cancelled = pending;
    const switchBack: PendingSwitchBack = {
      id: randomUUID(),
      account: channel,
      channelId: timed.replyChannel,
      mode: timed.mode,
      minutes: timed.minutes,
      userId: timed.invoker.userId,
      requestedAt: timed.at,
      dueAt: new Date(Date.parse(timed.at) + timed.minutes * 60_000).toISOString(),
    };
    let storeProblem: StoreProblem | undefined;
    try {
      await state.recordSwitchBack(switchBack);
    } catch {
      storeProblem = 'switchBackNotStored';
    }
    this.scheduler.arm(switchBack);
    return { switchBack, ...(cancelled && { cancelled }), ...(storeProblem && { storeProblem }) };
  }

  /**
   * A member whose timed change shared `record`'s upstream call from another channel (several channels
   * mapped to one account) was told the switch back is announced there too: the channel is added to the
   * record, stored (a restart keeps it) and armed. Additions are made one at a time per account, each on
   * the latest version, so none is lost to another.
   */
  alsoAnnounceIn(record: PendingSwitchBack, channelId: string): Promise<SwitchBackChange> {
    return this.announcements.run(record.account, async () => {
      const latest = this.extended.get(record.account);
      const current = latest?.id === record.id ? latest : record;
      if (announcementChannels(current).includes(channelId)) return { switchBack: current };
      const switchBack = { ...current, alsoAnnouncedIn: [...(current.alsoAnnouncedIn ?? []), channelId] };
      this.extended.set(record.account, switchBack);
      this.scheduler.update(switchBack);
      try {
        const stored = await this.records.state.switchBack(record.account);
        if (stored?.id === record.id) await this.records.state.recordSwitchBack(switchBack);
        return { switchBack };
      } catch {
        return { switchBack, storeProblem: 'switchBackNotStored' };
      }
    });
  }

  private async run(record: PendingSwitchBack): Promise<void> {
    const result = await gatedRun(this.gate, record.account, `switchBack:${record.id}`, () =>
      this.runner.run(record),
    );
    // Shutting down before it started: the record stays stored, and the next start runs it.
    if (result.kind === 'restarting') return;
    await this.events?.onResult(record, result);
  }
}
