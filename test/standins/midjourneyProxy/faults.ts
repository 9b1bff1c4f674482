/**
 * Requests as the midjourney-proxy stand-in records them, the faults a test can script, and the ways the
 * proxy answers (source: Result.cs, CustomLogicExceptionFilterAttribute.cs, SimpleAuthMiddleware.cs).
 */
import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import { sendJson } from '../discord/httpBody.js';
import { ticksOf } from './serverTime.js';

/** Which admin route a request hit. */
export type ProxyRoute = 'search' | 'account' | 'sync' | 'action' | 'captchaSolved' | 'enable' | 'other';

/** One request as received. */
export interface RecordedProxyRequest {
  /** 1, 2, 3... in arrival order. */
  readonly seq: number;
  readonly method: string;
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly headers: IncomingHttpHeaders;
  readonly rawBody: string;
  /** The parsed JSON body, or `undefined`. */
  readonly body: unknown;
  readonly route: ProxyRoute;
  /** The `{id}` path segment, decoded. */
  readonly accountId?: string;
}

/** A misbehaviour to answer with instead of the normal answer. */
export type ProxyFault =
  /** A `LogicException`: HTTP 200, `{success: false, code: -1, message}`. */
  | { readonly type: 'refuse'; readonly message: string }
  /** Any other exception: HTTP 500 with `{success: false, message: "操作失败"}`. */
  | { readonly type: 'serverError' }
  /** A page in front of the proxy (a reverse proxy's error page): HTML, not JSON. */
  | { readonly type: 'html'; readonly status: number }
  /** Never answers; the socket stays open until the client gives up or the stand-in closes. */
  | { readonly type: 'hang' }
  /** Drops the connection without a response (TCP reset). */
  | { readonly type: 'drop' }
  /** Answers normally, but only after `ms` (a proxy waiting on Discord). */
  | { readonly type: 'delay'; readonly ms: number }
  /**
   * Discord refuses the click's interaction with `status`; the proxy relays it in its own words
   * (DiscordService.PostJsonAndCheckStatusAsync, DS:3932-4045). Only the stand-in can perform it: a 403
   * disables the account.
   */
  | { readonly type: 'discord'; readonly status: DiscordRefusal }
  /**
   * A sync that fails once too often: more than 10 failures in an hour disable the account with
   * `同步失败超过限制` (DiscordService.cs:4311-4320), and the route answers `同步失败，请稍后重试`
   * (AdminController.cs:587-601). Only the stand-in can perform it.
   */
  | { readonly type: 'syncFailedOverLimit' };

/** The Discord statuses `PostJsonAndCheckStatusAsync` tells apart (DiscordService.cs:3949-4037). */
export type DiscordRefusal = 400 | 403 | 404 | 429;

/** A fault waiting for its requests. */
export interface ScriptedFault {
  readonly fault: ProxyFault;
  /** Only requests to this route; any when `undefined`. */
  readonly route?: ProxyRoute;
  remaining: number;
  /** Matching requests still to let through before the fault starts. */
  skip: number;
}

/** Builders for {@link ProxyFault}s. */
export const proxyFaults = {
  refuse: (message: string): ProxyFault => ({ type: 'refuse', message }),
  /** TaskService's "no live account instance". */
  noLiveInstance: (): ProxyFault => ({ type: 'refuse', message: '无可用的账号实例' }),
  serverError: (): ProxyFault => ({ type: 'serverError' }),
  html: (status = 502): ProxyFault => ({ type: 'html', status }),
  hang: (): ProxyFault => ({ type: 'hang' }),
  drop: (): ProxyFault => ({ type: 'drop' }),
  delay: (ms: number): ProxyFault => ({ type: 'delay', ms }),
  /** Discord refuses a click with `status` (route `action`). */
  discord: (status: DiscordRefusal): ProxyFault => ({ type: 'discord', status }),
  /** A sync that fails and disables the account (route `sync`). */
  syncFailedOverLimit: (): ProxyFault => ({ type: 'syncFailedOverLimit' }),
} as const;

/** The .NET `HttpStatusCode` names the proxy prefixes Discord's refusals with (`"{name}: {payload}"`, DS:4014). */
const STATUS_NAMES = { 400: 'BadRequest', 404: 'NotFound', 429: 'TooManyRequests' } as const;

/**
 * The proxy's answer to a click Discord refused with `status` (403 is answered by the stand-in, which also
 * disables the account). `payload` is the interaction it posted (Resources/ApiParams/settingbutton.json).
 */
export function discordRefusalMessage(status: Exclude<DiscordRefusal, 403>, payload: string): string {
  return `${STATUS_NAMES[status]}: ${payload}`;
}

/** DiscordService.cs:4017-4035: a 403 disables the account with this reason... */
export const FORBIDDEN_REASON = '请求没有操作权限';
/** ...and the route answers this. */
export const FORBIDDEN_ANSWER = '请求失败，禁用账号';

/** `Result.Ok(message?)` or `Result.Fail(message)` (code -1), as the admin routes send them. */
export function sendResult(res: ServerResponse, success: boolean, message?: string, status = 200): void {
  sendJson(res, status, {
    success,
    code: success ? 0 : -1,
    message: message ?? null,
    // DateTime.Now.Ticks as a string: the proxy host's local time (Result.cs:37).
    timestamp: ticksOf(res),
  });
}

/** `Response.WriteAsync(text)`: no content type, as the middleware's 401 answers. */
export function sendText(res: ServerResponse, status: number, text: string, contentType?: string): void {
  const bytes = Buffer.from(text, 'utf8');
  res.writeHead(status, {
    'content-length': String(bytes.length),
    ...(contentType ? { 'content-type': contentType } : {}),
  });
  res.end(bytes);
}

/** Answers with `fault`; a `delay` is the stand-in's to perform, since it answers normally afterwards. */
export function performFault(
  fault: Exclude<ProxyFault, { type: 'delay' | 'discord' | 'syncFailedOverLimit' }>,
  res: ServerResponse,
): void {
  switch (fault.type) {
    case 'refuse':
      sendResult(res, false, fault.message);
      return;
    case 'serverError':
      sendResult(res, false, '操作失败', 500);
      return;
    case 'html':
      sendText(
        res,
        fault.status,
        `<html><head><title>${fault.status}</title></head><body><h1>Bad Gateway</h1></body></html>`,
        'text/html; charset=utf-8',
      );
      return;
    case 'hang':
      return;
    case 'drop':
      res.socket?.resetAndDestroy();
      return;
  }
}

/** Which admin route a method and path hit, and the `{id}` segment. */
export function routeOf(method: string, path: string): { route: ProxyRoute; accountId?: string } {
  const match =
    /^\/mj\/admin\/(accounts|account|account-sync|account-action|account-cf|accounts-enable)(?:\/([^/]+))?$/.exec(
      path,
    );
  const [, name, rawId] = match ?? [];
  const accountId = rawId === undefined ? undefined : decodeURIComponent(rawId);
  const routes: Record<string, ProxyRoute> = {
    'POST accounts': 'search',
    'GET account': 'account',
    'POST account-sync': 'sync',
    'POST account-action': 'action',
    'POST account-cf': 'captchaSolved',
    'POST accounts-enable': 'enable',
  };
  const route = routes[`${method} ${name}`] ?? 'other';
  return { route, accountId };
}
