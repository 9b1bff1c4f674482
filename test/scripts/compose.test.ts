/**
 * compose.yaml as an operator runs it. No container engine runs here, so the file is read as text: each
 * image pinned, midjourney-proxy not run as root, and the Redis service's own start command run for real
 * against this machine's redis-server (the image's entrypoint replaced by one that runs its arguments).
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { waitFor } from '../standins/discord.js';
import { closedPort } from '../support/closedPort.js';
import { redisUnavailableReason } from '../support/redisServer.js';

const ROOT = join(import.meta.dirname, '..', '..');
const compose = readFileSync(join(ROOT, 'compose.yaml'), 'utf8');

/** The lines of a top-level service, `services.<name>` (two-space indented blocks). */
function service(name: string): string {
  const start = compose.indexOf(`\n  ${name}:\n`);
  if (start < 0) throw new Error(`no service ${name}`);
  const rest = compose.slice(start + 1);
  const end = rest.slice(1).search(/\n {2}[\w-]+:\n|\n\S/);
  return end < 0 ? rest : rest.slice(0, end + 1);
}

test('every image is pinned to a version, the proxy to the one docs/midjourney-proxy.md was checked against', () => {
  const images = [...compose.matchAll(/^\s+image: (\S+)$/gm)].map((match) => match[1] ?? '');
  const pulled = images.filter((image) => image !== 'mj-speed-bot');
  expect(pulled.length).toBeGreaterThan(0);
  for (const image of pulled) expect(image, image).toMatch(/:(?!latest$)[\w.-]+$/);
  expect(service('midjourney-proxy')).toContain('image: trueaiorg/midjourney-proxy:v11.10.3');
});

test("midjourney-proxy runs as its image's non-root user, on volumes handed to that user", () => {
  const proxy = service('midjourney-proxy');
  expect(proxy).not.toMatch(/^\s+user: (root|"?0)/m);
  expect(proxy).toContain('user: "1654:1654"');
  expect(proxy).toMatch(/midjourney-proxy-volumes:\n\s+condition: service_completed_successfully/);
  expect(service('midjourney-proxy-volumes')).toContain(
    'entrypoint: [chown, -R, "1654:1654", /app/data, /app/logs]',
  );
});

/** The redis service's command as the shell inside its container gets it (`$$` is compose's `$`). */
function redisCommand(): string {
  const block = service('redis');
  const folded = block.slice(block.indexOf('- >-\n') + 5).split('\n');
  const lines = folded.slice(
    0,
    folded.findIndex((line) => !line.startsWith('        ')),
  );
  return lines
    .map((line) => line.trim())
    .join(' ')
    .replaceAll('$$', '$');
}

const started: ChildProcess[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const child of started.splice(0)) child.kill('SIGKILL');
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Runs the redis service's command in a folder of its own, listening on `port`. */
function runRedisService(env: Record<string, string>, port: number): ChildProcess {
  const dir = mkdtempSync(join(tmpdir(), 'mj-compose-redis-'));
  dirs.push(dir);
  // The image's entrypoint drops to the redis user and runs its arguments; here it runs them on a free port.
  const entrypoint = join(dir, 'docker-entrypoint.sh');
  // It also keeps the arguments it got: what `ps` shows until redis-server renames its process.
  writeFileSync(
    entrypoint,
    `#!/bin/sh\nprintf '%s\\n' "$@" > ${dir}/arguments\nexec "$@" --port ${port} --bind 127.0.0.1 --dir ${dir}\n`,
  );
  chmodSync(entrypoint, 0o755);
  const child = spawn('sh', ['-c', redisCommand()], {
    cwd: dir,
    env: { PATH: `${dir}:${process.env.PATH ?? ''}`, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  return child;
}

function redisCli(port: number, env: Record<string, string>): Promise<string> {
  return new Promise((resolve) => {
    execFile(
      'redis-cli',
      ['-p', String(port), 'ping'],
      { env: { PATH: process.env.PATH ?? '', ...env } },
      (_e, out, err) => resolve(`${out}${err}`.trim()),
    );
  });
}

test.skipIf(redisUnavailableReason())(
  'the compose Redis refuses to start without REDIS_PASSWORD, saying what to set',
  async () => {
    const child = runRedisService({ REDIS_PASSWORD: '' }, await closedPort());
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    expect(stderr).toContain('set REDIS_PASSWORD in .env');
  },
);

test.skipIf(redisUnavailableReason())(
  'the compose Redis requires its password, which the health check uses',
  async () => {
    const port = await closedPort();
    const password = 'compose-redis-password-0123';
    runRedisService({ REDIS_PASSWORD: password, REDISCLI_AUTH: password }, port);
    await waitFor(async () => (await redisCli(port, { REDISCLI_AUTH: password })) === 'PONG', {
      timeoutMs: 10_000,
      description: 'the compose Redis to answer',
    });
    expect(await redisCli(port, {})).toMatch(/NOAUTH/);
    expect(service('redis')).toContain('test: [CMD, redis-cli, ping]');
    expect(service('redis')).toMatch(/REDISCLI_AUTH: \$\{REDIS_PASSWORD:-\}/);
  },
);

test.skipIf(redisUnavailableReason())(
  'the compose Redis password stays off the command line, whatever characters it holds',
  async () => {
    const port = await closedPort();
    const password = 'quote"back\\slash $dollar-0123';
    runRedisService({ REDIS_PASSWORD: password }, port);
    await waitFor(async () => (await redisCli(port, { REDISCLI_AUTH: password })) === 'PONG', {
      timeoutMs: 10_000,
      description: 'the compose Redis to answer with its password',
    });
    const commandLine = readFileSync(join(dirs.at(-1) ?? '', 'arguments'), 'utf8');
    expect(commandLine).toContain('redis-server');
    expect(commandLine).not.toContain(password);
  },
);
