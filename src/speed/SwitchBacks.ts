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

/**
 * Timed speed's second half: the stored switch backs to Relax, armed on the clock, resumed at start,
 * cancelled or replaced by later changes, and run through the account's gate when they come due.
 */
export class SwitchBacks {
  private readonly scheduler: SwitchBackScheduler;
  private listener: SwitchBackListener | undefined;
  private onError: ((error: unknown, record: PendingSwitchBack) => void) | undefined;

  constructor(
    private readonly upstream: SpeedUpstream,
    private readonly gate: ChannelGate,
    private readonly records: AccountRecords,
    private readonly clock: Clock,
  ) {
    this.scheduler = new SwitchBackScheduler(
      clock,
      (record) => this.run(record),
      (error, record) => this.onError?.(error, record),
    );
  }

  /** Arms every stored switch back (those already due run at once, late) and reports each one to `listener`. */
  async start(
    listener: SwitchBackListener,
    onError?: (error: unknown, record: PendingSwitchBack) => void,
  ): Promise<number> {
    this.listener = listener;
    this.onError = onError;
    const records = await this.records.state.switchBacks();
    for (const record of records) this.scheduler.arm(record);
    return records.length;
  }

  /** Cancels the timers (the records stay stored) and waits for switch backs already running. */
  stop(): Promise<void> {
    return this.scheduler.stop();
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
    await this.listener?.(record, result);
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
