import { rateLimitFault } from './errors.js';
import type { RouteName } from './types.js';

/**
 * Routes that carry an interaction's token. Discord: "All bots can make up to 50 requests per second to our
 * API. [...] Interaction endpoints are not bound to the bot's Global Rate Limit."
 * (docs.discord.com/developers/topics/rate-limits#global-rate-limit).
 */
const INTERACTION_ROUTES: ReadonlySet<RouteName> = new Set<RouteName>([
  'interactionCallback',
  'getOriginal',
  'editOriginal',
  'deleteOriginal',
  'createFollowUp',
  'getFollowUp',
  'editFollowUp',
  'deleteFollowUp',
]);

/** A 429 as the stand-in answers it. */
export interface GlobalLimitAnswer {
  status: number;
  body: unknown;
  headers: Readonly<Record<string, string>> | undefined;
}

/**
 * Discord's global rate limit on the bot token, in windows of one second: past `perSecond` requests in a
 * window, a request made with the bot token on any route but the interaction ones is answered 429 with
 * `global: true`, as Discord does, until the window ends.
 */
export class GlobalRateLimit {
  #windowStart = Number.NEGATIVE_INFINITY;
  #count = 0;

  constructor(private readonly perSecond: number | undefined) {}

  /** The 429 for this request, or `undefined` when it is within the limit (or exempt, or no limit is set). */
  refuse(route: RouteName | null, botToken: boolean, at: number): GlobalLimitAnswer | undefined {
    if (this.perSecond === undefined || !botToken || !route || INTERACTION_ROUTES.has(route))
      return undefined;
    if (at - this.#windowStart >= 1_000) {
      this.#windowStart = at;
      this.#count = 0;
    }
    this.#count++;
    if (this.#count <= this.perSecond) return undefined;
    const fault = rateLimitFault({ retryAfterMs: Math.max(1, this.#windowStart + 1_000 - at), global: true });
    return { status: 429, body: fault.body, headers: fault.headers };
  }
}
