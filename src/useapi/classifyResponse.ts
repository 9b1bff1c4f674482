/**
 * Maps one HTTP response to an outcome. Pure: no I/O, the clock comes in as an argument, so every status
 * and body shape is unit-testable and the transport never branches on status codes itself.
 */
import { parseJson, type RawResponse } from '../upstream/http/responseBody.js';
import type { ClassifiedOutcome } from '../upstream/outcomes.js';
import type { BodyReader } from './bodyReaders.js';
import { routeIsGone, speaksOfShutdown } from './discontinued.js';
import { parseRetryAfter } from './retryAfter.js';
import { type JobResponse, jobResponseSchema } from './schemas.js';

/** useapi.net's status for "account flagged by Midjourney moderation or CAPTCHA". */
export const MODERATION_STATUS = 596;

/**
 * Classifies a response. 596 is recognised by the HTTP status alone, whatever the body says, because
 * useapi.net sends it in two body shapes and the text is not a contract.
 *
 * @param raw - status, headers and (possibly truncated) body text
 * @param readSuccess - how to turn a 2xx body into the success value for this route
 * @param nowMs - current epoch ms, for `Retry-After` HTTP dates
 */
export function classifyResponse<T>(
  raw: RawResponse,
  readSuccess: BodyReader<T>,
  nowMs: number,
): ClassifiedOutcome<T> {
  const { status } = raw;
  // Before anything else: a route that is gone is no channel's 404.
  if (routeIsGone(raw))
    return { kind: 'discontinued', status, upstreamMessage: upstreamText(readErrorBody(raw)) };

  if (status >= 200 && status < 300) {
    const read = readSuccess(raw);
    if (read.ok) return { kind: 'success', value: read.value, status };
    // A page announcing the end where the API's JSON belongs.
    if (speaksOfShutdown(raw.body)) return { kind: 'discontinued', status };
    return { kind: 'unavailable', reason: read.reason, status };
  }

  const envelope = readErrorBody(raw);
  const upstreamMessage = upstreamText(envelope);
  // useapi.net's own error saying the API is gone (429 and 596 are the API working: see the switch).
  if (
    status >= 400 &&
    status < 500 &&
    status !== 429 &&
    (speaksOfShutdown(envelope?.error) || speaksOfShutdown(envelope?.errorDetails))
  )
    return { kind: 'discontinued', status, upstreamMessage };

  switch (status) {
    case MODERATION_STATUS:
      // useapi.net cannot tell a CAPTCHA from a moderation message: both are the same 596.
      return {
        kind: 'moderation',
        cause: 'moderation',
        status,
        shape: looksLikeJob(envelope) ? 'job' : 'plain',
        upstreamMessage,
      };
    case 429:
      return {
        kind: 'busy',
        status,
        retryAfterMs: parseRetryAfter(raw.headers['retry-after'], nowMs),
        upstreamMessage,
      };
    case 401:
      return { kind: 'unauthorized', status, upstreamMessage };
    case 402:
      return { kind: 'noSubscription', status, upstreamMessage };
    // useapi.net's 2023 page documents the "channel value is missing" body under 412, the current one
    // under 400: both mean the request itself was wrong.
    case 400:
    case 412:
      return { kind: 'badRequest', status, upstreamMessage };
    case 404:
      return { kind: 'notFound', status, upstreamMessage };
    default:
      return {
        kind: 'unavailable',
        reason: 'status',
        status,
        retryAfterMs: parseRetryAfter(raw.headers['retry-after'], nowMs),
      };
  }
}

/** The error envelope if the body is a JSON object, else `undefined` (HTML error pages, empty bodies). */
function readErrorBody(raw: RawResponse): JobResponse | undefined {
  if (raw.bodyTruncated || raw.body.length === 0) return undefined;
  const parsed = parseJson(raw.body);
  if (!parsed.ok) return undefined;
  const envelope = jobResponseSchema.safeParse(parsed.value);
  return envelope.success ? envelope.data : undefined;
}

/** `errorDetails` says more than `error` when both are sent (596 job shape: "Pending mod message"). */
function upstreamText(envelope: JobResponse | undefined): string | undefined {
  const details = envelope?.errorDetails?.trim();
  if (details) return details;
  const error = envelope?.error?.trim();
  return error || undefined;
}

function looksLikeJob(envelope: JobResponse | undefined): boolean {
  if (!envelope) return false;
  return (
    envelope.jobid !== undefined ||
    envelope.jobId !== undefined ||
    envelope.verb !== undefined ||
    envelope.status !== undefined
  );
}
