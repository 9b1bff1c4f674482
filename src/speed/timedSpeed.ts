/**
 * Timed speed: `/speed fast|turbo minutes:N` switches now and back to Relax after N minutes. The bounds
 * here feed both the command definition (Discord enforces them in its UI) and the bot's own check.
 */
import type { SpeedMode } from '../speedModes.js';

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
}

/** Every channel that hears `record`'s switch back, each once, the one it was asked in first. */
export function announcementChannels(record: PendingSwitchBack): string[] {
  return [...new Set([record.channelId, ...(record.alsoAnnouncedIn ?? [])])];
}
