/**
 * What an upstream response looks like once the transport has read it, and the JSON parsing every backend
 * does on it. No backend-specific shapes here: each backend's schemas decide what the JSON must contain.
 */

/** What the transport read: status, headers, and the body text, possibly cut off at the size cap. */
export interface RawResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | readonly string[] | undefined>>;
  readonly body: string;
  /** True when the body was longer than the cap and only its beginning is in `body`. */
  readonly bodyTruncated?: boolean;
}

/** `JSON.parse` that reports failure instead of throwing. */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** The body's JSON, or why there is none to read. A cut-off body is never parsed: a prefix is not the document. */
export function readJson(
  raw: RawResponse,
):
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly reason: 'invalidBody' | 'bodyTooLarge' } {
  if (raw.bodyTruncated) return { ok: false, reason: 'bodyTooLarge' };
  const parsed = parseJson(raw.body);
  return parsed.ok ? parsed : { ok: false, reason: 'invalidBody' };
}
