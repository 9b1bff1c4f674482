/**
 * What one call to an upstream (useapi.net or midjourney-proxy) ended as, in words that belong to neither.
 * Backends never throw for an upstream problem: they return one of these, so the speed rules `switch` on
 * `kind` and the compiler tells them when a kind is left unhandled.
 */

/** Why a call counts as `unavailable`; kept small so logs and metrics can group by it. */
export type UnavailableReason =
  /** An HTTP status the bot cannot act on (5xx, 3xx, or a 4xx the upstream does not document here). */
  | 'status'
  /** A body that is not JSON, or JSON of the wrong shape, where JSON was required. */
  | 'invalidBody'
  /** A body larger than the client's cap; it was cut off rather than buffered. */
  | 'bodyTooLarge'
  /** Connection refused, reset, closed mid-body, DNS failure or connect timeout. */
  | 'connection'
  /** The overall deadline (or a headers/body inactivity timeout) ran out. */
  | 'timeout'
  /**
   * The upstream is up but has no live Discord session for the account (midjourney-proxy's
   * "无可用的账号实例": disconnected, still reconnecting, or locked).
   */
  | 'accountOffline';

/**
 * `detail` codes of an `accountOffline` that will pass by itself, so the member is told when to try again
 * rather than to call the operator.
 */
export const OFFLINE_DETAILS = {
  /** The account was just enabled again and the upstream has not reconnected it yet. */
  reconnecting: 'RECONNECTING',
  /** The upstream's daily restart of its accounts around its local midnight. */
  dailyRestart: 'DAILY_RESTART',
} as const;

/**
 * `detail` codes of a `timeout` that ran out before the switch was sent, so the mode cannot have changed
 * (unlike any other timeout, see `mayHaveSwitched`).
 */
export const UNSENT_TIMEOUT_DETAILS = {
  /**
   * midjourney-proxy's `/settings` card was too old to trust and a sync did not bring a new one in time: the
   * bot clicks nothing on a card it cannot trust (a click on the active mode may switch it off).
   */
  cardNotRefreshed: 'CARD_NOT_REFRESHED',
} as const;

/** Fields every outcome carries so callers can log and measure without looking inside. */
export interface OutcomeMeta {
  /** HTTP status of the last response, when one arrived. */
  readonly status?: number;
  /** Wall time of the whole call, retries, polls and waits included. */
  readonly durationMs: number;
  /** How many HTTP requests the call made (retries and polls included). */
  readonly attempts: number;
}

/** What made the upstream flag the account: a moderation message (or block), or a CAPTCHA. */
export type ModerationCause = 'moderation' | 'captcha';

/** The discriminated union of every way a call can end, before the call-level meta is added. */
export type ClassifiedOutcome<T> =
  | { readonly kind: 'success'; readonly value: T; readonly status?: number }
  | {
      /**
       * Midjourney flagged the account: the team must stop and a human must act in Discord. useapi.net says
       * so with HTTP 596; midjourney-proxy with `lock` (CAPTCHA) or a moderation `disabledReason`.
       */
      readonly kind: 'moderation';
      readonly cause: ModerationCause;
      readonly status?: number;
      /** The upstream's own words (untrusted text, not sanitised here). */
      readonly upstreamMessage?: string;
      /** Where a human solves the CAPTCHA, when the upstream has one; show it to admins only. */
      readonly captchaUrl?: string;
      /** useapi.net only: `job` for the job-shaped 596 body, `plain` for `{error, code}`. */
      readonly shape?: 'job' | 'plain';
      /**
       * The flag showed only after the switch was sent (midjourney-proxy: a CAPTCHA right after the click),
       * so the mode may have changed all the same.
       */
      readonly afterSwitch?: boolean;
    }
  | {
      /** The upstream is rate-limited or its queue is full; asking again later may work. */
      readonly kind: 'busy';
      readonly status?: number;
      readonly retryAfterMs?: number;
      readonly upstreamMessage?: string;
    }
  | {
      /** The bot's token was refused (wrong, disabled, or without the rights the route needs). */
      readonly kind: 'unauthorized';
      readonly status?: number;
      readonly upstreamMessage?: string;
    }
  | {
      /** The bot's own subscription at the upstream is missing or expired (useapi.net 402). */
      readonly kind: 'noSubscription';
      readonly status?: number;
      readonly upstreamMessage?: string;
    }
  | {
      /** The upstream refused the request itself (invalid, or an operation it would not do). */
      readonly kind: 'badRequest';
      readonly status?: number;
      readonly upstreamMessage?: string;
    }
  | {
      /** The upstream has no account for this channel. */
      readonly kind: 'notFound';
      readonly status?: number;
      readonly upstreamMessage?: string;
    }
  | {
      /**
       * The account is switched off at the upstream for a reason that is not moderation (subscription
       * cancelled or paused, usage exhausted, Discord refused the token...): a failure, not a halt.
       */
      readonly kind: 'accountDisabled';
      readonly status?: number;
      readonly upstreamMessage?: string;
    }
  | {
      readonly kind: 'unavailable';
      readonly reason: UnavailableReason;
      readonly status?: number;
      /** A short machine code such as `ECONNRESET` or `DEADLINE`; never an error message. */
      readonly detail?: string;
      readonly retryAfterMs?: number;
      /** The upstream's own words, when it gave some (midjourney-proxy's `message`). */
      readonly upstreamMessage?: string;
    }
  | {
      /**
       * The upstream itself no longer serves Midjourney (useapi.net announced the end on 2026-06-24).
       * Reserved for the useapi.net backend; midjourney-proxy never returns it.
       */
      readonly kind: 'discontinued';
      readonly status?: number;
      readonly upstreamMessage?: string;
    };

/**
 * The result of one upstream call. `T` is the success value.
 *
 * @example
 * switch (outcome.kind) {
 *   case 'success': ...; break;
 *   // ...every other kind...
 *   default: assertNever(outcome);
 * }
 */
export type UpstreamOutcome<T> = ClassifiedOutcome<T> & OutcomeMeta;

/** Every outcome kind. */
export type OutcomeKind = ClassifiedOutcome<unknown>['kind'];

// A record keyed by the union makes the compiler reject both a missing and an unknown kind.
const KIND_PRESENCE = {
  success: true,
  moderation: true,
  busy: true,
  unauthorized: true,
  noSubscription: true,
  badRequest: true,
  notFound: true,
  accountDisabled: true,
  unavailable: true,
  discontinued: true,
} as const satisfies Record<OutcomeKind, true>;

/** Every `kind`, for metrics labels and exhaustive tests. */
export const OUTCOME_KINDS = Object.freeze(Object.keys(KIND_PRESENCE) as OutcomeKind[]);

/** `outcome` with its success value turned by `map`; every failure passes through as it is. */
export function mapSuccess<T, U>(outcome: UpstreamOutcome<T>, map: (value: T) => U): UpstreamOutcome<U> {
  return outcome.kind === 'success' ? { ...outcome, value: map(outcome.value) } : outcome;
}

/** Outcomes that are not `success`. */
export type FailureOutcome = Exclude<UpstreamOutcome<unknown>, { kind: 'success' }>;

/** A classified failure, before the call-level meta is added. */
export type ClassifiedFailure = Exclude<ClassifiedOutcome<unknown>, { kind: 'success' }>;

/**
 * Compile-time exhaustiveness guard for `switch (outcome.kind)`. Reaching it at run time means a new kind
 * was added without handling; the thrown message names the kind only, never the outcome's data.
 */
export function assertNever(value: never): never {
  const kind = (value as { kind?: unknown } | null)?.kind;
  throw new TypeError(`Unhandled upstream outcome kind: ${String(kind)}`);
}
