import { request } from 'node:http';
import { networkInterfaces } from 'node:os';
import pino from 'pino';
import { afterEach, expect, test } from 'vitest';
import {
  type HealthServer,
  type HealthServerOptions,
  startHealthServer,
} from '../../src/ops/healthServer.js';
import { createMetrics } from '../../src/ops/metrics.js';

const servers: HealthServer[] = [];

/** A real pino logger whose JSON lines are kept in memory. */
function memoryLogger(): { logger: pino.Logger; lines: () => Array<Record<string, unknown>> } {
  const written: string[] = [];
  const logger = pino({ level: 'warn' }, { write: (line: string) => written.push(line) });
  return { logger, lines: () => written.map((line) => JSON.parse(line) as Record<string, unknown>) };
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function start(options: Partial<HealthServerOptions> = {}): Promise<{ base: string; port: number }> {
  const server = await startHealthServer({
    port: 0,
    host: '127.0.0.1',
    metrics: createMetrics({ processMetrics: false }),
    checkHealth: async () => ({ ok: true }),
    ...options,
  });
  servers.push(server);
  return { base: `http://127.0.0.1:${server.port}`, port: server.port };
}

/** An address of this machine other than loopback, if it has one: where another host would connect. */
const outsideAddress = Object.values(networkInterfaces())
  .flat()
  .find((address) => address?.family === 'IPv4' && !address.internal)?.address;

async function startOn(host: string | undefined): Promise<HealthServer> {
  const server = await startHealthServer({
    port: 0,
    ...(host && { host }),
    metrics: createMetrics({ processMetrics: false }),
    checkHealth: async () => ({ ok: true }),
  });
  servers.push(server);
  return server;
}

test('by default the listener binds 127.0.0.1 only, so other hosts cannot reach it', async () => {
  const server = await startOn(undefined);
  expect(server.address).toBe('127.0.0.1');
  expect((await fetch(`http://127.0.0.1:${server.port}/healthz`)).status).toBe(200);
  if (outsideAddress) {
    await expect(fetch(`http://${outsideAddress}:${server.port}/healthz`)).rejects.toThrow();
  }
});

test('host 0.0.0.0 binds every interface', async () => {
  const server = await startOn('0.0.0.0');
  expect(server.address).toBe('0.0.0.0');
  expect((await fetch(`http://127.0.0.1:${server.port}/healthz`)).status).toBe(200);
  if (outsideAddress) {
    expect((await fetch(`http://${outsideAddress}:${server.port}/healthz`)).status).toBe(200);
  }
});

test('port 0 binds a free port and reports the one it got', async () => {
  const { port } = await start();
  expect(port).toBeGreaterThan(0);
});

test('Prometheus scrapes the recorded values from /metrics', async () => {
  const metrics = createMetrics();
  metrics.recordInteraction('turbo', 'switched');
  metrics.observeUpstream('turbo', { kind: 'busy', status: 429, durationMs: 300, attempts: 2 }, 'useapi');
  metrics.recordHalt();
  metrics.setHaltedChannels(2);
  const { base } = await start({ metrics });

  const response = await fetch(`${base}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  const body = await response.text();
  expect(body).toContain('mj_speed_interactions_total{subcommand="turbo",outcome="switched"} 1\n');
  expect(body).toContain(
    'mj_speed_upstream_request_duration_seconds_bucket{le="0.5",verb="turbo",status="429",upstream="useapi"} 1\n',
  );
  expect(body).toContain(
    'mj_speed_upstream_request_duration_seconds_count{verb="turbo",status="429",upstream="useapi"} 1\n',
  );
  expect(body).toContain('mj_speed_moderation_halts_total 1\n');
  expect(body).toContain('mj_speed_halted_channels 2\n');
  expect(body).toMatch(/^process_resident_memory_bytes \d+/m);
});

test('/healthz answers 200 ok while the bot is healthy', async () => {
  const { base } = await start();
  const response = await fetch(`${base}/healthz`);
  expect(response.status).toBe(200);
  expect(response.headers.get('cache-control')).toBe('no-store');
  expect(await response.json()).toEqual({ status: 'ok' });
});

test('/healthz answers 503 with the reason the bot gave when it is not healthy', async () => {
  const { base } = await start({ checkHealth: async () => ({ ok: false, reason: 'gateway disconnected' }) });
  const response = await fetch(`${base}/healthz`);
  expect(response.status).toBe(503);
  expect(await response.json()).toEqual({ status: 'unavailable', reason: 'gateway disconnected' });
});

test('a health check that throws makes /healthz 503 without showing the error text', async () => {
  const { logger, lines } = memoryLogger();
  const { base } = await start({
    checkHealth: async () => {
      throw new Error('redis://:hunter2@db down');
    },
    logger,
  });
  const response = await fetch(`${base}/healthz`);
  expect(response.status).toBe(503);
  const text = await response.text();
  expect(JSON.parse(text)).toEqual({ status: 'unavailable', reason: 'health check failed' });
  expect(text).not.toContain('hunter2');
  expect(lines()).toMatchObject([
    { msg: 'health check failed', err: { message: 'redis://:hunter2@db down' } },
  ]);
});

test('a health check that hangs makes /healthz 503 within the 2 s check timeout', async () => {
  const { base } = await start({ checkHealth: () => new Promise(() => {}) });
  const started = performance.now();
  const response = await fetch(`${base}/healthz`);
  const elapsed = performance.now() - started;
  expect(response.status).toBe(503);
  expect(await response.json()).toEqual({
    status: 'unavailable',
    reason: 'health check did not answer within 2000 ms',
  });
  expect(elapsed).toBeGreaterThanOrEqual(1_900);
  expect(elapsed).toBeLessThan(4_000);
});

test('unknown paths answer 404', async () => {
  const { base } = await start();
  for (const path of ['/', '/health', '/metrics/extra']) {
    const response = await fetch(`${base}${path}`);
    expect(response.status, path).toBe(404);
    await response.body?.cancel();
  }
});

test('methods other than GET answer 405 and name the allowed ones', async () => {
  const { base } = await start();
  const response = await fetch(`${base}/metrics`, { method: 'POST', body: 'x' });
  expect(response.status).toBe(405);
  expect(response.headers.get('allow')).toBe('GET, HEAD');
  await response.body?.cancel();
});

test('a query string does not change the route', async () => {
  const { base } = await start();
  const response = await fetch(`${base}/healthz?probe=1`);
  expect(response.status).toBe(200);
  await response.body?.cancel();
});

test('a metrics failure answers 500 and the listener keeps serving', async () => {
  const { logger, lines } = memoryLogger();
  const { base } = await start({
    metrics: {
      render: async () => {
        throw new Error('collector broke');
      },
    },
    logger,
  });
  const failed = await fetch(`${base}/metrics`);
  expect(failed.status).toBe(500);
  await failed.body?.cancel();
  expect(lines()).toMatchObject([{ msg: 'operations endpoint failed', path: '/metrics' }]);
  expect((await fetch(`${base}/healthz`)).status).toBe(200);
});

test('starting on a port already in use fails instead of serving nothing', async () => {
  const { port } = await start();
  await expect(
    startHealthServer({
      port,
      host: '127.0.0.1',
      metrics: createMetrics({ processMetrics: false }),
      checkHealth: async () => ({ ok: true }),
    }),
  ).rejects.toMatchObject({ code: 'EADDRINUSE' });
});

test('close() returns promptly even while a scraper holds a keep-alive connection', async () => {
  const server = await startHealthServer({
    port: 0,
    host: '127.0.0.1',
    metrics: createMetrics({ processMetrics: false }),
    checkHealth: async () => ({ ok: true }),
  });
  await new Promise<void>((resolve, reject) => {
    const req = request(
      { port: server.port, host: '127.0.0.1', path: '/healthz', agent: undefined },
      (res) => {
        res.resume();
        res.on('end', resolve);
      },
    );
    req.setHeader('connection', 'keep-alive');
    req.on('error', reject);
    req.end();
  });
  const started = performance.now();
  await server.close();
  expect(performance.now() - started).toBeLessThan(1_000);
  await expect(fetch(`http://127.0.0.1:${server.port}/healthz`)).rejects.toThrow();
});
