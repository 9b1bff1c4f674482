/**
 * Parses an HTTP `Retry-After` value (RFC 9110 §10.2.3): either delay-seconds or an HTTP date.
 *
 * @param value - the header value; an array (repeated header) uses its first entry
 * @param nowMs - the current time in epoch ms, passed in so the function stays pure
 * @returns the wait in ms (never negative), or `undefined` when absent or unreadable
 */
export function parseRetryAfter(
  value: string | readonly string[] | undefined,
  nowMs: number,
): number | undefined {
  const raw = (typeof value === 'string' ? value : value?.[0])?.trim();
  if (!raw) return undefined;
  if (/^\d+$/.test(raw)) {
    const seconds = Number(raw);
    return Number.isSafeInteger(seconds) ? seconds * 1_000 : undefined;
  }
  // Only an HTTP date is allowed besides seconds; a bare number with a fraction or sign is malformed.
  if (!/[a-z]/i.test(raw)) return undefined;
  const at = Date.parse(raw);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}
