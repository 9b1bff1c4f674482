/**
 * Which connection failures prove a request never reached the upstream: those that happen before a
 * connection exists, so nothing was written. A reset or a close after connecting proves nothing: the
 * upstream may have read the request and acted on it before the connection broke.
 */

/**
 * Nothing listening, a name that did not resolve, no route, no connection within the connect timeout, or
 * the client already closed (the transport's own `CLIENT_CLOSED`).
 */
const NEVER_CONNECTED: ReadonlySet<string> = new Set([
  'CLIENT_CLOSED',
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** True when a connection failure's `detail` code (see `HttpTransport`) proves the request was never sent. */
export function neverConnected(detail: string | undefined): boolean {
  return detail !== undefined && NEVER_CONNECTED.has(detail);
}
