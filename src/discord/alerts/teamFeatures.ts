import type Keyv from 'keyv';
import type { Clock } from '../../clock.js';
import type { Config } from '../../config.js';
import type { Logger } from '../../log.js';
import { BlockEndReminders } from '../../speed/BlockEndReminders.js';
import { observeAll, type SpeedObserver } from '../../speed/SpeedObserver.js';
import { BlockEndStore } from '../../state/BlockEndStore.js';
import type { ChannelState } from '../../state/ChannelState.js';
import type { IndexLock } from '../../state/KeyIndex.js';
import { OnceClaims } from '../../state/OnceClaims.js';
import type { UpstreamWords } from '../../upstream/messages.js';
import type { ChannelPoster } from '../ChannelPoster.js';
import { AlertChannel } from './AlertChannel.js';
import type { AlertRouting } from './alertRouting.js';
import { TeamAlerts } from './TeamAlerts.js';

/** The alert channel and the block-end reminders, wired once for the bot. */
export interface TeamFeatures {
  alerts: TeamAlerts;
  /** What the speed rules tell about halts and resets. */
  observer: SpeedObserver;
  /** Arms the stored block-end reminders; call once the bot can post. */
  start(): Promise<void>;
  /** Stops arming reminders (they stay stored) and waits for those running. */
  stop(): Promise<void>;
  /** Waits a little for alerts still being posted (their claims need the store: call before closing it). */
  settle(): Promise<void>;
}

/** How long a shutdown waits for alerts under way (inside the shutdown's abort grace). */
const SETTLE_MS = 3_000;

export function createTeamFeatures(
  config: Pick<Config, 'adminRoleIds'>,
  deps: {
    keyv: Keyv;
    lock: IndexLock;
    state: ChannelState;
    /** Posts in each channel's server language. */
    poster: ChannelPoster;
    logger: Logger;
    clock: Clock;
    /** How alerts name the upstream. */
    words: UpstreamWords;
    /** Which alert channel each event goes to. */
    routing: AlertRouting;
  },
): TeamFeatures {
  const { keyv, lock, state, poster, logger, clock, words, routing } = deps;
  const claims = new OnceClaims(keyv, lock);
  const channel = new AlertChannel(poster, claims, logger, clock);
  const alerts = new TeamAlerts(channel, routing, poster, config.adminRoleIds, words);
  const reminders = new BlockEndReminders(new BlockEndStore(keyv, lock), state, claims, clock);
  return {
    alerts,
    observer: observeAll(alerts, reminders),
    start: () =>
      reminders.start({
        onDue: (reminder) => alerts.blockEnded(reminder),
        onError: (error, what) => logger.error({ err: error, what }, 'block-end reminder problem'),
      }),
    stop: () => reminders.stop(),
    settle: () => alerts.settle(SETTLE_MS),
  };
}
