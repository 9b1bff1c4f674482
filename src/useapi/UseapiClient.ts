/**
 * The useapi.net v2 client: the only code that talks HTTP to useapi.net, one method per route the bot uses.
 * Every method resolves to an outcome and never rejects for an upstream problem (status, bad body, network,
 * timeout), so the bot's edge handles one value instead of a family of exceptions. {@link UseapiUpstream}
 * puts it behind the upstream port.
 */
import { isSpeedMode, type SpeedMode } from '../speedModes.js';
import { CallDeadline } from '../upstream/CallDeadline.js';
import { createTransport, positive, type TransportOptions } from '../upstream/http/clientOptions.js';
import type { HttpTransport, HttpTransportLimits } from '../upstream/http/HttpTransport.js';
import type { ClassifiedOutcome, UpstreamOutcome } from '../upstream/outcomes.js';
import {
  type AccountInfo,
  type BodyReader,
  type JobResult,
  type ResetResult,
  readAccountBody,
  readAccountListBody,
  readJobBody,
  readResetBody,
} from './bodyReaders.js';
import { classifyResponse } from './classifyResponse.js';
import { decideRetry, RETRY_POLICY_DEFAULTS, type RetryPolicyOptions } from './retryPolicy.js';

/** Options of {@link UseapiClient}. */
export interface UseapiClientOptions extends TransportOptions {
  /** e.g. `https://api.useapi.net/v2`; a path prefix is kept, a trailing slash is ignored. */
  readonly baseUrl: string;
  /** The useapi.net API token; only ever sent in the `Authorization` header. */
  readonly token: string;
  /** Budget for a whole call, retries and waits included. */
  readonly deadlineMs?: number;
  /** Overrides for the retry policy (tests shorten the backoff). */
  readonly retry?: Partial<RetryPolicyOptions>;
}

/** Defaults for every tunable option. */
export const USEAPI_CLIENT_DEFAULTS = {
  // Well within the 30 s the bot promises users, with room to edit the deferred reply.
  deadlineMs: 25_000,
  connectTimeoutMs: 5_000,
  // useapi.net answers jobs only once Midjourney did.
  headersTimeoutMs: 25_000,
  bodyTimeoutMs: 10_000,
  maxBodyBytes: 64 * 1_024,
  keepAliveTimeoutMs: 30_000,
} as const satisfies Required<HttpTransportLimits> & { deadlineMs: number };

const UPSTREAM = 'useapi.net';

/** What one route needs from the shared call loop. */
interface CallSpec<T> {
  readonly method: 'GET' | 'POST';
  /** Path below the base URL, already encoded, starting with `/`. */
  readonly path: string;
  readonly json?: unknown;
  readonly read: BodyReader<T>;
  /** A shorter budget than the client's, for a call made on behalf of another one. */
  readonly deadlineMs?: number;
  /** A job: a command for Midjourney, repeated only when useapi.net provably did not take it. */
  readonly job?: boolean;
}

/**
 * A small client for the five useapi.net v2 routes the bot uses.
 *
 * @example
 * const client = new UseapiClient({ baseUrl: 'https://api.useapi.net/v2', token });
 * const outcome = await client.setSpeed('fast', channel);
 * if (outcome.kind !== 'success') reply(describeFailure(outcome, USEAPI_WORDS));
 * await client.close();
 */
export class UseapiClient {
  readonly #transport: HttpTransport;
  readonly #deadlineMs: number;
  readonly #retry: RetryPolicyOptions;
  readonly #shutdown: AbortSignal | undefined;

  constructor(options: UseapiClientOptions) {
    const defaults = USEAPI_CLIENT_DEFAULTS;
    this.#transport = createTransport(UPSTREAM, options, defaults, (token) => `Bearer ${token}`);
    this.#deadlineMs = positive(options.deadlineMs, defaults.deadlineMs, 'deadlineMs');
    this.#retry = { ...RETRY_POLICY_DEFAULTS, ...options.retry };
    this.#shutdown = options.shutdownSignal;
  }

  /** `POST /jobs/{verb}` with `{ channel }`: switches the Midjourney account's speed mode. */
  setSpeed(verb: SpeedMode, channel: string): Promise<UpstreamOutcome<JobResult>> {
    if (!isSpeedMode(verb)) throw new TypeError('Unknown speed mode.');
    return this.#call({
      method: 'POST',
      path: `/jobs/${verb}`,
      json: { channel: checkChannel(channel) },
      read: readJobBody,
      job: true,
    });
  }

  /** `POST /jobs/info` with `{ channel }`: Midjourney's /info card arrives in `value.content`. */
  info(channel: string): Promise<UpstreamOutcome<JobResult>> {
    return this.#call({
      method: 'POST',
      path: '/jobs/info',
      json: { channel: checkChannel(channel) },
      read: readJobBody,
      job: true,
    });
  }

  /** `POST /account/midjourney/{channel}/reset`: clears the moderation flag; any 2xx is success. */
  resetAccount(channel: string): Promise<UpstreamOutcome<ResetResult>> {
    return this.#call({
      method: 'POST',
      path: `/account/midjourney/${encodeURIComponent(checkChannel(channel))}/reset`,
      read: readResetBody,
    });
  }

  /** `GET /account/midjourney/{channel}`: the channel's configuration, including `pendingModMessage`. */
  getAccount(channel: string): Promise<UpstreamOutcome<AccountInfo>> {
    return this.#call({
      method: 'GET',
      path: `/account/midjourney/${encodeURIComponent(checkChannel(channel))}`,
      read: readAccountBody,
    });
  }

  /**
   * `GET /account/midjourney`: every configured account, keyed by channel in useapi.net's answer.
   * `deadlineMs` (at most the client's own) bounds a list asked for on behalf of another call.
   */
  listAccounts(deadlineMs?: number): Promise<UpstreamOutcome<AccountInfo[]>> {
    return this.#call({ method: 'GET', path: '/account/midjourney', read: readAccountListBody, deadlineMs });
  }

  /** Closes the client's own dispatcher (waiting for calls in flight); an injected one is left open. */
  close(): Promise<void> {
    return this.#transport.close();
  }

  async #call<T>(spec: CallSpec<T>): Promise<UpstreamOutcome<T>> {
    // One deadline for the whole call, so it covers retries and the waits between them.
    const deadlineMs = Math.min(spec.deadlineMs ?? this.#deadlineMs, this.#deadlineMs);
    const deadline = new CallDeadline(deadlineMs, this.#shutdown);
    let attempts = 0;
    try {
      for (;;) {
        attempts += 1;
        const result = await this.#attempt(spec, deadline.signal);
        const decision = decideRetry(
          {
            kind: result.kind,
            reason: result.kind === 'unavailable' ? result.reason : undefined,
            status: result.status,
            retryAfterMs: 'retryAfterMs' in result ? result.retryAfterMs : undefined,
            detail: 'detail' in result ? result.detail : undefined,
            job: spec.job,
            attempt: attempts,
            elapsedMs: deadline.elapsedMs(),
            deadlineMs,
            jitter: Math.random(),
          },
          this.#retry,
        );
        if (decision.retry && (await deadline.wait(decision.delayMs))) continue;
        return { ...result, durationMs: deadline.elapsedMs(), attempts };
      }
    } finally {
      deadline.dispose();
    }
  }

  async #attempt<T>(spec: CallSpec<T>, signal: AbortSignal): Promise<ClassifiedOutcome<T>> {
    const sent = await this.#transport.send(
      { method: spec.method, path: spec.path, json: spec.json },
      signal,
    );
    if (!sent.ok)
      return { kind: 'unavailable', reason: sent.reason, status: sent.status, detail: sent.detail };
    return classifyResponse(sent.raw, spec.read, Date.now());
  }
}

function checkChannel(channel: string): string {
  if (typeof channel !== 'string' || channel.length === 0) {
    throw new TypeError('A Discord channel id is required.');
  }
  return channel;
}
