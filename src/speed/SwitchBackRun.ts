import type { Clock } from '../clock.js';
import type { HaltRecord, SpeedChange } from '../state/ChannelState.js';
import type { HistoryEntry } from '../state/History.js';
import type { Upstream } from '../upstream/port.js';
import type { AccountRecords } from './AccountRecords.js';
import type { StoreProblem, SwitchBackAttempt } from './results.js';
import { afterFailure, delayOf } from './switchBackRetry.js';
import { nextAttemptAt, type PendingSwitchBack, SWITCH_BACK_MODE } from './timedSpeed.js';

/**
 * One attempt at a switch back that came due, inside the account's gate: checked against the store (still
 * current, its next attempt due, not halted), sent, and cleared only once the switch to Relax succeeded. A
 * halt or a failure keeps the record: the time limit holds until Relax is confirmed ({@link SwitchBacks}
 * tries again). What the attempt leaves (the next attempt's time, the halt that holds it) is stored before
 * anyone is told, so that with several bot processes on one store the others, coming to it in the gate,
 * wait for that time or the reset instead of sending or announcing it again.
 */
export class SwitchBackRun {
  constructor(
    private readonly upstream: Upstream,
    private readonly records: AccountRecords,
    private readonly clock: Clock,
  ) {}

  /**
   * Only the first failed attempt is written to the history and announced (retries every few minutes
   * would push everything else out of its 20 lines).
   */
  async run(record: PendingSwitchBack): Promise<SwitchBackAttempt> {
    const { state } = this.records;
    const channel = record.account;
    const lateMs = Math.max(0, this.clock.now() - Date.parse(record.dueAt));
    let storeProblem: StoreProblem | undefined;
    let current: PendingSwitchBack | undefined;
    let halt: HaltRecord | undefined;
    try {
      // A manual change in another bot process sharing the store may have cancelled or replaced it.
      current = await state.switchBack(channel);
      if (current?.id !== record.id) return { kind: 'superseded' };
      if (nextAttemptAt(current) > this.clock.now()) return { kind: 'notYet', current };
      halt = await state.halt(channel);
    } catch {
      // Unlike a member's change, nobody is waiting: acting blind could undo a later change or run in
      // every process at once. The record stays stored, and reconciliation arms it once the store answers.
      return { kind: 'postponed' };
    }
    if (halt) {
      if (current.heldBy === halt.since) return { kind: 'held' };
      // Kept: Midjourney keeps the mode through a halt, so the switch back runs after the reset.
      await this.keep(heldBy(current, halt));
      await this.records.remember(channel, this.entry(record, lateMs, 'skippedHalted'));
      return { kind: 'halted', halt, fresh: false, lateMs };
    }

    const outcome = await this.upstream.setSpeed(SWITCH_BACK_MODE, channel);
    switch (outcome.kind) {
      case 'moderation': {
        const halt = this.records.haltNow('switchBack', record.userId, outcome, record.channelId);
        storeProblem = (await this.records.recordHalt(channel, halt)) ?? storeProblem;
        await this.keep(heldBy(current, halt));
        await this.records.remember(channel, this.entry(record, lateMs, 'halted'));
        return { kind: 'halted', halt, fresh: true, lateMs, ...(storeProblem && { storeProblem }) };
      }
      case 'success': {
        // Cleared only now: a crash before this point repeats the switch back after a restart, never skips it.
        await this.clearIfCurrent(record);
        const change: SpeedChange = {
          mode: SWITCH_BACK_MODE,
          userId: record.userId,
          at: this.records.iso(),
          automatic: true,
        };
        const done = outcome.value.alreadyActive ? 'alreadyActive' : 'done';
        const recorded = await this.records.recordSwitch(channel, change, this.entry(record, lateMs, done));
        if (!recorded) storeProblem ??= 'changeNotRecorded';
        const delayedBy = delayOf(current);
        return {
          kind: 'switched',
          changed: outcome.value,
          lateMs,
          ...(delayedBy && { delayedBy }),
          ...(storeProblem && { storeProblem }),
        };
      }
      default: {
        const next = afterFailure(current, this.clock.now(), outcome);
        await this.keep(next);
        const attempt = next.failedAttempts ?? 1;
        if (attempt === 1)
          await this.records.remember(channel, {
            ...this.entry(record, lateMs, 'failed'),
            failure: outcome.kind,
          });
        const retry = { attempt, at: next.retryAt ?? new Date(nextAttemptAt(next)).toISOString() };
        return { kind: 'failed', outcome, lateMs, retry, next };
      }
    }
  }

  /**
   * Stores what an attempt left on the record (inside the gate, so it is still the current one). If the
   * store refuses, this process still keeps time for it; another may then try it too.
   */
  private async keep(record: PendingSwitchBack): Promise<void> {
    try {
      await this.records.state.recordSwitchBack(record);
    } catch {
      // Best effort: see above.
    }
  }

  /**
   * Deletes the stored switch back unless a newer one (from another process) replaced it; resolves to
   * whether the store is now rid of it.
   */
  async clearIfCurrent(record: PendingSwitchBack): Promise<boolean> {
    try {
      const current = await this.records.state.switchBack(record.account);
      if (current?.id === record.id) await this.records.state.clearSwitchBack(record.account);
      return true;
    } catch {
      return false;
    }
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

/** `record` held by `halt`: its attempts start afresh after the reset. */
function heldBy(record: PendingSwitchBack, halt: HaltRecord): PendingSwitchBack {
  const { failedAttempts: _failed, retryAt: _retryAt, ...rest } = record;
  return { ...rest, heldBy: halt.since };
}
