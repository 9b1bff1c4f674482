import type { SpeedMode } from '../speedModes.js';
import type { ChannelState, HaltRecord, SpeedChange } from '../state/ChannelState.js';
import type {
  AccountInfo,
  FailureOutcome,
  JobResult,
  ResetResult,
  UseapiOutcome,
} from '../useapi/outcomes.js';
import { ChannelBusyError, type ChannelGate } from './ChannelGate.js';

/** The useapi.net calls the service needs; `UseapiClient` provides them. */
export interface SpeedUpstream {
  setSpeed(verb: SpeedMode, channel: string): Promise<UseapiOutcome<JobResult>>;
  resetAccount(channel: string): Promise<UseapiOutcome<ResetResult>>;
  getAccount(channel: string): Promise<UseapiOutcome<AccountInfo>>;
}

/** A store operation that failed; the user is told, since it changes what the bot can promise. */
export type StoreProblem = 'haltUnreadable' | 'haltNotRecorded' | 'changeNotRecorded';

/** Who asked, for the records and replies. */
export interface Invoker {
  userId: string;
}

/** Failures other than moderation: moderation always becomes a halt. */
export type UpstreamFailure = Exclude<FailureOutcome, { kind: 'moderation' }>;

export type SwitchResult =
  | { kind: 'switched'; mode: SpeedMode; content: string | undefined; storeProblem?: StoreProblem }
  /** `fresh` when this very request met the 596; otherwise the channel was already halted and nothing was sent. */
  | { kind: 'halted'; halt: HaltRecord; fresh: boolean; storeProblem?: StoreProblem }
  | { kind: 'failed'; outcome: UpstreamFailure; storeProblem?: StoreProblem }
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

export interface ChannelStatus {
  halt: HaltRecord | undefined;
  lastChange: SpeedChange | undefined;
  storeProblem?: StoreProblem;
}

/**
 * The speed-switching rules, free of Discord: one request per useapi.net channel at a time, no upstream
 * call while a channel is halted, and every halt stored before anyone is told about it.
 */
export class SpeedService {
  constructor(
    private readonly upstream: SpeedUpstream,
    private readonly state: ChannelState,
    private readonly gate: ChannelGate,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Switches the account behind `channel` to `mode`, unless it is halted. */
  switchSpeed(channel: string, mode: SpeedMode, invoker: Invoker): Promise<SwitchResult> {
    return this.gated(channel, mode, () => this.switchNow(channel, mode, invoker));
  }

  /** Resets the account at useapi.net and, only once that succeeded, forgets the halt. */
  reset(channel: string): Promise<ResetOutcome> {
    return this.gated(channel, 'reset', () => this.resetNow(channel));
  }

  /** What the bot has recorded about `channel`. */
  async status(channel: string): Promise<ChannelStatus> {
    try {
      const [halt, lastChange] = await Promise.all([
        this.state.halt(channel),
        this.state.lastChange(channel),
      ]);
      return { halt, lastChange };
    } catch {
      return { halt: undefined, lastChange: undefined, storeProblem: 'haltUnreadable' };
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

  private async switchNow(channel: string, mode: SpeedMode, invoker: Invoker): Promise<SwitchResult> {
    let storeProblem: StoreProblem | undefined;
    try {
      const halt = await this.state.halt(channel);
      if (halt) return { kind: 'halted', halt, fresh: false };
    } catch {
      // useapi.net enforces the halt itself with another 596, so serving on is safe; the user is told.
      storeProblem = 'haltUnreadable';
    }

    const outcome = await this.upstream.setSpeed(mode, channel);
    switch (outcome.kind) {
      case 'success':
        try {
          await this.state.recordChange(channel, {
            mode,
            userId: invoker.userId,
            at: this.now().toISOString(),
          });
        } catch {
          storeProblem ??= 'changeNotRecorded';
        }
        return {
          kind: 'switched',
          mode,
          content: outcome.value.content,
          ...(storeProblem && { storeProblem }),
        };
      case 'moderation': {
        const halt: HaltRecord = {
          since: this.now().toISOString(),
          command: mode,
          userId: invoker.userId,
          upstreamText: outcome.upstreamMessage ?? '',
        };
        try {
          await this.state.recordHalt(channel, halt);
        } catch {
          storeProblem = 'haltNotRecorded';
        }
        return { kind: 'halted', halt, fresh: true, ...(storeProblem && { storeProblem }) };
      }
      default:
        return { kind: 'failed', outcome, ...(storeProblem && { storeProblem }) };
    }
  }

  private async resetNow(channel: string): Promise<ResetOutcome> {
    const outcome = await this.upstream.resetAccount(channel);
    if (outcome.kind !== 'success') return { kind: 'failed', outcome };

    let clearedHalt: HaltRecord | undefined;
    try {
      clearedHalt = await this.state.halt(channel);
      await this.state.clearHalt(channel);
    } catch {
      return { kind: 'notPersisted' };
    }
    const account = await this.upstream.getAccount(channel);
    const known = account.kind === 'success';
    return {
      kind: 'reset',
      clearedHalt,
      stillFlagged: known ? account.value.flagged : undefined,
      pendingModMessage: known ? account.value.pendingModMessage : undefined,
    };
  }
}
