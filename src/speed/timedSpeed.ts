/**
 * Timed speed: `/speed fast|turbo minutes:N` switches now and back to Relax after N minutes. The bounds
 * here feed both the command definition (Discord enforces them in its UI) and the bot's own check.
 */

import type { SpeedMode } from '../speedModes.js';
import type { SpeedChange } from '../state/ChannelState.js';

/** Allowed `minutes`: at least one minute, at most a day. */
export const TIMED_MINUTES = { min: 1, max: 1_440 } as const;

/** The mode a timed change returns to. */
export const SWITCH_BACK_MODE = 'relax' satisfies SpeedMode;

/** Modes that can be timed: every mode but the one it returns to. */
export type TimedMode = Exclude<SpeedMode, typeof SWITCH_BACK_MODE>;

export function isTimedMode(mode: SpeedMode): mode is TimedMode {
  return mode !== SWITCH_BACK_MODE;
}

export function isValidMinutes(minutes: number): boolean {
  return Number.isInteger(minutes) && minutes >= TIMED_MINUTES.min && minutes <= TIMED_MINUTES.max;
}

/** A stored, pending switch back to Relax for one account. */
export interface PendingSwitchBack {
  /** Unique per timed change, so a timer never acts on a newer change for the same account. */
  readonly id: string;
  /** The account's channel id at the upstream. */
  readonly account: string;
  /** The Discord channel the change was asked in; the switch back is announced there. */
  readonly channelId: string;
  /**
   * Other Discord channels whose members' identical timed changes shared this one's upstream call (several
   * channels mapped to the account): each was promised the announcement too.
   */
  readonly alsoAnnouncedIn?: readonly string[];
  readonly mode: TimedMode;
  readonly minutes: number;
  readonly userId: string;
  /** ISO 8601. */
  readonly requestedAt: string;
  /** ISO 8601: when to switch back. */
  readonly dueAt: string;
  /**
   * The attempts are stored, not kept in one process's memory, so that with several bot processes on one
   * store each attempt is made, written to the history and announced by one of them: failed attempts since
   * it came due (or since the halt that held it).
   */
  readonly failedAttempts?: number;
  /** ISO 8601: after a failed attempt, when the next one is due; no process tries before then. */
  readonly retryAt?: string;
  /** The `since` of the halt that holds it, once announced: every process waits for the reset quietly. */
  readonly heldBy?: string;
}

/** When `record` may be tried next: at its due time, or later after a failed attempt. */
export function nextAttemptAt(record: PendingSwitchBack): number {
  return Math.max(Date.parse(record.dueAt), record.retryAt ? Date.parse(record.retryAt) : 0);
}

/** Every channel that hears `record`'s switch back, each once, the one it was asked in first. */
export function announcementChannels(record: PendingSwitchBack): string[] {
  return [...new Set([record.channelId, ...(record.alsoAnnouncedIn ?? [])])];
}

/**
 * Whether the account's last change came after `record` was requested: such a switch back never runs
 * (it would undo that change), so it is not shown either.
 */
export function supersededBy(record: PendingSwitchBack, lastChange: SpeedChange | undefined): boolean {
  return lastChange !== undefined && Date.parse(lastChange.at) > Date.parse(record.requestedAt);
}
