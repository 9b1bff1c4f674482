import type { SpeedMode } from '../speedModes.js';
import type { OutcomeKind } from '../upstream/outcomes.js';

/** How many history entries are kept per account; older ones are dropped. */
export const HISTORY_LIMIT = 20;

/** What happened to a recorded action. */
export type HistoryOutcome =
  /** The change or reset went through. */
  | 'done'
  /** The account already showed the requested mode, so nothing was sent (the change still counts). */
  | 'alreadyActive'
  /** The upstream reported a moderation flag: the account was halted. */
  | 'halted'
  /** A switch back that was due while the account was halted; nothing was sent. */
  | 'skippedHalted'
  /** The upstream refused or did not answer; `failure` says how. */
  | 'failed';

/** One speed change, reset or halt on an account, as `/speed history` lists it. */
export interface HistoryEntry {
  /** ISO 8601. */
  at: string;
  /** Who asked (for an automatic switch back: who asked for the timed change). */
  userId: string;
  /** A speed change, a reset, or the fast-hours check of `/speed status` (which can meet a 596 too). */
  action: SpeedMode | 'reset' | 'info';
  outcome: HistoryOutcome;
  /** The upstream outcome kind when `outcome` is `failed`. */
  failure?: Exclude<OutcomeKind, 'success' | 'moderation'>;
  /** For a timed change: how many minutes before switching back. */
  minutes?: number;
  /** For an automatic switch back: the timed change it ended. */
  after?: { mode: SpeedMode; minutes: number };
  /** For an automatic switch back that ran late (the bot was down): by how many ms. */
  lateMs?: number;
}

/** `entries` plus `entry`, keeping only the newest `limit` (oldest first). */
export function appendBounded(
  entries: readonly HistoryEntry[],
  entry: HistoryEntry,
  limit = HISTORY_LIMIT,
): HistoryEntry[] {
  return [...entries, entry].slice(-limit);
}
