/**
 * Checks on an upstream client's constructor options, and the transport built from them. The messages name
 * the upstream and the option, never the value: a base URL may carry credentials and a token is a secret.
 */
import type { Dispatcher } from 'undici';
import { HttpTransport, type HttpTransportLimits } from './HttpTransport.js';

/** A base URL for `upstream`: http(s), without credentials, query or fragment. */
export function parseBaseUrl(value: string, upstream: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new TypeError(`The ${upstream} base URL is not a valid URL.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new TypeError(`The ${upstream} base URL must use http or https.`);
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new TypeError(`The ${upstream} base URL must not contain credentials, a query or a fragment.`);
  }
  return url;
}

/**
 * A token that can go in an HTTP header as is. Checked here so undici never gets to build an error message
 * around a bad header value.
 */
export function checkToken(token: unknown, upstream: string): string {
  if (typeof token !== 'string' || !/^[\x21-\x7e]+$/.test(token)) {
    throw new TypeError(`The ${upstream} token must be non-empty printable ASCII without spaces.`);
  }
  return token;
}

/** `value`, or `fallback` when it is not given; anything but a positive finite number is refused. */
export function positive(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value <= 0) throw new RangeError(`${name} must be a positive number.`);
  return value;
}

/** What every upstream client's options hold for its transport. */
export interface TransportOptions extends Partial<HttpTransportLimits> {
  readonly baseUrl: string;
  readonly token: string;
  /** Transport to use instead of an own keep-alive `Agent`; the caller keeps ownership. */
  readonly dispatcher?: Dispatcher;
  /**
   * Aborts every call still in flight once it aborts (a shutdown that cannot wait any longer); such a call
   * ends as `unavailable` (`connection`) with detail `SHUTDOWN`, and later calls end so at once.
   */
  readonly shutdownSignal?: AbortSignal;
}

/**
 * The transport of an `upstream` client: base URL and token checked, each limit given or defaulted, and
 * the token sent only in the `Authorization` header, as `authorization(token)` spells it.
 */
export function createTransport(
  upstream: string,
  options: TransportOptions,
  defaults: HttpTransportLimits,
  authorization: (token: string) => string,
): HttpTransport {
  const baseUrl = parseBaseUrl(options.baseUrl, upstream);
  const token = checkToken(options.token, upstream);
  const limit = (name: keyof HttpTransportLimits) => positive(options[name], defaults[name], name);
  return new HttpTransport({
    baseUrl,
    headers: { authorization: authorization(token) },
    connectTimeoutMs: limit('connectTimeoutMs'),
    headersTimeoutMs: limit('headersTimeoutMs'),
    bodyTimeoutMs: limit('bodyTimeoutMs'),
    maxBodyBytes: limit('maxBodyBytes'),
    keepAliveTimeoutMs: limit('keepAliveTimeoutMs'),
    dispatcher: options.dispatcher,
  });
}
