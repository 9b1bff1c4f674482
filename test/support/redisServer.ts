import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { closedPort } from './closedPort.js';

/** A real `redis-server` on 127.0.0.1, started for a test file and stopped after it. */
export interface RedisServer {
  url: string;
  port: number;
  /** Stops it abruptly (SIGKILL), as a crashed or unplugged Redis would go. */
  kill(): Promise<void>;
  /** Starts it again on the same port (after `kill`); data kept in memory is gone, as in production without persistence. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

const hasRedisServer = spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;

/**
 * Why the Redis suites cannot run here, or undefined when they can. On CI a missing binary is a failure,
 * never a skip: `.ci/run` installs it, so its absence means the pipeline is broken.
 */
export function redisUnavailableReason(): string | undefined {
  if (hasRedisServer) return undefined;
  if (process.env.CI) throw new Error('redis-server is not installed, but CI must run the Redis suites');
  const reason =
    'SKIPPED: redis-server is not installed; `apt-get install redis-server` to run the Redis suites';
  console.warn(reason);
  return reason;
}

async function waitUntilReady(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) {
        child.stdout?.off('data', onData);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) =>
      reject(new Error(`redis-server exited (${code}) before it was ready:\n${output}`)),
    );
  });
}

/** Starts a throwaway redis-server without persistence in its own temporary directory. */
export async function startRedisServer(): Promise<RedisServer> {
  const port = await closedPort();
  const dir = mkdtempSync(join(tmpdir(), 'mj-redis-'));
  let child: ChildProcess | undefined;
  const launch = async () => {
    child = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await waitUntilReady(child);
  };
  const halt = async (signal: NodeJS.Signals) => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      running.once('exit', () => resolve());
      running.kill(signal);
    });
  };
  await launch();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    kill: () => halt('SIGKILL'),
    restart: launch,
    stop: async () => {
      await halt('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * For a `describe` block: a redis-server started before its tests and stopped after them. Returns a getter,
 * since the server exists only once the suite's hooks have run.
 */
export function redisServerForSuite(): () => RedisServer {
  let redis: RedisServer | undefined;
  beforeAll(async () => {
    redis = await startRedisServer();
  });
  afterAll(async () => {
    await redis?.stop();
  });
  return () => {
    if (!redis) throw new Error('the suite’s redis-server has not started');
    return redis;
  };
}
