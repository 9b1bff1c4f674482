/**
 * What one useapi.net call ended as. Transport code never throws for an upstream problem: it returns one of
 * these, so callers `switch` on `kind` and the compiler tells them when a kind is left unhandled.
 */

/** Why a call counts as `unavailable`; kept small so logs and metrics can group by it. */
export type UnavailableReason =
  /** An HTTP status the bot cannot act on (5xx, 3xx, or a 4xx useapi.net does not document for these routes). */
  | 'status'
  /** A body that is not JSON, or JSON of the wrong shape, where JSON was required. */
  | 'invalidBody'
  /** A body larger than `maxBodyBytes`; it was cut off rather than buffered. */
  | 'bodyTooLarge'
  /** Connection refused, reset, closed mid-body, DNS failure or connect timeout. */
  | 'connection'
  /** The overall deadline (or a headers/body inactivity timeout) ran out. */
  | 'timeout';

/** `detail` of an `unavailable` outcome whose call was cut short because the bot is shutting down. */
export const SHUTDOWN_DETAIL = 'SHUTDOWN';

/** Fields every outcome carries so callers can log and measure without looking inside. */
export interface OutcomeMeta {
  /** HTTP status of the last attempt, when one arrived. */
  readonly status?: number;
  /** Wall time of the whole call, retries and waits included. */
  readonly durationMs: number;
  /** How many HTTP attempts were made (1 or 2). */
  readonly attempts: number;
}

/** The value of a successful jobs call (`/jobs/fast|turbo|relax|info`). */
export interface JobResult {
  /** Midjourney's reply text (the "Done! ..." line, or the /info card); useapi.net may leave it out. */
  readonly content?: string;
  /** useapi.net's job id, read from `jobid` (documented) or `jobId` (turbo model). */
  readonly jobId?: string;
  /** Job status as reported, normally `completed`. */
  readonly jobStatus?: string;
  readonly verb?: string;
}

/** The value of a successful `GET /account/midjourney/{channel}`. */
export interface AccountInfo {
  readonly channel?: string;
  readonly maxJobs?: number;
  /** First and last three characters of the Discord token, as useapi.net reports it. */
  readonly discord?: string;
  /** The moderation text useapi.net recorded, when it gave one. */
  readonly pendingModMessage?: string;
  /** True while useapi.net has the account flagged (pendingModMessage present and not empty/false). */
  readonly flagged: boolean;
}

/** The value of a successful reset: any 2xx counts, with or without a body. */
export interface ResetResult {
  /** True for the documented 204 (or any empty 2xx); false when some body came back. */
  readonly emptyBody: boolean;
}

/** The discriminated union of every way a call can end, before the call-level meta is added. */
export type ClassifiedOutcome<T> =
  | { readonly kind: 'success'; readonly value: T; readonly status?: number }
  | {
      /** HTTP 596: Midjourney flagged the account (pending moderation message or CAPTCHA). */
      readonly kind: 'moderation';
      readonly status: number;
      /** `job` when the body looked like a job (`jobid`, `verb`, `status: "failed"`), `plain` for `{error, code}`. */
      readonly shape: 'job' | 'plain';
      /** useapi.net's own words, `errorDetails` preferred over `error`; untrusted text, not sanitised here. */
      readonly upstreamMessage?: string;
    }
  | {
      /** HTTP 429: the account's job queue is full or Discord rate-limited it. */
      readonly kind: 'busy';
      readonly status: number;
      /** From `Retry-After` (seconds or HTTP date), when sent. */
      readonly retryAfterMs?: number;
      readonly upstreamMessage?: string;
    }
  | { readonly kind: 'unauthorized'; readonly status: number; readonly upstreamMessage?: string }
  | { readonly kind: 'noSubscription'; readonly status: number; readonly upstreamMessage?: string }
  | { readonly kind: 'badRequest'; readonly status: number; readonly upstreamMessage?: string }
  | { readonly kind: 'notFound'; readonly status: number; readonly upstreamMessage?: string }
  | {
      readonly kind: 'unavailable';
      readonly reason: UnavailableReason;
      readonly status?: number;
      /** A short machine code such as `ECONNRESET` or `UND_ERR_SOCKET`; never an error message. */
      readonly detail?: string;
      readonly retryAfterMs?: number;
    };

/**
 * The result of one client call. `T` is the success value (`JobResult`, `AccountInfo`, `ResetResult`).
 *
 * @example
 * switch (outcome.kind) {
 *   case 'success': ...; break;
 *   // ...every other kind...
 *   default: assertNever(outcome);
 * }
 */
export type UseapiOutcome<T> = ClassifiedOutcome<T> & OutcomeMeta;

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
  unavailable: true,
} as const satisfies Record<OutcomeKind, true>;

/** Every `kind`, for metrics labels and exhaustive tests. */
export const OUTCOME_KINDS = Object.freeze(Object.keys(KIND_PRESENCE) as OutcomeKind[]);

/** Outcomes that are not `success`. */
export type FailureOutcome = Exclude<UseapiOutcome<unknown>, { kind: 'success' }>;

/**
 * Compile-time exhaustiveness guard for `switch (outcome.kind)`. Reaching it at run time means a new kind
 * was added without handling; the thrown message names the kind only, never the outcome's data.
 */
export function assertNever(value: never): never {
  const kind = (value as { kind?: unknown } | null)?.kind;
  throw new TypeError(`Unhandled useapi outcome kind: ${String(kind)}`);
}
