import type { FaultSpec, RateLimitSpec } from './types.js';

/** A Discord JSON error response. */
export interface DiscordErrorResponse {
  status: number;
  body: { code: number; message: string; errors?: unknown };
}

function error(status: number, code: number, message: string): DiscordErrorResponse {
  return { status, body: { code, message } };
}

/**
 * The error answers Discord gives, as the stand-in sends them; each is also a ready {@link FaultSpec}
 * for `failNext`.
 */
export const discordErrors = {
  unauthorized: error(401, 0, '401: Unauthorized'),
  notFound: error(404, 0, '404: Not Found'),
  methodNotAllowed: error(405, 0, '405: Method Not Allowed'),
  unknownChannel: error(404, 10_003, 'Unknown Channel'),
  unknownMember: error(404, 10_007, 'Unknown Member'),
  unknownMessage: error(404, 10_008, 'Unknown Message'),
  unknownWebhook: error(404, 10_015, 'Unknown Webhook'),
  unknownInteraction: error(404, 10_062, 'Unknown interaction'),
  missingAccess: error(403, 50_001, 'Missing Access'),
  cannotSendEmptyMessage: error(400, 50_006, 'Cannot send an empty message'),
  missingPermissions: error(403, 50_013, 'Missing Permissions'),
  invalidFormBody: error(400, 50_035, 'Invalid Form Body'),
  invalidJson: error(400, 50_109, 'The request body contains invalid JSON.'),
  alreadyAcknowledged: error(400, 40_060, 'Interaction has already been acknowledged.'),
  internalServerError: error(500, 0, '500: Internal Server Error'),
  badGateway: error(502, 0, '502: Bad Gateway'),
  serviceUnavailable: error(503, 0, '503: Service Unavailable'),
} as const satisfies Record<string, DiscordErrorResponse>;

/** Whether a handler's result is an error answer. */
export function isDiscordError(value: unknown): value is DiscordErrorResponse {
  return typeof value === 'object' && value !== null && 'status' in value && 'body' in value;
}

/** A 400 Invalid Form Body naming the offending field, shaped like Discord's. */
export function invalidFormBody(field: string, code: string, message: string): DiscordErrorResponse {
  const errors: Record<string, unknown> = {};
  let node = errors;
  const parts = field.split('.');
  parts.forEach((part, index) => {
    if (index === parts.length - 1) node[part] = { _errors: [{ code, message }] };
    else {
      const child: Record<string, unknown> = {};
      node[part] = child;
      node = child;
    }
  });
  return { status: 400, body: { ...discordErrors.invalidFormBody.body, errors } };
}

/**
 * A 429 as Discord sends it: `retry_after` (seconds, fractional) and `global` in the body, `Retry-After`
 * and `X-RateLimit-*` headers. The header carries fractional seconds too so tests stay fast;
 * @discordjs/rest reads it with `Number()`.
 */
export function rateLimitFault(spec: RateLimitSpec = {}): FaultSpec {
  const { retryAfterMs = 100, global = false, scope = global ? 'global' : 'user', times = 1 } = spec;
  const seconds = retryAfterMs / 1_000;
  const headers: Record<string, string> = {
    'retry-after': String(seconds),
    'x-ratelimit-limit': '5',
    'x-ratelimit-remaining': '0',
    'x-ratelimit-reset': ((Date.now() + retryAfterMs) / 1_000).toFixed(3),
    'x-ratelimit-reset-after': seconds.toFixed(3),
    'x-ratelimit-bucket': 'stand-in-bucket',
    'x-ratelimit-scope': scope,
  };
  if (global) headers['x-ratelimit-global'] = 'true';
  return {
    status: 429,
    headers,
    times,
    body: { message: 'You are being rate limited.', retry_after: seconds, global },
  };
}
