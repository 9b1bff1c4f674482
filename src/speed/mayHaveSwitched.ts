import { SHUTDOWN_DETAIL } from '../upstream/CallDeadline.js';
import type { FailureOutcome } from '../upstream/outcomes.js';

/**
 * Whether a switch that did not report success may have changed the mode all the same: the request went
 * out and the answer was lost (the deadline ran out, the bot aborted it to shut down, a 2xx came back
 * unreadable) or the flag showed only after the switch was sent (a CAPTCHA right after the click). A timed
 * change that ends so keeps its switch back: Relax is the safe direction, and the time limit must hold.
 */
export function mayHaveSwitched(outcome: FailureOutcome): boolean {
  switch (outcome.kind) {
    case 'moderation':
      return outcome.afterSwitch === true;
    case 'discontinued':
      return isSuccessStatus(outcome.status);
    case 'unavailable':
      switch (outcome.reason) {
        case 'timeout':
          return true;
        case 'connection':
          return outcome.detail === SHUTDOWN_DETAIL;
        case 'invalidBody':
        case 'bodyTooLarge':
          return isSuccessStatus(outcome.status);
        default:
          return false;
      }
    default:
      return false;
  }
}

function isSuccessStatus(status: number | undefined): boolean {
  return status !== undefined && status >= 200 && status < 300;
}
