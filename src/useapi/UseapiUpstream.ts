/**
 * useapi.net behind the upstream port: the speed rules see Midjourney's "Done!" text, a reset, the
 * account's moderation flag and the /info card's fast hours, in the neutral vocabulary every backend shares.
 */

import { type Clock, systemClock } from '../clock.js';
import type { SpeedMode } from '../speedModes.js';
import { parseInfoCardFastHours } from '../upstream/fastHours.js';
import { type FailureOutcome, mapSuccess, type UpstreamOutcome } from '../upstream/outcomes.js';
import type {
  AccountReport,
  AccountSummary,
  FastHours,
  ResetDone,
  SpeedChanged,
  Upstream,
  UpstreamName,
} from '../upstream/port.js';
import type { AccountInfo } from './bodyReaders.js';
import { shutdownNotice } from './discontinued.js';
import { USEAPI_CLIENT_DEFAULTS, UseapiClient, type UseapiClientOptions } from './UseapiClient.js';
import { USEAPI_WORDS } from './words.js';

/** How long the account list's answer to "is the Midjourney API still there?" is reused. */
const LIST_VERDICT_MS = 5 * 60_000;
/** The least time the account list gets when a 404 left little of the deadline. */
const LIST_FLOOR_MS = 2_000;
/** How often one kind of shutdown-suspect failure is reported again. */
const NOTICE_EVERY_MS = 10 * 60_000;

/** Options of {@link UseapiUpstream}. */
export interface UseapiUpstreamOptions extends UseapiClientOptions {
  /** Time for the caches above (default: the system clock). */
  readonly clock?: Clock;
  /** Hears a note for operators when a failure may mean useapi.net no longer serves Midjourney. */
  readonly onNotice?: (notice: string, outcome: FailureOutcome) => void;
}

/**
 * @example
 * const upstream = new UseapiUpstream({ baseUrl: 'https://api.useapi.net/v2', token });
 * const outcome = await upstream.setSpeed('turbo', channel); // success: { content: 'Done! ...' }
 */
export class UseapiUpstream implements Upstream {
  readonly name: UpstreamName = 'useapi';
  readonly displayName = USEAPI_WORDS.name;
  readonly words = USEAPI_WORDS;
  readonly #client: UseapiClient;
  readonly #clock: Clock;
  readonly #onNotice: ((notice: string, outcome: FailureOutcome) => void) | undefined;
  /** When the account list last settled a 404 (is the API there?), reused for {@link LIST_VERDICT_MS}. */
  #listVerdict: { apiGone: boolean; at: number } | undefined;
  /** The list asked for right now, shared by every 404 that arrives meanwhile. */
  #listAsked: Promise<boolean> | undefined;
  readonly #deadlineMs: number;
  /** When each kind of failure last produced a notice, so a failing API does not flood the log. */
  readonly #noticed = new Map<string, number>();

  constructor(options: UseapiUpstreamOptions) {
    this.#client = new UseapiClient(options);
    this.#clock = options.clock ?? systemClock;
    this.#onNotice = options.onNotice;
    this.#deadlineMs = options.deadlineMs ?? USEAPI_CLIENT_DEFAULTS.deadlineMs;
  }

  /** `POST /jobs/{mode}`: Midjourney's reply text is the confirmation. */
  async setSpeed(mode: SpeedMode, account: string): Promise<UpstreamOutcome<SpeedChanged>> {
    return this.#settle(
      mapSuccess(await this.#client.setSpeed(mode, account), (job) => ({ content: job.content })),
    );
  }

  /** useapi.net's reset says only "done" (204): it does not tell what it cleared. */
  async reset(account: string): Promise<UpstreamOutcome<ResetDone>> {
    return this.#settle(mapSuccess(await this.#client.resetAccount(account), () => ({ cleared: [] })));
  }

  /** The channel's configuration; a `pendingModMessage` is the flag (useapi.net cannot tell a CAPTCHA apart). */
  async getAccount(account: string): Promise<UpstreamOutcome<AccountReport>> {
    return this.#settle(mapSuccess(await this.#client.getAccount(account), reportOf));
  }

  /** `POST /jobs/info`: the Fast Time Remaining line of Midjourney's /info card, read as of now. */
  async fastTime(account: string): Promise<UpstreamOutcome<FastHours | undefined>> {
    return this.#settle(
      mapSuccess(await this.#client.info(account), (job) =>
        job.content === undefined ? undefined : parseInfoCardFastHours(job.content),
      ),
    );
  }

  /**
   * A 404 becomes `discontinued` when the account list is missing too (the whole Midjourney API is gone),
   * and stays "this channel is not configured" when the list answers. Failures a shutdown could explain
   * are reported to `onNotice`, at most once per kind and status every {@link NOTICE_EVERY_MS}.
   */
  async #settle<T>(outcome: UpstreamOutcome<T>): Promise<UpstreamOutcome<T>> {
    if (outcome.kind === 'success') return outcome;
    const settled: FailureOutcome =
      outcome.kind === 'notFound' && (await this.#apiGone(this.#deadlineMs - outcome.durationMs))
        ? {
            kind: 'discontinued',
            status: outcome.status,
            durationMs: outcome.durationMs,
            attempts: outcome.attempts,
          }
        : outcome;
    const notice = shutdownNotice(settled);
    const key = `${settled.kind}:${settled.status ?? ''}`;
    const now = this.#clock.now();
    if (notice && now - (this.#noticed.get(key) ?? -Infinity) >= NOTICE_EVERY_MS) {
      this.#noticed.set(key, now);
      this.#onNotice?.(notice, settled);
    }
    return settled;
  }

  /**
   * Whether the account list is missing too. It gets what is left of the member's deadline (at least
   * {@link LIST_FLOOR_MS}), so the answer stays within the promised time.
   */
  async #apiGone(leftMs: number): Promise<boolean> {
    const now = this.#clock.now();
    if (this.#listVerdict && now - this.#listVerdict.at < LIST_VERDICT_MS) return this.#listVerdict.apiGone;
    this.#listAsked ??= this.#client
      .listAccounts(Math.max(LIST_FLOOR_MS, leftMs))
      .then((list) => {
        // Only a clear answer settles it: a list that fails for another reason leaves the 404 as it was.
        const apiGone = list.kind === 'notFound' || list.kind === 'discontinued';
        if (list.kind === 'success' || apiGone) this.#listVerdict = { apiGone, at: this.#clock.now() };
        return apiGone;
      })
      .finally(() => {
        this.#listAsked = undefined;
      });
    return this.#listAsked;
  }

  /** `GET /account/midjourney`: every configured channel. */
  async listAccounts(): Promise<UpstreamOutcome<AccountSummary[]>> {
    return mapSuccess(await this.#client.listAccounts(), (accounts) =>
      accounts.flatMap((info) => {
        const report = reportOf(info);
        return info.channel
          ? [{ account: info.channel, enabled: report.enabled, flagged: report.flagged }]
          : [];
      }),
    );
  }

  close(): Promise<void> {
    return this.#client.close();
  }
}

/** useapi.net has no "disabled" state of its own: a configured account is enabled. */
function reportOf(info: AccountInfo): AccountReport {
  return {
    flagged: info.flagged,
    cause: info.flagged ? 'moderation' : undefined,
    moderationText: info.pendingModMessage,
    enabled: true,
  };
}
