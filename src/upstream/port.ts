/**
 * The one port the speed rules talk to, whatever serves Midjourney behind it. Each backend (useapi.net,
 * midjourney-proxy) is a folder below `src/upstream/` that implements {@link Upstream}; nothing above this
 * file knows which one runs.
 */
import type { SpeedMode } from '../speedModes.js';
import type { UpstreamWords } from './messages.js';
import type { ModerationCause, UpstreamOutcome } from './outcomes.js';

/** Which backend serves the bot (the `UPSTREAM` setting). */
export type UpstreamName = 'useapi' | 'midjourney-proxy';

/** The account's fast hours as the upstream last read them from Midjourney's /info card. */
export interface FastHours {
  readonly remainingHours: number;
  /** The plan's fast hours, when the card gave them. */
  readonly totalHours?: number;
  /** 0–100, Midjourney's own percentage when it gave one. */
  readonly percent?: number;
  /**
   * ISO 8601 time the upstream read the card, when it says (midjourney-proxy's `infoUpdated`); without it
   * the reading is as of the call.
   */
  readonly readAt?: string;
  /**
   * True when the upstream kept the reading from an earlier time the bot cannot place (midjourney-proxy's
   * local `infoUpdated` before its clock offset is known, or dated in the future): show no time for it.
   */
  readonly undated?: boolean;
}

/** What a successful speed switch reports. */
export interface SpeedChanged {
  /** Midjourney's own reply text ("Done! ..."), when the upstream relays it (useapi.net). */
  readonly content?: string;
  /**
   * The account already showed the requested mode, so nothing was clicked (midjourney-proxy: its mode
   * buttons may toggle, and clicking the active one could switch it off).
   */
  readonly alreadyActive?: boolean;
  /**
   * What the upstream reports after reading the account back (midjourney-proxy, which relays no text).
   * `confirmed: false` means the change was sent but the new mode did not show within the deadline.
   */
  readonly confirmation?: {
    readonly confirmed: boolean;
    /** The account's job mode as the upstream now reports it, e.g. `Turbo`. */
    readonly jobMode?: string;
    readonly fastHours?: FastHours;
    /**
     * So little fast time is left that the upstream may switch the account to Relax on its own
     * (midjourney-proxy's auto-relax at 0.2 h or less, DiscordWebSocketService.cs:1457-1460,1958-2000).
     */
    readonly mayRevertToRelax?: boolean;
  };
}

/** What a successful reset did. */
export interface ResetDone {
  /**
   * What the reset cleared at the upstream: `captcha` (a CAPTCHA lock), `disabled` (a disabled account
   * re-enabled). Empty when the upstream's reset says nothing more than "done" (useapi.net) or there was
   * nothing to clear.
   */
  readonly cleared: readonly ('captcha' | 'disabled')[];
}

/** The account's moderation state, for `/speed status` and for checking a reset. */
export interface AccountReport {
  /** True while the team must stop: a pending moderation message, a block or a CAPTCHA. */
  readonly flagged: boolean;
  readonly cause?: ModerationCause;
  /** The upstream's text about the flag (untrusted). */
  readonly moderationText?: string;
  /** Where a human solves the CAPTCHA; for admins only, never in a public message. */
  readonly captchaUrl?: string;
  /** False when the upstream has the account switched off (whatever the reason). */
  readonly enabled: boolean;
  /** The account's job mode as the upstream reports it, when it does. */
  readonly jobMode?: string;
}

/** One account the upstream serves, for `npm run doctor`. */
export interface AccountSummary {
  /** The Discord channel id the bot routes to (the `CHANNEL_MAP` target). */
  readonly account: string;
  /** A human name for the account, when the upstream has one (midjourney-proxy's remark). */
  readonly name?: string;
  readonly enabled: boolean;
  readonly flagged: boolean;
  /** What midjourney-proxy keeps about the account (useapi.net keeps none of it). */
  readonly proxy?: ProxyAccountState;
}

/** midjourney-proxy's own view of one account, for `npm run doctor`. */
export interface ProxyAccountState {
  /** Whether the proxy has a live Discord session for it (`running`): clicks fail without one. */
  readonly running: boolean;
  /** The proxy host's UTC offset in minutes, as its answers showed it; `undefined` when they did not. */
  readonly utcOffsetMinutes?: number;
  /** Whether the proxy has an /info reading at all. */
  readonly infoTaken: boolean;
  /** When it took that reading (ISO), when the bot can place it in time. */
  readonly infoReadAt?: string;
  /** When the stored `/settings` card was sent (ISO, from its message id); `undefined` without a card. */
  readonly cardSentAt?: string;
}

/** One finished upstream call, as the log line of the interaction that made it shows it. */
export interface UpstreamCall {
  verb: string;
  /** HTTP status, or the failure reason when none arrived (`timeout`, `connection`, …). */
  status: string;
  ms: number;
}

/**
 * Where the calls made for one interaction are noted, passed along with each call: the instrumentation
 * decorator (`ops/instrumentUpstream.ts`) adds to it, backends ignore it. An explicit list, not an
 * AsyncLocalStorage: on Node 20 and 22 that installs promise hooks, which slow every promise of the process
 * (0.25–0.3 ms more per reply on the bench's steady load).
 */
export type CallLog = UpstreamCall[];

/**
 * One upstream. `account` is always the Discord channel id the bot routes to: the useapi.net channel, or
 * the midjourney-proxy account's `channelId`. Every method resolves (never rejects for an upstream problem)
 * within the backend's deadline; secrets never appear in what it returns.
 */
export interface Upstream {
  readonly name: UpstreamName;
  /** How replies name it: `useapi.net` or `midjourney-proxy` ("midjourney-proxy said: ..."). */
  readonly displayName: string;
  /** How replies explain its failures (`describeFailure(outcome, upstream.words)`). */
  readonly words: UpstreamWords;
  /**
   * True when its reset of a CAPTCHA lock only marks it solved, unchecked, and {@link getAccount} gives the
   * CAPTCHA's link (midjourney-proxy): admins are shown the link before they are offered the reset.
   */
  readonly resetTrustsCaptcha?: boolean;
  /**
   * Switches the account to `mode`; one switch request upstream per call, never two. A request is sent
   * again only when the upstream provably did not take it (a connection never made, useapi.net's 429,
   * midjourney-proxy's click that Discord refused because the stored card's message is gone).
   */
  setSpeed(mode: SpeedMode, account: string, calls?: CallLog): Promise<UpstreamOutcome<SpeedChanged>>;
  /** Clears the upstream's moderation/CAPTCHA state after a human resolved it in Discord. */
  reset(account: string, calls?: CallLog): Promise<UpstreamOutcome<ResetDone>>;
  /** Reads the account's moderation state. A flagged account is a `success` with `flagged: true`. */
  getAccount(account: string, calls?: CallLog): Promise<UpstreamOutcome<AccountReport>>;
  /** The account's fast hours, or `undefined` when Midjourney's card has no readable line. */
  fastTime(account: string, calls?: CallLog): Promise<UpstreamOutcome<FastHours | undefined>>;
  /** Every account the upstream serves, where it can list them. */
  listAccounts?(): Promise<UpstreamOutcome<AccountSummary[]>>;
  /** Releases connections; calls after it fail as `unavailable`. */
  close(): Promise<void>;
}
