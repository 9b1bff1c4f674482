/**
 * Checks on an upstream client's constructor options. The messages name the upstream and the option,
 * never the value: a base URL may carry credentials and a token is a secret.
 */

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
