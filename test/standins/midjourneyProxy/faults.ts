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
  | { readonly type: 'delay'; readonly ms: number };

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
} as const;

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
export function performFault(fault: Exclude<ProxyFault, { type: 'delay' }>, res: ServerResponse): void {
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
