/**
 * METRICS_PORT: the bot must be able to listen there, or a bot of ours already does (a doctor run next to
 * the running bot). Something else on the port would stop the bot at start.
 *
 * The port is asked by connecting to it, never by listening on it: a listen, however short, holds the port,
 * and a bot (re)starting in that moment would fail to bind it (EADDRINUSE). Connecting cannot get in a
 * bot's way, works the same whatever the store (with Redis there is no file lock that says a bot runs), and
 * loses little: the doctor may not run as the bot's user, so its own listen never proved the bot could.
 */
import { lookup } from 'node:dns/promises';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import type { Config } from '../../config.js';
import { type CheckName, type CheckResult, failed, oneLine, passed, warned } from './report.js';
import type { CheckGroup } from './runGroups.js';

const PORT: CheckName = { id: 'metricsPort', title: 'Metrics port' };
const HEALTH_WAIT_MS = 3_000;
const CONNECT_WAIT_MS = 1_000;
/** Below it, Linux lets only root (or CAP_NET_BIND_SERVICE) listen, unless its sysctl says otherwise. */
const FIRST_UNPRIVILEGED_PORT = 1024;

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
  const addresses = await localAddresses(host);
  if (addresses.length === 0) {
    return failed(
      PORT,
      `cannot listen on ${where}: ${host} is not an address of this machine`,
      'set METRICS_HOST to 127.0.0.1 (this machine only) or 0.0.0.0 (every interface)',
    );
  }
  const answers = await Promise.all(addresses.map((address) => accepts(address, port, signal)));
  if (answers.includes(true)) return whoServes(port, host, signal);
  const howChecked =
    'nothing answers there (asked by connecting, never by listening, so a bot starting meanwhile is not disturbed)';
  if (port < FIRST_UNPRIVILEGED_PORT && process.getuid?.() !== 0) {
    return warned(PORT, `${where} is free, but ports below 1024 usually need root`, {
      fix: 'choose a METRICS_PORT of 1024 or above, or give the bot CAP_NET_BIND_SERVICE',
      details: [howChecked],
    });
  }
  return passed(PORT, `${where} is free for the health and metrics listener`, { details: [howChecked] });
}

/**
 * The addresses of this machine a listener on `host` would take: every interface's for a wildcard host,
 * else those `host` names that belong to an interface (none: the bot could not listen there).
 */
async function localAddresses(host: string): Promise<string[]> {
  const own = Object.values(networkInterfaces())
    .flat()
    .filter((entry) => entry !== undefined)
    // A link-local IPv6 address needs its interface named to be reached; the loopback covers this machine.
    .filter((entry) => !entry.address.toLowerCase().startsWith('fe80:'));
  if (host === '0.0.0.0') return own.filter((entry) => entry.family === 'IPv4').map((entry) => entry.address);
  if (host === '::') return own.map((entry) => entry.address);
  const named = await lookup(host, { all: true }).catch(() => []);
  const ownAddresses = new Set(own.map((entry) => entry.address));
  return named.map((entry) => entry.address).filter((address) => ownAddresses.has(address));
}

/** Whether something accepts a TCP connection at `address`:`port`. */
function accepts(address: string, port: number, signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: address, port, timeout: CONNECT_WAIT_MS, signal });
    const done = (answered: boolean) => {
      socket.destroy();
      resolve(answered);
    };
    socket.once('connect', () => done(true));
    socket.once('timeout', () => done(false));
    socket.once('error', () => done(false));
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
