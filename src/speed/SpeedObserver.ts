import type { HaltRecord } from '../state/ChannelState.js';

/**
 * What the speed rules tell the team features (alerts, block-end reminders) as it happens. Calls are
 * fire-and-forget: an observer does its own slow work and never throws, so no user waits for it.
 */
export interface SpeedObserver {
  /** A halt was just met (and stored, unless the store failed: the halt counts either way). */
  halted?(account: string, halt: HaltRecord): void;
  /** A reset went through upstream and the halt was cleared from the store. */
  reset?(account: string): void;
}

/** One observer that tells each of `observers` in turn. */
export function observeAll(...observers: SpeedObserver[]): SpeedObserver {
  return {
    halted: (account, halt) => {
      for (const observer of observers) observer.halted?.(account, halt);
    },
    reset: (account) => {
      for (const observer of observers) observer.reset?.(account);
    },
  };
}
