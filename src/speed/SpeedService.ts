import { randomUUID } from 'node:crypto';
import { type Clock, systemClock } from '../clock.js';
import type { SpeedMode } from '../speedModes.js';
import type { ChannelState, HaltRecord, SpeedChange } from '../state/ChannelState.js';
import type { HistoryEntry } from '../state/History.js';
import type {
  AccountInfo,
  FailureOutcome,
  JobResult,
  ResetResult,
  UseapiOutcome,
} from '../useapi/outcomes.js';
import { ChannelBusyError, type ChannelGate } from './ChannelGate.js';
import {
  type FastTime,
  FastTimeCache,
  type FastTimeReading,
  lowFastTime,
  parseFastTime,
} from './fastTime.js';
import { SwitchBackScheduler } from './SwitchBackScheduler.js';
import { isTimedMode, type PendingSwitchBack, SWITCH_BACK_MODE } from './timedSpeed.js';

/** The useapi.net calls the service needs; `UseapiClient` provides them. */
export interface SpeedUpstream {
  setSpeed(verb: SpeedMode, channel: string): Promise<UseapiOutcome<JobResult>>;
  resetAccount(channel: string): Promise<UseapiOutcome<ResetResult>>;
  getAccount(channel: string): Promise<UseapiOutcome<AccountInfo>>;
  /** `POST /jobs/info`, for fast hours; without it the fast time is always unknown. */
  info?(channel: string): Promise<UseapiOutcome<JobResult>>;
}

/** A store operation that failed; the user is told, since it changes what the bot can promise. */
export type StoreProblem = 'haltUnreadable' | 'haltNotRecorded' | 'changeNotRecorded' | 'switchBackNotStored';

/** Who asked, for the records and replies. */
export interface Invoker {
  userId: string;
  /** Admins are not held back by the cooldown. */
  exemptFromCooldown?: boolean;
}

/** Where and how a speed change was asked for. */
export interface SwitchOptions {
  /** Switch back to Relax after this many minutes (fast and turbo only; validated by the caller). */
  minutes?: number;
  /** The Discord channel the change was asked in, where a switch back is announced. */
  channelId?: string;
}

/** Failures other than moderation: moderation always becomes a halt. */
export type UpstreamFailure = Exclude<FailureOutcome, { kind: 'moderation' }>;

export type SwitchResult =
  | {
      kind: 'switched';
      mode: SpeedMode;
      content: string | undefined;
      storeProblem?: StoreProblem;
      /** The switch back this timed change set. */
      switchBack?: PendingSwitchBack;
      /** A switch back that was pending and this change cancelled (or replaced). */
      cancelledSwitchBack?: PendingSwitchBack;
      /** The cached fast time, when it is low and the new mode uses fast hours. */
      lowFastTime?: FastTime;
    }
  /** `fresh` when this very request met the 596; otherwise the channel was already halted and nothing was sent. */
  | { kind: 'halted'; halt: HaltRecord; fresh: boolean; storeProblem?: StoreProblem }
  | { kind: 'failed'; outcome: UpstreamFailure; storeProblem?: StoreProblem }
  /** The member switched too recently (`COOLDOWN_SECONDS`); nothing was sent. */
  | { kind: 'cooldown'; lastAt: string; remainingMs: number; cooldownMs: number }
  | { kind: 'queueFull'; waiting: number };

export type ResetOutcome =
  | {
      kind: 'reset';
      /** The halt the bot had recorded, if any (the account may have been halted by another client). */
      clearedHalt: HaltRecord | undefined;
      /** useapi.net still reports a pending moderation message after the reset; undefined if it could not be read. */
      stillFlagged: boolean | undefined;
      pendingModMessage: string | undefined;
    }
  | { kind: 'failed'; outcome: FailureOutcome }
  /** useapi.net reset the account but the halt could not be removed from the store. */
  | { kind: 'notPersisted' }
  | { kind: 'queueFull'; waiting: number };

/** What happened when a switch back came due. */
export type SwitchBackResult =
  | { kind: 'switched'; content: string | undefined; lateMs: number; storeProblem?: StoreProblem }
  /** The account was halted: nothing was sent, the switch back is dropped. */
  | { kind: 'halted'; halt: HaltRecord; fresh: boolean; lateMs: number; storeProblem?: StoreProblem }
  | { kind: 'failed'; outcome: UpstreamFailure; lateMs: number }
  /** A later change cancelled or replaced it: nothing to do or say. */
  | { kind: 'superseded' }
  | { kind: 'queueFull'; waiting: number };

/** Fast time as `/speed status` shows it. */
export type FastTimeStatus =
  | FastTimeReading
  /** Not asked: the account is halted, and any call would risk more. */
  | { kind: 'halted' }
  /** This upstream cannot ask /info. */
  | { kind: 'unsupported' }
  /** Not asked: the store did not say whether the account is halted. */
  | { kind: 'unchecked' }
  /** Too many requests were queued for the account to ask now. */
  | { kind: 'busy' }
  | { kind: 'failed'; outcome: UpstreamFailure };

export interface ChannelStatus {
  halt: HaltRecord | undefined;
  lastChange: SpeedChange | undefined;
  switchBack?: PendingSwitchBack;
  /** Present when asked for (`status(channel, { fastTime: true })`). */
  fastTime?: FastTimeStatus;
  storeProblem?: StoreProblem;
}

/** Options of {@link SpeedService}. */
export interface SpeedServiceOptions {
  /** Time for records, timers and caches (default: the system clock). */
  clock?: Clock;
  /** How long a member waits between switches (0: no cooldown). */
  cooldownMs?: number;
  /** How long an /info answer is reused. */
  fastTimeCacheMs?: number;
}

/** Called with every switch back that came due and what became of it (e.g. to announce it). */
export type SwitchBackListener = (record: PendingSwitchBack, result: SwitchBackResult) => Promise<void>;

/**
 * The speed-switching rules, free of Discord: one request per useapi.net channel at a time, no upstream
 * call while a channel is halted, every halt stored before anyone is told about it, timed changes that
 * switch back to Relax (stored, so they survive a restart), a history per account, a per-member cooldown,
 * and fast hours read from /info only when someone asks.
 */
export class SpeedService {
  private readonly clock: Clock;
  private readonly cooldownMs: number;
  private readonly fastTimes: FastTimeCache;
  private readonly scheduler: SwitchBackScheduler;
  private listener: SwitchBackListener | undefined;
  private onSwitchBackError: ((error: unknown, record: PendingSwitchBack) => void) | undefined;

  constructor(
    private readonly upstream: SpeedUpstream,
    private readonly state: ChannelState,
    private readonly gate: ChannelGate,
    options: SpeedServiceOptions = {},
  ) {
    this.clock = options.clock ?? systemClock;
    this.cooldownMs = options.cooldownMs ?? 0;
    this.fastTimes = new FastTimeCache(this.clock, options.fastTimeCacheMs);
    this.scheduler = new SwitchBackScheduler(
      this.clock,
      (record) => this.runSwitchBack(record),
      (error, record) => this.onSwitchBackError?.(error, record),
    );
  }

  /**
   * Arms every switch back found in the store (those already due run at once, late) and from now on
   * tells `listener` about each one that comes due. Call once the bot can announce them.
   */
  async startSwitchBacks(
    listener: SwitchBackListener,
    onError?: (error: unknown, record: PendingSwitchBack) => void,
  ): Promise<number> {
    this.listener = listener;
    this.onSwitchBackError = onError;
    const records = await this.state.switchBacks();
    for (const record of records) this.scheduler.arm(record);
    return records.length;
  }

  /** Cancels the timers (the records stay stored) and waits for switch backs already running. */
  stopSwitchBacks(): Promise<void> {
    return this.scheduler.stop();
  }

  /** Switches the account behind `channel` to `mode`, unless it is halted or the member must wait. */
  switchSpeed(
    channel: string,
    mode: SpeedMode,
    invoker: Invoker,
    options: SwitchOptions = {},
  ): Promise<SwitchResult> {
    const minutes = isTimedMode(mode) ? options.minutes : undefined;
    const key = minutes === undefined ? mode : `${mode}:${minutes}`;
    return this.gated(channel, key, () =>
      this.switchNow(channel, mode, invoker, minutes, options.channelId ?? channel),
    );
  }

  /** Resets the account at useapi.net and, only once that succeeded, forgets the halt. */
  reset(channel: string, invoker?: Invoker): Promise<ResetOutcome> {
    return this.gated(channel, 'reset', () => this.resetNow(channel, invoker));
  }

  /**
   * What the bot has recorded about `channel`; with `fastTime`, also the account's fast hours (from the
   * 5-minute cache, else one /info call, never while halted).
   */
  async status(
    channel: string,
    options: { fastTime?: boolean; userId?: string } = {},
  ): Promise<ChannelStatus> {
    let status: ChannelStatus;
    try {
      const [halt, lastChange, switchBack] = await Promise.all([
        this.state.halt(channel),
        this.state.lastChange(channel),
        this.state.switchBack(channel),
      ]);
      status = { halt, lastChange, ...(switchBack && { switchBack }) };
    } catch {
      status = { halt: undefined, lastChange: undefined, storeProblem: 'haltUnreadable' };
    }
    if (!options.fastTime) return status;
    if (status.halt) return { ...status, fastTime: { kind: 'halted' } };
    // Without knowing whether the account is halted, the bot does not add a call of its own.
    if (status.storeProblem) return { ...status, fastTime: { kind: 'unchecked' } };
    const fresh = this.fastTimes.fresh(channel);
    if (fresh) return { ...status, fastTime: fresh };
    const checked = await this.gated(channel, 'info', () =>
      this.checkFastTime(channel, options.userId ?? ''),
    );
    if (checked.kind === 'queueFull') return { ...status, fastTime: { kind: 'busy' } };
    if (checked.kind === 'halt') return { ...status, halt: checked.halt, fastTime: { kind: 'halted' } };
    return { ...status, fastTime: checked };
  }

  /** The last changes, resets and halts of the account behind `channel`, newest first. */
  async history(channel: string): Promise<HistoryEntry[] | undefined> {
    try {
      return (await this.state.history(channel)).reverse();
    } catch {
      return undefined;
    }
  }

  /** useapi.net's view of the account (for admins: its pending moderation message). */
  account(channel: string): Promise<UseapiOutcome<AccountInfo>> {
    return this.upstream.getAccount(channel);
  }

  private async gated<T>(
    channel: string,
    key: string,
    task: () => Promise<T>,
  ): Promise<T | { kind: 'queueFull'; waiting: number }> {
    try {
      return await this.gate.run(channel, key, task);
    } catch (error) {
      if (error instanceof ChannelBusyError) return { kind: 'queueFull', waiting: error.waiting };
      throw error;
    }
  }

  private iso(): string {
    return new Date(this.clock.now()).toISOString();
  }

  /** Best effort: history is a courtesy, never a reason to fail a change. */
  private async remember(channel: string, entry: HistoryEntry): Promise<boolean> {
    try {
      await this.state.appendHistory(channel, entry);
      return true;
    } catch {
      return false;
    }
  }

  private async cooldownLeft(
    channel: string,
    invoker: Invoker,
  ): Promise<Extract<SwitchResult, { kind: 'cooldown' }> | undefined> {
    if (this.cooldownMs <= 0 || invoker.exemptFromCooldown) return undefined;
    let last: { at: string } | undefined;
    try {
      last = await this.state.memberSwitch(channel, invoker.userId);
    } catch {
      return undefined; // A courtesy rule: a store outage does not stop anyone.
    }
    if (!last) return undefined;
    const remainingMs = Date.parse(last.at) + this.cooldownMs - this.clock.now();
    return remainingMs > 0
      ? { kind: 'cooldown', lastAt: last.at, remainingMs, cooldownMs: this.cooldownMs }
      : undefined;
  }

  private async switchNow(
    channel: string,
    mode: SpeedMode,
    invoker: Invoker,
    minutes: number | undefined,
    replyChannel: string,
  ): Promise<SwitchResult> {
    let storeProblem: StoreProblem | undefined;
    try {
      const halt = await this.state.halt(channel);
      if (halt) return { kind: 'halted', halt, fresh: false };
    } catch {
      // useapi.net enforces the halt itself with another 596, so serving on is safe; the user is told.
      storeProblem = 'haltUnreadable';
    }
    const cooldown = await this.cooldownLeft(channel, invoker);
    if (cooldown) return cooldown;

    const outcome = await this.upstream.setSpeed(mode, channel);
    const at = this.iso();
    const base = { at, userId: invoker.userId, action: mode, ...(minutes !== undefined && { minutes }) };
    switch (outcome.kind) {
      case 'success': {
        // Independent writes, side by side: a slow store delays the answer once, not once per write.
        const [timed, changeRecorded, remembered] = await Promise.all([
          this.replaceSwitchBack(channel, mode, invoker, minutes, replyChannel, at),
          this.state.recordChange(channel, { mode, userId: invoker.userId, at }).then(
            () => true,
            () => false,
          ),
          this.remember(channel, { ...base, outcome: 'done' }),
          this.cooldownMs > 0 && !invoker.exemptFromCooldown
            ? this.state.recordMemberSwitch(channel, invoker.userId, at, this.cooldownMs).catch(() => {})
            : undefined,
        ]);
        storeProblem ??= timed.storeProblem;
        if (!changeRecorded || !remembered) storeProblem ??= 'changeNotRecorded';
        const low = mode === SWITCH_BACK_MODE ? undefined : lowFastTime(this.fastTimes.fresh(channel));
        return {
          kind: 'switched',
          mode,
          content: outcome.value.content,
          ...(storeProblem && { storeProblem }),
          ...(timed.switchBack && { switchBack: timed.switchBack }),
          ...(timed.cancelled && { cancelledSwitchBack: timed.cancelled }),
          ...(low && { lowFastTime: low }),
        };
      }
      case 'moderation': {
        const halt: HaltRecord = {
          since: at,
          command: mode,
          userId: invoker.userId,
          upstreamText: outcome.upstreamMessage ?? '',
        };
        storeProblem = (await this.recordHalt(channel, halt)) ?? storeProblem;
        await this.remember(channel, { ...base, outcome: 'halted' });
        return { kind: 'halted', halt, fresh: true, ...(storeProblem && { storeProblem }) };
      }
      default:
        await this.remember(channel, { ...base, outcome: 'failed', failure: outcome.kind });
        return { kind: 'failed', outcome, ...(storeProblem && { storeProblem }) };
    }
  }

  /** Stores a halt; resolves to the problem if the store did not take it. */
  private async recordHalt(channel: string, halt: HaltRecord): Promise<StoreProblem | undefined> {
    this.fastTimes.forget(channel);
    try {
      await this.state.recordHalt(channel, halt);
      return undefined;
    } catch {
      return 'haltNotRecorded';
    }
  }

  /**
   * After a successful change: any pending switch back is cancelled, and a timed change stores and arms
   * its own. The timer is armed even when the store fails, so only a restart would forget it.
   */
  private async replaceSwitchBack(
    channel: string,
    mode: SpeedMode,
    invoker: Invoker,
    minutes: number | undefined,
    replyChannel: string,
    at: string,
  ): Promise<{ switchBack?: PendingSwitchBack; cancelled?: PendingSwitchBack; storeProblem?: StoreProblem }> {
    let cancelled: PendingSwitchBack | undefined;
    try {
      cancelled = await this.state.switchBack(channel);
    } catch {}
    this.scheduler.disarm(channel);
    if (minutes === undefined || !isTimedMode(mode)) {
      if (cancelled) await this.state.clearSwitchBack(channel).catch(() => {});
      return { ...(cancelled && { cancelled }) };
    }
    const switchBack: PendingSwitchBack = {
      id: randomUUID(),
      account: channel,
      channelId: replyChannel,
      mode,
      minutes,
      userId: invoker.userId,
      requestedAt: at,
      dueAt: new Date(Date.parse(at) + minutes * 60_000).toISOString(),
    };
    let storeProblem: StoreProblem | undefined;
    try {
      await this.state.recordSwitchBack(switchBack);
    } catch {
      storeProblem = 'switchBackNotStored';
    }
    this.scheduler.arm(switchBack);
    return { switchBack, ...(cancelled && { cancelled }), ...(storeProblem && { storeProblem }) };
  }

  private async resetNow(channel: string, invoker: Invoker | undefined): Promise<ResetOutcome> {
    const outcome = await this.upstream.resetAccount(channel);
    const entry = { at: this.iso(), userId: invoker?.userId ?? '', action: 'reset' } as const;
    if (outcome.kind !== 'success') {
      const failure = outcome.kind === 'moderation' ? undefined : outcome.kind;
      await this.remember(channel, { ...entry, outcome: 'failed', ...(failure && { failure }) });
      return { kind: 'failed', outcome };
    }

    let clearedHalt: HaltRecord | undefined;
    try {
      clearedHalt = await this.state.halt(channel);
      await this.state.clearHalt(channel);
    } catch {
      return { kind: 'notPersisted' };
    }
    await this.remember(channel, { ...entry, outcome: 'done' });
    const account = await this.upstream.getAccount(channel);
    const known = account.kind === 'success';
    return {
      kind: 'reset',
      clearedHalt,
      stillFlagged: known ? account.value.flagged : undefined,
      pendingModMessage: known ? account.value.pendingModMessage : undefined,
    };
  }

  private async runSwitchBack(record: PendingSwitchBack): Promise<void> {
    const result = await this.gated(record.account, `switchBack:${record.id}`, () =>
      this.switchBackNow(record),
    );
    await this.listener?.(record, result);
  }

  private async switchBackNow(record: PendingSwitchBack): Promise<SwitchBackResult> {
    const channel = record.account;
    const lateMs = Math.max(0, this.clock.now() - Date.parse(record.dueAt));
    let storeProblem: StoreProblem | undefined;
    try {
      // A manual change in another bot process sharing the store may have cancelled or replaced it.
      const current = await this.state.switchBack(channel);
      if (current?.id !== record.id) return { kind: 'superseded' };
      const halt = await this.state.halt(channel);
      if (halt) {
        await this.clearSwitchBackIfCurrent(record);
        await this.remember(channel, this.switchBackEntry(record, lateMs, 'skippedHalted'));
        return { kind: 'halted', halt, fresh: false, lateMs };
      }
    } catch {
      // As for a manual change: useapi.net still refuses a halted account with a 596.
      storeProblem = 'haltUnreadable';
    }

    const outcome = await this.upstream.setSpeed(SWITCH_BACK_MODE, channel);
    // Cleared only now: a crash before this point repeats the switch back after a restart, never skips it.
    await this.clearSwitchBackIfCurrent(record);
    switch (outcome.kind) {
      case 'success': {
        const [changeRecorded] = await Promise.all([
          this.state
            .recordChange(channel, {
              mode: SWITCH_BACK_MODE,
              userId: record.userId,
              at: this.iso(),
              automatic: true,
            })
            .then(
              () => true,
              () => false,
            ),
          this.remember(channel, this.switchBackEntry(record, lateMs, 'done')),
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
        const halt: HaltRecord = {
          since: this.iso(),
          command: 'switchBack',
          userId: record.userId,
          upstreamText: outcome.upstreamMessage ?? '',
        };
        storeProblem = (await this.recordHalt(channel, halt)) ?? storeProblem;
        await this.remember(channel, this.switchBackEntry(record, lateMs, 'halted'));
        return { kind: 'halted', halt, fresh: true, lateMs, ...(storeProblem && { storeProblem }) };
      }
      default:
        await this.remember(channel, {
          ...this.switchBackEntry(record, lateMs, 'failed'),
          failure: outcome.kind,
        });
        return { kind: 'failed', outcome, lateMs };
    }
  }

  /** Deletes the stored switch back unless a newer one (from another process) replaced it. */
  private async clearSwitchBackIfCurrent(record: PendingSwitchBack): Promise<void> {
    try {
      const current = await this.state.switchBack(record.account);
      if (current?.id === record.id) await this.state.clearSwitchBack(record.account);
    } catch {}
  }

  private switchBackEntry(
    record: PendingSwitchBack,
    lateMs: number,
    outcome: HistoryEntry['outcome'],
  ): HistoryEntry {
    return {
      at: this.iso(),
      userId: record.userId,
      action: SWITCH_BACK_MODE,
      outcome,
      after: { mode: record.mode, minutes: record.minutes },
      ...(lateMs > 0 && { lateMs }),
    };
  }

  /** One /info call for the fast hours; a 596 here halts the account like any other. */
  private async checkFastTime(
    channel: string,
    userId: string,
  ): Promise<FastTimeStatus | { kind: 'halt'; halt: HaltRecord }> {
    if (!this.upstream.info) return { kind: 'unsupported' };
    const fresh = this.fastTimes.fresh(channel);
    if (fresh) return fresh;
    // Re-checked inside the gate: a speed change queued before this one may have met a 596.
    try {
      const halt = await this.state.halt(channel);
      if (halt) return { kind: 'halt', halt };
    } catch {}
    const outcome = await this.upstream.info(channel);
    const at = this.iso();
    switch (outcome.kind) {
      case 'success': {
        const fastTime = parseFastTime(outcome.value.content ?? '', at);
        const reading: FastTimeReading = fastTime ? { kind: 'known', fastTime } : { kind: 'missing', at };
        this.fastTimes.store(channel, reading);
        return reading;
      }
      case 'moderation': {
        const halt: HaltRecord = {
          since: at,
          command: 'status',
          userId,
          upstreamText: outcome.upstreamMessage ?? '',
        };
        await this.recordHalt(channel, halt);
        await this.remember(channel, { at, userId, action: 'info', outcome: 'halted' });
        return { kind: 'halt', halt };
      }
      default:
        return { kind: 'failed', outcome };
    }
  }
}
