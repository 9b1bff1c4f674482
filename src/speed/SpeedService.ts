import { type Clock, systemClock } from '../clock.js';
import type { SpeedMode } from '../speedModes.js';
import type { ChannelState } from '../state/ChannelState.js';
import type { HistoryEntry } from '../state/History.js';
import type { FailureOutcome, UpstreamOutcome } from '../upstream/outcomes.js';
import type { AccountReport, CallLog, Upstream } from '../upstream/port.js';
import { AccountRecords } from './AccountRecords.js';
import { type ChannelGate, gatedRun } from './ChannelGate.js';
import { Cooldowns } from './Cooldowns.js';
import { FastTimeCheck } from './FastTimeCheck.js';
import { knownReading, lowFastTime } from './fastTime.js';
import { mayHaveSwitched } from './mayHaveSwitched.js';
import type {
  ChannelStatus,
  Invoker,
  ResetOutcome,
  StoreProblem,
  SwitchOptions,
  SwitchResult,
} from './results.js';
import type { SpeedObserver } from './SpeedObserver.js';
import {
  type SwitchBackChange,
  type SwitchBackEvents,
  SwitchBacks,
  type TimedRequest,
} from './SwitchBacks.js';
import { announcementChannels, isTimedMode, SWITCH_BACK_MODE } from './timedSpeed.js';

/** Options of {@link SpeedService}. */
export interface SpeedServiceOptions {
  /** Time for records, timers and caches (default: the system clock). */
  clock?: Clock;
  /** How long an /info answer is reused. */
  fastTimeCacheMs?: number;
  /** Told about halts and resets (alerts, block-end reminders). */
  observer?: SpeedObserver;
  /**
   * Answer a change before its last-change record and history line are stored (corrected if they fail).
   * Only where one process writes the store (the SQLite file): with several (Redis) they are written inside
   * the account's lock, so another process's history write cannot interleave with them.
   */
  recordsAfterReply?: boolean;
}

/**
 * The speed-switching rules, free of Discord: one request per account at a time, no upstream
 * call while a channel is halted, every halt stored before anyone is told about it, a history per account
 * and a per-member cooldown (as long as each invoker's server says). Timed changes' switch backs ({@link SwitchBacks}) and fast hours
 * ({@link FastTimeCheck}) are collaborators of their own.
 */
export class SpeedService {
  private readonly clock: Clock;
  private readonly records: AccountRecords;
  private readonly fastTime: FastTimeCheck;
  private readonly switchBacks: SwitchBacks;
  private readonly cooldowns: Cooldowns;
  private readonly observer: SpeedObserver;
  private readonly recordsAfterReply: boolean;
  /** Shared 596 results whose public notice was already handed to one member. */
  private readonly noticed = new WeakSet<SwitchResult>();

  constructor(
    private readonly upstream: Upstream,
    private readonly state: ChannelState,
    private readonly gate: ChannelGate,
    options: SpeedServiceOptions = {},
  ) {
    this.clock = options.clock ?? systemClock;
    this.recordsAfterReply = options.recordsAfterReply ?? false;
    this.observer = options.observer ?? {};
    this.records = new AccountRecords(
      state,
      this.clock,
      (channel) => this.fastTime.forget(channel),
      this.observer,
    );
    this.fastTime = new FastTimeCheck(upstream, gate, this.records, this.clock, options.fastTimeCacheMs);
    this.switchBacks = new SwitchBacks(upstream, gate, this.records, this.clock);
    this.cooldowns = new Cooldowns(state, this.clock);
  }

  /**
   * Arms every switch back found in the store (those already due run at once, late), keeps doing so as
   * the store changes or comes back, and from now on tells `events` about each one that comes due. Call
   * once the bot can announce them; resolves after the first read of the store, failed or not.
   */
  startSwitchBacks(events: SwitchBackEvents): Promise<void> {
    return this.switchBacks.start(events);
  }

  /**
   * For a shutdown: requests that have not started are answered `restarting` (nothing is sent), switch
   * backs stop being armed (they stay stored), and new requests are refused. Resolves once the upstream
   * calls and switch backs already running have finished; bound the wait, and abort the upstream's calls
   * if it runs out.
   */
  async shutdown(): Promise<void> {
    await Promise.all([this.gate.close(), this.switchBacks.stop()]);
    await this.records.allWritten();
  }

  /** Switches the account behind `channel` to `mode`, unless it is halted or the member must wait. */
  switchSpeed(
    channel: string,
    mode: SpeedMode,
    invoker: Invoker,
    options: SwitchOptions = {},
  ): Promise<SwitchResult> {
    const minutes = isTimedMode(mode) ? options.minutes : undefined;
    // Identical requests share one upstream call and its outcome, nothing that belongs to one member.
    const key = minutes === undefined ? mode : `${mode}:${minutes}`;
    const replyChannel = options.channelId ?? channel;
    return this.cooldowns.guard(channel, invoker, async () => {
      const shared = await gatedRun(this.gate, channel, key, () =>
        this.switchNow(channel, mode, invoker, minutes, replyChannel),
      );
      return this.announcedHere(this.claimHaltNotice(shared), replyChannel);
    });
  }

  /**
   * A timed change that shared another channel's call is promised its switch back "here" too: its channel
   * joins the switch back's announcement.
   */
  private async announcedHere(result: SwitchResult, replyChannel: string): Promise<SwitchResult> {
    if (result.kind !== 'switched' || !result.switchBack) return result;
    if (announcementChannels(result.switchBack).includes(replyChannel)) return result;
    const { switchBack, storeProblem } = await this.switchBacks.alsoAnnounceIn(
      result.switchBack,
      replyChannel,
    );
    return { ...result, switchBack, ...(!result.storeProblem && storeProblem && { storeProblem }) };
  }

  /**
   * A 596 met by a shared call is told to the channel once: the first member to get it keeps it `fresh`
   * (the public notice), the others learn they joined a request that met it.
   */
  private claimHaltNotice(result: SwitchResult): SwitchResult {
    if (result.kind !== 'halted' || !result.fresh) return result;
    if (!this.noticed.has(result)) {
      this.noticed.add(result);
      return result;
    }
    return { ...result, fresh: false, joined: true };
  }

  /** Resets the account at the upstream and, only once that succeeded, forgets the halt. */
  reset(channel: string, invoker?: Invoker): Promise<ResetOutcome> {
    return gatedRun(this.gate, channel, 'reset', () => this.resetNow(channel, invoker));
  }

  /**
   * What the bot has recorded about `channel`; with `fastTime`, also the account's fast hours (from the
   * 5-minute cache, else one /info call, never while halted).
   */
  async status(
    channel: string,
    options: { fastTime?: boolean; userId?: string; channelId?: string; calls?: CallLog } = {},
  ): Promise<ChannelStatus> {
    let status: ChannelStatus;
    // A change answered a moment ago may still be writing its records: shown once they are stored.
    await this.records.written(channel);
    try {
      const [halt, lastChange, switchBack] = await Promise.all([
        this.state.halt(channel),
        this.state.lastChange(channel),
        this.state.switchBack(channel),
      ]);
      // Shown only if it will run: one that is stored but not armed yet is armed now.
      const pending = switchBack && this.switchBacks.visible(switchBack, lastChange);
      const overdue = pending !== undefined && Date.parse(pending.dueAt) <= this.clock.now();
      status = {
        halt,
        lastChange,
        ...(pending && { switchBack: pending }),
        ...(overdue && { switchBackOverdue: true }),
      };
    } catch {
      status = { halt: undefined, lastChange: undefined, storeProblem: 'haltUnreadable' };
    }
    if (!options.fastTime) return status;
    return this.fastTime.addTo(status, channel, options.userId ?? '', options.channelId, options.calls);
  }

  /** The last changes, resets and halts of the account behind `channel`, newest first. */
  async history(channel: string): Promise<HistoryEntry[] | undefined> {
    await this.records.written(channel);
    try {
      return (await this.state.history(channel)).reverse();
    } catch {
      return undefined;
    }
  }

  /** The upstream's view of the account (for admins: its moderation text and any CAPTCHA link). */
  account(channel: string, calls?: CallLog): Promise<UpstreamOutcome<AccountReport>> {
    return this.upstream.getAccount(channel, calls);
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
      // The upstream refuses a flagged account itself (596, lock, disable), so serving on is safe; the user is told.
      storeProblem = 'haltUnreadable';
    }

    const outcome = await this.upstream.setSpeed(mode, channel, invoker.calls);
    const at = this.records.iso();
    const base = { at, userId: invoker.userId, action: mode, ...(minutes !== undefined && { minutes }) };
    const timed: TimedRequest | undefined =
      minutes !== undefined && isTimedMode(mode) ? { mode, minutes, invoker, replyChannel, at } : undefined;
    switch (outcome.kind) {
      case 'success': {
        // The change and its history line are bookkeeping: written as the reply goes out, which is
        // corrected if they fail. A switch back is a promise to the team, stored (or reported missing)
        // before the reply makes it.
        const recorded = this.records
          .recordSwitch(
            channel,
            { mode, userId: invoker.userId, at },
            { ...base, outcome: outcome.value.alreadyActive ? 'alreadyActive' : 'done' },
          )
          .then((stored) => (stored ? undefined : ('changeNotRecorded' as const)));
        // An upstream that read the account back (midjourney-proxy) read its fast time too: the panels show it.
        const hours = outcome.value.confirmation?.fastHours;
        if (hours) void this.records.rememberFastTime(channel, knownReading(hours, at));
        const switchBacks = await this.switchBacks.replace(channel, timed);
        storeProblem ??= switchBacks.storeProblem;
        if (!this.recordsAfterReply) storeProblem ??= await recorded;
        const low = mode === SWITCH_BACK_MODE ? undefined : lowFastTime(this.fastTime.cached(channel));
        return {
          kind: 'switched',
          mode,
          changed: outcome.value,
          recorded,
          ...(storeProblem && { storeProblem }),
          ...(switchBacks.switchBack && { switchBack: switchBacks.switchBack }),
          ...(switchBacks.cancelled && { cancelledSwitchBack: switchBacks.cancelled }),
          ...(low && { lowFastTime: low }),
        };
      }
      case 'moderation': {
        const halt = this.records.haltNow(mode, invoker.userId, outcome, replyChannel);
        storeProblem = (await this.records.recordHalt(channel, halt)) ?? storeProblem;
        const kept = await this.keepLimit(channel, outcome, timed);
        storeProblem ??= kept.storeProblem;
        await this.records.remember(channel, { ...base, outcome: 'halted' });
        return {
          kind: 'halted',
          halt,
          fresh: true,
          ...(storeProblem && { storeProblem }),
          ...(kept.switchBack && { switchBack: kept.switchBack }),
          ...(kept.keptEarlier && { switchBackKept: true }),
        };
      }
      default: {
        const kept = await this.keepLimit(channel, outcome, timed);
        storeProblem ??= kept.storeProblem;
        await this.records.remember(channel, { ...base, outcome: 'failed', failure: outcome.kind });
        return {
          kind: 'failed',
          outcome,
          ...(storeProblem && { storeProblem }),
          ...(kept.switchBack && { switchBack: kept.switchBack }),
          ...(kept.keptEarlier && { switchBackKept: true }),
        };
      }
    }
  }

  /**
   * A timed change that failed in a way that may have switched all the same stores its switch back anyway:
   * otherwise the mode could stay on with no time limit. Relax is the safe direction if it did not switch.
   * An earlier switch back due sooner is kept instead: the change may never have landed.
   */
  private keepLimit(
    channel: string,
    outcome: FailureOutcome,
    timed: TimedRequest | undefined,
  ): Promise<SwitchBackChange> {
    if (!timed || !mayHaveSwitched(outcome)) return Promise.resolve({});
    return this.switchBacks.keepSooner(channel, timed);
  }

  private async resetNow(channel: string, invoker: Invoker | undefined): Promise<ResetOutcome> {
    const outcome = await this.upstream.reset(channel, invoker?.calls);
    const entry = { at: this.records.iso(), userId: invoker?.userId ?? '', action: 'reset' } as const;
    if (outcome.kind !== 'success') {
      const failure = outcome.kind === 'moderation' ? undefined : outcome.kind;
      await this.records.remember(channel, { ...entry, outcome: 'failed', ...(failure && { failure }) });
      return { kind: 'failed', outcome };
    }

    let clearedHalt: ChannelStatus['halt'];
    try {
      clearedHalt = await this.state.halt(channel);
      await this.state.clearHalt(channel);
    } catch {
      return { kind: 'notPersisted' };
    }
    this.observer.reset?.(channel);
    await this.records.remember(channel, { ...entry, outcome: 'done' });
    // Midjourney kept the mode through the halt: a switch back it held up runs right after this reset.
    const switchBack = await this.switchBacks.afterReset(channel);
    // The verified reset: read back whether the account is enabled and unflagged again.
    const account = await this.upstream.getAccount(channel, invoker?.calls);
    return {
      kind: 'reset',
      clearedHalt,
      cleared: outcome.value.cleared,
      account: account.kind === 'success' ? account.value : undefined,
      ...(switchBack && { switchBack }),
    };
  }
}
