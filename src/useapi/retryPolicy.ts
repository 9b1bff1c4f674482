/**
 * Decides whether a failed attempt is worth one more try. Pure (no clock, no randomness of its own, no I/O)
 * so every rule is a plain unit test.
 *
 * The rules, and why:
 * - Never retry 596 or any 4xx but 429: the answer will not change by asking again, and a 596 account must
 *   not be poked further until a human has dealt with Midjourney.
 * - Retry 429, 502, 503, 504 and connection failures at most once: these are the transient ones. A 500 is
 *   a bug upstream, so asking again mostly doubles the wait.
 * - A job (a command useapi.net passes on to Midjourney: a speed switch, /info) is repeated only when the
 *   failure proves useapi.net did not take it: a 429 (it refused to queue the job) or a connection that was
 *   never made. A 502/503/504 or a connection reset can come after useapi.net had the request, so asking
 *   again could send Midjourney the command twice; the member is told the outcome is unknown instead. A 503
 *   with Retry-After is no proof either: a gateway in front of useapi.net sends it too.
 * - Never retry a timeout: the deadline is spent, and a server that did not answer once rarely does now.
 * - Only retry when the wait plus a realistic attempt still fits in the deadline; otherwise the user waits
 *   longer for the same failure.
 * - Honour `Retry-After`; when it asks for more than `maxRetryAfterMs`, give up now (the user is told how
 *   long to wait) rather than retry sooner than the server asked.
 */
import { neverConnected } from '../upstream/http/neverConnected.js';
import type { OutcomeKind, UnavailableReason } from '../upstream/outcomes.js';

/** Tunables of the policy. */
export interface RetryPolicyOptions {
  /** Total attempts allowed, the first one included. */
  readonly maxAttempts: number;
  /** Backoff range when the server gave no `Retry-After`. */
  readonly minBackoffMs: number;
  readonly maxBackoffMs: number;
  /** Longest `Retry-After` the client waits out itself. */
  readonly maxRetryAfterMs: number;
  /** Time a retry needs to have a fair chance; a retry is skipped if less would remain. */
  readonly minAttemptMs: number;
}

/** Defaults: one retry, 250–500 ms backoff, at most 5 s of `Retry-After`, at least 1 s for the retry. */
export const RETRY_POLICY_DEFAULTS = {
  maxAttempts: 2,
  minBackoffMs: 250,
  maxBackoffMs: 500,
  maxRetryAfterMs: 5_000,
  minAttemptMs: 1_000,
} as const satisfies RetryPolicyOptions;

/** What the policy looks at after an attempt. */
export interface RetryInput {
  readonly kind: OutcomeKind;
  readonly reason?: UnavailableReason;
  readonly status?: number;
  /** Attempts made so far, the one just finished included (1 after the first). */
  readonly attempt: number;
  /** Time since the call started. */
  readonly elapsedMs: number;
  /** The call's overall deadline, measured from its start. */
  readonly deadlineMs: number;
  readonly retryAfterMs?: number;
  /** The connection failure's code (`ECONNREFUSED`, `UND_ERR_SOCKET`, …), when no response arrived. */
  readonly detail?: string;
  /** True for a job: a command useapi.net passes on to Midjourney, never to be sent twice. */
  readonly job?: boolean;
  /** A number in [0, 1) spreading the backoff; the caller passes `Math.random()`. Default 0.5. */
  readonly jitter?: number;
}

/** The policy's answer. */
export type RetryDecision = { readonly retry: false } | { readonly retry: true; readonly delayMs: number };

const NO_RETRY: RetryDecision = Object.freeze({ retry: false });

/** Statuses whose failure is usually gone a moment later (gateway/proxy trouble, overload). */
const TRANSIENT_STATUSES: ReadonlySet<number> = new Set([502, 503, 504]);

/**
 * @returns `{ retry: false }`, or `{ retry: true, delayMs }` to wait `delayMs` and try again
 */
export function decideRetry(
  input: RetryInput,
  options: RetryPolicyOptions = RETRY_POLICY_DEFAULTS,
): RetryDecision {
  if (input.attempt >= options.maxAttempts) return NO_RETRY;
  if (!isTransient(input)) return NO_RETRY;

  let delayMs: number;
  if (input.retryAfterMs !== undefined) {
    if (input.retryAfterMs > options.maxRetryAfterMs) return NO_RETRY;
    delayMs = Math.max(0, input.retryAfterMs);
  } else {
    const jitter = clamp(input.jitter ?? 0.5, 0, 1);
    const span = Math.max(0, options.maxBackoffMs - options.minBackoffMs);
    delayMs = Math.round(options.minBackoffMs + jitter * span);
  }

  const remainingMs = input.deadlineMs - input.elapsedMs;
  if (delayMs + options.minAttemptMs > remainingMs) return NO_RETRY;
  return { retry: true, delayMs };
}

function isTransient(input: RetryInput): boolean {
  if (input.kind === 'busy') return true;
  if (input.kind !== 'unavailable') return false;
  switch (input.reason) {
    case 'connection':
      return !input.job || neverConnected(input.detail);
    case 'status':
      return !input.job && input.status !== undefined && TRANSIENT_STATUSES.has(input.status);
    default:
      // timeout, invalidBody, bodyTooLarge: asking again would wait as long or read the same bad body.
      return false;
  }
}

function clamp(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : min;
}
