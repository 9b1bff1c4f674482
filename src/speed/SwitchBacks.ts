import { randomUUID } from 'node:crypto';
import type { Clock } from '../clock.js';
import type { SpeedChange } from '../state/ChannelState.js';
import type { HistoryEntry } from '../state/History.js';
import type { AccountRecords } from './AccountRecords.js';
import { type ChannelGate, gatedRun } from './ChannelGate.js';
import type { Invoker, StoreProblem, SwitchBackListener, SwitchBackResult } from './results.js';
import type { SpeedUpstream } from './SpeedUpstream.js';
import { SwitchBackScheduler } from './SwitchBackScheduler.js';
import { type PendingSwitchBack, SWITCH_BACK_MODE, type TimedMode } from './timedSpeed.js';

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
  private events: SwitchBackEvents | undefined;
  private cancelTick: (() => void) | undefined;
  private failures = 0;

  constructor(
    private readonly upstream: SpeedUpstream,
    private readonly gate: ChannelGate,
    private readonly records: AccountRecords,
    private readonly clock: Clock,
  ) {
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

  /** Stops arming and reconciling (the records stay stored) and waits for switch backs already running. */
  stop(): Promise<void> {
    this.cancelTick?.();
    return this.scheduler.stop();
  }

  /**
   * `record` as `/speed status` may show it: armed here first if it was not (so what is shown is what will
   * run), unless this process has stopped.
   */
  visible(record: PendingSwitchBack): PendingSwitchBack | undefined {
    if (!this.events || this.scheduler.holds(record)) return record;
    if (this.scheduler.stopped) return undefined;
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

  /** Arms each stored switch back this process does not hold; resolves to how many. */
  private async armStored(): Promise<number> {
    let armed = 0;
    for (const record of await this.records.state.switchBacks()) {
      if (this.scheduler.holds(record)) continue;
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
    let cancelled: PendingSwitchBack | undefined;
    try {
      cancelled = await state.switchBack(channel);
    } catch {}
    this.scheduler.disarm(channel);
    if (!timed) {
      if (cancelled) await state.clearSwitchBack(channel).catch(() => {});
      return { ...(cancelled && { cancelled }) };
    }
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

  private async run(record: PendingSwitchBack): Promise<void> {
    const result = await gatedRun(this.gate, record.account, `switchBack:${record.id}`, () =>
      this.runNow(record),
    );
    await this.events?.onResult(record, result);
  }

  private async runNow(record: PendingSwitchBack): Promise<SwitchBackResult> {
    const { state } = this.records;
    const channel = record.account;
    const lateMs = Math.max(0, this.clock.now() - Date.parse(record.dueAt));
    let storeProblem: StoreProblem | undefined;
    try {
      // A manual change in another bot process sharing the store may have cancelled or replaced it.
      const current = await state.switchBack(channel);
      if (current?.id !== record.id) return { kind: 'superseded' };
      const halt = await state.halt(channel);
      if (halt) {
        await this.clearIfCurrent(record);
        await this.records.remember(channel, this.entry(record, lateMs, 'skippedHalted'));
        return { kind: 'halted', halt, fresh: false, lateMs };
      }
    } catch {
      // As for a manual change: useapi.net still refuses a halted account with a 596.
      storeProblem = 'haltUnreadable';
    }

    const outcome = await this.upstream.setSpeed(SWITCH_BACK_MODE, channel);
    // Cleared only now: a crash before this point repeats the switch back after a restart, never skips it.
    await this.clearIfCurrent(record);
    switch (outcome.kind) {
      case 'success': {
        const change: SpeedChange = {
          mode: SWITCH_BACK_MODE,
          userId: record.userId,
          at: this.records.iso(),
          automatic: true,
        };
        const [changeRecorded] = await Promise.all([
          state.recordChange(channel, change).then(
            () => true,
            () => false,
          ),
          this.records.remember(channel, this.entry(record, lateMs, 'done')),
        ]);
        if (!changeRecorded) storeProblem ??= 'changeNotRecorded';
        return {
          kind: 'switched',
          content: outcome.value.content,
          lateMs,
          ...(storeProblem && { storeProblem }),
        };
      }
      case 'moderation': {
        const halt = this.records.haltNow('switchBack', record.userId, outcome.upstreamMessage);
        storeProblem = (await this.records.recordHalt(channel, halt)) ?? storeProblem;
        await this.records.remember(channel, this.entry(record, lateMs, 'halted'));
        return { kind: 'halted', halt, fresh: true, lateMs, ...(storeProblem && { storeProblem }) };
      }
      default:
        await this.records.remember(channel, {
          ...this.entry(record, lateMs, 'failed'),
          failure: outcome.kind,
        });
        return { kind: 'failed', outcome, lateMs };
    }
  }

  /** Deletes the stored switch back unless a newer one (from another process) replaced it. */
  private async clearIfCurrent(record: PendingSwitchBack): Promise<void> {
    try {
      const current = await this.records.state.switchBack(record.account);
      if (current?.id === record.id) await this.records.state.clearSwitchBack(record.account);
    } catch {}
  }

  private entry(record: PendingSwitchBack, lateMs: number, outcome: HistoryEntry['outcome']): HistoryEntry {
    return {
      at: this.records.iso(),
      userId: record.userId,
      action: SWITCH_BACK_MODE,
      outcome,
      after: { mode: record.mode, minutes: record.minutes },
      ...(lateMs > 0 && { lateMs }),
    };
  }
}
