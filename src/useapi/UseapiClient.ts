/**
 * The useapi.net v2 client: the only code that talks HTTP to useapi.net. Every method resolves to a
 * `UseapiOutcome` and never rejects for an upstream problem (status, bad body, network, timeout), so the
 * bot's edge handles one value instead of a family of exceptions.
 */
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { Agent, type Dispatcher } from 'undici';
import { isSpeedMode, type SpeedMode } from '../speedModes.js';
import {
  type BodyReader,
  type RawResponse,
  readAccountBody,
  readJobBody,
  readResetBody,
} from './bodyReaders.js';
import { classifyResponse } from './classifyResponse.js';
import {
  type AccountInfo,
  type ClassifiedOutcome,
  type JobResult,
  type ResetResult,
  SHUTDOWN_DETAIL,
  type UnavailableReason,
  type UseapiOutcome,
} from './outcomes.js';
import { decideRetry, RETRY_POLICY_DEFAULTS, type RetryPolicyOptions } from './retryPolicy.js';

/** Options of {@link UseapiClient}. */
export interface UseapiClientOptions {
  /** e.g. `https://api.useapi.net/v2`; a path prefix is kept, a trailing slash is ignored. */
  readonly baseUrl: string;
  /** The useapi.net API token; only ever sent in the `Authorization` header. */
  readonly token: string;
  /** Budget for a whole call, retries and waits included. */
  readonly deadlineMs?: number;
  readonly connectTimeoutMs?: number;
  /** Longest wait for response headers in one attempt (useapi.net answers jobs only once Midjourney did). */
  readonly headersTimeoutMs?: number;
  /** Longest silence between body chunks in one attempt. */
  readonly bodyTimeoutMs?: number;
  /** Bodies beyond this are cut off and the connection dropped, never buffered whole. */
  readonly maxBodyBytes?: number;
  /** How long an idle keep-alive socket is kept for the next call. */
  readonly keepAliveTimeoutMs?: number;
  /** Transport to use instead of the client's own keep-alive `Agent`; the caller keeps ownership. */
  readonly dispatcher?: Dispatcher;
  /** Overrides for the retry policy (tests shorten the backoff). */
  readonly retry?: Partial<RetryPolicyOptions>;
  /**
   * Aborts every call still in flight once it aborts (a shutdown that cannot wait any longer); such a call
   * ends as `unavailable` with detail {@link SHUTDOWN_DETAIL}, and later calls end so at once.
   */
  readonly shutdownSignal?: AbortSignal;
}

type TunableOptions = Omit<
  UseapiClientOptions,
  'baseUrl' | 'token' | 'dispatcher' | 'retry' | 'shutdownSignal'
>;

/** Defaults for every tunable option. */
export const USEAPI_CLIENT_DEFAULTS = {
  // Well within the 30 s the bot promises users, with room to edit the deferred reply.
  deadlineMs: 25_000,
  connectTimeoutMs: 5_000,
  headersTimeoutMs: 25_000,
  bodyTimeoutMs: 10_000,
  maxBodyBytes: 64 * 1_024,
  keepAliveTimeoutMs: 30_000,
} as const satisfies Required<TunableOptions>;

/** What one route needs from the shared call loop. */
interface CallSpec<T> {
  readonly method: 'GET' | 'POST';
  /** Path below the base URL, already encoded, starting with `/`. */
  readonly path: string;
  readonly json?: unknown;
  readonly read: BodyReader<T>;
}

/**
 * A small client for the four useapi.net v2 routes the bot uses.
 *
 * @example
 * const client = new UseapiClient({ baseUrl: config.useapiBaseUrl, token: config.useapiToken });
 * const outcome = await client.setSpeed('fast', interaction.channelId);
 * if (outcome.kind !== 'success') reply(describeOutcome(outcome));
 * await client.close();
 */
export class UseapiClient {
  readonly #origin: string;
  readonly #basePath: string;
  readonly #authorization: string;
  readonly #dispatcher: Dispatcher;
  readonly #ownsDispatcher: boolean;
  readonly #options: Required<TunableOptions>;
  readonly #retry: RetryPolicyOptions;
  readonly #shutdown: AbortSignal | undefined;
  #closed = false;

  constructor(options: UseapiClientOptions) {
    const base = parseBaseUrl(options.baseUrl);
    this.#origin = base.origin;
    this.#basePath = base.pathname.replace(/\/+$/, '');
    // Checked here so undici never gets to build an error message around a bad header value.
    if (typeof options.token !== 'string' || !/^[\x21-\x7e]+$/.test(options.token)) {
      throw new TypeError('The useapi.net token must be non-empty printable ASCII without spaces.');
    }
    this.#authorization = `Bearer ${options.token}`;
    this.#options = {
      deadlineMs: positive(options.deadlineMs, USEAPI_CLIENT_DEFAULTS.deadlineMs, 'deadlineMs'),
      connectTimeoutMs: positive(
        options.connectTimeoutMs,
        USEAPI_CLIENT_DEFAULTS.connectTimeoutMs,
        'connectTimeoutMs',
      ),
      headersTimeoutMs: positive(
        options.headersTimeoutMs,
        USEAPI_CLIENT_DEFAULTS.headersTimeoutMs,
        'headersTimeoutMs',
      ),
      bodyTimeoutMs: positive(options.bodyTimeoutMs, USEAPI_CLIENT_DEFAULTS.bodyTimeoutMs, 'bodyTimeoutMs'),
      maxBodyBytes: positive(options.maxBodyBytes, USEAPI_CLIENT_DEFAULTS.maxBodyBytes, 'maxBodyBytes'),
      keepAliveTimeoutMs: positive(
        options.keepAliveTimeoutMs,
        USEAPI_CLIENT_DEFAULTS.keepAliveTimeoutMs,
        'keepAliveTimeoutMs',
      ),
    };
    this.#retry = { ...RETRY_POLICY_DEFAULTS, ...options.retry };
    this.#shutdown = options.shutdownSignal;
    this.#ownsDispatcher = options.dispatcher === undefined;
    this.#dispatcher =
      options.dispatcher ??
      new Agent({
        connect: { timeout: this.#options.connectTimeoutMs },
        headersTimeout: this.#options.headersTimeoutMs,
        bodyTimeout: this.#options.bodyTimeoutMs,
        keepAliveTimeout: this.#options.keepAliveTimeoutMs,
        // One socket per origin would serialise channels behind each other's slow /jobs calls.
        connections: 16,
      });
  }

  /** `POST /jobs/{verb}` with `{ channel }`: switches the Midjourney account's speed mode. */
  setSpeed(verb: SpeedMode, channel: string): Promise<UseapiOutcome<JobResult>> {
    if (!isSpeedMode(verb)) throw new TypeError('Unknown speed mode.');
    return this.#call({
      method: 'POST',
      path: `/jobs/${verb}`,
      json: { channel: checkChannel(channel) },
      read: readJobBody,
    });
  }

  /** `POST /jobs/info` with `{ channel }`: Midjourney's /info card arrives in `value.content`. */
  info(channel: string): Promise<UseapiOutcome<JobResult>> {
    return this.#call({
      method: 'POST',
      path: '/jobs/info',
      json: { channel: checkChannel(channel) },
      read: readJobBody,
    });
  }

  /** `POST /account/midjourney/{channel}/reset`: clears the moderation flag; any 2xx is success. */
  resetAccount(channel: string): Promise<UseapiOutcome<ResetResult>> {
    return this.#call({
      method: 'POST',
      path: `/account/midjourney/${encodeURIComponent(checkChannel(channel))}/reset`,
      read: readResetBody,
    });
  }

  /** `GET /account/midjourney/{channel}`: the channel's configuration, including `pendingModMessage`. */
  getAccount(channel: string): Promise<UseapiOutcome<AccountInfo>> {
    return this.#call({
      method: 'GET',
      path: `/account/midjourney/${encodeURIComponent(checkChannel(channel))}`,
      read: readAccountBody,
    });
  }

  /** Closes the client's own dispatcher (waiting for calls in flight); an injected one is left open. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    if (this.#ownsDispatcher) await this.#dispatcher.close();
  }

  async #call<T>(spec: CallSpec<T>): Promise<UseapiOutcome<T>> {
    const startedAt = performance.now();
    const deadlineMs = this.#options.deadlineMs;
    // One controller for the whole call, so the deadline covers retries and the waits between them.
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), deadlineMs);
    const onShutdown = () => controller.abort(SHUTDOWN_DETAIL);
    if (this.#shutdown?.aborted) onShutdown();
    this.#shutdown?.addEventListener('abort', onShutdown, { once: true });
    let attempts = 0;
    try {
      for (;;) {
        attempts += 1;
        const result = await this.#attempt(spec, controller.signal);
        const elapsedMs = performance.now() - startedAt;
        const decision = decideRetry(
          {
            kind: result.kind,
            reason: result.kind === 'unavailable' ? result.reason : undefined,
            status: result.status,
            retryAfterMs: 'retryAfterMs' in result ? result.retryAfterMs : undefined,
            attempt: attempts,
            elapsedMs,
            deadlineMs,
            jitter: Math.random(),
          },
          this.#retry,
        );
        if (decision.retry) {
          const waited = await sleep(decision.delayMs, true, { signal: controller.signal }).catch(
            () => false,
          );
          if (waited) continue;
        }
        return { ...result, durationMs: Math.round(performance.now() - startedAt), attempts };
      }
    } finally {
      clearTimeout(timer);
      this.#shutdown?.removeEventListener('abort', onShutdown);
    }
  }

  async #attempt<T>(spec: CallSpec<T>, signal: AbortSignal): Promise<ClassifiedOutcome<T>> {
    if (this.#closed) return { kind: 'unavailable', reason: 'connection', detail: 'CLIENT_CLOSED' };
    let status: number | undefined;
    try {
      const headers: Record<string, string> = {
        authorization: this.#authorization,
        accept: 'application/json',
      };
      let body: string | undefined;
      if (spec.json !== undefined) {
        headers['content-type'] = 'application/json';
        body = JSON.stringify(spec.json);
      }
      const response = await this.#dispatcher.request({
        origin: this.#origin,
        path: `${this.#basePath}${spec.path}`,
        method: spec.method,
        headers,
        body,
        signal,
        headersTimeout: this.#options.headersTimeoutMs,
        bodyTimeout: this.#options.bodyTimeoutMs,
      });
      status = response.statusCode;
      const { text, truncated } = await readCapped(response.body, this.#options.maxBodyBytes);
      const raw: RawResponse = { status, headers: response.headers, body: text, bodyTruncated: truncated };
      return classifyResponse(raw, spec.read, Date.now());
    } catch (error) {
      // The error object is dropped on purpose: undici errors can reference the request options, which
      // hold the Authorization header. Only a short code survives.
      if (signal.reason === SHUTDOWN_DETAIL)
        return { kind: 'unavailable', reason: 'connection', status, detail: SHUTDOWN_DETAIL };
      const reason: UnavailableReason = signal.aborted ? 'timeout' : failureReason(error);
      return { kind: 'unavailable', reason, status, detail: signal.aborted ? 'DEADLINE' : errorCode(error) };
    }
  }
}

/** Reads at most `maxBytes` of a body; past that, the stream is destroyed, which drops the connection. */
async function readCapped(
  body: AsyncIterable<Buffer | string> & { destroy(error?: Error): unknown },
  maxBytes: number,
): Promise<{ text: string; truncated: boolean }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    if (size + buffer.length > maxBytes) {
      chunks.push(buffer.subarray(0, maxBytes - size));
      body.destroy();
      return { text: Buffer.concat(chunks).toString('utf8'), truncated: true };
    }
    chunks.push(buffer);
    size += buffer.length;
  }
  return { text: Buffer.concat(chunks).toString('utf8'), truncated: false };
}

const TIMEOUT_CODES: ReadonlySet<string> = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

function failureReason(error: unknown): UnavailableReason {
  const code = errorCode(error);
  return code !== undefined && TIMEOUT_CODES.has(code) ? 'timeout' : 'connection';
}

/** A code like `ECONNREFUSED` or `UND_ERR_SOCKET`, or the error's class name; never its message. */
function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, name } = error as { code?: unknown; name?: unknown };
  const candidate = typeof code === 'string' ? code : typeof name === 'string' ? name : undefined;
  return candidate !== undefined && /^[A-Za-z0-9_]{1,64}$/.test(candidate) ? candidate : undefined;
}

function parseBaseUrl(value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new TypeError('The useapi.net base URL is not a valid URL.');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new TypeError('The useapi.net base URL must use http or https.');
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new TypeError('The useapi.net base URL must not contain credentials, a query or a fragment.');
  }
  return url;
}

function checkChannel(channel: string): string {
  if (typeof channel !== 'string' || channel.length === 0) {
    throw new TypeError('A Discord channel id is required.');
  }
  return channel;
}

function positive(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value <= 0) throw new RangeError(`${name} must be a positive number.`);
  return value;
}
