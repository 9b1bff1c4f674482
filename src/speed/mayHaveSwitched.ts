import { neverConnected } from '../upstream/http/neverConnected.js';
import { type FailureOutcome, UNSENT_TIMEOUT_DETAILS } from '../upstream/outcomes.js';

/**
 * Whether a switch that did not report success may have changed the mode all the same: the request went
 * out and the answer was lost (the deadline ran out, the bot aborted it to shut down, the connection broke
 * after it was made, a gateway answered 5xx, a 2xx came back unreadable) or the flag showed only after the
 * switch was sent (a CAPTCHA right after the click). None of these is retried, since the switch may have
 * landed (`neverConnected`), so the switch back is the only thing that ends the mode. A timed
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
          return outcome.detail !== UNSENT_TIMEOUT_DETAILS.cardNotRefreshed;
        case 'connection':
          return !neverConnected(outcome.detail);
        case 'status':
          return isServerError(outcome.status);
        case 'invalidBody':
        case 'bodyTooLarge':
          return isSuccessStatus(outcome.status) || isServerError(outcome.status);
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

/** A gateway in front of the upstream answers 5xx for a request the upstream may still have carried out. */
function isServerError(status: number | undefined): boolean {
  return status !== undefined && status >= 500;
}
