/**
 * Maps one midjourney-proxy admin response to an outcome. Pure: no I/O, so every status and body shape is a
 * plain unit test and the client never branches on status codes itself.
 *
 * How the proxy answers (docs/midjourney-proxy.md): a refused token is 401 (403 for an unusable user) with a
 * plain-text body; a `LogicException` is HTTP 200 with `{success: false, code: -1, message}` in Chinese;
 * any other exception is HTTP 500 with the same envelope and "操作失败"; some GETs return the raw object.
 */
import { parseJson, type RawResponse } from '../http/responseBody.js';
import type { ClassifiedFailure, ClassifiedOutcome } from '../outcomes.js';
import { CLICK_REFUSALS } from './clickRefusals.js';
import { resultEnvelopeSchema } from './schemas.js';

/** Turns a parsed 2xx JSON body into the route's success value, or `undefined` when it is not one. */
export type JsonReader<T> = (json: unknown) => T | undefined;

/** Longest stretch of the proxy's words kept in an outcome (its messages can embed a whole payload). */
export const UPSTREAM_MESSAGE_LIMIT = 300;

/**
 * The proxy's `message` texts the bot tells apart (source paths in docs/midjourney-proxy.md). Anything
 * else in a `success: false` envelope is the proxy refusing the operation: `badRequest` with its words.
 */
export const PROXY_MESSAGES = {
  /** TaskService: no live Discord session for the account (disconnected, reconnecting, or locked). */
  noLiveInstance: '无可用的账号实例',
  /** AdminController / TaskService: the account id is unknown. */
  accountMissing: ['账号不存在', '未找到账号实例'],
  /** AdminController: the token's user is not an admin and the proxy runs in demo mode. */
  demoMode: '演示模式',
  /** AdminController.SyncAccount: the sync was refused or failed (throttled, Discord error). */
  syncFailed: CLICK_REFUSALS.syncFailed,
} as const;

/** Classifies a response; `read` decides what a usable 2xx body is for the route. */
export function classifyProxyResponse<T>(raw: RawResponse, read: JsonReader<T>): ClassifiedOutcome<T> {
  const { status } = raw;
  if (status === 401 || status === 403) {
    return { kind: 'unauthorized', status, upstreamMessage: plainText(raw) };
  }
  if (raw.bodyTruncated) return { kind: 'unavailable', reason: 'bodyTooLarge', status };
  const parsed = raw.body.length === 0 ? { ok: false as const } : parseJson(raw.body);
  const envelope = parsed.ok ? resultEnvelopeSchema.safeParse(parsed.value) : undefined;
  const message = envelope?.success ? cap(envelope.data.message) : undefined;

  if (status >= 200 && status < 300) {
    if (!parsed.ok) return { kind: 'unavailable', reason: 'invalidBody', status };
    if (envelope?.success && !envelope.data.success) return classifyRefusal(message, status);
    const value = read(parsed.value);
    return value === undefined
      ? { kind: 'unavailable', reason: 'invalidBody', status }
      : { kind: 'success', value, status };
  }
  if (status === 429) return { kind: 'busy', status, upstreamMessage: message };
  return { kind: 'unavailable', reason: 'status', status, upstreamMessage: message };
}

/** What a `success: false` envelope means, by the proxy's message. */
export function classifyRefusal(message: string | undefined, status?: number): ClassifiedFailure {
  const text = message ?? '';
  if (text.includes(PROXY_MESSAGES.noLiveInstance)) {
    return { kind: 'unavailable', reason: 'accountOffline', status, upstreamMessage: message };
  }
  if (PROXY_MESSAGES.accountMissing.some((missing) => text.includes(missing))) {
    return { kind: 'notFound', status, upstreamMessage: message };
  }
  if (text.includes(PROXY_MESSAGES.demoMode))
    return { kind: 'unauthorized', status, upstreamMessage: message };
  if (text.includes(PROXY_MESSAGES.syncFailed)) return { kind: 'busy', status, upstreamMessage: message };
  // Discord's refusals of a click, relayed by the proxy (DiscordService.cs:3949-4037).
  if (text.startsWith(CLICK_REFUSALS.tooManyRequests))
    return { kind: 'busy', status, upstreamMessage: message };
  if (text.includes(CLICK_REFUSALS.accountDisabled)) {
    return { kind: 'accountDisabled', status, upstreamMessage: message };
  }
  return { kind: 'badRequest', status, upstreamMessage: message };
}

/** The 401/403 text ("账号无权限"), when the body is short plain text rather than a page. */
function plainText(raw: RawResponse): string | undefined {
  if (raw.bodyTruncated || /^\s*</.test(raw.body)) return undefined;
  return cap(raw.body);
}

function cap(text: string | null | undefined): string | undefined {
  const trimmed = text?.trim();
  if (!trimmed) return undefined;
  const chars = [...trimmed];
  return chars.length > UPSTREAM_MESSAGE_LIMIT
    ? `${chars.slice(0, UPSTREAM_MESSAGE_LIMIT - 1).join('')}…`
    : trimmed;
}
