/**
 * The operations listener: `GET /healthz` for a supervisor or load balancer, `GET /metrics` for Prometheus.
 * Plain `node:http`, because two read-only routes do not justify a framework in the bot's process.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../log.js';
import type { RenderedMetrics } from './metrics.js';

/** What `/healthz` reports: healthy, or not and why (the reason is shown to whoever asks). */
export interface HealthStatus {
  readonly ok: boolean;
  readonly reason?: string;
}

/** Options of {@link startHealthServer}. */
export interface HealthServerOptions {
  /** Port to listen on; 0 picks a free one (read it back from the returned `port`). */
  readonly port: number;
  /**
   * Interface to bind; default `127.0.0.1`, this machine only: the listener has no authentication, and
   * `/metrics` is not for the internet. `0.0.0.0` (or `::`) lets a scraper on another host in.
   */
  readonly host?: string;
  /** Renders `/metrics`; a `BotMetrics` fits. */
  readonly metrics: { render(): Promise<RenderedMetrics> };
  /**
   * Whether the bot can serve users now (e.g. connected to the gateway). It gets `checkTimeoutMs` to
   * answer; throwing, rejecting or running late all count as unhealthy.
   */
  readonly checkHealth: () => Promise<HealthStatus>;
  /** Default 2 s: a probe that waits longer usually gives up on its own first. */
  readonly checkTimeoutMs?: number;
  /** Hears failures of the check and of rendering; nothing is logged for ordinary requests. */
  readonly logger?: Pick<Logger, 'warn' | 'error'>;
}

/** A running listener. */
export interface HealthServer {
  /** The port actually bound (useful with `port: 0`). */
  readonly port: number;
  /** The address actually bound, e.g. `127.0.0.1` or `0.0.0.0`. */
  readonly address: string;
  /** Stops listening and drops open connections, so a shutdown never waits on a keep-alive scraper. */
  close(): Promise<void>;
}

/** Defaults of {@link HealthServerOptions}. */
export const HEALTH_SERVER_DEFAULTS = {
  host: '127.0.0.1',
  checkTimeoutMs: 2_000,
} as const satisfies Required<Pick<HealthServerOptions, 'host' | 'checkTimeoutMs'>>;

// A client that trickles its request gets dropped instead of holding a socket open.
const REQUEST_TIMEOUT_MS = 10_000;
// Open sockets at most (more are closed at once): a flood of scrapers cannot use up the file descriptors
// the bot needs for Discord and its upstream. Far above what a supervisor and a Prometheus ever hold.
const MAX_CONNECTIONS = 256;
const ALLOWED_METHODS = 'GET, HEAD';

type Answer = { status: number; contentType: string; body: string; headers?: Record<string, string> };

const json = (status: number, value: unknown, headers?: Record<string, string>): Answer => ({
  status,
  contentType: 'application/json; charset=utf-8',
  body: JSON.stringify(value),
  ...(headers && { headers }),
});

/**
 * Runs the check with a deadline. Never rejects: a failing or late check is the unhealthy answer itself.
 * The late check is left to finish on its own; its result is dropped.
 */
async function runCheck(
  check: () => Promise<HealthStatus>,
  timeoutMs: number,
  logger: HealthServerOptions['logger'],
): Promise<HealthStatus> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<HealthStatus>((resolve) => {
    timer = setTimeout(
      () => resolve({ ok: false, reason: `health check did not answer within ${timeoutMs} ms` }),
      timeoutMs,
    );
  });
  const checked = (async () => check())().then(
    (status): HealthStatus =>
      status?.ok === true
        ? { ok: true }
        : { ok: false, reason: typeof status?.reason === 'string' ? status.reason : 'unhealthy' },
    (error: unknown): HealthStatus => {
      // The error's own text stays in the log: /healthz may be reachable by anyone on the network.
      logger?.warn({ err: error }, 'health check failed');
      return { ok: false, reason: 'health check failed' };
    },
  );
  try {
    return await Promise.race([checked, late]);
  } finally {
    clearTimeout(timer);
  }
}

async function answer(request: IncomingMessage, options: HealthServerOptions): Promise<Answer> {
  const path = (request.url ?? '/').split('?', 1)[0];
  if (path !== '/healthz' && path !== '/metrics') return json(404, { error: 'not found' });
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return json(405, { error: 'method not allowed' }, { allow: ALLOWED_METHODS });
  }
  if (path === '/metrics') {
    const { contentType, body } = await options.metrics.render();
    return { status: 200, contentType, body };
  }
  const health = await runCheck(
    options.checkHealth,
    options.checkTimeoutMs ?? HEALTH_SERVER_DEFAULTS.checkTimeoutMs,
    options.logger,
  );
  return health.ok
    ? json(200, { status: 'ok' })
    : json(503, { status: 'unavailable', reason: health.reason });
}

function send(response: ServerResponse, { status, contentType, body, headers }: Answer): void {
  response.writeHead(status, {
    ...headers,
    'content-type': contentType,
    'content-length': Buffer.byteLength(body),
    // A cached health answer or scrape is a wrong one.
    'cache-control': 'no-store',
  });
  response.end(body);
}

/**
 * Starts the listener and resolves once it is bound (rejects if it cannot bind, e.g. the port is taken).
 *
 * - `GET /healthz`: 200 `{"status":"ok"}`, or 503 `{"status":"unavailable","reason":"..."}`.
 * - `GET /metrics`: the Prometheus text from `metrics.render()`.
 * - other paths 404; methods other than GET (and HEAD, which HTTP requires wherever GET works) 405.
 *
 * @example
 * const health = await startHealthServer({ port: config.metricsPort, metrics, checkHealth, logger });
 * // on shutdown:
 * await health.close();
 */
export async function startHealthServer(options: HealthServerOptions): Promise<HealthServer> {
  const server = createServer((request, response) => {
    // The body is never read; draining it lets the connection be reused.
    request.resume();
    // The handler must never throw or leave an unhandled rejection: it runs inside the bot's process.
    answer(request, options)
      .catch((error: unknown): Answer => {
        options.logger?.error({ err: error, path: request.url }, 'operations endpoint failed');
        return json(500, { error: 'internal error' });
      })
      .then((result) => {
        if (!response.headersSent) send(response, result);
      })
      .catch(() => response.destroy());
  });
  server.requestTimeout = REQUEST_TIMEOUT_MS;
  server.headersTimeout = REQUEST_TIMEOUT_MS;
  server.maxConnections = MAX_CONNECTIONS;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? HEALTH_SERVER_DEFAULTS.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  // After start, a server error (rare: e.g. EMFILE on accept) is logged rather than crashing the bot.
  server.on('error', (error) => options.logger?.error({ err: error }, 'operations listener error'));

  const { port, address } = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;
  return {
    port,
    address,
    close() {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
