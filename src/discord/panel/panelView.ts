import type { FastTimeReading } from '../../speed/fastTime.js';
import { type PendingSwitchBack, supersededBy } from '../../speed/timedSpeed.js';
import type { ChannelState, HaltRecord, SpeedChange } from '../../state/ChannelState.js';

/** What a live panel shows of an account: only what the store holds, so showing it never asks Midjourney. */
export interface PanelView {
  halt?: HaltRecord;
  /** The mode last set through the bot, by whom and when. */
  lastChange?: SpeedChange;
  /** A pending switch back to Relax. */
  switchBack?: PendingSwitchBack;
  /** The last fast-time reading, however old (its time is shown). */
  fastTime?: FastTimeReading;
}

/**
 * The account's state as its panels show it, read from the store; rejects when the store does not answer
 * (the panels then stay as they are). A switch back a later change superseded is not shown: it never runs.
 */
export async function readPanelView(state: ChannelState, account: string): Promise<PanelView> {
  const [halt, lastChange, switchBack, fastTime] = await Promise.all([
    state.halt(account),
    state.lastChange(account),
    state.switchBack(account),
    state.fastTime(account),
  ]);
  const pending = switchBack && !supersededBy(switchBack, lastChange) ? switchBack : undefined;
  return {
    ...(halt && { halt }),
    ...(lastChange && { lastChange }),
    ...(pending && { switchBack: pending }),
    ...(fastTime && { fastTime }),
  };
}
