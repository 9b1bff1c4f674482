/**
 * METRICS_PORT: the bot must be able to listen there, or a bot of ours already does (a doctor run next to
 * the running bot). Something else on the port would stop the bot at start.
 */
import { createServer } from 'node:net';
import type { Config } from '../../config.js';
import { type CheckName, type CheckResult, failed, oneLine, passed, warned } from './report.js';
import type { CheckGroup } from './runGroups.js';

const PORT: CheckName = { id: 'metricsPort', title: 'Metrics port' };
const HEALTH_WAIT_MS = 3_000;

export function metricsPortCheck(config: Config): CheckGroup {
  return {
    checks: [PORT],
    service: 'the metrics port',
    async run(report, signal) {
      report(await checkPort(config.metricsPort, config.metricsHost, signal));
    },
  };
}

async function checkPort(port: number | undefined, host: string, signal: AbortSignal): Promise<CheckResult> {
  if (port === undefined) return passed(PORT, 'METRICS_PORT is not set: no health or metrics listener');
  if (port === 0) return passed(PORT, 'METRICS_PORT=0: the bot listens on a free port it picks at start');
  const where = `${host}:${port}`;
  const problem = await tryListen(port, host);
  if (problem === undefined) return passed(PORT, `${where} is free for the health and metrics listener`);
  if (problem === 'EADDRINUSE') return whoServes(port, host, signal);
  if (problem === 'EADDRNOTAVAIL' || problem === 'ENOTFOUND' || problem === 'EAI_AGAIN') {
    return failed(
      PORT,
      `cannot listen on ${where}: ${host} is not an address of this machine`,
      'set METRICS_HOST to 127.0.0.1 (this machine only) or 0.0.0.0 (every interface)',
    );
  }
  if (problem === 'EACCES') {
    return failed(PORT, `not allowed to listen on ${where}`, 'choose a METRICS_PORT of 1024 or above');
  }
  return failed(PORT, `cannot listen on ${where} (${problem})`, 'choose another METRICS_PORT');
}

/** Listens and stops at once; resolves to the error code when it could not. */
function tryListen(port: number, host: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.name));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(undefined)));
  });
}

/** The port is taken: by a bot of ours (its `/healthz` answers as ours does), or by something else. */
async function whoServes(port: number, host: string, signal: AbortSignal): Promise<CheckResult> {
  const where = `${host}:${port}`;
  const health = await readHealth(`http://${probeHost(host)}:${port}/healthz`, signal);
  if (health?.status === 'ok') return passed(PORT, `${where} is served by a running bot (healthz: ok)`);
  if (health?.status === 'unavailable') {
    return warned(PORT, `${where} is served by a running bot that reports itself unhealthy`, {
      details: [`healthz: ${oneLine(String(health.reason ?? 'no reason given'), 200)}`],
      fix: 'look at that bot’s logs',
    });
  }
  return failed(
    PORT,
    `${where} is taken by something other than this bot`,
    'choose another METRICS_PORT, or stop what listens there',
  );
}

/** Our `/healthz` body (`{"status":"ok"}` or `{"status":"unavailable","reason":…}`), else undefined. */
async function readHealth(
  url: string,
  signal: AbortSignal,
): Promise<{ status?: unknown; reason?: unknown } | undefined> {
  try {
    const response = await fetch(url, {
      redirect: 'manual',
      signal: AbortSignal.any([signal, AbortSignal.timeout(HEALTH_WAIT_MS)]),
    });
    if (response.status !== 200 && response.status !== 503) return undefined;
    const body = (await response.json()) as unknown;
    return typeof body === 'object' && body !== null ? (body as { status?: unknown }) : undefined;
  } catch {
    return undefined;
  }
}

/** Where to reach a listener bound to `host` from this machine. */
function probeHost(host: string): string {
  if (host === '0.0.0.0') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}
