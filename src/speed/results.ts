/** What the speed rules answer: one union per operation, free of Discord (the replies live in `discord/`). */
import type { SpeedMode } from '../speedModes.js';
import type { HaltRecord, SpeedChange } from '../state/ChannelState.js';
import type { FailureOutcome } from '../upstream/outcomes.js';
import type { AccountReport, CallLog, ResetDone, SpeedChanged } from '../upstream/port.js';
import type { FastTime, FastTimeReading } from './fastTime.js';
import type { PendingSwitchBack } from './timedSpeed.js';

/** A store operation that failed; the user is told, since it changes what the bot can promise. */
export type StoreProblem =
  | 'haltUnreadable'
  | 'haltNotRecorded'
  | 'changeNotRecorded'
  | 'switchBackNotStored'
  /** A pending switch back could not be deleted: it may still run after a restart. */
  | 'switchBackNotCancelled';

/** Who asked, for the records and replies. */
export interface Invoker {
  userId: string;
  /** How long this member waits between changes of the account (the server's cooldown); absent or 0: none. */
  cooldownMs?: number;
  /** Admins are not held back by the cooldown. */
  exemptFromCooldown?: boolean;
  /** Where the upstream calls made for this member are noted, for their interaction's log line. */
  calls?: CallLog;
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

/** Too many requests were already queued for the account: nothing was sent. */
export type QueueFull = { kind: 'queueFull'; waiting: number };

/** The bot began shutting down before this request started: nothing was sent. */
export type Restarting = { kind: 'restarting' };

export type SwitchResult =
  | {
      kind: 'switched';
      mode: SpeedMode;
      /** What the upstream reported: Midjourney's text, or the mode it read back. */
      changed: SpeedChanged;
      storeProblem?: StoreProblem;
      /**
       * Settles once the change and its history line are stored, to `changeNotRecorded` if they could not
       * be. The reply does not wait for it; it is corrected if this brings a problem.
       */
      recorded: Promise<'changeNotRecorded' | undefined>;
      /** The switch back this timed change set. */
      switchBack?: PendingSwitchBack;
      /** A switch back that was pending and this change cancelled (or replaced). */
      cancelledSwitchBack?: PendingSwitchBack;
      /** The cached fast time, when it is low and the new mode uses fast hours. */
      lowFastTime?: FastTime;
    }
  /**
   * `fresh` when this very request met the 596 (and posts the notice); `joined` when it shared the call of
   * an identical request that met it (whose requester posts the notice); otherwise the channel was
   * already halted and nothing was sent.
   */
  | {
      kind: 'halted';
      halt: HaltRecord;
      fresh: boolean;
      joined?: boolean;
      storeProblem?: StoreProblem;
      /** A timed change that may have switched before the flag showed: its switch back, run after the reset. */
      switchBack?: PendingSwitchBack;
      /** `switchBack` is an earlier change's, due sooner, and stays. */
      switchBackKept?: true;
    }
  | {
      kind: 'failed';
      outcome: UpstreamFailure;
      storeProblem?: StoreProblem;
      /** A timed change that may have gone through anyway (a timeout, …): its switch back, kept all the same. */
      switchBack?: PendingSwitchBack;
      /** `switchBack` is an earlier change's, due sooner, and stays. */
      switchBackKept?: true;
    }
  /** The member switched too recently (`COOLDOWN_SECONDS`); nothing was sent. */
  | { kind: 'cooldown'; lastAt: string; remainingMs: number; cooldownMs: number }
  | QueueFull
  | Restarting;

export type ResetOutcome =
  | {
      kind: 'reset';
      /** The halt the bot had recorded, if any (the account may have been halted by another client). */
      clearedHalt: HaltRecord | undefined;
      /** What the upstream's reset cleared (a CAPTCHA lock, a disabled account), when it says. */
      cleared: ResetDone['cleared'];
      /** The account as the upstream reads it after the reset; `undefined` if it could not be read. */
      account: AccountReport | undefined;
      /** An overdue switch back to Relax (held up by the halt) that runs right after the reset. */
      switchBack?: PendingSwitchBack;
    }
  | { kind: 'failed'; outcome: FailureOutcome }
  /** The upstream reset the account but the halt could not be removed from the store. */
  | { kind: 'notPersisted' }
  | QueueFull
  | Restarting;

/** When a switch back that did not happen is tried again: it is kept until Relax is confirmed. */
export interface SwitchBackRetry {
  /** How many attempts failed so far (1 after the first). */
  attempt: number;
  /** ISO 8601: the next attempt. */
  at: string;
}

/** What happened when a switch back came due (or was tried again). */
export type SwitchBackResult =
  | {
      kind: 'switched';
      changed: SpeedChanged;
      lateMs: number;
      /** Why it ran late, besides the bot being down: earlier attempts failed, or it waited for a reset. */
      delayedBy?: 'failures' | 'halt';
      storeProblem?: StoreProblem;
    }
  /** The account was halted: nothing was sent; the switch back is kept and runs right after the reset. */
  | { kind: 'halted'; halt: HaltRecord; fresh: boolean; lateMs: number; storeProblem?: StoreProblem }
  | { kind: 'failed'; outcome: UpstreamFailure; lateMs: number; retry: SwitchBackRetry }
  /** A later change cancelled or replaced it: nothing to do or say. */
  | { kind: 'superseded' }
  /** The store could not be read, so nothing was sent; it runs once the store answers (reconciliation). */
  | { kind: 'postponed' }
  | (QueueFull & { retry: SwitchBackRetry });

/** One attempt at a switch back, as the process that came to it inside the account's gate found it. */
export type SwitchBackAttempt =
  | Exclude<SwitchBackResult, { kind: 'queueFull' } | { kind: 'failed' }>
  /** `next`: the record as stored for the retry (attempts counted, next attempt time set). */
  | (Extract<SwitchBackResult, { kind: 'failed' }> & { next: PendingSwitchBack })
  /** Another process made the last attempt: the next is not due before `current.retryAt`. */
  | { kind: 'notYet'; current: PendingSwitchBack }
  /** Held by a halt that was already announced: it waits for the reset, quietly. */
  | { kind: 'held' };

/** Fast time as `/speed status` shows it. */
export type FastTimeStatus =
  | FastTimeReading
  /** Not asked: the account is halted, and any call would risk more. */
  | { kind: 'halted' }
  /** Not asked: the store did not say whether the account is halted. */
  | { kind: 'unchecked' }
  /** Too many requests were queued for the account to ask now. */
  | { kind: 'busy' }
  /** Not asked: the bot is shutting down. */
  | Restarting
  | { kind: 'failed'; outcome: UpstreamFailure };

export interface ChannelStatus {
  halt: HaltRecord | undefined;
  lastChange: SpeedChange | undefined;
  switchBack?: PendingSwitchBack;
  /** The switch back's time has passed and it has not happened yet (it is being retried, or waits for a reset). */
  switchBackOverdue?: boolean;
  /** Present when asked for (`status(channel, { fastTime: true })`). */
  fastTime?: FastTimeStatus;
  storeProblem?: StoreProblem;
}

/** Called with every switch back that came due and what became of it (e.g. to announce it). */
export type SwitchBackListener = (record: PendingSwitchBack, result: SwitchBackResult) => Promise<void>;
