/**
 * One HTTP exchange with an upstream over an undici dispatcher: explicit connect/headers/body timeouts, a
 * capped body read, and failures reduced to a short code. It never throws and never keeps an error object,
 * because undici errors can reference the request options, which hold the credentials.
 */
import { Agent, type Dispatcher } from 'undici';
import { SHUTDOWN_DETAIL } from '../CallDeadline.js';
import type { UnavailableReason } from '../outcomes.js';
import type { RawResponse } from './responseBody.js';

/** Timeouts and limits of one transport. */
export interface HttpTransportLimits {
  readonly connectTimeoutMs: number;
  /** Longest wait for response headers in one request. */
  readonly headersTimeoutMs: number;
  /** Longest silence between body chunks in one request. */
  readonly bodyTimeoutMs: number;
  /** Bodies beyond this are cut off and the connection dropped, never buffered whole. */
  readonly maxBodyBytes: number;
  /** How long an idle keep-alive socket is kept for the next request. */
  readonly keepAliveTimeoutMs: number;
}

/** Options of {@link HttpTransport}. */
export interface HttpTransportOptions extends HttpTransportLimits {
  /** Already validated base URL; its path is a prefix of every request path. */
  readonly baseUrl: URL;
  /** Sent with every request (credentials go here and nowhere else). */
  readonly headers: Readonly<Record<string, string>>;
  /** Transport to use instead of an own keep-alive `Agent`; the caller keeps ownership. */
  readonly dispatcher?: Dispatcher;
}

/** One request below the base URL. */
export interface HttpRequest {
  readonly method: 'GET' | 'POST';
  /** Path below the base path, already encoded, starting with `/`. */
  readonly path: string;
  readonly query?: Readonly<Record<string, string>>;
  readonly json?: unknown;
}

/** What one request gave: a response (any status), or why none could be read. */
export type HttpResult =
  | { readonly ok: true; readonly raw: RawResponse }
  | {
      readonly ok: false;
      readonly reason: Extract<UnavailableReason, 'connection' | 'timeout'>;
      readonly status?: number;
      /** A code like `ECONNREFUSED`, `UND_ERR_SOCKET` or `DEADLINE`; never an error message. */
      readonly detail?: string;
    };

/** Sends requests to one upstream origin. */
export class HttpTransport {
  readonly #origin: string;
  readonly #basePath: string;
  readonly #headers: Readonly<Record<string, string>>;
  readonly #limits: HttpTransportLimits;
  readonly #dispatcher: Dispatcher;
  readonly #ownsDispatcher: boolean;
  #closed = false;

  constructor(options: HttpTransportOptions) {
    this.#origin = options.baseUrl.origin;
    this.#basePath = options.baseUrl.pathname.replace(/\/+$/, '');
    this.#headers = options.headers;
    this.#limits = options;
    this.#ownsDispatcher = options.dispatcher === undefined;
    this.#dispatcher =
      options.dispatcher ??
      new Agent({
        connect: { timeout: options.connectTimeoutMs },
        headersTimeout: options.headersTimeoutMs,
        bodyTimeout: options.bodyTimeoutMs,
        keepAliveTimeout: options.keepAliveTimeoutMs,
        // One socket per origin would serialise channels behind each other's slow calls.
        connections: 16,
      });
  }

  /**
   * Sends one request; `signal` aborting makes it a `timeout` (the caller's deadline), or a `connection`
   * failure with detail {@link SHUTDOWN_DETAIL} when it aborted with that reason (the bot shutting down).
   */
  async send(request: HttpRequest, signal: AbortSignal): Promise<HttpResult> {
    if (this.#closed) return { ok: false, reason: 'connection', detail: 'CLIENT_CLOSED' };
    if (signal.reason === SHUTDOWN_DETAIL)
      return { ok: false, reason: 'connection', detail: SHUTDOWN_DETAIL };
    let status: number | undefined;
    try {
      const headers: Record<string, string> = { ...this.#headers, accept: 'application/json' };
      let body: string | undefined;
      if (request.json !== undefined) {
        headers['content-type'] = 'application/json';
        body = JSON.stringify(request.json);
      }
      const query = request.query ? `?${new URLSearchParams(request.query).toString()}` : '';
      const response = await this.#dispatcher.request({
        origin: this.#origin,
        path: `${this.#basePath}${request.path}${query}`,
        method: request.method,
        headers,
        body,
        signal,
        headersTimeout: this.#limits.headersTimeoutMs,
        bodyTimeout: this.#limits.bodyTimeoutMs,
      });
      status = response.statusCode;
      const { text, truncated } = await readCapped(response.body, this.#limits.maxBodyBytes);
      return { ok: true, raw: { status, headers: response.headers, body: text, bodyTruncated: truncated } };
    } catch (error) {
      if (signal.reason === SHUTDOWN_DETAIL)
        return { ok: false, reason: 'connection', status, detail: SHUTDOWN_DETAIL };
      if (signal.aborted) return { ok: false, reason: 'timeout', status, detail: 'DEADLINE' };
      return { ok: false, reason: failureReason(error), status, detail: errorCode(error) };
    }
  }

  /** Closes the own dispatcher (waiting for requests in flight); an injected one is left open. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    if (this.#ownsDispatcher) await this.#dispatcher.close();
  }
}

/** Reads at most `maxBytes` of a body; past that, the stream is destroyed, which drops the connection. */
export async function readCapped(
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

function failureReason(error: unknown): 'connection' | 'timeout' {
  const code = errorCode(error);
  return code !== undefined && TIMEOUT_CODES.has(code) ? 'timeout' : 'connection';
}

/** A code like `ECONNREFUSED` or `UND_ERR_SOCKET`, or the error's class name; never its message. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, name } = error as { code?: unknown; name?: unknown };
  const candidate = typeof code === 'string' ? code : typeof name === 'string' ? name : undefined;
  return candidate !== undefined && /^[A-Za-z0-9_]{1,64}$/.test(candidate) ? candidate : undefined;
}
