import { randomUUID } from 'node:crypto';
import type { Clock } from '../clock.js';
import type { SpeedChange } from '../state/ChannelState.js';
import type { Upstream } from '../upstream/port.js';
import type { AccountRecords } from './AccountRecords.js';
import { type ChannelGate, gatedRun } from './ChannelGate.js';
import { KeyedQueue } from './KeyedQueue.js';
import type {
  Invoker,
  QueueFull,
  StoreProblem,
  SwitchBackAttempt,
  SwitchBackListener,
  SwitchBackResult,
} from './results.js';
import { SwitchBackRun } from './SwitchBackRun.js';
import { SwitchBackScheduler } from './SwitchBackScheduler.js';
import { afterFailure } from './switchBackRetry.js';
import {
  announcementChannels,
  nextAttemptAt,
  type PendingSwitchBack,
  supersededBy,
  type TimedMode,
} from './timedSpeed.js';

/** What a manual change did to the account's switch back. */
export interface SwitchBackChange {
  /** The switch back this timed change set. */
  switchBack?: PendingSwitchBack;
  /** The one that was pending and is now cancelled (or replaced). */
  cancelled?: PendingSwitchBack;
  /** `switchBack` is an earlier timed change's, due sooner, kept by a change whose outcome is unknown. */
  keptEarlier?: true;
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
 * down at start or to a record written by another process. A switch back stays until Relax is confirmed:
 * a failed one is tried again with backoff ({@link afterFailure}), and one that met a halt waits for the
 * reset ({@link afterReset}) instead of being dropped, so a time limit always ends. The attempts are stored
 * with the record, so several processes sharing the store make each attempt once between them.
 */
export class SwitchBacks {
  private readonly scheduler: SwitchBackScheduler;
  private readonly runner: SwitchBackRun;
  private events: SwitchBackEvents | undefined;
  private cancelTick: (() => void) | undefined;
  private failures = 0;
  /** Switch backs a change cancelled while the store would not delete them: deleted again when it does. */
  private readonly cancelledIds = new Set<string>();
  /** Switch backs that met a halt, by account: not armed until the account is reset. */
  private readonly parked = new Map<string, PendingSwitchBack>();
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
    if (!this.events || this.holds(record)) return record;
    if (this.scheduler.stopped || this.obsolete(record, lastChange)) return undefined;
    this.scheduler.arm(record, nextAttemptAt(record));
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

  /** Whether this process keeps `record`: armed, running, or waiting for its account's reset. */
  private holds(record: PendingSwitchBack): boolean {
    return this.scheduler.holds(record) || this.parked.get(record.account)?.id === record.id;
  }

  /**
   * After a reset of `channel`'s account: its switch back that came due while the account was halted (or
   * came due at all and has not run) runs now, through the gate, right behind the reset. Resolves to it, so
   * the reset can say so; `undefined` when none is pending or overdue.
   */
  async afterReset(channel: string): Promise<PendingSwitchBack | undefined> {
    let record: PendingSwitchBack | undefined;
    try {
      record = await this.records.state.switchBack(channel);
    } catch {
      // Unreadable: reconciliation finds it and, the account no longer halted, arms it.
      return undefined;
    }
    if (!record || Date.parse(record.dueAt) > this.clock.now() || this.scheduler.stopped) return undefined;
    this.parked.delete(channel);
    if (!this.scheduler.isRunning(record)) this.scheduler.arm(record, this.clock.now());
    return record;
  }

  /** Cancelled here (while the store would not delete it), or requested before the account's last change. */
  private obsolete(record: PendingSwitchBack, lastChange: SpeedChange | undefined): boolean {
    return this.cancelledIds.has(record.id) || supersededBy(record, lastChange);
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
      if (this.parked.get(record.account)?.id === record.id) {
        // Reset by another process: it runs now.
        if (await state.halt(record.account)) continue;
        this.parked.delete(record.account);
      } else if (this.scheduler.holds(record)) continue;
      if (this.obsolete(record, await state.lastChange(record.account))) {
        if (await this.runner.clearIfCurrent(record)) this.cancelledIds.delete(record.id);
        continue;
      }
      this.scheduler.arm(record, nextAttemptAt(record));
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
    this.parked.delete(channel);
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
   * A timed change whose outcome is unknown (it may have switched) keeps a time limit without ever
   * lengthening one: a pending switch back due no later than this change's stays as it is, retries and
   * all (only a success may replace it, since the change may never have landed), else this change's
   * switch back replaces it.
   */
  async keepSooner(channel: string, timed: TimedRequest): Promise<SwitchBackChange> {
    const state = this.records.state;
    const dueAt = Date.parse(timed.at) + timed.minutes * 60_000;
    try {
      const pending = await state.switchBack(channel);
      if (
        pending &&
        Date.parse(pending.dueAt) <= dueAt &&
        !this.obsolete(pending, await state.lastChange(channel))
      )
        return { switchBack: pending, keptEarlier: true };
    } catch {
      // Unreadable: storing this one (if the store takes it) is all that can be done for the limit.
    }
    return this.replace(channel, timed);
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
    const outcome = await gatedRun(this.gate, record.account, `switchBack:${record.id}`, () =>
      this.runner.run(record),
    );
    // Shutting down before it started: the record stays stored, and the next start runs it.
    if (outcome.kind === 'restarting') return;
    // Cut short by the shutdown: nothing to retry or announce here, the next start runs it again.
    if (outcome.kind === 'failed' && this.scheduler.stopped) return;
    const result = this.settle(record, outcome);
    if (result) await this.events?.onResult(record, result);
  }

  /**
   * What becomes of `record` after an attempt: tried again or parked, unless it is done; what to tell, when
   * this process made the attempt (nothing when another process's attempt or halt left it waiting).
   */
  private settle(
    record: PendingSwitchBack,
    outcome: SwitchBackAttempt | QueueFull,
  ): SwitchBackResult | undefined {
    switch (outcome.kind) {
      case 'notYet':
        this.scheduler.arm(outcome.current, nextAttemptAt(outcome.current));
        return undefined;
      case 'held':
        this.parked.set(record.account, record);
        return undefined;
      case 'halted':
        // Tried again from the first step once the account is reset.
        this.parked.set(record.account, record);
        return outcome;
      case 'failed': {
        const { next, ...result } = outcome;
        this.scheduler.arm(next, nextAttemptAt(next));
        return result;
      }
      case 'queueFull': {
        // Refused before the gate, so nothing was stored: this process alone keeps time for the retry.
        const next = afterFailure(record, this.clock.now());
        this.scheduler.arm(next, nextAttemptAt(next));
        return { ...outcome, retry: { attempt: next.failedAttempts ?? 1, at: next.retryAt ?? next.dueAt } };
      }
      default:
        return outcome;
    }
  }
}
